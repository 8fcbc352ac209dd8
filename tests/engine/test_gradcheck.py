"""Backprop agrees with the slope of the cost, for random architectures (hypothesis)."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from visualnet.engine import Network
from visualnet.engine.gradcheck import gradient_check

HIDDEN = ["relu", "leaky_relu", "tanh", "sigmoid", "linear"]
OUTPUTS = [("sigmoid", None), ("softmax", None), ("linear", None), ("sigmoid", "mean_squared_error"),
           ("tanh", "mean_squared_error")]


def labels_for(net: Network, m: int, rng: np.random.RandomState) -> np.ndarray:
    n_L = net.layer_sizes[-1]
    if net.task == "binary":
        return (rng.rand(n_L, m) > 0.5).astype(float)
    if net.task == "multiclass":
        return np.eye(n_L)[rng.randint(0, n_L, m)].T
    return rng.randn(n_L, m)


@st.composite
def architectures(draw):
    depth = draw(st.integers(1, 6))
    hidden = draw(st.lists(st.integers(1, 20), min_size=depth - 1, max_size=depth - 1))
    output, loss = draw(st.sampled_from(OUTPUTS))
    n_L = draw(st.integers(2, 4)) if output == "softmax" else draw(st.integers(1, 3))
    n_x = draw(st.integers(1, 8))
    acts = [draw(st.sampled_from(HIDDEN)) for _ in hidden] + [output]
    return [n_x, *hidden, n_L], acts, loss


@settings(max_examples=60, deadline=None)
@given(arch=architectures(), m=st.integers(1, 6), seed=st.integers(0, 2**16), lambd=st.sampled_from([0.0, 0.7]))
def test_backprop_matches_numerical_gradient(arch, m, seed, lambd):
    sizes, acts, loss = arch
    net = Network(sizes, acts, init="xavier", seed=seed, loss=loss)
    rng = np.random.RandomState(seed)
    # Non-zero biases keep every Z off the ReLU kink at exactly 0, where the slope is undefined.
    net.params = {k: v + rng.uniform(0.1, 0.5, v.shape) * rng.choice([-1, 1], v.shape) if k[0] == "b" else v
                  for k, v in net.params.items()}
    X = rng.randn(sizes[0], m)
    result = gradient_check(net, X, labels_for(net, m, rng), lambd=lambd)
    assert result.passed(1e-7), (result.difference, result.worst_parameter)


def test_gradcheck_detects_a_wrong_gradient(monkeypatch):
    """The check is not vacuous: a backward that drops the 1/m is caught."""
    import visualnet.engine.network as network

    rng = np.random.RandomState(0)
    net = Network([3, 4, 1], ["tanh", "sigmoid"])
    X, Y = rng.randn(3, 5), (rng.rand(1, 5) > 0.5).astype(float)
    assert gradient_check(net, X, Y).passed()
    original = network.layer_backward
    monkeypatch.setattr(network, "layer_backward",
                        lambda dZ, cache, *args: (lambda r: (r[0], r[1] * 5, r[2]))(original(dZ, cache, *args)))
    assert not gradient_check(net, X, Y).passed()

"""engine.trace: the recorded pass is the real one, in the course's order."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.engine import Network
from visualnet.engine.trace import trace_step


@pytest.fixture
def setup():
    rng = np.random.RandomState(1)
    net = Network([4, 5, 3, 2], ["relu", "tanh", "softmax"], seed=2)
    X = rng.randn(4, 6)
    Y = np.eye(2)[rng.randint(0, 2, 6)].T
    return net, X, Y


def test_order_follows_the_course(setup):
    net, X, Y = setup
    steps = trace_step(net, X, Y, 0.1)
    order = [(s.phase, s.layer, s.kind) for s in steps]
    forward = [("forward", l, k) for l in (1, 2, 3) for k in ("linear", "activation", "cache")]
    backward = [("backward", 3, "dA_out")] + [("backward", l, k) for l in (3, 2, 1)
                                              for k in ("dZ", "dW", "db", "dA_prev") if (l, k) != (1, "dA_prev")]
    assert order == forward + [("cost", 3, "cost")] + backward + [("update", l, "update") for l in (1, 2, 3)]
    assert [s.index for s in steps] == list(range(len(steps)))
    stored = [s.cache for s in steps if s.kind == "cache"]
    read_back = [s.cache for s in steps if s.kind == "dZ"]
    assert stored == [1, 2, 3] and read_back == [3, 2, 1]


def test_values_equal_forward_and_backward(setup):
    net, X, Y = setup
    steps = trace_step(net, X, Y, 0.1)
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    by_write = {t.symbol: t.values for s in steps for t in s.writes}
    for l, cache in enumerate(caches, start=1):
        np.testing.assert_array_equal(by_write[f"Z[{l}]"], cache.Z)
        np.testing.assert_array_equal(by_write[f"dW[{l}]"], grads[f"dW{l}"])
        np.testing.assert_array_equal(by_write[f"db[{l}]"], grads[f"db{l}"])
    np.testing.assert_array_equal(by_write["A[3]"], AL)
    np.testing.assert_array_equal(by_write["dA[1]"], grads["dA1"])
    assert float(by_write["J"]) == net.cost(AL, Y, caches)
    np.testing.assert_allclose(by_write["dZ[3]"], AL - Y)


def test_update_values_equal_a_real_update_and_network_is_untouched(setup):
    net, X, Y = setup
    before = {k: v.copy() for k, v in net.params.items()}
    steps = trace_step(net, X, Y, 0.25, lambd=0.1)
    assert all(np.array_equal(net.params[k], before[k]) for k in before)
    twin = net.copy()
    AL, caches = twin.forward(X)
    twin.update(twin.backward(AL, Y, caches, lambd=0.1), 0.25)
    updates = {t.symbol: t.values for s in steps if s.phase == "update" for t in s.writes}
    for l in (1, 2, 3):
        np.testing.assert_allclose(updates[f"W[{l}] (new)"], twin.params[f"W{l}"], rtol=1e-15)
        np.testing.assert_allclose(updates[f"b[{l}] (new)"], twin.params[f"b{l}"], rtol=1e-15)


def test_equations_carry_shapes_and_values_are_read_only(setup):
    net, X, Y = setup
    steps = trace_step(net, X, Y, 0.1)
    linear2 = next(s for s in steps if s.kind == "linear" and s.layer == 2)
    assert linear2.equation == "Z[2] = W[2] A[1] + b[2]"
    assert linear2.shapes == "(3, 6) = (3, 5)(5, 6) + (3, 1)"
    assert linear2.tensor("W[2]").shape == (3, 5)
    with pytest.raises(ValueError):
        linear2.tensor("W[2]").values[0, 0] = 1.0
    dz1 = next(s for s in steps if s.kind == "dZ" and s.layer == 1)
    assert dz1.equation == "dZ[1] = dA[1] * relu'(Z[1])"
    assert [t.symbol for t in dz1.reads] == ["dA[1]", "Z[1]"]

"""The course's published test cases, reproduced by the engine (values from the notebooks)."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.engine import Network
from visualnet.engine.activations import get_activation
from visualnet.engine.initializers import initialize_parameters
from visualnet.engine.losses import LOSSES
from visualnet.engine.network import Cache, layer_backward


def test_three_layer_forward_matches_course():
    np.random.seed(6)
    X = np.random.randn(5, 4)
    params = {}
    for key, shape in (("W1", (4, 5)), ("b1", (4, 1)), ("W2", (3, 4)), ("b2", (3, 1)),
                       ("W3", (1, 3)), ("b3", (1, 1))):
        params[key] = np.random.randn(*shape)
    net = Network([5, 4, 3, 1], ["relu", "relu", "sigmoid"])
    net.params = params
    AL, caches = net.forward(X)
    np.testing.assert_allclose(AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]], rtol=1e-7)
    assert len(caches) == 3
    assert caches[0].A_prev is not None and caches[2].W.shape == (1, 3)


def test_compute_cost_matches_course():
    cost = LOSSES["binary_cross_entropy"].cost(np.array([[0.8, 0.9, 0.4]]), np.array([[1, 1, 0]]))
    assert cost == pytest.approx(0.2797765635793422, rel=1e-14)


@pytest.mark.parametrize("name, dA_prev, dW, db", [
    ("sigmoid", [[0.11017994, 0.01105339], [0.09466817, 0.00949723], [-0.05743092, -0.00576154]],
     [[0.10266786, 0.09778551, -0.01968084]], [[-0.05729622]]),
    ("relu", [[0.44090989, 0.0], [0.37883606, 0.0], [-0.2298228, 0.0]],
     [[0.44513824, 0.37371418, -0.10478989]], [[-0.20837892]]),
])
def test_linear_activation_backward_matches_course(name, dA_prev, dW, db):
    np.random.seed(2)
    dA = np.random.randn(1, 2)
    A, W, b, Z = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1), np.random.randn(1, 2)
    g = get_activation(name)
    got = layer_backward(g.backward(dA, Z, g.forward(Z)), Cache(A, W, b, Z))
    for value, expected in zip(got, (dA_prev, dW, db)):
        np.testing.assert_allclose(value, expected, rtol=1e-6, atol=1e-8)


def test_l_model_backward_chain_matches_course():
    """The course's L_model_backward case: dAL from the loss, then the chain through caches."""
    np.random.seed(3)
    AL, Y = np.random.randn(1, 2), np.array([[1, 0]])
    A1, W1, b1, Z1 = np.random.randn(4, 2), np.random.randn(3, 4), np.random.randn(3, 1), np.random.randn(3, 2)
    A2, W2, b2, Z2 = np.random.randn(3, 2), np.random.randn(1, 3), np.random.randn(1, 1), np.random.randn(1, 2)
    sigmoid, relu = get_activation("sigmoid"), get_activation("relu")
    dAL = LOSSES["binary_cross_entropy"].dA(AL, Y)
    dA1, _, _ = layer_backward(sigmoid.backward(dAL, Z2, sigmoid.forward(Z2)), Cache(A2, W2, b2, Z2))
    _, dW1, db1 = layer_backward(relu.backward(dA1, Z1, relu.forward(Z1)), Cache(A1, W1, b1, Z1))
    np.testing.assert_allclose(dW1, [[0.41010002, 0.07807203, 0.13798444, 0.10502167], [0, 0, 0, 0],
                                     [0.05283652, 0.01005865, 0.01777766, 0.0135308]], rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(db1, [[-0.22007063], [0], [-0.02835349]], rtol=1e-6, atol=1e-8)


def test_small_initialization_matches_course_seed_3():
    W1 = initialize_parameters([5, 4, 3], "small", seed=3)["W1"]
    np.testing.assert_allclose(W1[0], [0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388], atol=5e-9)
    np.testing.assert_allclose(W1[3], [-0.00404677, -0.0054536, -0.01546477, 0.00982367, -0.01101068], atol=5e-9)


def test_course_initialization_is_the_notebooks_draw():
    """initialize_parameters_deep of the application notebook: seed, then randn / sqrt(n[l-1])."""
    sizes = [12288, 20, 7, 5, 1]
    params = initialize_parameters(sizes, "course", seed=1)
    np.random.seed(1)
    for l in range(1, len(sizes)):
        expected = np.random.randn(sizes[l], sizes[l - 1]) / np.sqrt(sizes[l - 1])
        assert np.array_equal(params[f"W{l}"], expected)
        assert np.array_equal(params[f"b{l}"], np.zeros((sizes[l], 1)))


@pytest.mark.parametrize("init, std", [("he", np.sqrt(2 / 400)), ("xavier", np.sqrt(1 / 400)), ("small", 0.01)])
def test_initializer_scales(init, std):
    W = initialize_parameters([400, 300], init, seed=0)["W1"]
    assert W.std() == pytest.approx(std, rel=0.02)


def test_zeros_initialization_shows_symmetry():
    """With zero weights every hidden unit gets the same gradient: the symmetry problem."""
    rng = np.random.RandomState(0)
    X, Y = rng.randn(3, 10), (rng.rand(1, 10) > 0.5).astype(float)
    net = Network([3, 4, 1], ["tanh", "sigmoid"], init="zeros")
    net.params["W2"][:] = 0.5  # break the output layer only, so layer 1 receives a signal
    for _ in range(5):
        AL, caches = net.forward(X)
        net.update(net.backward(AL, Y, caches), 0.5)
    W1 = net.params["W1"]
    assert np.allclose(W1, W1[0]) and not np.allclose(W1, 0)

"""Network API behaviour: shapes, caches, errors a student understands, stability, update."""
from __future__ import annotations

import warnings

import numpy as np
import pytest

from visualnet.engine import (ArchitectureError, LabelError, Network, ResourceLimitError, ShapeError,
                              parameter_count)
from visualnet.engine.activations import ACTIVATIONS
from visualnet.engine.network import back_product, is_tall, weighted_sum


def binary_data(n_x: int, m: int, seed: int = 0):
    rng = np.random.RandomState(seed)
    return rng.randn(n_x, m), (rng.rand(1, m) > 0.5).astype(float)


def test_forward_shapes_and_caches_follow_course_notation():
    net = Network([6, 5, 4, 1], ["relu", "tanh", "sigmoid"])
    X, Y = binary_data(6, 9)
    AL, caches = net.forward(X)
    assert AL.shape == (1, 9)
    for l, cache in enumerate(caches, start=1):
        n, n_prev = net.layer_sizes[l], net.layer_sizes[l - 1]
        assert cache.A_prev.shape == (n_prev, 9) and cache.W.shape == (n, n_prev)
        assert cache.b.shape == (n, 1) and cache.Z.shape == (n, 9)
    assert caches[0].A_prev is X or np.array_equal(caches[0].A_prev, X)
    np.testing.assert_array_equal(caches[1].A_prev, np.maximum(caches[0].Z, 0))
    grads = net.backward(AL, Y, caches)
    assert set(grads) == {"dW1", "db1", "dW2", "db2", "dW3", "db3", "dA1", "dA2"}
    for l in (1, 2, 3):
        assert grads[f"dW{l}"].shape == net.params[f"W{l}"].shape
        assert grads[f"db{l}"].shape == net.params[f"b{l}"].shape
    assert net.backward(AL, Y, caches, return_dA0=True)["dA0"].shape == X.shape


def test_dA0_is_the_input_gradient():
    net = Network([3, 4, 1], ["tanh", "sigmoid"], seed=2)
    X, Y = binary_data(3, 5)
    AL, caches = net.forward(X)
    dA0 = net.backward(AL, Y, caches, return_dA0=True)["dA0"]
    eps = 1e-6
    Xp = X.copy()
    Xp[1, 2] += eps
    Xm = X.copy()
    Xm[1, 2] -= eps
    # the cost is a mean over m, dA0 is the per-example gradient: slope * m
    slope = (net.cost(net.forward(Xp)[0], Y) - net.cost(net.forward(Xm)[0], Y)) / (2 * eps)
    assert dA0[1, 2] == pytest.approx(slope * 5, rel=1e-6)


def test_parameter_count_and_predict_accuracy():
    net = Network([2, 3, 1], ["relu", "sigmoid"])
    assert net.parameter_count == parameter_count([2, 3, 1]) == 3 * 3 + 1 * 4
    X, Y = binary_data(2, 50)
    pred = net.predict(X)
    assert pred.shape == (1, 50) and set(np.unique(pred)) <= {0, 1}
    assert net.accuracy(X, Y) == pytest.approx(float((pred == Y).mean()))
    multi = Network([2, 4, 3], ["relu", "softmax"])
    Y3 = np.eye(3)[np.arange(50) % 3].T
    assert multi.predict(X).shape == (50,)
    assert multi.accuracy(X, Y3) == pytest.approx(float((multi.predict(X) == np.arange(50) % 3).mean()))
    assert Network([2, 1], ["linear"]).accuracy(X, X[:1]) is None


def test_update_is_gradient_descent_and_params_are_assignable():
    net = Network([3, 2, 1], ["relu", "sigmoid"], seed=4)
    X, Y = binary_data(3, 8)
    before = {k: v.copy() for k, v in net.params.items()}
    AL, caches = net.forward(X)
    grads = net.backward(AL, Y, caches)
    net.update(grads, 0.1)
    for key in before:
        np.testing.assert_allclose(net.params[key], before[key] - 0.1 * grads["d" + key])
    net.params = before
    assert all(np.array_equal(net.params[k], before[k]) for k in before)
    assert net.params["W1"] is not before["W1"]  # the setter copies


def test_same_seed_same_network_float32_is_float32():
    a = Network([4, 3, 1], ["relu", "sigmoid"], seed=7)
    b = Network([4, 3, 1], ["relu", "sigmoid"], seed=7)
    c = Network([4, 3, 1], ["relu", "sigmoid"], seed=8)
    assert all(np.array_equal(a.params[k], b.params[k]) for k in a.params)
    assert not np.array_equal(a.params["W1"], c.params["W1"])
    f32 = Network([4, 3, 1], ["relu", "sigmoid"], seed=7, dtype=np.float32)
    AL, caches = f32.forward(np.ones((4, 2)))
    assert AL.dtype == np.float32 and f32.backward(AL, np.ones((1, 2)), caches)["dW1"].dtype == np.float32


@pytest.mark.parametrize("sizes, acts, match", [
    ([3, 0, 1], ["relu", "sigmoid"], r"n\[1\] = 0 must be at least 1"),
    ([3, -2, 1], ["relu", "sigmoid"], r"n\[1\] = -2"),
    ([3, 2.5, 1], ["relu", "sigmoid"], r"n\[1\] = 2.5 is not a whole number"),
    ([3, "4", 1], ["relu", "sigmoid"], "not a whole number"),
    ([3], [], "at least an input and an output"),
    ([3, 4, 1], ["relu"], "need 2 activations"),
    ([3, 4, 1], ["rellu", "sigmoid"], "unknown activation 'rellu'"),
    ([3, 4, 2], ["softmax", "softmax"], "softmax can only be the output"),
    ([3, 4, 1], ["relu", "softmax"], "at least 2 units"),
])
def test_bad_architectures_are_refused_with_a_reason(sizes, acts, match):
    with pytest.raises(ArchitectureError, match=match):
        Network(sizes, acts)


def test_loss_that_does_not_fit_the_output_is_refused():
    with pytest.raises(ArchitectureError, match="binary cross entropy needs a sigmoid output"):
        Network([3, 1], ["linear"], loss="binary_cross_entropy")
    with pytest.raises(ArchitectureError, match="softmax output needs the categorical"):
        Network([3, 2], ["softmax"], loss="mean_squared_error")
    assert Network([3, 1], ["tanh"], loss="mean_squared_error").task == "regression"


def test_huge_network_is_refused_before_allocating():
    with pytest.raises(ResourceLimitError, match="parameters, which need"):
        Network([10**5, 10**7, 1], ["relu", "sigmoid"])


def test_wrong_X_names_both_numbers_and_spots_a_transpose():
    net = Network([3, 2, 1], ["relu", "sigmoid"])
    with pytest.raises(ShapeError, match=r"X has 5 rows but the input layer has n\[0\] = 3"):
        net.forward(np.zeros((5, 3)))
    with pytest.raises(ShapeError, match="transposed"):
        net.forward(np.zeros((7, 3)))
    with pytest.raises(ShapeError, match="2-D"):
        net.forward(np.zeros(3))
    with pytest.raises(ShapeError, match="m = 0"):
        net.forward(np.zeros((3, 0)))


def test_labels_that_do_not_fit_the_output_are_refused():
    net = Network([2, 1], ["sigmoid"])
    with pytest.raises(LabelError, match="must be 0 or 1"):
        net.check_Y(np.array([[0, 1, 3]]))
    with pytest.raises(ShapeError, match=r"\(1, m\)"):
        net.check_Y(np.zeros((2, 3)))
    soft = Network([2, 3], ["softmax"])
    with pytest.raises(LabelError, match="one-hot"):
        soft.check_Y(np.array([[1, 0], [1, 0], [0, 1]]))


def test_replacing_a_parameter_with_a_wrong_shape_is_named():
    net = Network([3, 2, 1], ["relu", "sigmoid"])
    with pytest.raises(ShapeError, match=r"W\[1\] must be \(n\[1\], n\[0\]\) = \(2, 3\)"):
        net.params = {**net.params, "W1": np.zeros((3, 2))}
    net.params["W2"] = np.zeros((4, 4))  # the live dict can be poked directly; forward then says what is wrong
    with pytest.raises(ShapeError, match=r"W\[2\] must be"):
        net.forward(np.zeros((3, 2)))
    with pytest.raises(ShapeError, match="missing"):
        net.params = {"W1": np.zeros((2, 3))}
    with pytest.raises(ShapeError, match="NaN"):
        net.params = {**Network([3, 2, 1], ["relu", "sigmoid"]).params, "b1": np.full((2, 1), np.nan)}


@pytest.mark.parametrize("output, n_L", [("sigmoid", 1), ("softmax", 3), ("linear", 2)])
@pytest.mark.parametrize("hidden", [name for name, a in ACTIVATIONS.items() if not a.output_only])
def test_extreme_logits_stay_finite_without_warnings(hidden, output, n_L):
    """|Z| up to 1e4: no overflow, no NaN, no numpy warning, in forward, cost and backward."""
    net = Network([2, 3, n_L], [hidden, output])
    net.params["W1"][:] = 5e3
    net.params["W2"][:] = np.array([[1.0], [-1.0], [0.5]])[:n_L] * 1.0
    X = np.array([[1.0, -1.0, 0.0, 2.0], [1.0, -1.0, 1e-3, -2.0]])
    Y = np.eye(n_L)[[0, n_L - 1, 0, n_L - 1]].T if n_L > 1 else np.array([[1.0, 0.0, 0.0, 1.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        AL, caches = net.forward(X)
        assert np.abs(caches[0].Z).max() >= 1e4
        J = net.cost(AL, Y, caches)
        grads = net.backward(AL, Y, caches)
        J_probabilities = net.cost(AL, Y)
    assert np.isfinite(J) and np.isfinite(J_probabilities)
    assert all(np.isfinite(g).all() for g in grads.values())
    assert np.isfinite(AL).all()


def test_cost_from_logits_is_exact_when_probabilities_saturate():
    net = Network([1, 1], ["sigmoid"])
    net.params["W1"][:] = 1.0
    X, Y = np.array([[-800.0]]), np.array([[1.0]])
    AL, caches = net.forward(X)
    assert AL[0, 0] == 0.0  # the probability underflowed...
    assert net.cost(AL, Y, caches) == pytest.approx(800.0)  # ...but -log σ(-800) = 800 exactly


def test_apply_steps_is_all_or_nothing():
    net = Network([3, 2, 1], ["relu", "sigmoid"], seed=4)
    before = {k: v.copy() for k, v in net.params.items()}
    steps = {k: np.full_like(v, 0.5) for k, v in before.items()}
    steps["b2"][0, 0] = np.inf  # the last parameter fails after all the others were computed
    assert not net.apply_steps(steps)
    assert all(np.array_equal(net.params[k], before[k]) for k in before)
    assert net.apply_steps({k: np.full_like(v, 0.5) for k, v in before.items()})
    assert all(np.array_equal(net.params[k], before[k] - 0.5) for k in before)


def test_faster_forms_of_the_products_give_the_plain_products():
    """A tall layer's (Aᵀ Wᵀ)ᵀ and a one-unit layer's broadcast Wᵀ dZ (network.weighted_sum,
    network.back_product) are W A and Wᵀ dZ computed in another order."""
    rng = np.random.RandomState(0)
    W, A = rng.randn(5, 2000), rng.rand(2000, 30)
    assert is_tall(5, 2000) and not is_tall(64, 784)
    np.testing.assert_allclose(weighted_sum(W, A), W @ A, rtol=1e-12)
    w, dZ = rng.randn(1, 8), rng.randn(1, 30)
    np.testing.assert_array_equal(back_product(w, dZ), w.T @ dZ)
    net = Network([2000, 5, 1], ["relu", "sigmoid"])
    net.params = {"W1": W, "b1": rng.randn(5, 1), "W2": w[:, :5], "b2": rng.randn(1, 1)}
    AL, caches = net.forward(A)
    np.testing.assert_allclose(caches[0].Z, W @ A + net.params["b1"], rtol=1e-12)

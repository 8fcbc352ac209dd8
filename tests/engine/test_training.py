"""Trainer: the course's loop, records, stopping, optimizers, mini-batches, the divergence guard."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.engine import ArchitectureError, Network
from visualnet.engine.training import TrainConfig, Trainer


def xor_like(m=200, seed=0):
    rng = np.random.RandomState(seed)
    X = rng.randn(2, m)
    return X, (X[0] * X[1] > 0).astype(float)[None, :]


def test_full_batch_trainer_equals_the_course_loop():
    X, Y = xor_like()
    reference = Network([2, 5, 1], ["tanh", "sigmoid"], seed=3)
    costs = []
    for _ in range(30):
        AL, caches = reference.forward(X)
        costs.append(reference.cost(AL, Y, caches))
        reference.update(reference.backward(AL, Y, caches), 0.3)
    net = Network([2, 5, 1], ["tanh", "sigmoid"], seed=3)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=0.3, num_iterations=30, record_every=10))
    records = list(trainer.run())
    np.testing.assert_allclose(trainer.costs, costs, rtol=1e-12)
    assert [r.iteration for r in records] == [0, 10, 20, 29]
    assert records[0].train_cost == costs[0] and records[-1].train_cost == costs[29]
    for key in net.params:
        np.testing.assert_allclose(net.params[key], reference.params[key], rtol=1e-12)


def test_training_learns_and_reports_dev_figures():
    X, Y = xor_like(400)
    net = Network([2, 8, 8, 1], ["relu", "relu", "sigmoid"], seed=1)
    trainer = Trainer(net, X[:, :300], Y[:, :300], TrainConfig(learning_rate=0.5, num_iterations=1500,
                                                               record_every=500), X[:, 300:], Y[:, 300:])
    records = list(trainer.run())
    assert records[-1].train_cost < 0.2 * records[0].train_cost
    assert records[-1].train_accuracy > 0.95 and records[-1].dev_accuracy > 0.9
    assert records[0].dev_cost == pytest.approx(0.69, abs=0.1)


def test_stop_between_steps_and_resume():
    X, Y = xor_like()
    trainer = Trainer(Network([2, 3, 1], ["relu", "sigmoid"]), X, Y,
                      TrainConfig(learning_rate=0.1, num_iterations=100, record_every=1))
    for record in trainer.run():
        if record.iteration == 4:
            trainer.stop()
    assert trainer.iteration == 5 and not trainer.finished
    list(trainer.run())
    assert trainer.iteration == 100 and len(trainer.costs) == 100 and trainer.finished


def test_divergence_stops_keeps_finite_parameters_and_says_why():
    rng = np.random.RandomState(0)
    X = rng.randn(3, 50) * 10
    Y = rng.randn(1, 50)
    net = Network([3, 4, 1], ["relu", "linear"], seed=0)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=5.0, num_iterations=500, record_every=1))
    list(trainer.run())
    d = trainer.divergence
    assert d is not None and 0 < d.iteration < 500 and trainer.iteration == d.iteration
    assert all(np.isfinite(v).all() for v in net.params.values())
    assert f"at iteration {d.iteration}: the learning rate 5 is too large" in d.message
    assert d.value in ("NaN", "infinite")
    assert trainer.step() is None  # stays stopped


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "adam"])
def test_optimizers_reduce_the_cost_with_minibatches(optimizer):
    X, Y = xor_like(256)
    net = Network([2, 8, 1], ["tanh", "sigmoid"], seed=2)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=0.05 if optimizer == "adam" else 0.5,
                                             num_iterations=400, mini_batch_size=32, optimizer=optimizer,
                                             seed=3, record_every=100))
    records = list(trainer.run())
    assert records[-1].train_cost < 0.6 * records[0].train_cost
    assert records[-1].epoch == 399 * 32 // 256


def test_minibatches_are_seeded_and_cover_every_example_once_per_epoch():
    X, Y = xor_like(10)
    trainer = Trainer(Network([2, 1], ["sigmoid"]), X, Y, TrainConfig(mini_batch_size=4, seed=5))
    batches = [trainer._next_batch().X for _ in range(3)]
    assert [b.shape[1] for b in batches] == [4, 4, 2]
    seen = np.concatenate(batches, axis=1)
    assert sorted(map(tuple, seen.T)) == sorted(map(tuple, X.T))
    again = Trainer(Network([2, 1], ["sigmoid"]), X, Y, TrainConfig(mini_batch_size=4, seed=5))
    np.testing.assert_array_equal(again._next_batch().X, batches[0])


def test_adam_matches_the_course_formula_for_one_step():
    X, Y = xor_like(20)
    net = Network([2, 1], ["sigmoid"], seed=0)
    W0 = net.params["W1"].copy()
    AL, caches = net.forward(X)
    dW = net.backward(AL, Y, caches)["dW1"]
    Trainer(net, X, Y, TrainConfig(learning_rate=0.01, num_iterations=1, optimizer="adam")).step()
    v, s = 0.1 * dW / (1 - 0.9), 0.001 * dW**2 / (1 - 0.999)
    np.testing.assert_allclose(net.params["W1"], W0 - 0.01 * v / (np.sqrt(s) + 1e-8))


def test_l2_adds_to_cost_and_gradient():
    X, Y = xor_like(20)
    net = Network([2, 3, 1], ["tanh", "sigmoid"], seed=0)
    AL, caches = net.forward(X)
    frob = sum(np.sum(net.params[f"W{l}"] ** 2) for l in (1, 2))
    assert net.cost(AL, Y, caches, lambd=0.4) == pytest.approx(net.cost(AL, Y, caches) + 0.4 / 40 * frob)
    g0, g = net.backward(AL, Y, caches), net.backward(AL, Y, caches, lambd=0.4)
    np.testing.assert_allclose(g["dW1"], g0["dW1"] + 0.4 / 20 * net.params["W1"])


@pytest.mark.parametrize("kwargs, match", [
    ({"learning_rate": 0}, "learning rate"), ({"learning_rate": float("nan")}, "learning rate"),
    ({"num_iterations": -1}, "iterations"), ({"mini_batch_size": 0}, "mini-batch"),
    ({"lambd": -1.0}, "λ"), ({"optimizer": "sgdx"}, "unknown optimizer"),
])
def test_bad_hyperparameters_are_refused(kwargs, match):
    with pytest.raises(ArchitectureError, match=match):
        TrainConfig(**kwargs).make_optimizer()


def test_wrong_data_for_the_network_is_refused_up_front():
    net = Network([2, 1], ["sigmoid"])
    with pytest.raises(ValueError, match="X has 3 rows"):
        Trainer(net, np.zeros((3, 5)), np.zeros((1, 5)))
    with pytest.raises(ValueError, match="must be 0 or 1"):
        Trainer(net, np.zeros((2, 5)), np.full((1, 5), 2.0))


def tall_data(n_x=1100, m=60, seed=0):
    """Few examples of many inputs, like the course's pictures: the Gram shortcut's case."""
    rng = np.random.RandomState(seed)
    Y = (rng.rand(1, m) > 0.5).astype(float)
    X = rng.rand(n_x, m)
    X[:300] += 0.5 * Y  # learnable: the first inputs are brighter for class 1
    return X, Y


@pytest.mark.parametrize("lambd", [0.0, 0.7])
def test_full_batch_gd_on_a_tall_first_layer_gives_the_course_loop_numbers(lambd):
    """The Trainer follows W[1] X through XᵀX there (training._GramShortcut): the costs and
    parameters must still be the plain loop's, to rounding, across a direct refresh."""
    X, Y = tall_data()
    sizes, acts, alpha, steps = [1100, 6, 3, 1], ["relu", "tanh", "sigmoid"], 0.05, 150
    reference = Network(sizes, acts, seed=3)
    costs = []
    for _ in range(steps):
        AL, caches = reference.forward(X)
        costs.append(reference.cost(AL, Y, caches, lambd))
        reference.update(reference.backward(AL, Y, caches, lambd), alpha)
    net = Network(sizes, acts, seed=3)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=alpha, num_iterations=steps, lambd=lambd))
    assert trainer._shortcut is not None and steps > trainer._shortcut.REFRESH_EVERY
    list(trainer.run())
    assert costs[-1] < 0.8 * costs[0]  # the run goes somewhere, so the comparison means something
    np.testing.assert_allclose(trainer.costs, costs, rtol=1e-12)
    for key, value in reference.params.items():
        np.testing.assert_allclose(net.params[key], value, rtol=0, atol=1e-12 * np.abs(value).max())


def test_gram_shortcut_notices_replaced_parameters_and_stays_out_of_other_runs():
    X, Y = tall_data()
    net = Network([1100, 4, 1], ["relu", "sigmoid"], seed=1)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=0.05, num_iterations=50))
    for _ in range(5):
        trainer.step()
    net.params = {key: value * 0.5 for key, value in net.params.items()}
    AL, caches = net.forward(X)
    assert trainer.step() == pytest.approx(net.cost(AL, Y, caches), rel=1e-13)
    for config in (TrainConfig(optimizer="momentum"), TrainConfig(mini_batch_size=16)):
        assert Trainer(net, X, Y, config)._shortcut is None
    assert Trainer(Network([2, 4, 1], ["relu", "sigmoid"]), *xor_like())._shortcut is None

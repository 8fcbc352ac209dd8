"""Training health: a run that fails quietly is noticed, named once, and a healthy run raises no alarm."""
from __future__ import annotations

import math

import numpy as np
import pytest

from visualnet.engine import Network
from visualnet.engine.datasets import load_dataset
from visualnet.engine.health import SETTLE_ITERATIONS, HealthMonitor, chance_cost, dead_units, majority_share
from visualnet.engine.training import TrainConfig, Trainer


def one_hot(labels, k):
    Y = np.zeros((k, len(labels)))
    Y[labels, np.arange(len(labels))] = 1
    return Y


def test_the_chance_level_is_the_entropy_of_the_labels():
    assert chance_cost(one_hot(np.arange(1000) % 10, 10), "multiclass") == pytest.approx(math.log(10))
    assert chance_cost(np.array([[0, 1, 0, 1]]), "binary") == pytest.approx(math.log(2))
    y = np.array([[1] * 63 + [0] * 37])  # the medical table: 63% one class
    assert chance_cost(y, "binary") == pytest.approx(-(0.63 * math.log(0.63) + 0.37 * math.log(0.37)))
    assert majority_share(y, "binary") == pytest.approx(0.63)
    assert chance_cost(np.zeros((1, 5)), "regression") is None


def monitor_run(dataset: str, layer_sizes, activations, config: TrainConfig):
    train = load_dataset(dataset)
    net = Network(layer_sizes, activations, seed=1)
    trainer = Trainer(net, train.X, train.Y, config)
    monitor = HealthMonitor(train.Y, net.task, train.X)
    found = []
    for record in trainer.run():
        found += monitor.observe(net, trainer.costs, record.iteration, record.train_cost, record.train_accuracy)
    return trainer, found


def test_a_learning_rate_too_large_for_the_demo_network_is_caught_at_chance_level():
    # the demo's [64, 20, 7, 5, 10] on the digits: at α = 1 the cost falls to ln 10 and stays there
    trainer, found = monitor_run("digits", [64, 20, 7, 5, 10], ["relu"] * 3 + ["softmax"],
                                 TrainConfig(learning_rate=1.0, num_iterations=600, record_every=30))
    chance = [f for f in found if f.kind == "chance"]
    assert len(chance) == 1 and chance[0].iteration >= SETTLE_ITERATIONS
    assert chance[0].cost == pytest.approx(math.log(10), abs=0.01) and chance[0].accuracy <= 0.12
    assert trainer.costs[-1] == pytest.approx(math.log(10), abs=0.01)  # (really stuck, not a passing plateau)


def test_the_demo_at_its_own_learning_rate_raises_no_alarm():
    trainer, found = monitor_run("digits", [64, 20, 7, 5, 10], ["relu"] * 3 + ["softmax"],
                                 TrainConfig(learning_rate=0.1, num_iterations=800, record_every=30))
    assert found == [] and trainer.costs[-1] < 0.1


def test_dead_relu_units_are_counted_and_reported_once():
    data = load_dataset("moons")
    net = Network([2, 8, 1], ["relu", "sigmoid"], seed=0)
    params = dict(net.params)
    params["b1"] = np.full((8, 1), -50.0)  # every unit's z < 0 on every example: dead
    params["b1"][0] = 0.0  # one still alive
    net.params = params
    assert dead_units(net, data.X) == [(1, 7, 8)]
    monitor = HealthMonitor(data.Y, net.task, data.X)
    first = monitor.observe(net, [0.7] * 300, 250, 0.69, 0.5)
    assert [(f.kind, f.layer, f.dead, f.units) for f in first] == [("dead", 1, 7, 8)]
    assert monitor.observe(net, [0.7] * 400, 350, 0.69, 0.5) == []  # once per run


def test_a_tenfold_jump_of_the_cost_is_a_spike():
    monitor = HealthMonitor(np.array([[0, 1, 1, 0]]), "binary", offset=100)
    assert monitor.observe(None, [0.7, 0.6, 0.5], None, None, None) == []
    (spike,) = monitor.observe(None, [0.7, 0.6, 0.5, 0.45, 9.0, 20.0], None, None, None)
    assert (spike.kind, spike.iteration, spike.before, spike.cost) == ("spike", 104, 0.45, 9.0)

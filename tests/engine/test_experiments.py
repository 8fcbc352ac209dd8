"""Experiments: value lists, sweeps equal to single runs, cancelling, the parity search, JSON records."""
from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from visualnet.engine import FileFormatError, Network
from visualnet.engine.datasets import load_dataset
from visualnet.engine.experiments import (PARITY_DEPTH, ExperimentError, ParityStudy, ParityTask, RunResult, Setting,
                                          Sweep, best_result, estimate_runs, expand_sweep, init_comparison_specs,
                                          parity_data, parse_values, run_spec, search_parity_width)
from visualnet.engine.training import TrainConfig, Trainer


@pytest.fixture(scope="module")
def moons():
    train, dev = load_dataset("moons", m=200).split(0.2, seed=0)
    return train, dev


def base_setting(**config) -> Setting:
    return Setting(2, 1, ((8, "relu"), (6, "relu")), "sigmoid", init="he", seed=3,
                   config=TrainConfig(learning_rate=0.1, num_iterations=60, record_every=20, **config))


# ------------------------------------------------------------------ value lists

@pytest.mark.parametrize("name, text, values", [
    ("learning_rate", "0.1, 0.03, 0.01", (0.1, 0.03, 0.01)),
    ("learning_rate", "1e-4..1 ×5", (1e-4, 1e-3, 1e-2, 0.1, 1.0)),
    ("learning_rate", "1e-4..1 x5", (1e-4, 1e-3, 1e-2, 0.1, 1.0)),
    ("learning_rate", "0.001..0.1 X3", (0.001, 0.01, 0.1)),
    ("L", "1..6", (1, 2, 3, 4, 5, 6)),
    ("L", "2, 4; 4 8", (2, 4, 8)),  # separators mix; repeats dropped
    ("units", "2..256 ×8", (2, 4, 8, 16, 32, 64, 128, 256)),
    ("units", "1..3, 10", (1, 2, 3, 10)),
    ("mini_batch_size", "32, 64, full", (32, 64, None)),
    ("activation", "relu TANH", ("relu", "tanh")),
    ("init", "zeros, small, he, xavier", ("zeros", "small", "he", "xavier")),
    ("lambd", "0, 0.1..1 x3", (0.0, 0.1, 0.316, 1.0)),
])
def test_value_lists_and_ranges(name, text, values):
    assert parse_values(name, text) == values


@pytest.mark.parametrize("name, text, words", [
    ("learning_rate", "", ["no values", "learning rate α"]),
    ("learning_rate", " ,; ", ["no values"]),
    ("learning_rate", "0.1, abc", ["'abc' is not a number"]),
    ("learning_rate", "0", ["greater than 0"]),
    ("learning_rate", "nan", ["finite"]),
    ("learning_rate", "1..2", ["needs a count"]),
    ("learning_rate", "-1..1 x3", ["greater than 0"]),
    ("lambd", "0..1 x3", ["log scale", "above 0"]),
    ("L", "6..1", ["has no values", "starts above its end", "1..6"]),
    ("L", "1..3 x0", ["has no values", "at least 1"]),
    ("L", "1..3 x", ["has no values"]),
    ("L", "2.5", ["whole number"]),
    ("L", "0", ["at least 1"]),
    ("units", "1..1000", ["1000 values", "at most 50"]),
    ("units", "1..1000 x60", ["at most 50"]),
    ("activation", "softmax", ["unknown hidden activation", "relu"]),
    ("activation", "relu..tanh", ["cannot read the range"]),
    ("mini_batch_size", "full..64", ["'full' cannot end a range"]),
    ("momentum", "0.9", ["unknown hyperparameter"]),
])
def test_bad_value_lists_say_what_is_wrong(name, text, words):
    with pytest.raises(ExperimentError) as error:
        parse_values(name, text)
    assert isinstance(error.value, ValueError)
    for word in words:
        assert word in str(error.value)


def test_parity_depths_read_like_the_other_values():
    assert parse_values(PARITY_DEPTH, "1..3") == (1, 2, 3)
    with pytest.raises(ExperimentError, match="the number of hidden layers"):
        parse_values(PARITY_DEPTH, "0")


# ------------------------------------------------------------------ expanding a sweep

def test_one_axis_varies_one_thing_and_labels_it():
    specs = expand_sweep(base_setting(), [("learning_rate", (0.1, 0.01))])
    assert [s.config.learning_rate for s in specs] == [0.1, 0.01]
    assert [s.label for s in specs] == ["α = 0.1", "α = 0.01"]
    assert all(s.layer_sizes == (2, 8, 6, 1) and s.seed == 3 and s.init == "he" for s in specs)


def test_L_keeps_the_base_layers_and_repeats_the_last_and_units_follow_it():
    specs = expand_sweep(base_setting(), [("L", (1, 2, 3, 5))])
    assert [s.layer_sizes for s in specs] == [(2, 1), (2, 8, 1), (2, 8, 6, 1), (2, 8, 6, 6, 6, 1)]
    assert specs[3].activations == ("relu",) * 4 + ("sigmoid",)
    two = expand_sweep(base_setting(), [("units", (3, 5)), ("L", (2, 3))])
    # first axis outer; L is applied before units whatever the order of the axes
    assert [s.layer_sizes for s in two] == [(2, 3, 1), (2, 3, 3, 1), (2, 5, 1), (2, 5, 5, 1)]
    assert two[1].values == (("units", 3), ("L", 3)) and two[1].label == "n[l] = 3, L = 3"


def test_sweep_refusals():
    with pytest.raises(ExperimentError, match="needs a hidden layer"):
        expand_sweep(base_setting(), [("L", (1, 2)), ("units", (4,))])
    with pytest.raises(ExperimentError, match="chosen twice"):
        expand_sweep(base_setting(), [("L", (1,)), ("L", (2,))])
    with pytest.raises(ExperimentError, match="one or two"):
        expand_sweep(base_setting(), [])
    with pytest.raises(ValueError, match="parameters"):  # the engine's own memory limit, before anything runs
        expand_sweep(base_setting(), [("units", (200_000,))])


def test_init_comparison_specs_differ_only_in_the_initialization():
    specs = init_comparison_specs(base_setting())
    assert [s.init for s in specs] == ["zeros", "small", "he", "xavier"]
    assert len({(s.layer_sizes, s.seed, s.config) for s in specs}) == 1


# ------------------------------------------------------------------ running

def test_a_sweep_run_is_exactly_the_single_run(moons):
    train, dev = moons
    for spec in expand_sweep(base_setting(mini_batch_size=64), [("learning_rate", (0.3, 0.03))]):
        result = run_spec(spec, train.X, train.Y, dev.X, dev.Y)
        net = Network(spec.layer_sizes, spec.activations, init=spec.init, seed=spec.seed)
        trainer = Trainer(net, train.X, train.Y, spec.config, dev.X, dev.Y)
        list(trainer.run())
        np.testing.assert_array_equal(result.costs, trainer.costs)
        for key, value in net.params.items():
            np.testing.assert_array_equal(result.params[key], value)
        assert (result.train_cost, result.train_accuracy) == trainer.evaluate(trainer.train)
        assert (result.dev_cost, result.dev_accuracy) == trainer.evaluate(trainer.dev)
        assert result.status == "done" and result.iterations == 60 and result.seconds > 0


def test_should_stop_cancels_and_keeps_the_partial_run(moons):
    train, dev = moons
    spec = base_setting().spec()
    fractions = []

    def stop(fraction: float) -> bool:
        fractions.append(fraction)
        return fraction >= 0.25

    partial = run_spec(spec, train.X, train.Y, dev.X, dev.Y, should_stop=stop)
    full = run_spec(spec, train.X, train.Y, dev.X, dev.Y)
    assert partial.status == "cancelled" and partial.iterations == 15
    np.testing.assert_array_equal(partial.costs, full.costs[:15])
    assert partial.dev_cost is not None and fractions == [i / 60 for i in range(1, 16)]


def test_divergence_is_reported_with_its_reason():
    data = load_dataset("sine", m=100)
    spec = Setting(1, 1, ((8, "tanh"),), "linear", config=TrainConfig(learning_rate=10.0, num_iterations=500)).spec()
    result = run_spec(spec, data.X, data.Y)
    assert result.status == "diverged" and result.iterations < 500
    assert "too large" in result.message and result.dev_cost is None


def test_zeros_keep_every_hidden_layer_symmetric(moons):
    train, dev = moons
    zeros, _small, he, _xavier = (run_spec(s, train.X, train.Y, dev.X, dev.Y)
                                  for s in init_comparison_specs(base_setting()))
    assert zeros.distinct_units == (1, 1)
    assert he.distinct_units == (8, 6)


def test_best_result_is_the_best_finished_dev_result():
    spec = base_setting().spec()
    results = [RunResult(spec, "done", dev_cost=0.5, dev_accuracy=0.9),
               RunResult(spec, "done", dev_cost=0.4, dev_accuracy=0.9),
               RunResult(spec, "cancelled", dev_cost=0.1, dev_accuracy=1.0),
               None, RunResult(spec, "not run"),
               RunResult(spec, "done", dev_cost=0.2, dev_accuracy=0.8)]
    assert best_result(results) == 1
    regression = [RunResult(spec, "done", dev_cost=c) for c in (0.3, 0.1, math.inf)]
    assert best_result(regression) == 1
    assert best_result([None, RunResult(spec, "not run")]) is None


def test_estimates_grow_with_the_work_and_shrink_with_workers():
    small = expand_sweep(base_setting(), [("learning_rate", (0.1, 0.2, 0.3, 0.4))])
    wide = expand_sweep(base_setting(), [("units", (512, 256, 128, 64))])
    one, two = estimate_runs(small, 400, 100, 10_000, 1), estimate_runs(small, 400, 100, 10_000, 2)
    assert 0 < two.seconds < one.seconds and two.memory_bytes > one.memory_bytes
    assert estimate_runs(wide, 400, 100, 10_000, 1).seconds > one.seconds


# ------------------------------------------------------------------ parity: depth versus width

@pytest.mark.parametrize("n, depth", [(2, 1), (3, 1), (3, 2)])
def test_parity_search_finds_a_width_that_really_fits(n, depth):
    result = search_parity_width(ParityTask(n, depth))
    assert result.reached and result.status == "done" and result.accuracy == 1.0
    assert result.tries[-1] == (result.width, 1.0) and len(result.tries) == result.width
    # re-checked here, by the engine alone, on the dataset's own 0/1 patterns mapped to -1/+1
    dataset = load_dataset("parity", n=n)
    net = Network(result.layer_sizes, result.task.activations, init="zeros")
    net.params = result.params
    assert np.array_equal(net.predict(2 * dataset.X - 1), dataset.Y.astype(np.int64))
    assert result.parameters == net.parameter_count and result.units == result.width * depth


def test_parity_search_reports_the_best_within_the_budget():
    result = search_parity_width(ParityTask(4, 1, max_width=1, iterations=100, restarts=2))
    assert not result.reached and result.status == "done" and result.width == 1
    assert result.accuracy < 1.0 and len(result.tries) == 1


def test_parity_search_can_be_cancelled():
    result = search_parity_width(ParityTask(5, 1, max_width=4), should_stop=lambda fraction: True)
    assert result.status == "cancelled" and not result.reached


def test_parity_data_is_the_dataset_centred():
    X, Y = parity_data(3)
    assert set(np.unique(X)) == {-1.0, 1.0} and Y.tolist() == [[0, 1, 1, 0, 1, 0, 0, 1]]


# ------------------------------------------------------------------ records for project files

def test_sweep_records_round_trip_through_strict_json(moons):
    train, dev = moons
    specs = expand_sweep(base_setting(), [("mini_batch_size", (32, None)), ("activation", ("relu", "tanh"))])
    results = [run_spec(s, train.X, train.Y, dev.X, dev.Y) for s in specs[:3]]
    results[0] = replace(results[0], train_cost=math.inf, dev_cost=math.nan)  # non-finite figures survive
    results.append(RunResult(specs[3], "not run"))
    sweep = Sweep((("mini_batch_size", (32, None)), ("activation", ("relu", "tanh"))), "moons", tuple(results))
    text = json.dumps(sweep.to_dict(), allow_nan=False)
    back = Sweep.from_dict(json.loads(text))
    assert back.axes == sweep.axes and back.dataset == "moons"
    for a, b in zip(back.results, results):
        assert a.spec == b.spec and a.status == b.status and a.distinct_units == b.distinct_units
        np.testing.assert_array_equal(a.costs, b.costs)
        for key in ("train_cost", "train_accuracy", "dev_cost", "dev_accuracy"):
            x, y = getattr(a, key), getattr(b, key)
            assert x == y or (math.isnan(x) and math.isnan(y))
        assert (a.params is None) == (b.params is None)
        for key in (b.params or {}):
            np.testing.assert_array_equal(a.params[key], b.params[key])


def test_parity_records_round_trip_and_strangers_are_refused():
    study = ParityStudy((search_parity_width(ParityTask(2, 1)),))
    back = ParityStudy.from_dict(json.loads(json.dumps(study.to_dict(), allow_nan=False)))
    assert back.results[0] == study.results[0]
    np.testing.assert_array_equal(back.results[0].params["W1"], study.results[0].params["W1"])
    with pytest.raises(FileFormatError, match="not a visualnet-sweep"):
        Sweep.from_dict(study.to_dict())
    with pytest.raises(FileFormatError, match="newer"):
        ParityStudy.from_dict({**study.to_dict(), "version": 99})

"""Why deep, measured: the sawtooth's constructions, the exact piece counter, trained fits, parity circuits."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from visualnet.engine import Network
from visualnet.engine.datasets import load_dataset
from visualnet.engine.datasets.generated import MAX_SAWTOOTH_K, sawtooth_values
from visualnet.engine.depth import (SawtoothTask, count_pieces, depth_table, fit_sawtooth, linear_pieces,
                                    matching_width, mean_squared_error, parity_circuits, shallow_sawtooth_network,
                                    tent_network)
from visualnet.engine.errors import ArchitectureError, DatasetError

KS = range(1, MAX_SAWTOOTH_K + 1)


def sampled_pieces(net: Network, m: int = 200_001) -> int:
    """Pieces seen on a dense grid: slope changes between neighbouring sample segments (a check, not the method)."""
    x = np.linspace(0.0, 1.0, m)
    y = net.forward(x[None, :])[0][0]
    slopes = np.diff(y) / np.diff(x)
    turns = np.abs(np.diff(slopes)) > 1e-6 * max(1.0, np.abs(slopes).max())
    # a breakpoint between samples bends two neighbouring segments: count runs of turns once
    return 1 + int(np.sum(turns[1:] & ~turns[:-1]) + turns[0])


@pytest.mark.parametrize("k", KS)
def test_both_constructions_are_the_sawtooth_with_2_to_the_k_pieces(k):
    x = np.linspace(0, 1, 4097)[None, :]
    for net in (tent_network(k), shallow_sawtooth_network(k)):
        assert np.allclose(net.forward(x)[0], sawtooth_values(x, k), atol=1e-12)
        pieces = linear_pieces(net)
        assert len(pieces) == 2 ** k
        assert np.allclose(pieces.breakpoints, np.arange(1, 2 ** k) / 2 ** k)
    assert tent_network(k).layer_sizes == (1, *(2,) * k, 1)
    assert shallow_sawtooth_network(k).layer_sizes == (1, 2 ** k, 1)


def test_one_hidden_layer_of_w_units_has_at_most_w_plus_1_pieces():
    rng = np.random.RandomState(0)
    for w in (1, 2, 3, 5, 8, 20):
        for seed in range(20):
            net = Network([1, w, 1], ["relu", "linear"], seed=seed)
            params = net.params
            params["b1"] = rng.uniform(-2, 2, (w, 1))
            net.params = params
            assert count_pieces(net, -1.0, 1.0) <= w + 1


@pytest.mark.parametrize("sizes", [(1, 3, 1), (1, 7, 1), (1, 4, 4, 1), (1, 3, 5, 3, 1), (1, 2, 2, 2, 2, 1)])
def test_the_counter_agrees_with_dense_sampling_on_random_networks(sizes):
    rng = np.random.RandomState(sum(sizes))
    agreed = 0
    for seed in range(15):
        net = Network(sizes, ["relu"] * (len(sizes) - 2) + ["linear"], seed=seed)
        params = net.params
        for l in range(1, len(sizes)):
            params[f"b{l}"] = rng.uniform(-1, 1, params[f"b{l}"].shape)
        net.params = params
        pieces = linear_pieces(net)
        # pieces narrower than a few samples cannot be seen by sampling: compare only where all are wide
        if len(pieces) and np.min(np.diff(pieces.ends)) > 1e-3:
            assert sampled_pieces(net) == len(pieces)
            agreed += 1
    assert agreed >= 5


def test_the_counter_finds_a_piece_too_narrow_for_any_sampling():
    net = Network([1, 2, 1], ["relu", "linear"])
    net.params = {"W1": np.array([[1.0], [1.0]]), "b1": np.array([[-0.5], [-0.5 - 1e-9]]),
                  "W2": np.array([[1.0, -1.0]]), "b2": np.zeros((1, 1))}
    assert count_pieces(net) == 3


def test_collinear_neighbours_are_one_piece_and_curved_activations_are_refused():
    net = Network([1, 2, 1], ["relu", "linear"])
    net.params = {"W1": np.array([[1.0], [-1.0]]), "b1": np.array([[-0.5], [0.5]]),
                  "W2": np.array([[1.0, -1.0]]), "b2": np.zeros((1, 1))}  # relu(x - .5) - relu(.5 - x) = x - .5
    assert count_pieces(net) == 1
    with pytest.raises(ArchitectureError) as error:
        linear_pieces(Network([1, 3, 1], ["tanh", "linear"]))
    assert error.value.message.code == "depth.not_piecewise_linear"
    with pytest.raises(ArchitectureError):
        linear_pieces(Network([2, 3, 1], ["relu", "linear"]))
    with pytest.raises(DatasetError):
        tent_network(MAX_SAWTOOTH_K + 1)


def test_the_table_reproduces_the_inequality_for_every_k():
    for row in depth_table():
        assert row.pieces == row.shallow_pieces == 2 ** row.k
        assert row.deep_units == 2 * row.k
        assert row.matching_max_pieces == matching_width(row.k) + 1 == 2 * row.k + 1
        assert 3 * row.matching_width + 1 == row.deep_parameters  # the same parameter count
        assert row.shallow_units + 1 >= row.pieces  # w + 1 >= 2^k
        if row.k >= 3:
            assert row.matching_max_pieces < row.pieces
            assert row.shallow_parameters > row.deep_parameters


@pytest.mark.parametrize("k", [4, 6])
def test_a_trained_shallow_network_with_the_deep_parameter_count_stays_far_from_the_sawtooth(k):
    result = fit_sawtooth(SawtoothTask(k, iterations=1500, restarts=2))
    deep_error = mean_squared_error(tent_network(k), k)
    assert deep_error < 1e-20
    assert result.status == "done"
    assert result.shallow.pieces <= matching_width(k) + 1
    assert result.shallow.error > 0.02  # measured ~0.07: the sawtooth's variance is 1/12 = 0.083
    assert result.deep.error > 0.02  # the deep shape can be exact, but gradient descent did not find it


def test_a_fit_stops_when_asked_and_keeps_what_it_had():
    calls = []
    result = fit_sawtooth(SawtoothTask(3, iterations=500, restarts=1), lambda f: calls.append(f) or len(calls) > 5)
    assert result.status == "cancelled"
    assert result.shallow is not None and result.deep is None


def test_the_sawtooth_dataset_is_the_target():
    data = load_dataset("sawtooth", k=5, m=257)
    assert data.task == "regression" and data.X.shape == (1, 257)
    assert np.allclose(tent_network(5).forward(data.X)[0], data.Y)


@pytest.mark.parametrize("n", [1, 2, 3, 5, 8, 16])
def test_parity_circuits_count_gates_and_threshold_units_count_bits(n):
    c = parity_circuits(n)
    assert c.and_gates == 2 ** (n - 1) and c.shallow_gates == 2 ** (n - 1) + 1
    assert c.xor_gates == n - 1 and 2 ** c.xor_depth >= n > 2 ** (c.xor_depth - 1) if n > 1 else c.xor_depth == 0
    # the threshold network of the docstring, run on every pattern
    X = np.array(list(itertools.product((0, 1), repeat=n))).T
    hidden = (X.sum(axis=0)[None, :] >= np.arange(1, n + 1)[:, None]).astype(float)
    out = (np.where(np.arange(n) % 2 == 0, 1.0, -1.0) @ hidden >= 0.5).astype(int)
    assert c.threshold_units == n + 1
    assert np.array_equal(out, X.sum(axis=0) % 2)
    with pytest.raises(ArchitectureError):
        parity_circuits(0)

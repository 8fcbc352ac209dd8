"""engine.visual: what the weight, activation and decision-boundary views draw, checked without Qt."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.engine import Network, ShapeError
from visualnet.engine.datasets import load_dataset
from visualnet.engine.visual import (NICE_STEPS, UNIT_LEVEL_FLOOR, chance_agreement, class_agreement, decades,
                                     decision_grid, edge_classes, example_tiles, fitted_curve, fitting_columns,
                                     grid_shape, layer_activations, layers_class_agreement, mean_activations, mosaic,
                                     neighbour_correlation, nice_level, sample_columns, symmetric_level, tile_origin,
                                     top_activating, weight_heatmap, weight_tiles)


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture
def W1() -> np.ndarray:
    return np.random.RandomState(0).randn(20, 64)


# ------------------------------------------------------------------ layout
@pytest.mark.parametrize("n, tile, columns, expected", [
    (20, (8, 8), None, (4, 5)), (16, (8, 8), None, (4, 4)), (1, (8, 8), None, (1, 1)),
    (25, (28, 28), None, (5, 5)), (7, (8, 8), 3, (3, 3)), (3, (8, 8), 10, (1, 3)),
    (8, (4, 16), None, (4, 2)),  # wide tiles: 4 rows of 2 make 16 x 32 pixels, nearer square than 2 x 4
])
def test_grid_is_near_square(n, tile, columns, expected):
    assert grid_shape(n, tile, columns) == expected


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_grid_refuses_bad_columns(bad):
    with pytest.raises(ShapeError):
        grid_shape(4, (8, 8), bad)


def test_mosaic_places_tiles_row_by_row_with_nan_between():
    tiles = np.arange(5 * 2 * 3, dtype=float).reshape(5, 2, 3)
    out = mosaic(tiles, 2)
    assert out.shape == (3 * 3 - 1, 2 * 4 - 1) and out.dtype == np.float32 and out.flags.c_contiguous
    for t in range(5):
        r, c = tile_origin(t, (2, 3), 2)
        np.testing.assert_array_equal(out[r:r + 2, c:c + 3], tiles[t])
    assert np.isnan(out[2, :]).all() and np.isnan(out[5, :]).all()  # padding rows
    assert np.isnan(out[:, 3]).all()  # padding column
    assert np.isnan(out[6:, 4:]).all()  # the empty sixth cell
    assert np.isfinite(out).sum() == tiles.size



def test_mosaic_leaves_room_above_each_row_of_tiles():
    tiles = np.arange(5 * 2 * 3, dtype=float).reshape(5, 2, 3)
    out = mosaic(tiles, 2, top=2)
    assert out.shape == (3 * (2 + 3) - 1, 2 * 4 - 1)
    for t in range(5):
        r, c = tile_origin(t, (2, 3), 2, top=2)
        np.testing.assert_array_equal(out[r:r + 2, c:c + 3], tiles[t])
        assert np.isnan(out[r - 2:r, c:c + 3]).all()  # the room for tile t's label, above it
    assert np.isfinite(out).sum() == tiles.size


# ------------------------------------------------------------------ weight tiles
def test_each_tile_is_a_row_of_W1_reshaped_upright(W1):
    out, level = weight_tiles(W1, (8, 8))
    assert out.shape == (4 * 9 - 1, 5 * 9 - 1)
    assert out.dtype == np.float32 and out.flags.c_contiguous
    for i in (0, 1, 4, 5, 13, 19):
        r, c = tile_origin(i, (8, 8), 5)
        np.testing.assert_array_equal(out[r:r + 8, c:c + 8], W1[i].reshape(8, 8).astype(np.float32))
    # pixel (row 0, column 1) of unit 0 is input 1: rows are image rows, not transposed
    assert out[0, 1] == np.float32(W1[0, 1]) and out[1, 0] == np.float32(W1[0, 8])
    assert np.isfinite(out).sum() == W1.size


def test_level_is_the_largest_magnitude(W1):
    W1[3, 17] = -9.0
    out, level = weight_tiles(W1, (8, 8))
    assert level == pytest.approx(9.0)
    assert np.nanmin(out) >= -level and np.nanmax(out) <= level


def test_level_is_never_zero():
    _, level = weight_tiles(np.zeros((4, 64)), (8, 8))
    assert level == 1.0
    assert symmetric_level(np.full(3, np.nan, dtype=np.float32)) == 1.0


@pytest.mark.parametrize("level, nice", [(0.0734, 0.08), (0.08, 0.08), (0.081, 0.1), (1.0, 1.0), (1.01, 1.2),
                                         (9.0, 10.0), (123.0, 150.0), (2.1e-5, 2.5e-5), (0.0, 1.0),
                                         (float("nan"), 1.0), (float("inf"), 1.0)])
def test_nice_level_rounds_up_to_a_step_of_the_scale(level, nice):
    assert nice_level(level) == pytest.approx(nice)


def test_nice_level_keeps_three_quarters_of_the_contrast():
    levels = np.geomspace(1e-4, 1e4, 2001)
    nice = np.array([nice_level(x) for x in levels])
    assert (nice >= levels).all() and (levels / nice >= 0.75 - 1e-12).all()
    assert len({round(x / 10 ** np.floor(np.log10(x)), 9) for x in nice}) == len(NICE_STEPS) - 1  # every step used


def test_columns_can_be_chosen(W1):
    out, _ = weight_tiles(W1, (8, 8), columns=10)
    assert out.shape == (2 * 9 - 1, 10 * 9 - 1)
    np.testing.assert_array_equal(out[9:17, 9:17], W1[11].reshape(8, 8).astype(np.float32))


def test_colour_tiles_average_the_channels():
    W1 = np.random.RandomState(1).randn(3, 4 * 5 * 3)
    out, level = weight_tiles(W1, (4, 5, 3))
    assert out.shape == (2 * 5 - 1, 2 * 6 - 1)
    np.testing.assert_allclose(out[0:4, 6:11], W1[1].reshape(4, 5, 3).mean(axis=2), rtol=1e-6)
    assert level == pytest.approx(np.abs(W1.reshape(3, 4, 5, 3).mean(axis=3)).max(), rel=1e-6)


def test_a_shape_that_does_not_fit_is_refused(W1):
    with pytest.raises(ShapeError, match="n_x = 64"):
        weight_tiles(W1, (7, 7))


def test_heatmap_is_W_as_printed():
    W = np.random.RandomState(2).randn(4, 2)
    image, level = weight_heatmap(W)
    assert image.dtype == np.float32 and image.flags.c_contiguous and image.shape == (4, 2)
    np.testing.assert_array_equal(image, W.astype(np.float32))
    assert level == pytest.approx(np.abs(W).max())
    assert weight_heatmap(W.T)[0].flags.c_contiguous  # a transposed view comes out contiguous


# ------------------------------------------------------------------ top activations
def test_top_activating_is_the_argsort_of_A(digits):
    net = Network([64, 6, 5, 10], ["relu", "tanh", "softmax"], seed=3)
    X = digits.X[:, :300]
    AL, caches = net.forward(X)
    for layer, A in ((1, caches[1].A_prev), (2, caches[2].A_prev), (3, AL)):
        top = top_activating(net, X, layer, k=8)
        assert top.shape == (A.shape[0], 8) and top.dtype == np.int64
        np.testing.assert_array_equal(top, np.argsort(-A, axis=1, kind="stable")[:, :8])
        chosen = np.take_along_axis(A, top, axis=1)
        assert (np.diff(chosen, axis=1) <= 0).all()  # largest first
        assert (chosen[:, -1:] >= np.sort(A, axis=1)[:, -8:-7]).all()
        np.testing.assert_array_equal(layer_activations(net, X, layer), A)


def test_top_activating_keeps_k_within_m():
    net = Network([3, 4, 1], ["relu", "sigmoid"], seed=1)
    assert top_activating(net, np.ones((3, 5)), 1, k=8).shape == (4, 5)


def test_a_dead_unit_lists_the_first_examples():
    net = Network([3, 2, 1], ["relu", "sigmoid"], seed=1)
    params = dict(net.params)
    params["W1"] = np.array([[0.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    params["b1"] = np.array([[-1.0], [0.0]])
    net.params = params
    X = np.arange(18, dtype=float).reshape(3, 6)
    top = top_activating(net, X, 1, k=3)
    np.testing.assert_array_equal(top[0], [0, 1, 2])  # A is 0 everywhere: ties keep the data's order
    np.testing.assert_array_equal(top[1], [5, 4, 3])


def test_class_agreement_is_the_share_of_the_most_common_label():
    labels = np.array([0, 0, 0, 1, 1, 2, 3, 4])
    top = np.array([[0, 1, 2, 5],   # three 0s and a 2
                    [0, 3, 5, 6],   # four labels
                    [3, 4, 4, 3]])  # one label (repeated indices are fine)
    np.testing.assert_allclose(class_agreement(top, labels), [0.75, 0.25, 1.0])
    with pytest.raises(ShapeError) as raised:
        class_agreement(np.zeros((3, 0), dtype=int), labels)
    assert raised.value.message.code == "visual.top_shape"


def test_layers_class_agreement_averages_each_layers_units_that_respond(digits):
    net = Network([64, 6, 5, 10], ["tanh", "tanh", "softmax"], seed=3)
    params = dict(net.params)
    params["W1"] = params["W1"].copy()
    params["W1"][0] = 0.0  # unit 1 of layer 1 sees no pixel: tanh(b) on every example
    net.params = params
    X, labels = digits.X[:, :300], digits.labels[:300]
    agreements = layers_class_agreement(net, X, labels, k=8)
    assert len(agreements) == 3
    for layer, agreement in enumerate(agreements, start=1):
        top = top_activating(net, X, layer, k=8)
        alive = top[1:] if layer == 1 else top
        assert agreement == pytest.approx(class_agreement(alive, labels).mean())
    # looking at the first units only is the mean over those
    first = layers_class_agreement(net, X, labels, k=8, units=3)
    assert first[1] == pytest.approx(class_agreement(top_activating(net, X, 2, k=8)[:3], labels).mean())


def test_a_layer_of_dead_units_has_no_agreement():
    net = Network([3, 2, 1], ["relu", "sigmoid"], seed=1)
    net.params = dict(net.params, W1=np.zeros((2, 3)), b1=-np.ones((2, 1)))
    first, output = layers_class_agreement(net, np.random.RandomState(0).rand(3, 10), np.arange(10) % 2, k=4)
    assert np.isnan(first) and np.isnan(output)  # the output sees only b2 then: the same on every example


def test_chance_agreement_is_random_draws_of_k_examples():
    labels = np.arange(1000) % 10
    chance = chance_agreement(labels, k=8)
    assert chance == chance_agreement(labels, k=8)  # seeded
    assert 1 / 8 < chance < 0.5  # eight of ten balanced classes rarely share a label
    assert chance_agreement(np.zeros(50, dtype=int), k=8) == 1.0  # one class: always agree
    assert chance_agreement(labels, k=1) == 1.0
    with pytest.raises(ShapeError):
        chance_agreement(labels[:5], k=8)


@pytest.mark.parametrize("layer", [0, 4, 1.0])
def test_top_activating_names_the_layers_it_has(layer):
    net = Network([3, 4, 2, 1], ["relu", "relu", "sigmoid"], seed=1)
    with pytest.raises(ShapeError, match="1..3"):
        top_activating(net, np.ones((3, 5)), layer)


def test_example_tiles_show_the_chosen_images_one_row_per_unit(digits):
    indices = np.array([[5, 0, 7], [100, 3, 3]])
    out, (low, high) = example_tiles(digits.X, indices, (8, 8))
    assert out.shape == (2 * 9 - 1, 3 * 9 - 1) and out.dtype == np.float32 and out.flags.c_contiguous
    for i in range(2):
        for r in range(3):
            np.testing.assert_array_equal(out[i * 9:i * 9 + 8, r * 9:r * 9 + 8],
                                          digits.X[:, indices[i, r]].reshape(8, 8).astype(np.float32))
    assert (low, high) == (0.0, 1.0)


def test_example_tiles_in_colour_stay_rgb():
    X = np.random.RandomState(3).rand(2 * 3 * 3, 4)
    out, _ = example_tiles(X, np.array([[2, 1]]), (2, 3, 3))
    assert out.shape == (2, 7, 3)
    np.testing.assert_array_equal(out[:, 4:7], X[:, 1].reshape(2, 3, 3).astype(np.float32))
    assert np.isnan(out[:, 3]).all()


# ------------------------------------------------------------------ decision grid
def _direct(net, xs, ys):
    """The output at every grid point, one forward pass per row of the grid."""
    rows = []
    for y in ys:
        AL, _ = net.forward(np.vstack([xs, np.full_like(xs, y)]))
        rows.append(AL)
    return np.stack(rows, axis=1)  # (n[L], resolution_y, resolution_x)


def test_decision_grid_is_the_forward_pass_on_the_grid():
    data = load_dataset("flower")
    net = Network([2, 4, 1], ["tanh", "sigmoid"], seed=2)
    xs, ys, values = decision_grid(net, data.X, resolution=40, margin=0.5)
    assert values.shape == (40, 40) and values.dtype == np.float32 and values.flags.c_contiguous
    assert xs[0] == pytest.approx(data.X[0].min() - 0.5) and xs[-1] == pytest.approx(data.X[0].max() + 0.5)
    assert ys[0] == pytest.approx(data.X[1].min() - 0.5) and ys[-1] == pytest.approx(data.X[1].max() + 0.5)
    np.testing.assert_allclose(values, _direct(net, xs, ys)[0], rtol=1e-6)
    # row r is y = ys[r], column c is x = xs[c]
    r, c = 7, 31
    AL, _ = net.forward(np.array([[xs[c]], [ys[r]]]))
    assert values[r, c] == pytest.approx(AL[0, 0], rel=1e-6)


def test_decision_grid_with_many_classes_is_the_arg_max():
    data = load_dataset("spiral", k=3)
    net = Network([2, 8, 3], ["relu", "softmax"], seed=1)
    xs, ys, values = decision_grid(net, data.X, resolution=30)
    np.testing.assert_array_equal(values, _direct(net, xs, ys).argmax(axis=0))
    assert set(np.unique(values)) <= {0.0, 1.0, 2.0}


def test_decision_grid_with_two_softmax_units_is_the_probability_of_class_1():
    data = load_dataset("moons")
    net = Network([2, 5, 2], ["relu", "softmax"], seed=1)
    xs, ys, values = decision_grid(net, data.X, resolution=20)
    np.testing.assert_allclose(values, _direct(net, xs, ys)[1], rtol=1e-6)


def test_decision_grid_needs_2d_data(digits):
    net = Network([64, 3, 10], ["relu", "softmax"])
    with pytest.raises(ShapeError, match=r"\(2, m\)"):
        decision_grid(net, digits.X)


# ------------------------------------------------------------------ the live network diagram
def test_sample_columns_are_fixed_evenly_spread_and_never_more_than_m():
    picked = sample_columns(1437, 256)
    assert len(picked) == 256 and picked[0] == 0 and picked[-1] == 1436
    assert np.all(np.diff(picked) > 0)
    assert np.array_equal(picked, sample_columns(1437, 256))  # the same every time: colours follow W, b only
    assert np.array_equal(sample_columns(5, 256), np.arange(5))
    with pytest.raises(ShapeError):
        sample_columns(0)


def test_mean_activations_are_the_means_of_each_layers_A_over_the_examples(digits):
    net = Network([64, 6, 4, 10], ["relu", "tanh", "softmax"], seed=2)
    X = digits.X[:, :50]
    means = mean_activations(net, X)
    assert [m.shape for m in means] == [(64,), (6,), (4,), (10,)]
    np.testing.assert_allclose(means[0], X.mean(axis=1))
    W1, b1, W2, b2 = (net.params[k] for k in ("W1", "b1", "W2", "b2"))
    A1 = np.maximum(0, W1 @ X + b1)
    np.testing.assert_allclose(means[1], A1.mean(axis=1))
    np.testing.assert_allclose(means[2], np.tanh(W2 @ A1 + b2).mean(axis=1))
    np.testing.assert_allclose(means[3].sum(), 1.0)  # softmax columns sum to 1, so do their means
    with pytest.raises(ShapeError):
        mean_activations(net, X[:10])


def test_edge_classes_follow_the_sign_and_the_size_relative_to_the_whole_W():
    W = np.array([[0.9, -0.1, 0.0], [-0.5, 0.34, -1.0]])
    classes = edge_classes(W, rows=2, columns=2, levels=3)
    assert classes.dtype == np.int8
    # |W| / max|W| = 0.9, 0.1 / 0.5, 0.34: classes ceil(3 x that); the largest |W| (-1.0) is not drawn but sets the scale
    assert classes.tolist() == [[3, -1], [-2, 2]]
    assert edge_classes(W, 2, 3).tolist()[1][2] == -3
    assert edge_classes(W, 1, 3)[0, 2] == 0  # exactly 0: no sign
    assert not edge_classes(np.zeros((2, 2)), 2, 2).any()


def test_top_activating_for_chosen_units_is_their_rows(digits):
    net = Network([64, 6, 10], ["relu", "softmax"], seed=3)
    everyone = top_activating(net, digits.X, 1, k=5)
    np.testing.assert_array_equal(top_activating(net, digits.X, 1, k=5, units=[4, 1]), everyone[[4, 1]])


def test_fitted_curve_is_the_forward_pass_along_the_data():
    data = load_dataset("sine")
    net = Network([1, 8, 1], ["tanh", "linear"], seed=3)
    xs, values = fitted_curve(net, data.X, resolution=50, margin=0.25)
    assert xs.shape == values.shape == (50,) and np.all(np.diff(xs) > 0)
    assert xs[0] == pytest.approx(data.X.min() - 0.25) and xs[-1] == pytest.approx(data.X.max() + 0.25)
    for i in (0, 17, 49):  # each point on its own: the curve is ŷ at that x, nothing smoothed
        AL, _ = net.forward(np.array([[xs[i]]]))
        assert values[i] == pytest.approx(AL[0, 0], rel=1e-12)


def test_fitted_curve_of_two_classes_is_the_probability_of_class_1():
    X = np.linspace(-2, 2, 30)[np.newaxis, :]
    net = Network([1, 3, 2], ["relu", "softmax"], seed=1)
    xs, values = fitted_curve(net, X, resolution=10, margin=0.0)
    AL, _ = net.forward(xs[np.newaxis, :])
    np.testing.assert_allclose(values, AL[1])


@pytest.mark.parametrize("X, sizes", [(np.zeros((2, 5)), [2, 3, 1]), (np.zeros((1, 0)), [1, 3, 1]),
                                      (np.zeros((1, 5)), [2, 3, 1])])
def test_fitted_curve_needs_1d_data_and_network(X, sizes):
    with pytest.raises(ShapeError, match="fitted curve"):
        fitted_curve(Network(sizes, ["relu", "linear"]), X)


@pytest.mark.parametrize("values, expected", [([0.7, 0.0007], 3.0), ([1e27, 1.0, 0.5], 27 + np.log10(2)),
                                              ([0.5, 0.5], 0.0), ([0.3], 0.0), ([], 0.0),
                                              ([0.0, np.inf, np.nan, 1.0, 10.0], 1.0)])
def test_decades_counts_powers_of_ten_of_the_positive_finite_values(values, expected):
    assert decades(np.array(values)) == pytest.approx(expected)


def test_tiles_on_their_own_scale_reach_one_each(W1):
    W1[2] *= 100.0  # one unit's weights far larger than the others'
    W1[3] = 1e-9  # one that learned nothing
    out, level = weight_tiles(W1, (8, 8), per_unit=True)
    assert level == 1.0
    for i in (0, 2, 7):
        r, c = tile_origin(i, (8, 8), 5)
        tile = out[r:r + 8, c:c + 8]
        np.testing.assert_allclose(tile, (W1[i] / np.abs(W1[i]).max()).reshape(8, 8), rtol=1e-6)
        assert np.abs(tile).max() == pytest.approx(1.0)
    r, c = tile_origin(3, (8, 8), 5)
    # the dead unit is scaled as if its largest weight were UNIT_LEVEL_FLOOR of the layer's: white, not noise
    assert np.abs(out[r:r + 8, c:c + 8]).max() < 1e-6
    assert UNIT_LEVEL_FLOOR < 0.1


# ------------------------------------------------------------------ how much the tiles look like pictures
def test_neighbour_correlation_tells_pictures_from_noise():
    rng = np.random.RandomState(0)
    noise = [neighbour_correlation(rng.randn(20, 64), (8, 8)) for _ in range(20)]
    assert abs(np.mean(noise)) < 0.02  # independent weights: neighbours unrelated
    y, x = np.mgrid[0:8, 0:8]
    bar = np.where(abs(x - 3.5) < 1.5, 1.0, -0.2)  # a vertical stroke
    blob = np.exp(-((x - 4) ** 2 + (y - 3) ** 2) / 6.0)
    assert neighbour_correlation(np.stack([bar.ravel(), blob.ravel()]), (8, 8)) > 0.6
    assert neighbour_correlation(np.ones((1, 64)), (8, 8)) == pytest.approx(1.0)
    checkerboard = np.where((x + y) % 2 == 0, 1.0, -1.0)
    assert neighbour_correlation(checkerboard.reshape(1, 64), (8, 8)) == pytest.approx(-1.0)
    # units with no weights at all are left out; no unit at all gives 0
    assert neighbour_correlation(np.vstack([np.ones(64), np.zeros(64)]), (8, 8)) == pytest.approx(1.0)
    assert neighbour_correlation(np.zeros((3, 64)), (8, 8)) == 0.0
    with pytest.raises(ShapeError):
        neighbour_correlation(np.ones((2, 60)), (8, 8))



@pytest.mark.parametrize("width, height, expected", [(400, 400, 5), (900, 300, 10), (300, 900, 3)])
def test_fitting_columns_makes_the_tiles_largest(width, height, expected):
    cell = (12, 9)  # an 8 x 8 tile, its number's room and the gaps
    columns = fitting_columns(20, cell, width, height)
    assert columns == expected

    def size(c: int) -> float:
        return min(width / (c * 9), height / (-(-20 // c) * 12))
    assert all(size(columns) >= size(c) for c in range(1, 21))

"""The weight images: W[1] as tiles on image data, W[l] as matrices otherwise, top images for deeper units."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.app.session import Architecture, Hyperparameters
from visualnet.app.widgets.weight_images import TOP_K, View, WeightImages, label_rows
from visualnet.engine.datasets import from_labels
from visualnet.engine.visual import (chance_agreement, example_tiles, layers_class_agreement, nice_level,
                                     top_activating, weight_heatmap, weight_tiles)


@pytest.fixture
def widget(show, session) -> WeightImages:
    return show(WeightImages(session), 560, 620)


def shown(widget: WeightImages) -> np.ndarray:
    return widget.image.image


def same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and np.array_equal(a, b, equal_nan=True)


def tiles(widget: WeightImages, W1: np.ndarray, image_shape: tuple[int, ...], per_unit: bool = True) -> np.ndarray:
    """W[1]'s tiles as the panel draws them: its grid, room for the numbers above, each on its own scale unless
    unticked."""
    return weight_tiles(W1, image_shape, widget.columns, per_unit, label_rows(image_shape))[0]


def combo_texts(widget: WeightImages) -> list[str]:
    return [widget.layer_combo.itemText(i) for i in range(widget.layer_combo.count())]


def test_digits_show_one_tile_per_hidden_unit(widget, session):
    assert widget.objectName() == "weightImages"
    image = shown(widget)
    assert same(image, tiles(widget, session.network.params["W1"], (8, 8)))
    assert image.dtype == np.float32 and image.flags.c_contiguous
    assert label_rows((8, 8)) == 3  # room for the numbers above each row of tiles
    rows = -(-20 // widget.columns)
    assert image.shape == (rows * (3 + 9) - 1, widget.columns * 9 - 1)  # 20 units, widget.columns a row
    assert widget.image.axisOrder == "row-major"  # rows of the array are rows of the picture
    assert "8×8" in widget.caption.text() and "W[1]" in widget.caption.text()


def test_levels_are_symmetric_and_the_colour_bar_agrees(widget, session):
    widget.unit_scale_check.setChecked(False)  # one scale for every tile: the bar shows W[1] itself
    _, largest = weight_tiles(session.network.params["W1"], (8, 8))
    level = nice_level(largest)
    assert largest <= level <= 1.25 * largest  # the largest weight, rounded up to a step of the scale
    low, high = widget.image.getLevels()
    assert (low, high) == pytest.approx((-level, level))
    assert widget.colour_bar.levels() == pytest.approx((-level, level))
    assert widget.colour_bar.isVisible()


def test_tiles_follow_training(widget, session, qtbot):
    before = session.network.params["W1"].copy()
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=50))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    W1 = session.network.params["W1"]
    assert not np.array_equal(W1, before)
    expected = tiles(widget, W1, (8, 8))
    qtbot.waitUntil(lambda: same(shown(widget), expected), timeout=5_000)
    assert widget.image.getLevels() == pytest.approx((-1, 1))  # each tile on its own scale: w / max|w|


def test_items_are_created_once(widget, session, qtbot):
    image, bar, plot = widget.image, widget.colour_bar, widget.plot
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=30))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    widget.set_view(View(2, "top"))
    session.set_dataset("flower")
    assert (widget.image, widget.colour_bar, widget.plot) == (image, bar, plot)
    assert [item for item in plot.items if item is image] == [image]


def test_the_selector_offers_every_layer(widget, session):
    assert combo_texts(widget) == ["Layer 1 weights"] + [f"Layer {l}: examples that excite each unit"
                                                         for l in range(1, 5)]
    session.set_architecture(Architecture(((10, "relu"),), "softmax"))
    assert len(combo_texts(widget)) == 3


def test_deeper_layers_show_the_images_that_excite_each_unit(widget, session, qtbot):
    widget.set_view(View(2, "top"))
    assert widget.layer_combo.currentIndex() == 2
    net, data = session.network, session.dataset
    top = top_activating(net, data.X, 2, TOP_K)
    expected, levels = example_tiles(data.X, top, (8, 8))
    assert same(shown(widget), expected)
    assert shown(widget).shape == (7 * 9 - 1, TOP_K * 9 - 1)  # one row per unit of layer 2, k columns
    assert widget.image.getLevels() == pytest.approx(levels)
    assert "a[2]_i" in widget.caption.text()
    # after training the images follow the new activations
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=50))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=30_000)
    expected, _ = example_tiles(data.X, top_activating(session.network, data.X, 2, TOP_K), (8, 8))
    qtbot.waitUntil(lambda: same(shown(widget), expected), timeout=5_000)


def test_choosing_a_layer_with_the_combo(widget, session):
    widget.layer_combo.setCurrentIndex(4)
    assert widget.view == View(4, "top")
    assert shown(widget).shape[0] == 10 * 9 - 1  # the ten output units
    widget.layer_combo.setCurrentIndex(0)
    assert same(shown(widget), tiles(widget, session.network.params["W1"], (8, 8)))


def test_non_image_data_shows_W1_as_a_matrix(widget, session):
    session.set_dataset("flower")
    W1 = session.network.params["W1"]
    expected, level = weight_heatmap(W1)
    assert same(shown(widget), expected)
    assert shown(widget).shape == (20, 2)  # (n[1], n[0]): one row per unit i, one column per input j
    assert widget.image.getLevels() == pytest.approx((-nice_level(level), nice_level(level)))
    assert widget.plot.getAxis("left").labelText == "unit i of layer 1"
    assert widget.plot.getAxis("bottom").labelText == "input j"
    assert "(n[1], n[0]) = (20, 2)" in widget.caption.text()
    assert combo_texts(widget) == [f"Layer {l} weights" for l in range(1, 5)]
    widget.set_view(View(3, "heatmap"))
    assert same(shown(widget), weight_heatmap(session.network.params["W3"])[0])
    assert widget.plot.getAxis("bottom").labelText == "unit j of layer 2"


def test_back_to_images_after_a_smaller_network(widget, session):
    widget.set_view(View(4, "top"))
    session.set_architecture(Architecture(((6, "tanh"),), "softmax"))
    assert widget.view.layer <= 2
    session.set_dataset("digit_pair")
    widget.set_view(View(1, "tiles"))
    assert same(shown(widget), tiles(widget, session.network.params["W1"], (8, 8)))
    assert shown(widget).shape == (-(-6 // widget.columns) * 12 - 1, widget.columns * 9 - 1)  # 6 units


def test_colour_images_average_the_channels_and_show_examples_in_colour(widget, session):
    rng = np.random.RandomState(0)
    data = from_labels("tiny cats", rng.rand(4 * 5 * 3, 40), np.arange(40) % 2, image_shape=(4, 5, 3))
    session.set_dataset(session.add_dataset(data))
    assert same(shown(widget), tiles(widget, session.network.params["W1"], (4, 5, 3)))
    assert "averaged over its 3 colour channels" in widget.caption.text()
    widget.set_view(View(2, "top"))
    top = top_activating(session.network, session.dataset.X, 2, TOP_K)
    expected, _ = example_tiles(session.dataset.X, top, (4, 5, 3))
    assert same(shown(widget), expected) and shown(widget).ndim == 3  # RGB
    assert not widget.colour_bar.isVisible()  # no colour map to explain
    widget.set_view(View(1, "tiles"))
    assert widget.colour_bar.isVisible()


def test_a_layer_wider_than_a_screen_draws_its_first_units_and_says_so(widget, session):
    from visualnet.app.widgets.weight_images import MAX_SHOWN
    session.set_architecture(Architecture(((5000, "relu"), (7, "relu")), "softmax"))
    assert same(shown(widget), tiles(widget, session.network.params["W1"][:MAX_SHOWN], (8, 8)))  # 400, not 5,000
    assert len(widget.unit_labels) == MAX_SHOWN
    assert widget.caption.text().endswith(f"Drawn: the first {MAX_SHOWN} of the 5,000 units.")
    session.set_dataset("moons")  # no images: W[2] (7, 5000) as a matrix, its first 400 columns
    widget.set_view(View(2, "heatmap"))
    expected, _ = weight_heatmap(session.network.params["W2"][:, :MAX_SHOWN])
    assert same(shown(widget), expected)
    assert widget.caption.text().endswith(f"Drawn: the first {MAX_SHOWN} of the 5,000 columns.")


def test_each_tile_is_numbered_on_the_white_above_it_readably(widget, session):
    from visualnet.engine.visual import tile_origin

    labels = widget.unit_labels
    assert [item.text() for item in labels] == [str(i) for i in range(20)]
    view_box = widget.plot.getViewBox()
    top = label_rows((8, 8))
    for i, item in enumerate(labels):
        row, column = tile_origin(i, (8, 8), widget.columns, top)
        box = item.mapRectToItem(view_box.childGroup, item.boundingRect())  # in image pixels
        assert row - top <= box.top() and box.bottom() <= row  # in the room above the tile, not on its weights
        assert column <= box.left() and box.right() <= column + 8  # over its own tile, not the next
        on_screen = item.mapRectToScene(item.boundingRect())
        assert on_screen.height() >= 12  # pixels: readable at the panel's size (560 x 620)
    widget.set_view(View(2, "top"))
    assert widget.unit_labels == []  # the images of other layers have their numbers on the axis


def test_each_tile_on_its_own_scale_or_one_scale_for_all(widget, session):
    W1 = session.network.params["W1"]
    check = widget.unit_scale_check
    assert check.objectName() == "weightUnitScaleCheck" and check.isChecked() and check.isVisible()
    image = shown(widget)
    top = label_rows((8, 8))
    first = image[top:top + 8, :8]  # tile 0: unit 0's weights, divided by its largest |weight|
    assert np.allclose(first, (W1[0] / np.abs(W1[0]).max()).reshape(8, 8))
    assert widget.image.getLevels() == pytest.approx((-1, 1))
    assert widget.colour_bar.getAxis("left").labelText == "negative ← W[1] → positive"
    assert [text for _, text in widget.colour_bar.getAxis("right")._tickLevels[0]] == ["−max", "0", "+max"]
    assert "own scale" in widget.caption.text()

    check.setChecked(False)
    assert same(shown(widget), tiles(widget, W1, (8, 8), per_unit=False))
    level = nice_level(np.abs(W1).max())
    assert widget.image.getLevels() == pytest.approx((-level, level))
    assert widget.colour_bar.getAxis("left").labelText == "negative ← W[1] → positive"
    assert widget.colour_bar.getAxis("right")._tickLevels is None  # numbers: the weights themselves
    assert "own scale" not in widget.caption.text()
    widget.set_view(View(2, "top"))
    assert not check.isVisible()  # images of examples have no weights to scale


def test_the_demo_first_layer_learns_strokes_not_noise(session):
    """The README's lesson, in numbers: after training the demo with its own hyperparameters, a pixel's
    weight is like its neighbour's (strokes and blobs), which the random draw is not; L2 is why."""
    from dataclasses import replace

    from visualnet.engine import Network
    from visualnet.engine.training import Trainer
    from visualnet.engine.visual import neighbour_correlation

    draws = [neighbour_correlation(Network(session.layer_sizes, session.activations, seed=seed).params["W1"], (8, 8))
             for seed in range(1, 21)]
    noise_level = np.mean(draws) + 8 * np.std(draws)  # far above anything a random draw gives

    def trained(lambd: float) -> tuple[float, float]:
        net = session.network.copy()
        config = replace(session.train_config(), num_iterations=3000, lambd=lambd)  # a third of the demo's run
        for _ in Trainer(net, session.train.X, session.train.Y, config).run():
            pass
        return neighbour_correlation(net.params["W1"], (8, 8)), net.accuracy(session.dev.X, session.dev.Y)

    demo, accuracy = trained(session.hyperparameters.lambd)
    assert neighbour_correlation(session.network.params["W1"], (8, 8)) < noise_level  # before: the draw
    assert demo > noise_level and demo > 0.15
    assert accuracy >= 0.9  # the lesson costs no accuracy
    without_l2, _ = trained(0.0)
    assert demo > without_l2  # the random draw fades only under L2: the demo's λ makes the strokes plainer



def test_the_grid_makes_the_tiles_as_large_as_the_panel_allows(widget, session, qtbot):
    box = widget.plot.getViewBox()

    def scale() -> float:  # screen pixels per image pixel
        return 1 / box.viewPixelSize()[0]

    def near_square() -> float:  # the same on the 4 x 5 grid of 12 x 9 cells (tile, number, gaps)
        return min(box.width() / (5 * 9), box.height() / (4 * 12))

    widget.resize(900, 420)  # a wide, low dock, as beside the network diagram
    qtbot.waitUntil(lambda: widget.columns > 5)  # longer rows than the near-square 4 x 5
    qtbot.waitUntil(lambda: same(shown(widget), tiles(widget, session.network.params["W1"], (8, 8))))
    assert scale() > 1.2 * near_square()
    assert [item.text() for item in widget.unit_labels] == [str(i) for i in range(20)]
    widget.resize(420, 900)  # a tall, narrow one
    qtbot.waitUntil(lambda: widget.columns < 5)
    qtbot.waitUntil(lambda: same(shown(widget), tiles(widget, session.network.params["W1"], (8, 8))))
    assert scale() > 1.2 * near_square()


def shown_top(session, layer: int) -> np.ndarray:
    """The engine's top examples of ``layer`` for the session's current parameters, as the panel must draw them."""
    data = session.dataset
    top = top_activating(session.network, session.scaling.apply(data.X), layer, TOP_K)
    return example_tiles(data.X, top, data.image_shape)[0]


def test_every_layer_shows_its_units_top_examples_and_how_often_they_share_a_digit(widget, session, qtbot):
    """Edges -> parts -> whole, layer by layer: the pictures are the engine's top examples for the current
    parameters, and the caption gives the engine's measure per layer against random examples."""
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=300))
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=60_000)
    data = session.dataset
    agreements = layers_class_agreement(session.network, session.scaling.apply(data.X), data.labels, TOP_K,
                                        units=400)
    chance = chance_agreement(data.labels, TOP_K)
    for layer in range(1, 5):
        widget.set_view(View(layer, "top"))
        assert widget.layer_combo.currentText() == f"Layer {layer}: examples that excite each unit"
        qtbot.waitUntil(lambda: same(shown(widget), shown_top(session, layer)), timeout=5_000)
        caption = widget.caption.text()
        assert f"a[{layer}]_i" in caption
        per_layer = ", ".join(f"layer {l} {share:.0%}" for l, share in enumerate(agreements, start=1))
        assert f"most common class: {per_layer} (random examples: {chance:.0%})" in caption
        assert "only layer 1's weights show" in caption
    assert shown(widget).shape[0] == 10 * 9 - 1  # the output layer: one row per digit


def test_regression_images_have_no_class_to_agree_on(widget, session):
    rng = np.random.RandomState(0)
    from visualnet.engine.datasets import Dataset
    data = Dataset("tiny regression", rng.rand(4 * 5, 30), rng.rand(1, 30), "regression", image_shape=(4, 5))
    session.set_dataset(session.add_dataset(data))
    widget.set_view(View(1, "top"))
    assert same(shown(widget), shown_top(session, 1))
    assert "a[1]_i" in widget.caption.text() and "common class" not in widget.caption.text()

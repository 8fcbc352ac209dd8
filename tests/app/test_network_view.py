"""The network diagram: one item per layer, W[l]'s shape from engine.shapes, hover and selection both ways."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from visualnet.app.widgets.network_view import (ACCENT, HOVERED_FILL, MAX_CIRCLES, MIN_FIT_SCALE, SELECTED_FILL,
                                                EdgeItem, LayerItem, NetworkView)
from visualnet.engine.shapes import network_shapes


@pytest.fixture
def view(show, session):
    return show(NetworkView(session), 1000, 600)  # the demo: digits (64 inputs, 10 classes), 20, 7, 5


def _viewport_point(view: NetworkView, item: LayerItem) -> QPoint:
    """Where the first neuron (or the box) of ``item`` is on the screen."""
    target = item.circles[0] if item.circles else item.box
    return view.mapFromScene(item.mapToScene(target.center()))


def _items_of(view: NetworkView, kind: type) -> list:
    return [item for item in view.scene().items() if isinstance(item, kind)]


def test_one_layer_item_per_layer_with_circles_or_a_box(view):
    layers = sorted(_items_of(view, LayerItem), key=lambda item: item.layer)
    assert [item.layer for item in layers] == [0, 1, 2, 3, 4]
    assert layers == view.layer_items()
    # 64 inputs and 20 hidden units are boxes; 7, 5 and the 10 outputs are circles, one per unit
    assert layers[0].box is not None and layers[0].circles == []
    assert layers[1].box is not None and layers[1].circles == []
    assert [len(item.circles) for item in layers[2:]] == [7, 5, 10]
    assert all(item.box is None for item in layers[2:])
    assert [item.kind for item in layers] == ["input", "hidden", "hidden", "hidden", "output"]


def test_labels_show_sizes_activations_and_the_image_shape(view):
    texts = [item.texts for item in view.layer_items()]
    assert texts[0][:2] == ["n[0] = 64 (8×8)", "X = A[0]"]
    assert texts[1][:2] == ["n[1] = 20", "g[1] = relu"]
    assert texts[4][:2] == ["n[4] = 10", "g[4] = softmax"]
    assert texts[4][2].endswith("ŷ = A[4]")
    # layers left to right, in order
    xs = [item.boundingRect().center().x() for item in view.layer_items()]
    assert xs == sorted(xs)


def test_edge_labels_are_W_shapes_from_the_engine(view):
    session = view.session
    expected = network_shapes(session.layer_sizes, session.train.m)
    W = [expected.tensor("W", l) for l in range(1, expected.L + 1)]
    assert view.edge_labels() == [f"{w.symbol} {w.numeric_text}" for w in W]
    assert view.edge_labels() == ["W[1] (20, 64)", "W[2] (7, 20)", "W[3] (5, 7)", "W[4] (10, 5)"]


def test_edges_between_two_layers_are_one_path_item(view):
    edges = _items_of(view, EdgeItem)
    assert sorted(edge.layer for edge in edges) == [1, 2, 3, 4]
    by_layer = {edge.layer: edge for edge in edges}
    # between two columns of circles: every pair of neurons, one line (moveTo + lineTo) each
    assert by_layer[3].path().elementCount() == 2 * 7 * 5
    assert by_layer[4].path().elementCount() == 2 * 5 * 10
    # from a box: a few fan lines, never one per weight (W[1] has 1,280)
    assert by_layer[1].path().elementCount() < 2 * 100


def test_a_small_layer_is_circles_and_a_big_one_a_box(view):
    session = view.session
    session.set_architecture(session.architecture.with_hidden([(3, "relu"), (MAX_CIRCLES + 1, "tanh")]))
    layers = view.layer_items()
    assert len(layers[1].circles) == 3 and layers[1].box is None
    assert layers[2].circles == [] and layers[2].box is not None
    assert layers[2].texts[:2] == [f"n[2] = {MAX_CIRCLES + 1}", "g[2] = tanh"]


def test_hovering_and_clicking_a_layer_set_the_session(view, qtbot):
    session = view.session
    selected: list[int] = []
    session.selectedLayerChanged.connect(selected.append)
    target = view.layer_items()[2]
    QTest.mouseMove(view.viewport(), _viewport_point(view, target))
    qtbot.waitUntil(lambda: session.hovered_layer == 2)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _viewport_point(view, target))
    assert session.selected_layer == 2
    assert selected == [2]  # once: redrawing the highlight does not echo back into the session
    assert target.state == "selected"

    # the input box counts too
    box_layer = view.layer_items()[0]
    QTest.mouseMove(view.viewport(), _viewport_point(view, box_layer))
    qtbot.waitUntil(lambda: session.hovered_layer == 0)

    # the empty background: hover ends, a click clears the selection
    empty = view.mapFromScene(QPointF(view.sceneRect().left() + 2, view.sceneRect().top() + 2))
    QTest.mouseMove(view.viewport(), empty)
    qtbot.waitUntil(lambda: session.hovered_layer == -1)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, empty)
    assert session.selected_layer == -1
    assert selected == [2, -1]


def test_session_selection_and_hover_drive_the_highlight(view):
    session, layers = view.session, view.layer_items()
    session.set_selected_layer(3)
    assert layers[3].brush().color() == SELECTED_FILL
    assert layers[3].pen().color() == ACCENT
    assert layers[3].unit_pen.color() == ACCENT
    assert all(item.brush().style() == Qt.BrushStyle.NoBrush for item in layers if item.layer != 3)

    session.set_hovered_layer(1)
    assert layers[1].brush().color() == HOVERED_FILL
    assert layers[1].pen().style() == Qt.PenStyle.NoPen
    assert layers[3].brush().color() == SELECTED_FILL  # hovering another layer keeps the selection

    session.set_selected_layer(-1)
    session.set_hovered_layer(-1)
    assert all(item.brush().style() == Qt.BrushStyle.NoBrush for item in layers)
    assert all(item.unit_pen.color() != ACCENT for item in layers)


def test_arrow_keys_walk_the_selection(view, qtbot):
    session = view.session
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert session.selected_layer == 0
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert session.selected_layer == 2
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert session.selected_layer == 1
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert session.selected_layer == -1


def test_a_50_layer_change_rebuilds_with_52_layers(view):
    session = view.session
    session.set_architecture(session.architecture.with_hidden([(3, "relu")] * 50))
    layers = view.layer_items()
    assert [item.layer for item in layers] == list(range(52))
    assert all(len(item.circles) == 3 for item in layers[1:51])
    assert view.edge_labels()[0] == "W[1] (3, 64)"
    assert view.edge_labels()[1:50] == [f"W[{l}] (3, 3)" for l in range(2, 51)]
    assert view.edge_labels()[-1] == "W[51] (10, 3)"
    # one item per layer plus one per pair of layers, whatever the number of units and weights
    assert len(view.scene().items()) == 52 + 51
    # a deep network keeps its labels readable and scrolls; selecting its last layer elsewhere shows it
    assert view.transform().m11() >= MIN_FIT_SCALE * 0.99
    session.set_selected_layer(51)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(layers[51].path().boundingRect().center())


def test_changing_the_dataset_rebuilds_the_input_layer(view):
    view.session.set_dataset("moons")
    first = view.layer_items()[0]
    assert len(first.circles) == 2
    assert first.texts[0] == "n[0] = 2"
    assert view.edge_labels()[0] == "W[1] (20, 2)"


def test_the_network_fits_and_ctrl_wheel_zooms(view, qtbot):
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    network = view.sceneRect()
    assert visible.adjusted(-1, -1, 1, 1).contains(network)
    fitted = view.transform().m11()

    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.transform().m11() == pytest.approx(fitted * 1.15 ** 2)
    view.resize(900, 500)  # a zoomed view keeps its zoom when resized
    assert view.transform().m11() == pytest.approx(fitted * 1.15 ** 2)

    # a rebuild shows the whole network again
    view.session.set_architecture(view.session.architecture.with_hidden([(4, "relu")]))
    assert view.transform().m11() < fitted * 1.15  # the zoom is gone at once; the scroll bars go on the next event
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
                    .contains(view.sceneRect()))

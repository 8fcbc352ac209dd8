"""The live network diagram: one item per layer, W[l]'s shape from engine.shapes, hover and selection both
ways, units and edges coloured from the engine while training, a unit's panel, readable at any depth."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QFontInfo, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from visualnet.app.widgets.network_view import MAX_DRAWN, LayerItem, NetworkView
from visualnet.app.widgets.network_view.items import ACCENT, HOVERED_FILL, SELECTED_FILL, value_colour
from visualnet.engine.shapes import network_shapes
from visualnet.engine.visual import mean_activations, top_activating


@pytest.fixture
def view(show, session):
    return show(NetworkView(session), 1000, 700)  # the demo: digits (64 inputs, 10 classes), 20, 7, 5


def _unit_point(view: NetworkView, item: LayerItem, unit: int = 0) -> QPoint:
    """Where unit ``unit`` of ``item`` is on the screen."""
    return view.mapFromScene(item.mapToScene(item.circles[unit].center()))


def _items_of(view: NetworkView, kind: type) -> list:
    return [item for item in view.scene().items() if isinstance(item, kind)]


def _visible(view: NetworkView) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_one_layer_item_per_layer_big_layers_drawn_in_part(view):
    layers = sorted(_items_of(view, LayerItem), key=lambda item: item.layer)
    assert [item.layer for item in layers] == [0, 1, 2, 3, 4]
    assert layers == view.layer_items()
    # 64 inputs and 20 hidden units: the first MAX_DRAWN, and how many more; 7, 5 and 10 units all drawn
    assert [len(item.circles) for item in layers] == [MAX_DRAWN, MAX_DRAWN, 7, 5, 10]
    assert layers[0].texts[-2:] == ["⋮", f"+{64 - MAX_DRAWN}"]
    assert layers[1].texts[-1] == f"+{20 - MAX_DRAWN}"
    assert [item.kind for item in layers] == ["input", "hidden", "hidden", "hidden", "output"]


def test_labels_show_sizes_activations_and_the_image_shape(view):
    texts = [item.texts for item in view.layer_items()]
    assert texts[0][:3] == ["n[0] = 64", "X = A[0]", "input  8×8"]
    assert texts[1][:2] == ["n[1] = 20", "g[1] = relu"]
    assert texts[4][:2] == ["n[4] = 10", "g[4] = softmax"]
    assert texts[4][2].endswith("ŷ = A[4]")
    xs = [item.boundingRect().center().x() for item in view.layer_items()]
    assert xs == sorted(xs)


def test_edge_labels_are_W_shapes_from_the_engine(view):
    session = view.session
    expected = network_shapes(session.layer_sizes, session.train.m)
    W = [expected.tensor("W", l) for l in range(1, expected.L + 1)]
    assert view.edge_labels() == [f"{w.symbol} {w.numeric_text}" for w in W]
    assert view.edge_labels() == ["W[1] (20, 64)", "W[2] (7, 20)", "W[3] (5, 7)", "W[4] (10, 5)"]
    assert all(edge.pill_shown for edge in view.edge_items())  # room enough at L = 4
    # the drawn edges: every pair of drawn units, one line each
    assert [edge.shape_drawn for edge in view.edge_items()] == [(MAX_DRAWN, MAX_DRAWN), (7, MAX_DRAWN), (5, 7),
                                                                (10, 5)]


def test_a_training_update_colours_the_units_by_their_mean_activation(view, qtbot):
    session = view.session
    before = [item.unit_colours() for item in view.layer_items()]
    session.set_hyperparameters(replace(session.hyperparameters, num_iterations=30))
    with qtbot.waitSignal(session.progressed, timeout=120_000):
        session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=120_000)
    net = session.network
    expected = mean_activations(net, view.sample_X())

    def matches() -> bool:
        return all(np.allclose(item.means, expected[l][:len(item.circles)])
                   for l, item in enumerate(view.layer_items()) if l)
    qtbot.waitUntil(matches)  # (behind the throttle, the last update is drawn at the end of its rest)
    level = view.legend.colour_key.level
    assert level >= max(np.abs(e[:MAX_DRAWN]).max() for e in expected[1:])
    for l, item in enumerate(view.layer_items()[1:], start=1):
        assert item.unit_colours() == [value_colour(v, level) for v in expected[l][:len(item.circles)]]
        for colour, v in zip(item.unit_colours(), expected[l]):
            if v > 0.05 * level:
                assert colour.red() > colour.blue()  # red: a positive mean activation
    assert [item.unit_colours() for item in view.layer_items()] != before
    assert view.legend.units_text.text().count(str(view.sample_X().shape[1])) == 1


def test_edge_colours_and_widths_follow_the_sign_and_size_of_W(view):
    W = view.session.network.params["W3"]  # (5, 7): every edge drawn
    edge = view.edge_items()[2]
    pens = {(j, k): edge.edge_pen(j, k) for j in range(5) for k in range(7)}
    for (j, k), pen in pens.items():
        colour = pen.color()
        assert (colour.red() > colour.blue()) == (W[j, k] > 0), (j, k, W[j, k], colour.name())
    by_size = sorted(pens, key=lambda jk: abs(W[jk]))
    widths = [pens[jk].widthF() for jk in by_size]
    assert widths == sorted(widths) and widths[0] < widths[-1]  # wider for a larger |W|
    assert pens[by_size[-1]].widthF() == 3  # the largest |W| gets the widest line

    # new parameters: new pens (a student's own W3 with known signs)
    params = {k: v.copy() for k, v in view.session.network.params.items()}
    params["W3"] = np.where(np.arange(35).reshape(5, 7) % 2, -0.01, 1.0)
    view.session.set_parameters(params)
    view._throttle.flush()
    assert edge.edge_pen(0, 0).widthF() == 3 and edge.edge_pen(0, 1).widthF() == 1
    assert edge.edge_pen(0, 1).color().blue() > edge.edge_pen(0, 1).color().red()


def _jittered(params: dict[str, np.ndarray], rng: np.random.Generator, size: float,
              names: str = "Wb") -> dict[str, np.ndarray]:
    """``params`` with noise of ``size`` added to those whose name starts with a letter of ``names``."""
    return {k: v + size * rng.standard_normal(v.shape) if k[0] in names else v for k, v in params.items()}


def _on_screen(view: NetworkView) -> QImage:
    """What the viewport shows: its pixels in the window's backing store, as the partial repaints left them."""
    viewport = view.viewport()
    corner = viewport.mapTo(viewport.window(), QPoint(0, 0))
    return viewport.screen().grabWindow(viewport.window().winId(), corner.x(), corner.y(), viewport.width(),
                                        viewport.height()).toImage()


def _painted_anew(view: NetworkView) -> QImage:
    """The viewport with every item painted again, none from its cached picture."""
    for item in view.scene().items():
        item.update()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def test_a_live_update_repaints_what_changed_as_a_whole_repaint_would(view):
    """Only the units whose colour changed and the edges of pairs whose classes changed are painted again,
    the rest is left or copied from the items' cached pictures: what the screen shows is what painting
    everything anew gives. Every other update moves only b: only units change, in their own rectangles."""
    session, rng = view.session, np.random.default_rng(3)
    for i in range(8):
        before = [edge.classes for edge in view.edge_items()]
        session.set_parameters(_jittered(session.network.params, rng, 0.05, "Wb" if i % 2 else "b"))
        view._throttle.flush()
        QApplication.processEvents()
        if i % 2 == 0:
            assert all(edge.classes is old for edge, old in zip(view.edge_items(), before))  # not set again
        shown = _on_screen(view)
        assert shown == _painted_anew(view).convertToFormat(shown.format()), i
    assert any(edge.classes.min() < 0 < edge.classes.max() for edge in view.edge_items())


def test_nothing_is_computed_for_the_diagram_while_its_tab_is_hidden(window, qtbot, monkeypatch):
    """Training behind another tab costs the diagram nothing; shown again, it draws the last parameters."""
    import visualnet.app.widgets.network_view as network_view
    import visualnet.app.widgets.network_view.footer as footer

    session, view = window.session, window.network_view
    view._on_layer_pressed(2, 1)  # the unit panel open: it computes its top examples when shown
    calls: list[str] = []
    for module, name in ((network_view, "mean_activations"), (network_view, "edge_classes"),
                         (footer, "top_activating")):
        def counted(*args, _real=getattr(module, name), _name=name, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, counted)
    window.central_tabs.setCurrentWidget(window.pass_animation)
    assert not view.isVisible()
    rng = np.random.default_rng(4)
    for _ in range(5):
        session.set_parameters(_jittered(session.network.params, rng, 0.1))
        qtbot.wait(30)  # past the throttles' rests
    assert calls == []

    window.central_tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "mean_activations" in calls and "top_activating" in calls)
    expected = mean_activations(session.network, view.sample_X())
    for l, item in enumerate(view.layer_items()[1:], start=1):
        np.testing.assert_allclose(item.means, expected[l][:len(item.circles)])
    assert calls.count("mean_activations") == 1


def test_clicking_a_unit_shows_its_incoming_weights_bias_and_top_examples(view, qtbot):
    session = view.session
    panel = view.unit_panel
    assert panel.isHidden()
    target = view.layer_items()[2]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _unit_point(view, target, 3))
    assert session.selected_layer == 2
    assert panel.isVisible() and panel.objectName() == "unitPanel"
    assert panel.unit == (2, 3) and target.chosen == 3
    net = session.network
    np.testing.assert_array_equal(panel.weights, net.params["W2"][3])
    np.testing.assert_array_equal(panel.weights_bars.opts["height"], net.params["W2"][3])
    assert panel.bias == net.params["b2"][3, 0]
    assert "Layer 2, unit 3" in panel.title.text()
    assert panel.numbers.text() == f"b[2]_3 = {net.params['b2'][3, 0]:.4g}"
    np.testing.assert_array_equal(panel.examples, top_activating(net, session.train.X, 2, 6)[[3]])
    # the diagram gave the panel its room: the units are still all on screen
    assert _visible(view).contains(view.layer_items()[-1].boundingRect())

    # layer 1 of images: the weights as an image of the input's shape
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _unit_point(view, view.layer_items()[1], 5))
    assert panel.unit == (1, 5)
    np.testing.assert_allclose(panel.weights_image.image, net.params["W1"][5].reshape(8, 8), rtol=1e-6)

    # live: new parameters show at once after the panel's rest
    params = {k: v.copy() for k, v in net.params.items()}
    params["b1"][5, 0] = 0.75
    session.set_parameters(params)
    qtbot.waitUntil(lambda: panel.bias == 0.75)

    panel.close_button.click()
    assert panel.isHidden() and view.layer_items()[1].chosen == -1


def test_hovering_and_clicking_a_layer_set_the_session(view, qtbot):
    session = view.session
    selected: list[int] = []
    session.selectedLayerChanged.connect(selected.append)
    target = view.layer_items()[2]
    QTest.mouseMove(view.viewport(), _unit_point(view, target))
    qtbot.waitUntil(lambda: session.hovered_layer == 2)
    label = target.labels[0].rect.center()  # a click on a label selects the layer, opens no panel
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(label))
    assert session.selected_layer == 2
    assert selected == [2]  # once: redrawing the highlight does not echo back into the session
    assert target.state == "selected" and view.unit_panel.isHidden()

    empty = view.mapFromScene(QPointF(2, 2))
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
    assert layers[3].brush().color() == SELECTED_FILL
    session.set_selected_layer(-1)
    session.set_hovered_layer(-1)
    assert all(item.brush().style() == Qt.BrushStyle.NoBrush for item in layers)


def test_arrow_keys_walk_the_selection(view):
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


def _assert_readable(view: NetworkView, least_px: int) -> None:
    """Every unit and label inside the view, and every label at least ``least_px`` pixels high on screen."""
    visible = _visible(view).adjusted(-0.5, -0.5, 0.5, 0.5)
    zoom = view.transform().m11()
    for item in view.layer_items():
        for circle in item.circles:
            assert visible.contains(circle), (item.layer, circle, visible)
        for label in item.labels:
            assert visible.contains(label.rect), (item.layer, label.text, label.rect, visible)
            assert QFontInfo(label.font).pixelSize() * zoom >= least_px, (label.text, QFontInfo(label.font).pixelSize())
    for edge in view.edge_items():
        assert visible.contains(edge.boundingRect())
    rects = [label.rect for item in view.layer_items() for label in item.labels]
    for a in range(len(rects)):  # and no two labels overlap
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), ([i.texts for i in view.layer_items()], rects[a], rects[b])


@pytest.mark.parametrize("L", [1, 2, 4, 8, 12])
def test_the_network_fits_its_tab_readably_at_any_depth(window, L):
    session, view = window.session, window.network_view
    session.set_architecture(session.architecture.with_hidden([(16, "relu")] * (L - 1)))
    QApplication.processEvents()
    assert view.horizontalScrollBar().maximum() == 0 and view.verticalScrollBar().maximum() == 0
    _assert_readable(view, 11)
    # the height is used: the units span most of what the labels leave
    body_top, body_bottom = view.geometry_.body
    assert body_bottom - body_top > 0.5 * view.viewport().height()


def test_presentation_mode_sets_the_diagram_larger(window, qtbot):
    view = window.network_view
    normal = QFontInfo(view.layer_items()[0].labels[0].font).pixelSize()
    assert normal >= 11
    window.set_presentation(True)
    qtbot.waitUntil(lambda: QFontInfo(view.layer_items()[0].labels[0].font).pixelSize() >= 18)
    window.set_presentation(False)
    qtbot.waitUntil(lambda: QFontInfo(view.layer_items()[0].labels[0].font).pixelSize() == normal)


@pytest.mark.parametrize("L", [4, 12])
def test_at_a_projector_the_network_fits_in_presentation_text(show, session, L):
    """The Network tab of a 1920x1080 presentation, in Chinese (its docks are the widest): 558 x 840 pixels;
    the unit panel open."""
    session.set_architecture(session.architecture.with_hidden([(16, "relu")] * (L - 1)))
    view = NetworkView(session)
    font = view.font()
    font.setPixelSize(18)
    view.setFont(font)
    show(view, 558, 840)
    view._on_layer_pressed(2, 1)
    QApplication.processEvents()
    assert view.unit_panel.isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    _assert_readable(view, 18)


def test_a_50_layer_network_scrolls_and_shows_the_selected_layer(view):
    session = view.session
    session.set_architecture(session.architecture.with_hidden([(3, "relu")] * 50))
    layers = view.layer_items()
    assert [item.layer for item in layers] == list(range(52))
    assert view.edge_labels()[0] == "W[1] (3, 64)"
    assert view.edge_labels()[-1] == "W[51] (10, 3)"
    assert len(view.scene().items()) == 4 * 52 + 51  # a layer, its labels above and below, its units' outlines;
    # the edges of each pair
    assert view.horizontalScrollBar().maximum() > 0  # too deep for the view: it scrolls, labels stay readable
    session.set_selected_layer(51)
    assert _visible(view).contains(layers[51].path().boundingRect().center())


def test_changing_the_dataset_rebuilds_the_input_layer(view):
    view.session.set_dataset("moons")
    first = view.layer_items()[0]
    assert len(first.circles) == 2
    assert first.texts[0] == "n[0] = 2"
    assert view.edge_labels()[0] == "W[1] (20, 2)"
    assert view.sample_X().shape == (2, 256)


def test_ctrl_wheel_zooms_and_an_edit_shows_the_whole_network_again(view):
    assert view.transform().m11() == 1
    center = QPointF(view.viewport().rect().center())
    event = QWheelEvent(center, view.viewport().mapToGlobal(center), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.transform().m11() == pytest.approx(1.15 ** 2)
    view.session.set_architecture(view.session.architecture.with_hidden([(4, "relu")]))
    assert view.transform().m11() == 1

"""The pass animation plays the engine's trace: same steps, same values, exact step back, any L."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from visualnet.app.commands import edit_architecture, edit_hyperparameters
from visualnet.app.widgets.pass_animation import PassAnimation
from visualnet.app.widgets.pass_animation.player import SPEEDS
from visualnet.engine.trace import trace_step


@pytest.fixture
def panel(show, session):
    return show(PassAnimation(session), 1280, 760)


def _engine_trace(panel):
    """The trace the engine gives for the same network and batch, computed here independently."""
    session = panel.session
    X, Y, _ = panel.player.batch()
    hp = session.hyperparameters
    return trace_step(session.network, X, Y, hp.learning_rate, hp.lambd)


def _visible_text(panel) -> tuple[str, str, str]:
    e = panel.equations
    return e.title.text(), e.equation.text(), e.shapes.text()


def test_stepping_through_shows_the_engine_trace_in_order_with_its_values(panel, qtbot):
    expected = _engine_trace(panel)
    assert len(panel.player.steps) == len(expected)
    for step in expected:
        qtbot.keyClick(panel, Qt.Key.Key_Right)
        assert panel.player.index == step.index
        title, equation, shapes = _visible_text(panel)
        assert equation == step.equation
        assert f"layer {step.layer}" in title
        shown = panel.equations.shown_tensors
        assert [symbol for symbol, _ in shown] == [t.symbol for t in (*step.reads, *step.writes)]
        for (_, values), tensor in zip(shown, (*step.reads, *step.writes)):
            np.testing.assert_array_equal(values, np.atleast_2d(tensor.values))
    assert not panel.step_button.isEnabled()  # the end of the pass


def test_the_tokens_are_the_tensors_the_step_moves(panel, qtbot):
    expected = {(s.phase, s.layer, s.kind): s for s in _engine_trace(panel)}
    panel.player.go_to(expected[("forward", 2, "linear")].index)
    (token,) = panel.scene.tokens
    assert (token.symbol, token.shape) == ("A[1]", "(20, 1437)")  # the digits' training set, m = 1437
    panel.player.go_to(expected[("backward", 3, "dW")].index)
    (token,) = panel.scene.tokens
    assert (token.symbol, token.shape) == ("dW[3]", "(5, 7)")


def test_step_back_restores_the_previous_step_exactly(panel, qtbot):
    panel.speed_slider.setValue(len(SPEEDS) - 1)  # short token moves
    pictures = []
    for _ in range(len(panel.player.steps)):
        qtbot.keyClick(panel, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda: not panel.scene.animating, timeout=3000)
        pictures.append((panel.scene.picture(), _visible_text(panel),
                         [(s, v.copy()) for s, v in panel.equations.shown_tensors]))
    for index in range(len(pictures) - 2, -1, -1):
        qtbot.keyClick(panel, Qt.Key.Key_Left)
        picture, text, tensors = pictures[index]
        assert panel.scene.picture() == picture
        assert _visible_text(panel) == text
        assert [s for s, _ in panel.equations.shown_tensors] == [s for s, _ in tensors]
        for (_, shown), (_, before) in zip(panel.equations.shown_tensors, tensors):
            np.testing.assert_array_equal(shown, before)


def test_one_cache_slot_per_layer_and_backward_block_l_reads_cache_l(panel):
    L = panel.session.architecture.L
    assert sorted(panel.scene.cache_slots) == list(range(1, L + 1))
    for step in panel.player.steps:
        if step.kind == "cache":
            (route,) = panel.scene.step_routes(step)
            assert (route.source, route.target) == (panel.scene.forward_blocks[step.layer],
                                                    panel.scene.cache_slots[step.layer])
        if step.kind == "dZ":
            reads = [r for r in panel.scene.step_routes(step) if r.symbol.startswith("cache")]
            assert [(r.source, r.target) for r in reads] == [(panel.scene.cache_slots[step.layer],
                                                              panel.scene.backward_blocks[step.layer])]
            panel.player.go_to(step.index)
            assert panel.scene.cache_slots[step.layer].state == "active"


def test_changing_the_architecture_rebuilds_the_scene(panel, session):
    assert len(panel.scene.forward_blocks) == 4
    edit_architecture(session, session.architecture.with_hidden([(6, "tanh")] * 11), "deeper")
    assert len(panel.scene.forward_blocks) == len(panel.scene.backward_blocks) == 12
    assert len(panel.scene.cache_slots) == 12
    assert [s.layer for s in panel.player.steps if s.kind == "cache"] == list(range(1, 13))
    assert panel.player.index == -1
    session.undo_stack.undo()
    assert len(panel.scene.forward_blocks) == 4


def test_phases_keys_and_play(panel, qtbot):
    panel.phase_buttons["backward"].click()
    assert panel.player.step.phase == "backward" and panel.player.step.kind == "dA_out"
    panel.phase_buttons["update"].click()
    assert panel.player.step.phase == "update" and panel.player.step.layer == 1
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert panel.player.index == -1
    assert "A[0] = X" in panel.equations.equation.text()
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.player.playing and panel.play_button.text() != ""
    qtbot.waitUntil(lambda: panel.player.index >= 2, timeout=3000)
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert not panel.player.playing
    assert panel.session.training_state == "idle"  # Space played the pass; it did not start training


def test_one_example_view_uses_m_1_and_the_course_lower_case(panel, qtbot):
    panel.single_check.click()
    assert all(t.shape[-1] == 1 for s in panel.player.steps if s.kind == "linear" for t in s.writes)
    panel.player.go_to(0)
    assert panel.equations.equation.text() == "z[1] = W[1] a[0] + b[1]"
    column = panel.player.batch()[2]
    assert len(column) == 1
    np.testing.assert_array_equal(panel.player.steps[0].tensor("A[0]").values,
                                  panel.session.train.X[:, column])
    panel.batch_button.click()  # another example
    assert panel.player.index == -1


def test_broadcast_of_b_is_marked(panel):
    panel.player.go_to(0)
    assert "b[1] (20, 1) is broadcast to (20, 1437)" in panel.equations.shapes.text()


def test_follow_training_shows_the_current_iteration(panel, session, qtbot):
    edit_hyperparameters(session, replace(session.hyperparameters, learning_rate=0.05, num_iterations=300), "α")
    panel.player.go_to(3)
    panel.follow_check.click()
    session.start_training()
    qtbot.waitUntil(lambda: panel.player.iteration > 0, timeout=10000)
    assert panel.player.index == 3  # the same step, the newer parameters
    assert f"iteration {panel.player.iteration}" in panel.equations.title.text()
    W1 = panel.player.steps[0].tensor("W[1]").values
    assert not np.array_equal(W1, _initial_W1(session))
    session.stop_training()


def _initial_W1(session):
    from visualnet.engine import Network
    hp = session.hyperparameters
    return Network(session.layer_sizes, session.activations, init=hp.init, seed=hp.seed).params["W1"]


def test_in_the_window_the_pass_tab_takes_the_teacher_keys(window, qtbot):
    window.show_pass_action.trigger()
    panel = window.pass_animation
    assert window.central_tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: len(panel.player.steps) > 0, timeout=3000)
    qtbot.waitUntil(panel.hasFocus, timeout=3000)
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert panel.player.index == 0
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.player.playing and window.session.training_state == "idle"
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    window.show_network_action.trigger()
    assert not panel.player.active and not panel.player.playing  # hidden: nothing runs


def test_the_update_says_when_training_uses_another_optimizer(panel, session):
    panel.phase_buttons["update"].click()
    assert "optimizer" not in panel.equations.explanation.text()
    edit_hyperparameters(session, replace(session.hyperparameters, optimizer="adam"), "Adam")
    panel.phase_buttons["update"].click()
    assert "plain gradient-descent" in panel.equations.explanation.text()


def test_a0_says_how_x_was_scaled(panel, session, qtbot):
    from visualnet.app.commands import edit_scaling
    edit_scaling(session, "standardize", "Scale the features")  # the data changed: the pass starts again
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert "standardized first, (x − mean) / deviation, with the mean and deviation of the training examples" \
        in panel.equations.explanation.text()
    edit_scaling(session, "none", "Scale the features")
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    assert "as they were read, unscaled" in panel.equations.explanation.text()


# ------------------------------------------------------------------ the lesson on screen (#15)
def _deep(session, L: int) -> None:
    from visualnet.app.session import Architecture
    hidden = tuple((8, "relu") for _ in range(L - 1))
    edit_architecture(session, Architecture(hidden, session.architecture.output_activation), "deep")


def _show_pass(window, qtbot, L: int, size=(1440, 900), presenting: bool = False):
    """The pass tab of a window of ``size`` with an L-layer network, once the docks have stepped aside."""
    if presenting:
        window.presentation_action.trigger()
        window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is 800x800: size it by hand
    window.resize(*size)
    _deep(window.session, L)
    window.show_pass_action.trigger()
    panel = window.pass_animation
    qtbot.waitUntil(lambda: panel.scene.L == L and panel.view.viewport().width() > size[0] * 0.95, timeout=3000)
    return panel


def _walk(panel):
    """Every step of the pass, from before the first to the last, each as it rests (tokens arrived)."""
    for index in range(-1, len(panel.player.steps)):
        panel.player.go_to(index)
        yield


@pytest.mark.parametrize("L, size, presenting, least", [(4, (1440, 900), False, 11), (12, (1440, 900), False, 11),
                                                         (12, (1920, 1080), True, 18)])
def test_the_diagram_fits_on_open_with_text_never_too_small(window, qtbot, L, size, presenting, least):
    panel = _show_pass(window, qtbot, L, size, presenting)
    view = panel.view
    shown = view.mapFromScene(panel.scene.itemsBoundingRect()).boundingRect()
    assert view.viewport().rect().contains(shown)  # the whole pass, no scrolling
    for _ in _walk(panel):
        texts = panel.scene.texts()
        assert texts and min(px for _, _, px in texts) >= least
        for box in (*panel.scene.forward_blocks.values(), *panel.scene.backward_blocks.values(),
                    *panel.scene.cache_slots.values(), *panel.scene.gradient_slots.values()):
            assert box.shown_text(), f"{box.kind} {box.layer} says nothing"  # at least its number


def test_tokens_rest_beside_the_boxes_never_on_their_text(window, qtbot):
    for L in (4, 12):
        panel = _show_pass(window, qtbot, L)
        scene = panel.scene
        for _ in _walk(panel):
            boxes = [(box.kind, box.layer, box.sceneBoundingRect()) for box in (
                *scene.forward_blocks.values(), *scene.backward_blocks.values(), *scene.cache_slots.values(),
                *scene.gradient_slots.values(), scene.input_node, scene.loss_node)]
            tokens = [token.sceneBoundingRect() for token in scene.tokens]
            for token in tokens:
                hit = [(kind, layer) for kind, layer, box in boxes if token.intersects(box)]
                assert not hit, (L, panel.player.index, hit)
            overlapping = any(a.intersects(b) for i, a in enumerate(tokens) for b in tokens[i + 1:])
            assert not overlapping, (L, panel.player.index)


def test_heatmaps_share_one_cell_size_so_shapes_compare_truly(panel):
    panel.player.go_to(next(s.index for s in panel.player.steps if s.kind == "linear" and s.layer == 4))
    cells = {c.heatmap.symbol: c.heatmap for c in panel.equations.cells if c.isVisibleTo(panel.equations)}
    W, A, Z = cells["W[4]"], cells["A[3]"], cells["Z[4]"]
    assert W.values.shape == (10, 5) and A.values.shape[0] == 5
    w, h = W.drawn_size()
    assert h == pytest.approx(2 * w)  # (10, 5): twice as tall as wide
    assert Z.drawn_size()[1] == pytest.approx(2 * A.drawn_size()[1])  # n[4] = 10 against n[3] = 5
    assert A.cut and A.shown_columns() == 32 and A.values.shape[1] == panel.session.train.m
    assert not W.cut


def test_one_digit_is_shown_as_its_picture(panel):
    panel.single_check.click()
    panel.player.go_to(0)
    (cell,) = [c for c in panel.equations.cells if c.isVisibleTo(panel.equations) and c.heatmap.symbol == "a[0]"]
    assert cell.picture.isVisibleTo(cell) and "8×8" in cell.caption.text()
    image = cell.picture.pixmap().toImage()
    x = panel.player.steps[0].tensor("A[0]").values[:, 0].reshape(8, 8)
    corner = image.pixelColor(image.width() * 7 // 8 + 2, 2).value()  # the top-right pixel of the digit
    assert abs(corner / 255 - (x[0, 7] - x.min()) / (x.max() - x.min())) < 0.02


def test_the_softmax_output_step_is_a_minus_y(panel):
    (step,) = [s for s in panel.player.steps if s.kind == "dZ" and s.layer == 4]
    panel.player.go_to(step.index)
    assert panel.equations.equation.text() == "dZ[4] = A[4] - Y"
    assert "softmax's derivative is a matrix" in panel.equations.explanation.text()
    assert [s for s, _ in panel.equations.shown_tensors] == ["A[4]", "Y", "dZ[4]"]
    np.testing.assert_allclose(step.tensor("dZ[4]").values, step.tensor("A[4]").values - step.tensor("Y").values)
    box = panel.scene.backward_blocks[4]
    assert "dZ[4] = A[4] - Y" in box.lines and not any("softmax'" in line for line in box.lines)


def test_one_example_uses_the_courses_single_example_equations(panel, session):
    edit_hyperparameters(session, replace(session.hyperparameters, lambd=0.0), "λ")  # the plain gradients
    panel.single_check.click()
    texts = {}
    for step in panel.player.steps:
        panel.player.go_to(step.index)
        texts[(step.kind, step.layer)] = (panel.equations.equation.text(), panel.equations.explanation.text(),
                                          panel.equations.shapes.text())
    assert texts[("dW", 2)][0] == "dW[2] = dz[2] a[1]ᵀ" and "nothing to average" in texts[("dW", 2)][1]
    assert texts[("db", 2)][0] == "db[2] = dz[2]"
    assert texts[("cost", 4)][0].startswith("L(ŷ, y) = ")
    assert "the example" in texts[("linear", 1)][1] and "1 are done" not in texts[("linear", 1)][1]
    assert "broadcast" not in texts[("linear", 1)][2]
    panel.single_check.click()
    panel.player.go_to(next(s.index for s in panel.player.steps if s.kind == "db" and s.layer == 2))
    assert panel.equations.equation.text() == "db[2] = (1/m) np.sum(dZ[2], axis=1, keepdims=True)"


def test_sigmoid_is_written_sigma_in_the_diagram_and_the_panel(panel, session):
    from visualnet.app.session import Architecture
    edit_architecture(session, Architecture(((6, "sigmoid"),), "softmax"), "σ")
    panel.player.go_to(1)
    assert panel.equations.equation.text() == "A[1] = σ(Z[1])"
    assert "A[1] = σ(Z[1])" in panel.scene.forward_blocks[1].lines
    assert not any("sigmoid" in line for box in panel.scene.backward_blocks.values() for line in box.lines)

"""The shape panel: what a student reads per layer, the totals, the selected row, and the quiz."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from visualnet.app.session import Session, format_bytes
from visualnet.app.widgets.shape_panel import ShapePanel, parse_shape, stacked_lines
from visualnet.engine.shapes import TENSOR_NAMES

FORWARD = ("W", "b", "Z", "A")


@pytest.fixture
def panel(show, session) -> ShapePanel:
    return show(ShapePanel(session, seed=3), 1400, 500)


def column(panel: ShapePanel, title: str) -> int:
    model = panel.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def cell(panel: ShapePanel, layer: int, title: str, role=Qt.ItemDataRole.DisplayRole) -> str:
    return panel.model.data(panel.model.index(layer, column(panel, title)), role)


def answer(panel: ShapePanel, qtbot, text: str) -> None:
    panel.answer_edit.clear()
    if text.isascii():
        qtbot.keyClicks(panel.answer_edit, text)
    else:  # QTest types ASCII only (it aborts on "×"); an input method commits the text at once
        panel.answer_edit.insert(text)
    qtbot.keyClick(panel.answer_edit, Qt.Key.Key_Return)


def asked(panel: ShapePanel, session: Session):
    name, layer = panel.question
    return session.shapes.tensor(name, layer)


# ------------------------------------------------------------------ the table
def test_demo_digits_cells_read_like_the_course(panel, session):
    m = session.train.m
    assert panel.model.rowCount() == 5  # layers 0..L, L = 4
    assert cell(panel, 1, "layer") == "l = 1"
    assert (cell(panel, 1, "n[l]"), cell(panel, 1, "g[l]")) == ("20", "relu")
    assert cell(panel, 1, "W[l]") == "(n[1], n[0]) = (20, 64)"
    assert cell(panel, 1, "Z[l]") == f"(n[1], m) = (20, {m})"
    assert cell(panel, 2, "dW[l]") == "(n[2], n[1]) = (7, 20)"
    assert cell(panel, 3, "db[l]") == "(n[3], 1) = (5, 1)"
    assert (cell(panel, 4, "n[l]"), cell(panel, 4, "g[l]")) == ("10", "softmax")
    assert cell(panel, 1, "parameters") == "1,300"


def test_input_layer_has_only_A_and_dA(panel, session):
    m = session.train.m
    filled = {name: cell(panel, 0, f"{name}[l]") for name in TENSOR_NAMES}
    assert filled.pop("A") == f"(n[0], m) = (64, {m})"
    assert filled.pop("dA") == f"(n[0], m) = (64, {m})"
    assert set(filled.values()) == {""}
    assert "A[0] = X" in cell(panel, 0, "layer", Qt.ItemDataRole.ToolTipRole)


def test_b_broadcast_over_m_is_visible(panel, session):
    m = session.train.m
    assert cell(panel, 2, "b[l] broadcast") == f"→ (7, {m})"
    tip = cell(panel, 2, "b[l]", Qt.ItemDataRole.ToolTipRole).splitlines()
    assert tip[:2] == ["b[2]: (n[2], 1) = (7, 1)", f"b[2] (7, 1) → (7, {m})"]
    assert f"m = {m}" in tip[2]


@pytest.mark.parametrize("dataset, hidden", [("digits", None), ("flower", None), ("digits", [(3, "tanh")]),
                                             ("flower", [(3, "tanh")]), ("moons", [(6, "relu")] * 8)])
def test_every_cell_and_the_summary_come_from_engine_shapes(panel, session, dataset, hidden):
    session.set_dataset(dataset)
    if hidden is not None:
        session.set_architecture(session.architecture.with_hidden(hidden))
    shapes = session.shapes
    assert panel.model.rowCount() == shapes.L + 1
    for layer in shapes.layers:
        assert cell(panel, layer.layer, "n[l]") == f"{layer.units:,}"
        for name in TENSOR_NAMES:
            tensor = layer.tensors.get(name)
            expected = f"{tensor.symbolic_text} = {tensor.numeric_text}" if tensor else ""
            assert cell(panel, layer.layer, f"{name}[l]") == expected
    assert panel.summary_label.text() == (
        f"{shapes.parameter_count:,} parameters ({format_bytes(shapes.parameter_bytes)}) · "
        f"caches for m = {shapes.m}: {format_bytes(shapes.activation_bytes)}")
    assert format_bytes(shapes.training_bytes) in panel.summary_label.toolTip()


def test_flower_has_two_inputs_and_one_sigmoid_output(panel, session):
    session.set_dataset("flower")
    m = session.train.m
    assert cell(panel, 0, "n[l]") == "2"
    assert cell(panel, 1, "W[l]") == "(n[1], n[0]) = (20, 2)"
    assert (cell(panel, 4, "n[l]"), cell(panel, 4, "g[l]")) == ("1", "sigmoid")
    assert cell(panel, 4, "A[l]") == f"(n[4], m) = (1, {m})"
    assert panel.summary_label.text().endswith(f"caches for m = {m}: {format_bytes(session.shapes.activation_bytes)}")


def test_one_tanh_hidden_layer(panel, session):
    session.set_architecture(session.architecture.with_hidden([(3, "tanh")]))
    assert panel.model.rowCount() == 3
    assert (cell(panel, 1, "g[l]"), cell(panel, 1, "W[l]")) == ("tanh", "(n[1], n[0]) = (3, 64)")
    assert cell(panel, 2, "W[l]") == "(n[2], n[1]) = (10, 3)"
    assert panel.summary_label.text().startswith("235 parameters")  # 3·64 + 3 + 10·3 + 10


def test_demo_summary_line(panel, session):
    assert panel.summary_label.text() == f"1,547 parameters (12.1 KiB) · caches for m = {session.train.m}: 1.6 MiB"


def test_narrow_panel_stacks_symbols_over_numbers_without_clipping(panel, session, qtbot):
    hidden = [(n, "relu") for n in (300, 200, 100, 80, 60, 50, 40, 30, 20, 12, 8)]
    session.set_architecture(session.architecture.with_hidden(hidden))  # L = 12
    metrics, header = panel.table.fontMetrics(), panel.table.horizontalHeader()
    for width, stacked in ((2000, False), (1100, True)):
        panel.resize(width, 500)
        qtbot.waitUntil(lambda: panel.delegate.stacked == stacked)
        for c in range(panel.model.columnCount()):
            for text in panel.model.texts(c):
                lines = stacked_lines(text) if stacked else [text]
                assert all(metrics.horizontalAdvance(line) < header.sectionSize(c) for line in lines), text
    assert panel.model.data(panel.model.index(3, column(panel, "W[l]"))) == "(n[3], n[2]) = (100, 200)"


# ------------------------------------------------------------------ selected and hovered layer
def test_clicking_and_arrow_keys_select_the_layer(panel, session, qtbot):
    viewport = panel.table.viewport()
    rect = panel.table.visualRect(panel.model.index(2, column(panel, "W[l]")))
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.selected_layer == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert session.selected_layer == 3


def test_session_selection_highlights_the_row_without_echo(panel, session):
    emitted = []
    session.selectedLayerChanged.connect(emitted.append)
    session.set_selected_layer(1)
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [1]
    assert emitted == [1]
    session.set_architecture(session.architecture.with_hidden([(3, "tanh"), (4, "relu")]))
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [1]  # kept over the reset
    session.set_selected_layer(-1)
    assert panel.table.selectionModel().selectedRows() == []
    assert emitted == [1, -1]


def test_hover_follows_the_mouse_and_the_session(panel, session, qtbot):
    viewport = panel.table.viewport()
    # two moves: the offscreen cursor stays where an earlier test left it, and a move to the
    # point it is already at sends no event
    qtbot.mouseMove(viewport, panel.table.visualRect(panel.model.index(1, 0)).center())
    qtbot.mouseMove(viewport, panel.table.visualRect(panel.model.index(3, 0)).center())
    qtbot.waitUntil(lambda: session.hovered_layer == 3)
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert session.hovered_layer == -1
    session.set_hovered_layer(2)
    background = Qt.ItemDataRole.BackgroundRole
    assert panel.model.data(panel.model.index(2, 0), background) is not None
    assert panel.model.data(panel.model.index(1, 0), background) is None


# ------------------------------------------------------------------ quiz
def test_quiz_button_and_session_follow_each_other_and_hide_the_numbers(panel, session):
    assert not panel.quiz_box.isVisible()
    panel.quiz_button.click()
    assert session.quiz_mode and panel.quiz_box.isVisible()
    assert cell(panel, 1, "W[l]") == "(n[1], n[0]) = ?"
    assert cell(panel, 1, "b[l] broadcast") == "→ (n[1], m)"
    for layer in range(1, session.shapes.L + 1):
        for name in TENSOR_NAMES:
            assert cell(panel, layer, f"{name}[l]").endswith(" = ?")
            tip = cell(panel, layer, f"{name}[l]", Qt.ItemDataRole.ToolTipRole)
            assert tip.splitlines()[0] == f"{name}[{layer}]: {cell(panel, layer, f'{name}[l]')}"
    assert cell(panel, 1, "b[l]", Qt.ItemDataRole.ToolTipRole).splitlines()[:2] == [
        "b[1]: (n[1], 1) = ?", "b[1] (n[1], 1) → (n[1], m)"]
    session.set_quiz_mode(False)
    assert not panel.quiz_button.isChecked() and not panel.quiz_box.isVisible()
    assert cell(panel, 1, "W[l]") == "(n[1], n[0]) = (20, 64)"


@pytest.mark.parametrize("style", ["({}, {})", "{},{}", "{} x {}", "{}×{}", "（{}，{}）"])
def test_a_right_answer_in_any_common_style_scores(panel, session, qtbot, style):
    session.set_quiz_mode(True)
    tensor = asked(panel, session)
    answer(panel, qtbot, style.format(*tensor.shape))
    assert panel.feedback_label.text() == (
        f"Right: {tensor.symbol} is {tensor.numeric_text} = {tensor.symbolic_text}")
    assert panel.score_label.text() == "1 / 1 right"
    colour = panel.feedback_label.palette().color(panel.feedback_label.foregroundRole())
    assert colour.green() > colour.red()
    before = panel.question
    qtbot.keyClick(panel.answer_edit, Qt.Key.Key_Return)  # Enter again: the next question
    assert panel.question != before and panel.answer_edit.text() == ""


def test_a_wrong_answer_hints_without_revealing_and_counts_once(panel, session, qtbot):
    session.set_quiz_mode(True)
    while panel.question[0] != "W":
        panel.next_button.click()
    tensor = asked(panel, session)
    l = tensor.layer
    rows, cols = tensor.shape
    answer(panel, qtbot, f"({rows + 1}, {cols})")
    assert panel.feedback_label.text() == f"Not quite: W[{l}] has n[{l}] rows and n[{l - 1}] columns"
    assert tensor.numeric_text not in panel.feedback_label.text()
    assert panel.score_label.text() == "0 / 1 right"
    colour = panel.feedback_label.palette().color(panel.feedback_label.foregroundRole())
    assert colour.red() > colour.green()
    answer(panel, qtbot, f"{rows}, {cols}")  # right on the second try: taught, but not a point
    assert panel.feedback_label.text().startswith("Right:")
    assert panel.score_label.text() == "0 / 1 right"


def test_rows_and_columns_swapped_gets_its_own_hint(panel, session, qtbot):
    session.set_quiz_mode(True)
    while panel.question[0] != "Z":
        panel.next_button.click()
    tensor = asked(panel, session)
    answer(panel, qtbot, f"({tensor.shape[1]}, {tensor.shape[0]})")
    assert panel.feedback_label.text().startswith(f"Not quite: rows come first. {tensor.symbol} has")
    assert tensor.numeric_text not in panel.feedback_label.text()


@pytest.mark.parametrize("garbage", ["seven by twenty", "7", "7, 20, 1", "(7; 20)", "-7, 20"])
def test_garbage_gets_the_format_hint_and_no_score(panel, session, qtbot, garbage):
    session.set_quiz_mode(True)
    answer(panel, qtbot, garbage)
    assert panel.feedback_label.text() == "Type two whole numbers, like (7, 20)"
    assert panel.score_label.text() == "0 / 0 right"


def test_show_answer_reveals_and_counts_as_asked(panel, session):
    session.set_quiz_mode(True)
    tensor = asked(panel, session)
    panel.show_answer_button.click()
    assert panel.feedback_label.text() == f"Answer: {tensor.symbol} is {tensor.numeric_text} = {tensor.symbolic_text}"
    assert panel.score_label.text() == "0 / 1 right"
    assert not panel.show_answer_button.isEnabled() and not panel.check_button.isEnabled()
    panel.next_button.click()
    assert panel.show_answer_button.isEnabled() and panel.score_label.text() == "0 / 1 right"


def test_questions_cover_W_b_Z_dW_and_never_repeat_in_a_row(panel, session):
    seen = [panel.question]
    for _ in range(60):
        panel.next_button.click()
        seen.append(panel.question)
    assert all(a != b for a, b in zip(seen, seen[1:]))
    assert {name for name, _ in seen} == {"W", "b", "Z", "dW"}
    assert {layer for _, layer in seen} == set(range(1, session.shapes.L + 1))


def test_questions_follow_a_changed_architecture(panel, session, qtbot):
    session.set_quiz_mode(True)
    session.set_architecture(session.architecture.with_hidden([(3, "tanh")]))
    assert 1 <= panel.question[1] <= 2
    tensor = asked(panel, session)  # answered from the new shapes
    answer(panel, qtbot, f"{tensor.shape[0]} x {tensor.shape[1]}")
    assert panel.feedback_label.text().startswith("Right:")


def test_parse_shape():
    assert parse_shape(" ( 7 , 20 ) ") == (7, 20)
    assert parse_shape("7 20") == (7, 20)
    assert parse_shape("[7 X 20]") == (7, 20)
    assert parse_shape("7 by 20") is None
    assert parse_shape("7.5, 20") is None

"""The layer editor driven as a student would: clicks, typing, keys, undo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPushButton

from visualnet.app.session import Session
from visualnet.app.widgets.layer_editor import ACTIVATION, UNITS, LayerEditor


@pytest.fixture
def editor(qtbot):
    session = Session()
    widget = LayerEditor(session)
    qtbot.addWidget(widget)
    widget.resize(480, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell_text(editor: LayerEditor, row: int, column: int) -> str:
    return editor.model.index(row, column).data()


def type_into_cell(qtbot, editor: LayerEditor, row: int, column: int, text: str) -> None:
    table = editor.table
    index = editor.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)  # what F2 or a double click does
    # the open editor: one closed by an earlier edit may linger hidden until it is deleted
    editor_widget = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    editor_widget.selectAll()
    qtbot.keyClicks(editor_widget, text)
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop, as after a real key press
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_demo_rows_read_like_the_course(editor):
    assert editor.session.layer_sizes == [64, 20, 7, 5, 10]
    assert cell_text(editor, 0, UNITS) == "8×8 = 64"
    assert [cell_text(editor, l, UNITS) for l in range(1, 5)] == ["20", "7", "5", "10"]
    assert cell_text(editor, 4, ACTIVATION) == "softmax"
    assert not editor.model.flags(editor.model.index(0, UNITS)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.model.flags(editor.model.index(4, UNITS)) & Qt.ItemFlag.ItemIsEditable


def test_add_insert_remove_and_reorder_by_clicking(qtbot, editor):
    session = editor.session
    qtbot.mouseClick(editor.findChild(QPushButton, "addLayerButton"), Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [64, 20, 7, 5, 5, 10] and session.selected_layer == 4
    session.set_selected_layer(2)
    qtbot.mouseClick(editor.insert_button, Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [64, 20, 7, 7, 5, 5, 10] and session.selected_layer == 2
    type_into_cell(qtbot, editor, 2, UNITS, "9")
    assert session.layer_sizes == [64, 20, 9, 7, 5, 5, 10]
    session.set_selected_layer(2)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [64, 20, 7, 9, 5, 5, 10] and session.selected_layer == 3
    qtbot.mouseClick(editor.findChild(QPushButton, "removeLayerButton"), Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [64, 20, 7, 5, 5, 10]


def test_keyboard_insert_delete_and_move(qtbot, editor):
    session = editor.session
    editor.table.setFocus()
    session.set_selected_layer(1)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert session.layer_sizes == [64, 20, 20, 7, 5, 10]
    session.set_selected_layer(3)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert session.layer_sizes == [64, 20, 7, 20, 5, 10] and session.selected_layer == 2
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert session.layer_sizes == [64, 20, 20, 5, 10]


def test_activation_is_chosen_from_a_list(qtbot, editor):
    assert editor.model.setData(editor.model.index(2, ACTIVATION), "tanh")
    assert editor.session.activations == ["relu", "tanh", "relu", "softmax"]
    # digits have ten classes: the output can only be softmax, so it is not editable
    assert not editor.model.flags(editor.model.index(4, ACTIVATION)) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize("typed, reason", [
    ("0", "n[1] must be a whole number of at least 1"),
    ("-3", "n[1] must be a whole number of at least 1"),
    ("abc", "n[1] must be a whole number, not “abc”"),
    ("2.5", "n[1] must be a whole number, not “2.5”"),
    ("9000000", "needs 4.8 GiB for its parameters; the memory budget is 1.0 GiB"),
])
def test_bad_units_are_refused_with_a_visible_reason(qtbot, editor, typed, reason):
    before = editor.session.architecture
    type_into_cell(qtbot, editor, 1, UNITS, typed)
    assert editor.session.architecture == before
    assert reason in editor.message.text()
    assert editor.message.isVisible()
    assert editor.session.undo_stack.count() == 0  # nothing to undo: the refusal changed nothing
    type_into_cell(qtbot, editor, 1, UNITS, "12")
    assert editor.session.layer_sizes[1] == 12 and editor.message.text() == ""


def test_undo_redo_round_trip(qtbot, editor):
    session = editor.session
    original = session.architecture
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, editor, 1, UNITS, "30")
    changed = session.architecture
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.architecture == original
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.architecture == changed


def test_spin_box_steps_merge_into_one_undo_step(qtbot, editor):
    session = editor.session
    session.set_selected_layer(2)
    editor.units_spin.setFocus()
    for _ in range(4):
        qtbot.keyClick(editor.units_spin, Qt.Key.Key_Up)
    assert session.layer_sizes[2] == 11
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.layer_sizes[2] == 7 and editor.units_spin.value() == 7


def test_presets_and_removing_the_last_hidden_layer(qtbot, editor):
    session = editor.session
    combo = editor.preset_combo
    combo.activated.emit(combo.findData("logistic"))
    assert session.layer_sizes == [64, 10] and session.architecture.L == 1
    assert not editor.remove_button.isEnabled()  # nothing left to remove...
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)  # ...and the Delete key says why
    assert session.layer_sizes == [64, 10]
    assert "logistic regression" in editor.message.text()
    combo.activated.emit(combo.findData("one_hidden"))
    assert session.layer_sizes == [64, 4, 10] and session.activations == ["tanh", "softmax"]
    session.set_selected_layer(1)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert session.layer_sizes == [64, 10]
    combo.activated.emit(combo.findData("deep_narrow"))
    assert session.layer_sizes == [64, *[6] * 8, 10]
    assert combo.currentIndex() == 0  # the combo goes back to its prompt


def test_table_selection_and_session_follow_each_other(qtbot, editor):
    session = editor.session
    editor.table.selectRow(3)
    assert session.selected_layer == 3
    session.set_selected_layer(1)
    assert editor.table.selectionModel().selectedRows()[0].row() == 1
    assert editor.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    session.set_hovered_layer(2)
    assert editor.model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_output_follows_the_dataset(qtbot, editor):
    session = editor.session
    session.set_dataset("flower")
    assert session.layer_sizes == [2, 20, 7, 5, 1] and session.activations[-1] == "sigmoid"
    assert cell_text(editor, 0, UNITS) == "2"
    assert editor.model.flags(editor.model.index(4, ACTIVATION)) & Qt.ItemFlag.ItemIsEditable
    assert editor.model.setData(editor.model.index(4, ACTIVATION), "softmax")
    assert session.layer_sizes[-1] == 2

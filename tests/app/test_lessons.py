"""The Lessons menu: week 4 of the course walked through in the real window, by keyboard, in both languages."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from visualnet.app.commands import edit_architecture, edit_dataset
from visualnet.app.lessons import DEMO_NOTE, SECTIONS, WEEK_4, said
from visualnet.app.session import DEMO_PRESET, PRESETS
from visualnet.app.translations import install_translations
from visualnet.app.widgets.weight_images import View

CHINESE = re.compile("[\u4e00-\u9fff]")


def page_down(qtbot, window) -> None:
    """Page Down as the teacher presses it, to whatever panel has the keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown)


def page_up(qtbot, window) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp)


def shown(dock) -> bool:
    """The dock is on screen and in front of the docks it shares a tab with."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


@pytest.fixture
def english():
    yield
    install_translations(QApplication.instance(), "en")


def test_the_lessons_menu_starts_each_part(window):
    menu = window.lessons_menu
    assert menu.title().replace("&", "") == "Lessons"
    starts = [a for a in menu.actions() if a.objectName().startswith("lesson") and a.objectName()[6].isdigit()]
    assert [a.text() for a in starts] == [f"&{n}. {title}" for n, title in SECTIONS.items()]
    starts[3].trigger()  # 4. Why deep: its first step, the sawtooth
    assert window.lesson.running and WEEK_4[window.lesson.index].section == 4
    assert window.experiment_tabs.currentWidget().objectName() == "whyDeepPanel"


def test_notation_brings_the_demo_back_as_one_undo_step_and_says_so(window, qtbot):
    session = window.session
    edit_dataset(session, "moons", "dataset")
    edit_architecture(session, session.architecture.with_hidden([(3, "tanh")]), "layers")
    mine = (session.dataset_name, session.layer_sizes)
    window.lesson.section_actions[1].trigger()
    assert session.dataset_name == "digits"
    assert session.layer_sizes == [64, *(n for n, _ in PRESETS[DEMO_PRESET]), 10]
    assert window.central_tabs.currentWidget() is window.network_view
    assert shown(window.layers_dock) and session.selected_layer == 1
    assert window.layer_editor.table.selectionModel().selectedRows()[0].row() == 1
    bar = window.lesson.bar
    assert bar.isVisible() and bar.note.isVisible() and bar.note.text() == DEMO_NOTE
    assert "L = 4" in bar.text.text() and "64, 20, 7, 5, 10" in bar.text.text()
    window.undo_action.trigger()  # ONE undo brings the student's network back
    assert (session.dataset_name, session.layer_sizes) == mine
    window.lesson.go_to(0)  # the demo again; now nothing changes, and the bar does not say it did
    window.lesson.go_to(0)
    assert not bar.note.isVisible()


def test_page_down_walks_every_step_and_each_sets_up_what_it_says(window, qtbot):
    session, lesson, player = window.session, window.lesson, window.pass_animation.player
    lesson.go_to(0)
    # 2. Forward propagation for one example: the pass, one example, at its first step
    page_down(qtbot, window)
    assert window.central_tabs.currentWidget() is window.pass_animation
    assert window.pass_animation.single_check.isChecked() and player.batch()[0].shape[1] == 1
    assert player.index == 0 and player.step.phase == "forward" and player.step.layer == 1
    # ... and vectorized: the whole (full) batch
    page_down(qtbot, window)
    assert not window.pass_animation.single_check.isChecked()
    assert player.batch()[0].shape[1] == session.train.m and player.index == 0
    # 3. Matrix shapes: the shape panel shown, the quiz on
    page_down(qtbot, window)
    assert window.central_tabs.currentWidget() is window.network_view
    assert shown(window.shapes_dock) and session.quiz_mode and window.quiz_action.isChecked()
    # 4. Why deep: the sawtooth, the parity circuits, the examples that excite each unit of layer 2
    page_down(qtbot, window)
    assert not session.quiz_mode  # the quiz was that step's
    assert window.central_tabs.currentWidget() is window.experiments_page
    assert window.experiment_tabs.currentWidget() is window.why_deep
    page_down(qtbot, window)
    assert window.experiment_tabs.currentWidget() is window.parity_study
    assert not window.parity_study.circuit_table.visibleRegion().isEmpty()
    page_down(qtbot, window)
    assert shown(window.weights_dock) and window.weight_images.view == View(2, "top")
    # 5. Building blocks and caches: the pass at the step that stores cache[1]
    page_down(qtbot, window)
    assert window.central_tabs.currentWidget() is window.pass_animation
    assert player.step.kind == "cache" and player.step.cache == 1
    # 6. Backward propagation: the first backward step, at layer L
    page_down(qtbot, window)
    assert player.step.phase == "backward" and player.step.layer == session.architecture.L
    assert player.steps[player.index - 1].phase != "backward"
    # 7. Parameters vs hyperparameters: the panel, then the sweep with α chosen
    page_down(qtbot, window)
    assert shown(window.parameters_dock)
    page_down(qtbot, window)
    assert window.experiment_tabs.currentWidget() is window.sweep_panel
    assert window.sweep_panel.combos[0].currentData() == "learning_rate"
    assert window.sweep_panel.combos[1].currentData() is None
    # 8. The brain analogy: one unit of layer 1 chosen, its panel open
    page_down(qtbot, window)
    assert window.central_tabs.currentWidget() is window.network_view
    assert window.network_view.unit_panel.isVisible() and window.network_view.unit_panel.unit == (1, 0)
    assert "σ(wᵀx + b)" in lesson.bar.text.text() and "its g[1] is relu" in lesson.bar.text.text()
    assert lesson.index == len(WEEK_4) - 1 and not lesson.bar.next_button.isEnabled()
    page_down(qtbot, window)  # the last step stays
    assert lesson.index == len(WEEK_4) - 1
    page_up(qtbot, window)
    assert lesson.index == len(WEEK_4) - 2 and window.experiment_tabs.currentWidget() is window.sweep_panel
    assert lesson.bar.progress.text() == f"{len(WEEK_4) - 1}/{len(WEEK_4)}"


def test_the_bar_buttons_move_and_close_without_blocking_the_app(window, qtbot):
    lesson = window.lesson
    lesson.go_to(1)
    qtbot.mouseClick(lesson.bar.next_button, Qt.MouseButton.LeftButton)
    assert lesson.index == 2
    qtbot.mouseClick(lesson.bar.previous_button, Qt.MouseButton.LeftButton)
    assert lesson.index == 1
    assert QApplication.activeModalWidget() is None
    window.show_network_action.trigger()  # the student plays meanwhile: the lesson waits where it was
    assert window.central_tabs.currentWidget() is window.network_view and lesson.index == 1
    qtbot.mouseClick(lesson.bar.close_button, Qt.MouseButton.LeftButton)
    assert not lesson.running and not lesson.bar.isVisible()
    assert window.central_tabs.currentWidget() is window.network_view  # what it set up stays
    page_down(qtbot, window)  # a closed lesson leaves Page Down to the panels
    assert not lesson.running


def test_escape_closes_the_lesson_then_leaves_presentation_with_the_menu_bar_hidden(window, qtbot):
    window.presentation_action.trigger()
    assert window.presenting and not window.menuBar().isVisible()
    window.lesson.go_to(0)
    page_down(qtbot, window)
    assert window.lesson.index == 1
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.lesson.running and window.presenting
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert not window.presenting


def test_every_step_speaks_chinese_and_the_bar_follows_a_language_switch(window, english):
    window.lesson.go_to(0)
    window.set_language("zh_CN")
    bar = window.lesson.bar
    assert CHINESE.search(bar.title.text()) and CHINESE.search(bar.text.text())
    assert "64, 20, 7, 5, 10" in bar.text.text()  # the values are filled in the translation too
    for step in WEEK_4:
        assert CHINESE.search(step.said_title()) and step.said_title() != step.title
        assert CHINESE.search(step.said_text(window)) and step.said_text(window) != step.text
    assert all(CHINESE.search(said(title)) for title in SECTIONS.values())
    assert CHINESE.search(window.lessons_menu.title()) and CHINESE.search(bar.next_button.text())

"""The whole window: demo, names for automation, status bar, undo, settings that come back."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QPushButton, QStatusBar, QWidget

from visualnet.app import MainWindow
from visualnet.app.session import Architecture, Hyperparameters
from visualnet.engine.shapes import network_shapes

NAMES = ["mainWindow", "layerEditor", "addLayerButton", "removeLayerButton", "shapePanel", "networkView",
         "datasetCombo", "statusBar"]


def status_text(window: MainWindow) -> str:
    return window.findChild(QStatusBar, "statusBar").findChild(QLabel, "statusSummary").text()


def test_opens_with_the_demo_and_the_names_automation_relies_on(window):
    for name in NAMES:
        found = window if name == "mainWindow" else window.findChild(QWidget, name)
        assert found is not None and found.objectName() == name, name
    session = window.session
    assert session.dataset_name == "digits" and session.layer_sizes == [64, 20, 7, 5, 10]
    expected = network_shapes(session.layer_sizes, session.train.m)
    assert status_text(window) == (f"L = 4 · {expected.parameter_count:,} parameters · m = 1437 · "
                                   "dataset: Handwritten digits (8×8)")


def test_status_bar_follows_edits_and_undo(qtbot, window):
    qtbot.mouseClick(window.findChild(QPushButton, "addLayerButton"), Qt.MouseButton.LeftButton)
    sizes = window.session.layer_sizes
    assert sizes == [64, 20, 7, 5, 5, 10]
    assert status_text(window).startswith(f"L = 5 · {network_shapes(sizes, 1).parameter_count:,} parameters")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.session.layer_sizes == [64, 20, 7, 5, 10] and not window.isWindowModified()
    window.redo_action.trigger()
    assert window.session.layer_sizes == sizes
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"


def test_choosing_a_dataset_updates_n0_output_and_is_undoable(qtbot, window):
    combo = window.findChild(QComboBox, "datasetCombo")
    combo.activated.emit(combo.findData("flower"))
    session = window.session
    assert session.layer_sizes == [2, 20, 7, 5, 1] and session.activations[-1] == "sigmoid"
    assert "dataset: Planar flower (course)" in status_text(window)
    assert combo.currentData() == "flower"
    window.undo_action.trigger()
    assert session.dataset_name == "digits" and session.layer_sizes == [64, 20, 7, 5, 10]
    assert combo.currentData() == "digits"


def test_layout_size_and_choices_come_back(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.session.set_dataset("moons")
    first.session.set_architecture(Architecture(((9, "tanh"), (3, "relu")), "sigmoid"))
    first.shapes_dock.setFloating(True)
    first.resize(first.minimumSizeHint().width() + 17, first.minimumSizeHint().height() + 23)
    size = first.size()
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert second.session.dataset_name == "moons"
    assert second.session.layer_sizes == [2, 9, 3, 1] and second.session.activations == ["tanh", "relu", "sigmoid"]
    assert second.shapes_dock.isFloating()
    # the offscreen screen is 800 px wide: restoring clamps the width to it, never the height
    assert second.height() == size.height() == first.minimumSizeHint().height() + 23
    assert second.session.undo_stack.count() == 0  # restoring is not an edit


def test_reset_layout_and_settings(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.shapes_dock.setFloating(True)
    window.reset_layout_action.trigger()
    assert not window.shapes_dock.isFloating()
    window.session.set_dataset("spiral")
    window.session.set_hyperparameters(replace(window.session.hyperparameters, lambd=0.0, num_iterations=50))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.reset_settings_action.trigger()
    assert window.session.dataset_name == "digits" and window.session.layer_sizes == [64, 20, 7, 5, 10]
    assert window.session.hyperparameters == Hyperparameters()  # the demo's λ and iterations are back too


def test_corrupt_settings_fall_back_to_the_demo(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "bad.ini"), QSettings.Format.IniFormat)
    settings.setValue("version", 1)
    settings.setValue("session/state", '{"dataset": "no-such", "hidden": [[0, "relu"]], "output": 5}')
    settings.setValue("window/state", "garbage")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.session.dataset_name == "digits" and w.session.layer_sizes == [64, 20, 7, 5, 10]


def test_quiz_mode_toggle_is_shared(window):
    window.quiz_action.trigger()
    assert window.session.quiz_mode
    window.session.set_quiz_mode(False)
    assert not window.quiz_action.isChecked()


def test_docks_can_be_rearranged(window):
    docks = window.findChildren(QDockWidget)
    assert {d.objectName() for d in docks} == {"layersDock", "datasetDock", "trainingDock", "costDock",
                                               "weightsDock", "boundaryDock", "shapesDock", "parametersDock"}
    assert all(d.features() & QDockWidget.DockWidgetFeature.DockWidgetMovable for d in docks)


def test_the_docks_step_aside_for_the_pass_and_come_back_as_each_view_left_them(window, qtbot):
    def shown():
        return {dock.objectName() for dock in window.docks if not dock.isHidden()}

    everything = shown()
    # parameters and hyperparameters side by side need more room than a 1440×900 laptop has: View opens them
    assert everything == {dock.objectName() for dock in window.docks} - {"parametersDock"}
    window.show_pass_action.trigger()
    assert shown() == set()  # the pass gets the room
    window.cost_dock.toggleViewAction().trigger()  # the teacher wants the cost beside the pass
    window.show_experiments_action.trigger()
    assert shown() == set()
    window.show_network_action.trigger()
    assert shown() == everything
    window.shapes_dock.toggleViewAction().trigger()  # hidden at the network only
    window.show_pass_action.trigger()
    assert shown() == {"costDock"}  # remembered for the pass
    window.show_network_action.trigger()
    assert shown() == everything - {"shapesDock"}
    window.save_settings()
    second = type(window)(window.settings)
    qtbot.addWidget(second, before_close_func=lambda w: w.projects.mark_saved(w.projects.path))
    second.show_pass_action.trigger()
    assert {d.objectName() for d in second.docks if not d.isHidden()} == {"costDock"}


def test_presentation_keeps_every_shortcut(window, qtbot):
    window.presentation_action.trigger()
    assert not window.menuBar().isVisible()
    for keys, check in (("Ctrl+2", lambda: window.central_tabs.currentWidget() is window.pass_animation),
                        ("Ctrl+3", lambda: window.central_tabs.currentWidget() is window.experiments_page),
                        ("Ctrl+1", lambda: window.central_tabs.currentWidget() is window.network_view),
                        ("Ctrl+K", lambda: window.session.quiz_mode)):
        qtbot.keySequence(window, keys)
        assert check(), keys
    window.leave_presentation_action.trigger()

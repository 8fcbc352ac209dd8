"""Closing a window in any state raises nothing, leaves no process or thread behind, and loses nothing unasked."""
from __future__ import annotations


import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from visualnet.app import MainWindow
from visualnet.app.processes.host import ProcessWorker


@pytest.fixture
def fresh(qtbot):
    """A window of its own, shown; the test closes and destroys it (and must leave nothing running)."""
    def make() -> MainWindow:
        w = MainWindow()
        w.resize(1280, 720)
        w.show()
        qtbot.waitExposed(w)
        return w
    return make


def discard_when_asked(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def close_and_destroy(qtbot, w: MainWindow) -> None:
    assert w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the window and its children go
    assert not shiboken6.isValid(w)


def test_closing_with_unsaved_edits_raises_nothing_while_the_window_is_destroyed(qtbot, fresh, monkeypatch):
    w = fresh()
    w.findChild(QPushButton, "addLayerButton").click()  # an edit on the undo stack
    assert w.isWindowModified()
    asked = discard_when_asked(monkeypatch)
    close_and_destroy(qtbot, w)  # pytest-qt fails the test on any exception raised in a slot meanwhile
    assert len(asked) == 1


def test_closing_mid_training_stops_the_process(qtbot, fresh, monkeypatch):
    from dataclasses import replace
    w = fresh()
    w.session.set_hyperparameters(replace(w.session.hyperparameters, num_iterations=1_000_000))
    w.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: w.session.run is not None and w.session.run.iterations > 3, timeout=10000)
    discard_when_asked(monkeypatch)
    close_and_destroy(qtbot, w)
    assert not ProcessWorker.running()


def test_closing_mid_load_ends_the_reading_process(qtbot, fresh, tmp_path, slow_disk):
    path = tmp_path / "slow.csv"
    path.write_text("x1,x2,y\n" + "".join(f"{i},{-i},{i % 2}\n" for i in range(40)), encoding="utf-8")
    w = fresh()
    assert w.dataset_panel.open_path(path)
    close_and_destroy(qtbot, w)  # the child is still reading
    assert not ProcessWorker.running()
    slow_disk()


def test_closing_mid_sweep_stops_every_child(qtbot, fresh, monkeypatch):
    w = fresh()
    w.session.set_dataset("moons")
    sweep = w.sweep_panel
    sweep.edits[0].setText("0.3, 0.1, 0.03, 0.01")
    with qtbot.waitSignal(sweep.runFinished, timeout=60000):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    assert sweep.running
    discard_when_asked(monkeypatch)
    close_and_destroy(qtbot, w)
    assert not ProcessWorker.running()


def test_shutting_down_keeps_unsaved_work_in_the_autosave_and_stops_everything(qtbot, fresh):
    from dataclasses import replace
    w = fresh()
    w.findChild(QPushButton, "addLayerButton").click()  # unsaved work
    w.session.set_hyperparameters(replace(w.session.hyperparameters, num_iterations=1_000_000))
    w.findChild(QPushButton, "trainButton").click()
    qtbot.waitUntil(lambda: w.session.run is not None and w.session.run.iterations > 3, timeout=10000)
    w.shut_down()  # (SIGTERM or Ctrl+C: see test_signals_quit_cleanly)
    assert not ProcessWorker.running() and w.session.training_state == "idle"
    assert w.projects.autosave_file.exists()  # offered at the next start
    from visualnet.app.projects import read_project
    assert read_project(str(w.projects.autosave_file)).layer_sizes == (64, 20, 7, 5, 5, 10)
    w.projects.discard_autosave()
    w.projects.mark_saved(None)
    close_and_destroy(qtbot, w)


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_signals_quit_cleanly(tmp_path, signal_name):
    import os
    import signal
    import subprocess
    import sys
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "visualnet", "--report-first-paint"], cwd=tmp_path, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "first-paint"
        app.send_signal(getattr(signal, signal_name))  # logout / Ctrl+C in the terminal that started it
        out, err = app.communicate(timeout=20)
    finally:
        app.kill()
    assert app.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_a_start_with_a_project_after_a_crash_still_offers_the_lost_work(qtbot, fresh, tmp_path, monkeypatch):
    from visualnet.app.main import open_at_start
    lesson = fresh()
    assert lesson.projects._write(str(tmp_path / "lesson.vnet"), wait=True)
    lesson.findChild(QPushButton, "addLayerButton").click()  # then more work, never saved...
    lesson.projects.autosave()
    lesson.projects.wait_for_autosave()
    orphan = lesson.projects.autosave_file.with_name("autosave-999999999-1-1.vnet")  # ...and a crash
    lesson.projects.autosave_file.replace(orphan)
    lesson.projects.mark_saved(None)
    close_and_destroy(qtbot, lesson)

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    w = fresh()  # double-clicking lesson.vnet
    open_at_start(w, str(tmp_path / "lesson.vnet"))
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "did not close normally" in asked[0]
    assert w.session.layer_sizes == [64, 20, 7, 5, 5, 10] and w.isWindowModified()  # the work is back
    assert not orphan.exists() and w.projects.autosave_file.exists()  # and safe until saved or discarded
    w.projects.discard_autosave()
    w.projects.mark_saved(None)
    close_and_destroy(qtbot, w)


def test_closing_mid_save_finishes_the_file_first(qtbot, fresh, tmp_path):
    from visualnet.app.projects import read_project
    w = fresh()
    w.findChild(QPushButton, "addLayerButton").click()
    path = tmp_path / "lesson.vnet"
    assert w.projects._write(str(path))  # File > Save: written by a child, the window goes on...
    assert w.projects._saving is not None
    close_and_destroy(qtbot, w)  # ...and closing at once waits for it: no prompt (it is saved), no loss
    assert read_project(str(path)).layer_sizes == (64, 20, 7, 5, 5, 10)
    assert not ProcessWorker.running()

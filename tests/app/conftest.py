"""GUI tests: no training or sweep process may outlive its test (like napari's dangling-QThread check)."""
from __future__ import annotations

import pytest

from visualnet.app.processes.host import ProcessWorker


@pytest.fixture(autouse=True)
def no_leaked_workers(qtbot):
    yield
    leaked = ProcessWorker.running()
    for worker in leaked:  # stop them so one failure does not cascade into the next tests
        worker.stop()
        worker.wait(5000)
    assert not leaked, f"{len(leaked)} training or sweep process(es) still running after the test: {leaked}"


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite: fail at once instead (a test that expects one
    patches it again with the user's answer)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def unexpected(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        pytest.fail(f"an unexpected dialog opened: {texts}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, unexpected)


@pytest.fixture
def slow_disk(monkeypatch, tmp_path):
    """Dataset files are read by a child that waits at a gate (tests/app/slow_loading.py); call to open it."""
    from pathlib import Path

    from visualnet.app.processes.loading_worker import DatasetLoader

    gate = tmp_path / "gate"
    monkeypatch.setenv("VISUALNET_TEST_GATE", str(gate))
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
    monkeypatch.setattr(DatasetLoader, "MODULE", "slow_loading")
    return gate.touch


@pytest.fixture
def session():
    """The demo session (digits, hidden layers 20, 7, 5); training is stopped at the end."""
    from visualnet.app.session import Session

    demo = Session()
    yield demo
    demo.stop_training()


@pytest.fixture
def show(qtbot):
    """Show a widget at a size and wait until it is on screen; pytest-qt closes it afterwards."""
    def shown(widget, width: int, height: int):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        return widget
    return shown


@pytest.fixture
def window(qtbot):
    """The whole main window with the demo; closed (training stopped) at the end."""
    from visualnet.app import MainWindow

    main = MainWindow()
    # pytest-qt closes it after the test: the test's changes are not to be saved (no prompt)
    qtbot.addWidget(main, before_close_func=lambda w: w.projects.mark_saved(w.projects.path))
    main.resize(1440, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture
def painted_tick_labels():
    """The tick labels an axis paints, as (rectangle, text) in the axis's coordinates: what a reader sees.

    Records what pyqtgraph hands to its drawing (the rectangles it measured in the painter's font) during
    a real paint of ``widget``, after a first paint has let pyqtgraph size the axis to its labels."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication

    def painted(widget, axis) -> list[tuple[QRectF, str]]:
        recorded: list[tuple[QRectF, str]] = []
        draw = axis.drawPicture

        def record(painter, axis_spec, tick_specs, text_specs):
            recorded[:] = [(QRectF(rect), text) for rect, _flags, text in text_specs]
            return draw(painter, axis_spec, tick_specs, text_specs)

        widget.grab()
        QApplication.processEvents()  # (the axis takes the room its labels need)
        axis.drawPicture = record
        try:
            axis.picture = None  # drawn again, not replayed
            axis.update()
            widget.grab()
        finally:
            del axis.drawPicture
        return recorded
    return painted

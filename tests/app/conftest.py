"""GUI tests: no training process may outlive its test (like napari's dangling-QThread check)."""
from __future__ import annotations

import pytest

from visualnet.app.workers import TrainingProcess


@pytest.fixture(autouse=True)
def no_leaked_training(qtbot):
    yield
    leaked = TrainingProcess.running()
    for job in leaked:  # stop them so one failure does not cascade into the next tests
        job.stop()
        job.wait(5000)
    assert not leaked, f"{len(leaked)} training process(es) still running after the test"


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
def window(show):
    """The whole main window with the demo; closed (training stopped) at the end."""
    from visualnet.app import MainWindow

    main = show(MainWindow(), 1440, 900)
    yield main
    main.close()

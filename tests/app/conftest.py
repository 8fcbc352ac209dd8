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

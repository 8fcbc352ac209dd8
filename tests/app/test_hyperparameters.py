"""The hyperparameters panel: log-scaled α, tooltips, undo that merges spin-box bursts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from visualnet.app.session import Session
from visualnet.app.widgets.hyperparameters import HyperparametersPanel


@pytest.fixture
def panel(qtbot):
    widget = HyperparametersPanel(Session())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_learning_rate_steps_on_a_log_scale_and_merges_into_one_undo_step(qtbot, panel):
    session = panel.session
    spin = panel.findChild(QDoubleSpinBox, "learningRateSpin")
    assert spin.text() == "0.1"
    for _ in range(6):
        qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert session.hyperparameters.learning_rate == pytest.approx(0.01)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.hyperparameters.learning_rate == 0.1 and spin.value() == 0.1
    assert spin.minimum() == 1e-5 and spin.maximum() == 10


def test_typed_learning_rate_accepts_scientific_notation(qtbot, panel):
    spin = panel.findChild(QDoubleSpinBox, "learningRateSpin")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "7.5e-3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert panel.session.hyperparameters.learning_rate == pytest.approx(0.0075)


def test_every_field_edits_the_session_and_says_what_it_does(qtbot, panel):
    session = panel.session
    panel.findChild(QSpinBox, "iterationsSpin").setValue(300)
    panel.findChild(QSpinBox, "miniBatchSpin").setValue(64)
    combo = panel.findChild(QComboBox, "optimizerCombo")
    combo.activated.emit(combo.findData("adam"))
    init = panel.findChild(QComboBox, "initCombo")
    init.activated.emit(init.findData("course"))
    panel.findChild(QDoubleSpinBox, "lambdaSpin").setValue(0.7)
    panel.findChild(QSpinBox, "seedSpin").setValue(3)
    hp = session.hyperparameters
    assert (hp.num_iterations, hp.mini_batch_size, hp.optimizer, hp.init, hp.lambd, hp.seed) == \
        (300, 64, "adam", "course", 0.7, 3)
    assert session.network.init == "course" and session.network.seed == 3
    panel.findChild(QSpinBox, "miniBatchSpin").setValue(0)
    assert session.hyperparameters.mini_batch_size is None
    assert panel.findChild(QSpinBox, "miniBatchSpin").text() == "full batch"
    for kind, name in ((QDoubleSpinBox, "learningRateSpin"), (QSpinBox, "iterationsSpin"),
                       (QSpinBox, "miniBatchSpin"), (QComboBox, "initCombo"), (QComboBox, "optimizerCombo"),
                       (QDoubleSpinBox, "lambdaSpin"), (QSpinBox, "seedSpin")):
        assert len(panel.findChild(kind, name).toolTip()) > 20, name
    assert "parameters W[l], b[l] (1,547 numbers)" in panel.parameters_note.text()

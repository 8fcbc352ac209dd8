"""Train, Pause/Resume, Step, Reset: the four buttons of a classroom demo, and why training stopped."""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ..session import Session
from .retranslating import Retranslating


class TrainingControls(Retranslating, QWidget):
    """Buttons that drive the session's training, enabled by its state, plus its messages."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingControls")
        self.session = session
        self.train_button = self._button("trainButton", session.start_training)
        self.pause_button = self._button("pauseButton", session.pause_training)
        self.step_button = self._button("stepButton", session.step_training)
        self.reset_button = self._button("resetButton", session.reset_parameters)
        self.progress = QLabel(self)
        self.progress.setObjectName("trainingProgress")
        self.message = QLabel(self)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        grid = QGridLayout(self)
        grid.addWidget(self.train_button, 0, 0)
        grid.addWidget(self.pause_button, 0, 1)
        grid.addWidget(self.step_button, 1, 0)
        grid.addWidget(self.reset_button, 1, 1)
        grid.addWidget(self.progress, 2, 0, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 2)
        session.trainingStateChanged.connect(self._on_training_state_changed)
        session.trainingMessage.connect(self.message.setText)
        session.progressed.connect(self._on_progressed)
        session.runsChanged.connect(self._on_progressed)
        self.retranslate()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause training; Train resumes it (Space)"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Run exactly one iteration: forward, cost, backward, update (S)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr(
            "Draw the initial parameters again with the same seed, so runs can be compared; the curve of "
            "this run stays on the plot"))
        self._on_training_state_changed(self.session.training_state)
        self._on_progressed()
        if self.message.text():  # said again in the new language
            self.message.setText(self.session.training_message())

    def _on_training_state_changed(self, state: str) -> None:
        running = state == "running"
        self.train_button.setText(self.tr("Resume") if state == "paused" else self.tr("Train"))
        self.train_button.setToolTip(self.tr(
            "Train from the current parameters for the chosen number of iterations (Space)"))
        self.train_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        if state != "idle":
            self.message.clear()

    def _on_progressed(self, *_: object) -> None:
        run = self.session.run
        if run is None or not run.iterations:
            self.progress.setText(self.tr("Not trained yet: the parameters are the initial draw."))
            return
        self.progress.setText(self.tr("{n} iterations so far in this run").format(n=f"{run.iterations:,}"))

"""What the pass animation plays: the engine's trace of one real step, and where we are in it.

The player only holds ``engine.trace.trace_step``'s list and an index; the scene and the
equation panel draw whatever step the index points at, so stepping back is exact (a step's
picture is a function of the index alone) and nothing on screen is invented.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ....engine.errors import VisualnetError
from ....engine.trace import PHASES, TraceStep, trace_step
from ...error_texts import error_text
from ...session import Session

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)  # steps per second, the speed slider's stops
FOLLOW_INTERVAL_MS = 500  # a followed training run re-traces at most twice a second


class PassPlayer(QObject):
    """The trace for the session's current network and a batch, and the step shown (-1: before the first)."""

    traceChanged = Signal()  # new steps: other parameters, batch, architecture or view
    stepChanged = Signal(int, bool)  # the index, and whether to animate into it (one step forward)
    playingChanged = Signal(bool)
    problem = Signal(str)  # why no pass can be traced (translated)

    def __init__(self, session: Session, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.steps: list[TraceStep] = []
        self.index = -1
        self.single_example = False
        self.follow_training = False
        self.speed = 1.0
        self.iteration = 0  # the run's iteration whose parameters the trace used
        self._batch_draw = 0
        self._stale = True
        self.active = False  # the view is shown: trace at once rather than when next shown
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        self._follow = QTimer(self, singleShot=True, interval=FOLLOW_INTERVAL_MS)
        self._follow.timeout.connect(self.retrace)
        session.parametersChanged.connect(self._on_parameters_changed)
        session.hyperparametersChanged.connect(self._on_parameters_changed)

    # ------------------------------------------------------------------ the trace
    def batch(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The examples a training step would use: (X, Y, their column numbers in the training set).

        Full batch shows the whole training set, as the course's vectorized step does; with
        mini-batches, a random mini-batch; in the one-example view, one random example (m = 1).
        """
        train = self.session.train
        m = train.X.shape[1]
        size = 1 if self.single_example else min(m, self.session.hyperparameters.mini_batch_size or m)
        if size == m:
            columns = np.arange(m)
        else:
            columns = np.sort(np.random.default_rng(self._batch_draw).choice(m, size, replace=False))
        return train.X[:, columns], train.Y[:, columns], columns

    def retrace(self) -> None:
        """Trace the current parameters on the current batch, keeping the step shown when the layout stays."""
        X, Y, _ = self.batch()
        hp = self.session.hyperparameters
        try:
            steps = trace_step(self.session.network, X, Y, hp.learning_rate, hp.lambd)
        except (VisualnetError, ValueError, MemoryError) as error:
            self.pause()
            self.steps, self.index = [], -1
            reason = self.tr("there is not enough memory for one pass") if isinstance(error, MemoryError) \
                else error_text(error)
            self.problem.emit(self.tr("No pass to show: {reason}").format(reason=reason))
            self.traceChanged.emit()
            return
        same_layout = [(s.phase, s.layer, s.kind) for s in steps] == [(s.phase, s.layer, s.kind) for s in self.steps]
        self.steps = steps
        run = self.session.run
        self.iteration = run.iterations if run is not None else 0
        self._stale = False
        if not same_layout:
            self.index = -1
        self.traceChanged.emit()

    def set_active(self, on: bool) -> None:
        """The view is shown (trace now if anything changed meanwhile) or hidden (trace lazily)."""
        self.active = on
        if not on:
            self.pause()
        elif self._stale:
            self.retrace()

    def new_batch(self) -> None:
        """Restart on another batch (another example in the one-example view)."""
        self._batch_draw += 1
        self.index = -1
        self.retrace()
        self.stepChanged.emit(self.index, False)

    def set_single_example(self, on: bool) -> None:
        if on != self.single_example:
            self.single_example = on
            self.index = -1
            self.retrace()
            self.stepChanged.emit(self.index, False)

    def set_follow_training(self, on: bool) -> None:
        self.follow_training = on
        if on:
            self.retrace()

    def _on_parameters_changed(self) -> None:
        """New parameters: trace again now when shown and not mid-training, else when asked to follow."""
        self._stale = True
        if not self.active:
            return
        if self.session.training_state == "running":
            if self.follow_training and not self._follow.isActive():
                self._follow.start()
            return
        self._follow.stop()
        self.retrace()

    # ------------------------------------------------------------------ moving through it
    @property
    def step(self) -> Optional[TraceStep]:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def go_to(self, index: int, animate: bool = False) -> None:
        index = max(-1, min(index, len(self.steps) - 1))
        if index != self.index:
            self.index = index
            self.stepChanged.emit(index, animate)

    def step_forward(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.pause()
            return
        self.go_to(self.index + 1, animate=True)

    def step_back(self) -> None:
        self.pause()
        self.go_to(self.index - 1)

    def home(self) -> None:
        self.pause()
        self.go_to(-1)

    def jump_to_phase(self, phase: str) -> None:
        """Show the first step of ``phase`` ("forward", "cost", "backward" or "update")."""
        if phase not in PHASES:
            raise ValueError(f"unknown phase {phase!r}")
        self.pause()
        self.go_to(next(s.index for s in self.steps if s.phase == phase), animate=True)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def set_speed(self, steps_per_second: float) -> None:
        self.speed = steps_per_second
        self._timer.setInterval(round(1000 / steps_per_second))

    @property
    def step_duration_ms(self) -> int:
        """How long a token takes to move: most of a step, leaving a moment to read the result."""
        return round(0.8 * 1000 / self.speed)

    def play(self) -> None:
        if not self.steps:
            return
        if self.index >= len(self.steps) - 1:
            self.go_to(-1)
        if not self.playing:
            self._timer.start(round(1000 / self.speed))
            self.playingChanged.emit(True)
            self.step_forward()

    def pause(self) -> None:
        if self.playing:
            self._timer.stop()
            self.playingChanged.emit(False)

    def toggle(self) -> None:
        self.pause() if self.playing else self.play()

    def _advance(self) -> None:
        self.step_forward()

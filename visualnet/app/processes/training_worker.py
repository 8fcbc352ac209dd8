"""Training on the app's side: one child per run, its controls, and the pace of its updates."""
from __future__ import annotations

import time
from typing import Optional

from PySide6.QtCore import QObject, Signal

from ...engine.health import Finding
from .host import ChildProcess, ProcessWorker, read_until
from .messages import (MAX_SEND_INTERVAL, PAUSE, RESUME, SEND_INTERVAL, STEP, STOP, Outcome, Paused,
                       Progress, SetInterval)
from .training import Job

# Training takes every core it can; below the GUI's priority it still does, but the GUI's short bursts
# (a redraw ~10 times a second) run the moment they are ready instead of waiting behind BLAS threads.
TRAINING_NICENESS = 5

GUI_SHARE = 0.12  # of the GUI thread's time, what training updates may take (handling and painting them)


class UpdatePacer:
    """How often the training child should send, so that its updates keep to GUI_SHARE of the GUI thread.

    Every update costs the GUI thread time to unpack, plot and paint (~15 ms for the course's
    network), and on two cores that time is taken from the child's BLAS threads: at ten updates
    a second training ran ~15% slower than the engine alone. The GUI thread's CPU time between two
    updates is what the last one cost (and whatever else the user had it do); the interval
    follows it, between SEND_INTERVAL and MAX_SEND_INTERVAL, half-way at a time so that it settles.
    """

    def __init__(self) -> None:
        self.interval = SEND_INTERVAL
        self._last: Optional[tuple[float, float]] = None  # (wall clock, GUI thread CPU) at the last update

    def update(self, now: float, cpu: float) -> Optional[float]:
        """At an update: the new interval to ask the child for, or None to keep the current one."""
        last, self._last = self._last, (now, cpu)
        if last is None or now - last[0] > 2 * MAX_SEND_INTERVAL:
            return None  # the first update, or one after a pause: the time between says nothing of its cost
        wanted = min(max((cpu - last[1]) / GUI_SHARE, SEND_INTERVAL), MAX_SEND_INTERVAL)
        if abs(wanted - self.interval) < 0.1 * self.interval:
            return None
        self.interval = (self.interval + wanted) / 2
        return self.interval


class TrainingProcess(ProcessWorker):
    """One training job in a child process, with the controls and signals a session needs."""

    progressed = Signal(object)  # Progress
    paused = Signal(int)  # the child acknowledged a pause (or a step) and stands at this iteration
    noticed = Signal(object)  # an engine.health.Finding: the run is failing quietly
    finished = Signal(object)  # Outcome, after the last Progress

    def __init__(self, job: Job, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._done = False
        self._pacer = UpdatePacer()
        self._child = ChildProcess("visualnet.app.processes.training", job, niceness=TRAINING_NICENESS, parent=self)
        self._child.messageReceived.connect(self._deliver)
        self._child.ended.connect(self._deliver)

    @property
    def alive(self) -> bool:
        return self._child.alive

    @property
    def pid(self) -> int:
        return self._child.pid

    def pause(self) -> None:
        self._child.send(PAUSE)

    def resume(self) -> None:
        self._child.send(RESUME)

    def step_once(self) -> None:
        self._child.send(STEP)

    def stop(self) -> None:
        self._child.send(STOP)

    def _deliver(self, message: object) -> None:
        if self._done:
            return
        if isinstance(message, Progress):
            interval = self._pacer.update(time.perf_counter(), time.thread_time())
            if interval is not None:
                self._child.send(SetInterval(interval))
            self.progressed.emit(message)
            return
        if isinstance(message, Paused):
            self.paused.emit(message.iteration)
            return
        if isinstance(message, Finding):
            self.noticed.emit(message)
            return
        self._done = True
        self._child.close()
        self.finished.emit(message if isinstance(message, Outcome) else Outcome("failed", failure=message))

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` for the end, delivering the last messages; False on a time-out.

        On a time-out the child is killed: closing the window must not hang on it.
        """
        if read_until([self._child], lambda: self._done, msecs):
            return True
        self._child.close(kill=True)
        self._deliver(Outcome("stopped"))
        return False

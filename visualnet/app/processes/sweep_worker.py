"""A sweep on the app's side: its tasks shared out to child processes, results back as signals.

Each child gets one task at a time (see :mod:`.sweep`), the next when it reports the
last, so uneven runs still keep every child busy. With more than one child, each child's BLAS
is held to one thread: two children each starting a thread per core would fight over the cores
and both run slower. Cancel asks every child to stop: the running tasks end where they are and
report their partial results, the tasks never handed out stay without one.
"""
from __future__ import annotations

import os
from collections import deque
from functools import partial
from typing import Optional, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..error_texts import failure_detail
from ..texts import process_end
from .host import ChildProcess, ProcessWorker, read_until
from .messages import STOP, Failed, RunTask, TaskDone, TaskFailure, TaskProgress
from .sweep import SweepData, Task

MAX_CHILDREN = 4  # more processes rarely pay: each holds a copy of the data, and the GUI needs a core too
# The children keep every core busy and the GUI needs a slice of one now and then: a lower priority
# lets the window's events go first, and costs the sweep nothing while the GUI idles.
NICENESS = 10  # added to the children's nice value (0: normal, 19: lowest priority)
SINGLE_THREADED_BLAS = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


def failure_text(failure: Failed) -> str:
    """A child's failure, as the row of the task it held shows it (in the user's language)."""
    if failure.kind == "died":
        return QCoreApplication.translate("Experiments", "the worker process ended unexpectedly ({how})").format(
            how=process_end(failure.returncode))
    if failure.kind == "memory":
        return QCoreApplication.translate("Experiments", "the worker process ran out of memory ({detail})").format(
            detail=failure_detail(failure))
    return failure_detail(failure)


def default_children(tasks: int) -> int:
    """One child per core (at most MAX_CHILDREN), and no more than there are tasks."""
    return max(1, min(os.cpu_count() or 1, MAX_CHILDREN, tasks))


class SweepWorker(ProcessWorker):
    """Runs ``tasks`` on ``children`` processes (default: one per core); index i is tasks[i] throughout."""

    runStarted = Signal(int)  # task index, handed to a child
    runProgressed = Signal(int, float)  # task index, fraction done
    runFinished = Signal(int, object)  # task index, RunResult / ParityResult / TaskFailure
    finished = Signal(bool)  # every child has ended; True when the sweep was cancelled

    def __init__(self, tasks: Sequence[Task], data: SweepData = SweepData(), children: Optional[int] = None,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        if not tasks:
            raise ValueError("a sweep needs at least one task")
        self.children = max(1, min(children or default_children(len(tasks)), len(tasks)))
        self._env = SINGLE_THREADED_BLAS if self.children > 1 else {}
        self._data = data
        self._queue = deque(enumerate(tasks))
        self._current: dict[ChildProcess, Optional[int]] = {}
        self._unstarted = self.children
        self.cancelled = False
        self.done = False
        self._start_child()

    def _start_child(self) -> None:
        """Start one child and give it a task; the next starts on the next turn of the event loop.

        Starting them together would take the GUI thread tens of milliseconds in one go (each
        Popen, its sending thread, the GIL they share); one at a time, the window's timers and
        repaints get their turn in between.
        """
        if not self._queue or self.cancelled:  # nothing left for it: the others took every task
            self._unstarted = 0
            self._check_done()
            return
        self._unstarted -= 1
        child = ChildProcess("visualnet.app.processes.sweep", self._data, self._env, NICENESS, parent=self)
        child.messageReceived.connect(partial(self._on_message, child))
        child.ended.connect(partial(self._on_message, child))
        self._current[child] = None
        self._hand_out(child)
        if self._unstarted:
            QTimer.singleShot(0, self, self._start_child)

    @property
    def alive(self) -> bool:
        return any(child.alive for child in self._current)

    def _hand_out(self, child: ChildProcess) -> None:
        """The next task to ``child``, or "stop" when none is left (the child then ends)."""
        if self._queue and not self.cancelled:
            index, task = self._queue.popleft()
            self._current[child] = index
            child.send(RunTask(index, task))
            self.runStarted.emit(index)
        else:
            self._current[child] = None
            child.send(STOP)

    def _on_message(self, child: ChildProcess, message: object) -> None:
        if isinstance(message, TaskProgress):
            self.runProgressed.emit(message.index, message.fraction)
        elif isinstance(message, TaskDone):
            self._current[child] = None
            self.runFinished.emit(message.index, message.result)
            self._hand_out(child)
        elif isinstance(message, Failed):
            self._on_ended(child, failure_text(message))

    def _on_ended(self, child: ChildProcess, reason: str) -> None:
        """A child ended (or failed); a task it still held gets ``reason`` as its failure, and a child
        that died with tasks still waiting is replaced, so the others still run."""
        child.close()
        index, self._current[child] = self._current[child], None
        if index is not None:
            self.runFinished.emit(index, TaskFailure(reason))
            if self._queue and not self.cancelled:
                self._unstarted += 1
                self._start_child()
                return
        self._check_done()

    def child_pids(self) -> list[int]:
        """The process ids of the children working now (for a task manager, and the tests that kill one)."""
        return [child.pid for child, index in self._current.items() if index is not None and child.reading]

    def _check_done(self) -> None:
        """Finished once every child has ended and none is still to start."""
        if not self.done and not any(c.reading for c in self._current) and (self.cancelled or not self._unstarted):
            self.done = True
            self.finished.emit(self.cancelled)

    def cancel(self) -> None:
        """Stop the running tasks where they are (their partial results still come) and start no more."""
        if self.done or self.cancelled:
            return
        self.cancelled = True
        self._queue.clear()
        for child in self._current:
            child.send(STOP)

    def stop(self) -> None:
        self.cancel()

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` until every child has ended; then kill the rest. False on a time-out."""
        if read_until(list(self._current), lambda: self.done, msecs):
            return True
        for child in [c for c in self._current if c.reading]:
            child.close(kill=True)
            self._on_ended(child, "stopped: the worker process did not answer in time")
        return False

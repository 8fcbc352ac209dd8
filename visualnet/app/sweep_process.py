"""The loop of a sweep's child process: run the tasks it is handed, one at a time, and report.

A sweep's runs are shared out to a few such children. Each receives the data once (as raw
bytes, like a training job: :func:`training_process.send_job`), then one task at a time --
a :class:`~visualnet.engine.experiments.RunSpec` or a
:class:`~visualnet.engine.experiments.ParityTask` -- so a child that finishes early takes the
next task and every core stays busy to the end. While a task runs, the child sends its progress
at most every ``SEND_INTERVAL`` and looks for "stop" every ``COMMAND_POLL``; "stop" ends the
task where it is (its partial result is still sent) and then the child. This module imports no Qt.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Optional, Union

import numpy as np

from ..engine.experiments import ParityResult, ParityTask, RunResult, RunSpec, run_spec, search_parity_width
from .training_process import COMMAND_POLL, SEND_INTERVAL, STOP, receive_job, serve

Task = Union[RunSpec, ParityTask]


@dataclass(frozen=True)
class SweepData:
    """The data every RunSpec of a sweep trains on (a parity study makes its own: all None)."""

    X: Optional[np.ndarray] = None
    Y: Optional[np.ndarray] = None
    X_dev: Optional[np.ndarray] = None
    Y_dev: Optional[np.ndarray] = None


@dataclass(frozen=True)
class TaskProgress:
    """Task ``index`` is this far along (0 to 1)."""

    index: int
    fraction: float


@dataclass(frozen=True)
class TaskFailure:
    """Why a task could not run (a network too large for memory, say): shown in its row."""

    message: str


@dataclass(frozen=True)
class TaskDone:
    """Task ``index`` ended: finished, or stopped part way (the result says which)."""

    index: int
    result: Union[RunResult, ParityResult, TaskFailure]


class _Watch:
    """The ``should_stop`` of one task: sends progress and reads "stop", both by time, not per step."""

    def __init__(self, index: int, data: Connection, control: Connection) -> None:
        self.index, self.data, self.control = index, data, control
        self.stopped = False
        self.last_poll = self.last_send = time.perf_counter()

    def __call__(self, fraction: float) -> bool:
        now = time.perf_counter()
        if now - self.last_poll >= COMMAND_POLL:
            self.last_poll = now
            while not self.stopped and self.control.poll():
                self.stopped = self.control.recv() == STOP  # nothing else arrives while a task runs
        if now - self.last_send >= SEND_INTERVAL:
            self.last_send = now
            self.data.send(TaskProgress(self.index, fraction))
        return self.stopped


def perform(task: Task, data: SweepData, watch: _Watch) -> Union[RunResult, ParityResult]:
    """Run one task with the engine; ``watch`` passes its progress on and says when to stop."""
    if isinstance(task, ParityTask):
        return search_parity_width(task, watch)
    return run_spec(task, data.X, data.Y, data.X_dev, data.Y_dev, watch)


def run(data: Connection, control: Connection) -> None:
    """Receive the shared data, then run each task until told "stop"."""
    shared: SweepData = receive_job(control)
    while True:
        message = control.recv()
        if message == STOP:
            return
        index, task = message
        watch = _Watch(index, data, control)
        try:
            result = perform(task, shared, watch)
        except (ValueError, ArithmeticError, MemoryError) as error:  # this task's problem, not the sweep's
            result = TaskFailure(str(error) or type(error).__name__)
        data.send(TaskDone(index, result))
        if watch.stopped:
            return


def child_main(data_fd: int, control_fd: int) -> None:
    """Entry point of a sweep's child interpreter, given its inherited pipe ends."""
    serve(run, data_fd, control_fd)

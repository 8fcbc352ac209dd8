"""A sweep's child: run the tasks it is handed, one at a time, and report. No Qt here.

A sweep's runs are shared out to a few such children. Each receives the data once (the job: a
:class:`SweepData`), then one :class:`RunTask` at a time -- a
:class:`~visualnet.engine.experiments.RunSpec` or a
:class:`~visualnet.engine.experiments.ParityTask` or a
:class:`~visualnet.engine.depth.SawtoothTask` -- so a child that finishes early takes the
next task and every core stays busy to the end. While a task runs, the child sends its progress
at most every ``SEND_INTERVAL`` and looks for Stop every ``COMMAND_POLL``; Stop ends the task
where it is (its partial result is still sent) and then the child.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

from ...engine.depth import SawtoothResult, SawtoothTask, fit_sawtooth
from ...engine.errors import VisualnetError
from ...engine.experiments import ParityResult, ParityTask, RunResult, RunSpec, run_spec, search_parity_width
from .channel import Channel, Inbox
from .messages import COMMAND_POLL, SEND_INTERVAL, RunTask, Stop, TaskDone, TaskFailure, TaskProgress

Task = Union[RunSpec, ParityTask, SawtoothTask]


@dataclass(frozen=True)
class SweepData:
    """The data every RunSpec of a sweep trains on (a parity study makes its own: all None)."""

    X: Optional[np.ndarray] = None
    Y: Optional[np.ndarray] = None
    X_dev: Optional[np.ndarray] = None
    Y_dev: Optional[np.ndarray] = None


class _Watch:
    """The ``should_stop`` of one task: sends progress and reads Stop, both by time, not per step."""

    def __init__(self, index: int, channel: Channel, inbox: Inbox) -> None:
        self.index, self.channel, self.inbox = index, channel, inbox
        self.stopped = False
        self.last_poll = self.last_send = time.perf_counter()

    def __call__(self, fraction: float) -> bool:
        now = time.perf_counter()
        if now - self.last_poll >= COMMAND_POLL:
            self.last_poll = now
            while not self.stopped and self.inbox.poll():
                self.stopped = isinstance(self.inbox.recv(), Stop)  # nothing else arrives while a task runs
        if now - self.last_send >= SEND_INTERVAL:
            self.last_send = now
            self.channel.send(TaskProgress(self.index, fraction))
        return self.stopped


def perform(task: Task, data: SweepData, watch: _Watch) -> Union[RunResult, ParityResult, SawtoothResult]:
    """Run one task with the engine; ``watch`` passes its progress on and says when to stop."""
    if isinstance(task, ParityTask):
        return search_parity_width(task, watch)
    if isinstance(task, SawtoothTask):
        return fit_sawtooth(task, watch)
    return run_spec(task, data.X, data.Y, data.X_dev, data.Y_dev, watch)


def run(shared: SweepData, channel: Channel, inbox: Inbox) -> None:
    """Run each task handed over until told Stop."""
    while True:
        message = inbox.recv()
        if not isinstance(message, RunTask):
            return
        watch = _Watch(message.index, channel, inbox)
        try:
            result = perform(message.task, shared, watch)
        except (ValueError, ArithmeticError, MemoryError) as error:  # this task's problem, not the sweep's
            result = TaskFailure(str(error) or type(error).__name__,
                                 error.message if isinstance(error, VisualnetError) else None)
        channel.send(TaskDone(message.index, result))
        if watch.stopped:
            return

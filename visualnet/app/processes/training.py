"""Training, in its child: the engine's Trainer at full speed, sending copies by time. No Qt here.

On its own interpreter a tiny network's Python-bound steps no longer hold the GUI's GIL, and a
large one's BLAS work no longer competes with it. At most every ``send_interval`` seconds the
child sends the costs since the last send, the records and a copy of the parameters. Commands
(Pause, Resume, Step, Stop, SetInterval from the GUI's pacer) are read between steps; a pause, and
a step taken while paused, are acknowledged with :class:`Paused` and the iteration reached. At each
record the engine's :class:`~visualnet.engine.health.HealthMonitor` looks for a run that fails
quietly (stuck at the chance level, dead units, a spike); what it finds goes up as a ``Finding``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np

from ...engine import Network
from ...engine.health import HealthMonitor
from ...engine.training import TrainConfig, Trainer
from .channel import Channel, Inbox, Outbox
from .messages import (COMMAND_POLL, MAX_SEND_INTERVAL, SEND_INTERVAL, Outcome, Pause, Paused, Progress, Resume,
                       SetInterval, Step, Stop)


@dataclass(frozen=True)
class Job:
    """Everything the child needs to rebuild the network and its data."""

    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    loss: str
    params: dict[str, np.ndarray]
    X: np.ndarray
    Y: np.ndarray
    X_dev: Optional[np.ndarray]
    Y_dev: Optional[np.ndarray]
    config: TrainConfig
    offset: int  # iterations of the run before this job
    paused: bool


class TrainingLoop:
    """The child's state: the trainer, what is unsent, and whether it may step."""

    def __init__(self, job: Job, outbox: Outbox) -> None:
        net = Network(job.layer_sizes, job.activations, init="zeros", loss=job.loss)
        net.params = job.params
        self.trainer = Trainer(net, job.X, job.Y, job.config, job.X_dev, job.Y_dev)
        self.health = HealthMonitor(job.Y, net.task, job.X, job.offset)
        self.outbox, self.offset = outbox, job.offset
        self.steps_allowed: Optional[int] = 0 if job.paused else None  # None: run freely
        self.pause_unacknowledged = job.paused
        self.send_interval = SEND_INTERVAL
        self.stopped = False
        self.sent, self.records, self.last_send = 0, [], time.perf_counter()

    @property
    def paused(self) -> bool:
        return self.steps_allowed is not None and self.steps_allowed <= 0

    def command(self, message: object) -> None:
        if isinstance(message, SetInterval):
            self.send_interval = min(max(float(message.seconds), SEND_INTERVAL), MAX_SEND_INTERVAL)
        elif isinstance(message, Stop):
            self.stopped = True
        elif isinstance(message, Pause):
            self.steps_allowed = 0
            self.pause_unacknowledged = True
        elif isinstance(message, Resume):
            self.steps_allowed = None
        elif isinstance(message, Step):
            self.steps_allowed = max(self.steps_allowed or 0, 0) + 1
            self.pause_unacknowledged = True  # the step ends in a pause, which the GUI waits to hear of

    def check_health(self, record) -> None:
        """At each record: tell the app at once what the monitor notices (each kind once)."""
        for finding in self.health.observe(self.trainer.net, self.trainer.costs, record.iteration,
                                           record.train_cost, record.train_accuracy):
            self.outbox.put(finding)

    def acknowledge_pause(self) -> None:
        """Send what was done, then that the child is paused (once per pause or step)."""
        self.send()
        if self.pause_unacknowledged:
            self.pause_unacknowledged = False
            self.outbox.put(Paused(self.offset + len(self.trainer.costs)))

    def send(self) -> None:
        trainer = self.trainer
        costs = np.array(trainer.costs[self.sent:])
        now = time.perf_counter()
        if len(costs) or self.records:
            shifted = tuple(replace(r, iteration=r.iteration + self.offset) for r in self.records)
            self.outbox.put(Progress(self.offset + self.sent, costs, shifted, dict(trainer.net.params),
                                     self.offset + len(trainer.costs), len(costs) / max(now - self.last_send, 1e-9)))
        self.sent, self.records, self.last_send = len(trainer.costs), [], now

    def outcome(self) -> Outcome:
        trainer = self.trainer
        divergence = trainer.divergence
        if divergence is not None:  # count from the start of the run, like the plot
            divergence = replace(divergence, iteration=divergence.iteration + self.offset)
        return Outcome("diverged" if divergence else "done" if trainer.finished else "stopped", divergence)


def run(job: Job, channel: Channel, inbox: Inbox) -> None:
    """Train until done, diverged or told to stop; what was done is sent before any failure."""
    outbox = Outbox(channel)
    try:
        loop = TrainingLoop(job, outbox)
        train(loop, inbox)
        loop.send()
        outbox.put(loop.outcome())
    finally:
        outbox.close()  # every progress is written before the outcome, or before the child's Failed


def train(loop: TrainingLoop, inbox: Inbox) -> None:
    steps = loop.trainer.steps()
    last_poll = time.perf_counter()
    while not loop.stopped:
        if loop.paused:
            loop.acknowledge_pause()
            loop.command(inbox.recv())  # sleep until told what to do
            continue
        record = next(steps, StopIteration)
        if record is StopIteration:
            return
        if loop.steps_allowed:
            loop.steps_allowed -= 1
        if record is not None:
            loop.records.append(record)
            loop.check_health(record)
        now = time.perf_counter()
        if now - last_poll >= COMMAND_POLL:
            last_poll = now
            while inbox.poll():
                loop.command(inbox.recv())
        if now - loop.last_send >= loop.send_interval and not loop.outbox.busy:
            loop.send()

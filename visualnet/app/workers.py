"""Training off the GUI thread: a worker runs the engine's Trainer and sends copies by time.

The worker steps the trainer and, at most every ``send_interval`` seconds (25 a second by
default), sends a :class:`Progress`: the costs of the steps since the last send, the records,
and a copy of the parameters -- never a live NumPy buffer. Pause, single steps and stop are
flags it checks between steps; while paused it sleeps on an event instead of spinning.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ..engine.training import Divergence, ProgressRecord, Trainer

SEND_INTERVAL = 0.04


@dataclass(frozen=True)
class Progress:
    """What happened since the last send; iterations count from the start of the run."""

    first_iteration: int
    costs: np.ndarray
    records: tuple[ProgressRecord, ...]
    params: dict[str, np.ndarray]
    iteration: int  # iterations done in the run so far
    rate: float  # iterations per second since the last send


@dataclass(frozen=True)
class Outcome:
    """How the worker ended: "done", "stopped" or "diverged" (with the engine's reason)."""

    reason: str
    divergence: Optional[Divergence]


class TrainingWorker(QObject):
    """Runs ``trainer`` on its own thread; ``offset`` is the run's iterations before this worker."""

    progressed = Signal(object)  # Progress
    finished = Signal(object)  # Outcome, after the last Progress

    def __init__(self, trainer: Trainer, offset: int = 0, paused: bool = False,
                 send_interval: float = SEND_INTERVAL) -> None:
        super().__init__()
        self.trainer, self.offset, self.send_interval = trainer, offset, send_interval
        self._stop = False
        self._steps_allowed: Optional[int] = 0 if paused else None  # None: run freely
        self._wake = threading.Event()

    # -------------------------------------------------------------- control (from the GUI thread)
    def stop(self) -> None:
        self._stop = True
        self.trainer.stop()
        self._wake.set()

    def pause(self) -> None:
        self._steps_allowed = 0

    def resume(self) -> None:
        self._steps_allowed = None
        self._wake.set()

    def step_once(self) -> None:
        """While paused, run exactly one more iteration."""
        self._steps_allowed = (self._steps_allowed or 0) + 1
        self._wake.set()

    @property
    def paused(self) -> bool:
        return self._steps_allowed is not None and self._steps_allowed <= 0

    # -------------------------------------------------------------- the loop (worker thread)
    @Slot()
    def run(self) -> None:
        trainer = self.trainer
        sent = len(trainer.costs)
        records: list[ProgressRecord] = []
        last_send = time.perf_counter()
        steps = trainer.steps()
        while not self._stop:
            if self.paused:
                self._send(sent, records, last_send)
                sent, records, last_send = len(trainer.costs), [], time.perf_counter()
                self._wake.wait()
                self._wake.clear()
                continue
            record = next(steps, StopIteration)
            if record is StopIteration:
                break
            if self._steps_allowed is not None:
                self._steps_allowed -= 1
            if record is not None:
                records.append(record)
            now = time.perf_counter()
            if now - last_send >= self.send_interval:
                self._send(sent, records, last_send)
                sent, records, last_send = len(trainer.costs), [], now
        self._send(sent, records, last_send)
        reason = "diverged" if trainer.divergence else "done" if trainer.finished else "stopped"
        divergence = trainer.divergence
        if divergence is not None:  # count from the start of the run, like the plot
            divergence = replace(divergence, iteration=divergence.iteration + self.offset)
        self.finished.emit(Outcome(reason, divergence))

    def _send(self, sent: int, records: list[ProgressRecord], since: float) -> None:
        trainer = self.trainer
        costs = np.array(trainer.costs[sent:])
        if not len(costs) and not records:
            return
        elapsed = max(time.perf_counter() - since, 1e-9)
        offset = self.offset
        shifted = tuple(ProgressRecord(r.iteration + offset, r.epoch, r.train_cost, r.train_accuracy, r.dev_cost,
                                       r.dev_accuracy) for r in records)
        self.progressed.emit(Progress(offset + sent, costs, shifted,
                                      {k: v.copy() for k, v in trainer.net.params.items()},
                                      offset + len(trainer.costs), len(costs) / elapsed))


class TrainingThread(QThread):
    """The QThread a TrainingWorker lives on; joined with a bounded wait when training ends."""

    def __init__(self, worker: TrainingWorker, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.worker = worker
        worker.moveToThread(self)
        self.started.connect(worker.run)
        # direct: quit() is thread-safe, and a queued call would wait for the GUI thread, which may
        # itself be waiting for this thread to end
        worker.finished.connect(self.quit, Qt.ConnectionType.DirectConnection)

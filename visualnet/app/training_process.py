"""The training loop of a child process: the engine's Trainer, sending copies by time.

This module is what the child imports, so it imports no Qt. The child trains at full speed on
its own interpreter -- a tiny network's Python-bound steps no longer hold the GUI's GIL, and a
large one's BLAS work no longer competes with it -- and sends the GUI, at most every
``send_interval`` seconds, the costs since the last send, the records and a copy of the
parameters. Commands ("pause", "resume", "step", "stop", and ("interval", seconds) from the
GUI's pacer) arrive on a second pipe and are read between steps; a pause, and a step taken while
paused, are acknowledged with :class:`Paused` and the iteration reached. How a job crosses the pipe
(:func:`send_job`) and how a child runs on its pipe ends (:func:`serve`) serve the sweeps'
children (:mod:`sweep_process`) as well.
"""
from __future__ import annotations

import os
import queue
import sys
import threading
import time
from dataclasses import dataclass, fields, replace
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Optional

import numpy as np

from ..engine import Network
from ..engine.training import Divergence, ProgressRecord, TrainConfig, Trainer

SEND_INTERVAL = 0.1  # at most 10 updates a second (the GUI may ask for fewer: see workers.UpdatePacer)
MAX_SEND_INTERVAL = 0.4  # and at least 2.5
COMMAND_POLL = 0.005  # how often the loop looks for a command while running


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
class Paused:
    """The child has stopped stepping: sent after each "pause", and after each step taken while paused.

    The GUI marks a run paused the moment the user asks; this tells it the exact iteration at
    which the child stopped (every Progress up to it has been sent before).
    """

    iteration: int


@dataclass(frozen=True)
class Outcome:
    """How training ended: "done", "stopped" or "diverged" (with the engine's reason)."""

    reason: str
    divergence: Optional[Divergence]


STOP = "stop"  # the command that ends a child: stop training, or no more tasks for a sweep's child


def send_job(conn: Connection, job: Any) -> None:
    """Send a dataclass job: a small pickled header, then each of its array fields as raw bytes.

    Pickling 20 MB of images would hold the sender's GIL for tens of milliseconds, and the GUI
    would stall; raw bytes are written by the OS with the GIL released.
    """
    arrays = {f.name: np.ascontiguousarray(getattr(job, f.name)) for f in fields(job)
              if isinstance(getattr(job, f.name), np.ndarray)}
    conn.send((replace(job, **{name: None for name in arrays}),
               {name: (a.shape, a.dtype.str) for name, a in arrays.items()}))
    for a in arrays.values():
        conn.send_bytes(_bytes_of(a))


def _bytes_of(array: np.ndarray) -> memoryview:
    """The bytes of a C-contiguous array, as a flat view (empty arrays included, which memoryview.cast refuses)."""
    return memoryview(array.reshape(-1).view(np.uint8))


def receive_job(conn: Connection) -> Any:
    """The job :func:`send_job` sent, each array read straight into an array of NumPy's own.

    NumPy allocates large arrays aligned and asks the kernel for huge pages; an array on top of
    the received bytes would have neither, and the course's products over X ran ~5% slower on it.
    """
    header, specs = conn.recv()
    arrays = {}
    for name, (shape, dtype) in specs.items():
        array = arrays[name] = np.empty(shape, dtype=np.dtype(dtype))
        conn.recv_bytes_into(_bytes_of(array))
    return replace(header, **arrays)


def serve(run: Callable[[Connection, Connection], None], data_fd: int, control_fd: int) -> None:
    """Run a child's loop on its inherited pipe ends: ``run(data to send, control to read)``.

    When the GUI goes away (closed, killed), its pipe ends close: the next send or receive
    fails, and the child ends quietly instead of working on for nobody. Every message is on the
    pipe by then (a Connection does not buffer), so the child leaves at once: the interpreter's
    usual teardown takes tens of milliseconds with NumPy loaded, and the GUI waits for the end.
    """
    try:
        run(Connection(data_fd, readable=False), Connection(control_fd, writable=False))
    except (EOFError, OSError):  # BrokenPipeError, ConnectionResetError, "end of file during message"
        pass
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class Outbox:
    """Messages to the GUI, written by a thread: the training loop never waits for the GUI to read.

    A progress message carries the parameters (2 MB for the course's network) and a pipe holds
    64 kB, so a direct send waited until the GUI thread, perhaps busy painting, had read it all:
    4% of the course's training time. Messages are pickled at once (the parameters change after)
    and written in order; while one is still being written, :attr:`busy` tells the loop to keep
    collecting instead of queueing more, so a GUI that reads slowly never piles up copies. A write
    that fails (the GUI has gone) is raised by the next :meth:`put` or by :meth:`close`.
    """

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._queue: "queue.SimpleQueue[Optional[memoryview]]" = queue.SimpleQueue()
        self._unwritten = 0  # messages put and not yet written
        self._count_lock = threading.Lock()
        self._error: Optional[OSError] = None
        self._writer = threading.Thread(target=self._write, name="visualnet-progress", daemon=True)
        self._writer.start()

    @property
    def busy(self) -> bool:
        return self._unwritten > 0

    def put(self, message: object) -> None:
        if self._error is not None:
            raise self._error
        with self._count_lock:
            self._unwritten += 1
        # what Connection.send writes: a view of a buffer of its own, so no copy is needed
        self._queue.put(ForkingPickler.dumps(message))

    def close(self) -> None:
        """Wait until every message is written."""
        self._queue.put(None)
        self._writer.join()
        if self._error is not None:
            raise self._error

    def _write(self) -> None:
        while (data := self._queue.get()) is not None:
            try:
                self._conn.send_bytes(data)
            except OSError as error:  # BrokenPipeError: nobody reads any more
                self._error = error
                return
            finally:
                with self._count_lock:
                    self._unwritten -= 1


class TrainingLoop:
    """The child's state: the trainer, what is unsent, and whether it may step."""

    def __init__(self, job: Job, data: Connection) -> None:
        net = Network(job.layer_sizes, job.activations, init="zeros", loss=job.loss)
        net.params = job.params
        self.trainer = Trainer(net, job.X, job.Y, job.config, job.X_dev, job.Y_dev)
        self.outbox, self.offset = Outbox(data), job.offset
        self.steps_allowed: Optional[int] = 0 if job.paused else None  # None: run freely
        self.pause_unacknowledged = job.paused
        self.send_interval = SEND_INTERVAL
        self.stopped = False
        self.sent, self.records, self.last_send = 0, [], time.perf_counter()

    @property
    def paused(self) -> bool:
        return self.steps_allowed is not None and self.steps_allowed <= 0

    def command(self, name: object) -> None:
        if isinstance(name, tuple) and name[0] == "interval":  # ("interval", seconds between sends)
            self.send_interval = min(max(float(name[1]), SEND_INTERVAL), MAX_SEND_INTERVAL)
        elif name == STOP:
            self.stopped = True
        elif name == "pause":
            self.steps_allowed = 0
            self.pause_unacknowledged = True
        elif name == "resume":
            self.steps_allowed = None
        elif name == "step":
            self.steps_allowed = max(self.steps_allowed or 0, 0) + 1
            self.pause_unacknowledged = True  # the step ends in a pause, which the GUI waits to hear of

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

    def finish(self) -> None:
        self.send()
        trainer = self.trainer
        divergence = trainer.divergence
        if divergence is not None:  # count from the start of the run, like the plot
            divergence = replace(divergence, iteration=divergence.iteration + self.offset)
        reason = "diverged" if divergence else "done" if trainer.finished else "stopped"
        self.outbox.put(Outcome(reason, divergence))
        self.outbox.close()


def child_main(data_fd: int, control_fd: int) -> None:
    """Entry point of the training child interpreter, given its inherited pipe ends."""
    serve(run, data_fd, control_fd)


def run(data: Connection, control: Connection) -> None:
    """The child's main function: receive the job, train until done, diverged or told to stop."""
    loop = TrainingLoop(receive_job(control), data)
    steps = loop.trainer.steps()
    last_poll = time.perf_counter()
    while not loop.stopped:
        if loop.paused:
            loop.acknowledge_pause()
            loop.command(control.recv())  # sleep until told what to do
            continue
        record = next(steps, StopIteration)
        if record is StopIteration:
            break
        if loop.steps_allowed:
            loop.steps_allowed -= 1
        if record is not None:
            loop.records.append(record)
        now = time.perf_counter()
        if now - last_poll >= COMMAND_POLL:
            last_poll = now
            while control.poll():
                loop.command(control.recv())
        if now - loop.last_send >= loop.send_interval and not loop.outbox.busy:
            loop.send()
    loop.finish()

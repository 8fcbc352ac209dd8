"""Work off the GUI: child processes run the engine, the GUI thread only reads their messages.

A thread would share the GIL: a tiny network's Python-bound steps then starve the GUI (stalls of
hundreds of milliseconds were measured) and the GUI's slots slow training down. A process has
neither problem. Its messages (see :mod:`training_process` and :mod:`sweep_process`) arrive on a
pipe; a QSocketNotifier wakes the GUI thread when one is there, so nothing blocks and no thread
is needed on this side. :class:`ChildProcess` is that machinery, once; :class:`TrainingProcess`
uses one child, a sweep (:mod:`sweep_worker`) several.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import weakref
from multiprocessing import connection
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from .training_process import MAX_SEND_INTERVAL, SEND_INTERVAL, STOP, Job, Outcome, Paused, Progress, send_job

# The child is a fresh interpreter started with two inherited pipe ends. Not multiprocessing's
# "spawn": it re-imports the parent's __main__, so any script without a main guard (a notebook,
# a quick test script) would run again in the child. Never fork: the parent has Qt in it.
# Its priority is lowered first, before NumPy's import: that alone keeps a core busy for a while.
_CHILD = ("import os, sys, importlib; os.nice(int(sys.argv[2])); "
          "importlib.import_module(sys.argv[1]).child_main(*map(int, sys.argv[3:]))")
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def _start_child(module: str, env: Mapping[str, str], niceness: int
                 ) -> tuple[subprocess.Popen, Connection, Connection]:
    """The child running ``module.child_main`` and this side's ends of its pipes: (data to read, control to write)."""
    data_read, data_write = os.pipe()
    control_read, control_write = os.pipe()
    path = os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))
    try:
        child = subprocess.Popen([sys.executable, "-c", _CHILD, module, str(niceness), str(data_write),
                                  str(control_read)],
                                 pass_fds=(data_write, control_read), stdin=subprocess.DEVNULL,
                                 env={**os.environ, "PYTHONPATH": path, **env})
    finally:
        os.close(data_write)
        os.close(control_read)
    return child, Connection(data_read, writable=False), Connection(control_write, readable=False)


class ChildProcess(QObject):
    """One child interpreter: its job goes out first, then each :meth:`send`; its messages come in as signals.

    The job (for training, 20 MB of the course's cat images) and then the commands go out in
    order from a small thread: writing to the pipe blocks until the child, still importing NumPy,
    reads it, and the GUI thread must not wait for that. ``env`` is added to the child's
    environment; ``niceness`` lowers its priority (0: the GUI's own).
    """

    messageReceived = Signal(object)
    ended = Signal()  # the child closed its pipe (it finished, or died) before close() was called

    def __init__(self, module: str, job: Any, env: Optional[Mapping[str, str]] = None, niceness: int = 0,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._process, self._data, control = _start_child(module, env or {}, niceness)
        self._outbox: "queue.SimpleQueue[object]" = queue.SimpleQueue()
        threading.Thread(target=_send_all, args=(job, self._outbox, control), daemon=True,
                         name=f"visualnet-{module.rsplit('.', 1)[-1]}-commands").start()
        self.reading = True
        self._notifier = QSocketNotifier(self._data.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def fileno(self) -> int:
        """The data pipe's descriptor, so that ``multiprocessing.connection.wait`` can watch the child."""
        return self._data.fileno()

    def send(self, message: object) -> None:
        """Queue a message for the child (ignored once reading has ended)."""
        if self.reading:
            self._outbox.put(message)

    def _read(self) -> None:
        """Deliver every message waiting in the pipe (GUI thread)."""
        while self.reading and self._data.poll():
            try:
                message = self._data.recv()
            except (EOFError, OSError):
                self.close()
                self.ended.emit()
                return
            self.messageReceived.emit(message)

    def close(self, kill: bool = False) -> None:
        """Stop reading and reap the child: it has ended or is about to (or is killed after a second)."""
        if not self.reading:
            return
        self.reading = False
        self._outbox.put(STOP)  # lets the command thread end
        self._notifier.setEnabled(False)
        if kill:
            self._process.kill()
        try:
            self._process.wait(1.0)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._data.close()


def read_until(children: Sequence[ChildProcess], done: Callable[[], bool], msecs: int) -> bool:
    """Block up to ``msecs`` delivering the children's messages until ``done()``; returns ``done()``."""
    deadline = time.monotonic() + msecs / 1000
    while not done():
        reading = [child for child in children if child.reading]
        remaining = deadline - time.monotonic()
        if not reading or remaining <= 0:
            break
        for child in connection.wait(reading, remaining):
            child._read()
    return done()


def _send_all(job: Any, outbox: "queue.SimpleQueue[object]", control: Connection) -> None:
    """Send the job, then each message, until STOP or until the child has gone."""
    try:
        send_job(control, job)
        while True:
            message = outbox.get()
            control.send(message)
            if message == STOP:
                return
    except (BrokenPipeError, OSError):
        return  # the child ended; its last messages are still in the data pipe
    finally:
        control.close()


class ProcessWorker(QObject):
    """Work running in child processes; :meth:`running` lists the live ones (none may outlive a window)."""

    _all: "weakref.WeakSet[ProcessWorker]" = weakref.WeakSet()

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        ProcessWorker._all.add(self)

    @classmethod
    def running(cls) -> list["ProcessWorker"]:
        """Workers of this class whose processes are still alive (tests check none is left)."""
        return [worker for worker in list(ProcessWorker._all) if isinstance(worker, cls) and worker.alive]

    @property
    def alive(self) -> bool:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` for the end, delivering the last messages; False on a time-out."""
        raise NotImplementedError


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
    finished = Signal(object)  # Outcome, after the last Progress

    def __init__(self, job: Job, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._done = False
        self._pacer = UpdatePacer()
        self._child = ChildProcess("visualnet.app.training_process", job, niceness=TRAINING_NICENESS, parent=self)
        self._child.messageReceived.connect(self._deliver)
        self._child.ended.connect(self._on_child_ended)

    @property
    def alive(self) -> bool:
        return self._child.alive

    def pause(self) -> None:
        self._child.send("pause")

    def resume(self) -> None:
        self._child.send("resume")

    def step_once(self) -> None:
        self._child.send("step")

    def stop(self) -> None:
        self._child.send(STOP)

    def _on_child_ended(self) -> None:
        self._deliver(Outcome("stopped", None))  # the child died: keep what was received

    def _deliver(self, message: object) -> None:
        if isinstance(message, Progress):
            interval = self._pacer.update(time.perf_counter(), time.thread_time())
            if interval is not None:
                self._child.send(("interval", interval))
            self.progressed.emit(message)
            return
        if isinstance(message, Paused):
            self.paused.emit(message.iteration)
            return
        self._done = True
        self._child.close()
        self.finished.emit(message)

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` for the end, delivering the last messages; False on a time-out.

        On a time-out the child is killed: closing the window must not hang on it.
        """
        if read_until([self._child], lambda: self._done, msecs):
            return True
        self._child.close(kill=True)
        self._deliver(Outcome("stopped", None))
        return False

"""Training off the GUI: a child process runs the engine, the GUI thread only reads its messages.

A thread would share the GIL: a tiny network's Python-bound steps then starve the GUI (stalls of
hundreds of milliseconds were measured) and the GUI's slots slow training down. A process has
neither problem. Its messages (see :mod:`training_process`) arrive on a pipe; a
QSocketNotifier wakes the GUI thread when one is there, so nothing blocks and no thread is
needed on this side.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import weakref
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from .training_process import Job, Outcome, Progress, send_job

# The child is a fresh interpreter started with two inherited pipe ends. Not multiprocessing's
# "spawn": it re-imports the parent's __main__, so any script without a main guard (a notebook,
# a quick test script) would run again in the child. Never fork: the parent has Qt in it.
_CHILD = "import sys; from visualnet.app.training_process import child_main; child_main(*map(int, sys.argv[1:]))"
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def _start_child() -> tuple[subprocess.Popen, Connection, Connection]:
    """The child process and this side's ends of its pipes: (data to read, control to write)."""
    data_read, data_write = os.pipe()
    control_read, control_write = os.pipe()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
    try:
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(data_write), str(control_read)],
                                 pass_fds=(data_write, control_read), env=env, stdin=subprocess.DEVNULL)
    finally:
        os.close(data_write)
        os.close(control_read)
    return child, Connection(data_read, writable=False), Connection(control_write, readable=False)


class TrainingProcess(QObject):
    """One training job in a child process, with the controls and signals a session needs."""

    progressed = Signal(object)  # Progress
    finished = Signal(object)  # Outcome, after the last Progress

    _all: "weakref.WeakSet[TrainingProcess]" = weakref.WeakSet()

    @classmethod
    def running(cls) -> list["TrainingProcess"]:
        """Jobs whose process is still alive: none may be left when a window closes (tests check)."""
        return [job for job in list(cls._all) if job.alive]

    def __init__(self, job: Job, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._process, self._data, control = _start_child()
        # The job (the data: 20 MB for the course's cat images) and then the commands go out in
        # order from a small thread: writing to the pipe blocks until the child, still importing
        # NumPy, reads it, and the GUI thread must not wait for that.
        self._outbox: "queue.SimpleQueue[object]" = queue.SimpleQueue()
        self._outbox.put(job)
        threading.Thread(target=_send_all, args=(self._outbox, control), daemon=True,
                         name="visualnet-training-commands").start()
        self._done = False
        self._notifier = QSocketNotifier(self._data.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        TrainingProcess._all.add(self)

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    def _command(self, name: str) -> None:
        if not self._done:
            self._outbox.put(name)

    def pause(self) -> None:
        self._command("pause")

    def resume(self) -> None:
        self._command("resume")

    def step_once(self) -> None:
        self._command("step")

    def stop(self) -> None:
        self._command("stop")

    def _read(self) -> None:
        """Deliver every message waiting in the pipe (GUI thread)."""
        while not self._done and self._data.poll():
            try:
                message = self._data.recv()
            except (EOFError, OSError):
                message = Outcome("stopped", None)  # the child died: keep what was received
            self._deliver(message)

    def _deliver(self, message: object) -> None:
        if isinstance(message, Progress):
            self.progressed.emit(message)
            return
        self._done = True
        self._outbox.put("stop")  # lets the command thread end
        self._notifier.setEnabled(False)
        try:
            self._process.wait(1.0)
        except subprocess.TimeoutExpired:
            self._process.kill()
        self._data.close()
        self.finished.emit(message)

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` for the end, delivering the last messages; False on a time-out.

        On a time-out the child is terminated: closing the window must not hang on it.
        """
        deadline = time.monotonic() + msecs / 1000
        while not self._done:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self._data.poll(remaining):
                break
            self._read()
        if not self._done:
            self._process.kill()
            self._deliver(Outcome("stopped", None))
            return False
        return True


def _send_all(outbox: "queue.SimpleQueue[object]", control: Connection) -> None:
    """Send the job, then each command, until "stop" or until the child has gone."""
    while True:
        message = outbox.get()
        try:
            if isinstance(message, Job):
                send_job(control, message)
            else:
                control.send(message)
        except (BrokenPipeError, OSError):
            return  # the child ended; its last messages are still in the data pipe
        if message == "stop":
            return

"""The app's side of a child process: start it, send it its job and commands, turn its replies into signals.

Children are started the same way on Windows, macOS and Linux: ``subprocess`` with the child's
stdin and stdout as the channel, ``python -m visualnet.app.processes.child`` as the entry point.
Two small threads per child do the blocking: one writes the job (for training, 20 MB of the
course's cat images) and then each command, the other reads replies into a queue and wakes the
GUI thread, which only ever takes what is already there. A child that ends without its last word
(killed, crashed, out of memory) is reported as ``Failed("died", how)`` the moment its stdout
closes. Priority is lowered where the OS offers it: a nice value on macOS and Linux, the
below-normal class on Windows.
"""
from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import weakref
from functools import partial
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

import psutil
from PySide6.QtCore import QObject, Signal

from .channel import Channel, Inbox
from .messages import Failed

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[3])
_END = object()  # tells the command thread to close the child's stdin and end


def available_memory() -> int:
    """Bytes a new process can take without swapping, as the OS counts them (the same call on every OS)."""
    return int(psutil.virtual_memory().available)


def exit_description(returncode: Optional[int]) -> str:
    """How a process ended, in the terms its OS uses: a signal on POSIX, an exit code everywhere."""
    if returncode is None:
        return "still running"
    if returncode < 0:
        return f"killed by signal {-returncode}"
    return f"exit code {returncode}"


def _start(module: str, env: Mapping[str, str], niceness: int) -> subprocess.Popen:
    path = os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))
    below_normal = getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)  # Windows only; elsewhere the child's nice
    return subprocess.Popen([sys.executable, "-m", "visualnet.app.processes.child", module, str(niceness)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                            env={**os.environ, "PYTHONPATH": path, **env},
                            creationflags=below_normal if niceness > 0 else 0)


class ChildProcess(QObject):
    """One child interpreter: its job goes out first, then each :meth:`send`; its replies come in as signals.

    ``env`` is added to the child's environment; ``niceness`` lowers its priority (0: the GUI's own).
    """

    messageReceived = Signal(object)
    ended = Signal(object)  # Failed("died", how): the child ended before close() was called
    _arrived = Signal()  # from the reading thread: something waits in the inbox

    def __init__(self, module: str, job: Any, env: Optional[Mapping[str, str]] = None, niceness: int = 0,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._process = _start(module, env or {}, niceness)
        channel = Channel(self._process.stdout, self._process.stdin)
        self._commands: "queue.SimpleQueue[object]" = queue.SimpleQueue()
        self._bell = _Doorbell(self._arrived.emit)
        self.reading = True
        self._arrived.connect(self._read)
        # deleted with its owner (a panel, a window) while still running: the bell falls silent, the process goes
        self.destroyed.connect(partial(_abandon, self._process, self._commands, self._bell))
        threading.Thread(target=_send_all, args=(job, self._commands, channel), daemon=True,
                         name=f"visualnet-{module.rsplit('.', 1)[-1]}-commands").start()
        self._inbox = Inbox(channel, f"visualnet-{module.rsplit('.', 1)[-1]}-replies", self._bell.ring)

    @property
    def alive(self) -> bool:
        return self._process.poll() is None

    @property
    def pid(self) -> int:
        return self._process.pid

    def send(self, message: object) -> None:
        """Queue a command for the child (ignored once reading has ended)."""
        if self.reading:
            self._commands.put(message)

    def _read(self) -> None:
        """Deliver every reply already in the inbox (GUI thread)."""
        self._bell.pending.clear()
        while self.reading and self._inbox.poll():
            self._take(0)

    def _take(self, timeout: float) -> None:
        """Deliver the next reply, waiting up to ``timeout`` seconds for one."""
        try:
            message = self._inbox.recv(timeout)
        except queue.Empty:
            return
        except EOFError:  # its stdout closed: it has ended, with or without its last word
            returncode = self._wait(1.0)
            self.close()
            self.ended.emit(Failed("died", exit_description(returncode), returncode))
            return
        self.messageReceived.emit(message)

    def _wait(self, seconds: float) -> Optional[int]:
        try:
            return self._process.wait(seconds)
        except subprocess.TimeoutExpired:
            return None

    def close(self, kill: bool = False) -> None:
        """Stop reading and reap the child: it has ended or is about to (or is killed after a second)."""
        if not self.reading:
            return
        self.reading = False
        self._commands.put(_END)  # its stdin closes: a child waiting for a command ends
        if kill:
            self._process.kill()
        if self._wait(1.0) is None:
            self._process.kill()
            self._process.wait()
        self._inbox.thread.join(1.0)  # its stdout is closed by now; the reader has ended


class _Doorbell:
    """How a reading thread wakes the GUI thread: a queued signal, once per batch of replies, and never
    once its QObject is being destroyed (a signal emitted from another thread during the destruction
    would touch freed memory)."""

    def __init__(self, ring: Callable[[], None]) -> None:
        self._ring = ring
        self._lock = threading.Lock()
        self._open = True
        self.pending = threading.Event()  # rung, and the GUI thread has not read yet

    def ring(self) -> None:
        if self.pending.is_set():
            return
        with self._lock:
            if self._open:
                self.pending.set()
                self._ring()

    def silence(self) -> None:
        with self._lock:  # waits for a ring in progress to end
            self._open = False


def _abandon(process: subprocess.Popen, commands: "queue.SimpleQueue[object]", bell: _Doorbell) -> None:
    """A ChildProcess is being destroyed: silence its bell, and end its process if it still runs."""
    bell.silence()
    if process.poll() is None:
        commands.put(_END)
        process.kill()
        process.wait()


def read_until(children: Sequence[ChildProcess], done: Callable[[], bool], msecs: int) -> bool:
    """Block up to ``msecs`` delivering the children's replies until ``done()``; returns ``done()``."""
    deadline = time.monotonic() + msecs / 1000
    while not done():
        reading = [child for child in children if child.reading]
        remaining = deadline - time.monotonic()
        if not reading or remaining <= 0:
            break
        for child in reading:
            child._take(min(remaining, 0.01) / len(reading))
            child._read()
    return done()


def _send_all(job: Any, commands: "queue.SimpleQueue[object]", channel: Channel) -> None:
    """Send the job, then each command, until told to end or until the child has gone; then close its stdin."""
    try:
        channel.send(job)
        while (message := commands.get()) is not _END:
            channel.send(message)
    except (BrokenPipeError, OSError, ValueError):
        pass  # the child ended; its last replies are still in its stdout
    finally:
        channel.close_outgoing()


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

    @classmethod
    def stop_all(cls, msecs: int) -> bool:
        """Cancel every running job and wait for all of them, ``msecs`` in all; False if one had to be killed."""
        workers = cls.running()
        for worker in workers:
            worker.stop()
        deadline = time.monotonic() + msecs / 1000
        return all([worker.wait(max(0, round((deadline - time.monotonic()) * 1000))) for worker in workers])

    @property
    def alive(self) -> bool:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def wait(self, msecs: int) -> bool:
        """Block up to ``msecs`` for the end, delivering the last replies; False on a time-out (then killed)."""
        raise NotImplementedError


class OneShotWorker(ProcessWorker):
    """A job with one answer (reading a file, writing one): ``done`` carries it, or a ``Failed``.

    Cancelled, the child is ended where it is and ``done`` carries ``Failed("cancelled")``; a child
    that does not answer within :meth:`wait`'s time is ended and reported as ``Failed("died")``.
    """

    done = Signal(object)

    def __init__(self, module: str, job: Any, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.result: object = None
        self._child = ChildProcess(module, job, parent=self)
        self._child.messageReceived.connect(self._finish)
        self._child.ended.connect(self._finish)

    @property
    def alive(self) -> bool:
        return self._child.alive

    def _finish(self, result: object, kill: bool = False) -> None:
        if self.result is None:
            self.result = result
            self._child.close(kill)
            self.done.emit(result)

    def stop(self) -> None:
        self._finish(Failed("cancelled", ""), kill=True)

    def wait(self, msecs: int) -> bool:
        if read_until([self._child], lambda: self.result is not None, msecs):
            return True
        self._finish(Failed("died", "it did not answer in time"), kill=True)
        return False

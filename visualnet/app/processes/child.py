"""``python -m visualnet.app.processes.child MODULE NICENESS``: the one entry point of every child.

A fresh interpreter, started the same way on every OS: not ``fork`` (the parent holds Qt), not
multiprocessing's spawn (it re-imports the parent's ``__main__``, so a script without a main
guard would run again). The channel is the child's own stdin and stdout; anything else that
writes to stdout (a stray print, a library's warning) is sent to stderr instead, so it can never
corrupt a message. The job comes first; then ``MODULE.run(job, channel, inbox)`` does the work,
with the commands that follow arriving in ``inbox``. Whatever it raises is sent as a typed
:class:`Failed` before the child ends, so the app can say what happened. Ctrl+C in a terminal
reaches the child too: it is the app's to handle (it stops its children), so the child ignores it.
"""
from __future__ import annotations

import importlib
import os
import signal
import sys
import traceback

from ...engine.errors import ResourceLimitError, VisualnetError
from .channel import Channel, Inbox
from .messages import Failed


def lower_priority(niceness: int) -> None:
    """Let the GUI's short bursts go first. Where the OS has no nice (Windows), the parent started
    the child below normal priority already."""
    if niceness > 0 and hasattr(os, "nice"):
        os.nice(niceness)


def failure_of(error: BaseException) -> Failed:
    message = error.message if isinstance(error, VisualnetError) else None
    if isinstance(error, (MemoryError, ResourceLimitError)):  # out of memory, or refused for the memory it needs
        return Failed("memory", str(error) or "MemoryError", error=message)
    return Failed("error", f"{type(error).__name__}: {error}", error=message)


def main(module: str, niceness: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lower_priority(niceness)
    stdout_fd = os.dup(sys.stdout.fileno())
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # C-level writes to stdout go to stderr too
    sys.stdout = sys.stderr
    channel = Channel(os.fdopen(os.dup(sys.stdin.fileno()), "rb", buffering=0),
                      os.fdopen(stdout_fd, "wb", buffering=0))
    try:
        run = importlib.import_module(module).run
        job = channel.recv()
        run(job, channel, Inbox(channel))
    except (EOFError, BrokenPipeError, ConnectionError):
        pass  # the app has gone (closed, killed): end quietly instead of working on for nobody
    except BaseException as error:  # noqa: BLE001 -- told to the app, never lost on a stderr nobody reads
        traceback.print_exc()
        try:
            channel.send(failure_of(error))
        except OSError:
            pass
    sys.stderr.flush()
    # Every message is written (sends flush); the interpreter's usual teardown takes tens of
    # milliseconds with NumPy loaded, and the app waits for the end.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

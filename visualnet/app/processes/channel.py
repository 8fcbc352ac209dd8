"""The one channel between the app and a child process: framed messages over two byte streams.

A child's stdin carries the job and the commands, its stdout the replies. Plain byte streams work
the same on Windows, macOS and Linux (inherited pipe descriptors, socket notifiers on pipes and
``fork`` do not), so this is the only code path on every desktop. Both ends are our own code from
the same install, so messages are pickles (pickle is never used for files). Arrays travel out of
band (pickle protocol 5): the pickle holds their shapes, their bytes follow as raw frames, written
and read by the OS with the GIL released -- 20 MB of images or a 188 MB project never stall the
GUI thread -- and read straight into NumPy's own aligned memory. Neither end polls a pipe: a
reader thread (:class:`Inbox`) turns a stream into a queue, which can be polled anywhere.

A message is: its number of array buffers (8 bytes), the pickle, then each buffer; each of these
frames is an 8-byte length and its bytes.
"""
from __future__ import annotations

import pickle
import queue
import struct
import threading
from typing import Any, BinaryIO, Callable, Optional

import numpy as np

_LENGTH = struct.Struct("<Q")


def _read_exactly(stream: BinaryIO, view: memoryview) -> None:
    """Fill ``view`` from ``stream``; EOFError when the other end has gone first."""
    done = 0
    while done < len(view):
        n = stream.readinto(view[done:])
        if not n:
            raise EOFError("the other end of the channel closed")
        done += n


def encode(message: object, snapshot: bool = False) -> list[memoryview]:
    """The frames of ``message``. Its arrays' bytes are the arrays' own memory, not copies, unless
    ``snapshot``: then they are copied now, so the message keeps the values it has at this moment."""
    buffers: list[pickle.PickleBuffer] = []
    data = pickle.dumps(message, protocol=5, buffer_callback=None if snapshot else buffers.append)
    return [memoryview(_LENGTH.pack(len(buffers))), memoryview(data), *(b.raw() for b in buffers)]


class Channel:
    """Messages in from ``incoming`` and out to ``outgoing``; sends are whole even from several threads."""

    def __init__(self, incoming: Optional[BinaryIO], outgoing: Optional[BinaryIO]) -> None:
        self._in, self._out = incoming, outgoing
        self._send_lock = threading.Lock()

    def send_frames(self, frames: list[memoryview]) -> None:
        with self._send_lock:
            for frame in frames:
                view = frame.cast("B")
                self._out.write(_LENGTH.pack(len(view)))
                done = 0
                while done < len(view):  # an unbuffered write may take only part (the GIL is free meanwhile)
                    done += self._out.write(view[done:]) or 0
            self._out.flush()

    def send(self, message: object) -> None:
        self.send_frames(encode(message))

    def _frame(self) -> np.ndarray:
        header = bytearray(_LENGTH.size)
        _read_exactly(self._in, memoryview(header))
        # NumPy allocates large arrays aligned and asks the kernel for huge pages; an array on top of
        # other memory would have neither, and the course's products over X ran ~5% slower on it.
        frame = np.empty(_LENGTH.unpack(header)[0], dtype=np.uint8)
        _read_exactly(self._in, memoryview(frame))
        return frame

    def recv(self) -> Any:
        count = _LENGTH.unpack(self._frame().tobytes())[0]
        data = self._frame()
        buffers = [memoryview(self._frame()) for _ in range(count)]
        return pickle.loads(data, buffers=buffers)

    def close_incoming(self) -> None:
        _close(self._in)

    def close_outgoing(self) -> None:
        with self._send_lock:
            _close(self._out)


def _close(stream: Optional[BinaryIO]) -> None:
    if stream is not None:
        try:
            stream.close()
        except OSError:
            pass


_CLOSED = object()  # queued once the stream has ended


class Inbox:
    """The messages of ``channel``, read by a thread into a queue: ``poll`` never blocks, on any OS.

    ``on_message`` is called (on the reading thread) after each message and at the end. When the
    stream ends, the inbox closes it.
    """

    def __init__(self, channel: Channel, name: str = "visualnet-inbox",
                 on_message: Optional[Callable[[], None]] = None) -> None:
        self._queue: "queue.SimpleQueue[object]" = queue.SimpleQueue()
        self._channel = channel
        self._on_message = on_message or (lambda: None)
        self.thread = threading.Thread(target=self._read, name=name, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        try:
            while True:
                self._queue.put(self._channel.recv())
                self._on_message()
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):  # closed, died, or cut mid-message
            self._queue.put(_CLOSED)
            self._channel.close_incoming()
            self._on_message()

    def poll(self) -> bool:
        """Whether :meth:`recv` would return (or raise EOFError) at once."""
        return not self._queue.empty()

    def recv(self, timeout: Optional[float] = None) -> object:
        """The next message; EOFError once the stream has ended, queue.Empty after ``timeout`` seconds."""
        message = self._queue.get(timeout=timeout)
        if message is _CLOSED:
            self._queue.put(_CLOSED)  # and for every later call
            raise EOFError("the other end of the channel closed")
        return message


class Outbox:
    """Messages to the app, written by a thread: the sender's loop never waits for the app to read.

    A progress message carries the parameters (2 MB for the course's network) and a pipe holds
    64 kB, so a direct send waited until the GUI thread, perhaps busy painting, had read it all:
    4% of the course's training time. Messages are pickled at once (the parameters change after)
    and written in order; while one is still being written, :attr:`busy` tells the loop to keep
    collecting instead of queueing more, so an app that reads slowly never piles up copies. A write
    that fails (the app has gone) is raised by the next :meth:`put` or by :meth:`close`.
    """

    def __init__(self, channel: Channel) -> None:
        self._channel = channel
        self._queue: "queue.SimpleQueue[Optional[list[memoryview]]]" = queue.SimpleQueue()
        self._unwritten = 0  # messages put and not yet written
        self._count_lock = threading.Lock()
        self._error: Optional[OSError] = None
        self._writer = threading.Thread(target=self._write, name="visualnet-outbox", daemon=True)
        self._writer.start()

    @property
    def busy(self) -> bool:
        return self._unwritten > 0

    def put(self, message: object) -> None:
        if self._error is not None:
            raise self._error
        with self._count_lock:
            self._unwritten += 1
        self._queue.put(encode(message, snapshot=True))

    def close(self) -> None:
        """Wait until every message is written."""
        self._queue.put(None)
        self._writer.join()
        if self._error is not None:
            raise self._error

    def _write(self) -> None:
        while (frames := self._queue.get()) is not None:
            try:
                self._channel.send_frames(frames)
            except OSError as error:  # BrokenPipeError: nobody reads any more
                self._error = error
                return
            finally:
                with self._count_lock:
                    self._unwritten -= 1

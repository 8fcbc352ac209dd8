"""The one channel between the app and a child process: framed messages over two byte streams.

A child's stdin carries the job and the commands, its stdout the replies. Plain byte streams work
the same on Windows, macOS and Linux (inherited pipe descriptors, socket notifiers on pipes and
``fork`` do not), so this is the only code path on every desktop. Each message is an 8-byte
length and its bytes: a pickle for small messages (both ends are our own code, from the same
install; pickle is never used for files), raw bytes for arrays. Neither end polls a pipe: a
reader thread (:class:`Inbox`) turns a stream into a queue, which can be polled anywhere.
"""
from __future__ import annotations

import pickle
import queue
import struct
import threading
from dataclasses import dataclass, fields
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


class Channel:
    """Messages in from ``incoming`` and out to ``outgoing``; sends are whole even from several threads."""

    def __init__(self, incoming: Optional[BinaryIO], outgoing: Optional[BinaryIO]) -> None:
        self._in, self._out = incoming, outgoing
        self._send_lock = threading.Lock()

    def send_bytes(self, data: "bytes | memoryview") -> None:
        view = memoryview(data).cast("B")
        with self._send_lock:
            self._out.write(_LENGTH.pack(len(view)))
            done = 0
            while done < len(view):  # an unbuffered write may take only part (the GIL is free meanwhile)
                done += self._out.write(view[done:]) or 0
            self._out.flush()

    def send(self, message: object) -> None:
        self.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def _length(self) -> int:
        header = bytearray(_LENGTH.size)
        _read_exactly(self._in, memoryview(header))
        return _LENGTH.unpack(header)[0]

    def recv_bytes(self) -> bytes:
        data = bytearray(self._length())
        _read_exactly(self._in, memoryview(data))
        return bytes(data)

    def recv_bytes_into(self, buffer: memoryview) -> None:
        n = self._length()
        if n != len(buffer):
            raise EOFError(f"expected {len(buffer)} bytes, the channel holds {n}")
        _read_exactly(self._in, buffer)

    def recv(self) -> Any:
        return pickle.loads(self.recv_bytes())

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


@dataclass(frozen=True)
class _WithArrays:
    """The head of a dataclass sent with its arrays apart: its type, its other fields, the arrays' shapes."""

    kind: type
    values: dict
    specs: dict


def send_with_arrays(channel: Channel, message: Any) -> None:
    """Send a dataclass (a job, a loaded dataset): a small pickled head, then each array field as raw bytes.

    Pickling 20 MB of images would hold the sender's GIL for tens of milliseconds, and the GUI
    would stall; raw bytes are written by the OS with the GIL released. The receiver builds the
    dataclass again, so its own checks run on the arrays that arrived.
    """
    values = {f.name: getattr(message, f.name) for f in fields(message) if f.init}
    arrays = {name: np.ascontiguousarray(v) for name, v in values.items() if isinstance(v, np.ndarray)}
    channel.send(_WithArrays(type(message), {k: v for k, v in values.items() if k not in arrays},
                             {name: (a.shape, a.dtype.str) for name, a in arrays.items()}))
    for a in arrays.values():
        channel.send_bytes(_bytes_of(a))


def _bytes_of(array: np.ndarray) -> memoryview:
    """The bytes of a C-contiguous array, as a flat view (empty arrays included, which memoryview.cast refuses)."""
    return memoryview(array.reshape(-1).view(np.uint8))


def receive(channel: Channel) -> Any:
    """The next message; one sent by :func:`send_with_arrays` comes with each array read straight into
    an array of NumPy's own.

    NumPy allocates large arrays aligned and asks the kernel for huge pages; an array on top of
    the received bytes would have neither, and the course's products over X ran ~5% slower on it.
    """
    message = channel.recv()
    if not isinstance(message, _WithArrays):
        return message
    arrays = {}
    for name, (shape, dtype) in message.specs.items():
        array = arrays[name] = np.empty(shape, dtype=np.dtype(dtype))
        channel.recv_bytes_into(_bytes_of(array))
    return message.kind(**message.values, **arrays)


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
                self._queue.put(receive(self._channel))
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
        self._queue: "queue.SimpleQueue[Optional[bytes]]" = queue.SimpleQueue()
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
        self._queue.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        """Wait until every message is written."""
        self._queue.put(None)
        self._writer.join()
        if self._error is not None:
            raise self._error

    def _write(self) -> None:
        while (data := self._queue.get()) is not None:
            try:
                self._channel.send_bytes(data)
            except OSError as error:  # BrokenPipeError: nobody reads any more
                self._error = error
                return
            finally:
                with self._count_lock:
                    self._unwritten -= 1

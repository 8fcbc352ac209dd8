"""Exceptions the engine raises for bad input, each a code and its values.

Every message is written for a student: it names what was wrong, the value that was given and,
where it helps, what would be right. An error carries a :class:`Message` -- a code such as
``"dataset.empty"`` and the values it names -- so the app can say it in the user's language
(``visualnet/app/error_texts.py``), while ``str(error)`` stays a readable English sentence for
scripts and notebooks (the templates are in :mod:`.messages`). Each class is also a ``ValueError``
(or ``ImportError``) that plain scripts can catch the usual way.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .messages import MESSAGES


def format_bytes(n: int) -> str:
    """``n`` bytes in the largest binary unit that keeps a number >= 1, e.g. ``"7.3 TiB"``."""
    if n < 1024:
        return f"{n:,} bytes"
    value = n / 1024
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        if value < 1024:
            return f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} PiB"


@dataclass(frozen=True)
class Bytes:
    """A size in bytes inside a message: English shows "7.3 GiB" (or every byte, when ``exact``),
    and the app shows it in the user's units and digit grouping."""

    n: int
    exact: bool = False

    def __format__(self, spec: str) -> str:
        return f"{self.n:,} bytes" if self.exact else format_bytes(self.n)


@dataclass(frozen=True)
class Message:
    """Something the engine says: a code of :data:`.messages.MESSAGES` and the values it names.

    A value may itself be a Message (the reason inside a larger one, or a phrase such as "reading
    the file"); values are plain data (text, numbers, tuples, lists, :class:`Bytes`), so a Message
    crosses to the app's process in a pickle.
    """

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return MESSAGES[self.code].format(**self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def say(code: str, /, **values: Any) -> Message:
    """The Message ``code`` with ``values``: a phrase or reason that goes inside an error's message."""
    return Message(code, values)


class VisualnetError(Exception):
    """Base of every error the engine raises on purpose: ``VisualnetError("code", name=value, ...)``."""

    def __init__(self, code: str, /, **values: Any) -> None:
        self.message = Message(code, values)
        super().__init__(str(self.message))

    @classmethod
    def of(cls, message: Message) -> "VisualnetError":
        """This kind of error saying ``message`` (another error's, when one kind is told as another)."""
        return cls(message.code, **message.values)

    def __reduce__(self) -> tuple:
        return type(self).of, (self.message,)


class ArchitectureError(VisualnetError, ValueError):
    """A network that cannot be built: bad layer sizes, unknown activation, loss/output mismatch."""


class ShapeError(VisualnetError, ValueError):
    """An array whose shape does not fit the network (X rows, Y rows, parameter shapes)."""


class LabelError(VisualnetError, ValueError):
    """Labels that do not fit the task (e.g. a 3 in binary labels, Y not one-hot for softmax)."""


class DatasetError(VisualnetError, ValueError):
    """A dataset that cannot be used: empty, unknown name, inconsistent sizes."""


class FileFormatError(VisualnetError, ValueError):
    """A file that is corrupt, truncated, of the wrong kind, pickled or from a newer version."""


class ProjectError(FileFormatError):
    """A project file that cannot be opened or saved, for any reason, limits included.

    The app opens projects in one place and shows one kind of message, so every refusal of a
    project -- damaged, hostile, too large, from a newer visualnet -- is this one class.
    """


class ResourceLimitError(VisualnetError, ValueError):
    """Work or data that would need more memory than the configured limit allows."""


class MissingDependencyError(VisualnetError, ImportError):
    """An optional package (h5py, Pillow) needed for one file format is not installed."""

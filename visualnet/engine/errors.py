"""Exceptions the engine raises for bad input.

Every message is written for a student: it names what was wrong, the value that was given and,
where it helps, what would be right. The app shows ``str(error)`` as it is, so each class is
also a ``ValueError`` (or ``OSError`` for files) that plain scripts can catch the usual way.
"""
from __future__ import annotations


class VisualnetError(Exception):
    """Base of every error the engine raises on purpose."""


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

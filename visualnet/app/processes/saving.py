"""Writing a project file, in its child: the engine's streaming, all-or-nothing save. No Qt here.

The project arrives with its arrays as raw bytes (see :mod:`.channel`), so the app's GUI thread
never packs the file; the child streams it to disk array by array, so neither process holds the
file in memory as well as the project.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...engine.errors import VisualnetError
from ...engine.project import Project, save_project
from .channel import Channel, Inbox
from .messages import Failed


@dataclass(frozen=True)
class SaveJob:
    path: str
    project: Project


@dataclass(frozen=True)
class Saved:
    """The file is complete at ``path`` (it was renamed over the old one only then)."""

    path: str


def run(job: SaveJob, channel: Channel, inbox: Inbox) -> None:
    try:
        save_project(job.path, job.project)
    except MemoryError as error:
        channel.send(Failed("memory", str(error) or "MemoryError"))
    except (VisualnetError, OSError) as error:
        text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        channel.send(Failed("file", text, error=error.message if isinstance(error, VisualnetError) else None))
    else:
        channel.send(Saved(job.path))

"""Saving a project on the app's side: one child per save, which the window waits for only when closing."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject

from ...engine.project import Project
from .host import OneShotWorker
from .saving import SaveJob


class ProjectSaver(OneShotWorker):
    """Writes ``project`` to ``path`` in a child; ``done`` carries Saved(path) or Failed(kind, reason).

    Cancelled or failed, the file keeps what it held before: the write is atomic.
    """

    def __init__(self, path: str, project: Project, parent: Optional[QObject] = None) -> None:
        super().__init__("visualnet.app.processes.saving", SaveJob(path, project), parent)
        self.path = path

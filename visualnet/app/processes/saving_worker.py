"""Saving a project on the app's side: one child per save, which the window waits for only when closing."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Signal

from ...engine.project import Project
from .host import ChildProcess, ProcessWorker, read_until
from .messages import Failed
from .saving import SaveJob


class ProjectSaver(ProcessWorker):
    """Writes ``project`` to ``path`` in a child; ``done`` carries Saved(path) or Failed(kind, reason)."""

    done = Signal(object)

    def __init__(self, path: str, project: Project, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.path = path
        self.result: object = None
        self._child = ChildProcess("visualnet.app.processes.saving", SaveJob(path, project), parent=self)
        self._child.messageReceived.connect(self._finish)
        self._child.ended.connect(self._finish)

    @property
    def alive(self) -> bool:
        return self._child.alive

    def _finish(self, result: object) -> None:
        if self.result is None:
            self.result = result
            self._child.close()
            self.done.emit(result)

    def stop(self) -> None:
        """Cancel: the child ends where it is; the file keeps what it held before (the write is atomic)."""
        if self.result is None:
            self.result = Failed("cancelled", "")
            self._child.close(kill=True)
            self.done.emit(self.result)

    def wait(self, msecs: int) -> bool:
        """Wait for the file to be complete (closing the window waits for a save the user asked for)."""
        if read_until([self._child], lambda: self.result is not None, msecs):
            return True
        self._child.close(kill=True)
        self._finish(Failed("died", "did not finish in time"))
        return False

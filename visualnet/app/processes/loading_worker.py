"""Reading a dataset file on the app's side: one child per file, cancelled by ending it."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QElapsedTimer, QObject, Signal

from .host import ChildProcess, ProcessWorker, read_until
from .loading import LoadJob
from .messages import Failed


class DatasetLoader(ProcessWorker):
    """Reads ``path`` (with ``labels_path``, for an MNIST IDX pair) in a child; ``done`` carries the result."""

    done = Signal(object)  # the Dataset, or Failed(kind, reason): "label", "file", "memory", or "died"

    MODULE = "visualnet.app.processes.loading"

    def __init__(self, path: Path, labels_path: Optional[Path], dev_fraction: float, split_seed: int,
                 options: Optional[dict] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.path, self.labels_path = path, labels_path
        self.started_at = QElapsedTimer()
        self.started_at.start()
        self.result: object = None
        job = LoadJob(str(path), str(labels_path) if labels_path is not None else None, dev_fraction, split_seed,
                      dict(options or {}))
        self._child = ChildProcess(self.MODULE, job, parent=self)
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
        """Cancel: the child is ended where it is; no result follows."""
        if self.result is None:
            self.result = Failed("cancelled", "")
            self._child.close(kill=True)

    def wait(self, msecs: int) -> bool:
        if read_until([self._child], lambda: self.result is not None, msecs):
            return True
        self.stop()
        return False

"""Reading a dataset file on the app's side: one child per file, cancelled by ending it."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QElapsedTimer, QObject

from .host import OneShotWorker
from .loading import LoadJob


class DatasetLoader(OneShotWorker):
    """Reads ``path`` (with ``labels_path``, for an MNIST IDX pair) in a child; ``done`` carries the Dataset,
    or Failed(kind, reason): "label", "file", "memory", "died" or "cancelled"."""

    MODULE = "visualnet.app.processes.loading"

    def __init__(self, path: Path, labels_path: Optional[Path], dev_fraction: float, split_seed: int,
                 options: Optional[dict] = None, parent: Optional[QObject] = None) -> None:
        job = LoadJob(str(path), str(labels_path) if labels_path is not None else None, dev_fraction, split_seed,
                      dict(options or {}))
        super().__init__(self.MODULE, job, parent)
        self.path, self.labels_path = path, labels_path
        self.started_at = QElapsedTimer()
        self.started_at.start()

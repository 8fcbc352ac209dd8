"""Project files on disk: read whole and checked before anything changes, written through QSaveFile.

The engine (``engine.project``) turns a project into bytes and back and refuses a broken or
hostile file; this module adds what a desktop program needs around it: the atomic write, where
the autosave lives, and finding a dataset file that moved.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QSettings

from ..engine.datasets import Dataset, load_dataset
from ..engine.datasets.loaders import load_file
from ..engine.project import SUFFIX, Project, project_from_bytes, project_to_bytes
from .figures import save_atomically

AUTOSAVE_NAME = "autosave" + SUFFIX
MAX_RECENT = 8


def read_project(path: str) -> Project:
    """The project at ``path``; raises ProjectError (a broken or hostile file) or OSError (unreadable)."""
    data = Path(path).read_bytes()
    return project_from_bytes(data, name=Path(path).name)


def write_project(path: str, project: Project) -> Optional[str]:
    """Save atomically (the old file survives any failure); None, or the translated reason."""
    try:
        data = project_to_bytes(project)
    except ValueError as error:
        return QCoreApplication.translate("projects", "The project cannot be saved: {reason}").format(reason=error)
    return save_atomically(path, lambda device: device.write(data) == len(data))


def autosave_path(settings: QSettings) -> Path:
    """Next to the settings file: one per user, and a test's isolated settings isolate it too."""
    return Path(settings.fileName()).parent / AUTOSAVE_NAME


def dataset_candidates(saved_path: str, project_path: Optional[str]) -> list[Path]:
    """Where a project's dataset file may be: where it was, else beside the project under the same name."""
    candidates = [Path(saved_path)]
    if project_path:
        candidates.append(Path(project_path).parent / Path(saved_path).name)
    return candidates


def load_dataset_of(project: Project, project_path: Optional[str],
                    chosen: Optional[str] = None) -> tuple[Optional[Dataset], str]:
    """The project's dataset and the session key for it; (None, path) when its file cannot be found.

    ``chosen`` is a file the user picked after being told the saved one is gone. Errors of the
    file's contents (DatasetError, FileFormatError) are raised for the caller to report.
    """
    ref = project.dataset
    if ref.name is not None:
        return load_dataset(ref.name, **ref.options), ref.name
    paths = [Path(chosen)] if chosen else dataset_candidates(ref.path, project_path)
    for path in paths:
        if path.exists():
            dataset = load_file(path, **ref.options)
            return dataset, f"file:{dataset.source or path}"
    return None, ref.path


def add_recent(settings: QSettings, path: str) -> list[str]:
    """Put ``path`` first in the recent files (at most MAX_RECENT) and return the list."""
    recent = [p for p in recent_files(settings) if p != path]
    recent = [path, *recent][:MAX_RECENT]
    settings.setValue("recentFiles", recent)
    return recent


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recentFiles", [])
    if isinstance(value, str):  # QSettings gives a one-element list back as a plain string
        value = [value]
    return [str(p) for p in value] if isinstance(value, list) else []

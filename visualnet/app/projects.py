"""Project files on disk: read whole and checked before anything changes; where autosaves live.

The engine (``engine.project``) turns a project into bytes and back and refuses a broken or
hostile file, and writes it atomically (in a child process: ``processes.saving``); this module
adds what a desktop program needs around it: each window's autosave and the ones a crash left
behind, recent files, and finding a dataset file that moved.
"""
from __future__ import annotations

import itertools
import os
import re
from pathlib import Path
from typing import Optional

import psutil
from PySide6.QtCore import QSettings

from ..engine.datasets import Dataset, load_dataset
from ..engine.datasets.loaders import load_file
from ..engine.project import SUFFIX, Project, load_project
from .dataset_keys import builtin_key, file_key

AUTOSAVE_PATTERN = re.compile(r"autosave(?:-(\d+)-(\d+)-\d+)?" + re.escape(SUFFIX))  # (pid, start), or the old name
_windows = itertools.count(1)
MAX_RECENT = 8


def read_project(path: str) -> Project:
    """The project at ``path``; raises ProjectError (a broken or hostile file) or OSError (unreadable)."""
    return load_project(path, name=Path(path).name)


def _started(pid: int) -> Optional[int]:
    """When process ``pid`` started (whole seconds), or None when there is no such process."""
    try:
        return int(psutil.Process(pid).create_time())
    except psutil.Error:
        return None


def new_autosave_path(settings: QSettings) -> Path:
    """A window's own autosave, beside the settings file, named after the process that writes it.

    One per window, so two windows (or two running copies of the app) never share or delete each
    other's; the process's start time tells a crashed owner from a new process given the same id.
    """
    return (Path(settings.fileName()).parent
            / f"autosave-{os.getpid()}-{_started(os.getpid())}-{next(_windows)}{SUFFIX}")


def orphaned_autosaves(settings: QSettings) -> list[Path]:
    """Autosaves whose process is gone: work that a crash (or a kill) left behind, newest first."""
    folder = Path(settings.fileName()).parent
    found = []
    for path in folder.glob(f"autosave*{SUFFIX}") if folder.is_dir() else ():
        match = AUTOSAVE_PATTERN.fullmatch(path.name)
        if match is None:
            continue
        if match[1] is not None and _started(int(match[1])) == int(match[2]):
            continue  # its window is still open, in a process that is running
        found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


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
        return load_dataset(ref.name, **ref.options), builtin_key(ref.name, ref.options)
    paths = [Path(chosen)] if chosen else dataset_candidates(ref.path, project_path)
    for path in paths:
        if path.exists():
            dataset = load_file(path, **ref.options)
            return dataset, file_key(dataset, str(path))
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

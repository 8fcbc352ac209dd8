"""The session's keys of datasets: a built-in's name, or ``file:PATH`` (and a table's label column).

Kept apart so that every module that names a dataset (session, projects, texts, the dataset panel)
builds and reads the keys one way.
"""
from __future__ import annotations

from ..engine.datasets import Dataset

FILE_PREFIX = "file:"  # the session's keys of datasets read from files


def file_key(dataset: Dataset, path: str = "") -> str:
    """The session's key of a dataset read from a file: its path, and its label column when it is a
    table's (the same file with another label column is another dataset)."""
    key = FILE_PREFIX + (dataset.source or path or dataset.name)
    return key if dataset.label_column is None else f"{key}#label={dataset.label_column}"


def file_of(key: str) -> str:
    """The path in a key made by :func:`file_key`."""
    return key[len(FILE_PREFIX):].split("#label=")[0]

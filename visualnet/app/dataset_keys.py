"""The session's keys of datasets: a built-in's name (and its options), or ``file:PATH`` (and a table's label column).

Kept apart so that every module that names a dataset (session, projects, texts, the dataset panel)
builds and reads the keys one way.
"""
from __future__ import annotations

from ..engine.datasets import Dataset

FILE_PREFIX = "file:"  # the session's keys of datasets read from files
OPTIONS_MARK = "?"  # a built-in made with options other than its defaults: "sawtooth?k=5"


def builtin_key(name: str, options: dict[str, int]) -> str:
    """The session's key of the built-in dataset ``name`` made with whole-number ``options``."""
    if not options:
        return name
    return name + OPTIONS_MARK + "&".join(f"{option}={value}" for option, value in sorted(options.items()))


def builtin_of(key: str) -> tuple[str, dict[str, int]]:
    """The name and options in a key made by :func:`builtin_key`."""
    name, _, options = key.partition(OPTIONS_MARK)
    return name, {option: int(value) for option, value in (pair.split("=") for pair in options.split("&") if pair)}


def file_key(dataset: Dataset, path: str = "") -> str:
    """The session's key of a dataset read from a file: its path, and for a table its label column and
    whether the labels are a regression (the same file read another way is another dataset)."""
    key = FILE_PREFIX + (dataset.source or path or dataset.name)
    if dataset.label_column is None:
        return key
    return f"{key}#label={dataset.label_column}" + ("&regression" if dataset.task == "regression" else "")


def file_of(key: str) -> str:
    """The path in a key made by :func:`file_key`."""
    return key[len(FILE_PREFIX):].split("#label=")[0]

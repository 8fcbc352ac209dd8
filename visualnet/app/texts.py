"""Translated display names for things the engine names in English, and small Qt helpers.

The engine speaks English identifiers ("flower", "course"); the words a user reads for them are
listed here once, literally, so Qt's lupdate finds them and the Chinese translation covers them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker

from .dataset_keys import FILE_PREFIX, builtin_of, file_of


def dataset_names() -> dict[str, str]:
    return {
        "flower": QCoreApplication.translate("Names", "Planar flower (course)"),
        "moons": QCoreApplication.translate("Names", "Two moons"),
        "circles": QCoreApplication.translate("Names", "Circles"),
        "xor": QCoreApplication.translate("Names", "XOR"),
        "spiral": QCoreApplication.translate("Names", "Spiral"),
        "blobs": QCoreApplication.translate("Names", "Gaussian blobs"),
        "sine": QCoreApplication.translate("Names", "Sine (regression)"),
        "sawtooth": QCoreApplication.translate("Names", "Sawtooth (regression)"),
        "parity": QCoreApplication.translate("Names", "n-bit parity"),
        "digits": QCoreApplication.translate("Names", "Handwritten digits (8×8)"),
        "digit_pair": QCoreApplication.translate("Names", "Digits 0 vs 1"),
    }


def dataset_name(key: str) -> str:
    """What a user reads for a dataset key: a translated built-in name, or a file's name."""
    if key.startswith(FILE_PREFIX):
        return Path(file_of(key)).name
    name, options = builtin_of(key)
    words = dataset_names().get(name, name)
    return ", ".join([words, *(f"{option} = {value}" for option, value in options.items())])


def process_end(returncode: Optional[int]) -> str:
    """How a child process ended, in the user's words: a signal's number on POSIX, an exit code everywhere."""
    if returncode is not None and returncode < 0:
        return QCoreApplication.translate("Names", "killed by signal {n}").format(n=-returncode)
    return QCoreApplication.translate("Names", "exit code {n}").format(n=returncode)


def join_sentences(sentences: list[str]) -> str:
    """Sentences one after another, the way the language joins them (English with a space, Chinese without)."""
    joined = ""
    for sentence in sentences:
        joined = sentence if not joined else QCoreApplication.translate("Names", "{first} {second}").format(
            first=joined, second=sentence)
    return joined


def optimizer_names() -> dict[str, str]:
    return {
        "gd": QCoreApplication.translate("Names", "Gradient descent"),
        "momentum": QCoreApplication.translate("Names", "Momentum"),
        "adam": QCoreApplication.translate("Names", "Adam"),
    }


def optimizer_name(key: str) -> str:
    return optimizer_names().get(key, key)


def preset_names() -> dict[str, str]:
    return {
        "logistic": QCoreApplication.translate("Names", "Logistic regression (L = 1)"),
        "one_hidden": QCoreApplication.translate("Names", "One hidden layer (4 tanh units)"),
        "course": QCoreApplication.translate("Names", "The course's 4-layer network (20, 7, 5)"),
        "deep_narrow": QCoreApplication.translate("Names", "Deep and narrow (8 layers of 6)"),
    }


def with_blocked(obj: QObject, action: Callable[[], object]) -> None:
    """Run ``action`` with ``obj``'s signals blocked: a view following the session must not echo."""
    blocker = QSignalBlocker(obj)
    try:
        action()
    finally:
        blocker.unblock()


def init_names() -> dict[str, str]:
    """Short names of the initializations, for tables and plot titles (the engine's key stays the data)."""
    return {
        "zeros": QCoreApplication.translate("Names", "Zeros"),
        "small": QCoreApplication.translate("Names", "Small (× 0.01)"),
        "he": QCoreApplication.translate("Names", "He"),
        "xavier": QCoreApplication.translate("Names", "Xavier"),
        "course": QCoreApplication.translate("Names", "The course's (÷ √n[l-1])"),
    }


def activation_names() -> dict[str, str]:
    """Activations as a reader meets them: the course's names, and words where the key is a word or code."""
    return {
        "relu": QCoreApplication.translate("Names", "ReLU"),
        "leaky_relu": QCoreApplication.translate("Names", "leaky ReLU"),
        "tanh": QCoreApplication.translate("Names", "tanh"),
        "sigmoid": QCoreApplication.translate("Names", "sigmoid"),
        "linear": QCoreApplication.translate("Names", "linear"),
        "softmax": QCoreApplication.translate("Names", "softmax"),
    }

"""Translated display names for things the engine names in English, and small Qt helpers.

The engine speaks English identifiers ("flower", "course"); the words a user reads for them are
listed here once, literally, so Qt's lupdate finds them and the Chinese translation covers them.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker


def _t(text: str) -> str:
    return QCoreApplication.translate("Names", text)


def dataset_names() -> dict[str, str]:
    return {
        "flower": _t("Planar flower (course)"),
        "moons": _t("Two moons"),
        "circles": _t("Circles"),
        "xor": _t("XOR"),
        "spiral": _t("Spiral"),
        "blobs": _t("Gaussian blobs"),
        "parity": _t("n-bit parity"),
        "digits": _t("Handwritten digits (8×8)"),
        "digit_pair": _t("Digits 0 vs 1"),
    }


def dataset_name(key: str) -> str:
    return dataset_names().get(key, key)


def preset_names() -> dict[str, str]:
    return {
        "logistic": _t("Logistic regression (L = 1)"),
        "one_hidden": _t("One hidden layer (4 tanh units)"),
        "course": _t("The course's 4-layer network (20, 7, 5)"),
        "deep_narrow": _t("Deep and narrow (8 layers of 6)"),
    }


def with_blocked(obj: QObject, action: Callable[[], object]) -> None:
    """Run ``action`` with ``obj``'s signals blocked: a view following the session must not echo."""
    blocker = QSignalBlocker(obj)
    try:
        action()
    finally:
        blocker.unblock()

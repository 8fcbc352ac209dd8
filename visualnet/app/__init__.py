"""visualnet's Qt layer. It observes the engine's results and does no math of its own.

``MainWindow`` is imported lazily so that ``import visualnet.app`` stays cheap until a window
is really wanted.
"""
from __future__ import annotations

from typing import Any

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from .main_window import MainWindow
        return MainWindow
    raise AttributeError(name)

"""Knowing when the window has really been painted: for smoke tests, screenshots and start-up timing."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """After ``window``'s first paint, print ``first-paint`` (if asked) and close it ``quit_after`` ms later."""

    def __init__(self, window: QWidget, quit_after: Optional[int], report: bool) -> None:
        super().__init__(window)
        self._window, self._quit_after, self._report = window, quit_after, report
        # any widget of the window may be the first painted (a central widget can cover the rest)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self._window):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # the paint has finished by the next turn of the loop
        return False

    def _painted(self) -> None:
        if self._report:
            print("first-paint", flush=True)
        if self._quit_after is not None:
            QTimer.singleShot(self._quit_after, self._window.close)

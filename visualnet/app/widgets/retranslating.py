"""Switching the language without a restart: Qt sends LanguageChange, the widget sets its words again."""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin (before the Qt class) for widgets that set every visible word in ``retranslate()``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

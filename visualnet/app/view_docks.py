"""The docks each central view needs: a lesson's view gets most of the window.

The network diagram is where a student builds and trains, so it keeps every panel that fits a
1440×900 laptop (parameters and hyperparameters side by side need more room: View opens them); the pass
animation and the experiments carry their own controls and want the room, so the docks step aside
while they are shown and come back when the student leaves them. What the user shows or hides
while a view is on is remembered for that view, at the desk and in presentation mode apart (a
projector wants fewer panels), and kept in the settings.
"""
from __future__ import annotations

import json
from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

# the docks each view shows until the user changes them: at the desk, and in presentation mode
DESK = {"network": ("layersDock", "datasetDock", "trainingDock", "costDock", "weightsDock", "boundaryDock",
                    "shapesDock"), "pass": (), "experiments": ()}
PRESENTATION = {"network": ("trainingDock", "costDock", "weightsDock", "boundaryDock"), "pass": (),
                "experiments": ()}


class ViewDocks(QObject):
    """Shows, for the current view of ``tabs``, the docks remembered for it (or its defaults)."""

    def __init__(self, tabs: QTabWidget, views: dict[QWidget, str], docks: list[QDockWidget],
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.tabs, self.views, self.docks = tabs, views, docks
        self.presenting = False
        self.memory: dict[str, list[str]] = {}  # "desk:pass" -> the objectNames of the docks shown
        self._key = self.key()
        tabs.currentChanged.connect(self._on_view_changed)

    def key(self) -> str:
        view = self.views.get(self.tabs.currentWidget(), "network")
        return f"{'presentation' if self.presenting else 'desk'}:{view}"

    def shown(self) -> list[str]:
        """The docks the user has open now (a dock behind another's tab counts as open)."""
        return [dock.objectName() for dock in self.docks if not dock.isHidden()]

    def remember(self) -> None:
        """Keep what is shown now as the current view's choice."""
        self.memory[self._key] = self.shown()

    def apply(self) -> None:
        """Show the current view's docks: remembered, else its defaults."""
        self._key = self.key()
        view = self._key.split(":")[1]
        names = self.memory.get(self._key, (PRESENTATION if self.presenting else DESK)[view])
        for dock in self.docks:
            dock.setVisible(dock.objectName() in names)

    def set_presenting(self, on: bool) -> None:
        """Presentation mode has its own choices per view; the caller has restored or saved the layout."""
        self.presenting = on
        self.apply()

    def _on_view_changed(self) -> None:
        self.remember()
        self.apply()

    def to_json(self) -> str:
        return json.dumps(self.memory)

    def from_json(self, text: str) -> None:
        """The remembered choices from the settings; anything unreadable is ignored."""
        try:
            saved = json.loads(text)
        except ValueError:
            return
        if isinstance(saved, dict):
            self.memory = {key: [name for name in names if isinstance(name, str)] for key, names in saved.items()
                           if isinstance(key, str) and isinstance(names, list)}

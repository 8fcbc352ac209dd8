"""The Experiments tab: the course's cycle -- idea, code, experiment -- in one line above the experiments.

Applied deep learning, the course says, is an iterative process: have an idea, code it, run the
experiment, and let its result give the next idea. The sweep asks for the idea and keeps it with
its results; this line says where that fits before the student picks an experiment.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from .retranslating import Retranslating


class ExperimentsPage(Retranslating, QWidget):
    """``tabs`` (the sweep, the initialization comparison, the parity study, why deep) under the cycle's line."""

    def __init__(self, tabs: QTabWidget, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("experimentsPage")
        self.cycle = QLabel(self)
        self.cycle.setObjectName("experimentCycle")
        self.cycle.setTextFormat(Qt.TextFormat.RichText)
        self.cycle.setWordWrap(True)  # one line where it fits, never a wider window
        self.cycle.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        # on a small screen (1280 × 720 with the docks open) the panels scroll rather than squeeze their plots
        # flat or widen the window past the screen
        area = QScrollArea(self)
        area.setObjectName("experimentsScroll")
        area.setWidget(tabs)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.addWidget(self.cycle)
        layout.addWidget(area, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.cycle.setText(self.tr("<b>Idea → code → experiment</b>: say what you expect, run it, and let the "
                                   "result give you the next idea."))

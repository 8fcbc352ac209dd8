"""What the pyqtgraph panels share: one look for their plots, and a way to run each one alone."""
from __future__ import annotations

import sys
from typing import Callable

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from ..session import Session

BACKGROUND = "w"
FOREGROUND = "#1f2933"


def quiet_plot(parent: QWidget) -> tuple[pg.GraphicsLayoutWidget, pg.PlotItem]:
    """A white plot without pyqtgraph's own (untranslated) menus and buttons, dark axis text."""
    graphics = pg.GraphicsLayoutWidget(parent)
    graphics.setBackground(BACKGROUND)
    plot = graphics.addPlot()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen(FOREGROUND)
        plot.getAxis(side).setPen(FOREGROUND)
    return graphics, plot


def run_demo(make: Callable[[Session], QWidget], width: int, height: int,
             prepare: Callable[[Session], None] = lambda session: None) -> None:
    """Show one panel alone on a training demo session (each widget module's ``__main__``)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    demo = Session()  # the demo: digits, hidden layers 20, 7, 5
    prepare(demo)
    widget = make(demo)
    widget.resize(width, height)
    widget.show()
    demo.start_training()
    app.aboutToQuit.connect(demo.stop_training)
    sys.exit(app.exec())

"""What the pyqtgraph panels share: one look for their plots."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget


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

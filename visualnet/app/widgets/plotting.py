"""What the pyqtgraph panels share: one look for their plots."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QWidget


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
    cache_axes(plot)
    return graphics, plot


def cache_axes(plot: pg.PlotItem) -> None:
    """Let the plot's axes paint from a pixmap until their ticks or size change.

    A new curve point repaints everything under the curve, axes and their grid lines included:
    pyqtgraph replays each axis's recorded drawing, ~1.5 ms an axis, which during training was
    half the GUI's painting and took that time from the training process's BLAS threads.
    """
    for side in plot.axes:
        plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

"""A matrix drawn as a small heatmap, and the value under the pointer.

The pass animation shows every tensor it talks about as an image of its real values. A plain
painted QImage is cheap enough to swap within one frame of a step (a pyqtgraph plot per tensor
is not), and hovering reads the exact entry back from the array, not from the pixels.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..weight_images import DIVERGING

MIN_CELL_FOR_NUMBERS = (38, 15)  # pixels: small matrices (the course's toy cases) show their numbers
MAX_PIXELS = 512  # per side: a (784, 60000) batch is shown strided; hovering still reads the true entry
_LUT = pg.colormap.get(DIVERGING).getLookupTable(nPts=256, alpha=False)


def heatmap_image(values: np.ndarray) -> QImage:
    """``values`` (a matrix, a column or a scalar) as an RGB image on a symmetric diverging scale.

    White is 0, so a student sees the sign of every entry; rows and columns keep their meaning
    (row i of the image is row i of the matrix). Large arrays are strided to MAX_PIXELS a side.
    """
    matrix = np.atleast_2d(np.asarray(values))
    rows, cols = matrix.shape
    shown = matrix[::max(1, -(-rows // MAX_PIXELS)), ::max(1, -(-cols // MAX_PIXELS))]
    finite = shown[np.isfinite(shown)]
    level = float(np.abs(finite).max()) if finite.size else 0.0
    argb, _ = pg.functions.makeARGB(np.ascontiguousarray(shown, dtype=np.float32), lut=_LUT,
                                    levels=(-level, level) if level > 0 else (-1.0, 1.0))
    return pg.functions.makeQImage(argb, alpha=False, transpose=False).copy()


class Heatmap(QWidget):
    """One tensor's heatmap with its name; the tooltip gives ``name[i, j] = value`` under the pointer."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(48, 48)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.symbol = ""
        self.values: np.ndarray = np.zeros((0, 0))
        self._image = QImage()

    def set_tensor(self, symbol: str, values: np.ndarray) -> None:
        self.symbol = symbol
        self.values = np.atleast_2d(values)
        self._image = heatmap_image(self.values)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(140, 110)

    def _target(self) -> QRect:
        """Where the matrix is drawn: the widget, keeping each entry's aspect but at least 2 px a side."""
        rows, cols = self.values.shape if self.values.size else (1, 1)
        area = self.rect().adjusted(1, 1, -1, -1)
        cell = min(area.width() / cols, area.height() / rows)
        w, h = max(2, round(cell * cols)), max(2, round(cell * rows))
        if cell < 1:  # a very wide or tall matrix fills the box instead of a one-pixel line
            w, h = area.width(), area.height()
        return QRect(area.x(), area.y(), min(w, area.width()), min(h, area.height()))

    def entry_at(self, point: QPoint) -> Optional[tuple[int, int]]:
        """The (row, column) of the matrix under ``point``, or None outside it."""
        target = self._target()
        if not self.values.size or not target.contains(point):
            return None
        rows, cols = self.values.shape
        i = min(rows - 1, (point.y() - target.y()) * rows // max(1, target.height()))
        j = min(cols - 1, (point.x() - target.x()) * cols // max(1, target.width()))
        return int(i), int(j)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self._target()
        if not self._image.isNull():
            painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        self._paint_numbers(painter, target)

    def _paint_numbers(self, painter: QPainter, target: QRect) -> None:
        """Write each entry in its cell when the cells are big enough to read (a scalar, a small W)."""
        if not self.values.size:
            return
        rows, cols = self.values.shape
        w, h = target.width() / cols, target.height() / rows
        if w < MIN_CELL_FOR_NUMBERS[0] or h < MIN_CELL_FOR_NUMBERS[1]:
            return
        finite = self.values[np.isfinite(self.values)]
        level = float(np.abs(finite).max()) if finite.size else 0.0
        font = painter.font()
        font.setPointSizeF(max(7.0, min(11.0, h * 0.45)))
        painter.setFont(font)
        for i in range(rows):
            for j in range(cols):
                value = float(self.values[i, j])
                strong = level > 0 and abs(value) > 0.6 * level  # white on the saturated ends of the scale
                painter.setPen(QColor("#ffffff") if strong else QColor("#1e1e1e"))
                cell = QRectF(target.x() + j * w, target.y() + i * h, w, h)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{value:.3g}")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(event.position().toPoint())
        if entry is None:
            QToolTip.hideText()
            return
        i, j = entry
        QToolTip.showText(event.globalPosition().toPoint(), f"{self.symbol}[{i}, {j}] = {self.values[i, j]:.6g}", self)

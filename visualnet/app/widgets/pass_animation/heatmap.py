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
from PySide6.QtWidgets import QToolTip, QWidget

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


def picture_image(x: np.ndarray, image_shape: tuple[int, ...]) -> QImage:
    """One example's features as the picture they are: grey levels (or colours), darkest to lightest
    value of the example, rows of the picture from the features in C order (as the loaders flatten)."""
    picture = np.asarray(x, dtype=np.float64).reshape(image_shape)
    low, high = float(picture.min()), float(picture.max())
    grey = np.zeros_like(picture) if high <= low else (picture - low) / (high - low)
    pixels = np.ascontiguousarray(np.round(grey * 255).astype(np.uint8))
    if pixels.ndim == 3 and pixels.shape[2] == 1:
        pixels = np.ascontiguousarray(pixels[:, :, 0])
    if pixels.ndim == 2:
        h, w = pixels.shape
        return QImage(pixels.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
    h, w = pixels.shape[:2]
    rgb = np.ascontiguousarray(pixels[:, :, :3])
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class Heatmap(QWidget):
    """One tensor's heatmap; the tooltip gives ``name[i, j] = value`` under the pointer.

    Every entry is a square ``cell`` pixels wide, the same for every matrix of a step (the panel
    sets it), so a (10, 5) matrix is twice as tall as it is wide and heights compare like n[l].
    A batch too wide to draw shows its first ``BATCH_COLUMNS`` examples and a dashed edge saying
    how many there are.
    """

    BATCH_COLUMNS = 32

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.symbol = ""
        self.values: np.ndarray = np.zeros((0, 0))
        self.batch = False  # columns are examples (A, Z, dA, dZ, X, Y): may be cut to BATCH_COLUMNS
        self.cell = 8.0
        self._image = QImage()

    def set_tensor(self, symbol: str, values: np.ndarray, batch: bool) -> None:
        self.symbol, self.batch = symbol, batch
        self.values = np.atleast_2d(values)
        self._image = heatmap_image(self.values[:, :self.shown_columns()])
        self._resize()

    def shown_columns(self) -> int:
        columns = self.values.shape[1] if self.values.size else 1
        return min(columns, self.BATCH_COLUMNS) if self.batch else columns

    @property
    def cut(self) -> bool:
        """Whether only the first columns of a batch are drawn."""
        return self.batch and self.values.shape[1] > self.BATCH_COLUMNS

    def edge_width(self) -> int:
        """Room right of a cut batch for its "… m = 1437" edge."""
        return self.fontMetrics().horizontalAdvance(self._edge_text()) + 6 if self.cut else 0

    def _edge_text(self) -> str:
        return f"… m = {self.values.shape[1]:,}"

    def set_cell(self, cell: float) -> None:
        if cell != self.cell:
            self.cell = cell
            self._resize()

    def drawn_size(self) -> tuple[float, float]:
        """The matrix's width and height on screen, in pixels: its shown columns and rows times the cell."""
        rows = self.values.shape[0] if self.values.size else 1
        return self.shown_columns() * self.cell, rows * self.cell

    def sizeHint(self) -> QSize:
        width, height = self.drawn_size()
        return QSize(max(2, round(width)) + self.edge_width(), max(2, round(height)) + 1)

    def minimumSizeHint(self) -> QSize:
        return QSize(2, 2)  # the panel sizes the cells to its room; the heatmaps must never hold it open

    def _resize(self) -> None:
        self.updateGeometry()
        self.update()

    def _target(self) -> QRect:
        width, height = self.drawn_size()
        return QRect(0, 0, max(2, round(width)), max(2, round(height)))

    def entry_at(self, point: QPoint) -> Optional[tuple[int, int]]:
        """The (row, column) of the matrix under ``point``, or None outside it."""
        target = self._target()
        if not self.values.size or not target.contains(point):
            return None
        rows, columns = self.values.shape[0], self.shown_columns()
        i = min(rows - 1, point.y() * rows // max(1, target.height()))
        j = min(columns - 1, point.x() * columns // max(1, target.width()))
        return int(i), int(j)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self._target()
        if not self._image.isNull():
            painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        if self.cut:
            pen = QPen(QColor("#444444"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(target.right(), target.top(), target.right(), target.bottom())
            painter.setPen(QColor("#1e1e1e"))
            painter.drawText(QRect(target.right() + 4, target.top(), self.edge_width(), target.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._edge_text())
        self._paint_numbers(painter, target)

    def _paint_numbers(self, painter: QPainter, target: QRect) -> None:
        """Write each entry in its cell when the cells are big enough to read (a scalar, a small W)."""
        if not self.values.size or self.cut:
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


def common_cell(sizes: list[tuple[int, int, int, int]], width: float, height: float, largest: float = 40.0) -> float:
    """The one cell size (pixels per entry) at which every matrix of a step fits side by side.

    ``sizes`` are, per matrix, (rows, shown columns, the least width its cell needs for its caption,
    the width its cut edge needs); the matrices share ``width`` and each is at most ``height`` tall.
    Found by bisection: the widths grow with the cell, piecewise linearly.
    """
    if not sizes:
        return largest
    low, high = 0.0, min(largest, height / max(rows for rows, _, _, _ in sizes))

    def total(cell: float) -> float:
        return sum(max(caption, columns * cell + edge) for _, columns, caption, edge in sizes)

    if total(high) <= width:
        return high
    for _ in range(30):
        middle = (low + high) / 2
        low, high = (middle, high) if total(middle) <= width else (low, middle)
    return low

"""The diagram's items: one per layer (its units, labels and highlight), one per pair of layers (its edges).

One item per layer, not one per unit or text: the items are made anew on every resize and edit, and a
few hundred small items took longer than a frame to create. Their looks change only through the
setters the view calls (:meth:`LayerItem.set_means`, :meth:`EdgeItem.set_classes`, ``set_state``).

A training update must cost the GUI thread little (issue #15: < 5 ms at L = 12), so what it changes is
all that is painted again: a layer repaints the units whose colour changed, and only their fills (the
outlines and labels are a cached picture); the edges of a pair repaint only when a class changed.
"""
from __future__ import annotations

from functools import partial
from typing import Callable, Iterable, NamedTuple, Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent,
                               QStyleOptionGraphicsItem, QWidget)

LEVELS = 3  # size classes of an edge: width 1, 2, 3 pixels
DIVERGING = pg.colormap.get("CET-D1")  # blue - white - red, as the weight images: red > 0, blue < 0, white 0
TEXT = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
BACKGROUND = QColor("#ffffff")
NEUTRAL = QColor("#e3e6ea")  # inputs: they do not change while training, their colour would say nothing
OUTLINE = {"input": QColor("#59626e"), "hidden": QColor("#2c4a6b"), "output": QColor("#8a4a0f")}
ZERO_EDGE = QColor("#c9d1da")  # a weight of exactly 0
BUNDLE = QColor("#eef1f4")  # the edges of the units not drawn, as one band
PILL = QColor(255, 255, 255, 235)
PILL_EDGE = QColor("#8593a3")
ACCENT = QColor("#1971c2")
SELECTED_FILL = QColor(25, 113, 194, 40)
HOVERED_FILL = QColor(25, 113, 194, 18)
UNIT_PEN_W, SELECTED_PEN_W = 1.5, 3.0
CHOSEN_GAP = 4.0  # between a unit and the ring that marks it chosen


SCALE = [QColor(*rgba) for rgba in DIVERGING.getLookupTable(nPts=255, alpha=True)]  # looked up, not interpolated:
# pyqtgraph's ColorMap.map took 30 µs a value, a third of a live update at L = 12


def scale_indices(values: np.ndarray | float, level: float) -> np.ndarray:
    """Where ``values`` fall on the diverging scale from -level (blue) to +level (red): indices into SCALE,
    all at once (a layer's units in one step), and -1 for NaN, which no colour of the scale may claim."""
    position = np.clip(0.5 + 0.5 * np.asarray(values, dtype=float) / level, 0.0, 1.0) * (len(SCALE) - 1)
    return np.where(np.isnan(position), -1, np.rint(position)).astype(np.intp)


SCALE_BRUSHES = [QBrush(colour) for colour in SCALE]
NEUTRAL_BRUSH = QBrush(NEUTRAL)


def scale_colour(index: int) -> QColor:
    """SCALE[index], or the neutral grey for -1 (an input, a unit not coloured yet, a mean that is NaN)."""
    return SCALE[index] if index >= 0 else NEUTRAL


def value_colour(value: float, level: float) -> QColor:
    """The colour of ``value`` on the diverging scale from -level (blue) to +level (red), in 255 steps."""
    return scale_colour(int(scale_indices(value, level)))


def edge_pen(cls: int) -> QPen:
    """The pen of an edge of class ``cls`` (engine.visual.edge_classes): red or blue by sign, deeper and
    wider with size; never antialiased (a third of the cost: 3,000 lines in a few ms)."""
    if cls == 0:
        return QPen(ZERO_EDGE, 1)
    return QPen(value_colour(np.sign(cls) * (0.3 + 0.7 * abs(cls) / LEVELS), 1.0), abs(cls))


PENS = {cls: edge_pen(cls) for cls in range(-LEVELS, LEVELS + 1)}


def _united(rects: Iterable[QRectF]) -> QRectF:
    bounds = QRectF()
    for rect in rects:
        bounds = bounds.united(rect)
    return bounds


class Label(NamedTuple):
    text: str
    font: QFont
    color: QColor
    rect: QRectF  # what it covers
    baseline: QPointF  # where it starts: drawing at a point skips the layout an aligned rectangle costs


def draw_label(painter: QPainter, label: Label, color: Optional[QColor] = None) -> None:
    painter.setFont(label.font)
    painter.setPen(label.color if color is None else color)
    painter.drawText(label.baseline, label.text)


class _Still(QGraphicsItem):
    """A part of a layer that does not change while training (its labels, its units' outlines), painted by
    ``draw`` into a cached picture: a training update repaints the units' fills under it, and this part
    is copied back, not drawn again (stroking 150 outlines took three quarters of an update at L = 12).
    """

    def __init__(self, parent: "LayerItem", bounds: QRectF, draw: Callable[[QPainter], None]) -> None:
        super().__init__(parent)
        self._bounds = bounds.adjusted(-1, -1, 1, 1)
        self._draw = draw
        self.setAcceptHoverEvents(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # the layer under it takes the mouse

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        self._draw(painter)


class LayerItem(QGraphicsPathItem):
    """Layer l: its drawn units coloured by their mean activation, its labels, its highlight (the
    item's own path, pen and brush).

    Hovering reports ``on_hover(l)`` (``-1`` on leaving); a left click ``on_press(l, j)`` with j the
    unit under the mouse, or -1 on the labels.
    """

    def __init__(self, layer: int, kind: str, centres: list[QPointF], radius: float, labels: list[Label],
                 highlight: QRectF, on_hover: Callable[[int], None], on_press: Callable[[int, int], None],
                 tooltip: str) -> None:
        super().__init__()
        self.layer, self.kind = layer, kind
        self.circles = [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in centres]
        self.labels = labels
        self.colour_indices = np.full(len(centres), -1, dtype=np.intp)  # into SCALE (scale_colour) per unit
        self.means: Optional[np.ndarray] = None  # of the drawn units, as last set
        self.unit_pen = QPen(OUTLINE[kind], UNIT_PEN_W)
        self.state = ""
        self.chosen = -1  # the unit whose incoming weights the panel shows
        path = QPainterPath()
        path.addRoundedRect(highlight, 8, 8)
        self.setPath(path)
        self.setPen(Qt.PenStyle.NoPen)
        self._bounds = _united([highlight.adjusted(-2, -2, 2, 2)] + [label.rect for label in labels])
        self._on_hover, self._on_press = on_hover, on_press
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        ring = CHOSEN_GAP + SELECTED_PEN_W
        self._outlines = _Still(self, _united(self.circles).adjusted(-ring, -ring, ring, ring), self._draw_outlines)
        # the labels above the units and those below apart: a picture spanning both would be copied over the
        # whole column at every update, though nothing of it shows between them
        top = centres[0].y()
        self._stills = [self._outlines] + [
            _Still(self, _united(label.rect for label in group), partial(self._draw_labels, group))
            for group in ([label for label in labels if label.rect.center().y() < top],
                          [label for label in labels if label.rect.center().y() >= top]) if group]

    @property
    def texts(self) -> list[str]:
        """What is written on the layer, top to bottom: ``["n[1] = 20", "g[1] = relu", "hidden  A[1]"]``
        (and the marker of the units not drawn, last)."""
        return [label.text for label in self.labels]

    def unit_colours(self) -> list[QColor]:
        return [scale_colour(index) for index in self.colour_indices]

    def set_means(self, means: np.ndarray, level: float) -> None:
        """Colour the drawn units by their mean activation on the diverging scale (-level, level); only the
        units whose colour changed are painted again."""
        self.means = means
        indices = scale_indices(means, level)
        changed = np.flatnonzero(indices != self.colour_indices)
        self.colour_indices = indices
        if changed.size:  # the units are top to bottom: the first and last changed span the others
            first, last = self.circles[changed[0]], self.circles[changed[-1]]
            self.update(first.united(last))

    def set_chosen(self, unit: int) -> None:
        if unit != self.chosen:
            self.chosen = unit
            self._outlines.update()

    def set_state(self, state: str) -> None:
        """"selected", "hovered" or "" (plain): colours the column, the units' outlines and the labels."""
        if state == self.state:
            return
        self.state = state
        selected = state == "selected"
        self.setBrush({"selected": SELECTED_FILL, "hovered": HOVERED_FILL}.get(state, Qt.BrushStyle.NoBrush))
        self.setPen(QPen(ACCENT, 2.0) if selected else Qt.PenStyle.NoPen)
        self.unit_pen = QPen(ACCENT, SELECTED_PEN_W) if selected else QPen(OUTLINE[self.kind], UNIT_PEN_W)
        self.update()
        for still in self._stills:
            still.update()

    def unit_at(self, point: QPointF) -> int:
        """The drawn unit under ``point`` (item coordinates), or -1."""
        for j, circle in enumerate(self.circles):
            grown = circle.adjusted(-3, -3, 3, 3)
            if grown.contains(point):
                return j
        return -1

    # QGraphicsItem overrides
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        hit = QPainterPath(self.path())
        for label in self.labels:
            hit.addRect(label.rect)
        return hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        """The highlight and the units' fills; their outlines are painted over them (:meth:`_draw_outlines`).

        The fills are not antialiased (a quarter of the cost): their edge is under the outline, whose
        antialiased pen covers every pixel the fill's jagged edge could add or leave out."""
        if self.state:
            super().paint(painter, option, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for circle, index in zip(self.circles, self.colour_indices):
            painter.setBrush(SCALE_BRUSHES[index] if index >= 0 else NEUTRAL_BRUSH)
            painter.drawEllipse(circle)

    def _draw_outlines(self, painter: QPainter) -> None:
        painter.setPen(self.unit_pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for circle in self.circles:
            painter.drawEllipse(circle)
        if 0 <= self.chosen < len(self.circles):
            painter.setPen(QPen(ACCENT, SELECTED_PEN_W))
            painter.drawEllipse(self.circles[self.chosen].adjusted(-CHOSEN_GAP, -CHOSEN_GAP, CHOSEN_GAP, CHOSEN_GAP))

    def _draw_labels(self, labels: list[Label], painter: QPainter) -> None:
        for label in labels:
            draw_label(painter, label, ACCENT if self.state == "selected" else None)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(self.layer)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(-1)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_press(self.layer, self.unit_at(event.pos()))
        event.accept()


class EdgeItem(QGraphicsItem):
    """The drawn edges between layers l-1 and l: red where W[l]_jk > 0, blue where < 0, wider and deeper
    the larger |W[l]_jk|; a pale band for the edges of units not drawn; W[l]'s shape on a pill when it fits.

    The lines are made once per layout; an update of W only sorts them into the pens of their classes. The
    item is painted from a cached picture: painted again when a class changed, copied when only the units
    over it are repainted. (Painting again only the rows of the changed lines saved a tenth, but a line
    clipped to a row starts its pixels afresh there: lines would shift by a pixel at each such row.)
    """

    def __init__(self, layer: int, starts: list[QPointF], ends: list[QPointF], bundle: Optional[QPolygonF],
                 label: Label, pill: bool, tooltip: str) -> None:
        super().__init__()
        self.layer = layer
        self.label = label.text
        self.pill_shown = pill
        self._label = label
        self._pill = label.rect.adjusted(-6, -2, 6, 2)
        self._bundle = bundle
        # line (j, k) joins unit k of layer l-1 to unit j of layer l: W[l]_jk, row-major like W
        self._lines = np.fromiter((QLineF(start, end) for end in ends for start in starts), dtype=object,
                                  count=len(ends) * len(starts))  # an array: a class's lines are taken at once
        self.shape_drawn = (len(ends), len(starts))
        self.classes = np.zeros(self.shape_drawn, dtype=np.int8)
        self._groups: dict[int, list[QLineF]] = {0: self._lines.tolist()}
        xs = [p.x() for p in starts + ends]
        ys = [p.y() for p in starts + ends]
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-3, -3, 3, 3)
        if bundle is not None:
            self._bounds = self._bounds.united(bundle.boundingRect())
        if pill:
            self._bounds = self._bounds.united(self._pill.adjusted(-1, -1, 1, 1))
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # the units over it change more often
        self.setToolTip(tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_classes(self, classes: np.ndarray) -> None:
        """W[l]'s drawn block as engine.visual.edge_classes gives it: (units of l, units of l-1), sign x size."""
        if np.array_equal(classes, self.classes):
            return
        self.classes = classes
        flat = classes.ravel()
        lines = self._lines[np.argsort(flat, kind="stable")].tolist()  # each class's lines together, ascending
        counts = np.bincount(flat.astype(np.intp) + LEVELS, minlength=2 * LEVELS + 1).tolist()
        ends = np.cumsum(counts).tolist()
        self._groups = {cls: lines[end - count:end]
                        for cls, count, end in zip(range(-LEVELS, LEVELS + 1), counts, ends) if count}
        self.update()

    def edge_pen(self, j: int, k: int) -> QPen:
        """The pen the edge from unit k of layer l-1 to unit j of layer l is drawn with."""
        return PENS[int(self.classes[j, k])]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        hit = QPainterPath()  # the pill only: stroking thousands of lines on every mouse move costs too much
        if self.pill_shown:
            hit.addRect(self._pill)
        return hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # a third of the cost, for lines and band
        if self._bundle is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BUNDLE)
            painter.drawPolygon(self._bundle)
        for cls in sorted(self._groups, key=abs):  # the largest weights on top
            painter.setPen(PENS[cls])
            painter.drawLines(self._groups[cls])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.pill_shown:
            painter.setPen(QPen(PILL_EDGE, 1.0))
            painter.setBrush(PILL)
            radius = self._pill.height() / 2
            painter.drawRoundedRect(self._pill, radius, radius)
            draw_label(painter, self._label)

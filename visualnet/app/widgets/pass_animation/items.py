"""The pieces of the pass diagram: blocks, slots and moving tokens, drawn in scene units.

Each item paints itself from a few plain attributes (title, lines, state), so the scene can set
every item's state from the step index alone -- which is what makes stepping back exact.
"""
from __future__ import annotations

from math import cos, radians, sin
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

# The phase colours of the course's diagram: forward blue, backward red, cost and update neutral.
PHASE_COLOURS = {"forward": QColor("#3b6fb6"), "cost": QColor("#7a5195"), "backward": QColor("#c0392b"),
                 "update": QColor("#2e8b57"), "input": QColor("#555555")}
STATE_FILLS = {"idle": QColor("#f4f4f4"), "done": QColor("#e3ecf7"), "active": QColor("#ffe9a8"),
               "read": QColor("#f6dede"), "updated": QColor("#dcefe3")}
TEXT = QColor("#1e1e1e")
MUTED = QColor("#6b6b6b")


def scene_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class BoxItem(QGraphicsItem):
    """A block (a layer's forward or backward unit), a slot (cache, gradients) or a node (X, the loss).

    ``title`` is bold, ``lines`` below it; ``state`` picks the fill and ``phase`` the border.
    """

    def __init__(self, kind: str, layer: int, phase: str, width: float, height: float) -> None:
        super().__init__()
        self.kind, self.layer, self.phase = kind, layer, phase
        self.rect = QRectF(-width / 2, -height / 2, width, height)
        self.title = ""
        self.lines: list[str] = []
        self.state = "idle"
        self.dashed = kind in ("cache", "gradients")
        # Boxes change only between steps; tokens move over them every frame, so keep them as pixmaps.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_content(self, title: str, lines: list[str], state: str) -> None:
        if (title, lines, state) != (self.title, self.lines, self.state):
            self.title, self.lines, self.state = title, list(lines), state
            self.update()

    def anchor(self, side: str) -> QPointF:
        """A point on the box in scene coordinates: "left", "right", "top", "bottom" or "center"."""
        r = self.rect
        local = {"left": QPointF(r.left(), 0), "right": QPointF(r.right(), 0), "top": QPointF(0, r.top()),
                 "bottom": QPointF(0, r.bottom()), "center": QPointF(0, 0)}[side]
        return self.mapToScene(local)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        colour = PHASE_COLOURS[self.phase]
        pen = QPen(colour, 3.0 if self.state == "active" else 1.6)
        if self.dashed and self.state == "idle":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(STATE_FILLS[self.state]))
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setPen(TEXT)
        painter.setFont(scene_font(10, bold=True))
        inner = self.rect.adjusted(4, 4, -4, -4)
        title_height = painter.fontMetrics().height()
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setFont(scene_font(8))
        painter.setPen(TEXT if self.state != "idle" else MUTED)
        painter.drawText(QRectF(inner.left(), inner.top() + title_height, inner.width(), inner.height() - title_height),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "\n".join(self.lines))


class TokenItem(QGraphicsItem):
    """A tensor on the move: its name, its shape and a thumbnail of its real values."""

    HEIGHT = 30.0

    def __init__(self, symbol: str, shape: str, phase: str, thumbnail: Optional[QImage]) -> None:
        super().__init__()
        self.symbol, self.shape, self.phase, self.thumbnail = symbol, shape, phase, thumbnail
        self.setZValue(10)
        self._width = 8 + 7.2 * max(len(symbol), len(shape)) + (34 if thumbnail is not None else 0)
        self.setCacheMode(QGraphicsItem.CacheMode.ItemCoordinateCache)  # it moves, it does not change

    def boundingRect(self) -> QRectF:
        return QRectF(-self._width / 2 - 2, -self.HEIGHT / 2 - 2, self._width + 4, self.HEIGHT + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        body = QRectF(-self._width / 2, -self.HEIGHT / 2, self._width, self.HEIGHT)
        painter.setPen(QPen(PHASE_COLOURS[self.phase], 1.6))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(body, 6, 6)
        text = body.adjusted(4, 1, -4, -1)
        if self.thumbnail is not None:
            painter.drawImage(QRectF(body.left() + 4, body.top() + 4, 28, self.HEIGHT - 8), self.thumbnail)
            text.setLeft(body.left() + 36)
        painter.setPen(TEXT)
        painter.setFont(scene_font(8.5, bold=True))
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.symbol)
        painter.setFont(scene_font(7.5))
        painter.setPen(MUTED)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, self.shape)


def arrow_item(path: QPainterPath, colour: QColor, dashed: bool = False) -> QGraphicsPathItem:
    """A thin connector along ``path`` with an arrowhead at its end: the diagram's static wiring."""
    end = path.pointAtPercent(1.0)
    angle = path.angleAtPercent(0.999)
    head = QPainterPath(end)
    for turn in (150, -150):
        head.lineTo(end + _polar(9, angle + turn))
        head.moveTo(end)
    whole = QPainterPath(path)
    whole.addPath(head)
    item = QGraphicsPathItem(whole)
    pen = QPen(colour.lighter(130), 1.4)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setZValue(-1)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


def _polar(length: float, degrees: float) -> QPointF:
    """A vector of ``length`` at ``degrees`` counter-clockwise (Qt's path angles; y points down)."""
    return QPointF(length * cos(radians(degrees)), -length * sin(radians(degrees)))

"""The pieces of the pass diagram: blocks, slots, row labels and moving tokens, drawn in scene units.

Each item paints itself from a few plain attributes (title, lines, state), so the scene can set
every item's state from the step index alone -- which is what makes stepping back exact.

Text keeps a size a class can read however far the view zooms out: a font is never drawn
smaller than the scene's ``min_text_px`` on screen, and what no longer fits a box at that size is
left out, richest first (the lines, then the title for a shorter one). The equation panel below
the diagram always has the whole step, so leaving a line out never hides anything.
"""
from __future__ import annotations

from math import ceil, cos, radians, sin
from typing import Optional, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

# The phase colours of the course's diagram: forward blue, backward red, cost and update neutral.
PHASE_COLOURS = {"forward": QColor("#3b6fb6"), "cost": QColor("#7a5195"), "backward": QColor("#c0392b"),
                 "update": QColor("#2e8b57"), "input": QColor("#555555")}
STATE_FILLS = {"idle": QColor("#f4f4f4"), "done": QColor("#e3ecf7"), "active": QColor("#ffe9a8"),
               "read": QColor("#f6dede"), "updated": QColor("#dcefe3")}
TEXT = QColor("#1e1e1e")
MUTED = QColor("#6b6b6b")
# text sizes in scene units: at the scale 1 they are pixels; zoomed out they never go below min_text_px
TITLE_UNITS, LINE_UNITS, TOKEN_UNITS = 16.0, 14.0, 14.0
PADDING = 5.0


def scene_font(units: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, ceil(units)))
    font.setBold(bold)
    return font


class Legibility:
    """How big text is on screen: the view's scale (screen pixels per scene unit) and the least size
    a reader may be given (11 px at a desk, 18 px in presentation mode)."""

    def __init__(self) -> None:
        self.scale = 1.0
        self.min_text_px = 11.0

    def units(self, base: float) -> float:
        """The font size, in scene units, for text meant to be ``base`` units at the scale 1."""
        return max(base, self.min_text_px / self.scale)


Line = tuple[str, QFont]


def _fits(lines: Sequence[Line], width: float, height: float) -> bool:
    total = 0.0
    for text, font in lines:
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) > width:
            return False
        total += metrics.height()
    return total <= height


def _pixel_size(font: QFont, legibility: Legibility) -> float:
    return font.pixelSize() * legibility.scale


class _Framed(QGraphicsItem):
    """An item drawn in a rectangle centred on its position, whose height follows the text size."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.rect = QRectF(-width / 2, -height / 2, width, height)

    def set_height(self, height: float) -> None:
        if height != self.rect.height():
            self.prepareGeometryChange()
            self.rect = QRectF(self.rect.left(), -height / 2, self.rect.width(), height)

    @staticmethod
    def least_height(legibility: Legibility) -> float:
        """The height that holds one title at the scale: a box is never smaller, so it always says what it is."""
        return QFontMetricsF(scene_font(legibility.units(TITLE_UNITS), bold=True)).height() + PADDING


class BoxItem(_Framed):
    """A block (a layer's forward or backward unit), a slot (cache, gradients) or a node (X, the loss).

    ``title`` is bold, ``lines`` below it; ``short`` are the shorter titles used when the box is
    too small on screen for the title (``short[-1]`` is the shortest); ``state`` picks the fill and
    ``phase`` the border.
    """

    def __init__(self, kind: str, layer: int, phase: str, width: float, height: float,
                 legibility: Legibility) -> None:
        super().__init__(width, height)
        self.kind, self.layer, self.phase = kind, layer, phase
        self.legibility = legibility
        self.title = ""
        self.lines: list[str] = []
        self.short: list[str] = []
        self.state = "idle"
        self.detail = 0  # the richest choice to draw (see visible_lines)
        self.dashed = kind in ("cache", "gradients")
        # Boxes change only between steps; tokens move over them every frame, so keep them as pixmaps.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_content(self, title: str, lines: list[str], state: str, short: Sequence[str] = ()) -> None:
        if (title, lines, state, list(short)) != (self.title, self.lines, self.state, self.short):
            self.title, self.lines, self.state, self.short = title, list(lines), state, list(short)
            self.update()

    def set_detail(self, detail: int) -> None:
        if detail != self.detail:
            self.detail = detail
            self.update()

    def anchor(self, side: str) -> QPointF:
        """A point on the box in scene coordinates: "left", "right", "top", "bottom" or "center"."""
        r = self.rect
        local = {"left": QPointF(r.left(), 0), "right": QPointF(r.right(), 0), "top": QPointF(0, r.top()),
                 "bottom": QPointF(0, r.bottom()), "center": QPointF(0, 0)}[side]
        return self.mapToScene(local)

    def choices(self) -> list[list[Line]]:
        """What the box can say, richest first: title and lines, the title alone, each shorter title."""
        title_font = scene_font(self.legibility.units(TITLE_UNITS), bold=True)
        line_font = scene_font(self.legibility.units(LINE_UNITS))
        choices = [[(self.title, title_font)] + [(line, line_font) for line in self.lines], [(self.title, title_font)]]
        return choices + [[(text, title_font)] for text in self.short]

    def richest_fitting(self) -> int:
        """The index of the richest choice that fits the box at a readable size (len(choices): none does)."""
        inner = self.rect.adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2)
        choices = self.choices()
        return next((i for i, lines in enumerate(choices) if _fits(lines, inner.width(), inner.height())),
                    len(choices))

    def visible_lines(self) -> list[Line]:
        """The richest text that fits, but no richer than ``detail`` (set by the scene so that a row of
        boxes speaks alike: every backward block "dZ[l]", not some "dZ[9]" and some "10")."""
        choices = self.choices()
        inner = self.rect.adjusted(PADDING, PADDING / 2, -PADDING, -PADDING / 2)
        return next((lines for lines in choices[self.detail:] if _fits(lines, inner.width(), inner.height())), [])

    def shown_text(self) -> list[tuple[str, float]]:
        """What a reader sees in the box now: each line and its height on screen, in pixels."""
        return [(text, _pixel_size(font, self.legibility)) for text, font in self.visible_lines()]

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
        lines = self.visible_lines()
        y = -sum(QFontMetricsF(font).height() for _, font in lines) / 2
        for i, (text, font) in enumerate(lines):
            height = QFontMetricsF(font).height()
            painter.setFont(font)
            painter.setPen(TEXT if i == 0 or self.state != "idle" else MUTED)
            painter.drawText(QRectF(self.rect.left(), y, self.rect.width(), height), Qt.AlignmentFlag.AlignCenter,
                             text)
            y += height


class LabelItem(_Framed):
    """A row's name at the left of the diagram ("caches", "backward", ...), as readable as the boxes."""

    def __init__(self, width: float, height: float, colour: QColor, legibility: Legibility) -> None:
        super().__init__(width, height)
        self.colour, self.legibility = colour, legibility
        self.text = ""

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.update()

    def visible_lines(self) -> list[Line]:
        font = scene_font(self.legibility.units(TITLE_UNITS), bold=True)
        return [(self.text, font)] if _fits([(self.text, font)], self.rect.width(), self.rect.height()) else []

    def shown_text(self) -> list[tuple[str, float]]:
        return [(text, _pixel_size(font, self.legibility)) for text, font in self.visible_lines()]

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        for text, font in self.visible_lines():
            painter.setFont(font)
            painter.setPen(self.colour)
            painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, text)


class TokenItem(QGraphicsItem):
    """A tensor on the move: its name, its shape and a thumbnail of its real values.

    Its size follows the scale (text never below ``min_text_px``); what does not fit ``max_width``
    is left out: first the thumbnail, then the shape.
    """

    def __init__(self, symbol: str, shape: str, phase: str, thumbnail: Optional[QImage],
                 legibility: Legibility, max_width: float) -> None:
        super().__init__()
        self.symbol, self.shape, self.phase, self.thumbnail = symbol, shape, phase, thumbnail
        self.legibility, self.max_width = legibility, max_width
        self.setZValue(10)
        self._lines: list[Line] = []
        self._thumb = 0.0
        self._size = (0.0, 0.0)
        self.relayout()

    @staticmethod
    def height_units(legibility: Legibility) -> float:
        """The height of a two-line token at the scale: what a lane must hold."""
        font = scene_font(legibility.units(TOKEN_UNITS), bold=True)
        return 2 * QFontMetricsF(font).height() + 2 * PADDING

    def relayout(self) -> None:
        """Choose what to show for the current scale and size the token to it."""
        self.prepareGeometryChange()
        symbol_font = scene_font(self.legibility.units(TOKEN_UNITS), bold=True)
        shape_font = scene_font(self.legibility.units(TOKEN_UNITS - 1))
        metrics = [QFontMetricsF(symbol_font), QFontMetricsF(shape_font)]
        full = [(self.symbol, symbol_font), (self.shape, shape_font)] if self.shape else [(self.symbol, symbol_font)]
        height = sum(m.height() for m, _ in zip(metrics, full)) + 2 * PADDING
        text_width = max(QFontMetricsF(font).horizontalAdvance(text) for text, font in full) + 2 * PADDING
        thumb = height - 2 * PADDING if self.thumbnail is not None else 0.0
        if text_width + thumb + PADDING > self.max_width:
            thumb = 0.0
        if text_width > self.max_width:
            full = full[:1]
            height = metrics[0].height() + 2 * PADDING
            text_width = metrics[0].horizontalAdvance(self.symbol) + 2 * PADDING
        self._lines, self._thumb = full, thumb
        self._size = (text_width + (thumb + PADDING if thumb else 0.0), height)

    def shown_text(self) -> list[tuple[str, float]]:
        return [(text, _pixel_size(font, self.legibility)) for text, font in self._lines]

    def body(self) -> QRectF:
        width, height = self._size
        return QRectF(-width / 2, -height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self.body().adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        body = self.body()
        painter.setPen(QPen(PHASE_COLOURS[self.phase], 1.6))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(body, 6, 6)
        left = body.left() + PADDING
        if self._thumb:
            painter.drawImage(QRectF(left, body.top() + PADDING, self._thumb, self._thumb), self.thumbnail)
            left += self._thumb + PADDING
        y = body.top() + PADDING
        for i, (text, font) in enumerate(self._lines):
            height = QFontMetricsF(font).height()
            painter.setFont(font)
            painter.setPen(TEXT if i == 0 else MUTED)
            painter.drawText(QRectF(left, y, body.right() - left, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += height


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
    pen.setCosmetic(True)  # as thin on a projector as at a desk, whatever the zoom
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    item.setZValue(-1)
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return item


def _polar(length: float, degrees: float) -> QPointF:
    """A vector of ``length`` at ``degrees`` counter-clockwise (Qt's path angles; y points down)."""
    return QPointF(length * cos(radians(degrees)), -length * sin(radians(degrees)))

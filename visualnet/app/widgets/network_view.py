"""The network diagram: layers 0..L left to right, the shape of W[l] on the edges between them.

A layer of at most ``MAX_CIRCLES`` units is a column of neuron circles; a bigger one is a rounded
box with its size written in it, so 12,288 inputs cost one item, not 12,288. All edges between two
layers are one path item. When the architecture or the dataset changes, only the items whose look
changed are made anew; the others are kept, moved sideways if they must, so an edit of one layer of
a deep network repaints that layer, not the network. Hover and selection only re-colour the layers
concerned.

Every number shown comes from ``session.shapes`` (``engine.shapes``) or the dataset; this module
only places and paints.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, NamedTuple, Optional

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter,
                           QPainterPath, QPen, QPolygonF, QResizeEvent, QTransform, QWheelEvent)
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsSceneHoverEvent,
                               QGraphicsSceneMouseEvent, QGraphicsView, QStyleOptionGraphicsItem, QWidget)

from ...engine.shapes import LayerShapes, NetworkShapes
from ..session import Session

MAX_CIRCLES = 12  # a layer with more units is drawn as a box
FAN = 7  # lines leaving a box towards a neighbouring layer

# geometry, in scene units (pixels at zoom 1)
RADIUS = 14.0
PITCH = 38.0  # between neuron centres
CIRCLES_MAX_H = (MAX_CIRCLES - 1) * PITCH + 2 * RADIUS
BOX_MIN_W = 64.0
BOX_MAX_H = 600.0
COLUMN_PAD = 12.0  # the highlight's margin around a layer's body
LABEL_GAP = 12.0  # between the tallest body and the label rows
SPACING = 24.0  # the least empty space between two texts side by side
MIN_GAP = 120.0  # the least distance between the centres of two layers
PILL_PAD = 8.0  # around the text of an edge label
MARGIN = 24.0
MAX_FIT_SCALE = 1.5  # a tiny network is not blown up to poster size
MIN_FIT_SCALE = 0.35  # below this labels are too small to read: a deep network scrolls sideways instead
MAX_ZOOM = 6.0  # times the fitted scale
DENSE_PX = 6.0  # neurons closer than this on screen: their edges are drawn as one grey band
MIN_TEXT_PX = 4.0  # text smaller than this on screen is not painted: unreadable, and it costs the most
LINE_SPILL = 3.0  # around an edge's lines, for their antialiased pixels (a pixel or more at any fitted scale)

# font sizes in points, per role
POINTS = {"top": 13.0, "math": 12.0, "word": 10.5, "edge": 11.0, "box": 13.0}
BOLD = {"top", "box"}


def _over(color: QColor, background: QColor) -> QColor:
    """The opaque colour ``color`` shows on ``background``."""
    a = color.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in zip(color.getRgbF()[:3], background.getRgbF()[:3])))


# a calm palette: grey input, light-blue hidden units, warm output; one strong accent for selection
TEXT = QColor("#1f2933")
MUTED = QColor("#5f6b7a")
BACKGROUND = QColor("#ffffff")
FILL = {"input": QColor("#e3e6ea"), "hidden": QColor("#cfe2f3"), "output": QColor("#fbdcb8")}
OUTLINE = {"input": QColor("#59626e"), "hidden": QColor("#2c4a6b"), "output": QColor("#8a4a0f")}
EDGE = QColor("#a9b4c1")  # opaque on purpose: translucent lines cost ten times as much to draw
EDGE_DARK = QColor("#8593a3")
BAND = _over(QColor(112, 128, 148, 36), BACKGROUND)  # the band lies on the background only: blended once,
# because a translucent fill that large cost more than all the lines over it
DENSE = QColor("#c9d1da")
PILL = QColor(255, 255, 255, 235)
ACCENT = QColor("#1971c2")
SELECTED_FILL = QColor(25, 113, 194, 52)
HOVERED_FILL = QColor(25, 113, 194, 22)
UNIT_PEN_W, SELECTED_PEN_W = 1.5, 3.0


def _box_height(units: int) -> float:
    """Taller for more units, but only logarithmically: 100 and 12,288 must both fit on screen."""
    return min(BOX_MAX_H, CIRCLES_MAX_H + 100.0 * math.log10(units / MAX_CIRCLES))


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class _Label(NamedTuple):
    text: str
    font: QFont
    color: QColor
    rect: QRectF  # what it covers
    baseline: QPointF  # where it starts: drawing at a point skips the layout an aligned rectangle costs


def _draw_label(painter: QPainter, label: _Label, color: QColor) -> None:
    painter.setFont(label.font)
    painter.setPen(color)
    painter.drawText(label.baseline, label.text)


class _Typesetter:
    """The fonts of each role (the widget's font at our point sizes) and remembered text widths.

    Measuring is a large part of a rebuild, and most texts ("g[3] = relu") survive an edit.
    """

    def __init__(self, base: QFont) -> None:
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        for role, points in POINTS.items():
            font = QFont(base)
            font.setPointSizeF(points)
            font.setBold(role in BOLD)
            self.fonts[role], self.metrics[role] = font, QFontMetricsF(font)
        self._widths: dict[tuple[str, str], float] = {}

    def width(self, role: str, text: str) -> float:
        key = (role, text)
        if key not in self._widths:
            self._widths[key] = self.metrics[role].horizontalAdvance(text) + 2
        return self._widths[key]

    def height(self, role: str) -> float:
        return self.metrics[role].height()

    def label(self, role: str, text: str, color: QColor, x: float, y: float) -> _Label:
        """A label whose horizontal centre is x and whose top is y."""
        width = self.width(role, text)
        return _Label(text, self.fonts[role], color, QRectF(x - width / 2, y, width, self.height(role)),
                      QPointF(x - width / 2 + 1, y + self.metrics[role].ascent()))


@dataclass
class _Column:
    """Where one layer goes and what it says; computed before any item exists."""

    shapes: LayerShapes
    kind: str  # "input", "hidden", "output"
    texts: tuple[str, str, str]  # n[l] above; g[l] and a word below
    label_w: float  # the widest of them
    body_w: float
    body_h: float
    x: float = 0.0

    @property
    def circles(self) -> bool:
        return self.shapes.units <= MAX_CIRCLES

    @property
    def half(self) -> float:
        return self.body_w / 2 + COLUMN_PAD

    def anchors(self, side: int, x: float) -> tuple[float, list[float]]:
        """Where edges meet the layer placed at x: (x, the ys of the neuron centres), or FAN points
        on the box's left (side -1) or right (+1) side."""
        if self.circles:
            top = -(self.shapes.units - 1) * PITCH / 2
            return x, [top + i * PITCH for i in range(self.shapes.units)]
        inner = self.body_h * 0.8
        return x + side * self.body_w / 2, [-inner / 2 + i * inner / (FAN - 1) for i in range(FAN)]

    @property
    def key(self) -> tuple[int, float, float]:
        """What the edges touching this layer depend on, besides the distance between the layers."""
        return self.shapes.units, self.body_w, self.body_h

    def look(self, height: float) -> tuple:
        """All that the layer's item draws, but its x: an item with the same look is moved, not made anew."""
        return self.kind, self.texts, self.shapes.units, self.body_w, self.body_h, height


class LayerItem(QGraphicsPathItem):
    """Layer l, painted by this one item: its highlight (the item's own path, pen and brush), its neuron
    circles or its box, and its labels.

    One item per layer, not one per neuron or text, because for 50 layers a few hundred small items
    took longer than a frame to create. Its geometry is in the scene coordinates of the place it was
    made for; when a layer to its left grows, :meth:`move_to` slides it with ``setPos`` instead of
    making it again. The mouse area is the column plus its labels: hovering reports ``on_hover(l)``
    (``on_hover(-1)`` on leaving), a left click ``on_press(l)``. The item never changes its own look:
    the view calls :meth:`set_state` from the session's signals.
    """

    def __init__(self, column: _Column, look: tuple, highlight: QRectF, labels: list[_Label],
                 number: Optional[_Label], on_hover: Callable[[int], None], on_press: Callable[[int], None]) -> None:
        super().__init__()
        self.layer = column.shapes.layer
        self.kind = column.kind
        self.look = look
        self._made_at = column.x
        self.circles: list[QRectF] = []  # one per neuron; empty for a box
        self.box: Optional[QRectF] = None  # a layer too big for circles
        if column.circles:
            x, ys = column.anchors(0, column.x)
            self.circles = [QRectF(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS) for y in ys]
        else:
            self.box = QRectF(column.x - column.body_w / 2, -column.body_h / 2, column.body_w, column.body_h)
        self.unit_brush = QBrush(FILL[column.kind])
        self.unit_pen = QPen(OUTLINE[column.kind], UNIT_PEN_W)
        self.state = ""
        self._shapes = column.shapes
        self._labels = labels
        self._number = number
        path = QPainterPath()
        path.addRoundedRect(highlight, 10, 10)
        self.setPath(path)
        self.setPen(Qt.PenStyle.NoPen)
        self._hit: Optional[QPainterPath] = None  # made on first need, like the tooltip and the cursor:
        # a rebuild must fit in a frame, and most layers are never pointed at
        self._bounds = highlight.adjusted(-2, -2, 2, 2)
        for label in labels:
            self._bounds = self._bounds.united(label.rect)
        self._on_hover, self._on_press = on_hover, on_press
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    @property
    def texts(self) -> list[str]:
        """What is written on the layer, top to bottom: ``["n[1] = 20", "g[1] = relu", "hidden  A[1]"]``."""
        return [label.text for label in self._labels]

    def move_to(self, x: float) -> None:
        """Slide the layer so that its centre is at x."""
        self.setPos(x - self._made_at, 0.0)

    def set_shapes(self, shapes: LayerShapes) -> None:
        """The layer's tensors, for the tooltip: W[l] changes with the layer before it, which is not drawn here."""
        if shapes != self._shapes:
            self._shapes = shapes
            self.setToolTip("")  # written again from the new shapes on the next hover

    def set_state(self, state: str) -> None:
        """"selected", "hovered" or "" (plain): colours the column, the units' outlines and the labels."""
        if state == self.state:
            return
        self.state = state
        selected = state == "selected"
        self.setBrush({"selected": SELECTED_FILL, "hovered": HOVERED_FILL}.get(state, Qt.BrushStyle.NoBrush))
        self.setPen(QPen(ACCENT, 2.0) if selected else Qt.PenStyle.NoPen)
        self.unit_pen = QPen(ACCENT, SELECTED_PEN_W) if selected else QPen(OUTLINE[self.kind], UNIT_PEN_W)

    # QGraphicsItem overrides
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._hit is None:
            self._hit = QPainterPath(self.path())
            for label in self._labels:
                self._hit.addRect(label.rect)
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        if self.state:
            super().paint(painter, option, widget)
        painter.setPen(self.unit_pen)
        painter.setBrush(self.unit_brush)
        if self.box is not None:
            painter.drawRoundedRect(self.box, 12, 12)
        for circle in self.circles:
            painter.drawEllipse(circle)
        lod = _lod(painter)
        if self._number is not None and self._number.rect.height() * lod >= MIN_TEXT_PX:
            _draw_label(painter, self._number, self._number.color)
        for label in self._labels:
            if label.rect.height() * lod >= MIN_TEXT_PX:
                _draw_label(painter, label, ACCENT if self.state == "selected" else label.color)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        if not self.toolTip():
            self.setToolTip("\n".join(str(t) for name, t in self._shapes.tensors.items() if name in ("W", "b", "A")))
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._on_hover(self.layer)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._on_hover(-1)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_press(self.layer)
        event.accept()


@dataclass(frozen=True)
class _Lines:
    """The edges between two layers, in coordinates relative to the left one."""

    path: QPainterPath  # every line
    count: int
    band: QPolygonF  # the outline of all of them together
    fan: bool  # a box is involved: the band is drawn under the lines


class EdgeItem(QGraphicsPathItem):
    """Every edge between layers l-1 and l as one path, with W[l]'s shape on a rounded label.

    When the lines would be closer together than DENSE_PX on screen they merge into a grey mass
    anyway; the item then paints only their outline, which costs one polygon instead of 144 lines.
    The item keeps its picture in a pixmap: after an edit, the edges that did not change and lie in
    the part of the view that is repainted are copied, not drawn line by line again.
    """

    def __init__(self, layer: int, look: tuple, lines: _Lines, label: _Label, tooltip: str) -> None:
        super().__init__(lines.path)
        self.layer = layer
        self.look = look
        self.label = label.text
        self._label = label
        self._lines = lines
        pen = QPen(EDGE, 1.0)
        pen.setCosmetic(True)  # one pixel at any zoom, and the cheapest line there is
        self.setPen(pen)
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # drawn again only when zoomed
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tooltip)
        self._pill = label.rect.adjusted(-PILL_PAD, -3, PILL_PAD, 3)
        self._hit = QPainterPath()
        self._hit.addRect(self._pill)
        # the lines' own rectangle, not QGraphicsPathItem's: that one is made from shape(), the label
        # only, and the cached picture is as big as the bounds
        self._bounds = lines.path.controlPointRect().adjusted(-LINE_SPILL, -LINE_SPILL, LINE_SPILL,
                                                              LINE_SPILL).united(self._pill)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        # the label only: stroking hundreds of lines on every mouse move would cost more than it gives
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: Optional[QWidget] = None) -> None:
        lod = _lod(painter)
        lines = self._lines
        if lines.count > 2 * FAN and lod * PITCH < DENSE_PX:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DENSE)
            painter.drawPolygon(lines.band)
        else:
            if lines.fan:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAND)
                painter.drawPolygon(lines.band)
            super().paint(painter, option, widget)
        if self._label.rect.height() * lod >= MIN_TEXT_PX:
            painter.setPen(QPen(EDGE_DARK, 1.0))
            painter.setBrush(PILL)
            radius = self._pill.height() / 2
            painter.drawRoundedRect(self._pill, radius, radius)
            _draw_label(painter, self._label, self._label.color)


class NetworkView(QGraphicsView):
    """The network diagram of ``session``: observes it, and writes back only hover and selection.

    Parameters
    ----------
    session : Session
        The one source of truth; read for ``shapes`` and ``dataset``, written with
        ``set_hovered_layer`` and ``set_selected_layer``.
    parent : QWidget, optional
    """

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.session = session
        scene = QGraphicsScene(self)
        # nothing moves and the scene is small: a BSP index would only cost time on every rebuild
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setBackgroundBrush(BACKGROUND)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._type = _Typesetter(self.font())
        self._layers: list[LayerItem] = []
        self._edges: list[EdgeItem] = []
        self._lines: dict[tuple, _Lines] = {}  # deep networks repeat the same pair of layers many times
        self._zoomed = False  # the user zoomed with Ctrl+wheel: a resize keeps the zoom
        self._background_press = False  # the left button went down on no layer
        self._painted: tuple[int, int] = (-1, -1)  # the (selected, hovered) layers the items show

        session.architectureChanged.connect(self._on_architecture_changed)
        session.datasetChanged.connect(self._on_architecture_changed)
        session.selectedLayerChanged.connect(self._on_pointed_layer_changed)
        session.hoveredLayerChanged.connect(self._on_pointed_layer_changed)
        self._on_architecture_changed()

    # ------------------------------------------------------------------ what tests and callers read
    def layer_items(self) -> list[LayerItem]:
        """One item per layer l = 0..L, in order."""
        return list(self._layers)

    def edge_items(self) -> list[EdgeItem]:
        """The edges between layers l-1 and l, one path item each, for l = 1..L."""
        return list(self._edges)

    def edge_labels(self) -> list[str]:
        """The texts on the edges, for l = 1..L: ``"W[1] (20, 64)"``."""
        return [edge.label for edge in self._edges]

    # ------------------------------------------------------------------ session -> view
    def _on_architecture_changed(self) -> None:
        covered = self._build(self.session.shapes)
        self.scene().setSceneRect(covered.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self._zoomed = False
        with self._repainted_once():
            self._fit()
            self._show_pointed_layers(reveal=True)

    def _on_pointed_layer_changed(self, _layer: int = -1) -> None:
        self._show_pointed_layers(reveal=False)

    def _show_pointed_layers(self, reveal: bool) -> None:
        """Re-colour the layers whose state changed, from the session's values only (no echo back), and
        scroll to the selected layer when it was chosen elsewhere (maybe off-screen) or ``reveal``."""
        selected, hovered = self.session.selected_layer, self.session.hovered_layer
        for l in {*self._painted, selected, hovered} - {-1}:
            if l < len(self._layers):
                self._layers[l].set_state("selected" if l == selected else "hovered" if l == hovered else "")
        if (reveal or selected != self._painted[0]) and 0 <= selected < len(self._layers):
            item = self._layers[selected]
            self.ensureVisible(item.mapRectToScene(item.path().boundingRect()), 8, 0)
        self._painted = (selected, hovered)

    @contextmanager
    def _repainted_once(self) -> Iterator[None]:
        """Scale and scroll inside the block without the viewport following each step, then repaint
        what the net change needs: nothing when the view stayed, a scroll (the pixels move, the strip
        uncovered is painted) when it only moved, all of it when the scale changed. Fitting starts at
        the input layer and showing the selected layer scrolls back: followed step by step, that
        repainted the whole diagram on every edit."""
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        transform, before = self.transform(), [bar.value() for bar in bars]
        mode = self.viewportUpdateMode()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        try:
            yield
            after = [bar.value() for bar in bars]
            scrolled = self.transform() == transform
            if scrolled:  # back to what the screen shows (unseen), to scroll from there once below
                for bar, value in zip(bars, before):
                    bar.setValue(value)
                scrolled = [bar.value() for bar in bars] == before  # not if a shorter range clamped it
        finally:
            self.setViewportUpdateMode(mode)
        if scrolled:
            for bar, value in zip(bars, after):
                bar.setValue(value)
        else:
            self.viewport().update()

    # ------------------------------------------------------------------ view -> session
    def _on_layer_hovered(self, layer: int) -> None:
        self.session.set_hovered_layer(layer)

    def _on_layer_pressed(self, layer: int) -> None:
        self.session.set_selected_layer(layer)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._background_press = not event.isAccepted() and event.button() == Qt.MouseButton.LeftButton
        if self._background_press:
            self.session.set_selected_layer(-1)  # a click on the empty background clears the selection
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._background_press:  # the click was ours: its release is too
            self._background_press = False
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right walk the selection through the layers; Escape clears it."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and self._layers:
            current, last = self.session.selected_layer, len(self._layers) - 1
            target = (0 if step > 0 else last) if current < 0 else current + step
            self.session.set_selected_layer(min(max(target, 0), last))
        elif event.key() == Qt.Key.Key_Escape:
            self.session.set_selected_layer(-1)
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ fitting and zoom
    def _scales(self) -> tuple[float, float]:
        """(fit, whole): the scale a rebuild or resize shows, and the one showing the whole network.

        They differ for deep networks: fitting 50 layers in the width would shrink every label to a
        few pixels, so below MIN_FIT_SCALE the view keeps the labels readable and scrolls sideways.
        """
        rect, view = self.sceneRect(), self.viewport().rect()
        by_width, by_height = view.width() / rect.width(), view.height() / rect.height()
        return min(MAX_FIT_SCALE, by_height, max(by_width, MIN_FIT_SCALE)), min(by_width, by_height)

    def _fit(self) -> None:
        """Scale to fit, centred; a network too long to fit starts at its input layer."""
        scale = self._scales()[0]
        self.setTransform(QTransform.fromScale(scale, scale))  # nothing to do when it is already so
        self.centerOn(self.sceneRect().center())
        bar = self.horizontalScrollBar()
        bar.setValue(bar.minimum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._zoomed:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms under the mouse, from the whole network up to MAX_ZOOM times the fit."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        fit, whole = self._scales()
        current = self.transform().m11()
        target = min(max(current * 1.15 ** (event.angleDelta().y() / 120), min(fit, whole)), fit * MAX_ZOOM)
        if abs(target / fit - 1) < 0.05:  # back at the fit: resizing fits again
            self._zoomed = False
            self._fit()
        else:
            self._zoomed = True
            self.scale(target / current, target / current)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._type = _Typesetter(self.font())
            self.scene().clear()  # every text is set in the new font: no item can be kept
            self._layers, self._edges = [], []
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._on_architecture_changed()

    # ------------------------------------------------------------------ building the scene
    def _columns(self, shapes: NetworkShapes) -> list[_Column]:
        image_shape = self.session.dataset.image_shape
        L, type_ = shapes.L, self._type
        words = {"input": self.tr("input"), "hidden": self.tr("hidden"), "output": self.tr("output")}
        columns = []
        for layer in shapes.layers:
            l, n = layer.layer, layer.units
            if l == 0:
                kind = "input"
                top = f"n[0] = {n}" + (f" ({'×'.join(map(str, image_shape))})" if image_shape else "")
                texts = (top, "X = A[0]", words[kind])
            else:
                kind = "output" if l == L else "hidden"
                seen = f"ŷ = A[{L}]" if l == L else f"A[{l}]"
                texts = (f"n[{l}] = {n}", f"g[{l}] = {layer.activation}", f"{words[kind]}  {seen}")
            label_w = max(type_.width(role, text) for role, text in zip(("top", "math", "word"), texts))
            if n <= MAX_CIRCLES:
                body_w, body_h = 2 * RADIUS, (n - 1) * PITCH + 2 * RADIUS
            else:
                body_w, body_h = max(BOX_MIN_W, type_.width("box", str(n)) + 20), _box_height(n)
            columns.append(_Column(layer, kind, texts, label_w, body_w, body_h))
        return columns

    @staticmethod
    def _edge_text(shapes: NetworkShapes, l: int) -> str:
        W = shapes.tensor("W", l)
        return f"{W.symbol} {W.numeric_text}"

    def _place(self, columns: list[_Column], edge_texts: list[str]) -> None:
        """x of every layer: far enough apart that labels never touch and W[l]'s label fits between."""
        x = 0.0
        for l, column in enumerate(columns):
            if l:
                previous = columns[l - 1]
                edge_w = self._type.width("edge", edge_texts[l - 1]) + 2 * PILL_PAD
                x += max(MIN_GAP, (previous.label_w + column.label_w) / 2 + SPACING,
                         previous.half + edge_w + column.half + SPACING)
            column.x = x

    def _build(self, shapes: NetworkShapes) -> QRectF:
        """Bring the items up to ``shapes``, keeping those whose look did not change; returns the
        rectangle the layers cover."""
        type_ = self._type
        columns = self._columns(shapes)
        edge_texts = [self._edge_text(shapes, l) for l in range(1, len(columns))]
        self._place(columns, edge_texts)
        height = max(column.body_h for column in columns)
        # rows shared by all layers: n[l] above the tallest body, g[l] and the word below it
        rows = (("top", TEXT, -height / 2 - LABEL_GAP - type_.height("top")),
                ("math", TEXT, height / 2 + LABEL_GAP),
                ("word", MUTED, height / 2 + LABEL_GAP + type_.height("math") + 2))
        layers = []
        for column in columns:
            look = column.look(height)
            item = self._kept(self._layers, len(layers), look)
            if item is None:
                # the highlight spans the bodies' rows only, so its outline never strikes through a label
                rect = QRectF(column.x - column.half, -height / 2 - LABEL_GAP + 4, 2 * column.half,
                              height + 2 * LABEL_GAP - 8)
                labels = [type_.label(role, text, color, column.x, y)
                          for (role, color, y), text in zip(rows, column.texts)]
                number = None if column.circles else type_.label("box", str(column.shapes.units), TEXT, column.x,
                                                                   -type_.height("box") / 2)
                item = self._added(LayerItem(column, look, rect, labels, number, self._on_layer_hovered,
                                             self._on_layer_pressed))
            else:
                item.move_to(column.x)
                item.set_shapes(column.shapes)
            layers.append(item)
        edges = []
        for l in range(1, len(columns)):
            left, right = columns[l - 1], columns[l]
            text = edge_texts[l - 1]
            look = (left.key, right.key, right.x - left.x, text)
            edge = self._kept(self._edges, len(edges), look)
            if edge is None:
                edge = self._added(self._edge_item(left, right, shapes, look, text))
            edge.setPos(left.x, 0.0)
            edges.append(edge)
        for item in [*self._layers[len(layers):], *self._edges[len(edges):]]:
            self.scene().removeItem(item)
        self._layers, self._edges = layers, edges
        covered = QRectF()
        for item in layers:
            covered = covered.united(item.sceneBoundingRect())
        return covered

    def _kept(self, items: list, index: int, look: tuple) -> Optional[QGraphicsPathItem]:
        """The item at ``index`` if it already looks like ``look``; else None, and the old one is removed."""
        if index >= len(items):
            return None
        if items[index].look == look:
            return items[index]
        self.scene().removeItem(items[index])
        return None

    def _added(self, item: QGraphicsPathItem) -> QGraphicsPathItem:
        self.scene().addItem(item)
        return item

    def _lines_between(self, left: _Column, right: _Column) -> _Lines:
        """All neuron pairs as lines; at a box, a fan of FAN lines over a faint band instead."""
        key = (left.key, right.key, right.x - left.x)
        if key not in self._lines:
            if len(self._lines) > 256:
                self._lines.clear()
            (x0, starts), (x1, ends) = left.anchors(+1, 0.0), right.anchors(-1, right.x - left.x)
            path = QPainterPath()
            for y0 in starts:
                for y1 in ends:
                    path.moveTo(x0, y0)
                    path.lineTo(x1, y1)
            band = QPolygonF([QPointF(x0, starts[0]), QPointF(x1, ends[0]), QPointF(x1, ends[-1]),
                              QPointF(x0, starts[-1])])
            self._lines[key] = _Lines(path, len(starts) * len(ends), band, not (left.circles and right.circles))
        return self._lines[key]

    def _edge_item(self, left: _Column, right: _Column, shapes: NetworkShapes, look: tuple, text: str) -> EdgeItem:
        l = right.shapes.layer
        center_x = (left.body_w / 2 + right.x - left.x - right.body_w / 2) / 2
        label = self._type.label("edge", text, TEXT, center_x, -self._type.height("edge") / 2)
        return EdgeItem(l, look, self._lines_between(left, right), label,
                        f"{shapes.tensor('W', l)}\n{shapes.tensor('b', l)}")


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(NetworkView, 1100, 650)

"""The network diagram, alive while training: layers 0..L left to right, every drawn unit coloured by its
mean activation, every drawn edge by the sign and size of its weight, and a click on a unit opens the
panel of its incoming weights.

Laid out in the view's own pixels (:mod:`.layout`), so text is never smaller than the app's and the
whole network fits the view from L = 1 to 12 and beyond (a very deep one scrolls sideways). A layer of
more than ``MAX_DRAWN`` units shows its first ones and how many more there are. The numbers come from
the session and :mod:`visualnet.engine.visual` (``mean_activations``, ``edge_classes``); this package
places and paints. Training updates are followed behind a :class:`Throttle`.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPolygonF, QResizeEvent, QTransform, \
    QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from ....engine.shapes import NetworkShapes
from ....engine.visual import edge_classes, mean_activations, nice_level, sample_columns, symmetric_level
from ...session import Session
from ..throttle import Throttle
from .footer import Footer, Legend, UnitPanel
from .items import BACKGROUND, LEVELS, MUTED, TEXT, EdgeItem, Label, LayerItem
from .layout import MAX_DRAWN, Geometry, drawn, lay_out

__all__ = ["NetworkView", "LayerItem", "EdgeItem", "MAX_DRAWN", "SAMPLE"]

SAMPLE = 256  # training examples the units' mean activations are taken over
MAX_ZOOM = 4.0  # Ctrl+wheel, times the laid-out size


class _Typesetter:
    """The widget's font, plain and bold, and remembered text widths (most texts survive an edit)."""

    def __init__(self, base: QFont) -> None:
        self.plain = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.metrics = {id(font): QFontMetricsF(font) for font in (self.plain, self.bold)}
        self.line = self.metrics[id(self.plain)].height()
        self._widths: dict[tuple[bool, str], float] = {}

    def width(self, text: str, bold: bool = False) -> float:
        key = (bold, text)
        if key not in self._widths:
            self._widths[key] = self.metrics[id(self.bold if bold else self.plain)].horizontalAdvance(text) + 2
        return self._widths[key]

    def label(self, text: str, x: float, y: float, bold: bool = False, color=TEXT) -> Label:
        """A label whose horizontal centre is x and whose top is y."""
        font = self.bold if bold else self.plain
        width = self.width(text, bold)
        return Label(text, font, color, QRectF(x - width / 2, y, width, self.line),
                     QPointF(x - width / 2 + 1, y + self.metrics[id(font)].ascent()))


class NetworkView(QGraphicsView):
    """The live network diagram of ``session``: observes it, and writes back only hover and selection.

    Parameters
    ----------
    session : Session
        Read for ``shapes``, ``dataset``, ``train`` and ``network``; written with ``set_hovered_layer``
        and ``set_selected_layer``.
    parent : QWidget, optional
    """

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.session = session
        scene = QGraphicsScene(self)
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # a few dozen items, made anew often
        self.setScene(scene)
        self.setBackgroundBrush(BACKGROUND)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        # A training update changes units in every layer and edges between them: one rectangle around all
        # it changed paints in half the time of the region of 40-odd pieces those items make (QPainter
        # clips every line to each piece); what did not change inside it is copied from the items' caches.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.footer = Footer(session, self)
        self.footer.panel.closed.connect(self._on_panel_closed)
        self._layers: list[LayerItem] = []
        self._edges: list[EdgeItem] = []
        self.geometry_: Optional[Geometry] = None
        self._painted: tuple[int, int] = (-1, -1)  # the (selected, hovered) layers the items show
        self._pressed = False  # the left button went down on this view: its release is ours too (a unit's
        # panel lays the diagram out anew, and the item that took the press is gone by the release)
        self._sample_X: Optional[np.ndarray] = None  # the training examples the means are taken over
        self._live: Optional[tuple[list[np.ndarray], list[np.ndarray], float]] = None  # means, classes, level
        self._unit = (-1, -1)  # (l, j) of the unit in the panel
        self._margin = -1

        self._throttle = Throttle(self._refresh_live, widget=self)
        session.architectureChanged.connect(self._on_structure_changed)
        session.datasetChanged.connect(self._on_dataset_changed)
        session.parametersChanged.connect(self._throttle.request)
        session.selectedLayerChanged.connect(self._on_pointed_layer_changed)
        session.hoveredLayerChanged.connect(self._on_pointed_layer_changed)
        self._tell_sample()
        self._place_footer()
        self._rebuild()
        self._throttle.flush()

    # ------------------------------------------------------------------ what tests and callers read
    def layer_items(self) -> list[LayerItem]:
        """One item per layer l = 0..L, in order."""
        return list(self._layers)

    def edge_items(self) -> list[EdgeItem]:
        """The edges between layers l-1 and l, one item each, for l = 1..L."""
        return list(self._edges)

    def edge_labels(self) -> list[str]:
        """The texts of the edges' pills, for l = 1..L: ``"W[1] (20, 64)"``."""
        return [edge.label for edge in self._edges]

    @property
    def unit_panel(self) -> UnitPanel:
        return self.footer.panel

    @property
    def legend(self) -> Legend:
        return self.footer.legend

    def sample_X(self) -> np.ndarray:
        """The fixed training examples (scaled, as the network sees them) whose mean activations colour the units."""
        if self._sample_X is None:
            train = self.session.train
            self._sample_X = train.X[:, sample_columns(train.m, SAMPLE)]
        return self._sample_X

    # ------------------------------------------------------------------ session -> view
    def _on_dataset_changed(self) -> None:
        self._sample_X = None
        self._tell_sample()
        self._on_structure_changed()

    def _tell_sample(self) -> None:
        """The legend says how many examples the colours are taken over from the start, not from the first update."""
        self.legend.set_scale(self.legend.colour_key.level, self.sample_X().shape[1])

    def _on_structure_changed(self) -> None:
        l, j = self._unit
        sizes = self.session.layer_sizes
        if l > len(sizes) - 1 or (l >= 1 and j >= drawn(sizes[l])):
            self.unit_panel.close_panel()
        elif l >= 1:
            self.unit_panel.show_unit(l, j)  # the same unit of a changed network: new captions
        self._live = None
        self.resetTransform()
        with self._repainted_once():
            self._rebuild()
            self._show_pointed_layers(reveal=True)

    def _refresh_live(self) -> None:
        """Colour units and edges from the network's current parameters (the engine computes, we paint)."""
        net, sizes = self.session.network, [len(item.circles) for item in self._layers]
        if list(net.layer_sizes) != self.session.layer_sizes or [drawn(n) for n in net.layer_sizes] != sizes:
            return  # the parameters changed first; the architecture's signal follows
        means = [m[:drawn(len(m))] for m in mean_activations(net, self.sample_X())]
        level = nice_level(symmetric_level(np.concatenate(means[1:])))
        classes = [edge_classes(net.params[f"W{l}"], sizes[l], sizes[l - 1], LEVELS) for l in range(1, net.L + 1)]
        self._live = (means, classes, level)
        self._apply_live()

    def _apply_live(self) -> None:
        if self._live is None:
            return
        means, classes, level = self._live
        for item, values in zip(self._layers[1:], means[1:]):
            item.set_means(values, level)
        for edge, block in zip(self._edges, classes):
            edge.set_classes(block)
        self.legend.set_scale(level, self.sample_X().shape[1])

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
            self.ensureVisible(item.path().boundingRect(), 8, 0)
        self._painted = (selected, hovered)

    @contextmanager
    def _repainted_once(self) -> Iterator[None]:
        """Rebuild and scroll without the viewport following each step, then repaint once."""
        mode = self.viewportUpdateMode()
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        try:
            yield
        finally:
            self.setViewportUpdateMode(mode)
        self.viewport().update()

    # ------------------------------------------------------------------ view -> session
    def _on_layer_hovered(self, layer: int) -> None:
        self.session.set_hovered_layer(layer)

    def _on_layer_pressed(self, layer: int, unit: int) -> None:
        self.session.set_selected_layer(layer)
        if layer >= 1 and unit >= 0:
            self.choose_unit(layer, unit)

    def choose_unit(self, layer: int, unit: int) -> None:
        """Open the panel of unit ``unit`` of layer ``layer`` (or show that unit in it)."""
        old = self._unit[0]
        if 0 <= old < len(self._layers):
            self._layers[old].set_chosen(-1)
        self._unit = (layer, unit)
        self._layers[layer].set_chosen(unit)
        self.unit_panel.show_unit(layer, unit)
        self._place_footer()

    def _on_panel_closed(self) -> None:
        l = self._unit[0]
        if 0 <= l < len(self._layers):
            self._layers[l].set_chosen(-1)
        self._unit = (-1, -1)
        self._place_footer()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._pressed = event.button() == Qt.MouseButton.LeftButton
        if self._pressed and not event.isAccepted():
            self.session.set_selected_layer(-1)  # a click on the empty background clears the selection
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._pressed:
            self._pressed = False
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left/Right walk the selection through the layers; Escape clears it and closes the unit's panel."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(event.key())
        if step is not None and self._layers:
            current, last = self.session.selected_layer, len(self._layers) - 1
            target = (0 if step > 0 else last) if current < 0 else current + step
            self.session.set_selected_layer(min(max(target, 0), last))
        elif event.key() == Qt.Key.Key_Escape:
            self.session.set_selected_layer(-1)
            self.unit_panel.close_panel()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ size, zoom, font, language
    def _place_footer(self) -> None:
        """The legend and the unit panel take the bottom of the view; the diagram gets the rest."""
        rect = self.contentsRect()
        height = self.footer.height_for(rect.width())
        self.footer.setGeometry(rect.left(), rect.bottom() + 1 - height, rect.width(), height)
        if height != self._margin:
            self._margin = height
            self.setViewportMargins(0, 0, 0, height)  # the viewport resizes: resizeEvent lays out again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_footer()
        self._rebuild()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms under the mouse, from the laid-out size up to MAX_ZOOM times it."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        current = self.transform().m11()
        target = min(max(current * 1.15 ** (event.angleDelta().y() / 120), 1.0), MAX_ZOOM)
        if abs(target - 1) < 0.05:
            self.setTransform(QTransform())
        else:
            self.scale(target / current, target / current)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._place_footer()
            self._rebuild()

    # ------------------------------------------------------------------ building the scene
    def _texts(self, shapes: NetworkShapes) -> list[tuple[str, str, str]]:
        """(n[l] above; g[l] and a word below) for every layer; the input's image shape is the word's."""
        image_shape = self.session.dataset.image_shape
        words = {"input": self.tr("input"), "hidden": self.tr("hidden"), "output": self.tr("output")}
        texts = []
        for layer in shapes.layers:
            l, n = layer.layer, layer.units
            if l == 0:
                shape = f"  {'×'.join(map(str, image_shape))}" if image_shape else ""
                texts.append((f"n[0] = {n}", "X = A[0]", words["input"] + shape))
            else:
                output = l == shapes.L
                word = words["output" if output else "hidden"]
                texts.append((f"n[{l}] = {n}", f"g[{l}] = {layer.activation}",
                              f"{word}  {f'ŷ = A[{l}]' if output else f'A[{l}]'}"))
        return texts

    def _rebuild(self) -> None:
        """Lay the network out for the viewport as it is now and make its items anew."""
        shapes = self.session.shapes
        type_ = _Typesetter(self.font())
        texts = self._texts(shapes)
        units = [layer.units for layer in shapes.layers]
        markers = [f"+{n - drawn(n):,}" if n > MAX_DRAWN else "" for n in units]
        compact_ws = [max(type_.width(top, bold=True), type_.width(g), type_.width(marker))
                      for (top, g, _), marker in zip(texts, markers)]
        label_ws = [max(w, type_.width(word)) for w, (_, _, word) in zip(compact_ws, texts)]
        pills = [f"{shapes.tensor('W', l).symbol} {shapes.tensor('W', l).numeric_text}" for l in range(1, shapes.L + 1)]
        size = self.viewport().size()
        geometry = lay_out(units, label_ws, compact_ws, [type_.width(p) + 12 for p in pills], size.width(),
                           size.height(), type_.line)
        self.geometry_ = geometry
        scene = self.scene()
        scene.clear()
        self._layers = [self._layer_item(l, texts[l], markers[l], geometry, type_, shapes) for l in range(len(units))]
        self._edges = [self._edge_item(l, pills[l - 1], geometry, type_, shapes) for l in range(1, len(units))]
        for item in (*self._layers, *self._edges):
            scene.addItem(item)
        scene.setSceneRect(0, 0, geometry.width, geometry.height)
        l, j = self._unit
        if 1 <= l < len(self._layers):
            self._layers[l].set_chosen(j)
        self._painted = (-1, -1)
        self._show_pointed_layers(reveal=False)
        self._apply_live()

    def _layer_item(self, l: int, texts: tuple[str, str, str], marker: str, geometry: Geometry,
                    type_: _Typesetter, shapes: NetworkShapes) -> LayerItem:
        x, row, line = geometry.xs[l], geometry.label_row(l), type_.line
        top, g, word = texts
        labels = [type_.label(top, x, geometry.top_ys[row], bold=True), type_.label(g, x, geometry.bottom_ys[row])]
        if not geometry.compact:
            labels.append(type_.label(word, x, geometry.bottom_ys[row] + line, color=MUTED))
        marker_y = geometry.marker_ys[l]
        if marker_y is not None:
            labels.append(type_.label("⋮", x, marker_y, bold=True))
            if geometry.stagger == 1:  # (staggered, the markers would touch: n[l] above says how many there are)
                labels.append(type_.label(marker, x, marker_y + line))
        half = geometry.radius + 0.3 * line
        body_top, body_bottom = geometry.body
        highlight = QRectF(x - half, body_top - 0.25 * line, 2 * half, body_bottom - body_top + 0.5 * line)
        kind = "input" if l == 0 else "output" if l == shapes.L else "hidden"
        layer = shapes.layers[l]
        tooltip = "\n".join([word] + [str(t) for name, t in layer.tensors.items() if name in ("W", "b", "A")])
        if l and marker:
            tooltip += "\n" + self.tr("The first {k} of its {n} units are drawn.").format(k=MAX_DRAWN,
                                                                                         n=f"{layer.units:,}")
        if l:
            tooltip += "\n" + self.tr("Click a unit to see its incoming weights.")
        centres = [QPointF(x, y) for y in geometry.unit_ys[l]]
        return LayerItem(l, kind, centres, geometry.radius, labels, highlight, self._on_layer_hovered,
                         self._on_layer_pressed, tooltip)

    def _edge_item(self, l: int, pill: str, geometry: Geometry, type_: _Typesetter,
                   shapes: NetworkShapes) -> EdgeItem:
        r = geometry.radius
        x0, x1 = geometry.xs[l - 1] + r, geometry.xs[l] - r
        starts = [QPointF(x0, y) for y in geometry.unit_ys[l - 1]]
        ends = [QPointF(x1, y) for y in geometry.unit_ys[l]]
        bundle = None
        left_marker, right_marker = geometry.marker_ys[l - 1], geometry.marker_ys[l]
        if left_marker is not None or right_marker is not None:
            # the edges of the units not drawn: one pale band from the first unit to the marker, each side
            left_end = left_marker if left_marker is not None else starts[-1].y()
            right_end = right_marker if right_marker is not None else ends[-1].y()
            bundle = QPolygonF([starts[0], ends[0], QPointF(x1, right_end), QPointF(x0, left_end)])
        middle = (geometry.body[0] + geometry.body[1]) / 2
        label = type_.label(pill, (x0 + x1) / 2, middle - type_.line / 2)
        return EdgeItem(l, starts, ends, bundle, label, geometry.pills,
                        f"{shapes.tensor('W', l)}\n{shapes.tensor('b', l)}")


if __name__ == "__main__":
    from ..demo import run_demo

    run_demo(NetworkView, 1100, 650, train=True)

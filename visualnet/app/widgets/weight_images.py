"""What the units have learned: the first layer's weights as pictures, and what excites deeper units.

On an image dataset row i of W[1] holds one weight per pixel, so it is itself a picture: one
tile per hidden unit, numbered i above it, red where ink raises z[1]_i and blue where it lowers it,
on a colour bar centred on 0. Each tile is drawn on its own scale by default: the lesson is the shape
of what a unit looks for (strokes, after training), and on one scale for all the few units with the
largest weights would leave the others pale; one box switches to one scale, for comparing sizes.
Deeper units see no pixels; for every layer, the first included, the panel also shows per unit the
images of the dataset that give it the largest activation a[l]_i: the course's lesson "edges ->
parts -> whole" read layer by layer. How far that lesson shows on the data is measured, not
asserted: the caption gives, per layer, how often a unit's top examples share a class, against
examples drawn at random. On other data every W[l] is drawn as the matrix it is, (n[l], n[l-1]).

One ImageItem and one ColorBarItem serve every view; the numbers come from
:mod:`visualnet.engine.visual`, this module only chooses what to show and where.
"""
from __future__ import annotations

import math
from typing import NamedTuple, Optional

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainterPath, QPen, QResizeEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGraphicsPathItem, QGraphicsSimpleTextItem, QLabel, QVBoxLayout,
                               QWidget)

from ...engine.visual import (PADDING, chance_agreement, example_tiles, fitting_columns, layers_class_agreement,
                              nice_level, tile_origin, top_activating, weight_heatmap, weight_tiles)
from ..session import Session
from ..texts import join_sentences, with_blocked
from .plotting import FOREGROUND, cache_axes, quiet_plot, readable_axes
from .throttle import Throttle

TOP_K = 8  # images per unit in the "images that activate each unit" views
MAX_TICKS = 25  # label at most this many rows or columns; more would overlap
# units (rows) and inputs (columns) drawn at most: no screen shows more, and a 10^6-unit layer's tiles took
# seconds to lay out and paint; the caption says when only the first ones are drawn
MAX_SHOWN = 400
DIVERGING = "CET-D1"  # blue - white - red, perceptually even (colorcet)
GREYS = "CET-L1"  # black - white, for pixels (ink is bright, like MNIST)
GAP_COLOUR = "#7f8790"  # shows through the NaN gaps between tiles: neither a weight nor a pixel
LABEL_SHARE = 0.35  # a tile's number is this share of its height tall, on the white above the tile
UNIT_SCALE_TICKS = [[(-1.0, "−max"), (0.0, "0"), (1.0, "+max")]]  # a tile's own ends: ± its largest |weight|
LABEL_FONT_PX = 32  # the numbers' font before they are scaled to the tiles (large: smooth when scaled)


class View(NamedTuple):
    """One entry of the layer selector: which layer, drawn how."""

    layer: int
    kind: str  # "tiles" (W[1] as images), "heatmap" (W[l] as a matrix), "top" (images that excite units)


def views_for(image_shape: Optional[tuple[int, ...]], L: int) -> list[View]:
    """The selector's entries for a dataset (with or without images) and a network of L layers."""
    if image_shape is None:
        return [View(l, "heatmap") for l in range(1, L + 1)]
    return [View(1, "tiles")] + [View(l, "top") for l in range(1, L + 1)]


def _shape_text(image_shape: tuple[int, ...]) -> str:
    return "×".join(str(s) for s in image_shape[:2])


def label_rows(image_shape: tuple[int, ...]) -> int:
    """Rows of room above each W[1] tile for its unit's number: about a third of a tile, at least 2 pixels."""
    return max(2, round(LABEL_SHARE * image_shape[0]))


class WeightImages(QWidget):
    """A layer selector, a caption, and the chosen layer's weights or top images with a colour bar."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightImages")
        self.session = session
        self._views: list[View] = []
        self._view = View(1, "tiles")
        self._image_shape: Optional[tuple[int, ...]] = None  # the last image's shape: the range follows it
        # per layer, how often a unit's top examples share a class, and the same for random examples
        self._agreements: list[float] = []
        self._chance: Optional[float] = None

        self.layer_combo = QComboBox(self)
        self.layer_combo.setObjectName("weightLayerCombo")
        # long view names ("Layer 4: examples that excite each unit") must not hold the dock wide: the combo
        # may be narrower than its longest item, whose whole name shows when the list opens
        self.layer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.layer_combo.setMinimumContentsLength(14)
        self.caption = QLabel(self)
        self.caption.setObjectName("weightCaption")
        self.caption.setWordWrap(True)
        self.unit_scale_check = QCheckBox(self)
        self.unit_scale_check.setObjectName("weightUnitScaleCheck")
        self.unit_scale_check.setChecked(True)
        self.graphics, self.plot = quiet_plot(self)
        self.plot.invertY(True)  # row 0 at the top: images upright, matrices as printed
        for side in ("left", "bottom"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)  # unit indices, not quantities
        # the NaN gaps between tiles are transparent: this shape behind the image colours them (not the
        # room for the tiles' numbers, which stays white under the text)
        self.backdrop = QGraphicsPathItem()
        self.backdrop.setPen(QPen(Qt.PenStyle.NoPen))
        self.backdrop.setBrush(QColor(GAP_COLOUR))
        self.plot.addItem(self.backdrop)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(values=(-1.0, 1.0), colorMap=DIVERGING, interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        for side in ("left", "right"):
            self.colour_bar.getAxis(side).setTextPen(FOREGROUND)
        cache_axes(self.colour_bar)
        readable_axes(self.colour_bar)
        self.unit_labels: list[QGraphicsSimpleTextItem] = []  # tile i's number, "i", above it
        self.columns = 1  # W[1]'s tiles per row: as many as make them largest in the panel

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.layer_combo)  # as wide as the dock; the box under it keeps the dock narrow
        layout.addWidget(self.unit_scale_check)
        layout.addWidget(self.caption)
        layout.addWidget(self.graphics, 1)

        # a forward pass over the whole dataset ("top" views) may cost more than a frame
        self._throttle = Throttle(self._redraw, widget=self)
        self.layer_combo.currentIndexChanged.connect(self._on_view_chosen)
        self.unit_scale_check.toggled.connect(self._on_scale_chosen)
        self._follow_font()
        session.parametersChanged.connect(self._throttle.request)
        session.architectureChanged.connect(self._on_structure_changed)
        session.datasetChanged.connect(self._on_structure_changed)
        self.plot.getViewBox().sigResized.connect(self._on_resized)
        self._on_structure_changed()

    # -------------------------------------------------------------- what is shown
    @property
    def view(self) -> View:
        return self._view

    def set_view(self, view: View) -> None:
        """Show ``view`` (an entry of the selector); a view the network does not have is ignored."""
        if view in self._views:
            self.layer_combo.setCurrentIndex(self._views.index(view))

    def _on_structure_changed(self) -> None:
        """New dataset or architecture: new selector entries, keeping the chosen layer if it is still there."""
        data = self.session.dataset
        self._views = views_for(data.image_shape, self.session.architecture.L)
        self._chance = (chance_agreement(data.labels, min(TOP_K, data.m))
                        if data.image_shape is not None and data.task != "regression" else None)
        self._agreements = []
        old = self._view
        self._view = old if old in self._views else next((v for v in self._views if v.layer == old.layer),
                                                          self._views[0])
        self._fill_selector()
        self._configure()
        self._throttle.flush()

    def _on_view_chosen(self, row: int) -> None:
        if 0 <= row < len(self._views) and self._views[row] != self._view:
            self._view = self._views[row]
            self._configure()
            self._throttle.flush()

    def _fit_columns(self) -> bool:
        """Choose the tiles per row for the panel's present size; True when that changed the grid."""
        shape = self.session.dataset.image_shape
        if self._view.kind != "tiles" or shape is None:
            return False
        n = min(self.session.layer_sizes[1], MAX_SHOWN)
        box = self.plot.getViewBox().size()
        cell = (label_rows(shape) + shape[0] + PADDING, shape[1] + PADDING)
        columns = fitting_columns(n, cell, max(box.width(), 1.0), max(box.height(), 1.0))
        changed, self.columns = columns != self.columns, columns
        return changed

    def _on_resized(self) -> None:
        """A wider or taller panel may hold larger tiles on another grid: lay them out again."""
        if self._fit_columns():
            self._place_unit_labels(len(self.unit_labels), self.session.dataset.image_shape)
            self._image_shape = None
            self._throttle.flush()

    def _on_scale_chosen(self) -> None:
        self._write_texts()
        self._throttle.flush()

    @property
    def per_unit(self) -> bool:
        """W[1]'s tiles each on their own scale (the box is ticked and the tiles are shown)."""
        return self._view.kind == "tiles" and self.unit_scale_check.isChecked()

    def _fill_selector(self) -> None:
        def fill() -> None:
            self.layer_combo.clear()
            for view in self._views:
                text = (self.tr("Layer {l}: examples that excite each unit") if view.kind == "top"
                        else self.tr("Layer {l} weights")).format(l=view.layer)
                self.layer_combo.addItem(text)
            self.layer_combo.setCurrentIndex(self._views.index(self._view))
        with_blocked(self.layer_combo, fill)

    def _configure(self) -> None:
        """Axes, ticks, colours and aspect for the chosen view; the data follows in :meth:`_redraw`."""
        l, kind = self._view
        sizes = self.session.layer_sizes
        shape = self.session.dataset.image_shape
        self.plot.showAxis("left", kind != "tiles")
        self.plot.showAxis("bottom", kind != "tiles")
        self.unit_scale_check.setVisible(kind == "tiles")
        self._fit_columns()
        self._place_unit_labels(min(sizes[1], MAX_SHOWN) if kind == "tiles" else 0, shape)
        self.plot.setAspectLocked(kind != "heatmap")
        self.colour_bar.setColorMap(GREYS if kind == "top" else DIVERGING)
        colour_images = kind == "top" and shape is not None and len(shape) == 3 and shape[2] in (3, 4)
        self.colour_bar.setVisible(not colour_images)  # an RGB image has no colour map to explain
        left, bottom = self.plot.getAxis("left"), self.plot.getAxis("bottom")
        if kind == "heatmap":
            left.setTicks(_index_ticks([float(i) for i in range(min(sizes[l], MAX_SHOWN))]))
            bottom.setTicks(_index_ticks([float(j) for j in range(min(sizes[l - 1], MAX_SHOWN))]))
        elif kind == "top":
            assert shape is not None
            k = min(TOP_K, self.session.dataset.m)
            left.setTicks(_index_ticks([tile_origin(i * k, shape, k)[0] + shape[0] / 2
                                        for i in range(min(sizes[l], MAX_SHOWN))]))
            bottom.setTicks(_index_ticks([tile_origin(r, shape, k)[1] + shape[1] / 2 for r in range(k)], start=1))
        self._image_shape = None  # the next image sets the range afresh
        self._write_texts()

    def _place_unit_labels(self, n: int, shape: Optional[tuple[int, ...]]) -> None:
        """Number the first ``n`` tiles of W[1] on the white above each, sized to the tiles (0: no numbers).

        The numbers live in the plot's coordinates, one image pixel per unit, so they grow and shrink
        with the tiles (at a projector too) and always fit the room :func:`label_rows` leaves them.
        """
        for item in self.unit_labels[n:]:
            self.plot.removeItem(item)
        del self.unit_labels[n:]
        if n == 0:
            return
        assert shape is not None
        top, columns = label_rows(shape), self.columns
        font = QFont(self.font())
        font.setPixelSize(LABEL_FONT_PX)
        while len(self.unit_labels) < n:
            item = QGraphicsSimpleTextItem(str(len(self.unit_labels)))
            item.setBrush(QColor(FOREGROUND))
            self.plot.addItem(item)
            self.unit_labels.append(item)
        for i, item in enumerate(self.unit_labels):
            item.setFont(font)
            item.setScale(0.9 * top / item.boundingRect().height())
            row, column = tile_origin(i, shape, columns, top)
            item.setPos(column, row - top)

    def _write_texts(self) -> None:
        l, kind = self._view
        self.layer_combo.setToolTip(self.tr("Which layer to look at"))
        self.unit_scale_check.setText(self.tr("Each tile on its own scale"))
        self.unit_scale_check.setToolTip(self.tr(
            "Ticked: each unit's strongest weight is full red or blue, so every unit's pattern shows. "
            "Unticked: one scale for all, to compare how large the units' weights are."))
        self.caption.setText(self._full_caption())
        self.colour_bar.getAxis("left").setLabel(self._colour_bar_text())
        # on its own scale each tile reaches ±1 at its own strongest weight: the ends say so, not a number
        self.colour_bar.getAxis("right").setTicks(UNIT_SCALE_TICKS if self.per_unit else None)
        left, bottom = self.plot.getAxis("left"), self.plot.getAxis("bottom")
        if kind in ("heatmap", "top"):
            left.setLabel(self.tr("unit i of layer {l}").format(l=l))
        if kind == "heatmap":
            bottom.setLabel(self.tr("input j") if l == 1 else self.tr("unit j of layer {l}").format(l=l - 1))
        elif kind == "top":
            bottom.setLabel(self.tr("rank"))

    def _colour_bar_text(self) -> str:
        """What a colour means: a pixel's value, or which way a weight pushes."""
        l, kind = self._view
        if kind == "top":
            return self.tr("pixel value")
        words = self.tr("negative ← {W} → positive").format(W=f"W[{l}]")
        # the words run along the bar: on a short bar (a 1280x720 laptop) only the symbol fits
        axis = self.colour_bar.getAxis("left")
        room = self.colour_bar.boundingRect().height()
        fits = QFontMetrics(axis.label.font()).horizontalAdvance(words) <= room
        return words if fits or room <= 0 else f"W[{l}]"

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.colour_bar.getAxis("left").setLabel(self._colour_bar_text())

    def _full_caption(self) -> str:
        """The caption, and which units or columns are drawn when not all of them fit."""
        l, kind = self._view
        caption = self._caption()
        n = self.session.layer_sizes[l]
        if n > MAX_SHOWN:
            caption += " " + self.tr("Drawn: the first {k} of the {n} units.").format(k=MAX_SHOWN, n=f"{n:,}")
        if kind == "heatmap" and self.session.layer_sizes[l - 1] > MAX_SHOWN:
            caption += " " + self.tr("Drawn: the first {k} of the {n} columns.").format(
                k=MAX_SHOWN, n=f"{self.session.layer_sizes[l - 1]:,}")
        return caption

    def _caption(self) -> str:
        session, (l, kind) = self.session, self._view
        sizes = session.layer_sizes
        if kind == "tiles":
            shape = session.dataset.image_shape
            assert shape is not None
            if len(shape) == 3:
                text = self.tr("{W}: one tile per hidden unit i (its number above it), reshaped to {shape} and "
                               "averaged over its {c} colour channels. Red: positive weight, blue: negative, "
                               "white: 0.")
                text = text.format(W="W[1]", shape=_shape_text(shape), c=shape[2])
            else:
                text = self.tr("{W}: one tile per hidden unit i (its number above it), reshaped to {shape}. "
                               "Red: positive weight, blue: negative, white: 0.").format(W="W[1]",
                                                                                         shape=_shape_text(shape))
            if self.per_unit:
                own_scale = self.tr("Each tile on its own scale: its strongest weight is full colour.")
                text = join_sentences([text, own_scale])
            return text
        if kind == "top":
            return join_sentences([self.tr("Layer {l}: for each unit i (one row), the {k} images with the largest "
                                           "activation {a}, largest first.").format(
                l=l, k=min(TOP_K, session.dataset.m), a=f"a[{l}]_i")] + self._agreement_text())
        return self.tr("{W} {shape}: row i holds the weights of unit i, column j the weight on {a_j}.").format(
            W=f"W[{l}]", shape=f"(n[{l}], n[{l - 1}]) = ({sizes[l]}, {sizes[l - 1]})",
            a_j="x_j" if l == 1 else f"a[{l - 1}]_j")

    def _agreement_text(self) -> list[str]:
        """What the top examples show, measured: per layer, how often a unit's top examples share a class.

        Edges -> parts -> whole predicts that this rises with depth; the numbers say whether it does
        on this data and these parameters (an untrained network already scores above chance)."""
        if self._chance is None or not self._agreements:
            return []
        per_layer = self.tr(", ").join(
            self.tr("layer {l} {share}").format(l=l, share="–" if math.isnan(share) else f"{share:.0%}")
            for l, share in enumerate(self._agreements, start=1))
        return [self.tr("Share of a unit's top examples in its most common class: {per_layer} (random examples: "
                        "{chance}).").format(per_layer=per_layer, chance=f"{self._chance:.0%}"),
                self.tr("They show what excites a unit, not which pixels it uses: only layer 1's weights show "
                        "those.")]

    # -------------------------------------------------------------- drawing
    def _redraw(self) -> None:
        session, (l, kind) = self.session, self._view
        net, data = session.network, session.dataset
        if self._view not in views_for(data.image_shape, net.L):
            return  # the parameters changed first; the dataset or architecture signal follows
        if kind == "top":
            assert data.image_shape is not None
            # the network sees the scaled features; the pictures are the examples as they are
            X = session.scaling.apply(data.X)
            image, levels = example_tiles(data.X, top_activating(net, X, l, TOP_K)[:MAX_SHOWN], data.image_shape)
            if self._chance is not None:
                self._agreements = layers_class_agreement(net, X, data.labels, TOP_K, units=MAX_SHOWN)
                self.caption.setText(self._full_caption())
        else:
            if kind == "tiles":
                assert data.image_shape is not None
                image, level = weight_tiles(net.params["W1"][:MAX_SHOWN], data.image_shape,
                                            self.columns, self.per_unit, label_rows(data.image_shape))
            else:
                image, level = weight_heatmap(net.params[f"W{l}"][:MAX_SHOWN, :MAX_SHOWN])
            level = nice_level(level)
            levels = (-level, level)
        self.image.setImage(image, levels=levels)
        # through the bar too: it keeps levels of its own, and gives them to the image after its first setImage
        self.colour_bar.setLevels(levels)
        if image.shape != self._image_shape:
            self._image_shape = image.shape
            h, w = image.shape[:2]
            # heatmap cells are centred on their indices (i, j); images start at pixel (0, 0)
            offset = 0.5 if kind == "heatmap" else 0.0
            self.image.setRect(QRectF(-offset, -offset, w, h))
            self.backdrop.setPath(self._backdrop_path(QRectF(-offset, -offset, w, h)))
            self.plot.getViewBox().setRange(xRange=(-offset, w - offset), yRange=(-offset, h - offset), padding=0.02)

    def _backdrop_path(self, rect: QRectF) -> QPainterPath:
        """The whole image, or for W[1]'s tiles only the tiles' rows, as far as the last tile: the room for the
        numbers and the cells after the last tile stay white."""
        path = QPainterPath()
        shape = self.session.dataset.image_shape
        if self._view.kind != "tiles" or shape is None:
            path.addRect(rect)
            return path
        top, (h, w), n = label_rows(shape), shape[:2], len(self.unit_labels)
        inset = 0.05  # kept inside the tiles' rows: scaled, the grey must not peek out as a line under them
        for row in range(-(-n // self.columns)):
            tiles = min(self.columns, n - row * self.columns)
            path.addRect(QRectF(rect.left(), row * (top + h + PADDING) + top + inset,
                                tiles * (w + PADDING) - PADDING, h - 2 * inset))
        return path

    # -------------------------------------------------------------- Qt events
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill_selector()
            self._write_texts()
        elif event.type() == QEvent.Type.FontChange:
            self._follow_font()
        super().changeEvent(event)

    def _follow_font(self) -> None:
        """Axis and colour-bar words in the panel's font: at a projector (presentation mode) they grow with it,
        as the tiles' numbers grow with the tiles."""
        font = self.font()
        axes = [self.colour_bar.getAxis("left"), self.colour_bar.getAxis("right"),
                self.plot.getAxis("left"), self.plot.getAxis("bottom")]
        for axis in axes:
            axis.setTickFont(font)
            axis.setLabel(axis.labelText, **{"font-size": f"{font.pointSizeF():g}pt"})
        # pyqtgraph drops a tick label that does not fit its axis: room for the widest (±max, -0.25), and for the
        # labels on the bar's ends, which stand half a line past them
        metrics, values = QFontMetrics(font), self.colour_bar.getAxis("right")
        widest = max(metrics.horizontalAdvance(text) for text in ("−max", "−0.25"))
        values.setWidth(widest + 3 * metrics.averageCharWidth())
        values.setStyle(hideOverlappingLabels=metrics.height())


def _index_ticks(positions: list[float], start: int = 0) -> list[list[tuple[float, str]]]:
    """Ticks labelled start, start+1, ... at ``positions``, thinned to at most MAX_TICKS labels."""
    step = -(-len(positions) // MAX_TICKS) or 1
    return [[(p, str(start + n)) for n, p in enumerate(positions) if n % step == 0]]


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(WeightImages, 560, 620, train=True)

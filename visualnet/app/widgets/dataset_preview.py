"""A look at the training examples: points for 2-D sets, pictures for image sets, X as a heatmap otherwise.

Three kinds of preview, chosen from the dataset alone (:func:`preview_kind`):

- ``"points"``: two features and classes. Each training example is a filled dot at (x₁, x₂) in
  its class colour; the dev examples are rings, so the split is visible too.
- ``"images"``: an image shape (h, w) or (h, w, c). A grid of the first training examples of
  each class, one block of columns per class named under it, upright.
- ``"matrix"``: anything else (bit patterns, a table of numbers): X of the first training examples
  as a heatmap in the course's layout -- one column per example, one row per feature -- with a
  strip under it holding each column's label y.

The plot items are made once, when the widget is built, and a dataset change only feeds them
new arrays; only the class names under a picture grid are made anew for each dataset.
What goes on screen is computed by the pure functions :func:`image_grid` and :func:`matrix_view`,
which tests check against the dataset's X.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...engine.datasets import Dataset
from ...engine.visual import PADDING, mosaic
from .plotting import readable_axes

# the decision boundary's class colours (blue and red for two classes, as in the course), so a
# class looks the same in every view
PALETTE = ("#2166ac", "#b2182b", "#1b9e77", "#e6ab02", "#7570b3", "#66a61e", "#e7298a", "#a6761d",
           "#17becf", "#666666")
MAX_POINTS = 20_000  # per set; more dots only hide each other, and cost time on every repaint
GRID_COLUMNS = 8
GRID_ASPECT = 0.6  # height / width the picture grid aims at: the plot's own shape in a narrow dock
MAX_GRID_ROWS = 8
MAX_CLASS_BLOCKS = 16  # more classes than this: the grid shows the first examples, whatever their class
MATRIX_COLUMNS = 32
MIN_HEIGHT = 150  # of the plot, in pixels: the preview shares its dock with the layer editor
TEXT = QColor("#1f2933")
MUTED = QColor("#5f6b7a")


def class_colors(C: int) -> list[QColor]:
    """One colour per class: the palette, then evenly spaced hues when there are more than ten."""
    if C <= len(PALETTE):
        return [QColor(c) for c in PALETTE[:C]]
    return [pg.intColor(c, hues=C) for c in range(C)]


def displayable(image_shape: Optional[tuple[int, ...]]) -> bool:
    """Whether examples of this shape can be drawn as pictures: (h, w) or (h, w, c)."""
    return image_shape is not None and len(image_shape) in (2, 3)


def preview_kind(dataset: Dataset) -> str:
    """``"images"``, ``"points"`` or ``"matrix"``: how the preview draws ``dataset``."""
    if displayable(dataset.image_shape):
        return "images"
    if dataset.n_x == 2 and dataset.task != "regression":
        return "points"
    return "matrix"


@dataclass(frozen=True)
class ImageGrid:
    """Pictures side by side: ``pixels`` from :func:`engine.visual.mosaic`, NaN (transparent) between them.

    ``examples[r, c]`` is the column of X drawn in tile (r, c), -1 where the tile is empty;
    ``ticks`` are (x, class name) for the middle of each class's block of columns.
    """

    pixels: np.ndarray
    examples: np.ndarray
    ticks: list[tuple[float, str]]


def class_count(dataset: Dataset) -> int:
    """C, the number of classes (0 for regression), even when the dataset names none."""
    if dataset.task == "regression":
        return 0
    return max(len(dataset.classes), int(dataset.labels.max()) + 1)


def _tile_layout(m: int, labels: Optional[np.ndarray], C: int, tile_aspect: float
                 ) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Which example goes in each tile (-1: none), and each class's block as (first column, columns).

    With 2..MAX_CLASS_BLOCKS classes every class gets a block of GRID_COLUMNS // C columns (at
    least one), its first examples filling the block row by row; otherwise the first m examples
    fill GRID_COLUMNS columns row by row. There are as many rows as make the grid about
    GRID_ASPECT as high as wide, for tiles ``tile_aspect`` as high as wide, but no row that
    no class fills.
    """
    by_class = labels is not None and 2 <= C <= MAX_CLASS_BLOCKS
    per_class = max(1, GRID_COLUMNS // C) if by_class else GRID_COLUMNS
    columns = per_class * C if by_class else GRID_COLUMNS
    rows = int(np.clip(round(GRID_ASPECT * columns / tile_aspect), 2, MAX_GRID_ROWS))
    largest = int(np.bincount(labels, minlength=C).max()) if by_class else m
    rows = min(rows, -(-largest // per_class))  # no empty rows at the bottom
    if not by_class:
        examples = np.full(rows * columns, -1)
        count = min(examples.size, m)
        examples[:count] = np.arange(count)
        return examples.reshape(rows, columns), []
    examples = np.full((rows, columns), -1)
    for c in range(C):
        block = np.full(rows * per_class, -1)
        first = np.flatnonzero(labels == c)[:block.size]
        block[:first.size] = first
        examples[:, c * per_class:(c + 1) * per_class] = block.reshape(rows, per_class)
    return examples, [(c * per_class, per_class) for c in range(C)]


def image_grid(dataset: Dataset) -> ImageGrid:
    """The picture grid of ``dataset`` (its image shape must be :func:`displayable`).

    Column j of X is reshaped in C order to the image shape, the course's ``X[:, j].reshape(h, w)``,
    so row 0 of a picture is its top row. Pictures with 3 or 4 channels are shown as RGB (alpha
    left out), others in gray (channels averaged), as :func:`engine.visual.example_tiles` does.
    """
    shape = dataset.image_shape
    h, w = shape[:2]
    C = class_count(dataset)
    examples, blocks = _tile_layout(dataset.m, dataset.labels if C else None, C, (h + PADDING) / (w + PADDING))
    tiles = np.full((examples.size, *shape), np.nan, dtype=np.float32)
    shown = examples.ravel() >= 0
    tiles[shown] = dataset.X[:, examples.ravel()[shown]].T.reshape(-1, *shape)
    if len(shape) == 3:
        tiles = tiles[..., :3] if shape[2] in (3, 4) else tiles.mean(axis=3)
    names = dataset.classes if len(dataset.classes) == C else tuple(str(c) for c in range(C))
    ticks = [((first * (w + PADDING) + (first + count) * (w + PADDING) - PADDING) / 2, name)
             for (first, count), name in zip(blocks, names)]
    return ImageGrid(mosaic(tiles, examples.shape[1]), examples, ticks)


@dataclass(frozen=True)
class MatrixView:
    """X[:, :k] as it is (n_x, k), and the strip under it: label colours (1, k, 3) or Y values (n_y, k)."""

    X: np.ndarray
    strip: np.ndarray
    strip_is_color: bool


def matrix_view(dataset: Dataset) -> MatrixView:
    """The first MATRIX_COLUMNS examples of ``dataset``: X in the course's layout, and their labels."""
    k = min(dataset.m, MATRIX_COLUMNS)
    X = np.ascontiguousarray(dataset.X[:, :k], dtype=np.float32)
    if dataset.task == "regression":
        return MatrixView(X, np.ascontiguousarray(dataset.Y[:, :k], dtype=np.float32), False)
    colors = np.array([c.getRgb()[:3] for c in class_colors(class_count(dataset))], dtype=np.uint8)
    return MatrixView(X, colors[dataset.labels[:k]][None, :, :], True)


def _levels(values: np.ndarray) -> tuple[float, float]:
    """(low, high) of the finite values; a constant image gets a range of 1 so it still draws."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    low, high = float(finite.min()), float(finite.max())
    return (low, high) if high > low else (low, low + 1.0)


def _subscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _plot(parent: QWidget) -> pg.PlotWidget:
    """A quiet plot: white, no menu, no auto-range button, no mouse zoom (it is a preview)."""
    plot = pg.PlotWidget(parent, background="w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(False, False)
    plot.setMinimumHeight(MIN_HEIGHT)
    readable_axes(plot.getPlotItem())
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(MUTED))
        axis.setTextPen(pg.mkPen(TEXT))
    return plot


class DatasetPreview(QWidget):
    """The preview: a stack of a points plot and a pictures plot, and a caption saying what is shown."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPreview")
        self.kind = ""
        self._by_class = False  # whether the picture grid has a block of columns per class
        self.class_labels: list[pg.TextItem] = []  # the names under the picture grid's blocks
        self._dataset: Optional[Dataset] = None
        self._dev: Optional[Dataset] = None

        self.stack = QStackedWidget(self)
        self.points_plot = _plot(self.stack)
        self.points_plot.setObjectName("previewPoints")
        self.points_plot.setAspectLocked(True)
        self.points_plot.setLabel("bottom", "x₁")
        self.points_plot.setLabel("left", "x₂")
        self.dev_scatter = pg.ScatterPlotItem(size=7, symbol="o", brush=pg.mkBrush(None))
        self.train_scatter = pg.ScatterPlotItem(size=6, symbol="o", pen=pg.mkPen("w", width=0.5))
        self.points_plot.addItem(self.dev_scatter)
        self.points_plot.addItem(self.train_scatter)

        self.picture_plot = _plot(self.stack)
        self.picture_plot.setObjectName("previewPictures")
        self.picture_plot.invertY(True)  # row 0 of an image is its top
        self.picture = pg.ImageItem(axisOrder="row-major")
        self.strip = pg.ImageItem(axisOrder="row-major")
        self.picture_plot.addItem(self.picture)
        self.picture_plot.addItem(self.strip)
        self._colormap = pg.colormap.get("viridis")
        # black to white: 0 is the background of most digit sets, as in MNIST's own pictures
        self._gray = pg.ColorMap([0.0, 1.0], [(0, 0, 0), (255, 255, 255)])

        self.stack.addWidget(self.points_plot)
        self.stack.addWidget(self.picture_plot)
        self.caption = QLabel(self)
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {MUTED.name()}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caption)

    def show_dataset(self, train: Dataset, dev: Dataset) -> None:
        """Draw the training examples of a new dataset (and, for points, the dev examples)."""
        self._dataset, self._dev = train, dev
        self.kind = preview_kind(train)
        {"points": self._show_points, "images": self._show_images, "matrix": self._show_matrix}[self.kind]()
        self._retranslate()

    # -------------------------------------------------------------- the three kinds
    def _show_points(self) -> None:
        train, dev = self._dataset, self._dev
        colors = class_colors(class_count(train))
        brushes = np.array([pg.mkBrush(c) for c in colors], dtype=object)
        pens = np.array([pg.mkPen(c, width=1.5) for c in colors], dtype=object)  # cosmetic, as the atlas needs
        t, d = min(train.m, MAX_POINTS), min(dev.m, MAX_POINTS)
        self.train_scatter.setData(x=train.X[0, :t], y=train.X[1, :t], brush=list(brushes[train.labels[:t]]))
        self.dev_scatter.setData(x=dev.X[0, :d], y=dev.X[1, :d], pen=list(pens[dev.labels[:d]]))
        self.points_plot.autoRange()
        self.stack.setCurrentWidget(self.points_plot)

    def _clear_class_labels(self) -> None:
        for label in self.class_labels:
            self.picture_plot.removeItem(label)
        self.class_labels.clear()

    def _show_images(self) -> None:
        grid = image_grid(self._dataset)
        self._clear_class_labels()
        self._by_class = bool(grid.ticks)
        self.strip.clear()
        self.picture.setImage(grid.pixels, levels=_levels(grid.pixels))
        self.picture.setRect(QRectF(0, 0, grid.pixels.shape[1], grid.pixels.shape[0]))
        self.picture.setColorMap(self._gray)  # (a colour map leaves RGB pictures as they are)
        plot = self.picture_plot
        plot.setAspectLocked(True)
        plot.showAxis("left", False)
        plot.showAxis("bottom", False)
        height, width = grid.pixels.shape[:2]
        tile_h = self._dataset.image_shape[0]
        for x, name in grid.ticks:  # class names right under their columns, wherever the grid sits
            label = pg.TextItem(name, color=TEXT, anchor=(0.5, 0.0))
            label.setPos(x, height)
            plot.addItem(label)
            self.class_labels.append(label)
        room = 0.7 * tile_h if grid.ticks else 0.0  # for the names: about a line at the usual tile size
        plot.setRange(xRange=(0, width), yRange=(0, height + room), padding=0.02)
        self.stack.setCurrentWidget(plot)

    def _show_matrix(self) -> None:
        view = matrix_view(self._dataset)
        self._clear_class_labels()
        n_x, k = view.X.shape
        gap, height = max(0.25, n_x * 0.04), max(1.0, n_x / 10)  # the strip stays visible under many rows
        self.picture.setColorMap(self._colormap)
        self.picture.setImage(view.X, levels=_levels(view.X))
        self.picture.setRect(QRectF(0, 0, k, n_x))
        self.strip.setColorMap(self._colormap)  # for regression's values; class colours are RGB already
        self.strip.setImage(view.strip, levels=(0, 255) if view.strip_is_color else _levels(view.strip))
        self.strip.setRect(QRectF(0, n_x + gap, k, height))
        plot = self.picture_plot
        plot.setAspectLocked(False)
        rows = [(i + 0.5, f"x{_subscript(i + 1)}") for i in range(n_x)] if n_x <= 8 else [(n_x / 2, "X")]
        plot.getAxis("left").setTicks([rows + [(n_x + gap + height / 2, "y")]])
        step = max(1, math.ceil(k / 8))
        plot.getAxis("bottom").setTicks([[(j + 0.5, str(j + 1)) for j in range(0, k, step)]])
        plot.showAxis("left", True)
        plot.showAxis("bottom", True)
        plot.autoRange(padding=0.02)
        self.stack.setCurrentWidget(plot)

    # -------------------------------------------------------------- words
    def _retranslate(self) -> None:
        if self._dataset is None:
            return
        train = self._dataset
        if self.kind == "points":
            text = self.tr("Dots: training examples; rings: dev examples; colour: class.")
            shown = min(train.m, MAX_POINTS)
            if shown < train.m:
                text += " " + self.tr("The first {shown} of each set are drawn.").format(shown=f"{shown:,}")
        elif self.kind == "images":
            text = self.tr("The first training examples of each class, one column of X per picture.") \
                if self._by_class else self.tr("The first training examples, one column of X per picture.")
        else:
            text = self.tr("X of the first {k} training examples, one column each; the strip below is "
                           "their label y.").format(k=min(train.m, MATRIX_COLUMNS))
            self.picture_plot.setLabel("bottom", self.tr("example"))
        self.caption.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

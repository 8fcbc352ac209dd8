"""Under the diagram: the legend of its colours, and the panel of the unit the user clicked.

Both are plain widgets in the view's bottom margin (``setViewportMargins``), not scene items: they
stay put while a deep network scrolls sideways, and Qt lays out and wraps their translated text.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ....engine.visual import example_tiles, nice_level, top_activating, weight_tiles
from ...session import Session
from ..plotting import quiet_plot
from ..throttle import Throttle
from .items import DIVERGING, PENS, value_colour

TOP_K = 6  # training examples shown per unit
MAX_BARS = 400  # incoming weights drawn as bars at most; the caption says when only the first ones are


class ColourKey(QWidget):
    """A swatch of the diverging scale from -level to +level, its ends and 0 written under it."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkColourKey")
        self.level = 1.0

    def set_level(self, level: float) -> None:
        if level != self.level:
            self.level = level
            self.updateGeometry()
            self.update()

    def ticks(self) -> list[str]:
        return [f"{-self.level:g}", "0", f"{self.level:g}"]

    def sizeHint(self):  # noqa: D102 - Qt's
        metrics = self.fontMetrics()
        size = super().sizeHint()
        size.setWidth(round(7 * metrics.averageCharWidth() + sum(metrics.horizontalAdvance(t) for t in self.ticks())))
        size.setHeight(round(metrics.height() * 1.9))
        return size

    def minimumSizeHint(self):  # noqa: D102
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        bar = QRectF(1, 1, self.width() - 2, metrics.height() * 0.75)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        for stop in np.linspace(0, 1, 9):
            gradient.setColorAt(float(stop), DIVERGING.map(float(stop), mode="qcolor"))
        painter.fillRect(bar, gradient)
        painter.setPen(QColor("#5f6b7a"))
        painter.drawRect(bar)
        baseline = bar.bottom() + metrics.ascent() + 1
        low, zero, high = self.ticks()
        painter.setPen(self.palette().windowText().color())
        painter.drawText(round(bar.left()), round(baseline), low)
        painter.drawText(round(bar.center().x() - metrics.horizontalAdvance(zero) / 2), round(baseline), zero)
        painter.drawText(round(bar.right() - metrics.horizontalAdvance(high)), round(baseline), high)


class EdgeKey(QWidget):
    """Two short lines of each sign, thin and wide: what an edge's colour and width mean."""

    def sizeHint(self):  # noqa: D102
        size = super().sizeHint()
        size.setWidth(self.fontMetrics().height() * 3)
        size.setHeight(self.fontMetrics().height())
        return size

    def minimumSizeHint(self):  # noqa: D102
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        h, w = self.height(), self.width()
        for row, sign in enumerate((1, -1)):
            y = h * (0.3 + 0.4 * row)
            for cls, (x0, x1) in zip((1, 3), ((0, w * 0.45), (w * 0.55, w))):
                painter.setPen(PENS[sign * cls])
                painter.drawLine(QLineF(x0, y, x1, y))


class Legend(QWidget):
    """What the colours of the diagram mean, in words, with the scale the units are coloured on."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkLegend")
        self.colour_key = ColourKey(self)
        self.units_text = QLabel(self, objectName="networkLegendUnits", wordWrap=True)
        self.edge_key = EdgeKey(self)
        self.edges_text = QLabel(self, objectName="networkLegendEdges", wordWrap=True)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.colour_key, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.units_text, 0, 1)
        layout.addWidget(self.edge_key, 1, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.edges_text, 1, 1)
        layout.setColumnStretch(1, 1)
        self.sample = 0

    def set_scale(self, level: float, sample: int) -> None:
        """Units are coloured on (-level, level) by their mean activation on ``sample`` training examples."""
        self.colour_key.set_level(level)
        if sample != self.sample:
            self.sample = sample
            self.retranslate()

    def retranslate(self) -> None:
        self.units_text.setText(self.tr("Unit colour: its mean activation a[l]_j on {m} training examples "
                                        "(inputs grey).").format(m=self.sample))
        self.edges_text.setText(self.tr("Edge W[l]_jk: red > 0, blue < 0; wider for a larger |W[l]_jk| "
                                        "compared with the largest in W[l]."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UnitPanel(QFrame):
    """Unit j of layer l: its bias b[l]_j, its incoming weights W[l][j, :] (an image of the input's shape
    for layer 1 of image data, else bars), and the training examples that excite it most; live while
    training, behind a Throttle of its own (finding those examples is a forward pass over the training set).
    """

    closed = Signal()

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.unit: tuple[int, int] = (-1, -1)
        self.weights = np.zeros(0)  # W[l][j, :] as last shown
        self.bias = 0.0
        self.examples = np.zeros((0, 0), dtype=np.int64)  # their indices in the training set, as last shown
        self._train_X: Optional[np.ndarray] = None  # unscaled: the examples as they look

        self.title = QLabel(self, objectName="unitPanelTitle")  # bold by markup: a font set here would not
        # follow the window's (presentation mode makes it larger)
        self.numbers = QLabel(self, objectName="unitPanelNumbers")
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self, objectName="unitPanelClose", text="×", autoRaise=True)
        self.close_button.clicked.connect(self.close_panel)
        self.weights_caption = QLabel(self, objectName="unitPanelWeightsCaption", wordWrap=True)
        self.weights_graphics, self.weights_plot = quiet_plot(self)
        self.weights_plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.weights_image = pg.ImageItem(axisOrder="row-major")
        self.weights_bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.examples_caption = QLabel(self, objectName="unitPanelExamplesCaption", wordWrap=True)
        self.examples_graphics, self.examples_plot = quiet_plot(self)
        self.examples_image = pg.ImageItem(axisOrder="row-major")
        self.examples_plot.addItem(self.examples_image)
        for plot in (self.examples_plot,):
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.invertY(True)
            plot.setAspectLocked(True)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        header.addWidget(self.numbers, 1)
        header.addWidget(self.close_button)
        left = QVBoxLayout()
        left.addWidget(self.weights_caption)
        left.addWidget(self.weights_graphics, 1)
        right = QVBoxLayout()
        right.addWidget(self.examples_caption)
        right.addWidget(self.examples_graphics, 1)
        plots = QHBoxLayout()
        plots.addLayout(left, 1)
        plots.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addLayout(plots, 1)

        self._throttle = Throttle(self._redraw, widget=self)
        session.parametersChanged.connect(self._throttle.request)
        session.datasetChanged.connect(self._forget_examples)
        self.hide()

    def sizeHint(self):  # noqa: D102
        size = super().sizeHint()
        size.setHeight(round(self.fontMetrics().height() * 12))
        return size

    def show_unit(self, layer: int, unit: int) -> None:
        """Show unit ``unit`` of layer ``layer`` (1..L) from now on."""
        self.unit = (layer, unit)
        self._configure()
        self.show()
        self._throttle.flush()

    def close_panel(self) -> None:
        if self.isVisible():
            self.unit = (-1, -1)
            self.hide()
            self.closed.emit()

    def _forget_examples(self) -> None:
        self._train_X = None

    def _image_shape(self) -> Optional[tuple[int, ...]]:
        return self.session.dataset.image_shape

    def _as_image(self) -> bool:
        return self.unit[0] == 1 and self._image_shape() is not None

    def _configure(self) -> None:
        """Which plots the unit's layer and the dataset need; the numbers follow in :meth:`_redraw`."""
        as_image = self._as_image()
        for item in (self.weights_image, self.weights_bars):
            if item.scene() is not None:
                self.weights_plot.removeItem(item)
        self.weights_plot.addItem(self.weights_image if as_image else self.weights_bars)
        for side in ("left", "bottom"):
            self.weights_plot.showAxis(side, not as_image)
        self.weights_plot.invertY(as_image)
        self.weights_plot.setAspectLocked(as_image)
        has_images = self._image_shape() is not None
        self.examples_graphics.setVisible(has_images)
        self.examples_caption.setVisible(has_images)
        self.retranslate()

    def retranslate(self) -> None:
        l, j = self.unit
        if l < 1:
            return
        self.title.setText("<b>{}</b>".format(self.tr("Layer {l}, unit {j}").format(l=l, j=j)))
        self.close_button.setToolTip(self.tr("Close"))
        W = f"W[{l}][{j}, :]"
        n = self.session.layer_sizes[l - 1]
        if self._as_image():
            shape = self._image_shape()
            assert shape is not None
            text = self.tr("Its weights {W} as a {shape} image").format(W=W, shape="×".join(map(str, shape[:2])))
        else:
            text = self.tr("Its weights {W}, k = 0 … {last}").format(W=W, last=n - 1)
            if n > MAX_BARS:
                text += " " + self.tr("(the first {shown} of {n})").format(shown=MAX_BARS, n=f"{n:,}")
        self.weights_caption.setText(text)
        self.examples_caption.setText(self.tr("The {k} training examples that excite it most").format(
            k=min(TOP_K, self.session.train.m)))
        self._write_numbers()

    def _write_numbers(self) -> None:
        l, j = self.unit
        self.numbers.setText(self.tr("b[{l}]_{j} = {b}").format(l=l, j=j, b=f"{self.bias:.4g}"))

    def _redraw(self) -> None:
        l, j = self.unit
        net = self.session.network
        if not (1 <= l <= net.L and j < net.params[f"W{l}"].shape[0]):
            return  # the network changed first; the view closes or moves the panel next
        self.weights = net.params[f"W{l}"][j].copy()
        self.bias = float(net.params[f"b{l}"][j, 0])
        self._write_numbers()
        if self._as_image():
            shape = self._image_shape()
            assert shape is not None
            image, level = weight_tiles(self.weights[None, :], shape)
            level = nice_level(level)
            self.weights_image.setImage(image, levels=(-level, level), lut=DIVERGING.getLookupTable(nPts=256))
            self.weights_plot.getViewBox().setRange(xRange=(0, image.shape[1]), yRange=(0, image.shape[0]),
                                                    padding=0.02)
        else:
            shown = self.weights[:MAX_BARS]
            level = nice_level(float(np.abs(shown).max()) if shown.size else 1.0)
            self.weights_bars.setOpts(x=np.arange(len(shown)), height=shown, width=0.8,
                                      brushes=[value_colour(float(w), level) for w in shown],
                                      pen=pg.mkPen(None))
            self.weights_plot.getViewBox().setRange(xRange=(-0.6, len(shown) - 0.4), yRange=(-level, level),
                                                    padding=0.02)
        shape = self._image_shape()
        if shape is not None:
            if self._train_X is None:
                self._train_X = self.session.unscaled_split()[0].X
            self.examples = top_activating(net, self.session.train.X, l, TOP_K, units=[j])
            image, levels = example_tiles(self._train_X, self.examples, shape)
            self.examples_image.setImage(image, levels=levels)
            self.examples_plot.getViewBox().setRange(xRange=(0, image.shape[1]), yRange=(0, image.shape[0]),
                                                     padding=0.02)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Footer(QWidget):
    """The legend over the unit panel, in the view's bottom margin."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.legend = Legend(self)
        self.panel = UnitPanel(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.panel, 1)
        self.setAutoFillBackground(True)

    def height_for(self, width: int) -> int:
        """The height the legend (wrapped at ``width``) and the panel, when open, need."""
        height = self.legend.layout().totalHeightForWidth(width)
        if not self.panel.isHidden():
            height += self.layout().spacing() + self.panel.sizeHint().height()
        return height

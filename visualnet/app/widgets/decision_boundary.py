"""The decision boundary: what the network answers at every input, drawn under the training data.

For 2-D data (n_x = 2) the network's output over a grid covering the examples is an image behind
a scatter of the training examples, coloured by class -- the course's planar-flower picture.
Two classes: the colour is ŷ = P(y = 1 | x), blue below 0.5 and red above, paler where the
network is unsure, so the boundary ŷ = 0.5 is where blue turns red. More classes: the predicted
class. Regression: the output ŷ.

For 1-D data (n_x = 1, e.g. the sine regression) the picture is the fit itself: the examples as
points (x, y) and the network's prediction ŷ(x) as a curve across (and a little beyond) their range.

The grid comes from :func:`visualnet.engine.visual.decision_grid`, the curve from
:func:`~visualnet.engine.visual.fitted_curve` (forward passes over the points drawn), recomputed at
most ~15 times a second while training. Both are in the coordinates the network sees: the training
features after scaling.

The panel is small in its dock; its "Open large" button shows the same live view in a window of
its own, for a student's laptop or a projector.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QToolButton, QVBoxLayout, QWidget

from ...engine import Network
from ...engine.visual import decision_grid, fitted_curve
from ..session import Session
from .plotting import FOREGROUND, cache_axes, quiet_plot, readable_axes, set_plot_font
from .throttle import Throttle

RESOLUTION = 80  # grid points per axis: 6,400 forward passes, a few ms for the course's small networks
LARGE_RESOLUTION = 160  # the large window's: its pixels would show as steps along the boundary
CURVE_RESOLUTION = 400  # points of the fitted curve ŷ(x): smooth at any width, a fraction of a millisecond
MARGIN = 0.5  # how far the plane extends beyond the data, in the data's units
MIN_INTERVAL_MS = 66  # at most ~15 grids a second; the session sends up to 25 parameter updates
POINT_SIZE = 7
LARGE_SCALE = 1.6  # the window of its own: bigger dots and lines, to be read from the back of a room
LARGE_FONT_SCALE = 1.4  # and bigger text than the panel's (a projector's in presentation mode)
LARGE_SHARE = 0.8  # of the screen's height: the large window's side
CURVE_COLOUR = "#D55E00"  # Okabe-Ito vermillion: stands out over the dark dots
CURVE_WIDTH = 2.5
POINT_OUTLINE = "#1f2933"
# two classes: blue (class 0, ŷ < 0.5) and red (class 1), as the weight images use for - and +;
# the background runs from a clear colour where the network is sure to a pale one at ŷ = 0.5
PROBABILITY_MAP = pg.ColorMap([0.0, 0.5, 0.5, 1.0], ["#5e8fcf", "#e2ebf6", "#f8e0de", "#d6604d"])
CLASS_COLOURS = ("#2166ac", "#b2182b", "#1b9e77", "#e6ab02", "#7570b3", "#66a61e", "#e7298a", "#a6761d",
                 "#17becf", "#666666")
VALUE_MAP = "viridis"


def _pale(colour: str, amount: float = 0.7) -> tuple[int, int, int, int]:
    """``colour`` mixed with white: region colours that let the dots of the same class stand out."""
    c = QColor(colour)
    return tuple(round(v + (255 - v) * amount) for v in (c.red(), c.green(), c.blue())) + (255,)  # type: ignore


class DecisionBoundary(QWidget):
    """The network's answer over its inputs with the training examples on top, for 1-D and 2-D datasets.

    ``large``: the window of its own the panel's "Open large" button opens (bigger dots, no button).
    """

    def __init__(self, session: Session, parent: Optional[QWidget] = None, large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBoundaryWindow" if large else "decisionBoundary")
        self.session = session
        self._mode = ""  # "probability", "classes" or "value": how the output is coloured or drawn
        self._classes = 0
        self._n_x = 0  # the inputs of the picture shown: 2 (a plane), 1 (a curve), 0 (the message)
        self._fit_view = True
        self._scale = LARGE_SCALE if large else 1.0
        self._resolution = LARGE_RESOLUTION if large else RESOLUTION
        self._large: Optional[DecisionBoundary] = None

        self.caption = QLabel(self)
        self.caption.setObjectName("decisionCaption")
        self.caption.setWordWrap(True)
        self.pop_out_button = QToolButton(self)
        self.pop_out_button.setObjectName("decisionBoundaryPopOutButton")
        self.pop_out_button.clicked.connect(self.show_large)
        self.pop_out_button.setVisible(not large)
        self.graphics, self.plot = quiet_plot(self)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(CURVE_COLOUR, width=CURVE_WIDTH * self._scale))
        self.curve.setZValue(10)  # over the dots it fits
        # the y axis follows the examples: an untrained network's wild curve must not shrink them to a line
        self.plot.addItem(self.curve, ignoreBounds=True)
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE * self._scale, pen=pg.mkPen(POINT_OUTLINE, width=0.8))
        self.plot.addItem(self.scatter)
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=PROBABILITY_MAP, interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        for side in ("left", "right"):
            self.colour_bar.getAxis(side).setTextPen(FOREGROUND)
        cache_axes(self.colour_bar)
        readable_axes(self.colour_bar)

        self.message = QLabel(self)
        self.message.setObjectName("decisionMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        plane = QWidget(self)
        plane_layout = QVBoxLayout(plane)
        plane_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.pop_out_button, 0, Qt.AlignmentFlag.AlignTop)
        plane_layout.addLayout(top)
        plane_layout.addWidget(self.graphics, 1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(plane)
        self.pages.addWidget(self.message)

        self._throttle = Throttle(self._redraw, MIN_INTERVAL_MS, widget=self)
        session.parametersChanged.connect(self._throttle.request)
        session.datasetChanged.connect(self._on_dataset_changed)
        self._on_dataset_changed()
        self._apply_font()

    @property
    def showing_plane(self) -> bool:
        """True when a picture (the plane or the fitted curve) is shown, False when the message says why not."""
        return self.pages.currentIndex() == 0

    @property
    def large_view(self) -> Optional["DecisionBoundary"]:
        """The window "Open large" shows (None until first asked for)."""
        return self._large

    def show_large(self) -> None:
        """The same live view in a window of its own, most of the screen's height, in the panel's font (a
        projector's in presentation mode). A child of this panel: it goes with it; the main window closes
        it with itself (:meth:`close_large`)."""
        if self._large is None:
            self._large = DecisionBoundary(self.session, self, large=True)
            self._large.setWindowFlag(Qt.WindowType.Window)
            screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            side = int(min(screen.width(), screen.height()) * LARGE_SHARE)
            self._large.resize(side, side)
        self._show_font_in_large()
        self._large.show()
        self._large.raise_()
        self._large.activateWindow()

    def close_large(self) -> None:
        """Close the window of its own, if open (a window of its own outlives the main window's close)."""
        if self._large is not None:
            self._large.close()

    # -------------------------------------------------------------- session -> view
    def _on_dataset_changed(self) -> None:
        train = self.session.train
        self._n_x = train.n_x if train.n_x in (1, 2) else 0
        self.pages.setCurrentIndex(0 if self._n_x else 1)
        self._mode = ""  # colours follow the new task
        self._fit_view = True
        planar = self._n_x == 2
        self.plot.setAspectLocked(planar)  # distances in the plane look like distances; x and y of a fit differ
        self.image.setVisible(planar)
        self.colour_bar.setVisible(planar)
        self.curve.setVisible(self._n_x == 1)
        self.image.clear()
        self.curve.setData(np.empty(0), np.empty(0))
        if not self._n_x:
            self.scatter.clear()
        else:
            self.scatter.setData(x=train.X[0], y=train.X[1] if planar else self._targets(), brush=self._brushes())
            self._throttle.flush()
        self._write_texts()

    def _targets(self) -> np.ndarray:
        """What the examples of 1-D data are drawn at: y itself, or the class index the curve is compared with."""
        train = self.session.train
        return train.Y[0] if train.task == "regression" else train.labels

    def _brushes(self) -> list[QBrush]:
        train = self.session.train
        if train.task == "regression":
            return [pg.mkBrush(CLASS_COLOURS[-1])] * train.m
        palette = [pg.mkBrush(CLASS_COLOURS[c % len(CLASS_COLOURS)]) for c in range(max(train.n_y, 2))]
        return [palette[c] for c in train.labels]

    def _redraw(self) -> None:
        train, net = self.session.train, self.session.network
        if not self._n_x or net.n_x != self._n_x:
            return
        self._set_mode(net)
        if self._n_x == 1:
            xs, values = fitted_curve(net, train.X, CURVE_RESOLUTION, MARGIN)
            self.curve.setData(xs, values)
            if self._fit_view:  # a new dataset: the curve's x range, y of the examples (later the user's zoom stays)
                self._fit_view = False
                view = self.plot.getViewBox()
                view.setXRange(xs[0], xs[-1], padding=0)
                view.enableAutoRange(axis=pg.ViewBox.YAxis)
            return
        xs, ys, values = decision_grid(net, train.X, self._resolution, MARGIN)
        if self._mode == "value":
            self.image.setImage(values, autoLevels=True)
            levels = tuple(self.image.getLevels())
        else:
            levels = (0.0, 1.0) if self._mode == "probability" else (0.0, float(self._classes))
            self.image.setImage(values, levels=levels)
        # through the bar too: it keeps levels of its own, and gives them to the image after its first setImage
        self.colour_bar.setLevels(levels)
        # pixel (r, c) is centred on (xs[c], ys[r]): the image reaches half a step beyond the first and last
        dx, dy = xs[1] - xs[0], ys[1] - ys[0]
        rect = QRectF(xs[0] - dx / 2, ys[0] - dy / 2, dx * len(xs), dy * len(ys))
        self.image.setRect(rect)
        if self._fit_view:  # a new dataset: show its whole plane (later the user's zoom stays)
            self._fit_view = False
            self.plot.getViewBox().setRange(rect, padding=0)

    def _set_mode(self, net: Network) -> None:
        n_L = net.layer_sizes[-1]
        mode = "value" if net.task == "regression" else "classes" if n_L > 2 else "probability"
        if (mode, n_L) == (self._mode, self._classes):
            return
        self._mode, self._classes = mode, n_L
        if mode == "classes":
            lut = np.array([_pale(CLASS_COLOURS[c % len(CLASS_COLOURS)]) for c in range(n_L)], dtype=np.ubyte)
            self.image.setLookupTable(lut)
        else:
            self.colour_bar.setColorMap(PROBABILITY_MAP if mode == "probability" else VALUE_MAP)
        # the dots' colours name the classes; a curve is read on the y axis
        self.colour_bar.setVisible(mode != "classes" and self._n_x == 2)
        self._write_texts()

    def _write_texts(self) -> None:
        self.setWindowTitle(self.tr("Decision boundary"))
        self.pop_out_button.setText(self.tr("Open large"))
        self.pop_out_button.setToolTip(self.tr("Show this picture in a window of its own, as large as the screen "
                                               "allows; it follows training too"))
        self.message.setText(self.tr("The decision boundary needs data with one or two features "
                                     "(this dataset has n_x = {n_x})").format(n_x=self.session.dataset.n_x))
        self.colour_bar.getAxis("left").setLabel("ŷ")
        if self._n_x == 1:
            self._write_curve_texts()
        else:
            self._write_plane_texts()

    def _write_plane_texts(self) -> None:
        self.plot.getAxis("bottom").setLabel("x₁")
        self.plot.getAxis("left").setLabel("x₂")
        m = self.session.train.m
        if self._mode == "classes":
            text = self.tr("Colour: the class the network predicts at each point x = (x₁, x₂), its largest "
                           "softmax output. Dots: the {m} training examples, coloured by their class.")
        elif self._mode == "value":
            text = self.tr("Colour: the network's output ŷ at each point x = (x₁, x₂). "
                           "Dots: the {m} training examples.")
        else:
            text = self.tr("Colour: the network's output ŷ = P(y = 1 | x) at each point x = (x₁, x₂); "
                           "the decision boundary ŷ = 0.5 is where blue turns red. "
                           "Dots: the {m} training examples, blue for class 0, red for class 1.")
        self.caption.setText(text.format(m=m))

    def _write_curve_texts(self) -> None:
        self.plot.getAxis("bottom").setLabel("x")
        m = self.session.train.m
        if self._mode == "classes":
            self.plot.getAxis("left").setLabel(self.tr("class"))
            text = self.tr("Line: the class the network predicts at each x. Dots: the {m} training examples at "
                           "their class.")
        elif self._mode == "value":
            self.plot.getAxis("left").setLabel("y, ŷ")
            text = self.tr("Line: the network's prediction ŷ(x) across the range of x, redrawn as it trains. "
                           "Dots: the {m} training examples (x, y).")
        else:
            self.plot.getAxis("left").setLabel("y, ŷ")
            text = self.tr("Line: the network's output ŷ = P(y = 1 | x) at each x; it predicts class 1 where the "
                           "line is above 0.5. Dots: the {m} training examples at y = 0 or 1.")
        self.caption.setText(text.format(m=m))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._write_texts()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_font()
        super().changeEvent(event)

    def _apply_font(self) -> None:
        """The plot's text in the widget's font (larger in presentation mode, and in the large window)."""
        for plot in (self.plot, self.colour_bar):
            set_plot_font(plot, self.font())
        self._show_font_in_large()  # a window does not inherit its parent's font

    def _show_font_in_large(self) -> None:
        if self._large is not None:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * LARGE_FONT_SCALE)
            self._large.setFont(font)


def _course_planar_demo(session: Session) -> None:
    """The course's planar-data network: flower, one hidden layer of 4 tanh units, α = 1.2."""
    from ..session import Architecture, Hyperparameters

    session.set_dataset("flower")
    session.set_architecture(Architecture(((4, "tanh"),), "sigmoid"))
    session.set_hyperparameters(Hyperparameters(learning_rate=1.2, num_iterations=10_000))


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(DecisionBoundary, 620, 600, train=True, prepare=_course_planar_demo)

"""The decision boundary: what the network answers at every point of the plane, under the training data.

For 2-D data (n_x = 2) the network's output over a grid covering the examples is an image behind
a scatter of the training examples, coloured by class -- the course's planar-flower picture.
Two classes: the colour is ŷ = P(y = 1 | x), blue below 0.5 and red above, paler where the
network is unsure, so the boundary ŷ = 0.5 is where blue turns red. More classes: the predicted
class. Regression: the output ŷ.

The grid comes from :func:`visualnet.engine.visual.decision_grid` (a forward pass over
``RESOLUTION``² points), recomputed at most ~15 times a second while training.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ...engine import Network
from ...engine.visual import decision_grid
from ..session import Session
from .plotting import FOREGROUND, cache_axes, quiet_plot
from .throttle import Throttle

RESOLUTION = 80  # grid points per axis: 6,400 forward passes, a few ms for the course's small networks
MARGIN = 0.5  # how far the plane extends beyond the data, in the data's units
MIN_INTERVAL_MS = 66  # at most ~15 grids a second; the session sends up to 25 parameter updates
POINT_SIZE = 7
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
    """The network's output over the plane with the training examples on top, for 2-D datasets."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBoundary")
        self.session = session
        self._mode = ""  # "probability", "classes" or "value": how the output is coloured
        self._classes = 0
        self._fit_view = True

        self.caption = QLabel(self)
        self.caption.setObjectName("decisionCaption")
        self.caption.setWordWrap(True)
        self.graphics, self.plot = quiet_plot(self)
        self.plot.setAspectLocked(True)  # distances in the plane look like distances
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(POINT_OUTLINE, width=0.8))
        self.plot.addItem(self.scatter)
        self.colour_bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=PROBABILITY_MAP, interactive=False, width=16)
        self.colour_bar.setImageItem(self.image, insert_in=self.plot)
        for side in ("left", "right"):
            self.colour_bar.getAxis(side).setTextPen(FOREGROUND)
        cache_axes(self.colour_bar)

        self.message = QLabel(self)
        self.message.setObjectName("decisionMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        plane = QWidget(self)
        plane_layout = QVBoxLayout(plane)
        plane_layout.setContentsMargins(0, 0, 0, 0)
        plane_layout.addWidget(self.caption)
        plane_layout.addWidget(self.graphics, 1)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(plane)
        self.pages.addWidget(self.message)

        self._throttle = Throttle(self._redraw, MIN_INTERVAL_MS, widget=self)
        session.parametersChanged.connect(self._throttle.request)
        session.datasetChanged.connect(self._on_dataset_changed)
        self._on_dataset_changed()

    @property
    def showing_plane(self) -> bool:
        """True when the plane is shown, False when the message says the data is not 2-D."""
        return self.pages.currentIndex() == 0

    # -------------------------------------------------------------- session -> view
    def _on_dataset_changed(self) -> None:
        data, train = self.session.dataset, self.session.train
        planar = data.n_x == 2
        self.pages.setCurrentIndex(0 if planar else 1)
        self._write_texts()
        if not planar:
            self.scatter.clear()
            self.image.clear()
            return
        if train.task == "regression":
            brushes = [pg.mkBrush(CLASS_COLOURS[-1])] * train.m
        else:
            palette = [pg.mkBrush(CLASS_COLOURS[c % len(CLASS_COLOURS)]) for c in range(max(train.n_y, 2))]
            brushes = [palette[c] for c in train.labels]
        self.scatter.setData(x=train.X[0], y=train.X[1], brush=brushes)
        self._mode = ""  # colours follow the new task
        self._fit_view = True
        self._throttle.flush()

    def _redraw(self) -> None:
        data, net = self.session.dataset, self.session.network
        if data.n_x != 2 or net.n_x != 2:
            return
        xs, ys, values = decision_grid(net, data.X, RESOLUTION, MARGIN)
        self._set_mode(net)
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
        self.colour_bar.setVisible(mode != "classes")  # the dots' colours name the classes
        self._write_texts()

    def _write_texts(self) -> None:
        data = self.session.dataset
        self.message.setText(self.tr("The decision boundary needs 2-D data (this dataset has n_x = {n_x})").format(
            n_x=data.n_x))
        self.plot.getAxis("bottom").setLabel("x₁")
        self.plot.getAxis("left").setLabel("x₂")
        self.colour_bar.getAxis("left").setLabel("ŷ")
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._write_texts()
        super().changeEvent(event)


def _course_planar_demo(session: Session) -> None:
    """The course's planar-data network: flower, one hidden layer of 4 tanh units, α = 1.2."""
    from ..session import Architecture, Hyperparameters

    session.set_dataset("flower")
    session.set_architecture(Architecture(((4, "tanh"),), "sigmoid"))
    session.set_hyperparameters(Hyperparameters(learning_rate=1.2, num_iterations=10_000))


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(DecisionBoundary, 620, 600, train=True, prepare=_course_planar_demo)

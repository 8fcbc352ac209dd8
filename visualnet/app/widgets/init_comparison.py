"""Initialization compared: zeros, ×0.01, He and Xavier on the same network, seed and data.

Four cost curves side by side (same axes) and a table whose "distinct units" column counts, per
hidden layer, the units whose weights differ from every other's. Zeros keeps one distinct unit
per layer however long it trains -- the symmetry problem, measured; ×0.01 in a deep network
starts with a long flat stretch, because the signal shrinks at every layer; He and Xavier keep
its size and the cost falls at once.
"""
from __future__ import annotations

from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine.experiments import RunResult, RunSpec, init_comparison_specs
from ..experiments import RunsExperiment
from ..session import Session
from ..texts import init_names
from .experiment_panel import ExplanationArea, experiment_plot
from .run_results import RunsPanel, session_setting

INITS = ("zeros", "small", "he", "xavier")  # the order of init_comparison_specs
COLORS = ("#D55E00", "#E69F00", "#0072B2", "#009E73")
DEEP_ENOUGH = 3  # layers L from which ×0.01's slow start shows clearly
TITLE_MARGIN = 24  # pixels beside a plot's title


class InitComparison(RunsPanel):
    """The current network trained from each of the four initializations, compared."""

    def __init__(self, session: Session, experiment: Optional[RunsExperiment] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(session, "init", experiment or RunsExperiment("initComparison"), symmetry=True,
                         parent=parent)
        self.setObjectName("initComparison")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("initExplanation")
        explanation = ExplanationArea(self.explanation, self)
        self.depth_note = QLabel(self)
        self.depth_note.setObjectName("initDepthNote")
        self.depth_note.setWordWrap(True)
        self.graphics = QWidget(self)
        self.graphics.setObjectName("initPlots")
        row = QHBoxLayout(self.graphics)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        for color in COLORS:
            widget, plot = experiment_plot(self.graphics)
            row.addWidget(widget)
            plot.enableAutoRange(enable=False)  # one scale for all four (see _fit): compared by eye
            if self.plots:
                plot.setXLink(self.plots[0])
                plot.setYLink(self.plots[0])
                plot.getAxis("left").setStyle(showValues=False)  # the first plot's ticks say the shared scale
            curve = pg.PlotDataItem(pen=pg.mkPen(color, width=1), antialias=False)
            plot.addItem(curve)
            self.plots.append(plot)
            self.curves.append(curve)

        self.results_bar.insertWidget(0, self.open_button)
        top = QVBoxLayout()
        top.addWidget(explanation)
        self.lay_out(top, (self.depth_note,))
        session.architectureChanged.connect(self._on_architecture_changed)

    def retranslate(self) -> None:
        self.explanation.setText(self.tr(
            "The same network, seed and data, started four ways. Zeros: every unit of a layer starts equal, gets "
            "the same gradient and stays equal, so \"distinct units\" stays at 1 — the layer works as a single "
            "unit (the symmetry problem). × 0.01: each layer shrinks the signal, so in a deep network the first "
            "updates barely move and the cost stays flat for a long stretch. He (for ReLU) and Xavier (for tanh) "
            "keep the signal's size from layer to layer, and the cost falls from the start."))
        titles = init_names()
        for plot, init in zip(self.plots, INITS):
            self.label_plot(plot, title=titles[init], bottom=self.tr("iteration"))
        self.label_plot(self.plots[0], left=self.tr("cost") + " J")
        self.fit_to_words()

    def fit_to_words(self) -> None:
        """Each plot at least as wide as its title ("Small (× 0.01)"): on a narrow screen the tab scrolls
        rather than cut it (pyqtgraph clips a title to its plot)."""
        super().fit_to_words()
        metrics, titles = self.fontMetrics(), init_names()
        for plot, init in zip(self.plots, INITS):
            plot.getViewWidget().setMinimumWidth(metrics.horizontalAdvance(titles[init]) + TITLE_MARGIN
                                                 + plot.getAxis("left").width())
        self._on_architecture_changed()

    def _on_architecture_changed(self) -> None:
        L = self.session.architecture.L
        self.depth_note.setVisible(L < DEEP_ENOUGH)
        self.depth_note.setText(self.tr(
            "This network has L = {L}: the slow start of × 0.01 shows clearly from L = {deep} on "
            "(the course's network has L = 4).").format(L=L, deep=DEEP_ENOUGH))

    def specs(self) -> list[RunSpec]:
        return init_comparison_specs(session_setting(self.session))

    def _clear_drawing(self) -> None:
        for curve in self.curves:
            curve.setData([], [])

    def _draw_result(self, row: int, result: RunResult) -> None:
        self.curves[row].setData(np.arange(len(result.costs)), result.costs)
        self._fit()

    def _fit(self) -> None:
        """Show every curve whole, on the axes all four plots share."""
        drawn = [curve.yData for curve in self.curves if curve.yData is not None and len(curve.yData)]
        if drawn:
            self.plots[0].setXRange(0, max(len(y) for y in drawn) - 1, padding=0.02)
            self.plots[0].setYRange(min(y.min() for y in drawn), max(y.max() for y in drawn), padding=0.05)

    def plot_widget(self) -> QWidget:
        return self.graphics


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(InitComparison, 1100, 700)

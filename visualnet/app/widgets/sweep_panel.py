"""The sweep panel: "try many values and evaluate them on a dev set", for one or two hyperparameters.

The student picks what to vary (α, L, units per layer, activation, initialization, mini-batch
size, λ) and types the values -- a list ("0.1, 0.03, 0.01") or a range ("1e-4..1 ×5" on a log
scale, "1..6" for whole numbers). Every run starts from the current network with the same seed
and the same train/dev split, so only the swept values differ. The cost curves of all runs are
overlaid (coloured in the order of the sweep), the table sorts by any column and marks the best
dev result, and a row opens as the current network.
"""
from __future__ import annotations

from functools import partial
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout,
                               QWidget)

from ...engine.experiments import RunResult, RunSpec, expand_sweep, parse_values
from ..experiments import RunsExperiment
from ..session import Session
from .experiment_panel import add_legend, experiment_plot
from .run_results import BEST_MARK, RunsPanel, axis_titles, session_setting

DEFAULT_VALUES = {"learning_rate": "0.3, 0.1, 0.03, 0.01", "L": "1..5", "units": "2, 4, 8, 16, 32",
                  "activation": "relu, tanh, sigmoid", "init": "zeros, small, he, xavier",
                  "mini_batch_size": "32, 128, full", "lambd": "0, 0.01, 0.1, 1"}
COLORS = pg.colormap.get("viridis")
COLOR_SPAN = 0.85  # viridis' last yellows are hard to see on white
LEGEND_MAX = 12  # more labels would cover the curves; the best run is always listed
SELECTED_WIDTH = 3


class SweepPanel(RunsPanel):
    """Runs the current network over the values of one or two hyperparameters and compares them."""

    def __init__(self, session: Session, experiment: Optional[RunsExperiment] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(session, "sweep", experiment or RunsExperiment("sweepPanel"), parent=parent)
        self.setObjectName("sweepPanel")
        self._curves: dict[int, pg.PlotDataItem] = {}
        self.combos: list[QComboBox] = []
        self.edits: list[QLineEdit] = []
        axes = QGridLayout()
        self.axis_labels = [QLabel(self), QLabel(self)]
        for a in range(2):
            combo, edit = QComboBox(self), QLineEdit(self)
            combo.setObjectName(f"sweepParameterCombo{a + 1}")
            edit.setObjectName(f"sweepValuesEdit{a + 1}")
            self.combos.append(combo)
            self.edits.append(edit)
            axes.addWidget(self.axis_labels[a], a, 0)
            axes.addWidget(combo, a, 1)
            axes.addWidget(edit, a, 2)
            combo.activated.connect(partial(self._on_parameter_activated, a))
            edit.editingFinished.connect(self.update_estimate)
        axes.setColumnStretch(2, 1)

        self.graphics, self.plot = experiment_plot(self)
        self.graphics.setObjectName("sweepPlot")
        self.legend = add_legend(self.plot, (-10, 10))
        self.legend.hide()  # until the first curve: an empty legend would still draw its box
        self.log_button = QToolButton(self)
        self.log_button.setObjectName("sweepLogButton")
        self.log_button.setCheckable(True)
        self.log_button.toggled.connect(lambda on: self.plot.setLogMode(y=on))
        self.table.selectionModel().selectionChanged.connect(self._highlight_selected)

        splitter = self.plot_over_table()
        tools = QGridLayout()
        tools.addWidget(self.open_button, 0, 0)
        tools.addWidget(self.log_button, 0, 1)
        tools.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(axes)
        layout.addLayout(self.run_bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(tools)
        self.retranslate()
        self.update_estimate()

    def retranslate(self) -> None:
        self.axis_labels[0].setText(self.tr("Vary"))
        self.axis_labels[1].setText(self.tr("and"))
        titles = axis_titles()
        for a, combo in enumerate(self.combos):
            chosen = combo.currentData()
            combo.clear()
            if a == 1:
                combo.addItem(self.tr("nothing else"), None)
            for name, title in titles.items():
                combo.addItem(title, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        for a in range(2):
            self._on_parameter_chosen(a, keep_text=True)
        self.edits[0].setToolTip(self.tr(
            "A list such as 0.1, 0.03, 0.01; a log range such as 1e-4..1 ×5 (5 values); whole numbers 1..6"))
        self.edits[1].setToolTip(self.edits[0].toolTip())
        self.log_button.setText(self.tr("Log scale"))
        self.plot.setLabel("bottom", self.tr("iteration"))
        self.plot.setLabel("left", self.tr("cost") + " J")

    # -------------------------------------------------------------- the inputs
    def _on_parameter_activated(self, axis: int, _index: int) -> None:
        self._on_parameter_chosen(axis)

    def _on_parameter_chosen(self, axis: int, keep_text: bool = False) -> None:
        name = self.combos[axis].currentData()
        edit = self.edits[axis]
        edit.setEnabled(name is not None)
        edit.setPlaceholderText(DEFAULT_VALUES.get(name, ""))
        if not keep_text or not edit.text():
            edit.setText(DEFAULT_VALUES.get(name, ""))
        self.update_estimate()

    def set_axis(self, axis: int, name: Optional[str], values: str) -> None:
        """Choose what axis 0 or 1 varies (None: nothing, for axis 1) and type its values."""
        self.combos[axis].setCurrentIndex(self.combos[axis].findData(name))
        self._on_parameter_chosen(axis)
        self.edits[axis].setText(values)
        self.update_estimate()

    def axes(self) -> list[tuple[str, tuple]]:
        """The chosen hyperparameters and their values, read from the inputs (a ValueError saying why, when unreadable)."""
        chosen = [(combo.currentData(), edit.text()) for combo, edit in zip(self.combos, self.edits)
                  if combo.currentData() is not None]
        if len(chosen) == 2 and chosen[0][0] == chosen[1][0]:
            raise ValueError(self.tr("Choose two different hyperparameters, or nothing for the second."))
        return [(name, parse_values(name, text)) for name, text in chosen]

    def specs(self) -> list[RunSpec]:
        return expand_sweep(session_setting(self.session), self.axes())

    # -------------------------------------------------------------- the curves
    def _clear_drawing(self) -> None:
        self.legend.clear()  # first: removing a labelled curve lays the legend out again, once per curve
        for curve in self._curves.values():
            self.plot.removeItem(curve)
        self._curves.clear()
        self.legend.hide()  # an empty legend would still draw its box

    def _draw_result(self, row: int, result: RunResult) -> None:
        if not len(result.costs):
            return
        total = max(len(self.model.specs) - 1, 1)
        color = COLORS.map(COLOR_SPAN * row / total, mode="qcolor")
        curve = pg.PlotDataItem(np.arange(len(result.costs)), result.costs, pen=pg.mkPen(color, width=1),
                                antialias=False)
        self._curves[row] = curve
        self.plot.addItem(curve)
        if len(self.legend.items) < LEGEND_MAX:  # while running, labels are only added (see _rebuild_legend)
            self.legend.addItem(curve, result.spec.label)
            self.legend.show()

    def _rebuild_legend(self) -> None:
        """Label the first runs and the best, marked; once at the end, as rebuilding costs a frame."""
        self.legend.clear()
        best = self.model.best
        rows = sorted(self._curves, key=lambda row: row != best)[:LEGEND_MAX]
        for row in sorted(rows):
            label = self.model.specs[row].label
            self.legend.addItem(self._curves[row], f"{BEST_MARK} {label}" if row == best else label)

    def plot_widget(self) -> QWidget:
        return self.graphics

    def curves(self) -> dict[int, pg.PlotDataItem]:
        """The plotted cost curve of each run that has one, by its index in the sweep."""
        return dict(self._curves)

    def _highlight_selected(self) -> None:
        selected = self.selected_row()
        for row, curve in self._curves.items():
            pen = curve.opts["pen"]
            width = SELECTED_WIDTH if row == selected else 1
            if pen.width() != width:
                curve.setPen(pg.mkPen(pen.color(), width=width))
                curve.setZValue(1 if row == selected else 0)

    def _show_finished(self, cancelled: bool) -> None:
        super()._show_finished(cancelled)
        self._rebuild_legend()


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(SweepPanel, 900, 760)

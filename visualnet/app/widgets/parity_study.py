"""Depth versus width on n-bit parity: how many units does each depth need, measured.

The course argues from circuit theory that some functions -- XOR of n bits is its example --
take a small deep network but exponentially many units in a shallow one. This panel measures
rather than draws: for each n and each depth it trains networks of growing width until one
classifies all 2^n patterns right (re-checked by a fresh forward pass), and plots the hidden
units per layer it took (on a log scale, beside the 2^(n-1) gates of the circuit argument) and
the parameters against n, one line per depth. Under them the circuit argument in its own terms: the
gates of an AND/OR circuit and of an XOR tree for each n, and the threshold units that escape it.
"""
from __future__ import annotations

import math
from typing import Any, Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...engine.datasets.generated import MAX_PARITY_BITS
from ...engine.depth import parity_circuits
from ...engine.experiments import (PARITY_DEPTH, ParityResult, ParityTask, estimate_parity,
                                   parse_values)
from ..experiments import ParityExperiment, Plan
from ..processes.sweep import SweepData
from ..session import Session
from .experiment_panel import (ExplanationArea, RedrawnPanel, experiment_plot, fit_columns, header_title, key_entry,
                               plot_key, show_key)
from .plotting import BACKGROUND, FOREGROUND

DEPTH_COLORS = ("#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
REFERENCE_COLOR = "#7F7F7F"
SYMBOL_SIZE = 8
LOG10_2 = math.log10(2)
TICK_ROOM = 1.6  # tick labels this many text heights apart at least
EXPLANATION_MIN_WIDTH = 320  # narrower, the explanation goes under the inputs


class _NumberItem(QTableWidgetItem):
    """A table cell that sorts by its number, not its text (9 before 10)."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(Qt.ItemDataRole.UserRole) < other.data(Qt.ItemDataRole.UserRole)


class PowersOfTwoAxis(pg.AxisItem):
    """A log axis of widths labelled only at 1, 2, 4, 8, …, as many as fit without touching: pyqtgraph's
    own log ticks label 2, 3, … 9 within each decade and pile them up in a short plot."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803 (pyqtgraph's)
        if not self.logMode:
            return super().tickValues(minVal, maxVal, size)
        first, last = math.ceil(minVal / LOG10_2), math.floor(maxVal / LOG10_2)
        room = TICK_ROOM * QFontMetrics(self.style["tickFont"] or QFont()).height()
        every = 1  # label every k-th power of two, so that the labels keep apart
        while (last - first + 1) / every * room > size and every < last - first + 1:
            every += 1
        powers = [k * LOG10_2 for k in range(first, last + 1) if k % every == 0]
        return [(every * LOG10_2, powers)] if powers else super().tickValues(minVal, maxVal, size)

    def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:  # noqa: N802
        if not self.logMode:
            return super().tickStrings(values, scale, spacing)
        return [f"{2 ** round(v / LOG10_2):,}" for v in values]


class ParityStudy(RedrawnPanel):
    """Smallest width that fits n-bit parity, for each n and depth; units and parameters against n."""

    def __init__(self, session: Session, experiment: Optional[ParityExperiment] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(session, "parity", experiment or ParityExperiment("parityStudy"), parent)
        self.setObjectName("parityStudy")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("parityExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        explanation = ExplanationArea(self.explanation, self)

        self.n_from, self.n_to = self._spin("parityFromSpin", 2, 2), self._spin("parityToSpin", 2, 10)
        self.depths = QLineEdit("1, 2, 3", self)
        self.depths.setObjectName("parityDepthsEdit")
        self.iterations = self._spin("parityIterationsSpin", 50, ParityTask.iterations, 100_000, 100)
        self.restarts = self._spin("parityRestartsSpin", 1, ParityTask.restarts, 20)
        self.max_width = self._spin("parityMaxWidthSpin", 1, ParityTask.max_width, 1024)
        bits = QHBoxLayout()
        bits.addWidget(self.n_from)
        self.to_label = QLabel(self)
        bits.addWidget(self.to_label)
        bits.addWidget(self.n_to)
        bits.addStretch(1)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.form_labels, (bits, self.depths, self.iterations, self.restarts,
                                                   self.max_width)):
            self.form.addRow(label, field)
        for spin in (self.n_from, self.n_to, self.iterations, self.restarts, self.max_width):
            spin.valueChanged.connect(self.update_estimate)
        self.depths.editingFinished.connect(self.update_estimate)

        self.graphics = QWidget(self)  # the two plots and their key, saved together as the PNG
        self.graphics.setObjectName("parityPlots")
        column = QVBoxLayout(self.graphics)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        self.units_plot = self._plot(row, PowersOfTwoAxis("left"))
        self.units_plot.setLogMode(y=True)  # so that 2^(n-1) and a line growing like n both show
        self.parameters_plot = self._plot(row)
        # the key sits under the plots: a legend inside would cover the small plots' points
        self.key = plot_key(self.graphics, "parityKey")
        column.addWidget(self.key)
        self.reference = pg.PlotDataItem(pen=pg.mkPen(REFERENCE_COLOR, width=1, style=Qt.PenStyle.DashLine))
        self.units_plot.addItem(self.reference)
        self.unit_curves: dict[int, pg.PlotDataItem] = {}
        self.parameter_curves: dict[int, pg.PlotDataItem] = {}
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("parityTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by depth, then n

        self.circuits = QWidget(self)  # the circuit argument, counted: gates per n, under the measurements
        self.circuits.setObjectName("parityCircuits")
        circuits = QVBoxLayout(self.circuits)
        circuits.setContentsMargins(0, 0, 0, 0)
        self.circuit_note = QLabel(self.circuits)
        self.circuit_note.setObjectName("parityCircuitNote")
        self.circuit_table = QTableWidget(0, 5, self.circuits)
        self.circuit_table.setObjectName("parityCircuitTable")
        self.circuit_table.verticalHeader().hide()
        self.circuit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        circuits.addWidget(ExplanationArea(self.circuit_note, self.circuits))  # scrolls when the panel is short
        circuits.addWidget(self.circuit_table, 1)
        for spin in (self.n_from, self.n_to):
            spin.valueChanged.connect(self._fill_circuits)
        top = self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the inputs beside the explanation
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        top.addLayout(self.form)
        top.addWidget(explanation, 1)  # the text takes the width the inputs leave
        self.lay_out(top, under_table=(self.circuits,))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's names)
        """The explanation beside the inputs when there is room for its lines, under them when not."""
        wide = event.size().width() >= self.form.sizeHint().width() + EXPLANATION_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.top.direction() != direction:
            self.top.setDirection(direction)
        super().resizeEvent(event)

    def _spin(self, name: str, low: int, value: int, high: int = MAX_PARITY_BITS, step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(False)
        return spin

    def _plot(self, row: QHBoxLayout, left: Optional[pg.AxisItem] = None) -> pg.PlotItem:
        widget, plot = experiment_plot(self.graphics, left)
        row.addWidget(widget)
        plot.getAxis("bottom").setTickSpacing(1, 1)  # n is a whole number of bits
        return plot

    def retranslate(self) -> None:
        self.explanation.setText(self.tr(
            "<p>Each point is measured: for n bits and a depth of 1, 2, 3, … hidden layers of equal width w, "
            "the smallest w with which training (Adam, several seeds) classified all 2<sup>n</sup> patterns "
            "right, checked again by a fresh forward pass. A hollow point did not reach 100% within the budget: "
            "it shows the width that came closest (its accuracy is in the table).</p>"
            "<p>What to look for: how fast each line climbs as n grows — on the left the units each hidden "
            "layer needed, on the right the parameters in all. The course's argument counts logic gates (the "
            "dashed line): an AND/OR circuit with one hidden layer needs 2<sup>n−1</sup> gates for parity, a "
            "tree of XORs with about log<sub>2</sub> n layers only about n. A tanh unit is stronger than a "
            "gate — it weighs and adds up all of its inputs, so one layer can count the 1 bits — and the "
            "measured one-hidden-layer line grows roughly in proportion to n, far below the dashed line. "
            "Deeper networks get by with narrower layers as n grows; whether that saves parameters in all is "
            "what the right-hand plot measures. Training is a search: a width that could fit parity may still "
            "be missed, so points can wobble.</p>"))
        labels = (self.tr("Bits n from"), self.tr("Depths (hidden layers)"), self.tr("Iterations per try"),
                  self.tr("Tries per width (seeds)"), self.tr("Widest w tried"))
        for label, text in zip(self.form_labels, labels):
            label.setText(text)
        self.to_label.setText(self.tr("to"))
        self.depths.setToolTip(self.tr("A list such as 1, 2, 3 or a range such as 1..4"))
        self.label_plot(self.units_plot, title=self.tr("units per hidden layer w needed"), bottom=self.tr("bits n"))
        self.label_plot(self.parameters_plot, title=self.tr("parameters needed"), bottom=self.tr("bits n"))
        self.circuit_note.setText(self.tr(
            "The circuit argument counted: one level of AND gates and an OR needs an AND for each of the 2ⁿ⁻¹ "
            "odd patterns; a tree of 2-input XOR gates needs n − 1 gates in ⌈log₂ n⌉ levels. Units that weigh "
            "and add their inputs escape this bound: they can count the 1 bits, and one hidden layer of n "
            "threshold units (“at least j bits are 1”) and an output unit, n + 1 in all, compute parity."))
        self.circuit_table.setHorizontalHeaderLabels([header_title(title) for title in (
            self.tr("n"), self.tr("AND/OR gates"), self.tr("XOR gates"), self.tr("XOR levels"),
            self.tr("threshold units"))])
        self._fill_circuits()
        self.table.setHorizontalHeaderLabels([header_title(title) for title in (
            self.tr("n"), self.tr("depth"), self.tr("width w"), self.tr("hidden units"), self.tr("parameters"),
            self.tr("reached 100%"), self.tr("best accuracy"), self.tr("time"))])
        self._draw()

    # -------------------------------------------------------------- the plan
    def study_tasks(self) -> tuple[ParityTask, ...]:
        """One search per (n, depth), small n first so the first points come soon."""
        first, last = self.n_from.value(), self.n_to.value()
        if first > last:
            raise ValueError(self.tr("The bits run from {first} to {last}: no values. Make the first "
                                          "number the smaller one.").format(first=first, last=last))
        depths = parse_values(PARITY_DEPTH, self.depths.text())
        return tuple(ParityTask(n, depth, max_width=self.max_width.value(), iterations=self.iterations.value(),
                                restarts=self.restarts.value()) for n in range(first, last + 1) for depth in depths)

    def plan(self) -> Plan:
        tasks = self.study_tasks()
        return self.make_plan(tasks, SweepData(), lambda children: estimate_parity(tasks, children))

    def _estimate_text(self, plan: Plan) -> str:
        return self.tr("{runs} searches on {children} process(es): typically about {time} (each search stops "
                       "at the first width that fits)").format(runs=len(plan.tasks), children=plan.children,
                                                               time=self.duration(plan.estimate.seconds))

    # -------------------------------------------------------------- results
    @property
    def results(self) -> dict[int, ParityResult]:
        return self.experiment.results

    def _draw(self) -> None:
        """Lines of units and parameters against n per depth (hollow: not reached), the reference, the table."""
        results = sorted(self.results.values(), key=lambda r: (r.task.depth, r.task.n))
        depths = sorted({r.task.depth for r in results})
        for curves, plot in ((self.unit_curves, self.units_plot), (self.parameter_curves, self.parameters_plot)):
            for depth in [d for d in curves if d not in depths]:
                plot.removeItem(curves.pop(depth))
        key = []
        for depth in depths:
            line = [r for r in results if r.task.depth == depth]
            color = DEPTH_COLORS[(depth - 1) % len(DEPTH_COLORS)]  # by depth: the same in every study
            brushes = [pg.mkBrush(color if r.reached else BACKGROUND) for r in line]
            n = np.array([r.task.n for r in line])
            for curves, plot, values in ((self.unit_curves, self.units_plot, [r.width for r in line]),
                                         (self.parameter_curves, self.parameters_plot, [r.parameters for r in line])):
                if depth not in curves:
                    curves[depth] = pg.PlotDataItem(pen=pg.mkPen(color, width=1), symbol="o",
                                                    symbolSize=SYMBOL_SIZE, symbolPen=pg.mkPen(color))
                    plot.addItem(curves[depth])
                curves[depth].setData(n, np.array(values, dtype=float), symbolBrush=brushes)
            key.append(key_entry(color, "●", self.tr("depth {depth}").format(depth=depth)))
        ns = np.arange(min((r.task.n for r in results), default=0), max((r.task.n for r in results), default=-1) + 1)
        self.reference.setData(ns, 2.0 ** (ns - 1))
        key.append(key_entry(REFERENCE_COLOR, "- - -", self.tr(
            "an AND/OR circuit with one hidden layer: 2ⁿ⁻¹ gates (theory)"), together=False))
        key.append(key_entry(FOREGROUND, "○", self.tr("not reached within the budget"), together=False))
        show_key(self.key, key)
        self._fill_table(results)

    def _fill_table(self, results: list[ParityResult]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(results))
        yes, no = self.tr("yes"), self.tr("no")
        for row, r in enumerate(results):
            cells = [_NumberItem(str(r.task.n), r.task.n), _NumberItem(str(r.task.depth), r.task.depth),
                     _NumberItem(str(r.width), r.width), _NumberItem(str(r.units), r.units),
                     _NumberItem(f"{r.parameters:,}", r.parameters),
                     QTableWidgetItem(yes if r.reached else no if r.status == "done" else self.tr("cancelled")),
                     _NumberItem(f"{r.accuracy:.1%}", r.accuracy), _NumberItem(f"{r.seconds:.1f} s", r.seconds)]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.fit_to_words()

    def fit_to_words(self) -> None:
        super().fit_to_words()
        fit_columns(self.circuit_table)

    def _fill_circuits(self) -> None:
        """The gates of each circuit for the study's n (the engine counts them)."""
        ns = range(self.n_from.value(), max(self.n_from.value(), self.n_to.value()) + 1)
        self.circuit_table.setRowCount(len(ns))
        for row, n in enumerate(ns):
            c = parity_circuits(n)
            for column, value in enumerate((n, c.shallow_gates, c.xor_gates, c.xor_depth, c.threshold_units)):
                self.circuit_table.setItem(row, column, _NumberItem(f"{value:,}", value))
        fit_columns(self.circuit_table)

    def refresh_texts(self) -> None:
        self._draw()

    def write_csv(self, writer: Any) -> None:
        writer.writerow(["n", "depth", "width", "hidden_units", "parameters", "reached", "accuracy", "seed",
                         "status", "seconds", "tries"])
        for r in sorted(self.results.values(), key=lambda r: (r.task.depth, r.task.n)):
            writer.writerow([r.task.n, r.task.depth, r.width, r.units, r.parameters, int(r.reached), r.accuracy,
                             r.seed, r.status, r.seconds, " ".join(f"{w}:{a:g}" for w, a in r.tries)])

    def plot_widget(self) -> QWidget:
        return self.graphics


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(ParityStudy, 1000, 760)

"""Why deep: Telgarsky's sawtooth, a function depth makes cheap, shown and measured.

The tent map composed k times is a sawtooth of 2^k linear pieces; k hidden layers of 2 ReLU units
compute it exactly, while one hidden layer of w units has at most w + 1 pieces. The panel draws the
target with the deep construction and the best trained networks over it, counts their pieces
exactly (the engine's :func:`~visualnet.engine.depth.linear_pieces`), and tabulates k = 1..8: the exact
counts at once, the trained errors once Start has run the fits in child processes. "Build this
network" puts the deep construction in the session, so every other view shows it.
"""
from __future__ import annotations

from typing import Any, Optional

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...engine.datasets.generated import MAX_SAWTOOTH_K, sawtooth_values
from ...engine.depth import (DepthRow, SawtoothResult, SawtoothTask, TrainedFit, depth_table,
                             estimate_sawtooth, grid, network_of, tent_network)
from ..commands import build_network
from ..dataset_keys import builtin_key
from ..experiments import DepthExperiment, Plan
from ..processes.sweep import SweepData
from ..session import Architecture, Session
from ..texts import join_sentences
from .experiment_panel import ExplanationArea, RedrawnPanel, experiment_plot, header_title, key_entry, plot_key, \
    show_key

TARGET_COLOR, DEEP_COLOR, SHALLOW_COLOR, RANDOM_COLOR = "#7F7F7F", "#0072B2", "#D55E00", "#009E73"
PLOT_M = 4097  # x values drawn: 16 per tooth at k = 8
FOUND = 0.01  # a trained deep network with a smaller error has found the sawtooth (the target's variance: 0.083)


class WhyDeep(RedrawnPanel):
    """The sawtooth of the chosen k with the deep, shallow and trained networks; the k = 1..8 table."""

    def __init__(self, session: Session, experiment: Optional[DepthExperiment] = None,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(session, "whyDeep", experiment or DepthExperiment("whyDeepPanel"), parent)
        self.setObjectName("whyDeepPanel")
        self.rows: tuple[DepthRow, ...] = depth_table()  # exact, ~40 ms: no need to leave the GUI thread
        self.explanation = QLabel(self)
        self.explanation.setObjectName("whyDeepExplanation")
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        explanation = ExplanationArea(self.explanation, self)

        self.k = self._spin("whyDeepKSpin", 1, 4, MAX_SAWTOOTH_K)
        self.iterations = self._spin("whyDeepIterationsSpin", 100, SawtoothTask.iterations, 100_000, 500)
        self.restarts = self._spin("whyDeepRestartsSpin", 1, SawtoothTask.restarts, 20)
        self.build_button = QPushButton(self)
        self.build_button.setObjectName("whyDeepBuildButton")
        self.build_button.clicked.connect(self.build)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form_labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.form_labels, (self.k, self.iterations, self.restarts)):
            self.form.addRow(label, field)
        self.form.addRow(self.build_button)
        self.k.valueChanged.connect(self._draw)
        for spin in (self.iterations, self.restarts):
            spin.valueChanged.connect(self.update_estimate)

        self.graphics = QWidget(self)  # the plot, its piece counts and its key: saved together as the PNG
        self.graphics.setObjectName("whyDeepPlots")
        column = QVBoxLayout(self.graphics)
        column.setContentsMargins(0, 0, 0, 0)
        widget, self.plot = experiment_plot(self.graphics)
        column.addWidget(widget, 1)
        self.counts = QLabel(self.graphics)
        self.counts.setObjectName("whyDeepCounts")
        column.addWidget(ExplanationArea(self.counts, self.graphics))  # scrolls when the panel is short
        self.key = plot_key(self.graphics, "whyDeepKey")
        column.addWidget(self.key)
        self.curves = {name: pg.PlotDataItem(pen=pg.mkPen(color, width=width, style=style))
                       for name, color, width, style in (
                           ("target", TARGET_COLOR, 5, Qt.PenStyle.SolidLine),
                           ("deep", DEEP_COLOR, 2, Qt.PenStyle.DashLine),
                           ("shallow", SHALLOW_COLOR, 2, Qt.PenStyle.SolidLine),
                           ("random", RANDOM_COLOR, 2, Qt.PenStyle.SolidLine))}
        for curve in self.curves.values():
            self.plot.addItem(curve)
        self.table = QTableWidget(len(self.rows), 11, self)
        self.table.setObjectName("whyDeepTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        splitter = self.plot_over_table()
        top = QHBoxLayout()
        top.addLayout(self.form)
        top.addWidget(explanation, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.run_bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.results_bar)
        self.retranslate()
        self.update_estimate()

    def _spin(self, name: str, low: int, value: int, high: int, step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(False)
        return spin

    def retranslate(self) -> None:
        self.explanation.setText(self.tr(
            "<p>The tent map t(x) = 2·relu(x) − 4·relu(x − ½) folds [0, 1] onto itself; composed k times it is a "
            "sawtooth of 2<sup>k</sup> straight pieces. A deep network computes it exactly with k hidden layers "
            "of only 2 ReLU units each: every layer folds once more and doubles the pieces.</p>"
            "<p>A network with one hidden layer of w ReLU units is a sum of w bent lines, so it has at most "
            "w + 1 pieces, whatever its weights: it needs at least 2<sup>k</sup> − 1 units (this one has 2<sup>k"
            "</sup>). With the deep network's parameter count (2k units) it has at most 2k + 1 pieces. Unlike "
            "parity, where a tanh unit can count bits, this is a proven bound for networks (Telgarsky, 2016), "
            "and the pieces here are counted exactly, not sampled. Start trains both shapes (Adam) to see what "
            "gradient descent finds.</p>"))
        labels = (self.tr("Folds k"), self.tr("Iterations per try"), self.tr("Tries (seeds)"))
        for label, text in zip(self.form_labels, labels):
            label.setText(text)
        self.build_button.setText(self.tr("Build this network"))
        self.build_button.setToolTip(self.tr(
            "Make the deep construction for this k the session's network, on the sawtooth dataset"))
        self.label_plot(self.plot, title=self.tr("the sawtooth and the networks"), bottom=self.tr("x"),
                        left=self.tr("y"))
        self.table.setHorizontalHeaderLabels([header_title(title) for title in (
            self.tr("k"), self.tr("pieces 2ᵏ"), self.tr("deep units"), self.tr("deep parameters"),
            self.tr("one layer: units needed"), self.tr("one layer: parameters"),
            self.tr("same parameters: units"), self.tr("same parameters: most pieces"),
            self.tr("same parameters: trained error"), self.tr("deep from random start: error"),
            self.tr("time"))])
        self._draw()

    # -------------------------------------------------------------- the plan
    def plan(self) -> Plan:
        tasks = tuple(SawtoothTask(row.k, iterations=self.iterations.value(), restarts=self.restarts.value())
                      for row in self.rows)
        return self.make_plan(tasks, SweepData(), lambda children: estimate_sawtooth(tasks, children))

    def _estimate_text(self, plan: Plan) -> str:
        return self.tr("{runs} fits on {children} process(es): about {time}").format(
            runs=len(plan.tasks), children=plan.children, time=self.duration(plan.estimate.seconds))

    def idea(self) -> str:
        return self.tr("Does a shallow network with the deep one's parameters fit the sawtooth?")

    # -------------------------------------------------------------- build
    def build(self) -> None:
        """The deep construction for k becomes the session's network, on the sawtooth of that k (undoable)."""
        k = self.k.value()
        net = tent_network(k)
        architecture = Architecture(tuple((2, "relu") for _ in range(k)), "linear")
        build_network(self.session, builtin_key("sawtooth", {"k": k}), architecture, net.params,
                      self.tr("Build the deep sawtooth network (k = {k})").format(k=k))

    # -------------------------------------------------------------- results
    def result_of(self, k: int) -> Optional[SawtoothResult]:
        return next((r for r in self.experiment.results.values() if r.task.k == k), None)

    def refresh_texts(self) -> None:
        self._draw()

    def _draw(self) -> None:
        k = self.k.value()
        X = grid(PLOT_M)
        x = X[0]
        result = self.result_of(k)
        self.curves["target"].setData(x, sawtooth_values(X, k)[0])
        self.curves["deep"].setData(x, tent_network(k).forward(X)[0][0])
        row = self.rows[k - 1]
        counts = [self.tr("Pieces counted: the sawtooth {pieces}; the deep network ({units} units, {parameters} "
                          "parameters) {pieces}; one hidden layer with {w} units at most {most}.").format(
            pieces=row.pieces, units=row.deep_units, parameters=row.deep_parameters, w=row.matching_width,
            most=row.matching_max_pieces)]
        key = [key_entry(TARGET_COLOR, "━", self.tr("target: t composed {k} times").format(k=k), together=False),
               key_entry(DEEP_COLOR, "- -", self.tr("deep construction: {k} layers of 2 units").format(k=k), together=False)]
        for curve, shape, color, fit, words in (
                ("shallow", "shallow", SHALLOW_COLOR, result and result.shallow,
                 self.tr("trained, one hidden layer of {w} units").format(w=row.matching_width)),
                ("random", "deep", RANDOM_COLOR, result and result.deep, self.tr("trained, deep from a random start"))):
            self.curves[curve].setVisible(fit is not None)
            if fit is not None:
                self.curves[curve].setData(x, network_of(k, shape, fit.params).forward(X)[0][0])
                key.append(key_entry(color, "━", words, together=False))
        if result is not None and result.shallow is not None:
            counts.append(self._fit_sentence(k, result))
        self.counts.setText(join_sentences(counts))
        show_key(self.key, key)
        self._fill_table()

    def _fit_sentence(self, k: int, result: SawtoothResult) -> str:
        shallow, deep = result.shallow, result.deep
        text = self.tr("Trained with {w} units: error {error:.4f}, {pieces} pieces.").format(
            w=self.rows[k - 1].matching_width, error=shallow.error, pieces=shallow.pieces)
        if deep is None:
            return text
        if deep.error < FOUND:
            return join_sentences([text, self.tr("Trained deep from a random start: error {error:.4f}, {pieces} pieces: found "
                                  "it.").format(error=deep.error, pieces=deep.pieces)])
        return join_sentences([text, self.tr("Trained deep from a random start: error {error:.4f}, {pieces} pieces: gradient "
                              "descent did not find the sawtooth, though the construction shows these weights "
                              "exist. Deep and narrow is hard to train.").format(error=deep.error,
                                                                                 pieces=deep.pieces)])

    def _fill_table(self) -> None:
        for r, row in enumerate(self.rows):
            result = self.result_of(row.k)
            trained = [self._error_cell(result and result.shallow), self._error_cell(result and result.deep),
                       f"{result.seconds:.1f} s" if result is not None else ""]
            cells = [row.k, row.pieces, row.deep_units, row.deep_parameters, row.shallow_units,
                     row.shallow_parameters, row.matching_width, row.matching_max_pieces, *trained]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(f"{value:,}" if isinstance(value, int) else value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, column, item)
        self.table.selectRow(self.k.value() - 1)  # the k drawn above
        self.fit_to_words()

    def _error_cell(self, fit: Optional[TrainedFit]) -> str:
        return "" if fit is None else self.tr("{error:.4f} ({pieces} pieces)").format(error=fit.error,
                                                                                     pieces=fit.pieces)

    def write_csv(self, writer: Any) -> None:
        writer.writerow(["k", "pieces", "deep_units", "deep_parameters", "shallow_units", "shallow_parameters",
                         "matching_width", "matching_max_pieces", "matching_error", "matching_pieces",
                         "deep_random_error", "deep_random_pieces", "seconds"])
        for row in self.rows:
            result = self.result_of(row.k)
            fits = [value for fit in ((result.shallow, result.deep) if result else (None, None))
                    for value in ((fit.error, fit.pieces) if fit else ("", ""))]
            writer.writerow([row.k, row.pieces, row.deep_units, row.deep_parameters, row.shallow_units,
                             row.shallow_parameters, row.matching_width, row.matching_max_pieces, *fits,
                             result.seconds if result else ""])

    def plot_widget(self) -> QWidget:
        return self.graphics


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(WhyDeep, 1000, 760)

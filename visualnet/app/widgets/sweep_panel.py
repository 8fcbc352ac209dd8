"""The sweep panel: "try many values and evaluate them on a dev set", for one or two hyperparameters.

The course's cycle -- idea, code, experiment -- starts with the idea: the student writes what the
sweep is to find out ("Does a larger α train faster?", worded from the chosen hyperparameter
until they type their own), and it is kept with the results. They pick what to vary (α, L, units
per layer, activation, initialization, mini-batch size, λ) and type the values -- a list
("0.1, 0.03, 0.01") or a range ("1e-4..1 ×5" on a log scale, "1..6" for whole numbers). Every
run starts from the current network with the same seed and the same train/dev split, so only the
swept values differ. The cost curves of all runs are overlaid (coloured in the order of the
sweep, named in a key under the plot), the table sorts by any column and marks the best dev
result, and a row opens as the current network.
"""
from __future__ import annotations

from functools import partial
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ...engine.experiments import RunResult, RunSpec, expand_sweep, parse_values
from ..experiments import RunsExperiment
from ..session import Session
from .experiment_panel import experiment_plot, key_entry, on_plot_background, plot_key, show_key, wrapping_label
from .run_results import BEST_MARK, RunsPanel, axis_titles, run_label, session_setting

DEFAULT_VALUES = {"learning_rate": "0.3, 0.1, 0.03, 0.01", "L": "1..5", "units": "2, 4, 8, 16, 32",
                  "activation": "relu, tanh, sigmoid", "init": "zeros, small, he, xavier",
                  "mini_batch_size": "32, 128, full", "lambd": "0, 0.01, 0.1, 1"}
COLORS = pg.colormap.get("viridis")
COLOR_SPAN = 0.85  # viridis' last yellows are hard to see on white
LEGEND_MAX = 12  # more names would bury the curves under words; the best run is always listed
KEY_MARK = "━━"
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
        self.idea_label = QLabel(self)
        self.idea_label.setObjectName("sweepIdeaLabel")
        self.idea_edit = QLineEdit(self)
        self.idea_edit.setObjectName("sweepIdeaEdit")
        self.idea_label.setBuddy(self.idea_edit)
        self._idea_typed = False  # the user's own words; until then the idea follows the chosen hyperparameters
        self.idea_edit.textEdited.connect(self._on_idea_edited)
        axes.addWidget(self.idea_label, 0, 0)
        axes.addWidget(self.idea_edit, 0, 1, 1, 2)
        self.axis_labels = [QLabel(self), QLabel(self)]
        for a in range(2):
            combo, edit = QComboBox(self), QLineEdit(self)
            combo.setObjectName(f"sweepParameterCombo{a + 1}")
            edit.setObjectName(f"sweepValuesEdit{a + 1}")
            self.combos.append(combo)
            self.edits.append(edit)
            axes.addWidget(self.axis_labels[a], a + 1, 0)
            axes.addWidget(combo, a + 1, 1)
            axes.addWidget(edit, a + 1, 2)
            combo.activated.connect(partial(self._on_parameter_activated, a))
            edit.editingFinished.connect(self.update_estimate)
        axes.setColumnStretch(2, 1)

        self.graphics = on_plot_background(QWidget(self))  # the idea, the curves and their key: one PNG
        self.graphics.setObjectName("sweepFigure")
        figure = QVBoxLayout(self.graphics)
        figure.setContentsMargins(0, 0, 0, 0)
        figure.setSpacing(0)
        self.idea_title = wrapping_label(self.graphics, "sweepIdeaTitle")
        bold = QFont()
        bold.setBold(True)  # only the weight: the size still follows the window's (presentation mode)
        self.idea_title.setFont(bold)
        self.plot_view, self.plot = experiment_plot(self.graphics)
        self.plot_view.setObjectName("sweepPlot")
        self.key = plot_key(self.graphics, "sweepKey")
        for widget, stretch in ((self.idea_title, 0), (self.plot_view, 1), (self.key, 0)):
            figure.addWidget(widget, stretch)
        self.log_button = QToolButton(self)
        self.log_button.setObjectName("sweepLogButton")
        self.log_button.setCheckable(True)
        self.log_button.toggled.connect(lambda on: self.plot.setLogMode(y=on))
        self.table.selectionModel().selectionChanged.connect(self._highlight_selected)

        for index, button in enumerate((self.open_button, self.log_button)):
            self.results_bar.insertWidget(index, button)
        self.lay_out(axes)
        self._show_idea()

    def retranslate(self) -> None:
        self.idea_label.setText(self.tr("Idea:"))
        self.idea_edit.setToolTip(self.tr(
            "What you expect the sweep to show, in your words: it is kept with the results and saved in the "
            "project. Idea, code, experiment: the course's cycle."))
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
        self.label_plot(self.plot, bottom=self.tr("iteration"), left=self.tr("cost") + " J")
        self._follow_idea()

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
        self._follow_idea()
        self.update_estimate()

    # -------------------------------------------------------------- the idea
    def default_idea(self) -> str:
        """The question the chosen hyperparameters ask, until the user words their own."""
        questions = {"learning_rate": self.tr("Does a larger α train faster?"),
                     "L": self.tr("Does a deeper network fit better?"),
                     "units": self.tr("Do more units per layer fit better?"),
                     "activation": self.tr("Which activation g trains best?"),
                     "init": self.tr("Which initialization trains best?"),
                     "mini_batch_size": self.tr("Do smaller mini-batches train faster?"),
                     "lambd": self.tr("Does a larger λ close the gap between train and dev?")}
        first, second = (combo.currentData() for combo in self.combos)
        if first is None:
            return ""
        if second is None:
            return questions[first]
        return self.tr("{question} Does {other} change the answer?").format(
            question=questions[first], other=axis_titles()[second])

    def idea(self) -> str:
        return self.idea_edit.text().strip() or self.default_idea()

    def _on_idea_edited(self, text: str) -> None:
        self._idea_typed = bool(text.strip())  # emptied: the worded default comes back with the next choice

    def _follow_idea(self) -> None:
        if not self._idea_typed:
            self.idea_edit.setText(self.default_idea())
            self.idea_edit.setCursorPosition(0)  # its beginning, when it is longer than the field

    def _show_idea(self) -> None:
        """The idea the results on show tested, above their curves (and in the PNG)."""
        idea = self.experiment.idea
        self.idea_title.setText(self.tr("Idea: {idea}").format(idea=idea) if idea else "")
        self.idea_title.setVisible(bool(idea))

    def _on_replaced(self) -> None:
        """Results from a project come with the idea they tested: it is the user's again."""
        if self.experiment.idea:
            self.idea_edit.setText(self.experiment.idea)
            self.idea_edit.setCursorPosition(0)
        self._idea_typed = bool(self.experiment.idea)
        self._follow_idea()
        super()._on_replaced()

    def set_axis(self, axis: int, name: Optional[str], values: str) -> None:
        """Choose what axis 0 or 1 varies (None: nothing, for axis 1) and type its values."""
        self.combos[axis].setCurrentIndex(self.combos[axis].findData(name))
        self._on_parameter_chosen(axis)
        self.edits[axis].setText(values)
        self.update_estimate()

    def preselect(self, name: str) -> None:
        """Choose ``name`` to vary, with its usual values, and nothing else: what a hyperparameter's
        Sweep button asks for (the user's own second axis goes, so the two never name the same)."""
        self.set_axis(1, None, "")
        self.set_axis(0, name, DEFAULT_VALUES[name])

    def axes(self) -> list[tuple[str, tuple]]:
        """The chosen hyperparameters and their values, read from the inputs (a ValueError saying why, when
        unreadable)."""
        chosen = [(combo.currentData(), edit.text()) for combo, edit in zip(self.combos, self.edits)
                  if combo.currentData() is not None]
        if len(chosen) == 2 and chosen[0][0] == chosen[1][0]:
            raise ValueError(self.tr("Choose two different hyperparameters, or nothing for the second."))
        return [(name, parse_values(name, text)) for name, text in chosen]

    def specs(self) -> list[RunSpec]:
        return expand_sweep(session_setting(self.session), self.axes())

    # -------------------------------------------------------------- the curves
    def _clear_drawing(self) -> None:
        for curve in self._curves.values():
            self.plot.removeItem(curve)
        self._curves.clear()
        self._show_key()
        self._show_idea()

    def _draw_result(self, row: int, result: RunResult) -> None:
        if not len(result.costs):
            return
        total = max(len(self.model.specs) - 1, 1)
        color = COLORS.map(COLOR_SPAN * row / total, mode="qcolor")
        curve = pg.PlotDataItem(np.arange(len(result.costs)), result.costs, pen=pg.mkPen(color, width=1),
                                antialias=False)
        self._curves[row] = curve
        self.plot.addItem(curve)
        self._show_key()

    def _key_rows(self) -> list[int]:
        """The runs the key names: the first ones drawn, and the best."""
        best = self.model.best
        return sorted(sorted(self._curves, key=lambda row: row != best)[:LEGEND_MAX])

    def _run_name(self, row: int) -> str:
        return (f"{BEST_MARK} " if row == self.model.best else "") + run_label(self.model.specs[row])

    def _show_key(self) -> None:
        show_key(self.key, [key_entry(self._curves[row].opts["pen"].color(), KEY_MARK, self._run_name(row))
                            for row in self._key_rows()])

    def key_texts(self) -> list[str]:
        """The runs the key names, as the user reads them ("★ He, α = 0.3" for the best)."""
        return [self._run_name(row) for row in self._key_rows()]

    def refresh_texts(self) -> None:
        super().refresh_texts()
        self._show_key()
        self._show_idea()

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
        self._show_key()  # the best is known now


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(SweepPanel, 900, 760)

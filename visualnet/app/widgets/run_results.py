"""Runs compared in a table: the part the sweep panel and the initialization comparison share.

A :class:`RunsPanel` runs RunSpecs made from the session's network, data and hyperparameters
(every run with the same seed and the same train/dev split), fills a sortable table with each
run's final train/dev cost and accuracy and its time, marks the best dev result, keeps cancelled
and unfinished runs marked, and opens a row as the current network through the undoable edits.
Subclasses choose the specs and draw the curves.
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView, QWidget

from ...engine.experiments import (HYPERPARAMETERS, RunResult, RunSpec, Setting, best_result,
                                   estimate_runs)
from ..commands import edit_architecture, edit_dataset, edit_hyperparameters
from ..experiments import Plan, RunsExperiment
from ..processes.sweep import SweepData
from ..session import Architecture, Session
from ..texts import activation_names, init_names
from .experiment_panel import ExperimentPanel, header_title

SORT_ROLE = Qt.ItemDataRole.UserRole
BEST_MARK = "★"
BEST_BACKGROUND = QColor("#FFF4CC")
_DISPLAY, _SORT, _FONT, _BACKGROUND, _TOOLTIP, _ALIGNMENT = (role.value for role in (
    Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))
_RIGHT_ALIGNED = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
MISSING = math.inf  # sorts after every number, in ascending order


def axis_titles() -> dict[str, str]:
    """Column titles of the hyperparameters a sweep varies."""
    return {  # spelled out in full each time: lupdate finds no other form
        "learning_rate": QCoreApplication.translate("Experiments", "learning rate α"),
        "L": QCoreApplication.translate("Experiments", "layers L"),
        "units": QCoreApplication.translate("Experiments", "units n[l]"),
        "activation": QCoreApplication.translate("Experiments", "activation g"),
        "init": QCoreApplication.translate("Experiments", "initialization"),
        "mini_batch_size": QCoreApplication.translate("Experiments", "mini-batch size"),
        "lambd": QCoreApplication.translate("Experiments", "L2 λ")}


def value_text(name: str, value: Any) -> str:
    """A swept value as the user reads it: an initialization or activation by its name in the user's
    language, the full batch in words, numbers as the engine writes them."""
    if name == "init":
        return init_names().get(value, value)
    if name == "activation":
        return activation_names().get(value, value)
    if name == "mini_batch_size" and value is None:
        return QCoreApplication.translate("Experiments", "full batch")
    return HYPERPARAMETERS[name].text(value)


def run_label(spec: RunSpec) -> str:
    """A run's label in the user's language ("He, α = 0.3"): a named choice by its name, a number
    after the course's symbol. (The engine's English label stays in the CSV.)"""
    symbols = {"mini_batch_size": QCoreApplication.translate("Experiments", "batch")}
    parts = [value_text(name, value) if name in ("init", "activation")
             else f"{symbols.get(name, HYPERPARAMETERS[name].symbol)} = {value_text(name, value)}"
             for name, value in spec.values]
    return ", ".join(parts) or QCoreApplication.translate("Experiments", "base")


def session_setting(session: Session) -> Setting:
    """The session's network, first draw and training: the base every run starts from."""
    hp = session.hyperparameters
    sizes = session.layer_sizes
    return Setting(sizes[0], sizes[-1], session.architecture.hidden, session.architecture.output_activation,
                   hp.init, hp.seed, session.train_config())


def session_data(session: Session) -> SweepData:
    """The session's train/dev split: the same for every run."""
    return SweepData(session.train.X, session.train.Y, session.dev.X, session.dev.Y)


def open_run(session: Session, spec: RunSpec, params: dict, dataset: str, text: str) -> Optional[str]:
    """Make a run the current network: its dataset, architecture and hyperparameters as one undo step,
    then its trained parameters. Returns why it cannot (translated), or None.
    """
    if dataset != session.dataset_name and dataset.startswith("file:") and dataset not in session.opened_datasets:
        return QCoreApplication.translate("Experiments", "The data of this run is no longer open.")
    cfg = spec.config
    architecture = Architecture(tuple(zip(spec.layer_sizes[1:-1], spec.activations[:-1])), spec.activations[-1])
    session.undo_stack.beginMacro(text)
    try:
        edit_dataset(session, dataset, text)
        problem = edit_architecture(session, architecture, text)
        edit_hyperparameters(session, replace(
            session.hyperparameters, learning_rate=cfg.learning_rate, num_iterations=cfg.num_iterations,
            mini_batch_size=cfg.mini_batch_size, optimizer=cfg.optimizer, lambd=cfg.lambd, init=spec.init,
            seed=spec.seed), text)
    finally:
        session.undo_stack.endMacro()
    if problem is not None or tuple(session.layer_sizes) != spec.layer_sizes:
        return problem or QCoreApplication.translate("Experiments",
                                                     "The data of this run has changed shape since it ran.")
    session.set_parameters(params)  # the current run, if any, is kept for comparison
    return None


class ResultsModel(QAbstractTableModel):
    """One row per run, in the sweep's order: its swept values, final figures, time and status."""

    def __init__(self, symmetry: bool = False, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._symmetry = symmetry  # a column of distinct units per hidden layer
        self._bold = QFont()
        self._bold.setBold(True)
        self.specs: list[RunSpec] = []
        self.results: list[Optional[RunResult]] = []
        self._progress: dict[int, float] = {}
        self.axes: list[str] = []  # the swept hyperparameters, in the specs' order
        self._columns: list[tuple[str, Callable[[int], tuple[str, Any]]]] = self._make_columns()
        self.best: Optional[int] = None

    def reset(self, specs: Sequence[RunSpec], results: Optional[Sequence[Optional[RunResult]]] = None) -> None:
        self.beginResetModel()
        self.specs = list(specs)
        self.results = list(results) if results is not None else [None] * len(self.specs)
        self._progress = {}
        self.axes = [name for name, _ in self.specs[0].values] if self.specs else []
        self._columns = self._make_columns()
        self.best = best_result(self.results)
        self.endResetModel()

    def retranslate(self) -> None:
        """Column titles and cell words in the language just chosen (they are made once, for speed)."""
        self.beginResetModel()
        self._columns = self._make_columns()
        self.endResetModel()

    def set_progress(self, row: int, fraction: float) -> None:
        self._progress[row] = fraction
        status = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, status), self.index(row, status))

    def set_result(self, row: int, result: RunResult) -> None:
        self.results[row] = result
        self._progress.pop(row, None)
        old, self.best = self.best, best_result(self.results)
        for changed in {row, old, self.best} - {None}:
            self.dataChanged.emit(self.index(changed, 0), self.index(changed, self.columnCount() - 1))

    # -------------------------------------------------------------- Qt's model interface
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt's names)
        return 0 if parent.isValid() else len(self.specs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_title(self._columns[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # a view asks for every role of every cell at each repaint: compare plain ints, no enum arithmetic
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY or role == _SORT:
            text, key = self._columns[column][1](row)
            return text if role == _DISPLAY else key
        if role == _FONT and row == self.best:
            return self._bold
        if role == _BACKGROUND and row == self.best:
            return BEST_BACKGROUND
        if role == _TOOLTIP:
            if column == 0 and row == self.best:
                return self.tr("The best result on the dev set")
            result = self.results[row]
            return result.message if result is not None and result.message else None
        if role == _ALIGNMENT and column > len(self.axes):
            return _RIGHT_ALIGNED
        return None

    # -------------------------------------------------------------- the columns
    def _make_columns(self) -> list[tuple[str, Callable[[int], tuple[str, Any]]]]:
        """(title, cell(row) -> (text, sort key)) per column; made once per reset, as views ask for cells often."""
        titles = axis_titles()
        columns = [(self.tr("run"), self._run_cell)]
        columns += [(titles[name], lambda row, a=a: self._axis_cell(row, a)) for a, name in enumerate(self.axes)]
        columns += [(self.tr("train J"), lambda row: self._number_cell(row, "train_cost", "{:.4g}")),
                    (self.tr("dev J"), lambda row: self._number_cell(row, "dev_cost", "{:.4g}")),
                    (self.tr("train accuracy"), lambda row: self._number_cell(row, "train_accuracy", "{:.1%}")),
                    (self.tr("dev accuracy"), lambda row: self._number_cell(row, "dev_accuracy", "{:.1%}")),
                    (self.tr("time"), lambda row: self._number_cell(row, "seconds", "{:.1f} s"))]
        if self._symmetry:
            columns.append((self.tr("distinct units"), self._symmetry_cell))
        columns.append((self.tr("status"), self._status_cell))
        return columns

    def _run_cell(self, row: int) -> tuple[str, Any]:
        return (f"{BEST_MARK} {row + 1}" if row == self.best else str(row + 1)), row

    def _axis_cell(self, row: int, axis: int) -> tuple[str, Any]:
        name, value = self.specs[row].values[axis]
        return value_text(name, value), MISSING if value is None else value

    def _number_cell(self, row: int, key: str, form: str) -> tuple[str, Any]:
        result = self.results[row]
        value = getattr(result, key) if result is not None and result.has_figures else None
        if value is None:
            return "", MISSING
        return form.format(value), value if math.isfinite(value) else MISSING

    def _symmetry_cell(self, row: int) -> tuple[str, Any]:
        result = self.results[row]
        if result is None or not result.distinct_units:
            return "", MISSING
        units = self.specs[row].layer_sizes[1:-1]
        text = ", ".join(f"{d}/{n}" for d, n in zip(result.distinct_units, units))
        return text, min(d / n for d, n in zip(result.distinct_units, units))

    def _status_cell(self, row: int) -> tuple[str, Any]:
        result = self.results[row]
        if result is None:
            fraction = self._progress.get(row)
            if fraction is None:
                return self.tr("waiting"), "waiting"
            return self.tr("running {percent}%").format(percent=round(100 * fraction)), "running"
        texts = {"done": self.tr("done"), "diverged": self.tr("diverged"), "not run": self.tr("not run"),
                 "failed": self.tr("failed"),
                 "cancelled": self.tr("cancelled at iteration {i} of {n}").format(
                     i=result.iterations, n=result.spec.config.num_iterations)}
        return texts[result.status], result.status


class RunsPanel(ExperimentPanel):
    """An experiment of RunSpecs on the session's data: the results table, its CSV, opening a row.

    Subclasses give :meth:`specs` and draw each result in :meth:`_draw_result`. The table is
    ``{name}Table``, the button that opens the selected run as the current network ``{name}OpenButton``.
    """

    def __init__(self, session: Session, name: str, experiment: RunsExperiment, symmetry: bool = False,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(session, name, experiment, parent)
        self.model = ResultsModel(symmetry, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName(name + "Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the sweep's order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName(name + "OpenButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._translate_open_button()
        for signal in (session.datasetChanged, session.architectureChanged, session.hyperparametersChanged):
            signal.connect(self.update_estimate)

    # -------------------------------------------------------------- what a subclass provides
    def specs(self) -> list[RunSpec]:
        """The runs the inputs ask for; raises ValueError (ExperimentError) saying what is wrong."""
        raise NotImplementedError

    def _draw_result(self, row: int, result: RunResult) -> None:
        raise NotImplementedError

    def _clear_drawing(self) -> None:
        raise NotImplementedError

    # -------------------------------------------------------------- running
    def plan(self) -> Plan:
        specs = self.specs()
        data = session_data(self.session)
        m, m_dev = self.session.train.m, self.session.dev.m
        data_bytes = sum(a.nbytes for a in (data.X, data.Y, data.X_dev, data.Y_dev))
        return self.make_plan(tuple(specs), data,
                              lambda children: estimate_runs(specs, m, m_dev, data_bytes, children))

    def _show_started(self) -> None:
        self.model.reset(self.experiment.tasks)
        self._clear_drawing()
        self.fit_to_words()  # the titles and swept values are known; the figures fit when they come

    def _show_progress(self, index: int, fraction: float) -> None:
        self.model.set_progress(index, fraction)

    def _show_result(self, index: int, result: object) -> None:
        self.model.set_result(index, result)
        self._draw_result(index, result)

    def _show_all(self) -> None:
        self.model.reset(self.experiment.tasks, self.experiment.ordered())
        self._clear_drawing()
        for row, result in self.experiment.results.items():
            self._draw_result(row, result)
        self._size_columns()

    def _show_finished(self, cancelled: bool) -> None:
        self.model.reset(self.experiment.tasks, self.experiment.ordered())  # the runs never started: "not run"
        self._size_columns()

    def _size_columns(self) -> None:
        # sized to the contents at the start and the end, not as they change: a view that resizes to its
        # contents asks every cell again at each progress message, and the window must not stall
        self.fit_to_words()
        self._on_selection_changed()

    def refresh_texts(self) -> None:
        self.model.retranslate()
        self._translate_open_button()
        self.fit_to_words()

    def _translate_open_button(self) -> None:
        self.open_button.setText(self.tr("Open as current network"))
        self.open_button.setToolTip(self.tr(
            "Make the selected run the current network: its architecture, hyperparameters and trained parameters"))

    # -------------------------------------------------------------- results
    def write_csv(self, writer: Any) -> None:
        writer.writerow(["run", "label", *self.model.axes, "status", "iterations", "train_cost", "dev_cost",
                         "train_accuracy", "dev_accuracy", "seconds", "distinct_units", "best", "message"])
        for row, (spec, result) in enumerate(zip(self.model.specs, self.model.results)):
            result = result or RunResult(spec, "not run")
            writer.writerow([row + 1, spec.label, *(value for _, value in spec.values), result.status,
                             result.iterations, *(("" if v is None else v) for v in (
                                 result.train_cost, result.dev_cost, result.train_accuracy, result.dev_accuracy)),
                             result.seconds, " ".join(map(str, result.distinct_units)),
                             int(row == self.model.best), result.message])

    # -------------------------------------------------------------- opening a row
    def selected_row(self) -> Optional[int]:
        """The selected run's index in the sweep (not its place in the sorted table), or None."""
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]).row() if rows else None

    def _on_selection_changed(self) -> None:
        row = self.selected_row()
        result = self.model.results[row] if row is not None else None
        self.open_button.setEnabled(result is not None and result.params is not None)

    def open_selected(self) -> None:
        row = self.selected_row()
        result = self.model.results[row] if row is not None else None
        if result is None or result.params is None:
            return
        problem = open_run(self.session, result.spec, result.params, self.experiment.dataset,
                           self.tr("Open run {run}: {label}").format(run=row + 1, label=run_label(result.spec)))
        if problem is not None:
            self._say(problem, error=True)

"""Parameters and hyperparameters side by side: the course's distinction, with the network's own values.

Parameters (W[l], b[l]) are what gradient descent learns; hyperparameters (α, the iterations, L,
n[l], g[l], the initialization, the optimizer and its β's, the mini-batch size, λ) are what the
student chooses, and they control how the parameters are learned. The panel lists both for the
current network, follows every edit (it observes the session), and opens the Experiments tab's
sweep for each hyperparameter a sweep can vary -- the course's answer to "which value is right?":
try several, and compare them on the dev set.
"""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from ..session import Session
from ..texts import activation_names, init_names, optimizer_name
from .retranslating import Retranslating

# the rows of the hyperparameter table, in the course's order, and the hyperparameter of
# engine.experiments.HYPERPARAMETERS that the sweep varies for each (None: no sweep varies it)
SWEEPS: dict[str, Optional[str]] = {
    "learning_rate": "learning_rate", "num_iterations": None, "L": "L", "units": "units",
    "activations": "activation", "init": "init", "optimizer": None, "betas": None,
    "mini_batch_size": "mini_batch_size", "lambd": "lambd"}


def _table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    """A read-only table whose columns fit their words; the second (the values) takes the rest."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = table.item(r, c)
            if item is None:
                table.setItem(r, c, QTableWidgetItem(text))
            elif item.text() != text:
                item.setText(text)


class ParametersPanel(Retranslating, QWidget):
    """The network's parameters (learned) against its hyperparameters (chosen), live, with a sweep per
    hyperparameter. ``sweepRequested(name)`` asks the window to open the sweep with ``name`` chosen
    (a key of :data:`visualnet.engine.experiments.HYPERPARAMETERS`)."""

    sweepRequested = Signal(str)

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("parametersPanel")
        self.session = session
        self.lesson = QLabel(self, objectName="parametersLesson", wordWrap=True)
        bold = QFont()
        bold.setBold(True)  # only the weight: the size follows the window's (presentation mode)
        self.lesson.setFont(bold)
        self.parameters_title = QLabel(self, objectName="parametersTitle", wordWrap=True)
        self.hyperparameters_title = QLabel(self, objectName="hyperparametersTitle", wordWrap=True)
        self.parameters_table = _table(self, "parametersTable", 3)
        self.hyperparameters_table = _table(self, "hyperparametersTable", 3)
        self.hyperparameters_table.setRowCount(len(SWEEPS))
        self.sweep_buttons: dict[str, QToolButton] = {}
        for row, (key, sweep) in enumerate(SWEEPS.items()):
            if sweep is not None:
                button = QToolButton(self.hyperparameters_table, objectName=f"sweep_{sweep}_button")
                button.clicked.connect(partial(self.sweepRequested.emit, sweep))
                self.hyperparameters_table.setCellWidget(row, 2, button)
                self.sweep_buttons[sweep] = button

        columns = QHBoxLayout()
        for title, table in ((self.parameters_title, self.parameters_table),
                             (self.hyperparameters_title, self.hyperparameters_table)):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(table, 1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lesson)
        layout.addLayout(columns, 1)

        session.hyperparametersChanged.connect(self._on_hyperparameters_changed)
        for signal in (session.architectureChanged, session.datasetChanged):
            signal.connect(self._on_network_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.lesson.setText(self.tr(
            "Parameters are learned; hyperparameters are chosen by you, and control how the parameters are "
            "learned."))
        self.parameters_title.setText(self.tr("Parameters: learned by gradient descent"))
        self.hyperparameters_title.setText(self.tr("Hyperparameters: chosen by you (sweep to compare values)"))
        self.parameters_table.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("shape"), self.tr("numbers")])
        self.hyperparameters_table.setHorizontalHeaderLabels([self.tr("hyperparameter"), self.tr("value"), ""])
        for name, button in self.sweep_buttons.items():
            button.setText(self.tr("Sweep…"))
            button.setToolTip(self.tr("Open the hyperparameter sweep with this one chosen"))
        self._on_network_changed()

    def sizeHint(self) -> QSize:
        """Tall enough to show every hyperparameter at once (the parameters scroll when L is large)."""
        table = self.hyperparameters_table
        rows = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        margins = self.layout().contentsMargins()
        height = (self.lesson.sizeHint().height() + self.hyperparameters_title.sizeHint().height() + rows
                  + 2 * table.frameWidth() + 3 * self.layout().spacing() + margins.top() + margins.bottom()
                  + table.fontMetrics().height() // 2)  # what the styles add around a table's rows
        return QSize(super().sizeHint().width(), height)

    # -------------------------------------------------------------- session -> panel
    def _on_network_changed(self) -> None:
        """W[l], b[l] with their shapes and counts, as the engine's shapes give them."""
        shapes = self.session.shapes
        rows = []
        for layer in shapes.layers[1:]:
            for name in ("W", "b"):
                tensor = layer.tensors[name]
                rows.append([tensor.symbol, f"{tensor.symbolic_text} = {tensor.numeric_text}",
                             f"{tensor.size:,}"])
        rows.append([self.tr("total"), "", f"{shapes.parameter_count:,}"])
        _fill(self.parameters_table, rows)
        bold = QFont(self.parameters_table.font())
        bold.setBold(True)
        for column in range(3):
            self.parameters_table.item(len(rows) - 1, column).setFont(bold)
        self._on_hyperparameters_changed()

    def _on_hyperparameters_changed(self) -> None:
        _fill(self.hyperparameters_table, [[self.names()[key], value] for key, value in self.values().items()])

    def names(self) -> dict[str, str]:
        """Each row's hyperparameter, in the course's symbols and the user's words."""
        return {"learning_rate": self.tr("learning rate α"), "num_iterations": self.tr("iterations"),
                "L": self.tr("layers L"), "units": self.tr("units n[l]"), "activations": self.tr("activations g[l]"),
                "init": self.tr("initialization"), "optimizer": self.tr("optimizer"), "betas": self.tr("β"),
                "mini_batch_size": self.tr("mini-batch size"), "lambd": self.tr("L2 regularization λ")}

    def values(self) -> dict[str, str]:
        """Each row's current value, as the user reads it."""
        session = self.session
        hp, architecture, config = session.hyperparameters, session.architecture, session.train_config()
        sizes, activations = session.layer_sizes, activation_names()
        hidden = ", ".join(f"{n:,}" for n in sizes[1:-1])
        units = self.tr("{hidden} (n[0] = {n_x} and n[L] = {n_L} follow the data)").format(
            hidden=hidden, n_x=f"{sizes[0]:,}", n_L=f"{sizes[-1]:,}") if hidden else self.tr(
            "no hidden layer (n[0] = {n_x}, n[L] = {n_L})").format(n_x=f"{sizes[0]:,}", n_L=f"{sizes[-1]:,}")
        g = ", ".join(activations.get(a, a) for a in session.activations)
        betas = {"gd": self.tr("none (gradient descent)"), "momentum": f"β = {config.beta:g}",
                 "adam": f"β1 = {config.beta1:g}, β2 = {config.beta2:g}"}
        batch = (self.tr("full batch (m = {m})").format(m=f"{session.train.m:,}") if hp.mini_batch_size is None
                 else f"{hp.mini_batch_size:,}")
        return {"learning_rate": f"{hp.learning_rate:g}", "num_iterations": f"{hp.num_iterations:,}",
                "L": str(architecture.L), "units": units, "activations": g,
                "init": init_names().get(hp.init, hp.init), "optimizer": optimizer_name(hp.optimizer),
                "betas": betas.get(hp.optimizer, ""), "mini_batch_size": batch, "lambd": f"{hp.lambd:g}"}


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(ParametersPanel, 900, 420)

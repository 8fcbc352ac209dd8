"""Hyperparameters, the course's list: what the student chooses before training.

Parameters (W[l], b[l]) are what training learns; this panel holds the other kind, and says so.
Each field edits the session through an undoable command; holding a spin box's arrow makes one
undo step.
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Optional

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QSpinBox, QWidget

from ...engine.initializers import INITIALIZERS
from ...engine.optimizers import OPTIMIZERS
from ..commands import edit_hyperparameters
from ..session import Session
from ..texts import optimizer_names, with_blocked
from .retranslating import Retranslating

LEARNING_RATE_RANGE = (1e-5, 10.0)
STEPS_PER_DECADE = 6  # α steps of ×10^(1/6) ≈ 1.47: 0.001, 0.00147, 0.00215, ... by arrow keys


class LogSpinBox(QDoubleSpinBox):
    """A spin box for the learning rate: arrow steps multiply, text accepts 0.01 or 1e-2."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setDecimals(10)
        self.setRange(*LEARNING_RATE_RANGE)

    def stepBy(self, steps: int) -> None:
        # on a fixed grid of 10^(k/6), so six steps down from 0.1 land on 0.01 exactly
        k = round(math.log10(self.value()) * STEPS_PER_DECADE) + steps
        self.setValue(float(f"{10 ** (k / STEPS_PER_DECADE):.3g}"))

    def textFromValue(self, value: float) -> str:
        return f"{value:.4g}"

    def valueFromText(self, text: str) -> float:
        return float(text)

    def validate(self, text: str, pos: int) -> object:
        try:
            value = float(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        low, high = LEARNING_RATE_RANGE
        state = QValidator.State.Acceptable if low <= value <= high else QValidator.State.Intermediate
        return state, text, pos


class HyperparametersPanel(Retranslating, QWidget):
    """Learning rate α, iterations, mini-batch size, initialization, optimizer, L2 λ, seed."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("hyperparameters")
        self.session = session
        self.learning_rate = LogSpinBox(self)
        self.learning_rate.setObjectName("learningRateSpin")
        self.iterations = QSpinBox(self)
        self.iterations.setObjectName("iterationsSpin")
        self.iterations.setRange(1, 10_000_000)
        self.iterations.setSingleStep(100)
        self.batch = QSpinBox(self)
        self.batch.setObjectName("miniBatchSpin")
        self.batch.setRange(0, 1_000_000)  # 0 shows as "full batch"
        self.batch.setSingleStep(32)
        self.init = QComboBox(self)
        self.init.setObjectName("initCombo")
        self.optimizer = QComboBox(self)
        self.optimizer.setObjectName("optimizerCombo")
        self.lambd = QDoubleSpinBox(self)
        self.lambd.setObjectName("lambdaSpin")
        self.lambd.setRange(0.0, 100.0)
        self.lambd.setDecimals(4)
        self.lambd.setSingleStep(0.01)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("seedSpin")
        self.seed.setRange(0, 2**31 - 1)
        for spin in (self.learning_rate, self.iterations, self.batch, self.lambd, self.seed):
            spin.setKeyboardTracking(False)
        self.parameters_note = QLabel(self)
        self.parameters_note.setObjectName("parametersNote")
        self.parameters_note.setWordWrap(True)

        self.form = QFormLayout(self)
        # a label too long beside its field goes above it: with a projector's text the panel stays narrow
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = {}
        for key, widget in (("learning_rate", self.learning_rate), ("num_iterations", self.iterations),
                            ("mini_batch_size", self.batch), ("init", self.init), ("optimizer", self.optimizer),
                            ("lambd", self.lambd), ("seed", self.seed)):
            self.labels[key] = QLabel(self)
            self.labels[key].setBuddy(widget)
            self.form.addRow(self.labels[key], widget)
        self.form.addRow(self.parameters_note)
        self.fields = {key: label.buddy() for key, label in self.labels.items()}

        self.learning_rate.valueChanged.connect(lambda v: self._edit("learning_rate", float(v)))
        self.iterations.valueChanged.connect(lambda v: self._edit("num_iterations", int(v)))
        self.batch.valueChanged.connect(lambda v: self._edit("mini_batch_size", int(v) or None))
        self.lambd.valueChanged.connect(lambda v: self._edit("lambd", float(v)))
        self.seed.valueChanged.connect(lambda v: self._edit("seed", int(v)))
        self.init.activated.connect(lambda i: self._edit("init", self.init.itemData(i), merge=False))
        self.optimizer.activated.connect(lambda i: self._edit("optimizer", self.optimizer.itemData(i), merge=False))
        session.hyperparametersChanged.connect(self._on_hyperparameters_changed)
        for signal in (session.architectureChanged, session.datasetChanged):
            signal.connect(self._on_parameters_changed)
        self.retranslate()

    def set_field_visible(self, key: str, visible: bool) -> None:
        """Show or hide one hyperparameter's row (a teacher's focused exercise hides the rest)."""
        self.form.setRowVisible(self.fields[key], visible)

    def names(self) -> dict[str, str]:
        """Each hyperparameter's name in the current language (its row's label, the window's Hide menu)."""
        return {"learning_rate": self.tr("Learning rate α"), "num_iterations": self.tr("Iterations"),
                "mini_batch_size": self.tr("Mini-batch size"), "init": self.tr("Initialization"),
                "optimizer": self.tr("Optimizer"), "lambd": self.tr("L2 regularization λ"), "seed": self.tr("Seed")}

    def retranslate(self) -> None:
        tips = {
            "learning_rate": self.tr(
                "How far each step of gradient descent moves W and b: too small is slow, too large diverges."),
            "num_iterations": self.tr("How many updates of the parameters one press of Train runs."),
            "mini_batch_size": self.tr(
                "How many examples each update looks at; full batch uses all m, as in the course."),
            "init": self.tr(
                "How W[l] is drawn before training; b[l] starts at 0. Zeros shows the symmetry problem."),
            "optimizer": self.tr("The update rule: plain gradient descent, with momentum, or Adam."),
            "lambd": self.tr(
                "Adds λ/(2m) Σ‖W[l]‖² to the cost, pulling the weights towards 0 against overfitting."),
            "seed": self.tr(
                "Seeds the initial draw and the mini-batch shuffles: the same seed gives the same run."),
        }
        rows = {key: (name, tips[key]) for key, name in self.names().items()}
        for key, (label, tip) in rows.items():
            self.labels[key].setText(label)
            self.labels[key].setToolTip(tip)
            self.labels[key].buddy().setToolTip(tip)
        self.batch.setSpecialValueText(self.tr("full batch"))
        names = {"he": self.tr("He (√(2/n[l-1]))"), "xavier": self.tr("Xavier (√(1/n[l-1]))"),
                 "small": self.tr("Small (× 0.01)"), "zeros": self.tr("Zeros"),
                 "course": self.tr("The course's (÷ √n[l-1])")}
        optimizers = optimizer_names()
        for combo, items in ((self.init, {k: names[k] for k in INITIALIZERS}),
                             (self.optimizer, {k: optimizers[k] for k in OPTIMIZERS})):
            def fill(combo: QComboBox = combo, items: dict[str, str] = items) -> None:
                combo.clear()
                for key, text in items.items():
                    combo.addItem(text, key)
            with_blocked(combo, fill)
        self._on_hyperparameters_changed()
        self._on_parameters_changed()

    # -------------------------------------------------------------- session -> widgets
    def _on_hyperparameters_changed(self) -> None:
        hp = self.session.hyperparameters
        for widget, value in ((self.learning_rate, hp.learning_rate), (self.iterations, hp.num_iterations),
                              (self.batch, hp.mini_batch_size or 0), (self.lambd, hp.lambd), (self.seed, hp.seed)):
            with_blocked(widget, lambda w=widget, v=value: w.setValue(v))
        with_blocked(self.init, lambda: self.init.setCurrentIndex(self.init.findData(hp.init)))
        with_blocked(self.optimizer, lambda: self.optimizer.setCurrentIndex(self.optimizer.findData(hp.optimizer)))

    def _on_parameters_changed(self) -> None:
        count = self.session.shapes.parameter_count
        self.parameters_note.setText(self.tr(
            "These are hyperparameters: you choose them. The parameters W[l], b[l] ({count} numbers) are what "
            "training learns.").format(count=f"{count:,}"))

    # -------------------------------------------------------------- widgets -> session
    def _edit(self, field: str, value: Any, merge: bool = True) -> None:
        new = replace(self.session.hyperparameters, **{field: value})
        label = self.labels[field].text()
        edit_hyperparameters(self.session, new, self.tr("Set {name}").format(name=label),
                             ("hyperparameter", field) if merge else None)


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(HyperparametersPanel, 420, 420)

"""The dataset chooser: which examples the network learns from, and their shape (m, n_x, classes)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ...engine.datasets import DATASETS
from ..commands import edit_dataset
from ..session import Session
from ..texts import dataset_names, with_blocked


class DatasetPanel(QWidget):
    """A combo box of the built-in datasets and one line on the chosen one's split and shape."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.session = session
        self.combo = QComboBox(self)
        self.combo.setObjectName("datasetCombo")
        self.summary = QLabel(self)
        self.summary.setObjectName("datasetSummary")
        self.summary.setWordWrap(True)
        self.label = QLabel(self)
        form = QFormLayout(self)
        form.addRow(self.label, self.combo)
        form.addRow(self.summary)
        self.combo.activated.connect(self._on_combo_activated)
        session.datasetChanged.connect(self._on_dataset_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Dataset"))
        self.label.setBuddy(self.combo)
        self.combo.setToolTip(self.tr("The examples X and labels Y the network learns from"))

        def fill() -> None:
            self.combo.clear()
            for key, name in dataset_names().items():
                if key in DATASETS:
                    self.combo.addItem(name, key)
        with_blocked(self.combo, fill)
        self._on_dataset_changed()

    def _on_dataset_changed(self) -> None:
        session = self.session
        with_blocked(self.combo, lambda: self.combo.setCurrentIndex(self.combo.findData(session.dataset_name)))
        data = session.dataset
        task = {"binary": self.tr("two classes"), "multiclass": self.tr("{C} classes").format(C=data.n_y),
                "regression": self.tr("regression")}[data.task]
        self.summary.setText(self.tr("m_train = {train}, m_dev = {dev} · n_x = {n_x} · {task}").format(
            train=session.train.m, dev=session.dev.m, n_x=data.n_x, task=task))
        self.combo.setToolTip(data.description)

    def _on_combo_activated(self, row: int) -> None:
        edit_dataset(self.session, self.combo.itemData(row), self.tr("Choose dataset"))

"""The main window. Until the main-window issue lands, it shows the demo network's shapes.

Every number in it comes from ``engine.shapes`` for the demo network on the demo dataset.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..engine import Network
from ..engine.datasets import load_dataset
from ..engine.shapes import TENSOR_NAMES, network_shapes

DEMO_DATASET = "digits"
DEMO_HIDDEN = ((20, "relu"), (7, "relu"), (5, "relu"))


class MainWindow(QMainWindow):
    """The application window with the ready demo: the digits and the course's 20-7-5 network."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("visualnet"))
        dataset = load_dataset(DEMO_DATASET)
        sizes = [dataset.n_x, *(n for n, _ in DEMO_HIDDEN), dataset.n_y]
        acts = [g for _, g in DEMO_HIDDEN] + [dataset.output_activation]
        self.network = Network(sizes, acts)
        shapes = network_shapes(sizes, dataset.m, acts)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("Demo network on the handwritten digits: {m} examples, {count} parameters")
                         .format(m=dataset.m, count=shapes.parameter_count), central)
        layout.addWidget(heading)
        table = QTableWidget(len(shapes.layers), 1 + len(TENSOR_NAMES), central)
        table.setObjectName("shapePanel")
        table.setHorizontalHeaderLabels([self.tr("Layer"), *TENSOR_NAMES])
        for row, layer in enumerate(shapes.layers):
            table.setItem(row, 0, QTableWidgetItem(f"{layer.layer}  n[{layer.layer}] = {layer.units}"))
            for column, name in enumerate(TENSOR_NAMES, start=1):
                if name in layer.tensors:
                    tensor = layer.tensors[name]
                    table.setItem(row, column, QTableWidgetItem(f"{tensor.symbolic_text} = {tensor.numeric_text}"))
        table.resizeColumnsToContents()
        layout.addWidget(table)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        self.statusBar().showMessage(self.tr("L = {L}, {count} parameters, m = {m}, dataset: {name}").format(
            L=self.network.L, count=shapes.parameter_count, m=dataset.m, name=dataset.name))
        self.resize(1100, 360)

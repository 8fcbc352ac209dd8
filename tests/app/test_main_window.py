"""The window the app opens: built with the demo, named for automation, numbers from the engine."""
from __future__ import annotations

from PySide6.QtWidgets import QStatusBar, QTableWidget

from visualnet.app import MainWindow
from visualnet.engine.datasets import load_dataset
from visualnet.engine.shapes import network_shapes


def test_main_window_opens_with_the_demo_and_engine_shapes(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.objectName() == "mainWindow"
    table = window.findChild(QTableWidget, "shapePanel")
    digits = load_dataset("digits")
    expected = network_shapes(window.network.layer_sizes, digits.m)
    W1 = expected.tensor("W", 1)
    texts = [table.item(1, c).text() for c in range(1, table.columnCount()) if table.item(1, c)]
    assert f"{W1.symbolic_text} = {W1.numeric_text}" in texts
    assert texts[0] == "(n[1], n[0]) = (20, 64)"
    status = window.findChild(QStatusBar, "statusBar").currentMessage()
    assert f"{expected.parameter_count} parameters" in status and f"m = {digits.m}" in status

"""Every word of the experiment panels fits its box, with results on show, in English and Chinese, at a
laptop's font and a projector's (presentation mode: 1.5 times larger), in a roomy panel and a cramped one.

What is checked is what a reader would miss: a label's text wider or taller than the label (word wrap
taken into account, rich text laid out as Qt lays it out), a button's or progress bar's words wider than
the widget, a column title or a cell wider than its column, a title's lines taller than the header.
"""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from visualnet.app.translations import install_translations
from visualnet.app.widgets.init_comparison import InitComparison
from visualnet.app.widgets.parity_study import ParityStudy
from visualnet.app.widgets.why_deep import WhyDeep
from visualnet.app.widgets.sweep_panel import SweepPanel

from textfit import unfit_texts

TIMEOUT_MS = 60_000
PRESENTATION_SCALE = 1.5  # as the window's presentation mode
ROOMY = (900, 800)


# ------------------------------------------------------------------ the panels with results
@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def moons(session):
    session.set_dataset("moons")
    session.set_hyperparameters(replace(session.hyperparameters, learning_rate=0.1, num_iterations=60))
    return session


def sweep_of_initializations(panel: SweepPanel) -> None:
    """Two hyperparameters, one of them named choices (their translated names fill a column)."""
    panel.set_axis(0, "init", "zeros, small, he, xavier")
    panel.set_axis(1, "learning_rate", "0.3, 0.03")


def small_parity_study(panel: ParityStudy) -> None:
    panel.n_to.setValue(3)
    panel.depths.setText("1, 2")
    panel.iterations.setValue(300)


def quick_sawtooth_fits(panel: WhyDeep) -> None:
    panel.iterations.setValue(100)
    panel.restarts.setValue(1)


PANELS = {"sweep": (SweepPanel, sweep_of_initializations), "init": (InitComparison, lambda panel: None),
          "parity": (ParityStudy, small_parity_study), "why_deep": (WhyDeep, quick_sawtooth_fits)}


def fits_at(qtbot, panel: QWidget, font: QFont, size: tuple[int, int]) -> list[str]:
    panel.setFont(font)
    panel.resize(*size)
    qtbot.waitUntil(lambda: panel.width() >= size[0] or panel.width() == panel.minimumWidth())
    QApplication.processEvents()  # the layouts settle after the font's change
    return unfit_texts(panel)


@pytest.mark.parametrize("kind", list(PANELS))
def test_every_text_of_a_panel_with_results_fits(qtbot, show, moons, language, kind):
    make, prepare = PANELS[kind]
    panel = show(make(moons), *ROOMY)
    prepare(panel)
    with qtbot.waitSignal(panel.experimentFinished, timeout=TIMEOUT_MS) as finished:
        assert panel.start()
    assert finished.args == [False]
    normal = QFont(panel.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * PRESENTATION_SCALE)
    checked = 0
    for font in (normal, large):
        panel.setFont(font)
        QApplication.processEvents()
        cramped = panel.minimumSizeHint()  # what a small screen gives it (the Experiments tab scrolls below that)
        for size in (ROOMY if font is normal else (1200, 1000), (cramped.width(), cramped.height())):
            problems = fits_at(qtbot, panel, font, size)
            assert not problems, f"{language}, {font.pointSizeF():g} pt, {size}: " + "\n".join(problems)
            checked += 1
    assert checked == 4
    table = panel.table
    assert table.model().rowCount() > 0  # the results were walked, not an empty table
    if kind == "sweep" and language == "zh_CN":  # the initializations read in Chinese, the key stays the data
        column = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())]
        cells = {table.model().data(table.model().index(r, column.index("初始化"))) for r in range(8)}
        assert cells == {"全零 (zeros)", "小值 (small, × 0.01)", "He", "Xavier"}
        assert {spec.init for spec in panel.model.specs} == {"zeros", "small", "he", "xavier"}


def test_a_text_too_wide_for_its_box_is_found(qtbot, show):
    """The check itself can fail: a label, a button and a column too narrow for their words."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

    root = show(QWidget(), 400, 300)
    layout = QVBoxLayout(root)
    label, button, table = QLabel("a sentence much too long for forty pixels"), QPushButton("Open as current network"), \
        QTableWidget(1, 1)
    wrapped = QLabel("words that wrap " * 40)
    wrapped.setWordWrap(True)
    for widget in (label, button, table, wrapped):
        layout.addWidget(widget)
    label.setFixedWidth(40)
    button.setFixedWidth(40)
    wrapped.setFixedHeight(20)
    table.setHorizontalHeaderLabels(["train\naccuracy"])
    table.setItem(0, 0, QTableWidgetItem("0.123456789 and more"))
    table.setColumnWidth(0, 30)
    QApplication.processEvents()
    problems = "\n".join(unfit_texts(root))
    assert "a sentence much too long" in problems and "Open as current network" in problems
    assert "words that wrap" in problems
    assert "column title 'train\\naccuracy'" in problems and "cell '0.123456789 and more'" in problems

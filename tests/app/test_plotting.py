"""Every plot's axes: numbers read as numbers (no SI factor in the title), and tick labels never overlap."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from visualnet.app.widgets.parity_study import PowersOfTwoAxis
from visualnet.app.widgets.plotting import quiet_plot, set_plot_font, tick_text


@pytest.mark.parametrize("value, spacing, expected", [
    (1e27, 5e26, "1×10²⁷"), (1.5e27, 5e26, "1.5×10²⁷"), (6e27, 2e27, "6×10²⁷"),
    (0.0005, 0.0001, "0.0005"), (0.0007, 0.0001, "0.0007"), (200, 100, "200"), (1500, 500, "1500"),
    (0.25, 0.05, "0.25"), (0.4, 0.2, "0.4"), (-2.5, 0.5, "-2.5"), (0.0, 0.1, "0"), (1e-17, 0.2, "0"),
    (2e-5, 1e-5, "2×10⁻⁵"), (-3e6, 1e6, "-3×10⁶"), (99999, 1, "99999"), (1e5, 5e4, "1×10⁵"),
])
def test_tick_text_writes_numbers_a_student_reads(value, spacing, expected):
    assert tick_text(value, spacing) == expected


@pytest.mark.parametrize("value, expected", [(1e-5, "10⁻⁵"), (1e27, "10²⁷"), (1e-4, "10⁻⁴"), (0.001, "0.001"),
                                             (100, "100"), (1, "1"), (1e4, "10⁴")])
def test_a_log_axis_writes_powers_of_ten(value, expected):
    assert tick_text(value, value, power_only=True) == expected


def assert_apart(labels, at_least: int = 2) -> None:
    """Labels (so the check means something), no two of which touch."""
    assert len(labels) >= at_least, labels
    for (a, text_a), (b, text_b) in itertools.combinations(labels, 2):
        assert not a.intersects(b), f"{text_a!r} {a} overlaps {text_b!r} {b}"


# a laptop's 9 pt from a sliver of a dock to a wide one; presentation mode's 13.5 pt; a huge font on a wall
@pytest.mark.parametrize("width, points", [(180, 9), (260, 9), (420, 9), (900, 9), (330, 13.5), (600, 13.5),
                                           (1800, 28), (260, None)])  # None: the scene's font, none set
@pytest.mark.parametrize("x_range, y_range", [((0, 3000), (0, 0.9)), ((0, 1_000_000), (0, 1e27)),
                                              ((-4.4, 4.6), (0.0, 0.0009))])
def test_tick_labels_never_overlap_at_any_size_or_font(qtbot, painted_tick_labels, width, points, x_range,
                                                        y_range):
    holder = QWidget()
    qtbot.addWidget(holder)
    graphics, plot = quiet_plot(holder)
    graphics.resize(width, max(180, width * 2 // 3))
    if points is not None:
        font = QFont(holder.font())
        font.setPointSizeF(points)
        set_plot_font(plot, font)
    plot.setLabel("left", "cost J")
    plot.setXRange(*x_range, padding=0)
    plot.setYRange(*y_range, padding=0)
    holder.show()
    qtbot.waitExposed(holder)
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        labels = painted_tick_labels(graphics, axis)
        assert_apart(labels, 2 if width >= 400 else 1)  # a tiny plot has room for one "1000" only
        assert not any("e+" in text or "e-" in text for _rect, text in labels)  # 1×10²⁷, never 1e+27
    assert "(x" not in plot.getAxis("left").labelString()  # no "cost J (x1e+27)"


def test_every_plot_of_the_window_writes_numbers_without_si_factors(window):
    import pyqtgraph as pg

    window.dataset_panel.show()  # (the dataset preview's plots too)
    plots = [item for view in window.findChildren(pg.GraphicsView) for item in view.scene().items()
             if isinstance(item, pg.PlotItem)]
    assert len(plots) >= 8  # cost, weights, decision boundary, the experiments', the dataset preview's, colour bars
    for plot in plots:
        for side in plot.axes:
            axis = plot.getAxis(side)
            assert not axis.autoSIPrefix, (plot, side)
            if isinstance(axis, PowersOfTwoAxis):  # the parity study's widths: 1, 2, 4, 8, ... in full
                assert axis.tickStrings([0.0, 3 * np.log10(2), 10 * np.log10(2)], 1.0, 1.0) == ["1", "8", "1,024"]
            elif axis.logMode:  # (the sweep's learning rates): the ticks are exponents
                assert axis.tickStrings([27, 400], 1.0, 1.0) == ["10²⁷", "10⁴⁰⁰"], (plot, side)
            else:
                assert axis.tickStrings([1e27], 1.0, 5e26) == ["1×10²⁷"], (plot, side)


@pytest.mark.parametrize("height", [160, 260, 600])
@pytest.mark.parametrize("y_range", [(1, 8), (1, 40), (1e-3, 3), (1e-30, 1.0)])  # widths of a study, costs
def test_a_log_axis_labels_enough_ticks_and_never_overlaps(qtbot, painted_tick_labels, height, y_range):
    holder = QWidget()
    qtbot.addWidget(holder)
    graphics, plot = quiet_plot(holder)
    graphics.resize(300, height)
    plot.setLogMode(y=True)
    plot.plot([0, 1], list(y_range))
    holder.show()
    qtbot.waitExposed(holder)
    labels = painted_tick_labels(graphics, plot.getAxis("left"))
    assert_apart(labels)  # two labels at least, even inside one decade (1 to 8: "1", "2", "5")
    assert all(text[0].isdigit() for _rect, text in labels)

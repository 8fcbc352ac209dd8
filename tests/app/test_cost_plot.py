"""The cost plot draws exactly what the session's runs hold, keeps past runs, and exports them."""
from __future__ import annotations

import csv
import os

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFont, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from visualnet.app.history import Run
from visualnet.app.session import PRESETS, Architecture, Hyperparameters, Session
from visualnet.app.widgets.cost_plot import (CSV_HEADER, DEV_ACCURACY_COLOR, DEV_COLOR, LOG_FLOOR,
                                            LOG_SUGGESTED_DECADES, TRAIN_ACCURACY_COLOR, TRAIN_COLOR, CostPlot)
from visualnet.engine.project import project_from_bytes, project_to_bytes
from visualnet.engine.visual import decades

ITERATIONS = 200
TRAIN_TIMEOUT_MS = 60_000


@pytest.fixture
def session():
    session = Session()  # the demo: digits, hidden layers 20, 7, 5
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=ITERATIONS))
    yield session
    session.stop_training()  # no training outlives a test


@pytest.fixture
def plot(qtbot, session):
    plot = CostPlot(session)
    qtbot.addWidget(plot)
    plot.resize(900, 560)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


def train(qtbot, session: Session) -> None:
    session.start_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=TRAIN_TIMEOUT_MS)


def assert_plots(curve, series) -> None:
    """The item's full data (not the downsampled display) is the series, exactly."""
    assert np.array_equal(curve.xData, series.x)
    assert np.array_equal(curve.yData, series.y)


def legend_labels(plot: CostPlot) -> list[str]:
    return [label.text for _sample, label in plot.legend.items]


def test_names_and_empty_start(plot):
    assert plot.objectName() == "costPlot"
    for name in ("costPlotGraph", "costPlotAccuracyButton", "costPlotLogButton", "costPlotClearButton",
                 "costPlotExportButton", "costPlotReadout"):
        assert plot.findChild(object, name) is not None, name
    assert plot.train_curve.xData is None or len(plot.train_curve.xData) == 0
    assert plot.plot_item.getAxis("bottom").labelText == "iteration"
    assert plot.plot_item.getAxis("left").labelText == "cost J"
    assert not plot.clear_button.isEnabled()
    assert legend_labels(plot) == ["train J", "dev J"]
    assert plot.readout.text()  # tells the student what to do


def test_curves_are_the_runs_costs_exactly(qtbot, session, plot):
    train(qtbot, session)
    run = session.run
    assert len(run.costs) == ITERATIONS and len(run.dev_costs) > 1
    assert_plots(plot.train_curve, run.costs)
    assert_plots(plot.dev_curve, run.dev_costs)
    assert plot.plot_item.titleLabel.text == run.label
    assert plot.readout.text().startswith(f"iteration {int(run.costs.x[-1])}")
    assert f"train J = {run.costs.y[-1]:.4g}" in plot.readout.text()
    # performance settings the long runs rely on
    assert plot.train_curve.opts["autoDownsample"] and plot.train_curve.opts["downsampleMethod"] == "peak"
    assert plot.train_curve.opts["clipToView"]
    assert not plot.train_curve.opts["antialias"]


def test_curves_follow_training_while_it_runs(qtbot, session, plot):
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=50_000))
    session.start_training()
    qtbot.waitUntil(lambda: session.run is not None and len(session.run.costs) > 50, timeout=TRAIN_TIMEOUT_MS)
    session.pause_training()
    session.stop_training()
    assert_plots(plot.train_curve, session.run.costs)


def test_reset_keeps_the_run_as_a_faded_labelled_curve_and_clear_removes_it(qtbot, session, plot):
    train(qtbot, session)
    first = session.run
    session.reset_parameters()
    assert session.runs == [first] and session.run is None
    [(run, curve)] = plot.past_curves()
    assert run is first
    assert_plots(curve, first.costs)
    assert curve.opts["pen"].color().alpha() < plot.train_curve.opts["pen"].color().alpha()  # faded
    assert first.label in legend_labels(plot)
    assert plot.train_curve.xData is None or len(plot.train_curve.xData) == 0  # the new run has no steps yet
    assert plot.clear_button.isEnabled()

    session.set_hyperparameters(Hyperparameters(learning_rate=0.3, num_iterations=ITERATIONS))
    train(qtbot, session)
    assert_plots(plot.train_curve, session.run.costs)
    assert [run for run, _ in plot.past_curves()] == [first]
    assert legend_labels(plot).count(first.label) == 1
    assert f"{first.label}: J = " in plot.readout.text()

    qtbot.mouseClick(plot.clear_button, Qt.MouseButton.LeftButton)
    assert session.runs == [] and plot.past_curves() == []
    assert first.label not in legend_labels(plot)
    assert curve not in plot.plot_item.items
    assert not plot.clear_button.isEnabled()
    assert_plots(plot.train_curve, session.run.costs)  # the current run stays


def test_log_scale_and_costs_of_zero(qtbot, session, plot):
    train(qtbot, session)
    qtbot.mouseClick(plot.log_button, Qt.MouseButton.LeftButton)
    assert plot.is_log_scale() and plot.plot_item.ctrl.logYCheck.isChecked()
    assert plot.train_curve.opts["logMode"] == [False, True]
    assert not plot.plot_item.getAxis("right").logMode  # accuracy stays linear
    # a cost can underflow to exactly 0 (cross-entropy from the logits): a gap, never a warning
    run = session.run
    run.add_costs(run.iterations, np.array([1e-300, 0.0, 0.0]))
    session.progressed.emit(None)
    plot.grab()  # paints with -inf mapped away (warnings and Qt warnings fail this test)
    assert_plots(plot.train_curve, run.costs)
    assert plot.plot_item.vb.viewRange()[1][0] >= LOG_FLOOR
    qtbot.mouseClick(plot.log_button, Qt.MouseButton.LeftButton)
    assert not plot.is_log_scale() and plot.train_curve.opts["logMode"] == [False, False]


def test_accuracy_on_its_own_axis(qtbot, session, plot):
    train(qtbot, session)
    assert not plot.plot_item.getAxis("right").isVisible()  # no accuracy axis without accuracy curves
    plot.retranslate()  # (a language switch relabels the axis, which must not show it)
    assert not plot.plot_item.getAxis("right").isVisible()
    plot.set_accuracy_visible(True)
    assert plot.accuracy_button.isChecked()
    assert plot.plot_item.getAxis("right").isVisible() and plot.accuracy_view.isVisible()
    assert_plots(plot.train_accuracy_curve, session.run.train_accuracy)
    assert_plots(plot.dev_accuracy_curve, session.run.dev_accuracy)
    assert {"train accuracy", "dev accuracy"} <= set(legend_labels(plot))
    assert plot.accuracy_view.viewRange()[1][0] <= 0 and plot.accuracy_view.viewRange()[1][1] >= 1
    assert "dev accuracy = " in plot.readout.text()
    qtbot.mouseClick(plot.accuracy_button, Qt.MouseButton.LeftButton)
    assert not plot.accuracy_view.isVisible() and not plot.plot_item.getAxis("right").isVisible()
    assert "train accuracy" not in legend_labels(plot)


def test_crosshair_reads_the_curves_under_the_mouse(qtbot, session, plot):
    train(qtbot, session)
    run = session.run
    view = plot.plot_item.vb
    view.setRange(xRange=(0, ITERATIONS), yRange=(0, float(run.costs.y.max())), padding=0)  # no auto-range moves
    scene_point = view.mapViewToScene(QPointF(100, float(run.costs.y[100])))
    QTest.mouseMove(plot.graph.viewport(), plot.graph.mapFromScene(scene_point))
    qtbot.waitUntil(lambda: plot.crosshair[0].isVisible())
    iteration = int(round(plot.crosshair[0].value()))
    assert abs(iteration - 100) <= 1  # a pixel is a quarter of an iteration
    text = plot.readout.text()
    assert text.startswith(f"iteration {iteration}")
    assert f"train J = {run.costs.y[iteration]:.4g}" in text
    QApplication.sendEvent(plot.graph.viewport(), QEvent(QEvent.Type.Leave))  # the mouse leaves the graph
    assert not plot.crosshair[0].isVisible() and not plot.crosshair[1].isVisible()
    assert plot.readout.text().startswith(f"iteration {int(run.costs.x[-1])}")


def read_csv(path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == CSV_HEADER
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def test_csv_holds_every_runs_costs_exactly(qtbot, session, plot, tmp_path):
    train(qtbot, session)
    first = session.run
    session.reset_parameters()
    session.set_hyperparameters(Hyperparameters(learning_rate=0.3, num_iterations=ITERATIONS))
    train(qtbot, session)
    path = tmp_path / "costs.csv"
    assert plot.export_csv(str(path)) is None
    rows = read_csv(path)
    for number, run in ((1, first), (2, session.run)):
        mine = [row for row in rows if row["run"] == str(number)]
        assert {row["label"] for row in mine} == {run.label}
        assert {float(row["learning_rate"]) for row in mine} == {run.learning_rate}
        assert [int(row["iteration"]) for row in mine] == run.costs.x.astype(int).tolist()
        assert np.array_equal([float(row["train_cost"]) for row in mine], run.costs.y)
        dev = [(int(row["iteration"]), float(row["dev_cost"])) for row in mine if row["dev_cost"]]
        assert dev == list(zip(run.dev_costs.x.astype(int).tolist(), run.dev_costs.y.tolist()))
        accuracy = [float(row["dev_accuracy"]) for row in mine if row["dev_accuracy"]]
        assert accuracy == run.dev_accuracy.y.tolist()
    assert not [name for name in os.listdir(tmp_path) if name != "costs.csv"]  # no temporary file left


def test_png_export_writes_an_image(qtbot, session, plot, tmp_path):
    train(qtbot, session)
    path = tmp_path / "cost.png"
    assert plot.export_figure(str(path)) is None
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage(str(path))
    assert not image.isNull() and abs(image.width() - plot.plot_item.width()) <= 1  # as shown


def test_svg_export_holds_every_curve_shown_accuracies_included(qtbot, session, plot, tmp_path):
    train(qtbot, session)
    plot.set_accuracy_visible(True)
    path = tmp_path / "cost.svg"
    assert plot.export_figure(str(path)) is None
    svg = path.read_text(encoding="utf-8").lower()
    for color in (TRAIN_COLOR, DEV_COLOR, TRAIN_ACCURACY_COLOR, DEV_ACCURACY_COLOR):
        assert svg.count(f'stroke="{color.lower()}"') >= 2, color  # its legend sample and its curve


def test_export_errors_are_reported_not_raised(qtbot, session, plot, tmp_path):
    train(qtbot, session)
    missing = tmp_path / "no such folder" / "cost.csv"
    for export, path in ((plot.export_csv, missing), (plot.export_figure, missing.with_suffix(".png"))):
        error = export(str(path))
        assert isinstance(error, str) and str(path) in error
        assert not path.exists()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return  # root writes into read-only folders; the missing folder above covers the error path
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert isinstance(plot.export_csv(str(locked / "cost.csv")), str)
        assert os.listdir(locked) == []
    finally:
        locked.chmod(0o700)


def test_while_training_the_x_axis_spans_the_planned_run(qtbot, session, plot):
    session.set_hyperparameters(Hyperparameters(learning_rate=0.01, num_iterations=200_000))
    session.start_training()
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 0, timeout=TRAIN_TIMEOUT_MS)
    left, right = plot.plot_item.vb.viewRange()[0]
    assert left <= 0 and 200_000 <= right < 200_000 * 1.05  # the whole run, though only a little is done
    session.stop_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=TRAIN_TIMEOUT_MS)
    done = (session.runs or [session.run])[-1].costs.x[-1]
    # fitted to the data again (pyqtgraph applies auto-range when it next paints)
    qtbot.waitUntil(lambda: done <= plot.plot_item.vb.viewRange()[0][1] < 200_000 / 2, timeout=3000)


def test_the_cost_axis_starts_at_zero_and_one_iteration_gets_a_readable_axis(qtbot, session, plot):
    session.step_training()  # exactly one iteration: a curve of one point
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations == 1, timeout=TRAIN_TIMEOUT_MS)
    session.stop_training()
    qtbot.waitUntil(lambda: session.training_state == "idle", timeout=TRAIN_TIMEOUT_MS)
    plot.grab()  # pyqtgraph applies auto-range when it paints
    (x0, x1), (y0, y1) = plot.plot_item.vb.viewRange()
    J0 = float(session.run.costs.y[0])
    assert x0 <= 0 and 1 <= x1 < 2  # not the width of whatever was shown before
    assert y0 <= 0 <= J0 <= y1 < J0 * 1.2  # from 0 up to the cost, with a little padding
    qtbot.mouseClick(plot.log_button, Qt.MouseButton.LeftButton)
    plot.grab()
    low, high = plot.plot_item.vb.viewRange()[1]
    assert LOG_FLOOR <= low <= np.log10(J0) <= high  # on a log scale the bound at 0 goes


def test_an_empty_plot_keeps_plain_axes(plot):
    plot.grab()
    (x0, x1), (y0, y1) = plot.plot_item.vb.viewRange()
    assert x0 <= 0 and x1 >= 1 and y0 <= 0 and y1 >= 1  # not a zero-height range around the origin
    assert y1 - y0 < 10


def keep(session: Session, costs: list[float], dataset: str = "", label: str = "α = 5, kept") -> Run:
    """A kept run of the session's data and network (unless told another dataset) with these costs."""
    run = Run(label, 5.0, tuple(session.layer_sizes), dataset or session.dataset_name)
    run.add_costs(0, np.array(costs))
    session.runs.append(run)
    session.runsChanged.emit()
    return run


def test_a_kept_run_far_larger_never_sets_the_cost_axis_of_the_current_run(qtbot, session, plot,
                                                                            painted_tick_labels):
    diverged = keep(session, [2.3, 1e27, 3e27])
    plot.grab()
    assert plot.plot_item.vb.viewRange()[1][1] >= 3e27  # alone, the kept run is what there is to show
    train(qtbot, session)
    plot.grab()  # (pyqtgraph applies auto-range when it paints)
    low, high = plot.plot_item.vb.viewRange()[1]
    costs = session.run.costs.y
    assert low <= costs.min() and costs.max() <= high < 2 * costs.max()  # the current run fills the axis
    [(run, curve)] = plot.past_curves()
    assert run is diverged and curve.isVisible() and diverged.label in legend_labels(plot)
    assert_plots(curve, diverged.costs)  # still drawn, off the top
    for side in ("left", "bottom"):
        labels = painted_tick_labels(plot.graph, plot.plot_item.getAxis(side))
        assert len(labels) >= 2 and not any("e+" in text or "e-" in text for _rect, text in labels)
    assert plot.plot_item.getAxis("left").labelString().count("(x") == 0  # no "cost J (x1e+27)"


def test_kept_runs_leave_with_their_data_and_say_when_they_trained_another_network(qtbot, session, plot):
    train(qtbot, session)
    first = session.run
    session.set_architecture(Architecture(((8, "relu"),), "softmax"))  # ends the run; keeps it
    [(run, curve)] = plot.past_curves()
    assert run is first and first.dataset == session.dataset_name == "digits"
    assert curve.isVisible() and curve.opts["pen"].style() == Qt.PenStyle.DotLine
    assert f"{first.label} (other network)" in legend_labels(plot)

    session.set_dataset("digit_pair")  # other data: its costs mean nothing here
    assert not curve.isVisible()
    assert not [label for label in legend_labels(plot) if first.label in label]
    assert plot.readout.text() == "Train the network to see its cost J fall."

    session.set_dataset("digits")  # back to its data: back on the plot
    assert curve.isVisible() and f"{first.label} (other network)" in legend_labels(plot)
    session.set_architecture(Architecture(PRESETS["course"], "softmax"))  # its own network again
    assert curve.opts["pen"].style() == Qt.PenStyle.SolidLine and first.label in legend_labels(plot)


def test_kept_runs_keep_their_data_in_a_project(qtbot, session, plot):
    train(qtbot, session)
    own = session.run
    session.reset_parameters()
    other = keep(session, [0.7, 0.5], dataset="flower", label="α = 1.2, [2, 4, 1]")
    project = project_from_bytes(project_to_bytes(session.to_project()))
    assert [saved.dataset for saved in project.runs] == [None, "flower"]  # None: the project's own data
    opened = Session("flower")
    opened.apply_project(project, session.dataset, "digits")
    assert [(run.label, run.dataset) for run in opened.runs] == [(own.label, "digits"), (other.label, "flower")]


def test_a_log_scale_is_suggested_when_the_costs_span_powers_of_ten(qtbot, session, plot, painted_tick_labels):
    train(qtbot, session)
    assert plot.log_hint.isHidden()  # a cost falling from 2.3 to 1 needs no log scale
    run = session.run
    run.add_costs(run.iterations, np.array([1e-4, 1e-5]))
    session.runsChanged.emit()
    spanned = decades(run.costs.y)
    assert spanned >= LOG_SUGGESTED_DECADES
    assert not plot.log_hint.isHidden() and f"{int(spanned)} powers of ten" in plot.log_hint.text()
    qtbot.mouseClick(plot.log_button, Qt.MouseButton.LeftButton)
    assert plot.is_log_scale() and plot.log_hint.isHidden()
    labels = [text for _rect, text in painted_tick_labels(plot.graph, plot.plot_item.getAxis("left"))]
    assert "10⁻⁵" in labels or "10⁻⁴" in labels  # powers of ten, as the course writes them



@pytest.mark.parametrize("points", [9, 13.5])  # a laptop's font, presentation mode's
@pytest.mark.parametrize("width", [330, 520])  # the dock at 1440 x 900, and wider
def test_tick_labels_never_overlap_while_training_in_any_font(qtbot, session, plot, painted_tick_labels, points,
                                                              width):
    font = QFont(plot.font())
    font.setPointSizeF(points)
    plot.setFont(font)  # (what presentation mode does to the whole window)
    plot.resize(width, 330)
    session.set_hyperparameters(Hyperparameters(learning_rate=0.1, num_iterations=3000))
    session.start_training()
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 0, timeout=TRAIN_TIMEOUT_MS)
    for side in ("bottom", "left"):
        axis = plot.plot_item.getAxis(side)
        assert axis.style["tickFont"].pointSizeF() == points  # the ticks follow the widget's font
        labels = painted_tick_labels(plot.graph, axis)
        assert len(labels) >= 2, labels
        for i, (a, text_a) in enumerate(labels):
            for b, text_b in labels[i + 1:]:
                assert not a.intersects(b), f"{text_a!r} overlaps {text_b!r}"
    session.stop_training()

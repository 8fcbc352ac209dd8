"""Experiment panels driven as a student would: type values, Start, Cancel, read the table and the curves."""
from __future__ import annotations

import csv
import json
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox

from visualnet.app.session import Architecture
from visualnet.app.widgets import experiment_panel
from visualnet.app.widgets.init_comparison import InitComparison
from visualnet.app.widgets.parity_study import ParityStudy
from visualnet.app.widgets.run_results import SORT_ROLE
from visualnet.app.widgets.sweep_panel import SweepPanel
from visualnet.app.experiments import Experiments, RunsExperiment
from visualnet.app.translations import install_translations
from visualnet.app.processes.host import ProcessWorker
from visualnet.engine import Network
from visualnet.engine.datasets import load_dataset
from visualnet.engine.experiments import best_result, run_spec

TIMEOUT_MS = 60_000


@pytest.fixture
def moons(session):
    """The demo's network (20, 7, 5 ReLU) on two moons, short runs: quick, and every run differs."""
    session.set_dataset("moons")
    session.set_hyperparameters(replace(session.hyperparameters, learning_rate=0.1, num_iterations=120))
    return session


@pytest.fixture
def sweep(moons, show):
    return show(SweepPanel(moons), 900, 760)


def run(qtbot, panel) -> bool:
    """Click Start and wait until every run has ended; returns whether it was cancelled."""
    with qtbot.waitSignal(panel.experimentFinished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def type_values(qtbot, panel: SweepPanel, axis: int, name, text: str) -> None:
    combo, edit = panel.combos[axis], panel.edits[axis]
    combo.setCurrentIndex(combo.findData(name))
    combo.activated.emit(combo.currentIndex())
    edit.clear()
    qtbot.keyClicks(edit, text)


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def plain_text(label) -> str:
    """A rich-text label's words as the reader sees them (non-breaking spaces as spaces)."""
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText().replace("\xa0", " ")


def read_csv(path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8").splitlines()))


def engine_run(session, spec):
    return run_spec(spec, session.train.X, session.train.Y, session.dev.X, session.dev.Y)


def test_a_two_way_sweep_equals_separate_runs_and_is_plotted(qtbot, sweep, moons):
    type_values(qtbot, sweep, 0, "learning_rate", "0.3, 0.03")
    type_values(qtbot, sweep, 1, "L", "2..3")
    assert not run(qtbot, sweep)
    model = sweep.model
    assert model.rowCount() == 4
    assert [spec.label for spec in model.specs] == ["α = 0.3, L = 2", "α = 0.3, L = 3", "α = 0.03, L = 2",
                                                    "α = 0.03, L = 3"]
    for row, spec in enumerate(model.specs):
        result, alone = model.results[row], engine_run(moons, spec)
        assert result.status == "done"
        np.testing.assert_array_equal(result.costs, alone.costs)
        assert (result.dev_cost, result.dev_accuracy) == (alone.dev_cost, alone.dev_accuracy)
        np.testing.assert_array_equal(sweep.curves()[row].yData, alone.costs)
        assert cell(model, row, 3) == f"{alone.train_cost:.4g}"
    best = best_result(model.results)
    assert model.best == best and cell(model, best, 0) == f"★ {best + 1}"
    assert f"★ {model.specs[best].label}" in sweep.key_texts() and sweep.key.isVisible()
    assert len(sweep.key_texts()) == 4 and "α = 0.03, L = 3" in plain_text(sweep.key)
    assert sweep.progress.value() == sweep.progress.maximum()
    # sortable: the dev accuracy column, descending, through the table's own header
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(
        "dev\naccuracy")  # on two lines: the column is as narrow as its numbers
    sweep.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [sweep.proxy.data(sweep.proxy.index(r, column), SORT_ROLE) for r in range(4)]
    assert shown == sorted(shown, reverse=True)


def test_opening_a_row_makes_it_the_current_network_as_one_undo_step(qtbot, sweep, moons):
    type_values(qtbot, sweep, 0, "units", "3, 9")
    type_values(qtbot, sweep, 1, None, "")
    run(qtbot, sweep)
    before = moons.architecture
    sweep.table.selectRow(1)
    row = sweep.selected_row()
    result = sweep.model.results[row]
    assert sweep.open_button.isEnabled()
    qtbot.mouseClick(sweep.open_button, Qt.MouseButton.LeftButton)
    units = result.spec.layer_sizes[1]
    assert moons.architecture == Architecture(((units, "relu"),) * 3, "sigmoid")
    for key, value in result.params.items():
        np.testing.assert_array_equal(moons.network.params[key], value)
    moons.undo_stack.undo()
    assert moons.architecture == before


def test_cancel_keeps_finished_runs_and_marks_the_rest(qtbot, sweep, moons):
    moons.set_hyperparameters(replace(moons.hyperparameters, num_iterations=3000))
    sweep.children = 1  # one process: run 1 is the one cut short, runs 2 and 3 never start
    type_values(qtbot, sweep, 0, "learning_rate", "0.3, 0.1, 0.03, 0.01")
    with qtbot.waitSignal(sweep.runFinished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    assert sweep.running and not sweep.start_button.isEnabled()
    with qtbot.waitSignal(sweep.experimentFinished, timeout=TIMEOUT_MS) as finished:
        qtbot.mouseClick(sweep.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args == [True]
    model = sweep.model
    done, cut, *never = model.results
    assert done.status == "done" and done.iterations == 3000
    np.testing.assert_array_equal(done.costs, engine_run(moons, model.specs[0]).costs)
    assert cut.status == "cancelled" and 0 < cut.iterations < 3000
    np.testing.assert_array_equal(cut.costs, engine_run(moons, model.specs[1]).costs[:cut.iterations])
    assert cell(model, 1, model.columnCount() - 1) == f"cancelled at iteration {cut.iterations} of 3000"
    assert [r.status for r in never] == ["not run", "not run"]
    assert [cell(model, row, model.columnCount() - 1) for row in (2, 3)] == ["not run", "not run"]
    assert sorted(sweep.curves()) == [0, 1]
    assert sweep.status.text().startswith("Cancelled")
    assert not ProcessWorker.running()

    # the results, cancelled ones included, survive a project file's round trip
    record = json.loads(json.dumps(sweep.experiment.record(), allow_nan=False))  # as a project file keeps it
    assert record["panel"] == "sweepPanel"
    again = SweepPanel(moons)
    qtbot.addWidget(again)
    again.experiment.load(record)
    assert [r.status for r in again.model.results] == ["done", "cancelled", "not run", "not run"]
    alone = RunsExperiment("sweepPanel")  # the results live in the model, not in a panel: none is needed
    alone.load(record)
    assert json.loads(json.dumps(alone.record(), allow_nan=False)) == record
    np.testing.assert_array_equal(again.curves()[1].yData, cut.costs)


@pytest.mark.parametrize("name, text, message", [
    ("learning_rate", "0.1, abc", "'abc' is not a number"),
    ("learning_rate", "", "no values for the learning rate α"),
    ("L", "6..1", "has no values"),
    ("learning_rate", "1e-4..1 x0", "has no values"),
])
def test_a_bad_value_list_shows_a_message_and_starts_nothing(qtbot, sweep, name, text, message):
    type_values(qtbot, sweep, 0, name, text)
    with qtbot.assertNotEmitted(sweep.experimentStarted):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    assert message in sweep.status.text() and "B00020" in sweep.status.styleSheet()
    assert sweep.experiment.worker is None and not ProcessWorker.running()


def test_over_budget_asks_first(qtbot, sweep, monkeypatch):
    monkeypatch.setattr(experiment_panel, "TIME_BUDGET_S", 0.0)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    with qtbot.assertNotEmitted(sweep.experimentStarted):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    assert "This will take about" in asked[0] and sweep.experiment.worker is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(sweep.experimentStarted):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    sweep.experiment.stop()  # cancel and wait, as closing the window does
    assert not sweep.running and not ProcessWorker.running()


def test_cancel_before_the_processes_start_marks_every_run(qtbot, sweep):
    with qtbot.waitSignal(sweep.experimentFinished) as finished:
        assert sweep.start()
        sweep.cancel()  # the processes would start on the next turn of the event loop
    assert finished.args == [True] and sweep.experiment.worker is None and not ProcessWorker.running()
    assert {r.status for r in sweep.model.results} == {"not run"} and sweep.start_button.isEnabled()


def test_exports_csv_and_png(qtbot, sweep, tmp_path):
    type_values(qtbot, sweep, 0, "lambd", "0, 0.1")
    run(qtbot, sweep)
    assert sweep.export_csv(str(tmp_path / "sweep.csv")) is None
    rows = read_csv(tmp_path / "sweep.csv")
    assert rows[0][:4] == ["run", "label", "lambd", "status"] and len(rows) == 3
    assert [row[2] for row in rows[1:]] == ["0.0", "0.1"] and {row[3] for row in rows[1:]} == {"done"}
    assert sweep.export_png(str(tmp_path / "sweep.png")) is None
    assert not QImage(str(tmp_path / "sweep.png")).isNull()
    assert sweep.export_csv(str(tmp_path / "missing" / "x.csv")) is not None  # an error, not a crash


def test_init_comparison_shows_the_symmetry_of_zeros(qtbot, moons, show):
    panel = show(InitComparison(moons), 1100, 700)
    assert panel.objectName() == "initComparison" and panel.depth_note.isHidden()  # L = 4 is deep enough
    assert not run(qtbot, panel)
    model = panel.model
    assert [spec.init for spec in model.specs] == ["zeros", "small", "he", "xavier"]
    symmetry = model.columnCount() - 2
    assert cell(model, 0, symmetry) == "1/20, 1/7, 1/5"
    assert cell(model, 2, symmetry) == "20/20, 7/7, 5/5"
    for row, curve in enumerate(panel.curves):
        np.testing.assert_array_equal(curve.yData, engine_run(moons, model.specs[row]).costs)


def test_parity_study_finds_widths_that_really_fit(qtbot, moons, show, tmp_path):
    panel = show(ParityStudy(moons), 1000, 760)
    assert panel.objectName() == "parityStudy"
    panel.n_to.setValue(3)
    panel.depths.clear()
    qtbot.keyClicks(panel.depths, "1, 2")
    qtbot.keyClick(panel.depths, Qt.Key.Key_Return)  # the estimate follows the finished edit
    assert "4 searches" in panel.status.text()
    assert not run(qtbot, panel)
    assert panel.table.rowCount() == 4
    for result in panel.results.values():
        assert result.reached
        dataset = load_dataset("parity", n=result.task.n)
        net = Network(result.layer_sizes, result.task.activations, init="zeros")
        net.params = result.params
        assert net.accuracy(2 * dataset.X - 1, dataset.Y) == 1.0
    for depth in (1, 2):
        widths = [r.width for r in sorted(panel.results.values(), key=lambda r: r.task.n) if r.task.depth == depth]
        np.testing.assert_array_equal(panel.unit_curves[depth].yData, widths)
    assert panel.export_csv(str(tmp_path / "parity.csv")) is None
    assert len(read_csv(tmp_path / "parity.csv")) == 5
    record = json.loads(json.dumps(panel.experiment.record(), allow_nan=False))  # as a project file keeps it
    assert record["panel"] == "parityStudy"
    again = ParityStudy(moons)
    qtbot.addWidget(again)
    again.experiment.load(record)
    assert list(again.results.values()) == [panel.results[i] for i in sorted(panel.results)]
    assert again.table.rowCount() == 4


def test_parity_study_refuses_an_empty_range(qtbot, moons, show):
    panel = show(ParityStudy(moons), 1000, 760)
    panel.n_from.setValue(6)
    panel.n_to.setValue(4)
    with qtbot.assertNotEmitted(panel.experimentStarted):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert "no values" in panel.status.text()


def test_a_killed_sweep_process_fails_its_run_in_words_and_the_others_still_run(qtbot, sweep, moons):
    import psutil
    moons.set_hyperparameters(replace(moons.hyperparameters, num_iterations=20000))
    sweep.children = 1
    type_values(qtbot, sweep, 0, "learning_rate", "0.3, 0.1")
    with qtbot.waitSignal(sweep.experimentStarted):
        qtbot.mouseClick(sweep.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sweep.experiment.worker is not None and bool(sweep.experiment.worker.child_pids()),
                    timeout=TIMEOUT_MS)
    with qtbot.waitSignal(sweep.runFinished, timeout=TIMEOUT_MS) as failed:
        psutil.Process(sweep.experiment.worker.child_pids()[0]).kill()
    assert failed.args[0] == 0
    assert cell(sweep.model, 0, sweep.model.columnCount() - 1) == "failed"
    assert sweep.model.data(sweep.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == \
        "the worker process ended unexpectedly (killed by signal 9)"
    sweep.experiment.cancel()  # the second run got a new process: it is running, not lost
    with qtbot.waitSignal(sweep.experimentFinished, timeout=TIMEOUT_MS):
        pass
    assert sweep.model.results[1].status == "cancelled" and sweep.model.results[1].iterations > 0


def test_a_sweep_records_the_idea_it_tested(qtbot, sweep, moons):
    type_values(qtbot, sweep, 0, "learning_rate", "0.3, 0.03")
    type_values(qtbot, sweep, 1, None, "")
    assert sweep.idea_edit.text() == "Does a larger α train faster?"  # worded from the sweep's settings
    type_values(qtbot, sweep, 0, "L", "1..2")
    assert sweep.idea_edit.text() == "Does a deeper network fit better?"  # ... and follows them
    sweep.idea_edit.clear()
    qtbot.keyClicks(sweep.idea_edit, "Two layers beat one on moons")
    type_values(qtbot, sweep, 0, "lambd", "0, 0.1")  # the user's own words stay
    assert sweep.idea_edit.text() == "Two layers beat one on moons"
    run(qtbot, sweep)
    assert sweep.experiment.idea == "Two layers beat one on moons"
    assert sweep.idea_title.isVisible() and sweep.idea_title.text() == "Idea: Two layers beat one on moons"

    records = json.loads(json.dumps([sweep.experiment.record()], allow_nan=False))  # as a project keeps it
    assert records[0]["idea"] == "Two layers beat one on moons"
    opened = Experiments()  # a window's experiments, as a project opens them
    again = SweepPanel(moons, opened.sweep)
    qtbot.addWidget(again)
    assert opened.load(records) == []
    assert again.experiment.idea == "Two layers beat one on moons"
    assert again.idea_edit.text() == "Two layers beat one on moons"
    assert again.idea_title.text() == "Idea: Two layers beat one on moons"
    assert opened.records()[0]["idea"] == "Two layers beat one on moons"

    old = {key: value for key, value in records[0].items() if key != "idea"}  # a project saved before ideas
    assert opened.load([old]) == []
    assert again.experiment.idea == "" and again.model.rowCount() == 2 and again.idea_title.isHidden()
    assert again.idea_edit.text() == again.default_idea() == "Does a larger α train faster?"  # its inputs' again
    assert "idea" not in opened.records()[0]
    assert "must be text" in opened.load([{**records[0], "idea": 42}])[0]  # said, and the rest still opens


def test_the_results_read_in_chinese(qtbot, moons, show, qapp):
    """Named choices are translated in the table and the key; the engine's keys stay the data (CSV)."""
    install_translations(qapp, "zh_CN")
    try:
        panel = show(SweepPanel(moons), 900, 760)
        type_values(qtbot, panel, 0, "activation", "tanh, linear")
        type_values(qtbot, panel, 1, "mini_batch_size", "64, full")
        assert panel.idea_edit.text() == "哪种激活函数 g 训练得最好？小批量大小会改变答案吗？"
        run(qtbot, panel)
        titles = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
        activation, batch = titles.index("激活函数 g"), titles.index("小批量大小")
        assert [cell(panel.model, row, activation) for row in range(4)] == ["tanh", "tanh", "线性 (linear)",
                                                                         "线性 (linear)"]
        assert [cell(panel.model, row, batch) for row in range(4)] == ["64", "全批量"] * 2
        assert "线性 (linear), 批量 = 全批量" in [text.lstrip("★ ") for text in panel.key_texts()]
        assert [spec.values for spec in panel.model.specs][3] == (("activation", "linear"),
                                                                  ("mini_batch_size", None))
    finally:
        install_translations(qapp, "en")

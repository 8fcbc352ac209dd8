"""Projects: save and open (exact), atomic saves, hostile files refused, autosave and recovery, the
save prompt, a moved dataset, parameters for notebooks, presentation mode and hidden controls."""
from __future__ import annotations

import pickle
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from visualnet.app import MainWindow
from visualnet.app.commands import edit_hyperparameters
from visualnet.app.main import parse_args, start_with
from visualnet.app.projects import read_project, recent_files
from visualnet.engine.datasets.loaders import load_csv
from visualnet.engine.project import FORMAT_VERSION, save_project

Yes, No, Save, Discard, Cancel = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                                  QMessageBox.StandardButton.Cancel)


def answer(monkeypatch, button):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def collect_warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append(text))
    return seen


def choose_file(monkeypatch, path):
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: (str(path), ""))


def train(qtbot, window, iterations=60):
    session = window.session
    edit_hyperparameters(session, replace(session.hyperparameters, num_iterations=iterations), "iterations")
    # (runsChanged also comes at the start, with a new run, before the state says "running")
    with qtbot.waitSignal(session.trainingStateChanged, timeout=120_000, check_params_cb=lambda state: state == "idle"):
        session.start_training()
    assert session.runs or session.run


def snapshot(window):
    s = window.session
    runs = list(s.runs) + ([s.run] if s.run is not None and s.run.iterations else [])
    return (s.dataset_name, list(s.layer_sizes), list(s.activations), s.hyperparameters,
            {k: v.copy() for k, v in s.network.params.items()},
            [(r.label, r.costs.x.copy(), r.costs.y.copy(), r.dev_costs.y.copy()) for r in runs],
            window.hidden_controls)


def assert_same(a, b):
    assert a[:4] == b[:4] and a[6] == b[6]
    assert a[4].keys() == b[4].keys()
    for k in a[4]:
        assert a[4][k].dtype == b[4][k].dtype and np.array_equal(a[4][k], b[4][k])  # bit-exact
    assert len(a[5]) == len(b[5])
    for ra, rb in zip(a[5], b[5]):
        assert ra[0] == rb[0] and all(np.array_equal(x, y) for x, y in zip(ra[1:], rb[1:]))


def test_save_and_open_round_trip_exactly(window, qtbot, tmp_path, monkeypatch):
    train(qtbot, window)
    window.control_actions["seed"].setChecked(True)
    assert window.isWindowModified()
    before = snapshot(window)
    path = tmp_path / "lesson.vnet"
    choose_file(monkeypatch, path)
    with qtbot.waitSignal(window.projects.saved, timeout=120_000):  # written by a child: the window goes on
        window.projects.actions["save"].trigger()  # untitled: asks where
    assert not window.isWindowModified() and window.windowTitle().startswith("lesson.vnet[*]")
    assert recent_files(window.settings)[0] == str(path)

    window.projects.new()
    assert window.session.layer_sizes == [64, 20, 7, 5, 10] and not window.session.runs
    assert not window.hidden_controls and window.projects.path is None
    assert window.projects.open(str(path))
    assert_same(snapshot(window), before)
    assert not window.hyperparameters.fields["seed"].isVisible()
    assert not window.isWindowModified()


def test_a_writer_killed_before_the_rename_leaves_the_old_file(window, tmp_path):
    path = tmp_path / "lesson.vnet"
    assert window.projects._write(str(path), wait=True)
    old = path.read_bytes()
    killed = subprocess.run([sys.executable, "-c", (
        "import os, sys\n"
        "from visualnet.engine.npzsafe import atomic_write\n"
        "with atomic_write(sys.argv[1]) as f:\n"
        "    f.write(b'half a project' * 1000); f.flush()\n"
        "    os._exit(9)  # the saving process killed between the write and the rename\n"), str(path)])
    assert killed.returncode == 9
    assert path.read_bytes() == old
    read_project(str(path))  # still a whole, valid project


def test_saving_to_an_unwritable_place_reports_and_keeps_the_unsaved_state(window, tmp_path, monkeypatch):
    warnings = collect_warnings(monkeypatch)
    window.control_actions["lambd"].setChecked(True)
    assert not window.projects._write(str(tmp_path / "no such folder" / "x.vnet"), wait=True)
    assert warnings and "no such folder" in warnings[0]
    assert window.isWindowModified() and window.projects.path is None


def _hostile(tmp_path, good: bytes, name: str) -> bytes:
    with zipfile.ZipFile(tmp_path / "good.vnet") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    if name == "truncated":
        return good[: len(good) // 2]
    if name == "not a zip":
        return b"this is not a project"
    if name == "pickled":
        members["parameters.npz"] = pickle.dumps({"W1": np.zeros((2, 2))})
    if name == "newer":
        members["project.json"] = members["project.json"].replace(f'"format_version": {FORMAT_VERSION}'.encode(),
                                                                   b'"format_version": 99')
    if name == "wrong types":
        members["project.json"] = members["project.json"].replace(b'"seed": 1', b'"seed": "one"')
    if name in ("a limit set", "a fractional label column", "an unknown built-in option"):
        import json
        description = json.loads(members["project.json"])
        description["dataset"] = {
            "a limit set": {**description["dataset"], "name": None, "path": "x.csv", "options": {"max_bytes": 1e15}},
            "a fractional label column": {**description["dataset"], "name": None, "path": "x.csv",
                                          "options": {"label_column": 1.5}},
            "an unknown built-in option": {**description["dataset"], "options": {"bogus": 3}}}[name]
        members["project.json"] = json.dumps(description).encode()
    out = tmp_path / "bad.zip"
    with zipfile.ZipFile(out, "w") as zf:
        for n, data in members.items():
            zf.writestr(n, data)
    return out.read_bytes()


@pytest.mark.parametrize("name", ["truncated", "not a zip", "pickled", "newer", "wrong types", "a limit set",
                                  "a fractional label column", "an unknown built-in option"])
def test_hostile_projects_are_refused_and_change_nothing(window, tmp_path, monkeypatch, name):
    assert window.projects._write(str(tmp_path / "good.vnet"), wait=True)
    good = (tmp_path / "good.vnet").read_bytes()
    bad = tmp_path / f"{name}.vnet"
    bad.write_bytes(_hostile(tmp_path, good, name))
    window.session.set_dataset("moons")
    before = snapshot(window)
    warnings = collect_warnings(monkeypatch)
    assert not window.projects.open(str(bad))
    assert len(warnings) == 1 and bad.name in warnings[0] and "unchanged" in warnings[0]
    assert_same(snapshot(window), before)


def test_closing_with_unsaved_changes_asks(window, monkeypatch):
    window.control_actions["seed"].setChecked(True)
    answer(monkeypatch, Cancel)
    assert not window.close() and window.isVisible()
    answer(monkeypatch, Discard)
    assert window.close()


def crashed(window) -> Path:
    """The window's autosave, as a process that died would have left it (a process id nobody has now)."""
    window.projects.autosave()
    window.projects.wait_for_autosave()  # (written by a child)
    own = window.projects.autosave_file
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = own.with_name(f"autosave-{gone.stdout.strip()}-12345-1.vnet")
    own.replace(orphan)
    return orphan


def test_autosave_is_offered_after_a_crash(window, qtbot, tmp_path, monkeypatch):
    window.session.set_dataset("moons")
    window.control_actions["init"].setChecked(True)
    expected = snapshot(window)
    orphan = crashed(window)
    # the next start (same settings) finds the autosave: the last one did not close normally
    second = MainWindow(window.settings)
    qtbot.addWidget(second, before_close_func=lambda w: w.projects.mark_saved(None))
    answer(monkeypatch, Yes)
    second.projects.offer_recovery()
    assert_same(snapshot(second), expected)
    # restored, it is the second window's autosave now: safe until saved or discarded
    assert second.isWindowModified() and not orphan.exists() and second.projects.autosave_file.exists()


def test_two_windows_keep_their_own_autosaves_and_a_declined_one_goes(window, qtbot, monkeypatch):
    second = MainWindow(window.settings)
    qtbot.addWidget(second, before_close_func=lambda w: w.projects.mark_saved(None))
    for w in (window, second):
        w.control_actions["seed"].setChecked(True)
        w.projects.autosave()
        w.projects.wait_for_autosave()
    assert window.projects.autosave_file != second.projects.autosave_file
    assert window.projects.autosave_file.exists() and second.projects.autosave_file.exists()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or No)
    second.projects.offer_recovery()  # both windows are open: nothing to recover, nothing deleted
    assert not asked and window.projects.autosave_file.exists()
    answer(monkeypatch, Discard)
    assert second.close()  # discarding its work removes its own autosave only
    assert not second.projects.autosave_file.exists() and window.projects.autosave_file.exists()
    orphan = crashed(window)
    third = MainWindow(window.settings)
    qtbot.addWidget(third, before_close_func=lambda w: w.projects.mark_saved(None))
    answer(monkeypatch, No)
    third.projects.offer_recovery()
    assert not orphan.exists()  # declined: gone


def test_a_moved_dataset_file_is_found_beside_the_project_or_asked_for(window, tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    data = tmp_path / "data" / "points.npz"
    data.parent.mkdir()
    X = rng.normal(size=(3, 40))
    np.savez(data, X=X, Y=(X[:1] > 0).astype(float))
    from visualnet.engine.datasets.loaders import load_file
    key = window.session.add_dataset(load_file(data))
    window.session.set_dataset(key)
    project = tmp_path / "p.vnet"
    assert window.projects._write(str(project), wait=True)
    moved = tmp_path / "elsewhere" / "renamed.npz"
    moved.parent.mkdir()
    data.rename(moved)
    answer(monkeypatch, Yes)
    choose_file(monkeypatch, moved)
    window.projects.new()
    assert window.projects.open(str(project))
    assert window.session.layer_sizes[0] == 3 and window.session.dataset.source == str(moved)
    moved.rename(tmp_path / "points.npz")  # beside the project, under its saved name: found without asking
    answer(monkeypatch, No)
    assert window.projects.open(str(project))


def test_parameters_go_to_a_notebook_and_come_back(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "parameters.npz"
    choose_file(monkeypatch, path)
    window.projects.export_parameters()
    with np.load(path) as npz:
        assert sorted(npz.files) == sorted(["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4", "activations"])
        W = {k: npz[k] * 2 for k in npz.files if k != "activations"}  # "trained" in a notebook
    np.savez(path, **W)  # saved back without the activations, as a notebook would
    window.projects.import_parameters()
    for k, v in W.items():
        np.testing.assert_array_equal(window.session.network.params[k], v)


def test_scripts_are_exported_next_to_each_other(window, tmp_path, monkeypatch):
    choose_file(monkeypatch, tmp_path / "lesson.py")
    window.projects.export_scripts()
    assert {p.name for p in tmp_path.iterdir()} == {"lesson.py", "lesson_torch.py", "lesson_data.npz"}


def test_exported_scripts_get_the_unscaled_table_and_scale_it_as_the_app_does(window, tmp_path, monkeypatch):
    table = tmp_path / "cells.csv"
    rng = np.random.default_rng(6)
    rows = [f"{rng.normal(1000, 300):.2f},{rng.normal(0.05, 0.01):.4f},{'benign' if i % 3 else 'malignant'}"
            for i in range(60)]
    table.write_text("\n".join(["area,smoothness,diagnosis"] + rows), encoding="utf-8")
    window.session.set_dataset(window.session.add_dataset(load_csv(table)))
    assert window.session.scaling.kind == "standardize"
    choose_file(monkeypatch, tmp_path / "cells.py")
    window.projects.export_scripts()
    train, dev = window.session.unscaled_split()
    with np.load(tmp_path / "cells_data.npz") as npz:
        np.testing.assert_array_equal(npz["X_train"], train.X)  # as read, with areas in the thousands
        np.testing.assert_array_equal(npz["X_dev"], dev.X)
    script = (tmp_path / "cells.py").read_text(encoding="utf-8")
    assert 'offset = data["X_train"].mean(axis=1, keepdims=True)' in script


def test_a_projects_dev_split_is_kept_when_saved_again_and_rescaled(window, tmp_path):
    path = tmp_path / "split.vnet"
    assert window.projects._write(str(path), wait=True)
    project = read_project(str(path))
    save_project(path, replace(project, dataset=replace(project.dataset, dev_fraction=0.5, split_seed=7)))
    assert window.projects.open(str(path))
    m = window.session.dataset.m
    assert window.session.dev.m == m // 2 + m % 2
    window.session.set_scaling("minmax")
    assert window.session.dev.m == m // 2 + m % 2
    assert window.projects._write(str(path), wait=True)
    assert (read_project(str(path)).dataset.dev_fraction, read_project(str(path)).dataset.split_seed) == (0.5, 7)


def test_presentation_mode_toggles_and_restores_the_layout(window, qtbot):
    def layout():
        return [(d.objectName(), d.isVisible(), d.isFloating(), window.dockWidgetArea(d)) for d in window.docks]

    state, font = layout(), window.font().pointSizeF()
    window.presentation_action.trigger()
    assert window.presenting and window.isFullScreen()
    assert not window.layers_dock.isVisible() and not window.menuBar().isVisible()
    assert window.font().pointSizeF() > font
    assert window.cost_plot.train_curve.opts["pen"].widthF() == 3
    window.leave_presentation_action.trigger()  # Esc
    assert not window.presenting and not window.isFullScreen()
    assert window.font().pointSizeF() == font and layout() == state
    assert window.layers_dock.isVisible() and window.menuBar().isVisible()


def test_command_line_dataset_and_preset(window):
    args = parse_args(["lesson.vnet", "--dataset", "moons", "--preset", "one_hidden", "--lang", "zh_CN"])
    assert args.project == "lesson.vnet"
    start_with(window, args.dataset, args.preset)
    assert window.session.layer_sizes == [2, 4, 1] and not window.isWindowModified()
    with pytest.raises(SystemExit):
        parse_args(["--preset", "no-such"])


def test_experiment_results_are_saved_in_the_project(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    window.session.set_dataset("moons")
    window.session.set_hyperparameters(replace(window.session.hyperparameters, num_iterations=40))
    panel = window.sweep_panel
    combo, edit = panel.combos[0], panel.edits[0]
    combo.setCurrentIndex(combo.findData("learning_rate"))
    combo.activated.emit(combo.currentIndex())
    edit.setText("0.1, 0.01")
    with qtbot.waitSignal(panel.experimentFinished, timeout=60000):
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert window.isWindowModified()
    saved = [panel.model.data(panel.model.index(row, 1)) for row in range(panel.model.rowCount())]
    path = tmp_path / "sweep.vnet"
    assert window.projects._write(str(path), wait=True)
    second = MainWindow(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second, before_close_func=lambda w: w.projects.mark_saved(None))
    assert second.projects.open(str(path))
    model = second.sweep_panel.model
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == saved and len(saved) == 2
    second.projects.new()  # a new project shows none of the last one's results
    assert model.rowCount() == 0 and not second.sweep_panel.csv_button.isEnabled()
    assert second.experiments.sweep.record() is None and not second.isWindowModified()


def test_parameters_of_another_network_are_refused_with_both_sizes(session):
    from visualnet.engine import Network
    other = Network([64, 3, 10], ["relu", "softmax"], seed=0).params
    before = {k: v.copy() for k, v in session.network.params.items()}
    with pytest.raises(ValueError, match=r"\[64, 3, 10\].*\[64, 20, 7, 5, 10\]"):
        session.set_parameters(other)
    assert all(np.array_equal(session.network.params[k], v) for k, v in before.items())


def test_a_tables_chosen_label_column_is_saved_and_read_back(window, qtbot, tmp_path):
    table = tmp_path / "numbers.csv"
    table.write_text("\n".join(["radius,age,outcome"] + [f"{10 + i % 7},{30 + i},{i % 2}" for i in range(40)]),
                     encoding="utf-8")
    key = window.session.add_dataset(load_csv(table, label_column=1))  # the age, not the guessed outcome
    window.session.set_dataset(key)
    path = tmp_path / "ages.vnet"
    assert window.projects._write(str(path), wait=True)
    assert read_project(str(path)).dataset.options == {"label_column": 1, "regression": True}
    second = MainWindow(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second, before_close_func=lambda w: w.projects.mark_saved(None))
    assert second.projects.open(str(path))
    assert second.session.dataset_name == key and second.session.dataset.task == "regression"
    assert second.session.dataset.label_column == 1
    assert second.session.scaling.kind == "standardize"  # a table's default, kept with the project
    window.session.set_scaling("minmax")
    assert window.projects._write(str(path), wait=True)
    assert second.projects.open(str(path)) and second.session.scaling.kind == "minmax"
    np.testing.assert_array_equal(second.session.train.X, window.session.train.X)  # the very inputs trained on

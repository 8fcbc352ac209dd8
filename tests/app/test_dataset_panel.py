"""The dataset panel: built-in sets, students' files read off the GUI thread, refusals, undo, the preview."""
from __future__ import annotations

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QToolButton, QWidget

from visualnet.app.session import Session
from visualnet.app.texts import dataset_names
from visualnet.app.processes.loading_worker import DatasetLoader
from visualnet.app.widgets.dataset_panel import DatasetPanel
from visualnet.app.widgets.dataset_preview import class_colors
from visualnet.engine.datasets import DATASETS

WAIT_MS = 10_000


@pytest.fixture
def session() -> Session:
    return Session()


@pytest.fixture
def panel(qtbot, session) -> DatasetPanel:
    widget = DatasetPanel(session)
    qtbot.addWidget(widget)
    widget.resize(380, 560)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.cancel_loading()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail the test if the panel asks anything: the file to open is always known here."""
    def refuse(*args, **kwargs):
        raise AssertionError("the panel opened a file dialog")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", refuse)


def combo(panel: DatasetPanel) -> QComboBox:
    return panel.findChild(QComboBox, "datasetCombo")


def message(panel: DatasetPanel) -> QLabel:
    return panel.findChild(QLabel, "datasetMessage")


def summary(panel: DatasetPanel) -> str:
    return panel.findChild(QLabel, "datasetSummary").text()


def open_and_wait(qtbot, panel: DatasetPanel, path: Path, **kwargs) -> str:
    """Open ``path`` and wait for the loader thread; returns the session key of the new dataset."""
    with qtbot.waitSignal(panel.datasetOpened, timeout=WAIT_MS) as blocker:
        assert panel.open_path(path, **kwargs)
    return blocker.args[0]


def fail_and_wait(qtbot, panel: DatasetPanel, path: Path) -> str:
    with qtbot.waitSignal(panel.openFailed, timeout=WAIT_MS) as blocker:
        assert panel.open_path(path)
    return blocker.args[0]


def tile(grid: np.ndarray, r: int, c: int, h: int, w: int) -> np.ndarray:
    """The picture in row r, column c of the preview's grid (pictures are 1 pixel apart)."""
    return grid[r * (h + 1):r * (h + 1) + h, c * (w + 1):c * (w + 1) + w]


def write_idx(path: Path, array: np.ndarray) -> None:
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    data = header + array.astype(np.uint8).tobytes()
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


def points_csv(path: Path, m: int = 60, C: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(m, 2))
    y = np.arange(m) % C
    np.savetxt(path, np.c_[X, y], delimiter=",", header="x1,x2,label", comments="")
    return X, y


# ------------------------------------------------------------------ built-in datasets
def test_names_and_every_builtin_dataset_in_the_combo(panel):
    for name in ("datasetCombo", "openDatasetButton", "datasetPreview", "datasetSummary"):
        assert panel.findChild(QWidget, name) is not None, name
    assert panel.objectName() == "datasetPanel"
    names = dataset_names()
    items = {combo(panel).itemData(i): combo(panel).itemText(i) for i in range(combo(panel).count())}
    assert items == {key: names[key] for key in DATASETS}
    assert combo(panel).currentData() == "digits"
    assert not message(panel).isVisible()


def test_choosing_flower_updates_session_summary_and_scatter(qtbot, panel, session):
    qtbot.keyClick(combo(panel), Qt.Key.Key_Home)  # the first entry, the flower, as a user would
    assert session.dataset_name == "flower"
    assert summary(panel).splitlines() == ["m_train = 320 · m_dev = 80", "n_x = 2", "2 classes: 0, 1"]
    assert "flower" in panel.findChild(QLabel, "datasetDescription").text()
    preview = panel.preview
    assert preview.kind == "points" and preview.stack.currentWidget() is preview.points_plot
    x, y = preview.train_scatter.getData()
    assert len(x) == session.train.m == 320
    np.testing.assert_array_equal(np.c_[x, y], session.train.X.T)
    colors = class_colors(2)
    assert [spot.brush().color() for spot in preview.train_scatter.points()[:10]] == \
        [colors[label] for label in session.train.labels[:10]]
    assert len(preview.dev_scatter.getData()[0]) == session.dev.m == 80
    session.undo_stack.undo()
    assert session.dataset_name == "digits" and combo(panel).currentData() == "digits"
    assert preview.kind == "images"


def test_digits_grid_shows_the_first_training_pictures_of_each_class_upright(panel, session):
    train, preview = session.train, panel.preview
    assert summary(panel).splitlines() == ["m_train = 1437 · m_dev = 360", "n_x = 64 = 8×8 pixels",
                                           "10 classes: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9"]
    grid = preview.picture.image
    rows = (grid.shape[0] + 1) // 9
    assert grid.shape[1] == 10 * 9 - 1 and rows >= 2  # one column of pictures per class
    for c in range(10):
        first = np.flatnonzero(train.labels == c)
        for r in range(rows):
            np.testing.assert_array_equal(tile(grid, r, c, 8, 8), train.X[:, first[r]].reshape(8, 8))
    assert np.isnan(grid[8]).all() and np.isnan(grid[:, 8]).all()  # the gaps between pictures
    assert [label.toPlainText() for label in preview.class_labels] == list(train.classes)
    centres = [c * 9 + 4.0 for c in range(10)]  # the middle of each column of pictures
    assert [label.pos().x() for label in preview.class_labels] == centres
    # row 0 of the picture is drawn above row 7: the images are upright
    view = preview.picture_plot.getViewBox()
    top, bottom = (view.mapViewToScene(QPointF(4, y)).y() for y in (0.5, 7.5))
    assert top < bottom


def test_parity_shows_X_as_a_heatmap_with_the_labels_under_it(qtbot, panel, session):
    c = combo(panel)
    c.activated.emit(c.findData("parity"))
    train, preview = session.train, panel.preview
    assert preview.kind == "matrix"
    np.testing.assert_array_equal(preview.picture.image, train.X)  # all of its m_train = 6 examples
    colors = np.array([q.getRgb()[:3] for q in class_colors(2)])
    np.testing.assert_array_equal(preview.strip.image[0], colors[train.labels])
    assert "X of the first 6 training examples" in preview.caption.text()


# ------------------------------------------------------------------ students' files
def test_open_csv_then_npz_adds_them_switches_and_undo_goes_back(qtbot, panel, session, tmp_path, no_dialogs):
    csv_path = tmp_path / "points.csv"
    X, y = points_csv(csv_path)
    key = open_and_wait(qtbot, panel, csv_path)
    assert key == f"file:{csv_path}#label=2" and session.dataset_name == key
    np.testing.assert_array_equal(session.dataset.X, X.T)
    assert combo(panel).currentText() == "points.csv · label"
    assert summary(panel).splitlines() == ["m_train = 48 · m_dev = 12", "n_x = 2", "3 classes: 0, 1, 2"]
    assert panel.preview.kind == "points" and len(panel.preview.train_scatter.getData()[0]) == 48
    assert session.undo_stack.undoText() == "Open points.csv"

    images = np.zeros((30, 6, 5), dtype=np.uint8)
    images[:, 0, :] = 255  # a bright top row: upright pictures have it on top
    images[:, 1:, 2] = np.arange(30)[:, None] * 8
    npz_path = tmp_path / "pictures.npz"
    np.savez(npz_path, X=images, Y=np.arange(30) % 2)
    key = open_and_wait(qtbot, panel, npz_path)
    assert session.dataset_name == key == f"file:{npz_path}"
    assert "n_x = 30 = 6×5 pixels" in summary(panel)
    train, grid = session.train, panel.preview.picture.image
    first0, first1 = (np.flatnonzero(train.labels == c)[0] for c in (0, 1))
    np.testing.assert_allclose(tile(grid, 0, 0, 6, 5), train.X[:, first0].reshape(6, 5))
    original = np.flatnonzero(np.all(session.dataset.X == train.X[:, [first1]], axis=0))[0]
    np.testing.assert_allclose(tile(grid, 0, 4, 6, 5), images[original] / 255)  # class 1's block starts at 4
    assert [combo(panel).itemText(i) for i in range(combo(panel).count())][-2:] == ["points.csv · label",
                                                                                    "pictures.npz"]

    session.undo_stack.undo()
    assert session.dataset_name == f"file:{csv_path}#label=2" and combo(panel).currentText() == "points.csv · label"
    assert panel.preview.kind == "points"
    session.undo_stack.undo()
    assert session.dataset_name == "digits" and panel.preview.kind == "images"
    assert combo(panel).findData(f"file:{npz_path}") >= 0  # opened files stay on the list


def test_corrupt_file_leaves_the_dataset_and_says_why(qtbot, panel, session, tmp_path, no_dialogs):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file")
    commands = session.undo_stack.count()
    text = fail_and_wait(qtbot, panel, broken)
    assert text.startswith("Could not open broken.npz: ") and "damaged" in text
    assert message(panel).isVisible() and message(panel).text() == text
    assert str(tmp_path) not in text  # the folder is left out: the file name says enough
    assert session.dataset_name == "digits" and session.undo_stack.count() == commands
    assert combo(panel).findData(f"file:{broken}") == -1
    # the next successful choice clears the message
    c = combo(panel)
    c.activated.emit(c.findData("moons"))
    assert not message(panel).isVisible()


def test_a_cell_that_is_not_a_number_is_pointed_at(qtbot, panel, session, tmp_path, no_dialogs):
    path = tmp_path / "typo.csv"
    path.write_text("1.0,2.0,0\n1.5,abc,1\n")
    text = fail_and_wait(qtbot, panel, path)
    assert text.startswith("Could not open typo.csv: typo.csv, line 2, column 2")
    assert session.dataset_name == "digits"


def test_labels_that_do_not_fit_are_refused(qtbot, panel, session, tmp_path, no_dialogs):
    path = tmp_path / "one_class.csv"
    np.savetxt(path, np.c_[np.random.default_rng(1).normal(size=(20, 3)), np.ones(20)], delimiter=",")
    text = fail_and_wait(qtbot, panel, path)
    assert text.startswith("The labels of one_class.csv do not fit: ") and "single class" in text
    assert message(panel).text() == text and session.dataset_name == "digits"
    assert not session.opened_datasets


def test_regression_csv_shows_its_targets(qtbot, panel, session, tmp_path, no_dialogs):
    path = tmp_path / "prices.csv"
    X = np.random.default_rng(2).normal(size=(40, 3))
    np.savetxt(path, np.c_[X, X.sum(axis=1) + 0.25], delimiter=",")
    open_and_wait(qtbot, panel, path)
    assert summary(panel).splitlines()[-1] == "regression: Y holds 1 real number(s) per example"
    assert panel.preview.kind == "matrix"
    np.testing.assert_allclose(panel.preview.strip.image, session.train.Y[:, :32])


def test_course_h5_colour_pictures(qtbot, panel, session, tmp_path, no_dialogs):
    h5py = pytest.importorskip("h5py")
    x = np.random.default_rng(3).integers(0, 256, size=(20, 4, 3, 3), dtype=np.uint8)
    path = tmp_path / "train_catvnoncat.h5"
    with h5py.File(path, "w") as f:
        f["train_set_x"], f["train_set_y"] = x, np.arange(20) % 2
        f["list_classes"] = np.array([b"non-cat", b"cat"])
    open_and_wait(qtbot, panel, path)
    assert summary(panel).splitlines()[1:] == ["n_x = 36 = 4×3 pixels × 3 channels", "2 classes: non-cat, cat"]
    train, grid = session.train, panel.preview.picture.image
    assert grid.ndim == 3 and grid.shape[2] == 3
    j = np.flatnonzero(train.labels == 1)[0]
    np.testing.assert_allclose(tile(grid, 0, 4, 4, 3), train.X[:, j].reshape(4, 3, 3), rtol=1e-6)


def test_a_course_train_file_uses_the_test_file_beside_it_as_its_dev_set(qtbot, panel, session, tmp_path,
                                                                         no_dialogs):
    h5py = pytest.importorskip("h5py")
    rng = np.random.default_rng(5)
    for split, m in (("train", 30), ("test", 12)):
        with h5py.File(tmp_path / f"{split}_catvnoncat.h5", "w") as f:
            f[f"{split}_set_x"] = rng.integers(0, 256, size=(m, 4, 3, 3), dtype=np.uint8)
            f[f"{split}_set_y"] = np.arange(m) % 2
    with h5py.File(tmp_path / "test_catvnoncat.h5") as f:
        test_x = f["test_set_x"][()]
    open_and_wait(qtbot, panel, tmp_path / "train_catvnoncat.h5")
    assert summary(panel).splitlines()[0] == "m_train = 30 · m_dev = 12"
    np.testing.assert_array_equal(session.dev.X, test_x.reshape(12, -1).T / 255)
    assert "The dev set is the test file beside it, test_catvnoncat.h5 (12 examples)." in panel.description.text()


def test_mnist_images_find_their_labels_file(qtbot, panel, session, tmp_path, no_dialogs):
    images = np.random.default_rng(4).integers(0, 256, size=(40, 7, 5))
    write_idx(tmp_path / "t10k-images-idx3-ubyte.gz", images)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte.gz", np.arange(40) % 4)
    open_and_wait(qtbot, panel, tmp_path / "t10k-images-idx3-ubyte.gz")
    assert summary(panel).splitlines()[1:] == ["n_x = 35 = 7×5 pixels", "4 classes: 0, 1, 2, 3"]
    train, grid = session.train, panel.preview.picture.image
    j = np.flatnonzero(train.labels == 3)[1]
    original = np.flatnonzero(np.all(session.dataset.X == train.X[:, [j]], axis=0))[0]
    np.testing.assert_allclose(tile(grid, 0, 7, 7, 5), images[original] / 255, rtol=1e-6)  # block 3, column 2


def test_mnist_without_a_partner_asks_for_it(qtbot, panel, session, tmp_path, monkeypatch):
    write_idx(tmp_path / "my-images-idx3-ubyte", np.zeros((10, 3, 3)))
    write_idx(tmp_path / "answers.idx1-ubyte", np.arange(10) % 2)
    asked = []

    def choose(parent, title, folder, filters):
        asked.append(title)
        return str(tmp_path / "answers.idx1-ubyte"), ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    key = open_and_wait(qtbot, panel, tmp_path / "my-images-idx3-ubyte")
    assert asked == ["Choose the file that pairs with my-images-idx3-ubyte (its labels, or its images)"]
    assert session.dataset_name == key and session.dataset.image_shape == (3, 3)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))  # the user cancels
    write_idx(tmp_path / "other-images-idx3-ubyte", np.zeros((10, 3, 3)))
    assert not panel.open_path(tmp_path / "other-images-idx3-ubyte")
    assert message(panel).text().startswith("Could not open other-images-idx3-ubyte: an MNIST IDX file needs")
    assert session.dataset_name == key and not panel.loading


def test_file_and_folder_dialogs(qtbot, panel, session, tmp_path, monkeypatch):
    pytest.importorskip("PIL")
    from PIL import Image
    csv_path = tmp_path / "points.csv"
    points_csv(csv_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(csv_path), ""))
    with qtbot.waitSignal(panel.datasetOpened, timeout=WAIT_MS):
        panel.findChild(QToolButton, "openDatasetButton").click()
    assert session.dataset_name == f"file:{csv_path}#label=2"

    for name in ("cats", "dogs"):
        (tmp_path / "pets" / name).mkdir(parents=True)
        for i in range(4):
            Image.fromarray(np.full((5, 6), 60 * i, dtype=np.uint8)).save(tmp_path / "pets" / name / f"{i}.png")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path / "pets"))
    with qtbot.waitSignal(panel.datasetOpened, timeout=WAIT_MS):
        panel.open_folder_action.trigger()
    assert session.dataset_name == f"file:{tmp_path / 'pets'}" and combo(panel).currentText() == "pets"
    assert summary(panel).splitlines()[1:] == ["n_x = 30 = 5×6 pixels", "2 classes: cats, dogs"]


# ------------------------------------------------------------------ in a child process
def test_reading_runs_in_a_child_keeps_the_window_usable_and_can_be_cancelled(qtbot, panel, session, tmp_path,
                                                                             slow_disk, no_dialogs):
    path = tmp_path / "slow.csv"
    points_csv(path)
    assert panel.open_path(path) and panel.loading
    busy = panel.findChild(QWidget, "datasetBusy")
    qtbot.waitUntil(busy.isVisible, timeout=WAIT_MS)
    assert "slow.csv" in panel.busy_label.text()
    (loader,) = DatasetLoader.running()
    assert loader.alive
    assert not panel.findChild(QToolButton, "openDatasetButton").isEnabled()
    c = combo(panel)  # meanwhile the student can still choose a dataset
    c.activated.emit(c.findData("moons"))
    assert session.dataset_name == "moons"

    panel.findChild(QWidget, "cancelOpenButton").click()
    assert not panel.loading and not busy.isVisible()
    assert panel.findChild(QToolButton, "openDatasetButton").isEnabled()
    assert not DatasetLoader.running()  # Cancel ended the reading process, it did not just stop listening
    assert session.dataset_name == "moons" and not session.opened_datasets

    slow_disk()
    key = open_and_wait(qtbot, panel, path)  # the gate is open: this one runs straight through
    assert session.dataset_name == key and not busy.isVisible()


def test_a_panel_deleted_while_reading_ends_its_process_and_changes_nothing(qtbot, session, tmp_path, slow_disk):
    import shiboken6
    path = tmp_path / "late.csv"
    points_csv(path)
    widget = DatasetPanel(session)
    assert widget.open_path(path)
    shiboken6.delete(widget)  # e.g. the window closed while the file was still being read
    assert not DatasetLoader.running()
    slow_disk()
    QCoreApplication.sendPostedEvents()
    assert session.dataset_name == "digits" and not session.opened_datasets


def test_the_label_column_is_shown_and_another_one_can_be_chosen(qtbot, panel, session, tmp_path, no_dialogs):
    path = tmp_path / "patients.csv"
    rows = ["diagnosis,radius,age"] + [f"{'malignant' if i % 3 else 'benign'},{10 + i % 7},{30 + i}" for i in range(40)]
    path.write_text("\n".join(rows), encoding="utf-8")
    open_and_wait(qtbot, panel, path)  # the class in the first column, as words: found by its name
    assert summary(panel).splitlines()[1:] == ["n_x = 2", "2 classes: benign, malignant"]
    assert "The label is the column “diagnosis”." in panel.description.text()
    labels = panel.findChild(QComboBox, "labelColumnCombo")
    assert labels.isVisible() and [labels.itemText(i) for i in range(labels.count())] == ["diagnosis", "radius", "age"]
    assert labels.currentText() == "diagnosis"
    assert not panel.findChild(QComboBox, "taskCombo").isEnabled()  # words: classes only
    with qtbot.waitSignal(panel.openFailed, timeout=WAIT_MS) as failed:
        labels.activated.emit(2)  # age as the label would make the words a feature: refused, nothing changes
    assert "line 2, column 1 ('diagnosis') holds 'benign'" in failed.args[0] and "only the label column may hold" \
        in failed.args[0]
    assert session.dataset.label_column == 0 and labels.currentText() == "diagnosis"

    numbers = tmp_path / "numbers.csv"
    numbers.write_text("\n".join(["radius,age,outcome"] + [f"{10 + i % 7},{30 + i},{i % 2}" for i in range(40)]),
                       encoding="utf-8")
    open_and_wait(qtbot, panel, numbers)
    assert labels.currentText() == "outcome" and session.dataset.task == "binary"
    with qtbot.waitSignal(panel.datasetOpened, timeout=WAIT_MS) as opened:
        labels.activated.emit(1)  # predict the age from the rest: a regression
    assert opened.args[0] == f"file:{numbers}#label=1&regression" and session.dataset.task == "regression"
    assert summary(panel).splitlines()[1:] == ["n_x = 2", "regression: Y holds 1 real number(s) per example"]
    assert labels.currentText() == "age"
    task = panel.findChild(QComboBox, "taskCombo")
    assert task.currentText() == "regression" and task.isEnabled()
    with qtbot.waitSignal(panel.datasetOpened, timeout=WAIT_MS):
        task.activated.emit(task.findData(False))  # the ages as classes, if a student insists: 40 of them
    assert session.dataset.task == "multiclass" and len(session.dataset.classes) == 40
    assert task.currentText() == "classes"
    session.undo_stack.undo()
    session.undo_stack.undo()  # one undo step each, back to the outcome
    assert session.dataset.label_column == 2 and labels.currentText() == "outcome"
    session.set_dataset("moons")
    assert not labels.isVisible()  # a built-in dataset has no columns to choose from


def test_a_raw_public_table_trains_well_with_the_apps_defaults(qtbot, panel, session, tmp_path, no_dialogs):
    """The Wisconsin breast-cancer table as its public CSV is laid out (id, diagnosis words first, 30 raw
    measurements from 0.05 to 2,500): opened and trained with nothing changed, it reaches what a standardized
    logistic regression reaches on the same split."""
    import csv as csv_module

    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression

    from visualnet.engine import Network
    from visualnet.engine.training import Trainer
    data = load_breast_cancer()
    path = tmp_path / "wdbc.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv_module.writer(f)
        writer.writerow(["id", "diagnosis", *data.feature_names])
        for i, (row, target) in enumerate(zip(data.data, data.target)):
            writer.writerow([842302 + i, "M" if target == 0 else "B", *row.tolist()])
    open_and_wait(qtbot, panel, path)
    scaling = panel.findChild(QComboBox, "scalingCombo")
    assert scaling.currentData() == "standardize" and session.scaling.kind == "standardize"
    train, dev = session.train, session.dev
    assert abs(train.X.mean()) < 1e-9  # what the network sees: standardized on the training part
    # the app's training (a Trainer in its child) with the demo's network and hyperparameters, unchanged
    net = Network(session.layer_sizes, session.activations, init=session.hyperparameters.init,
                  seed=session.hyperparameters.seed)
    trainer = Trainer(net, train.X, train.Y, session.train_config(), dev.X, dev.Y)
    *_, last = trainer.run()
    reference = LogisticRegression(max_iter=5000).fit(train.X.T, train.Y[0]).score(dev.X.T, dev.Y[0])
    assert last.dev_accuracy >= reference - 0.02, (last.dev_accuracy, reference)
    assert last.dev_accuracy >= 0.93
    # the same table as read, without scaling: the app's defaults do much worse (why scaling is the default)
    scaling.activated.emit(scaling.findData("none"))
    assert session.scaling.kind == "none" and session.undo_stack.undoText() == "Scale the features"
    raw = Trainer(Network(session.layer_sizes, session.activations, seed=1), session.train.X, session.train.Y,
                  session.train_config(), session.dev.X, session.dev.Y)
    *_, raw_last = raw.run()
    assert raw_last.dev_accuracy < last.dev_accuracy - 0.1
    session.undo_stack.undo()
    assert session.scaling.kind == "standardize" and scaling.currentData() == "standardize"

"""The dataset chooser: which examples the network learns from, their shape (m, n_x, classes), a look at them.

The combo lists the built-in datasets and the files opened in this session; "Open…" reads a
student's file (CSV, NPZ, MNIST IDX, the course's .h5, a folder of images per class) in a
child process (:class:`~visualnet.app.processes.loading_worker.DatasetLoader`), so a big file
never freezes the window and Cancel really stops it. A file that cannot be used
leaves the current dataset in place and the engine's reason is shown in the panel.
Switching datasets is one undo step (:func:`commands.edit_dataset`).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QProgressBar,
                               QPushButton, QToolButton, QVBoxLayout, QWidget)

from ...engine.datasets import DATASETS, Dataset
from ...engine.datasets.loaders import _idx_partner
from ...engine.datasets.scaling import SCALINGS
from ...engine.errors import DatasetError
from ..commands import edit_dataset, edit_scaling
from ..dataset_keys import FILE_PREFIX, OPTIONS_MARK, file_of
from ..error_texts import failure_detail
from ..processes.loading_worker import DatasetLoader
from ..processes.messages import Failed
from ..session import DEV_FRACTION, SPLIT_SEED, Session
from ..texts import dataset_name, dataset_names, join_sentences, process_end, with_blocked
from .dataset_preview import DatasetPreview, class_count, displayable

BUSY_DELAY_MS = 300  # a file read faster than this shows no progress row (it would only flicker)
LAST_DIRECTORY = "datasetPanel/lastDirectory"
MAX_CLASS_TEXT = 40  # characters of class names in the summary before "…"
ERROR_COLOR = "#b3261e"
MUTED = "#5f6b7a"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def looks_like_idx(path: Path) -> bool:
    """MNIST's names: ``train-images-idx3-ubyte``, ``t10k-labels.idx1-ubyte.gz``, ``x.idx``."""
    name = path.name.lower()
    return name.endswith((".gz", ".idx")) or "ubyte" in name or "-idx" in name or ".idx" in name


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(n) for n in shape)


class DatasetPanel(QWidget):
    """Choose or open a dataset; see its split, shape, classes and first examples."""

    datasetOpened = Signal(str)  # the session key of a file just opened and switched to
    openFailed = Signal(str)  # the (translated) reason a file was not opened

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetPanel")
        self.setAcceptDrops(True)
        self.session = session
        self._loader: Optional[DatasetLoader] = None
        self._shown_key: Optional[str] = None  # the dataset the preview draws

        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("datasetCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.label.setBuddy(self.combo)
        self.open_file_action = QAction(self, objectName="openFileAction")
        self.open_file_action.triggered.connect(self.open_file)
        self.open_folder_action = QAction(self, objectName="openFolderAction")
        self.open_folder_action.triggered.connect(self.open_folder)
        menu = QMenu(self)
        menu.addActions([self.open_file_action, self.open_folder_action])
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openDatasetButton")
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.open_button.setMenu(menu)
        self.open_button.setDefaultAction(self.open_file_action)

        self.busy = QWidget(self)
        self.busy.setObjectName("datasetBusy")
        self.busy_label = QLabel(self.busy)
        self.busy_bar = QProgressBar(self.busy)
        self.busy_bar.setRange(0, 0)  # the loaders report no progress: a busy bar, and the time so far
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.busy)
        self.cancel_button.setObjectName("cancelOpenButton")
        self.cancel_button.clicked.connect(self.cancel_loading)
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 1)
        busy_layout.addWidget(self.cancel_button)
        self.busy.hide()
        self.busy_timer = QTimer(self)
        self.busy_timer.setInterval(BUSY_DELAY_MS)
        self.busy_timer.timeout.connect(self._on_busy_tick)

        self.message = QLabel(self)
        self.message.setObjectName("datasetMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOR}")
        self.message.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("datasetSummary")
        self.summary.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setObjectName("datasetDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {MUTED}")
        self.label_row = QWidget(self)
        self.label_columns_label = QLabel(self.label_row)
        self.label_columns = QComboBox(self.label_row)
        self.label_columns.setObjectName("labelColumnCombo")
        self.label_columns.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label_columns.setMinimumContentsLength(10)
        self.label_columns_label.setBuddy(self.label_columns)
        self.label_columns.activated.connect(self._on_label_column_chosen)
        self.task = QComboBox(self.label_row)
        self.task.setObjectName("taskCombo")
        self.task.activated.connect(self._on_task_chosen)
        label_layout = QHBoxLayout(self.label_row)
        label_layout.setContentsMargins(0, 0, 0, 0)
        label_layout.addWidget(self.label_columns_label)
        label_layout.addWidget(self.label_columns, 1)
        label_layout.addWidget(self.task)
        self.label_row.hide()
        self.scaling_label = QLabel(self)
        self.scaling = QComboBox(self)
        self.scaling.setObjectName("scalingCombo")
        self.scaling_label.setBuddy(self.scaling)
        self.scaling.activated.connect(
            lambda row: edit_scaling(self.session, self.scaling.itemData(row), self.tr("Scale the features")))
        scaling_row = QHBoxLayout()
        scaling_row.addWidget(self.scaling_label)
        scaling_row.addWidget(self.scaling, 1)
        self.preview = DatasetPreview(self)

        top = QHBoxLayout()
        top.addWidget(self.label)
        top.addWidget(self.combo, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.busy, self.message, self.label_row):
            layout.addWidget(widget)
        layout.addLayout(scaling_row)
        for widget in (self.summary, self.description):
            layout.addWidget(widget)
        layout.addWidget(self.preview, 1)

        self.combo.activated.connect(self._on_combo_activated)
        session.datasetChanged.connect(self._on_dataset_changed)
        self._retranslate()

    # -------------------------------------------------------------- words
    def _retranslate(self) -> None:
        self.label.setText(self.tr("Dataset"))
        self.label_columns_label.setText(self.tr("Label column"))
        self.label_columns.setToolTip(self.tr(
            "The column that holds what to predict (y); the others are the features x. Choose another to "
            "read the table again with it as the label."))
        with_blocked(self.task, lambda: (self.task.clear(), self.task.addItem(self.tr("classes"), False),
                                         self.task.addItem(self.tr("regression"), True)))
        self.task.setToolTip(self.tr("Whether the labels are classes to tell apart (softmax or sigmoid output, "
                                     "cross-entropy) or quantities to predict (linear output, squared error)"))
        self.scaling_label.setText(self.tr("Feature scaling"))
        self.scaling.setToolTip(self.tr(
            "How each feature of X is brought to a similar range before training, measured on the training "
            "examples and applied unchanged to the dev set. Gradient descent needs it when features differ in "
            "scale by orders of magnitude."))
        names = {"standardize": self.tr("Standardize: (x − mean) / deviation"),
                 "minmax": self.tr("Min–max: into 0 … 1"), "divide255": self.tr("÷ 255 (8-bit pixels)"),
                 "none": self.tr("None: as read")}

        def fill() -> None:
            self.scaling.clear()
            for kind in SCALINGS:
                self.scaling.addItem(names[kind], kind)
            self.scaling.setCurrentIndex(self.scaling.findData(self.session.scaling.kind))
        with_blocked(self.scaling, fill)
        self.open_file_action.setText(self.tr("Open…"))
        self.open_file_action.setToolTip(self.tr(
            "Open your own dataset: CSV, NumPy .npz, MNIST IDX, the course's .h5 (the arrow: a folder of images)"))
        self.open_folder_action.setText(self.tr("Open folder of images…"))
        self.open_folder_action.setToolTip(self.tr("A folder with one sub-folder of images per class"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._on_busy_tick()
        self._on_dataset_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _descriptions(self) -> dict[str, str]:
        """What each built-in dataset is, in the reader's language (the engine's registry is English)."""
        return {
            "flower": self.tr("The course's planar flower: two classes of petals no straight line separates."),
            "moons": self.tr("Two interleaved half circles."),
            "circles": self.tr("A ring around a disc: the classes differ by distance from the centre."),
            "xor": self.tr("Exclusive or: four clusters, class 1 where x₁ and x₂ have opposite signs."),
            "spiral": self.tr("Spiral arms, one class each: hard for shallow networks."),
            "blobs": self.tr("Gaussian blobs, one class each: straight lines can separate them."),
            "sawtooth": self.tr("Regression: the tent map composed k times, a sawtooth of 2ᵏ linear pieces on [0, 1]."),
            "parity": self.tr("All n-bit patterns; class 1 when the number of 1 bits is odd."),
            "digits": self.tr("1,797 handwritten digits of 8×8 pixels, ten classes."),
            "digit_pair": self.tr("The handwritten images of two digits (0 and 1), two classes."),
        }

    # -------------------------------------------------------------- session -> panel
    def _fill_combo(self) -> None:
        self.combo.clear()
        for key, name in dataset_names().items():
            if key in DATASETS:
                self.combo.addItem(name, key)
        if OPTIONS_MARK in self.session.dataset_name:  # a built-in made with other options (the why-deep panel's)
            self.combo.addItem(dataset_name(self.session.dataset_name), self.session.dataset_name)
        opened = self.session.opened_datasets
        if opened:
            self.combo.insertSeparator(self.combo.count())
        for key in opened:
            path = file_of(key)
            label = opened[key].table_columns[opened[key].label_column] if opened[key].table_columns else ""
            self.combo.addItem(Path(path).name + (f" · {label}" if label else ""), key)
            self.combo.setItemData(self.combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)

    def _on_dataset_changed(self) -> None:
        session = self.session
        key = session.dataset_name

        def select() -> None:
            self._fill_combo()
            self.combo.setCurrentIndex(self.combo.findData(key))
        with_blocked(self.combo, select)
        with_blocked(self.scaling, lambda: self.scaling.setCurrentIndex(self.scaling.findData(session.scaling.kind)))
        data = session.dataset
        self.summary.setText(f"m_train = {session.train.m} · m_dev = {session.dev.m}\n"
                             f"{self._features_text(data)}\n{self._task_text(data)}")
        path = file_of(key) if key.startswith(FILE_PREFIX) else ""
        description = self._descriptions().get(key.partition(OPTIONS_MARK)[0]) or join_sentences(
            [self.tr("Read from {file}.").format(file=Path(path).name)]
            + [self._note(*note, dev_m=session.dev.m) for note in data.notes])
        self.description.setText(description)
        self._show_label_columns(data)
        self.description.setToolTip(path)
        self.combo.setToolTip(path or description)
        if key != self._shown_key:  # new data: new pictures; a language change only needs words
            self._shown_key = key
            self.preview.show_dataset(session.train, session.dev)
            self._show_message("")

    def _note(self, what: str, value: str, dev_m: int) -> str:
        """How the file was read, in the user's words."""
        if what == "dev":
            return self.tr("The dev set is the test file beside it, {file} ({m} examples).").format(
                file=value, m=f"{dev_m:,}")
        if what == "label":
            return self.tr("The label is the column “{name}”.").format(name=value)
        if what == "encoding":
            return self.tr("Its text was read as {encoding}; if names look wrong, save it as “CSV UTF-8”.").format(
                encoding=value)
        if not value:
            return self.tr("Its first column, without a name, only numbers the rows, as pandas' to_csv writes it: "
                           "it was left out.")
        return self.tr("Its first column (“{name}”) only numbers the rows, as pandas' to_csv writes it: it was "
                       "left out.").format(name=value)

    def _show_label_columns(self, data: Dataset) -> None:
        """The table's columns, the label's chosen: another column is another dataset, read again."""
        def fill() -> None:
            self.label_columns.clear()
            self.label_columns.addItems(list(data.table_columns))
            if data.label_column is not None:
                self.label_columns.setCurrentIndex(data.label_column)
        with_blocked(self.label_columns, fill)
        regression = data.task == "regression"
        with_blocked(self.task, lambda: self.task.setCurrentIndex(self.task.findData(regression)))
        # labels that are words cannot be a regression; numbers can be either
        self.task.setEnabled(regression or all(_is_number(name) for name in data.classes))
        self.label_row.setVisible(bool(data.table_columns))
        self.label_row.setEnabled(self._loader is None)

    def _on_label_column_chosen(self, column: int) -> None:
        if column != self.session.dataset.label_column:
            self._read_table_again(column, None)

    def _on_task_chosen(self, row: int) -> None:
        regression = bool(self.task.itemData(row))
        if regression != (self.session.dataset.task == "regression"):
            self._read_table_again(self.session.dataset.label_column, regression)

    def _read_table_again(self, label_column: int, regression: Optional[bool]) -> None:
        """The current table read again with another label column, or its labels taken as classes or quantities
        (None: decided from the labels)."""
        key = self.session.dataset_name
        if key.startswith(FILE_PREFIX):
            self.open_path(file_of(key), options={"label_column": label_column, "regression": regression})

    def _features_text(self, data: Dataset) -> str:
        """``n_x = 64 = 8×8 pixels``: what one column of X is."""
        shape = data.image_shape
        if shape is None:
            return f"n_x = {data.n_x}"
        if not displayable(shape):
            return f"n_x = {data.n_x} = {shape_text(shape)}"
        if len(shape) == 3 and shape[2] > 1:
            return self.tr("n_x = {n_x} = {shape} pixels × {c} channels").format(
                n_x=data.n_x, shape=shape_text(shape[:2]), c=shape[2])
        return self.tr("n_x = {n_x} = {shape} pixels").format(n_x=data.n_x, shape=shape_text(shape[:2]))

    def _task_text(self, data: Dataset) -> str:
        if data.task == "regression":
            return self.tr("regression: Y holds {k} real number(s) per example").format(k=data.n_y)
        C = class_count(data)
        names, shown = [], 0
        for name in data.classes:
            if shown + len(name) > MAX_CLASS_TEXT:
                names.append("…")
                break
            names.append(name)
            shown += len(name) + 2
        return self.tr("{C} classes: {names}").format(C=C, names=", ".join(names))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)  # a long file name may be cut off in a narrow dock
        self.message.setVisible(bool(text))

    # -------------------------------------------------------------- panel -> session
    def _on_combo_activated(self, row: int) -> None:
        edit_dataset(self.session, self.combo.itemData(row), self.tr("Choose dataset"))

    # -------------------------------------------------------------- opening files
    def _last_directory(self) -> str:
        return str(QSettings().value(LAST_DIRECTORY, str(Path.home())))

    def _file_filters(self) -> str:
        return ";;".join([
            self.tr("Datasets") + " (*.csv *.tsv *.txt *.npz *.h5 *.hdf5 *.gz *.idx *ubyte*)",
            self.tr("CSV text") + " (*.csv *.tsv *.txt)",
            self.tr("NumPy arrays X and Y") + " (*.npz)",
            self.tr("MNIST IDX") + " (*.gz *.idx *ubyte*)",
            self.tr("The course's HDF5") + " (*.h5 *.hdf5)",
            self.tr("All files") + " (*)",
        ])

    def open_file(self) -> None:
        """Ask for a dataset file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a dataset"), self._last_directory(),
                                              self._file_filters())
        if path:
            self.open_path(path)

    def open_folder(self) -> None:
        """Ask for a folder with one sub-folder of images per class and open it."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of images, one sub-folder per class"),
                                                self._last_directory())
        if path:
            self.open_path(path)

    def open_path(self, path: str | os.PathLike[str], labels_path: Optional[str | os.PathLike[str]] = None,
                  options: Optional[dict] = None) -> bool:
        """Read the dataset at ``path`` in a child process, then add it to the session and switch to it.

        An MNIST IDX file whose partner (images ↔ labels) is not next to it under MNIST's names
        is paired with ``labels_path``, or with a file the user is asked for. Returns whether
        reading started; the outcome arrives as ``datasetOpened`` or ``openFailed``.
        """
        path = Path(path)
        if self._loader is not None:
            return False
        partner = Path(labels_path) if labels_path is not None else None
        if partner is None and path.is_file() and looks_like_idx(path):
            try:
                _idx_partner(path)
            except DatasetError:
                partner = self._ask_partner(path)
                if partner is None:
                    self._fail(path, self.tr("an MNIST IDX file needs its partner: the images and the labels "
                                             "of the same examples are two files."))
                    return False
        QSettings().setValue(LAST_DIRECTORY, str(path.parent))
        self._show_message("")
        self._loader = DatasetLoader(path, partner, DEV_FRACTION, SPLIT_SEED, options, self)
        self.label_row.setEnabled(False)
        self._loader.done.connect(self._on_loader_done)
        self.open_button.setEnabled(False)
        self.busy_timer.start()
        return True

    def _ask_partner(self, path: Path) -> Optional[Path]:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file that pairs with {file} (its labels, or its images)").format(
                file=path.name), str(path.parent), self._file_filters())
        return Path(chosen) if chosen else None

    @property
    def loading(self) -> bool:
        """Whether a file is being read (and its result still wanted)."""
        return self._loader is not None

    def cancel_loading(self) -> None:
        """Stop reading the file: its process ends where it is."""
        if self._loader is not None:
            self._loader.stop()
            self._end_loading()

    def _end_loading(self) -> None:
        loader, self._loader = self._loader, None
        loader.deleteLater()
        self.label_row.setEnabled(True)
        self.busy_timer.stop()
        self.busy.hide()
        self.open_button.setEnabled(True)

    def _on_busy_tick(self) -> None:
        if self._loader is None:
            return
        seconds = self._loader.started_at.elapsed() // 1000
        self.busy_label.setText(self.tr("Reading {file}… {s} s").format(file=self._loader.path.name, s=seconds))
        self.busy.show()

    def _on_loader_done(self, result: object) -> None:
        loader = self._loader
        cancelled = isinstance(result, Failed) and result.kind == "cancelled"  # (Cancel has said it all)
        if loader is None or loader is not self.sender() or cancelled:
            return
        self._end_loading()
        if isinstance(result, Failed):
            self._fail(loader.path, self._reason(result), label=result.kind == "label")
            return
        key = self.session.add_dataset(result)
        edit_dataset(self.session, key, self.tr("Open {file}").format(file=loader.path.name))
        self.datasetOpened.emit(key)

    def _reason(self, failure: Failed) -> str:
        """Why the file could not be read, in the user's language where the app words it."""
        if failure.kind == "memory":
            return self.tr("there is not enough memory to read it ({detail})").format(detail=failure_detail(failure))
        if failure.kind == "died":
            return self.tr("the process reading it ended unexpectedly ({how})").format(
                how=process_end(failure.returncode))
        return failure_detail(failure)

    def _fail(self, path: Path, reason: str, label: bool = False) -> None:
        text = self.tr("The labels of {file} do not fit: {reason}") if label \
            else self.tr("Could not open {file}: {reason}")
        message = text.format(file=path.name, reason=reason)
        self._show_message(message)
        self.openFailed.emit(message)

    # -------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_path(event.mimeData().urls()[0].toLocalFile())
        event.acceptProposedAction()


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(DatasetPanel, 380, 520)

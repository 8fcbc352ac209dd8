"""File menu work: new, open, save, recent files, autosave and crash recovery, parameters and scripts.

The window keeps its panels; this object keeps the file the work belongs to and whether it
changed since it was saved (an edit on the undo stack, or training), and talks to the user when
a file cannot be read or written. Nothing of the current project changes until a file has been
read and checked whole.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

import shiboken6
from PySide6.QtCore import QFileInfo, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..engine.datasets import Dataset
from ..engine.errors import VisualnetError
from ..engine.export_script import export_scripts
from ..engine.io import export_parameters, import_network_parameters
from ..engine.project import SUFFIX, Project
from .error_texts import error_text, failure_detail
from .processes.messages import Failed
from .processes.saving import Saved
from .processes.saving_worker import ProjectSaver
from .projects import add_recent, load_dataset_of, new_autosave_path, orphaned_autosaves, read_project, recent_files
from .session import Architecture, Session
from .texts import process_end

if TYPE_CHECKING:
    from .main_window import MainWindow

AUTOSAVE_MS = 3 * 60 * 1000  # every three minutes while there are unsaved changes


class ProjectController(QObject):
    """The project file of a window (``path`` None: not saved yet) and the File menu's actions."""

    saved = Signal(str)  # the path of a file just written completely

    def __init__(self, window: "MainWindow", view: Callable[[], tuple[dict, list]],
                 apply_view: Callable[[dict, list], None]) -> None:
        """``view()`` gives what the window keeps in a project (view settings, the experiments' records);
        ``apply_view(view, experiments)`` shows them again."""
        super().__init__(window)
        self.window, self.session, self.settings = window, window.session, window.settings
        self._view, self._apply_view = view, apply_view
        self.path: Optional[str] = None
        self.changed_outside_undo = False  # trained, or a saved view setting changed, since the save
        self._applying = False  # a project's own view is being applied: not a change
        self.actions: dict[str, QAction] = {}
        for name, shortcut, slot in (("new", QKeySequence.StandardKey.New, self.new),
                                     ("open", QKeySequence.StandardKey.Open, self.open),
                                     ("save", QKeySequence.StandardKey.Save, self.save),
                                     ("saveAs", QKeySequence.StandardKey.SaveAs, self.save_as),
                                     ("exportParameters", None, self.export_parameters),
                                     ("importParameters", None, self.import_parameters),
                                     ("exportScripts", None, self.export_scripts)):
            action = QAction(window, objectName=f"{name}Action")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda checked=False, run=slot: run())
            self.actions[name] = action
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.autosave_file = new_autosave_path(self.settings)
        self._autosaving: Optional[ProjectSaver] = None
        self._saving: Optional[ProjectSaver] = None
        self._saved_edits: tuple[int, int] = (0, 0)
        self._outside_edits = 0  # changes outside the undo stack so far, to tell whether a save is still current
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        # the stack's own word, kept here: it says it once more while it is destroyed with the window, when
        # asking it (or telling the window) anything would raise
        self._stack_clean = self.session.undo_stack.isClean()
        self.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        # training, a reset and kept runs are not on the undo stack (initial draws are: same seed, same W)
        self.session.progressed.connect(self.on_changed)
        self.session.runsChanged.connect(self.on_changed)
        self.session.trainingStateChanged.connect(self._on_training_state_changed)

    # ------------------------------------------------------------------ state
    def modified(self) -> bool:
        return not self._stack_clean or self.changed_outside_undo

    def _on_clean_changed(self, clean: bool) -> None:
        self._stack_clean = clean
        if shiboken6.isValid(self.window):
            self._on_modified()

    def _on_modified(self, *_: object) -> None:
        self.window.setWindowModified(self.modified())

    def _on_training_state_changed(self, state: str) -> None:
        if state == "idle" and self.changed_outside_undo:
            self.autosave()  # a finished run is worth keeping at once

    def on_changed(self, *_: object) -> None:
        """Something saved with the project changed outside the undo stack (parameters, hidden controls)."""
        if self._applying:
            return
        self._outside_edits += 1
        if not self.changed_outside_undo:
            self.changed_outside_undo = True
            self._on_modified()

    def mark_saved(self, path: Optional[str]) -> None:
        """The work now equals the file at ``path`` (None: the untitled start)."""
        self.path = path
        self.changed_outside_undo = False
        self.session.undo_stack.setClean()
        self._on_modified()
        self.update_title()

    def update_title(self) -> None:
        base = self.tr("visualnet — see the math of deep networks")
        self.window.setWindowTitle(f"{Path(self.path).name}[*] — {base}" if self.path else base + "[*]")

    def project(self) -> Project:
        return self.session.to_project(*self._view())

    # ------------------------------------------------------------------ new, open, save
    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels (or saving failed).

        A save under way is waited for first: it is finished, not cut short, and not asked for again.
        """
        self.wait_for_save()
        if not self.modified():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(
                name=Path(self.path).name if self.path else self.tr("this project")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save(wait=True)
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        """The demo again, as a new untitled project."""
        if not self.maybe_save():
            return
        demo = Session()
        self._show(demo.to_project(), demo.dataset, demo.dataset_name)
        self.mark_saved(None)

    def open(self, path: Optional[str] = None) -> bool:
        """Open a project (asking for the file when ``path`` is None); a refused file changes nothing."""
        if path is None:
            if not self.maybe_save():
                return False
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a project"), self._folder(),
                                                  self.tr("visualnet projects (*{suffix})").format(suffix=SUFFIX))
            if not path:
                return False
        project = self._read(path)
        if project is None or not self._apply(project, path):
            return False
        add_recent(self.settings, path)
        self.mark_saved(path)
        return True

    def _read(self, path: str) -> Optional[Project]:
        try:
            return read_project(path)
        except (VisualnetError, OSError) as error:
            self._refuse(path, error_text(error))
            return None

    def _refuse(self, path: str, reason: str) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot open the project"),
                            self.tr("{name} was not opened: {reason}\n\nThe current project is unchanged.").format(
                                name=Path(path).name, reason=reason))

    def _apply(self, project: Project, path: Optional[str]) -> bool:
        """Find the project's dataset (asking where it went, if it moved), check the fit, and show it."""
        chosen: Optional[str] = None
        while True:
            try:
                dataset, key = load_dataset_of(project, path, chosen)
            except (VisualnetError, OSError) as error:
                self._refuse(path or "", error_text(error))
                return False
            if dataset is not None:
                break
            answer = QMessageBox.question(
                self.window, self.tr("Where is the dataset?"),
                self.tr("The project's dataset file {file} is not there any more. Find it?").format(file=key))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Find {name}").format(name=Path(key).name),
                                                    str(Path(key).parent))
            if not chosen:
                return False
        problem = self.session.project_problem(project, dataset)
        if problem is not None:
            self._refuse(path or "", problem)
            return False
        self._show(project, dataset, key)
        return True

    def _show(self, project: Project, dataset: Dataset, key: str) -> None:
        """Put a checked project in the session and the window (not a change: it is what the file holds)."""
        self._applying = True
        try:
            self.session.apply_project(project, dataset, key)
            self._apply_view(project.view, list(project.experiments))
        finally:
            self._applying = False

    def save(self, wait: bool = False) -> bool:
        """Save to the project's file (asking for one when untitled). The file is written by a child
        process while the window goes on; ``saved`` tells when it is complete. With ``wait`` (before
        the window closes or replaces the work) this returns only then, True when it was saved."""
        return self.save_as(wait) if self.path is None else self._write(self.path, wait)

    def save_as(self, wait: bool = False) -> bool:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the project"),
                                              self.path or str(Path(self._folder()) / ("network" + SUFFIX)),
                                              self.tr("visualnet projects (*{suffix})").format(suffix=SUFFIX))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self._write(path, wait)

    def _write(self, path: str, wait: bool = False) -> bool:
        """Start saving to ``path`` (one save at a time: a second waits for the first to end)."""
        self.wait_for_save()
        self._saving = ProjectSaver(path, self.project(), self)
        self._saved_edits = (self.session.undo_stack.index(), self._outside_edits)
        self._saving.done.connect(self._on_saved)
        self.window.show_status(lambda: self.tr("Saving {name}…").format(name=Path(path).name))
        if not wait:
            return True
        return self.wait_for_save() and self.path == path and not self.modified()

    def wait_for_save(self, msecs: int = 60_000) -> bool:
        """Block until a save under way has ended (delivering its result); False if it failed."""
        saver = self._saving
        if saver is None:
            return True
        saver.wait(msecs)
        return isinstance(saver.result, Saved)

    def _on_saved(self, result: object) -> None:
        saver, self._saving = self._saving, None
        if saver is None:
            return
        saver.deleteLater()
        if not isinstance(result, Saved):
            if result.kind != "cancelled":
                self.window.statusBar().clearMessage()
                QMessageBox.warning(self.window, self.tr("Not saved"), self.tr(
                    "{path} was not saved: {reason}\n\nYour work is still here, unsaved; the file keeps "
                    "what it held before.").format(path=saver.path, reason=self._failure_text(result)))
            return
        add_recent(self.settings, saver.path)
        if (self.session.undo_stack.index(), self._outside_edits) == self._saved_edits:
            self.mark_saved(saver.path)
            self.discard_autosave()
        else:  # edited while it was being written: the file holds the work as it was, the rest is unsaved
            self.path = saver.path
            self.update_title()
        name = Path(saver.path).name
        self.window.show_status(lambda: self.tr("Saved {name}").format(name=name), 4000)
        self.saved.emit(saver.path)

    def _failure_text(self, failure: Failed) -> str:
        if failure.kind == "died":
            return self.tr("the process writing it ended unexpectedly ({how})").format(
                how=process_end(failure.returncode))
        if failure.kind == "memory":
            return self.tr("there is not enough memory ({detail})").format(detail=failure_detail(failure))
        return failure_detail(failure)

    def _folder(self) -> str:
        return str(Path(self.path).parent) if self.path else str(Path.home())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(self.settings):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, chosen=path: self.maybe_save() and self.open(chosen))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    # ------------------------------------------------------------------ autosave and recovery
    def autosave(self) -> None:
        """Keep the unsaved work in this window's own autosave, for the next start to offer after a crash.

        Written by a child process like every save, so the window never waits for it; one at a time.
        """
        if not self.modified() or self._autosaving is not None:
            return
        try:
            self.autosave_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._on_autosaved(Failed("file", error.strerror or str(error)))
            return
        self._autosaving = ProjectSaver(str(self.autosave_file), self.project(), self)
        self._autosaving.done.connect(self._on_autosaved)

    def wait_for_autosave(self, msecs: int = 60_000) -> None:
        if self._autosaving is not None:
            self._autosaving.wait(msecs)

    def _on_autosaved(self, result: object) -> None:
        saver, self._autosaving = self._autosaving, None
        if saver is not None:
            saver.deleteLater()
        if isinstance(result, Failed) and result.kind != "cancelled":
            # not worth a dialog in the middle of a lesson; the status bar says it
            self.window.show_status(lambda: self.tr("Autosave failed: {reason}").format(
                reason=self._failure_text(result)), 15000)

    def discard_autosave(self) -> None:
        """Forget this window's autosave: its work was saved, or the user chose to discard it."""
        if self._autosaving is not None:
            self._autosaving.stop()  # a write still under way would bring the file back
        self.autosave_file.unlink(missing_ok=True)

    def offer_recovery(self) -> None:
        """Offer the work a crash left behind, newest first; each is deleted only once declined.

        Restored work becomes this window's autosave, so it stays safe until it is saved or
        discarded. Autosaves of windows still open (this process's or another's) are left alone.
        """
        for path in orphaned_autosaves(self.settings):
            answer = QMessageBox.question(
                self.window, self.tr("Restore unsaved work?"),
                self.tr("visualnet did not close normally last time. Restore the work it saved automatically "
                        "({time})?").format(time=QFileInfo(str(path)).lastModified().toString(
                            QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))))
            if answer != QMessageBox.StandardButton.Yes:
                path.unlink(missing_ok=True)
                continue
            project = self._read(str(path))
            if project is not None and self._apply(project, None):
                self.mark_saved(None)
                self.changed_outside_undo = True  # restored, not saved anywhere yet
                self._on_modified()
                path.replace(self.autosave_file)
            return  # the others stay for the next start

    # ------------------------------------------------------------------ parameters and scripts
    def export_parameters(self) -> None:
        """The course's NPZ (W1, b1, ..., and the activations beside them), for a notebook."""
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export parameters"),
                                              str(Path(self._folder()) / "parameters.npz"),
                                              self.tr("NumPy archives (*.npz)"))
        if path:
            self._report(lambda: export_parameters(path, self.session.network.params, self.session.activations),
                         self.tr("Parameters not exported"))

    def import_parameters(self) -> None:
        """A student's own trained parameters: the network follows their sizes and activations."""
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import parameters"), self._folder(),
                                              self.tr("NumPy archives (*.npz)"))
        if path:
            self._report(lambda: self._import_parameters(path), self.tr("Parameters not imported"))

    def _import_parameters(self, path: str) -> None:
        from .commands import edit_architecture

        params, activations = import_network_parameters(path)
        session = self.session
        L = len(params) // 2
        hidden_g = activations[:-1] if activations else [g for _, g in session.architecture.hidden]
        if len(hidden_g) != L - 1:
            hidden_g = ["relu"] * (L - 1)
        output = activations[-1] if activations else session.architecture.output_activation
        hidden = [(params[f"W{l}"].shape[0], g) for l, g in enumerate(hidden_g, start=1)]
        architecture = Architecture(tuple(hidden), output)
        problem = session.architecture_problem(architecture)
        if problem is not None:
            raise ValueError(problem)
        edit_architecture(session, architecture, self.tr("Import parameters"))
        session.set_parameters(params)
        self.on_changed()

    def export_scripts(self) -> None:
        """A NumPy and a PyTorch script (plus their data) that train this very network the same way."""
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as Python scripts"),
                                              str(Path(self._folder()) / "network.py"),
                                              self.tr("Python scripts (*.py)"))
        if not path:
            return
        s = self.session
        train, dev = s.unscaled_split()  # the scripts scale the features themselves, as the app did
        self._report(lambda: export_scripts(path, s.network, s.train_config(), train.X, train.Y, dev.X, dev.Y,
                                            s.scaling.kind), self.tr("Scripts not exported"))

    def _report(self, work: Callable[[], object], title: str) -> None:
        try:
            work()
        except (VisualnetError, ValueError, OSError) as error:
            QMessageBox.warning(self.window, title, error_text(error))

    def retranslate(self) -> None:
        texts = {"new": self.tr("&New"), "open": self.tr("&Open…"), "save": self.tr("&Save"),
                 "saveAs": self.tr("Save &As…"), "exportParameters": self.tr("Export &parameters (NPZ)…"),
                 "importParameters": self.tr("&Import parameters (NPZ)…"),
                 "exportScripts": self.tr("Export as NumPy and PyTorch &scripts…")}
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.update_title()

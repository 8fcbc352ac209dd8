"""The main window: docks around the network diagram, menus, the status bar, remembered settings.

``MainWindow()`` with no arguments builds the whole window with the ready demo (the digits and
the course's 20-7-5 network). The window owns the session; its panels observe it.
"""
from __future__ import annotations

import json
from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QFrame, QLabel, QMainWindow, QMessageBox, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)

from .commands import edit_architecture, edit_dataset, edit_hyperparameters
from .experiments import Experiments
from .figures import Figure, export_figure_dialog
from .lessons import Lesson
from .project_controller import ProjectController
from .session import DEMO_DATASET, DEMO_PRESET, OUTPUT_CHOICES, PRESETS, Architecture, Hyperparameters, Session
from .texts import dataset_name, with_blocked
from .translations import LANGUAGES, current_language, install_translations
from .view_docks import DESK, ViewDocks
from .widgets.cost_plot import PEN_WIDTH, CostPlot
from .widgets.dataset_panel import DatasetPanel
from .widgets.decision_boundary import DecisionBoundary
from .widgets.experiments_page import ExperimentsPage
from .widgets.hyperparameters import HyperparametersPanel
from .widgets.init_comparison import InitComparison
from .widgets.layer_editor import LayerEditor
from .widgets.network_view import NetworkView
from .widgets.parameters_panel import ParametersPanel
from .widgets.parity_study import ParityStudy
from .widgets.why_deep import WhyDeep
from .widgets.pass_animation import PassAnimation
from .widgets.retranslating import Retranslating
from .widgets.shape_panel import ShapePanel
from .widgets.sweep_panel import SweepPanel
from .widgets.training_controls import TrainingControls
from .widgets.weight_images import WeightImages

SETTINGS_VERSION = 1
PRESENTATION_FONT_SCALE = 1.5
PRESENTATION_PEN_WIDTH = 3
# controls a teacher can hide for a focused exercise (View > Hide controls), saved in the project
CONTROLS = ("learning_rate", "num_iterations", "mini_batch_size", "init", "optimizer", "lambd", "seed",
            "layer_editing", "dataset_choice")
FIGURES = {"cost": "cost", "weights": "weights", "boundary": "decision-boundary", "network": "network",
           "pass": "pass-step"}  # what File > Export offers, and the file name it suggests


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area as wide as the area (the caller keeps the area wide enough):
    a tall panel may be taller than the room it gets without holding the window open."""
    scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


class MainWindow(Retranslating, QMainWindow):
    """visualnet's window. ``settings`` defaults to the application's QSettings."""

    def __init__(self, settings: Optional[QSettings] = None, session: Optional[Session] = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else QSettings()
        self.session = session if session is not None else Session(parent=self)

        self.network_view = NetworkView(self.session, self)
        self.pass_animation = PassAnimation(self.session)
        self.central_tabs = QTabWidget(objectName="centralTabs", documentMode=True)
        self.central_tabs.addTab(self.network_view, "")
        self.central_tabs.addTab(self.pass_animation, "")
        self.experiments = Experiments(self)  # beside the session: the panels only show them
        self.sweep_panel = SweepPanel(self.session, self.experiments.sweep)
        self.init_comparison = InitComparison(self.session, self.experiments.init)
        self.parity_study = ParityStudy(self.session, self.experiments.parity)
        self.why_deep = WhyDeep(self.session, self.experiments.depth)
        self.experiment_panels = [self.sweep_panel, self.init_comparison, self.parity_study, self.why_deep]
        self.experiment_tabs = QTabWidget(objectName="experimentTabs", documentMode=True)
        for panel in self.experiment_panels:
            self.experiment_tabs.addTab(panel, "")
        self.experiments_page = ExperimentsPage(self.experiment_tabs)  # the course's cycle above them
        self.central_tabs.addTab(self.experiments_page, "")
        self.lesson = Lesson(self)  # its bar sits above the views, hidden until a lesson starts
        central = QWidget(objectName="centralArea")
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.lesson.bar)
        central_layout.addWidget(self.central_tabs, 1)
        self.setCentralWidget(central)
        self.dataset_panel = DatasetPanel(self.session)
        self.layer_editor = LayerEditor(self.session)
        self.shape_panel = ShapePanel(self.session)
        self.hyperparameters = HyperparametersPanel(self.session)
        self.training_controls = TrainingControls(self.session)
        training = QWidget()
        training_layout = QVBoxLayout(training)
        training_layout.setContentsMargins(0, 0, 0, 0)
        training_layout.addWidget(self.training_controls)
        training_layout.addWidget(self.hyperparameters)
        training_layout.addStretch(1)
        self.cost_plot = CostPlot(self.session)
        self.weight_images = WeightImages(self.session)
        self.decision_boundary = DecisionBoundary(self.session)
        self.parameters_panel = ParametersPanel(self.session)
        self.parameters_panel.sweepRequested.connect(self.open_sweep)

        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.layers_dock = self._dock("layersDock", self.layer_editor, left)
        self.dataset_dock = self._dock("datasetDock", self.dataset_panel, left)
        self.tabifyDockWidget(self.layers_dock, self.dataset_dock)
        self.layers_dock.raise_()
        self.training_scroll = scrolled(training)
        self.training_dock = self._dock("trainingDock", self.training_scroll, left)
        self.cost_dock = self._dock("costDock", self.cost_plot, right)
        self.weights_dock = self._dock("weightsDock", self.weight_images, right)
        self.boundary_dock = self._dock("boundaryDock", self.decision_boundary, right)
        self.tabifyDockWidget(self.weights_dock, self.boundary_dock)
        self.weights_dock.raise_()
        self.shapes_dock = self._dock("shapesDock", self.shape_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.parameters_dock = self._dock("parametersDock", self.parameters_panel,
                                          Qt.DockWidgetArea.BottomDockWidgetArea)
        self.parameters_dock.toggleViewAction().triggered.connect(self._on_parameters_shown)
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks([self.layers_dock, self.cost_dock], [380, 500], horizontal)
        self.resizeDocks([self.layers_dock, self.training_dock, self.cost_dock, self.weights_dock],
                         [300, 400, 330, 370], vertical)
        self.resizeDocks([self.shapes_dock], [190], vertical)
        self.docks = [self.layers_dock, self.dataset_dock, self.training_dock, self.cost_dock, self.weights_dock,
                      self.boundary_dock, self.shapes_dock, self.parameters_dock]
        self.view_docks = ViewDocks(self.central_tabs, {self.network_view: "network", self.pass_animation: "pass",
                                                         self.experiments_page: "experiments"}, self.docks, self)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusSummary")
        self.training_status = QLabel(self)
        self.training_status.setObjectName("trainingStatus")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.training_status)

        self._normal: Optional[tuple[QByteArray, QByteArray, QFont]] = None  # the desk layout, in presentation
        self._build_actions()
        self.projects = ProjectController(self, self.project_view, self.apply_project_view)
        for experiment in self.experiments.all:  # new results are unsaved work
            experiment.finished.connect(self.projects.on_changed)
        self._build_menus()
        # with the menu bar hidden (presentation mode) a menu's shortcuts would die: the window holds them all
        self.addActions([action for action in self.findChildren(QAction) if not action.shortcut().isEmpty()])
        for signal in (self.session.architectureChanged, self.session.datasetChanged):
            signal.connect(self._on_summary_changed)
        self.session.datasetChanged.connect(self._on_dataset_changed)
        self.session.progressed.connect(self._on_training_status_changed)
        self.session.runsChanged.connect(self._on_training_status_changed)
        self.session.trainingPaused.connect(self._on_training_status_changed)
        self.session.trainingMessage.connect(lambda _: self.show_status(self.session.training_message, 15000))
        self._status: Optional[tuple[Callable[[], str], int, QElapsedTimer]] = None  # see show_status
        self.retranslate()
        self._fit_training_width()
        self.resize(1440, 900)
        self._default_state = self.saveState(SETTINGS_VERSION)
        self.restore_settings()
        self.projects.mark_saved(None)  # the start (demo or last choices) is nothing to save yet

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        # the network view's docks (view_docks.DESK) until the settings say more; hidden before it is laid out,
        # so that the window's minimum size is not fixed before every dock is in
        if name not in DESK["network"]:
            dock.hide()
        self.addDockWidget(area, dock)
        return dock

    # -------------------------------------------------------------- actions and menus
    def _build_actions(self) -> None:
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.quit_action = QAction(self, objectName="quitAction", shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.quiz_action = QAction(self, objectName="quizAction", checkable=True, shortcut=QKeySequence("Ctrl+K"))
        self.quiz_action.toggled.connect(self.session.set_quiz_mode)
        self.session.quizModeChanged.connect(self.quiz_action.setChecked)
        self.reset_layout_action = QAction(self, objectName="resetLayoutAction")
        self.reset_layout_action.triggered.connect(self.reset_layout)
        self.reset_settings_action = QAction(self, objectName="resetSettingsAction")
        self.reset_settings_action.triggered.connect(self.reset_settings)
        # Space and S reach the window unless a text field takes them (Qt's shortcut override)
        self.train_action = QAction(self, objectName="trainAction", shortcut=QKeySequence("Space"))
        self.train_action.triggered.connect(self.session.toggle_training)
        self.step_action = QAction(self, objectName="stepAction", shortcut=QKeySequence("S"))
        self.step_action.triggered.connect(self.session.step_training)
        self.reset_action = QAction(self, objectName="resetAction", shortcut=QKeySequence("Ctrl+R"))
        self.reset_action.triggered.connect(self.session.reset_parameters)
        self.show_network_action = QAction(self, objectName="showNetworkAction", shortcut=QKeySequence("Ctrl+1"))
        self.show_network_action.triggered.connect(lambda: self.central_tabs.setCurrentWidget(self.network_view))
        self.show_pass_action = QAction(self, objectName="showPassAction", shortcut=QKeySequence("Ctrl+2"))
        self.show_pass_action.triggered.connect(self.show_pass)
        self.show_experiments_action = QAction(self, objectName="showExperimentsAction",
                                               shortcut=QKeySequence("Ctrl+3"))
        self.show_experiments_action.triggered.connect(
            lambda: self.central_tabs.setCurrentWidget(self.experiments_page))
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for language in LANGUAGES:
            action = QAction(self, objectName=f"language_{language}", checkable=True)
            action.setChecked(language == current_language())
            action.triggered.connect(lambda checked=False, chosen=language: self.set_language(chosen))
            self.language_group.addAction(action)
            self.language_actions[language] = action
        self.presentation_action = QAction(self, objectName="presentationAction", checkable=True,
                                           shortcut=QKeySequence("F11"))
        self.presentation_action.toggled.connect(self.set_presentation)
        self.leave_presentation_action = QAction(self, objectName="leavePresentationAction",
                                                 shortcut=QKeySequence("Escape"), enabled=False)
        self.leave_presentation_action.triggered.connect(lambda: self.set_presentation(False))
        self.lesson.stepChanged.connect(lambda _index: self._share_escape())
        self.addAction(self.leave_presentation_action)  # works with the menu bar hidden
        self.addAction(self.presentation_action)
        self.control_actions = {}
        for name in CONTROLS:
            action = QAction(self, objectName=f"hide_{name}_action", checkable=True)
            action.toggled.connect(lambda hidden, chosen=name: self._on_control_toggled(chosen, hidden))
            self.control_actions[name] = action
        self.export_actions = {}
        for name in FIGURES:
            action = QAction(self, objectName=f"export_{name}_action")
            action.triggered.connect(lambda checked=False, chosen=name: self.export_figure(chosen))
            self.export_actions[name] = action
        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        actions = self.projects.actions
        self.file_menu.addActions([actions["new"], actions["open"]])
        self.file_menu.addMenu(self.projects.recent_menu)
        self.file_menu.addActions([actions["save"], actions["saveAs"]])
        self.file_menu.addSeparator()
        self.file_menu.addActions([actions["importParameters"], actions["exportParameters"], actions["exportScripts"]])
        self.export_menu = self.file_menu.addMenu("")
        self.export_menu.addActions(list(self.export_actions.values()))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.show_network_action, self.show_pass_action, self.show_experiments_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([dock.toggleViewAction() for dock in self.docks])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.quiz_action)
        self.view_menu.addAction(self.presentation_action)
        self.controls_menu = self.view_menu.addMenu("")
        self.controls_menu.addActions(list(self.control_actions.values()))
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.reset_layout_action, self.reset_settings_action])
        self.training_menu = bar.addMenu("")
        self.training_menu.addActions([self.train_action, self.step_action, self.reset_action])
        self.lessons_menu = bar.addMenu("")
        self.lessons_menu.addActions(list(self.lesson.section_actions.values()))
        self.lessons_menu.addSeparator()
        self.lessons_menu.addActions([self.lesson.next_action, self.lesson.previous_action, self.lesson.close_action])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        """Every visible word of the window itself (the panels translate their own)."""
        self.projects.retranslate()  # the title: the project's file name and the program's
        for dock, title in ((self.layers_dock, self.tr("Layers")), (self.dataset_dock, self.tr("Dataset")),
                            (self.training_dock, self.tr("Training")), (self.cost_dock, self.tr("Cost")),
                            (self.weights_dock, self.tr("Weights")), (self.boundary_dock, self.tr("Decision boundary")),
                            (self.shapes_dock, self.tr("Matrix shapes")),
                            (self.parameters_dock, self.tr("Parameters and hyperparameters"))):
            dock.setWindowTitle(title)
        self.central_tabs.setTabText(0, self.tr("Network"))
        self.central_tabs.setTabText(1, self.tr("Forward and backward pass"))
        self.central_tabs.setTabText(2, self.tr("Experiments"))
        for index, text in enumerate((self.tr("Hyperparameter sweep"), self.tr("Initialization"),
                                      self.tr("Depth versus width (parity)"), self.tr("Why deep (sawtooth)"))):
            self.experiment_tabs.setTabText(index, text)
        self.show_experiments_action.setText(self.tr("&Experiments"))
        self.show_network_action.setText(self.tr("&Network diagram"))
        self.show_pass_action.setText(self.tr("Forward and backward &pass"))
        self.train_action.setText(self.tr("&Train / pause"))
        self.step_action.setText(self.tr("&Step one iteration"))
        self.reset_action.setText(self.tr("&Reset parameters"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.lessons_menu.setTitle(self.tr("&Lessons"))
        self.lesson.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.quit_action.setText(self.tr("&Quit"))
        self.quiz_action.setText(self.tr("Shape &quiz"))
        self.quiz_action.setToolTip(self.tr("Hide the numbers of the shapes and ask for them"))
        self.reset_layout_action.setText(self.tr("Reset &layout"))
        self.reset_settings_action.setText(self.tr("Reset &settings…"))
        self.about_action.setText(self.tr("&About visualnet"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.presentation_action.setText(self.tr("&Presentation (full screen, large text)"))
        self.presentation_action.setToolTip(self.tr("For a projector: full screen, larger text and lines, only the "
                                                    "panels a lesson needs; F11 or Esc leaves"))
        self.leave_presentation_action.setText(self.tr("Leave presentation"))
        self.controls_menu.setTitle(self.tr("&Hide controls (saved in the project)"))
        texts = self.hyperparameters.names()  # a hyperparameter is named as its own row names it
        texts.update(layer_editing=self.tr("Changing the layers"), dataset_choice=self.tr("Choosing the dataset"))
        for name, action in self.control_actions.items():
            action.setText(texts[name])
        self.export_menu.setTitle(self.tr("&Export"))
        for name, text in (("cost", self.tr("&Cost plot or cost history (PNG, SVG, CSV)…")),
                           ("weights", self.tr("&Weight images (PNG, SVG)…")),
                           ("boundary", self.tr("&Decision boundary (PNG, SVG)…")),
                           ("network", self.tr("&Network diagram (PNG, SVG)…")),
                           ("pass", self.tr("&Pass animation, current step (PNG, SVG)…"))):
            self.export_actions[name].setText(text)
        # each language is named in itself, so a reader finds theirs whatever the current language
        self.language_actions["en"].setText("English")
        self.language_actions["zh_CN"].setText("中文（简体）")
        self._on_summary_changed()
        self._on_training_status_changed()
        self._resay_status()

    def show_status(self, words: Callable[[], str], msecs: int = 0) -> None:
        """Show ``words()`` in the status bar for ``msecs`` (0: until replaced); a live language switch
        says it again in the new language, for the time it had left."""
        shown = QElapsedTimer()
        shown.start()
        self._status = (words, msecs, shown)
        self.statusBar().showMessage(words(), msecs)

    def _resay_status(self) -> None:
        if self._status is None or not self.statusBar().currentMessage():
            return  # nothing shown (any more)
        words, msecs, shown = self._status
        left = msecs - shown.elapsed()
        if not msecs or left > 0:
            self.statusBar().showMessage(words(), max(left, 0) if msecs else 0)

    # -------------------------------------------------------------- session -> window
    def _on_summary_changed(self) -> None:
        session = self.session
        shapes = session.shapes
        self.status_label.setText(self.tr("L = {L} · {count} parameters · m = {m} · dataset: {name}").format(
            L=session.architecture.L, count=f"{shapes.parameter_count:,}", m=session.train.m,
            name=dataset_name(session.dataset_name)))

    def _on_dataset_changed(self) -> None:
        """Bring forward the picture that fits the data: the plane for 2-D sets, else the weights."""
        (self.boundary_dock if self.session.dataset.n_x == 2 else self.weights_dock).raise_()

    def _on_training_status_changed(self, *_: object) -> None:
        """Iteration, cost, accuracies and speed of the current run, in the status bar."""
        run = self.session.run
        last = run.last_record if run is not None else None
        if last is None:
            self.training_status.setText("")
            return
        cost, train, dev = last
        text = self.tr("iteration {i} · cost {J}").format(i=f"{run.iterations - 1:,}", J=f"{cost:.4g}")
        if train is not None:
            text += " · " + self.tr("train {train:.1%}").format(train=train)
        if dev is not None:
            text += " · " + self.tr("dev {dev:.1%}").format(dev=dev)
        if self.session.training_state == "running":
            text += " · " + self.tr("{rate} it/s").format(rate=f"{self.session.rate:,.0f}")
        elif self.session.paused_at is not None:
            text += " · " + self.tr("paused")
        self.training_status.setText(text)

    # -------------------------------------------------------------- settings
    def restore_settings(self) -> None:
        """Bring back size, dock layout and the last choices; anything unreadable is ignored."""
        s = self.settings
        if s.value("version") != str(SETTINGS_VERSION) and s.value("version") != SETTINGS_VERSION:
            return
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state, SETTINGS_VERSION)
        self.view_docks.from_json(str(s.value("window/viewDocks", "")))
        self.view_docks.apply()
        try:
            saved = json.loads(str(s.value("session/state", "")))
        except ValueError:
            return
        if isinstance(saved, dict):
            self.session.restore(saved)
            self.session.undo_stack.clear()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("version", SETTINGS_VERSION)
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(SETTINGS_VERSION))
        self.view_docks.remember()
        s.setValue("window/viewDocks", self.view_docks.to_json())
        s.setValue("session/state", json.dumps(self.session.state()))
        s.sync()

    def reset_layout(self) -> None:
        self.restoreState(self._default_state, SETTINGS_VERSION)
        self.view_docks.memory.clear()
        self.view_docks.apply()

    def reset_settings(self) -> None:
        """Forget the remembered layout and choices, after asking; the demo comes back (undoable)."""
        answer = QMessageBox.question(self, self.tr("Reset settings"),
                                      self.tr("Forget the window layout and your last choices, and go back "
                                              "to the demo network?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.settings.clear()
        self.reset_layout()
        edit_dataset(self.session, DEMO_DATASET, self.tr("Reset settings"))
        task = self.session.dataset.task
        edit_architecture(self.session, Architecture(PRESETS[DEMO_PRESET], OUTPUT_CHOICES[task][0]),
                          self.tr("Reset settings"))
        # the demo's hyperparameters are part of it: its λ and iterations are what make W[1] learn strokes
        edit_hyperparameters(self.session, Hyperparameters(), self.tr("Reset settings"))

    # -------------------------------------------------------------- classroom
    @property
    def hidden_controls(self) -> set[str]:
        return {name for name, action in self.control_actions.items() if action.isChecked()}

    def set_hidden_controls(self, names: set[str]) -> None:
        """Hide exactly ``names`` (of CONTROLS; others are ignored), as a teacher prepared the exercise."""
        for name, action in self.control_actions.items():
            action.setChecked(name in names)

    def _on_control_toggled(self, name: str, hidden: bool) -> None:
        if name == "layer_editing":
            self.layer_editor.set_editing_visible(not hidden)
        elif name == "dataset_choice":
            self.dataset_panel.setEnabled(not hidden)
        else:
            self.hyperparameters.set_field_visible(name, not hidden)
        self.projects.on_changed()

    @property
    def presenting(self) -> bool:
        return self._normal is not None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            QTimer.singleShot(0, self, self._fit_training_width)  # once the panel has its new words and size

    def _fit_training_width(self) -> None:
        """The training panel is never narrower than its content: its buttons and fields are never cut."""
        if not shiboken6.isValid(self.training_scroll):  # the window is being taken apart
            return
        content = self.training_scroll.widget()
        content.adjustSize()
        bar = self.training_scroll.verticalScrollBar().sizeHint().width()
        self.training_scroll.setMinimumWidth(content.minimumSizeHint().width() + bar + 2)

    def set_presentation(self, on: bool) -> None:
        """Full screen for a projector: larger text, thicker curves, the panels a lesson needs; off restores all."""
        if on == self.presenting:
            return
        self.view_docks.remember()
        if on:
            self._normal = (self.saveState(SETTINGS_VERSION), self.saveGeometry(), self.font())
            self.view_docks.set_presenting(True)
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * PRESENTATION_FONT_SCALE)
            self.setFont(font)
            self.cost_plot.set_line_width(PRESENTATION_PEN_WIDTH)
            self.pass_animation.set_presenting(True)
            self.menuBar().hide()
            self.showFullScreen()
            # the larger text needs wider side panels than the desk layout gave them (once full screen)
            QTimer.singleShot(100, lambda: self.resizeDocks(
                [self.training_dock, self.cost_dock], [self.training_scroll.minimumWidth(), 420],
                Qt.Orientation.Horizontal))
        else:
            state, geometry, font = self._normal
            self._normal = None
            self.setFont(font)
            self.cost_plot.set_line_width(PEN_WIDTH)
            self.pass_animation.set_presenting(False)
            self.menuBar().show()
            self.showNormal()
            self.restoreGeometry(geometry)
            self.restoreState(state, SETTINGS_VERSION)
            self.view_docks.set_presenting(False)
        self._share_escape()
        with_blocked(self.presentation_action, lambda: self.presentation_action.setChecked(on))

    def _share_escape(self) -> None:
        """Esc closes a running lesson first (the lesson's own action), then leaves presentation: one action
        at a time holds the key, or Qt would call it ambiguous and do neither."""
        self.leave_presentation_action.setEnabled(self.presenting and not self.lesson.running)

    def project_view(self) -> tuple[dict, list]:
        """What a project keeps of the window: the classroom's hidden controls, and the experiments' results
        (from their models)."""
        return {"hidden_controls": sorted(self.hidden_controls)}, self.experiments.records()

    def apply_project_view(self, view: dict, experiments: list) -> None:
        hidden = view.get("hidden_controls", [])
        self.set_hidden_controls({name for name in hidden if isinstance(name, str)})
        for problem in self.experiments.load(experiments):  # the rest of the project is fine: say, and go on
            self.show_status(lambda problem=problem: self.tr(
                "An experiment's results were not read: {reason}").format(reason=problem), 15000)

    def figure(self, name: str) -> Figure:
        """The figure ``name`` (one of FIGURES) as the export functions take it."""
        return {"cost": self.cost_plot.plot_item, "weights": self.weight_images.plot,
                "boundary": self.decision_boundary.plot, "network": self.network_view.scene(),
                "pass": self.pass_animation.scene}[name]

    def export_figure(self, name: str) -> None:
        """Ask where and save a figure; the pass is shown first, so the step exported is the one seen."""
        if name == "cost":
            self.cost_dock.raise_()
            self.cost_plot.export_dialog()
            return
        if name == "pass":
            self.show_pass()
        export_figure_dialog(self, self.figure(name), FIGURES[name])

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on, without a restart (every panel re-translates), and remember it."""
        install_translations(QApplication.instance(), language)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)  # now, not after this slot
        self.language_actions[language].setChecked(True)
        self.settings.setValue("language", language)

    def _on_parameters_shown(self, shown: bool) -> None:
        """Opened from the View menu: in front, and tall enough for its two tables (the shapes' height is less)."""
        if shown:
            # a tab beside the shapes, made now: tabifying while the window is built would fix its minimum size
            # (with the bottom docks) before the settings restore a smaller window
            if (not self.tabifiedDockWidgets(self.parameters_dock) and not self.shapes_dock.isHidden()
                    and self.dockWidgetArea(self.shapes_dock) == self.dockWidgetArea(self.parameters_dock)
                    and not (self.shapes_dock.isFloating() or self.parameters_dock.isFloating())):
                self.tabifyDockWidget(self.shapes_dock, self.parameters_dock)
            self.parameters_dock.raise_()
            self.resizeDocks([self.parameters_dock], [self.parameters_panel.sizeHint().height()],
                             Qt.Orientation.Vertical)

    def open_sweep(self, name: str) -> None:
        """The Experiments tab's sweep, with hyperparameter ``name`` chosen to vary (a Sweep button's wish)."""
        self.central_tabs.setCurrentWidget(self.experiments_page)
        self.experiment_tabs.setCurrentWidget(self.sweep_panel)
        self.sweep_panel.preselect(name)

    def show_pass(self) -> None:
        """Bring the pass animation forward and give it the keyboard (→, ←, Space, Home)."""
        self.central_tabs.setCurrentWidget(self.pass_animation)
        self.pass_animation.setFocus()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About visualnet"), self.tr(
            "visualnet shows why the math of deep L-layer networks works: every shape, every pass, every "
            "step of training, computed by its own NumPy engine in the notation of Andrew Ng's course."))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask to save unsaved work; then stop training, sweeps and file reads (within a second), keep the layout."""
        if not self.projects.maybe_save():
            event.ignore()
            return
        self._stop_work()
        self.projects.discard_autosave()  # a normal close: nothing to recover next time (after the run's own)
        self.decision_boundary.close_large()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """The session is ending (SIGTERM, Ctrl+C): nobody can answer a question now, so the unsaved work
        goes to this window's autosave, which the next start offers; then everything stops."""
        self.projects.wait_for_save()
        self._stop_work()  # (a run that ends starts an autosave of its own)
        self.projects.autosave()
        self.projects.wait_for_autosave()

    def _stop_work(self) -> None:
        """Stop training, sweeps and file reads (each within a second), remember the layout."""
        self.experiments.stop()
        self.session.stop_training()
        self.dataset_panel.cancel_loading()
        self.save_settings()

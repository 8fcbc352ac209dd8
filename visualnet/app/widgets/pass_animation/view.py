"""The pass animation panel: the diagram, the equation panel and a teacher's controls.

Keyboard (when the panel has focus): → one step, ← one step back, Space play/pause, Home back
to the start. The panel takes these keys before the window's shortcuts (Space trains there).
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QPainter, QResizeEvent, QShowEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import (QCheckBox, QGraphicsView, QHBoxLayout, QLabel, QSlider, QSplitter, QToolButton,
                               QVBoxLayout, QWidget)

from ....engine.trace import PHASES
from ...session import Session
from ..retranslating import Retranslating
from .equation_panel import EquationPanel
from .player import SPEEDS, PassPlayer
from .scene import PassScene

KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Space, Qt.Key.Key_Home)
ZOOM_STEP = 1.15
DESK_TEXT_PX, PROJECTOR_TEXT_PX = 11.0, 18.0  # the least text size on screen: at a desk, in presentation mode


class PassGraphicsView(QGraphicsView):
    """The diagram's view: wheel zooms, drag pans; the panel's keys pass up to the panel."""

    def __init__(self, scene: PassScene, parent: Optional[QWidget] = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("passView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.user_zoomed = False

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        self.scale(factor, factor)
        self.user_zoomed = True
        scene = self.scene()
        if isinstance(scene, PassScene):  # the text keeps its least size: the diagram is laid out again
            scene.set_scale(self.transform().m11())
            scene.setSceneRect(scene.itemsBoundingRect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in KEYS:
            event.ignore()  # not ours: the panel's
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in KEYS:
            event.ignore()  # the panel steps; the view must not scroll
        else:
            super().keyPressEvent(event)


class PassAnimation(Retranslating, QWidget):
    """Plays ``engine.trace`` for the session's network on a real batch (``passAnimation``)."""

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("passAnimation")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session = session
        self.player = PassPlayer(session, self)
        self.scene = PassScene(self)
        self.view = PassGraphicsView(self.scene)
        self.view.resized.connect(self._on_view_resized)
        self.equations = EquationPanel()
        self._pan = QVariantAnimation(self, duration=250)
        self._pan.valueChanged.connect(lambda x: self.view.horizontalScrollBar().setValue(int(x)))

        self.back_button = self._button("passBackButton", "◀", self.player.step_back)
        self.play_button = self._button("passPlayButton", "", self.player.toggle)
        self.step_button = self._button("passStepButton", "▶", self.player.step_forward)
        self.home_button = self._button("passHomeButton", "", self.player.home)
        self.phase_buttons = {phase: self._button(f"pass{phase.title()}Button", "",
                                                  lambda checked=False, p=phase: self.player.jump_to_phase(p))
                              for phase in PHASES}
        self.batch_button = self._button("passNewBatchButton", "", self.player.new_batch)
        self.fit_button = self._button("passFitButton", "", self.fit)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal, objectName="passSpeedSlider")
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(SPEEDS.index(1.0))
        self.speed_slider.setFixedWidth(110)
        self.speed_slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed_slider.valueChanged.connect(self._on_speed_changed)
        self.speed_label = QLabel()
        self.single_check = QCheckBox(objectName="passSingleExampleCheck")
        self.single_check.toggled.connect(self.player.set_single_example)
        self.follow_check = QCheckBox(objectName="passFollowCheck")
        self.follow_check.toggled.connect(self.player.set_follow_training)
        for check in (self.single_check, self.follow_check):
            check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem_label = QLabel(objectName="passProblem", wordWrap=True)
        self.problem_label.setStyleSheet("color: #b03a2e;")
        self.problem_label.hide()

        # short rows, so the panel stays narrow enough for the side panels at a projector's large text
        steps, options, views = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        for widget in (self.home_button, self.back_button, self.play_button, self.step_button):
            steps.addWidget(widget)
        steps.addSpacing(10)
        for button in self.phase_buttons.values():
            steps.addWidget(button)
        steps.addStretch(1)
        for widget in (self.speed_label, self.speed_slider, self.batch_button):
            options.addWidget(widget)
        options.addStretch(1)
        options.addWidget(self.fit_button)
        for widget in (self.single_check, self.follow_check):
            views.addWidget(widget)
        views.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.equations)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([600, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(steps)
        layout.addLayout(options)
        layout.addLayout(views)
        layout.addWidget(self.problem_label)
        layout.addWidget(splitter, 1)

        self.player.traceChanged.connect(self._on_trace_changed)
        self.player.stepChanged.connect(self._on_step_changed)
        self.player.playingChanged.connect(self._on_playing_changed)
        self.player.problem.connect(self._on_problem)
        self._on_speed_changed(self.speed_slider.value())
        self.retranslate()

    def _button(self, name: str, text: str, slot) -> QToolButton:
        button = QToolButton(objectName=name, text=text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the panel
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        tips = {self.back_button: self.tr("One step back (←)"), self.step_button: self.tr("One step forward (→)"),
                self.home_button: self.tr("Back to the start of the pass (Home)")}
        for button, tip in tips.items():
            button.setToolTip(tip)
        self.home_button.setText(self.tr("Start"))
        self._on_playing_changed(self.player.playing)
        names = {"forward": self.tr("Forward"), "cost": self.tr("Cost"), "backward": self.tr("Backward"),
                 "update": self.tr("Update")}
        for phase, button in self.phase_buttons.items():
            button.setText(names[phase])
            button.setToolTip(self.tr("Jump to the first step of this phase"))
        self.batch_button.setText(self.tr("New batch"))
        self.batch_button.setToolTip(self.tr("Start again on another batch (another example when m = 1)"))
        self.fit_button.setText(self.tr("Zoom to fit"))
        self.fit_button.setToolTip(self.tr("Show the whole diagram; the mouse wheel zooms and dragging pans"))
        self.single_check.setText(self.tr("One example (m = 1)"))
        self.single_check.setToolTip(self.tr("Follow one example, in the course's x, z[l], a[l]; off: the "
                                             "vectorized batch X, Z[l], A[l] with one column per example"))
        self.follow_check.setText(self.tr("Follow training"))
        self.follow_check.setToolTip(self.tr("While training runs, show the pass with the parameters of the "
                                             "current iteration"))
        self.speed_slider.setToolTip(self.tr("Steps per second"))
        self._on_speed_changed(self.speed_slider.value())
        self.scene.retranslate()
        self._on_step_changed(self.player.index, False)

    # ------------------------------------------------------------------ keyboard
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in KEYS:
            event.accept()  # Space plays here, not Train in the window
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {Qt.Key.Key_Right: self.player.step_forward, Qt.Key.Key_Left: self.player.step_back,
                   Qt.Key.Key_Space: self.player.toggle, Qt.Key.Key_Home: self.player.home}
        action = actions.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    # ------------------------------------------------------------------ session and player
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.player.set_active(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.player.set_active(False)

    def _on_trace_changed(self) -> None:
        steps = self.player.steps
        self.problem_label.setVisible(not steps)
        if not steps:
            self.scene.clear()
            self.scene.L = 0
            return
        activations = list(self.session.activations)
        rebuild = (self.scene.L, self.scene.activations) != (len(activations), activations)
        self.scene.single_example = self.player.single_example
        self.equations.activations = activations
        self.equations.plain_descent = self.session.hyperparameters.optimizer == "gd"
        self.equations.scaling = self.session.scaling.kind
        self.equations.image_shape = self.session.dataset.image_shape
        if rebuild:
            self.scene.build(len(activations), activations)
        self._on_step_changed(self.player.index, False)
        if rebuild:
            self.fit()

    def _on_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def _on_step_changed(self, index: int, animate: bool) -> None:
        steps = self.player.steps
        if not steps or not self.scene.L:
            self.equations.show_step(None, None, self.player.single_example, self.player.iteration)
            return
        self.scene.show(steps, index, self.player.step_duration_ms if animate else 0)
        self.equations.show_step(self.player.step, steps[0], self.player.single_example, self.player.iteration)
        self.back_button.setEnabled(index > -1)
        self.step_button.setEnabled(index < len(steps) - 1)
        if self.view.user_zoomed and self.scene.routes:  # zoomed in by hand: the view follows the step
            self._pan_to(self.scene.routes[0].target.sceneBoundingRect())

    def _on_playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("❚❚ Pause") if playing else self.tr("▶ Play"))
        self.play_button.setToolTip(self.tr("Play or pause the pass (Space)"))

    def _on_speed_changed(self, position: int) -> None:
        speed = SPEEDS[position]
        self.player.set_speed(speed)
        self.speed_label.setText(self.tr("Speed: {n:g} steps/s").format(n=speed))

    # ------------------------------------------------------------------ zoom
    def set_presenting(self, on: bool) -> None:
        """Presentation mode: no text of the diagram smaller than a projector's back row can read."""
        self.scene.set_scale(self.scene.legibility.scale, PROJECTOR_TEXT_PX if on else DESK_TEXT_PX)
        self.fit()

    def fit(self) -> None:
        """Show the whole diagram at any L: the scale that fits, text kept legible by level of detail."""
        if not self.scene.L:
            return
        viewport = self.view.viewport().rect()
        scale = self.scene.fit_scale(viewport.width() - 8, viewport.height() - 8)
        self.scene.set_scale(scale)
        rect = self.scene.itemsBoundingRect()
        self.view.setSceneRect(rect)
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(rect.center())
        self.view.user_zoomed = False

    def _pan_to(self, rect: QRectF) -> None:
        """Scroll smoothly so that ``rect`` (scene units) is in view with a column of margin on each side."""
        bar = self.view.horizontalScrollBar()
        left = self.view.mapFromScene(rect.topLeft()).x()
        right = self.view.mapFromScene(rect.bottomRight()).x()
        margin = self.view.viewport().width() * 0.2
        shift = 0.0
        if left < margin:
            shift = left - margin
        elif right > self.view.viewport().width() - margin:
            shift = right - (self.view.viewport().width() - margin)
        if shift:
            self._pan.stop()
            self._pan.setStartValue(float(bar.value()))
            self._pan.setEndValue(float(bar.value() + shift))
            self._pan.start()

    def _on_view_resized(self) -> None:
        if not self.view.user_zoomed:
            self.fit()


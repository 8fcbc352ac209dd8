"""Lessons: the course's week 4 (deep L-layer networks) as steps a teacher walks through in the real app.

Each step is data: a title, a few sentences and a ``set_up`` that puts the window where the words point (a
tab, a panel, a pass step, a unit), only through the window's public methods and the session's commands.
A step that has to change the student's network or dataset does it as one undo step and says so in the bar;
nothing else of the student's work is touched, and the bar never blocks the app.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea

from .commands import edit_architecture, edit_dataset
from .session import DEMO_DATASET, DEMO_PRESET, OUTPUT_CHOICES, PRESETS, Architecture
from .widgets.lesson_bar import LessonBar
from .widgets.weight_images import View

if TYPE_CHECKING:
    from .main_window import MainWindow

CONTEXT = "Lessons"


@dataclass(frozen=True)
class Step:
    """One step of a lesson: the part of the lesson it belongs to, its words (English sources, said in the
    user's language when shown), and what it shows."""

    section: int  # the numbered part, as in the Lessons menu (several steps may share one)
    title: str
    text: str
    set_up: Callable[["MainWindow"], None]
    quiz: bool = False  # the shape quiz on (its step) or off (every other: the numbers are part of the story)
    values: Callable[["MainWindow"], dict] = lambda window: {}  # the sentences name the network actually shown

    def said_title(self) -> str:
        return said(self.title)

    def said_text(self, window: MainWindow) -> str:
        return said(self.text).format(**self.values(window))


def said(source: str) -> str:
    """A source text of this module (marked for lupdate with QT_TRANSLATE_NOOP) in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


def demo_architecture(task: str) -> Architecture:
    """The course's 20-7-5 network with the output the data ``task`` needs."""
    return Architecture(PRESETS[DEMO_PRESET], OUTPUT_CHOICES[task][0])


def show_demo_network(window: MainWindow) -> None:
    """The demo (digits, hidden layers 20, 7, 5) unless it is already there, as ONE undo step."""
    session = window.session
    if session.dataset_name == DEMO_DATASET and session.architecture == demo_architecture(session.dataset.task):
        return
    text = said(DEMO_CHANGE)
    session.undo_stack.beginMacro(text)
    edit_dataset(session, DEMO_DATASET, text)
    edit_architecture(session, demo_architecture(session.dataset.task), text)
    session.undo_stack.endMacro()


def show_network(window: MainWindow) -> None:
    window.central_tabs.setCurrentWidget(window.network_view)


def notation(window: MainWindow) -> None:
    """The demo network, its layer editor in front with layer 1 highlighted (in the table and the diagram)."""
    show_demo_network(window)
    show_network(window)
    window.layers_dock.show()
    window.layers_dock.raise_()
    window.session.set_selected_layer(1)


def pass_at(window: MainWindow, single_example: bool, first: Callable[[object], bool]) -> None:
    """The pass tab at the first step for which ``first(step)`` holds, on one example or the whole batch."""
    window.show_pass()
    window.pass_animation.single_check.setChecked(single_example)
    player = window.pass_animation.player
    player.pause()
    index = next((step.index for step in player.steps if first(step)), -1)  # no steps: the tab says why
    player.go_to(index)


def experiment(window: MainWindow, panel: object) -> None:
    window.central_tabs.setCurrentWidget(window.experiments_page)
    window.experiment_tabs.setCurrentWidget(panel)


def shapes(window: MainWindow) -> None:
    """The shape panel under the network (each view keeps its own docks: the network's has it)."""
    show_network(window)
    window.shapes_dock.show()
    window.shapes_dock.raise_()


def parity(window: MainWindow) -> None:
    """The parity study, scrolled to its circuit table: the course's argument, counted."""
    experiment(window, window.parity_study)
    table = window.parity_study.circuit_table
    area = table.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is not None:  # the page scrolls when the window is small: bring the table into sight
        area.ensureWidgetVisible(table)


def features(window: MainWindow) -> None:
    """The Weights panel's examples that excite each unit of layer 2 (the digits have images; L >= 2)."""
    show_demo_network(window)
    show_network(window)
    window.weights_dock.show()
    window.weights_dock.raise_()
    window.weight_images.set_view(View(2, "top"))


def parameters(window: MainWindow) -> None:
    show_network(window)
    if window.parameters_dock.isHidden():
        window.parameters_dock.toggleViewAction().trigger()  # the View menu's way: sized and in front
    window.parameters_dock.raise_()


def one_unit(window: MainWindow) -> None:
    """The network tab with unit 0 of layer 1 chosen (units count from 0, as the panel names them)."""
    show_network(window)
    window.session.set_selected_layer(1)
    window.network_view.choose_unit(1, 0)


WEEK_4: tuple[Step, ...] = (
    Step(1, QT_TRANSLATE_NOOP("Lessons", "Notation"), QT_TRANSLATE_NOOP(
        "Lessons", "A network of L layers: the input is layer 0, so this one (n = {sizes}) has L = {L}. Layer l "
        "has n[l] units and the activation g[l]; its parameters are W[l], of shape (n[l], n[l-1]), and b[l], of "
        "shape (n[l], 1). The input is A[0] = X and the prediction is ŷ = A[L]. Layer 1 is highlighted in the "
        "layer editor and the diagram: change n[1] and watch every shape follow."), notation,
        values=lambda w: {"sizes": ", ".join(str(n) for n in w.session.layer_sizes), "L": w.session.architecture.L}),
    Step(2, QT_TRANSLATE_NOOP("Lessons", "Forward propagation for one example"), QT_TRANSLATE_NOOP(
        "Lessons", "For one example x (m = 1), layer after layer: z[l] = W[l] a[l-1] + b[l], then a[l] = "
        "g[l](z[l]), from a[0] = x up to ŷ = a[L]. The pass shows one real training example, at its first step: "
        "→ takes the next step, Space plays."),
        lambda w: pass_at(w, True, lambda step: step.phase == "forward")),
    Step(2, QT_TRANSLATE_NOOP("Lessons", "Forward propagation, vectorized"), QT_TRANSLATE_NOOP(
        "Lessons", "Put the m examples side by side as the columns of X and the same two lines compute them all "
        "at once: Z[l] = W[l] A[l-1] + b[l] (b[l] is broadcast to every column) and A[l] = g[l](Z[l]). Only the "
        "shapes change: Z[l] and A[l] are (n[l], m). One example is off now: the pass runs on the examples a "
        "training step uses."),
        lambda w: pass_at(w, False, lambda step: step.phase == "forward")),
    Step(3, QT_TRANSLATE_NOOP("Lessons", "Matrix shapes"), QT_TRANSLATE_NOOP(
        "Lessons", "Checking shapes catches most bugs: W[l] is (n[l], n[l-1]), b[l] is (n[l], 1), Z[l] and A[l] "
        "are (n[l], m), and dW[l], db[l] have the shapes of W[l], b[l]. The shape quiz is on: the panel hides the "
        "numbers and asks for them. Ctrl+K turns the quiz off."), shapes, quiz=True),
    Step(4, QT_TRANSLATE_NOOP("Lessons", "Why deep: the sawtooth"), QT_TRANSLATE_NOOP(
        "Lessons", "Some functions are cheap for a deep network and dear for a shallow one. A sawtooth with 2^k "
        "teeth takes k layers of 2 ReLU units; with one hidden layer it takes 2^k units. The Why deep panel "
        "builds both exactly and counts their linear pieces."), lambda w: experiment(w, w.why_deep)),
    Step(4, QT_TRANSLATE_NOOP("Lessons", "Why deep: parity, the circuit argument"), QT_TRANSLATE_NOOP(
        "Lessons", "The course's example from circuit theory: the parity (XOR) of n bits takes a tree of n − 1 "
        "XOR gates, about log₂ n levels deep, while one layer of AND gates under an OR needs 2^(n−1) of them. "
        "The table under the study counts both for each n; the study trains deep and shallow networks on it."), parity),
    Step(4, QT_TRANSLATE_NOOP("Lessons", "Why deep: what the layers respond to"), QT_TRANSLATE_NOOP(
        "Lessons", "The course's picture: early layers detect simple things (edges, strokes), later layers "
        "combine them. The Weights panel shows, for each unit of layer 2, the training digits that excite it "
        "most, and measures how often they share a class, layer by layer: train, then look before you believe "
        "the picture."), features),
    Step(5, QT_TRANSLATE_NOOP("Lessons", "Building blocks and caches"), QT_TRANSLATE_NOOP(
        "Lessons", "Each layer is a block. Forward takes A[l-1] and gives A[l], keeping the cache (A[l-1], W[l], "
        "b[l], Z[l]); backward takes dA[l] and that cache and gives dA[l-1], dW[l] and db[l]. The pass stands at "
        "the step that stores cache[1]: the backward pass reads it back."),
        lambda w: pass_at(w, False, lambda step: step.kind == "cache")),
    Step(6, QT_TRANSLATE_NOOP("Lessons", "Backward propagation"), QT_TRANSLATE_NOOP(
        "Lessons", "Backward runs the blocks from l = L down to 1: dZ[l] = dA[l] * g[l]'(Z[l]), dW[l] = (1/m) "
        "dZ[l] A[l-1]ᵀ, db[l] = (1/m) Σ dZ[l], dA[l-1] = W[l]ᵀ dZ[l] (with L2, dW[l] also gets (λ/m) W[l]). "
        "The pass stands at the first backward step, at the output layer L."),
        lambda w: pass_at(w, False, lambda step: step.phase == "backward")),
    Step(7, QT_TRANSLATE_NOOP("Lessons", "Parameters vs hyperparameters"), QT_TRANSLATE_NOOP(
        "Lessons", "Parameters are what the network learns: W[l] and b[l]. Hyperparameters are what you choose, "
        "and they decide what the parameters become: the learning rate α, the iterations, L, n[l], g[l], the "
        "mini-batch size, λ, the initialization. The panel sets them side by side."), parameters),
    Step(7, QT_TRANSLATE_NOOP("Lessons", "Trying hyperparameters"), QT_TRANSLATE_NOOP(
        "Lessons", "Choosing them is empirical: idea, code, experiment, again. The sweep has α chosen with a few "
        "usual values: Start trains one network per value, in the background, and draws their costs together."),
        lambda w: w.open_sweep("learning_rate")),
    Step(8, QT_TRANSLATE_NOOP("Lessons", "The brain analogy"), QT_TRANSLATE_NOOP(
        "Lessons", "A logistic unit computes a = σ(wᵀx + b): a weighted sum, then a squashing function. A neuron "
        "also gathers signals and fires or not, which is where the comparison comes from. It is loose: one real "
        "neuron does far more than one logistic unit, and as far as anyone knows the brain does not learn by "
        "this backpropagation. The panel shows unit 0 of layer 1 (its g[1] is {g}): what one unit really "
        "computes."), one_unit, values=lambda w: {"g": w.session.activations[0]}),
)


SECTIONS = {1: QT_TRANSLATE_NOOP("Lessons", "Notation"), 2: QT_TRANSLATE_NOOP("Lessons", "Forward propagation"),
            3: QT_TRANSLATE_NOOP("Lessons", "Matrix shapes"), 4: QT_TRANSLATE_NOOP("Lessons", "Why deep"),
            5: QT_TRANSLATE_NOOP("Lessons", "Building blocks and caches"),
            6: QT_TRANSLATE_NOOP("Lessons", "Backward propagation"),
            7: QT_TRANSLATE_NOOP("Lessons", "Parameters vs hyperparameters"),
            8: QT_TRANSLATE_NOOP("Lessons", "The brain analogy")}  # the Lessons menu's entries
DEMO_CHANGE = QT_TRANSLATE_NOOP("Lessons", "Lesson: the demo network")  # the undo step's name
DEMO_NOTE = QT_TRANSLATE_NOOP("Lessons", "This step set up the demo network (digits, hidden layers 20, 7, 5): it "
                                         "is one undo step, Ctrl+Z brings yours back.")
ACTIONS = {"next": QT_TRANSLATE_NOOP("Lessons", "Next step"), "previous": QT_TRANSLATE_NOOP("Lessons", "Previous step"),
           "close": QT_TRANSLATE_NOOP("Lessons", "Close the lesson")}


class Lesson(QObject):
    """Walks a window through ``steps``: the bar, and the actions Page Down, Page Up and Esc (window-wide,
    so they work with the menu bar hidden while presenting; enabled only while the lesson runs)."""

    stepChanged = Signal(int)  # the step shown; -1: the lesson closed

    def __init__(self, window: MainWindow, steps: tuple[Step, ...] = WEEK_4) -> None:
        super().__init__(window)
        self.window, self.steps = window, steps
        self.index = -1
        self.bar = LessonBar()
        self.bar.previousClicked.connect(self.previous)
        self.bar.nextClicked.connect(self.next)
        self.bar.closeClicked.connect(self.close)
        self.next_action = self._action("lessonNextAction", QKeySequence(QKeySequence.StandardKey.MoveToNextPage),
                                        self.next)
        self.previous_action = self._action("lessonPreviousAction",
                                            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self.previous)
        self.close_action = self._action("lessonCloseAction", QKeySequence("Escape"), self.close)
        self.section_actions = {}
        for section in sorted({step.section for step in steps}):
            first = next(i for i, step in enumerate(steps) if step.section == section)
            action = QAction(window, objectName=f"lesson{section}Action")
            action.triggered.connect(lambda checked=False, i=first: self.go_to(i))
            self.section_actions[section] = action
        self._enable()

    def _action(self, name: str, key: QKeySequence, slot: Callable[[], None]) -> QAction:
        action = QAction(self.window, objectName=name, shortcut=key)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def running(self) -> bool:
        return self.index >= 0

    def go_to(self, index: int) -> None:
        """Show step ``index``: set the window up, then say it (with a note when the network had to change)."""
        index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[index]
        stack = self.window.session.undo_stack
        before = stack.index()
        self.index = index
        self.window.quiz_action.setChecked(step.quiz)
        step.set_up(self.window)
        changed = stack.index() != before
        note = (lambda: said(DEMO_NOTE)) if changed else None
        self.bar.show_step(index, len(self.steps), step.said_title, lambda: step.said_text(self.window), note)
        self._enable()
        self.stepChanged.emit(index)

    def next(self) -> None:
        if self.running and self.index + 1 < len(self.steps):
            self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.running and self.index > 0:
            self.go_to(self.index - 1)

    def close(self) -> None:
        """End the lesson; what it set up stays, for the student to play with."""
        self.index = -1
        self.bar.hide()
        self._enable()
        self.stepChanged.emit(-1)

    def _enable(self) -> None:
        for action in (self.next_action, self.previous_action, self.close_action):
            action.setEnabled(self.running)

    def retranslate(self) -> None:
        for name, action in (("next", self.next_action), ("previous", self.previous_action),
                             ("close", self.close_action)):
            action.setText(said(ACTIONS[name]))
        for section, action in self.section_actions.items():
            action.setText(f"&{section}. {said(SECTIONS[section])}")

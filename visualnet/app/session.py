"""The Session: the one source of truth every view observes.

It holds the dataset, the architecture, the hyperparameters, the network's parameters and what
the user points at (the selected and hovered layer, the quiz mode). Setters validate, store,
and emit one signal per thing, only on a real change. Views never talk to each other: they
change the session through :mod:`commands` (so every edit can be undone) and redraw from it.

The session does no math: shapes come from ``engine.shapes``, networks from ``engine.Network``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Callable, Optional

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..engine import Network, parameter_count
from ..engine.activations import ACTIVATIONS
from ..engine.datasets import Dataset, load_dataset
from ..engine.datasets.scaling import default_scaling, fit_scaling
from ..engine.experiments import CHILD_BYTES
from ..engine.health import Finding
from ..engine.initializers import INITIALIZERS
from ..engine.io import layer_sizes_of
from ..engine.project import SERIES, DatasetRef, Project, SavedRun
from ..engine.shapes import NetworkShapes, network_shapes
from ..engine.training import Divergence, TrainConfig, run_memory_bytes
from .dataset_keys import FILE_PREFIX, builtin_of, file_key, file_of
from .error_texts import error_text, failure_detail
from .history import Run
from .processes.host import available_memory
from .processes.messages import Failed, Outcome, Progress
from .processes.training import Job
from .processes.training_worker import TrainingProcess
from .texts import join_sentences, optimizer_name, process_end

HIDDEN_ACTIVATIONS = tuple(name for name, a in ACTIVATIONS.items() if not a.output_only)
OUTPUT_CHOICES = {"binary": ("sigmoid", "softmax"), "multiclass": ("softmax",), "regression": ("linear",)}
MAX_UNITS = 10_000_000  # beyond any laptop; the memory budget refuses far sooner
DEFAULT_MEMORY_BUDGET = 1 << 30  # bytes of parameters a network may need (1 GiB)
CHANGE_DELAY_MS = 300  # a hyperparameter changed while training applies once the edits pause this long
DEV_FRACTION = 0.2
SPLIT_SEED = 0


@dataclass(frozen=True)
class Architecture:
    """The hidden layers l = 1..L-1 as (units n[l], activation g[l]) and the output activation g[L].

    n[0] and n[L] are not stored: they follow the dataset (n_x, and the number of classes).
    """

    hidden: tuple[tuple[int, str], ...]
    output_activation: str

    @property
    def L(self) -> int:
        return len(self.hidden) + 1

    def with_hidden(self, hidden: list[tuple[int, str]] | tuple[tuple[int, str], ...]) -> "Architecture":
        return replace(self, hidden=tuple((int(n), g) for n, g in hidden))


@dataclass(frozen=True)
class Hyperparameters:
    """What the student chooses, as opposed to the parameters W, b the network learns.

    The defaults are the demo's (the digits and the course's 20-7-5 network), chosen so that the
    first layer visibly learns strokes. Without L2 the tiles of W[1] stay mostly the random draw
    (pixels at the border, never inked, get no gradient and keep it). With λ = 3 every update shrinks
    W by a factor (1 - αλ/m) (m = 1,437 training digits), so after 10,000 iterations the draw has
    faded to e^(-αλ·iterations/m) ≈ 12% and what stays is what the digits taught: bars and blobs where
    they have ink, white where they never do. The correlation of neighbouring pixels' weights rises
    from 0.0 for the draw to 0.31 (0.14 with the former 2,000 iterations without L2), the dev
    accuracy stays 96.7%, and the run takes about five seconds on two idle cores. A larger λ makes
    the tiles smoother still but costs the small 2-D sets (spiral, flower) their accuracy, and they
    keep these hyperparameters when the student switches to them. α = 0.1 and He's initialization are
    as before; tests/app/test_weight_images.py checks the lesson in numbers.
    """

    learning_rate: float = 0.1
    num_iterations: int = 10_000
    mini_batch_size: Optional[int] = None
    init: str = "he"
    optimizer: str = "gd"
    lambd: float = 3.0
    seed: int = 1


PRESETS: dict[str, tuple[tuple[int, str], ...]] = {
    "logistic": (),
    "one_hidden": ((4, "tanh"),),
    "course": ((20, "relu"), (7, "relu"), (5, "relu")),
    "deep_narrow": tuple((6, "relu") for _ in range(8)),
}
DEMO_DATASET = "digits"
DEMO_PRESET = "course"


def output_units(task: str, n_y: int, output_activation: str) -> int:
    """n[L]: one sigmoid unit for two classes (or two softmax units), C for C classes, k for k targets."""
    return 2 if task == "binary" and output_activation == "softmax" else n_y


class Session(QObject):
    """Everything the user is working on, with one signal per thing that can change."""

    datasetChanged = Signal()
    architectureChanged = Signal()
    hyperparametersChanged = Signal()
    parametersChanged = Signal()
    selectedLayerChanged = Signal(int)  # -1: none
    hoveredLayerChanged = Signal(int)  # -1: none
    quizModeChanged = Signal(bool)
    trainingStateChanged = Signal(str)  # "idle", "running", "paused"
    trainingPaused = Signal(int)  # the training process confirmed it is paused, at this iteration of the run
    progressed = Signal(object)  # the Progress just applied to the current run and the parameters
    runsChanged = Signal()  # the current run started or ended, or the kept runs changed
    trainingMessage = Signal(str)  # why training stopped on its own (translated)

    STOP_WAIT_MS = 1000

    def __init__(self, dataset: str = DEMO_DATASET, preset: str = DEMO_PRESET,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.memory_budget = DEFAULT_MEMORY_BUDGET
        self._dataset_name = ""
        self._opened: dict[str, Dataset] = {}
        self._dataset: Dataset
        self._train: Dataset
        self._dev: Dataset
        self._load(dataset)
        self._architecture = Architecture(PRESETS[preset], OUTPUT_CHOICES[self._dataset.task][0])
        self._hyperparameters = Hyperparameters()
        self._network: Optional[Network] = None
        self._shapes: Optional[NetworkShapes] = None
        self._selected = -1
        self._hovered = -1
        self._quiz = False
        self._run: Optional[Run] = None
        self._runs: list[Run] = []
        self._worker: Optional[TrainingProcess] = None
        self._training_words: Callable[[], str] = str  # how to say the last training message (none yet: "")
        self._training_state = "idle"
        self.rate = 0.0  # iterations per second of the last progress
        self.paused_at: Optional[int] = None  # the iteration the training process confirmed it paused at
        self.planned_end = 0  # the iteration the current training will reach (0: none running)
        self._job_start = 0  # the run's iteration at which the training process started
        self._restarting = False  # a hyperparameter changed: the process is replaced, the run goes on
        self._changed_from: Optional[Hyperparameters] = None  # the running process's, when they have changed
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS)
        self._change_timer.timeout.connect(self._apply_change)

    # ------------------------------------------------------------------ dataset
    def _load(self, name: str) -> None:
        """Make the dataset ``name``: a built-in one, or a user file opened before (``file:PATH``)."""
        if name in self._opened:
            dataset = self._opened[name]
        else:
            builtin, options = builtin_of(name)
            dataset = load_dataset(builtin, **options)
        self._dataset, self._dataset_name = dataset, name
        self._scale(default_scaling(dataset))

    def _scale(self, kind: str, dev_fraction: float = DEV_FRACTION, split_seed: int = SPLIT_SEED) -> None:
        """Split the dataset and scale its features as measured on the training part (the dev part unseen)."""
        self._split = (dev_fraction, split_seed)
        train, dev = self.unscaled_split()
        self.scaling = fit_scaling(kind, train.X)
        self._train, self._dev = (replace(part, X=self.scaling.apply(part.X)) for part in (train, dev))

    def unscaled_split(self) -> tuple[Dataset, Dataset]:
        """The training and dev parts before feature scaling: what an exported script starts from."""
        return self._dataset.split(*self._split)

    def set_scaling(self, kind: str) -> None:
        """Scale the features another way (see engine.datasets.scaling); training stops, W and b stay."""
        if kind == self.scaling.kind:
            return
        self.stop_training()
        self._scale(kind, *self._split)
        self.datasetChanged.emit()
        self.parametersChanged.emit()  # (the same W, b now see other inputs: every drawing of them changes)

    def add_dataset(self, dataset: Dataset) -> str:
        """Remember a dataset read from a user's file and return the key ``set_dataset`` takes.

        Files are read once (by the caller, off the GUI thread if large); switching back and
        forth, or undoing, uses the copy kept here.
        """
        key = file_key(dataset)
        self._opened[key] = dataset
        return key

    @property
    def opened_datasets(self) -> dict[str, Dataset]:
        """User datasets opened in this session, by key."""
        return dict(self._opened)

    @property
    def dataset_name(self) -> str:
        return self._dataset_name

    @property
    def dataset(self) -> Dataset:
        return self._dataset

    @property
    def train(self) -> Dataset:
        return self._train

    @property
    def dev(self) -> Dataset:
        return self._dev

    def set_dataset(self, name: str) -> None:
        """Switch to a built-in dataset; the output layer follows its task, the hidden layers stay."""
        if name == self._dataset_name and self._opened.get(name, self._dataset) is self._dataset:
            return  # (a file opened again under the same key is read anew: that is a change)
        self.stop_training()
        old_task = self._dataset.task
        self._load(name)
        choices = OUTPUT_CHOICES[self._dataset.task]
        if self._dataset.task != old_task or self._architecture.output_activation not in choices:
            self._architecture = replace(self._architecture, output_activation=choices[0])
        self._invalidate()
        self.datasetChanged.emit()
        self.architectureChanged.emit()
        self.parametersChanged.emit()  # last: views rebuilt for the new shapes draw the new parameters

    # ------------------------------------------------------------------ architecture
    @property
    def architecture(self) -> Architecture:
        return self._architecture

    def layer_sizes_for(self, architecture: Architecture) -> list[int]:
        task, n_y = self._dataset.task, self._dataset.n_y
        return [self._dataset.n_x, *(n for n, _ in architecture.hidden),
                output_units(task, n_y, architecture.output_activation)]

    @property
    def layer_sizes(self) -> list[int]:
        return self.layer_sizes_for(self._architecture)

    @property
    def activations(self) -> list[str]:
        return [g for _, g in self._architecture.hidden] + [self._architecture.output_activation]

    def architecture_problem(self, architecture: Architecture) -> Optional[str]:
        """Why ``architecture`` cannot be built on this dataset (translated), or None when it can."""
        for l, (n, g) in enumerate(architecture.hidden, start=1):
            if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
                return self.tr("n[{l}] must be a whole number of at least 1").format(l=l)
            if n > MAX_UNITS:
                return self.tr("n[{l}] = {n} is more units than any computer can hold").format(l=l, n=n)
            if g not in HIDDEN_ACTIVATIONS:
                return self.tr("g[{l}] = {g} cannot be used in a hidden layer").format(l=l, g=g)
        if architecture.output_activation not in OUTPUT_CHOICES[self._dataset.task]:
            return self.tr("the output layer of this dataset cannot use {g}").format(g=architecture.output_activation)
        needed = parameter_count(self.layer_sizes_for(architecture)) * np.dtype(np.float64).itemsize
        if needed > self.memory_budget:
            return self.tr("this network needs {need} for its parameters; the memory budget is {budget}").format(
                need=format_bytes(needed), budget=format_bytes(self.memory_budget))
        return None

    def set_architecture(self, architecture: Architecture) -> None:
        """Store a checked architecture; raises ValueError with the reason when it cannot be built."""
        if architecture == self._architecture:
            return
        problem = self.architecture_problem(architecture)
        if problem is not None:
            raise ValueError(problem)
        self.stop_training()
        self._architecture = architecture
        if self._selected > architecture.L:
            self._selected = -1
            self.selectedLayerChanged.emit(-1)
        self._invalidate()
        self.architectureChanged.emit()
        self.parametersChanged.emit()

    # ------------------------------------------------------------------ hyperparameters
    @property
    def hyperparameters(self) -> Hyperparameters:
        return self._hyperparameters

    def set_hyperparameters(self, hyperparameters: Hyperparameters) -> None:
        if hyperparameters == self._hyperparameters:
            return
        if hyperparameters.init not in INITIALIZERS:
            raise ValueError(self.tr("unknown initialization {name}").format(name=hyperparameters.init))
        reinitialize = (hyperparameters.init, hyperparameters.seed) != (self._hyperparameters.init,
                                                                          self._hyperparameters.seed)
        old, self._hyperparameters = self._hyperparameters, hyperparameters
        if reinitialize:
            self.stop_training()
            self._invalidate(shapes=False)
            self.parametersChanged.emit()
        elif self._worker is not None:
            if self._changed_from is None:
                self._changed_from = old  # what the training process has
            if self._training_state == "running":
                self._change_timer.start()  # arrow keys step α several times a second: one restart for them all
        self.hyperparametersChanged.emit()

    def _apply_change(self) -> None:
        """Give the run the hyperparameters changed since its process started (see :meth:`_continue_with`)."""
        self._change_timer.stop()
        old, self._changed_from = self._changed_from, None
        if old is not None and self._worker is not None and old != self._hyperparameters:
            self._continue_with(old, self._hyperparameters)

    def _continue_with(self, old: Hyperparameters, new: Hyperparameters) -> None:
        """A hyperparameter changed during a run: the run goes on with it from the next iteration, at once
        when running, on Resume when paused; the cost plot marks where and what, and the run's label
        gives each α it had ("α = 0.1 → 0.5, [...]").

        The training process is replaced by one with the new values, from the current parameters;
        the optimizer's moving averages and the mini-batches' order start afresh there, as they would
        in a notebook that called the training loop again.
        """
        run, paused = self._run, self._training_state == "paused"
        self._restarting = True
        try:
            self.stop_training()
        finally:
            self._restarting = False
        change = self.describe_change(old, new)
        if change:
            run.changes.append((run.iterations, change))  # the cost plot marks it there
        if new.learning_rate != run.learning_rates[-1]:
            run.learning_rates.append(new.learning_rate)
            run.label = self._run_label(run.learning_rates)
        remaining = self._job_start + new.num_iterations - run.iterations
        if remaining > 0:
            self._start_job(paused, remaining)
        else:  # fewer iterations than already done: the run ends here
            self._set_training_state("idle")
        self.runsChanged.emit()

    def describe_change(self, old: Hyperparameters, new: Hyperparameters) -> str:
        """What changed, in the user's words: "α 0.1 → 0.01", "mini-batch size full batch → 64", ..."""
        def batch(size: Optional[int]) -> str:
            return self.tr("full batch") if size is None else f"{size:,}"
        names = (("learning_rate", "α", lambda v: f"{v:g}"), ("lambd", "λ", lambda v: f"{v:g}"),
                 ("num_iterations", self.tr("iterations"), lambda v: f"{v:,}"),
                 ("mini_batch_size", self.tr("mini-batch size"), batch),
                 ("optimizer", self.tr("optimizer"), optimizer_name))
        return ", ".join(f"{name} {shown(getattr(old, key))} → {shown(getattr(new, key))}"
                         for key, name, shown in names if getattr(old, key) != getattr(new, key))

    # ------------------------------------------------------------------ derived: shapes, network
    def _invalidate(self, shapes: bool = True) -> None:
        """New initial parameters (and shapes) to come; the current run, if any, is kept as a past run.

        The caller emits the signals, structure first and parametersChanged last.
        """
        self._network = None
        if shapes:
            self._shapes = None
        self._end_run()

    @property
    def shapes(self) -> NetworkShapes:
        """Shapes of every tensor for the training set's m, from ``engine.shapes``."""
        if self._shapes is None:
            self._shapes = network_shapes(self.layer_sizes, self._train.m, self.activations)
        return self._shapes

    @property
    def network(self) -> Network:
        """The network with its current parameters, built (and initialised) when first needed."""
        if self._network is None:
            hp = self._hyperparameters
            self._network = Network(self.layer_sizes, self.activations, init=hp.init, seed=hp.seed,
                                    max_parameter_bytes=self.memory_budget)
        return self._network

    # ------------------------------------------------------------------ what the user points at
    @property
    def selected_layer(self) -> int:
        return self._selected

    def set_selected_layer(self, layer: int) -> None:
        layer = layer if 0 <= layer <= self._architecture.L else -1
        if layer != self._selected:
            self._selected = layer
            self.selectedLayerChanged.emit(layer)

    @property
    def hovered_layer(self) -> int:
        return self._hovered

    def set_hovered_layer(self, layer: int) -> None:
        layer = layer if 0 <= layer <= self._architecture.L else -1
        if layer != self._hovered:
            self._hovered = layer
            self.hoveredLayerChanged.emit(layer)

    @property
    def quiz_mode(self) -> bool:
        return self._quiz

    def set_quiz_mode(self, on: bool) -> None:
        if on != self._quiz:
            self._quiz = on
            self.quizModeChanged.emit(on)

    # ------------------------------------------------------------------ training
    @property
    def training_state(self) -> str:
        return self._training_state

    @property
    def run(self) -> Optional[Run]:
        """The run the current parameters belong to (None before the first step after a reset)."""
        return self._run

    @property
    def runs(self) -> list[Run]:
        """Past runs, oldest first, kept for comparison on the cost plot."""
        return self._runs

    def _set_training_state(self, state: str) -> None:
        if state != self._training_state:
            self._training_state = state
            if state != "paused":
                self.paused_at = None
            self.trainingStateChanged.emit(state)

    def train_config(self) -> TrainConfig:
        hp = self._hyperparameters
        return TrainConfig(learning_rate=hp.learning_rate, num_iterations=hp.num_iterations,
                           mini_batch_size=hp.mini_batch_size, optimizer=hp.optimizer, lambd=hp.lambd,
                           seed=hp.seed, record_every=max(1, min(100, hp.num_iterations // 50 or 1)))

    def start_training(self, paused: bool = False) -> None:
        """Train from the current parameters for the chosen iterations (resume when paused).

        The run goes on where it stopped: Train again after a finished run adds iterations to
        it; Reset starts a new one. A problem with the data or hyperparameters is reported
        through ``trainingMessage`` and nothing starts.
        """
        if self._worker is not None:
            if not paused:
                self._apply_change()  # what the user changed while paused applies from here
                if self._worker is not None:
                    self._worker.resume()
                    self._set_training_state("running")
            return
        self._start_job(paused, self._hyperparameters.num_iterations)

    def _start_job(self, paused: bool, iterations: int) -> None:
        """A training process for ``iterations`` more iterations of the current run (a new run if none)."""
        network = self.network
        try:
            config = replace(self.train_config(), num_iterations=iterations)
            network.check_Y(self._train.Y, network.check_X(self._train.X).shape[1])
        except ValueError as error:
            self._tell(partial(error_text, error))
            return
        problem = self._memory_words(config)
        if problem is not None:
            self._tell(problem)
            return
        if self._run is None:
            rate = self._hyperparameters.learning_rate
            self._run = Run(self._run_label([rate]), rate, tuple(self.layer_sizes), self._dataset_name,
                            learning_rates=[rate])
            self.runsChanged.emit()
        job = Job(tuple(network.layer_sizes), tuple(network.activations), network.loss.name, network.params,
                  self._train.X, self._train.Y, self._dev.X, self._dev.Y, config, self._run.iterations, paused)
        self._job_start = self._run.iterations
        self.planned_end = self._run.iterations + config.num_iterations
        self._worker = TrainingProcess(job, self)
        self._worker.progressed.connect(self._on_progress)
        self._worker.paused.connect(self._on_worker_paused)
        # (a method, not a lambda: a lambda holding the session keeps it alive through its own worker, and
        # when the worker was deleted the session could go with it, deleting the worker twice: a crash)
        self._worker.noticed.connect(self._on_finding)
        self._worker.finished.connect(self._on_worker_finished)
        self._set_training_state("paused" if paused else "running")

    def memory_problem(self, config: TrainConfig) -> Optional[str]:
        """Why a run with ``config`` cannot fit in the free memory (translated), or None when it can.

        A run that does not fit would start, swap the machine to a halt, and die; refusing it up
        front, with the figure and what to change, is the kinder answer.
        """
        words = self._memory_words(config)
        return None if words is None else words()

    def _memory_words(self, config: TrainConfig) -> Optional[Callable[[], str]]:
        """How to say :meth:`memory_problem` in the current language, with the figures of now."""
        data = sum(a.nbytes for a in (self._train.X, self._train.Y, self._dev.X, self._dev.Y))
        needed = CHILD_BYTES + data + run_memory_bytes(self.layer_sizes, self._train.m, config, self._dev.m)
        free = available_memory()
        if needed <= free:
            return None
        batch = min(config.mini_batch_size or self._train.m, self._train.m)
        return lambda: self.tr("This run would need about {need} of memory (parameters, gradients, optimizer state and "
                       "the caches Z[l], A[l] of a batch of {batch}), and {free} is free. Try fewer units, or "
                       "mini-batches (a mini-batch size of 64 or 256).").format(
            need=format_bytes(needed), free=format_bytes(free), batch=f"{batch:,}")

    def _run_label(self, learning_rates: list[float]) -> str:
        """"α = 0.1, [64, 20, 7, 5, 10]"; a run whose α changed part way says so: "α = 0.1 → 0.5, [...]"."""
        return f"α = {' → '.join(f'{rate:g}' for rate in learning_rates)}, {list(self.layer_sizes)}"

    def pause_training(self) -> None:
        if self._worker is not None and self._training_state == "running":
            self._worker.pause()
            self._set_training_state("paused")

    def toggle_training(self) -> None:
        """Space: start or resume when idle or paused, pause when running."""
        if self._training_state == "running":
            self.pause_training()
        else:
            self.start_training()

    def step_training(self) -> None:
        """Exactly one more iteration, then paused."""
        if self._worker is None:
            self.start_training(paused=True)
        self.pause_training()
        self._apply_change()
        if self._worker is not None:
            self._worker.step_once()

    def stop_training(self) -> None:
        """Stop training (within STOP_WAIT_MS) and keep what it had done; safe when idle."""
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait(self.STOP_WAIT_MS)  # delivers the last progress and the outcome now

    def reset_parameters(self) -> None:
        """Stop, keep the current run for comparison, and draw the initial parameters again (same seed)."""
        self.stop_training()
        self._invalidate(shapes=False)
        self.parametersChanged.emit()

    def _on_progress(self, progress: Progress) -> None:
        if self._run is None or self._network is None:
            return
        self._run.add_costs(progress.first_iteration, progress.costs)
        self._run.add_records(progress.records)
        self._network.params = progress.params
        self.rate = progress.rate
        self.progressed.emit(progress)
        self.parametersChanged.emit()

    def _on_worker_paused(self, iteration: int) -> None:
        self.paused_at = iteration
        self.trainingPaused.emit(iteration)

    def _on_worker_finished(self, outcome: Outcome) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()
        if self._restarting:
            return  # replaced at once: the run goes on
        self._changed_from = None
        self._change_timer.stop()
        if self._run is not None:
            self._run.outcome = outcome.reason
        if outcome.divergence is not None:
            self._tell(partial(self.divergence_message, outcome.divergence))
        if outcome.failure is not None:
            self._tell(partial(self.failure_message, outcome.failure,
                               self._run.iterations if self._run is not None else 0))
        self._set_training_state("idle")
        self.runsChanged.emit()

    def _on_finding(self, finding: Finding) -> None:
        self._tell(partial(self.health_message, finding))

    def _tell(self, words: Callable[[], str]) -> None:
        """Say why training stopped (or did not start), and keep how to say it again after a language switch."""
        self._training_words = words
        self.trainingMessage.emit(words())

    def training_message(self) -> str:
        """The last training message (see ``trainingMessage``), said in the current language."""
        return self._training_words()

    def divergence_message(self, divergence: Divergence) -> str:
        """Training stopped itself: the cost (or an update) went NaN or infinite; in the user's language."""
        if divergence.quantity != "cost":
            value = "∞"
        else:
            value = self.tr("infinite") if divergence.value == "infinite" else divergence.value
        return self.tr(
            "The cost became {value} at iteration {i}: the learning rate {lr} is too large for this network. "
            "Training stopped and kept the parameters of the last finite step; try a smaller learning rate."
        ).format(value=value, i=divergence.iteration, lr=f"{divergence.learning_rate:g}")

    def health_message(self, finding: Finding) -> str:
        """What the health monitor noticed, why it likely happens and what to try, in the user's language."""
        hp = self._hyperparameters
        if finding.kind == "chance":
            level = (self.tr("ln {k} = {value}, guessing among {k} equal classes").format(
                k=finding.classes, value=f"{math.log(finding.classes):.3f}")
                if abs(finding.chance - math.log(finding.classes)) < 1e-3
                else self.tr("{value}, guessing by the class frequencies").format(value=f"{finding.chance:.3f}"))
            return self.tr(
                "Stuck at chance level: since iteration {i} the cost stays at {J} ({level}) and the training "
                "accuracy at {accuracy}, the share of the largest class: the network gives every example the "
                "same answer. Likely causes: a learning rate too large for this depth (α = {lr}), dead ReLU "
                "units, or features on very different scales. Try a smaller α (say {smaller}), Adam, or fewer "
                "layers, then Reset and train again.").format(
                i=f"{finding.iteration:,}", J=f"{finding.cost:.4g}", level=level,
                accuracy=f"{finding.accuracy:.1%}", lr=f"{hp.learning_rate:g}", smaller=f"{hp.learning_rate / 10:g}")
        if finding.kind == "dead":
            return self.tr(
                "Dead units: {dead} of the {n} ReLU units of layer {l} output 0 for every example (at iteration "
                "{i}), so no gradient reaches them any more. Likely cause: a learning rate too large (α = {lr}) "
                "pushed their biases below zero. Try a smaller α, leaky ReLU, or He initialization, then "
                "Reset.").format(dead=finding.dead, n=finding.units, l=finding.layer, i=f"{finding.iteration:,}",
                                 lr=f"{hp.learning_rate:g}")
        return self.tr(
            "The cost jumped from {before} to {after} at iteration {i}, more than tenfold: the learning rate "
            "(α = {lr}) is probably too large for this network. Try a smaller α.").format(
            before=f"{finding.before:.4g}", after=f"{finding.cost:.4g}", i=f"{finding.iteration:,}",
            lr=f"{hp.learning_rate:g}")

    def failure_message(self, failure: Failed, i: int) -> str:
        """What happened to the training process (its last parameters were of iteration ``i``), in the
        user's language, and what to try."""
        kept = self.tr("The parameters of iteration {i}, the last received, are kept; press Train to go on.").format(
            i=f"{i:,}")
        if failure.kind == "memory":
            what = self.tr("Training ran out of memory ({detail}).").format(detail=failure_detail(failure))
        elif failure.kind == "died":
            what = self.tr("The training process ended unexpectedly ({how}): the system may have stopped it "
                           "for lack of memory.").format(how=process_end(failure.returncode))
        else:
            what = self.tr("Training failed: {detail}.").format(detail=failure_detail(failure))
        advice = self.tr("If it happens again, try fewer units or mini-batches (a mini-batch size of 64 or 256).")
        return join_sentences([what, kept, advice])

    def _end_run(self) -> None:
        if self._run is not None:
            self._run.finished = True
            if self._run.iterations:
                self._runs.append(self._run)
            self._run = None
            self.runsChanged.emit()

    def clear_runs(self) -> None:
        """Forget the past runs (the current one stays)."""
        if self._runs:
            self._runs.clear()
            self.runsChanged.emit()

    def set_parameters(self, params: dict[str, np.ndarray]) -> None:
        """Use these W, b (a student's own, from a notebook) in place of the current ones.

        Raises ValueError (translated) when their shapes are not this network's.
        """
        given = layer_sizes_of(params)  # (ShapeError, a ValueError, when they are not the course's parameters)
        if given != self.layer_sizes:
            raise ValueError(self.tr("these parameters are for layer sizes {given}, but the network has {sizes}")
                             .format(given=given, sizes=self.layer_sizes))
        self.stop_training()
        self._end_run()
        self.network.params = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
        self.parametersChanged.emit()

    # ------------------------------------------------------------------ projects
    def dataset_reference(self) -> DatasetRef:
        """How a project finds this dataset again: a built-in's name, or the user's file."""
        if self._dataset_name.startswith(FILE_PREFIX):
            label = self._dataset.label_column
            return DatasetRef(path=self._dataset.source or file_of(self._dataset_name),
                              options={} if label is None else {"label_column": label,
                                                                "regression": self._dataset.task == "regression"},
                              dev_fraction=self._split[0], split_seed=self._split[1], scaling=self.scaling.kind)
        name, options = builtin_of(self._dataset_name)
        return DatasetRef(name=name, options=options, dev_fraction=self._split[0], split_seed=self._split[1],
                          scaling=self.scaling.kind)

    def to_project(self, view: Optional[dict] = None, experiments: Optional[list] = None) -> Project:
        """Everything a project file keeps: choices, the parameters as they are now, and the runs.

        The parameters are shared, not copied (a copy of a 200 MB network stalled the window for a
        third of a second): the session never changes a parameter array in place -- training, a
        reset or an import replace them -- so a save in progress keeps the values of its moment.
        """
        runs = list(self._runs) + ([self._run] if self._run is not None and self._run.iterations else [])
        return Project(
            layer_sizes=list(self.layer_sizes), activations=list(self.activations),
            parameters=dict(self.network.params), dataset=self.dataset_reference(),
            hyperparameters=vars(self._hyperparameters).copy(),
            runs=[SavedRun(run.label, run.learning_rate, tuple(run.layer_sizes),
                           {name: np.vstack([getattr(run, name).x, getattr(run, name).y]) for name in SERIES},
                           run.finished, run.outcome, None if run.dataset == self._dataset_name else run.dataset)
                  for run in runs],
            view=dict(view or {}), experiments=list(experiments or []))

    def project_problem(self, project: Project, dataset: Dataset) -> Optional[str]:
        """Why ``project`` cannot be shown on ``dataset`` (translated), or None."""
        if project.output_activation not in OUTPUT_CHOICES[dataset.task]:
            return self.tr("the project's output layer ({g}) does not fit the dataset's task").format(
                g=project.output_activation)
        hidden = [n for n, _ in project.hidden]
        expected = [dataset.n_x, *hidden, output_units(dataset.task, dataset.n_y, project.output_activation)]
        if list(project.layer_sizes) != expected:
            return self.tr("the project's network {saved} does not fit the dataset, which needs {needed}").format(
                saved=list(project.layer_sizes), needed=expected)
        return None

    def apply_project(self, project: Project, dataset: Dataset, key: str) -> None:
        """Show ``project`` on ``dataset`` (registered under ``key``): its network, parameters and runs.

        The caller has checked ``project_problem``; the undo history starts afresh, since the
        edits before it belonged to another piece of work.
        """
        self.stop_training()
        self._end_run()
        if key.startswith(FILE_PREFIX):
            self._opened[key] = dataset
        self._dataset, self._dataset_name = dataset, key
        self._scale(project.dataset.scaling, project.dataset.dev_fraction, project.dataset.split_seed)
        self._architecture = Architecture(project.hidden, project.output_activation)
        self._hyperparameters = Hyperparameters(**project.hyperparameters)
        self._invalidate()
        self.network.params = {k: v.copy() for k, v in project.parameters.items()}
        self._runs = [_run_of(saved, key) for saved in project.runs]
        self.undo_stack.clear()
        self.datasetChanged.emit()
        self.architectureChanged.emit()
        self.hyperparametersChanged.emit()
        self.runsChanged.emit()
        self.parametersChanged.emit()

    # ------------------------------------------------------------------ settings
    def state(self) -> dict[str, Any]:
        """The user's last choices, as plain values for QSettings (and later for project files)."""
        return {"dataset": self._dataset_name,
                "hidden": [[n, g] for n, g in self._architecture.hidden],
                "output": self._architecture.output_activation,
                "hyperparameters": vars(self._hyperparameters).copy()}

    def restore(self, state: dict[str, Any]) -> None:
        """Apply saved choices; anything unreadable is skipped, keeping the demo's value."""
        try:
            self.set_dataset(str(state["dataset"]))
        except (KeyError, ValueError, TypeError):
            pass
        try:
            hidden = tuple((int(n), str(g)) for n, g in state["hidden"])
            self.set_architecture(Architecture(hidden, str(state["output"])))
        except (KeyError, ValueError, TypeError):
            pass
        try:
            self.set_hyperparameters(Hyperparameters(**state["hyperparameters"]))
        except (KeyError, ValueError, TypeError):
            pass


def _run_of(saved: SavedRun, key: str) -> Run:
    """A kept run of the cost plot from its saved form, in a project opened on the dataset ``key``."""
    run = Run(saved.label, saved.learning_rate, tuple(saved.layer_sizes), saved.dataset or key, finished=True,
              outcome=saved.outcome)
    for name in SERIES:
        x, y = saved.series[name]
        getattr(run, name).extend(x, y)
    return run


def format_bytes(n: int) -> str:
    """1536 -> '1.5 KiB': memory in the binary units a programmer's tools show."""
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")

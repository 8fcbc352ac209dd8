"""Experiments: the course's advice on hyperparameters, made into runs that can be compared.

"Treat the number of hidden layers as a hyperparameter, try many values and evaluate them on a
dev set"; "for α, try values and watch the cost". A *sweep* varies one or two hyperparameters of
a base :class:`Setting`; each combination becomes a frozen :class:`RunSpec` and
:func:`run_spec` trains it with the engine's :class:`~visualnet.engine.training.Trainer`, so a
sweep's run is exactly the single run with the same settings. The parity study
(:func:`search_parity_width`) measures the smallest width with which gradient descent fits
n-bit parity for a given depth, the course's circuit-theory argument put to the test.

Nothing here knows about processes or windows: a caller passes ``should_stop(fraction_done)``,
which both reports progress and asks to stop, and gets plain results back. Every result turns
into JSON-safe values (``to_dict``/``from_dict``) for project files.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import asdict, dataclass, field, replace
from itertools import product
from typing import Any, Callable, Optional, Sequence

import numpy as np

from .activations import ACTIVATIONS
from .datasets import load_dataset
from .errors import FileFormatError, Message, VisualnetError, say
from .initializers import INITIALIZERS
from .network import Array, Network, parameter_count
from .training import TrainConfig, Trainer, run_memory_bytes

ShouldStop = Callable[[float], bool]  # called between steps with the fraction done; True stops
MAX_VALUES = 50  # per hyperparameter: a 2-D sweep of 50 x 50 is already 2,500 runs
FORMAT_VERSION = 1


class ExperimentError(VisualnetError, ValueError):
    """A sweep that cannot be set up: an empty or unreadable value list, a range without values."""


# -------------------------------------------------------------------- what a sweep can vary

@dataclass(frozen=True)
class Hyperparameter:
    """One thing a sweep can vary, and how its values are read and checked."""

    name: str
    label: Message  # for messages: "the learning rate α"
    symbol: str  # for run labels: "α"
    kind: str  # "real", "whole" or "choice"
    example: str
    low: float = -math.inf
    low_open: bool = False  # low itself is not allowed (α > 0)
    high: float = math.inf
    choices: tuple[str, ...] = ()

    def read(self, token: str) -> Any:
        """One value from its text, checked; raises ExperimentError saying what is wrong."""
        if self.kind == "choice":
            if token.lower() not in self.choices:
                raise ExperimentError("sweep.unknown_choice", label=self.label, token=token,
                                      choices=', '.join(self.choices))
            return token.lower()
        if self.name == "mini_batch_size" and token.lower() == "full":
            return None  # the whole training set in every step, as in the course
        try:
            number = float(token)
        except ValueError:
            raise ExperimentError("sweep.not_a_number", token=token, label=self.label, example=self.example) from None
        if not math.isfinite(number):
            raise ExperimentError("sweep.not_finite", label=self.label, token=token)
        if self.kind == "whole":
            if not number.is_integer():
                raise ExperimentError("sweep.not_whole", label=self.label, token=token)
            number = int(number)
        return self.check(number)

    def check(self, value: float) -> float:
        if value < self.low or (self.low_open and value == self.low):
            raise ExperimentError("sweep.not_above" if self.low_open else "sweep.too_low", label=self.label,
                                  low=self.low, value=value)
        if value > self.high:
            raise ExperimentError("sweep.too_high", label=self.label, high=self.high, value=value)
        return value

    def text(self, value: Any) -> str:
        """A value as a run label shows it: 0.01, 3, relu, full."""
        if value is None:
            return "full"
        return f"{value:g}" if isinstance(value, float) else str(value)


_HIDDEN = tuple(name for name, a in ACTIVATIONS.items() if not a.output_only)
# In the order they are applied: L before units and activation, so "L x units" first sets the
# number of layers and then the width of every hidden layer.
HYPERPARAMETERS: dict[str, Hyperparameter] = {h.name: h for h in (
    Hyperparameter("learning_rate", say("hyperparameter.learning_rate"), "α", "real", "0.1, 0.03, 0.01 or 1e-4..1 ×5",
                   low=0.0, low_open=True),
    Hyperparameter("L", say("hyperparameter.L"), "L", "whole", "1..6 or 2, 4, 8", low=1, high=100),
    Hyperparameter("units", say("hyperparameter.units"), "n[l]", "whole", "4, 8, 16 or 2..256 ×8",
                   low=1, high=1_000_000),
    Hyperparameter("activation", say("hyperparameter.activation"), "g", "choice", ", ".join(_HIDDEN), choices=_HIDDEN),
    Hyperparameter("init", say("hyperparameter.init"), "init", "choice", ", ".join(INITIALIZERS), choices=INITIALIZERS),
    Hyperparameter("mini_batch_size", say("hyperparameter.mini_batch_size"), "batch", "whole", "32, 64, full", low=1),
    Hyperparameter("lambd", say("hyperparameter.lambd"), "λ", "real", "0, 0.01, 0.1", low=0.0),
)}

_RANGE = re.compile(r"(?P<start>\S+?)\s*\.\.\s*(?P<end>[^\s×xX]+)\s*(?:[×xX]\s*(?P<count>\S*))?")


# not swept by a sweep, but read the same way: the depths the parity study compares
PARITY_DEPTH = Hyperparameter("depth", say("hyperparameter.depth"), "depth", "whole", "1, 2, 3 or 1..4",
                              low=1, high=20)


def parse_values(name: str | Hyperparameter, text: str) -> tuple[Any, ...]:
    """The values a student typed for one hyperparameter, in order, without repeats.

    Accepted: lists ("0.1, 0.03, 0.01" or "relu tanh"), log ranges ("1e-4..1 ×5" or "x5": five
    values evenly spaced on a log scale, ends included), whole-number ranges ("1..6": every
    whole number), and mixtures of these separated by commas. Raises ExperimentError, naming
    the hyperparameter and the bad part, for an empty list, an unreadable or out-of-range value,
    a range without values, or more than MAX_VALUES values.
    """
    hp = name if isinstance(name, Hyperparameter) else HYPERPARAMETERS.get(name)
    if hp is None:
        raise ExperimentError("sweep.unknown_hyperparameter", name=name, choices=', '.join(HYPERPARAMETERS))
    values: list[Any] = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", text))):
        values += _read_range(hp, part) if ".." in part else [hp.read(token) for token in part.split()]
    if not values:
        raise ExperimentError("sweep.no_values_example", label=hp.label, example=hp.example)
    unique = tuple(dict.fromkeys(values))
    if len(unique) > MAX_VALUES:
        raise ExperimentError("sweep.too_many_values", count=len(unique), label=hp.label, most=MAX_VALUES)
    return unique


def _read_range(hp: Hyperparameter, part: str) -> list[Any]:
    match = _RANGE.fullmatch(part)
    if match is None or hp.kind == "choice":
        raise ExperimentError("sweep.range_unreadable", part=part, label=hp.label, example=hp.example)
    start, end = hp.read(match["start"]), hp.read(match["end"])
    if start is None or end is None:
        raise ExperimentError("sweep.full_in_range", label=hp.label)
    if start > end:
        raise ExperimentError("sweep.range_reversed", part=part, end=match['end'], start=match['start'])
    if match["count"] is None:
        if hp.kind != "whole":
            raise ExperimentError("sweep.range_needs_count", part=part, start=match['start'], end=match['end'])
        if end - start + 1 > MAX_VALUES:
            raise ExperimentError("sweep.range_holds_too_many", part=part, count=end - start + 1,
                                  most=MAX_VALUES, start=start, end=end)
        return list(range(start, end + 1))
    count = match["count"]
    if not count.isdigit() or int(count) < 1:
        raise ExperimentError("sweep.range_count", part=part, count=count)
    if int(count) > MAX_VALUES:
        raise ExperimentError("sweep.range_too_many", part=part, count=count, most=MAX_VALUES)
    if start <= 0:
        raise ExperimentError("sweep.range_log_zero", part=part)
    spaced = np.geomspace(start, end, int(count))
    if hp.kind == "whole":
        return sorted({int(round(v)) for v in spaced})
    # interior values rounded to 3 digits (0.00316, not 0.0031622776601683794); the ends as typed
    return [start, *(float(f"{v:.3g}") for v in spaced[1:-1]), end][:int(count)]


# -------------------------------------------------------------------- settings and run specs

@dataclass(frozen=True)
class Setting:
    """A network and how it is trained: the base a sweep varies one or two things of."""

    n_x: int
    n_out: int  # units of the output layer n[L]
    hidden: tuple[tuple[int, str], ...]  # (n[l], g[l]) for l = 1..L-1
    output_activation: str
    init: str = "he"
    seed: int = 1
    config: TrainConfig = TrainConfig()

    def with_value(self, name: str, value: Any) -> "Setting":
        """This setting with one hyperparameter changed (see HYPERPARAMETERS for the names)."""
        if name == "L":
            # the base's own layers come first, so the base network is one of the values; more
            # layers repeat the last hidden one (or 8 ReLU units when the base has none)
            last = self.hidden[-1] if self.hidden else (8, "relu")
            return replace(self, hidden=(self.hidden + (last,) * value)[:value - 1])
        if name in ("units", "activation"):
            if not self.hidden:
                raise ExperimentError("sweep.needs_hidden_layer", label=HYPERPARAMETERS[name].label)
            return replace(self, hidden=tuple((value, g) if name == "units" else (n, value) for n, g in self.hidden))
        if name == "init":
            return replace(self, init=value)
        if name in ("learning_rate", "mini_batch_size", "lambd"):
            return replace(self, config=replace(self.config, **{name: value}))
        raise ExperimentError("sweep.unknown_hyperparameter", name=name, choices=', '.join(HYPERPARAMETERS))

    def spec(self, values: tuple[tuple[str, Any], ...] = ()) -> "RunSpec":
        label = ", ".join(f"{HYPERPARAMETERS[n].symbol} = {HYPERPARAMETERS[n].text(v)}" for n, v in values)
        return RunSpec((self.n_x, *(n for n, _ in self.hidden), self.n_out),
                       (*(g for _, g in self.hidden), self.output_activation),
                       self.init, self.seed, self.config, label or "base", values)


@dataclass(frozen=True)
class RunSpec:
    """Everything one run needs besides the data: the network, its first draw and its training."""

    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    init: str
    seed: int  # of the initial draw; the mini-batch shuffling has config.seed
    config: TrainConfig
    label: str
    values: tuple[tuple[str, Any], ...] = ()  # the swept (hyperparameter, value) pairs, in axis order

    def network(self) -> Network:
        """The network this run starts from, freshly drawn."""
        return Network(self.layer_sizes, self.activations, init=self.init, seed=self.seed)

    def to_dict(self) -> dict[str, Any]:
        return {"layer_sizes": list(self.layer_sizes), "activations": list(self.activations), "init": self.init,
                "seed": self.seed, "config": asdict(self.config), "label": self.label,
                "values": [[name, value] for name, value in self.values]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RunSpec":
        return cls(tuple(data["layer_sizes"]), tuple(data["activations"]), data["init"], data["seed"],
                   TrainConfig(**data["config"]), data["label"], tuple((n, v) for n, v in data["values"]))


def expand_sweep(base: Setting, axes: Sequence[tuple[str, Sequence[Any]]]) -> list[RunSpec]:
    """One RunSpec per combination of the values of one or two hyperparameters, first axis outer.

    Every spec is checked by building its network (with zeros, which costs no memory until
    used), so a combination that cannot be built is refused here, before anything runs.
    """
    names = [name for name, _ in axes]
    if not 1 <= len(axes) <= 2:
        raise ExperimentError("sweep.axes", count=len(axes))
    for name, values in axes:
        if name not in HYPERPARAMETERS:
            raise ExperimentError("sweep.unknown_hyperparameter", name=name, choices=', '.join(HYPERPARAMETERS))
        if not values:
            raise ExperimentError("sweep.no_values", label=HYPERPARAMETERS[name].label)
    if len(set(names)) != len(names):
        raise ExperimentError("sweep.chosen_twice", label=HYPERPARAMETERS[names[0]].label)
    order = list(HYPERPARAMETERS)
    specs = []
    for combination in product(*(values for _, values in axes)):
        pairs = tuple(zip(names, combination))
        setting = base
        for name, value in sorted(pairs, key=lambda pair: order.index(pair[0])):
            setting = setting.with_value(name, value)
        spec = setting.spec(pairs)
        Network(spec.layer_sizes, spec.activations, init="zeros")  # raises why it cannot be built
        specs.append(spec)
    return specs


def init_comparison_specs(base: Setting) -> list[RunSpec]:
    """The same network, seed and data started from each of the course's four initializations."""
    return expand_sweep(base, [("init", ("zeros", "small", "he", "xavier"))])


# -------------------------------------------------------------------- running one spec

@dataclass(frozen=True)
class RunResult:
    """How one run ended and what it reached.

    ``status`` is "done", "diverged" (``message`` says why), "cancelled" (stopped part way: the
    figures are those of the parameters at that point), "not run" or "failed" (``message``).
    ``distinct_units`` counts, per hidden layer, the units whose weights differ from every other
    unit's: 1 of n shows the symmetry problem of a zero initialization.
    """

    spec: RunSpec
    status: str
    iterations: int = 0
    costs: Array = field(default_factory=lambda: np.empty(0), compare=False)  # every step's cost
    train_cost: Optional[float] = None
    train_accuracy: Optional[float] = None
    dev_cost: Optional[float] = None
    dev_accuracy: Optional[float] = None
    seconds: float = 0.0
    message: str = ""
    distinct_units: tuple[int, ...] = ()
    params: Optional[dict[str, Array]] = field(default=None, compare=False)

    @property
    def has_figures(self) -> bool:
        return self.status in ("done", "diverged", "cancelled")

    def to_dict(self) -> dict[str, Any]:
        return {"spec": self.spec.to_dict(), "status": self.status, "iterations": self.iterations,
                "costs": self.costs.tolist(), "seconds": self.seconds, "message": self.message,
                **{key: _number_out(getattr(self, key)) for key in _FIGURES},
                "distinct_units": list(self.distinct_units), "params": _params_out(self.params)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RunResult":
        return cls(RunSpec.from_dict(data["spec"]), data["status"], data["iterations"],
                   np.asarray(data["costs"], dtype=np.float64),
                   *(_number_in(data[key]) for key in _FIGURES), seconds=data["seconds"], message=data["message"],
                   distinct_units=tuple(data["distinct_units"]), params=_params_in(data["params"]))


_FIGURES = ("train_cost", "train_accuracy", "dev_cost", "dev_accuracy")


def run_spec(spec: RunSpec, X: Array, Y: Array, X_dev: Optional[Array] = None, Y_dev: Optional[Array] = None,
             should_stop: Optional[ShouldStop] = None) -> RunResult:
    """Train ``spec`` on (X, Y) with the engine's Trainer and measure the final parameters.

    The costs are the Trainer's own (the cost before each update), so the run is exactly the
    single run with the same settings. ``should_stop(fraction_done)`` is called after every step;
    when it returns True the run ends there and is marked "cancelled", its figures kept.
    """
    start = time.perf_counter()
    net = spec.network()
    trainer = Trainer(net, X, Y, spec.config, X_dev, Y_dev)
    total = max(spec.config.num_iterations, 1)
    for _ in trainer.steps():
        if should_stop is not None and should_stop(trainer.iteration / total) and not trainer.finished:
            break
    with np.errstate(over="ignore", invalid="ignore"):  # a diverged run's figures may be infinite
        train = trainer.evaluate(trainer.train)
        dev = trainer.evaluate(trainer.dev) if trainer.dev is not None else (None, None)
    status = "diverged" if trainer.divergence else "done" if trainer.finished else "cancelled"
    return RunResult(spec, status, trainer.iteration, np.array(trainer.costs), train[0], train[1], dev[0], dev[1],
                     time.perf_counter() - start, trainer.divergence.message if trainer.divergence else "",
                     distinct_units(net), {key: value.copy() for key, value in net.params.items()})


def distinct_units(net: Network) -> tuple[int, ...]:
    """For each hidden layer, how many units have incoming weights and bias unlike any other's.

    Units that start equal get equal gradients and stay equal (the symmetry problem): with a
    zero start every hidden layer keeps a single distinct unit however long it trains.
    """
    counts = []
    for l in range(1, net.L):
        rows = np.hstack([net.params[f"W{l}"], net.params[f"b{l}"]])
        scale = float(np.abs(rows).max()) or 1.0
        counts.append(len(np.unique(np.round(rows / scale, 9), axis=0)))
    return tuple(counts)


def best_result(results: Sequence[Optional[RunResult]]) -> Optional[int]:
    """Index of the best finished run on the dev set: highest accuracy (then lowest cost), or lowest cost."""
    def key(i: int) -> tuple[float, float]:
        r = results[i]
        return (-(r.dev_accuracy if r.dev_accuracy is not None else -math.inf),
                r.dev_cost if r.dev_cost is not None and math.isfinite(r.dev_cost) else math.inf)
    finished = [i for i, r in enumerate(results) if r is not None and r.status == "done" and r.dev_cost is not None]
    return min(finished, key=key) if finished else None


@dataclass(frozen=True)
class Sweep:
    """A sweep as it ended: what was varied, on which dataset, and each run's result in spec order."""

    axes: tuple[tuple[str, tuple[Any, ...]], ...]
    dataset: str
    results: tuple[RunResult, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "visualnet-sweep", "version": FORMAT_VERSION, "dataset": self.dataset,
                "axes": [[name, list(values)] for name, values in self.axes],
                "results": [r.to_dict() for r in self.results]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Sweep":
        _check_format(data, "visualnet-sweep")
        return cls(tuple((name, tuple(values)) for name, values in data["axes"]), data["dataset"],
                   tuple(RunResult.from_dict(r) for r in data["results"]))


# -------------------------------------------------------------------- estimates

# Rough costs of one training step on one core (float64), fitted to steps measured from [2, 4, 1]
# up to [784, 128, 10]: Python's overhead per step and per layer, matrix products (6 flops per
# weight and example: forward, dZ and dW), element-wise work on activations and on parameters.
STEP_SECONDS = 25e-6
LAYER_SECONDS = 40e-6
FLOPS_PER_SECOND = 2e10
ELEMENT_SECONDS = 8e-9
PARAMETER_SECONDS = 1.5e-8
CHILD_BYTES = 40 << 20  # a worker process: the interpreter, NumPy and the engine (30 MiB measured)


@dataclass(frozen=True)
class Estimate:
    """What a set of runs will take: wall time on the given workers, and peak memory."""

    seconds: float
    memory_bytes: int


def step_seconds(layer_sizes: Sequence[int], m: int) -> float:
    """Rough time of one forward + backward + update on m examples."""
    weights = sum(layer_sizes[l] * layer_sizes[l - 1] for l in range(1, len(layer_sizes)))
    return (STEP_SECONDS + LAYER_SECONDS * (len(layer_sizes) - 1) + 6 * weights * m / FLOPS_PER_SECOND
            + ELEMENT_SECONDS * sum(layer_sizes[1:]) * m + PARAMETER_SECONDS * weights)


def run_seconds(spec: RunSpec, m: int, m_dev: int = 0) -> float:
    """Rough time of a whole run: its steps, plus a forward pass (a third of a step) per record
    over the dev set and, with mini-batches, over the whole training set."""
    cfg = spec.config
    batch = m if cfg.mini_batch_size is None else min(cfg.mini_batch_size, m)
    evaluated = m_dev + (m if batch < m else 0)
    records = cfg.num_iterations // cfg.record_every + 1
    return (cfg.num_iterations * step_seconds(spec.layer_sizes, batch)
            + records * step_seconds(spec.layer_sizes, evaluated) / 3)


def estimate_runs(specs: Sequence[RunSpec], m: int, m_dev: int, data_bytes: int, workers: int) -> Estimate:
    """Wall time of ``specs`` shared out on ``workers`` processes, and the memory at the peak.

    Each worker holds the data and one network at a time (parameters, gradients, optimizer state,
    and the activations of a batch); the results (every cost and the final parameters) come back.
    """
    times = sorted((run_seconds(spec, m, m_dev) for spec in specs), reverse=True)
    loads = [0.0] * max(1, min(workers, len(specs)))
    for t in times:  # longest first onto the least loaded worker, as the queue will roughly do
        loads[loads.index(min(loads))] += t
    results = sum(8 * (parameter_count(s.layer_sizes) + s.config.num_iterations) for s in specs)
    peak = max((run_memory_bytes(s.layer_sizes, m, s.config, m_dev) for s in specs), default=0)
    return Estimate(max(loads), len(loads) * (CHILD_BYTES + data_bytes + peak) + results)


# -------------------------------------------------------------------- parity: depth versus width

@dataclass(frozen=True)
class ParityTask:
    """Find the smallest width w of ``depth`` hidden layers of w units that fits n-bit parity.

    Each width is trained ``restarts`` times (seeds ``seed``, ``seed + 1``, ...) for at most
    ``iterations`` full-batch Adam steps; widths go up from 1 to ``max_width``.
    """

    n: int
    depth: int
    max_width: int = 32
    iterations: int = 1000
    restarts: int = 4
    learning_rate: float = 0.1
    activation: str = "tanh"
    seed: int = 1

    def layer_sizes(self, width: int) -> tuple[int, ...]:
        return (self.n, *(width,) * self.depth, 1)

    @property
    def activations(self) -> tuple[str, ...]:
        return (*(self.activation,) * self.depth, "sigmoid")


@dataclass(frozen=True)
class ParityResult:
    """The smallest width that reached 100% on all 2^n patterns, or the best found within the budget.

    ``reached`` is True only when a fresh network given the trained ``params`` classifies every
    pattern right. ``tries`` holds, per width tried, the best accuracy over the restarts.
    """

    task: ParityTask
    status: str  # "done" or "cancelled"
    width: int
    reached: bool
    accuracy: float
    seed: int
    tries: tuple[tuple[int, float], ...]
    seconds: float
    params: Optional[dict[str, Array]] = field(default=None, compare=False)

    @property
    def layer_sizes(self) -> tuple[int, ...]:
        return self.task.layer_sizes(self.width)

    @property
    def units(self) -> int:
        """Hidden units in all: w per layer times the depth."""
        return self.width * self.task.depth

    @property
    def parameters(self) -> int:
        return parameter_count(self.layer_sizes)

    def to_dict(self) -> dict[str, Any]:
        return {"task": asdict(self.task), "status": self.status, "width": self.width, "reached": self.reached,
                "accuracy": self.accuracy, "seed": self.seed, "tries": [list(t) for t in self.tries],
                "seconds": self.seconds, "params": _params_out(self.params)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ParityResult":
        return cls(ParityTask(**data["task"]), data["status"], data["width"], data["reached"], data["accuracy"],
                   data["seed"], tuple((w, a) for w, a in data["tries"]), data["seconds"],
                   _params_in(data["params"]))


def parity_data(n: int) -> tuple[Array, Array]:
    """All 2^n patterns of the parity dataset with bits written as -1/+1, and their labels.

    Centred inputs let tanh units start unbiased; with 0/1 bits the same search needed wider
    networks and twice the time, which would measure the encoding rather than the depth.
    """
    dataset = load_dataset("parity", n=n)
    return 2.0 * dataset.X - 1.0, dataset.Y


def fits_parity(layer_sizes: Sequence[int], activations: Sequence[str], params: dict[str, Array]) -> bool:
    """Whether a fresh network with these parameters classifies every n-bit pattern right."""
    net = Network(layer_sizes, activations, init="zeros")
    net.params = params
    return net.accuracy(*parity_data(layer_sizes[0])) == 1.0


PARITY_CHECK_EVERY = 25  # iterations between looks at the accuracy, to stop as soon as it is 100%


def search_parity_width(task: ParityTask, should_stop: Optional[ShouldStop] = None) -> ParityResult:
    """Widths 1, 2, ... up to ``task.max_width``: the first that fits parity, re-checked afresh."""
    start = time.perf_counter()
    X, Y = parity_data(task.n)
    attempts = task.max_width * task.restarts
    best = _Fit(0.0, 1, task.seed, {}, False)
    tries = []
    for width in range(1, task.max_width + 1):
        width_best = 0.0
        for restart in range(task.restarts):
            done_before = (width - 1) * task.restarts + restart
            fit, stopped = _fit_parity(task, width, task.seed + restart, X, Y,
                                       _share(should_stop, done_before, attempts))
            width_best = max(width_best, fit.accuracy)
            best = fit if fit.reached or fit.accuracy > best.accuracy else best
            if fit.reached or stopped:
                return _parity_result(task, "done" if fit.reached else "cancelled", best,
                                      (*tries, (width, width_best)), start)
        tries.append((width, width_best))
    return _parity_result(task, "done", best, tuple(tries), start)


@dataclass(frozen=True)
class _Fit:
    accuracy: float
    width: int
    seed: int
    params: dict[str, Array]
    reached: bool


def _parity_result(task: ParityTask, status: str, best: _Fit, tries: tuple[tuple[int, float], ...],
                   start: float) -> ParityResult:
    return ParityResult(task, status, best.width, best.reached, best.accuracy, best.seed, tries,
                        time.perf_counter() - start, best.params or None)


def _share(should_stop: Optional[ShouldStop], done_before: int, attempts: int) -> ShouldStop:
    """should_stop for one attempt, reporting the fraction of all the search's attempts."""
    return lambda fraction: should_stop is not None and should_stop((done_before + fraction) / attempts)


def _fit_parity(task: ParityTask, width: int, seed: int, X: Array, Y: Array, should_stop: ShouldStop
                ) -> tuple[_Fit, bool]:
    """Train one network until it fits (re-checked), the budget ends, or the caller stops it."""
    sizes = task.layer_sizes(width)
    net = Network(sizes, task.activations, init="xavier" if task.activation == "tanh" else "he", seed=seed)
    trainer = Trainer(net, X, Y, TrainConfig(learning_rate=task.learning_rate, num_iterations=task.iterations,
                                             optimizer="adam", record_every=PARITY_CHECK_EVERY))
    stopped = False
    for record in trainer.steps():
        if should_stop(trainer.iteration / task.iterations) and not trainer.finished:
            stopped = True
            break
        # the record measured the parameters before this step's update: look at them as they are now
        if record is not None and record.train_accuracy == 1.0 and fits_parity(sizes, task.activations, net.params):
            break
    params = {key: value.copy() for key, value in net.params.items()}
    reached = fits_parity(sizes, task.activations, params)
    accuracy = 1.0 if reached else float(net.accuracy(X, Y))
    return _Fit(accuracy, width, seed, params, reached), stopped and not reached


def estimate_parity(tasks: Sequence[ParityTask], workers: int) -> Estimate:
    """A typical time for the study (searches stop at the first width that fits, so this is a guess).

    Measured widths grow about like 1.4 n for one hidden layer and more slowly for deeper
    networks (the guess is 1.5 n / sqrt(depth) + 1); every restart of each narrower width is
    counted as running the whole budget. Against studies measured on 2 cores: within 15%.
    """
    times = []
    for task in tasks:
        guess = min(task.max_width, math.ceil(1.5 * task.n / math.sqrt(task.depth)) + 1)
        attempts = guess * task.restarts
        times.append(attempts * task.iterations * step_seconds(task.layer_sizes(guess), 2 ** task.n))
    loads = [0.0] * max(1, min(workers, len(tasks)))
    for t in sorted(times, reverse=True):
        loads[loads.index(min(loads))] += t
    return Estimate(max(loads), len(loads) * CHILD_BYTES)


@dataclass(frozen=True)
class ParityStudy:
    """The parity study's results, one per (n, depth) searched."""

    results: tuple[ParityResult, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"format": "visualnet-parity-study", "version": FORMAT_VERSION,
                "results": [r.to_dict() for r in self.results]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ParityStudy":
        _check_format(data, "visualnet-parity-study")
        return cls(tuple(ParityResult.from_dict(r) for r in data["results"]))


# -------------------------------------------------------------------- JSON helpers

def _number_out(value: Optional[float]) -> Optional[float | str]:
    """JSON has no NaN or infinity: those travel as the strings "nan", "inf", "-inf"."""
    return value if value is None or math.isfinite(value) else str(value)


def _number_in(value: Optional[float | str]) -> Optional[float]:
    return None if value is None else float(value)


def _params_out(params: Optional[dict[str, Array]]) -> Optional[dict[str, list]]:
    return None if params is None else {key: value.tolist() for key, value in params.items()}


def _params_in(params: Optional[dict[str, list]]) -> Optional[dict[str, Array]]:
    return None if params is None else {key: np.asarray(value, dtype=np.float64) for key, value in params.items()}


def _check_format(data: dict[str, Any], kind: str) -> None:
    if data.get("format") != kind:
        raise FileFormatError("record.format", kind=kind, found=data.get("format"))
    if data.get("version", 0) > FORMAT_VERSION:
        raise FileFormatError("record.version", kind=kind, found=data['version'], version=FORMAT_VERSION)

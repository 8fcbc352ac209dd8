"""Why deep: a function a deep ReLU network computes with few units and a shallow one only with many.

The course's week-4 notes argue for depth from circuit theory (parity). For networks the clean,
provable case is Telgarsky's sawtooth: the tent map t(x) = 2 relu(x) - 4 relu(x - 1/2) folds
[0, 1] onto itself, and composing it k times gives a sawtooth of 2^k linear pieces. A deep
network computes it with k hidden layers of 2 ReLU units (:func:`tent_network`). A network with
one hidden layer of w ReLU units is linear between its w breakpoints, so it has at most w + 1
pieces: it needs w >= 2^k - 1 units, and :func:`shallow_sawtooth_network` builds one with 2^k.

Everything here is measured, not drawn: :func:`linear_pieces` finds a 1-D ReLU network's pieces
exactly (where each unit's Z changes sign, layer by layer), and :func:`fit_sawtooth` trains the
shallow network with the deep one's parameter count, and the deep one from a random start.

For parity the course's own model is a circuit of logic gates: :func:`parity_circuits` counts them.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from .activations import LEAKY_SLOPE
from .datasets.generated import MAX_SAWTOOTH_K, check_sawtooth_k, sawtooth_values
from .errors import ArchitectureError
from .experiments import CHILD_BYTES, Estimate, step_seconds
from .network import Network, parameter_count
from .training import TrainConfig, Trainer

Array = np.ndarray
ShouldStop = Callable[[float], bool]

# the slope each piecewise-linear activation gives a negative and a positive Z
PIECEWISE_LINEAR = {"relu": (0.0, 1.0), "leaky_relu": (LEAKY_SLOPE, 1.0), "linear": (1.0, 1.0)}
EDGE = 1e-12  # a root this close to a piece's end is that end (no piece of zero length)
COLLINEAR = 1e-9  # neighbouring pieces whose slopes differ less than this (relative) are one piece
FIT_M = 1025  # training points on [0, 1]: every breakpoint j / 2^k for k <= 10 is one of them
ERROR_M = 8193  # the dense grid the mean squared error is measured on


# -------------------------------------------------------------------- the two constructions

def tent_network(k: int) -> Network:
    """t composed k times: k hidden layers of 2 ReLU units, a linear output; exact on [0, 1].

    Layer 1 computes (relu(x), relu(x - 1/2)); each next layer reads t = 2 a1 - 4 a2 of the one
    before and computes (relu(t), relu(t - 1/2)) again; the output is 2 a1 - 4 a2.
    """
    k = check_sawtooth_k(k)
    net = Network([1, *(2,) * k, 1], ["relu"] * k + ["linear"])
    tent = np.array([[2.0, -4.0]])
    halves = np.array([[0.0], [-0.5]])
    params = {"W1": np.ones((2, 1)), "b1": halves.copy()}
    for l in range(2, k + 1):
        params[f"W{l}"], params[f"b{l}"] = np.vstack([tent, tent]), halves.copy()
    params[f"W{k + 1}"], params[f"b{k + 1}"] = tent.copy(), np.zeros((1, 1))
    net.params = params
    return net


def shallow_units(k: int) -> int:
    """Units of :func:`shallow_sawtooth_network`: 2^k.

    Counting pieces says at least 2^k - 1 (one per breakpoint inside [0, 1]). Those alone cannot
    do it: each changes the slope by ±2^(k+1), so the slope 2^k of the first piece needs one more
    unit, relu(x), whose breakpoint is at 0.
    """
    return 2 ** check_sawtooth_k(k)


def shallow_sawtooth_network(k: int) -> Network:
    """One hidden layer of 2^k ReLU units relu(x - j / 2^k), j = 0 .. 2^k - 1: the sawtooth exactly on [0, 1].

    The output starts with slope 2^k (unit 0) and each later unit turns the slope by -2^(k+1) or +2^(k+1),
    alternately, at its breakpoint.
    """
    w = shallow_units(k)
    net = Network([1, w, 1], ["relu", "linear"])
    j = np.arange(w)
    c = np.where(j % 2 == 1, -2.0, 2.0) * w
    c[0] = w
    net.params = {"W1": np.ones((w, 1)), "b1": (-j / w)[:, None], "W2": c[None, :], "b2": np.zeros((1, 1))}
    return net


def deep_parameters(k: int) -> int:
    return parameter_count([1, *(2,) * check_sawtooth_k(k), 1])


def matching_width(k: int) -> int:
    """Units of the one-hidden-layer network with the deep one's parameter count (3 w + 1 = 6 k + 1: w = 2 k)."""
    return (deep_parameters(k) - 1) // 3


# -------------------------------------------------------------------- linear pieces, exactly

@dataclass(frozen=True)
class Pieces:
    """A 1-D network's function on [lo, hi] as linear pieces: piece i is slopes[i] x + intercepts[i] on
    [ends[i], ends[i + 1]]."""

    ends: Array
    slopes: Array
    intercepts: Array

    def __len__(self) -> int:
        return len(self.slopes)

    @property
    def breakpoints(self) -> Array:
        """Where one piece meets the next (the ends inside the interval)."""
        return self.ends[1:-1]


def linear_pieces(net: Network, lo: float = 0.0, hi: float = 1.0) -> Pieces:
    """The linear pieces of a network with one input and one output on [lo, hi], found exactly.

    On each interval every unit's Z is an affine function of x. Layer by layer, each interval is
    cut where a unit's Z crosses 0 (its root, -β/α) and the activation applied on each part
    (its slope there known from the sign of Z in the middle); neighbours whose lines coincide are
    then merged. No sampling: a piece of any width is found.

    Raises
    ------
    ArchitectureError
        When the network has more than one input or output, or an activation that is not
        piecewise linear (tanh, sigmoid).
    """
    if net.layer_sizes[0] != 1 or net.layer_sizes[-1] != 1:
        raise ArchitectureError("depth.not_1d", n_x=net.layer_sizes[0], n_y=net.layer_sizes[-1])
    for l, g in enumerate(net.activations, start=1):
        if g not in PIECEWISE_LINEAR:
            raise ArchitectureError("depth.not_piecewise_linear", g=g, l=l)
    ends = [float(lo), float(hi)]
    alpha, beta = [np.ones(1)], [np.zeros(1)]  # A[0] = x on the one interval
    for l, g in enumerate(net.activations, start=1):
        W, b = net.params[f"W{l}"], net.params[f"b{l}"][:, 0]
        new_ends, new_alpha, new_beta = [ends[0]], [], []
        for i, (a, c) in enumerate(zip(alpha, beta)):
            za, zb = W @ a, W @ c + b
            left, right = ends[i], ends[i + 1]
            for cut in _roots(za, zb, left, right) + [right]:
                middle = (new_ends[-1] + cut) / 2
                slope = np.where(za * middle + zb > 0, PIECEWISE_LINEAR[g][1], PIECEWISE_LINEAR[g][0])
                new_alpha.append(slope * za)
                new_beta.append(slope * zb)
                new_ends.append(cut)
        ends, alpha, beta = new_ends, new_alpha, new_beta
    return _merged(np.array(ends), np.array([a[0] for a in alpha]), np.array([c[0] for c in beta]))


def _roots(za: Array, zb: Array, left: float, right: float) -> list[float]:
    """The sorted, distinct x in (left, right) where some unit's Z = za x + zb is 0."""
    moving = za != 0
    roots = -zb[moving] / za[moving]
    inside = roots[(roots > left + EDGE) & (roots < right - EDGE)]
    return sorted(set(inside.tolist()))


def _merged(ends: Array, slopes: Array, intercepts: Array) -> Pieces:
    """Neighbouring pieces on one line made one (a breakpoint where no slope changes is none)."""
    keep = [0]
    for i in range(1, len(slopes)):
        last = keep[-1]
        scale = max(1.0, abs(slopes[last]), abs(intercepts[last]))
        if (abs(slopes[i] - slopes[last]) > COLLINEAR * scale
                or abs(intercepts[i] - intercepts[last]) > COLLINEAR * scale):
            keep.append(i)
    keep_ends = np.append(ends[keep], ends[-1])
    return Pieces(keep_ends, slopes[keep], intercepts[keep])


def count_pieces(net: Network, lo: float = 0.0, hi: float = 1.0) -> int:
    return len(linear_pieces(net, lo, hi))


# -------------------------------------------------------------------- the table

@dataclass(frozen=True)
class DepthRow:
    """What depth buys for one k: exact counts, nothing trained."""

    k: int
    pieces: int  # of the sawtooth, 2^k, counted on the deep construction
    deep_units: int
    deep_parameters: int
    shallow_pieces: int  # counted on the one-hidden-layer construction
    shallow_units: int
    shallow_parameters: int
    matching_width: int  # one hidden layer with the deep network's parameters
    matching_max_pieces: int  # w + 1


def depth_row(k: int) -> DepthRow:
    deep, shallow = tent_network(k), shallow_sawtooth_network(k)
    w = matching_width(k)
    return DepthRow(k, count_pieces(deep), 2 * k, deep.parameter_count, count_pieces(shallow), shallow_units(k),
                    shallow.parameter_count, w, w + 1)


def depth_table(ks: range = range(1, MAX_SAWTOOTH_K + 1)) -> tuple[DepthRow, ...]:
    return tuple(depth_row(k) for k in ks)


def grid(m: int) -> Array:
    """m evenly spaced x in [0, 1], as a (1, m) row of examples."""
    return np.linspace(0.0, 1.0, m)[None, :]


def mean_squared_error(net: Network, k: int, m: int = ERROR_M) -> float:
    """The mean of (f(x) - sawtooth(x))^2 over a dense grid of [0, 1]."""
    X = grid(m)
    AL, _ = net.forward(X)
    return float(np.mean((AL - sawtooth_values(X, k)) ** 2))


# -------------------------------------------------------------------- trained networks

@dataclass(frozen=True)
class SawtoothTask:
    """Train, for one k, the one-hidden-layer network with the deep one's parameter count and the deep
    narrow network from a random start: ``restarts`` seeds each, ``iterations`` full-batch Adam steps."""

    k: int
    iterations: int = 3000
    restarts: int = 3
    learning_rate: float = 0.03
    seed: int = 1


@dataclass(frozen=True)
class TrainedFit:
    """The best of a task's restarts for one shape: its error on the dense grid, pieces and parameters."""

    error: float
    pieces: int
    seed: int
    params: dict[str, Array]


@dataclass(frozen=True)
class SawtoothResult:
    task: SawtoothTask
    status: str  # "done" or "cancelled"
    shallow: Optional[TrainedFit]  # one hidden layer of matching_width(k) units
    deep: Optional[TrainedFit]  # k layers of 2 units from a random He start
    seconds: float


def trained_shapes(k: int) -> dict[str, tuple[list[int], list[str]]]:
    """The two networks a task trains, by name: layer sizes and activations."""
    return {"shallow": ([1, matching_width(k), 1], ["relu", "linear"]),
            "deep": ([1, *(2,) * k, 1], ["relu"] * k + ["linear"])}


def fit_sawtooth(task: SawtoothTask, should_stop: Optional[ShouldStop] = None) -> SawtoothResult:
    """Train both shapes ``restarts`` times on FIT_M points; keep each shape's lowest error."""
    start = time.perf_counter()
    X = grid(FIT_M)
    Y = sawtooth_values(X, task.k)
    shapes = trained_shapes(task.k)
    attempts = len(shapes) * task.restarts
    best: dict[str, TrainedFit] = {}
    done = 0
    for name, (sizes, activations) in shapes.items():
        for restart in range(task.restarts):
            seed = task.seed + restart
            net = spread_breakpoints(Network(sizes, activations, init="he", seed=seed), X, seed)
            trainer = Trainer(net, X, Y, TrainConfig(learning_rate=task.learning_rate, optimizer="adam",
                                                     num_iterations=task.iterations, record_every=task.iterations))
            stopped = False
            for _ in trainer.steps():
                if should_stop is not None and should_stop((done + trainer.iteration / task.iterations) / attempts):
                    stopped = True
                    break
            done += 1
            fit = TrainedFit(mean_squared_error(net, task.k), count_pieces(net), seed,
                             {key: value.copy() for key, value in net.params.items()})
            if name not in best or fit.error < best[name].error:
                best[name] = fit
            if stopped:
                return SawtoothResult(task, "cancelled", best.get("shallow"), best.get("deep"),
                                      time.perf_counter() - start)
    return SawtoothResult(task, "done", best["shallow"], best["deep"], time.perf_counter() - start)


def estimate_sawtooth(tasks: tuple[SawtoothTask, ...], workers: int) -> Estimate:
    """Every restart of both shapes runs its whole budget; the tasks shared evenly over the workers."""
    seconds = sum(task.restarts * task.iterations * sum(step_seconds(sizes, FIT_M)
                                                        for sizes, _ in trained_shapes(task.k).values())
                  for task in tasks)
    workers = max(1, min(workers, len(tasks)))
    return Estimate(seconds / workers, workers * CHILD_BYTES)


def spread_breakpoints(net: Network, X: Array, seed: int) -> Network:
    """Each hidden unit's b set so that its Z crosses 0 at a random training example.

    He initialization sets b = 0, and with one input x >= 0 every first-layer unit then breaks at
    x = 0: the network starts as a single line, and the search starts blind. Breakpoints at random
    examples give every unit a place in [0, 1] to start from, the same for both shapes compared.
    """
    rng = np.random.RandomState(seed)
    params = net.params
    A = X
    for l in range(1, net.L):
        Z = params[f"W{l}"] @ A
        params[f"b{l}"] = -Z[np.arange(Z.shape[0]), rng.randint(Z.shape[1], size=Z.shape[0])][:, None]
        A = np.maximum(Z + params[f"b{l}"], 0.0)
    net.params = params
    return net


def network_of(k: int, name: str, params: dict[str, Array]) -> Network:
    """The trained network ``name`` ("shallow" or "deep") of a k with its parameters, to draw or count."""
    sizes, activations = trained_shapes(k)[name]
    net = Network(sizes, activations)
    net.params = params
    return net


# -------------------------------------------------------------------- parity as circuits

@dataclass(frozen=True)
class ParityCircuits:
    """Gates of two circuits for n-bit parity, the course's model: a one-level AND/OR circuit (one AND per
    odd pattern, and an OR of them) against a tree of 2-input XOR gates."""

    n: int
    and_gates: int  # 2^(n-1): one per pattern with an odd number of 1 bits
    or_gates: int  # 1
    xor_gates: int  # n - 1
    xor_depth: int  # ceil(log2 n)
    threshold_units: int  # n hidden threshold units "at least j bits are 1" (j = 1..n) and the output

    @property
    def shallow_gates(self) -> int:
        return self.and_gates + self.or_gates


def parity_circuits(n: int) -> ParityCircuits:
    """The gate counts for n bits (n >= 1), and the n + 1 threshold units that count the bits instead.

    Threshold units escape the circuit bound: unit j says "at least j bits are 1", and the output adds
    them with signs +1, -1, +1, ... , which is 1 exactly when the count is odd.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ArchitectureError("depth.bits", n=n)
    return ParityCircuits(n, 2 ** (n - 1), 1, n - 1, math.ceil(math.log2(n)) if n > 1 else 0, n + 1)

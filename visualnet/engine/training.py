"""Training: the course's loop, with mini-batches, optimizers, L2, progress records and a guard.

The trainer knows nothing of threads or windows. It runs steps, keeps every step's cost, and
yields a :class:`ProgressRecord` every ``record_every`` steps; a caller stops it between steps
with :meth:`Trainer.stop`. That is all a GUI worker, a sweep or a script needs.

Iteration i is the i-th parameter update, and its cost is the one computed before that update,
as the course prints it ("Cost after iteration 0: 0.771749" is the cost of the initial draw).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator, Optional

import numpy as np

from .errors import ArchitectureError, DatasetError, Message, say
from .network import Array, Network, accuracy_from_output, is_tall, parameter_count, weighted_sum
from .optimizers import OPTIMIZERS, Optimizer, make_optimizer


@dataclass(frozen=True)
class TrainConfig:
    """The hyperparameters of one run (the parameters W, b live in the Network)."""

    learning_rate: float = 0.0075
    num_iterations: int = 2500
    mini_batch_size: Optional[int] = None  # None or >= m: full batch, as in the course
    optimizer: str = "gd"
    lambd: float = 0.0  # L2 strength λ
    seed: int = 0  # seeds the mini-batch shuffling
    record_every: int = 100
    beta: float = 0.9  # momentum
    beta1: float = 0.9  # Adam
    beta2: float = 0.999
    epsilon: float = 1e-8

    def __post_init__(self) -> None:
        checks = [
            (math.isfinite(self.learning_rate) and self.learning_rate > 0,
             say("config.learning_rate", value=self.learning_rate)),
            (isinstance(self.num_iterations, int) and self.num_iterations >= 0,
             say("config.num_iterations", value=self.num_iterations)),
            (self.mini_batch_size is None or (isinstance(self.mini_batch_size, int) and self.mini_batch_size >= 1),
             say("config.mini_batch_size", value=self.mini_batch_size)),
            (math.isfinite(self.lambd) and self.lambd >= 0, say("config.lambd", value=self.lambd)),
            (isinstance(self.record_every, int) and self.record_every >= 1,
             say("config.record_every", value=self.record_every)),
            (0 <= self.beta < 1 and 0 <= self.beta1 < 1 and 0 <= self.beta2 < 1, say("config.beta")),
        ]
        for ok, message in checks:
            if not ok:
                raise ArchitectureError.of(message)

    def make_optimizer(self) -> Optimizer:
        options = {"gd": {}, "momentum": {"beta": self.beta},
                   "adam": {"beta1": self.beta1, "beta2": self.beta2, "epsilon": self.epsilon}}
        if self.optimizer not in options:
            return make_optimizer(self.optimizer)  # raises the "unknown optimizer" message
        return make_optimizer(self.optimizer, **options[self.optimizer])


def run_memory_bytes(layer_sizes: tuple[int, ...] | list[int], m: int, config: TrainConfig, m_dev: int = 0,
                     itemsize: int = 8) -> int:
    """The most a run holds at once besides its data, so that one too big is refused before it starts.

    The parameters, their gradients and the optimizer's copies; then the larger of a step's
    batch (the caches keep Z[l] and A[l], and backward makes dZ[l] and dA[l] of the same size) and
    a record's forward pass, which keeps Z[l] and A[l] of the dev set and, with mini-batches, of
    the whole training set. Full-batch gradient descent on a tall first layer also keeps Xᵀ X.
    """
    batch = m if config.mini_batch_size is None else min(config.mini_batch_size, m)
    units = sum(layer_sizes[1:])
    evaluated = max(m_dev, m if batch < m else 0)
    kept = 2 + OPTIMIZERS[config.optimizer].state_copies
    tall = len(layer_sizes) > 1 and is_tall(layer_sizes[1], layer_sizes[0]) and 4 * m <= layer_sizes[0]
    gram = m * m if config.optimizer == "gd" and batch == m and tall else 0  # as _GramShortcut.applies
    return itemsize * (parameter_count(layer_sizes) * kept + units * max(4 * batch, 2 * evaluated) + gram)


@dataclass(frozen=True)
class ProgressRecord:
    """Where training stands after ``iteration`` updates; accuracies are None for regression."""

    iteration: int
    epoch: int
    train_cost: float
    train_accuracy: Optional[float]
    dev_cost: Optional[float] = None
    dev_accuracy: Optional[float] = None


@dataclass(frozen=True)
class Divergence:
    """Why training stopped on its own: what went non-finite, at which iteration."""

    iteration: int
    quantity: str  # "cost" or "parameters"
    value: str  # "NaN" or "infinite"
    learning_rate: float

    @property
    def message(self) -> str:
        what = "cost" if self.quantity == "cost" else "an update of the parameters"
        return (f"{what} became {self.value} at iteration {self.iteration}: the learning rate "
                f"{self.learning_rate:g} is too large for this network; the parameters from the last "
                "finite step were kept. Try a smaller learning rate.")


@dataclass
class _Data:
    X: Array
    Y: Array

    @property
    def m(self) -> int:
        return self.X.shape[1]


class _GramShortcut:
    """W[1] X without the big product, for full-batch gradient descent on a tall first layer.

    A gradient-descent step changes W[1] by -α dW[1] = -(α/m) dZ[1] Xᵀ (and by -(αλ/m) W[1]
    with L2), so W[1] X changes by -(α/m) dZ[1] (Xᵀ X) (and by -(αλ/m) W[1] X). The training set
    X never changes in full-batch training: with the m x m matrix Xᵀ X computed once, the next
    W[1] X costs an n[1] x m x m product instead of n[1] x n_x x m -- for the course's 209 cat
    pictures 20·209·209 multiplications instead of 20·12288·209, 59 times fewer, the same numbers
    up to rounding (Xᵀ X itself costs about ten direct products, once).

    W[1] itself is updated as usual, so the parameters are always the real ones. W[1] X is
    computed directly again every ``REFRESH_EVERY`` steps, so rounding cannot pile up (over the
    course's 2,500 iterations costs and parameters stay within 1e-14 of the direct products), and
    whenever W[1] is not the array the last step produced: parameters assigned between steps are
    noticed. Numbers written into the W[1] array itself between steps are not, until the refresh.
    """

    REFRESH_EVERY = 100

    def __init__(self, X: Array, learning_rate: float, lambd: float) -> None:
        self.X = X
        self.G: Optional[Array] = None  # Xᵀ X, computed on the first update
        self.scale = learning_rate / X.shape[1]  # α/m
        self.decay = learning_rate * lambd / X.shape[1]  # αλ/m
        self.W1: Optional[Array] = None  # the W[1] that WX belongs to
        self.WX: Optional[Array] = None
        self.age = 0  # updates since WX was last computed directly
        self.dZ1: Optional[Array] = None

    @staticmethod
    def applies(net: Network, data: _Data, config: TrainConfig, full_batch: bool) -> bool:
        """Worth it when the first layer is tall and Xᵀ X is much smaller than X (m ≤ n_x / 4)."""
        n_x, n1 = net.layer_sizes[:2]
        return full_batch and config.optimizer == "gd" and is_tall(n1, n_x) and 4 * data.m <= n_x

    def product(self, W1: Array) -> Array:
        """W[1] X for the current W[1]."""
        if W1 is not self.W1 or self.age >= self.REFRESH_EVERY:
            self.WX, self.W1, self.age = weighted_sum(W1, self.X), W1, 0
        return self.WX

    def observe(self, l: int, dZ: Array, dW: Array, db: Array, dA_prev: Optional[Array]) -> None:
        """Backward's observer: keeps dZ[1]."""
        if l == 1:
            self.dZ1 = dZ

    def advance(self, W1: Array) -> None:
        """Follow the update that just made ``W1``: WX := WX - (α/m) dZ[1] (Xᵀ X) - (αλ/m) WX."""
        if self.G is None:
            self.G = np.dot(self.X.T, self.X)
        step = np.dot(self.dZ1 * self.scale, self.G)
        if self.decay:
            step += self.decay * self.WX
        self.WX -= step
        self.W1, self.age, self.dZ1 = W1, self.age + 1, None


class Trainer:
    """Runs the course's training loop on a Network, one step at a time.

    Parameters
    ----------
    net : the network to train (its parameters change in place)
    X, Y : training examples (n_x, m) and labels (n[L], m)
    config : hyperparameters
    X_dev, Y_dev : an optional dev set, evaluated at each record
    """

    def __init__(self, net: Network, X: Array, Y: Array, config: TrainConfig = TrainConfig(),
                 X_dev: Optional[Array] = None, Y_dev: Optional[Array] = None) -> None:
        self.net, self.config = net, config
        self.train = self._checked(X, Y, say("set.training"))
        self.dev = self._checked(X_dev, Y_dev, say("set.dev")) if X_dev is not None else None
        self.optimizer = config.make_optimizer()
        self.iteration = 0  # updates done so far
        self.costs: list[float] = []  # the cost of every step, in order
        self.divergence: Optional[Divergence] = None
        self._stop = False
        self._batches: list[_Data] = []
        self._epoch = -1
        self._last_AL: Optional[Array] = None
        batch = config.mini_batch_size
        self.full_batch = batch is None or batch >= self.train.m
        self._shortcut = (_GramShortcut(self.train.X, config.learning_rate, config.lambd)
                          if _GramShortcut.applies(net, self.train, config, self.full_batch) else None)

    def _checked(self, X: Optional[Array], Y: Optional[Array], which: Message) -> _Data:
        """The data checked once, in the memory layout the steps read fastest.

        A strided X would be copied by every product of every step, so X is made contiguous
        here: one example per contiguous column (Fortran order) when the first layer is tall,
        as :func:`.network.weighted_sum` then reads it, else row by row (C order).
        """
        if Y is None:
            raise DatasetError("dataset.no_labels", which=which)
        X = self.net.check_X(X)
        X = np.asarray(X, order="F" if is_tall(self.net.layer_sizes[1], X.shape[0]) else "C")
        return _Data(X, np.ascontiguousarray(self.net.check_Y(Y, X.shape[1])))

    # ------------------------------------------------------------------ control
    def stop(self) -> None:
        """Ask a running :meth:`run` to return after the current step (safe from another thread)."""
        self._stop = True

    @property
    def finished(self) -> bool:
        return self.divergence is not None or self.iteration >= self.config.num_iterations

    @property
    def epoch(self) -> int:
        return 0 if self.full_batch else self.iteration * self.config.mini_batch_size // self.train.m

    # ------------------------------------------------------------------ one step
    def _next_batch(self) -> _Data:
        if self.full_batch:
            return self.train
        if not self._batches:
            # The course's random_mini_batches: reseed each epoch, permute, cut; the last may be short.
            self._epoch += 1
            order = np.random.RandomState(self.config.seed + self._epoch).permutation(self.train.m)
            size = self.config.mini_batch_size
            self._batches = [_Data(self.train.X[:, idx], self.train.Y[:, idx])
                             for idx in (order[k:k + size] for k in range(0, self.train.m, size))][::-1]
        return self._batches.pop()

    def step(self) -> Optional[float]:
        """One update on the next batch; returns its cost, or None when training diverged.

        Overflow is expected when a run diverges and the guard handles it, so numpy's warnings
        about it are silenced here rather than shown as noise.
        """
        if self.divergence is not None:
            return None
        with np.errstate(over="ignore", invalid="ignore"):
            return self._step()

    def _step(self) -> Optional[float]:
        # The data were checked when the trainer was made, so the network's unchecked passes run.
        net, cfg, shortcut = self.net, self.config, self._shortcut
        batch = self._next_batch()
        AL, caches = net._forward(batch.X, first_product=shortcut.product if shortcut else None)
        cost = net._cost(AL, batch.Y, caches, cfg.lambd)
        self._last_AL = AL
        if not math.isfinite(cost):
            return self._diverged("cost", cost)
        grads = net._backward(AL, batch.Y, caches, cfg.lambd, observe=shortcut.observe if shortcut else None,
                              scale=self.optimizer.gradient_scale(cfg.learning_rate))
        if not net.apply_steps(self.optimizer.steps(grads, net.parameter_keys, cfg.learning_rate)):
            return self._diverged("parameters", math.inf)
        if shortcut:
            shortcut.advance(net.params["W1"])
        self.costs.append(cost)
        self.iteration += 1
        return cost

    def _diverged(self, quantity: str, value: float) -> None:
        """Record why training stopped; the parameters are untouched, so they stay finite."""
        self.divergence = Divergence(self.iteration, quantity, "NaN" if math.isnan(value) else "infinite",
                                     self.config.learning_rate)
        return None

    # ------------------------------------------------------------------ records
    def evaluate(self, data: _Data) -> tuple[float, Optional[float]]:
        """Cost (with the run's L2 term) and accuracy of the current parameters on a data set."""
        AL, caches = self.net.forward(data.X)
        return (self.net.cost(AL, data.Y, caches, self.config.lambd),
                accuracy_from_output(AL, data.Y, self.net.task))

    def run(self) -> Iterator[ProgressRecord]:
        """Train until done, stopped or diverged, yielding a record every ``record_every`` steps.

        A record of iteration i measures the parameters before update i, like the course's
        printed costs; the first record is iteration 0 and the last is the final step, so a plot
        of records spans the whole run.
        """
        return (record for record in self.steps() if record is not None)

    def steps(self) -> Iterator[Optional[ProgressRecord]]:
        """Like :meth:`run`, but yield after every step: its record, or None between records.

        A caller that must act between steps (a GUI worker sending updates by time, pausing)
        iterates this. On a full batch the train figures of a record come free from the step's
        own forward pass; with mini-batches they are measured on the whole training set, so the
        recorded curve is not the noise of single batches.
        """
        self._stop = False
        cfg, task = self.config, self.net.task
        while not self._stop and not self.finished:
            i = self.iteration
            recording = i % cfg.record_every == 0 or i == cfg.num_iterations - 1
            dev = self.evaluate(self.dev) if recording and self.dev is not None else (None, None)
            train = self.evaluate(self.train) if recording and not self.full_batch else None
            epoch = self.epoch
            cost = self.step()
            if cost is None:
                return
            if not recording:
                yield None
                continue
            if train is None:
                train = (cost, accuracy_from_output(self._last_AL, self.train.Y, task))
            yield ProgressRecord(i, epoch, *train, *dev)

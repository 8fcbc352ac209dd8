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

from .errors import ArchitectureError, DatasetError
from .network import Array, Network, accuracy_from_output
from .optimizers import Optimizer, make_optimizer


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
             f"the learning rate α must be a positive number, got {self.learning_rate}"),
            (isinstance(self.num_iterations, int) and self.num_iterations >= 0,
             f"the number of iterations must be a whole number ≥ 0, got {self.num_iterations}"),
            (self.mini_batch_size is None or (isinstance(self.mini_batch_size, int) and self.mini_batch_size >= 1),
             f"the mini-batch size must be a whole number ≥ 1, got {self.mini_batch_size}"),
            (math.isfinite(self.lambd) and self.lambd >= 0, f"the L2 strength λ must be ≥ 0, got {self.lambd}"),
            (isinstance(self.record_every, int) and self.record_every >= 1,
             f"record_every must be a whole number ≥ 1, got {self.record_every}"),
            (0 <= self.beta < 1 and 0 <= self.beta1 < 1 and 0 <= self.beta2 < 1,
             "the β values must be in [0, 1)"),
        ]
        for ok, message in checks:
            if not ok:
                raise ArchitectureError(message)

    def make_optimizer(self) -> Optimizer:
        options = {"gd": {}, "momentum": {"beta": self.beta},
                   "adam": {"beta1": self.beta1, "beta2": self.beta2, "epsilon": self.epsilon}}
        if self.optimizer not in options:
            return make_optimizer(self.optimizer)  # raises the "unknown optimizer" message
        return make_optimizer(self.optimizer, **options[self.optimizer])


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
        self.train = self._checked(X, Y, "training")
        self.dev = self._checked(X_dev, Y_dev, "dev") if X_dev is not None else None
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

    def _checked(self, X: Optional[Array], Y: Optional[Array], which: str) -> _Data:
        if Y is None:
            raise DatasetError(f"the {which} set has inputs X but no labels Y")
        # C order once here: a strided X would be copied by every matmul of every step
        X = np.ascontiguousarray(self.net.check_X(X))
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
        net, cfg = self.net, self.config
        batch = self._next_batch()
        AL, caches = net.forward(batch.X)
        cost = net.cost(AL, batch.Y, caches, cfg.lambd)
        self._last_AL = AL
        if not math.isfinite(cost):
            return self._diverged("cost", cost)
        grads = net.backward(AL, batch.Y, caches, cfg.lambd)
        if not net.apply_steps(self.optimizer.steps(grads, net.parameter_keys, cfg.learning_rate)):
            return self._diverged("parameters", math.inf)
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

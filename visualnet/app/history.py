"""What a training run leaves behind: its cost curve and records, kept for plotting and comparing.

Points arrive in chunks from the worker; they are stored in buffers that double when full (the
shape of pyqtgraph's scrolling-plot example), so a million iterations cost a few reallocations,
and the plot gets views of the filled part without a copy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import numpy as np

from ..engine.training import ProgressRecord


class Series:
    """A growing (x, y) series of float64 with amortised O(1) appends."""

    def __init__(self, capacity: int = 1024) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def extend(self, x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> None:
        x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
        need = self._n + len(x)
        if need > len(self._x):
            capacity = max(need, 2 * len(self._x))
            self._x = np.resize(self._x[:self._n], capacity)
            self._y = np.resize(self._y[:self._n], capacity)
        self._x[self._n:need] = x
        self._y[self._n:need] = y
        self._n = need

    @property
    def x(self) -> np.ndarray:
        return self._x[:self._n]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self._n]


@dataclass
class Run:
    """One training run: its label (α and architecture), the per-step costs and the records.

    ``dataset`` (the session's key of the data it trained on) and ``layer_sizes`` say what the run
    belongs to: the cost plot compares only runs of the data shown, and marks those of another network.
    """

    label: str
    learning_rate: float
    layer_sizes: tuple[int, ...]
    dataset: str = ""
    costs: Series = field(default_factory=Series)  # (iteration, train cost) of every step
    dev_costs: Series = field(default_factory=Series)  # (iteration, dev cost) at records
    train_accuracy: Series = field(default_factory=Series)
    dev_accuracy: Series = field(default_factory=Series)
    finished: bool = False
    outcome: str = ""  # "done", "stopped", "diverged", "failed"
    changes: list[tuple[int, str]] = field(default_factory=list)  # (iteration, what changed there), mid-run
    learning_rates: list[float] = field(default_factory=list)  # α of each part of the run, in order

    def add_costs(self, first_iteration: int, costs: np.ndarray) -> None:
        self.costs.extend(np.arange(first_iteration, first_iteration + len(costs)), costs)

    def add_records(self, records: Sequence[ProgressRecord]) -> None:
        for series, values in ((self.dev_costs, [(r.iteration, r.dev_cost) for r in records]),
                               (self.train_accuracy, [(r.iteration, r.train_accuracy) for r in records]),
                               (self.dev_accuracy, [(r.iteration, r.dev_accuracy) for r in records])):
            kept = [(i, v) for i, v in values if v is not None]
            if kept:
                series.extend(*zip(*kept))

    @property
    def iterations(self) -> int:
        return len(self.costs)

    @property
    def last_record(self) -> Optional[tuple[float, Optional[float], Optional[float]]]:
        """(last cost, last train accuracy, last dev accuracy) for the status bar."""
        if not len(self.costs):
            return None
        train = self.train_accuracy.y[-1] if len(self.train_accuracy) else None
        dev = self.dev_accuracy.y[-1] if len(self.dev_accuracy) else None
        return float(self.costs.y[-1]), train, dev

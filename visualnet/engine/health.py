"""Training health: the ways a run fails without an error, noticed and named.

A run that diverges stops with an error (:class:`~visualnet.engine.training.Divergence`). These
fail quietly, and a student sees only a flat curve:

- **chance level**: the cost sits at what guessing from the class frequencies costs -- the
  entropy of the labels, ln k for k equal classes, ln 2 for two -- and the accuracy at the largest
  class's share: the network answers the same for every example (a learning rate too large for
  the depth, dead units, or unscaled features);
- **dead units**: most ReLU units of a layer output 0 for every example, so no gradient reaches
  them again;
- **a spike**: the cost jumps by an order of magnitude or more from one iteration to the next.

:class:`HealthMonitor` watches a run from its records and costs and reports each finding once.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from .network import Array, Network

SETTLE_ITERATIONS = 200  # a run's start is noisy: the chance level is judged after this many iterations
CHANCE_TOLERANCE = 0.01  # |J - H| within 1% of H (and within 0.002): sitting at the chance level
STUCK_RECORDS = 3  # ...for this many records in a row
DEAD_SHARE = 0.5  # a layer with at least this share of dead ReLU units is reported
DEAD_SAMPLE = 256  # examples the dead-unit check looks at (a unit alive on none of them is dead)
SPIKE_FACTOR = 10.0  # a cost this many times the previous iteration's is a spike


@dataclass(frozen=True)
class Finding:
    """What the monitor noticed, at which iteration of the run, with the numbers that show it.

    ``kind`` is "chance" (``cost`` and ``chance`` = the chance level, ``classes``, ``accuracy``
    and ``majority`` = the largest class's share), "dead" (``layer``, ``dead`` of ``units``) or
    "spike" (``before`` and ``cost``).
    """

    kind: str
    iteration: int
    cost: float = math.nan
    chance: float = math.nan
    classes: int = 0
    accuracy: float = math.nan
    majority: float = math.nan
    layer: int = 0
    dead: int = 0
    units: int = 0
    before: float = math.nan


def chance_cost(Y: Array, task: str) -> Optional[float]:
    """The cross-entropy of predicting every example as the class frequencies: the labels' entropy
    (ln k for k equal classes). None for a regression."""
    if task == "regression":
        return None
    shares = np.array([Y.mean(), 1 - Y.mean()]) if task == "binary" else Y.mean(axis=1)
    shares = shares[shares > 0]
    return float(-(shares * np.log(shares)).sum())


def majority_share(Y: Array, task: str) -> Optional[float]:
    """The accuracy of always answering the most frequent class."""
    if task == "regression":
        return None
    if task == "binary":
        p = float(Y.mean())
        return max(p, 1 - p)
    return float(Y.mean(axis=1).max())


def dead_units(net: Network, X: Array) -> list[tuple[int, int, int]]:
    """(layer l, dead units, n[l]) of each hidden ReLU layer: units whose A[l] is 0 on every example of X."""
    if not any(g == "relu" for g in net.activations[:-1]):
        return []
    _, caches = net.forward(X)
    found = []
    for l in range(1, net.L):
        if net.activations[l - 1] == "relu":
            A = caches[l].A_prev  # the cache of layer l + 1 holds A[l]
            found.append((l, int(np.count_nonzero(~(A > 0).any(axis=1))), A.shape[0]))
    return found


class HealthMonitor:
    """Watches one run; :meth:`observe` returns the findings that are new (each kind once per run)."""

    def __init__(self, Y: Array, task: str, X_sample: Optional[Array] = None, offset: int = 0) -> None:
        self.chance = chance_cost(Y, task)
        self.majority = majority_share(Y, task)
        self.classes = 2 if task == "binary" else int(Y.shape[0])
        self.X_sample = X_sample[:, :DEAD_SAMPLE] if X_sample is not None else None
        self.offset = offset  # iterations of the run before this monitor's first
        self._reported: set[str] = set()
        self._stuck = 0
        self._checked_costs = 0

    def observe(self, net: Network, costs: Sequence[float], record_iteration: Optional[int],
                record_cost: Optional[float], record_accuracy: Optional[float]) -> list[Finding]:
        """New findings, from the costs so far (of this monitor's part of the run) and the latest record."""
        found = self._spike(costs)
        if record_iteration is not None and record_cost is not None:
            found += self._at_chance(record_iteration, record_cost, record_accuracy)
            found += self._dead(net, record_iteration)
        return found

    def _report(self, finding: Finding) -> list[Finding]:
        if finding.kind in self._reported:
            return []
        self._reported.add(finding.kind)
        return [finding]

    def _spike(self, costs: Sequence[float]) -> list[Finding]:
        start = max(self._checked_costs, 1)
        self._checked_costs = len(costs)
        if start >= len(costs):
            return []
        recent = np.asarray(costs[start - 1:], dtype=np.float64)
        ratios = recent[1:] / np.maximum(recent[:-1], 1e-12)
        jumps = np.flatnonzero(np.isfinite(ratios) & (ratios >= SPIKE_FACTOR) & (recent[1:] > 1e-3))
        if not len(jumps):
            return []
        i = start + int(jumps[0])
        return self._report(Finding("spike", self.offset + i, cost=float(costs[i]), before=float(costs[i - 1])))

    def _at_chance(self, iteration: int, cost: float, accuracy: Optional[float]) -> list[Finding]:
        if self.chance is None or iteration < SETTLE_ITERATIONS:
            return []
        near = abs(cost - self.chance) <= max(CHANCE_TOLERANCE * self.chance, 2e-3)
        guessing = accuracy is None or accuracy <= self.majority + 0.01
        self._stuck = self._stuck + 1 if near and guessing else 0
        if self._stuck < STUCK_RECORDS:
            return []
        return self._report(Finding("chance", self.offset + iteration, cost=cost, chance=self.chance,
                                    classes=self.classes, accuracy=accuracy if accuracy is not None else math.nan,
                                    majority=self.majority))

    def _dead(self, net: Network, iteration: int) -> list[Finding]:
        if self.X_sample is None or iteration < SETTLE_ITERATIONS or "dead" in self._reported:
            return []
        for l, dead, units in dead_units(net, self.X_sample):
            if units >= 2 and dead / units >= DEAD_SHARE:
                return self._report(Finding("dead", self.offset + iteration, layer=l, dead=dead, units=units))
        return []

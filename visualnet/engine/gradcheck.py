"""Numerical gradient check: does backward agree with the slope of the cost?

The course's recipe: nudge each parameter by ±ε, take (J+ - J-) / 2ε, and compare the vector of
those slopes with backprop's gradient by the relative difference
‖grad - approx‖ / (‖grad‖ + ‖approx‖). Below 1e-7 (float64) the two agree.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .network import Array, Network


@dataclass(frozen=True)
class GradCheckResult:
    """The relative difference, the worst parameter, and both gradient vectors for plotting."""

    difference: float
    worst_parameter: str
    analytic: Array
    numeric: Array

    def passed(self, threshold: float = 1e-7) -> bool:
        return self.difference < threshold


def _relative_difference(a: Array, b: Array) -> float:
    denominator = np.linalg.norm(a) + np.linalg.norm(b)
    return 0.0 if denominator == 0 else float(np.linalg.norm(a - b) / denominator)


def gradient_check(net: Network, X: Array, Y: Array, epsilon: float = 1e-6, lambd: float = 0.0) -> GradCheckResult:
    """Compare backward's gradients with centred differences of the cost, parameter by parameter.

    The cost is taken from the logits (exact), and the network is left unchanged. ε = 1e-6
    balances the truncation error (∝ ε²) against the rounding error of J (∝ 1/ε) in float64.
    """
    probe = net.copy()
    X, Y = probe.check_X(X), probe.check_Y(Y, np.shape(X)[1])

    def J() -> float:
        AL, caches = probe.forward(X)
        return probe.cost(AL, Y, caches, lambd)

    AL, caches = probe.forward(X)
    grads = probe.backward(AL, Y, caches, lambd)
    analytic, numeric, worst = [], [], ("", -1.0)
    for key in probe.parameter_keys:
        theta = probe.params[key]
        approx = np.empty_like(theta)
        for i in np.ndindex(theta.shape):
            saved = theta[i]
            theta[i] = saved + epsilon
            plus = J()
            theta[i] = saved - epsilon
            minus = J()
            theta[i] = saved
            approx[i] = (plus - minus) / (2 * epsilon)
        exact = grads["d" + key]
        analytic.append(exact.ravel())
        numeric.append(approx.ravel())
        gap = float(np.abs(exact - approx).max())
        if gap > worst[1]:
            worst = (key, gap)
    a, n = np.concatenate(analytic), np.concatenate(numeric)
    return GradCheckResult(_relative_difference(a, n), worst[0], a, n)

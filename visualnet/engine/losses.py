"""Losses, chosen by the output activation, and computed from the logits Z[L] when possible.

The course computes the cost from AL = sigmoid(Z[L]); once a unit saturates, AL is exactly 0 or
1 and log(AL) is -inf. Computing from Z[L] (softplus / log-sum-exp) stays exact for any Z, so the
trainer passes the last cache and the cost only falls back to clipped probabilities when it has
to. Each loss is paired with its output so that dZ[L] = AL - Y: that fused gradient is what
backward uses, exact and free of the 1/AL division the course's dAL needs.

Mean squared error is J = 1/(2m) * sum((AL - Y)^2), the halved form, so its dAL is AL - Y too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from .errors import ArchitectureError

Array = np.ndarray


def _probability_floor(dtype: np.dtype) -> float:
    return float(np.finfo(dtype).tiny) if np.issubdtype(dtype, np.floating) else 1e-300


def _bce_from_probabilities(AL: Array, Y: Array) -> float:
    eps = _probability_floor(AL.dtype)
    P = np.clip(AL, eps, 1 - np.finfo(AL.dtype).epsneg)
    return float(-(Y * np.log(P) + (1 - Y) * np.log1p(-P)).sum() / AL.shape[1])


def _bce_from_logits(Z: Array, Y: Array) -> float:
    # -[y log s(z) + (1-y) log(1-s(z))] = max(z,0) - y z + log(1 + e^-|z|), summed in place
    losses = np.maximum(Z, 0.0)
    losses -= Y * Z
    losses += np.log1p(np.exp(-np.abs(Z)))
    return float(np.add.reduce(losses, axis=None)) / Z.shape[1]


def _bce_dA(AL: Array, Y: Array) -> Array:
    eps = _probability_floor(AL.dtype)
    P = np.clip(AL, eps, 1 - np.finfo(AL.dtype).epsneg)
    return -(Y / P - (1 - Y) / (1 - P))


def _cce_from_probabilities(AL: Array, Y: Array) -> float:
    return float(-(Y * np.log(np.maximum(AL, _probability_floor(AL.dtype)))).sum() / AL.shape[1])


def _cce_from_logits(Z: Array, Y: Array) -> float:
    Zmax = Z.max(axis=0, keepdims=True)
    log_softmax = Z - Zmax - np.log(np.exp(Z - Zmax).sum(axis=0, keepdims=True))
    return float(-(Y * log_softmax).sum() / Z.shape[1])


def _cce_dA(AL: Array, Y: Array) -> Array:
    return -Y / np.maximum(AL, _probability_floor(AL.dtype))


def _mse(AL: Array, Y: Array) -> float:
    D = AL - Y
    return float((D * D).sum() / (2 * AL.shape[1]))


def _mse_dA(AL: Array, Y: Array) -> Array:
    return AL - Y


@dataclass(frozen=True)
class Loss:
    """A loss L(ŷ, y), its cost J over m examples, and the output activation it is fused with."""

    name: str
    formula: str
    cost_from_probabilities: Callable[[Array, Array], float]
    cost_from_logits: Optional[Callable[[Array, Array], float]]
    dA: Callable[[Array, Array], Array]
    fused_output: str  # the output activation for which dZ[L] = AL - Y exactly

    def cost(self, AL: Array, Y: Array, ZL: Optional[Array] = None) -> float:
        """J, from the logits ZL when they are given and the loss allows it."""
        if ZL is not None and self.cost_from_logits is not None:
            return self.cost_from_logits(ZL, Y)
        return self.cost_from_probabilities(AL, Y)


LOSSES: dict[str, Loss] = {
    loss.name: loss
    for loss in (
        Loss("binary_cross_entropy", "-(y log ŷ + (1 - y) log(1 - ŷ))",
             _bce_from_probabilities, _bce_from_logits, _bce_dA, "sigmoid"),
        Loss("categorical_cross_entropy", "-sum(y log ŷ)",
             _cce_from_probabilities, _cce_from_logits, _cce_dA, "softmax"),
        Loss("mean_squared_error", "(ŷ - y)² / 2", _mse, None, _mse_dA, "linear"),
    )
}

DEFAULT_LOSS = {"sigmoid": "binary_cross_entropy", "softmax": "categorical_cross_entropy"}


def loss_for_output(output_activation: str, loss: Optional[str] = None) -> Loss:
    """The loss that fits an output activation, or a clear error when the pair makes no sense.

    Cross-entropy needs probabilities: binary with a sigmoid output, categorical with softmax.
    Mean squared error fits any output but softmax (whose outputs are tied to sum to 1).
    """
    name = loss if loss is not None else DEFAULT_LOSS.get(output_activation, "mean_squared_error")
    if name not in LOSSES:
        raise ArchitectureError("architecture.unknown_loss", name=name, choices=', '.join(LOSSES))
    chosen = LOSSES[name]
    if name == "mean_squared_error":
        if output_activation == "softmax":
            raise ArchitectureError("architecture.softmax_mse")
        return chosen
    if output_activation != chosen.fused_output:
        raise ArchitectureError("architecture.loss_output", loss=name.replace('_', ' '), needed=chosen.fused_output,
                                output_activation=output_activation)
    return chosen

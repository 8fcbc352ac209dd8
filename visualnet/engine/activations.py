"""Activation functions g and the backward rule dZ = dA * g'(Z).

Each activation gets both Z and A = g(Z) in backward, because for sigmoid and tanh the
derivative is cheapest from A (the course's ``s * (1 - s)``), while ReLU's is cheapest from Z;
handing both avoids recomputing the exponential. All forms are stable for |Z| up to 1e4 and
beyond: no overflow, no NaN, no numpy warning.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .errors import ArchitectureError

Array = np.ndarray
LEAKY_SLOPE = 0.01


def _relu(Z: Array) -> Array:
    return np.maximum(Z, 0.0)  # a float 0: NumPy then skips converting an int on every call


def _relu_backward(dA: Array, Z: Array, A: Array) -> Array:
    # A multiply by the 0/1 mask is the fastest form (no fancy indexing, no copy of dA first).
    return dA * (Z > 0)


def _leaky_relu(Z: Array) -> Array:
    return np.maximum(Z, LEAKY_SLOPE * Z)


def _leaky_relu_backward(dA: Array, Z: Array, A: Array) -> Array:
    return dA * np.where(Z > 0, 1.0, LEAKY_SLOPE).astype(Z.dtype, copy=False)


def _tanh_backward(dA: Array, Z: Array, A: Array) -> Array:
    return dA * (1 - A * A)


def _sigmoid(Z: Array) -> Array:
    # 1/(1+exp(-Z)) overflows for Z < -709; the tanh identity never does and costs one
    # transcendental. Its absolute error is below float resolution near 0 and 1.
    A = np.tanh(0.5 * Z)
    A += 1
    A *= 0.5
    return A


def _sigmoid_backward(dA: Array, Z: Array, A: Array) -> Array:
    return dA * (A * (1 - A))


def _linear(Z: Array) -> Array:
    return Z


def _linear_backward(dA: Array, Z: Array, A: Array) -> Array:
    return dA


def _softmax(Z: Array) -> Array:
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def _softmax_backward(dA: Array, Z: Array, A: Array) -> Array:
    # The full Jacobian contracted with dA, column by column: dZ = A * (dA - sum(dA * A)).
    return A * (dA - (dA * A).sum(axis=0, keepdims=True))


@dataclass(frozen=True)
class Activation:
    """One activation g: its name, the course's formula, g(Z), and dZ = dA * g'(Z)."""

    name: str
    formula: str
    forward: Callable[[Array], Array]
    backward: Callable[[Array, Array, Array], Array]
    output_only: bool = False


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("relu", "max(0, Z)", _relu, _relu_backward),
        Activation("leaky_relu", "max(0.01 Z, Z)", _leaky_relu, _leaky_relu_backward),
        Activation("tanh", "tanh(Z)", np.tanh, _tanh_backward),
        Activation("sigmoid", "1 / (1 + e^(-Z))", _sigmoid, _sigmoid_backward),
        Activation("linear", "Z", _linear, _linear_backward),
        Activation("softmax", "e^Z / sum(e^Z)", _softmax, _softmax_backward, output_only=True),
    )
}


def get_activation(name: str) -> Activation:
    """Look an activation up by name, with a message that lists the known ones."""
    try:
        return ACTIVATIONS[name]
    except (KeyError, TypeError):
        known = ", ".join(ACTIVATIONS)
        raise ArchitectureError("architecture.unknown_activation", name=name, choices=known) from None

"""Initial parameters W[l], b[l], drawn the way the course draws them.

All draws use ``np.random.RandomState(seed)`` -- the same stream as the course's
``np.random.seed(seed); np.random.randn(...)`` -- without touching NumPy's global state, so the
numbers match the notebooks and nothing else in the program changes them.
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from .errors import ArchitectureError

# scale(n[l], n[l-1]) -> the factor the standard-normal draw for W[l] is multiplied by
_SCALES: dict[str, Callable[[int, int], float]] = {
    "he": lambda n, n_prev: np.sqrt(2.0 / n_prev),       # He et al., for ReLU
    "xavier": lambda n, n_prev: np.sqrt(1.0 / n_prev),   # the course's Xavier: sqrt(1/n[l-1])
    "small": lambda n, n_prev: 0.01,                      # the course's first version
    "zeros": lambda n, n_prev: 0.0,                       # shows the symmetry problem
}
INITIALIZERS = (*_SCALES, "course")


def initialize_parameters(layer_sizes: Sequence[int], init: str = "he", seed: int = 1,
                          dtype: np.dtype = np.float64) -> dict[str, np.ndarray]:
    """W[l] of shape (n[l], n[l-1]) and b[l] = 0 of shape (n[l], 1) for l = 1..L.

    ``course`` is the application notebook's ``initialize_parameters_deep``: it divides the
    draw by sqrt(n[l-1]) (a division, not a multiply, so the last bit matches too).
    """
    if init not in INITIALIZERS:
        raise ArchitectureError("architecture.unknown_initialization", init=init, choices=', '.join(INITIALIZERS))
    rng = np.random.RandomState(seed)
    params: dict[str, np.ndarray] = {}
    for l in range(1, len(layer_sizes)):
        n, n_prev = layer_sizes[l], layer_sizes[l - 1]
        if init == "zeros":
            W = np.zeros((n, n_prev))
        elif init == "course":
            W = rng.randn(n, n_prev) / np.sqrt(n_prev)
        else:
            W = rng.randn(n, n_prev) * _SCALES[init](n, n_prev)
        params[f"W{l}"] = np.ascontiguousarray(W, dtype=dtype)
        params[f"b{l}"] = np.zeros((n, 1), dtype=dtype)
    return params

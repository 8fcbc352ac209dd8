"""Every matrix shape of a network, symbolic and numeric, for a given number of examples m.

The app writes its shape annotations, its diagram labels and its quiz answers from this module
and nowhere else, so what the student reads is always what the engine allocates.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

from .errors import ArchitectureError
from .network import check_layer_sizes, parameter_count

# (tensor, rows, columns) in the order the course introduces them; "l" is n[l], "p" is n[l-1]
_TENSORS = (("W", "l", "p"), ("b", "l", "1"), ("Z", "l", "m"), ("A", "l", "m"),
            ("dW", "l", "p"), ("db", "l", "1"), ("dZ", "l", "m"), ("dA", "l", "m"))
TENSOR_NAMES = tuple(t[0] for t in _TENSORS)
_INPUT_TENSORS = ("A", "dA")  # layer 0 is X: no parameters, no linear step


@dataclass(frozen=True)
class TensorShape:
    """One tensor of one layer: ``W[1]: (n[1], n[0]) = (20, 64)``."""

    name: str  # "W", "dZ", ...
    layer: int
    symbolic: tuple[str, str]  # ("n[1]", "n[0]")
    shape: tuple[int, int]

    @property
    def symbol(self) -> str:
        return f"{self.name}[{self.layer}]"

    @property
    def symbolic_text(self) -> str:
        return f"({self.symbolic[0]}, {self.symbolic[1]})"

    @property
    def numeric_text(self) -> str:
        return f"({self.shape[0]}, {self.shape[1]})"

    @property
    def size(self) -> int:
        """How many numbers the tensor holds (a parameter's count)."""
        return self.shape[0] * self.shape[1]

    def __str__(self) -> str:
        return f"{self.symbol}: {self.symbolic_text} = {self.numeric_text}"


@dataclass(frozen=True)
class LayerShapes:
    """Layer l's tensors, its parameter count, and how b[l] is broadcast over the m columns."""

    layer: int
    units: int
    activation: Optional[str]  # None for the input layer
    tensors: dict[str, TensorShape]
    parameter_count: int

    @property
    def broadcast(self) -> str:
        """b[l] (n[l], 1) is copied across the m columns to be added to W[l]A[l-1]."""
        if self.layer == 0:
            return ""
        b, Z = self.tensors["b"], self.tensors["Z"]
        return f"b[{self.layer}] {b.numeric_text} → {Z.numeric_text}"


@dataclass(frozen=True)
class NetworkShapes:
    """All layers' shapes plus the memory the network needs, in bytes of ``dtype``."""

    layers: tuple[LayerShapes, ...]
    m: int
    itemsize: int

    @property
    def L(self) -> int:
        return len(self.layers) - 1

    @property
    def parameter_count(self) -> int:
        return sum(layer.parameter_count for layer in self.layers)

    @property
    def parameter_bytes(self) -> int:
        return self.parameter_count * self.itemsize

    @property
    def activation_bytes(self) -> int:
        """The forward caches for m examples: Z[l] and A[l] of every layer (A[0] = X included)."""
        return self.itemsize * self.m * (self.layers[0].units + 2 * sum(l.units for l in self.layers[1:]))

    @property
    def training_bytes(self) -> int:
        """What one step holds at its peak: parameters, gradients and the caches."""
        return 2 * self.parameter_bytes + self.activation_bytes

    def tensor(self, name: str, layer: int) -> TensorShape:
        """The shape of ``name[layer]``, e.g. ``tensor("W", 2)``; KeyError for one that does not exist."""
        return self.layers[layer].tensors[name]


def network_shapes(layer_sizes: Sequence[int], m: int, activations: Optional[Sequence[str]] = None,
                   dtype: np.dtype | type = np.float64) -> NetworkShapes:
    """Shapes of W, b, Z, A, dW, db, dZ, dA for every layer of [n_x, n1, ..., nL] and m examples.

    Layer 0 (the input) has only A[0] = X and dA[0]; layers 1..L have all eight tensors.
    """
    sizes = check_layer_sizes(layer_sizes)
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or m < 1:
        raise ArchitectureError("architecture.m", m=m)
    if activations is not None and len(activations) != len(sizes) - 1:
        raise ArchitectureError("architecture.activation_count_for", L=len(sizes) - 1, count=len(activations))
    m = int(m)
    layers = [_layer_shapes(l, sizes[l - 1] if l else 0, n,
                            activations[l - 1] if activations is not None and l else None, m)
              for l, n in enumerate(sizes)]
    return NetworkShapes(tuple(layers), m, np.dtype(dtype).itemsize)


@lru_cache(maxsize=4096)
def _layer_shapes(l: int, n_prev: int, n: int, activation: Optional[str], m: int) -> LayerShapes:
    """Layer l's shapes, remembered: an edit of one layer of a deep network changes two of its layers,
    and the app asks for all of them again. Nothing changes a LayerShapes once made, so networks share them."""
    symbols = {"l": f"n[{l}]", "p": f"n[{l - 1}]", "1": "1", "m": "m"}
    values = {"l": n, "p": n_prev, "1": 1, "m": m}
    tensors = {name: TensorShape(name, l, (symbols[rows], symbols[cols]), (values[rows], values[cols]))
               for name, rows, cols in _TENSORS if l or name in _INPUT_TENSORS}
    return LayerShapes(l, n, activation, tensors, parameter_count((n_prev, n)) if l else 0)

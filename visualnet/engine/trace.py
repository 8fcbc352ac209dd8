"""One real training step, recorded as the ordered list of steps the pass animation plays.

The trace does not re-compute the math: it watches :meth:`Network.forward` and
:meth:`Network.backward` through their observers and writes down what they computed, in the
course's order -- forward l = 1..L (each layer's cache stored), the cost, dA[L], backward
l = L..1 (each reading its cache), the update. Every value shown on screen is one of these.
The network itself is not changed: the update step carries the new W[l], b[l] as values.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

from .network import Array, Cache, Network

PHASES = ("forward", "cost", "backward", "update")
_G_SYMBOLS = {"sigmoid": "σ"}  # the course writes σ(z); every other activation by its name

_COST_EQUATIONS = {
    "binary_cross_entropy": "J = -(1/m) Σ (Y log A[{L}] + (1 - Y) log(1 - A[{L}]))",
    "categorical_cross_entropy": "J = -(1/m) Σ Y log A[{L}]",
    "mean_squared_error": "J = (1/2m) Σ (A[{L}] - Y)²",
}
# one example (m = 1): the course's loss L(ŷ, y) of that example, no average
_LOSS_EQUATIONS = {
    "binary_cross_entropy": "L(ŷ, Y) = -(Y log A[{L}] + (1 - Y) log(1 - A[{L}]))",
    "categorical_cross_entropy": "L(ŷ, Y) = -Σ Y log A[{L}]",
    "mean_squared_error": "L(ŷ, Y) = (1/2) Σ (A[{L}] - Y)²",
}
_DA_EQUATIONS = {
    "binary_cross_entropy": "dA[{L}] = -(Y / A[{L}] - (1 - Y) / (1 - A[{L}]))",
    "categorical_cross_entropy": "dA[{L}] = -Y / A[{L}]",
    "mean_squared_error": "dA[{L}] = A[{L}] - Y",
}


@dataclass(frozen=True)
class TensorValue:
    """A named tensor of the pass (``"W[2]"``) and its real values (read-only)."""

    symbol: str
    values: Array

    @property
    def shape(self) -> tuple[int, ...]:
        return self.values.shape


@dataclass(frozen=True)
class TraceStep:
    """One step: which phase and layer, the equation, and the tensors it read and wrote.

    ``cache`` is the layer whose cache the step stores (forward) or reads back (backward).
    """

    index: int
    phase: str
    layer: int
    kind: str
    equation: str
    shapes: str
    reads: tuple[TensorValue, ...]
    writes: tuple[TensorValue, ...]
    cache: Optional[int] = None

    def tensor(self, symbol: str) -> TensorValue:
        """A tensor this step read or wrote, by symbol; KeyError when it has none by that name."""
        for t in (*self.writes, *self.reads):
            if t.symbol == symbol:
                return t
        raise KeyError(symbol)


def g_symbol(g: str) -> str:
    """How the course writes activation ``g`` in an equation (σ for sigmoid): one symbol per function,
    in the trace, the diagram and the panel alike."""
    return _G_SYMBOLS.get(g, g)


def _frozen(values: Array) -> Array:
    view = np.asarray(values).view()
    view.flags.writeable = False
    return view


def _shape(values: Array) -> str:
    return "(" + ", ".join(str(n) for n in np.shape(values)) + ")"


class _Recorder:
    """Collects the steps; the observers of forward and backward call into it."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self.steps: list[TraceStep] = []

    def add(self, phase: str, layer: int, kind: str, equation: str, shapes: str,
            reads: dict[str, Array], writes: dict[str, Array], cache: Optional[int] = None) -> None:
        self.steps.append(TraceStep(
            len(self.steps), phase, layer, kind, equation, shapes,
            tuple(TensorValue(k, _frozen(v)) for k, v in reads.items()),
            tuple(TensorValue(k, _frozen(v)) for k, v in writes.items()), cache))

    def forward(self, l: int, cache: Cache, A: Array) -> None:
        p, gname = l - 1, g_symbol(self.net.activations[l - 1])
        Zs = _shape(cache.Z)
        self.add("forward", l, "linear", f"Z[{l}] = W[{l}] A[{p}] + b[{l}]",
                 f"{Zs} = {_shape(cache.W)}{_shape(cache.A_prev)} + {_shape(cache.b)}",
                 {f"W[{l}]": cache.W, f"A[{p}]": cache.A_prev, f"b[{l}]": cache.b}, {f"Z[{l}]": cache.Z})
        self.add("forward", l, "activation", f"A[{l}] = {gname}(Z[{l}])", f"{_shape(A)} = {gname}({Zs})",
                 {f"Z[{l}]": cache.Z}, {f"A[{l}]": A})
        self.add("forward", l, "cache", f"cache[{l}] = (A[{p}], W[{l}], b[{l}], Z[{l}])",
                 f"({_shape(cache.A_prev)}, {_shape(cache.W)}, {_shape(cache.b)}, {Zs})",
                 {f"A[{p}]": cache.A_prev, f"W[{l}]": cache.W, f"b[{l}]": cache.b, f"Z[{l}]": cache.Z},
                 {}, cache=l)

    def backward(self, l: int, dZ: Array, dW: Array, db: Array, dA_prev: Optional[Array],
                 caches: list[Cache], dA: dict[int, Array], lambd: float, AL: Array, Y: Array) -> None:
        net, L, cache = self.net, self.net.L, caches[l - 1]
        one = dZ.shape[1] == 1  # one example: the course's dw = dz aᵀ, db = dz, no average
        fused = l == L and net.activations[-1] == net.loss.fused_output  # computed as A[L] - Y
        equation, shapes = dZ_equation(net.activations[l - 1], l, fused)
        reads = {f"A[{L}]": AL, "Y": Y} if fused else {f"dA[{l}]": dA[l], f"Z[{l}]": cache.Z}
        self.add("backward", l, "dZ", equation,
                 shapes.format(dZ=_shape(dZ), dA=_shape(dA[l]), Z=_shape(cache.Z), A=_shape(cache.Z)),
                 reads, {f"dZ[{l}]": dZ}, cache=l)
        l2 = f" + (λ/m) W[{l}]" if lambd else ""
        self.add("backward", l, "dW", f"dW[{l}] = {'' if one else '(1/m) '}dZ[{l}] A[{l - 1}]ᵀ{l2}",
                 f"{_shape(dW)} = {_shape(dZ)}{_shape(cache.A_prev.T)}",
                 {f"dZ[{l}]": dZ, f"A[{l - 1}]": cache.A_prev, **({f"W[{l}]": cache.W} if lambd else {})},
                 {f"dW[{l}]": dW}, cache=l)
        self.add("backward", l, "db",
                 f"db[{l}] = dZ[{l}]" if one else f"db[{l}] = (1/m) np.sum(dZ[{l}], axis=1, keepdims=True)",
                 f"{_shape(db)} = {_shape(dZ)}" if one else f"{_shape(db)} = Σ {_shape(dZ)}",
                 {f"dZ[{l}]": dZ}, {f"db[{l}]": db})
        if dA_prev is not None:
            dA[l - 1] = dA_prev
            self.add("backward", l, "dA_prev", f"dA[{l - 1}] = W[{l}]ᵀ dZ[{l}]",
                     f"{_shape(dA_prev)} = {_shape(cache.W.T)}{_shape(dZ)}",
                     {f"W[{l}]": cache.W, f"dZ[{l}]": dZ}, {f"dA[{l - 1}]": dA_prev}, cache=l)


def dZ_equation(g: str, l: int, fused: bool) -> tuple[str, str]:
    """dZ[l] in the course's words, and its shapes as a template (``{dZ}``, ``{dA}``, ``{Z}``, ``{A}``).

    A hidden layer (or an output whose loss is not its pair) multiplies entry by entry:
    dZ = dA * g'(Z). An output paired with its loss (sigmoid or softmax with cross-entropy) is
    written dZ[L] = A[L] - Y, as the course does: for softmax the derivative is a Jacobian, not
    an entrywise g', and only the pair's product simplifies to A - Y.
    """
    if fused:
        return f"dZ[{l}] = A[{l}] - Y", "{dZ} = {A} - {A}"
    return f"dZ[{l}] = dA[{l}] * {g_symbol(g)}'(Z[{l}])", "{dZ} = {dA} * {Z}"


def trace_step(net: Network, X: Array, Y: Array, learning_rate: float, lambd: float = 0.0) -> list[TraceStep]:
    """Run one real forward + cost + backward + gradient-descent update and return its steps.

    Parameters
    ----------
    net : the network; it is left unchanged (the update's results are in the last steps)
    X, Y : the batch, (n_x, m) and (n[L], m)
    learning_rate : α of the update
    lambd : L2 strength λ (0 for none)
    """
    snapshot = net.copy()  # the recorded W, b must not change when the caller trains on
    X = np.array(snapshot.check_X(X))
    Y = snapshot.check_Y(Y, X.shape[1])
    rec = _Recorder(snapshot)
    L, loss = snapshot.L, snapshot.loss

    AL, caches = snapshot.forward(X, observe=rec.forward)

    J = snapshot.cost(AL, Y, caches, lambd)
    l2 = " + (λ/2m) Σ ‖W[l]‖²" if lambd else ""
    cost_equation = (_LOSS_EQUATIONS if X.shape[1] == 1 else _COST_EQUATIONS)[loss.name].format(L=L)
    rec.add("cost", L, "cost", cost_equation + l2, f"{_shape(AL)}, {_shape(Y)} → ()",
            {f"A[{L}]": AL, "Y": Y}, {"J": np.array(J)})

    dA = {L: loss.dA(AL, Y)}
    rec.add("backward", L, "dA_out", _DA_EQUATIONS[loss.name].format(L=L), f"{_shape(dA[L])}",
            {f"A[{L}]": AL, "Y": Y}, {f"dA[{L}]": dA[L]})
    grads = snapshot.backward(AL, Y, caches, lambd,
                              observe=lambda l, dZ, dW, db, dA_prev:
                              rec.backward(l, dZ, dW, db, dA_prev, caches, dA, lambd, AL, Y))

    for l in range(1, L + 1):
        W, b = snapshot.params[f"W{l}"], snapshot.params[f"b{l}"]
        dW, db = grads[f"dW{l}"], grads[f"db{l}"]
        rec.add("update", l, "update", f"W[{l}] := W[{l}] - α dW[{l}],  b[{l}] := b[{l}] - α db[{l}]",
                f"{_shape(W)} - α {_shape(dW)},  {_shape(b)} - α {_shape(db)}",
                {f"W[{l}]": W, f"dW[{l}]": dW, f"b[{l}]": b, f"db[{l}]": db},
                {f"W[{l}] (new)": W - learning_rate * dW, f"b[{l}] (new)": b - learning_rate * db})
    return rec.steps

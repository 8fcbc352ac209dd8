"""The deep L-layer network of the course: parameters, forward, cost, backward, update.

Notation is the course's: ``W[l]: (n[l], n[l-1])``, ``b[l]: (n[l], 1)``, ``Z[l], A[l]: (n[l], m)``,
``A[0] = X``, ``A[L] = ŷ``; parameters live in ``params`` under the keys ``"W1"``, ``"b1"``, ...
and gradients under ``"dW1"``, ``"db1"``, ..., ``"dA1"``, ...

The one-layer steps (:func:`layer_forward`, :func:`layer_backward`, :func:`output_dZ`) are
module functions so that :mod:`visualnet.engine.trace` records exactly the arithmetic that
training runs, not a re-telling of it.
"""
from __future__ import annotations

import functools
import math
from numbers import Integral
from typing import Callable, Iterable, NamedTuple, Optional, Sequence

import numpy as np

from .activations import Activation, get_activation
from .errors import ArchitectureError, Bytes, LabelError, ResourceLimitError, ShapeError, say
from .initializers import initialize_parameters
from .losses import Loss, loss_for_output

Array = np.ndarray
DEFAULT_MAX_PARAMETER_BYTES = 1 << 30  # 1 GiB: a laptop still has room for gradients and Adam


ForwardObserver = Callable[[int, "Cache", Array], None]
BackwardObserver = Callable[[int, Array, Array, Array, Optional[Array]], None]


class Cache(NamedTuple):
    """What forward keeps of layer l for backward: the course's ``((A_prev, W, b), Z)``."""

    A_prev: Array
    W: Array
    b: Array
    Z: Array


TALL_LAYER_INPUTS = 1024  # n[l-1] from which a layer counts as tall (see weighted_sum)


def is_tall(n: int, n_prev: int) -> bool:
    """Whether a layer of n units on n_prev inputs is tall: thousands of inputs, few units."""
    return n_prev >= TALL_LAYER_INPUTS and n_prev >= 16 * n


def weighted_sum(W: Array, A_prev: Array) -> Array:
    """W A_prev: the (n[l], m) weighted sums of the inputs, the course's ``np.dot(W, A_prev)``.

    A tall layer -- far more inputs than units, like the course's first layer (12288 pixels
    into 20 units) -- is computed as (A_prevᵀ Wᵀ)ᵀ. That is the same product, transposed twice,
    but it hands BLAS the long n[l-1] axis in the order it reads fastest: 10-20% less time for the
    product that dominates a step. Z then comes back in column-major (Fortran) order, which
    NumPy handles like any other array.
    """
    if is_tall(*W.shape):
        return np.dot(A_prev.T, W.T).T
    return np.dot(W, A_prev)


def layer_forward(A_prev: Array, W: Array, b: Array, g: Activation,
                  WA: Optional[Array] = None) -> tuple[Array, Array]:
    """Z = W A_prev + b (b broadcast over the m columns), A = g(Z).

    ``WA`` is the product W A_prev when the caller already has it (see ``training._GramShortcut``).
    """
    if WA is None:
        Z = weighted_sum(W, A_prev)
        Z += b
    else:
        Z = WA + b
    return g.forward(Z), Z


SCALE_AFTER_MARGIN = 8192  # numbers a pass can cover in the time of one NumPy call's overhead


def layer_backward(dZ: Array, cache: Cache, need_dA_prev: bool = True, scale: float = 1.0
                   ) -> tuple[Optional[Array], Array, Array]:
    """dW = (1/m) dZ A_prev^T, db = (1/m) sum(dZ, axis=1), dA_prev = W^T dZ.

    The 1/m multiplies whichever is smaller, dZ (n[l] x m) before the product or dW and db
    after it: the same formula, and for the course's first layer a pass over 20 x 209 numbers
    instead of 20 x 12288, while a wide layer on a big batch (784 inputs, m = 1024) scales its dW.
    Scaling after takes one NumPy call more, which costs about as much as a pass over
    SCALE_AFTER_MARGIN numbers: small layers (the 2-D demos) keep scaling dZ.
    ``scale`` joins the 1/m: gradient descent asks for α dW, α db directly (see the Trainer).
    """
    m = dZ.shape[1]
    factor = scale / m
    ones = ones_column(m, dZ.dtype)
    if dZ.size <= cache.W.size + SCALE_AFTER_MARGIN:
        dZ_m = dZ * factor
        dW = np.dot(dZ_m, cache.A_prev.T)
        db = np.dot(dZ_m, ones)  # the row sums: BLAS does them faster than np.sum
    else:
        dW = np.dot(dZ, cache.A_prev.T)
        dW *= factor
        db = np.dot(dZ, ones)
        db *= factor
    dA_prev = back_product(cache.W, dZ) if need_dA_prev else None
    return dA_prev, dW, db


@functools.lru_cache(maxsize=16)
def ones_column(m: int, dtype: np.dtype) -> Array:
    """A read-only (m, 1) column of ones, made once per size: dZ times it sums each row of dZ."""
    ones = np.ones((m, 1), dtype=dtype)
    ones.flags.writeable = False
    return ones


def back_product(W: Array, dZ: Array) -> Array:
    """W^T dZ, the gradient passed back to the layer's inputs.

    For a one-unit layer (a sigmoid output) W^T dZ is an outer product -- one multiplication
    per entry, nothing summed -- which broadcasting computes in a third of BLAS's time.
    """
    if W.shape[0] == 1:
        return W.T * dZ
    return np.dot(W.T, dZ)


def output_dZ(AL: Array, Y: Array, ZL: Array, g: Activation, loss: Loss) -> Array:
    """dZ[L]: ``AL - Y`` when the loss is fused with the output, else dA[L] * g'(Z[L]).

    For sigmoid + binary cross-entropy, softmax + categorical cross-entropy and linear + mean
    squared error the chain rule collapses to AL - Y, which is exact where the course's
    dAL = -(Y/AL - (1-Y)/(1-AL)) divides by zero once a unit saturates.
    """
    if g.name == loss.fused_output:
        return AL - Y
    return g.backward(loss.dA(AL, Y), ZL, AL)


def all_finite(arrays: Iterable[Array]) -> bool:
    """Whether every array holds only finite numbers.

    One sum per array is the test: a NaN or an infinity (or an overflow to one) shows in it, and
    summing costs less than building the element-wise mask of ``np.isfinite``.
    """
    return all(math.isfinite(np.add.reduce(a, axis=None)) for a in arrays)


def check_layer_sizes(layer_sizes: Sequence[int]) -> tuple[int, ...]:
    try:
        sizes = list(layer_sizes)
    except TypeError:
        raise ArchitectureError("architecture.sizes_not_list") from None
    if len(sizes) < 2:
        raise ArchitectureError("architecture.too_few_layers", count=len(sizes))
    for l, n in enumerate(sizes):
        if isinstance(n, bool) or not isinstance(n, Integral):
            raise ArchitectureError("architecture.size_not_whole", l=l, n=n)
        if n < 1:
            raise ArchitectureError("architecture.size_zero", l=l, n=n)
    return tuple(int(n) for n in sizes)


def parameter_count(layer_sizes: Sequence[int]) -> int:
    """Number of scalars in W[1..L] and b[1..L]: sum of n[l] * (n[l-1] + 1)."""
    return sum(layer_sizes[l] * (layer_sizes[l - 1] + 1) for l in range(1, len(layer_sizes)))


class Network:
    """A fully connected L-layer network in the course's notation.

    Parameters
    ----------
    layer_sizes : [n_x, n[1], ..., n[L]]
    activations : one activation name per layer l = 1..L (softmax only for the output)
    init : "he", "xavier", "small", "zeros" or "course" (see :mod:`initializers`)
    seed : the seed of the initial draw; the same seed gives the same network
    dtype : float64 (exact, the course's) or float32 (faster on large layers)
    loss : None to follow the output activation, or a loss name that fits it
    max_parameter_bytes : refuse networks whose parameters would need more memory
    """

    def __init__(self, layer_sizes: Sequence[int], activations: Sequence[str], init: str = "he",
                 seed: int = 1, dtype: np.dtype | type = np.float64, loss: Optional[str] = None,
                 max_parameter_bytes: int = DEFAULT_MAX_PARAMETER_BYTES) -> None:
        self.layer_sizes = check_layer_sizes(layer_sizes)
        if isinstance(activations, str):
            raise ArchitectureError("architecture.activations_not_list")
        self.activations = tuple(activations)
        if len(self.activations) != self.L:
            raise ArchitectureError("architecture.activation_count", L=self.L, count=len(self.activations))
        self._g = tuple(get_activation(a) for a in self.activations)
        for l, g in enumerate(self._g[:-1], start=1):
            if g.output_only:
                raise ArchitectureError("architecture.output_only", g=g.name, l=l)
        if self._g[-1].name == "softmax" and self.layer_sizes[-1] < 2:
            raise ArchitectureError("architecture.softmax_units")
        self.loss: Loss = loss_for_output(self._g[-1].name, loss)
        self.dtype = np.dtype(dtype)
        if self.dtype not in (np.float32, np.float64):
            raise ArchitectureError("architecture.dtype", dtype=str(self.dtype))
        if isinstance(seed, bool) or not isinstance(seed, Integral) or not 0 <= seed < 2**32:
            raise ArchitectureError("architecture.seed", seed=seed)
        self.init, self.seed = init, int(seed)
        needed = self.parameter_count * self.dtype.itemsize
        if needed > max_parameter_bytes:
            raise ResourceLimitError("limit.network", parameter_count=self.parameter_count, need=Bytes(needed),
                                     limit=Bytes(max_parameter_bytes))
        self._params = initialize_parameters(self.layer_sizes, init, seed, self.dtype)
        self._keys = tuple((f"W{l}", f"b{l}") for l in range(1, self.L + 1))
        self.parameter_keys = tuple(key for pair in self._keys for key in pair)
        # the names backward stores layer l's gradients under, built once rather than every step
        self._grad_keys = tuple((f"dW{l}", f"db{l}", f"dA{l - 1}") for l in range(1, self.L + 1))
        self._update_buffers: dict[str, Array] = {}

    # ------------------------------------------------------------------ structure
    @property
    def L(self) -> int:
        """Number of layers with parameters (the input layer is not counted, as in the course)."""
        return len(self.layer_sizes) - 1

    @property
    def n_x(self) -> int:
        return self.layer_sizes[0]

    @property
    def parameter_count(self) -> int:
        return parameter_count(self.layer_sizes)

    @property
    def task(self) -> str:
        """"binary", "multiclass" or "regression", read off the output layer and loss."""
        if self.loss.name == "binary_cross_entropy":
            return "binary"
        if self.loss.name == "categorical_cross_entropy":
            return "multiclass"
        return "regression"

    def __repr__(self) -> str:
        return (f"Network({list(self.layer_sizes)}, {list(self.activations)}, init={self.init!r}, "
                f"seed={self.seed}, dtype=np.{self.dtype.name})")

    # ------------------------------------------------------------------ parameters
    @property
    def params(self) -> dict[str, Array]:
        """The live parameters {"W1": (n1, n_x), "b1": (n1, 1), ...}; assign a dict to replace."""
        return self._params

    @params.setter
    def params(self, new: dict[str, Array]) -> None:
        self._params = self.checked_parameters(new)

    def checked_parameters(self, new: dict[str, Array]) -> dict[str, Array]:
        """A copy of ``new`` in this network's dtype, after checking every key and shape."""
        expected = {f"W{l}": (self.layer_sizes[l], self.layer_sizes[l - 1]) for l in range(1, self.L + 1)}
        expected.update({f"b{l}": (self.layer_sizes[l], 1) for l in range(1, self.L + 1)})
        missing = sorted(set(expected) - set(new))
        extra = sorted(set(new) - set(expected))
        if missing or extra:
            raise ShapeError("shape.parameter_keys", L=self.L, missing=missing or say('word.nothing'),
                             unexpected=extra or say('word.nothing'))
        checked = {}
        for key, shape in expected.items():
            value = np.asarray(new[key])
            if value.shape != shape:
                l = key[1:]
                sym = f"(n[{l}], n[{int(l) - 1}])" if key[0] == "W" else f"(n[{l}], 1)"
                raise ShapeError("shape.parameter", kind=key[0], l=l, sym=sym, shape=shape, found=value.shape)
            if not np.issubdtype(value.dtype, np.number) or np.iscomplexobj(value):
                raise ShapeError("shape.parameter_dtype", key=key, dtype=str(value.dtype))
            if not np.isfinite(value).all():
                raise ShapeError("shape.parameter_not_finite", key=key)
            checked[key] = np.array(value, dtype=self.dtype, order="C")
        return checked

    def copy(self) -> "Network":
        """An independent network with the same architecture and a copy of the parameters."""
        twin = object.__new__(Network)
        twin.__dict__.update(self.__dict__)
        twin._params = {k: v.copy() for k, v in self._params.items()}
        twin._update_buffers = {}
        return twin

    # ------------------------------------------------------------------ data checks
    def check_X(self, X: Array) -> Array:
        """X as a (n_x, m) array of this network's dtype, or a ShapeError naming both numbers."""
        X = np.asarray(X)
        if X.ndim != 2:
            raise ShapeError("shape.X_not_2d", ndim=X.ndim, shape=X.shape)
        if X.shape[0] != self.n_x:
            hint = say("shape.X_transposed") if X.shape[1] == self.n_x else ""
            raise ShapeError("shape.X_rows", rows=X.shape[0], n_x=self.n_x, hint=hint)
        if X.shape[1] == 0:
            raise ShapeError("shape.X_empty")
        if X.dtype != self.dtype:
            X = X.astype(self.dtype)
        return X

    def check_Y(self, Y: Array, m: Optional[int] = None) -> Array:
        """Y as (n[L], m) labels that fit the output, or a LabelError/ShapeError saying why."""
        Y = np.asarray(Y)
        n_L = self.layer_sizes[-1]
        if Y.ndim != 2 or Y.shape[0] != n_L:
            raise ShapeError("shape.Y", n_L=n_L, shape=Y.shape)
        if m is not None and Y.shape[1] != m:
            raise ShapeError("shape.Y_examples", m_Y=Y.shape[1], m=m)
        if not np.issubdtype(Y.dtype, np.number) or not np.isfinite(Y).all():
            raise LabelError("label.Y_not_finite")
        if self.task == "binary" and ((Y < 0) | (Y > 1)).any():
            bad = Y[(Y < 0) | (Y > 1)].flat[0]
            raise LabelError("label.binary", bad=float(bad))
        if self.task == "multiclass":
            if ((Y != 0) & (Y != 1)).any() or not (Y.sum(axis=0) == 1).all():
                raise LabelError("label.one_hot", n_L=n_L)
        return Y.astype(self.dtype, copy=False)

    # ------------------------------------------------------------------ the passes
    # Each pass checks its arguments and hands over to a private twin that trusts them: the
    # Trainer checks its data once and calls the twins on every step.
    def forward(self, X: Array, observe: Optional[ForwardObserver] = None) -> tuple[Array, list[Cache]]:
        """A[L] and the caches (A_prev, W, b, Z) of layers 1..L, in that order.

        ``observe(l, cache, A)`` is called after each layer; :mod:`trace` records the pass that way.
        """
        return self._forward(self.check_X(X), observe)

    def _forward(self, A: Array, observe: Optional[ForwardObserver] = None,
                 first_product: Optional[Callable[[Array], Array]] = None) -> tuple[Array, list[Cache]]:
        """forward on a checked X; ``first_product(W1)`` gives W[1] X when the caller knows it."""
        caches: list[Cache] = []
        p = self._params
        try:
            for l, ((kW, kb), g) in enumerate(zip(self._keys, self._g), start=1):
                W, b = p[kW], p[kb]
                WA = first_product(W) if l == 1 and first_product is not None else None
                A_next, Z = layer_forward(A, W, b, g, WA)
                cache = Cache(A, W, b, Z)
                caches.append(cache)
                A = A_next
                if observe is not None:
                    observe(l, cache, A)
        except (ValueError, KeyError, TypeError):
            self.checked_parameters(p)  # names the parameter that was replaced wrongly
            raise
        return A, caches

    def cost(self, AL: Array, Y: Array, caches: Optional[Sequence[Cache]] = None,
             lambd: float = 0.0) -> float:
        """J = (1/m) sum of the losses (+ lambd/(2m) sum ||W[l]||^2 with L2).

        Pass ``caches`` to compute from the logits Z[L]: exact even when AL saturates to 0 or 1.
        """
        if np.shape(AL) != np.shape(Y):
            raise ShapeError("shape.AL_Y", AL_shape=np.shape(AL), Y_shape=np.shape(Y))
        return self._cost(AL, Y, caches, lambd)

    def _cost(self, AL: Array, Y: Array, caches: Optional[Sequence[Cache]], lambd: float) -> float:
        fused = caches is not None and self._g[-1].name == self.loss.fused_output
        J = self.loss.cost(AL, Y, caches[-1].Z if fused else None)
        if lambd:
            J += lambd / (2 * AL.shape[1]) * sum(float(np.vdot(self._params[kW], self._params[kW]))
                                                 for kW, _ in self._keys)
        return J

    def backward(self, AL: Array, Y: Array, caches: Sequence[Cache], lambd: float = 0.0,
                 return_dA0: bool = False, observe: Optional[BackwardObserver] = None) -> dict[str, Array]:
        """Gradients dW[l], db[l] for l = 1..L and dA[l] for l = 1..L-1 (dA0 only when asked).

        dA0, the gradient with respect to X, costs up to 40% of a step and no update needs it.
        ``observe(l, dZ, dW, db, dA_prev)`` is called after each layer, from L down to 1.
        """
        if np.shape(AL) != np.shape(Y):
            raise ShapeError("shape.AL_Y", AL_shape=np.shape(AL), Y_shape=np.shape(Y))
        if len(caches) != self.L:
            raise ShapeError("shape.caches", L=self.L, count=len(caches))
        if Y.dtype != self.dtype:  # float64 labels would silently turn a float32 pass into float64
            Y = Y.astype(self.dtype)
        return self._backward(AL, Y, caches, lambd, return_dA0, observe)

    def _backward(self, AL: Array, Y: Array, caches: Sequence[Cache], lambd: float = 0.0,
                  return_dA0: bool = False, observe: Optional[BackwardObserver] = None,
                  scale: float = 1.0) -> dict[str, Array]:
        """backward on checked arguments; dW[l] and db[l] come multiplied by ``scale``."""
        grads: dict[str, Array] = {}
        L, g = self.L, self._g
        dZ = output_dZ(AL, Y, caches[-1].Z, g[-1], self.loss)
        for l in range(L, 0, -1):
            cache = caches[l - 1]
            if l < L:
                dZ = g[l - 1].backward(dA, cache.Z, caches[l].A_prev)
            dA, dW, db = layer_backward(dZ, cache, l > 1 or return_dA0, scale)
            if lambd:
                dW += (scale * lambd / AL.shape[1]) * cache.W
            kW, kb, kA = self._grad_keys[l - 1]
            grads[kW], grads[kb] = dW, db
            if dA is not None:
                grads[kA] = dA
            if observe is not None:
                observe(l, dZ, dW, db, dA)
        return grads

    def apply_steps(self, steps: dict[str, Array]) -> bool:
        """Subtract each step from its parameter, all or nothing.

        The caller hands the step arrays over: each new value is computed into its step array,
        which then becomes the parameter, so applying allocates nothing. Returns False, leaving
        every parameter as it was, when any result would be NaN or infinite: that is how a
        diverging run keeps its last finite parameters.
        """
        p = self._params
        for key, step in steps.items():
            np.subtract(p[key], step, out=step)
        if not all_finite(steps.values()):
            return False
        p.update(steps)
        return True

    def update(self, grads: dict[str, Array], learning_rate: float) -> None:
        """Gradient descent in place: W[l] := W[l] - α dW[l], b[l] := b[l] - α db[l].

        The plain, fast update of the course; the Trainer uses :meth:`apply_steps` instead,
        which refuses a step that would make a parameter infinite. α dW goes into a buffer kept
        between calls: a fresh 2 MB array every step (the course's W[1]) costs the operating
        system hundreds of page faults to hand out and take back.
        """
        p, buffers = self._params, self._update_buffers
        for key in self.parameter_keys:
            theta = p[key]
            buffer = buffers.get(key)
            if buffer is None or buffer.shape != theta.shape or buffer.dtype != theta.dtype:
                buffer = buffers[key] = np.empty_like(theta)
            theta -= np.multiply(grads["d" + key], learning_rate, out=buffer)

    # ------------------------------------------------------------------ results
    def predict(self, X: Array) -> Array:
        """Class labels (0/1 rows for sigmoid, class indices for softmax) or values (regression)."""
        AL, _ = self.forward(X)
        return prediction_from_output(AL, self.task)

    def accuracy(self, X: Array, Y: Array) -> Optional[float]:
        """Fraction of examples classified right; None for regression, which has no accuracy."""
        AL, _ = self.forward(X)
        return accuracy_from_output(AL, self.check_Y(Y, AL.shape[1]), self.task)


def prediction_from_output(AL: Array, task: str) -> Array:
    """ŷ turned into a decision: threshold 0.5, arg-max over classes, or the value itself."""
    if task == "binary":
        return (AL > 0.5).astype(np.int64)
    if task == "multiclass":
        return AL.argmax(axis=0)
    return AL


def accuracy_from_output(AL: Array, Y: Array, task: str) -> Optional[float]:
    """Accuracy of outputs AL against labels Y, shared by Network.accuracy and the Trainer."""
    if task == "binary":
        return float(((AL > 0.5) == (Y > 0.5)).mean())
    if task == "multiclass":
        return float((AL.argmax(axis=0) == Y.argmax(axis=0)).mean())
    return None

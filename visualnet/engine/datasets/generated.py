"""Seeded toy datasets: 2-D point clouds to draw decision boundaries on, n-bit parity and 1-D curves.

Every generator draws from its own ``np.random.RandomState(seed)``, never from NumPy's global
state, so the same arguments always give bit-identical arrays and loading a dataset does not
disturb anyone else's random numbers. The 2-D sets have X of shape (2, m); two classes give a
0/1 row Y of shape (1, m) and k > 2 classes one-hot columns (k, m), as :func:`from_labels` builds.

Classes are as even as ``m`` allows: the first ``m % k`` classes get one extra example.
"""
from __future__ import annotations

from math import isfinite
from numbers import Integral, Real
from typing import Any, Optional

import numpy as np

from ..errors import DatasetError, Message, say
from .base import Dataset, from_labels

DEFAULT_M = 400
DEFAULT_SEED = 1  # the course seeds its planar data with 1
MAX_M = 1_000_000  # 16 MB of 2-D points: plenty to learn from, still quick to plot
MAX_CLASSES = 10
MAX_PARITY_BITS = 16  # 2^16 = 65,536 patterns; each further bit doubles the data and the work
MAX_SAWTOOTH_K = 8  # 2^8 = 256 teeth: the one-hidden-layer construction already needs 256 units
SAWTOOTH_M = 257  # x = j / 256: every breakpoint of every k up to MAX_SAWTOOTH_K is an example

# The course's flower: petals of length a = 4, each class sweeps 3.12 rad (just under pi).
FLOWER_RAY = 4
FLOWER_SWEEP = 3.12
SPIRAL_SWEEP = 4.0  # radians each arm turns from the centre outwards, as in CS231n's spiral data


# -- argument checks: each names the argument, its meaning and the value given -------------------

def _whole(value: Any, name: str, meaning: Message, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or not low <= value <= high:
        raise DatasetError("dataset.whole_range", name=name, meaning=meaning, low=low, high=high, value=value)
    return int(value)


def _check_m(m: Any, generator: str, groups: int) -> int:
    """m, with at least one example in each class or cluster so that none comes out empty."""
    m = _whole(m, "m", say("meaning.m"), 1, MAX_M)
    if m < groups:
        raise DatasetError("dataset.too_few_examples", generator=generator, groups=groups, m=m)
    return m


def _is_number(value: Any) -> bool:
    """A real number, not a bool: ``noise=True`` is a slip, not a standard deviation of 1."""
    return isinstance(value, Real) and not isinstance(value, bool)


def _check_noise(noise: Any) -> float:
    if not _is_number(noise) or not isfinite(noise) or noise < 0:
        raise DatasetError("dataset.noise", noise=noise)
    return float(noise)


def _check_seed(seed: Any) -> int:
    return _whole(seed, "seed", say("meaning.seed"), 0, 2**32 - 1)


def _check_factor(factor: Any) -> float:
    if not _is_number(factor) or not 0 < factor < 1:
        raise DatasetError("dataset.factor", factor=factor)
    return float(factor)


def check_sawtooth_k(k: Any) -> int:
    """k, the number of times the tent map is composed (the sawtooth has 2^k linear pieces)."""
    return _whole(k, "k", say("meaning.sawtooth_k"), 1, MAX_SAWTOOTH_K)


def _check_k(k: Any) -> int:
    return _whole(k, "k", say("meaning.k"), 2, MAX_CLASSES)


# -- building blocks ---------------------------------------------------------------------------

def _class_sizes(m: int, k: int) -> list[int]:
    return [m // k + (j < m % k) for j in range(k)]


def _polar(r: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Points (r sin t, r cos t) as a (2, N) block: the course's flower puts sin on x1."""
    return np.vstack([r * np.sin(t), r * np.cos(t)])


def _jitter(rng: np.random.RandomState, X: np.ndarray, noise: float) -> np.ndarray:
    return X + noise * rng.randn(*X.shape)


def _clusters(rng: np.random.RandomState, centres: np.ndarray, cluster_labels: list[int], m: int,
              noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian clouds of spread ``noise`` around the (2, c) centres, with the given label each."""
    sizes = _class_sizes(m, centres.shape[1])
    X = _jitter(rng, np.repeat(centres, sizes, axis=1), noise)
    return X, np.repeat(cluster_labels, sizes)


def _labels_by_class(sizes: list[int]) -> np.ndarray:
    return np.repeat(np.arange(len(sizes)), sizes)


def _source(generator: str, arguments: dict[str, Any]) -> str:
    """The call that rebuilds the data, stored with a project: ``flower(m=400, noise=0.2, seed=1)``."""
    return f"{generator}({', '.join(f'{key}={value!r}' for key, value in arguments.items())})"


def _dataset(generator: str, X: np.ndarray, labels: np.ndarray, arguments: dict[str, Any],
             classes: Optional[tuple[str, ...]] = None) -> Dataset:
    return from_labels(generator, X, labels, classes, source=_source(generator, arguments))


# -- the datasets --------------------------------------------------------------------------------

def flower(m: int = DEFAULT_M, noise: float = 0.2, seed: int = DEFAULT_SEED) -> Dataset:
    """The course's planar "flower": two classes of petals that no straight line separates.

    With the defaults, X and Y hold exactly the values of the course's ``load_planar_dataset()``
    (the same random draws in the same order), so results can be compared with the notebook.

    Parameters
    ----------
    m : int
        Number of points, split evenly between the two classes.
    noise : float
        Standard deviation of the jitter added to each point's angle and to its radius.
    seed : int
        Seed of the random generator.
    """
    m, noise, seed = _check_m(m, "flower", 2), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    sizes = _class_sizes(m, 2)
    blocks = []
    for j, N in enumerate(sizes):
        t = np.linspace(j * FLOWER_SWEEP, (j + 1) * FLOWER_SWEEP, N) + rng.randn(N) * noise  # theta
        r = FLOWER_RAY * np.sin(4 * t) + rng.randn(N) * noise  # radius
        blocks.append(_polar(r, t))
    return _dataset("flower", np.hstack(blocks), _labels_by_class(sizes), dict(m=m, noise=noise, seed=seed))


def moons(m: int = DEFAULT_M, noise: float = 0.2, seed: int = DEFAULT_SEED) -> Dataset:
    """Two interleaved half circles: curved, so a single straight boundary misclassifies the tips.

    The lower moon is the upper one turned half a turn about the origin, which keeps the data
    centred on (0, 0) without any rescaling.
    """
    m, noise, seed = _check_m(m, "moons", 2), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    sizes = _class_sizes(m, 2)
    arcs = [np.vstack([np.cos(a) - 0.5, np.sin(a) - 0.25]) for a in (np.linspace(0, np.pi, N) for N in sizes)]
    X = _jitter(rng, np.hstack([arcs[0], -arcs[1]]), noise)
    return _dataset("moons", X, _labels_by_class(sizes), dict(m=m, noise=noise, seed=seed), ("upper", "lower"))


def circles(m: int = DEFAULT_M, noise: float = 0.1, factor: float = 0.5, seed: int = DEFAULT_SEED) -> Dataset:
    """A ring around a disc: the classes differ by distance from the centre, not by side.

    Parameters
    ----------
    factor : float
        Radius of the inner circle relative to the outer one (radius 1), strictly between 0 and 1.
    """
    m, noise, seed = _check_m(m, "circles", 2), _check_noise(noise), _check_seed(seed)
    factor = _check_factor(factor)
    rng = np.random.RandomState(seed)
    sizes = _class_sizes(m, 2)
    rings = [_polar(np.full(N, radius), np.linspace(0, 2 * np.pi, N, endpoint=False))
             for N, radius in zip(sizes, (1.0, factor))]
    X = _jitter(rng, np.hstack(rings), noise)
    return _dataset("circles", X, _labels_by_class(sizes), dict(m=m, noise=noise, factor=factor, seed=seed),
                    ("outer", "inner"))


def xor(m: int = DEFAULT_M, noise: float = 0.35, seed: int = DEFAULT_SEED) -> Dataset:
    """Exclusive or: four Gaussian clusters at (±1, ±1), class 1 where x1 and x2 have opposite signs.

    The classic problem one layer cannot solve and one hidden layer can; it is 2-bit parity
    with room around each corner. Clusters rather than a filled square, so the classes stay
    apart when ``noise`` is small and overlap gradually as it grows.
    """
    m, noise, seed = _check_m(m, "xor", 4), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    centres = np.array([[-1.0, -1.0, 1.0, 1.0], [-1.0, 1.0, -1.0, 1.0]])
    X, labels = _clusters(rng, centres, [0, 1, 1, 0], m, noise)
    return _dataset("xor", X, labels, dict(m=m, noise=noise, seed=seed), ("same sign", "opposite signs"))


def spiral(m: int = DEFAULT_M, k: int = 3, noise: float = 0.2, seed: int = DEFAULT_SEED) -> Dataset:
    """k spiral arms winding out of the centre, one class each: hard for shallow networks.

    Arm j starts at angle 2 pi j / k and turns through 4 radians as its radius grows from 0 to 1;
    ``noise`` jitters the angle.
    """
    k = _check_k(k)
    m, noise, seed = _check_m(m, "spiral", k), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    sizes = _class_sizes(m, k)
    arms = []
    for j, N in enumerate(sizes):
        r = np.linspace(0.0, 1.0, N)
        arms.append(_polar(r, 2 * np.pi * j / k + SPIRAL_SWEEP * r + rng.randn(N) * noise))
    return _dataset("spiral", np.hstack(arms), _labels_by_class(sizes), dict(m=m, k=k, noise=noise, seed=seed))


def blobs(m: int = DEFAULT_M, k: int = 3, noise: float = 0.5, seed: int = DEFAULT_SEED) -> Dataset:
    """k Gaussian blobs, one class each, centred evenly on a circle of radius 2.

    Centres on a circle can all be told apart by straight lines, so this is the set on which
    softmax regression (no hidden layer) already works; ``noise`` is each blob's spread.
    """
    k = _check_k(k)
    m, noise, seed = _check_m(m, "blobs", k), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    centres = _polar(np.full(k, 2.0), 2 * np.pi * np.arange(k) / k)
    X, labels = _clusters(rng, centres, list(range(k)), m, noise)
    return _dataset("blobs", X, labels, dict(m=m, k=k, noise=noise, seed=seed))


def parity(n: int = 3) -> Dataset:
    """Every n-bit pattern and its parity: 1 when the number of 1 bits is odd.

    X is (n, 2^n) with bits as 0.0/1.0, the way bits are written; column j is j in binary with
    the most significant bit in row 0, so reading a column top to bottom spells its index.
    Flipping any one bit flips the label, which is why parity needs depth or many units.
    There is no noise and no seed: the data is the whole truth table.
    """
    n = _whole(n, "n", say("meaning.bits"), 1, MAX_PARITY_BITS)
    shifts = np.arange(n - 1, -1, -1)[:, None]
    X = ((np.arange(2 ** n)[None, :] >> shifts) & 1).astype(np.float64)
    labels = X.sum(axis=0).astype(np.int64) % 2
    return _dataset("parity", X, labels, dict(n=n), ("even", "odd"))


def sine(m: int = DEFAULT_M, noise: float = 0.1, seed: int = DEFAULT_SEED) -> Dataset:
    """Regression: y = sin(x) + noise for x uniform in [-π, π], one input and one real output.

    The output layer is linear and the loss mean squared error; too large a learning rate makes
    this one diverge to infinity quickly, which is what the divergence guard is for.
    """
    arguments = {"m": m, "noise": noise, "seed": seed}
    m, noise, seed = _check_m(m, "sine", 1), _check_noise(noise), _check_seed(seed)
    rng = np.random.RandomState(seed)
    X = rng.uniform(-np.pi, np.pi, (1, m))
    Y = np.sin(X) + noise * rng.randn(1, m)
    return Dataset("sine", X, Y, "regression", source=_source("sine", arguments),
                   description="y = sin(x) + noise")


def sawtooth_values(X: np.ndarray, k: int) -> np.ndarray:
    """The tent map t(x) = 2x for x <= 1/2, 2 - 2x above, composed k times: 2^k teeth on [0, 1].

    Written directly (2^k x folded at every whole number), not as a network, so that it can check one.
    """
    s = np.mod(X * 2.0 ** k, 2.0)
    return np.where(s <= 1.0, s, 2.0 - s)


def sawtooth(k: int = 3, m: int = SAWTOOTH_M) -> Dataset:
    """Regression: y = t^k(x), the tent map composed k times, at m evenly spaced x in [0, 1].

    The function of the "why deep" comparison: k hidden layers of 2 ReLU units compute it exactly,
    one hidden layer needs 2^k units (see :mod:`visualnet.engine.depth`). No noise and no seed.
    """
    arguments = {"k": k, "m": m}
    k, m = check_sawtooth_k(k), _check_m(m, "sawtooth", 2)
    X = np.linspace(0.0, 1.0, m)[None, :]
    return Dataset("sawtooth", X, sawtooth_values(X, k), "regression", source=_source("sawtooth", arguments),
                   description="y = t^k(x)")

#!/usr/bin/env python
"""One full training step of the visualnet engine against PyTorch CPU, side by side.

    python benchmarks/engine_speed.py            # full run, about 2-3 minutes on 2 quiet cores
    python benchmarks/engine_speed.py --quick    # about 40 seconds
    python benchmarks/engine_speed.py --repeat 11

A step is what a training loop does once per iteration: forward, cost, backward and a plain
gradient-descent update. Every implementation runs in this one process with the same shapes,
dtype and thread count (2 for NumPy's BLAS through threadpoolctl, 2 for torch), on the same data
and from the same initial parameters:

* engine       -- ``visualnet.engine.Network``: forward, cost(from the caches), backward, update;
* torch        -- the faster of two PyTorch versions on raw tensors (no nn.Module):
                  ``autograd`` (requires_grad, loss.backward(), in-place update under no_grad),
                  ``manual`` (the same backward written out, in inference mode);
* course-style -- the course notebook's own code (tuple caches, dAL = -(Y/AL - (1-Y)/(1-AL)),
                  sigmoid_backward recomputing s, relu_backward copying dA, dA_prev at layer 1,
                  cost with np.log and np.squeeze, an update loop), for the sigmoid-output cases.

Timing: every implementation is warmed up; then, for each repeat, a block of steps of each one
runs in turn (engine, torch, course-style, then the other way round) from the same reset
parameters, with the garbage collector off and each step timed on its own. A block's figure is
its median step time; a case's figure is the median over repeats, and the engine/torch ratio is
the median of the ratios of neighbouring blocks (its quartiles are printed too), so drift of the
machine cancels. When a step takes under 2 ms (the tiny network) the implementations alternate
in bursts of about 20 ms inside one block instead (the first step of a burst, run with the other
implementation's caches, not counted), which cancels even this host's second-to-second changes of
speed (such steps use no BLAS or torch worker threads, so nothing spins between them). Before each block the script waits until other processes leave the cores idle
and redoes a block they disturbed (two threads per library on two cores collapse when a third
competes). That pause also matters in itself: OpenBLAS worker threads busy-wait for a while after
a call and would otherwise steal a core from torch's next milliseconds (and libgomp's threads
from the engine's).

The course's 2,500-iteration run (float64, random data of the course's shape) is timed twice:
as the plain loop over the Network API and through the engine's Trainer (plain gradient descent,
full batch), each in chunks of 100 iterations, a disturbed chunk being rolled back and run again;
with --quick each runs 250 iterations and multiplies by 10.

The machine's environment is reported, never changed: OPENBLAS_CORETYPE in particular is only
printed (see the note it prints when it is set).
"""
from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

THREADS = 2
LEARNING_RATE = 0.0075  # the course's
SETTLE_SECONDS = 0.25   # pause between blocks of different implementations (see module doc)
REPO_ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------------------------
# command line, imports
# ---------------------------------------------------------------------------------------------
def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="fewer and shorter blocks; the 2,500-iteration run becomes 250, extrapolated")
    p.add_argument("--repeat", type=int, default=None, metavar="N",
                   help="alternating repeats per case (default 7, or 3 with --quick)")
    p.add_argument("--block", type=float, default=None, metavar="SECONDS",
                   help="target duration of one block of steps (default 0.4, or 0.15 with --quick)")
    p.add_argument("--only", action="append", default=None, metavar="NAME",
                   help="run only the cases whose name contains NAME (repeatable); 'scale' for the long run")
    p.add_argument("--engine-path", default=str(REPO_ROOT), metavar="DIR",
                   help="directory holding the visualnet package to measure (default: this checkout)")
    args = p.parse_args(argv)
    if args.repeat is None:
        args.repeat = 3 if args.quick else 7
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    if args.block is None:
        args.block = 0.15 if args.quick else 0.4
    return args


ARGS = parse_args()
sys.path.insert(0, os.path.abspath(ARGS.engine_path))

import numpy as np  # noqa: E402

try:
    import torch  # noqa: E402
    import torch.nn.functional as F  # noqa: E402
    from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402
except ImportError as exc:  # pragma: no cover - a missing optional dependency
    sys.exit(f"this benchmark needs the 'bench' extra (torch, threadpoolctl): {exc}")

from visualnet.engine import Network  # noqa: E402

torch.set_num_threads(THREADS)
_BLAS_LIMITS = threadpool_limits(limits=THREADS, user_api="blas")  # kept for the whole run


# ---------------------------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _torch_blas() -> str:
    cfg = torch.__config__.show()
    for part in cfg.replace("\n", ",").split(","):
        if "BLAS_INFO=" in part:
            return part.strip().split("=", 1)[1]
    return "unknown"


def environment_report() -> list[str]:
    lines = [f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
             f"{os.cpu_count()} logical CPU(s): {_cpu_model()}",
             f"numpy {np.__version__}, torch {torch.__version__}, "
             f"visualnet engine from {Path(sys.modules['visualnet'].__file__).parent}"]
    for lib in threadpool_info():
        desc = (f"  {lib['user_api']:7s} {lib['internal_api']} {lib.get('version') or ''} "
                f"threads={lib['num_threads']}")
        if lib.get("architecture"):
            desc += f" kernel={lib['architecture']}"
        if lib.get("threading_layer"):
            desc += f" threading={lib['threading_layer']}"
        lines.append(desc + f"  ({Path(lib['filepath']).name})")
    mkl = "MKL" if torch.backends.mkl.is_available() else "no MKL"
    lines.append(f"  torch   BLAS={_torch_blas()} ({mkl}, oneDNN "
                 f"{'on' if torch.backends.mkldnn.is_available() else 'off'}) "
                 f"cpu={torch.backends.cpu.get_cpu_capability()} "
                 f"intra-op threads={torch.get_num_threads()}")
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS",
                "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OMP_WAIT_POLICY"):
        if var in os.environ:
            lines.append(f"  {var}={os.environ[var]}")
    if "OPENBLAS_CORETYPE" not in os.environ:
        lines.append("  OPENBLAS_CORETYPE unset (OpenBLAS picked its kernel itself)")
    else:
        lines.append("  note: OPENBLAS_CORETYPE forces NumPy's OpenBLAS kernel and slows a current "
                     "NumPy; this script leaves it as is. To see the native kernel, run "
                     "`env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python benchmarks/engine_speed.py`.")
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    if not blas or any(lib["num_threads"] != THREADS for lib in blas) or torch.get_num_threads() != THREADS:
        lines.append(f"  WARNING: thread counts differ from {THREADS}; the comparison is not like for like")
    try:
        lines.append("  load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    except OSError:
        pass
    return lines


class ForeignLoad:
    """CPU used by other processes while a measurement ran, in cores (from /proc/stat)."""

    def __init__(self) -> None:
        self.start = self._sample()

    @staticmethod
    def _sample() -> Optional[tuple[float, float, float, float]]:
        try:
            fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        except OSError:
            return None
        ticks = [int(x) for x in fields]
        hz = os.sysconf("SC_CLK_TCK")
        idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
        steal = ticks[7] if len(ticks) > 7 else 0
        busy = sum(ticks[:8]) - idle - steal
        t = os.times()
        return time.perf_counter(), busy / hz, t.user + t.system, steal / hz

    def cores(self) -> Optional[tuple[float, float]]:
        end = self._sample()
        if self.start is None or end is None:
            return None
        wall = end[0] - self.start[0]
        if wall <= 0:
            return None
        foreign = (end[1] - self.start[1]) - (end[2] - self.start[2])
        steal = end[3] - self.start[3]
        return max(foreign, 0.0) / wall, steal / wall


# ---------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------
@dataclass
class Case:
    name: str
    sizes: list[int]
    activations: list[str]
    m: int
    dtype: type
    target: float                        # engine/torch must be at most this
    course_style: bool = False           # also time the course notebook's code
    course_expected: Optional[tuple[float, float]] = None  # expected engine/course-style range
    results: dict = field(default_factory=dict)


CASES = [
    Case("course f64", [12288, 20, 7, 5, 1], ["relu", "relu", "relu", "sigmoid"], 209, np.float64,
         0.9, course_style=True, course_expected=(1 / 1.7, 1 / 1.5)),
    Case("course f32", [12288, 20, 7, 5, 1], ["relu", "relu", "relu", "sigmoid"], 209, np.float32,
         1.0, course_style=True),
    Case("784-256-128-10 f32", [784, 256, 128, 10], ["relu", "relu", "softmax"], 1024, np.float32,
         1.0),
    Case("tiny f64", [2, 8, 8, 8, 1], ["relu", "relu", "relu", "sigmoid"], 500, np.float64,
         0.35, course_style=True),
]


def make_data(case: Case, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Random inputs in [0, 1) (like pixels / 255) and binary or one-hot labels."""
    rng = np.random.default_rng(seed)
    X = rng.random((case.sizes[0], case.m)).astype(case.dtype)
    n_out = case.sizes[-1]
    if case.activations[-1] == "softmax":
        Y = np.zeros((n_out, case.m), dtype=case.dtype)
        Y[rng.integers(0, n_out, case.m), np.arange(case.m)] = 1
    else:
        Y = (rng.random((n_out, case.m)) < 0.5).astype(case.dtype)
    return X, Y


# ---------------------------------------------------------------------------------------------
# implementations: each is make(case, X, Y, params0) -> (reset, step, one_step_result)
# ---------------------------------------------------------------------------------------------
class Impl:
    """One implementation set up for one case: ``reset()`` restores params0, ``step()`` trains."""

    name: str
    reset: Callable[[], None]
    step: Callable[[], float]
    grads_once: Callable[[], tuple[float, np.ndarray]]  # cost and dW1 of one step from params0


def engine_impl(case: Case, X, Y, params0) -> Impl:
    net = Network(case.sizes, case.activations, init="he", seed=1, dtype=case.dtype)
    impl = Impl()
    impl.name = "engine"

    def reset():
        net.params = params0  # checked and copied by the engine

    def step():
        AL, caches = net.forward(X)
        J = net.cost(AL, Y, caches)
        grads = net.backward(AL, Y, caches)
        net.update(grads, LEARNING_RATE)
        return J

    def grads_once():
        reset()
        AL, caches = net.forward(X)
        return net.cost(AL, Y, caches), net.backward(AL, Y, caches)["dW1"]

    impl.reset, impl.step, impl.grads_once = reset, step, grads_once
    return impl


def _torch_cost(ZL, Yt, output: str):
    if output == "sigmoid":
        return F.binary_cross_entropy_with_logits(ZL, Yt)  # mean over the n[L] x m entries
    # (n[L], m) layout: classes along axis 0; cross_entropy wants (m, classes); probability targets
    return F.cross_entropy(ZL.T, Yt.T)


def torch_autograd_impl(case: Case, X, Y, params0) -> Impl:
    """The usual PyTorch way: raw leaf tensors, autograd, in-place SGD under no_grad."""
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    L = len(case.sizes) - 1
    P = [torch.from_numpy(params0[f"{k}{l}"].copy()).requires_grad_()
         for l in range(1, L + 1) for k in ("W", "b")]
    output = case.activations[-1]
    foreach = hasattr(torch, "_foreach_add_")
    impl = Impl()
    impl.name = "torch autograd"

    def reset():
        with torch.no_grad():
            for p, l_k in zip(P, [(l, k) for l in range(1, L + 1) for k in ("W", "b")]):
                p.copy_(torch.from_numpy(params0[f"{l_k[1]}{l_k[0]}"]))
                p.grad = None

    def forward_cost():
        A = Xt
        for l in range(L - 1):
            A = torch.relu(torch.addmm(P[2 * l + 1], P[2 * l], A))  # Z = b + W A, fused
        ZL = torch.addmm(P[2 * L - 1], P[2 * L - 2], A)
        return _torch_cost(ZL, Yt, output)

    def step():
        J = forward_cost()
        J.backward()
        with torch.no_grad():
            grads = [p.grad for p in P]
            if foreach:
                torch._foreach_add_(P, grads, alpha=-LEARNING_RATE)
            else:  # pragma: no cover
                for p, g in zip(P, grads):
                    p.add_(g, alpha=-LEARNING_RATE)
        for p in P:
            p.grad = None
        return J.item()

    def grads_once():
        reset()
        J = forward_cost()
        J.backward()
        dW1 = P[0].grad.numpy().copy()
        for p in P:
            p.grad = None
        return J.item(), dW1

    impl.reset, impl.step, impl.grads_once = reset, step, grads_once
    return impl


def torch_manual_impl(case: Case, X, Y, params0) -> Impl:
    """PyTorch with the backward written out (no autograd graph), in inference mode."""
    Xt, Yt = torch.from_numpy(X), torch.from_numpy(Y)
    L = len(case.sizes) - 1
    W = [torch.from_numpy(params0[f"W{l}"].copy()) for l in range(1, L + 1)]
    b = [torch.from_numpy(params0[f"b{l}"].copy()) for l in range(1, L + 1)]
    P = [t for pair in zip(W, b) for t in pair]
    output = case.activations[-1]
    inv_m = 1.0 / case.m
    impl = Impl()
    impl.name = "torch manual"

    def reset():
        for l in range(L):
            W[l].copy_(torch.from_numpy(params0[f"W{l + 1}"]))
            b[l].copy_(torch.from_numpy(params0[f"b{l + 1}"]))

    @torch.inference_mode()
    def grads():
        A = Xt
        Zs, As = [], []
        for l in range(L):
            Z = torch.addmm(b[l], W[l], A)
            As.append(A)
            Zs.append(Z)
            if l < L - 1:
                A = torch.relu(Z)
        ZL = Zs[-1]
        if output == "sigmoid":
            AL = torch.sigmoid(ZL)
        else:
            AL = torch.softmax(ZL, dim=0)
        J = _torch_cost(ZL, Yt, output).item()
        dZ = AL - Yt                        # fused output gradient, as the engine's
        G = [None] * (2 * L)
        for l in range(L - 1, -1, -1):
            G[2 * l] = torch.mm(dZ, As[l].T).mul_(inv_m)
            G[2 * l + 1] = dZ.sum(dim=1, keepdim=True).mul_(inv_m)
            if l > 0:
                dA = torch.mm(W[l].T, dZ)
                dZ = torch.ops.aten.threshold_backward(dA, Zs[l - 1], 0)  # dA * (Z > 0)
        return J, G

    @torch.inference_mode()
    def step():
        J, G = grads()
        torch._foreach_add_(P, G, alpha=-LEARNING_RATE)
        return J

    def grads_once():
        reset()
        J, G = grads()
        return J, G[0].numpy().copy()

    impl.reset, impl.step, impl.grads_once = reset, step, grads_once
    return impl


# --- the floor: the step's matrix products alone -----------------------------------------------
def products_impl(case: Case, X, Y, params0) -> Impl:
    """Only the matrix products of a step, with the engine's own layouts: W[l] A[l-1] forward,
    dZ[l] A[l-1]^T and (below the top layer) W[l]^T dZ[l] backward. No activation, cost, bias or
    update. No NumPy step can take less time, so products/torch is the least engine/torch can be
    (short of doing fewer products, like the Trainer's carried W[1] X)."""
    from visualnet.engine.network import back_product, weighted_sum

    net = Network(case.sizes, case.activations, init="he", seed=1, dtype=case.dtype)
    net.params = params0
    _, caches = net.forward(X)
    rng = np.random.default_rng(1)
    dZ = [rng.standard_normal(c.Z.shape).astype(case.dtype) for c in caches]
    impl = Impl()
    impl.name = "products"

    def step():
        for c in caches:
            weighted_sum(c.W, c.A_prev)
        for l in range(len(caches) - 1, -1, -1):
            np.dot(dZ[l], caches[l].A_prev.T)
            if l > 0:
                back_product(caches[l].W, dZ[l])
        return 0.0

    impl.reset, impl.step, impl.grads_once = (lambda: None), step, None
    return impl


# --- the course notebook's code, as written there (Building your Deep Neural Network) ---------
def _c_sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    cache = Z
    return A, cache


def _c_relu(Z):
    A = np.maximum(0, Z)
    cache = Z
    return A, cache


def _c_relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def _c_sigmoid_backward(dA, cache):
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    dZ = dA * s * (1 - s)
    return dZ


def _c_linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache


def _c_linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = _c_linear_forward(A_prev, W, b)
        A, activation_cache = _c_sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = _c_linear_forward(A_prev, W, b)
        A, activation_cache = _c_relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache


def _c_L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = _c_linear_activation_forward(A_prev, parameters["W" + str(l)],
                                                parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = _c_linear_activation_forward(A, parameters["W" + str(L)],
                                             parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


def _c_compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1. / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost


def _c_linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1. / m * np.dot(dZ, A_prev.T)
    db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def _c_linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = _c_relu_backward(dA, activation_cache)
        dA_prev, dW, db = _c_linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = _c_sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = _c_linear_backward(dZ, linear_cache)
    return dA_prev, dW, db


def _c_L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = \
        _c_linear_activation_backward(dAL, current_cache, "sigmoid")
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = _c_linear_activation_backward(
            grads["dA" + str(l + 1)], current_cache, "relu")
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads


def _c_update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters


def course_style_impl(case: Case, X, Y, params0) -> Impl:
    state = {"parameters": None}
    impl = Impl()
    impl.name = "course-style"

    def reset():
        state["parameters"] = {k: v.copy() for k, v in params0.items()}

    def step():
        parameters = state["parameters"]
        AL, caches = _c_L_model_forward(X, parameters)
        cost = _c_compute_cost(AL, Y)
        grads = _c_L_model_backward(AL, Y, caches)
        state["parameters"] = _c_update_parameters(parameters, grads, LEARNING_RATE)
        return cost

    def grads_once():
        reset()
        AL, caches = _c_L_model_forward(X, state["parameters"])
        return float(_c_compute_cost(AL, Y)), _c_L_model_backward(AL, Y, caches)["dW1"]

    impl.reset, impl.step, impl.grads_once = reset, step, grads_once
    return impl


# ---------------------------------------------------------------------------------------------
# timing
# ---------------------------------------------------------------------------------------------
QUIET_CORES = 0.15     # a block during which other processes used more CPU than this is redone
MAX_TRIES = 4          # ... at most this many times; then the last one counts (and is flagged)
MAX_WAIT_SECONDS = 20  # longest wait for the machine to become quiet before a block


def wait_until_quiet() -> Optional[float]:
    """Sleep in short slices until other processes use < QUIET_CORES; return what they used."""
    deadline = time.perf_counter() + MAX_WAIT_SECONDS
    while True:
        probe = ForeignLoad()
        time.sleep(SETTLE_SECONDS)
        used = probe.cores()
        if used is None or used[0] < QUIET_CORES or time.perf_counter() > deadline:
            return None if used is None else used[0]


def run_block(impl: Impl, n: int) -> tuple[float, float]:
    """Median seconds per step over n individually timed steps from the reset parameters (GC
    off, like timeit), and the cores other processes used meanwhile. A block disturbed by
    another process is run again: two threads per library on two cores collapse when a third
    thread competes. The median, not the mean, so a burst on the host does not count."""
    clock = time.perf_counter
    times = [0.0] * n

    def prepare() -> None:
        impl.reset()
        impl.step()  # wakes the thread pools up after the pause; not timed

    def timed() -> None:
        for i in range(n):
            t0 = clock()
            impl.step()
            times[i] = clock() - t0

    foreign = measure_quietly(prepare, timed)
    return statistics.median(times), foreign


def measure_quietly(prepare: Callable[[], None], timed: Callable[[], None]) -> float:
    """Run ``prepare`` then ``timed`` (GC off, like timeit) once the machine is quiet, again while
    other processes used QUIET_CORES or more meanwhile (at most MAX_TRIES times); the cores they used."""
    for _ in range(MAX_TRIES):
        wait_until_quiet()  # also lets the other library's worker threads stop spinning
        prepare()
        gc.collect()
        gc.disable()
        try:
            load = ForeignLoad()
            timed()
            used = load.cores()
        finally:
            gc.enable()
        foreign = used[0] if used else 0.0
        if foreign < QUIET_CORES:
            break
    return foreign


FAST_STEP_SECONDS = 2e-3  # below this, steps of all implementations alternate one by one


def run_interleaved(impls: list[Impl], n: int, burst: int) -> tuple[dict[str, float], float]:
    """For fast steps: bursts of `burst` steps of each implementation in turn until each has
    run n steps, each step timed, the first of each burst not counted (it runs with the
    caches of the other implementation); the median step of each. Below ~2 ms a step runs
    every BLAS call and torch op on one thread (OpenBLAS and torch only split larger
    products), so there are no spinning worker threads to get in each other's way, and
    alternating every few milliseconds makes all implementations see the same state of the
    machine (this host's speed changes from one second to the next)."""
    clock = time.perf_counter
    times: dict[str, list[float]] = {impl.name: [] for impl in impls}

    def prepare() -> None:
        for t in times.values():
            t.clear()
        for impl in impls:
            impl.reset()
            impl.step()

    def timed() -> None:
        for i in range(max(1, n // burst)):
            for impl in (impls if i % 2 == 0 else impls[::-1]):
                record = times[impl.name]
                impl.step()  # the burst's first step, with the other's caches: not counted
                for _ in range(burst):
                    t0 = clock()
                    impl.step()
                    record.append(clock() - t0)

    foreign = measure_quietly(prepare, timed)
    return {name: statistics.median(t) for name, t in times.items()}, foreign


def check_agreement(case: Case, impls: list[Impl]) -> str:
    """Each implementation's cost and dW1 of the first step, against the engine's."""
    rtol = 1e-9 if case.dtype == np.float64 else 2e-3
    J0, dW0 = impls[0].grads_once()
    worst = 0.0
    for impl in impls[1:]:
        J, dW = impl.grads_once()
        scale = float(np.abs(dW0).max()) or 1.0
        err = max(abs(J - J0) / max(abs(J0), 1e-30), float(np.abs(dW - dW0).max()) / scale)
        worst = max(worst, err)
        if not err <= rtol * 10:
            raise SystemExit(f"{case.name}: {impl.name} disagrees with the engine on the first step "
                             f"(relative difference {err:.2e}); the comparison would not be fair")
    return f"first-step cost and dW1 agree (max rel. diff {worst:.1e})"


def measure_case(case: Case, repeat: int, block_seconds: float) -> None:
    X, Y = make_data(case)
    params0 = Network(case.sizes, case.activations, init="he", seed=1, dtype=case.dtype).params
    params0 = {k: v.copy() for k, v in params0.items()}
    impls = [engine_impl(case, X, Y, params0), torch_autograd_impl(case, X, Y, params0),
             torch_manual_impl(case, X, Y, params0)]
    if case.course_style:
        impls.append(course_style_impl(case, X, Y, params0))
    case.results["check"] = check_agreement(case, impls)
    impls.append(products_impl(case, X, Y, params0))  # (computes nothing to compare)

    # warm-up and calibration: steps per block from the typical (median) step of the slowest
    per_step = []
    for impl in impls:
        wait_until_quiet()
        impl.reset()
        for _ in range(3):
            impl.step()
        sample = []
        t_end = time.perf_counter() + min(0.2, block_seconds)
        while time.perf_counter() < t_end or len(sample) < 5:
            t0 = time.perf_counter()
            impl.step()
            sample.append(time.perf_counter() - t0)
        per_step.append(statistics.median(sample))
    n = max(10, int(block_seconds / max(per_step)))

    times: dict[str, list[float]] = {impl.name: [] for impl in impls}
    worst = 0.0
    interleaved = max(per_step) < FAST_STEP_SECONDS
    for r in range(repeat):
        if interleaved:
            medians, foreign = run_interleaved(impls, n, burst=max(5, int(0.02 / max(per_step))))
            for name, seconds in medians.items():
                times[name].append(seconds)
            worst = max(worst, foreign)
            continue
        order = impls if r % 2 == 0 else impls[::-1]  # alternate who goes first
        for impl in order:
            seconds, foreign = run_block(impl, n)
            times[impl.name].append(seconds)
            worst = max(worst, foreign)
    case.results.update(times=times, steps_per_block=n, load=worst, interleaved=interleaved)


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


def summarize(case: Case) -> dict:
    t = case.results["times"]
    med = {k: statistics.median(v) for k, v in t.items()}
    torch_name = min(("torch autograd", "torch manual"), key=lambda k: med[k])
    pair = [e / o for e, o in zip(t["engine"], t[torch_name])]
    pair_autograd = [e / o for e, o in zip(t["engine"], t["torch autograd"])]
    out = dict(engine=med["engine"], torch=med[torch_name], torch_name=torch_name.split()[1],
               autograd=med["torch autograd"], manual=med["torch manual"],
               ratio=statistics.median(pair), ratio_q=_quartiles(pair),
               ratio_autograd=statistics.median(pair_autograd))
    pair_floor = [f / o for f, o in zip(t["products"], t[torch_name])]
    out.update(floor_ratio=statistics.median(pair_floor))
    if "course-style" in t:
        pair_c = [e / c for e, c in zip(t["engine"], t["course-style"])]
        out.update(course=med["course-style"], course_ratio=statistics.median(pair_c))
    return out


def scale_run(quick: bool, use_trainer: bool) -> tuple[float, int, float, float]:
    """The course's run: [12288, 20, 7, 5, 1], float64, 2,500 iterations on (12288, 209) data,
    either as the plain loop over the Network API (forward, cost, backward, update) or through
    the engine's Trainer (plain gradient descent, full batch, as the app trains).

    Timed in chunks of 100 iterations; a chunk disturbed by another process is rolled back (the
    parameters restored) and run again, so the total is the run's wall time on a quiet machine.
    Returns (total for 2,500 iterations, iterations run, their wall time, worst foreign load).
    """
    iterations = 250 if quick else 2500
    chunk = 100
    case = CASES[0]
    X, Y = make_data(case, seed=1)
    net = Network(case.sizes, case.activations, init="course", seed=1, dtype=np.float64)
    AL, caches = net.forward(X)  # warm-up (page-in of X, thread pool start)
    if use_trainer:
        from visualnet.engine.training import TrainConfig, Trainer
        trainer = Trainer(net, X, Y, TrainConfig(learning_rate=LEARNING_RATE, num_iterations=iterations))

        def run(k: int) -> None:
            for _ in range(k):
                trainer.step()
    else:
        def run(k: int) -> None:
            for _ in range(k):
                AL, caches = net.forward(X)
                net.cost(AL, Y, caches)  # the course computes the cost every iteration
                grads = net.backward(AL, Y, caches)
                net.update(grads, LEARNING_RATE)

    wall, worst, done = 0.0, 0.0, 0
    while done < iterations:
        k = min(chunk, iterations - done)
        saved = {key: value.copy() for key, value in net.params.items()}
        if use_trainer:
            saved_state = trainer.iteration, len(trainer.costs)
        for _ in range(MAX_TRIES):
            wait_until_quiet()
            net.params = saved
            if use_trainer:
                trainer.iteration = saved_state[0]
                del trainer.costs[saved_state[1]:]
            gc.collect()
            gc.disable()
            try:
                load = ForeignLoad()
                t0 = time.perf_counter()
                run(k)
                seconds = time.perf_counter() - t0
                used = load.cores()
            finally:
                gc.enable()
            foreign = used[0] if used else 0.0
            if foreign < QUIET_CORES:
                break
        wall += seconds
        worst = max(worst, foreign)
        done += k
    if use_trainer and trainer.divergence is not None:
        raise SystemExit(f"the Trainer's run diverged: {trainer.divergence}")
    return wall * (2500 / iterations), iterations, wall, worst


# ---------------------------------------------------------------------------------------------
def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.3f}" if seconds < 0.01 else f"{seconds * 1e3:.2f}"


SCALE_LOAD: list[float] = []


def main() -> int:
    print("visualnet engine vs PyTorch CPU: one training step (forward, cost, backward, GD update)")
    for line in environment_report():
        print(line)
    print(f"threads: NumPy BLAS {THREADS} (threadpoolctl), torch {THREADS} (set_num_threads); "
          f"repeats {ARGS.repeat}, blocks of ~{ARGS.block:.2f} s, lr {LEARNING_RATE}"
          + (", --quick" if ARGS.quick else ""))
    print()

    selected = [c for c in CASES if not ARGS.only or any(s in c.name for s in ARGS.only)]
    verdicts = []
    rows = []
    for case in selected:
        measure_case(case, ARGS.repeat, ARGS.block)
        s = summarize(case)
        ok = s["ratio"] <= case.target
        verdicts.append((f"{case.name}: engine/torch {s['ratio']:.2f} (target <= {case.target:g})", ok))
        if "course_ratio" in s and case.course_expected:
            lo, hi = case.course_expected
            verdicts.append((f"{case.name}: engine/course-style {s['course_ratio']:.2f} "
                             f"(expected about {lo:.2f}-{hi:.2f}, i.e. 1/{1 / lo:.1f}-1/{1 / hi:.1f})",
                             s["course_ratio"] <= hi * 1.05))
        rows.append((case, s))
        print(f"  measured {case.name}: {case.results['steps_per_block']} steps/block"
              f"{' (implementations alternating in ~20 ms bursts)' if case.results['interleaved'] else ''}; "
              f"{case.results['check']}; other processes used at most "
              f"{case.results['load']:.2f} cores during a counted block", flush=True)

    if rows:
        print()
        head = (f"{'case':<19} {'m':>5} {'engine ms':>10} {'torch ms':>9} {'autograd/manual ms':>19} "
                f"{'eng/torch':>9} {'(quartiles)':>12} {'target':>7} {'':4} {'eng/autograd':>12} "
                f"{'course ms':>10} {'eng/course':>10} {'floor':>6}")
        print(head)
        print("-" * len(head))
        for case, s in rows:
            ok = "ok" if s["ratio"] <= case.target else "MISS"
            q1, q3 = s["ratio_q"]
            course = (f"{_ms(s['course']):>10} {s['course_ratio']:>10.2f}" if "course" in s
                      else f"{'-':>10} {'-':>10}")
            print(f"{case.name:<19} {case.m:>5} {_ms(s['engine']):>10} {_ms(s['torch']):>9} "
                  f"{_ms(s['autograd']) + ' / ' + _ms(s['manual']):>19} {s['ratio']:>9.2f} "
                  f"{f'{q1:.2f}-{q3:.2f}':>12} {'<=' + format(case.target, 'g'):>7} {ok:4} "
                  f"{s['ratio_autograd']:>12.2f} {course} {s['floor_ratio']:>6.2f}")
        print("shapes: course [12288,20,7,5,1] relu x3 + sigmoid; 784-256-128-10 relu x2 + softmax; "
              "tiny [2,8,8,8,1] relu x3 + sigmoid")
        print("ms: median over repeats of a block's median step time. torch = the faster of autograd and "
              "manual. eng/torch: median over repeats of the ratio of neighbouring blocks (quartiles "
              "beside it); eng/autograd: the same against the autograd version alone. floor: the step's "
              "matrix products alone (no activation, cost or update) against torch's whole step, the "
              "least engine/torch any NumPy step can reach.")

    if not ARGS.only or any("scale" in s for s in ARGS.only):
        print()
        try:
            import visualnet.engine.training  # noqa: F401
            loops = [("Network API loop", False), ("Trainer, gd", True)]
        except ImportError:
            loops = [("Network API loop", False)]
        for label, use_trainer in loops:
            total, iterations, wall, load = scale_run(ARGS.quick, use_trainer)
            SCALE_LOAD.append(load)
            how = (f"{iterations} iterations in {wall:.2f} s, x{2500 // iterations}"
                   if iterations != 2500 else "measured")
            print(f"course's run, 2,500 iterations of [12288,20,7,5,1] float64 on (12288, 209), {label}: "
                  f"{total:.2f} s ({how}; {total / 2500 * 1e3:.2f} ms/iteration; other processes "
                  f"used at most {load:.2f} cores during a counted chunk)", flush=True)
            verdicts.append((f"course's 2,500-iteration run, {label}: {total:.1f} s (target < 12 s)",
                             total < 12.0))

    print()
    print("targets:")
    for text, ok in verdicts:
        print(f"  [{'met' if ok else 'MISSED'}] {text}")
    loads = [c.results["load"] for c in selected] + SCALE_LOAD
    if loads and max(loads) >= QUIET_CORES:
        print(f"  caution: other processes used up to {max(loads):.2f} of the "
              f"{os.cpu_count()} cores during the measurements; rerun on a quiet machine for clean figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())

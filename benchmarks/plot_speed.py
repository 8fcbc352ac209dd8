"""Cost-plot redraw speed for long runs: frames per second against a 1,000-iteration run.

One frame = what one progress of a training does to the plot: 40 more iterations appended to the
current run, ``progressed`` delivered (the curves' ``setData`` from the Series views), and the
graph repainted once, synchronously (offscreen), as the event loop does once per progress. The
same loop runs on a run of 1,000 iterations first, in the same process, as the reference; the
figures are the ratio against it, the 30 frames-per-second target, and the process's memory,
which must stay bounded while the run grows.

    python benchmarks/plot_speed.py [--sizes 100000 1000000] [--seconds 3]
"""
from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402 (after choosing the platform)

TARGET_FPS = 30
REFERENCE_SIZE = 1_000
CHUNK = 40  # iterations per progress: 1,000 iterations a second at 25 progress signals a second
RECORD_EVERY = 100


def rss_mib() -> float:
    """Resident memory of this process (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_costs(iterations: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A falling, noisy cost curve like a mini-batch run's, so peak downsampling has work to do."""
    return 0.05 + 2.5 * np.exp(-iterations / 20_000) + 0.05 * rng.random(len(iterations))


def make_session(size: int, rng: np.random.Generator):
    """A stand-in for Session with one current run of ``size`` iterations (the plot reads only this)."""
    from PySide6.QtCore import QObject, Signal

    from visualnet.app.history import Run

    class FilledSession(QObject):
        progressed = Signal(object)
        runsChanged = Signal()
        datasetChanged = Signal()
        architectureChanged = Signal()
        training_state = "idle"  # (the x axis fits the data)
        planned_end = 0
        dataset_name = "digits"
        layer_sizes = [64, 20, 7, 5, 10]

        def __init__(self) -> None:
            super().__init__()
            self.run = Run("α = 0.01, [64, 20, 7, 5, 10]", 0.01, (64, 20, 7, 5, 10), dataset="digits")
            self.runs: list[Run] = []
            self.grow(size)

        def grow(self, n: int) -> None:
            first = self.run.iterations
            self.run.add_costs(first, synthetic_costs(np.arange(first, first + n), rng))
            records = np.arange(first + (-first) % RECORD_EVERY, first + n, RECORD_EVERY)
            self.run.dev_costs.extend(records, synthetic_costs(records, rng) + 0.05)

        def clear_runs(self) -> None:
            self.runs.clear()
            self.runsChanged.emit()

    return FilledSession()


def frames_per_second(size: int, seconds: float, zoom: int = 0) -> tuple[float, float, float]:
    """(fps, MiB before the loop, MiB after it) for a plot of a ``size``-iteration run.

    ``zoom`` > 0 shows only the last ``zoom`` iterations (a fixed x range: clip-to-view at work).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from visualnet.app.widgets.cost_plot import CostPlot

    app = QApplication.instance()
    rng = np.random.default_rng(0)
    session = make_session(size, rng)
    plot = CostPlot(session)
    plot.resize(1000, 600)
    plot.show()
    session.runsChanged.emit()
    app.processEvents()
    if zoom:
        plot.plot_item.vb.setXRange(size - zoom, size + zoom // 10, padding=0)
    viewport = plot.graph.viewport()

    def frame() -> None:
        session.grow(CHUNK)
        session.progressed.emit(None)
        viewport.repaint()

    for _ in range(5):  # warm up: first paints build fonts, caches, the downsampling state
        frame()
    before = rss_mib()
    frames, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        frame()
        frames += 1
    fps = frames / (time.perf_counter() - start)
    after = rss_mib()
    plot.close()
    plot.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return fps, before, after


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive)
    reference, _, _ = frames_per_second(REFERENCE_SIZE, args.seconds)
    print(f"cost plot, one frame = {CHUNK} iterations appended + setData + repaint, 1000x600 offscreen:")
    print(f"  reference, {REFERENCE_SIZE:>9,} iterations: {reference:7.1f} fps")
    for size in args.sizes:
        for zoom in (0, 1_000):
            fps, before, after = frames_per_second(size, args.seconds, zoom)
            view = f"last {zoom:,} shown" if zoom else "whole run shown"
            print(f"  {size:>9,} iterations, {view:<16}: {fps:7.1f} fps, ratio to reference {fps / reference:.2f}, "
                  f"target {TARGET_FPS} fps {'met' if fps >= TARGET_FPS else 'NOT met'}; "
                  f"memory {before:.0f} -> {after:.0f} MiB")


if __name__ == "__main__":
    main()

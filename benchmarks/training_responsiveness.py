"""Training in the app: is the window still smooth, and is training still fast?

1. GUI lateness: a 10 ms QTimer on the GUI thread records how late each tick arrives while the
   app trains at full speed; the worst lateness must stay under 50 ms.
2. Speed: the same network and steps trained by the engine alone (Trainer.run in this process,
   no GUI) and by the app (Session.start_training until idle, GUI running; from the first
   progress on, the child process's start is reported apart); the app must reach 85% of the
   engine's iterations per second. This host's speed drifts by 10-20% from one second to the
   next, so the two alternate ``--repeat`` times and the median of the neighbouring pairs' ratios
   is the figure (each ratio printed beside it); the worst lateness is the worst of all runs.
Both for the course's network ([12288, 20, 7, 5, 1], m = 209, float64, random data: BLAS-bound)
and a tiny 2-D network ([2, 8, 8, 8, 1], m = 500: Python-bound, the GIL case of DESIGN.md).

    python benchmarks/training_responsiveness.py [--steps 600] [--repeat 7]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_probe import LatenessProbe  # noqa: E402


def course_like(n_x: int, m: int, seed: int = 0):
    import numpy as np

    from visualnet.engine.datasets import from_labels

    rng = np.random.RandomState(seed)
    X = rng.rand(n_x, m)
    return from_labels(f"random {n_x}x{m}", X, (X[:5].sum(axis=0) > 2.5).astype(int), source=f"random{n_x}")


def engine_alone(session, steps: int) -> float:
    """Iterations per second of the engine's Trainer in this process."""
    from visualnet.engine.training import Trainer

    trainer = Trainer(session.network.copy(), session.train.X, session.train.Y, session.train_config(),
                      session.dev.X, session.dev.Y)
    start = time.perf_counter()
    for _ in trainer.run():
        pass
    return steps / (time.perf_counter() - start)


def in_app(app, session, steps: int) -> tuple[float, float, float, float]:
    session.reset_parameters()  # (the reset's own redraw is not training: let it finish before the clock)
    for _ in range(20):
        app.processEvents()
    probe = LatenessProbe()
    first: list[tuple[float, int]] = []
    session.progressed.connect(lambda p: first or first.append((time.perf_counter(), p.iteration)))
    probe.start()
    start = time.perf_counter()
    session.start_training()
    while session.training_state != "idle":
        app.processEvents()
        time.sleep(0.001)
    end = time.perf_counter()
    probe.stop()
    (t_first, i_first), = first
    if os.environ.get("VISUALNET_BENCH_STALLS"):
        print("  stalls (s after Train, ms late):", [(round(t, 2), round(late * 1000)) for t, late in probe.stalls],
              f"first progress at {t_first - start:.2f} s, end at {end - start:.2f} s")
    # steady state, from the first progress to the end: the child's start is reported apart
    return ((steps - i_first) / (end - t_first), t_first - start, max(probe.lateness),
            statistics.quantiles(probe.lateness, n=100)[98])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from visualnet.app.main_window import MainWindow
    from visualnet.app.session import Architecture

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    app.processEvents()
    session = window.session
    cases = [("course [12288, 20, 7, 5, 1], m = 209", course_like(12288, 262), ((20, "relu"), (7, "relu"), (5, "relu")),
              0.0075, args.steps),
             ("tiny [2, 8, 8, 8, 1], m = 500", None, ((8, "relu"),) * 3, 0.1, args.steps * 10)]
    for title, dataset, hidden, lr, steps in cases:
        if dataset is not None:
            session.set_dataset(session.add_dataset(dataset))
        else:
            session.set_dataset("moons")
        session.set_architecture(Architecture(hidden, "sigmoid"))
        session.set_hyperparameters(replace(session.hyperparameters, learning_rate=lr, num_iterations=steps))
        engine_alone(session, steps)  # warm-up: the first run pays for first-touch memory
        ratios, latencies, worsts, p99s = [], [], [], []
        for _ in range(args.repeat):
            engine_rate = engine_alone(session, steps)
            app_rate, latency, worst, p99 = in_app(app, session, steps)
            ratios.append(app_rate / engine_rate)
            latencies.append(latency)
            worsts.append(worst)
            p99s.append(p99)
        ratio = statistics.median(ratios)
        print(f"{title} (m_train = {session.train.m}), {steps} iterations, {args.repeat} times:")
        print(f"  in the app / engine alone: {ratio:.2f} (each run: {', '.join(f'{r:.2f}' for r in ratios)}; "
              f"target >= 0.85: {'met' if ratio >= 0.85 else 'NOT met'})")
        print(f"  first progress {statistics.median(latencies) * 1000:.0f} ms after Train (the child process starting)")
        print(f"  GUI timer lateness: worst {max(worsts) * 1000:.1f} ms, p99 {statistics.median(p99s) * 1000:.1f} ms "
              f"(target worst < 50 ms: {'met' if max(worsts) < 0.05 else 'NOT met'})")
    window.projects.mark_saved(window.projects.path)  # no "save changes?" prompt on the way out
    window.close()


if __name__ == "__main__":
    main()

"""The live network diagram: what one training update costs the GUI thread, at L = 12.

One update = new parameters set on the session and ``parametersChanged`` emitted (what
``Session._on_progress`` does for each Progress), then the event loop run until the view has painted
(``processEvents``, offscreen). The diagram's own throttle is bypassed (``flush``), so every update
redraws: the worst case, not the share the throttle would leave it. Timed per update: the handlers of
the signal (the engine's mean activations and edge classes, the items' colours) and the paint events
of the Network tab (the unit panel closed: it has a throttle of its own), both as wall time and as the
GUI thread's CPU time (on a loaded machine the wall time also counts the waits for a core).

Two streams of updates:

* training: the parameters a real run sends, recorded first from the engine's Trainer in this process
  (the session's hyperparameters, ``--steps`` iterations between updates: what a 0.1 s Progress held
  at L = 12 on a 2-core machine). A few units change colour and some edge pairs change class each time.
* jitter: every W and b moved at random around the initial parameters at each update (0.01 times a
  standard normal): about 55 edges change class in every pair, every update -- a stress case.

Reference, in the same process and window: the same updates with the diagram not connected to
``parametersChanged`` -- what the diagram cost before it was live (its static picture was not redrawn
on updates). The figure is the live diagram's median ms per update against the 5 ms budget.

    python benchmarks/live_network.py [--layers 12] [--width 16] [--updates 120] [--steps 20]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's visualnet, not an installed one

BUDGET_MS = 5.0


def _application():
    """A QApplication that adds up the time the Network tab's paint events take."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    paint = QEvent.Type.Paint

    class TimingApplication(QApplication):
        painted = 0.0

        def notify(self, receiver, event) -> bool:
            if event.type() != paint or not isinstance(receiver, QWidget):
                return super().notify(receiver, event)
            view = receiver
            while view is not None and view.objectName() != "networkView":
                view = view.parentWidget()
            if view is None:
                return super().notify(receiver, event)
            start = time.perf_counter()
            handled = super().notify(receiver, event)
            TimingApplication.painted += time.perf_counter() - start
            return handled

    return TimingApplication.instance() or TimingApplication([]), TimingApplication


def training_stream(session, updates: int, steps: int) -> list[dict]:
    """The parameters of ``updates`` Progress messages of a run from the session's network, ``steps``
    iterations apart (the engine's Trainer, as the training child runs it)."""
    from visualnet.engine.training import Trainer

    net = session.network.copy()
    trainer = Trainer(net, session.train.X, session.train.Y, session.train_config())
    stream = []
    for _ in range(updates):
        for _ in range(steps):
            trainer.step()
        stream.append({k: v.copy() for k, v in net.params.items()})
    return stream


def jitter_stream(session, updates: int) -> list[dict]:
    import numpy as np

    rng = np.random.default_rng(0)
    start = session.network.params
    return [{k: v + 0.01 * rng.standard_normal(v.shape) for k, v in start.items()} for _ in range(updates)]


def update_times(app, timing, session, stream: list[dict], live: bool) -> tuple[list[float], list[float]]:
    """Milliseconds per update, wall and GUI-thread CPU: handlers plus the diagram's painting."""
    walls, cpus = [], []
    start_params = session.network.params
    for i, params in enumerate(stream):
        session.network.params = params
        app.processEvents()
        timing.painted = 0.0
        start, cpu = time.perf_counter(), time.thread_time()
        session.parametersChanged.emit()
        if live:
            app.network_view._throttle.flush()  # every update redraws: the worst case
        app.processEvents()
        if i >= 5:  # the first fill caches
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((time.thread_time() - cpu) * 1000)
    session.network.params = start_params
    return walls, cpus


def measure(name: str, app, timing, session, view, stream: list[dict], rounds: int = 2) -> None:
    """Alternate live and reference runs of ``stream`` (against the host's drift) and print the figures."""
    connected = [view._throttle.request, view.unit_panel._throttle.request]
    for round_ in range(rounds):
        live, live_cpu = update_times(app, timing, session, stream, live=True)
        for slot in connected:
            session.parametersChanged.disconnect(slot)
        reference, reference_cpu = update_times(app, timing, session, stream, live=False)
        for slot in connected:
            session.parametersChanged.connect(slot)
        med, p90, ref = statistics.median(live), statistics.quantiles(live, n=10)[8], statistics.median(reference)
        cpu, cpu_ref = statistics.median(live_cpu), statistics.median(reference_cpu)
        print(f"  {name}, round {round_ + 1}: live diagram {med:.2f} ms per update (90th percentile {p90:.2f}; "
              f"GUI-thread CPU {cpu:.2f}); reference, the diagram not following updates: {ref:.2f} ms (CPU "
              f"{cpu_ref:.2f}); the diagram's own cost {med - ref:.2f} ms = {(med - ref) / BUDGET_MS:.0%} of the "
              f"{BUDGET_MS:g} ms budget (CPU {cpu - cpu_ref:.2f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=12, help="L, the number of layers with parameters")
    parser.add_argument("--width", type=int, default=16, help="units in each hidden layer")
    parser.add_argument("--updates", type=int, default=120)
    parser.add_argument("--steps", type=int, default=20, help="training iterations between two updates")
    args = parser.parse_args()

    app, timing = _application()
    from visualnet.app.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    session = window.session
    session.set_architecture(session.architecture.with_hidden([(args.width, "relu")] * (args.layers - 1)))
    for _ in range(20):
        app.processEvents()
    view = window.network_view
    app.network_view = view
    load = f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores" if hasattr(os, "getloadavg") else ""
    print(f"L = {args.layers}, hidden layers of {args.width}, digits; Network tab {view.width()}x{view.height()}{load}")
    measure(f"training ({args.steps} iterations an update)", app, timing, session, view,
            training_stream(session, args.updates + 5, args.steps))
    measure("jitter (every weight moves)", app, timing, session, view, jitter_stream(session, args.updates + 5))
    window.projects.mark_saved(window.projects.path)
    window.close()


if __name__ == "__main__":
    main()

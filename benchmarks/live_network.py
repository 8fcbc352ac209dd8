"""The live network diagram: what one training update costs the GUI thread, at L = 12.

One update = new parameters set on the session and ``parametersChanged`` emitted (what
``Session._on_progress`` does for each Progress), then the event loop run until the view has painted
(``processEvents``, offscreen). The diagram's own throttle is bypassed (``flush``), so every update
redraws: the worst case, not the share the throttle would leave it. Timed per update: the handlers of
the signal (the engine's mean activations and edge classes, the items' colours) and the paint events
of the Network tab (the unit panel closed: it has a throttle of its own).

Reference, in the same process and window: the same update with the diagram not connected to
``parametersChanged`` -- what the diagram cost before it was live (its static picture was not redrawn
on updates). The figure is the live diagram's median ms per update against the 5 ms budget.

    python benchmarks/live_network.py [--layers 12] [--width 16] [--updates 120]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


def update_times(app, timing, session, updates: int, live: bool) -> list[float]:
    """Milliseconds of GUI thread per update: handlers plus the diagram's painting."""
    import numpy as np

    rng = np.random.default_rng(0)
    start_params = {k: v.copy() for k, v in session.network.params.items()}
    times = []
    for i in range(updates + 5):
        # a training step's worth of change: every W and b moves a little
        session.network.params = {k: v + 0.01 * rng.standard_normal(v.shape) for k, v in start_params.items()}
        app.processEvents()
        timing.painted = 0.0
        start = time.perf_counter()
        session.parametersChanged.emit()
        if live:
            app.network_view._throttle.flush()  # every update redraws: the worst case
        app.processEvents()
        handlers = time.perf_counter() - start - timing.painted
        if i >= 5:  # the first fill caches
            times.append((handlers + timing.painted) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=12, help="L, the number of layers with parameters")
    parser.add_argument("--width", type=int, default=16, help="units in each hidden layer")
    parser.add_argument("--updates", type=int, default=120)
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
    print(f"L = {args.layers}, hidden layers of {args.width}, digits; Network tab {view.width()}x{view.height()}")
    for round_ in range(2):  # alternate, against the host's drift
        live = update_times(app, timing, session, args.updates, live=True)
        session.parametersChanged.disconnect(view._throttle.request)
        session.parametersChanged.disconnect(view.unit_panel._throttle.request)
        reference = update_times(app, timing, session, args.updates, live=False)
        session.parametersChanged.connect(view._throttle.request)
        session.parametersChanged.connect(view.unit_panel._throttle.request)
        med, p90 = statistics.median(live), statistics.quantiles(live, n=10)[8]
        ref = statistics.median(reference)
        print(f"  round {round_ + 1}: live diagram {med:.2f} ms per update (90th percentile {p90:.2f}); "
              f"reference, the diagram not following updates: {ref:.2f} ms; the diagram's own cost "
              f"{med - ref:.2f} ms = {(med - ref) / BUDGET_MS:.0%} of the {BUDGET_MS:g} ms budget")
    window.projects.mark_saved(window.projects.path)
    window.close()


if __name__ == "__main__":
    main()

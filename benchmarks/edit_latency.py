"""Edit latency: from an edit of the architecture to shapes and diagram redrawn, for 50 layers.

One edit = one undoable command pushed on the session (what the layer editor does), the
session's signals delivered, and the shape panel, layer editor and network diagram repainted:
the edit's own handlers run, then the event loop delivers the update requests and the views
paint what changed (``processEvents``), offscreen, in a 1600x1000 window. (``repaint()`` of the
three widgets, called after that by an earlier version, repainted their frames only, not the
viewports of their item views, so it measured nothing of theirs.) The edited layer is
the middle one and it is selected first, as the units spin box needs, so it is on screen in all
three views; ``--unselected`` edits it with nothing selected (mostly off screen for 50 layers).

Printed per network, as the median and the 90th percentile over the edits: the whole time, its
two parts (the handlers of the session's signals, in every view; then the events, painting
included), and within the events the painting of each of the three views and of the rest of the
window. The figure is the 50-layer median against one 60 Hz frame (16.7 ms); the same edit on the
4-layer demo network is printed beside it as the in-process reference. Timing the paint events
costs about 0.3 ms per edit (some 70 events pass through a Python ``notify``).

    python benchmarks/edit_latency.py [--layers 50] [--edits 60] [--unselected]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from visualnet.app.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME = 1 / 60
WARM_UP = 4  # edits not counted: the first ones fill caches (text widths, edge paths)
VIEWS = {"shapePanel": "shapes", "layerEditor": "layers", "networkView": "diagram"}  # by objectName
COLUMNS = ("total", "handlers", "events", *VIEWS.values(), "other")  # "other": the rest of the window


def _application() -> QApplication:
    """A QApplication that adds up the time each paint event takes, by view (the rest is "other")."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QWidget

    paint = QEvent.Type.Paint

    class TimingApplication(QApplication):
        painted: dict[str, float] = {}

        def notify(self, receiver, event) -> bool:
            if event.type() != paint or not isinstance(receiver, QWidget):
                return super().notify(receiver, event)
            view: Optional[QWidget] = receiver
            while view is not None and view.objectName() not in VIEWS:
                view = view.parentWidget()
            name = VIEWS[view.objectName()] if view is not None else "other"
            start = time.perf_counter()
            handled = super().notify(receiver, event)
            self.painted[name] = self.painted.get(name, 0.0) + time.perf_counter() - start
            return handled

    return TimingApplication.instance() or TimingApplication([])


def edit_times(window: MainWindow, hidden: list[tuple[int, str]], edits: int,
               select: bool) -> dict[str, list[float]]:
    """Seconds per edit of the middle layer's units, for each of COLUMNS."""
    from PySide6.QtWidgets import QApplication

    from visualnet.app.commands import edit_architecture

    app = QApplication.instance()
    session = window.session
    edit_architecture(session, session.architecture.with_hidden(hidden), "setup")
    middle = len(hidden) // 2
    session.set_selected_layer(middle + 1 if select else -1)
    QApplication.processEvents()
    times: dict[str, list[float]] = {column: [] for column in COLUMNS}
    for i in range(WARM_UP + edits):
        changed = list(hidden)
        changed[middle] = (hidden[middle][0] + 1 + i % 2, hidden[middle][1])
        app.painted = {}
        start = time.perf_counter()
        edit_architecture(session, session.architecture.with_hidden(changed), "edit")
        handled = time.perf_counter()
        QApplication.processEvents()
        end = time.perf_counter()
        if i >= WARM_UP:
            for column, seconds in (("total", end - start), ("handlers", handled - start), ("events", end - handled),
                                    *((name, app.painted.get(name, 0.0)) for name in (*VIEWS.values(), "other"))):
                times[column].append(seconds)
    return times


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=50)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--unselected", action="store_true", help="edit with no layer selected")
    args = parser.parse_args()
    app = _application()

    from visualnet.app.main_window import MainWindow
    from visualnet.app.session import PRESETS

    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    select = not args.unselected
    small = edit_times(window, list(PRESETS["course"]), args.edits, select)
    big = edit_times(window, [(8, "relu")] * (args.layers - 1), args.edits, select)
    print(f"time from an edit of the middle layer ({'selected' if select else 'nothing selected'}) to repainted "
          f"views, {args.edits} edits; median / p90 in ms")
    print(f"{'':18}{'':42}{'painting, part of the events':^56}")
    print(f"{'':18}" + "".join(f"{column:>14}" for column in COLUMNS))
    for name, times in (("demo (L = 4)", small), (f"{args.layers} layers", big)):
        print(f"{name:18}" + "".join(f"{statistics.median(times[c]) * 1000:7.2f} /{p90(times[c]) * 1000:5.1f}"
                                     for c in COLUMNS))
    median = statistics.median(big["total"])
    print(f"ratio {args.layers} layers / one 60 Hz frame: {median / FRAME:.2f}  (target < 1: "
          f"{'met' if median < FRAME else 'NOT met'}); against the demo: "
          f"{median / statistics.median(small['total']):.1f}x")
    window.close()


if __name__ == "__main__":
    main()

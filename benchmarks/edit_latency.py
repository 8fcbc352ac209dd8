"""Edit latency: from an edit of the architecture to shapes and diagram redrawn, for 50 layers.

One edit = one undoable command pushed on the session (what the layer editor does), the
session's signals delivered, and the shape panel, layer editor and network diagram repainted
synchronously. The figure is the median time against one 60 Hz frame (16.7 ms); the same
edit on the 4-layer demo network is printed beside it as the in-process reference.

    python benchmarks/edit_latency.py [--layers 50] [--edits 40]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME = 1 / 60


def median_edit_time(window, hidden: list[tuple[int, str]], edits: int) -> float:
    from PySide6.QtWidgets import QApplication

    from visualnet.app.commands import edit_architecture

    session = window.session
    edit_architecture(session, session.architecture.with_hidden(hidden), "setup")
    QApplication.processEvents()
    middle = len(hidden) // 2
    times = []
    for i in range(edits):
        changed = list(hidden)
        changed[middle] = (hidden[middle][0] + 1 + i % 2, hidden[middle][1])
        start = time.perf_counter()
        edit_architecture(session, session.architecture.with_hidden(changed), "edit")
        QApplication.processEvents()
        for widget in (window.shape_panel, window.layer_editor, window.network_view):
            widget.repaint()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=50)
    parser.add_argument("--edits", type=int, default=40)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from visualnet.app.main_window import MainWindow
    from visualnet.app.session import PRESETS

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    small = median_edit_time(window, list(PRESETS["course"]), args.edits)
    big = median_edit_time(window, [(8, "relu")] * (args.layers - 1), args.edits)
    print(f"median time from edit to repainted views ({args.edits} edits):")
    print(f"  demo network (L = 4):    {small * 1000:6.2f} ms")
    print(f"  {args.layers} layers:               {big * 1000:6.2f} ms")
    print(f"  ratio {args.layers} layers / one 60 Hz frame: {big / FRAME:.2f}  (target < 1: "
          f"{'met' if big < FRAME else 'NOT met'}); against the demo: {big / small:.1f}x")
    window.close()


if __name__ == "__main__":
    main()

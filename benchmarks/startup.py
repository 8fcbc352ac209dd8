"""Start-up: process start to the first painted main window, visualnet against a bare reference.

The reference is the least a PySide6 + pyqtgraph program can do: a QMainWindow with one plot.
Both run as fresh processes, alternately, timed by this script from spawn until the child
prints ``first-paint``; the figure is the ratio of medians (target: at most 2.0).

    python benchmarks/startup.py [--runs 7] [--platform offscreen|xcb]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

REFERENCE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([0, 1, 2, 3], [3, 1, 2, 0])
window.setCentralWidget(plot)
window.resize(1280, 800)
class Watcher(QObject):  # the same watch as visualnet.app.first_paint
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.window() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("first-paint", flush=True), app.quit()))
        return False
watcher = Watcher()
app.installEventFilter(watcher)
window.show()
app.exec()
"""
VISUALNET = [sys.executable, "-m", "visualnet", "--lang", "en", "--report-first-paint", "--quit-after", "0"]


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    for line in child.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command[:3]} exited without painting (code {child.wait()})")
    child.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform}
    reference, ours = [], []
    time_to_first_paint([sys.executable, "-c", REFERENCE], env)  # warm the disk cache for both
    time_to_first_paint(VISUALNET, env)
    for _ in range(args.runs):
        reference.append(time_to_first_paint([sys.executable, "-c", REFERENCE], env))
        ours.append(time_to_first_paint(VISUALNET, env))
    r, v = statistics.median(reference), statistics.median(ours)
    print(f"platform {args.platform}, {args.runs} runs each, medians:")
    print(f"  bare PySide6 + pyqtgraph window: {r * 1000:7.0f} ms")
    print(f"  visualnet main window:           {v * 1000:7.0f} ms")
    print(f"  ratio visualnet / bare: {v / r:.2f}  (target <= 2.0: {'met' if v / r <= 2.0 else 'NOT met'})")


if __name__ == "__main__":
    main()

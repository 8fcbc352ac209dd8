"""Pass animation smoothness at L = 12: frame times against an L = 2 reference, and step latency.

Three figures, each for the reference network (one hidden layer) and the deep one (11 hidden
layers of 20), on the demo digits (m = 1437, the full batch):

- paint: every step of the pass, its tokens at 8 points of their way, the view repainted
  synchronously -- the worst and median frame time, against the 16.7 ms of a 60 Hz frame;
- live: the pass played at full speed on the real event loop for a few seconds, counting the
  view's paints while a token moves; a frame is dropped when two paints are more than 1.5
  frames apart;
- step: the time from a step to its equation and heatmaps drawn (the player's handlers run
  synchronously), against one frame.

    python benchmarks/pass_animation_fps.py [--seconds 4]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FRAME_MS = 1000 / 60
DROPPED_MS = 1.5 * FRAME_MS


def build(hidden: int):
    from visualnet.app.session import Session
    from visualnet.app.widgets.pass_animation import PassAnimation
    from visualnet.app.widgets.pass_animation.player import SPEEDS

    session = Session()
    session.set_architecture(session.architecture.with_hidden([(20, "relu")] * hidden))
    panel = PassAnimation(session)
    panel.resize(1440, 860)
    panel.show()
    panel.speed_slider.setValue(len(SPEEDS) - 1)
    return session, panel


def paint_times(panel, app) -> list[float]:
    viewport = panel.view.viewport()
    times = []
    for index in range(len(panel.player.steps)):
        panel.player.go_to(index)
        for t in [k / 7 for k in range(8)]:
            panel.scene._move_tokens(t)
            start = time.perf_counter()
            viewport.repaint()
            times.append((time.perf_counter() - start) * 1000)
    return times


def step_times(panel) -> list[float]:
    times = []
    panel.player.go_to(-1)
    for _ in range(len(panel.player.steps)):
        start = time.perf_counter()
        panel.player.step_forward()
        times.append((time.perf_counter() - start) * 1000)
    panel.player.pause()
    return times


def live(panel, app, seconds: float) -> tuple[int, int, float]:
    """(frames painted while a token moved, frames dropped, the longest gap in ms)."""
    from PySide6.QtCore import QEvent, QObject

    stamps: list[tuple[int, float]] = []  # (step index, time)

    class Counter(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and panel.scene.animating:
                stamps.append((panel.player.index, time.perf_counter()))
            return False

    counter = Counter()
    panel.view.viewport().installEventFilter(counter)
    end = time.perf_counter() + seconds
    panel.player.play()
    while time.perf_counter() < end:
        if not panel.player.playing:
            panel.player.play()
        app.processEvents()
    panel.player.pause()
    panel.view.viewport().removeEventFilter(counter)
    # gaps within one token's journey (between two steps the picture rests on purpose)
    gaps = [(b - a) * 1000 for (i, a), (j, b) in zip(stamps, stamps[1:]) if i == j]
    return len(stamps), sum(g > DROPPED_MS for g in gaps), max(gaps, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    print(f"pass animation, 1440x860 offscreen, demo digits (m = 1437); a 60 Hz frame is {FRAME_MS:.1f} ms")
    results = {}
    for label, hidden in (("reference L = 2", 1), ("L = 12", 11)):
        session, panel = build(hidden)
        app.processEvents()
        paints = paint_times(panel, app)
        steps = step_times(panel)
        frames, dropped, longest = live(panel, app, args.seconds)
        results[label] = statistics.median(paints)
        print(f"  {label:<16} paint: median {statistics.median(paints):5.2f} ms, worst {max(paints):5.2f} ms "
              f"({max(paints) / FRAME_MS:.2f} of a frame); step to equation: median {statistics.median(steps):5.2f}"
              f" ms, worst {max(steps):5.2f} ms ({max(steps) / FRAME_MS:.2f} of a frame); live: {frames} frames, "
              f"{dropped} dropped, longest gap {longest:.1f} ms")
        panel.close()
        session.stop_training()
    ratio = results["L = 12"] / results["reference L = 2"]
    print(f"  median paint time ratio L = 12 / L = 2: {ratio:.2f}")


if __name__ == "__main__":
    main()

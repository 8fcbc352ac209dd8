"""What the GUI benchmarks share: how late a 10 ms timer on the GUI thread comes while work runs."""
from __future__ import annotations

import time

TICK_MS = 10
STALL_S = 0.03  # a tick this late is listed with the moment it came


class LatenessProbe:
    """A TICK_MS timer on the GUI thread; ``lateness`` holds how late each tick came, in seconds.

    Lateness counts from :meth:`start` (the timer's own start), never from before it: a redraw
    that ran before the probe started is not the measured work's stall.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.lateness: list[float] = []
        self.stalls: list[tuple[float, float]] = []  # (seconds after start(), how late) over STALL_S
        self.worst_at = 0.0  # seconds after start() of the latest tick
        self._start = self._expected = 0.0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lateness.clear()
        self.stalls.clear()
        self._start = time.perf_counter()
        self._expected = self._start + TICK_MS / 1000
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        late = max(0.0, now - self._expected)
        if late > max(self.lateness, default=0.0):
            self.worst_at = now - self._start
        if late > STALL_S:
            self.stalls.append((now - self._start, late))
        self.lateness.append(late)
        self._expected = now + TICK_MS / 1000

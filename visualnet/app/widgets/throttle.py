"""Redraw at most so often, and never let redrawing take more than a share of the GUI thread.

Training sends new parameters up to ~25 times a second. A view whose redraw costs a few
milliseconds can follow that; one that runs a forward pass over a grid or a whole dataset
should not, or the window stops answering. :class:`Throttle` calls the redraw at once when it
has been quiet, folds requests that come while it rests into one call at the end of the rest,
and rests ``max(min_interval, cost / busy_share)`` after each call -- so a 20 ms redraw runs at
most every 80 ms (25% of the time) however fast the parameters change. Given a ``widget``, it
also skips the calls while that widget is hidden (a dock tab behind another) and makes the one
that counts when it is shown again.
"""
from __future__ import annotations

from time import perf_counter
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class Throttle(QObject):
    """Calls ``callback`` on :meth:`request`, at most once per rest; the last request is never lost."""

    def __init__(self, callback: Callable[[], None], min_interval_ms: int = 0, busy_share: float = 0.25,
                 widget: Optional[QWidget] = None) -> None:
        super().__init__(widget)
        self._callback = callback
        self._widget = widget
        self._hidden_request = False
        if widget is not None:
            widget.installEventFilter(self)
        self._min_interval_ms = min_interval_ms
        self._busy_share = busy_share
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_rest_over)
        self.last_cost_ms = 0.0  # how long the last call took, for status lines and benchmarks

    @property
    def resting(self) -> bool:
        """Whether a request now would wait for the end of the rest."""
        return self._timer.isActive()

    def request(self) -> None:
        """Call now if resting is over, else once when it is."""
        if self._timer.isActive():
            self._pending = True
        else:
            self._call()

    def flush(self) -> None:
        """Call now, resting or not (after a change the user made, which must show at once)."""
        self._timer.stop()
        self._call()

    def _on_rest_over(self) -> None:
        if self._pending:
            self._call()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._hidden_request:
            self._hidden_request = False
            self._call()
        return False

    def _call(self) -> None:
        self._pending = False
        if self._widget is not None and not self._widget.isVisible():
            self._hidden_request = True
            return
        start = perf_counter()
        self._callback()
        self.last_cost_ms = (perf_counter() - start) * 1000
        self._timer.start(max(self._min_interval_ms, round(self.last_cost_ms / self._busy_share)))

"""The throttle that keeps redraws from outrunning the GUI thread while training."""
from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget

from visualnet.app.widgets.throttle import Throttle


def test_requests_while_resting_fold_into_one_call(qtbot):
    calls: list[float] = []
    throttle = Throttle(lambda: calls.append(time.perf_counter()), min_interval_ms=60)
    for _ in range(5):
        throttle.request()
    assert len(calls) == 1  # the first request is served at once
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2_000)  # the other four, as one call after the rest
    assert calls[1] - calls[0] >= 0.055
    qtbot.waitUntil(lambda: not throttle.resting, timeout=2_000)  # the rest after that call ended...
    assert len(calls) == 2  # ...with nothing pending: no further call


def test_flush_calls_at_once_even_while_resting(qtbot):
    calls: list[int] = []
    throttle = Throttle(lambda: calls.append(1), min_interval_ms=10_000)
    throttle.request()
    throttle.request()
    throttle.flush()
    assert len(calls) == 2


def test_a_slow_callback_rests_in_proportion(qtbot):
    calls: list[float] = []

    def slow() -> None:
        calls.append(time.perf_counter())
        time.sleep(0.02)

    throttle = Throttle(slow, min_interval_ms=0, busy_share=0.25)
    throttle.request()
    throttle.request()
    assert throttle.last_cost_ms >= 20
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=2_000)
    assert calls[1] - calls[0] >= 0.02 + 0.075  # 20 ms of work, then a rest of 80 ms (busy 25%)


def test_a_hidden_widget_is_drawn_once_when_shown(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    throttle = Throttle(lambda: calls.append(1), widget=widget)
    for _ in range(3):
        throttle.request()
    throttle.flush()
    assert calls == []  # hidden: nothing to draw for
    widget.show()
    assert calls == [1]
    widget.hide()
    widget.show()
    assert calls == [1]  # nothing was asked meanwhile

"""The channel to a child: a job arrives bit for bit, replies in order, and commands as typed messages."""
from __future__ import annotations

import os

import numpy as np
import pytest

from visualnet.app.processes.channel import Channel, Outbox
from visualnet.app.processes.messages import MAX_SEND_INTERVAL, PAUSE, SEND_INTERVAL, SetInterval
from visualnet.app.processes.training import Job, TrainingLoop
from visualnet.app.processes.training_worker import GUI_SHARE, UpdatePacer
from visualnet.engine.training import TrainConfig


@pytest.fixture
def pipe():
    """Makes (receiving end, sending end) of an OS pipe, as the channel reads and writes a child's stdin and
    stdout; closes them all at the end."""
    made: list[Channel] = []

    def make() -> tuple[Channel, Channel]:
        read_fd, write_fd = os.pipe()
        made.extend((Channel(open(read_fd, "rb", buffering=0), None), Channel(None, open(write_fd, "wb", buffering=0))))
        return made[-2], made[-1]
    yield make
    for channel in made:
        channel.close_incoming()
        channel.close_outgoing()


def test_a_job_arrives_bit_exact_in_aligned_writeable_arrays(pipe):
    rng = np.random.default_rng(3)
    X_full = rng.standard_normal((60, 50))
    X = X_full[:, 5:45]  # a train split: not contiguous on this side
    Y = (rng.random((1, 40)) > 0.5).astype(np.float32)
    params = {"W1": rng.standard_normal((4, 60)), "b1": np.zeros((4, 1))}
    job = Job((60, 4), ("sigmoid",), "binary_cross_entropy", params, X, Y, np.empty((60, 0)), None,
              TrainConfig(learning_rate=0.5, num_iterations=7), 12, True)
    receiving, sending = pipe()
    sending.send(job)  # ~20 kB: the pipe holds it all, so sending first cannot hang
    got = receiving.recv()

    assert np.array_equal(got.X, X) and got.X.dtype == np.float64 and got.X.shape == (60, 40)
    assert np.array_equal(got.Y, Y) and got.Y.dtype == np.float32
    assert got.X_dev.shape == (60, 0) and got.Y_dev is None  # an empty dev set and no dev set
    assert got.params.keys() == params.keys() and all(np.array_equal(got.params[k], v) for k, v in params.items())
    assert (got.config, got.offset, got.paused, got.layer_sizes) == (job.config, 12, True, (60, 4))
    for array in (got.X, got.Y):
        assert array.flags.writeable and array.flags.c_contiguous and array.ctypes.data % 16 == 0


def test_the_outbox_writes_in_order_and_reports_a_reader_that_has_gone(pipe):
    receiving, sending = pipe()
    outbox = Outbox(sending)
    big = np.arange(100_000, dtype=np.float64)  # 800 kB: the writer waits for the reader meanwhile
    outbox.put({"first": big})
    big[:] = -1  # changed after put: the message holds the values it had
    outbox.put("second")
    assert outbox.busy  # nothing read yet: the loop is told to keep collecting
    first = receiving.recv()
    assert np.array_equal(first["first"], np.arange(100_000)) and receiving.recv() == "second"
    outbox.close()
    assert not outbox.busy

    receiving, sending = pipe()
    outbox = Outbox(sending)
    receiving.close_incoming()
    outbox.put("nobody reads this")
    with pytest.raises(OSError):
        outbox.close()


def test_the_pacer_spaces_updates_by_what_they_cost_the_gui():
    pacer = UpdatePacer()
    assert pacer.update(0.0, 0.0) is None  # the first update: nothing to measure yet
    assert pacer.update(0.1, 0.005) is None  # 5 ms of GUI work per update: ten a second are fine
    intervals = [pacer.update(0.1 * k, 0.005 + 0.040 * (k - 1)) for k in range(2, 12)]  # 40 ms each
    settled = [i for i in intervals if i is not None][-1]
    assert settled == pytest.approx(0.040 / GUI_SHARE, rel=0.1)  # half-way steps converge
    assert all(i is None or SEND_INTERVAL <= i <= MAX_SEND_INTERVAL for i in intervals)
    for k in range(12, 30):  # the GUI is idle again: back to the fastest rate
        pacer.update(0.1 * k, 0.005 + 0.040 * 10)
    assert pacer.interval == pytest.approx(SEND_INTERVAL, rel=0.15)
    for k in range(30, 50):  # a GUI busy with something else entirely: never slower than MAX_SEND_INTERVAL
        pacer.update(0.1 * k, 1.0 * k)
    assert pacer.interval == pytest.approx(MAX_SEND_INTERVAL, rel=0.15)
    pacer = UpdatePacer()
    pacer.update(0.0, 0.0)
    assert pacer.update(60.0, 3.0) is None  # a minute paused (3 s of other work): not the cost of an update
    assert pacer.interval == SEND_INTERVAL


def test_the_child_takes_the_interval_it_is_asked_for_within_bounds():
    loop = TrainingLoop.__new__(TrainingLoop)  # (the command handling alone: no trainer, no pipe)
    loop.send_interval, loop.steps_allowed, loop.stopped = SEND_INTERVAL, None, False
    loop.command(SetInterval(0.25))
    assert loop.send_interval == 0.25
    loop.command(SetInterval(5.0))
    assert loop.send_interval == MAX_SEND_INTERVAL
    loop.command(SetInterval(0.0))
    assert loop.send_interval == SEND_INTERVAL
    loop.command(PAUSE)
    assert loop.paused and not loop.stopped

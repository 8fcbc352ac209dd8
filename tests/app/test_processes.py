"""Long work in child processes: every failure is told in words, nothing is lost, and only portable calls."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import psutil
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from visualnet.app.processes import host
from visualnet.app.processes.messages import Failed, Outcome
from visualnet.app.processes.training import Job
from visualnet.app.processes.training_worker import TrainingProcess
from visualnet.engine.training import TrainConfig

PACKAGE = Path(__file__).resolve().parents[2] / "visualnet"


def start_long_run(qtbot, window) -> None:
    from dataclasses import replace
    session = window.session
    session.set_hyperparameters(replace(session.hyperparameters, num_iterations=1_000_000))
    qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 3, timeout=10000)


def test_a_killed_training_process_is_told_and_train_works_again(qtbot, window):
    session = window.session
    start_long_run(qtbot, window)
    kept = {k: v.copy() for k, v in session.network.params.items()}
    # (how soon: benchmarks/process_faults.py measures it, 15 ms at worst; a timed assert would flake under load)
    with qtbot.waitSignal(session.trainingMessage, timeout=5000) as told:
        psutil.Process(session._worker.pid).kill()  # what the OS does to a process that takes all the memory
    message = told.args[0]
    assert message.startswith("The training process ended unexpectedly (killed by signal 9)")
    assert "try fewer units or mini-batches" in message
    assert window.findChild(QLabel, "trainingMessage").text() == message
    assert session.training_state == "idle" and session.run.outcome == "failed"
    # the last parameters received stay: what the plots showed last
    assert session.run.iterations > 3 and all(np.isfinite(v).all() for v in session.network.params.values())
    assert any(not np.array_equal(session.network.params[k], kept[k]) for k in kept) or session.run.iterations
    iterations = session.run.iterations
    with qtbot.waitSignal(session.progressed, timeout=10000):  # Train works again, going on from there
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert session.run.iterations > iterations
    session.stop_training()


def job(layer_sizes, X, Y, params=None) -> Job:
    return Job(tuple(layer_sizes), ("relu",) * (len(layer_sizes) - 2) + ("sigmoid",), "binary_cross_entropy",
               params or {}, X, Y, None, None, TrainConfig(num_iterations=5), 0, False)


def finish(qtbot, worker: TrainingProcess) -> Outcome:
    with qtbot.waitSignal(worker.finished, timeout=120_000) as ended:
        pass
    return ended.args[0]


def test_an_exception_in_the_child_arrives_as_a_typed_failure(qtbot):
    from visualnet.engine import Network
    X, Y = np.zeros((3, 4)), np.zeros((1, 4))
    params = Network([5, 2, 1], ["relu", "sigmoid"]).params
    worker = TrainingProcess(job((5, 2, 1), X, Y, params))  # X has 3 rows, the network expects 5
    outcome = finish(qtbot, worker)
    assert outcome.reason == "failed" and outcome.failure.kind == "error"
    assert "X has 3 rows but the input layer has n[0] = 5 units" in outcome.failure.detail


def test_running_out_of_memory_in_the_child_is_a_memory_failure(qtbot):
    from visualnet.engine import Network
    m = 1_000_000
    X, Y = np.zeros((2, m)), np.zeros((1, m))
    params = Network([2, 100_000, 1], ["relu", "sigmoid"], init="zeros").params  # 2.4 MB of parameters...
    outcome = finish(qtbot, TrainingProcess(job((2, 100_000, 1), X, Y, params)))  # ...and Z[1] of 800 GB
    assert outcome.failure == Failed("memory", outcome.failure.detail) and "GiB" in outcome.failure.detail


def test_a_network_the_engine_refuses_for_its_size_is_a_memory_failure_too(qtbot):
    X, Y = np.zeros((12288, 2)), np.zeros((1, 2))
    outcome = finish(qtbot, TrainingProcess(job((12288, 10_000_000, 1), X, Y)))  # W[1] alone: 983 GB
    assert outcome.failure.kind == "memory" and "Use fewer units per layer" in outcome.failure.detail


def test_a_run_bigger_than_free_memory_is_refused_before_it_starts(qtbot, window, monkeypatch):
    from visualnet.app import session as session_module
    session = window.session
    monkeypatch.setattr(session_module, "available_memory", lambda: 10 << 20)
    before = {k: v.copy() for k, v in session.network.params.items()}
    with qtbot.waitSignal(session.trainingMessage, timeout=2000) as told:
        qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.MouseButton.LeftButton)
    assert re.match(r"This run would need about 4\d\.\d MiB of memory .* a batch of 1,437\), and 10\.0 MiB is "
                    r"free\. Try fewer units, or mini-batches", told.args[0]), told.args[0]
    assert session.training_state == "idle" and session._worker is None
    assert all(np.array_equal(session.network.params[k], before[k]) for k in before)


def test_the_estimate_refuses_the_ten_to_the_six_unit_layer_on_a_laptop(session, monkeypatch):
    from visualnet.app import session as session_module
    from visualnet.app.session import Architecture
    monkeypatch.setattr(session_module, "available_memory", lambda: 12 << 30)  # a 16 GiB laptop, browser open
    session.set_architecture(Architecture(((1_000_000, "relu"),), "softmax"))
    problem = session.memory_problem(session.train_config())
    assert problem is not None and "GiB of memory" in problem  # 4 x 10^6 units x 1,437 examples x 8 bytes: 43 GiB


def test_no_posix_only_call_on_a_users_path():
    """Windows students run the same code: these calls raise there (or do nothing), so none may come back."""
    posix_only = re.compile(r"pass_fds|preexec_fn|start_new_session|os\.fork\(|import fcntl|from fcntl|"
                            r"os\.setsid|signal\.SIGKILL|QSocketNotifier|os\.getuid|os\.killpg|"
                            r"set_start_method\(.fork")
    nice = re.compile(r"os\.nice\(")
    found = []
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if posix_only.search(line):
                found.append(f"{path.relative_to(PACKAGE)}:{i + 1}: {line.strip()}")
            if nice.search(line) and not any('hasattr(os, "nice")' in before for before in lines[max(0, i - 2):i + 1]):
                found.append(f"{path.relative_to(PACKAGE)}:{i + 1}: unguarded {line.strip()}")
    assert not found, "POSIX-only calls:\n" + "\n".join(found)


def test_children_start_with_the_portable_entry_point(monkeypatch):
    started = []
    real = host.subprocess.Popen

    def recording(args, **kwargs):
        started.append((args, kwargs))
        return real(args, **kwargs)
    monkeypatch.setattr(host.subprocess, "Popen", recording)
    child = host.ChildProcess("visualnet.app.processes.sweep", _empty_sweep_data(), niceness=10)
    child.close(kill=True)
    (args, kwargs), = started
    assert args[1:4] == ["-m", "visualnet.app.processes.child", "visualnet.app.processes.sweep"]
    assert kwargs["stdin"] is host.subprocess.PIPE and kwargs["stdout"] is host.subprocess.PIPE
    assert set(kwargs) <= {"stdin", "stdout", "bufsize", "env", "creationflags"}


def _empty_sweep_data():
    from visualnet.app.processes.sweep import SweepData
    return SweepData()

"""Training from the window, as a teacher would drive it: buttons, keys, pause, step, reset, divergence."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from visualnet.app import MainWindow
from visualnet.engine import Network
from visualnet.engine.training import Trainer


def button(window, name: str) -> QPushButton:
    return window.findChild(QPushButton, name)


def set_hyperparameters(window, **changes) -> None:
    from dataclasses import replace
    window.session.set_hyperparameters(replace(window.session.hyperparameters, **changes))


def paused_at(qtbot, session, press) -> int:
    """Press (pause or step) and return the iteration at which the training process says it paused."""
    with qtbot.waitSignal(session.trainingPaused, timeout=10000) as paused:
        press()
    return paused.args[0]


def wait_idle(qtbot, window, timeout=120_000) -> None:
    """Until the run ends: the training child runs below the GUI's priority, so a busy machine can slow it a lot."""
    qtbot.waitUntil(lambda: window.session.training_state == "idle", timeout=timeout)


def test_train_button_runs_the_engine_and_the_status_bar_reports(qtbot, window):
    session = window.session
    set_hyperparameters(window, num_iterations=150)
    initial = {k: v.copy() for k, v in session.network.params.items()}
    with qtbot.waitSignal(session.progressed, timeout=10000):
        qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    # the same run in the engine alone gives the same costs and the same parameters
    net = Network(session.layer_sizes, session.activations, init="he", seed=1)
    assert all(np.array_equal(net.params[k], initial[k]) for k in initial)
    trainer = Trainer(net, session.train.X, session.train.Y, session.train_config(), session.dev.X, session.dev.Y)
    list(trainer.run())
    np.testing.assert_array_equal(session.run.costs.y, trainer.costs)
    np.testing.assert_array_equal(session.run.costs.x, np.arange(150))
    for key, value in net.params.items():
        np.testing.assert_array_equal(session.network.params[key], value)
    status = window.findChild(QLabel, "trainingStatus").text()
    assert status.startswith(f"iteration 149 · cost {trainer.costs[-1]:.4g} · train ")
    assert button(window, "trainButton").isEnabled() and not button(window, "pauseButton").isEnabled()


def test_pause_step_resume(qtbot, window):
    session = window.session
    set_hyperparameters(window, num_iterations=1_000_000)
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 5, timeout=10000)
    before = paused_at(qtbot, session, lambda: qtbot.mouseClick(button(window, "pauseButton"),
                                                                 Qt.MouseButton.LeftButton))
    assert session.training_state == "paused" and button(window, "trainButton").text() == "Resume"
    assert session.run.iterations == before  # every iteration up to the pause has arrived, none after
    assert window.findChild(QLabel, "trainingStatus").text().endswith(" · paused")
    after = paused_at(qtbot, session, lambda: qtbot.mouseClick(button(window, "stepButton"),
                                                                Qt.MouseButton.LeftButton))
    assert after == before + 1 and session.run.iterations == before + 1
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.run.iterations > before + 10, timeout=10000)
    session.stop_training()
    assert session.training_state == "idle"


def test_step_from_idle_runs_exactly_one_iteration(qtbot, window):
    session = window.session
    W1 = session.network.params["W1"].copy()
    stepped = []
    session.trainingPaused.connect(stepped.append)
    qtbot.mouseClick(button(window, "stepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stepped[-1:] == [1], timeout=10000)  # paused at 0, then after the one step
    assert stepped == [0, 1]
    assert session.run.iterations == 1 and not np.array_equal(session.network.params["W1"], W1)
    session.stop_training()


def test_reset_draws_the_same_initial_parameters_and_keeps_the_run(qtbot, window):
    session = window.session
    initial = {k: v.copy() for k, v in session.network.params.items()}
    set_hyperparameters(window, num_iterations=40)
    button(window, "trainButton").click()
    wait_idle(qtbot, window)
    assert not np.array_equal(session.network.params["W1"], initial["W1"])
    button(window, "resetButton").click()
    assert all(np.array_equal(session.network.params[k], initial[k]) for k in initial)
    assert session.run is None and len(session.runs) == 1 and session.runs[0].iterations == 40


def test_space_toggles_and_s_steps(qtbot, window):
    session = window.session
    set_hyperparameters(window, num_iterations=1_000_000)
    window.network_view.setFocus()
    qtbot.keyClick(window.network_view, Qt.Key.Key_Space)
    assert session.training_state == "running"
    qtbot.keyClick(window.network_view, Qt.Key.Key_Space)
    assert session.training_state == "paused"
    session.stop_training()
    session.reset_parameters()
    qtbot.keyClick(window.network_view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: session.paused_at == 1, timeout=10000)  # the process stands after one step
    assert session.run.iterations == 1
    session.stop_training()


def test_divergence_stops_with_a_message_and_keeps_finite_parameters(qtbot, window):
    session = window.session
    window.findChild(QComboBox, "datasetCombo").activated.emit(
        window.findChild(QComboBox, "datasetCombo").findData("sine"))
    assert session.activations[-1] == "linear"  # regression: mean squared error, which can blow up
    set_hyperparameters(window, learning_rate=10.0, num_iterations=5000)
    button(window, "trainButton").click()
    wait_idle(qtbot, window)
    message = window.findChild(QLabel, "trainingMessage").text()
    assert session.run.outcome == "diverged"
    i = session.run.iterations
    assert f"at iteration {i}: the learning rate 10 is too large" in message
    assert "try a smaller learning rate" in message
    assert all(np.isfinite(v).all() for v in session.network.params.values())
    assert button(window, "trainButton").isEnabled()  # the app stays usable


def test_editing_the_network_while_training_stops_it_and_never_mixes_shapes(qtbot, window):
    session = window.session
    set_hyperparameters(window, num_iterations=1_000_000)
    button(window, "trainButton").click()
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 3, timeout=10000)
    button(window, "addLayerButton").click()
    assert session.training_state == "idle" and session.run is None
    assert session.network.params["W4"].shape == (5, 5)
    assert [r.layer_sizes for r in session.runs] == [(64, 20, 7, 5, 10)]


def test_closing_the_window_during_training_stops_the_worker(qtbot):
    from visualnet.app.processes.host import ProcessWorker
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    set_hyperparameters(w, num_iterations=1_000_000)
    w.session.start_training()
    qtbot.waitUntil(lambda: w.session.run is not None and w.session.run.iterations > 3, timeout=10000)
    w.projects.mark_saved(None)  # (the prompt to save is tested with the project files)
    w.close()  # (within a second: benchmarks measure times; a timed assert would flake on a loaded machine)
    assert w.session.training_state == "idle" and not ProcessWorker.running()


def test_a_learning_rate_changed_while_paused_applies_from_there_and_is_marked(qtbot, window):
    from PySide6.QtWidgets import QDoubleSpinBox
    session = window.session
    set_hyperparameters(window, num_iterations=1_000_000)
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.run is not None and session.run.iterations > 5, timeout=10000)
    k = paused_at(qtbot, session, lambda: qtbot.mouseClick(button(window, "pauseButton"), Qt.MouseButton.LeftButton))
    at_k = {key: v.copy() for key, v in session.network.params.items()}
    spin = window.findChild(QDoubleSpinBox, "learningRateSpin")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "0.5")  # as a student types it, while the run is paused
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.mouseClick(button(window, "stepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.paused_at == k + 1, timeout=10000)
    qtbot.mouseClick(button(window, "stepButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.paused_at == k + 2, timeout=10000)
    # the two iterations after the change are the engine's, from the parameters at k, with α = 0.5
    net = Network(session.layer_sizes, session.activations)
    net.params = at_k
    from dataclasses import replace
    trainer = Trainer(net, session.train.X, session.train.Y, replace(session.train_config(), num_iterations=2))
    list(trainer.run())
    np.testing.assert_allclose(session.run.costs.y[k:k + 2], trainer.costs, rtol=1e-12)
    for key, value in net.params.items():
        np.testing.assert_allclose(session.network.params[key], value, rtol=1e-12, atol=1e-15)
    assert session.run.changes == [(k, "α 0.1 → 0.5")]
    assert window.cost_plot.change_marks() == [(k, "α 0.1 → 0.5")]
    assert session.run.label == "α = 0.1 → 0.5, [64, 20, 7, 5, 10]"
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)  # Resume goes on with it
    qtbot.waitUntil(lambda: session.run.iterations > k + 10, timeout=10000)
    session.stop_training()


def test_a_run_stuck_at_chance_level_is_told_with_the_likely_cause(qtbot, window):
    session = window.session
    set_hyperparameters(window, learning_rate=1.0, num_iterations=2000)
    told = []
    session.trainingMessage.connect(told.append)
    qtbot.mouseClick(button(window, "trainButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(text.startswith("Stuck at chance level") for text in told), timeout=60000)
    (text,) = [t for t in told if t.startswith("Stuck at chance level")]
    assert "(ln 10 = 2.303, guessing among 10 equal classes)" in text and "Try a smaller α (say 0.1)" in text
    assert window.findChild(QLabel, "trainingMessage").text() == text or session.training_state == "running"
    session.stop_training()

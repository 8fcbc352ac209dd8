"""View > Language switches every open panel without a restart, and the choice is remembered."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QProgressBar

from visualnet.app import MainWindow
from visualnet.app.translations import install_translations


def visible_words(window: MainWindow) -> list[str]:
    """Every label, button, progress bar, menu, tab and dock title of the window (what a reader sees)."""
    words = [window.windowTitle()]
    # (the quiz asks about a random tensor: its words are compared, not which tensor it picked)
    words += [w.text() if w.objectName() != "quizQuestion" else w.text().split(" ")[-1]
              for w in window.findChildren(QLabel) if w.text()]
    words += [w.text() for w in window.findChildren(QAbstractButton) if w.text()]
    words += [w.toolTip() for w in window.findChildren(QAbstractButton) if w.toolTip()]
    words += [w.format() for w in window.findChildren(QProgressBar) if w.format()]
    # the menus and their submenus; not the bar's untitled overflow popup, which repeats its titles
    menus = [m for m in window.menuBar().findChildren(QMenu) if m.title()]
    words += [m.title() for m in menus] + [a.text() for m in menus for a in m.actions() if a.text()]
    words += [window.central_tabs.tabText(i) for i in range(window.central_tabs.count())]
    words += [d.windowTitle() for d in window.docks]
    return sorted(words)


@pytest.fixture
def english():
    yield
    install_translations(QApplication.instance(), "en")


def test_switching_language_retranslates_every_panel_like_a_fresh_start(window, english, qtbot):
    english_words = visible_words(window)
    window.language_actions["zh_CN"].trigger()
    assert window.windowTitle() == "visualnet — 看懂深度神经网络的数学[*]"
    assert window.layer_editor.add_button.text() == "添加层"
    assert window.pass_animation.play_button.text() == "▶ 播放"
    assert window.cost_plot.log_button.text() != "Log scale"
    assert window.settings.value("language") == "zh_CN"
    switched = visible_words(window)
    fresh = MainWindow(window.settings)
    qtbot.addWidget(fresh)
    fresh_words = visible_words(fresh)
    assert switched == fresh_words, (Counter(switched) - Counter(fresh_words), Counter(fresh_words) - Counter(switched))
    fresh.close()
    window.language_actions["en"].trigger()
    assert visible_words(window) == english_words


def test_the_status_bar_is_said_again_in_the_new_language(window, english, qtbot, monkeypatch):
    """What the status bar shows when the language changes -- the run's figures, and a message still
    on screen -- is said again at once, as a fresh window would say it."""
    import visualnet.app.session as session_module
    from visualnet.app.commands import edit_hyperparameters

    session = window.session
    edit_hyperparameters(session, replace(session.hyperparameters, num_iterations=5), "iterations")
    with qtbot.waitSignal(session.trainingStateChanged, timeout=120_000, check_params_cb=lambda state: state == "idle"):
        session.start_training()
    monkeypatch.setattr(session_module, "available_memory", lambda: 10 << 20)  # the next run does not fit
    session.start_training()
    refusal = window.statusBar().currentMessage()
    assert "memory" in refusal and "iteration" in window.training_status.text()
    window.language_actions["zh_CN"].trigger()
    said = window.statusBar().currentMessage()
    assert said != refusal and "内存" in said and "memory" not in said
    assert window.findChild(QLabel, "trainingMessage").text() == said  # the training panel says it too
    assert window.training_status.text().startswith("第 ") and "iteration" not in window.training_status.text()
    window.language_actions["en"].trigger()
    assert window.statusBar().currentMessage() == refusal

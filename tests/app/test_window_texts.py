"""Every visible text of the window fits its box, in each view, at a laptop's 1280x720 and a projector's
1920x1080, at the desk and in presentation mode, in English and Chinese; the diagrams' texts never fall under
the least size
a reader can read (11 px at a desk, 18 px presenting)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from visualnet.app.translations import install_translations

from textfit import unfit_texts

VIEWS = ("network", "pass", "experiments")


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


def _settle(qtbot, window, size) -> None:
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=3000)
    for _ in range(3):  # docks, fonts and wrapped labels each take a layout pass
        QApplication.processEvents()


@pytest.mark.parametrize("presenting, size, least", [(False, (1280, 720), 11), (False, (1920, 1080), 11),
                                                     (True, (1280, 720), 18), (True, (1920, 1080), 18)])
def test_every_text_of_every_view_fits(window, qtbot, language, presenting, size, least):
    window.set_language(language)
    if presenting:
        window.presentation_action.trigger()
        window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is 800x800: size it by hand
    window.resize(*size)
    session = window.session  # a short run first: the readouts and the status bar say the most then
    session.set_hyperparameters(replace(session.hyperparameters, num_iterations=30))
    with qtbot.waitSignal(session.trainingStateChanged, timeout=120_000, check_params_cb=lambda state: state == "idle"):
        session.start_training()
    window.lesson.go_to(0)  # a lesson's bar above the views, walked with them
    problems = []
    for view, action in zip(VIEWS, (window.show_network_action, window.show_pass_action,
                                    window.show_experiments_action)):
        action.trigger()
        _settle(qtbot, window, size)
        if view == "pass":
            window.pass_animation.player.go_to(5)
            QApplication.processEvents()
            small = [(text, px) for _, text, px in window.pass_animation.scene.texts() if px < least]
            problems += [f"pass diagram {text!r}: {px:.1f} px" for text, px in small]
        problems += [f"{view}: {problem}" for problem in unfit_texts(window)]
    assert not problems, f"{language}, {size}:\n" + "\n".join(problems)

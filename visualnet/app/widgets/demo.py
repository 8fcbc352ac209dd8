"""Running one panel alone on the demo session: every widget module's ``__main__`` (and screenshots)."""
from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtWidgets import QApplication, QWidget

from ..session import Session
from ..translations import choose_language, install_translations


def run_demo(make: Callable[[Session], QWidget], width: int, height: int, train: bool = False,
             prepare: Callable[[Session], None] = lambda session: None) -> None:
    """Show ``make(session)`` alone on the demo (digits, hidden layers 20, 7, 5), in the system's language."""
    app = QApplication(sys.argv)
    install_translations(app, choose_language(None))
    demo = Session()
    prepare(demo)
    widget = make(demo)
    widget.resize(width, height)
    widget.show()
    if train:
        demo.start_training()
    app.aboutToQuit.connect(demo.stop_training)
    sys.exit(app.exec())

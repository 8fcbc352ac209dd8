"""Start-up: command line, QApplication, translations, the main window."""
from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="visualnet", description="See the math of deep neural networks.")
    parser.add_argument("--lang", choices=("en", "zh_CN"), help="language of the interface (default: system)")
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)  # smoke tests, screenshots
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Open the main window with the ready demo and run until it is closed."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .translations import choose_language, install_translations

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("visualnet")
    app.setOrganizationName("visualnet")
    translators = install_translations(app, choose_language(args.lang))  # noqa: F841 (kept alive)
    from .main_window import MainWindow

    window = MainWindow()
    window.show()
    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, window.close)
    return app.exec()

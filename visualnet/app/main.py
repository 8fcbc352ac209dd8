"""Start-up: command line, QApplication, translations, the main window."""
from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    from ..engine.datasets import list_datasets
    from .session import PRESETS

    parser = argparse.ArgumentParser(prog="visualnet", description="See the math of deep neural networks.")
    parser.add_argument("project", nargs="?", help="a visualnet project (.vnet) to open")
    parser.add_argument("--lang", choices=("en", "zh_CN"), help="language of the interface (default: system)")
    parser.add_argument("--dataset", choices=list_datasets(), metavar="NAME",
                        help="start on this built-in dataset: " + ", ".join(list_datasets()))
    parser.add_argument("--preset", choices=list(PRESETS), metavar="NAME",
                        help="start with this network: " + ", ".join(PRESETS))
    parser.add_argument("--reset-settings", action="store_true",
                        help="forget the remembered window layout and choices, start with the demo")
    # for smoke tests, screenshots and benchmarks/startup.py: close MS ms after the first paint,
    # and print "first-paint" to stdout when the window has been painted
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    parser.add_argument("--report-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Open the main window with the ready demo and run until it is closed."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from .translations import LANGUAGES, choose_language, install_translations

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("visualnet")
    app.setOrganizationName("visualnet")
    from PySide6.QtCore import QSettings

    settings = QSettings()
    if args.reset_settings:
        settings.clear()
    remembered = settings.value("language")
    install_translations(app, choose_language(args.lang or (remembered if remembered in LANGUAGES else None)))
    from .main_window import MainWindow

    window = MainWindow(settings)
    start_with(window, args.dataset, args.preset)
    if args.quit_after is not None or args.report_first_paint:
        from .first_paint import FirstPaint

        FirstPaint(window, args.quit_after, args.report_first_paint)
    window.show()
    open_at_start(window, args.project)
    quit_on_signals(app)
    return app.exec()


def open_at_start(window, project: Optional[str]) -> None:
    """Open the project asked for (what double-clicking one does), then offer what a crash left behind:
    a start with a file is a start after a crash all the same."""
    from PySide6.QtCore import QTimer

    def start() -> None:
        if project:
            window.projects.open(project)
        window.projects.offer_recovery()
    QTimer.singleShot(0, start)


def quit_on_signals(app) -> None:
    """SIGTERM (logout, shutdown) and Ctrl+C in a terminal keep the work and quit with exit code 0.

    Python runs a signal handler only between bytecodes, and Qt's event loop is C++: a timer
    gives Python a turn five times a second. The handler only schedules the quit, which then runs
    as an ordinary event (never a KeyboardInterrupt inside some slot).
    """
    import signal

    from PySide6.QtCore import QTimer

    def request(signum: int, frame: object) -> None:
        QTimer.singleShot(0, lambda: quit_keeping_work(app))
    for name in ("SIGINT", "SIGTERM"):  # both exist on Windows too (SIGTERM is rarely sent there)
        signal.signal(getattr(signal, name), request)
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(200)


def quit_keeping_work(app) -> None:
    """Autosave every window's unsaved work (offered at the next start), stop all long work, exit 0."""
    from .main_window import MainWindow

    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.shut_down()
    app.exit(0)


def start_with(window, dataset: Optional[str], preset: Optional[str]) -> None:
    """Apply ``--dataset`` and ``--preset`` (argparse has checked the names) as the untitled start."""
    from .session import OUTPUT_CHOICES, PRESETS, Architecture

    session = window.session
    if dataset is not None:
        session.set_dataset(dataset)
    if preset is not None:
        session.set_architecture(Architecture(PRESETS[preset], OUTPUT_CHOICES[session.dataset.task][0]))
    session.undo_stack.clear()
    window.projects.mark_saved(None)

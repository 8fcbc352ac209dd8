"""Long work without a frozen window: saving a big project, autosaving, and a training process that dies.

1. Save: a ~200 MB project (the digits with hidden layers of 20,000 and 1,100 units) saved from
   the window (File > Save: a child process writes it) against the engine's own ``save_project``
   in this process (the reference); the GUI timer's worst lateness while the window saves must
   stay under 50 ms, and so while it autosaves.
2. Death: the training process killed; the time from the kill to the message on screen must be
   under 1 s (the reference: a 10 ms timer tick, printed for scale).

    python benchmarks/process_faults.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_probe import LatenessProbe  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import psutil
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from visualnet.app import MainWindow
    from visualnet.app.session import Architecture
    from visualnet.engine.project import save_project

    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 900)
    window.show()
    session = window.session
    session.memory_budget = 4 << 30
    session.set_architecture(Architecture(((20000, "relu"), (1100, "relu")), "softmax"))
    for _ in range(50):
        app.processEvents()
    project = window.projects.project()
    size = sum(a.nbytes for a in project.parameters.values())
    print(f"project: {size / 1e6:.0f} MB of parameters")

    def idle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    engine, in_app, save_late, autosave_late = [], [], [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        save_project(folder / "engine.vnet", project)
        engine.append(time.perf_counter() - start)

        probe = LatenessProbe()
        probe.start()
        start = time.perf_counter()
        window.projects._write(str(folder / "app.vnet"))
        while window.projects._saving is not None:
            app.processEvents()
        in_app.append(time.perf_counter() - start)
        probe.stop()
        save_late.append(max(probe.lateness, default=0.0))

        window.projects.on_changed()  # unsaved work, as after a run
        probe.start()
        window.projects.autosave()
        while window.projects._autosaving is not None:
            app.processEvents()
        probe.stop()
        autosave_late.append(max(probe.lateness, default=0.0))
        idle(0.2)
    print("  GUI lateness of each save (ms):", [round(x * 1000) for x in save_late])
    print(f"save: in the app (child process) {statistics.median(in_app):.2f} s / engine in this process "
          f"{statistics.median(engine):.2f} s = {statistics.median(in_app) / statistics.median(engine):.2f}")
    met = "met" if max(save_late + autosave_late) < 0.05 else "MISSED"
    print(f"  GUI timer lateness while saving: worst {max(save_late) * 1000:.1f} ms; while autosaving: worst "
          f"{max(autosave_late) * 1000:.1f} ms (target < 50 ms: {met})")

    session.set_architecture(Architecture(((20, "relu"), (7, "relu"), (5, "relu")), "softmax"))
    from dataclasses import replace
    session.set_hyperparameters(replace(session.hyperparameters, num_iterations=1_000_000))
    told = []
    session.trainingMessage.connect(lambda text: told.append(time.perf_counter()))
    delays = []
    for _ in range(args.repeat):
        told.clear()
        session.start_training()
        while session.run is None or session.run.iterations < 10:
            app.processEvents()
        killed = time.perf_counter()
        psutil.Process(session._worker.pid).kill()
        while not told and time.perf_counter() - killed < 5:
            app.processEvents()
        delays.append((told[0] if told else float("inf")) - killed)
    print(f"death of the training process to the message on screen: median {statistics.median(delays) * 1000:.0f} ms,"
          f" worst {max(delays) * 1000:.0f} ms (reference: one 10 ms timer tick = "
          f"{max(delays) / 0.010:.0f} ticks; target < 1 s: {'met' if max(delays) < 1 else 'MISSED'})")
    window.projects.mark_saved(None)
    window.close()


if __name__ == "__main__":
    main()

"""The engine imports NumPy only: importing all of it loads no Qt module."""
from __future__ import annotations

import subprocess
import sys


def test_importing_the_engine_loads_no_qt():
    code = ("import sys, pkgutil, importlib, visualnet.engine as e\n"
            "for m in pkgutil.walk_packages(e.__path__, 'visualnet.engine.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')]\n"
            "print(len(sys.modules)); assert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 0

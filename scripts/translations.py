"""Keep the Chinese translation in step with the code: ``update`` then ``release``.

update:  pyside6-lupdate collects every tr() string of visualnet/app into
         resources/translations/visualnet_zh_CN.ts, keeping the translations already made
         (Qt Linguist, or any text editor, fills in the new ones).
release: pyside6-lrelease compiles the .ts into the .qm the app loads.

The tools are found inside the PySide6 package of the interpreter running this script, never on
PATH: a fresh venv that nobody activated has them only there, and a PATH can hold another Qt's.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "visualnet_zh_CN.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "visualnet" / "app").rglob("*.py"))


def qt_tool(name: str) -> str:
    """The path of Qt's ``name`` tool (lupdate, lrelease) as PySide6-Essentials ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise FileNotFoundError(f"Qt's {name} is not in {folder}; reinstall PySide6-Essentials "
                            f"({sys.executable} -m pip install --force-reinstall PySide6-Essentials)")


def lupdate(ts: Path) -> None:
    subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", *sources(), "-ts", str(ts)],
                   cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        lupdate(TS)
    elif command == "release":
        lrelease(TS, TS.with_suffix(".qm"))
    else:
        raise SystemExit("usage: python scripts/translations.py update|release")

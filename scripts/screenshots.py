"""Regenerate the README's screenshots: the real app in a real X window (Xvfb), English and Chinese.

Needs Debian's xvfb, xdotool and imagemagick (`.ci/run` installs them). Each shot starts the app
with fresh settings (a temporary XDG_CONFIG_HOME), at a laptop's, a desk's or a projector's size,
on the demo or on a project with L = 12, waits for its first paint, optionally types keys into it
(e.g. Space to train, → to step the pass), waits, and grabs the window with ImageMagick's ``import``.

    python scripts/screenshots.py [--out docs/screenshots] [pass-en.png ...]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple, Optional

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1920, 1080)  # the projector's; smaller shots are the window's top-left corner of it
LAPTOP, DESK, PROJECTOR = (1280, 720), (1440, 900), (1920, 1080)
DEEP = "deep12"  # a project with L = 12 (eleven hidden layers of 8 units), made by make_deep_project


class Shot(NamedTuple):
    """One picture: the file, the language, the window's size, the project it opens (None: the demo),
    the keys typed after the first paint and the seconds to wait before the shot."""

    name: str
    lang: str
    size: tuple[int, int]
    project: Optional[str]
    keys: list[str]
    wait: float


def _shots() -> list[Shot]:
    shots = []
    for lang in ("en", "zh_CN"):
        shots += [
            Shot(f"main-{lang}.png", lang, LAPTOP, None, [], 1.0),
            Shot(f"training-{lang}.png", lang, PROJECTOR, None, ["space"], 8.0),
            Shot(f"experiments-{lang}.png", lang, DESK, None, ["ctrl+3"], 1.5),
            Shot(f"presentation-{lang}.png", lang, PROJECTOR, None, ["space", "F11"], 6.0),
        ]
        for L, project, backward in ((4, None, 16), (12, DEEP, 42)):  # backward: dZ of layer L (4) or dA[11] (12)
            shots += [Shot(f"pass-L{L}-forward-{lang}.png", lang, DESK, project, ["ctrl+2"] + ["Right"] * 4, 1.5),
                      Shot(f"pass-L{L}-backward-{lang}.png", lang, DESK, project, ["ctrl+2"] + ["Right"] * backward,
                           1.5)]
        shots.append(Shot(f"pass-L12-presentation-{lang}.png", lang, PROJECTOR, DEEP,
                          ["ctrl+2"] + ["Right"] * 42 + ["F11"], 2.0))
    return shots


SHOTS = _shots()


def make_deep_project(folder: Path) -> Path:
    """The demo with L = 12, saved as a project the app opens like any other (made in a fresh Python)."""
    path = folder / f"{DEEP}.vnet"
    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from visualnet.app.session import Session, Architecture;"
            "from visualnet.engine.project import save_project;"
            "s = Session(); s.set_architecture(Architecture(((8, 'relu'),) * 11, 'softmax'));"
            f"save_project({str(path)!r}, s.to_project())")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return path


def start_xvfb(display: str) -> subprocess.Popen:
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode == 0:
            return server
        time.sleep(0.05)
    server.kill()
    raise RuntimeError("Xvfb did not start")


def shoot(out: Path, shot: Shot, projects: dict[str, Path], display: str) -> None:
    name, keys = shot.name, shot.keys
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": config}
        project = [str(projects[shot.project])] if shot.project else []
        app = subprocess.Popen([sys.executable, "-m", "visualnet", "--lang", shot.lang, "--report-first-paint",
                                *project], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        try:
            for line in app.stdout:
                if line.strip() == "first-paint":
                    break
            window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                                    capture_output=True, text=True, env=env, timeout=20).stdout.split()[0]
            width, height = shot.size
            subprocess.run(["xdotool", "windowsize", window, str(width), str(height), "windowmove", window, "0", "0"],
                           env=env, check=False)
            if keys:  # no window manager under Xvfb: give the window the keyboard focus ourselves
                subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False,
                               capture_output=True)
                time.sleep(0.3)
            for key in keys:
                subprocess.run(["xdotool", "key", key], env=env, check=True)
                if key == "F11":  # full screen maps the window anew; without a window manager it loses focus
                    time.sleep(0.5)
                    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False,
                                   capture_output=True)
                time.sleep(0.3 if key in ("F11", "ctrl+2") else 0.05)  # a new layout settles before the next key
            time.sleep(shot.wait)
            full = "F11" in keys  # full screen: the whole projector
            width, height = SCREEN if full else shot.size
            subprocess.run(["import", "-window", "root", "-crop", f"{width}x{height}+0+0", "+repage", str(out / name)],
                           env=env, check=True)
        finally:
            app.terminate()
            app.wait(timeout=10)
    print("wrote", out / name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--display", default=":97")
    parser.add_argument("only", nargs="*", help="file names to regenerate (default: all)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    server = start_xvfb(args.display)
    try:
        with tempfile.TemporaryDirectory() as folder:
            projects = {DEEP: make_deep_project(Path(folder))}
            for shot in SHOTS:
                if not args.only or shot.name in args.only:
                    shoot(args.out, shot, projects, args.display)
    finally:
        server.terminate()


if __name__ == "__main__":
    main()

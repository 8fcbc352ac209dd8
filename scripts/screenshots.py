"""Regenerate the README's screenshots: the real app in a real X window (Xvfb), English and Chinese.

Needs Debian's xvfb, xdotool and imagemagick (`.ci/run` installs them). Each shot starts the app
with fresh settings (a temporary XDG_CONFIG_HOME), waits for its first paint, optionally types
keys into it (e.g. Space to train), waits, and grabs the screen with ImageMagick's ``import``.

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

ROOT = Path(__file__).resolve().parents[1]
SIZE = "1600x1000"
# (file name, language, keys to press after the first paint, seconds to wait before the shot)
SHOTS = [
    ("main-en.png", "en", [], 1.0),
    ("main-zh_CN.png", "zh_CN", [], 1.0),
    ("training-en.png", "en", ["space"], 8.0),
    ("training-zh_CN.png", "zh_CN", ["space"], 8.0),
    ("pass-en.png", "en", ["ctrl+2"] + ["Right"] * 13, 2.0),
    ("pass-zh_CN.png", "zh_CN", ["ctrl+2"] + ["Right"] * 13, 2.0),
    ("experiments-en.png", "en", ["ctrl+3"], 1.5),
    ("experiments-zh_CN.png", "zh_CN", ["ctrl+3"], 1.5),
    ("presentation-en.png", "en", ["ctrl+2"] + ["Right"] * 4 + ["F11"], 2.0),
    ("presentation-zh_CN.png", "zh_CN", ["ctrl+2"] + ["Right"] * 4 + ["F11"], 2.0),
]


def start_xvfb(display: str) -> subprocess.Popen:
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{SIZE}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if subprocess.run(["xdpyinfo", "-display", display], capture_output=True).returncode == 0:
            return server
        time.sleep(0.05)
    server.kill()
    raise RuntimeError("Xvfb did not start")


def shoot(out: Path, name: str, lang: str, keys: list[str], wait: float, display: str) -> None:
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": config}
        app = subprocess.Popen([sys.executable, "-m", "visualnet", "--lang", lang, "--report-first-paint"],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        try:
            for line in app.stdout:
                if line.strip() == "first-paint":
                    break
            window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(app.pid)],
                                    capture_output=True, text=True, env=env, timeout=20).stdout.split()[0]
            subprocess.run(["xdotool", "windowsize", window, "1600", "1000", "windowmove", window, "0", "0"],
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
            time.sleep(wait)
            subprocess.run(["import", "-window", "root", str(out / name)], env=env, check=True)
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
        for name, lang, keys, wait in SHOTS:
            if args.only and name not in args.only:
                continue
            shoot(args.out, name, lang, keys, wait, args.display)
    finally:
        server.terminate()


if __name__ == "__main__":
    main()

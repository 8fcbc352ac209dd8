"""The package as users get it: a wheel that carries its resources, and the two README commands."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_resources_and_finds_them_installed(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("visualnet-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "visualnet/resources/datasets/digits.npz" in names
    assert "visualnet/resources/translations/visualnet_zh_CN.qm" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import visualnet, visualnet.resource_files as r\n"
            "from visualnet.engine.datasets import load_dataset\n"
            "assert str(r.resources_dir()).startswith(str(__import__('pathlib').Path(visualnet.__file__).parent))\n"
            "print(load_dataset('digits').m)\n")
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "1797"


def test_ci_runs_the_readme_test_command_verbatim():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(commands) >= 2 and "visualnet" in commands[0] and "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_python_dash_m_visualnet_opens_and_closes(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "visualnet", "--lang", "zh_CN", "--quit-after", "200"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr

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


def _listed(readme: str, option: str) -> list[str]:
    """The names the README's command-line section lists for ``option``: the back-quoted words of its item."""
    item = re.search(rf"^- `{option}`: (.+?)(?=^- |^$)", readme, re.M | re.S)
    assert item, f"the README lists no names for {option}"
    return re.findall(r"`([a-z_]+)`", item.group(1))


def test_help_and_readme_list_the_same_datasets_and_presets():
    from visualnet.app.main import parse_args
    from visualnet.app.session import PRESETS
    from visualnet.engine.datasets import list_datasets

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _listed(readme, "--dataset") == list(list_datasets())
    assert _listed(readme, "--preset") == list(PRESETS)
    assert parse_args(["--dataset", "sine", "--preset", "deep_narrow"]).preset == "deep_narrow"
    run = subprocess.run([sys.executable, "-m", "visualnet", "--help"], capture_output=True, text=True, timeout=60)
    help_text = " ".join(run.stdout.split())  # argparse wraps its lines
    assert run.returncode == 0
    assert ", ".join(list_datasets()) in help_text and ", ".join(PRESETS) in help_text

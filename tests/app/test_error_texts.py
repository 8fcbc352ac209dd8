"""The engine's errors reach a Chinese reader in Chinese: every code has a translated template with the
same values, and real failures (a bad file, a hostile project, a network too large) are told that way."""
from __future__ import annotations

import json
import string
import zipfile

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from visualnet.app.error_texts import error_text, message_text, templates
from visualnet.app.processes.messages import Failed
from visualnet.app.translations import install_translations
from visualnet.engine.errors import Bytes, ProjectError, say
from visualnet.engine.messages import MESSAGES
from visualnet.engine.training import Divergence

WAIT_MS = 20_000


def fields(template: str) -> set[tuple[str, str, str]]:
    """Each value a template fills, with its conversion and format: ("m", None, ",") for "{m:,}"."""
    return {(name, conversion or "", spec) for _, name, spec, conversion in string.Formatter().parse(template) if name}


@pytest.fixture
def chinese():
    translators = install_translations(QApplication.instance(), "zh_CN")
    yield translators
    install_translations(QApplication.instance(), "en")


def test_every_engine_code_has_an_app_template_naming_the_same_values():
    english = templates()
    assert set(english) == set(MESSAGES)
    for code, template in MESSAGES.items():
        assert fields(english[code]) == fields(template), code


def test_every_template_has_a_chinese_translation_naming_the_same_values(chinese):
    english = {code: template for code, template in MESSAGES.items()}
    for code, template in templates().items():
        assert template != english[code], f"{code} has no Chinese"
        assert fields(template) == fields(english[code]), code
        template.format(**{name: 1 for name, _, _ in fields(template)})  # fills, with every format spec


def test_values_inside_values_are_said_in_the_language_too(chinese):
    error = ProjectError("limit.memory", what=say("what.reading", where="big.vnet"), need=Bytes(3 << 30),
                         have=Bytes(1500, exact=True))
    text = error_text(error)
    assert text == "读取 big.vnet 需要 3.0 GiB 内存；上限是 1,500 字节"
    assert message_text(say("word.nothing")) == "无"


def test_a_failed_child_is_told_from_its_message_not_its_english_text(chinese):
    failure = Failed("error", "ShapeError: X has no examples (m = 0)", error=say("shape.X_empty"))
    from visualnet.app.error_texts import failure_detail
    assert failure_detail(failure) == "X 没有样本（m = 0）"
    assert failure_detail(Failed("died", "killed")) == "killed"


def test_divergence_to_infinity_is_worded_in_chinese(chinese, session):
    text = session.divergence_message(Divergence(12, "cost", "infinite", 10.0))
    assert "无穷大" in text and "infinite" not in text and "12" in text


# ------------------------------------------------------------------ real failures, seen in Chinese
def test_a_corrupt_csv_opened_in_the_dataset_panel_is_explained_in_chinese(qtbot, window, tmp_path):
    window.language_actions["zh_CN"].trigger()
    path = tmp_path / "typo.csv"
    path.write_text("x1,x2,label\n1.0,2.0,0\n1.5,abc,1\n1.0,0.5,0\n")
    panel = window.dataset_panel
    try:
        with qtbot.waitSignal(panel.openFailed, timeout=WAIT_MS) as told:
            assert panel.open_path(path)
    finally:
        window.language_actions["en"].trigger()
    text = told.args[0]
    assert "typo.csv 第 3 行第 2 列（'x2'）的内容是 'abc'，不是有限的数字" in text
    assert "line" not in text and "column" not in text and str(tmp_path) not in text


def hostile_project(window, tmp_path, edit) -> str:
    """A project the window saved, its project.json then edited by ``edit``."""
    good = tmp_path / "good.vnet"
    assert window.projects._write(str(good), wait=True)
    with zipfile.ZipFile(good) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    description = json.loads(members["project.json"])
    edit(description)
    members["project.json"] = json.dumps(description).encode()
    bad = tmp_path / "bad.vnet"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return str(bad)


def open_in_chinese(window, path: str, monkeypatch) -> str:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append(text))
    window.language_actions["zh_CN"].trigger()
    try:
        assert not window.projects.open(path)
    finally:
        window.language_actions["en"].trigger()
    assert len(seen) == 1
    return seen[0]


def test_a_hostile_project_opened_with_file_open_is_refused_in_chinese(window, tmp_path, monkeypatch):
    path = hostile_project(window, tmp_path, lambda d: d["hyperparameters"].update(seed="one"))
    text = open_in_chinese(window, path, monkeypatch)
    assert "bad.vnet: project.json, hyperparameters：'seed' 必须是0 到 2**32 - 1 之间的整数，但得到 'one'" in text
    assert "must be" not in text


def test_a_network_too_large_is_refused_in_chinese_with_its_size(window, tmp_path, monkeypatch):
    def huge(description):
        description["architecture"]["layer_sizes"][1:3] = [100_000, 100_000]
    text = open_in_chinese(window, hostile_project(window, tmp_path, huge), monkeypatch)
    assert "描述的网络 visualnet 无法构建：这个网络有" in text and "GiB" in text and "请减少每层的单元数" in text
    assert "parameters" not in text

"""The Chinese translation is complete and compiled, and the app really shows it."""
from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "visualnet_zh_CN.ts"


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_every_visible_string_has_a_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    _script().lupdate(fresh)  # every tr() string in the code today
    committed = _messages(TS)
    untranslated = [key for key in _messages(fresh)
                    if key not in committed or committed[key].get("type") in ("unfinished", "obsolete")
                    or not (committed[key].text or "").strip()]
    assert not untranslated, f"strings without Chinese: {untranslated}"


def test_compiled_qm_is_up_to_date(tmp_path):
    qm = tmp_path / "out.qm"
    _script().lrelease(TS, qm)
    assert qm.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run: python scripts/translations.py release"


@pytest.mark.parametrize("lang, title", [("zh_CN", "visualnet — 看懂深度神经网络的数学[*]"),
                                         ("en", "visualnet — see the math of deep networks[*]")])
def test_app_speaks_the_chosen_language(qapp, lang, title):
    from visualnet.app import MainWindow
    from visualnet.app.translations import install_translations

    translators = install_translations(qapp, lang)
    try:
        window = MainWindow()
        assert window.windowTitle() == title
        if lang == "zh_CN":  # the panels, the menus and Qt's own undo texts speak Chinese too
            assert window.layer_editor.add_button.text() == "添加层"
            assert window.file_menu.title() == "文件(&F)"
            assert window.status_label.text().startswith("L = 4 · 1,547 个参数")
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

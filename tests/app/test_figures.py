"""File > Export: every figure of the window as a real PNG and a real SVG, written atomically."""
from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage

from visualnet.app.figures import figure_bytes, save_figure
from visualnet.app.main_window import FIGURES

# a word each figure must carry into its SVG (axis labels, block titles): proof the drawing is the figure
WORDS = {"cost": "iteration", "weights": "W", "boundary": "x", "network": "n[1] = 20", "pass": "Layer 1"}


def _ink(png: bytes) -> float:
    """The fraction of pixels that are not (near) white: an empty export is ~0."""
    image = QImage.fromData(png)
    assert not image.isNull()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return float((pixels[..., :3].min(axis=2) < 200).mean())


@pytest.mark.parametrize("name", list(FIGURES))
def test_each_figure_exports_as_png_and_svg(window, qtbot, tmp_path, name):
    if name == "pass":
        window.show_pass()
        qtbot.waitUntil(lambda: window.pass_animation.scene.L > 0, timeout=3000)
    if name == "boundary":
        window.boundary_dock.raise_()
    figure = window.figure(name)
    assert _ink(figure_bytes(figure, "png")) > 0.01
    svg = figure_bytes(figure, "svg").decode("utf-8")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert WORDS[name] in svg
    path = tmp_path / f"{name}.svg"
    assert save_figure(figure, str(path)) is None
    assert path.read_text(encoding="utf-8") == svg or path.stat().st_size > 0


def test_a_wrong_extension_or_an_unwritable_place_is_reported(window, tmp_path):
    figure = window.figure("network")
    assert "png" in save_figure(figure, str(tmp_path / "diagram.jpg"))
    missing = tmp_path / "no such folder" / "diagram.png"
    error = save_figure(figure, str(missing))
    assert isinstance(error, str) and str(missing) in error and not missing.exists()
    assert os.listdir(tmp_path) == ["no such folder"] or os.listdir(tmp_path) == []

"""Figures leave the app as PNG or SVG: pyqtgraph plots through its exporters, diagrams through QSvgGenerator.

Every file is written through a QSaveFile, so a failed or interrupted export never leaves a
half-written figure where a good one was.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional, Union

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSaveFile, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsScene, QMessageBox, QWidget

FORMATS = ("png", "svg")
SCENE_SCALE = 2.0  # a diagram's PNG at twice its scene size: sharp on a slide
Figure = Union[pg.GraphicsObject, QGraphicsScene]


def save_atomically(path: str, write: Callable[[QSaveFile], bool]) -> Optional[str]:
    """Write through a QSaveFile (renamed over ``path`` only when all went well); None, or the translated error."""
    file = QSaveFile(path)
    if file.open(QIODevice.OpenModeFlag.WriteOnly) and write(file) and file.commit():
        return None
    reason = file.errorString() or QCoreApplication.translate("figures", "unknown error")
    return QCoreApplication.translate("figures", "Could not write {path}: {reason}").format(path=path, reason=reason)


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes; a scene is drawn whole (its items' bounding rectangle)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown figure format {fmt!r}; expected one of {FORMATS}")
    if isinstance(figure, QGraphicsScene):
        return _scene_bytes(figure, fmt)
    if fmt == "svg":
        return SVGExporter(figure).export(toBytes=True)
    image = ImageExporter(figure).export(toBytes=True)
    return _png(image)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _scene_bytes(scene: QGraphicsScene, fmt: str) -> bytes:
    """Draw the scene without item caches: a cached item would paint a pixmap, losing SVG text and vectors."""
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        return _render_scene(scene, fmt)
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def _render_scene(scene: QGraphicsScene, fmt: str) -> bytes:
    source = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
    if fmt == "png":
        size = QSize(round(source.width() * SCENE_SCALE), round(source.height() * SCENE_SCALE))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
        painter.end()
        return _png(image)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle("visualnet")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), Qt.GlobalColor.white)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return bytes(data.data())


def save_figure(figure: Figure, path: str) -> Optional[str]:
    """Save as PNG or SVG by the path's extension; None, or the translated error."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        return QCoreApplication.translate("figures", "Choose a file name ending in .png or .svg, not {name}").format(
            name=Path(path).name)
    data = figure_bytes(figure, fmt)
    return save_atomically(path, lambda device: device.write(data) == len(data))


def export_figure_dialog(parent: QWidget, figure: Figure, suggested_name: str) -> None:
    """Ask where (PNG or SVG) and save; a failure is reported in a message box, nothing else changes."""
    png = QCoreApplication.translate("figures", "PNG image (*.png)")
    svg = QCoreApplication.translate("figures", "SVG drawing (*.svg)")
    title = QCoreApplication.translate("figures", "Export figure")
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested_name + ".png", ";;".join((png, svg)))
    if not path:
        return
    suffix = ".svg" if chosen == svg else ".png"
    if Path(path).suffix.lower() not in (".png", ".svg"):
        path += suffix
    error = save_figure(figure, path)
    if error is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("figures", "Export failed"), error)

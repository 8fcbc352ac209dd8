"""What a reader would miss: a text that does not fit its box (word wrap and rich text taken into account).

Shared by the tests that walk the experiment panels and the whole window: a label's text wider or taller
than the label, a button's or progress bar's words wider than the widget, a column title or a cell wider
than its column, a title's lines taller than the header.
"""
from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QLabel, QProgressBar, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QWidget)

BUTTON_PADDING = 8  # a push button's frame and margins, at least
SLACK = 1  # pixels of rounding between Qt's layout and the metrics


# ------------------------------------------------------------------ what does not fit
def label_problem(label: QLabel) -> str | None:
    """Why the label's text does not fit its box, or None."""
    box = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(box.width())
        width, height = document.idealWidth(), document.size().height()
    else:
        metrics = QFontMetrics(label.font())
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
        bounds = metrics.boundingRect(QRect(0, 0, box.width(), 100_000), int(flags), text)
        width, height = bounds.width(), bounds.height()
    if width > box.width() + SLACK or height > box.height() + SLACK:
        return f"{width:.0f}×{height:.0f} in {box.width()}×{box.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    needed = QFontMetrics(button.font()).horizontalAdvance(text) + BUTTON_PADDING
    return f"needs {needed} px, has {button.width()}" if needed > button.width() + SLACK else None


def progress_problem(bar: QProgressBar) -> str | None:
    needed = QFontMetrics(bar.font()).horizontalAdvance(bar.text())
    return f"needs {needed} px, has {bar.width()}" if needed > bar.width() + SLACK else None


def table_problems(table: QAbstractItemView) -> list[str]:
    """Column titles (line by line, and their lines' height) and cells wider than their columns."""
    problems = []
    model, header = table.model(), table.horizontalHeader()
    style = table.style()
    title_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    title_metrics = QFontMetrics(header.font())
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        lines = title.split("\n")
        needed = max(title_metrics.horizontalAdvance(line) for line in lines) + title_margin
        if needed > width + SLACK:
            problems.append(f"column title {title!r}: needs {needed} px, has {width}")
        if len(lines) * title_metrics.height() > header.height() + SLACK:
            problems.append(f"column title {title!r}: {len(lines)} lines in a header {header.height()} px high")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)  # the best run's bold, in the table's size
            metrics = QFontMetrics(font.resolve(table.font()) if isinstance(font, QFont) else table.font())
            delegate = table.itemDelegateForIndex(index)
            if isinstance(delegate, QStyledItemDelegate):  # what the delegate draws (it may stack the lines)
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, index)
                text = option.text.replace("\u2028", "\n")
            height = table.rowHeight(row) if hasattr(table, "rowHeight") else 100_000
            if getattr(table, "wordWrap", lambda: False)():  # lines break at spaces: the height must hold them
                bounds = metrics.boundingRect(QRect(0, 0, width - cell_margin, 100_000),
                                              int(Qt.TextFlag.TextWordWrap), str(text))
                needed, lines_height = bounds.width() + cell_margin, bounds.height()
            else:
                cell_lines = str(text).split("\n")
                needed = max(metrics.horizontalAdvance(line) for line in cell_lines) + cell_margin
                lines_height = len(cell_lines) * metrics.height()
            if needed > width + SLACK:
                problems.append(f"cell {text!r} in column {title!r}: needs {needed} px, has {width}")
            if lines_height > height + SLACK:
                problems.append(f"cell {text!r} in column {title!r}: {lines_height} px high in a row of {height}")
    return problems


def unfit_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that does not fit its box, said with its widget's name."""
    problems = []

    def name(widget: QWidget) -> str:
        return f"{type(widget).__name__} {widget.objectName()!r}"

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel) and widget.text():
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            problem = button_problem(widget)
        elif isinstance(widget, QProgressBar) and widget.isTextVisible():
            problem = progress_problem(widget)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None \
                and hasattr(widget, "horizontalHeader"):
            problems += [f"{name(widget)}: {p}" for p in table_problems(widget)]
        if problem:
            problems.append(f"{name(widget)} {getattr(widget, 'text', lambda: '')()!r}: {problem}")
    return problems

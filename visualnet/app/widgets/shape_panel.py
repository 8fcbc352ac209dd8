"""The shape panel: every tensor's shape per layer, symbolic and numeric, and a shape quiz for class.

One row per layer l = 0..L shows n[l], g[l] and the shapes of W, b, Z, A, dW, db, dZ, dA as
``(n[1], n[0]) = (20, 64)``, how b[l] is broadcast over the m examples, and the layer's
parameters; a line under the table sums up the parameters and the memory of the caches.
In quiz mode the numbers are hidden and the panel asks for the shape of a random tensor.

Every number comes from ``session.shapes`` (``engine.shapes``): the panel only formats it.
"""
from __future__ import annotations

import random
import re
from typing import Any, Callable, Optional

from PySide6.QtCore import (QAbstractTableModel, QEvent, QItemSelection, QItemSelectionModel, QModelIndex,
                            QObject, QPersistentModelIndex, QSignalBlocker, Qt)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSizePolicy, QStyledItemDelegate, QStyleOptionViewItem,
                               QTableView, QVBoxLayout, QWidget)

from ...engine.shapes import LayerShapes, NetworkShapes, TensorShape
from ..session import Session, format_bytes

# the table's columns; the broadcast column "b→" sits right after b, which it explains
COLUMNS = ("layer", "n", "g", "W", "b", "b→", "Z", "A", "dW", "db", "dZ", "dA", "parameters")
TENSOR_COLUMNS = ("W", "b", "Z", "A", "dW", "db", "dZ", "dA")
RIGHT_ALIGNED = ("n", "parameters")
QUIZ_TENSORS = ("W", "b", "Z", "dW")  # what a student must be able to write down for any layer
CELL_PADDING = 16  # pixels around a cell's text: the style's item margins plus a little air
ROW_PADDING = 8
LINE_BREAK = "\u2028"  # Qt's line separator: a forced break inside one item's text
# data() serves tooltips, accessibility and tests: compare plain ints, not enum members (8x faster)
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_ALIGNMENT_FLAGS = [(Qt.AlignmentFlag.AlignRight if key in RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter for key in COLUMNS]
_ALIGNMENTS = [flags.value for flags in _ALIGNMENT_FLAGS]
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_STACKABLE = frozenset(column for column, key in enumerate(COLUMNS) if key in TENSOR_COLUMNS)

# "(7, 20)", "7,20", "7 x 20", "7×20", "[7 20]", and a Chinese input method's "（7，20）"
_ANSWER = re.compile(r"^\s*[(\[（【]?\s*(\d+)\s*(?:[,，xX×*]|\s)\s*(\d+)\s*[)\]）】]?\s*$")


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[2, 3, 7] -> [(2, 4), (7, 8)]: sorted rows (or columns) as (first, stop) spans, one signal per span."""
    spans: list[tuple[int, int]] = []
    for row in rows:
        if spans and spans[-1][1] == row:
            spans[-1] = (spans[-1][0], row + 1)
        else:
            spans.append((row, row + 1))
    return spans


def parse_shape(text: str) -> Optional[tuple[int, int]]:
    """The two whole numbers a student typed as a shape, or None when the text is not a shape."""
    match = _ANSWER.match(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def stacked_lines(text: str) -> list[str]:
    """``(n[1], n[0]) = (20, 64)`` -> ``["(n[1], n[0])", "= (20, 64)"]``; other texts stay one line."""
    symbols, _, numbers = text.partition(" = ")
    return [symbols, "= " + numbers] if numbers else [text]


class ShapeTableModel(QAbstractTableModel):
    """Layers as rows, shapes as columns; a row's texts are formatted when its layer changes, not per paint."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._shapes: Optional[NetworkShapes] = None
        self._quiz = False
        self._hovered = -1
        self._hover_brush = QBrush()
        self._texts: list[list[str]] = []

    # -------------------------------------------------------------- what the panel tells it
    def set_shapes(self, shapes: NetworkShapes, quiz: bool) -> bool:
        """Show ``shapes``; True when the rows were reset (their number changed), which clears the selection.

        With as many rows as before only the cells whose text changed are announced, so the view
        repaints those: an edit of n[l] changes row l and three cells of row l+1, whatever the depth.
        """
        old = self._shapes
        if old is None or quiz != self._quiz or len(shapes.layers) != len(old.layers):
            self.beginResetModel()
            self._shapes, self._quiz = shapes, quiz
            self._texts = [self._row_texts(layer) for layer in shapes.layers]
            self.endResetModel()
            return True
        self._shapes = shapes
        every_cell = shapes.m != old.m  # the tooltips of b mention m, even in quiz mode where no cell shows it
        for row, (before, after) in enumerate(zip(old.layers, shapes.layers)):
            if before == after and not every_cell:
                continue
            texts, self._texts[row] = self._texts[row], self._row_texts(after)
            columns = [column for column, text in enumerate(texts) if every_cell or text != self._texts[row][column]]
            for first, stop in _runs(columns):
                self.dataChanged.emit(self.index(row, first), self.index(row, stop - 1))
        return False

    def set_quiz(self, quiz: bool) -> None:
        """Hide or show the numbers; a data change, not a reset, so the selection stays."""
        if quiz == self._quiz or self._shapes is None:
            return
        self._quiz = quiz
        self._texts = [self._row_texts(layer) for layer in self._shapes.layers]
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def set_hovered(self, row: int) -> None:
        colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(40)  # a tint under the text, lighter than the selection
        self._hover_brush = QBrush(colour)
        old, self._hovered = self._hovered, row
        for r in {old, row} - {-1}:
            if r < self.rowCount():
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    def texts(self, column: int) -> list[str]:
        """Every row's text in ``column``: the panel sizes its columns from these."""
        return [row[column] for row in self._texts]

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    @property
    def hovered(self) -> int:
        return self._hovered

    @property
    def hover_brush(self) -> QBrush:
        return self._hover_brush

    # -------------------------------------------------------------- formatting
    def _shape_text(self, tensor: TensorShape) -> str:
        return f"{tensor.symbolic_text} = {'?' if self._quiz else tensor.numeric_text}"

    def _row_texts(self, layer: LayerShapes) -> list[str]:
        tensors = layer.tensors
        texts = {"layer": f"l = {layer.layer}", "n": f"{layer.units:,}", "g": layer.activation or "",
                 "parameters": f"{layer.parameter_count:,}" if layer.layer else ""}
        for name in TENSOR_COLUMNS:
            texts[name] = self._shape_text(tensors[name]) if name in tensors else ""
        if "Z" in tensors:
            Z = tensors["Z"]
            texts["b→"] = f"→ {Z.symbolic_text if self._quiz else Z.numeric_text}"
        else:
            texts["b→"] = ""
        return [texts[key] for key in COLUMNS]

    def _tooltip(self, layer: LayerShapes, key: str) -> Optional[str]:
        assert self._shapes is not None
        l = layer.layer
        if key == "layer":
            if l == 0:
                return self.tr("input layer: {eq}").format(eq="A[0] = X")
            return self.tr("output layer") if l == self._shapes.L else self.tr("hidden layer")
        lines = []
        if key in layer.tensors:
            tensor = layer.tensors[key]
            lines.append(f"{tensor.symbol}: {self._shape_text(tensor)}")
            if key == "A" and l == 0:
                lines.append(self.tr("the input: one column per example"))
        if key in ("b", "b→") and l:
            b, Z = layer.tensors["b"], layer.tensors["Z"]
            lines.append(f"b[{l}] {b.symbolic_text} → {Z.symbolic_text}" if self._quiz else layer.broadcast)
            lines.append(self.tr("b is copied across the m = {m} columns to be added to {WA}").format(
                m=self._shapes.m, WA=f"W[{l}]A[{l - 1}]"))
        if lines:
            return "\n".join(lines)
        if key == "parameters" and l:
            return self.tr("parameters in {W} and {b}").format(W=f"W[{l}]", b=f"b[{l}]")
        return None

    # -------------------------------------------------------------- QAbstractTableModel
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # the views only ask about valid indexes of this flat table; keep this path short
        if role == _DISPLAY:
            return self._texts[index.row()][index.column()]
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()]
        if role == _BACKGROUND:
            return self._hover_brush if index.row() == self._hovered else None
        if role == _TOOLTIP and self._shapes is not None:
            return self._tooltip(self._shapes.layers[index.row()], COLUMNS[index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"layer": self.tr("layer"), "n": "n[l]", "g": "g[l]", "b→": self.tr("{b} broadcast").format(
                b="b[l]"), "parameters": self.tr("parameters")}.get(key, f"{key}[l]")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(key)
        return None

    def _header_tooltip(self, key: str) -> str:
        if key == "layer":
            return self.tr("layer 0 is the input X, layer L the output")
        if key == "n":
            return self.tr("units in the layer")
        if key == "g":
            return self.tr("activation function")
        if key == "W":
            return self.tr("weights")
        if key == "b":
            return self.tr("biases")
        if key == "b→":
            return self.tr("b is copied across the m columns to be added to {WA}").format(WA="W[l]A[l-1]")
        if key == "Z":
            return self.tr("linear outputs: {eq}").format(eq="Z[l] = W[l]A[l-1] + b[l]")
        if key == "A":
            return self.tr("activations: {eq}").format(eq="A[l] = g[l](Z[l]), A[0] = X")
        if key == "parameters":
            return self.tr("parameters in {W} and {b}").format(W="W[l]", b="b[l]")
        return self.tr("gradient of the cost with respect to {x}").format(x=f"{key[1:]}[l]")


class ShapeDelegate(QStyledItemDelegate):
    """Paints the model's prepared texts; ``(n[1], n[0]) = (20, 64)`` goes on two lines when narrow.

    It fills the style option from the model in one Python call per painted cell, where the base
    class asks ``data()`` for seven roles: that halved the repaint of a 50-layer table. The model's
    text stays one line, so what is copied, read aloud or tested does not change.
    """

    def __init__(self, model: ShapeTableModel, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._model = model
        self.stacked = False

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        row, column = index.row(), index.column()
        text = self._model.text(row, column)
        option.text = LINE_BREAK.join(stacked_lines(text)) if self.stacked and column in _STACKABLE else text
        option.index = index
        option.features |= _HAS_DISPLAY
        option.displayAlignment = _ALIGNMENT_FLAGS[column]
        if row == self._model.hovered:
            option.backgroundBrush = self._model.hover_brush


class ShapePanel(QWidget):
    """Live shapes of every layer's tensors, their memory, and a shape quiz.

    Parameters
    ----------
    session : Session
        Observed for the shapes, the selected and hovered layer and the quiz mode; the panel sets
        the selected and hovered layer and the quiz mode back on it.
    parent : QWidget, optional
    seed : int, optional
        Seeds the quiz's questions (tests and a teacher's repeatable demo); random when None.

    Notes
    -----
    The score counts each question once, at its first readable answer (or at "Show answer"):
    retrying after a miss teaches, but it does not turn a miss into a point.
    """

    def __init__(self, session: Session, parent: Optional[QWidget] = None, *, seed: Optional[int] = None) -> None:
        super().__init__(parent)
        self.setObjectName("shapePanel")
        self.session = session
        self._random = random.Random(seed)
        self._question: Optional[tuple[str, int]] = None
        self._scored = False  # this question already counted in the score
        self._finished = False  # answered right or shown: Enter goes on to the next question
        # (text, right); the text is made when shown, so a change of language reaches it too
        self._feedback: Optional[tuple[Callable[[], str], bool]] = None
        self.right = 0
        self.asked = 0

        self.model = ShapeTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("shapeTable")
        self.table.setModel(self.model)
        self.delegate = ShapeDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self._widths: tuple[list[int], list[int]] = ([], [])  # each column on one line, on two lines
        self._advances: dict[tuple[str, str], int] = {}  # (font, text): width
        self._titles: list[int] = []  # the widths of the column titles
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.setMouseTracking(True)
        self.table.viewport().setMouseTracking(True)
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("shapeSummary")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quiz_button = QPushButton(self)
        self.quiz_button.setObjectName("quizButton")
        self.quiz_button.setCheckable(True)

        self.quiz_box = self._build_quiz_box()

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.quiz_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.quiz_box)

        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.quiz_button.toggled.connect(self.session.set_quiz_mode)
        session.architectureChanged.connect(self._on_architecture_changed)
        session.datasetChanged.connect(self._on_architecture_changed)
        session.selectedLayerChanged.connect(self._on_selected_layer_changed)
        session.hoveredLayerChanged.connect(self.model.set_hovered)
        session.quizModeChanged.connect(self._on_quiz_mode_changed)

        self._retranslate()
        self._on_architecture_changed()
        self._on_quiz_mode_changed(session.quiz_mode)
        self.model.set_hovered(session.hovered_layer)

    def _build_quiz_box(self) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("quizBox")
        self.question_label = QLabel(box)
        self.question_label.setObjectName("quizQuestion")
        font = QFont(self.question_label.font())
        font.setBold(True)
        self.question_label.setFont(font)
        self.answer_edit = QLineEdit(box)
        self.answer_edit.setObjectName("quizAnswer")
        self.answer_edit.setMinimumWidth(self.answer_edit.fontMetrics().horizontalAdvance("(10,000, 10,000)") + 24)
        self.answer_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.check_button = QPushButton(box)
        self.check_button.setObjectName("quizCheckButton")
        self.show_answer_button = QPushButton(box)
        self.show_answer_button.setObjectName("quizShowAnswerButton")
        self.next_button = QPushButton(box)
        self.next_button.setObjectName("quizNextButton")
        self.score_label = QLabel(box)
        self.score_label.setObjectName("quizScore")
        self.feedback_label = QLabel(box)
        self.feedback_label.setObjectName("quizFeedback")
        self.feedback_label.setWordWrap(True)

        ask = QHBoxLayout()
        ask.addWidget(self.question_label)
        ask.addWidget(self.answer_edit)
        ask.addWidget(self.check_button)
        ask.addWidget(self.show_answer_button)
        ask.addWidget(self.next_button)
        ask.addStretch(1)
        ask.addWidget(self.score_label)
        layout = QVBoxLayout(box)
        layout.addLayout(ask)
        layout.addWidget(self.feedback_label)

        self.answer_edit.returnPressed.connect(self._on_return)
        self.check_button.clicked.connect(self.check_answer)
        self.show_answer_button.clicked.connect(self.show_answer)
        self.next_button.clicked.connect(self.next_question)
        return box

    # -------------------------------------------------------------- texts
    def _retranslate(self) -> None:
        self.quiz_button.setText(self.tr("Quiz"))
        self.quiz_button.setToolTip(self.tr("Hide the numbers and ask for shapes"))
        self.quiz_box.setTitle(self.tr("Shape quiz"))
        self.answer_edit.setPlaceholderText(self.tr("(rows, columns)"))
        self.check_button.setText(self.tr("Check"))
        self.show_answer_button.setText(self.tr("Show answer"))
        self.next_button.setText(self.tr("Next question"))
        self._show_summary()
        self._show_question()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            self._fit_columns()
        super().changeEvent(event)

    def _show_summary(self) -> None:
        shapes = self.session.shapes
        self.summary_label.setText(self.tr("{count} parameters ({memory}) · caches for m = {m}: {caches}").format(
            count=f"{shapes.parameter_count:,}", memory=format_bytes(shapes.parameter_bytes),
            m=shapes.m, caches=format_bytes(shapes.activation_bytes)))
        self.summary_label.setToolTip(self.tr(
            "One training step holds about {total} at its peak: the parameters, their gradients and the caches")
            .format(total=format_bytes(shapes.training_bytes)))

    # -------------------------------------------------------------- session -> panel
    def _on_architecture_changed(self) -> None:
        reset = self.model.set_shapes(self.session.shapes, self.session.quiz_mode)
        self._fit_columns(force=reset)
        layer = self.session.selected_layer
        if reset:
            self._on_selected_layer_changed(layer)
        elif 0 <= layer < self.model.rowCount():  # still selected: only bring it into view, as a reset would
            self.table.scrollTo(self.model.index(layer, 0))
        self._show_summary()
        self.next_question()

    def _fit_columns(self, force: bool = True) -> None:
        """Measure each column's widest text on one line and on two, then lay the table out.

        resizeColumnsToContents would take 12-25 ms for 50 layers; measuring a column's few longest
        texts takes 0.5 ms: its texts differ only in their digits, and UI fonts give all digits one width.
        The widths are remembered, as most texts survive an edit.
        """
        cells = self._measure(self.table)
        if force or not self._titles:  # the titles change with the language only, never with an edit
            header = self._measure(self.table.horizontalHeader())
            self._titles = [header(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
                            for column in range(len(COLUMNS))]
        one, two = [], []
        for column, title in enumerate(self._titles):
            texts = self.model.texts(column)
            longest = sorted(texts, key=len)[-3:]
            one.append(max([title, *map(cells, longest)]) + CELL_PADDING)
            lines = [line for text in longest for line in stacked_lines(text)] \
                if COLUMNS[column] in TENSOR_COLUMNS else longest
            two.append(max([title, *map(cells, lines)]) + CELL_PADDING)
        if force or (one, two) != self._widths:  # else the columns are right already: nothing to repaint
            self._widths = (one, two)
            self._lay_out(force=True)

    def _measure(self, widget: QWidget) -> Callable[[str], int]:
        """The width of a text in ``widget``'s font, remembered per font and text."""
        font, metrics = widget.font().key(), widget.fontMetrics()
        if len(self._advances) > 4096:
            self._advances.clear()

        def advance(text: str) -> int:
            key = (font, text)
            if key not in self._advances:
                self._advances[key] = metrics.horizontalAdvance(text)
            return self._advances[key]
        return advance

    def _lay_out(self, force: bool = False) -> None:
        """One line per row when every column fits the width, else symbols over numbers."""
        one, two = self._widths
        room = (self.table.width() - 2 * self.table.frameWidth()
                - self.table.verticalScrollBar().sizeHint().width())  # as if it scrolls: no flip-flop
        narrow = sum(one) > room
        if narrow == self.delegate.stacked and not force:
            return
        self.delegate.stacked = narrow
        rows = self.table.verticalHeader()
        height = (2 if narrow else 1) * self.table.fontMetrics().lineSpacing() + ROW_PADDING
        rows.setMinimumSectionSize(height)
        rows.setDefaultSectionSize(height)
        header = self.table.horizontalHeader()
        for column, width in enumerate(two if narrow else one):
            header.resizeSection(column, width)
        self.table.viewport().update()

    def _on_selected_layer_changed(self, layer: int) -> None:
        selection = self.table.selectionModel()
        with QSignalBlocker(selection):
            if 0 <= layer < self.model.rowCount():
                index = self.model.index(layer, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
            else:
                index = None
                selection.clear()
        # the view learns of selection changes through the signals blocked above: repaint it here
        self.table.viewport().update()
        if index is not None:
            self.table.scrollTo(index)

    def _on_quiz_mode_changed(self, on: bool) -> None:
        with QSignalBlocker(self.quiz_button):
            self.quiz_button.setChecked(on)
        self.model.set_quiz(on)
        self._fit_columns()
        self.quiz_box.setVisible(on)
        if on:
            self.answer_edit.setFocus()

    # -------------------------------------------------------------- panel -> session
    def _on_rows_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.session.set_selected_layer(rows[0].row() if rows else -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._lay_out()
        elif watched is self.table.viewport():
            if event.type() == QEvent.Type.MouseMove:
                self.session.set_hovered_layer(self.table.rowAt(event.position().toPoint().y()))
            elif event.type() == QEvent.Type.Leave:
                self.session.set_hovered_layer(-1)
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------- quiz
    @property
    def question(self) -> Optional[tuple[str, int]]:
        """The tensor asked about, as (name, layer), e.g. ("W", 2)."""
        return self._question

    def next_question(self) -> None:
        """Ask about another tensor, never the same one twice in a row (unless there is only one)."""
        pool = [(name, l) for l in range(1, self.session.shapes.L + 1) for name in QUIZ_TENSORS]
        if len(pool) > 1 and self._question in pool:
            pool.remove(self._question)
        self._question = self._random.choice(pool)
        self._scored = self._finished = False
        self._feedback = None
        self.answer_edit.clear()
        self._show_question()

    def _asked_tensor(self) -> TensorShape:
        assert self._question is not None
        name, l = self._question
        return self.session.shapes.tensor(name, l)

    def _on_return(self) -> None:
        """Enter checks the answer; on a finished question it moves on, so the keyboard is enough."""
        if self._finished:
            self.next_question()
        else:
            self.check_answer()

    def check_answer(self) -> None:
        """Check what the student typed: right, a hint where to look, or how to type a shape."""
        if self._finished:
            return
        typed = parse_shape(self.answer_edit.text())
        if typed is None:
            self._feedback = (lambda: self.tr("Type two whole numbers, like (7, 20)"), False)
        else:
            tensor = self._asked_tensor()
            right = typed == tensor.shape
            self._score(right)
            self._finished = right
            if right:
                self._feedback = (lambda: self.tr("Right: {symbol} is {numeric} = {symbolic}").format(
                    symbol=tensor.symbol, numeric=tensor.numeric_text, symbolic=tensor.symbolic_text), True)
            else:
                self._feedback = (lambda: self._hint(tensor, typed), False)
                self.answer_edit.selectAll()  # the next try replaces this one
        self._show_question()

    def show_answer(self) -> None:
        """Reveal the answer; a question revealed before any try counts as asked, not right."""
        if self._question is None:
            return
        tensor = self._asked_tensor()
        self._score(False)
        self._finished = True
        self._feedback = (lambda: self.tr("Answer: {symbol} is {numeric} = {symbolic}").format(
            symbol=tensor.symbol, numeric=tensor.numeric_text, symbolic=tensor.symbolic_text), False)
        self._show_question()

    def _score(self, right: bool) -> None:
        if not self._scored:
            self._scored = True
            self.asked += 1
            self.right += right

    def _hint(self, tensor: TensorShape, typed: tuple[int, int]) -> str:
        """Where to look, without the numbers: the rows and columns in the course's symbols."""
        rows, cols = tensor.symbolic
        symbol = tensor.symbol
        if typed == tensor.shape[::-1]:
            return self.tr("Not quite: rows come first. {symbol} has {rows} rows and {cols} columns").format(
                symbol=symbol, rows=rows, cols=cols)
        if tensor.name == "b":
            return self.tr("Not quite: {symbol} has {rows} rows and a single column").format(
                symbol=symbol, rows=rows)
        if tensor.name == "Z":
            return self.tr("Not quite: {symbol} has {rows} rows and one column per example, {cols}").format(
                symbol=symbol, rows=rows, cols=cols)
        if tensor.name == "dW":
            return self.tr("Not quite: {symbol} has the same shape as {W}: {rows} rows and {cols} columns").format(
                symbol=symbol, W=f"W[{tensor.layer}]", rows=rows, cols=cols)
        return self.tr("Not quite: {symbol} has {rows} rows and {cols} columns").format(
            symbol=symbol, rows=rows, cols=cols)

    def _show_question(self) -> None:
        if self._question is None:
            return
        tensor = self._asked_tensor()
        self.question_label.setText(self.tr("What is the shape of {symbol}?").format(symbol=tensor.symbol))
        self.score_label.setText(self.tr("{right} / {asked} right").format(right=self.right, asked=self.asked))
        if self._feedback is None:  # until the first answer, the feedback line says how to answer
            text = self.tr("Read {n} in the table; m = {m}. Rows first, then columns.").format(
                n="n[l]", m=self.session.shapes.m)
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        else:
            make_text, right = self._feedback
            text = make_text()
            colour = _feedback_colour(right, self.palette())
        self.feedback_label.setText(text)
        font = self.feedback_label.font()
        font.setBold(self._feedback is not None)
        self.feedback_label.setFont(font)
        palette = self.feedback_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.feedback_label.setPalette(palette)
        self.check_button.setEnabled(not self._finished)
        self.show_answer_button.setEnabled(not self._finished)


def _feedback_colour(right: bool, palette: QPalette) -> QColor:
    """Green or red that stay readable on a light or a dark window (and on a projector)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    if right:
        return QColor("#7ee08f" if dark else "#1a7f37")
    return QColor("#ff8a80" if dark else "#c62828")


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(ShapePanel, 1200, 400)

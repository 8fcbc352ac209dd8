"""The current step in words and numbers: its equation, the shapes filled in, and every matrix it touches.

The equation and shapes are the engine's own strings (course notation); the sentence under
them says why the step looks the way it does, and each heatmap is the real array the step read
or wrote (hover for an entry).
"""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ....engine.trace import TensorValue, TraceStep, g_symbol
from ...texts import join_sentences
from .heatmap import Heatmap, common_cell, picture_image
from .notation import shown

MAX_TENSORS = 6  # the update reads W, dW, b, db and writes W, b: the most any step touches
BROADCAST_COLOUR = "#2e8b57"
BATCH_SYMBOLS = {"A", "Z", "dA", "dZ", "X", "Y"}  # tensors with one column per example


def _shape(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"


class TensorCell(QWidget):
    """A tensor's name, shape and heatmap (and, for one example of an image set, its picture)."""

    PICTURE_PX = 96  # an 8x8 digit at 12 px a pixel: big enough to recognise from the back of a room

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignHCenter)
        self.heatmap = Heatmap()
        self.picture = QLabel(objectName="passPicture", alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        matrices = QHBoxLayout()
        matrices.setSpacing(8)
        matrices.addWidget(self.heatmap, 0, Qt.AlignmentFlag.AlignTop)
        matrices.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption)
        layout.addLayout(matrices)
        layout.addStretch(1)

    def set_tensor(self, tensor: TensorValue, single_example: bool, image_shape: Optional[tuple[int, ...]]) -> None:
        symbol = shown(tensor.symbol, single_example)
        size = f"= {float(tensor.values):.6g}" if tensor.values.ndim == 0 else _shape(tensor.shape)
        picture = image_shape is not None and tensor.symbol == "A[0]" and tensor.values.shape[1] == 1
        if picture:
            size += " " + self.tr("= the picture {shape}").format(shape="×".join(map(str, image_shape[:2])))
        self.caption.setText(f"<b>{html.escape(symbol)}</b><br>{html.escape(size)}")
        self.heatmap.set_tensor(symbol, tensor.values, tensor.symbol.split("[")[0] in BATCH_SYMBOLS)
        self.picture.setVisible(picture)
        if picture:
            image = picture_image(tensor.values[:, 0], image_shape)
            self.picture.setPixmap(QPixmap.fromImage(image).scaled(
                self.PICTURE_PX, self.PICTURE_PX, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation))

    def needs(self) -> tuple[int, int, int, int]:
        """(rows, shown columns, the width the caption and picture need, the width of a cut edge)."""
        heatmap = self.heatmap
        rows = heatmap.values.shape[0] if heatmap.values.size else 1
        beside = self.PICTURE_PX + 8 if self.picture.isVisibleTo(self) else 0
        return rows, heatmap.shown_columns(), self.caption.sizeHint().width() + 4, heatmap.edge_width() + beside + 4


class EquationPanel(QWidget):
    """Shows one step of a trace (or, before the first, the batch X that goes in)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("equationPanel")
        self.title = QLabel(objectName="passStepTitle")
        self.equation = QLabel(objectName="passEquation", textFormat=Qt.TextFormat.PlainText)
        self.equation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shapes = QLabel(objectName="passShapes", textFormat=Qt.TextFormat.RichText)
        self.shapes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(objectName="passExplanation", wordWrap=True)
        for label in (self.equation, self.shapes, self.explanation):  # long lines wrap; never widen the window
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cells = [TensorCell() for _ in range(MAX_TENSORS)]
        self.arrow = QLabel("→", alignment=Qt.AlignmentFlag.AlignCenter)
        self._scale_fonts()

        text = QVBoxLayout()
        for label in (self.title, self.equation, self.shapes, self.explanation):
            text.addWidget(label)
        text.addStretch(1)
        self.tensors = QHBoxLayout()
        self.tensors.setSpacing(6)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(text, 0, 0)
        layout.addLayout(self.tensors, 0, 1)
        layout.setColumnStretch(0, 2)
        layout.setColumnStretch(1, 3)
        self.shown_tensors: list[tuple[str, object]] = []  # (symbol, values) in the order drawn
        self.activations: list[str] = []  # g[l] of the traced network, for the sentences
        self.plain_descent = True  # False when training uses momentum or Adam: the update says so
        self.scaling = "none"  # how the session scaled X's features (engine.datasets.scaling): A[0] says so
        self.image_shape: Optional[tuple[int, ...]] = None  # an image set's picture shape: x is shown as one
        self.show_step(None, None, False, 0)

    def show_step(self, step: Optional[TraceStep], first: Optional[TraceStep], single_example: bool,
                  iteration: int) -> None:
        """Draw ``step``; with None, the batch X from ``first`` (the trace's first step) before the pass."""
        if step is None:
            reads = [t for t in (first.reads if first else ()) if t.symbol == "A[0]"]
            writes: list[TensorValue] = []
            self.title.setText(self.tr("Before the pass · parameters of iteration {i}").format(i=iteration))
            self.equation.setText(shown("A[0] = X", single_example))
            self.shapes.setText(_shape(reads[0].shape) if reads else "")
            self.explanation.setText(self._start_text(reads[0].shape if reads else None))
        else:
            reads, writes = list(step.reads), list(step.writes)
            self.title.setText(self.tr("Step {k} · {phase} · layer {l} · parameters of iteration {i}").format(
                k=step.index + 1, phase=self.phase_name(step.phase), l=step.layer, i=iteration))
            self.equation.setText(shown(step.equation, single_example))
            self.shapes.setText(self._shapes_html(step, single_example))
            self.explanation.setText(self._explain(step, single_example))
        self._fill(reads, writes, single_example)

    def _fill(self, reads: list[TensorValue], writes: list[TensorValue], single_example: bool) -> None:
        while self.tensors.count():
            self.tensors.takeAt(0)
        cells = iter(self.cells)
        for tensor in reads:
            cell = next(cells)
            cell.set_tensor(tensor, single_example, self.image_shape)
            self.tensors.addWidget(cell)
        if writes:
            self.tensors.addWidget(self.arrow)
        for tensor in writes:
            cell = next(cells)
            cell.set_tensor(tensor, single_example, self.image_shape)
            self.tensors.addWidget(cell)
        self.tensors.addStretch(1)
        used = set(self.cells[:len(reads) + len(writes)])
        for cell in self.cells:
            cell.setVisible(cell in used)
        self.arrow.setVisible(bool(writes))
        self.shown_tensors = [(c.heatmap.symbol, c.heatmap.values) for c in self.cells if c in used]
        self._size_heatmaps()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the equation grows with the rest
            self._scale_fonts()

    def _scale_fonts(self) -> None:
        """The equation a third larger than the panel's text, the arrow twice: relative to the current font."""
        for label, factor in ((self.equation, 1.35), (self.arrow, 2.0)):
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * factor)
            label.setFont(font)
        self._size_heatmaps()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_heatmaps()

    def _size_heatmaps(self) -> None:
        """One cell size for every matrix of the step, the largest at which they all fit side by side."""
        cells = [cell for cell in self.cells if cell.isVisibleTo(self)]
        if not cells:
            return
        margins = self.layout().contentsMargins()
        width = self.width() * 3 / 5 - margins.right() - self.tensors.spacing() * (len(cells) + 1) \
            - (self.arrow.sizeHint().width() if self.arrow.isVisibleTo(self) else 0)
        caption = max(cell.caption.sizeHint().height() for cell in cells)
        height = self.height() - margins.top() - margins.bottom() - caption - 8
        cell_px = common_cell([cell.needs() for cell in cells], width, max(height, 8))
        for cell in cells:
            cell.heatmap.set_cell(cell_px)

    def _shapes_html(self, step: TraceStep, single_example: bool) -> str:
        text = html.escape(shown(step.shapes, single_example))
        if step.kind != "linear" or step.tensor(f"Z[{step.layer}]").shape[1] == 1:  # one example: nothing to broadcast
            return text
        l = step.layer
        mark = self.tr("b[{l}] {b} is broadcast to {Z}: the same column is added to every example").format(
            l=l, b=_shape(step.tensor(f"b[{l}]").shape), Z=_shape(step.tensor(f"Z[{l}]").shape))
        return f"{text}&nbsp;&nbsp;&nbsp;<span style='color:{BROADCAST_COLOUR}'>⇉ {html.escape(mark)}</span>"

    def phase_name(self, phase: str) -> str:
        return {"forward": self.tr("forward"), "cost": self.tr("cost"), "backward": self.tr("backward"),
                "update": self.tr("update")}[phase]

    def _start_text(self, shape: Optional[tuple[int, ...]]) -> str:
        if shape is None:
            return ""
        scaled = {
            "standardize": self.tr("Each feature was standardized first, (x − mean) / deviation, with the mean and "
                                   "deviation of the training examples."),
            "minmax": self.tr("Each feature was scaled into 0 … 1 first, with the training examples' smallest and "
                              "largest values."),
            "divide255": self.tr("The pixels were divided by 255 first, into 0 … 1."),
            "none": self.tr("The features go in as they were read, unscaled.")}[self.scaling]
        return join_sentences([self.tr("The batch goes in: each column is one example ({m} examples of {n_x} "
                                       "features).").format(n_x=shape[0], m=shape[1]), scaled,
                               self.tr("Press → or Play to run the forward pass.")])

    def _explain(self, step: TraceStep, single_example: bool) -> str:
        """Why the step looks as it does, with its real sizes, in the course's words for a batch or one example."""
        l, p = step.layer, step.layer - 1
        batch = {"linear": f"Z[{l}]", "cost": f"A[{l}]", "dW": f"dZ[{l}]"}.get(step.kind)  # a tensor with m columns
        m = step.tensor(batch).shape[1] if batch else 0
        one = single_example or m == 1
        texts = {
            "linear": self.tr("Layer {l}, linear part: W[{l}] turns the {n_prev} values of each example into {n} "
                              "values, one per unit; every column is an example, so all {m} are done in one "
                              "matrix product."),
            "activation": self.tr("Layer {l}, activation: {g} is applied to every entry of Z[{l}] on its own; "
                                   "the shape does not change."),
            "cache": self.tr("Layer {l} keeps its cache (A[{p}], W[{l}], b[{l}], Z[{l}]): the backward pass will "
                             "need exactly these values, so they are stored instead of recomputed."),
            "cost": self.tr("The cost J averages the loss of the {m} examples: how far ŷ = A[{l}] is from Y."),
            "dA_out": self.tr("Backward starts at the output: dA[{l}] is the derivative of the loss with respect "
                              "to A[{l}]."),
            "dZ": self.tr("Layer {l} reads its cache back: the derivative of {g} needs Z[{l}] from the forward "
                          "pass."),
            "dW": self.tr("dW[{l}] has the shape of W[{l}]: the product with A[{p}]ᵀ adds up the {m} examples, "
                          "and 1/m makes it their average."),
            "db": self.tr("db[{l}] adds dZ[{l}] across the examples (the columns), so it has one entry per unit, "
                          "like b[{l}]."),
            "dA_prev": self.tr("dA[{p}] = W[{l}]ᵀ dZ[{l}] carries the gradient back to layer {p}."),
            "update": self.tr("Gradient descent: W[{l}] and b[{l}] take a step against their gradients, scaled by "
                              "the learning rate α."),
        }
        if one:  # the course's one-example words: no average, nothing to add up
            texts.update({
                "linear": self.tr("Layer {l}, linear part: W[{l}] turns the {n_prev} values of the example into {n} "
                                  "values, one per unit."),
                "cost": self.tr("The loss L(ŷ, y) says how far ŷ = A[{l}] is from y for this example; with a batch, "
                                "the cost J is its average over the examples."),
                "dW": self.tr("dW[{l}] = dZ[{l}] A[{p}]ᵀ has the shape of W[{l}]: with one example there is "
                              "nothing to average."),
                "db": self.tr("db[{l}] = dZ[{l}]: with one example there is nothing to add up; one entry per unit, "
                              "like b[{l}]."),
            })
        if step.kind == "dZ" and any(t.symbol == "Y" for t in step.reads):
            texts["dZ"] = (self.tr("The output {g} and the cross-entropy loss are a pair: softmax's derivative is "
                                   "a matrix (each output depends on every z), not an entry-by-entry g', and "
                                   "multiplied by dA[{l}] it simplifies to dZ[{l}] = A[{l}] - Y.")
                           if self.activations[l - 1] == "softmax" else
                           self.tr("The output {g} and the cross-entropy loss are a pair: dA[{l}] * {g}'(Z[{l}]) "
                                   "simplifies to dZ[{l}] = A[{l}] - Y, so backward starts from that."))
        W = next((t for t in step.reads if t.symbol == f"W[{l}]"), None)
        n, n_prev = (W.shape if W is not None else (0, 0))
        g = g_symbol(self.activations[l - 1]) if l <= len(self.activations) else ""
        text = texts[step.kind].format(l=l, p=p, m=m, n=n, n_prev=n_prev, g=g)
        if step.kind == "update" and not self.plain_descent:
            text += " " + self.tr("(Training uses another optimizer; this is the course's plain gradient-descent "
                                  "step on the same gradients.)")
        return shown(text, single_example)

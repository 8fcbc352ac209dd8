"""The course's picture of one training step, laid out for any L, and played step by step.

Forward blocks 1..L on top (A[l-1] in, A[l] out), a cache slot under each, backward blocks
below them (dA[l] in, dA[l-1] out, reading their cache), a gradient slot under those, X on the
left, ŷ and the loss on the right. The update carries W[l], b[l] from the gradient slot back up
to the forward block. Every item's look follows from the step index alone (``show``), so a step
back is the same picture as the step forward that led there.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtCore import QEasingCurve, QObject, QPointF, QVariantAnimation
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from ....engine.trace import TraceStep
from .heatmap import heatmap_image
from .items import PHASE_COLOURS, BoxItem, TokenItem, arrow_item
from .notation import shown

COLUMN = 250.0  # scene units between two layers' centres
BLOCK_W, BLOCK_H = 186.0, 62.0
SLOT_H = 46.0
ROW_Y = {"forward": 0.0, "cache": 100.0, "backward": 200.0, "gradients": 296.0}
GAP = COLUMN - BLOCK_W


@dataclass(frozen=True)
class Route:
    """One token of a step: what moves, from which item to which, along which path."""

    symbol: str
    source: BoxItem
    target: BoxItem
    path: QPainterPath


def _line(*points: QPointF) -> QPainterPath:
    path = QPainterPath(points[0])
    for p in points[1:]:
        path.lineTo(p)
    return path


class PassScene(QGraphicsScene):
    """The diagram for an L-layer network, showing one step of a trace at a time."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # tokens move every frame
        self.L = 0
        self.forward_blocks: dict[int, BoxItem] = {}
        self.backward_blocks: dict[int, BoxItem] = {}
        self.cache_slots: dict[int, BoxItem] = {}
        self.gradient_slots: dict[int, BoxItem] = {}
        self.input_node: Optional[BoxItem] = None
        self.loss_node: Optional[BoxItem] = None
        self.tokens: list[TokenItem] = []
        self.routes: list[Route] = []
        self.activations: list[str] = []
        self.single_example = False
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._move_tokens)

    # ------------------------------------------------------------------ layout
    def build(self, L: int, activations: list[str]) -> None:
        """Lay out the blocks, slots and wiring for ``L`` layers (removes the old picture)."""
        self._animation.stop()
        self.clear()
        self.tokens, self.routes = [], []
        self.L, self.activations = L, list(activations)
        make = self._box
        self.input_node = make("input", 0, "input", 0.0, "forward", BLOCK_W * 0.7, BLOCK_H)
        self.forward_blocks = {l: make("forward", l, "forward", l * COLUMN, "forward") for l in range(1, L + 1)}
        self.cache_slots = {l: make("cache", l, "forward", l * COLUMN, "cache", height=SLOT_H) for l in range(1, L + 1)}
        self.backward_blocks = {l: make("backward", l, "backward", l * COLUMN, "backward") for l in range(1, L + 1)}
        self.gradient_slots = {l: make("gradients", l, "backward", l * COLUMN, "gradients", height=SLOT_H)
                               for l in range(1, L + 1)}
        self.loss_node = make("loss", L, "cost", (L + 1) * COLUMN, "forward", BLOCK_W * 0.9, BLOCK_H)
        self._wire()

    def _box(self, kind: str, layer: int, phase: str, x: float, row: str, width: float = BLOCK_W,
             height: float = BLOCK_H) -> BoxItem:
        box = BoxItem(kind, layer, phase, width, height)
        box.setPos(x, ROW_Y[row])
        self.addItem(box)
        return box

    def _wire(self) -> None:
        """The static arrows; the routes of the tokens follow the same lines."""
        L, F, B = self.L, self.forward_blocks, self.backward_blocks
        paths = [(self._forward_in(l), "forward", False) for l in range(1, L + 1)]
        paths += [(_line(F[L].anchor("right"), self.loss_node.anchor("left")), "forward", False)]
        paths += [(_line(F[l].anchor("bottom"), self.cache_slots[l].anchor("top")), "forward", False)
                  for l in range(1, L + 1)]
        paths += [(_line(self.cache_slots[l].anchor("bottom"), B[l].anchor("top")), "backward", False)
                  for l in range(1, L + 1)]
        paths += [(self._loss_to_backward(), "backward", False)]
        paths += [(_line(B[l].anchor("left"), B[l - 1].anchor("right")), "backward", False) for l in range(2, L + 1)]
        paths += [(_line(B[l].anchor("bottom"), self.gradient_slots[l].anchor("top")), "backward", False)
                  for l in range(1, L + 1)]
        paths += [(self._update_path(l), "update", True) for l in range(1, L + 1)]
        for path, phase, dashed in paths:
            self.addItem(arrow_item(path, PHASE_COLOURS[phase], dashed))

    def _forward_in(self, l: int) -> QPainterPath:
        source = self.input_node if l == 1 else self.forward_blocks[l - 1]
        return _line(source.anchor("right"), self.forward_blocks[l].anchor("left"))

    def _loss_to_backward(self) -> QPainterPath:
        start = self.loss_node.anchor("bottom")
        end = self.backward_blocks[self.L].anchor("right")
        return _line(start, QPointF(start.x(), end.y()), end)

    def _update_path(self, l: int) -> QPainterPath:
        """Gradient slot l -> up the gap left of the column -> into forward block l from below-left."""
        slot, block = self.gradient_slots[l], self.forward_blocks[l]
        x = block.anchor("left").x() - GAP * 0.3
        start = slot.anchor("left")
        end = block.anchor("left") + QPointF(0, BLOCK_H * 0.3)
        return _line(start, QPointF(x, start.y()), QPointF(x, end.y()), end)

    def _mid_gap_right(self, box: BoxItem) -> QPointF:
        return box.anchor("right") + QPointF(GAP / 2, 0)

    # ------------------------------------------------------------------ what a step moves
    def step_routes(self, step: TraceStep) -> list[Route]:
        """The tokens of ``step``: the engine's reads and writes, placed on the diagram."""
        l, F, B = step.layer, self.forward_blocks, self.backward_blocks
        C, G = self.cache_slots, self.gradient_slots
        kind = step.kind
        if kind == "linear":
            source = self.input_node if l == 1 else F[l - 1]
            start = source.anchor("right") if l == 1 else self._mid_gap_right(source)
            return [Route(f"A[{l - 1}]", source, F[l], _line(start, F[l].anchor("left")))]
        if kind == "activation":
            return [Route(f"A[{l}]", F[l], F[l], _line(F[l].anchor("center"), self._mid_gap_right(F[l])))]
        if kind == "cache":
            return [Route(f"cache[{l}]", F[l], C[l], _line(F[l].anchor("bottom"), C[l].anchor("center")))]
        if kind == "cost":
            return [Route(f"A[{l}]", F[l], self.loss_node, _line(self._mid_gap_right(F[l]), self.loss_node.anchor("left")))]
        if kind == "dA_out":
            start = self.loss_node.anchor("bottom")
            end = self._mid_gap_right(B[l])
            return [Route(f"dA[{l}]", self.loss_node, B[l], _line(start, QPointF(start.x(), end.y()), end))]
        if kind == "dZ":
            return [Route(f"dA[{l}]", B[l], B[l], _line(self._mid_gap_right(B[l]), B[l].anchor("right"))),
                    Route(f"cache[{l}]", C[l], B[l], _line(C[l].anchor("center"), B[l].anchor("top")))]
        if kind in ("dW", "db"):
            offset = QPointF(-30 if kind == "dW" else 30, 0)
            return [Route(f"{kind}[{l}]", B[l], G[l],
                          _line(B[l].anchor("bottom") + offset, G[l].anchor("top") + offset))]
        if kind == "dA_prev":
            end = B[l].anchor("left") - QPointF(GAP / 2, 0)
            return [Route(f"dA[{l - 1}]", B[l], B[l - 1], _line(B[l].anchor("left"), end))]
        if kind == "update":
            return [Route(f"W[{l}], b[{l}]", G[l], F[l], self._update_path(l))]
        raise ValueError(f"no route for a step of kind {kind!r}")

    # ------------------------------------------------------------------ showing a step
    def show(self, steps: list[TraceStep], index: int, animate_ms: int = 0) -> None:
        """Draw the picture after step ``index`` of ``steps`` (-1: before the first), moving its tokens.

        With ``animate_ms`` > 0 the step's tokens travel along their routes; otherwise they sit at
        the end, so the picture is the same either way once the animation ends.
        """
        self._animation.stop()
        done = steps[:index + 1]
        current = steps[index] if 0 <= index < len(steps) else None
        self._set_states(steps, done, current)
        for token in self.tokens:
            self.removeItem(token)
        self.routes = self.step_routes(current) if current is not None else []
        self.tokens = [self._token(route, current) for route in self.routes]
        if animate_ms > 0 and self.tokens:
            self._animation.setDuration(animate_ms)
            self._move_tokens(0.0)
            self._animation.start()
        else:
            self._move_tokens(1.0)

    @property
    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _token(self, route: Route, step: TraceStep) -> TokenItem:
        if route.symbol.startswith("cache["):
            l = step.cache
            shape = f"(A[{l - 1}], W[{l}], b[{l}], Z[{l}])"
            token = TokenItem(shown(route.symbol, self.single_example), shown(shape, self.single_example),
                              step.phase, None)
        elif route.symbol.startswith("W["):
            new_W = step.tensor(f"W[{step.layer}] (new)")
            token = TokenItem(shown(route.symbol, self.single_example), "(new)", step.phase,
                              heatmap_image(new_W.values))
        else:
            tensor = step.tensor(route.symbol)
            token = TokenItem(shown(route.symbol, self.single_example), _shape_text(tensor.shape), step.phase,
                              heatmap_image(tensor.values))
        token.setToolTip(step.equation)
        self.addItem(token)
        return token

    def _move_tokens(self, t: object) -> None:
        for token, route in zip(self.tokens, self.routes):
            token.setPos(route.path.pointAtPercent(float(t)))

    def _set_states(self, steps: list[TraceStep], done: list[TraceStep], current: Optional[TraceStep]) -> None:
        """Every box's text and state from the steps done so far (``current`` is the last of them)."""
        kinds = {(s.kind, s.layer) for s in done}
        values = {t.symbol: t for s in done for t in s.writes}
        single = self.single_example
        active = (current.phase, current.layer) if current is not None else None
        self.input_node.set_content(shown("A[0] = X", single), [self._shape_of(steps, "A[0]")],
                                    "active" if current is not None and current.kind == "linear"
                                    and current.layer == 1 else "done")
        for l in range(1, self.L + 1):
            g = self.activations[l - 1]
            forward_state = ("active" if active == ("forward", l) or active == ("update", l) else
                             "updated" if ("update", l) in kinds else
                             "done" if ("activation", l) in kinds else "idle")
            self.forward_blocks[l].set_content(
                self.tr("Layer {l}").format(l=l), [shown(f"Z[{l}] = W[{l}]A[{l - 1}] + b[{l}]", single),
                                                   shown(f"A[{l}] = {g}(Z[{l}])", single)], forward_state)
            cache_state = ("active" if current is not None and current.cache == l and current.kind in ("cache", "dZ")
                           else "read" if ("dZ", l) in kinds else "done" if ("cache", l) in kinds else "idle")
            self.cache_slots[l].set_content(self.tr("cache[{l}]").format(l=l),
                                            [shown(f"A[{l - 1}], W[{l}], b[{l}], Z[{l}]", single)], cache_state)
            backward_state = ("active" if active == ("backward", l) and current.kind != "dA_out" else
                              "done" if ("db", l) in kinds else "idle")
            self.backward_blocks[l].set_content(
                self.tr("Layer {l}, backward").format(l=l),
                [shown(f"dZ[{l}] = dA[{l}] * {g}'(Z[{l}])", single)]
                + ([shown(f"dA[{l - 1}] = W[{l}]ᵀdZ[{l}]", single)] if l > 1 else []), backward_state)
            grads = [f"{name}[{l}] {_shape_text(values[f'{name}[{l}]'].shape)}" for name in ("dW", "db")
                     if f"{name}[{l}]" in values]
            gradient_state = ("active" if current is not None and current.layer == l
                              and current.kind in ("dW", "db", "update") else
                              "done" if grads else "idle")
            self.gradient_slots[l].set_content(self.tr("gradients"), grads or [f"dW[{l}], db[{l}]"], gradient_state)
        cost = values.get("J")
        self.loss_node.set_content(
            self.tr("Loss"), [shown(f"ŷ = A[{self.L}]", single)] + ([f"J = {float(cost.values):.5g}"] if cost else []),
            "active" if current is not None and current.phase == "cost" else "done" if cost else "idle")

    @staticmethod
    def _shape_of(steps: list[TraceStep], symbol: str) -> str:
        for s in steps:
            for t in s.reads:
                if t.symbol == symbol:
                    return _shape_text(t.shape)
        return ""

    # ------------------------------------------------------------------ what tests and the view read
    def picture(self) -> dict[str, object]:
        """The diagram's visible state: each box's title, lines and state, and the tokens' texts and places."""
        boxes = [self.input_node, self.loss_node, *self.forward_blocks.values(), *self.cache_slots.values(),
                 *self.backward_blocks.values(), *self.gradient_slots.values()]
        return {"boxes": [(b.kind, b.layer, b.title, tuple(b.lines), b.state) for b in boxes],
                "tokens": [(t.symbol, t.shape, round(t.pos().x(), 3), round(t.pos().y(), 3)) for t in self.tokens]}


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"

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
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from ....engine.trace import TraceStep, dZ_equation, g_symbol
from .heatmap import heatmap_image
from .items import PHASE_COLOURS, BoxItem, LabelItem, Legibility, TokenItem, arrow_item
from .notation import shown

COLUMN = 250.0  # scene units between two layers' centres
BLOCK_W, BLOCK_H = 210.0, 74.0
SLOT_H = 58.0
GAP = COLUMN - BLOCK_W
ROWS = ("forward", "cache", "backward", "gradients")
ROW_HEIGHTS = {"forward": BLOCK_H, "cache": SLOT_H, "backward": BLOCK_H, "gradients": SLOT_H}
MARGIN = 12.0  # scene units around the whole picture
MAX_FIT_SCALE = 2.0  # a 1-layer network on a big screen is not blown up beyond this
LANE_MARGIN = 8.0  # scene units between a token and the boxes above and below its lane
SHARED = 0.35  # columns left and right of a block where two tokens of one step rest


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
    """The diagram for an L-layer network, showing one step of a trace at a time.

    Above each row of boxes runs a lane: tokens travel along the lanes and rest there, beside the
    box they refer to, never on its text. A lane is as tall as a token at the view's scale, so the
    layout is made for a scale (``set_scale``), and the view picks the scale that fits (``fit_scale``).
    """

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # tokens move every frame
        self.legibility = Legibility()
        self.L = 0
        self.forward_blocks: dict[int, BoxItem] = {}
        self.backward_blocks: dict[int, BoxItem] = {}
        self.cache_slots: dict[int, BoxItem] = {}
        self.gradient_slots: dict[int, BoxItem] = {}
        self.row_labels: dict[str, LabelItem] = {}
        self.input_node: Optional[BoxItem] = None
        self.loss_node: Optional[BoxItem] = None
        self.tokens: list[TokenItem] = []
        self.routes: list[Route] = []
        self.arrows: list[QGraphicsPathItem] = []
        self.activations: list[str] = []
        self.single_example = False
        self.lanes: dict[str, float] = {}  # each row's lane: the y of its centre line
        self._shown: tuple[list[TraceStep], int] = ([], -1)
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
        self.tokens, self.routes, self.arrows = [], [], []
        self._shown = ([], -1)
        self.L, self.activations = L, list(activations)
        make = self._box
        self.input_node = make("input", 0, "input", BLOCK_W * 0.8, BLOCK_H)
        self.forward_blocks = {l: make("forward", l, "forward") for l in range(1, L + 1)}
        self.cache_slots = {l: make("cache", l, "forward", height=SLOT_H) for l in range(1, L + 1)}
        self.backward_blocks = {l: make("backward", l, "backward") for l in range(1, L + 1)}
        self.gradient_slots = {l: make("gradients", l, "backward", height=SLOT_H) for l in range(1, L + 1)}
        self.loss_node = make("loss", L, "cost", BLOCK_W * 0.9, BLOCK_H)
        self.row_labels = {row: LabelItem(BLOCK_W, ROW_HEIGHTS[row], PHASE_COLOURS["forward" if row == "cache"
                                                                                   else "backward"],
                                          self.legibility) for row in ROWS[1:]}
        for label in self.row_labels.values():
            self.addItem(label)
        self.retranslate()
        self._place()

    def retranslate(self) -> None:
        """The row names, in the user's language (the boxes get theirs with each step)."""
        names = {"cache": self.tr("caches"), "backward": self.tr("backward"), "gradients": self.tr("gradients")}
        for row, label in self.row_labels.items():
            label.set_text(names[row])

    def _box(self, kind: str, layer: int, phase: str, width: float = BLOCK_W, height: float = BLOCK_H) -> BoxItem:
        box = BoxItem(kind, layer, phase, width, height, self.legibility)
        self.addItem(box)
        return box

    def lane_height(self) -> float:
        return TokenItem.height_units(self.legibility) + 2 * LANE_MARGIN

    def row_height(self, row: str, legibility: Optional[Legibility] = None) -> float:
        """A row's boxes are tall enough for their title at the scale's text size."""
        return max(ROW_HEIGHTS[row], BoxItem.least_height(legibility or self.legibility))

    def fit_scale(self, width: float, height: float) -> float:
        """The largest scale at which the whole diagram, lanes included, fits ``width`` x ``height`` pixels."""
        units_wide = (self.L + 1) * COLUMN + BLOCK_W + 2 * MARGIN
        scale = min(width / units_wide, MAX_FIT_SCALE)
        probe = Legibility()
        probe.min_text_px = self.legibility.min_text_px
        for _ in range(4):  # row and lane heights in units depend on the scale (text keeps its least size)
            probe.scale = scale
            lanes = len(ROWS) * (TokenItem.height_units(probe) + 2 * LANE_MARGIN)
            rows = sum(self.row_height(row, probe) for row in ROWS) + 2 * MARGIN
            scale = min(scale, height / (rows + lanes))
        return max(scale, 1e-3)

    def set_scale(self, scale: float, min_text_px: Optional[float] = None) -> None:
        """Lay the diagram out for the view's scale (screen pixels per unit): text sizes, lanes, tokens."""
        if min_text_px is not None:
            self.legibility.min_text_px = min_text_px
        if scale == self.legibility.scale and min_text_px is None:
            return
        self.legibility.scale = scale
        if self.L:
            self._place()

    def _place(self) -> None:
        """Put every row under its lane for the current scale, wire them, and show the current step again."""
        lane = self.lane_height()
        y, centres, heights = 0.0, {}, {row: self.row_height(row) for row in ROWS}
        for row in ROWS:
            self.lanes[row] = y + lane / 2
            centres[row] = y + lane + heights[row] / 2
            y += lane + heights[row]
        for l in range(1, self.L + 1):
            for row, boxes in zip(ROWS, (self.forward_blocks, self.cache_slots, self.backward_blocks,
                                         self.gradient_slots)):
                boxes[l].set_height(heights[row])
                boxes[l].setPos(l * COLUMN, centres[row])
        for node, column in ((self.input_node, 0), (self.loss_node, self.L + 1)):
            node.set_height(heights["forward"])
            node.setPos(column * COLUMN, centres["forward"])
        for row, label in self.row_labels.items():
            label.set_height(heights[row])
            label.setPos(0.0, centres[row])
        for item in self.items():
            item.update()
        self._wire()
        if self.forward_blocks:
            self._even_detail()
        steps, index = self._shown
        if steps:
            self.show(steps, index)

    def _wire(self) -> None:
        """The static arrows between the boxes; the tokens travel in the lanes beside them."""
        for arrow in self.arrows:
            self.removeItem(arrow)
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
        self.arrows = [arrow_item(path, PHASE_COLOURS[phase], dashed) for path, phase, dashed in paths]
        for arrow in self.arrows:
            self.addItem(arrow)

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
        x = block.anchor("left").x() - GAP * 0.5
        start = slot.anchor("left")
        end = block.anchor("left") + QPointF(0, BLOCK_H * 0.3)
        return _line(start, QPointF(x, start.y()), QPointF(x, end.y()), end)

    # ------------------------------------------------------------------ what a step moves
    def _lane(self, row: str, column: float) -> QPointF:
        """A point of a row's lane: ``column`` l is above box l, l + 0.5 between boxes l and l + 1."""
        return QPointF(column * COLUMN, self.lanes[row])

    def step_routes(self, step: TraceStep) -> list[Route]:
        """The tokens of ``step``: the engine's reads and writes, placed on the diagram.

        Each token ends in a lane, beside the box it refers to: A[l] between forward blocks l and
        l + 1, dA[l] between backward blocks l and l + 1, a cache above the block that reads it.
        """
        l, F, B = step.layer, self.forward_blocks, self.backward_blocks
        C, G = self.cache_slots, self.gradient_slots
        lane = self._lane
        kind = step.kind
        if kind == "linear":
            source = self.input_node if l == 1 else F[l - 1]
            start = lane("forward", 0 if l == 1 else l - 0.5)
            return [Route(f"A[{l - 1}]", source, F[l], _line(start, lane("forward", l)))]
        if kind == "activation":
            return [Route(f"A[{l}]", F[l], F[l], _line(lane("forward", l), lane("forward", l + 0.5)))]
        if kind == "cache":
            return [Route(f"cache[{l}]", F[l], C[l], _line(F[l].anchor("bottom"), lane("cache", l)))]
        if kind == "cost":
            return [Route(f"A[{l}]", F[l], self.loss_node, _line(lane("forward", l + 0.5), lane("forward", l + 1)))]
        if kind == "dA_out":
            start, corner = self.loss_node.anchor("bottom"), lane("backward", l + 1)
            return [Route(f"dA[{l}]", self.loss_node, B[l], _line(start, corner, lane("backward", l + 0.5)))]
        if kind == "dZ":  # the layer's cache comes down for dW and dA[l-1]; dZ needs dA[l] (or, at the
            # output paired with its loss, is A[L] - Y from the loss)
            cache = Route(f"cache[{l}]", C[l], B[l], _line(C[l].anchor("bottom"), lane("backward", l - SHARED)))
            if any(t.symbol == "Y" for t in step.reads):
                start = self.loss_node.anchor("bottom")
                return [Route(f"dZ[{l}]", self.loss_node, B[l],
                              _line(start, lane("backward", l + 1), lane("backward", l + SHARED))), cache]
            return [Route(f"dA[{l}]", B[l], B[l], _line(lane("backward", l + 0.5), lane("backward", l + SHARED))),
                    cache]
        if kind in ("dW", "db"):
            return [Route(f"{kind}[{l}]", B[l], G[l], _line(B[l].anchor("bottom"), lane("gradients", l)))]
        if kind == "dA_prev":
            return [Route(f"dA[{l - 1}]", B[l], B[l - 1], _line(lane("backward", l), lane("backward", l - 0.5)))]
        if kind == "update":
            gap = l - 0.5
            start = G[l].anchor("left")
            path = _line(start, QPointF(gap * COLUMN, start.y()), lane("forward", gap), lane("forward", l))
            return [Route(f"W[{l}], b[{l}]", G[l], F[l], path)]
        raise ValueError(f"no route for a step of kind {kind!r}")

    # ------------------------------------------------------------------ showing a step
    def show(self, steps: list[TraceStep], index: int, animate_ms: int = 0) -> None:
        """Draw the picture after step ``index`` of ``steps`` (-1: before the first), moving its tokens.

        With ``animate_ms`` > 0 the step's tokens travel along their routes; otherwise they sit at
        the end, so the picture is the same either way once the animation ends.
        """
        self._animation.stop()
        self._shown = (steps, index)
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
        single = self.single_example
        if route.symbol.startswith("cache["):
            l = step.cache
            symbol, shape = self.tr("cache[{l}]").format(l=l), shown(f"(A[{l - 1}], W[{l}], b[{l}], Z[{l}])", single)
            thumbnail = None
        elif route.symbol.startswith("W["):
            symbol, shape = route.symbol, self.tr("(new)")
            thumbnail = heatmap_image(step.tensor(f"W[{step.layer}] (new)").values)
        else:
            tensor = step.tensor(route.symbol)
            symbol, shape, thumbnail = shown(route.symbol, single), _shape_text(tensor.shape), heatmap_image(
                tensor.values)
        # two tokens share a column in one step (dZ reads dA[l] and the cache), SHARED columns either side
        token = TokenItem(symbol, shape, step.phase, thumbnail, self.legibility, COLUMN * (2 * SHARED - 0.03))
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
                                    and current.layer == 1 else "done", [shown("X", single)])
        fused = self._fused(steps)
        for l in range(1, self.L + 1):
            g = g_symbol(self.activations[l - 1])
            forward_state = ("active" if active == ("forward", l) or active == ("update", l) else
                             "updated" if ("update", l) in kinds else
                             "done" if ("activation", l) in kinds else "idle")
            layer = self.tr("Layer {l}").format(l=l)
            self.forward_blocks[l].set_content(
                layer, [shown(f"Z[{l}] = W[{l}]A[{l - 1}] + b[{l}]", single), shown(f"A[{l}] = {g}(Z[{l}])", single)],
                forward_state, [shown(f"A[{l}]", single), str(l)])
            cache_state = ("active" if current is not None and current.cache == l and current.kind in ("cache", "dZ")
                           else "read" if ("dZ", l) in kinds else "done" if ("cache", l) in kinds else "idle")
            cache = self.tr("cache[{l}]").format(l=l)
            self.cache_slots[l].set_content(cache, [shown(f"A[{l - 1}], W[{l}], b[{l}], Z[{l}]", single)], cache_state,
                                            [f"[{l}]"])
            backward_state = ("active" if active == ("backward", l) and current.kind != "dA_out" else
                              "done" if ("db", l) in kinds else "idle")
            dZ, _ = dZ_equation(self.activations[l - 1], l, fused and l == self.L)
            self.backward_blocks[l].set_content(
                self.tr("Layer {l}, backward").format(l=l),
                [shown(dZ, single)] + ([shown(f"dA[{l - 1}] = W[{l}]ᵀdZ[{l}]", single)] if l > 1 else []),
                backward_state, [layer, shown(f"dZ[{l}]", single), str(l)])
            grads = [f"{name}[{l}] {_shape_text(values[f'{name}[{l}]'].shape)}" for name in ("dW", "db")
                     if f"{name}[{l}]" in values]
            gradient_state = ("active" if current is not None and current.layer == l
                              and current.kind in ("dW", "db", "update") else
                              "done" if grads else "idle")
            self.gradient_slots[l].set_content(self.tr("gradients"), grads or [f"dW[{l}], db[{l}]"], gradient_state,
                                               [f"dW[{l}], db[{l}]", f"[{l}]"])
        cost = values.get("J")
        loss = "L" if single else "J"
        value = [f"{loss} = {float(cost.values):.5g}"] if cost else []
        self.loss_node.set_content(
            self.tr("Loss"), [shown(f"ŷ = A[{self.L}]", single)] + value,
            "active" if current is not None and current.phase == "cost" else "done" if cost else "idle", [loss])
        self._even_detail()

    def _even_detail(self) -> None:
        """Each row of boxes at the same level of detail: the richest every box of the row can show."""
        for boxes in (self.forward_blocks, self.cache_slots, self.backward_blocks, self.gradient_slots):
            detail = max(box.richest_fitting() for box in boxes.values())
            for box in boxes.values():
                box.set_detail(detail)

    @staticmethod
    def _fused(steps: list[TraceStep]) -> bool:
        """Whether the trace's output step is dZ[L] = A[L] - Y (an output paired with its loss: it reads Y)."""
        return any(s.kind == "dZ" and any(t.symbol == "Y" for t in s.reads) for s in steps)

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

    def texts(self) -> list[tuple[QGraphicsItem, str, float]]:
        """Every text the diagram shows now, with the item showing it and its height on screen in pixels."""
        items = [self.input_node, self.loss_node, *self.forward_blocks.values(), *self.cache_slots.values(),
                 *self.backward_blocks.values(), *self.gradient_slots.values(), *self.row_labels.values(),
                 *self.tokens]
        return [(item, text, px) for item in items if item is not None for text, px in item.shown_text()]


def _shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")"

"""Where every part of the diagram goes, in pixels of the view it is shown in: pure geometry, no Qt.

The diagram is laid out for its viewport at zoom 1, never scaled to fit: so text is set in the
widget's own font and is as large as the rest of the app's (larger in presentation mode), the units
use the height the view has, and the first and last layers' labels stay inside its edges. Labels
that would touch their neighbours are staggered over up to MAX_STAGGER rows; when even that is too
tight (a very deep network) the diagram is made wider than the view and scrolls sideways.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

MAX_DRAWN = 12  # units drawn per layer; a bigger layer shows its first MAX_DRAWN and says how many more
MAX_STAGGER = 4  # rows the labels may be spread over before the diagram scrolls sideways
SPACING = 0.5  # the least space between two labels side by side, in lines of text
MAX_UNIT_PITCH = 2.6  # between two units' centres, in lines: a small layer is not spread over the height
MAX_LAYER_PITCH = 16.0  # between two layers, in lines: a shallow network is not spread over a wide screen
MIN_RADIUS = 3.5  # pixels: still a circle, still something to click
MARKER_LINES = 2  # "⋮" and "+772" under a layer drawn in part


def drawn(units: int) -> int:
    """How many units of a layer of ``units`` the diagram draws."""
    return min(units, MAX_DRAWN)


@dataclass(frozen=True)
class Geometry:
    """The diagram's places, in scene pixels (the scene is the view at zoom 1)."""

    xs: list[float]  # centre of each layer l = 0..L
    unit_ys: list[list[float]]  # centres of the drawn units of each layer
    marker_ys: list[Optional[float]]  # top of the "⋮ +k" marker of a layer drawn in part; None if whole
    radius: float
    stagger: int  # label rows; layer l writes in row l % stagger
    compact: bool  # crowded: one line of labels below the units, not two (the words go to the tooltip)
    top_ys: list[float]  # top of each row of labels above the units
    bottom_ys: list[float]  # top of each row of labels below them
    body: tuple[float, float]  # top and bottom of the units' area (markers included)
    pills: bool  # W[l]'s shape fits on its edges
    width: float
    height: float

    def label_row(self, layer: int) -> int:
        return layer % self.stagger


def _fits(label_ws: Sequence[float], stagger: int, pitch: float, spacing: float) -> bool:
    """Whether labels of layers ``stagger`` apart (the same row) leave ``spacing`` between them."""
    return all((label_ws[l] + label_ws[l + stagger]) / 2 + spacing <= stagger * pitch
               for l in range(len(label_ws) - stagger))


def _needed_pitch(label_ws: Sequence[float], stagger: int, spacing: float) -> float:
    return max(((label_ws[l] + label_ws[l + stagger]) / 2 + spacing) / stagger
               for l in range(len(label_ws) - stagger)) if len(label_ws) > stagger else 0.0


def _across(label_ws: Sequence[float], width: float, line: float, staggers: range) -> tuple[float, float, int]:
    """(x of layer 0, pitch, stagger): the outer labels touch the margins, the pitch shrinks to the view,
    labels are staggered over as few rows as keep them apart; 0 rows when none do."""
    L = len(label_ws) - 1
    margin, spacing, max_radius = 0.6 * line, SPACING * line, 0.95 * line
    left = margin + max(max_radius, label_ws[0] / 2)
    pitch = max((width - margin - max(max_radius, label_ws[-1] / 2) - left) / max(L, 1), 0.0)
    pitch = min(pitch, MAX_LAYER_PITCH * line)
    return left, pitch, next((s for s in staggers if _fits(label_ws, s, pitch, spacing)), 0)


def lay_out(units: Sequence[int], label_ws: Sequence[float], compact_ws: Sequence[float], pill_ws: Sequence[float],
            width: float, height: float, line: float) -> Geometry:
    """Place layers of ``units`` in a view of ``width`` x ``height`` pixels.

    ``label_ws`` are the widest label of each layer (one line above the units, two below), ``compact_ws``
    the same with one line below, ``pill_ws`` the width of W[l]'s label for l = 1..L, ``line`` the height
    of a line of text.
    """
    L = len(units) - 1
    margin, gap, spacing = 0.6 * line, 0.5 * line, SPACING * line
    max_radius = 0.95 * line
    top_lines, bottom_lines = 1, 2
    left, pitch, stagger = _across(label_ws, width, line, range(1, 2))
    if not stagger:  # crowded: one line below, labels staggered
        bottom_lines, label_ws = 1, compact_ws
        left, pitch, stagger = _across(label_ws, width, line, range(1, MAX_STAGGER + 1))
    if not stagger:  # too deep for the view: as close as readable, and the view scrolls
        stagger = MAX_STAGGER
        pitch = _needed_pitch(label_ws, stagger, spacing)
    stagger = min(stagger, L + 1)
    used = left + pitch * L + margin + max(max_radius, label_ws[-1] / 2)
    left += max(0.0, (width - used) / 2)  # a shallow network is centred
    xs = [left + l * pitch for l in range(L + 1)]

    # down: label rows above and below, markers under the layers drawn in part, the units in between
    top_ys = [margin + r * top_lines * line for r in range(stagger)]
    body_top = margin + stagger * top_lines * line + gap
    marker_h = MARKER_LINES * line if any(n > MAX_DRAWN for n in units) else 0.0
    rows_below = stagger * bottom_lines * line
    slots = max(drawn(n) for n in units)
    room = height - body_top - gap - rows_below - margin - marker_h
    unit_pitch = max(min(room / slots, MAX_UNIT_PITCH * line), 2 * MIN_RADIUS + 2)
    radius = max(MIN_RADIUS, min(0.38 * unit_pitch, 0.3 * pitch if L else max_radius, max_radius))
    middle = body_top + slots * unit_pitch / 2
    unit_ys, marker_ys = [], []
    for n in units:
        d = drawn(n)
        ys = [middle + (i - (d - 1) / 2) * unit_pitch for i in range(d)]
        unit_ys.append(ys)
        marker_ys.append(ys[-1] + max(unit_pitch / 2, radius + 2) if n > d else None)
    body_bottom = max([body_top + slots * unit_pitch] + [y + marker_h for y in marker_ys if y is not None])
    bottom_ys = [body_bottom + gap + r * bottom_lines * line for r in range(stagger)]
    pills = bool(pill_ws) and all(w + gap <= pitch - 2 * radius for w in pill_ws)
    return Geometry(xs, unit_ys, marker_ys, radius, stagger, bottom_lines == 1, top_ys, bottom_ys, (body_top, body_bottom), pills,
                    max(width, used), max(height, bottom_ys[-1] + bottom_lines * line + margin))

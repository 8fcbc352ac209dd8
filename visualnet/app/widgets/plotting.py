"""What the pyqtgraph panels share: one look for their plots, and axes whose numbers read at a glance."""
from __future__ import annotations

import math
from functools import partial
from typing import Callable, Optional

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QWidget


BACKGROUND = "w"
FOREGROUND = "#1f2933"
PLAIN_RANGE = (1e-4, 1e5)  # |value| written out in full inside it (0.0005, 20000); powers of ten outside
POWERS_PLAIN_RANGE = (1e-3, 1e4)  # a log axis's: 0.001, 1, 1000 read at once; 10⁻⁴ beside them reads better
SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
NICE_MANTISSAS = (1.0, 2.0, 5.0)
# a log axis spanning less than three decades labels some of the 2..9 × 10ⁿ between them: the most that fit
LOG_STEPS = ((1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 5), (1, 2, 5), (1, 3), (1,))
LABEL_GAP_EM = 0.8  # free space between two tick labels along a horizontal axis, in widths of "0"
LABEL_PITCH_LINES = 1.6  # vertical axes: tick labels at least this many text lines apart


def quiet_plot(parent: QWidget) -> tuple[pg.GraphicsLayoutWidget, pg.PlotItem]:
    """A white plot without pyqtgraph's own (untranslated) menus and buttons, dark axis text."""
    graphics = pg.GraphicsLayoutWidget(parent)
    graphics.setBackground(BACKGROUND)
    plot = graphics.addPlot()
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in ("left", "bottom"):
        plot.getAxis(side).setTextPen(FOREGROUND)
        plot.getAxis(side).setPen(FOREGROUND)
    cache_axes(plot)
    readable_axes(plot)
    return graphics, plot


def cache_axes(plot: pg.PlotItem) -> None:
    """Let the plot's axes paint from a pixmap until their ticks or size change.

    A new curve point repaints everything under the curve, axes and their grid lines included:
    pyqtgraph replays each axis's recorded drawing, ~1.5 ms an axis, which during training was
    half the GUI's painting and took that time from the training process's BLAS threads.
    """
    for side in plot.axes:
        plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def readable_axes(plot: pg.PlotItem) -> None:
    """Every axis of ``plot`` (a ColorBarItem too) writes its numbers as :func:`tick_text` does, and
    spaces its labelled ticks so that no two labels touch, at any size and font. Call once per plot.

    pyqtgraph's own axes divide large or small ranges by an SI factor named in the label ("cost J
    (x0.001)" over ticks 200..800, "(x1e+27)" over "6e+276") and space ticks by pixels alone, so a
    large font runs "5001000 1500" together, and labels a log axis with "%0.1g". pyqtgraph asks each
    axis for its tick spacing, log ticks and strings through three methods; the axes it built (with
    their pens, labels, links and log mode) get their own answers here. (Not a subclass: a
    ColorBarItem builds its axes itself, and PySide's objects do not survive a change of class.)
    """
    for side in plot.axes:
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)
        # only the major ticks are labelled: their spacing is fitted to the labels; minor ones draw the grid
        axis.setStyle(maxTextLevel=0)
        axis.tickSpacing = partial(_fitted_spacing, axis, axis.tickSpacing)
        axis.tickStrings = partial(_tick_strings, axis)
        axis.logTickValues = partial(_log_tick_values, axis)


def set_plot_font(plot: pg.PlotItem, font: QFont) -> None:
    """Tick numbers and axis titles of ``plot`` in ``font``, for a plot whose text follows its widget's
    (presentation mode, a large window): pyqtgraph's scene keeps the application's font otherwise."""
    for side in plot.axes:
        axis = plot.getAxis(side)
        axis.setTickFont(font)
        axis.label.setFont(font)
        axis.showLabel(axis.label.isVisibleTo(axis))  # room for the title in its new size (hidden axis or not)
        axis.resizeEvent()  # and the title placed in it


def tick_text(value: float, spacing: float, power_only: bool = False) -> str:
    """``value`` as a tick label on an axis whose ticks are ``spacing`` apart.

    Inside PLAIN_RANGE numbers are written out with the decimals the spacing needs (0.0005,
    0.25, 1500); outside it as a power of ten: 1e27 is "1×10²⁷", 2.5e-6 "2.5×10⁻⁶". ``power_only``
    (a log axis, where every label is a whole power) writes "10²⁷", and only 0.001 .. 1000 in full.
    """
    if abs(value) < abs(spacing) * 1e-9 or value == 0:
        return "0"
    size = abs(value)
    low, high = POWERS_PLAIN_RANGE if power_only else PLAIN_RANGE
    if low <= size < high:
        return f"{value:.{_decimals(spacing)}f}"
    exponent = math.floor(math.log10(size))
    digits = max(0, min(6, exponent - math.floor(math.log10(abs(spacing))))) if spacing else 6
    mantissa, exponent_text = f"{value:.{digits}e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".") if "." in mantissa else mantissa
    power = "10" + str(int(exponent_text)).translate(SUPERSCRIPTS)
    if power_only and mantissa in ("1", "-1"):
        return power if mantissa == "1" else "-" + power
    return f"{mantissa}×{power}"


def _decimals(spacing: float) -> int:
    """The decimals that write multiples of ``spacing`` exactly (0.25 -> 2, 0.5 -> 1, 20 -> 0)."""
    for decimals in range(0, 12):
        if abs(round(spacing, decimals) - spacing) <= abs(spacing) * 1e-6:
            return decimals
    return 12


def _nice_above(step: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten above ``step``."""
    decade = 10.0 ** math.floor(math.log10(step))
    return next(m * decade for m in (*NICE_MANTISSAS, 10.0) if m * decade > step * (1 + 1e-9))


def _minor(major: float) -> float:
    """Minor ticks that divide the major spacing evenly: 1 -> 0.2, 2 -> 0.5, 5 -> 1."""
    mantissa = round(major / 10.0 ** math.floor(math.log10(major)))
    return major / (4 if mantissa == 2 else 5)


def _fitted_spacing(axis: pg.AxisItem, own: Callable[[float, float, float], list], low: float, high: float,
                    size: float) -> list[tuple[float, float]]:
    """pyqtgraph's tick levels, the major spacing widened (to the next 1, 2 or 5 × 10ⁿ) until its labels
    fit; whole decades on a log axis (pyqtgraph drops major levels finer than a decade there)."""
    levels = own(low, high, size)
    span = abs(high - low)
    if not levels or axis._tickSpacing is not None or size <= 0 or span == 0:
        return levels
    major = max(1.0, levels[0][0]) if axis.logMode else levels[0][0]
    while major < span and not _labels_fit(axis, low, high, major, size / span):
        major = _nice_above(major)
    fitted = [(major, 0.0)]
    if axis.style["maxTickLevel"] >= 1:
        fitted.append((major if axis.logMode and major == 1 else _minor(major), 0.0))
    return fitted


def _labels_fit(axis: pg.AxisItem, low: float, high: float, major: float, pixels_per_unit: float) -> bool:
    """Whether the tick labels ``major`` apart between ``low`` and ``high`` leave room between them."""
    low, high = sorted((low, high))
    first = math.ceil(low / major)
    return _apart(axis, [k * major for k in range(first, math.floor(high / major) + 1)], pixels_per_unit)


def _log_tick_values(axis: pg.AxisItem, low: float, high: float, size: float,
                     levels: list[tuple[float, list[float]]]) -> list[tuple[Optional[float], list[float]]]:
    """A log axis's ticks (the values are exponents): labelled whole decades, and when fewer than three of
    them are in view, labelled 2..9 × 10ⁿ too, as many as fit (1, 2, 5 × 10ⁿ; 1, 3 × 10ⁿ; ...); the other
    2..9 × 10ⁿ are unlabelled minor ticks, as pyqtgraph draws them."""
    low, high = sorted((low, high))
    if high <= low:
        return levels
    decades = range(math.floor(low), math.ceil(high) + 1)

    def at(steps: tuple[int, ...]) -> list[float]:
        return [v for n in decades for v in (n + math.log10(m) for m in steps) if low <= v <= high]

    whole = [(spacing, values) for spacing, values in levels if spacing >= 1]
    if whole and (whole[0][0] > 1 or len([v for v in whole[0][1] if low <= v <= high]) >= 3):
        # decades apart: the decades between are the minor ticks; a decade apart: the 2..9 × 10ⁿ
        return whole if whole[0][0] > 1 else whole[:1] + [(None, at(LOG_STEPS[0][1:]))]
    for steps in LOG_STEPS:
        labelled = at(steps)
        if _apart(axis, labelled, size / (high - low)) or steps == LOG_STEPS[-1]:
            unlabelled = [v for v in at(LOG_STEPS[0]) if v not in labelled]
            return [(None, labelled), (None, unlabelled)]
    raise AssertionError("unreachable")


def _apart(axis: pg.AxisItem, values: list[float], pixels_per_unit: float) -> bool:
    """Whether the labels of ticks at ``values`` (increasing, any spacing) leave room between them: a text
    line and more on a vertical axis, half of each of two neighbours' widths and a gap on a horizontal one."""
    metrics = QFontMetricsF(_label_font(axis))
    texts = _tick_strings(axis, values, 1.0, 1.0)
    for (a, text_a), (b, text_b) in zip(zip(values, texts), zip(values[1:], texts[1:])):
        if axis.orientation in ("left", "right"):
            needed = LABEL_PITCH_LINES * metrics.height()
        else:
            needed = (metrics.horizontalAdvance(text_a) + metrics.horizontalAdvance(text_b)) / 2 \
                + LABEL_GAP_EM * metrics.horizontalAdvance("0")
        if (b - a) * pixels_per_unit < needed:
            return False
    return True


def _label_font(axis: pg.AxisItem) -> QFont:
    """The font pyqtgraph draws the axis's labels in: its tick font, else the scene's (the painter's; not the
    view widget's, which is why plots whose text follows their widget set tick fonts: see set_plot_font)."""
    return axis.style["tickFont"] or axis.font()


def _tick_strings(axis: pg.AxisItem, values: list[float], scale: float, spacing: float) -> list[str]:
    if axis.logMode:  # the values are exponents: the tick at v is 10^v
        return [_power_text(v) for v in values]
    return [tick_text(v * scale, spacing * scale) for v in values]


def _power_text(exponent: float) -> str:
    """The label of a log axis's tick at 10^exponent (beyond a float's range, still "10³⁰⁹")."""
    try:
        value = 10.0 ** exponent
    except OverflowError:
        return "10" + str(round(exponent)).translate(SUPERSCRIPTS)
    return tick_text(value, value, power_only=True)

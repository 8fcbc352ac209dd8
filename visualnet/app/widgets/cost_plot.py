"""The cost plot: J against iterations for the current run, with earlier runs kept faded beside it.

The current run's train cost (every iteration) and dev cost (at the records) are drawn strong;
each past run in ``session.runs`` stays as a faded curve labelled with its α and architecture, so
a student can put several learning rates on one plot, like the course's picture of J against
iterations for several α. Past runs belong to their data: a run of another dataset leaves the plot
(and comes back with its data), a run of another network on this data is dotted and says so. The
cost axis follows the current run alone -- a past run that diverged to 10²⁷ never flattens it --
and when its costs span several powers of ten the plot suggests a log scale. Train and dev accuracy
can be shown on a right-hand axis from 0 to 1, and a crosshair reads every curve at the iteration
under the mouse. The plot exports as a PNG image or a CSV table.

The plot does no math: it draws the views of the session's Series (``Run.costs`` and friends).
Every curve item is created once and refilled with ``setData``; peak downsampling and clipping
to the view keep a million iterations cheap to draw.
"""
from __future__ import annotations

import csv
import io
from typing import Optional

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, QRectF, QSaveFile, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QFileDialog, QLabel, QMessageBox, QSizePolicy, QToolButton,
                               QVBoxLayout, QWidget)

from ...engine.visual import decades
from ..figures import save_atomically, save_figure
from ..history import Run, Series
from ..session import Session
from .flow_layout import FlowLayout
from .plotting import cache_axes, readable_axes, set_plot_font
from .retranslating import Retranslating

# Okabe-Ito colours (safe for colour-blind students); accuracies dashed so they never pass for costs
TRAIN_COLOR = "#0072B2"
DEV_COLOR = "#D55E00"
TRAIN_ACCURACY_COLOR = "#009E73"
DEV_ACCURACY_COLOR = "#CC79A7"
PAST_COLORS = ("#7F7F7F", "#9467BD", "#8C564B", "#17BECF", "#BCBD22", "#E377C2", "#2CA02C", "#D62728")
PAST_ALPHA = 150  # of 255: faded, yet each past run's hue stays recognisable
# width-1 pens for every curve: a width-2 pen cost a third of the frame rate (benchmarks/plot_speed.py),
# so the current run stands out from the faded past runs by full opacity, not by width
PEN_WIDTH = 1
LOG_FLOOR = -16  # log10 J: a cost underflowing to 1e-300 must not squash the whole curve into a line
LOG_SUGGESTED_DECADES = 3  # costs spanning this many powers of ten: a linear axis shows the late ones as 0
HINT_INTERVAL_MS = 1000  # the span is measured over the whole run: at most once a second while training
OTHER_NETWORK_STYLE = Qt.PenStyle.DotLine
ACCURACY_RANGE = (0.0, 1.0)
CSV_HEADER = ("run", "label", "learning_rate", "iteration", "train_cost", "dev_cost", "train_accuracy",
              "dev_accuracy")
CSV_CHUNK_BYTES = 1 << 20  # rows are formatted in memory and written a megabyte at a time, not per row
_EMPTY = np.empty(0)


def _value_at(series: Series, iteration: int) -> Optional[float]:
    """The series' last value at or before ``iteration`` (records are sparse), or None before its first."""
    index = int(np.searchsorted(series.x, iteration, side="right")) - 1
    return float(series.y[index]) if index >= 0 else None


class _Origin(pg.GraphicsObject):
    """Nothing to draw; its bounds, iterations 0 to 1 and a cost of 0, keep the origin in auto-range
    (shown only beside a curve: alone, its zero-height bounds would give an empty plot a silly axis).

    A cost is never below 0: from 0 the plot shows how far the cost has fallen, not just its last
    wiggles, and the axis holds still while the cost falls instead of being re-laid out (its most
    expensive repaint) on every update. The x bounds give a run of a single iteration a readable
    axis, where pyqtgraph would keep the width of whatever was shown before. On a log scale the
    cost bound goes (log 0 is -inf).
    """

    def __init__(self) -> None:
        super().__init__()
        self.log_y = False

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, *args: object) -> None:
        pass

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange: object = None) -> Optional[tuple[float, float]]:
        if axis == 0:
            return (0.0, 1.0)
        return None if self.log_y else (0.0, 0.0)


class _KeptCurve(pg.PlotDataItem):
    """A kept run's curve: its iterations widen the x axis, but its costs set the cost axis only while the
    current run has none, so that a run that diverged to 10²⁷ never flattens the current one into a line."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.sets_cost_axis = True

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange: object = None) -> Optional[tuple[float, float]]:
        if axis == 1 and not self.sets_cost_axis:
            return None
        return super().dataBounds(axis, frac, orthoRange)


class CostPlot(Retranslating, QWidget):
    """Cost J against iterations, for the current run and the runs kept for comparison.

    Parameters
    ----------
    session : Session
        The session to observe; the plot redraws on ``progressed`` and ``runsChanged``.
    parent : QWidget, optional
    """

    def __init__(self, session: Session, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("costPlot")
        self._session = session
        self._shown_run: Optional[Run] = None
        self._past: dict[int, tuple[Run, pg.PlotDataItem]] = {}  # by id(run); holding the run keeps ids unique
        self._colors_used = 0
        self._pen_width: float = PEN_WIDTH
        self._x_end = 0  # the planned end of the run the x axis spans (0: fitted to the data)
        self._hover: Optional[int] = None  # the iteration under the mouse
        self._change_marks: list[pg.InfiniteLine] = []  # where a hyperparameter changed in the current run
        self._kept_set_axis: Optional[bool] = None  # whether the kept runs' costs set the cost axis (None: to decide)
        self._decades = 0.0  # how many powers of ten the current run's costs span
        self._hint_clock = QElapsedTimer()

        palette = self.palette()
        text = self._text_color = palette.color(QPalette.ColorRole.Text)
        self.graph = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
        self.graph.setObjectName("costPlotGraph")
        self.plot_item = self.graph.getPlotItem()
        self._build_axes(text)
        self._build_curves()
        self._build_crosshair(text)
        self._build_accuracy_view()
        faded_base = QColor(palette.color(QPalette.ColorRole.Base))
        faded_base.setAlpha(210)
        self.legend = self.plot_item.addLegend(offset=(-10, 10), brush=faded_base, labelTextColor=text,
                                               pen=pg.mkPen(QColor(text.red(), text.green(), text.blue(), 60)))

        self.accuracy_button = self._tool_button("costPlotAccuracyButton", checkable=True)
        self.accuracy_button.toggled.connect(self.set_accuracy_visible)
        self.log_button = self._tool_button("costPlotLogButton", checkable=True)
        self.log_button.toggled.connect(self.set_log_scale)
        self.clear_button = self._tool_button("costPlotClearButton")
        self.clear_button.clicked.connect(session.clear_runs)
        self.export_button = self._tool_button("costPlotExportButton")
        self.export_button.clicked.connect(self.export_dialog)
        self.log_hint = QLabel()
        self.log_hint.setObjectName("costPlotLogHint")
        self.log_hint.setWordWrap(True)
        self.log_hint.hide()
        self.readout = QLabel()
        self.readout.setObjectName("costPlotReadout")
        # long readouts (large text in presentation mode) break onto a second line instead of widening the dock
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readout.setWordWrap(True)

        tools = FlowLayout()  # the buttons wrap when the dock is narrow (a projector's large text on a small screen)
        for button in (self.accuracy_button, self.log_button, self.clear_button, self.export_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.log_hint)
        layout.addWidget(self.graph, 1)
        layout.addWidget(self.readout)

        session.runsChanged.connect(self._on_runs_changed)
        session.progressed.connect(self._on_progressed)
        # a kept run's data or network may stop (or start again) being the session's
        session.datasetChanged.connect(self._on_runs_changed)
        session.architectureChanged.connect(self._on_runs_changed)
        self._on_runs_changed()
        self._apply_font()
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the plot: buttons, axis labels, legend, readout (again on a language switch)."""
        self.accuracy_button.setText(self.tr("Accuracy"))
        self.accuracy_button.setToolTip(self.tr("Show train and dev accuracy on the right-hand axis (0 to 1)"))
        self.log_button.setText(self.tr("Log scale"))
        self.log_button.setToolTip(self.tr("A logarithmic cost axis: slow progress late in training stays visible"))
        self.clear_button.setText(self.tr("Clear runs"))
        self.clear_button.setToolTip(self.tr("Forget the faded curves of earlier runs"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the plot as a PNG image or the costs as a CSV table"))
        label_style = {"font-size": self._point_size()}
        item = self.plot_item
        item.setLabel("bottom", self.tr("iteration"), **label_style)
        item.setLabel("left", self.tr("cost") + " J", **label_style)  # lupdate misses tr() inside f-strings
        item.setLabel("right", self.tr("accuracy"), **label_style)
        item.showAxis("right", self.accuracy_button.isChecked())  # setLabel shows the axis, accuracy or not
        self._rebuild_legend()
        self._show_log_hint()
        self._show_readout()

    def _point_size(self) -> str:
        return f"{max(self.font().pointSizeF(), 9):g}pt"

    def _apply_font(self) -> None:
        """Ticks, legend and title in the widget's font, which presentation mode enlarges for a projector
        (the axes then space their ticks further apart: see plotting.readable_axes)."""
        set_plot_font(self.plot_item, self.font())
        self.legend.setLabelTextSize(self._point_size())
        self._show_title()

    def _show_title(self) -> None:
        # an empty title keeps its row, so the plot does not jump when a run starts
        run = self._session.run
        self.plot_item.setTitle(run.label if run is not None else "", color=self._text_color,
                                size=self._point_size())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()
            self.retranslate()  # the axis labels' size
        super().changeEvent(event)

    # -------------------------------------------------------------- construction
    def _tool_button(self, name: str, checkable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        return button

    def _build_axes(self, text: QColor) -> None:
        item = self.plot_item
        item.setMenuEnabled(False)  # pyqtgraph's own menus are untranslated and duplicate the buttons
        item.showGrid(x=True, y=True, alpha=0.15)
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
            # two tick levels, not three: the grid's faintest lines cost a third of the frame rate
            axis.setStyle(maxTickLevel=1)
        item.hideAxis("right")
        cache_axes(item)
        readable_axes(item)
        self.origin = _Origin()
        item.vb.addItem(self.origin)
        # the PlotItem hands these to every curve it holds ("mode" here; PlotDataItem calls it "method")
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)

    def set_line_width(self, width: float) -> None:
        """Thicker curves for a projector (presentation mode); PEN_WIDTH is the desk's."""
        self._pen_width = width
        for curve in self.plot_item.listDataItems():
            pen = pg.mkPen(curve.opts["pen"])
            pen.setWidthF(width)
            curve.setPen(pen)

    def _curve(self, color: str | QColor, dashed: bool = False) -> pg.PlotDataItem:
        pen = pg.mkPen(color, width=self._pen_width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pg.PlotDataItem(pen=pen, antialias=False)

    def _build_curves(self) -> None:
        self.train_curve = self._curve(TRAIN_COLOR)
        self.dev_curve = self._curve(DEV_COLOR)
        for z, curve in enumerate((self.dev_curve, self.train_curve), start=10):
            curve.setZValue(z)
            self.plot_item.addItem(curve)

    def _build_crosshair(self, text: QColor) -> None:
        pen = pg.mkPen(QColor(text.red(), text.green(), text.blue(), 110), width=1)
        self.crosshair = (pg.InfiniteLine(angle=90, movable=False, pen=pen),
                          pg.InfiniteLine(angle=0, movable=False, pen=pen))
        for line in self.crosshair:
            line.setZValue(20)
            line.hide()
            self.plot_item.addItem(line, ignoreBounds=True)
        self.plot_item.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.graph.viewport().installEventFilter(self)

    def _build_accuracy_view(self) -> None:
        """Accuracy lives in its own ViewBox (0..1 on the right axis), sharing x with the cost view."""
        self.accuracy_view = pg.ViewBox(enableMenu=False)
        self.accuracy_view.setMouseEnabled(x=False, y=False)
        self.accuracy_view.setZValue(-100)  # behind the cost view, which keeps the mouse
        self.accuracy_view.setYRange(*ACCURACY_RANGE, padding=0.02)
        self.accuracy_view.enableAutoRange(axis=pg.ViewBox.YAxis, enable=False)
        self.accuracy_view.setXLink(self.plot_item.vb)
        # a child of the plot item, not a loose item of the scene: the SVG export walks the plot
        # item's children and would leave the accuracies out
        self.accuracy_view.setParentItem(self.plot_item)
        self.plot_item.getAxis("right").linkToView(self.accuracy_view)
        self.train_accuracy_curve = self._curve(TRAIN_ACCURACY_COLOR, dashed=True)
        self.dev_accuracy_curve = self._curve(DEV_ACCURACY_COLOR, dashed=True)
        for curve in (self.train_accuracy_curve, self.dev_accuracy_curve):
            curve.setDownsampling(auto=True, method="peak")
            self.accuracy_view.addItem(curve)
        self.accuracy_view.hide()
        self.plot_item.vb.sigResized.connect(self._fit_accuracy_view)
        self._fit_accuracy_view()

    def _fit_accuracy_view(self) -> None:
        self.accuracy_view.setGeometry(self.plot_item.vb.geometry())  # both in the plot item's coordinates
        self.accuracy_view.linkedViewChanged(self.plot_item.vb, self.accuracy_view.XAxis)

    # -------------------------------------------------------------- what the session tells
    def _on_runs_changed(self) -> None:
        """A run started or ended, the kept runs changed, or the data or network did (which decides what a
        kept run is beside the current one): sync the items (rare; not per progress)."""
        session = self._session
        self._shown_run = session.run
        self._show_title()
        self._mark_changes()
        past = {id(run): run for run in session.runs}
        for key in [key for key in self._past if key not in past]:
            self.plot_item.removeItem(self._past.pop(key)[1])
        for key, run in past.items():
            if key not in self._past:
                self._past[key] = (run, self._past_curve(run))
        if not self._past:
            self._colors_used = 0  # after "Clear runs" the next comparison starts with the first colour
        for run, curve in self._past.values():
            curve.setVisible(self._of_this_data(run))  # another dataset's costs mean nothing beside this one's
            pen = pg.mkPen(curve.opts["pen"])
            pen.setStyle(Qt.PenStyle.SolidLine if self._same_network(run) else OTHER_NETWORK_STYLE)
            curve.setPen(pen)
        self._rebuild_legend()
        self.clear_button.setEnabled(bool(self._past))
        self._kept_set_axis = None  # (new kept curves: their share of the cost axis is decided again)
        self._hint_clock.invalidate()
        self._update_current()

    def _same_network(self, run: Run) -> bool:
        return tuple(run.layer_sizes) == tuple(self._session.layer_sizes)

    def _of_this_data(self, run: Run) -> bool:
        return run.dataset == self._session.dataset_name

    def _shown_past(self) -> list[tuple[Run, pg.PlotDataItem]]:
        """The kept runs of the data shown, with their curves, oldest first."""
        return [(run, curve) for run, curve in self._past.values() if self._of_this_data(run)]

    def _mark_changes(self) -> None:
        """A dashed line, labelled, at each iteration where a hyperparameter changed during the current run."""
        changes = self._shown_run.changes if self._shown_run is not None else []
        if [(m.value(), m.label.format) for m in self._change_marks] == [(float(i), t) for i, t in changes]:
            return
        for mark in self._change_marks:
            self.plot_item.removeItem(mark)
        color = QColor(self._text_color)
        color.setAlpha(160)
        self._change_marks = [pg.InfiniteLine(pos=i, angle=90, movable=False,
                                              pen=pg.mkPen(color, width=1, style=Qt.PenStyle.DashLine),
                                              label=text, labelOpts={"position": 0.85, "color": self._text_color,
                                                                     "anchors": [(0, 0.5), (0, 0.5)]})
                              for i, text in changes]
        for mark in self._change_marks:
            mark.setZValue(5)
            self.plot_item.addItem(mark, ignoreBounds=True)

    def change_marks(self) -> list[tuple[float, str]]:
        """(iteration, text) of the marks drawn: what a student sees where the run changed."""
        return [(mark.value(), mark.label.toPlainText()) for mark in self._change_marks]

    def _past_curve(self, run: Run) -> pg.PlotDataItem:
        color = QColor(PAST_COLORS[self._colors_used % len(PAST_COLORS)])
        self._colors_used += 1
        color.setAlpha(PAST_ALPHA)
        curve = _KeptCurve(pen=pg.mkPen(color, width=self._pen_width), antialias=False)
        curve.setZValue(0)
        self.plot_item.addItem(curve)
        curve.setData(run.costs.x, run.costs.y)  # a past run no longer changes: filled once
        return curve

    def past_curves(self) -> list[tuple[Run, pg.PlotDataItem]]:
        """The faded curves of the kept runs, oldest first, with the run each one draws (hidden ones too)."""
        return list(self._past.values())

    def past_label(self, run: Run) -> str:
        """A kept run's name in the legend: its α and layer sizes, and whether it trained another network."""
        # (lupdate misses tr() inside f-strings)
        return run.label if self._same_network(run) else run.label + " " + self.tr("(other network)")

    def _rebuild_legend(self) -> None:
        self.legend.clear()
        self.legend.addItem(self.train_curve, self.tr("train J"))
        self.legend.addItem(self.dev_curve, self.tr("dev J"))
        if self.accuracy_button.isChecked():
            self.legend.addItem(self.train_accuracy_curve, self.tr("train accuracy"))
            self.legend.addItem(self.dev_accuracy_curve, self.tr("dev accuracy"))
        for run, curve in self._shown_past():
            self.legend.addItem(curve, self.past_label(run))

    def _on_progressed(self, _progress: object) -> None:
        if self._session.run is not self._shown_run:
            self._on_runs_changed()
        else:
            self._update_current()

    def _update_current(self) -> None:
        """Refill the current run's curves from the Series views (no copy) and the readout."""
        self._fit_x_to_the_run()
        current = False
        for curve, series in self._current_series():
            if series is None:
                curve.setData(_EMPTY, _EMPTY)
            else:
                curve.setData(series.x, series.y)
                current = current or len(series.x) > 0
        self._let_kept_runs_set_the_cost_axis(not current)
        self.origin.setVisible(current or bool(self._shown_past()))  # an empty plot keeps the usual 0..1 axes
        if not self._hint_clock.isValid() or self._hint_clock.hasExpired(HINT_INTERVAL_MS):
            self._hint_clock.start()
            run = self._shown_run
            self._decades = decades(run.costs.y) if run is not None else 0.0
            self._show_log_hint()
        self._show_readout()

    def _let_kept_runs_set_the_cost_axis(self, on: bool) -> None:
        """Only while the current run has no cost yet do the kept runs' costs set the cost axis."""
        if on == self._kept_set_axis:
            return
        self._kept_set_axis = on
        for _run, curve in self._past.values():
            curve.sets_cost_axis = on
            curve.informViewBoundsChanged()

    def _show_log_hint(self) -> None:
        """Suggest the log scale when the current run's costs span LOG_SUGGESTED_DECADES powers of ten."""
        suggested = self._decades >= LOG_SUGGESTED_DECADES and not self.log_button.isChecked()
        if suggested:
            self.log_hint.setText(self.tr(
                "The costs span {n} powers of ten: on this axis the late ones look like 0. "
                "Log scale shows them all.").format(n=int(self._decades)))
        self.log_hint.setVisible(suggested)

    def _fit_x_to_the_run(self) -> None:
        """While training, the x axis spans the whole planned run and the curve grows into it, as in the
        course's plots; a fixed axis also spares pyqtgraph re-laying its ticks on every update (the most
        expensive part of a redraw). Idle, the axis fits the data again."""
        end = self._session.planned_end if self._session.training_state != "idle" else 0
        if end == self._x_end:
            return
        self._x_end = end
        view = self.plot_item.vb
        if end:
            view.setXRange(0, end, padding=0.02)  # (turns x auto-range off)
        else:
            view.enableAutoRange(axis=pg.ViewBox.XAxis)

    def _current_series(self) -> list[tuple[pg.PlotDataItem, Optional[Series]]]:
        run = self._shown_run
        curves = [self.train_curve, self.dev_curve]
        if self.accuracy_button.isChecked():
            curves += [self.train_accuracy_curve, self.dev_accuracy_curve]
        if run is None:
            return [(curve, None) for curve in curves]
        return list(zip(curves, (run.costs, run.dev_costs, run.train_accuracy, run.dev_accuracy)))

    # -------------------------------------------------------------- the buttons
    def set_accuracy_visible(self, visible: bool) -> None:
        """Show or hide train and dev accuracy (right-hand axis, 0 to 1)."""
        if self.accuracy_button.isChecked() != visible:
            self.accuracy_button.setChecked(visible)  # comes back here through toggled
            return
        self.plot_item.showAxis("right", visible)
        self.accuracy_view.setVisible(visible)
        # costs fall to the bottom right and accuracies climb to the top right: the legend takes the
        # corner the costs leave free, or the middle of the right side when both are shown
        anchor = (1, 0.5) if visible else (1, 0)
        self.legend.anchor(itemPos=anchor, parentPos=anchor, offset=(-10, 0 if visible else 10))
        if not visible:
            for curve in (self.train_accuracy_curve, self.dev_accuracy_curve):
                curve.setData(_EMPTY, _EMPTY)
        self._rebuild_legend()
        self._update_current()

    def set_log_scale(self, on: bool) -> None:
        """Logarithmic cost axis; costs of exactly 0 leave a gap, tiny ones stop at 10^LOG_FLOOR."""
        if self.log_button.isChecked() != on:
            self.log_button.setChecked(on)
            return
        self.plot_item.setLogMode(y=on)
        self.origin.log_y = on
        self.plot_item.getAxis("right").setLogMode(False, False)  # accuracy stays linear, 0 to 1
        # at least one decade in view: pyqtgraph labels no log tick inside a narrower range
        self.plot_item.vb.setLimits(yMin=LOG_FLOOR if on else None, minYRange=1 if on else None)
        self._show_log_hint()

    def is_log_scale(self) -> bool:
        return bool(self.plot_item.ctrl.logYCheck.isChecked())

    # -------------------------------------------------------------- crosshair and readout
    def _on_mouse_moved(self, position: QPointF) -> None:
        view = self.plot_item.vb
        inside = view.sceneBoundingRect().contains(position)
        if inside:
            point = view.mapSceneToView(position)
            self._hover = round(point.x())
            self.crosshair[0].setPos(self._hover)
            self.crosshair[1].setPos(point.y())
        else:
            self._hover = None
        for line in self.crosshair:
            line.setVisible(inside)
        self._show_readout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Leave:  # the mouse left the graph: no crosshair, the latest values
            self._on_mouse_moved(QPointF(-1e9, -1e9))
        return super().eventFilter(watched, event)

    def readout_text(self, iteration: Optional[int] = None) -> str:
        """The values of every curve at ``iteration`` (default: the one under the mouse, else the last)."""
        run = self._shown_run
        if iteration is None:
            iteration = self._hover
        if iteration is None:
            if run is None or not run.iterations:
                return self.tr("Train the network to see its cost J fall.") if not self._shown_past() else ""
            iteration = int(run.costs.x[-1])
        parts = [self.tr("iteration {i}").format(i=iteration)]
        if run is not None and run.iterations and run.costs.x[0] <= iteration <= run.costs.x[-1]:
            named = [(self.tr("train J = {value}"), run.costs, "{:.4g}"),
                     (self.tr("dev J = {value}"), run.dev_costs, "{:.4g}")]
            if self.accuracy_button.isChecked():
                named += [(self.tr("train accuracy = {value}"), run.train_accuracy, "{:.3f}"),
                          (self.tr("dev accuracy = {value}"), run.dev_accuracy, "{:.3f}")]
            for text, series, number in named:
                value = _value_at(series, iteration)
                if value is not None:
                    parts.append(text.format(value=number.format(value)))
        for past, _curve in self._shown_past():
            if past.costs.x[0] <= iteration <= past.costs.x[-1]:
                parts.append(f"{past.label}: J = {_value_at(past.costs, iteration):.4g}")
        return "    ".join(parts)

    def _show_readout(self) -> None:
        text = self.readout_text()
        self.readout.setText(text)
        self.readout.setToolTip(text)

    # -------------------------------------------------------------- export
    def export_dialog(self) -> None:
        """Ask where to save: the plot as PNG or SVG, or the costs as CSV (by filter or extension)."""
        png, svg, table = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)"), self.tr("CSV table (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the cost plot"), "cost.png",
                                                   f"{png};;{svg};;{table}")
        if not path:
            return
        suffixes = {png: ".png", svg: ".svg", table: ".csv"}
        if not path.lower().endswith((".png", ".svg", ".csv")):
            path += suffixes.get(chosen, ".png")
        error = self.export_csv(path) if path.lower().endswith(".csv") else self.export_figure(path)
        if error is not None:
            QMessageBox.warning(self, self.tr("Export failed"), error)

    def export_figure(self, path: str) -> Optional[str]:
        """Save the plot as shown, PNG or SVG by the extension, atomically; returns None or the translated error."""
        hidden = [line for line in self.crosshair if line.isVisible()]
        for line in hidden:
            line.hide()
        try:
            # the size on screen: pyqtgraph scales axes and text when asked for more pixels, but
            # not the legend (it ignores transformations), which then shrinks beside them
            return save_figure(self.plot_item, path)
        finally:
            for line in hidden:
                line.show()

    def export_csv(self, path: str) -> Optional[str]:
        """Save every run's costs as a CSV table in long format (one row per run and iteration).

        Columns: ``run`` (1 = oldest kept run; the current run is last), ``label``, ``learning_rate``,
        ``iteration``, ``train_cost``, and ``dev_cost``, ``train_accuracy``, ``dev_accuracy`` on the
        iterations that have a record (empty elsewhere). Numbers are written exactly (Python's repr).
        Returns None on success, else the translated error.
        """
        runs = list(self._session.runs)
        if self._session.run is not None and self._session.run.iterations:
            runs.append(self._session.run)
        return save_atomically(path, lambda device: _write_runs_csv(device, runs))


def _write_runs_csv(device: QSaveFile, runs: list[Run]) -> bool:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for number, run in enumerate(runs, start=1):
        at_records = [dict(zip(series.x.tolist(), series.y.tolist()))
                      for series in (run.dev_costs, run.train_accuracy, run.dev_accuracy)]
        for iteration, cost in zip(run.costs.x.tolist(), run.costs.y.tolist()):
            writer.writerow((number, run.label, run.learning_rate, int(iteration), cost,
                             *(values.get(iteration, "") for values in at_records)))
            if buffer.tell() > CSV_CHUNK_BYTES and not _flush(buffer, device):
                return False
    return _flush(buffer, device)


def _flush(buffer: io.StringIO, device: QSaveFile) -> bool:
    data = buffer.getvalue().encode("utf-8")
    buffer.seek(0)
    buffer.truncate()
    return device.write(data) == len(data)


if __name__ == "__main__":
    from .demo import run_demo

    run_demo(CostPlot, 900, 560, train=True)

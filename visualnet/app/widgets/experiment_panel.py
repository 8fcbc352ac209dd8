"""What every experiment panel shares: Start, Cancel, progress with time left, the estimate, export.

A panel (sweep, initialization comparison, parity study) says what to run -- a :class:`Plan`
made from its inputs -- and how to draw each result. Its :class:`~visualnet.app.experiments.Experiment`
(a model beside the session) runs the plan in child processes and keeps the results; this base
asks before starting anything over the time or memory budget, shows done/total and the time left,
and saves the results as a CSV table or the plot as a PNG image.
"""
from __future__ import annotations

import csv
import io
from typing import Any, Callable, Optional

import pyqtgraph as pg
from PySide6.QtCore import QElapsedTimer, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QLabel, QLayout, QMessageBox,
                               QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget)

from ...engine.experiments import Estimate
from ..error_texts import error_text
from ..experiments import Experiment, Plan
from ..figures import save_atomically
from ..processes.messages import TaskFailure
from ..processes.sweep import SweepData, Task
from ..processes.sweep_worker import default_children
from ..session import Session, format_bytes
from .plotting import BACKGROUND, FOREGROUND, cache_axes, quiet_plot
from .throttle import Throttle

TIME_BUDGET_S = 120.0  # longer experiments ask first
PROGRESS_STEPS = 1000  # the bar's resolution: runs advance it in fractions, not only when one ends
BAR_INTERVAL_MS = 250
BAR_PADDING = 12  # pixels around the progress bar's words
ERROR_STYLE = "color: #B00020"
PLOT_MIN_HEIGHT = 160  # the results table scrolls; the curves must stay readable (also at 1280 × 720)
TABLE_MIN_ROWS = 3  # a results table always shows its header and a few runs
EXPLANATION_LINES = 4  # an explanation shows this many lines at least; the rest scrolls
HEADER_BREAK = 10  # a column title longer than this (in characters) takes two lines: columns stay narrow


def experiment_plot(parent: QWidget, left: Optional[pg.AxisItem] = None) -> tuple[pg.GraphicsLayoutWidget,
                                                                                pg.PlotItem]:
    """A quiet plot for cost curves: peak downsampling, clipped to the view, a faint grid of two tick
    levels (a third level cost the cost plot a third of its frame rate); ``left`` replaces its y axis."""
    graphics, plot = quiet_plot(parent)
    graphics.setMinimumHeight(PLOT_MIN_HEIGHT)
    if left is not None:
        left.setPen(FOREGROUND)
        left.setTextPen(FOREGROUND)
        plot.setAxisItems({"left": left})
        cache_axes(plot)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setDownsampling(auto=True, mode="peak")
    plot.setClipToView(True)
    for side in ("left", "bottom"):
        plot.getAxis(side).setStyle(maxTickLevel=1)
        plot.getAxis(side).enableAutoSIPrefix(False)  # a cost of 0.69 reads 0.69, not 690 with "(x0.001)"
    return graphics, plot


def key_entry(color: QColor | str, mark: str, text: str, together: bool = True) -> str:
    """One entry of a plot's key: a coloured mark and its words, on one line when ``together``
    (a long sentence may wrap)."""
    words = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<span style="color:{QColor(color).name()}">{mark}</span>&nbsp;' + (
        words.replace(" ", "&nbsp;") if together else words)


def on_plot_background(widget: QWidget) -> QWidget:
    """Paint ``widget`` in the plots' colours. A palette, not a style sheet: a widget with a style sheet
    keeps its font when the window's grows (presentation mode)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, pg.mkColor(BACKGROUND))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(FOREGROUND))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    return widget


def wrapping_label(parent: QWidget, name: str, rich: bool = False) -> QLabel:
    """A label that wraps its words instead of widening the panel."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    label.setMargin(2)
    return label


def plot_key(parent: QWidget, name: str) -> QLabel:
    """A plot's key as words under it: it wraps instead of widening the panel, and hides no curve
    (a legend inside a small plot covers its lines); saved with the plot in the PNG."""
    return on_plot_background(wrapping_label(parent, name, rich=True))


def show_key(key: QLabel, entries: list[str]) -> None:
    key.setText("&nbsp;&nbsp; ".join(entries))
    key.setVisible(bool(entries))


class ExplanationArea(QScrollArea):
    """A long explanation, word-wrapped, in a frameless area as high as the text at its width: when the
    panel is short it scrolls (at least EXPLANATION_LINES lines stay), so it is never cut mid-sentence
    and never takes the plots' height. Named after its label: ``{label's name}Area``."""

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(label.objectName() + "Area")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's names)
        label = self.widget()
        width = self.viewport().width() if self.isVisible() else label.sizeHint().width()
        return QSize(label.sizeHint().width(), label.heightForWidth(max(width, 1)) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        lines = EXPLANATION_LINES * self.widget().fontMetrics().lineSpacing()
        return QSize(0, min(lines, self.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the text's height at the new width

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.updateGeometry()


def header_title(title: str) -> str:
    """A long column title on two lines, broken at the space nearest its middle ("train\naccuracy"):
    a column is then as wide as its numbers, and the table fits the panel."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if len(title) <= HEADER_BREAK or not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(2 * i - len(title)))
    return title[:middle] + "\n" + title[middle + 1:]


def fit_columns(table: QAbstractItemView) -> None:
    """Every column as wide as its widest title line or cell, in the table's current font."""
    table.resizeColumnsToContents()
    table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                           + TABLE_MIN_ROWS * table.verticalHeader().defaultSectionSize()
                           + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())


class ExperimentPanel(QWidget):
    """Base of the experiment panels; a subclass provides :meth:`plan`, the ``_show_*`` hooks and the exports.

    ``experiment`` is the model the panel shows (the window's; a panel alone makes its own).

    ``name`` prefixes the object names of the shared controls: ``{name}StartButton``,
    ``{name}CancelButton``, ``{name}Progress``, ``{name}Status``, ``{name}CsvButton``, ``{name}PngButton``.
    """

    experimentStarted = Signal()
    runFinished = Signal(int, object)  # task index, its result (after the panel showed it)
    experimentFinished = Signal(bool)  # every run has ended or was cancelled (True), all results shown

    def __init__(self, session: Session, name: str, experiment: Experiment, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.session = session
        self.experiment = experiment
        self.children: Optional[int] = None  # processes to use; None: one per core
        self._fractions: dict[int, float] = {}
        self._total = 0
        self._clock = QElapsedTimer()
        # progress arrives ~10 times a second from each process, and a QProgressBar repaints at once on
        # each new value: the bar and the rows' progress are redrawn a few times a second instead
        self._unshown: set[int] = set()
        self._bar_throttle = Throttle(self._show_bar, BAR_INTERVAL_MS)
        self._bar_throttle.setParent(self)  # lives and dies with the panel (hidden or not, unlike widget=)
        self._estimate_s = 0.0
        self._plot_words: dict[pg.PlotItem, dict[str, str]] = {}  # set again in a new font size

        self.start_button = self._named(QPushButton(self), name, "StartButton")
        self.cancel_button = self._named(QPushButton(self), name, "CancelButton")
        self.cancel_button.setEnabled(False)
        self.progress = self._named(QProgressBar(self), name, "Progress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status = self._named(QLabel(self), name, "Status")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.csv_button = self._named(QPushButton(self), name, "CsvButton")
        self.png_button = self._named(QPushButton(self), name, "PngButton")
        for button in (self.csv_button, self.png_button):
            button.setEnabled(False)
        self.run_bar = QHBoxLayout()
        self.run_bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.start_button, self.cancel_button):
            self.run_bar.addWidget(widget)
        self.run_bar.addWidget(self.progress, 1)  # the whole width: its words are long ("3 / 8 runs · …")
        self.results_bar = QHBoxLayout()  # under the results: a subclass puts its own buttons first
        self.results_bar.setContentsMargins(0, 0, 0, 0)
        self.results_bar.addStretch(1)
        for widget in (self.csv_button, self.png_button):
            self.results_bar.addWidget(widget)

        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.csv_button.clicked.connect(lambda: self.export_dialog(csv_table=True))
        self.png_button.clicked.connect(lambda: self.export_dialog(csv_table=False))
        experiment.started.connect(self._on_started)
        experiment.progressed.connect(self._on_progress)
        experiment.resultArrived.connect(self._on_result)
        experiment.finished.connect(self._on_finished)
        experiment.replaced.connect(self._on_replaced)
        self._translate_bar()

    def lay_out(self, top: QLayout, notes: tuple[QWidget, ...] = (),
                under_table: tuple[QWidget, ...] = ()) -> None:
        """Every panel reads the same way down: its own inputs (``top``), the run bar, the status and
        any ``notes``, the plot over the table (and ``under_table``), the results bar; then its words
        and estimate."""
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.run_bar)
        for widget in (self.status, *notes):
            layout.addWidget(widget)
        splitter = self.plot_over_table()
        for widget in under_table:
            splitter.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addLayout(self.results_bar)
        self.retranslate()
        self.update_estimate()

    def plot_over_table(self) -> QSplitter:
        """The subclass's ``graphics`` above its ``table``: the plot first, the table scrolls."""
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        fit_columns(self.table)
        splitter.addWidget(self.graphics)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    @staticmethod
    def _named(widget: QWidget, name: str, suffix: str) -> QWidget:
        widget.setObjectName(name + suffix)
        return widget

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: every word again, the estimate and the results' words too. A new font
        (presentation mode): the plots' words and the tables' columns in its size."""
        if event.type() == QEvent.Type.LanguageChange:
            self._translate_buttons()
            self._set_bar_text(self._bar_words)
            self.retranslate()
            self.refresh_texts()
            self.update_estimate()
        elif event.type() == QEvent.Type.FontChange:
            self._set_bar_text(self._bar_words)
            for plot in self._plot_words:
                self._style_plot(plot)
            self.fit_to_words()
        super().changeEvent(event)

    def label_plot(self, plot: pg.PlotItem, **words: str) -> None:
        """Set a plot's ``title``, ``left`` or ``bottom`` words in the panel's font size; a new font sets them
        again. pyqtgraph draws its own text at a fixed size: a projector's larger font would leave it small."""
        self._plot_words.setdefault(plot, {}).update(words)
        self._style_plot(plot)

    def _style_plot(self, plot: pg.PlotItem) -> None:
        words, font = self._plot_words[plot], self.font()
        size = f"{QFontInfo(font).pointSizeF():g}pt"
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setTickFont(QFont(font))
            if side in words:
                axis.setLabel(words[side], color=FOREGROUND, **{"font-size": size})
        if "title" in words:
            plot.setTitle(words["title"], color=FOREGROUND, size=size)

    def _translate_bar(self) -> None:
        self._translate_buttons()
        self._show_not_started()

    def _show_not_started(self) -> None:
        self.progress.setValue(0)
        self._set_bar_text(lambda: self.tr("not started"))

    def _translate_buttons(self) -> None:
        self.start_button.setText(self.tr("Start"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the runs in progress; finished runs are kept"))
        self.csv_button.setText(self.tr("CSV…"))
        self.csv_button.setToolTip(self.tr("Save the results as a CSV table"))
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Save the plot as a PNG image"))

    # -------------------------------------------------------------- what a subclass provides
    def plan(self) -> Plan:
        """The runs to start, from the panel's inputs; raises ValueError with a message to show."""
        raise NotImplementedError

    def _show_started(self) -> None:
        """The experiment's tasks are set, no result yet."""
        raise NotImplementedError

    def _show_progress(self, index: int, fraction: float) -> None:
        """A run is this far (0 when handed to a process); panels with a table show it."""

    def _show_result(self, index: int, result: object) -> None:
        raise NotImplementedError

    def _show_all(self) -> None:
        """Draw every result the experiment holds (loaded from a project, or none)."""
        raise NotImplementedError

    def _show_finished(self, cancelled: bool) -> None:
        raise NotImplementedError

    def write_csv(self, writer: Any) -> None:
        """Write the results table's rows to a ``csv.writer``."""
        raise NotImplementedError

    def plot_widget(self) -> QWidget:
        """What the PNG export saves, as shown."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set the panel's own words (again after a language switch)."""
        raise NotImplementedError

    def fit_to_words(self) -> None:
        """Size the results table's columns (and a subclass, its other boxes) to their words: after new
        results, words or font."""
        fit_columns(self.table)

    def idea(self) -> str:
        """What the experiment is to find out, kept with its results (a sweep asks; the others say it)."""
        return ""

    def refresh_texts(self) -> None:
        """Redraw the results' words (table, legend) in the current language."""
        raise NotImplementedError

    # -------------------------------------------------------------- estimate and start
    @property
    def running(self) -> bool:
        return self.experiment.running

    def make_plan(self, tasks: tuple[Task, ...], data: SweepData,
                  estimate: Callable[[int], Estimate]) -> Plan:
        """A Plan on this panel's processes: ``estimate(children)`` sizes it."""
        children = max(1, min(self.children or default_children(len(tasks)), len(tasks)))
        return Plan(tasks, data, children, estimate(children))

    def update_estimate(self) -> Optional[Plan]:
        """Show what the inputs would run and take (or what is wrong with them); the plan, when there is one."""
        if self.running:
            return None
        try:
            plan = self.plan()
        except ValueError as error:
            self._say(error_text(error), error=True)
            return None
        self._say(self._estimate_text(plan))
        return plan

    def _estimate_text(self, plan: Plan) -> str:
        return self.tr("{runs} run(s) on {children} process(es): about {time}, {memory} of memory").format(
            runs=len(plan.tasks), children=plan.children, time=self.duration(plan.estimate.seconds),
            memory=format_bytes(plan.estimate.memory_bytes))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def start(self) -> bool:
        """Start the plan, after asking when it is over budget; False when nothing started."""
        if self.running:
            return False
        plan = self.update_estimate()
        if plan is None or not self._confirmed(plan):
            return False
        self._estimate_s = plan.estimate.seconds
        self.experiment.start(plan, self.session.dataset_name, self.idea())
        return True

    def _on_started(self) -> None:
        self._fractions, self._total = {}, len(self.experiment.tasks)
        self._clock.start()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._show_started()
        self._bar_throttle.request()
        self.experimentStarted.emit()

    def _confirmed(self, plan: Plan) -> bool:
        estimate = plan.estimate
        if estimate.seconds <= TIME_BUDGET_S and estimate.memory_bytes <= self.session.memory_budget:
            return True
        answer = QMessageBox.question(
            self, self.tr("Start a long experiment?"),
            self.tr("This will take about {time} and need about {memory} of memory (the budget is {budget_time} "
                    "and {budget_memory}). You can cancel it at any time and keep the runs that finished. "
                    "Start it?").format(time=self.duration(estimate.seconds),
                                        memory=format_bytes(estimate.memory_bytes),
                                        budget_time=self.duration(TIME_BUDGET_S),
                                        budget_memory=format_bytes(self.session.memory_budget)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -------------------------------------------------------------- while it runs
    def _on_progress(self, index: int, fraction: float) -> None:
        self._fractions[index] = fraction
        self._unshown.add(index)
        self._bar_throttle.request()

    def _on_result(self, index: int, result: object) -> None:
        self._fractions[index] = 1.0  # (a task that failed is over too)
        self._unshown.discard(index)
        self._show_result(index, result)
        self._bar_throttle.request()
        self.runFinished.emit(index, result)

    def _show_bar(self) -> None:
        """The progress of the runs under way, and the bar: done/total and the time left."""
        for index in self._unshown:
            self._show_progress(index, self._fractions[index])
        self._unshown.clear()
        done = sum(self._fractions.values())
        finished = sum(1 for f in self._fractions.values() if f >= 1.0)
        self.progress.setValue(round(PROGRESS_STEPS * done / max(self._total, 1)))
        elapsed = self._clock.elapsed() / 1000
        # the estimate until the runs report, then what they took so far
        left = max(self._estimate_s - elapsed, 0.0) if done <= 0 else elapsed * (self._total - done) / done
        total = self._total
        self._set_bar_text(lambda: self.tr("{done} / {total} runs · {left}").format(
            done=finished, total=total, left=self.tr("about {time} left").format(time=self.duration(left))))

    def _set_bar_text(self, words: Callable[[], str]) -> None:
        """The bar's words, kept as a function: a language switch says them again in the new language."""
        self._bar_words = words
        text = words()
        self.progress.setFormat(text.replace("%", "%%"))  # QProgressBar reads %v, %m and %p in its format
        # never narrower than its words: on a small screen the tab scrolls instead of cutting them
        self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(text) + BAR_PADDING)

    def cancel(self) -> None:
        """Stop the runs in progress (their partial results arrive) and start no more."""
        self.experiment.cancel()

    def _on_finished(self, cancelled: bool) -> None:
        self._bar_throttle.flush()  # a pending update must not come after the final text
        finished = sum(1 for f in self._fractions.values() if f >= 1.0)
        elapsed, total = self._clock.elapsed() / 1000, self._total
        if cancelled:
            self._set_bar_text(lambda: self.tr("cancelled · {done} / {total} runs").format(done=finished, total=total))
            self._say(self.tr("Cancelled after {time}; the runs that finished are kept, the others are marked.")
                      .format(time=self.duration(elapsed)))
        else:
            self.progress.setValue(PROGRESS_STEPS)
            self._set_bar_text(lambda: self.tr("{total} runs in {time}").format(total=total,
                                                                                 time=self.duration(elapsed)))
            self._say("")
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        for button in (self.csv_button, self.png_button):
            button.setEnabled(True)
        self._show_finished(cancelled)
        self.experimentFinished.emit(cancelled)

    def _on_replaced(self) -> None:
        """The experiment's results were loaded from a project, or cleared."""
        self._show_all()
        has_results = bool(self.experiment.results)
        if not has_results:
            self._show_not_started()
            self._say("")
        for button in (self.csv_button, self.png_button):
            button.setEnabled(has_results)

    def duration(self, seconds: float) -> str:
        """'1 s' (at least), '45 s', '3 min 20 s', '2 h 5 min'."""
        s = max(1, round(seconds))
        if s < 60:
            return self.tr("{s} s").format(s=s)
        if s < 3600:
            return self.tr("{m} min {s} s").format(m=s // 60, s=s % 60)
        return self.tr("{h} h {m} min").format(h=s // 3600, m=s % 3600 // 60)

    # -------------------------------------------------------------- export
    def export_dialog(self, csv_table: bool) -> None:
        """Ask where to save the table (CSV) or the plot (PNG), and save it."""
        suffix = ".csv" if csv_table else ".png"
        kind = self.tr("CSV table (*.csv)") if csv_table else self.tr("PNG image (*.png)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the results"), self.objectName() + suffix, kind)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        error = self.export_csv(path) if csv_table else self.export_png(path)
        if error is not None:
            QMessageBox.warning(self, self.tr("Export failed"), error)

    def export_csv(self, path: str) -> Optional[str]:
        """Save the results table at ``path``, atomically; None, or the translated error."""
        buffer = io.StringIO()
        self.write_csv(csv.writer(buffer, lineterminator="\n"))
        data = buffer.getvalue().encode("utf-8")
        return save_atomically(path, lambda file: file.write(data) == len(data))

    def export_png(self, path: str) -> Optional[str]:
        """Save the plot as shown as a PNG image at ``path``, atomically; None, or the translated error."""
        image = self.plot_widget().grab()
        return save_atomically(path, lambda file: image.save(file, "PNG"))


class RedrawnPanel(ExperimentPanel):
    """A panel whose picture is one summary of all the results (a study's table and curves), so every
    event of the experiment draws it again whole; a failed task is said in the status line."""

    def _draw(self) -> None:
        raise NotImplementedError

    def _show_started(self) -> None:
        self._draw()

    def _show_result(self, index: int, result: object) -> None:
        if isinstance(result, TaskFailure):
            self._say(result.message, error=True)
            return
        self._draw()

    def _show_all(self) -> None:
        self._draw()

    def _show_finished(self, cancelled: bool) -> None:
        self._draw()

"""The window's experiments -- a sweep, the initialization comparison, the parity study, why deep -- as models.

Each :class:`Experiment` owns its plan, its running job (a
:class:`~visualnet.app.processes.sweep_worker.SweepWorker`) and its results, beside the session;
the panels ask it to start or cancel and draw what its signals say, and a project saves and loads
these models, never the widgets (:class:`Experiments`). Closing a panel's view changes nothing
here; closing the window stops the jobs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import QObject, QTimer, Signal

from ..engine.errors import FileFormatError, VisualnetError
from ..engine.experiments import Estimate, ParityStudy, RunResult, Sweep
from .error_texts import error_text, task_failure_text
from .processes.messages import TaskFailure
from .processes.sweep import SweepData, Task
from .processes.sweep_worker import SweepWorker

STOP_WAIT_MS = 2000


@dataclass(frozen=True)
class Plan:
    """What to run: the tasks, the data they share, how many processes, and the estimate."""

    tasks: tuple[Task, ...]
    data: SweepData
    children: int
    estimate: Estimate


class Experiment(QObject):
    """One experiment's plan, job and results; ``name`` tags its record in a project (a panel's objectName).

    ``results`` maps a task's index to its result; a subclass says what a result is and how the
    results are kept in a project.
    """

    started = Signal()  # a plan's tasks are set and its results cleared; its processes start next
    progressed = Signal(int, float)  # task index, fraction done (0: handed to a process)
    resultArrived = Signal(int, object)  # task index, its result (in ``results`` already)
    finished = Signal(bool)  # every task has ended, or the experiment was cancelled (True)
    replaced = Signal()  # the results were loaded from a project or cleared: draw them all again

    def __init__(self, name: str, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.name = name
        self.tasks: tuple[Task, ...] = ()
        self.results: dict[int, Any] = {}
        self.dataset = ""  # the session's dataset the tasks ran on
        self.idea = ""  # what the experiment was to find out, in the user's words (the course's idea -> experiment)
        self.cancelled = False
        self.worker: Optional[SweepWorker] = None
        self._pending: Optional[Plan] = None  # started, its processes not yet (see start)

    @property
    def running(self) -> bool:
        return self.worker is not None or self._pending is not None

    def start(self, plan: Plan, dataset: str, idea: str = "") -> None:
        """Run ``plan`` to test ``idea``; its processes start on the next turn of the event loop, so that the
        window redraws in between rather than after one long stall."""
        if self.running:
            raise RuntimeError("an experiment is already running")
        self.tasks, self.results, self.dataset, self.cancelled = plan.tasks, {}, dataset, False
        self.idea = idea
        self._pending = plan
        self.started.emit()
        QTimer.singleShot(0, self._launch)

    def _launch(self) -> None:
        plan, self._pending = self._pending, None
        if plan is None:  # cancelled before it began
            return
        self.worker = SweepWorker(plan.tasks, plan.data, plan.children, self)
        self.worker.runStarted.connect(self._on_run_started)
        self.worker.runProgressed.connect(self.progressed)
        self.worker.runFinished.connect(self._on_result)
        self.worker.finished.connect(self._on_finished)

    def _on_run_started(self, index: int) -> None:
        self.progressed.emit(index, 0.0)

    def _on_result(self, index: int, result: object) -> None:
        self.results[index] = self.adopt(index, result)
        self.resultArrived.emit(index, self.results[index])

    def _on_finished(self, cancelled: bool) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.cancelled = cancelled
        self.complete()
        self.finished.emit(cancelled)

    def cancel(self) -> None:
        """Stop the tasks in progress (their partial results arrive) and start no more."""
        if self._pending is not None:
            self._pending = None
            self._on_finished(True)
        elif self.worker is not None:
            self.worker.cancel()

    def stop(self) -> None:
        """Cancel and wait for the processes to end (within STOP_WAIT_MS): before the window closes."""
        self.cancel()
        if self.worker is not None:
            self.worker.wait(STOP_WAIT_MS)  # delivers the partial results and the end now

    def clear(self) -> None:
        """No results, as at the start (a new project, or one saved without them); a job is stopped first."""
        self.stop()
        self.tasks, self.results, self.dataset, self.cancelled, self.idea = (), {}, "", False, ""
        self.replaced.emit()

    # -------------------------------------------------------------- what a subclass says
    def adopt(self, index: int, result: object) -> Any:
        """The result to keep for task ``index`` (a TaskFailure may become a result of the subclass's kind)."""
        return result

    def complete(self) -> None:
        """The job has ended: mark what never ran."""

    def record(self) -> Optional[dict[str, Any]]:
        """The results as JSON-safe values for a project, tagged with ``name`` (None: nothing to keep)."""
        raise NotImplementedError

    def load(self, data: dict[str, Any]) -> None:
        """Take results saved by :meth:`record` (raises FileFormatError for something else)."""
        raise NotImplementedError


class RunsExperiment(Experiment):
    """Runs of RunSpecs (a sweep, the initialization comparison): one RunResult per task, in order."""

    def adopt(self, index: int, result: object) -> RunResult:
        if isinstance(result, TaskFailure):
            return RunResult(self.tasks[index], "failed", message=task_failure_text(result))
        return result

    def complete(self) -> None:
        for index, spec in enumerate(self.tasks):
            self.results.setdefault(index, RunResult(spec, "not run"))

    def ordered(self) -> list[Optional[RunResult]]:
        return [self.results.get(index) for index in range(len(self.tasks))]

    def record(self) -> Optional[dict[str, Any]]:
        if not self.tasks or self.running:
            return None
        names = [name for name, _ in self.tasks[0].values]
        axes = tuple((name, tuple(dict.fromkeys(spec.values[a][1] for spec in self.tasks)))
                     for a, name in enumerate(names))
        results = tuple(r if r is not None else RunResult(s, "not run") for s, r in zip(self.tasks, self.ordered()))
        idea = {"idea": self.idea} if self.idea else {}
        return {"panel": self.name, **idea, **Sweep(axes, self.dataset, results).to_dict()}

    def load(self, data: dict[str, Any]) -> None:
        """Take a record; one saved before sweeps kept their idea has none."""
        sweep = Sweep.from_dict(data)
        idea = data.get("idea", "")
        if not isinstance(idea, str):
            raise FileFormatError(f"the idea of a sweep must be text, not {type(idea).__name__}")
        self.stop()
        self.tasks = tuple(r.spec for r in sweep.results)
        self.results = dict(enumerate(sweep.results))
        self.dataset, self.cancelled = sweep.dataset, any(r.status == "cancelled" for r in sweep.results)
        self.idea = idea
        self.replaced.emit()


class ParityExperiment(Experiment):
    """The depth-versus-width searches: one ParityResult per (n, depth) that ended; failures are only told."""

    def _on_result(self, index: int, result: object) -> None:
        if isinstance(result, TaskFailure):  # no point to plot: the panel says why
            self.resultArrived.emit(index, result)
            return
        super()._on_result(index, result)

    def record(self) -> Optional[dict[str, Any]]:
        if not self.results or self.running:
            return None
        study = ParityStudy(tuple(self.results[i] for i in sorted(self.results)))
        return {"panel": self.name, **study.to_dict()}

    def load(self, data: dict[str, Any]) -> None:
        study = ParityStudy.from_dict(data)
        self.stop()
        self.tasks = tuple(r.task for r in study.results)
        self.results = dict(enumerate(study.results))
        self.replaced.emit()


class DepthExperiment(Experiment):
    """The why-deep fits, one SawtoothResult per k; failures are only told. Not kept in a project: the
    exact table is remade instantly, and the fits take seconds to run again."""

    def _on_result(self, index: int, result: object) -> None:
        if isinstance(result, TaskFailure):
            self.resultArrived.emit(index, result)
            return
        super()._on_result(index, result)

    def record(self) -> Optional[dict[str, Any]]:
        return None


class Experiments(QObject):
    """The window's experiments: what a project saves of them, and what closing stops."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.sweep = RunsExperiment("sweepPanel", self)
        self.init = RunsExperiment("initComparison", self)
        self.parity = ParityExperiment("parityStudy", self)
        self.depth = DepthExperiment("whyDeepPanel", self)
        self.all = (self.sweep, self.init, self.parity, self.depth)

    def records(self) -> list[dict[str, Any]]:
        return [record for experiment in self.all if (record := experiment.record()) is not None]

    def load(self, records: list) -> list[str]:
        """Show a project's results (each experiment not in it: none); the reasons of records not read."""
        by_name = {experiment.name: experiment for experiment in self.all}
        for experiment in self.all:
            experiment.clear()
        problems = []
        for record in records:
            experiment = by_name.get(record.get("panel")) if isinstance(record, dict) else None
            try:
                if experiment is None:
                    raise FileFormatError("record.unknown", record=str(record)[:60])
                experiment.load(record)
            except (VisualnetError, ValueError, KeyError, TypeError) as error:
                problems.append(error_text(error))  # the rest of the project is fine: say, and go on
        return problems

    def stop(self) -> None:
        for experiment in self.all:
            experiment.stop()

"""What the app and its child processes say to each other: typed commands down, typed replies up.

Every kind of job speaks these: a child answers with progress, ``Paused`` at iteration k, an
outcome, or ``Failed`` with a kind and a reason -- so no failure is ever silent, and the GUI
tells it in the user's language (the kinds, not the English details, choose the words). A
training child also sends the engine's ``health.Finding`` when a run fails quietly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

import numpy as np

from ...engine.errors import Message
from ...engine.training import Divergence, ProgressRecord

SEND_INTERVAL = 0.1  # progress at most 10 times a second (the GUI may ask for fewer: see UpdatePacer)
MAX_SEND_INTERVAL = 0.4  # and at least 2.5 times
COMMAND_POLL = 0.005  # how often a working child looks for a command

# ----------------------------------------------------------------- commands (app -> child)
@dataclass(frozen=True)
class Stop:
    """End the work where it is (its partial result is still sent), then the child."""


@dataclass(frozen=True)
class Pause:
    """Stop stepping until Resume or Step; answered with :class:`Paused`."""


@dataclass(frozen=True)
class Resume:
    """Step freely again."""


@dataclass(frozen=True)
class Step:
    """One more iteration, then paused again (answered with :class:`Paused`)."""


@dataclass(frozen=True)
class SetInterval:
    """Send progress at most every ``seconds`` (the GUI's pacer asks for what it can plot)."""

    seconds: float


@dataclass(frozen=True)
class RunTask:
    """A sweep's task ``index`` for this child (a RunSpec or a ParityTask)."""

    index: int
    task: Any


STOP, PAUSE, RESUME, STEP = Stop(), Pause(), Resume(), Step()


# ----------------------------------------------------------------- replies (child -> app)
@dataclass(frozen=True)
class Progress:
    """What training did since the last send; iterations count from the start of the run."""

    first_iteration: int
    costs: np.ndarray
    records: tuple[ProgressRecord, ...]
    params: dict[str, np.ndarray]
    iteration: int  # iterations done in the run so far
    rate: float  # iterations per second since the last send


@dataclass(frozen=True)
class Paused:
    """The child has stopped stepping: sent after each Pause, and after each step taken while paused.

    The GUI marks a run paused the moment the user asks; this tells it the exact iteration at
    which the child stopped (every Progress up to it has been sent before).
    """

    iteration: int


@dataclass(frozen=True)
class Failed:
    """Why a child could not go on.

    ``kind``: "memory" (it ran out of memory), "error" (the engine raised), "died" (it ended
    without a word: killed, or crashed). ``detail`` is the exception's text or how it ended;
    ``returncode`` the process's, for "died" (negative: the POSIX signal that ended it);
    ``error`` the engine's message, when the engine refused, so the app says it in the user's language.
    """

    kind: str
    detail: str
    returncode: Optional[int] = None
    error: Optional[Message] = None


@dataclass(frozen=True)
class Outcome:
    """How training ended: "done", "stopped", "diverged" (with the engine's reason) or "failed" (with why)."""

    reason: str
    divergence: Optional[Divergence] = None
    failure: Optional[Failed] = None


@dataclass(frozen=True)
class TaskProgress:
    """A sweep's task ``index`` is this far along (0 to 1)."""

    index: int
    fraction: float


@dataclass(frozen=True)
class TaskFailure:
    """Why a task could not run (a network too large for memory, say): shown in its row.

    ``error``: the engine's message, when the engine refused, for the app to say in the user's language.
    """

    message: str
    error: Optional[Message] = None


@dataclass(frozen=True)
class TaskDone:
    """Task ``index`` ended: finished, or stopped part way (the result says which), or failed."""

    index: int
    result: Any  # RunResult, ParityResult or TaskFailure

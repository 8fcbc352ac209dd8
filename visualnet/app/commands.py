"""Undoable edits of the session.

Every edit a widget makes is one :class:`SetValue` pushed on the session's undo stack: it knows
the setter, the value before and after, and, for edits that come in bursts (a spin box held
down, units typed digit by digit), a merge key so the burst is a single undo step.
Refused values never reach the stack, so undo after a refusal restores exactly what was there.
"""
from __future__ import annotations

from typing import Any, Callable, Hashable, Optional

import numpy as np

from PySide6.QtGui import QUndoCommand

from .session import Architecture, Hyperparameters, Session

_MERGE_ID = 1


class SetValue(QUndoCommand):
    """Set one value of the session through its setter; undo sets the old value back."""

    def __init__(self, setter: Callable[[Any], None], old: Any, new: Any, text: str,
                 merge_key: Optional[Hashable] = None) -> None:
        super().__init__(text)
        self._setter, self.old, self.new, self.merge_key = setter, old, new, merge_key

    def redo(self) -> None:
        self._setter(self.new)

    def undo(self) -> None:
        self._setter(self.old)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


def edit_architecture(session: Session, architecture: Architecture, text: str,
                      merge_key: Optional[Hashable] = None) -> Optional[str]:
    """Push an architecture edit; returns the reason (translated) when it is refused, else None."""
    if architecture == session.architecture:
        return None
    problem = session.architecture_problem(architecture)
    if problem is None:
        session.undo_stack.push(SetValue(session.set_architecture, session.architecture, architecture, text,
                                         merge_key))
    return problem


def edit_dataset(session: Session, name: str, text: str) -> None:
    """Switch dataset as one undo step; undo also brings back the output layer the old one had."""
    if name == session.dataset_name:
        return

    def apply(state: tuple[str, Optional[Architecture]]) -> None:
        session.set_dataset(state[0])
        if state[1] is not None:
            session.set_architecture(state[1])

    session.undo_stack.push(SetValue(apply, (session.dataset_name, session.architecture), (name, None), text))


def edit_hyperparameters(session: Session, hyperparameters: Hyperparameters, text: str,
                         merge_key: Optional[Hashable] = None) -> None:
    if hyperparameters != session.hyperparameters:
        session.undo_stack.push(SetValue(session.set_hyperparameters, session.hyperparameters, hyperparameters,
                                         text, merge_key))


def edit_scaling(session: Session, kind: str, text: str) -> None:
    """Scale the features another way, as one undo step."""
    if kind != session.scaling.kind:
        session.undo_stack.push(SetValue(session.set_scaling, session.scaling.kind, kind, text))


def build_network(session: Session, dataset: str, architecture: Architecture, params: dict[str, np.ndarray],
                  text: str) -> None:
    """Set a dataset, an architecture and its W, b together (a network built by construction), as one undo
    step; undo brings back the dataset, the layers and the parameters there were."""
    def apply(state: tuple[str, Architecture, dict[str, np.ndarray]]) -> None:
        session.set_dataset(state[0])
        session.set_architecture(state[1])
        session.set_parameters(state[2])

    old = (session.dataset_name, session.architecture, {k: v.copy() for k, v in session.network.params.items()})
    session.undo_stack.push(SetValue(apply, old, (dataset, architecture, params), text))

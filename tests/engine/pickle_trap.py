"""An object whose unpickling is recorded: if a reader ever unpickles a hostile file, the test sees it.

(Imported by the file-format tests; pytest puts this folder on sys.path, so pickle finds it too.)
"""
from __future__ import annotations

UNPICKLED: list[str] = []


def _record_unpickling() -> str:
    UNPICKLED.append("ran")
    return "evil"


class Evil:
    """Pickles to a call of _record_unpickling."""

    def __reduce__(self):
        return (_record_unpickling, ())

"""The course's two notations: one example (x, z[l], a[l]) and the vectorized batch (X, Z[l], A[l]).

The engine always computes on a batch; with m = 1 its matrices are the single example's
column vectors, which the course writes in lower case. Only the names change, never a value.
"""
from __future__ import annotations

import re

_PER_EXAMPLE = re.compile(r"(?<![A-Za-z])(d?)([AZ])(?=\[)")
_DATA = re.compile(r"(?<![A-Za-z\[])([XY])(?![A-Za-z])")


def shown(text: str, single_example: bool) -> str:
    """``text`` in the notation of the current view: unchanged for a batch, lower-case for one example."""
    if not single_example:
        return text
    text = _PER_EXAMPLE.sub(lambda m: m.group(1) + m.group(2).lower(), text)
    return _DATA.sub(lambda m: m.group(1).lower(), text)

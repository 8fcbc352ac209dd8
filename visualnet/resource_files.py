"""Where the bundled files (datasets, translations, icons) are, installed or in a checkout.

A wheel carries the top-level ``resources/`` folder as ``visualnet/resources``; a checkout
(and an editable install) keeps it beside the package. Looking in both serves both.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder, or FileNotFoundError naming both places that were tried."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"visualnet's resources are missing: looked in {_PACKAGE / 'resources'} "
                            f"and {_PACKAGE.parent / 'resources'}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

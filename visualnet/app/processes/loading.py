"""Reading a dataset file, in its child: the engine's loaders, then the dataset sent back whole. No Qt here.

A loader cannot be interrupted from inside, and a thread cannot be stopped from outside: in a
child, Cancel and quitting simply end the process, and a file that takes all the memory takes
only the child's. The dataset goes back whole, its arrays as raw bytes (see :mod:`.channel`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Optional

from ...engine.datasets.loaders import load_file, load_idx
from ...engine.errors import LabelError, Message, ResourceLimitError, VisualnetError
from .channel import Channel, Inbox
from .messages import Failed


@dataclass(frozen=True)
class LoadJob:
    """The file to read (and, for MNIST IDX, its partner), the loader's options (a table's
    ``label_column``) and the split the session will make of it."""

    path: str
    labels_path: Optional[str]
    dev_fraction: float
    split_seed: int
    options: dict = field(default_factory=dict)


def reason(error: BaseException, path: str) -> str:
    """The engine's message, its paths shortened to names when the files sit next to ``path``."""
    text = (error.strerror or str(error)) if isinstance(error, OSError) and not isinstance(error, VisualnetError) \
        else str(error)
    return text.replace(os.path.dirname(path) + os.sep, "")


def shortened(value: Any, folder: str) -> Any:
    """``value`` (a message, or one of its values) with the paths in ``folder`` shortened to names."""
    if isinstance(value, Message):
        return Message(value.code, {name: shortened(v, folder) for name, v in value.values.items()})
    if isinstance(value, (str, PurePath)):
        return str(value).replace(folder, "")
    return value


def failed(kind: str, error: BaseException, path: str) -> Failed:
    """The failure to send: the reason in English, and the engine's message for the app to translate."""
    message = error.message if isinstance(error, VisualnetError) else None
    return Failed(kind, reason(error, path),
                  error=None if message is None else shortened(message, os.path.dirname(path) + os.sep))


def run(job: LoadJob, channel: Channel, inbox: Inbox) -> None:
    try:
        dataset = (load_idx(job.path, job.labels_path) if job.labels_path is not None
                   else load_file(job.path, **job.options))
        dataset.split(job.dev_fraction, job.split_seed)  # refuse here what the session could not split
    except LabelError as error:
        channel.send(failed("label", error, job.path))
    except (MemoryError, ResourceLimitError) as error:
        channel.send(failed("memory", error, job.path))
    except (VisualnetError, OSError, ValueError) as error:
        channel.send(failed("file", error, job.path))
    else:
        channel.send(dataset)

"""Read ``.npy``/``.npz`` files that may be hostile, and write files so a crash never breaks them.

``np.load`` trusts its input: it allocates whatever a header declares before it finds out the
data is not there, and with ``allow_pickle=True`` it runs code. visualnet opens files students
download from anywhere, so here every header is read and checked first -- known format version,
plain numeric or text dtype, a size under the memory limit, a payload exactly as long as the
header says -- and only then is the array read, with pickling off.

:func:`atomic_write` gives the other half of file safety: a save either replaces the old file
completely or leaves it as it was (the idea of Qt's ``QSaveFile``).
"""
from __future__ import annotations

import math
import os
import secrets
import shutil
import stat
import zipfile
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Union

import numpy as np

from .errors import Bytes, FileFormatError, Message, ResourceLimitError, VisualnetError, format_bytes, say

PathLike = Union[str, "os.PathLike[str]"]
DEFAULT_MAX_BYTES = 1 << 30  # 1 GiB: what one file may make the program allocate

# npy format versions whose header layout this module knows (3.0 only adds UTF-8 field names)
_NPY_VERSIONS = ((1, 0), (2, 0), (3, 0))
# dtype kinds that hold plain values: bool, ints, floats, complex, bytes and str. Not "O"
# (pickled objects), "V" (void/structured records), "M"/"m" (dates, which no layer uses).
_PLAIN_KINDS = "biufcSU"
# what a damaged zip or npy raises: bad zip structure, bad CRC, bad deflate stream, early end,
# unparsable header (ValueError), encrypted member (RuntimeError), unknown compression method
_CORRUPTION = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError,
               OSError, RuntimeError, NotImplementedError)


def check_limit(needed: int, limit: int, what: Message) -> None:
    """Refuse work that would need more than ``limit`` bytes, saying what and how much.

    The one place every reader checks memory, so all limits read the same way to a student.
    """
    if needed > limit:
        exact = format_bytes(needed) == format_bytes(limit)  # close to the limit, rounding would hide the difference
        raise ResourceLimitError("limit.memory", what=what, need=Bytes(needed, exact), have=Bytes(limit, exact))


def regular_file(path: PathLike, what: Message = say("kind.data_file")) -> os.stat_result:
    """Check, before anything opens it, that ``path`` is a regular file (links followed).

    Opening a named pipe blocks until someone writes to it, and a device like /dev/zero never ends:
    a path in a project file (edited by hand, or hostile) may name either.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise FileFormatError("file.not_regular", path=path, what=what, kind=_kind_of(info.st_mode))
    return info


def _kind_of(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return say("kind.folder")
    if stat.S_ISFIFO(mode):
        return say("kind.named_pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("kind.device")
    if stat.S_ISSOCK(mode):
        return say("kind.socket")
    return say("kind.special_file")


@contextmanager
def corruption_as_format_error(where: str, kind: Message,
                               errors: tuple[type[BaseException], ...] = _CORRUPTION) -> Iterator[None]:
    """Turn the low-level errors of a damaged file into one FileFormatError naming the file.

    ``kind`` completes "is not ... file", article included: ``say("kind.npz")`` is "a NumPy .npz".

    visualnet's own errors pass through unchanged: they already say what is wrong.
    """
    try:
        yield
    except VisualnetError:
        raise
    except errors as exc:
        raise FileFormatError("file.damaged", where=where, kind=kind, detail=str(exc)) from None


def _npy_header(f: BinaryIO, where: str) -> tuple[tuple[int, ...], np.dtype]:
    """Shape and dtype from an npy header, refusing versions and dtypes visualnet does not read."""
    version = np.lib.format.read_magic(f)
    if version not in _NPY_VERSIONS:
        raise FileFormatError("npz.version", where=where, major=version[0], minor=version[1])
    # 3.0 differs from 2.0 only in a UTF-8 header, needed for non-ASCII field names; fields
    # (structured dtypes) are refused below, so the 2.0 reader parses every 3.0 header we accept.
    read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) \
        else np.lib.format.read_array_header_2_0
    shape, _, dtype = read_header(f)
    if dtype.hasobject:
        raise FileFormatError("npz.pickled", where=where)
    if dtype.names is not None or dtype.subdtype is not None or dtype.kind not in _PLAIN_KINDS:
        raise FileFormatError("npz.dtype", where=where, dtype=str(dtype))
    if any(n < 0 for n in shape):
        raise FileFormatError("npz.impossible_shape", where=where, shape=shape)
    return shape, dtype


def _read_checked_npy(f: BinaryIO, size: int, where: str, max_bytes: int) -> np.ndarray:
    """One array from the seekable stream ``f`` of ``size`` bytes, read only after its header
    passed every check and its data fits ``max_bytes``."""
    shape, dtype = _npy_header(f, where)
    nbytes = math.prod(shape) * dtype.itemsize  # Python ints: a lying shape cannot overflow
    check_limit(nbytes, max_bytes, say("what.array", where=where, shape=shape, dtype=str(dtype)))
    payload = size - f.tell()
    if payload != nbytes:
        state = say("state.truncated") if payload < nbytes else say("state.extra_bytes")
        raise FileFormatError("npz.payload", where=where, state=state, shape=shape, dtype=str(dtype), nbytes=nbytes,
                              payload=payload)
    f.seek(0)
    return np.lib.format.read_array(f, allow_pickle=False)


def read_npy(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> np.ndarray:
    """Load one ``.npy`` array without pickle, checking its header before allocating.

    Raises
    ------
    FileFormatError
        Damaged or truncated file, pickled/structured dtype, unknown format version.
    ResourceLimitError
        The array would need more than ``max_bytes``.
    """
    where = str(path)
    # opened outside the conversion: a missing or unreadable file stays an OSError, not "damaged"
    with open(path, "rb") as f, corruption_as_format_error(where, say("kind.npy")):
        return _read_checked_npy(f, os.fstat(f.fileno()).st_size, where, max_bytes)


def read_npz(file: Union[PathLike, BinaryIO], max_bytes: int = DEFAULT_MAX_BYTES,
             name: str | Message | None = None) -> dict[str, np.ndarray]:
    """Load every array of an ``.npz`` archive without pickle and within a memory limit.

    Parameters
    ----------
    file : a path, or an open binary file (e.g. ``io.BytesIO``) holding the archive
    max_bytes : the most memory all the arrays together may need
    name : how messages call the file; defaults to the path

    Returns
    -------
    dict
        ``{"W1": array, ...}``: member names without their ``.npy``, as ``np.load`` gives them.

    Raises
    ------
    FileFormatError
        Not a zip, bad CRC, truncated, a member that is not an array, a pickled array.
    ResourceLimitError
        The members declare more than ``max_bytes``, uncompressed, before anything is read.
    """
    where = name if name is not None else str(file)
    if isinstance(file, (str, os.PathLike)):
        with open(file, "rb") as f:
            return read_npz(f, max_bytes, where)
    with corruption_as_format_error(where, say("kind.npz")), zipfile.ZipFile(file) as zf:
        members = _array_members(zf, where)
        # The declared uncompressed sizes bound what reading can produce, so a zip bomb stops
        # here; and since each array must fill its member exactly, they bound the arrays' sum too.
        check_limit(sum(info.file_size for info in members.values()), max_bytes, say("what.unpacking", where=where))
        arrays: dict[str, np.ndarray] = {}
        for key, info in members.items():
            with zf.open(info) as f:
                arrays[key] = _read_checked_npy(f, info.file_size, f"{key!r} in {where}", max_bytes)
        return arrays


def _array_members(zf: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    """The archive's ``.npy`` members by key, refusing duplicates and anything that is not an array."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        if not info.filename.endswith(".npy") or info.is_dir():
            raise FileFormatError("npz.not_array", where=where, member=info.filename)
        key = info.filename[:-len(".npy")]
        if key in members:
            raise FileFormatError("npz.twice", where=where, key=key)
        members[key] = info
    return members


@contextmanager
def atomic_write(path: PathLike) -> Iterator[BinaryIO]:
    """Write a file all or nothing: into a temporary file beside it, then rename it over.

    The rename (``os.replace``) is atomic, and the data is flushed to disk before it, so a
    crash or an error at any moment leaves either the old file or the complete new one --
    never a half-written file. The temporary file is removed when anything fails.
    """
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(temporary, "xb") as f:  # "x": never clobber; plain open keeps the umask's mode
            yield f
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise

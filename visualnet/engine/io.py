"""Save and load networks, and exchange parameters with the course's notebooks.

A network file is a zip with two members: ``network.json`` (the architecture, the way it was
initialized and the training hyperparameters, under a format name and version) and
``parameters.npz`` (``W1``, ``b1``, ... exactly as ``np.savez`` writes them). Both parts are
readable with standard tools, and the version lets a later visualnet migrate old files.

The parameter files are plain NPZ files with the course's keys, so a student can bring the
``parameters`` of their own notebook (``np.savez("mine.npz", **parameters)``) and take the
app's back to the notebook (``dict(np.load("mine.npz"))``).

Files are read as untrusted input (see :mod:`.npzsafe`) and written atomically. The steps that
read a zip of JSON and NPZ members safely are public here, because the project format
(:mod:`.project`) is read the same way.
"""
from __future__ import annotations

import io
import json
import re
import zipfile
from typing import Any, Callable, Mapping, Optional, Sequence, Union

import numpy as np

from .activations import ACTIVATIONS
from .errors import ArchitectureError, FileFormatError, Message, ResourceLimitError, ShapeError, say
from .network import Network
from .npzsafe import (DEFAULT_MAX_BYTES, PathLike, atomic_write, check_limit,
                      corruption_as_format_error, read_npz)

FORMAT_NAME = "visualnet-network"
FORMAT_VERSION = 1
_JSON_MEMBER = "network.json"
_PARAMETERS_MEMBER = "parameters.npz"
_MAX_JSON_BYTES = 1 << 20  # a description of layers and settings; anything bigger is not one
_PARAMETER_KEY = re.compile(r"([Wb])([1-9][0-9]*)")

Check = Callable[[Any], bool]
Field = tuple[Check, Union[str, Message]]  # the test a JSON value must pass, and how to say what it must be


# ---------------------------------------------------------------------------------- shared steps
# Every visualnet file (a network here, a project in :mod:`.project`) is a zip of a JSON
# description and NPZ arrays, read the same careful way; these steps are shared by the formats.
def is_int(value: Any) -> bool:
    """A JSON whole number: ``true`` is not a 1, and ``2.0`` is not a count."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def short_repr(value: Any, limit: int = 60) -> str:
    """``repr`` cut to ``limit`` characters, so a hostile value cannot flood a message."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def json_text(description: Mapping[str, Any], error: Message) -> str:
    """``description`` as indented JSON (NumPy scalars become numbers).

    Raises
    ------
    FileFormatError
        ``error``, followed by the reason, when a value has no JSON form (an array, NaN).
    """
    try:
        return json.dumps(description, indent=2, allow_nan=False, default=_numpy_scalar)
    except (TypeError, ValueError) as exc:
        raise FileFormatError("file.not_json", error=error, detail=str(exc)) from None


def _numpy_scalar(value: Any) -> Any:
    """json's fallback: NumPy scalars (np.int64(3), np.float32(0.1)) become Python numbers."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} {value!r} is not JSON")


def exact_members(zf: zipfile.ZipFile, expected: Sequence[str], where: str,
                  kind: Message) -> dict[str, zipfile.ZipInfo]:
    """The members of a visualnet zip by name, refusing archives with missing, other or repeated ones.

    ``kind`` completes "is not ... file", article included: ``say("kind.network")``.
    """
    names = [info.filename for info in zf.infolist()]
    if sorted(names) != sorted(expected):
        missing = [name for name in expected if name not in names]
        detail = say("file.missing_members", missing=", ".join(missing)) if missing else ""
        raise FileFormatError("file.members", where=where, kind=kind, listing=", ".join(expected[:-1]),
                              last=expected[-1], names=short_repr(names, 200), detail=detail)
    return {info.filename: info for info in zf.infolist()}


def read_json_object(zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: str, max_bytes: int) -> dict:
    """The JSON object in member ``info``, refusing oversized members, NaN/Infinity and non-objects.

    ``max_bytes`` bounds the text: a description far bigger than any visualnet writes is not one.
    """
    if info.file_size > max_bytes:
        raise FileFormatError("file.description_too_big", where=where, member=info.filename, size=info.file_size)
    try:
        description = json.loads(zf.read(info).decode("utf-8"), parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise FileFormatError("file.invalid_json", where=where, member=info.filename, detail=str(exc)) from None
    if not isinstance(description, dict):
        raise FileFormatError("file.description_not_object", where=where, member=info.filename,
                              found=type(description).__name__)
    return description


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def check_format(description: Mapping[str, Any], name: str, version: int, where: str,
                 member: str, kind: Message) -> int:
    """The description's format version, after checking it is a ``name`` file visualnet can read.

    Name and version come first: a newer file may differ in everything else.
    """
    if description.get("format") != name:
        raise FileFormatError("file.format_name", where=where, kind=kind, member=member,
                              found=short_repr(description.get('format')), name=name)
    found = description.get("format_version")
    if not is_int(found) or found < 1:
        raise FileFormatError("file.format_version", where=where, found=short_repr(found))
    if found > version:
        raise FileFormatError("file.newer", where=where, found=found, version=version)
    return found


def check_fields(value: Any, fields: Mapping[str, Field], where: Union[str, Message]) -> dict:
    """``value`` as a JSON object with exactly the keys of ``fields``, each passing its check.

    ``where`` says what the object is, for the messages: ``"net.vnet: project.json, dataset"``.
    """
    if not isinstance(value, dict):
        raise FileFormatError("file.not_object", where=where, found=short_repr(value))
    missing = [key for key in fields if key not in value]
    unexpected = [key for key in value if key not in fields]
    if missing or unexpected:
        raise FileFormatError("file.fields", where=where, problem=lacks_and_unexpected(missing, unexpected))
    for key, (valid, expected) in fields.items():
        if not valid(value[key]):
            raise FileFormatError("file.field", where=where, key=key, expected=expected, found=short_repr(value[key]))
    return value


def lacks_and_unexpected(missing: Sequence[str], unexpected: Sequence[str]) -> Message:
    """"lacks [...] and has unexpected [...]", each part only when there is something to say."""
    if missing and unexpected:
        return say("file.lacks_and_unexpected", missing=short_repr(list(missing), 200),
                   unexpected=short_repr(list(unexpected), 200))
    if missing:
        return say("file.lacks", missing=short_repr(list(missing), 200))
    return say("file.unexpected", unexpected=short_repr(list(unexpected), 200))


# every key of network.json format 1
_FIELDS: dict[str, Field] = {
    "format": (lambda v: v == FORMAT_NAME, repr(FORMAT_NAME)),
    "format_version": (is_int, say("expect.whole")),
    "layer_sizes": (is_list_of(is_int), say("expect.layer_sizes")),
    "activations": (is_list_of(lambda a: isinstance(a, str)), say("expect.activations")),
    "loss": (lambda v: isinstance(v, str), say("expect.loss")),
    "init": (lambda v: isinstance(v, str), say("expect.init")),
    "seed": (lambda v: is_int(v) and 0 <= v < 2**32, say("expect.seed")),
    "dtype": (lambda v: v in ("float32", "float64"), '"float32" or "float64"'),
    "hyperparameters": (lambda v: isinstance(v, dict), say("expect.object")),
}


# ---------------------------------------------------------------------------------- networks
def save_network(path: PathLike, net: Network, hyperparameters: Optional[Mapping[str, Any]] = None) -> None:
    """Write ``net`` and the hyperparameters it was trained with to one file, all or nothing.

    Parameters
    ----------
    path : the file to write (replaced atomically: a failed save leaves the old file intact)
    net : the network; its parameters are stored bit for bit
    hyperparameters : JSON-able settings (numbers, text, true/false, lists, dicts) to restore

    Raises
    ------
    FileFormatError
        A hyperparameter cannot be written as JSON (e.g. an array or NaN).
    """
    description = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "layer_sizes": list(net.layer_sizes),
        "activations": list(net.activations),
        "loss": net.loss.name,
        "init": net.init,
        "seed": net.seed,
        "dtype": net.dtype.name,
        "hyperparameters": dict(hyperparameters or {}),
    }
    text = json_text(description, say("file.hyperparameters_json", path=path))
    with atomic_write(path) as f, zipfile.ZipFile(f, "w") as zf:
        zf.writestr(_JSON_MEMBER, text)
        zf.writestr(_PARAMETERS_MEMBER, npz_bytes(net.params))


def npz_bytes(arrays: Mapping[str, np.ndarray]) -> bytes:
    """The arrays as the bytes of an ``.npz`` file (what ``np.savez`` writes), bit for bit."""
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def load_network(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Network, dict]:
    """Read a network file written by :func:`save_network`.

    Parameters
    ----------
    path : the network file
    max_bytes : the most memory the parameters may need (also the network's own limit)

    Returns
    -------
    (Network, dict)
        The network with its saved parameters, and the saved hyperparameters.

    Raises
    ------
    FileFormatError
        Not a network file, damaged, made by a newer visualnet, or describing a network that
        cannot be built or parameters that do not fit it.
    ResourceLimitError
        The parameters would need more than ``max_bytes``.
    """
    where = str(path)
    with open(path, "rb") as f, corruption_as_format_error(where, say("kind.network")), \
            zipfile.ZipFile(f) as zf:
        members = exact_members(zf, (_JSON_MEMBER, _PARAMETERS_MEMBER), where, say("kind.network"))
        description = read_json_object(zf, members[_JSON_MEMBER], where, _MAX_JSON_BYTES)
        check_format(description, FORMAT_NAME, FORMAT_VERSION, where, _JSON_MEMBER, say("kind.network"))
        check_fields(description, _FIELDS,
                     say("where.format", where=where, member=_JSON_MEMBER, version=FORMAT_VERSION))
        net = _build_network(description, where, max_bytes)
        # the member unpacked, then the arrays read from it beside it: one budget for both
        check_limit(2 * members[_PARAMETERS_MEMBER].file_size, max_bytes,
                    say("what.unpacking_network", where=where))
        arrays = read_npz(io.BytesIO(zf.read(members[_PARAMETERS_MEMBER])), max_bytes,
                          name=say("where.member", member=_PARAMETERS_MEMBER, file=where))
    try:
        net.params = arrays
    except ShapeError as exc:
        raise FileFormatError("file.parameters_do_not_fit", where=where, reason=exc.message) from None
    return net, description["hyperparameters"]


def _build_network(description: dict, where: str, max_bytes: int) -> Network:
    """The described network, its errors restated as being about the file."""
    try:
        return Network(description["layer_sizes"], description["activations"],
                       init=description["init"], seed=description["seed"],
                       dtype=np.dtype(description["dtype"]), loss=description["loss"],
                       max_parameter_bytes=max_bytes)
    except ArchitectureError as exc:
        raise FileFormatError("file.cannot_build", where=where, reason=exc.message) from None
    except ResourceLimitError as exc:
        raise ResourceLimitError("limit.in_file", where=where, reason=exc.message) from None


# ---------------------------------------------------------------------------------- parameters
ACTIVATIONS_KEY = "activations"  # the architecture beside W1, b1, ...: g[1..L] as strings (no pickle needed)


def export_parameters(path: PathLike, params: Mapping[str, np.ndarray],
                      activations: Optional[Sequence[str]] = None) -> None:
    """Write ``params`` as a plain NPZ with the course's keys ``W1, b1, ..., WL, bL`` (and g[l] beside them).

    ``np.load(path)`` gives them back in a notebook; ``activations`` (one name per layer), when
    given, is stored as a string array under ``"activations"`` so the network can be rebuilt.
    The file name is used as given (``np.savez`` would add ``.npz``), and it is written atomically.

    Raises
    ------
    ShapeError
        ``params`` are not the course's parameters (keys, shapes, NaN), or ``activations`` does
        not name one known activation per layer.
    """
    sizes, checked = course_parameters(params)
    extra = {}
    if activations is not None:
        extra[ACTIVATIONS_KEY] = np.array(_checked_activations(list(activations), len(sizes) - 1, str(path)))
    with atomic_write(path) as f:
        np.savez(f, **checked, **extra)


def import_parameters(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, np.ndarray]:
    """Read the course's parameters from an NPZ, e.g. ``np.savez(path, **parameters)``.

    Keys must be ``W1..WL`` and ``b1..bL`` with no gap (and optionally ``activations``),
    ``W[l]`` of shape (n[l], n[l-1]) and ``b[l]`` of shape (n[l], 1); a ``b[l]`` saved as
    (n[l],) is reshaped to (n[l], 1).

    Raises
    ------
    FileFormatError
        Damaged or pickled file, wrong keys, shapes that do not chain, NaN or infinity.
    ResourceLimitError
        The arrays would need more than ``max_bytes``.
    """
    return import_network_parameters(path, max_bytes)[0]


def import_network_parameters(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES
                              ) -> tuple[dict[str, np.ndarray], Optional[list[str]]]:
    """The parameters and, when the file has them, the activations g[1..L] (else None)."""
    arrays = read_npz(path, max_bytes)
    names = arrays.pop(ACTIVATIONS_KEY, None)
    try:
        sizes, params = course_parameters(arrays)
    except ShapeError as exc:
        raise FileFormatError("params.not_course", path=path, reason=exc.message) from None
    if names is None:
        return params, None
    if names.ndim != 1 or names.dtype.kind != "U":
        raise FileFormatError("params.activations_dtype", path=path, dtype=str(names.dtype))
    try:
        return params, _checked_activations(names.tolist(), len(sizes) - 1, str(path))
    except ShapeError as exc:
        raise FileFormatError.of(exc.message) from None


def _checked_activations(names: list, L: int, where: str) -> list[str]:
    if len(names) != L or not all(isinstance(g, str) and g in ACTIVATIONS for g in names):
        raise ShapeError("params.activations", where=where, choices=sorted(ACTIVATIONS), L=L, found=short_repr(names))
    return [str(g) for g in names]


def layer_sizes_of(params: Mapping[str, np.ndarray]) -> list[int]:
    """The architecture ``[n_x, n1, ..., nL]`` the parameters belong to, read off the W shapes.

    Raises
    ------
    ShapeError
        Keys with a gap, shapes that do not chain, non-numbers, NaN or infinity.
    """
    return course_parameters(params)[0]


def course_parameters(params: Mapping[str, Any]) -> tuple[list[int], dict[str, np.ndarray]]:
    """Layer sizes and the checked parameters (b as columns), or a ShapeError saying what is off."""
    L = _layer_count(params)
    sizes: list[int] = []
    checked: dict[str, np.ndarray] = {}
    for l in range(1, L + 1):
        W = _real_array(params[f"W{l}"], f"W{l}")
        if W.ndim != 2:
            raise ShapeError("params.W_not_2d", l=l, k=l - 1, shape=W.shape)
        if l == 1:
            sizes.append(W.shape[1])
        elif W.shape[1] != sizes[-1]:
            raise ShapeError("params.W_chain", l=l, shape=W.shape, k=l - 1, n_prev=sizes[-1], n=W.shape[0])
        sizes.append(W.shape[0])
        if min(W.shape) == 0:
            raise ShapeError("params.W_empty", l=l, shape=W.shape)
        b = _real_array(params[f"b{l}"], f"b{l}")
        if b.shape == (W.shape[0],):
            b = b.reshape(-1, 1)
        if b.shape != (W.shape[0], 1):
            raise ShapeError("params.b_shape", l=l, n=W.shape[0], shape=b.shape)
        checked[f"W{l}"], checked[f"b{l}"] = W, b
    return sizes, checked


def _layer_count(params: Mapping[str, Any]) -> int:
    """L, after checking the keys are exactly W1..WL and b1..bL."""
    keys = sorted(map(str, params))
    matches = [_PARAMETER_KEY.fullmatch(key) for key in keys]
    unexpected = [key for key, match in zip(keys, matches) if match is None]
    if unexpected:
        raise ShapeError("params.unexpected_keys", unexpected=unexpected)
    L = max((int(match.group(2)) for match in matches), default=0)
    expected = {f"{kind}{l}" for kind in "Wb" for l in range(1, L + 1)}
    missing = sorted(expected - set(keys), key=lambda k: (int(k[1:]), k[0]))
    if L == 0 or missing:
        raise ShapeError("params.gap", keys=keys, missing=missing or ['W1', 'b1'])
    return L


def _real_array(value: Any, key: str) -> np.ndarray:
    """``value`` as a finite real array (integers become float64)."""
    try:
        array = np.asarray(value)
    except (ValueError, TypeError):  # e.g. a ragged nested list
        raise ShapeError("params.not_rectangular", key=key) from None
    if array.dtype.kind not in "iuf":
        raise ShapeError("params.dtype", key=key, dtype=str(array.dtype))
    if array.dtype.kind != "f":
        array = array.astype(np.float64)
    bad = np.count_nonzero(~np.isfinite(array))
    if bad:
        raise ShapeError("params.not_finite", key=key, bad=bad, size=array.size)
    return array

"""Projects: everything a student works on, in one ``.vnet`` file to save, reopen and share.

A project file is a zip, so it stays one file for the user while each part keeps the form
standard tools read:

``project.json``
    the format name and version, the architecture, where the data comes from, the
    hyperparameters, what each saved run was (label, learning rate, ...), a free-form ``view``
    (e.g. the controls a teacher hides in classroom mode) and the ``experiments`` (sweep
    results, kept as given);
``parameters.npz``
    ``W1, b1, ..., WL, bL`` exactly as ``np.savez`` writes them, so they come back bit for bit;
``history.npz``
    the curves of each run: ``run{i}_{series}`` is a (2, n) array of iterations (row 0) and
    values (row 1), for the series in :data:`SERIES`. Curves are arrays, not JSON lists,
    because a long run has millions of points and JSON would round their last bits.

Files come from anywhere (a classmate, a forum), so reading trusts nothing: the declared sizes
are checked before anything is unpacked, arrays are read without pickle (:mod:`.npzsafe`), every
JSON value is checked for its type, and the parameters must fit the architecture. Every refusal
is a :class:`~.errors.ProjectError` saying what is wrong. Saving runs the same checks on what it
is about to write, so a saved project always opens again.

Old files are brought up to date by :func:`migrate`, one format version at a time, before they
are checked; a file from a newer visualnet is refused with a message that says so.

The app writes :func:`project_to_bytes` through ``QSaveFile``; scripts use :func:`save_project`.
"""
from __future__ import annotations

import copy
import io
import json
import math
import zipfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, BinaryIO, Callable, Iterator, Mapping, Optional

import numpy as np

from .datasets import Dataset, load_dataset
from .datasets.loaders import load_file
from .datasets.scaling import SCALINGS
from .errors import ArchitectureError, FileFormatError, ProjectError, ResourceLimitError, ShapeError, say
from .initializers import INITIALIZERS
from .io import (Field, check_fields, check_format, course_parameters, exact_members, is_int, is_list_of,
                 json_text, lacks_and_unexpected, read_json_object, short_repr)
from .network import Network
from .npzsafe import (DEFAULT_MAX_BYTES, PathLike, atomic_write, check_limit, corruption_as_format_error, read_npz,
                      regular_file)
from .optimizers import OPTIMIZERS

FORMAT_NAME = "visualnet-project"
FORMAT_VERSION = 3
SUFFIX = ".vnet"
PROJECT_MEMBER = "project.json"
PARAMETERS_MEMBER = "parameters.npz"
HISTORY_MEMBER = "history.npz"
MEMBERS = (PROJECT_MEMBER, PARAMETERS_MEMBER, HISTORY_MEMBER)
# the curves of a run, as app.history.Run keeps them: train cost at every step, the rest at records
SERIES = ("costs", "dev_costs", "train_accuracy", "dev_accuracy")
# JSON holds settings and sweep results; far beyond that, the file is not one visualnet wrote
_MAX_JSON_BYTES = 16 << 20
_KIND = say("kind.project")

# format version v -> the function that turns a description of version v into one of v + 1
def _add_scaling(description: dict) -> dict:
    """1 -> 2: the dataset says how its features are scaled; projects before that trained on them as read."""
    description["dataset"] = {**description["dataset"], "scaling": "none"}
    return description


def _add_run_datasets(description: dict) -> dict:
    """2 -> 3: each run names the data it was trained on; before, every run counted as the project's."""
    runs = description.get("runs")
    if isinstance(runs, list):  # (anything else is refused by the checks that follow)
        description["runs"] = [{**run, "dataset": None} if isinstance(run, dict) else run for run in runs]
    return description


_MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _add_scaling, 2: _add_run_datasets}


@dataclass(frozen=True)
class DatasetRef:
    """Where a project's data comes from: enough to make or read it again, and split it the same way.

    Exactly one of ``name`` (a built-in dataset, see ``datasets.DATASETS``) and ``path`` (the
    student's file) is set; ``options`` are the keyword arguments of the generator or loader.
    """

    name: Optional[str] = None
    path: Optional[str] = None
    options: dict[str, Any] = field(default_factory=dict)
    dev_fraction: float = 0.2
    split_seed: int = 0
    scaling: str = "none"  # how the features are scaled (engine.datasets.scaling), measured on the train part

    def load(self) -> Dataset:
        """The dataset, made again by its generator or read again from its file.

        Raises
        ------
        DatasetError, FileFormatError, OSError
            As ``load_dataset`` or ``load_file`` do (e.g. the file was moved).
        """
        if self.name is not None:
            return load_dataset(self.name, **self.options)
        return load_file(self.path, **self.options)


@dataclass(eq=False)
class SavedRun:
    """One training run of the cost plot, as ``app.history.Run`` holds it.

    ``series[name]`` is a (2, n) float array for each name of :data:`SERIES`: iterations in
    row 0, values in row 1 (``np.vstack([run.costs.x, run.costs.y])``).
    """

    label: str
    learning_rate: float
    layer_sizes: tuple[int, ...]
    series: dict[str, np.ndarray]
    finished: bool = True
    outcome: str = ""  # "done", "stopped", "diverged", "failed", or "" while it runs
    # None: the project's own dataset; else the app's key of another dataset the run was trained on (the
    # cost plot compares runs of one dataset only). Relative, so a project whose data file moved keeps its runs.
    dataset: Optional[str] = None


@dataclass(eq=False)
class Project:
    """Everything saved in a ``.vnet`` file.

    Parameters
    ----------
    layer_sizes : [n_x, n[1], ..., n[L]]
    activations : g[1], ..., g[L]
    parameters : {"W1": (n[1], n_x), "b1": (n[1], 1), ...}, stored bit for bit
    dataset : where the data comes from
    hyperparameters : the fields of ``app.session.Hyperparameters``: learning_rate,
        num_iterations, mini_batch_size, init, optimizer, lambd, seed
    loss : None to follow the output activation (as ``Network`` does), or a loss name
    runs : the runs of the cost plot, oldest first
    view : free-form JSON (text keys, lists, numbers, text, true/false, null) the app restores
    experiments : free-form JSON results of sweeps, kept as given
    """

    layer_sizes: tuple[int, ...]
    activations: tuple[str, ...]
    parameters: dict[str, np.ndarray]
    dataset: DatasetRef
    hyperparameters: dict[str, Any]
    loss: Optional[str] = None
    runs: list[SavedRun] = field(default_factory=list)
    view: dict[str, Any] = field(default_factory=dict)
    experiments: list[Any] = field(default_factory=list)

    @property
    def hidden(self) -> tuple[tuple[int, str], ...]:
        """The hidden layers l = 1..L-1 as (n[l], g[l]), as ``app.session.Architecture`` keeps them."""
        return tuple(zip(self.layer_sizes[1:-1], self.activations[:-1]))

    @property
    def output_activation(self) -> str:
        return self.activations[-1]


# ---------------------------------------------------------------------------------- the JSON checks
def _is_number(value: Any) -> bool:
    """A finite JSON number: not true/false, and not the infinity a literal like 1e999 parses to."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_seed(value: Any) -> bool:
    return is_int(value) and 0 <= value < 2**32


def _is_optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


_SEED = (_is_seed, say("expect.seed"))
_TOP_FIELDS: dict[str, Field] = {
    "format": (lambda v: v == FORMAT_NAME, repr(FORMAT_NAME)),
    "format_version": (lambda v: v == FORMAT_VERSION, str(FORMAT_VERSION)),
    "architecture": (lambda v: isinstance(v, dict), say("expect.object")),
    "dataset": (lambda v: isinstance(v, dict), say("expect.object")),
    "hyperparameters": (lambda v: isinstance(v, dict), say("expect.object")),
    "runs": (lambda v: isinstance(v, list), say("expect.list")),
    "view": (lambda v: isinstance(v, dict), say("expect.object")),
    "experiments": (lambda v: isinstance(v, list), say("expect.list")),
}
_ARCHITECTURE_FIELDS: dict[str, Field] = {
    "layer_sizes": (is_list_of(is_int), say("expect.layer_sizes")),
    "activations": (is_list_of(lambda v: isinstance(v, str)), say("expect.activations")),
    "loss": (_is_optional_text, say("expect.optional_loss")),
}
_DATASET_FIELDS: dict[str, Field] = {
    "name": (_is_optional_text, say("expect.optional_dataset")),
    "path": (_is_optional_text, say("expect.optional_path")),
    "options": (lambda v: isinstance(v, dict), say("expect.options")),
    "dev_fraction": (lambda v: _is_number(v) and 0 < v < 1, say("expect.fraction")),
    "split_seed": _SEED,
    "scaling": (lambda v: isinstance(v, str) and v in SCALINGS, say("expect.one_of", choices=", ".join(SCALINGS))),
}
# what a project may say about reading its data file (a built-in's options are its generator's, which
# checks them); memory limits are the program's, never a file's
_FILE_OPTIONS: dict[str, Field] = {
    "label_column": (lambda v: (is_int(v) and v >= 0) or (isinstance(v, str) and 0 < len(v) <= 200),
                     say("expect.column")),
    "header": (lambda v: v is None or isinstance(v, bool), say("expect.optional_bool")),
    "delimiter": (lambda v: v is None or (isinstance(v, str) and len(v) == 1), say("expect.delimiter")),
    "regression": (lambda v: v is None or isinstance(v, bool), say("expect.optional_bool")),
}
_HYPERPARAMETER_FIELDS: dict[str, Field] = {
    "learning_rate": (lambda v: _is_number(v) and v > 0, say("expect.positive")),
    "num_iterations": (lambda v: is_int(v) and v >= 0, say("expect.whole_from_0")),
    "mini_batch_size": (lambda v: v is None or (is_int(v) and v >= 1),
                        say("expect.batch")),
    "init": (lambda v: isinstance(v, str) and v in INITIALIZERS, say("expect.one_of", choices=", ".join(INITIALIZERS))),
    "optimizer": (lambda v: isinstance(v, str) and v in OPTIMIZERS,
                  say("expect.one_of", choices=", ".join(OPTIMIZERS))),
    "lambd": (lambda v: _is_number(v) and v >= 0, say("expect.number_from_0")),
    "seed": _SEED,
}
_RUN_FIELDS: dict[str, Field] = {
    "label": (lambda v: isinstance(v, str), say("expect.text")),
    "learning_rate": (lambda v: _is_number(v) and v > 0, say("expect.positive")),
    "layer_sizes": (is_list_of(is_int), say("expect.whole_list")),
    "finished": (lambda v: isinstance(v, bool), say("expect.bool")),
    "outcome": (lambda v: isinstance(v, str), say("expect.text")),
    "dataset": (_is_optional_text, say("expect.run_dataset")),
}


# ---------------------------------------------------------------------------------- versions
def migrate(description: Mapping[str, Any], where: str = "the project") -> dict:
    """A copy of a ``project.json`` description brought up to :data:`FORMAT_VERSION`.

    Each step of ``_MIGRATIONS`` turns version v into v + 1 (in the manner of Orange's
    ``migrate_settings``), so a file of any older version passes every step in order. The
    input is left unchanged.

    Raises
    ------
    ProjectError
        Not a project description, a version below 1, or one from a newer visualnet.
    """
    with _as_project_error():
        version = check_format(description, FORMAT_NAME, FORMAT_VERSION, where, PROJECT_MEMBER, _KIND)
    migrated = copy.deepcopy(dict(description))
    for step_from in range(version, FORMAT_VERSION):
        migrated = _MIGRATIONS[step_from](migrated)
        migrated["format_version"] = step_from + 1
    return migrated


# ---------------------------------------------------------------------------------- reading
def load_project(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES, name: Optional[str] = None) -> Project:
    """Read a project file written by :func:`save_project` (or the app); ``name`` is how messages call it.

    Only a regular file is opened, and only once its size is within ``max_bytes``.

    Raises
    ------
    ProjectError
        The file is not a project visualnet can open, or is larger than ``max_bytes``.
    OSError
        The file cannot be read at all (missing, no permission).
    """
    where = name or str(path)
    with _as_project_error():
        check_limit(regular_file(path, say("kind.project_file")).st_size, max_bytes, say("what.reading", where=where))
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)  # (a file that grew since: the limit still holds)
    with _as_project_error():
        check_limit(len(data), max_bytes, say("what.reading", where=where))
    return project_from_bytes(data, max_bytes, name=where)


def project_from_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "the project") -> Project:
    """The project held by the bytes of a ``.vnet`` file.

    Parameters
    ----------
    data : the whole file
    max_bytes : the most memory reading may need, ``data`` included; checked against the sizes the
        zip declares, before anything is unpacked (a zip bomb stops here)
    name : how messages call the file, e.g. its path

    Raises
    ------
    ProjectError
        Not a zip or truncated, a missing or extra member, invalid JSON or a value of the
        wrong type, a newer format, an architecture that cannot be built, pickled or
        oversized arrays, parameters that do not fit the architecture, NaN or infinity.
    """
    with _as_project_error(), corruption_as_format_error(name, _KIND), \
            zipfile.ZipFile(io.BytesIO(data)) as zf:
        if min((info.header_offset for info in zf.infolist()), default=0) != 0:
            # a file cut short can end inside a member: zipfile then finds that member's own archive
            raise zipfile.BadZipFile("the archive does not start at the file's first byte: it was cut short")
        members = exact_members(zf, MEMBERS, name, _KIND)
        # one budget for all that reading allocates: the file's bytes, then each member unpacked beside
        # the arrays read from it (a member's arrays never exceed its size)
        check_limit(len(data) + 2 * sum(info.file_size for info in members.values()), max_bytes,
                    say("what.unpacking_project", where=name))
        description = migrate(read_json_object(zf, members[PROJECT_MEMBER], name, _MAX_JSON_BYTES), name)
        arrays = {member: read_npz(io.BytesIO(zf.read(members[member])), max_bytes,
                                   name=say("where.member", member=member, file=name))
                  for member in (PARAMETERS_MEMBER, HISTORY_MEMBER)}
        return _project(description, arrays[PARAMETERS_MEMBER], arrays[HISTORY_MEMBER], name, max_bytes)


@contextmanager
def _as_project_error() -> Iterator[None]:
    """Every refusal of a project as one ProjectError, its message kept as it is."""
    try:
        yield
    except ProjectError:
        raise
    except (FileFormatError, ResourceLimitError) as exc:
        raise ProjectError.of(exc.message) from None


def _project(description: dict, parameters: Mapping[str, np.ndarray], history: Mapping[str, np.ndarray],
             where: str, max_bytes: int) -> Project:
    """The Project a current-version description and its arrays make, after checking every part."""
    json_where = f"{where}: {PROJECT_MEMBER}"
    check_fields(description, _TOP_FIELDS, json_where)
    architecture = check_fields(description["architecture"], _ARCHITECTURE_FIELDS, f"{json_where}, architecture")
    dataset = _dataset(check_fields(description["dataset"], _DATASET_FIELDS, f"{json_where}, dataset"), json_where)
    hyperparameters = check_fields(description["hyperparameters"], _HYPERPARAMETER_FIELDS,
                                   f"{json_where}, hyperparameters")
    _check_architecture(architecture, where, max_bytes)
    return Project(tuple(architecture["layer_sizes"]), tuple(architecture["activations"]),
                   _parameters(parameters, architecture["layer_sizes"], where), dataset, hyperparameters,
                   architecture["loss"], _runs(description["runs"], history, where),
                   description["view"], description["experiments"])


def _dataset(reference: dict, where: str) -> DatasetRef:
    if (reference["name"] is None) == (reference["path"] is None):
        raise ProjectError("project.dataset_both" if reference["name"] is not None else "project.dataset_neither",
                           where=where)
    if reference["path"] is not None:  # a file's options: only how to read the table, never a limit
        options = reference["options"]
        unknown = [key for key in options if key not in _FILE_OPTIONS]
        if unknown:
            raise ProjectError("project.file_options", where=where, unknown=short_repr(unknown),
                               accepted=', '.join(_FILE_OPTIONS))
        for key, (valid, expected) in _FILE_OPTIONS.items():
            if key in options and not valid(options[key]):
                raise ProjectError("project.file_option", where=where, key=key, expected=expected,
                                   found=short_repr(options[key]))
    return DatasetRef(**reference)


def _check_architecture(architecture: dict, where: str, max_bytes: int) -> None:
    """Build the network once, with zeros (no random draw), so it checks layers, activations and loss."""
    try:
        Network(architecture["layer_sizes"], architecture["activations"], init="zeros",
                loss=architecture["loss"], max_parameter_bytes=max_bytes)
    except (ArchitectureError, ResourceLimitError) as exc:
        raise ProjectError("file.cannot_build", where=where, reason=exc.message) from None


def _parameters(arrays: Mapping[str, np.ndarray], layer_sizes: list[int], where: str) -> dict[str, np.ndarray]:
    """W1, b1, ... checked (keys, shapes that chain, finite real numbers) and matched to the layer sizes."""
    try:
        sizes, checked = course_parameters(arrays)
    except ShapeError as exc:
        raise ProjectError("project.parameters", where=where, member=PARAMETERS_MEMBER,
                           reason=exc.message) from None
    if sizes != list(layer_sizes):
        raise ProjectError("project.parameters_architecture", where=where, member=PARAMETERS_MEMBER,
                           sizes=sizes, layer_sizes=list(layer_sizes))
    return checked


def _runs(descriptions: list, history: Mapping[str, np.ndarray], where: str) -> list[SavedRun]:
    """The saved runs: each description in project.json with its curves from history.npz."""
    if len(history) != len(SERIES) * len(descriptions):  # first, and cheap: a file may list millions of runs
        raise ProjectError("project.history_count", where=where, member=HISTORY_MEMBER, count=len(history),
                           runs=len(descriptions), json=PROJECT_MEMBER,
                           expected=len(SERIES) * len(descriptions))
    expected = [_history_key(i, name) for i in range(len(descriptions)) for name in SERIES]
    missing = [key for key in expected if key not in history]
    unexpected = sorted(set(history) - set(expected))
    if missing or unexpected:
        raise ProjectError("project.history_keys", where=where, member=HISTORY_MEMBER,
                           runs=len(descriptions), json=PROJECT_MEMBER,
                           problem=lacks_and_unexpected(missing, unexpected))
    runs = []
    for i, run in enumerate(descriptions):
        check_fields(run, _RUN_FIELDS, f"{where}: {PROJECT_MEMBER}, runs[{i}]")
        series = {name: _series(history[_history_key(i, name)], _history_key(i, name), where) for name in SERIES}
        runs.append(SavedRun(run["label"], run["learning_rate"], tuple(run["layer_sizes"]), series,
                             run["finished"], run["outcome"], run["dataset"]))
    return runs


def _history_key(run: int, series: str) -> str:
    return f"run{run}_{series}"


def _series(array: np.ndarray, key: str, where: str) -> np.ndarray:
    """A curve: (2, n) finite floats, iterations over values."""
    if array.ndim != 2 or array.shape[0] != 2 or array.dtype.kind != "f":
        raise ProjectError("project.curve_shape", where=where, key=key, member=HISTORY_MEMBER,
                           shape=array.shape, dtype=str(array.dtype))
    if not np.isfinite(array).all():
        raise ProjectError("project.curve_not_finite", where=where, key=key, member=HISTORY_MEMBER)
    return array


# ---------------------------------------------------------------------------------- writing
def save_project(path: PathLike, project: Project, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Write ``project`` to ``path`` all or nothing (a failed save keeps the old file).

    The arrays are streamed into the file, never gathered in memory first: saving a project
    takes little more memory than the project itself, however large its parameters.
    """
    text, history = _checked(project, max_bytes)
    with atomic_write(path) as f:
        _write(f, text, project.parameters, history)


def project_to_bytes(project: Project, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the ``.vnet`` file of ``project``, checked to open again as the same project.

    Raises
    ------
    ProjectError
        A part that no reader would accept (the reader's own checks run on it), a ``view``,
        ``experiments`` or dataset ``options`` that JSON cannot hold or would change (NaN,
        arrays, tuples, number keys), or a project larger than ``max_bytes``.
    """
    text, history = _checked(project, max_bytes)
    buffer = io.BytesIO()
    _write(buffer, text, project.parameters, history)
    return buffer.getvalue()


def _checked(project: Project, max_bytes: int) -> tuple[str, dict[str, np.ndarray]]:
    """The project's JSON text and history arrays, once the reader's own checks accept them."""
    with _as_project_error():
        text = json_text(_description(project), say("project.values_json"))
    history = {_history_key(i, name): np.asarray(run.series[name])
               for i, run in enumerate(project.runs) for name in SERIES if name in run.series}
    with _as_project_error():
        written = _project(json.loads(text), project.parameters, history, "the project", max_bytes)
    if (written.view, written.experiments, written.dataset.options) != \
            (project.view, project.experiments, project.dataset.options):
        raise ProjectError("project.json_round_trip")
    arrays = [*project.parameters.values(), *history.values()]
    with _as_project_error():
        check_limit(len(text) + sum(np.asarray(a).nbytes for a in arrays), max_bytes, say("what.saving_project"))
    return text, history


def _write(f: BinaryIO, text: str, parameters: Mapping[str, np.ndarray], history: Mapping[str, np.ndarray]) -> None:
    """The zip, its two NPZ members stored and streamed array by array: floating-point noise hardly
    compresses (4% on a 186 MB project) and deflating it took 5 s against 0.6 s stored."""
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr(PROJECT_MEMBER, text.encode("utf-8"))
        for member, arrays in ((PARAMETERS_MEMBER, parameters), (HISTORY_MEMBER, history)):
            with zf.open(member, "w", force_zip64=True) as out:
                np.savez(out, **arrays)


def _description(project: Project) -> dict[str, Any]:
    """project.json of the current format: everything but the arrays."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "architecture": {"layer_sizes": list(project.layer_sizes), "activations": list(project.activations),
                         "loss": project.loss},
        "dataset": asdict(project.dataset),
        "hyperparameters": dict(project.hyperparameters),
        "runs": [{"label": run.label, "learning_rate": run.learning_rate, "layer_sizes": list(run.layer_sizes),
                  "finished": run.finished, "outcome": run.outcome, "dataset": run.dataset}
                 for run in project.runs],
        "view": project.view,
        "experiments": project.experiments,
    }

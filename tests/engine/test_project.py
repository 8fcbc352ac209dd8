"""Project files (.vnet): exact round trips, versions, and hostile files refused with a clear message."""
from __future__ import annotations

import copy
import io
import json
import os
import re
import zipfile
from dataclasses import replace
from typing import Any, Callable

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visualnet.engine import project as project_module
from visualnet.engine.datasets import load_dataset
from visualnet.engine.errors import FileFormatError, ProjectError
from visualnet.engine.network import Network
from visualnet.engine.project import (FORMAT_VERSION, SERIES, DatasetRef, Project, SavedRun, load_project,
                                      migrate, project_from_bytes, project_to_bytes, save_project)

from pickle_trap import UNPICKLED, Evil


HYPERPARAMETERS = {"learning_rate": 0.0075, "num_iterations": 2500, "mini_batch_size": 64, "init": "he",
                   "optimizer": "adam", "lambd": 0.7, "seed": 3}


def trained_parameters(layer_sizes, activations, dtype=np.float64, seed=1) -> dict[str, np.ndarray]:
    """Parameters no fresh network has (b = 0 at init), with the awkward floats an exact format must keep."""
    net = Network(layer_sizes, activations, init="xavier", seed=seed, dtype=dtype)
    params = {k: (v + np.random.RandomState(seed).randn(*v.shape)).astype(dtype) for k, v in net.params.items()}
    params["W1"].flat[0] = -0.0
    params["b1"].flat[0] = np.finfo(dtype).tiny / 4  # subnormal
    return params


def saved_run(label: str, n: int, seed: int, finished: bool = True) -> SavedRun:
    rng = np.random.RandomState(seed)
    every_step = np.vstack([np.arange(n, dtype=float), rng.rand(n) / 3])  # x, y of every step
    at_records = np.vstack([np.arange(0, n, 10, dtype=float), rng.rand(len(range(0, n, 10)))])
    series = {"costs": every_step, "dev_costs": at_records, "train_accuracy": at_records[:, :0],
              "dev_accuracy": at_records * [[1], [0.5]]}
    return SavedRun(label, 0.0075, (3, 4, 2, 1), series, finished, "done" if finished else "")


def make_project(dtype=np.float64) -> Project:
    sizes, activations = (3, 4, 2, 1), ("relu", "tanh", "sigmoid")
    return Project(sizes, activations, trained_parameters(sizes, activations, dtype),
                   DatasetRef(name="moons", options={"m": 120, "noise": 0.3}, dev_fraction=0.25, split_seed=4),
                   dict(HYPERPARAMETERS), runs=[saved_run("α = 0.0075, [3, 4, 2, 1]", 257, 1),
                                                replace(saved_run("学习率 0.1", 31, 2, finished=False),
                                                        dataset="file:/data/其他.csv#label=0")],
                   view={"classroom": {"hidden": ["learningRateSpin", "passAnimation"]}, "zoom": 1.5},
                   experiments=[{"learning_rates": [0.1, 0.01], "final_costs": [0.25, None], "note": "扫描"}])


def assert_same_project(loaded: Project, original: Project) -> None:
    assert (loaded.layer_sizes, loaded.activations, loaded.loss) == (original.layer_sizes, original.activations,
                                                                     original.loss)
    assert loaded.dataset == original.dataset
    assert (loaded.hyperparameters, loaded.view, loaded.experiments) == \
        (original.hyperparameters, original.view, original.experiments)
    assert loaded.parameters.keys() == original.parameters.keys()
    for key, value in original.parameters.items():  # bit for bit: dtype, shape and every byte (-0.0 too)
        assert loaded.parameters[key].dtype == value.dtype and loaded.parameters[key].shape == value.shape
        assert loaded.parameters[key].tobytes() == value.tobytes()
    assert len(loaded.runs) == len(original.runs)
    for got, want in zip(loaded.runs, original.runs):
        assert (got.label, got.learning_rate, got.layer_sizes, got.finished, got.outcome, got.dataset) == \
            (want.label, want.learning_rate, want.layer_sizes, want.finished, want.outcome, want.dataset)
        assert got.series.keys() == set(SERIES)
        for name in SERIES:
            assert got.series[name].tobytes() == want.series[name].tobytes()
            assert got.series[name].shape == want.series[name].shape


# ------------------------------------------------------------------------------ hand-made hostile files
def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def npz(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def with_description(change: Callable[[dict], Any], project: Project | None = None) -> bytes:
    """A valid project file whose project.json was edited by ``change`` (which edits in place)."""
    members = members_of(project_to_bytes(project or make_project()))
    description = json.loads(members["project.json"])
    change(description)
    members["project.json"] = json.dumps(description).encode()
    return zip_bytes(members)


def with_member(name: str, content: bytes | None) -> bytes:
    """A valid project file with one member replaced (or removed, for None)."""
    members = members_of(project_to_bytes(make_project()))
    if content is None:
        del members[name]
    else:
        members[name] = content
    return zip_bytes(members)


def npy_with_header(header: dict, payload: bytes) -> bytes:
    buffer = io.BytesIO()
    np.lib.format.write_array_header_1_0(buffer, header)
    return buffer.getvalue() + payload


def refused(data: bytes, **kwargs) -> str:
    with pytest.raises(ProjectError) as info:
        project_from_bytes(data, **kwargs)
    return str(info.value)


# ------------------------------------------------------------------------------ round trips
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_round_trip_is_exact(dtype):
    original = make_project(dtype)
    loaded = project_from_bytes(project_to_bytes(original))
    assert_same_project(loaded, original)
    assert loaded.hidden == ((4, "relu"), (2, "tanh")) and loaded.output_activation == "sigmoid"


def test_a_project_is_one_zip_of_json_and_npz_readable_with_standard_tools():
    members = members_of(project_to_bytes(make_project()))
    assert sorted(members) == ["history.npz", "parameters.npz", "project.json"]
    description = json.loads(members["project.json"])
    assert description["format"] == "visualnet-project" and description["format_version"] == FORMAT_VERSION
    assert description["architecture"] == {"layer_sizes": [3, 4, 2, 1], "activations": ["relu", "tanh", "sigmoid"],
                                           "loss": None}
    assert description["dataset"]["name"] == "moons" and description["dataset"]["path"] is None
    with np.load(io.BytesIO(members["parameters.npz"])) as parameters:
        assert sorted(parameters.files) == ["W1", "W2", "W3", "b1", "b2", "b3"]
    with np.load(io.BytesIO(members["history.npz"])) as history:
        assert history["run0_costs"].shape == (2, 257) and history["run1_train_accuracy"].shape == (2, 0)


def test_save_and_load_a_file_atomically(tmp_path):
    path = tmp_path / "lesson.vnet"
    save_project(path, make_project())
    save_project(path, make_project(np.float32))  # replaces the first
    assert_same_project(load_project(path), make_project(np.float32))
    assert os.listdir(tmp_path) == ["lesson.vnet"]


def test_a_refused_save_leaves_the_old_file(tmp_path):
    path = tmp_path / "lesson.vnet"
    save_project(path, make_project())
    before = path.read_bytes()
    broken = make_project()
    broken.parameters["W2"] = broken.parameters["W2"].T
    with pytest.raises(ProjectError, match="W2"):
        save_project(path, broken)
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["lesson.vnet"]


def test_a_regression_project_with_a_file_dataset_and_an_explicit_loss(tmp_path):
    original = Project((1, 8, 1), ("tanh", "sigmoid"), trained_parameters((1, 8, 1), ("tanh", "sigmoid")),
                       DatasetRef(path=str(tmp_path / "data.csv"), options={"label_column": "y"}),
                       {**HYPERPARAMETERS, "mini_batch_size": None, "optimizer": "gd"}, loss="mean_squared_error")
    assert_same_project(project_from_bytes(project_to_bytes(original)), original)


@settings(max_examples=20, deadline=None)
@given(sizes=st.lists(st.integers(1, 5), min_size=2, max_size=4), seed=st.integers(0, 2**32 - 1),
       special=st.sampled_from([0.0, -0.0, 5e-324, 1.7976931348623157e308, -1e-300, 1 / 3]),
       view=st.recursive(st.none() | st.booleans() | st.integers(-2**60, 2**60) | st.text(max_size=8)
                         | st.floats(allow_nan=False, allow_infinity=False),
                         lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                     max_size=3), max_leaves=8))
def test_any_parameters_and_json_view_come_back_exactly(sizes, seed, special, view):
    activations = ("leaky_relu",) * (len(sizes) - 2) + ("linear",)
    parameters = {k: v * np.float64(1e3) for k, v in trained_parameters(sizes, activations, seed=seed).items()}
    parameters["W1"].flat[-1] = special
    original = Project(tuple(sizes), activations, parameters, DatasetRef(name="sine"), dict(HYPERPARAMETERS),
                       view={"value": view}, experiments=[view])
    assert_same_project(project_from_bytes(project_to_bytes(original)), original)


def test_the_dataset_reference_loads_the_same_data(tmp_path):
    reference = DatasetRef(name="moons", options={"m": 60, "noise": 0.1, "seed": 5})
    np.testing.assert_array_equal(reference.load().X, load_dataset("moons", m=60, noise=0.1, seed=5).X)
    X, y = np.arange(12.0).reshape(6, 2), np.array([0, 1, 0, 1, 1, 0])
    np.savez(tmp_path / "mine.npz", X=X.T, Y=y[None, :])
    loaded = DatasetRef(path=str(tmp_path / "mine.npz")).load()
    np.testing.assert_array_equal(loaded.X, X.T)
    assert loaded.task == "binary"


# ------------------------------------------------------------------------------ versions
def test_migrate_of_the_current_version_is_an_unchanged_copy():
    description = json.loads(members_of(project_to_bytes(make_project()))["project.json"])
    before = copy.deepcopy(description)
    migrated = migrate(description)
    assert migrated == before and description == before
    migrated["view"]["zoom"] = 9
    assert description["view"]["zoom"] == 1.5  # a deep copy: the input is never touched


def test_an_older_description_passes_every_step_in_order(monkeypatch):
    """Today's files must open once two more formats exist: each step takes v to v + 1, and the result is checked."""
    old = project_to_bytes(make_project())  # written in today's format
    today = FORMAT_VERSION
    monkeypatch.setattr(project_module, "FORMAT_VERSION", today + 2)

    def first(d: dict) -> dict:  # e.g. the next format named the classroom settings "lesson"
        d["view"]["lesson"] = d["view"].pop("classroom")
        return d

    def second(d: dict) -> dict:  # ... and the one after always keeps a zoom
        assert d["format_version"] == today + 1 and "lesson" in d["view"]
        d["view"].setdefault("zoom", 1.0)
        return d
    monkeypatch.setattr(project_module, "_MIGRATIONS", {today: first, today + 1: second})
    description = json.loads(members_of(old)["project.json"])
    migrated = migrate(description)
    assert migrated["format_version"] == today + 2 and "classroom" in description["view"]
    assert migrated["view"] == {"lesson": {"hidden": ["learningRateSpin", "passAnimation"]}, "zoom": 1.5}
    loaded = project_from_bytes(old)
    assert loaded.view["lesson"] == {"hidden": ["learningRateSpin", "passAnimation"]}
    assert loaded.layer_sizes == (3, 4, 2, 1)


def test_a_newer_file_is_refused_saying_so():
    def newer(d):
        d.update(format_version=FORMAT_VERSION + 1, architecture="rewritten in the future")
    message = refused(with_description(newer), name="lesson.vnet")
    assert f"lesson.vnet was made by a newer visualnet (format {FORMAT_VERSION + 1})" in message
    assert "Update visualnet" in message


@pytest.mark.parametrize("version, expected", [(0, "from 1, got 0"), ("1", "from 1, got '1'"),
                                               (True, "from 1, got True")])
def test_impossible_versions_are_named(version, expected):
    assert expected in refused(with_description(lambda d: d.update(format_version=version)))


# ------------------------------------------------------------------------------ hostile files
def test_bytes_that_are_not_a_zip():
    assert "lesson.vnet is damaged or is not a visualnet project file" in refused(b"hello, I am text",
                                                                                  name="lesson.vnet")


def test_a_truncated_file():
    data = project_to_bytes(make_project())
    assert "damaged or is not a visualnet project" in refused(data[:len(data) // 2])


def test_a_corrupted_member_fails_its_checksum():
    data = bytearray(project_to_bytes(make_project()))
    data[data.index(b"history.npz") - 200] ^= 0xFF  # inside the deflated parameters
    assert "is damaged or is not a visualnet project file" in refused(bytes(data))


@pytest.mark.parametrize("member", ["project.json", "parameters.npz", "history.npz"])
def test_a_missing_member_is_named(member):
    assert f"{member} is missing" in refused(with_member(member, None))


def test_an_extra_member_is_refused():
    message = refused(with_member("run.sh", b"rm -rf ~"))
    assert "should hold exactly project.json, parameters.npz and history.npz" in message and "run.sh" in message


def test_pickled_parameters_are_refused_without_unpickling():
    UNPICKLED.clear()
    parameters = {**trained_parameters((3, 4, 2, 1), ("relu", "tanh", "sigmoid")),
                  "W1": np.array([Evil()], dtype=object)}
    message = refused(with_member("parameters.npz", npz(**parameters)))
    assert "'W1' in parameters.npz" in message and "pickled" in message
    assert UNPICKLED == []


def test_pickled_history_is_refused_too():
    UNPICKLED.clear()
    assert "pickled" in refused(with_member("history.npz", npz(run0_costs=np.array([Evil()], dtype=object))))
    assert UNPICKLED == []


def test_a_huge_declared_shape_is_refused_before_allocating():
    header = {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)}
    members = {"W1.npy": npy_with_header(header, b"\0" * 16)}
    message = refused(with_member("parameters.npz", zip_bytes(members)))
    assert "(1000000, 1000000)" in message and "7.3 TiB" in message and "limit" in message


def test_a_zip_bomb_is_stopped_by_its_declared_size():
    bomb = npz(run0_costs=np.zeros((2, 1_000_000)))  # 16 MB of zeros, deflated to a few kB
    data = with_member("history.npz", zip_bytes(members_of(bomb), zipfile.ZIP_DEFLATED))
    data = zip_bytes(members_of(data), zipfile.ZIP_DEFLATED)
    assert len(data) < 100_000
    message = refused(data, max_bytes=5_000_000)
    assert "unpacking" in message and "limit is 4.8 MiB" in message


def test_one_budget_covers_the_file_its_members_and_their_arrays_together():
    data = project_to_bytes(replace(make_project(), runs=[saved_run("long", 40_000, 3)]))  # about 0.7 MB
    members = sum(len(content) for content in members_of(data).values())
    assert len(data) < 1_000_000 and members < 1_000_000  # each alone is within the limit below
    message = refused(data, max_bytes=1_000_000)
    assert "the file, its members and their arrays together" in message and "limit is 976.6 KiB" in message
    assert project_from_bytes(data, max_bytes=len(data) + 2 * members).runs  # exactly enough is enough


def test_a_file_larger_than_the_limit_is_not_even_read(tmp_path):
    path = tmp_path / "big.vnet"
    save_project(path, make_project())
    with pytest.raises(ProjectError, match="reading .*big.vnet would need .* the limit is 1,000 bytes"):
        load_project(path, max_bytes=1000)


def test_invalid_json_and_a_json_that_is_not_an_object():
    assert "project.json is not valid JSON" in refused(with_member("project.json", b"{'single': 'quotes'}"))
    assert "project.json is not valid JSON" in refused(with_member("project.json", b'{"lambd": NaN}'))
    assert "must hold an object" in refused(with_member("project.json", b"[1, 2]"))


def _set(path: str, value: Any) -> Callable[[dict], None]:
    """An edit of project.json: set the value at a dotted path such as "architecture.layer_sizes"."""
    def change(description: dict) -> None:
        *parents, last = path.split(".")
        target = description
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[last] = value
    return change


@pytest.mark.parametrize("path, value, expected", [
    ("architecture.layer_sizes", ["3", "4", "2", "1"], "architecture: 'layer_sizes' must be a list of whole numbers"),
    ("architecture.layer_sizes", [3, True, 2, 1], "'layer_sizes' must be a list of whole numbers"),
    ("architecture.layer_sizes", [3, 4.0, 2, 1], "'layer_sizes' must be a list of whole numbers"),
    ("architecture.layer_sizes", [3, -4, 2, 1], "cannot build: n[1] = -4 must be at least 1"),
    ("architecture.layer_sizes", "3,4,2,1", "'layer_sizes' must be a list"),
    ("architecture.activations", ["relu", "tanh", "sigmod"], "cannot build: unknown activation 'sigmod'"),
    ("architecture.activations", ["softmax", "tanh", "sigmoid"], "softmax can only be the output activation"),
    ("architecture.loss", "hinge", "cannot build: unknown loss 'hinge'"),
    ("architecture.loss", 3, "'loss' must be null (the output's own loss) or a loss name"),
    ("hyperparameters.learning_rate", "0.1", "hyperparameters: 'learning_rate' must be a positive number, got '0.1'"),
    ("hyperparameters.learning_rate", -0.1, "'learning_rate' must be a positive number"),
    ("hyperparameters.num_iterations", 2.5, "'num_iterations' must be a whole number from 0"),
    ("hyperparameters.mini_batch_size", 0, "'mini_batch_size' must be null (full batch) or a whole number"),
    ("hyperparameters.optimizer", "sgd", "'optimizer' must be one of gd, momentum, adam, got 'sgd'"),
    ("hyperparameters.init", ["he"], "'init' must be one of he, xavier"),
    ("hyperparameters.lambd", False, "'lambd' must be a number from 0, got False"),
    ("hyperparameters.seed", -1, "'seed' must be a whole number from 0 to 2**32 - 1"),
    ("dataset.path", "moons.csv", "give either the name of a built-in dataset or the path of a file, not both"),
    ("dataset.name", None, "it gives neither"),
    ("dataset.options", [], "dataset: 'options' must be an object"),
    ("dataset.dev_fraction", 1.5, "'dev_fraction' must be a number between 0 and 1"),
    ("runs.0.finished", "yes", "runs[0]: 'finished' must be true or false"),
    ("runs.1.learning_rate", None, "runs[1]: 'learning_rate' must be a positive number"),
    ("runs", {}, "'runs' must be a list"),
    ("runs.0.dataset", 3, "runs[0]: 'dataset' must be null (the project's dataset) or the key of another dataset"),
    ("view", [], "'view' must be an object"),
    ("experiments", {}, "'experiments' must be a list"),
    ("format", "visualnet-network", "is not a visualnet project file: project.json has format 'visualnet-network'"),
    ("surprise", 1, "project.json has unexpected ['surprise']"),
])
def test_wrong_json_values_are_named(path, value, expected):
    assert expected in refused(with_description(_set(path, value)))


def test_a_number_too_large_for_a_float_is_not_taken_as_infinity():
    members = members_of(project_to_bytes(make_project()))
    members["project.json"] = members["project.json"].replace(b'"learning_rate": 0.0075', b'"learning_rate": 1e999')
    assert "'learning_rate' must be a positive number, got inf" in refused(zip_bytes(members))


def test_a_missing_key_is_named():
    message = refused(with_description(lambda d: d["hyperparameters"].pop("lambd")))
    assert message.endswith("project.json, hyperparameters lacks ['lambd']")


def test_parameters_that_do_not_fit_the_architecture():
    wider = trained_parameters((3, 5, 2, 1), ("relu", "tanh", "sigmoid"))
    message = refused(with_member("parameters.npz", npz(**wider)))
    assert "holds the parameters of a [3, 5, 2, 1] network, but the architecture is [3, 4, 2, 1]" in message
    transposed = trained_parameters((3, 4, 2, 1), ("relu", "tanh", "sigmoid"))
    transposed["W2"] = transposed["W2"].T
    assert "W2 is (4, 2), but W1 makes n[1] = 4" in refused(with_member("parameters.npz", npz(**transposed)))
    del transposed["b3"]
    assert "missing ['b3']" in refused(with_member("parameters.npz", npz(**transposed)))


def test_non_finite_parameters_are_refused():
    parameters = trained_parameters((3, 4, 2, 1), ("relu", "tanh", "sigmoid"))
    parameters["b2"][1, 0] = np.inf
    assert "b2 contains NaN or infinity" in refused(with_member("parameters.npz", npz(**parameters)))


def test_text_parameters_are_refused():
    parameters = {**trained_parameters((3, 4, 2, 1), ("relu", "tanh", "sigmoid")), "b1": np.array(["1"] * 4)}
    assert "b1 must hold real numbers" in refused(with_member("parameters.npz", npz(**parameters)))


def test_history_that_does_not_match_the_runs():
    history = dict(np.load(io.BytesIO(members_of(project_to_bytes(make_project()))["history.npz"])))
    missing = {k: v for k, v in history.items() if k != "run1_dev_costs"}
    assert "holds 7 curves, but the 2 runs of project.json have 8" in refused(with_member("history.npz",
                                                                                         npz(**missing)))
    renamed = {**missing, "run9_costs": np.ones((2, 1))}
    assert "lacks ['run1_dev_costs'] and has unexpected ['run9_costs']" in refused(with_member("history.npz",
                                                                                              npz(**renamed)))
    flat = {**history, "run0_costs": history["run0_costs"][1]}
    assert "run0_costs in history.npz must be a (2, n) array" in refused(with_member("history.npz", npz(**flat)))
    nan = {**history, "run0_dev_costs": history["run0_dev_costs"] * np.nan}
    assert "run0_dev_costs in history.npz contains NaN" in refused(with_member("history.npz", npz(**nan)))


# ------------------------------------------------------------------------------ saving checks too
@pytest.mark.parametrize("change, expected", [
    (lambda p: p.view.update(mask=np.ones(2)), "view, experiments and dataset options must be numbers"),
    (lambda p: p.experiments.append(float("nan")), "must be numbers, text"),
    (lambda p: p.view.update(size=(3, 4)), "would not read back the same"),
    (lambda p: p.view.update({1: "one"}), "would not read back the same"),
    (lambda p: p.hyperparameters.update(optimizer="rmsprop"), "'optimizer' must be one of"),
    (lambda p: p.runs[0].series.pop("dev_costs"), "holds 7 curves, but the 2 runs"),
    (lambda p: setattr(p, "activations", ("relu", "tanh", "softmax")), "softmax output needs at least 2 units"),
])
def test_a_project_that_would_not_open_again_is_not_saved(change, expected):
    project = make_project()
    change(project)
    with pytest.raises(ProjectError) as info:
        project_to_bytes(project)
    assert expected in str(info.value)


def test_saving_refuses_a_project_beyond_the_limit():
    with pytest.raises(ProjectError, match="saving the project would need"):
        project_to_bytes(make_project(), max_bytes=2000)


def test_saving_streams_the_arrays_instead_of_gathering_the_file_in_memory(tmp_path):
    import tracemalloc
    sizes, activations = (500, 5000, 1), ("relu", "sigmoid")  # 20 MB of parameters
    rng = np.random.default_rng(0)
    parameters = {"W1": rng.standard_normal((5000, 500)), "b1": np.zeros((5000, 1)),
                  "W2": rng.standard_normal((1, 5000)), "b2": np.zeros((1, 1))}
    project = Project(sizes, activations, parameters, DatasetRef(name="moons"), dict(HYPERPARAMETERS))
    data_bytes = sum(a.nbytes for a in parameters.values())
    tracemalloc.start()
    try:
        save_project(tmp_path / "big.vnet", project)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # at most one more copy's worth: the project and its file never both sit in memory (the old writer
    # took 7-9x); most of the peak is the reader's check building the network with np.zeros
    assert peak < 1.1 * data_bytes, f"saving {data_bytes / 1e6:.0f} MB took {peak / 1e6:.0f} MB more"
    assert_same_project(load_project(tmp_path / "big.vnet"), project)


# ------------------------------------------------------------------------------ hostile files, by hand
def with_dataset(dataset: dict) -> bytes:
    description = json.loads(members_of(project_to_bytes(make_project()))["project.json"])
    description["dataset"] = {"name": None, "path": "data.csv", "options": {}, "dev_fraction": 0.2,
                              "split_seed": 0, "scaling": "none", **dataset}
    return with_member("project.json", json.dumps(description).encode())


def test_a_format_1_project_opens_with_its_features_as_they_were_read():
    description = json.loads(members_of(project_to_bytes(make_project()))["project.json"])
    description["format_version"] = 1  # what the first visualnet wrote: no scaling yet
    del description["dataset"]["scaling"]
    loaded = project_from_bytes(with_member("project.json", json.dumps(description).encode()))
    assert loaded.dataset.scaling == "none" and loaded.layer_sizes == (3, 4, 2, 1)


def test_a_format_2_project_opens_with_its_runs_on_the_projects_own_data():
    description = json.loads(members_of(project_to_bytes(make_project()))["project.json"])
    description["format_version"] = 2  # before runs named their data
    for run in description["runs"]:
        del run["dataset"]
    loaded = project_from_bytes(with_member("project.json", json.dumps(description).encode()))
    assert [run.dataset for run in loaded.runs] == [None, None]
    assert [run.label for run in loaded.runs] == [run.label for run in make_project().runs]


@pytest.mark.parametrize("options, expected", [
    ({"max_bytes": 10 ** 15}, r"may not set \['max_bytes'\]"),  # a limit is the program's, not a file's
    ({"label_column": 1.5}, r"'label_column' must be a column's number from 0, or its name, got 1.5"),
    ({"label_column": -1}, r"'label_column' must be"),
    ({"delimiter": ";;"}, r"'delimiter' must be one character"),
    ({"bogus": 1}, r"may not set \['bogus'\]"),
])
def test_a_data_files_options_are_checked_and_limits_are_not_settable(options, expected):
    assert re.search(expected, refused(with_dataset({"options": options})))


def test_a_project_path_is_opened_only_when_it_is_a_regular_file_of_a_sane_size(tmp_path):
    from visualnet.engine.datasets.loaders import load_file
    big = tmp_path / "big.vnet"
    with open(big, "wb") as f:
        f.truncate(3 << 30)  # 3 GiB, sparse: refused by its size before a byte is read
    with pytest.raises(ProjectError, match="would need 3.0 GiB of memory; the limit is 1.0 GiB"):
        load_project(big)
    link = tmp_path / "zero.vnet"
    link.symlink_to("/dev/zero")
    with pytest.raises(ProjectError, match="is not a project file but a device"):
        load_project(link)
    if hasattr(os, "mkfifo"):  # opening a pipe would block until someone writes: never opened
        os.mkfifo(tmp_path / "pipe.vnet")
        with pytest.raises(ProjectError, match="is not a project file but a named pipe"):
            load_project(tmp_path / "pipe.vnet")
        os.mkfifo(tmp_path / "pipe.csv")
        with pytest.raises(FileFormatError, match="is not a data file but a named pipe"):
            load_file(tmp_path / "pipe.csv")

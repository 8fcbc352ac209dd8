"""Saving and loading networks and parameters, and reading hostile .npy/.npz files safely."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visualnet.engine.errors import FileFormatError, ResourceLimitError, ShapeError
from visualnet.engine.io import (FORMAT_VERSION, export_parameters, import_parameters, layer_sizes_of,
                                 load_network, save_network)
from visualnet.engine.network import Network
from visualnet.engine.npzsafe import atomic_write, format_bytes, read_npy, read_npz

from pickle_trap import UNPICKLED, Evil


def small_net(dtype=np.float64) -> Network:
    net = Network([3, 4, 2, 1], ["relu", "tanh", "sigmoid"], init="xavier", seed=7, dtype=dtype)
    # parameters a fresh network could not have (b = 0 at init), so the round trip is tested
    net.params = {k: v + np.random.RandomState(1).randn(*v.shape) for k, v in net.params.items()}
    return net


def npz_bytes(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def description(**changes) -> dict:
    d = {"format": "visualnet-network", "format_version": 1, "layer_sizes": [3, 4, 2, 1],
         "activations": ["relu", "tanh", "sigmoid"], "loss": "binary_cross_entropy", "init": "xavier",
         "seed": 7, "dtype": "float64", "hyperparameters": {}}
    d.update(changes)
    return d


def write_network_file(path: Path, meta, parameters: bytes | None = None, extra: dict | None = None) -> Path:
    """A network file made by hand, to feed load_network what save_network never writes."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("network.json", meta if isinstance(meta, str) else json.dumps(meta))
        zf.writestr("parameters.npz", parameters if parameters is not None else npz_bytes(**small_net().params))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def npy_with_header(header: dict, payload: bytes, version=(1, 0)) -> bytes:
    buffer = io.BytesIO()
    writer = np.lib.format.write_array_header_1_0 if version == (1, 0) else np.lib.format.write_array_header_2_0
    writer(buffer, header)
    return buffer.getvalue() + payload


def zip_of(path: Path, **members: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


# ------------------------------------------------------------------------------ network round trips
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_network_round_trip_is_bit_exact(tmp_path, dtype):
    net = small_net(dtype)
    hyper = {"learning_rate": 0.0075, "num_iterations": np.int64(2500), "optimizer": "adam",
             "schedule": {"decay": [1, 2.5]}, "shuffle": True}
    save_network(tmp_path / "net.vnet", net, hyper)
    loaded, loaded_hyper = load_network(tmp_path / "net.vnet")
    assert loaded.layer_sizes == net.layer_sizes and loaded.activations == net.activations
    assert (loaded.init, loaded.seed, loaded.dtype, loaded.loss.name) == (net.init, net.seed, net.dtype, net.loss.name)
    for key, value in net.params.items():
        assert loaded.params[key].dtype == value.dtype
        assert np.array_equal(loaded.params[key], value)
    assert loaded_hyper == {**hyper, "num_iterations": 2500}


def test_softmax_and_regression_networks_round_trip(tmp_path):
    for net in (Network([2, 5, 3], ["leaky_relu", "softmax"]), Network([2, 3, 2], ["tanh", "linear"])):
        save_network(tmp_path / "n", net)
        loaded, hyper = load_network(tmp_path / "n")
        assert (loaded.loss.name, loaded.task, hyper) == (net.loss.name, net.task, {})


def test_save_replaces_an_existing_file_and_leaves_no_temporary(tmp_path):
    save_network(tmp_path / "n", Network([2, 1], ["sigmoid"], seed=1))
    save_network(tmp_path / "n", Network([2, 3, 1], ["relu", "sigmoid"], seed=2))
    assert load_network(tmp_path / "n")[0].layer_sizes == (2, 3, 1)
    assert os.listdir(tmp_path) == ["n"]


def test_a_crash_before_the_rename_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "net.vnet"
    save_network(path, small_net())
    before = path.read_bytes()

    def crash(*args):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        save_network(path, Network([5, 1], ["sigmoid"]))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["net.vnet"]


def test_a_writer_failing_half_way_keeps_the_old_file(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(b"old and complete")
    with pytest.raises(RuntimeError):
        with atomic_write(path) as f:
            f.write(b"new but only ha")
            raise RuntimeError("crash mid-write")
    assert path.read_bytes() == b"old and complete"
    assert os.listdir(tmp_path) == ["data.bin"]


def test_hyperparameters_that_are_not_json_are_refused_before_writing(tmp_path):
    with pytest.raises(FileFormatError, match="hyperparameters"):
        save_network(tmp_path / "n", small_net(), {"mask": np.ones(3)})
    with pytest.raises(FileFormatError, match="hyperparameters"):
        save_network(tmp_path / "n", small_net(), {"learning_rate": float("nan")})
    assert not (tmp_path / "n").exists()


# ------------------------------------------------------------------------------ hostile network files
def test_not_a_zip_names_the_file(tmp_path):
    path = tmp_path / "notes.vnet"
    path.write_text("hello")
    with pytest.raises(FileFormatError, match="notes.vnet.*not a visualnet network"):
        load_network(path)


def test_truncated_network_file(tmp_path):
    path = tmp_path / "n.vnet"
    save_network(path, small_net())
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(FileFormatError, match="n.vnet"):
        load_network(path)


def test_corrupted_parameter_bytes_fail_the_crc(tmp_path):
    path = tmp_path / "n.vnet"
    save_network(path, small_net())
    data = bytearray(path.read_bytes())
    at = data.index(b"\x93NUMPY") + 200  # inside W1's numbers
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(FileFormatError, match="CRC"):
        load_network(path)


def test_newer_format_version_says_so(tmp_path):
    path = write_network_file(tmp_path / "n", description(format_version=7, layers="something new"))
    with pytest.raises(FileFormatError, match=r"made by a newer visualnet \(format 7\); this version reads format 1"):
        load_network(path)
    assert FORMAT_VERSION == 1


@pytest.mark.parametrize("changes, expected", [
    ({"layer_sizes": "3,4,2,1"}, "'layer_sizes' must be a list of whole numbers"),
    ({"layer_sizes": [3, "4", 2, 1]}, "'layer_sizes' must be"),
    ({"layer_sizes": [3, True, 2, 1]}, "'layer_sizes' must be"),
    ({"layer_sizes": [3, 4.0, 2, 1]}, "'layer_sizes' must be"),
    ({"activations": "relu"}, "'activations' must be a list"),
    ({"seed": -1}, "'seed' must be a whole number from 0"),
    ({"seed": 1.5}, "'seed'"),
    ({"dtype": "int8"}, "'dtype' must be"),
    ({"hyperparameters": []}, "'hyperparameters' must be an object"),
    ({"format_version": "1"}, "format_version must be a whole number"),
    ({"format": "something-else"}, "not a visualnet network file"),
    ({"extra": 1}, r"unexpected \['extra'\]"),
    ({"activations": ["relu", "tanh", "sigm"]}, "cannot build.*unknown activation 'sigm'"),
    ({"layer_sizes": [3, 0, 2, 1]}, "cannot build.*n\\[1\\] = 0"),
    ({"loss": "mean_squared_error", "activations": ["relu", "relu", "softmax"]}, "cannot build"),
    ({"init": "magic"}, "cannot build.*initialization"),
])
def test_wrong_json_values_are_named(tmp_path, changes, expected):
    path = write_network_file(tmp_path / "n", description(**changes))
    with pytest.raises(FileFormatError, match=expected):
        load_network(path)


def test_missing_key_and_bad_json(tmp_path):
    meta = description()
    del meta["seed"]
    with pytest.raises(FileFormatError, match=r"lacks \['seed'\]"):
        load_network(write_network_file(tmp_path / "a", meta))
    with pytest.raises(FileFormatError, match="not valid JSON"):
        load_network(write_network_file(tmp_path / "b", "{'single': 'quotes'}"))
    with pytest.raises(FileFormatError, match="not valid JSON"):
        load_network(write_network_file(tmp_path / "c", json.dumps(description()).replace("7", "NaN")))
    with pytest.raises(FileFormatError, match="must hold an object"):
        load_network(write_network_file(tmp_path / "d", "[1, 2]"))
    with pytest.raises(FileFormatError, match="not valid JSON"):
        load_network(write_network_file(tmp_path / "e", "[" * 100_000))


def test_missing_or_extra_members(tmp_path):
    with pytest.raises(FileFormatError, match="exactly network.json and parameters.npz"):
        load_network(zip_of(tmp_path / "a", **{"network.json": json.dumps(description()).encode()}))
    with pytest.raises(FileFormatError, match="exactly"):
        load_network(write_network_file(tmp_path / "b", description(), extra={"run.sh": b"rm -rf /"}))


def test_parameters_that_do_not_fit_the_architecture(tmp_path):
    params = small_net().params
    params["W2"] = params["W2"].T
    with pytest.raises(FileFormatError, match=r"do not fit.*W\[2\] must be"):
        load_network(write_network_file(tmp_path / "a", description(), npz_bytes(**params)))
    del params["b3"]
    with pytest.raises(FileFormatError, match="missing \\['b3'\\]"):
        load_network(write_network_file(tmp_path / "b", description(), npz_bytes(**params)))


def test_nan_parameters_are_refused(tmp_path):
    params = small_net().params
    params["b2"][0, 0] = np.nan
    with pytest.raises(FileFormatError, match="b2 contains NaN"):
        load_network(write_network_file(tmp_path / "n", description(), npz_bytes(**params)))


def test_pickled_parameters_are_refused_without_unpickling(tmp_path):
    UNPICKLED.clear()
    params = {**small_net().params, "W1": np.array([Evil()], dtype=object)}
    path = write_network_file(tmp_path / "n", description(), npz_bytes(**params))
    with pytest.raises(FileFormatError, match="pickled"):
        load_network(path)
    assert UNPICKLED == []


def test_network_too_large_for_the_limit(tmp_path):
    path = write_network_file(tmp_path / "n", description(layer_sizes=[3, 100_000, 2, 1]))
    with pytest.raises(ResourceLimitError, match="n.*limit"):
        load_network(path, max_bytes=1_000_000)


# ------------------------------------------------------------------------------ npzsafe readers
def test_read_npz_refuses_a_huge_declared_array_before_allocating(tmp_path):
    header = {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)}
    path = zip_of(tmp_path / "huge.npz", **{"W1.npy": npy_with_header(header, b"\0" * 16)})
    with pytest.raises(ResourceLimitError, match=r"\(1000000, 1000000\).*7.3 TiB.*the limit is 1.0 GiB"):
        read_npz(path)
    with pytest.raises(ResourceLimitError):
        import_parameters(path)


def test_read_npz_refuses_a_header_that_lies_within_the_limit(tmp_path):
    header = {"descr": "<f8", "fortran_order": False, "shape": (100,)}
    path = zip_of(tmp_path / "short.npz", **{"X.npy": npy_with_header(header, b"\0" * 16)})
    with pytest.raises(FileFormatError, match=r"'X' in .*short.npz is truncated.*800 bytes.*16 bytes"):
        read_npz(path)


def test_read_npz_counts_all_members_against_the_limit(tmp_path):
    path = tmp_path / "two.npz"
    np.savez(path, a=np.zeros(100), b=np.zeros(100))  # 800 bytes each, plus a 128-byte header
    assert set(read_npz(path, max_bytes=1856)) == {"a", "b"}
    with pytest.raises(ResourceLimitError, match="1,856 bytes of memory; the limit is 1,855 bytes"):
        read_npz(path, max_bytes=1855)


def test_read_npz_stops_a_zip_bomb_at_the_declared_size(tmp_path):
    path = tmp_path / "bomb.npz"
    np.savez_compressed(path, X=np.zeros(1_000_000, dtype=np.uint8))
    assert path.stat().st_size < 10_000
    with pytest.raises(ResourceLimitError, match="unpacking"):
        read_npz(path, max_bytes=100_000)


@pytest.mark.parametrize("descr", ["|O", [("a", "<i4"), ("b", "<f8")], "|V16", "<M8[s]"])
def test_read_npz_refuses_objects_records_void_and_dates(tmp_path, descr):
    header = {"descr": descr, "fortran_order": False, "shape": (2,)}
    path = zip_of(tmp_path / "odd.npz", **{"X.npy": npy_with_header(header, b"\0" * 32)})
    with pytest.raises(FileFormatError, match="'X' in"):
        read_npz(path)


def test_read_npz_refuses_members_that_are_not_arrays(tmp_path):
    with pytest.raises(FileFormatError, match="'evil.py'"):
        read_npz(zip_of(tmp_path / "x.npz", **{"evil.py": b"print()"}))


def test_read_npy_round_trip_versions_and_hostile_headers(tmp_path):
    path = tmp_path / "a.npy"
    values = np.arange(12, dtype=">i2").reshape(3, 4, order="F")
    np.save(path, values)
    assert np.array_equal(read_npy(path), values)
    header = {"descr": "<f4", "fortran_order": True, "shape": (2, 2)}
    path.write_bytes(npy_with_header(header, np.arange(4, dtype="<f4").tobytes(), version=(2, 0)))
    assert np.array_equal(read_npy(path), np.arange(4, dtype=np.float32).reshape(2, 2, order="F"))
    path.write_bytes(b"\x93NUMPY\x09\x00" + b"\0" * 64)
    with pytest.raises(FileFormatError, match="format 9.0"):
        read_npy(path)
    path.write_bytes(b"not numpy at all")
    with pytest.raises(FileFormatError, match="a.npy is damaged"):
        read_npy(path)
    path.write_bytes(npy_with_header({"descr": "<f8", "fortran_order": False, "shape": (3,)}, b"\0" * 32))
    with pytest.raises(FileFormatError, match="extra bytes"):
        read_npy(path)


def test_format_bytes_reads_naturally():
    assert [format_bytes(n) for n in (5, 1536, 3 << 30)] == ["5 bytes", "1.5 KiB", "3.0 GiB"]


# ------------------------------------------------------------------------------ course parameters
def test_export_import_round_trip_with_the_course_keys(tmp_path):
    params = small_net().params
    export_parameters(tmp_path / "p.npz", params)
    with np.load(tmp_path / "p.npz") as npz:  # a notebook reads it back the plain way
        assert sorted(npz.files) == sorted(params)
    back = import_parameters(tmp_path / "p.npz")
    assert all(np.array_equal(back[k], v) and back[k].dtype == v.dtype for k, v in params.items())
    assert layer_sizes_of(back) == [3, 4, 2, 1]


def test_import_reads_a_notebooks_savez_with_flat_biases(tmp_path):
    rng = np.random.RandomState(0)
    parameters = {"W1": rng.randn(4, 3), "b1": np.zeros(4), "W2": rng.randn(1, 4), "b2": np.zeros((1, 1))}
    np.savez(tmp_path / "mine.npz", **parameters)
    back = import_parameters(tmp_path / "mine.npz")
    assert back["b1"].shape == (4, 1)
    net = Network(layer_sizes_of(back), ["relu", "sigmoid"])
    net.params = back
    assert np.array_equal(net.params["W1"], parameters["W1"])


@pytest.mark.parametrize("params, expected", [
    ({"W1": np.ones((2, 3)), "b1": np.ones((2, 1)), "W3": np.ones((1, 2)), "b3": np.ones((1, 1))},
     r"no gap.*missing \['W2', 'b2'\]"),
    ({"W1": np.ones((2, 3)), "b1": np.ones((2, 1)), "W2": np.ones((1, 3)), "b2": np.ones((1, 1))},
     r"W2 is \(1, 3\), but W1 makes n\[1\] = 2"),
    ({"W1": np.ones((2, 3)), "b1": np.ones((3, 1))}, r"b1 must be \(n\[1\], 1\) = \(2, 1\), got \(3, 1\)"),
    ({"W1": np.ones((2, 3)), "b1": np.ones((2, 1)), "cost": np.ones(1)}, r"unexpected keys \['cost'\]"),
    ({"W1": np.ones(3), "b1": np.ones((1, 1))}, "W1 must be 2-D"),
    ({"W1": np.full((1, 2), np.inf), "b1": np.ones((1, 1))}, r"W1 contains NaN or infinity \(2 of 2"),
    ({"W1": np.array([["a", "b"]]), "b1": np.ones((1, 1))}, "W1 must hold real numbers"),
    ({"W1": np.ones((0, 2)), "b1": np.ones((0, 1))}, "at least one unit"),
    ({}, "no gap"),
])
def test_wrong_course_parameters_are_explained(tmp_path, params, expected):
    with pytest.raises(ShapeError, match=expected):
        layer_sizes_of(params)
    with pytest.raises(ShapeError, match=expected):
        export_parameters(tmp_path / "p.npz", params)
    np.savez(tmp_path / "p.npz", **params)
    with pytest.raises(FileFormatError, match="p.npz does not hold the course.s parameters: .*" + expected):
        import_parameters(tmp_path / "p.npz")


def test_import_refuses_pickled_parameters_without_unpickling(tmp_path):
    UNPICKLED.clear()
    np.savez(tmp_path / "p.npz", W1=np.array([Evil()], dtype=object), b1=np.zeros((1, 1)))
    with pytest.raises(FileFormatError, match="never unpickles"):
        import_parameters(tmp_path / "p.npz")
    assert UNPICKLED == []


@settings(max_examples=15, deadline=None)
@given(sizes=st.lists(st.integers(1, 6), min_size=2, max_size=5), seed=st.integers(0, 2**32 - 1))
def test_exported_parameters_always_import_unchanged(tmp_path_factory, sizes, seed):
    net = Network(sizes, ["tanh"] * (len(sizes) - 2) + ["linear"], seed=seed)
    path = tmp_path_factory.mktemp("p") / "p.npz"
    export_parameters(path, net.params)
    back = import_parameters(path)
    assert layer_sizes_of(back) == sizes
    assert all(np.array_equal(back[k], v) for k, v in net.params.items())


def test_parameters_export_carries_the_activations_and_imports_them(tmp_path):
    from visualnet.engine.io import import_network_parameters
    net = Network([3, 4, 1], ["tanh", "sigmoid"], seed=3)
    path = tmp_path / "parameters.npz"
    export_parameters(path, net.params, net.activations)
    params, activations = import_network_parameters(path)
    assert activations == ["tanh", "sigmoid"]
    assert all(np.array_equal(params[k], net.params[k]) for k in net.params)
    with np.load(path) as plain:  # a notebook still reads W1, b1, ... directly
        np.testing.assert_array_equal(plain["W1"], net.params["W1"])


@pytest.mark.parametrize("names", [["tanh"], ["tanh", "nonsense"], [1, 2]])
def test_wrong_activations_beside_the_parameters_are_refused(tmp_path, names):
    from visualnet.engine.io import import_network_parameters
    net = Network([3, 4, 1], ["tanh", "sigmoid"], seed=3)
    path = tmp_path / "parameters.npz"
    np.savez(path, **net.params, activations=np.array(names))
    with pytest.raises(FileFormatError, match="activations"):
        import_network_parameters(path)

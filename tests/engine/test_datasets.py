"""The built-in datasets: shapes, determinism, the course's flower, parity, digits, the registry."""
from __future__ import annotations

import hashlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visualnet.engine import DatasetError
from visualnet.engine.datasets import DATASETS, Dataset, generated, list_datasets, load_dataset
from visualnet.engine.datasets.digits import digit_pair, digits
from visualnet.engine.datasets.generated import blobs, circles, flower, moons, parity, spiral, xor

SEEDED = [flower, moons, circles, xor, spiral, blobs]
UCI_DIGIT_COUNTS = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def course_planar_dataset() -> tuple[np.ndarray, np.ndarray]:
    """``load_planar_dataset`` of the course's planar_utils.py, as written there (global seed and all)."""
    np.random.seed(1)
    m = 400  # number of examples
    N = int(m / 2)  # number of points per class
    D = 2  # dimensionality
    X = np.zeros((m, D))  # data matrix where each row is a single example
    Y = np.zeros((m, 1), dtype='uint8')  # labels vector (0 for red, 1 for blue)
    a = 4  # maximum ray of the flower

    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2  # theta
        r = a * np.sin(4 * t) + np.random.randn(N) * 0.2  # radius
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j

    X = X.T
    Y = Y.T
    return X, Y


@pytest.fixture
def global_random_state_kept():
    state = np.random.get_state()
    yield
    np.random.set_state(state)


# -- the course's flower -----------------------------------------------------------------------

def test_flower_is_bit_identical_to_the_course(global_random_state_kept):
    X_course, Y_course = course_planar_dataset()
    data = flower()
    assert data.X.dtype == np.float64
    assert np.array_equal(data.X, X_course)
    assert np.array_equal(data.Y, Y_course)
    assert (data.task, data.output_activation) == ("binary", "sigmoid")


@pytest.mark.parametrize("make", SEEDED + [parity, digits, digit_pair])
def test_generators_leave_numpy_global_random_state_alone(make):
    before = np.random.get_state()[1].copy()
    make()
    assert np.array_equal(np.random.get_state()[1], before)


# -- shapes, tasks, classes --------------------------------------------------------------------

@pytest.mark.parametrize("name, n_x, m, task, classes", [
    ("flower", 2, 400, "binary", ("0", "1")),
    ("moons", 2, 400, "binary", ("upper", "lower")),
    ("circles", 2, 400, "binary", ("outer", "inner")),
    ("xor", 2, 400, "binary", ("same sign", "opposite signs")),
    ("spiral", 2, 400, "multiclass", ("0", "1", "2")),
    ("blobs", 2, 400, "multiclass", ("0", "1", "2")),
    ("parity", 3, 8, "binary", ("even", "odd")),
    ("digits", 64, 1797, "multiclass", tuple("0123456789")),
    ("digit_pair", 64, 360, "binary", ("0", "1")),
])
def test_default_shapes_tasks_and_classes(name, n_x, m, task, classes):
    data = load_dataset(name)
    assert (data.n_x, data.m, data.task, data.classes) == (n_x, m, task, classes)
    assert data.n_y == (1 if task == "binary" else len(classes))
    assert set(np.unique(data.labels)) == set(range(len(classes)))
    assert data.description == DATASETS[name].description


@pytest.mark.parametrize("k", [2, 4, 10])
def test_k_classes_give_k_one_hot_rows_or_one_binary_row(k):
    for make in (spiral, blobs):
        data = make(m=100, k=k)
        assert data.n_y == (1 if k == 2 else k)
        assert len(data.classes) == k
        assert np.bincount(data.labels).tolist() == [100 // k] * k


@settings(max_examples=25, deadline=None)
@given(m=st.integers(min_value=4, max_value=500), k=st.integers(min_value=2, max_value=4))
def test_any_m_gives_m_examples_in_classes_at_most_one_apart(m, k):
    for data in (flower(m=m), moons(m=m), circles(m=m), xor(m=m), spiral(m=m, k=k), blobs(m=m, k=k)):
        counts = np.bincount(data.labels)
        assert data.m == m and counts.sum() == m
        assert counts.max() - counts.min() <= 1


# -- determinism -------------------------------------------------------------------------------

@pytest.mark.parametrize("make", SEEDED)
def test_same_seed_same_data_other_seed_other_data(make):
    first, again, other = make(seed=7), make(seed=7), make(seed=8)
    assert np.array_equal(first.X, again.X) and np.array_equal(first.Y, again.Y)
    assert not np.array_equal(first.X, other.X)


@pytest.mark.parametrize("make", SEEDED)
def test_source_is_a_call_that_rebuilds_the_same_data(make):
    data = make(m=50, seed=3)
    rebuilt = eval(data.source, {}, vars(generated))  # noqa: S307 -- our own, trusted string
    assert data.source.startswith(f"{make.__name__}(")
    assert np.array_equal(rebuilt.X, data.X) and np.array_equal(rebuilt.Y, data.Y)


def test_noise_argument_moves_points():
    assert not np.array_equal(moons(noise=0.0).X, moons(noise=0.3).X)


# -- geometry: each set is what its name says ---------------------------------------------------

def test_circles_without_noise_lie_on_radius_1_and_factor():
    data = circles(m=60, noise=0.0, factor=0.3)
    radius = np.hypot(*data.X)
    np.testing.assert_allclose(radius[data.labels == 0], 1.0)
    np.testing.assert_allclose(radius[data.labels == 1], 0.3)


def test_moons_without_noise_are_two_half_circles_turned_about_the_origin():
    data = moons(m=100, noise=0.0)
    upper, lower = data.X[:, data.labels == 0], data.X[:, data.labels == 1]
    np.testing.assert_allclose(np.hypot(upper[0] + 0.5, upper[1] + 0.25), 1.0)
    assert (upper[1] >= -0.25 - 1e-12).all()
    np.testing.assert_allclose(-lower, upper)
    np.testing.assert_allclose(data.X.mean(axis=1), 0.0, atol=1e-12)


def test_xor_class_is_whether_the_signs_differ():
    data = xor(m=200, noise=0.1)
    assert np.array_equal(data.labels, (data.X[0] * data.X[1] < 0).astype(int))


def test_spiral_without_noise_follows_its_arms():
    k = 4
    data = spiral(m=80, k=k, noise=0.0)
    for j in range(k):
        points = data.X[:, data.labels == j]
        r = np.hypot(*points)
        np.testing.assert_allclose(r, np.linspace(0, 1, 20), atol=1e-12)
        angle = 2 * np.pi * j / k + 4 * r
        np.testing.assert_allclose(points, np.vstack([r * np.sin(angle), r * np.cos(angle)]), atol=1e-12)


def test_blobs_gather_round_centres_on_a_circle_of_radius_2():
    data = blobs(m=300, k=3, noise=0.05)
    means = np.stack([data.X[:, data.labels == c].mean(axis=1) for c in range(3)], axis=1)
    np.testing.assert_allclose(np.hypot(*means), 2.0, atol=0.05)
    nearest = np.argmin(((data.X[:, None, :] - means[:, :, None]) ** 2).sum(axis=0), axis=0)
    assert np.array_equal(nearest, data.labels)


# -- parity --------------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [1, 2, 5, 8])
def test_parity_holds_every_pattern_once_with_its_parity(n):
    data = parity(n)
    assert data.X.shape == (n, 2 ** n)
    assert set(np.unique(data.X)) <= {0.0, 1.0}
    for j in range(2 ** n):
        bits = data.X[:, j].astype(int)
        assert int("".join(map(str, bits)), 2) == j  # column j spells j, most significant bit first
        assert data.labels[j] == bin(j).count("1") % 2


def test_parity_largest_size():
    data = parity(16)
    assert data.X.shape == (16, 65536)
    assert data.Y.sum() == 32768


# -- digits --------------------------------------------------------------------------------------

def test_digits_are_the_1797_uci_images():
    data = digits()
    assert (data.m, data.n_x, data.n_y, data.image_shape) == (1797, 64, 10, (8, 8))
    assert (data.task, data.classes) == ("multiclass", tuple(str(d) for d in range(10)))
    assert data.X.min() == 0.0 and data.X.max() == 1.0
    assert np.array_equal(data.X * 16, np.round(data.X * 16))  # pixel counts 0..16, scaled
    assert np.bincount(data.labels).tolist() == UCI_DIGIT_COUNTS


def test_digits_match_scikit_learns_copy():
    """Checksums of scikit-learn 1.9.1's load_digits() (data as uint8 (1797, 64), target as uint8),
    taken when the bundled file was made, so the check runs without scikit-learn installed."""
    data = digits()
    pixels = np.round(data.X.T * 16).astype(np.uint8)
    assert hashlib.sha256(pixels.tobytes()).hexdigest() == \
        "8f26b2bd9d135c256808f68f14fdabddde6d9c7f869ae419704b051f0f14b3b3"
    assert hashlib.sha256(data.labels.astype(np.uint8).tobytes()).hexdigest() == \
        "8ba4f891220f5e4c9c819638d1602d74b83618f167043c6da52a2a247841ddf0"
    # the image shape draws a column the way the data was scanned: row-major 8x8 (the first "0")
    assert (pixels[0].reshape(data.image_shape)[:2] == [[0, 0, 5, 13, 9, 1, 0, 0],
                                                         [0, 0, 13, 15, 10, 15, 5, 0]]).all()


def test_digit_pair_keeps_two_digits_with_the_second_as_class_1():
    data = digit_pair(3, 8)
    everything = digits()
    assert data.m == UCI_DIGIT_COUNTS[3] + UCI_DIGIT_COUNTS[8]
    assert data.Y.sum() == UCI_DIGIT_COUNTS[8]
    assert (data.task, data.classes, data.image_shape) == ("binary", ("3", "8"), (8, 8))
    eights = everything.X[:, everything.labels == 8]
    assert np.array_equal(data.X[:, data.labels == 1], eights)


@pytest.mark.parametrize("content", [None, b"not a zip", "wrong shape"])
def test_missing_or_damaged_digits_file_says_so(tmp_path, monkeypatch, content):
    path = tmp_path / "digits.npz"
    if content == "wrong shape":
        np.savez_compressed(path, images=np.zeros((10, 64), np.uint8), labels=np.zeros(10, np.uint8))
    elif content is not None:
        path.write_bytes(content)
    monkeypatch.setattr("visualnet.engine.datasets.digits.resource_path", lambda *parts: path)
    with pytest.raises(DatasetError, match="bundled digits"):
        digits()


def test_digit_split_is_deterministic_and_stratified():
    data = digits()
    train, dev = data.split(0.2, seed=0)
    train_again, dev_again = data.split(0.2, seed=0)
    _, dev_other = data.split(0.2, seed=1)
    assert np.array_equal(dev.X, dev_again.X) and np.array_equal(train.Y, train_again.Y)
    assert not np.array_equal(dev.X, dev_other.X)
    assert (train.m, dev.m) == (1437, 360)  # dev = ceil(0.2 m), as scikit-learn's train_test_split
    per_class = np.bincount(dev.labels)
    assert per_class.sum() == 360
    assert all(abs(k - c * 360 / 1797) < 1 for k, c in zip(per_class, UCI_DIGIT_COUNTS))  # stratified
    assert (np.bincount(train.labels) + per_class).tolist() == UCI_DIGIT_COUNTS


# -- registry -----------------------------------------------------------------------------------

def test_registry_lists_every_dataset_by_kind_in_order():
    assert list_datasets() == ["flower", "moons", "circles", "xor", "spiral", "blobs", "sine", "sawtooth", "parity",
                               "digits", "digit_pair"]
    assert list_datasets("1-D") == ["sine", "sawtooth"]
    assert list_datasets("bits") == ["parity"]
    assert list_datasets("images") == ["digits", "digit_pair"]
    assert all(info.description.strip() for info in DATASETS.values())


def test_load_dataset_passes_arguments_on():
    data = load_dataset("spiral", m=90, k=5, seed=4)
    assert isinstance(data, Dataset)
    assert np.array_equal(data.X, spiral(m=90, k=5, seed=4).X)


def test_unknown_dataset_names_the_known_ones():
    with pytest.raises(DatasetError, match="no built-in dataset called 'mnist'.*flower.*digit_pair"):
        load_dataset("mnist")


def test_unknown_argument_names_the_accepted_ones():
    with pytest.raises(DatasetError, match="'flower' does not take k; it takes m, noise, seed"):
        load_dataset("flower", k=3)


def test_unknown_kind_is_rejected():
    with pytest.raises(DatasetError, match="unknown dataset kind 'audio'"):
        list_datasets("audio")


# -- bad arguments ------------------------------------------------------------------------------

@pytest.mark.parametrize("make, kwargs, message", [
    (flower, dict(m=0), r"m \(the number of examples\) must be a whole number from 1 .* got 0"),
    (moons, dict(m=2.5), "m .* must be a whole number .* got 2.5"),
    (circles, dict(m=True), "got True"),
    (flower, dict(m=10 ** 7), "from 1 to 1,000,000"),
    (xor, dict(m=3), "xor needs at least 4 examples .* got m=3"),
    (spiral, dict(m=5, k=6), "spiral needs at least 6 examples"),
    (moons, dict(noise=-0.1), r"noise .* must be a number >= 0, got -0.1"),
    (blobs, dict(noise=float("nan")), "noise .* got nan"),
    (flower, dict(seed=-1), r"seed .* from 0 to 4,294,967,295, got -1"),
    (xor, dict(seed="1"), "seed .* got '1'"),
    (spiral, dict(k=1), r"k \(the number of classes\) must be a whole number from 2 to 10, got 1"),
    (blobs, dict(k=11), "k .* got 11"),
    (circles, dict(factor=1.0), "factor .* between 0 and 1, got 1.0"),
    (parity, dict(n=0), r"n \(the number of bits\) must be a whole number from 1 to 16, got 0"),
    (parity, dict(n=17), "got 17"),
    (digit_pair, dict(first=10), "first must be a digit from 0 to 9, got 10"),
    (digit_pair, dict(first=4, second=4), "two different digits, got 4 twice"),
])
def test_bad_arguments_raise_a_dataset_error_that_says_why(make, kwargs, message):
    with pytest.raises(DatasetError, match=message):
        make(**kwargs)


def test_smallest_sizes_still_hold_every_class():
    assert np.bincount(flower(m=2).labels).tolist() == [1, 1]
    assert np.bincount(spiral(m=3, k=3).labels).tolist() == [1, 1, 1]
    assert np.bincount(xor(m=4).labels).tolist() == [2, 2]
    assert parity(1).labels.tolist() == [0, 1]


def test_sine_is_a_seeded_regression_set():
    data = load_dataset("sine", m=50, noise=0.0, seed=4)
    assert (data.task, data.n_x, data.n_y, data.m, data.output_activation) == ("regression", 1, 1, 50, "linear")
    np.testing.assert_allclose(data.Y, np.sin(data.X))
    assert np.abs(data.X).max() <= np.pi
    assert np.array_equal(load_dataset("sine", seed=4).X, load_dataset("sine", seed=4).X)
    with pytest.raises(DatasetError):
        load_dataset("sine", m=0)

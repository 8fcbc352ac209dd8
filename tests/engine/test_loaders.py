"""Datasets from users' files: CSV, NPZ, MNIST IDX, the course's HDF5 and image folders."""
from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

import h5py
import numpy as np
import pytest
from PIL import Image

from visualnet.engine.datasets.loaders import (load_csv, load_file, load_h5, load_idx,
                                               load_image_folder, load_npz)
from visualnet.engine.errors import (DatasetError, FileFormatError, LabelError, MissingDependencyError,
                                     ResourceLimitError)


# ------------------------------------------------------------------------------ CSV
def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_header_and_binary_labels(tmp_path):
    data = load_csv(write(tmp_path / "pts.csv", "x1,x2,label\n0.5,1,0\n-2,3.5,1\n4,0,1\n"))
    assert (data.name, data.task, data.classes) == ("pts", "binary", ("0", "1"))
    assert np.array_equal(data.X, [[0.5, -2, 4], [1, 3.5, 0]])
    assert np.array_equal(data.Y, [[0, 1, 1]])
    assert data.X.dtype == np.float64 and data.source.endswith("pts.csv")


def test_csv_label_column_by_name_or_index(tmp_path):
    path = write(tmp_path / "t.csv", "y,a,b\n2,1,1\n3,2,2\n5,3,3\n2,4,4\n3,5,5\n5,6,6\n")
    by_name, by_index = load_csv(path, label_column="y"), load_csv(path, label_column=0)
    assert np.array_equal(by_name.Y, by_index.Y) and np.array_equal(by_name.X, [[1, 2, 3, 4, 5, 6]] * 2)
    # labels 2, 3, 5 become classes 0, 1, 2, named by their values
    assert by_name.task == "multiclass" and by_name.classes == ("2", "3", "5")
    assert np.array_equal(by_name.labels, [0, 1, 2, 0, 1, 2])
    # whole numbers that are all different (ages, say) are a quantity: a regression
    assert load_csv(write(tmp_path / "ages.csv", "x,age\n1,31\n2,45\n3,52\n4,38\n")).task == "regression"
    with pytest.raises(DatasetError, match=r"no column named 'z'; its columns are \['y', 'a', 'b'\]"):
        load_csv(path, label_column="z")
    with pytest.raises(DatasetError, match="3 columns, so there is no column 7"):
        load_csv(path, label_column=7)


def test_csv_without_header_semicolons_tabs_spaces_and_comments(tmp_path):
    expected = load_csv(write(tmp_path / "a.csv", "1,2,0\n3,4,1\n"))
    for name, text in [("b.csv", "# made by hand\n1;2;0\n\n3;4;1\n"), ("c.tsv", "1\t2\t0\n3\t4\t1\n"),
                       ("d.txt", " 1.0   2.0 0\n3 4  1 \n")]:
        data = load_csv(write(tmp_path / name, text))
        assert np.array_equal(data.X, expected.X) and np.array_equal(data.Y, expected.Y), name


def test_csv_with_decimal_commas_says_how_to_fix_them(tmp_path):
    with pytest.raises(FileFormatError, match=r"line 2, column 1 \('a'\) holds '1,5'.*decimal point as a dot: 1.5"):
        load_csv(write(tmp_path / "eu.csv", "a;b\n1,5;0\n2,5;1\n"))


def test_csv_reads_np_savetxt_output_and_a_bom(tmp_path):
    table = np.array([[0.1, 0.2, 0], [0.3, 0.4, 1], [0.5, 0.6, 1]])
    np.savetxt(tmp_path / "s.txt", table)
    assert np.array_equal(load_csv(tmp_path / "s.txt").X, table[:, :2].T)
    (tmp_path / "bom.csv").write_bytes("\ufeffa,b\n1,0\n2,1\n".encode("utf-8"))
    assert load_csv(tmp_path / "bom.csv", label_column="b").n_x == 1


def test_csv_fractional_labels_make_regression(tmp_path):
    data = load_csv(write(tmp_path / "r.csv", "x,y\n1,0.5\n2,1.5\n3,2\n"))
    assert data.task == "regression" and np.array_equal(data.Y, [[0.5, 1.5, 2]])
    forced = load_csv(write(tmp_path / "i.csv", "x,y\n1,10\n2,20\n3,30\n"), regression=True)
    assert forced.task == "regression"
    with pytest.raises(LabelError, match="whole numbers, found 0.5"):
        load_csv(tmp_path / "r.csv", regression=False)


def test_csv_text_cell_names_line_and_column(tmp_path):
    path = write(tmp_path / "bad.csv", "a,b,c\n1,2,0\n\n3,oops,1\n")
    with pytest.raises(FileFormatError, match=r"bad.csv, line 4, column 2 \('b'\) holds 'oops', which is not"):
        load_csv(path)


def test_csv_empty_nan_and_ragged_cells(tmp_path):
    with pytest.raises(FileFormatError, match="line 2, column 1 is empty"):
        load_csv(write(tmp_path / "e.csv", "1,0\n,1\n"))
    with pytest.raises(FileFormatError, match="line 1, column 2 holds 'nan'"):
        load_csv(write(tmp_path / "n.csv", "1,nan\n2,1\n"), header=False)
    with pytest.raises(FileFormatError, match="line 3 has 2 columns, but line 1 has 3"):
        load_csv(write(tmp_path / "r.csv", "1,2,0\n3,4,1\n5,1\n"))


@pytest.mark.parametrize("text, expected", [
    ("", "is empty"), ("\n\n# only a comment\n", "is empty"), ("a,b\n", "header but no rows"),
    ("1\n2\n", "a single column"),
])
def test_csv_without_usable_rows_is_a_dataset_error(tmp_path, text, expected):
    with pytest.raises(DatasetError, match=expected):
        load_csv(write(tmp_path / "x.csv", text))


def test_csv_labels_need_two_classes_and_names_need_a_header(tmp_path):
    with pytest.raises(LabelError, match="single class"):
        load_csv(write(tmp_path / "one.csv", "1,1\n2,1\n"))
    with pytest.raises(DatasetError, match="no header row"):
        load_csv(write(tmp_path / "h.csv", "1,0\n2,1\n"), label_column="y")


def test_csv_limits_and_binary_content(tmp_path):
    path = write(tmp_path / "big.csv", "1,0\n" * 1000)
    with pytest.raises(ResourceLimitError, match="big.csv"):
        load_csv(path, max_bytes=1000)
    with pytest.raises(ResourceLimitError, match="the numbers of"):
        load_csv(path, max_bytes=8000)  # the 4,000-byte file fits, its 16,000 bytes of numbers do not
    (tmp_path / "img.csv").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(FileFormatError, match="img.csv is damaged or is not a CSV text file"):
        load_csv(tmp_path / "img.csv")


# ------------------------------------------------------------------------------ NPZ
def test_npz_columns_with_label_rows_or_vectors(tmp_path):
    X = np.arange(12.0).reshape(3, 4)
    np.savez(tmp_path / "a.npz", X=X, Y=np.array([[0, 1, 1, 0]]))
    np.savez(tmp_path / "b.npz", X=X, Y=np.array([0, 1, 1, 0]), classes=np.array(["no", "yes"]))
    a, b = load_npz(tmp_path / "a.npz"), load_npz(tmp_path / "b.npz")
    assert np.array_equal(a.X, X) and np.array_equal(a.Y, b.Y) and a.task == "binary"
    assert b.classes == ("no", "yes")


def test_npz_one_hot_and_regression(tmp_path):
    Y = np.eye(3)[:, [0, 2, 1, 2]]
    np.savez(tmp_path / "c.npz", X=np.ones((2, 4)), Y=Y)
    data = load_npz(tmp_path / "c.npz")
    assert data.task == "multiclass" and np.array_equal(data.Y, Y)
    np.savez(tmp_path / "r.npz", X=np.ones((2, 3)), Y=np.array([0.1, 0.2, 0.3]))
    assert load_npz(tmp_path / "r.npz").task == "regression"
    np.savez(tmp_path / "s.npz", X=np.ones((2, 2)), Y=np.array([[0.5, 0.5], [0.5, 0.5]]))
    with pytest.raises(LabelError, match="2 rows, so it must be one-hot"):
        load_npz(tmp_path / "s.npz")


def test_npz_image_stack_is_flattened_the_course_way(tmp_path):
    images = np.random.RandomState(0).randint(0, 256, size=(5, 4, 3, 3)).astype(np.uint8)
    np.savez(tmp_path / "img.npz", X=images, Y=np.array([0, 1, 2, 1, 0]))
    data = load_npz(tmp_path / "img.npz")
    assert data.image_shape == (4, 3, 3) and data.X.shape == (36, 5)
    assert np.array_equal(data.X[:, 3], images[3].reshape(-1) / 255)


def test_npz_shape_problems_are_explained(tmp_path):
    np.savez(tmp_path / "t.npz", X=np.ones((10, 3)), Y=np.zeros(10))
    with pytest.raises(DatasetError, match=r"m = 3 examples.*\(10,\).*X looks transposed"):
        load_npz(tmp_path / "t.npz")
    np.savez(tmp_path / "y.npz", X=np.ones((3, 10)), Y=np.zeros((10, 1)))
    with pytest.raises(DatasetError, match="Y looks transposed"):
        load_npz(tmp_path / "y.npz")
    np.savez(tmp_path / "k.npz", x=np.ones((3, 10)), y=np.zeros(10))
    with pytest.raises(DatasetError, match=r"arrays named 'X' and 'Y'.*\['x', 'y'\]"):
        load_npz(tmp_path / "k.npz")
    np.savez(tmp_path / "s.npz", X=np.array([["a", "b"]]), Y=np.zeros(2))
    with pytest.raises(DatasetError, match="X in .*s.npz must hold real numbers"):
        load_npz(tmp_path / "s.npz")
    np.savez(tmp_path / "e.npz", X=np.ones((3, 0)), Y=np.zeros(0))
    with pytest.raises(DatasetError, match="no examples"):
        load_npz(tmp_path / "e.npz")


def test_npz_pickled_and_too_large(tmp_path):
    np.savez(tmp_path / "p.npz", X=np.array([{"a": 1}], dtype=object), Y=np.zeros(1))
    with pytest.raises(FileFormatError, match="pickled"):
        load_npz(tmp_path / "p.npz")
    np.savez(tmp_path / "u8.npz", X=np.zeros((100, 50, 10), np.uint8), Y=np.arange(100) % 2)
    with pytest.raises(ResourceLimitError, match="100 examples.*as float64 X"):
        load_npz(tmp_path / "u8.npz", max_bytes=100_000)  # 50 kB on disk, 400 kB as float64


# ------------------------------------------------------------------------------ MNIST IDX
def write_idx(path: Path, array: np.ndarray, code: int = 0x08, dims=None, extra: bytes = b"") -> Path:
    dims = array.shape if dims is None else dims
    data = struct.pack(">BBBB", 0, 0, code, len(dims)) + struct.pack(f">{len(dims)}I", *dims)
    data += array.astype(array.dtype.newbyteorder(">")).tobytes() + extra
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


@pytest.fixture
def mnist_like(tmp_path):
    images = np.arange(5 * 4 * 3, dtype=np.uint8).reshape(5, 4, 3) * 4
    labels = np.array([3, 0, 3, 1, 0], dtype=np.uint8)
    write_idx(tmp_path / "train-images-idx3-ubyte.gz", images)
    write_idx(tmp_path / "train-labels-idx1-ubyte.gz", labels)
    return tmp_path, images, labels


def test_idx_pairs_images_with_labels_from_either_file(mnist_like):
    folder, images, labels = mnist_like
    for given in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"):
        data = load_idx(folder / given)
        assert data.image_shape == (4, 3) and data.m == 5 and data.classes == ("0", "1", "3")
        assert np.array_equal(data.X[:, 2], images[2].reshape(-1) / 255)
        assert np.array_equal(data.labels, [2, 0, 2, 1, 0])
        assert data.name == "train-images-idx3-ubyte"


def test_idx_raw_files_and_other_dtypes(tmp_path):
    write_idx(tmp_path / "t10k-images.idx3-ubyte", np.ones((2, 2, 2), dtype=np.float32), code=0x0D)
    write_idx(tmp_path / "t10k-labels.idx1-ubyte", np.array([0, 1], dtype=np.int16), code=0x0B)
    data = load_idx(tmp_path / "t10k-images.idx3-ubyte")
    assert np.array_equal(data.X, np.ones((4, 2)))  # float pixels are kept, not divided by 255


def test_idx_header_that_lies_about_its_dims(tmp_path):
    labels = write_idx(tmp_path / "train-labels-idx1-ubyte", np.zeros(3, np.uint8))
    small = np.zeros((3, 4, 4), np.uint8)
    write_idx(tmp_path / "train-images-idx3-ubyte", small, dims=(3, 28, 28))
    with pytest.raises(FileFormatError, match=r"truncated: its header declares shape \(3, 28, 28\)"):
        load_idx(tmp_path / "train-images-idx3-ubyte", labels)
    write_idx(tmp_path / "train-images-idx3-ubyte", small, dims=(60_000_000, 60_000, 60_000))
    with pytest.raises(ResourceLimitError, match=r"\(60000000, 60000, 60000\)"):
        load_idx(tmp_path / "train-images-idx3-ubyte", labels)
    write_idx(tmp_path / "train-images-idx3-ubyte", small, dims=(3, 2, 2))
    with pytest.raises(FileFormatError, match="more data than its header declares"):
        load_idx(tmp_path / "train-images-idx3-ubyte", labels)


def test_idx_files_that_do_not_pair(mnist_like):
    folder, images, _ = mnist_like
    write_idx(folder / "train-labels-idx1-ubyte.gz", np.zeros(4, np.uint8))
    with pytest.raises(DatasetError, match="has 5 images but .* has 4 labels"):
        load_idx(folder / "train-images-idx3-ubyte.gz")
    with pytest.raises(DatasetError, match="must be an images file"):
        load_idx(folder / "train-images-idx3-ubyte.gz", folder / "train-images-idx3-ubyte.gz")
    (folder / "train-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(DatasetError, match="found no file pairing.*train-labels-idx1-ubyte"):
        load_idx(folder / "train-images-idx3-ubyte.gz")


def test_idx_damaged_files(mnist_like):
    folder, _, _ = mnist_like
    labels = folder / "train-labels-idx1-ubyte.gz"
    images = folder / "train-images-idx3-ubyte.gz"
    images.write_bytes(images.read_bytes()[:-12])
    with pytest.raises(FileFormatError, match="train-images-idx3-ubyte.gz"):
        load_idx(images, labels)
    images.write_bytes(gzip.compress(b"PK\x03\x04 something else"))
    with pytest.raises(FileFormatError, match="is not an IDX file"):
        load_idx(images, labels)
    write_idx(labels, np.array([0.5, 1.5, 0, 0, 0]), code=0x0E)
    write_idx(images, np.zeros((5, 2, 2), np.uint8))
    with pytest.raises(LabelError, match="whole-number labels"):
        load_idx(images)


# ------------------------------------------------------------------------------ course HDF5
def write_course_h5(path: Path, split: str = "train", m: int = 6, classes=(b"non-cat", b"cat"), **overrides):
    rng = np.random.RandomState(0)
    items = {f"{split}_set_x": rng.randint(0, 256, size=(m, 4, 4, 3)).astype(np.uint8),
             f"{split}_set_y": np.arange(m) % 2}
    if classes is not None:
        items["list_classes"] = np.array(classes)
    items.update(overrides)
    with h5py.File(path, "w") as f:
        for key, value in items.items():
            if value is not None:
                f.create_dataset(key, data=value)
    return items


@pytest.mark.parametrize("split", ["train", "test"])
def test_h5_course_layout(tmp_path, split):
    items = write_course_h5(tmp_path / f"{split}_catvnoncat.h5", split)
    data = load_h5(tmp_path / f"{split}_catvnoncat.h5")
    x = items[f"{split}_set_x"]
    assert np.array_equal(data.X, x.reshape(x.shape[0], -1).T / 255)  # the course's own line
    assert data.image_shape == (4, 4, 3) and data.classes == ("non-cat", "cat") and data.task == "binary"
    assert np.array_equal(data.Y, [[0, 1, 0, 1, 0, 1]])


def test_a_course_train_file_takes_the_test_file_beside_it_as_its_dev_set(tmp_path):
    train = write_course_h5(tmp_path / "train_catvnoncat.h5", m=6)
    rng = np.random.RandomState(1)
    test_x = rng.randint(0, 256, size=(4, 4, 4, 3)).astype(np.uint8)
    write_course_h5(tmp_path / "test_catvnoncat.h5", "test", m=4, test_set_x=test_x,
                    test_set_y=np.array([1, 1, 0, 1]))
    data = load_h5(tmp_path / "train_catvnoncat.h5")
    assert data.notes == (("dev", "test_catvnoncat.h5"),) and data.dev_from == 6
    for fraction, seed in ((0.2, 0), (0.5, 3)):  # the file's own dev set, whatever the split asks
        part_train, part_dev = data.split(fraction, seed)
        assert np.array_equal(part_train.X, train["train_set_x"].reshape(6, -1).T / 255)
        assert np.array_equal(part_dev.X, test_x.reshape(4, -1).T / 255)
        assert np.array_equal(part_dev.Y, [[1, 1, 0, 1]])
    assert load_h5(tmp_path / "test_catvnoncat.h5").dev_from is None  # the test file alone is split as usual


def test_a_test_file_of_other_images_is_refused_with_what_to_do(tmp_path):
    write_course_h5(tmp_path / "train_signs.h5")
    write_course_h5(tmp_path / "test_signs.h5", "test", test_set_x=np.zeros((6, 8, 8, 3), np.uint8))
    with pytest.raises(FileFormatError, match=r"test_signs.h5 lies beside train_signs.h5 as its test set, but "
                                              r"holds images of shape \(8, 8, 3\), not \(4, 4, 3\); move or rename"):
        load_h5(tmp_path / "train_signs.h5")


def test_the_train_and_test_files_share_one_memory_budget(tmp_path):
    write_course_h5(tmp_path / "train_x.h5", m=6)  # 6 * 48 values = 2,304 bytes as float64
    write_course_h5(tmp_path / "test_x.h5", "test", m=6)
    with pytest.raises(ResourceLimitError, match="12 examples of .*test_x.h5 and the train file beside it"):
        load_h5(tmp_path / "train_x.h5", max_bytes=3000)  # each file fits alone, not both


def test_h5_wrong_layouts(tmp_path):
    path = tmp_path / "x.h5"
    write_course_h5(path, train_set_x=None)
    with pytest.raises(FileFormatError, match=r"course's layout.*\['list_classes', 'train_set_y'\]"):
        load_h5(path)
    write_course_h5(path, train_set_y=np.zeros(4))
    with pytest.raises(FileFormatError, match=r"6 images, so 'train_set_y' must be \(m,\) = \(6,\) labels; got shape \(4,\)"):
        load_h5(path)
    write_course_h5(path, train_set_y=None)
    with pytest.raises(FileFormatError, match="needs 'train_set_y' as an array of numbers; found nothing"):
        load_h5(path)
    write_course_h5(path, classes=(b"cat",))
    with pytest.raises(LabelError, match="index the 1 class names"):
        load_h5(path)
    write_course_h5(path, train_set_x=np.array([b"a", b"b"]))
    with pytest.raises(FileFormatError, match="'train_set_x' as an array of numbers"):
        load_h5(path)
    write_course_h5(path)
    with pytest.raises(ResourceLimitError, match="6 examples"):
        load_h5(path, max_bytes=1000)


def test_h5_that_is_not_hdf5(tmp_path):
    (tmp_path / "fake.h5").write_text("not hdf5")
    with pytest.raises(FileFormatError, match="fake.h5 is damaged or is not an HDF5 file"):
        load_h5(tmp_path / "fake.h5")


def test_h5_without_h5py_says_how_to_install_it(tmp_path, monkeypatch):
    write_course_h5(tmp_path / "train.h5")
    monkeypatch.setitem(sys.modules, "h5py", None)  # makes "import h5py" raise ImportError
    with pytest.raises(MissingDependencyError) as error:
        load_h5(tmp_path / "train.h5")
    assert error.value.message.code == "dependency.h5py"
    assert str(error.value) == "Reading the course's .h5 files needs h5py: pip install 'visualnet[h5]'"


# ------------------------------------------------------------------------------ image folders
def save_image(path: Path, size=(4, 3), mode="RGB", value=0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new(mode, size, value if mode != "RGB" else (value, 255 - value, 7)).save(path)


def test_image_folder_one_class_per_sub_folder(tmp_path):
    for i in range(2):
        save_image(tmp_path / "cats" / f"c{i}.png", value=10 * i)
    for i in range(3):
        save_image(tmp_path / "dogs" / f"d{i}.jpg" if i == 2 else tmp_path / "dogs" / f"d{i}.png", value=200)
    (tmp_path / "dogs" / "notes.txt").write_text("skipped")
    (tmp_path / ".hidden").mkdir()
    data = load_image_folder(tmp_path)
    assert data.classes == ("cats", "dogs") and data.image_shape == (3, 4, 3) and data.X.shape == (36, 5)
    assert np.array_equal(data.Y, [[0, 0, 1, 1, 1]])
    assert np.array_equal(data.X[:3, 1], np.array([10, 245, 7]) / 255)


def test_image_folder_mixed_sizes_and_colours_name_the_odd_file(tmp_path):
    save_image(tmp_path / "a" / "1.png")
    save_image(tmp_path / "b" / "2.png", size=(5, 3))
    with pytest.raises(DatasetError, match=r"2.png is 5 x 3 pixels, colour but .*1.png is 4 x 3 pixels"):
        load_image_folder(tmp_path)
    save_image(tmp_path / "b" / "2.png", mode="L")
    with pytest.raises(DatasetError, match="2.png is 4 x 3 pixels, grayscale but .* colour"):
        load_image_folder(tmp_path)


def test_image_folder_problems(tmp_path):
    save_image(tmp_path / "a" / "1.png")
    with pytest.raises(DatasetError, match=r"at least 2; found \['a'\]"):
        load_image_folder(tmp_path)
    (tmp_path / "b").mkdir()
    with pytest.raises(DatasetError, match="class folder .*b has no images"):
        load_image_folder(tmp_path)
    (tmp_path / "b" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    with pytest.raises(FileFormatError, match="broken.png is damaged"):
        load_image_folder(tmp_path)
    save_image(tmp_path / "b" / "broken.png")
    save_image(tmp_path / "b" / "deep.png", mode="I;16", value=60_000)
    with pytest.raises(FileFormatError, match="deep.png has I.* pixels \\(16-bit"):
        load_image_folder(tmp_path)
    (tmp_path / "b" / "deep.png").unlink()
    with pytest.raises(ResourceLimitError, match="more than 1 images"):
        load_image_folder(tmp_path, max_images=1)
    with pytest.raises(ResourceLimitError, match="as float64 X"):
        load_image_folder(tmp_path, max_bytes=100)
    assert load_image_folder(tmp_path).m == 2


def test_image_folder_without_pillow(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "PIL", None)
    with pytest.raises(MissingDependencyError, match="Pillow"):
        load_image_folder(tmp_path)


# ------------------------------------------------------------------------------ load_file
def test_load_file_dispatches_by_suffix_then_content(tmp_path, mnist_like):
    folder, _, _ = mnist_like
    np.savez(tmp_path / "d.npz", X=np.ones((2, 2)), Y=np.array([0, 1]))
    write_course_h5(tmp_path / "weird_name.data")
    write_idx(tmp_path / "images-raw", np.zeros((2, 2, 2), np.uint8))
    write_idx(tmp_path / "labels-raw", np.array([0, 1], np.uint8))
    write(tmp_path / "t.csv", "a,b\n1,0\n2,1\n")
    save_image(tmp_path / "imgs" / "x" / "1.png")
    save_image(tmp_path / "imgs" / "y" / "1.png")
    assert load_file(tmp_path / "d.npz").n_x == 2
    assert load_file(tmp_path / "weird_name.data").image_shape == (4, 4, 3)
    assert load_file(tmp_path / "images-raw").image_shape == (2, 2)
    assert load_file(tmp_path / "t.csv", label_column="b").m == 2
    assert load_file(tmp_path / "imgs").classes == ("x", "y")
    assert load_file(folder / "train-labels-idx1-ubyte.gz").m == 5


def test_load_file_refuses_what_it_cannot_read(tmp_path):
    np.save(tmp_path / "one.npy", np.ones(3))
    with pytest.raises(FileFormatError, match="single array, but a dataset needs X and Y"):
        load_file(tmp_path / "one.npy")
    (tmp_path / "song.mp3").write_bytes(b"ID3\x03\x00 music")
    with pytest.raises(FileFormatError, match="cannot tell what kind of file .*song.mp3"):
        load_file(tmp_path / "song.mp3")
    (tmp_path / "fake.npz").write_text("text")
    with pytest.raises(FileFormatError, match="fake.npz is damaged or is not a NumPy .npz file"):
        load_file(tmp_path / "fake.npz")


# ------------------------------------------------------------------------------ CSV as people export them
def breast_cancer_csv(path, label_first: bool = True, encoding: str = "utf-8", index: bool = False):
    """The Wisconsin breast-cancer table laid out as its public CSV is: id, diagnosis (M/B), 30 features."""
    import csv as csv_module

    from sklearn.datasets import load_breast_cancer
    data = load_breast_cancer()
    words = np.where(data.target == 0, "M", "B")  # sklearn's 0 is malignant
    header = ["id", "diagnosis", *data.feature_names] if label_first else ["id", *data.feature_names, "diagnosis"]
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv_module.writer(f)
        writer.writerow(([""] if index else []) + header)
        for i, (row, word) in enumerate(zip(data.data, words)):
            numbers = list(map(str, row.tolist()))
            cells = [str(842302 + i), word, *numbers] if label_first else [str(842302 + i), *numbers, word]
            writer.writerow(([str(i)] if index else []) + cells)
    return data


@pytest.mark.parametrize("label_first", [True, False])
def test_a_public_table_with_word_labels_in_any_column_is_a_classification(tmp_path, label_first):
    data = breast_cancer_csv(tmp_path / "data.csv", label_first)
    dataset = load_csv(tmp_path / "data.csv")  # nothing said: the column named "diagnosis" is the label
    assert dataset.task == "binary" and dataset.classes == ("B", "M")
    assert dataset.n_x == 31 and dataset.m == 569  # id and the 30 measurements; the label is not a feature
    np.testing.assert_array_equal(dataset.Y[0], (data.target == 0).astype(float))  # M is class 1
    np.testing.assert_allclose(dataset.X[1:], data.data.T)
    assert dataset.notes == (("label", "diagnosis"),)
    assert dataset.label_column == (1 if label_first else 31) and dataset.table_columns[0] == "id"


def test_a_pandas_index_column_is_dropped_with_a_note(tmp_path):
    breast_cancer_csv(tmp_path / "pandas.csv", index=True)
    dataset = load_csv(tmp_path / "pandas.csv")
    assert dataset.n_x == 31 and dataset.classes == ("B", "M")
    assert dataset.notes == (("label", "diagnosis"), ("index", ""))


def test_the_only_column_of_words_is_the_label_and_others_are_guessed_last(tmp_path):
    from sklearn.datasets import load_iris
    iris = load_iris()
    rows = ["sepal_length,sepal_width,species,petal_length,petal_width"]
    rows += [f"{a},{b},{iris.target_names[t]},{c},{d}" for (a, b, c, d), t in zip(iris.data, iris.target)]
    dataset = load_csv(write(tmp_path / "iris.csv", "\n".join(rows)))
    assert dataset.classes == ("setosa", "versicolor", "virginica") and dataset.n_x == 4
    assert load_csv(write(tmp_path / "plain.csv", "a,b,c\n1,2,0\n3,4,1\n")).label_column == 2  # the last


@pytest.mark.parametrize("encoding, delimiter, header, classes", [
    ("utf-16", "\t", ("größe", "würde", "klasse"), ("bénin", "malin")),  # Excel's "Unicode text"
    ("cp1252", ";", ("größe", "würde", "klasse"), ("bénin", "malin")),  # Excel's CSV on a Western Windows
    ("gb18030", ",", ("大小", "数量", "类别"), ("恶性", "良性")),  # Excel's CSV on a Chinese Windows
])
def test_text_in_the_encodings_spreadsheets_write_is_read(tmp_path, encoding, delimiter, header, classes):
    lines = [delimiter.join(header)] + [delimiter.join([str(i), str(i % 3), classes[i % 2]]) for i in range(20)]
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))  # utf-16 gets its BOM, as Excel writes it
    dataset = load_csv(path)
    assert dataset.classes == tuple(sorted(classes)) and dataset.m == 20 and dataset.n_x == 2
    assert dataset.notes == (("label", header[2]), ("encoding", encoding))


def test_a_single_example_and_binary_data_get_their_own_messages(tmp_path):
    with pytest.raises(DatasetError, match="holds a single example"):
        load_csv(write(tmp_path / "one.csv", "a,b,label\n1,2,yes\n"))
    (tmp_path / "sheet.csv").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 30)  # an .xlsx renamed
    with pytest.raises(FileFormatError, match=r"not a CSV text file \(it holds binary data\).*CSV UTF-8"):
        load_csv(tmp_path / "sheet.csv")

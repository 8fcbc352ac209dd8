"""Datasets from the student's own files: CSV, NPZ, MNIST IDX, the course's HDF5, image folders.

Every loader returns a :class:`Dataset` in the course's layout -- X (n_x, m) float64, one
example per column -- and treats its file as untrusted: sizes declared in headers are checked
against a memory limit before anything is allocated, and every problem is reported as a
visualnet error naming the file, the array and the numbers (never a bare NumPy traceback).

Labels: whole numbers with few distinct values (at most 50, and at most half as many as there are
examples) are classes; words are classes too. Their distinct values, in increasing order, become
classes 0, 1, ..., C-1, named by the values (labels 1/2 become classes "1" and "2"; 0..9 stay 0..9).
Two classes give a (1, m) 0/1 Y for a sigmoid output, more give one-hot (C, m) Y for softmax.
Labels with fractions (2.5), or whole numbers with many values (ages), make a regression dataset
(CSV and NPZ; ``regression=`` decides instead).

Images are flattened the course's way, ``images.reshape(m, -1).T``, so column j is image j in
row-major (C) order; 8-bit images are divided by 255, other numbers are kept as they are.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import gzip
import inspect
import io
import itertools
import math
import re
import struct
import zlib
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence, TextIO, Union

import numpy as np

from ..errors import (DatasetError, FileFormatError, LabelError, Message, MissingDependencyError, ResourceLimitError,
                      say)
from ..npzsafe import DEFAULT_MAX_BYTES, PathLike, check_limit, corruption_as_format_error, read_npz, regular_file
from .base import Dataset, from_labels

DEFAULT_MAX_IMAGES = 100_000
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
_MAX_CLASS_NAMES = 10_000  # class names are a short list; more means the file is not a dataset


# ---------------------------------------------------------------------------------- shared steps
def _check_features(values: int, m: int, max_bytes: int, where: str | Message) -> None:
    """Refuse, before reading, features (``values`` numbers in all) whose float64 X exceeds the limit."""
    check_limit(values * 8, max_bytes, say("what.examples", m=m, where=where))


def _images_to_X(images: np.ndarray) -> np.ndarray:
    """(n_x, m) float64 from an (m, ...) stack: column j is example j flattened in C order."""
    X = images.reshape(images.shape[0], -1).T
    return X / 255.0 if images.dtype == np.uint8 else X.astype(np.float64)


def _require_numbers(array: np.ndarray, what: Message) -> None:
    if array.dtype.kind not in "biuf":
        raise DatasetError("file.not_numbers", what=what, dtype=str(array.dtype))


def _classification(path: Path, X: np.ndarray, labels: np.ndarray, classes: Optional[Sequence[str]],
                    max_bytes: int, **kwargs: Any) -> Dataset:
    """A binary or multi-class dataset from whole-number labels (see the module's rule).

    With ``classes`` (names stored in the file) the labels index the names directly.
    """
    if classes is not None:
        if labels.min() < 0 or labels.max() >= len(classes):
            raise LabelError("label.class_names_index", path=path, count=len(classes), last=len(classes) - 1,
                             low=float(labels.min()), high=float(labels.max()))
        values, index = np.arange(len(classes)), labels.astype(np.int64)
    else:
        values, index = np.unique(labels, return_inverse=True)
        classes = [str(int(v)) for v in values]
    check_limit(len(values) * labels.size * 8, max_bytes,
                say("what.one_hot", path=path, classes=len(values), m=labels.size))
    return from_labels(path.stem, X, index, classes=tuple(classes), **kwargs)


def _dataset(path: Path, X: np.ndarray, y: np.ndarray, regression: Optional[bool], max_bytes: int,
             classes: Optional[Sequence[str]] = None, image_shape: Optional[tuple[int, ...]] = None,
             **more: Any) -> Dataset:
    """The Dataset for features X (n_x, m) and one target per example ``y`` (m,); ``more`` are
    further Dataset fields (notes, dev_from)."""
    kwargs = dict(image_shape=image_shape, description=f"Read from {path.name}", source=str(path), **more)
    y = y.reshape(-1)
    if y.size == 0:
        raise DatasetError("file.no_examples", path=path)
    finite = np.isfinite(y)
    if not finite.all():
        raise LabelError("label.not_finite", path=path, example=int(np.argmin(finite)), value=float(y[~finite][0]))
    whole = bool(np.all(y == np.round(y)))
    # whole numbers with many different values (ages, prices in dollars) are quantities, not classes
    many = len(np.unique(y)) > min(_MAX_WORD_CLASSES, max(2, y.size // 2)) if whole and regression is None else False
    if regression or (regression is None and (not whole or many)):
        return Dataset(path.stem, X, y[None, :].astype(np.float64), "regression", **kwargs)
    if not whole:
        fraction = y[y != np.round(y)][0]
        raise LabelError("label.fraction", path=path, fraction=float(fraction))
    return _classification(path, X, y, classes, max_bytes, **kwargs)


def _class_names(names: Optional[np.ndarray], where: Message) -> Optional[list[str]]:
    """Class names stored as a 1-D array of text or bytes (the course's ``list_classes``)."""
    if names is None:
        return None
    if names.ndim != 1 or names.dtype.kind not in "SUO" or not 0 < names.size <= _MAX_CLASS_NAMES:
        raise FileFormatError("file.class_names_shape", where=where, shape=names.shape, dtype=str(names.dtype))
    decoded = [name.decode("utf-8", "replace") if isinstance(name, bytes) else name for name in names.tolist()]
    if not all(isinstance(name, str) for name in decoded):
        raise FileFormatError("file.class_names_text", where=where)
    return decoded


# ---------------------------------------------------------------------------------- CSV
# header names that say "this column is what to predict", compared in lower case
LABEL_NAMES = ("label", "labels", "target", "class", "classes", "y", "diagnosis", "species", "outcome",
               "category", "variety", "type", "result", "survived", "churn",
               "标签", "类别", "类", "目标", "诊断", "种类", "结果")
# what spreadsheets write: UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text"), Chinese
# Excel's GB18030, Western Excel's Windows-1252; the first that decodes the whole file is taken
ENCODINGS = ("utf-8", "gb18030", "cp1252")
_PANDAS_INDEX_NAMES = ("", "unnamed: 0", "index")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")
_BINARY = re.compile("[\x00-\x08\x0e-\x1f]")  # control characters no text file holds
_MAX_WORD_CLASSES = 50  # more different words than this, in over half the rows: names, not classes
_SAMPLE_ROWS = 1000  # rows read first to guess the header, a pandas index and the label column


def load_csv(path: PathLike, label_column: Union[int, str, None] = None, header: Optional[bool] = None,
             delimiter: Optional[str] = None, regression: Optional[bool] = None,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """A table, one example per row, one column holding the label (a number or a word).

    Parameters
    ----------
    path : the text file, in any encoding a spreadsheet writes (see ENCODINGS)
    label_column : the label's column: an index, a header name, or None to guess -- a column named
        like a label (LABEL_NAMES), else the only column of words, else the last
    header : whether the first row names the columns; None guesses: the first row is a header
        when one of its cells is not a number
    delimiter : the cell separator; None takes tab, ``;`` or ``,`` (in that order) from the
        first row, else runs of spaces (what ``np.savetxt`` writes)
    regression : None to decide from the labels, True for regression, False for classes
    max_bytes : the most memory the file and its numbers may need

    Blank lines and lines starting with ``#`` are skipped. A first column that numbers the rows
    0, 1, 2, ... under an empty name (what pandas' ``to_csv`` writes) is dropped. The dataset's
    ``notes`` say which column is the label, the encoding when it was not UTF-8, and a dropped index;
    ``label_column`` and ``table_columns`` let the app offer the other columns as the label. Labels that are
    words become classes named by the words, in sorted order.

    Raises
    ------
    FileFormatError
        A feature cell that is not a finite number (with its line and column), rows of different
        lengths, a file that is not text in any encoding spreadsheets write.
    DatasetError
        An empty file, a single example, fewer than two columns, an unknown label column.
    """
    path = Path(path)
    check_limit(path.stat().st_size, max_bytes, say("what.reading", where=path))
    text, encoding = _decode(path.read_bytes(), path)
    with corruption_as_format_error(str(path), say("kind.csv"), (csv.Error,)):
        records = _records(io.StringIO(text, newline=""), delimiter)
        sample = list(itertools.islice(records, _SAMPLE_ROWS + 1))
        if not sample:
            raise DatasetError("csv.empty", path=path)
        first_line, first_cells = sample[0]
        if header is None:
            header = any(_to_float(cell) is None for cell in first_cells)
        names = [cell.strip() for cell in first_cells] if header else None
        head = sample[1:] if header else sample
        for line, cells in head:
            _check_width(line, cells, (first_line, len(first_cells)), path)
        notes = [] if encoding == "utf-8" else [("encoding", encoding)]
        columns = list(range(len(first_cells)))
        if _is_pandas_index(names, head):
            columns = columns[1:]
            notes.append(("index", names[0]))  # it numbers the rows, as pandas' to_csv writes it: left out
        if len(columns) < 2:
            raise DatasetError("csv.single_column", path=path)
        label = (_guess_label(names, head, columns) if label_column is None
                 else _column_index(label_column, names, len(first_cells), path))
        features = [c for c in columns if c != label]
        X, labels = _read_rows(itertools.chain(head, records), (first_line, len(first_cells)), features, label,
                               path, names, max_bytes)
    if not labels:
        raise DatasetError("csv.header_only", path=path)
    if len(labels) == 1:
        raise DatasetError("csv.single_example", path=path)
    numbers = [_to_float(word) for _, word in labels]
    if all(n is not None for n in numbers):
        bad = next(((line, word) for (line, word), n in zip(labels, numbers) if not math.isfinite(n)), None)
        if bad is not None:
            _parse_row([bad[1]], bad[0], path, [names[label]] if names else None, [label])
        dataset = _dataset(path, X.T, np.array(numbers, dtype=np.float64), regression, max_bytes)
    else:
        dataset = _word_classes(path, X.T, [word for _, word in labels], label, names, regression, max_bytes)
    columns_named = tuple(names) if names else tuple(f"column {c + 1}" for c in range(len(first_cells)))
    notes.insert(0, ("label", columns_named[label]))
    return replace(dataset, notes=tuple(notes), label_column=label, table_columns=columns_named)


def _read_rows(rows: Iterator[tuple[int, list[str]]], first: tuple[int, int], features: list[int], label: int,
               path: Path, names: Optional[list[str]], max_bytes: int
               ) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """The (rows, features) numbers, in a compact float buffer, and each row's (line, label cell)."""
    values, labels = array("d"), []
    feature_names = [names[c] for c in features] if names else None
    max_cells = max_bytes // 8
    for line, cells in rows:
        _check_width(line, cells, first, path)
        values.extend(_parse_row([cells[c] for c in features], line, path, feature_names, features))
        labels.append((line, cells[label].strip()))
        if len(values) + len(labels) > max_cells:
            check_limit((len(values) + len(labels)) * 8, max_bytes, say("what.numbers", path=path))
    return np.frombuffer(values, dtype=np.float64).reshape(len(labels), len(features)), labels


def _check_width(line: int, cells: list[str], first: tuple[int, int], path: Path) -> None:
    """Every row has as many cells as the first (``first``: its line and width)."""
    if len(cells) != first[1]:
        raise FileFormatError("csv.ragged", path=path, line=line, count=len(cells), first_line=first[0],
                              first_count=first[1])


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read in (a BOM decides first)."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            with corruption_as_format_error(str(path), say("kind.csv"), (UnicodeDecodeError,)):
                return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
    for encoding in ENCODINGS:
        if encoding == "gb18030" and any(len(run) % 2 for run in _HIGH_BYTES.findall(data)):
            continue  # Chinese characters come in byte pairs; a lone accented letter (é in cp1252) does not
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _BINARY.search(text, 0, 4096):  # a picture, a spreadsheet's own format, a zip: not text at all
            raise FileFormatError("csv.binary", path=path)
        return text, encoding
    raise FileFormatError("csv.encoding", path=path)


def _is_pandas_index(names: Optional[list[str]], sample: list[tuple[int, list[str]]]) -> bool:
    """A first column named "" (or "Unnamed: 0", "index") holding increasing whole numbers."""
    if names is None or names[0].lower() not in _PANDAS_INDEX_NAMES or not sample:
        return False
    values = [_to_float(cells[0]) for _, cells in sample]
    return all(v is not None and v == int(v) for v in values) and all(a < b for a, b in zip(values, values[1:]))


def _guess_label(names: Optional[list[str]], body: list[tuple[int, list[str]]], columns: list[int]) -> int:
    """A column named like a label, else the only column of words, else the last column."""
    if names is not None:
        named = [c for c in columns if names[c].strip().lower() in LABEL_NAMES]
        if named:
            return named[0]
    sample = body[:_SAMPLE_ROWS]
    # a column of words (most cells): one stray word in a column of numbers is a typo, reported as one
    words = [c for c in columns if 2 * sum(_is_word(cells[c]) for _, cells in sample) > len(sample)]
    if len(words) == 1:
        return words[0]
    return columns[-1]


def _numbers(body: list[tuple[int, list[str]]], columns: list[int], path: Path, names: Optional[list[str]],
             max_bytes: int) -> np.ndarray:
    """The (rows, columns) numbers of the feature columns, kept in a compact float buffer."""
    check_limit(len(body) * len(columns) * 8, max_bytes, say("what.numbers", path=path))
    values = array("d")
    for line, cells in body:
        values.extend(_parse_row([cells[c] for c in columns], line, path,
                                 [names[c] for c in columns] if names else None, columns))
    return np.frombuffer(values, dtype=np.float64).reshape(len(body), len(columns))


def _word_classes(path: Path, X: np.ndarray, words: list[str], label: int, names: Optional[list[str]],
                  regression: Optional[bool], max_bytes: int) -> Dataset:
    """Classes named by the label column's words (sorted); a blank label is refused with its example."""
    blank = next((i for i, word in enumerate(words) if not word), None)
    if blank is not None:
        raise LabelError("label.empty", path=path, example=blank + 1)
    if regression:
        raise LabelError("label.words_for_regression", path=path, column=names[label] if names else label + 1)
    classes, index = np.unique(np.array(words, dtype=object).astype(str), return_inverse=True)
    if len(classes) > _MAX_CLASS_NAMES or len(classes) > len(words) // 2:
        raise LabelError("label.names_examples", path=path, column=names[label] if names else label + 1,
                         classes=len(classes), rows=len(words))
    return _classification(path, X, index.astype(np.float64), [str(c) for c in classes], max_bytes,
                           image_shape=None, description=f"Read from {path.name}", source=str(path))


def _records(f: TextIO, delimiter: Optional[str]) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each row that is not blank or a ``#`` comment."""
    if delimiter is None:
        delimiter = _guess_delimiter(f)
    if delimiter == " ":
        numbered: Iterator[tuple[int, list[str]]] = ((n, line.split()) for n, line in enumerate(f, 1))
    else:
        reader = csv.reader(f, delimiter=delimiter)
        numbered = ((reader.line_num, cells) for cells in reader)
    for line, cells in numbered:
        if any(cell.strip() for cell in cells) and not cells[0].lstrip().startswith("#"):
            yield line, cells


def _guess_delimiter(f: TextIO) -> str:
    """Tab, ``;`` or ``,``, the first of them in the first data line; else a space.

    ``;`` goes before ``,`` because where ``;`` separates cells, ``,`` is the decimal mark.
    """
    sample = f.read(1 << 16)
    f.seek(0)
    lines = (line for line in sample.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    first = next(lines, "")
    return next((d for d in ("\t", ";", ",") if d in first), " ")


def _to_float(cell: str) -> Optional[float]:
    try:
        return float(cell)
    except ValueError:
        return None


def _is_word(cell: str) -> bool:
    """A cell of text: not a number, not a number with a decimal comma, not a missing value."""
    cell = cell.strip()
    return bool(cell) and _to_float(cell) is None and _to_float(cell.replace(",", ".")) is None


def _is_finite_number(cell: str) -> bool:
    value = _to_float(cell)
    return value is not None and math.isfinite(value)


def _parse_row(cells: list[str], line: int, path: Path, names: Optional[list[str]],
               columns: Optional[list[int]] = None) -> list[float]:
    """The row's numbers, or a FileFormatError pointing at the first bad cell (``columns``: the file's
    column of each cell, when they are not all of them)."""
    try:
        row = [float(cell) for cell in cells]
        if all(map(math.isfinite, row)):
            return row
    except ValueError:
        pass
    column = next(c for c, cell in enumerate(cells) if not _is_finite_number(cell))
    named = say("csv.column_name", name=names[column]) if names else ""
    cell = cells[column].strip()
    problem = say("csv.cell_empty") if not cell else say("csv.cell_not_number", cell=cell[:40])
    if _is_finite_number(cell.replace(",", ".")):
        problem = say("csv.decimal_comma", problem=problem, dot=cell.replace(',', '.'))
    elif cell and _to_float(cell) is None:
        problem = say("csv.words_in_features", problem=problem)
    number = (columns[column] if columns else column) + 1
    raise FileFormatError("csv.bad_cell", path=path, line=line, number=number, named=named, problem=problem)


def _column_index(label_column: Union[int, str], names: Optional[list[str]], width: int, path: Path) -> int:
    """The label column as an index 0..width-1."""
    if isinstance(label_column, str):
        if names is None:
            raise DatasetError("csv.no_header", path=path, label_column=label_column)
        if label_column not in names:
            raise DatasetError("csv.no_column_named", path=path, label_column=label_column, names=names)
        return names.index(label_column)
    if not -width <= label_column < width:
        raise DatasetError("csv.no_column_number", path=path, width=width, label_column=label_column)
    return label_column % width


# ---------------------------------------------------------------------------------- NPZ
def load_npz(path: PathLike, regression: Optional[bool] = None,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """Arrays ``X`` and ``Y`` saved with ``np.savez(path, X=X, Y=Y)``, optionally ``classes``.

    ``X`` is either (n_x, m), one example per column, used as it is, or a stack of m images
    (m, h, w) or (m, h, w, c), flattened (and divided by 255 when it is uint8). ``Y`` holds
    one label per example, (m,) or (1, m), or one-hot columns (C, m).
    ``classes`` (optional) names the classes, as text. Other arrays are ignored.

    Raises
    ------
    FileFormatError
        Damaged or pickled file (see :func:`read_npz`).
    DatasetError, LabelError
        Missing X or Y, shapes that do not match, labels that are not classes.
    """
    path = Path(path)
    arrays = read_npz(path, max_bytes)
    if "X" not in arrays or "Y" not in arrays:
        raise DatasetError("npz.needs_X_Y", path=path, names=sorted(arrays))
    X, Y = arrays["X"], arrays["Y"]
    _require_numbers(X, say("where.member", member="X", file=path))
    _require_numbers(Y, say("where.member", member="Y", file=path))
    if X.ndim not in (2, 3, 4):
        raise DatasetError("npz.X_shape", path=path, X_shape=X.shape)
    image_shape = X.shape[1:] if X.ndim > 2 else None
    m = X.shape[0] if image_shape else X.shape[1]
    _check_npz_Y(X, Y, m, path)
    _check_features(X.size, m, max_bytes, str(path))
    X = _images_to_X(X) if image_shape else X.astype(np.float64)
    classes = _class_names(arrays.get("classes"), say("where.member", member="classes", file=path))
    if Y.ndim == 2 and Y.shape[0] > 1:
        if not (np.isin(Y, (0, 1)).all() and (Y.sum(axis=0) == 1).all()):
            raise LabelError("npz.one_hot", path=path, rows=Y.shape[0])
        return _dataset(path, X, Y.argmax(axis=0), False, max_bytes,
                        classes if classes is not None else [str(c) for c in range(Y.shape[0])], image_shape)
    return _dataset(path, X, Y, regression, max_bytes, classes, image_shape)


def _check_npz_Y(X: np.ndarray, Y: np.ndarray, m: int, path: Path) -> None:
    """Y must be (m,), (1, m) or (C, m) for the m examples of X, with a hint when it is transposed."""
    if (Y.ndim == 1 and Y.size == m) or (Y.ndim == 2 and Y.shape[1] == m):
        return
    layout = say("npz.layout_images") if X.ndim > 2 else "X (n_x, m)"
    hint = ""
    if X.ndim == 2 and Y.ndim <= 2 and X.shape[0] in Y.shape:
        hint = say("npz.X_transposed")
    elif Y.ndim == 2 and Y.shape[0] == m:
        hint = say("npz.Y_transposed")
    raise DatasetError("npz.Y_shape", path=path, layout=layout, m=m, Y_shape=Y.shape, hint=hint)


# ---------------------------------------------------------------------------------- MNIST IDX
_IDX_DTYPES = {0x08: np.dtype(">u1"), 0x09: np.dtype(">i1"), 0x0B: np.dtype(">i2"),
               0x0C: np.dtype(">i4"), 0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}
_GZIP_MAGIC = b"\x1f\x8b"
_IDX_PARTNERS = (("images", "labels"), ("idx3", "idx1"))  # how MNIST names a file's partner


def load_idx(path: PathLike, labels_path: Optional[PathLike] = None,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """MNIST-style IDX files (raw or ``.gz``): an images file and its labels file.

    Give either file; the other is found by MNIST's naming (``train-images-idx3-ubyte.gz`` pairs
    with ``train-labels-idx1-ubyte.gz``) unless ``labels_path`` names it. The image shape is the
    one the header declares, e.g. (28, 28).

    Raises
    ------
    FileFormatError
        Not IDX, damaged, truncated, or more data than the header declares.
    ResourceLimitError
        The declared dimensions need more than ``max_bytes``, checked before reading the data.
    DatasetError
        No partner file, or files that do not pair (numbers of examples differ).
    """
    path = Path(path)
    partner = Path(labels_path) if labels_path is not None else _idx_partner(path)
    first = _read_idx(path, max_bytes)
    second = _read_idx(partner, max_bytes - first.size * 8)  # the budget is for float64 X
    images, labels, images_file, labels_file = (first, second, path, partner) if first.ndim > 1 \
        else (second, first, partner, path)
    if images.ndim < 2 or labels.ndim != 1:
        raise DatasetError("idx.pair_shapes", path=path, partner=partner, first_shape=first.shape,
                           second_shape=second.shape)
    if images.shape[0] != labels.shape[0]:
        raise DatasetError("idx.count_mismatch", images_file=images_file, images=images.shape[0],
                           labels_file=labels_file, labels=labels.shape[0])
    if labels.dtype.kind not in "iu":
        raise LabelError("idx.label_dtype", labels_file=labels_file, dtype=str(labels.dtype))
    return _dataset(images_file, _images_to_X(images), labels, False, max_bytes,
                    image_shape=images.shape[1:] if images.ndim > 2 else None)


def _idx_partner(path: Path) -> Path:
    """The labels file of an images file, or the images file of a labels file, by MNIST's names."""
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    is_images = any(old in name for old, _ in _IDX_PARTNERS)
    for old, new in _IDX_PARTNERS:
        name = name.replace(old, new) if is_images else name.replace(new, old)
    for candidate in (path.with_name(name), path.with_name(name + ".gz")):
        if candidate.name != path.name and candidate.is_file():
            return candidate
    raise DatasetError("idx.no_partner", path=path, name=name)


def _read_idx(path: Path, max_bytes: int) -> np.ndarray:
    """One IDX array; the header's dimensions are checked against the limit before the data is read."""
    where = str(path)
    with open(path, "rb") as raw, \
            corruption_as_format_error(where, say("kind.idx"), (OSError, EOFError, zlib.error)):
        gzipped = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
        with gzip.GzipFile(fileobj=raw) if gzipped else contextlib.nullcontext(raw) as f:
            dtype, shape = _idx_header(f, where)
            check_limit(math.prod(shape) * 8, max_bytes, say("what.idx", where=where, shape=shape))
            nbytes = math.prod(shape) * dtype.itemsize
            data = f.read(nbytes)
            if len(data) < nbytes:
                raise FileFormatError("idx.truncated", where=where, shape=shape, nbytes=nbytes, size=len(data))
            if f.read(1):
                raise FileFormatError("idx.extra_data", where=where, shape=shape)
    return np.frombuffer(data, dtype=dtype).reshape(shape).astype(dtype.newbyteorder("="))


def _idx_header(f: Any, where: str) -> tuple[np.dtype, tuple[int, ...]]:
    """dtype and dimensions from an IDX magic number: 0, 0, the type code, the number of dims."""
    magic = f.read(4)
    if len(magic) < 4 or magic[:2] != b"\0\0" or magic[2] not in _IDX_DTYPES or magic[3] == 0:
        raise FileFormatError("idx.magic", where=where, magic=magic)
    ndim = magic[3]
    dims = f.read(4 * ndim)
    if len(dims) < 4 * ndim:
        raise FileFormatError("idx.header_truncated", where=where)
    return _IDX_DTYPES[magic[2]], struct.unpack(f">{ndim}I", dims)


# ---------------------------------------------------------------------------------- course HDF5
def load_h5(path: PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """The course's HDF5 files, e.g. ``train_catvnoncat.h5`` and ``test_catvnoncat.h5``.

    Layout: ``<split>_set_x`` (m, h, w, c) uint8 images, ``<split>_set_y`` (m,) labels and,
    optionally, ``list_classes`` (class names as bytes). X is the course's
    ``x.reshape(m, -1).T / 255``, image shape (h, w, c). A train file (``train_*.h5``) with its
    test file beside it (``test_*.h5``) takes the test images as its dev set (``dev_from``), as
    the course's notebooks do; a note names the file.

    Raises
    ------
    MissingDependencyError
        h5py is not installed.
    FileFormatError
        Not HDF5, damaged, or not the course's layout; a test file beside it that does not match.
    ResourceLimitError
        The images (of both files) would need more than ``max_bytes`` as float64.
    """
    path = Path(path)
    path.stat()  # a missing file is an OSError of its own, not a damaged file
    images, labels, classes = _read_h5(path, max_bytes)
    test = path.with_name("test" + path.name[len("train"):]) if path.name.lower().startswith("train") else None
    if test is None or not test.is_file():
        return _dataset(path, _images_to_X(images), labels, False, max_bytes, classes,
                        images.shape[1:] if images.ndim > 2 else None)
    test_images, test_labels, _ = _read_h5(test, max_bytes, images)
    if test_images.shape[1:] != images.shape[1:]:
        raise FileFormatError("h5.test_shape", test=test, name=path.name, test_shape=test_images.shape[1:],
                              shape=images.shape[1:])
    return _dataset(path, _images_to_X(np.concatenate([images, test_images])),
                    np.concatenate([labels.reshape(-1), test_labels.reshape(-1)]), False, max_bytes, classes,
                    images.shape[1:] if images.ndim > 2 else None, notes=(("dev", test.name),),
                    dev_from=len(images))


def _read_h5(path: Path, max_bytes: int, before: Optional[np.ndarray] = None
             ) -> tuple[np.ndarray, np.ndarray, Optional[list[str]]]:
    """Images, labels and class names of one course file, its size (with the images ``before`` it,
    read from the train file: one budget for both) checked before it is read."""
    try:
        import h5py
    except ImportError:
        raise MissingDependencyError("dependency.h5py") from None
    with corruption_as_format_error(str(path), say("kind.hdf5"), (OSError,)), h5py.File(path, "r") as f:
        x, y = _h5_images_and_labels(f, path, h5py.Dataset)
        m = x.shape[0] + (0 if before is None else len(before))
        _check_features(x.size + (0 if before is None else before.size), m, max_bytes,
                        str(path) if before is None else f"{path} and the train file beside it")
        classes = _h5_class_names(f.get("list_classes"), path, h5py.Dataset)
        return x[()], y[()], classes


def _h5_images_and_labels(f: Any, path: Path, dataset_type: type) -> tuple[Any, Any]:
    """The ``*_set_x`` and ``*_set_y`` datasets, checked for kind, dtype and matching m."""
    x_keys = [key for key in f.keys() if key.endswith("_set_x")]
    if len(x_keys) != 1:
        raise FileFormatError("h5.layout", path=path, keys=sorted(f.keys()))
    x_key = x_keys[0]
    y_key = x_key[:-1] + "y"
    x, y = f[x_key], f.get(y_key)
    for key, item in ((x_key, x), (y_key, y)):
        if not isinstance(item, dataset_type) or item.dtype.kind not in "biuf":
            raise FileFormatError("h5.needs_array", path=path, key=key,
                                  found=say("word.nothing") if item is None else str(item))
    if x.ndim < 2:
        raise FileFormatError("h5.x_shape", path=path, x_key=x_key, x_shape=x.shape)
    if y.size != x.shape[0] or y.ndim > 2 or (y.ndim == 2 and 1 not in y.shape):
        raise FileFormatError("h5.y_shape", path=path, x_key=x_key, m=x.shape[0], y_key=y_key, y_shape=y.shape)
    return x, y


def _h5_class_names(names: Any, path: Path, dataset_type: type) -> Optional[list[str]]:
    """The optional ``list_classes``, its size checked before it is read."""
    if names is None:
        return None
    if not isinstance(names, dataset_type) or names.size > _MAX_CLASS_NAMES:
        raise FileFormatError("h5.class_names", path=path, names=str(names))
    return _class_names(names[()], say("where.member", member="list_classes", file=path))


# ---------------------------------------------------------------------------------- image folders
_GRAY_MODES = ("1", "L", "LA", "La")
_COLOUR_MODES = ("RGB", "RGBA", "RGBa", "RGBX", "P", "PA", "CMYK", "YCbCr", "LAB", "HSV")


def load_image_folder(path: PathLike, max_images: int = DEFAULT_MAX_IMAGES,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> Dataset:
    """A folder with one sub-folder of images per class, named by the sub-folders (sorted).

    All images must have the same size and be all grayscale or all colour; visualnet does
    not resize, so it never changes the data behind the student's back. Transparency is
    dropped. Files with other suffixes and hidden folders are skipped.

    Raises
    ------
    DatasetError
        Fewer than two class folders, an empty class folder, an image of another size or colour.
    FileFormatError
        An image file that cannot be decoded, or a 16-bit/float image.
    ResourceLimitError
        More than ``max_images`` images, or images that need more than ``max_bytes``.
    MissingDependencyError
        Pillow is not installed.
    """
    Image = _pillow()
    root = Path(path)
    classes, files = _image_files(root, max_images)
    first = _read_image(Image, files[0][1], max_bytes)
    _check_features(len(files) * first.size, len(files), max_bytes, str(root))
    stack = np.empty((len(files), *first.shape), dtype=np.uint8)
    stack[0] = first
    for i, (_, file) in enumerate(files[1:], start=1):
        image = _read_image(Image, file, max_bytes)
        if image.shape != first.shape:
            raise DatasetError.of(_mismatch(file, image.shape, files[0][1], first.shape))
        stack[i] = image
    labels = np.array([label for label, _ in files])
    return from_labels(root.name, _images_to_X(stack), labels, classes=classes,
                       image_shape=first.shape, description=f"Read from {root.name}", source=str(root))


def _pillow() -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise MissingDependencyError("dependency.pillow") from None
    return Image


def _image_files(root: Path, max_images: int) -> tuple[tuple[str, ...], list[tuple[int, Path]]]:
    """The class names (sub-folders in name order) and (class index, image file) pairs."""
    folders = sorted(d for d in root.iterdir() if d.is_dir() and not d.name.startswith("."))
    if len(folders) < 2:
        raise DatasetError("images.too_few_folders", root=root, found=[d.name for d in folders])
    files: list[tuple[int, Path]] = []
    for label, folder in enumerate(folders):
        images = sorted(p for p in folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
        if not images:
            raise DatasetError("images.empty_folder", folder=folder, suffixes=', '.join(IMAGE_SUFFIXES))
        files.extend((label, image) for image in images)
        if len(files) > max_images:
            raise ResourceLimitError("limit.images", root=root, max_images=max_images)
    return tuple(d.name for d in folders), files


def _read_image(Image: Any, file: Path, max_bytes: int) -> np.ndarray:
    """One 8-bit image as (h, w) gray or (h, w, 3) colour pixels, its size checked before decoding."""
    try:
        with corruption_as_format_error(str(file), say("kind.image"), (OSError, ValueError, SyntaxError)), \
                Image.open(file) as image:
            check_limit(image.width * image.height * 3, max_bytes,
                        say("what.decoding", file=file, width=image.width, height=image.height))
            if image.mode in _GRAY_MODES:
                return np.asarray(image.convert("L"))
            if image.mode in _COLOUR_MODES:
                return np.asarray(image.convert("RGB"))
            raise FileFormatError("images.pixel_mode", file=file, mode=image.mode)
    except Image.DecompressionBombError as exc:
        raise ResourceLimitError("limit.image_decode", file=file, detail=str(exc)) from None


def _mismatch(file: Path, shape: tuple[int, ...], first: Path, first_shape: tuple[int, ...]) -> Message:
    """Why ``file`` cannot join the stack started by ``first``: its size or its colour."""
    def describe(s: tuple[int, ...]) -> Message:
        return say("images.colour" if len(s) == 3 else "images.grayscale", width=s[1], height=s[0])
    return say("images.mismatch", file=file, size=describe(shape), first=first, first_size=describe(first_shape))


# ---------------------------------------------------------------------------------- any file
_BY_SUFFIX: dict[str, Callable[..., Dataset]] = {
    ".csv": load_csv, ".tsv": load_csv, ".txt": load_csv, ".npz": load_npz,
    ".h5": load_h5, ".hdf5": load_h5, ".gz": load_idx,
}
_BY_SIGNATURE: tuple[tuple[bytes, Callable[..., Dataset]], ...] = (
    (b"PK\x03\x04", load_npz), (b"\x89HDF\r\n\x1a\n", load_h5), (_GZIP_MAGIC, load_idx))


def load_file(path: PathLike, **kwargs: Any) -> Dataset:
    """Any supported dataset: a folder of class folders, or a file chosen by suffix, else by content.

    ``kwargs`` go to the loader (e.g. ``label_column="y"`` for a CSV, ``max_bytes=`` for any).

    Raises
    ------
    FileFormatError
        A kind of file visualnet does not read (the message lists those it does).
    """
    path = Path(path)
    if path.is_dir():
        return load_image_folder(path, **kwargs)
    regular_file(path)  # never a pipe or a device: opening one blocks, or reads forever
    if path.suffix.lower() == ".npy":
        raise FileFormatError("npz.single_array", path=path)
    loader = _BY_SUFFIX.get(path.suffix.lower()) or _loader_by_content(path)
    taken = inspect.signature(loader).parameters
    unknown = [key for key in kwargs if key not in taken or key == "path"]
    if unknown:  # e.g. a CSV's label_column given for an NPZ: said, not a TypeError
        raise DatasetError("file.unknown_option", name=path.name, loader=loader.__name__,
                           unknown=', '.join(unknown), accepted=', '.join(k for k in taken if k != 'path'))
    return loader(path, **kwargs)


def _loader_by_content(path: Path) -> Callable[..., Dataset]:
    with open(path, "rb") as f:
        start = f.read(8)
    for signature, loader in _BY_SIGNATURE:
        if start.startswith(signature):
            return loader
    if len(start) >= 4 and start[:2] == b"\0\0" and start[2] in _IDX_DTYPES and start[3] > 0:
        return load_idx
    raise FileFormatError("file.unknown_kind", path=path)

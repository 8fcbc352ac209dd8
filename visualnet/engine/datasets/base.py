"""The Dataset every source (generated, bundled, user file) turns into.

X is (n_x, m) and Y is (n[L], m), the course's layout, so a dataset plugs into a Network
without a transpose. Y is already in the form the output needs: a 0/1 row for two classes
(sigmoid), one-hot columns for C > 2 classes (softmax), real values for regression (linear).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional

import numpy as np

from ..errors import DatasetError, LabelError

TASKS = ("binary", "multiclass", "regression")


@dataclass(frozen=True)
class Dataset:
    """Examples in columns, the task they pose, and how to draw them (image shape, class names)."""

    name: str
    X: np.ndarray
    Y: np.ndarray
    task: str
    classes: tuple[str, ...] = ()
    image_shape: Optional[tuple[int, ...]] = None
    description: str = ""
    source: str = field(default="", compare=False)  # file path or generator call, for projects
    # how a file was read, as (what, value) for the app to word: ("label", column name), ("encoding", name),
    # ("index", the dropped pandas index column's name), ("dev", the file the dev set came from)
    notes: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    label_column: Optional[int] = field(default=None, compare=False)  # a table's column the labels came from
    table_columns: tuple[str, ...] = field(default=(), compare=False)  # a table's column names, in order
    # examples dev_from.. are a dev set the data came with (the course's test file): split() keeps it
    dev_from: Optional[int] = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.task not in TASKS:
            raise DatasetError("dataset.unknown_task", task=self.task, choices=', '.join(TASKS))
        if self.X.ndim != 2 or self.Y.ndim != 2:
            raise DatasetError("dataset.not_2d", X_shape=self.X.shape, Y_shape=self.Y.shape)
        if self.X.shape[1] == 0:
            raise DatasetError("dataset.empty", name=self.name)
        if self.X.shape[0] == 0:
            raise DatasetError("dataset.no_features", name=self.name)
        if self.X.shape[1] != self.Y.shape[1]:
            raise DatasetError("dataset.X_Y_examples", m_X=self.X.shape[1], m_Y=self.Y.shape[1])
        if not np.isfinite(self.X).all():
            raise DatasetError("dataset.not_finite", name=self.name)
        if self.dev_from is not None and not 0 < self.dev_from < self.X.shape[1]:
            raise DatasetError("dataset.dev_from", dev_from=self.dev_from, m=self.X.shape[1])
        if self.image_shape is not None and int(np.prod(self.image_shape)) != self.X.shape[0]:
            raise DatasetError("dataset.image_shape", image_shape=self.image_shape, n_x=self.X.shape[0])
        if self.task == "binary" and (self.Y.shape[0] != 1 or not np.isin(self.Y, (0, 1)).all()):
            raise LabelError("label.binary_Y")
        if self.task == "multiclass":
            if not np.isin(self.Y, (0, 1)).all() or not (self.Y.sum(axis=0) == 1).all():
                raise LabelError("label.multiclass_Y")
            if self.classes and len(self.classes) != self.Y.shape[0]:
                raise LabelError("label.class_names_count", names=len(self.classes), rows=self.Y.shape[0])

    @property
    def n_x(self) -> int:
        return self.X.shape[0]

    @property
    def m(self) -> int:
        return self.X.shape[1]

    @property
    def n_y(self) -> int:
        """n[L] the output layer needs: 1 for two classes, C for C classes, k for k targets."""
        return self.Y.shape[0]

    @property
    def output_activation(self) -> str:
        return {"binary": "sigmoid", "multiclass": "softmax", "regression": "linear"}[self.task]

    @property
    def labels(self) -> np.ndarray:
        """Class index per example (m,), for plotting and accuracy; regression has none."""
        if self.task == "multiclass":
            return self.Y.argmax(axis=0)
        if self.task == "binary":
            return self.Y[0].astype(np.int64)
        raise DatasetError("dataset.regression_has_no_labels")

    def subset(self, columns: np.ndarray, suffix: str) -> "Dataset":
        # X[:, columns] comes out in Fortran order; every matmul would copy it again
        return replace(self, name=f"{self.name} ({suffix})", X=np.ascontiguousarray(self.X[:, columns]),
                       Y=np.ascontiguousarray(self.Y[:, columns]), dev_from=None)

    def split(self, dev_fraction: float = 0.2, seed: int = 0) -> tuple["Dataset", "Dataset"]:
        """A deterministic train/dev split: the same seed always puts the same examples in dev.

        Classes are split one by one (stratified), so a small dev set still sees every class. Data
        that came with its own dev set (``dev_from``) keeps it: the course's test images are the
        ones its notebooks report, and cutting a dev set from the training images would shrink both.
        """
        if self.dev_from is not None:
            return (self.subset(np.arange(self.dev_from), "train"),
                    self.subset(np.arange(self.dev_from, self.m), "dev"))
        if not 0 < dev_fraction < 1:
            raise DatasetError("dataset.dev_fraction", dev_fraction=dev_fraction)
        if self.m < 2:
            raise DatasetError("dataset.too_few_to_split")
        rng = np.random.RandomState(seed)
        groups = [np.flatnonzero(self.labels == c) for c in np.unique(self.labels)] \
            if self.task != "regression" else [np.arange(self.m)]
        # dev gets ceil(m * fraction) examples (scikit-learn's convention), shared out among the
        # classes in proportion to their size, the remainders going to the largest fractions
        n_dev = min(self.m - 1, max(1, int(np.ceil(self.m * dev_fraction - 1e-9))))
        quotas = np.array([len(g) for g in groups]) * (n_dev / self.m)
        counts = np.floor(quotas).astype(int)
        for i in np.argsort(-(quotas - counts), kind="stable")[:n_dev - counts.sum()]:
            counts[i] += 1
        dev = [g[rng.permutation(len(g))][:k] for g, k in zip(groups, counts)]
        dev_idx = np.sort(np.concatenate(dev).astype(np.int64))
        train_idx = np.setdiff1d(np.arange(self.m), dev_idx)
        return self.subset(train_idx, "train"), self.subset(dev_idx, "dev")


def one_hot(labels: np.ndarray, C: int) -> np.ndarray:
    """(C, m) one-hot columns from class indices 0..C-1."""
    labels = np.asarray(labels, dtype=np.int64).ravel()
    if labels.size and (labels.min() < 0 or labels.max() >= C):
        raise LabelError("label.class_index_range", last=C - 1, low=int(labels.min()), high=int(labels.max()))
    Y = np.zeros((C, labels.size))
    Y[labels, np.arange(labels.size)] = 1.0
    return Y


def from_labels(name: str, X: np.ndarray, labels: np.ndarray, classes: Optional[tuple[str, ...]] = None,
                **kwargs) -> Dataset:
    """A classification dataset from (n_x, m) X and integer labels: binary when there are 2 classes."""
    labels = np.asarray(labels, dtype=np.int64).ravel()
    C = int(labels.max()) + 1 if labels.size else 0
    if classes is not None:
        C = max(C, len(classes))
    if C < 2:
        raise LabelError("label.single_class", name=name)
    classes = tuple(classes) if classes is not None else tuple(str(c) for c in range(C))
    if C == 2:
        return Dataset(name, X, labels[None, :].astype(np.float64), "binary", classes, **kwargs)
    return Dataset(name, X, one_hot(labels, C), "multiclass", classes, **kwargs)

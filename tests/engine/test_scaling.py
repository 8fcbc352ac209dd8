"""Feature scaling: measured on the training examples only, applied unchanged to the dev set."""
from __future__ import annotations

import numpy as np
import pytest

from visualnet.engine.datasets import load_dataset
from visualnet.engine.datasets.loaders import load_csv
from visualnet.engine.datasets.scaling import default_scaling, fit_scaling
from visualnet.engine.errors import DatasetError


def test_standardize_uses_the_training_examples_statistics_for_the_dev_set_too():
    rng = np.random.default_rng(0)
    train = np.vstack([rng.normal(2500, 300, 200), rng.normal(0.05, 0.01, 200), np.full(200, 7.0)])
    dev = np.vstack([rng.normal(2500, 300, 50), rng.normal(0.05, 0.01, 50), np.full(50, 7.0)])
    scaling = fit_scaling("standardize", train)
    scaled = scaling.apply(train)
    np.testing.assert_allclose(scaled[:2].mean(axis=1), 0, atol=1e-12)
    np.testing.assert_allclose(scaled[:2].std(axis=1), 1, atol=1e-12)
    np.testing.assert_array_equal(scaled[2], 0)  # a feature that never varies is only shifted
    expected = (dev - train.mean(axis=1, keepdims=True)) / np.where(train.std(axis=1) > 0, train.std(axis=1), 1)[:, None]
    np.testing.assert_allclose(scaling.apply(dev), expected)  # the dev set's own statistics are never used
    assert scaling.apply(dev).flags.c_contiguous


def test_min_max_divide_by_255_and_none():
    X = np.array([[0.0, 255.0, 51.0], [2.0, 4.0, 3.0]])
    np.testing.assert_allclose(fit_scaling("minmax", X).apply(X), [[0, 1, 0.2], [0, 1, 0.5]])
    np.testing.assert_allclose(fit_scaling("divide255", X).apply(X), X / 255)
    assert fit_scaling("none", X).apply(X) is X
    with pytest.raises(DatasetError, match="unknown feature scaling 'log'"):
        fit_scaling("log", X)


def test_defaults_per_kind_of_data(tmp_path):
    assert default_scaling(load_dataset("digits")) == "none"  # pixels already in 0..1
    assert default_scaling(load_dataset("moons")) == "none"
    path = tmp_path / "raw.csv"
    path.write_text("area,smoothness,label\n" + "".join(f"{1000 + i},{0.05 + i / 1000},{i % 2}\n"
                                                         for i in range(30)), encoding="utf-8")
    assert default_scaling(load_csv(path)) == "standardize"  # a raw table of the student's

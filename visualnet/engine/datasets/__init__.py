"""The built-in datasets by name, and the Dataset they all turn into.

``DATASETS`` is the one list the app and scripts choose from, in the order a course meets them:
2-D point clouds first, then bits, then images. ``load_dataset("spiral", k=4)`` passes its
keyword arguments on to the generator and attaches the registry's description.
"""
from __future__ import annotations

import inspect
from dataclasses import replace
from typing import Any, Callable, NamedTuple, Optional

from ..errors import DatasetError
from . import digits, generated
from .base import Dataset, from_labels, one_hot

KINDS = ("2-D", "1-D", "bits", "images")


class DatasetInfo(NamedTuple):
    """How to make one built-in dataset, what it is for, and what its examples look like."""

    factory: Callable[..., Dataset]
    description: str
    kind: str  # one of KINDS: "2-D" points to plot, "bits" patterns, "images" to show as pictures


DATASETS: dict[str, DatasetInfo] = {
    "flower": DatasetInfo(
        generated.flower, "The course's planar flower: two classes of petals no straight line separates.", "2-D"),
    "moons": DatasetInfo(generated.moons, "Two interleaved half circles.", "2-D"),
    "circles": DatasetInfo(
        generated.circles, "A ring around a disc: the classes differ by distance from the centre.", "2-D"),
    "xor": DatasetInfo(
        generated.xor, "Exclusive or: four clusters, class 1 where x1 and x2 have opposite signs.", "2-D"),
    "spiral": DatasetInfo(generated.spiral, "k spiral arms, one class each: hard for shallow networks.", "2-D"),
    "blobs": DatasetInfo(
        generated.blobs, "k Gaussian blobs, one class each: straight lines can separate them.", "2-D"),
    "sine": DatasetInfo(generated.sine, "Regression: y = sin(x) plus noise, one input, a linear output.", "1-D"),
    "sawtooth": DatasetInfo(
        generated.sawtooth, "Regression: the tent map composed k times, a sawtooth of 2^k pieces on [0, 1].", "1-D"),
    "parity": DatasetInfo(
        generated.parity, "All n-bit patterns; class 1 when the number of 1 bits is odd.", "bits"),
    "digits": DatasetInfo(digits.digits, "1,797 handwritten digits of 8x8 pixels, ten classes.", "images"),
    "digit_pair": DatasetInfo(
        digits.digit_pair, "The handwritten images of two digits (0 and 1 unless chosen), two classes.", "images"),
}


def list_datasets(kind: Optional[str] = None) -> list[str]:
    """Names of the built-in datasets in display order, optionally only those of one kind."""
    if kind is not None and kind not in KINDS:
        raise DatasetError("dataset.unknown_kind", kind=kind, choices=', '.join(KINDS))
    return [name for name, info in DATASETS.items() if kind is None or info.kind == kind]


def load_dataset(name: str, **kwargs: Any) -> Dataset:
    """Make the built-in dataset ``name``, passing ``kwargs`` (m, noise, seed, k, n, ...) to it.

    Raises
    ------
    DatasetError
        For an unknown name (listing the known ones), an argument the dataset does not take
        (listing those it does) or a bad value.
    """
    info = DATASETS.get(name)
    if info is None:
        raise DatasetError("dataset.unknown_name", name=name, choices=', '.join(DATASETS))
    parameters = inspect.signature(info.factory).parameters
    unknown = [key for key in kwargs if key not in parameters]
    if unknown:
        accepted = ", ".join(parameters) or "no arguments"
        raise DatasetError("dataset.unknown_option", name=name, unknown=', '.join(unknown), accepted=accepted)
    return replace(info.factory(**kwargs), description=info.description)


__all__ = ["Dataset", "DatasetInfo", "DATASETS", "KINDS", "from_labels", "one_hot", "list_datasets",
           "load_dataset"]

"""The UCI handwritten digits: 1,797 images of 8x8 pixels, ten classes, bundled with visualnet.

The images ship as ``resources/datasets/digits.npz`` (written by ``scripts/make_digits.py``;
source and licence in ``DIGITS-LICENSE.txt``): small enough to train on in seconds, real enough
that the weights of the first layer look like strokes.
"""
from __future__ import annotations

import zipfile
from numbers import Integral

import numpy as np

from ...resource_files import resource_path
from ..errors import DatasetError
from .base import Dataset, from_labels

IMAGE_SHAPE = (8, 8)
PIXEL_MAX = 16  # each pixel counts the inked cells of a 4x4 block of the original 32x32 scan
N_EXAMPLES = 1797
DIGIT_CLASSES = tuple(str(d) for d in range(10))


def _read_digits() -> tuple[np.ndarray, np.ndarray]:
    """The stored (1797, 64) uint8 images and (1797,) uint8 labels, checked so a damaged install
    fails here with a clear message rather than later with a shape error."""
    try:
        with np.load(resource_path("datasets", "digits.npz"), allow_pickle=False) as npz:
            images, labels = npz["images"], npz["labels"]
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DatasetError("dataset.digits_unreadable", detail=str(error)) from error
    if images.shape != (N_EXAMPLES, IMAGE_SHAPE[0] * IMAGE_SHAPE[1]) or labels.shape != (N_EXAMPLES,):
        raise DatasetError("dataset.digits_damaged", images_shape=images.shape, labels_shape=labels.shape)
    return images, labels


def _pixels(images: np.ndarray) -> np.ndarray:
    """(64, m) features in [0, 1]: one image per column, pixels in row-major order.

    C-contiguous like the generated sets, so no consumer meets a transposed view by surprise."""
    return np.ascontiguousarray(images.T) / PIXEL_MAX


def digits() -> Dataset:
    """All 1,797 digits, ten classes "0" to "9" (softmax output)."""
    images, labels = _read_digits()
    return from_labels("digits", _pixels(images), labels, DIGIT_CLASSES, image_shape=IMAGE_SHAPE,
                       source="digits()")


def digit_pair(first: int = 0, second: int = 1) -> Dataset:
    """Only the images of two digits, as a two-class problem (sigmoid output); Y is 1 for ``second``.

    About 360 examples instead of 1,797: a first image task that a single unit can learn.
    """
    for name, digit in (("first", first), ("second", second)):
        if isinstance(digit, bool) or not isinstance(digit, Integral) or not 0 <= digit <= 9:
            raise DatasetError("dataset.not_a_digit", name=name, digit=digit)
    if first == second:
        raise DatasetError("dataset.same_digits", first=first)
    images, labels = _read_digits()
    keep = np.isin(labels, (first, second))
    return from_labels(f"digits {first} vs {second}", _pixels(images[keep]), labels[keep] == second,
                       (str(first), str(second)), image_shape=IMAGE_SHAPE,
                       source=f"digit_pair(first={int(first)}, second={int(second)})")

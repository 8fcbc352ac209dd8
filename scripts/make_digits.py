"""Write resources/datasets/digits.npz from scikit-learn's bundled copy of the UCI digits.

Run once by a developer (``python scripts/make_digits.py``); visualnet itself never imports
scikit-learn. Running it again gives a byte-identical file (with the same zlib): ``np.savez_compressed``
stamps each member with the current time, so the members are copied into a zip with a fixed
date, compressed at the highest level while at it.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "datasets" / "digits.npz"
FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip can hold


def digit_arrays() -> dict[str, np.ndarray]:
    """images (1797, 64) uint8 in 0..16, one image per row in row-major pixel order; labels uint8."""
    data = load_digits()
    images = data.data.astype(np.uint8)
    if not np.array_equal(images, data.data) or images.shape != (1797, 64):
        raise SystemExit("scikit-learn's digits are not the expected 1797 images of 64 integers in 0..16")
    return {"images": images, "labels": data.target.astype(np.uint8)}


def without_timestamps(npz: bytes) -> bytes:
    """The same zip with every member dated FIXED_DATE, so the output depends only on the data."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(npz)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info), compresslevel=9)
    return out.getvalue()


def main() -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **digit_arrays())
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(without_timestamps(buffer.getvalue()))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()

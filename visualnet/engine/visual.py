"""What the views draw of a network, computed here so that the Qt layer only displays it.

* :func:`weight_tiles` -- the rows of W[1] as little images, one tile per hidden unit;
* :func:`neighbour_correlation` -- how much those tiles look like pictures rather than noise;
* :func:`weight_heatmap` -- any W[l] as a (n[l], n[l-1]) matrix to colour;
* :func:`top_activating` and :func:`example_tiles` -- for each unit of a layer, the examples
  that excite it most, laid out one row per unit;
* :func:`decision_grid` -- the network's output over a grid covering 2-D data.

Every image comes out the way pyqtgraph's ``imageAxisOrder='row-major'`` reads it: a
C-contiguous float32 array whose rows are image rows (or, for a grid, y values). Tiles are
separated by one pixel of NaN, which an ImageItem draws transparent, so the gaps take the
background colour instead of pretending to be a weight of 0. Weights come with a symmetric
level ``max|W|`` for a diverging colour map centred on 0.
"""
from __future__ import annotations

import math
from typing import Optional, Sequence

import numpy as np

from .errors import ShapeError
from .network import Network

Array = np.ndarray
PADDING = 1  # pixels of NaN between two tiles


def symmetric_level(values: Array) -> float:
    """max|values| ignoring NaN, for levels (-level, level); 1.0 when that is 0 or not finite.

    A level of 0 would make (-0, 0) an empty range (zero-initialised weights are all 0).
    """
    level = float(np.nanmax(np.abs(values))) if values.size and not np.isnan(values).all() else 0.0
    return level if level > 0 and math.isfinite(level) else 1.0


# The steps of a colour scale's end, per decade: each at most a third above the one before, so
# rounding up keeps at least 75% of the colour contrast.
NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_level(level: float) -> float:
    """``level`` rounded up to a step of NICE_STEPS (… 0.8, 1, 1.2, 1.5, 2 …).

    While training, max|W| grows a little with every update. A colour bar that followed it exactly
    would relabel itself ten times a second, and the same colour would mean a different weight from
    one frame to the next; on a rounded end the scale holds still, and a student can compare frames.
    """
    if not (level > 0 and math.isfinite(level)):
        return 1.0
    decade = 10.0 ** math.floor(math.log10(level))
    return next(step * decade for step in NICE_STEPS if step * decade >= level * (1 - 1e-12))


def grid_shape(n: int, tile_shape: tuple[int, int] = (1, 1), columns: Optional[int] = None) -> tuple[int, int]:
    """(rows, columns) of a grid of ``n`` tiles: as near square on screen as whole tiles allow.

    With tiles of h x w pixels, ``columns * w ≈ rows * h``, so ``columns ≈ sqrt(n h / w)``.
    """
    if n < 1:
        raise ShapeError(f"a mosaic needs at least one tile, got {n}")
    if columns is None:
        h, w = tile_shape
        columns = math.ceil(math.sqrt(n * h / w))
    elif isinstance(columns, bool) or not isinstance(columns, (int, np.integer)) or columns < 1:
        raise ShapeError(f"columns must be a whole number of at least 1, got {columns!r}")
    columns = min(int(columns), n)
    return math.ceil(n / columns), columns


def fitting_columns(n: int, cell_shape: tuple[float, float], width: float, height: float) -> int:
    """Tiles per row that draw ``n`` cells of (h, w) pixels (a tile with its gaps) largest in width x height.

    A panel wider than tall shows more, larger tiles on a few long rows than on a near-square grid; the
    fewest columns win a tie (rows read like a book).
    """
    if n < 1:
        raise ShapeError(f"a mosaic needs at least one tile, got {n}")
    h, w = cell_shape
    def size(columns: int) -> float:
        return min(width / (columns * w), height / (math.ceil(n / columns) * h))
    return max(range(1, n + 1), key=lambda columns: (size(columns), -columns))


def mosaic(tiles: Array, columns: int, top: int = 0) -> Array:
    """Tiles (n, h, w) or (n, h, w, c) laid out row by row, ``columns`` per row, NaN between them.

    The result is (rows * (top + h + 1) - 1, columns * (w + 1) - 1[, c]) float32, C-contiguous; tile t
    sits at grid row ``t // columns``, column ``t % columns``; cells after the last tile are NaN.
    ``top`` rows of NaN above each tile leave room for its label (a unit's number).
    """
    n, h, w = tiles.shape[:3]
    extra = tiles.shape[3:]
    rows = math.ceil(n / columns)
    height = top + h + PADDING
    cells = np.full((rows * columns, height, w + PADDING) + extra, np.nan, dtype=np.float32)
    cells[:n, top:top + h, :w] = tiles
    # (rows, columns, height, w+1) -> (rows, height, columns, w+1): image rows of one grid row side by side
    out = cells.reshape((rows, columns, height, w + PADDING) + extra).swapaxes(1, 2)
    out = out.reshape((rows * height, columns * (w + PADDING)) + extra)
    return np.ascontiguousarray(out[:-PADDING, :-PADDING])


def tile_origin(t: int, tile_shape: Sequence[int], columns: int, top: int = 0) -> tuple[int, int]:
    """(row, column) of the top-left pixel of tile ``t`` in a :func:`mosaic` with ``columns`` (and ``top``)."""
    h, w = tile_shape[:2]
    return (t // columns) * (top + h + PADDING) + top, (t % columns) * (w + PADDING)


def _check_image_shape(image_shape: Sequence[int], n_x: int) -> tuple[int, ...]:
    shape = tuple(int(s) for s in image_shape)
    if len(shape) not in (2, 3) or min(shape) < 1:
        raise ShapeError(f"an image shape is (h, w) or (h, w, c), got {tuple(image_shape)}")
    if math.prod(shape) != n_x:
        raise ShapeError(f"image shape {shape} holds {math.prod(shape)} pixels, but there are n_x = {n_x} inputs")
    return shape


# A tile scaled to its own unit is divided by its largest |weight|, but never by less than this share of
# the layer's largest: a unit that learned nothing (all weights near 0) stays white instead of showing its
# rounding noise in full colour.
UNIT_LEVEL_FLOOR = 0.01


def unit_images(W1: Array, image_shape: Sequence[int]) -> Array:
    """Row i of W[1] as an (h, w) picture, for every unit i: (n[1], h, w).

    Colour images are averaged over their c channels: a diverging map has one value per pixel, and
    the mean is the unit's response to brightness there (a unit that weighs red against blue
    averages out, which is honest: it does not care about brightness).
    """
    W1 = np.asarray(W1)
    if W1.ndim != 2:
        raise ShapeError(f"W[1] must be a 2-D array (n[1], n_x), got shape {W1.shape}")
    shape = _check_image_shape(image_shape, W1.shape[1])
    tiles = W1.reshape((W1.shape[0],) + shape)
    return tiles.mean(axis=3) if len(shape) == 3 else tiles


def weight_tiles(W1: Array, image_shape: Sequence[int], columns: Optional[int] = None, per_unit: bool = False,
                 top: int = 0) -> tuple[Array, float]:
    """One tile per hidden unit: row i of W[1], the weights unit i puts on each pixel, as an image.

    Parameters
    ----------
    W1 : (n[1], n_x) weights of the first layer
    image_shape : (h, w), or (h, w, c) for colour images, with h * w * c = n_x; the pixels of an
        example are its column of X in C order (``image.reshape(-1)``), as every loader makes them;
        colour tiles are averaged over the channels (see :func:`unit_images`)
    columns : tiles per row of the grid; None for a grid that is near square on screen
    per_unit : divide each tile by its own largest |weight| (at least UNIT_LEVEL_FLOOR of the layer's):
        every unit's pattern in full contrast, however large its weights; the tile then holds w / max|w|
    top : rows of NaN above each tile, room for its label (see :func:`mosaic`)

    Returns
    -------
    mosaic : float32, C-contiguous, rows = image rows; tile i is ``W1[i].reshape(h, w)`` at grid
        row ``i // columns``, column ``i % columns`` (see :func:`tile_origin`), NaN in between
    level : max|tile value| (1.0 when every weight is 0, or per unit), for symmetric levels (-level, level)
    """
    tiles = unit_images(W1, image_shape)
    if per_unit:
        largest = np.abs(tiles).max(axis=(1, 2), initial=0.0)
        tiles = tiles / np.maximum(largest, UNIT_LEVEL_FLOOR * symmetric_level(largest))[:, None, None]
    rows_cols = grid_shape(tiles.shape[0], tiles.shape[1:], columns)
    out = mosaic(tiles, rows_cols[1], top)
    return out, 1.0 if per_unit else symmetric_level(out)


def neighbour_correlation(W1: Array, image_shape: Sequence[int]) -> float:
    """How much the tiles of W[1] look like pictures rather than noise, from -1 to 1.

    For each unit, the weights of neighbouring pixels (left-right and up-down) multiplied and summed,
    over the same pairs' mean square: the lag-one autocorrelation of its tile, averaged over the units
    (units whose weights are all 0 left out). A random draw, every weight independent, gives about 0;
    strokes and blobs, where a pixel's weight is like its neighbour's, give more (a constant tile 1, a
    checkerboard -1). It is how the app checks, in numbers, that the first layer learns strokes.
    """
    tiles = unit_images(W1, image_shape).astype(np.float64)
    pairs = [(tiles[:, :, 1:], tiles[:, :, :-1]), (tiles[:, 1:, :], tiles[:, :-1, :])]
    together = sum((a * b).sum(axis=(1, 2)) for a, b in pairs)
    energy = sum(((a * a + b * b) / 2).sum(axis=(1, 2)) for a, b in pairs)
    alive = energy > 0
    return float(np.mean(together[alive] / energy[alive])) if alive.any() else 0.0


def weight_heatmap(W: Array) -> tuple[Array, float]:
    """W[l] as it is printed: (n[l], n[l-1]), row i = unit i, column j = input j; float32 and its level."""
    W = np.asarray(W)
    if W.ndim != 2:
        raise ShapeError(f"W[l] must be a 2-D array (n[l], n[l-1]), got shape {W.shape}")
    image = np.ascontiguousarray(W, dtype=np.float32)
    return image, symmetric_level(image)


def layer_activations(net: Network, X: Array, layer: int) -> Array:
    """A[layer] of the network on X, (n[layer], m), for layer = 1..L."""
    if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 1 <= layer <= net.L:
        raise ShapeError(f"layer must be 1..L = 1..{net.L}, got {layer!r}")
    AL, caches = net.forward(X)
    return AL if layer == net.L else caches[layer].A_prev


def top_activating(net: Network, X: Array, layer: int, k: int = 8) -> Array:
    """For each unit i of ``layer``, the indices of the k examples of X with the largest A[layer][i].

    Returns an int64 array (n[layer], min(k, m)), largest activation first; equal activations (a
    ReLU unit that is 0 everywhere) keep the examples' order, so the answer is deterministic.
    """
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ShapeError(f"k must be a whole number of at least 1, got {k!r}")
    A = layer_activations(net, X, layer)
    k = min(int(k), A.shape[1])
    return np.argsort(-A, axis=1, kind="stable")[:, :k].astype(np.int64)


def example_tiles(X: Array, indices: Array, image_shape: Sequence[int]) -> tuple[Array, tuple[float, float]]:
    """The examples ``X[:, indices[i, r]]`` as images, one row of the mosaic per row i of ``indices``.

    Returns the mosaic (float32, NaN between tiles) and the levels (low, high) of the pixels shown.
    Colour images with 3 or 4 channels come out as an RGB mosaic (..., 3) (alpha dropped); other
    channel counts are averaged into grey.
    """
    X = np.asarray(X)
    indices = np.asarray(indices)
    if X.ndim != 2 or indices.ndim != 2 or indices.size == 0:
        raise ShapeError(f"X must be (n_x, m) and indices (units, k), got {X.shape} and {indices.shape}")
    shape = _check_image_shape(image_shape, X.shape[0])
    units, k = indices.shape
    tiles = X[:, indices.ravel()].T.reshape((units * k,) + shape)
    if len(shape) == 3:
        tiles = tiles[..., :3] if shape[2] in (3, 4) else tiles.mean(axis=3)
    out = mosaic(tiles, k)
    low, high = float(np.nanmin(out)), float(np.nanmax(out))
    return out, (low, high if high > low else low + 1.0)


def decision_grid(net: Network, X: Array, resolution: int = 100, margin: float = 0.5
                  ) -> tuple[Array, Array, Array]:
    """The network's output over a grid covering 2-D data X (2, m), for decision-boundary plots.

    The grid spans each coordinate's range in X widened by ``margin`` on both sides, with
    ``resolution`` points per axis: ``xs`` and ``ys`` (float64, increasing) are the grid points,
    and ``values[r, c]`` is the output at ``(xs[c], ys[r])`` -- rows are y, row-major.

    ``values`` (float32, C-contiguous, (resolution, resolution)) holds:

    * two classes: the probability of class 1 -- a[L] of a sigmoid output, or the second row
      of a two-unit softmax;
    * C > 2 classes: the predicted class, the arg-max of the softmax output, as 0.0 .. C-1;
    * regression: the first output ŷ_1.
    """
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] != 2 or X.shape[1] == 0:
        raise ShapeError(f"a decision grid needs 2-D points X of shape (2, m), got {X.shape}")
    if net.n_x != 2:
        raise ShapeError(f"a decision grid needs a network with n_x = 2 inputs, this one has {net.n_x}")
    if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) or resolution < 2:
        raise ShapeError(f"resolution must be a whole number of at least 2, got {resolution!r}")
    low, high = X.min(axis=1) - margin, X.max(axis=1) + margin
    xs = np.linspace(low[0], high[0], resolution)
    ys = np.linspace(low[1], high[1], resolution)
    # meshgrid's default "xy" indexing: row r holds y = ys[r], column c holds x = xs[c]
    grid_x, grid_y = np.meshgrid(xs, ys)
    AL, _ = net.forward(np.vstack([grid_x.ravel(), grid_y.ravel()]))
    if net.task == "multiclass" and AL.shape[0] > 2:
        out = AL.argmax(axis=0)
    elif net.task == "multiclass":
        out = AL[1]
    else:
        out = AL[0]
    values = np.ascontiguousarray(out.reshape(resolution, resolution), dtype=np.float32)
    return xs, ys, values

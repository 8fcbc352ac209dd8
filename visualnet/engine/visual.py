"""What the views draw of a network, computed here so that the Qt layer only displays it.

* :func:`weight_tiles` -- the rows of W[1] as little images, one tile per hidden unit;
* :func:`neighbour_correlation` -- how much those tiles look like pictures rather than noise;
* :func:`weight_heatmap` -- any W[l] as a (n[l], n[l-1]) matrix to colour;
* :func:`top_activating` and :func:`example_tiles` -- for each unit of a layer, the examples
  that excite it most, laid out one row per unit;
* :func:`class_agreement`, :func:`layers_class_agreement` and :func:`chance_agreement` -- how often
  a unit's top examples share a class, per layer: what backs the "edges -> parts -> whole" caption;
* :func:`decision_grid` -- the network's output over a grid covering 2-D data;
* :func:`sample_columns`, :func:`mean_activations` and :func:`edge_classes` -- what the live
  network diagram colours: each unit's mean activation on a fixed sample, each edge's sign and size.
* :func:`fitted_curve` -- the network's output ŷ(x) along the range of 1-D data, drawn over the examples;
* :func:`decades` -- how many powers of ten a curve's values span (when a log axis reads better).

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
        raise ShapeError("visual.no_tiles", n=n)
    if columns is None:
        h, w = tile_shape
        columns = math.ceil(math.sqrt(n * h / w))
    elif isinstance(columns, bool) or not isinstance(columns, (int, np.integer)) or columns < 1:
        raise ShapeError("visual.columns", columns=columns)
    columns = min(int(columns), n)
    return math.ceil(n / columns), columns


def fitting_columns(n: int, cell_shape: tuple[float, float], width: float, height: float) -> int:
    """Tiles per row that draw ``n`` cells of (h, w) pixels (a tile with its gaps) largest in width x height.

    A panel wider than tall shows more, larger tiles on a few long rows than on a near-square grid; the
    fewest columns win a tie (rows read like a book).
    """
    if n < 1:
        raise ShapeError("visual.no_tiles", n=n)
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
        raise ShapeError("visual.image_shape_dims", shape=tuple(image_shape))
    if math.prod(shape) != n_x:
        raise ShapeError("visual.image_shape_pixels", shape=shape, pixels=math.prod(shape), n_x=n_x)
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
        raise ShapeError("visual.W1", shape=W1.shape)
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
        raise ShapeError("visual.W", shape=W.shape)
    image = np.ascontiguousarray(W, dtype=np.float32)
    return image, symmetric_level(image)


def layer_activations(net: Network, X: Array, layer: int) -> Array:
    """A[layer] of the network on X, (n[layer], m), for layer = 1..L."""
    if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 1 <= layer <= net.L:
        raise ShapeError("visual.layer", L=net.L, layer=layer)
    AL, caches = net.forward(X)
    return AL if layer == net.L else caches[layer].A_prev


def top_activating(net: Network, X: Array, layer: int, k: int = 8, units: Optional[Sequence[int]] = None) -> Array:
    """For each unit i of ``layer``, the indices of the k examples of X with the largest A[layer][i].

    Returns an int64 array (n[layer], min(k, m)), largest activation first; equal activations (a
    ReLU unit that is 0 everywhere) keep the examples' order, so the answer is deterministic.
    ``units`` asks for those units' rows only (the diagram's panel shows one unit: sorting the
    examples of a 1000-unit layer for it would be 1000 times the work).
    """
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ShapeError("visual.k", k=k)
    A = layer_activations(net, X, layer)
    if units is not None:
        A = A[np.asarray(units, dtype=np.int64)]
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
        raise ShapeError("visual.X_indices", X_shape=X.shape, indices_shape=indices.shape)
    shape = _check_image_shape(image_shape, X.shape[0])
    units, k = indices.shape
    tiles = X[:, indices.ravel()].T.reshape((units * k,) + shape)
    if len(shape) == 3:
        tiles = tiles[..., :3] if shape[2] in (3, 4) else tiles.mean(axis=3)
    out = mosaic(tiles, k)
    low, high = float(np.nanmin(out)), float(np.nanmax(out))
    return out, (low, high if high > low else low + 1.0)


def class_agreement(top: Array, labels: Array) -> Array:
    """For each unit (a row of :func:`top_activating`), the share of its top examples whose label is
    the most common label among them: 1.0 when all k are one digit, 1/k at worst.

    A unit that answers to a stroke many digits share (a first-layer unit) picks examples of
    several classes; a unit that answers to a whole digit picks one class. Returns float64 (units,).
    """
    top, labels = np.asarray(top), np.asarray(labels).ravel()
    if top.ndim != 2 or top.shape[1] == 0:
        raise ShapeError("visual.top_shape", shape=top.shape)
    classes = labels[top]  # (units, k)
    same = classes[:, :, np.newaxis] == classes[:, np.newaxis, :]  # (units, k, k): who shares whose label
    return same.sum(axis=2).max(axis=1) / top.shape[1]


def layers_class_agreement(net: Network, X: Array, labels: Array, k: int = 8, units: Optional[int] = None
                           ) -> list[float]:
    """The mean :func:`class_agreement` of every layer l = 1..L (entry l - 1), from one forward pass.

    Only units that respond to the examples count: a unit whose a[l]_i is the same on every
    example (a dead ReLU) has no top examples, only the first k in the data's order, and would
    report that order. A layer without such a unit is NaN. ``units`` looks at each layer's first
    ``units`` units only (what a view draws), so a layer of 10^5 units is not sorted for a caption.
    """
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ShapeError("visual.k", k=k)
    AL, caches = net.forward(np.asarray(X))
    agreements = []
    for A in [cache.A_prev for cache in caches[1:]] + [AL]:
        A = A[:units]
        alive = A.max(axis=1) > A.min(axis=1)
        if not alive.any():
            agreements.append(math.nan)
            continue
        top = np.argsort(-A[alive], axis=1, kind="stable")[:, :min(int(k), A.shape[1])]
        agreements.append(float(class_agreement(top, labels).mean()))
    return agreements


def chance_agreement(labels: Array, k: int = 8, draws: int = 2000, seed: int = 0) -> float:
    """:func:`class_agreement` of k examples drawn at random (without replacement), averaged over
    ``draws`` draws: what a unit that has learned nothing about the classes scores (about 0.3 for
    k = 8 of ten balanced digits). The draws are seeded, so the figure is the same every time."""
    labels = np.asarray(labels).ravel()
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not 1 <= k <= labels.size:
        raise ShapeError("visual.k", k=k)
    rng = np.random.default_rng(seed)
    top = np.stack([rng.choice(labels.size, int(k), replace=False) for _ in range(draws)])
    return float(class_agreement(top, labels).mean())


def sample_columns(m: int, k: int = 256) -> Array:
    """The indices of k examples spread evenly over 0..m-1 (all m when m <= k), in order.

    The diagram colours units by their mean activation on this sample: a fixed one, so that the
    colours move only when the parameters do, never because other examples were drawn.
    """
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or m < 1:
        raise ShapeError("visual.sample_m", m=m)
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ShapeError("visual.k", k=k)
    return np.unique(np.linspace(0, m - 1, min(int(k), int(m))).round().astype(np.int64))


def mean_activations(net: Network, X: Array) -> list[Array]:
    """The mean over the examples of X of every unit's activation: ``[mean A[0], ..., mean A[L]]``.

    Entry l is a float64 vector (n[l],): unit j's a[l]_j averaged over the m columns of X (A[0] = X).
    """
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] != net.n_x or X.shape[1] == 0:
        raise ShapeError("visual.X_n_x", n_x=net.n_x, shape=X.shape)
    AL, caches = net.forward(X)
    return [cache.A_prev.mean(axis=1) for cache in caches] + [AL.mean(axis=1)]


def edge_classes(W: Array, rows: int, columns: int, levels: int = 3) -> Array:
    """W[l]_jk's sign times its size class, for the block j < rows, k < columns that a diagram draws.

    The class of a weight is 1..levels by |W_jk| / max|W| (max over the whole W, drawn or not):
    1 up to 1/levels of the largest, ``levels`` above (levels - 1)/levels. Returns int8 (rows,
    columns) in -levels..levels: positive for W_jk > 0, negative for W_jk < 0, 0 for W_jk = 0 exactly
    (zero-initialised weights) or not finite.
    """
    W = np.asarray(W)
    if W.ndim != 2:
        raise ShapeError("visual.W", shape=W.shape)
    if isinstance(levels, bool) or not isinstance(levels, (int, np.integer)) or levels < 1:
        raise ShapeError("visual.levels", levels=levels)
    block = W[:rows, :columns]
    top = float(np.nanmax(np.abs(W))) if W.size else 0.0
    if not (top > 0 and math.isfinite(top)):
        return np.zeros(block.shape, dtype=np.int8)
    size = np.ceil(np.abs(block) / top * levels).clip(1, levels)
    classes = np.where(np.isfinite(block), np.sign(block) * size, 0)
    return classes.astype(np.int8)


def output_values(net: Network, AL: Array) -> Array:
    """One number per column of the output AL, the one a picture of the network's answer colours or draws.

    * two classes: the probability of class 1 -- a[L] of a sigmoid output, or the second row
      of a two-unit softmax;
    * C > 2 classes: the predicted class, the arg-max of the softmax output, as 0.0 .. C-1;
    * regression: the first output ŷ_1.
    """
    if net.task == "multiclass" and AL.shape[0] > 2:
        return AL.argmax(axis=0).astype(np.float64)
    return AL[1] if net.task == "multiclass" else AL[0]


def _check_resolution(resolution: int) -> None:
    if isinstance(resolution, bool) or not isinstance(resolution, (int, np.integer)) or resolution < 2:
        raise ShapeError("visual.resolution", resolution=resolution)


def decision_grid(net: Network, X: Array, resolution: int = 100, margin: float = 0.5
                  ) -> tuple[Array, Array, Array]:
    """The network's output over a grid covering 2-D data X (2, m), for decision-boundary plots.

    The grid spans each coordinate's range in X widened by ``margin`` on both sides, with
    ``resolution`` points per axis: ``xs`` and ``ys`` (float64, increasing) are the grid points,
    and ``values[r, c]`` is the output at ``(xs[c], ys[r])`` -- rows are y, row-major.

    ``values`` (float32, C-contiguous, (resolution, resolution)) holds :func:`output_values`.
    """
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] != 2 or X.shape[1] == 0:
        raise ShapeError("visual.grid_X", shape=X.shape)
    if net.n_x != 2:
        raise ShapeError("visual.grid_n_x", n_x=net.n_x)
    _check_resolution(resolution)
    low, high = X.min(axis=1) - margin, X.max(axis=1) + margin
    xs = np.linspace(low[0], high[0], resolution)
    ys = np.linspace(low[1], high[1], resolution)
    # meshgrid's default "xy" indexing: row r holds y = ys[r], column c holds x = xs[c]
    grid_x, grid_y = np.meshgrid(xs, ys)
    AL, _ = net.forward(np.vstack([grid_x.ravel(), grid_y.ravel()]))
    values = output_values(net, AL).reshape(resolution, resolution)
    return xs, ys, np.ascontiguousarray(values, dtype=np.float32)


def fitted_curve(net: Network, X: Array, resolution: int = 200, margin: float = 0.5) -> tuple[Array, Array]:
    """The network's output ŷ(x) along the range of 1-D data X (1, m): the curve a regression fits.

    ``xs`` (float64, increasing, ``resolution`` points) spans X's range widened by ``margin`` on
    both sides -- beyond the examples the curve shows how the network extrapolates -- and
    ``values[i]`` (float64) is :func:`output_values` at ``xs[i]``: ŷ for a regression, the
    probability of class 1 for two classes, the predicted class for more.
    """
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] != 1 or X.shape[1] == 0:
        raise ShapeError("visual.curve_X", shape=X.shape)
    if net.n_x != 1:
        raise ShapeError("visual.curve_n_x", n_x=net.n_x)
    _check_resolution(resolution)
    xs = np.linspace(X.min() - margin, X.max() + margin, resolution)
    AL, _ = net.forward(xs[np.newaxis, :])
    return xs, np.asarray(output_values(net, AL), dtype=np.float64)


def decades(values: Array) -> float:
    """How many powers of ten the positive finite ``values`` span: log10(max / min), 0 for fewer than two.

    A cost falling from 0.7 to 0.0007 spans 3 decades: on a linear axis its last 99.9% of
    progress is a flat line at the bottom, which a log axis shows.
    """
    values = np.asarray(values, dtype=np.float64)
    positive = values[np.isfinite(values) & (values > 0)]
    if positive.size < 2:
        return 0.0
    return float(np.log10(positive.max() / positive.min()))

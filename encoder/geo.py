# SPDX-License-Identifier: GPL-2.0-or-later
"""Map <-> pixel <-> chip arithmetic and CRS transforms: the only module doing this maths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from affine import Affine
from rasterio.crs import CRS
from rasterio.errors import CRSError

from .errors import PromptError, RasterError


@dataclass(frozen=True)
class Bounds:
    """An axis-aligned rectangle in map units of some CRS."""

    minx: float
    miny: float
    maxx: float
    maxy: float

    def intersects(self, other: Bounds) -> bool:
        return (
            self.minx < other.maxx
            and other.minx < self.maxx
            and self.miny < other.maxy
            and other.miny < self.maxy
        )

    def contains_xy(self, x: float, y: float) -> bool:
        return self.minx <= x <= self.maxx and self.miny <= y <= self.maxy


@dataclass(frozen=True)
class PixelWindow:
    """Rows/columns of a raster grid: [row_off, row_off + height) x [col_off, col_off + width)."""

    row_off: int
    col_off: int
    height: int
    width: int


def parse_crs(value: object, what: str = "CRS") -> CRS:
    """A CRS from 'EPSG:n', WKT, PROJ text or a rasterio CRS; a clear error when PROJ does not know it."""
    if isinstance(value, CRS):
        return value
    if value is None or str(value).strip() == "":
        raise PromptError(f"No {what} given: pass one such as EPSG:4326.")
    try:
        return CRS.from_user_input(str(value).strip())
    except CRSError as exc:
        raise RasterError(f"Unknown {what} {value!r}: use an EPSG code such as EPSG:3857 ({exc}).") from None


def crs_to_text(crs: CRS | None) -> str:
    """A compact, lossless text for a CRS: 'EPSG:n' when it is one exactly, WKT otherwise."""
    if crs is None or crs == "":
        return ""
    if not isinstance(crs, CRS):
        crs = parse_crs(crs)
    epsg = crs.to_epsg(confidence_threshold=100)
    return f"EPSG:{epsg}" if epsg else crs.to_wkt()


def same_crs(a: CRS | None, b: CRS | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b


def transform_xy(xs: Sequence[float], ys: Sequence[float], src_crs: CRS, dst_crs: CRS) -> tuple[np.ndarray, np.ndarray]:
    """Reproject coordinates (map units of src_crs -> map units of dst_crs)."""
    xs = np.asarray(xs, dtype="float64")
    ys = np.asarray(ys, dtype="float64")
    if same_crs(src_crs, dst_crs) or len(xs) == 0:
        return xs, ys
    from rasterio.warp import transform as warp_transform

    out_x, out_y = warp_transform(src_crs, dst_crs, xs.tolist(), ys.tolist())
    out_x, out_y = np.asarray(out_x), np.asarray(out_y)
    if not (np.all(np.isfinite(out_x)) and np.all(np.isfinite(out_y))):
        raise PromptError(f"Coordinates cannot be transformed from {crs_to_text(src_crs)} to {crs_to_text(dst_crs)}: check the prompt CRS.")
    return out_x, out_y


def transform_bounds(bounds: Bounds, src_crs: CRS, dst_crs: CRS) -> Bounds:
    """Bounds reprojected with densified edges."""
    if same_crs(src_crs, dst_crs):
        return bounds
    from rasterio.warp import transform_bounds as warp_bounds

    return Bounds(*warp_bounds(src_crs, dst_crs, bounds.minx, bounds.miny, bounds.maxx, bounds.maxy, densify_pts=21))


def map_to_pixel(transform: Affine, xs: Sequence[float], ys: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """Map coordinates -> fractional (col, row) of the grid; pixel centres are at .5."""
    inverse = ~transform
    xs = np.asarray(xs, dtype="float64")
    ys = np.asarray(ys, dtype="float64")
    cols = inverse.a * xs + inverse.b * ys + inverse.c
    rows = inverse.d * xs + inverse.e * ys + inverse.f
    return cols, rows


def pixel_to_map(transform: Affine, cols: Sequence[float], rows: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """Fractional (col, row) -> map coordinates."""
    cols = np.asarray(cols, dtype="float64")
    rows = np.asarray(rows, dtype="float64")
    return transform.a * cols + transform.b * rows + transform.c, transform.d * cols + transform.e * rows + transform.f


def apply(transform: Affine, x: float, y: float) -> tuple[float, float]:
    """One point through `transform` (what `transform * (x, y)` gives; affine 3 deprecates `*` for it)."""
    return (transform.a * x + transform.b * y + transform.c, transform.d * x + transform.e * y + transform.f)


def compose(outer: Affine, inner: Affine) -> Affine:
    """The transform `inner` then `outer`: `outer @ inner` where affine has it (affine 3 warns on `*` for this),
    `outer * inner` on affine 2 (QGIS 3.22's Debian), which has no `@`."""
    return outer @ inner if hasattr(Affine, "__matmul__") else outer * inner


def window_transform(transform: Affine, window: PixelWindow) -> Affine:
    """The affine transform of a window's top-left pixel."""
    return compose(transform, Affine.translation(window.col_off, window.row_off))


def window_bounds(transform: Affine, window: PixelWindow) -> Bounds:
    """Map bounds of a pixel window (any sign of the pixel size)."""
    xs, ys = pixel_to_map(
        transform,
        [window.col_off, window.col_off + window.width, window.col_off, window.col_off + window.width],
        [window.row_off, window.row_off, window.row_off + window.height, window.row_off + window.height],
    )
    return Bounds(float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))


def bounds_to_window(transform: Affine, bounds: Bounds, width: int, height: int) -> PixelWindow | None:
    """The pixel window of a grid that covers bounds, clipped to the grid; None if they miss."""
    cols, rows = map_to_pixel(transform, [bounds.minx, bounds.maxx, bounds.minx, bounds.maxx], [bounds.miny, bounds.miny, bounds.maxy, bounds.maxy])
    col0 = max(int(np.floor(cols.min() + 1e-9)), 0)
    row0 = max(int(np.floor(rows.min() + 1e-9)), 0)
    col1 = min(int(np.ceil(cols.max() - 1e-9)), width)
    row1 = min(int(np.ceil(rows.max() - 1e-9)), height)
    if col1 <= col0 or row1 <= row0:
        return None
    return PixelWindow(row0, col0, row1 - row0, col1 - col0)


def affine_to_list(transform: Affine) -> list[float]:
    """The 6 terms a, b, c, d, e, f (rasterio order)."""
    return [transform.a, transform.b, transform.c, transform.d, transform.e, transform.f]


def affine_from_list(terms: Sequence[float]) -> Affine:
    if len(terms) < 6:
        raise ValueError(f"An affine transform needs 6 terms, got {len(terms)}.")
    return Affine(*[float(t) for t in terms[:6]])


def pixel_area(transform: Affine) -> float:
    """Area of one pixel in map units squared."""
    return abs(transform.a * transform.e - transform.b * transform.d)

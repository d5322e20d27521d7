# SPDX-License-Identifier: GPL-2.0-or-later
"""Raster reading for encoding: band choice, on-the-fly reprojection, one value range, 0..255 scaling."""

from __future__ import annotations

import contextlib
import math
import os
from dataclasses import dataclass
from typing import Any, Iterator, Protocol, Sequence, runtime_checkable

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.errors import RasterioIOError
from rasterio.vrt import WarpedVRT
from rasterio.windows import Window

from ..errors import NothingToEncodeError, RasterError, RasterNotFoundError, RasterReadError
from ..geo import Bounds, PixelWindow, crs_to_text, parse_crs, same_crs, window_bounds

# Percentiles of the sampled valid values used as the automatic value range.
ROBUST_PERCENTILES = (2.0, 98.0)
# The whole extent is sampled at most this many pixels on its longer side,
# read in strips of this many sample rows.
SAMPLE_SIDE = 1024
SAMPLE_STRIP_ROWS = 16


@dataclass(frozen=True)
class ChipPixels:
    """One window read for encoding: (h, w, 3) uint8 pixels and the (h, w) valid-data mask."""

    image: np.ndarray
    valid: np.ndarray


@runtime_checkable
class RasterSource(Protocol):
    """What the encoder reads chips from: a raster file (RasterDataset) or a web layer's tile cache
    (tiles.TileCacheDataset), on the grid the chips are cut from. The builder and the manifest read these members
    and no others; a test holds both classes to it (tests/test_architecture.py)."""

    path: str
    crs: Any  # the grid's rasterio CRS (None for an image without georeferencing)
    transform: Affine  # the grid's pixel -> CRS transform
    width: int
    height: int
    indexes: tuple[int, ...]  # the bands read, as RGB
    target_crs: Any  # the CRS asked for (a reprojection), or None
    resolution: tuple[float, float] | None  # the resolution asked for, or None
    source: dict | None  # a web layer's definition, recorded in the manifest; None for a file (its path says it)

    @property
    def bounds(self) -> Bounds: ...

    @property
    def crs_text(self) -> str: ...

    def open(self) -> contextlib.AbstractContextManager: ...

    def stop_when(self, check) -> None: ...

    def compute_value_range(self, window: PixelWindow | None = None) -> tuple[float, float]: ...

    def has_valid_data(self, window: PixelWindow | None = None) -> bool: ...

    def read_chip(self, reader, window: PixelWindow, value_range: tuple[float, float]) -> ChipPixels: ...

    def describe(self) -> str: ...


def _is_local_path(path: str) -> bool:
    return not (path.startswith("/vsi") or "://" in path or path.upper().startswith(("NETCDF:", "HDF5:", "GTIFF_RAW:")))


class RasterDataset:
    """A georeferenced raster as the encoder sees it.

    path: any GDAL path (GeoTIFF, COG, JP2, VRT, /vsicurl/...).
    crs: reproject on the fly to this CRS (EPSG code, WKT or PROJ text).
    indexes: 1-based bands (1 to 3 of them); 1 band is copied to 3 channels,
        more than 3 bands default to the first 3.
    resolution: output pixel size in map units of the (target) CRS.
    """

    source: dict | None = None  # a web layer's definition (encoder/encode/tiles.py); a file is its path

    def __init__(
        self,
        path: str | os.PathLike,
        crs: object = None,
        indexes: Sequence[int] | None = None,
        resolution: float | Sequence[float] | None = None,
        like: RasterDataset | None = None,
    ) -> None:
        """like: read this raster on another one's grid (its CRS, pixel size, origin and size): the dates of a time
        series encoded on one grid, so that their chips are the same places on the ground."""
        self.path = os.fspath(path)
        if _is_local_path(self.path) and not os.path.exists(self.path):
            raise RasterNotFoundError(f"Raster not found: {self.path}. Check the path.")
        try:
            with rasterio.open(self.path) as src:
                self.source_crs: CRS | None = src.crs
                self.source_transform: Affine = src.transform
                self.source_width, self.source_height = src.width, src.height
                self.count = src.count
                self.dtype = np.dtype(src.dtypes[0])
                self.nodata = src.nodata
                self.georeferenced = src.crs is not None or src.transform != Affine.identity()
        except RasterioIOError as exc:
            raise RasterNotFoundError(f"Cannot open raster {self.path}: {exc}. Check that it is a GDAL-readable image.") from None

        if self.source_crs is None:
            what = "no georeferencing (no CRS and no geotransform)" if not self.georeferenced else "no CRS"
            raise RasterError(
                f"{self.path} has {what}: GeoSAM needs map coordinates. Georeference it first "
                "(QGIS Georeferencer, or gdal_edit.py -a_srs EPSG:n [-a_ullr ulx uly lrx lry])."
            )
        self.indexes = self._choose_bands(indexes)
        self.target_crs = parse_crs(crs, "target CRS") if crs not in (None, "") else None
        self.resolution = self._parse_resolution(resolution)
        self._warp: dict | None = None
        if like is not None:
            self._check_overlaps(like)
            same_grid = same_crs(like.crs, self.source_crs) and like.transform.almost_equals(self.source_transform) and (like.width, like.height) == (self.source_width, self.source_height)
            if not same_grid:  # read through a warp onto the other's grid; the same grid is read as it is
                self._warp = {"crs": like.crs, "transform": like.transform, "width": like.width, "height": like.height}
        if self._warp is not None:
            self.crs = self._warp["crs"]
            self.transform = self._warp["transform"]
            self.width, self.height = self._warp["width"], self._warp["height"]
        elif (self.target_crs is not None and not same_crs(self.target_crs, self.source_crs)) or self.resolution:
            self._warp = self._warp_params()
            self.crs = self._warp["crs"]
            self.transform = self._warp["transform"]
            self.width, self.height = self._warp["width"], self._warp["height"]
        else:
            self.crs, self.transform = self.source_crs, self.source_transform
            self.width, self.height = self.source_width, self.source_height

    # ------------------------------------------------------------------ set-up
    def _check_overlaps(self, other: RasterDataset) -> None:
        """Refused in one line where this raster's footprint misses the other's."""
        from .. import geo

        mine = window_bounds(self.source_transform, PixelWindow(0, 0, self.source_height, self.source_width))
        theirs = geo.transform_bounds(other.bounds, other.crs, self.source_crs)
        if mine.minx >= theirs.maxx or mine.maxx <= theirs.minx or mine.miny >= theirs.maxy or mine.maxy <= theirs.miny:
            raise RasterError(f"{self.path} does not overlap {other.path}: every date must show the same place.")

    def _choose_bands(self, indexes: Sequence[int] | None) -> tuple[int, ...]:
        if indexes is None or len(indexes) == 0:
            return tuple(range(1, min(self.count, 3) + 1))
        chosen = tuple(int(i) for i in indexes)
        if len(chosen) > 3:
            raise RasterError(f"Choose at most 3 bands for SAM, got {list(chosen)} for {self.path}.")
        bad = [i for i in chosen if not 1 <= i <= self.count]
        if bad:
            raise RasterError(f"Band {bad[0]} does not exist in {self.path}: it has bands 1..{self.count}.")
        return chosen

    @staticmethod
    def _parse_resolution(resolution: float | Sequence[float] | None) -> tuple[float, float] | None:
        if resolution in (None, 0, "", (), []):
            return None
        if isinstance(resolution, (int, float, str)):
            res = (float(resolution), float(resolution))
        else:
            values = [float(r) for r in resolution]
            res = (values[0], values[-1])
        if not all(math.isfinite(r) and r > 0 for r in res):
            raise RasterError(f"Resolution must be a positive number of map units, got {resolution!r}.")
        return res

    def _warp_params(self) -> dict:
        from rasterio.warp import calculate_default_transform

        if self.source_crs is None:
            raise RasterError(f"{self.path} has no CRS, so it cannot be reprojected: assign one first (e.g. gdal_edit.py -a_srs).")
        dst_crs = self.target_crs or self.source_crs
        left, bottom, right, top = rasterio.transform.array_bounds(self.source_height, self.source_width, self.source_transform)
        kwargs = {"resolution": self.resolution} if self.resolution else {}
        try:
            transform, width, height = calculate_default_transform(
                self.source_crs, dst_crs, self.source_width, self.source_height, left, bottom, right, top, **kwargs
            )
        except Exception as exc:  # rasterio raises several types from GDAL/PROJ here
            raise RasterError(f"Cannot reproject {self.path} to {crs_to_text(dst_crs)}: {exc}.") from None
        return {"crs": dst_crs, "transform": transform, "width": int(width), "height": int(height)}

    # ------------------------------------------------------------------ access
    @property
    def bounds(self) -> Bounds:
        return window_bounds(self.transform, PixelWindow(0, 0, self.height, self.width))

    @property
    def crs_text(self) -> str:
        return crs_to_text(self.crs)

    @contextlib.contextmanager
    def open(self) -> Iterator[rasterio.io.DatasetReaderBase]:
        """A reader on the (possibly warped) grid; one per thread, closed on exit."""
        with rasterio.open(self.path) as src:
            if self._warp is None:
                yield src
                return
            has_nodata = src.nodata is not None
            with WarpedVRT(
                src,
                crs=self._warp["crs"],
                transform=self._warp["transform"],
                width=self._warp["width"],
                height=self._warp["height"],
                resampling=Resampling.bilinear,
                # Without nodata an alpha band marks pixels outside the source footprint.
                add_alpha=not has_nodata,
            ) as vrt:
                yield vrt

    def _read_masked(self, reader, window: PixelWindow | None, out_shape: tuple[int, int] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(bands, h, w) values in the raster's dtype and an (h, w) mask of valid pixels."""
        win = None if window is None else Window(window.col_off, window.row_off, window.width, window.height)
        kwargs = {"window": win}
        if out_shape is not None:
            kwargs["out_shape"] = (len(self.indexes),) + out_shape
            kwargs["resampling"] = Resampling.nearest
        try:
            data = reader.read(list(self.indexes), **kwargs)
            masks = reader.read_masks(list(self.indexes), **kwargs)
        except RasterioIOError as exc:
            row = self._first_unreadable_row(reader, window)
            where = f" from row {row} on" if row is not None else ""
            raise RasterReadError(f"Cannot read {self.path}{where} ({str(exc).splitlines()[0]}): the file is truncated or corrupt; repair or re-export it.") from None
        valid = masks.max(axis=0) > 0
        if self.nodata is not None and not np.isnan(self.nodata):
            valid &= ~np.all(data == np.asarray(self.nodata, dtype=data.dtype), axis=0)
        if data.dtype.kind == "f":
            valid &= np.all(np.isfinite(data), axis=0)
        return data, valid

    def _first_unreadable_row(self, reader, window: PixelWindow | None, strip: int = 64) -> int | None:
        """The first row (of the raster grid) of the first strip that fails to read, to name it in the error."""
        window = window or PixelWindow(0, 0, self.height, self.width)
        for row in range(window.row_off, window.row_off + window.height, strip):
            height = min(strip, window.row_off + window.height - row)
            try:
                reader.read(list(self.indexes), window=Window(window.col_off, row, window.width, height))
            except RasterioIOError:
                return row
        return None

    def stop_when(self, check) -> None:
        """A file is read at once: nothing waits (a web layer's tile cache waits for its tiles, encoder/encode/tiles.py)."""

    def compute_value_range(self, window: PixelWindow | None = None) -> tuple[float, float]:
        """ONE value range for a whole encode.

        8-bit data passes through as 0..255 (what SAM saw in training); other
        types get the 2nd..98th percentiles of the valid values of a sample
        of the whole window (nodata and NaN excluded).
        """
        if self.dtype == np.uint8:
            if not self.has_valid_data(window):
                raise NothingToEncodeError(f"Nothing to encode: every pixel of {self.path} in the chosen area is nodata.")
            return (0.0, 255.0)
        values = self._sample_valid_values(window)
        lo, hi = np.percentile(values, ROBUST_PERCENTILES)
        lo, hi = float(lo), float(hi)
        if hi <= lo:  # constant band: keep it, scaled to the middle grey
            lo, hi = lo - 0.5, lo + 0.5
        return (lo, hi)

    def _sample_strips(self, window: PixelWindow | None):
        """(data, valid) of a decimated sample of the window, read in strips through fresh handles.

        At most SAMPLE_SIDE pixels on the longer side; each strip's dataset is closed before
        the next opens, so GDAL's block cache never holds the whole raster.
        """
        window = window or PixelWindow(0, 0, self.height, self.width)
        scale = max(1.0, max(window.height, window.width) / SAMPLE_SIDE)
        strip_rows = max(1, int(round(SAMPLE_STRIP_ROWS * scale)))
        for row in range(window.row_off, window.row_off + window.height, strip_rows):
            height = min(strip_rows, window.row_off + window.height - row)
            strip = PixelWindow(row, window.col_off, height, window.width)
            shape = (max(1, round(height / scale)), max(1, round(window.width / scale)))
            with self.open() as reader:
                yield self._read_masked(reader, strip, shape)

    def _sample_valid_values(self, window: PixelWindow | None) -> np.ndarray:
        parts = []
        for data, valid in self._sample_strips(window):
            values = data[:, valid].astype("float64").ravel()
            parts.append(values[np.isfinite(values)])
        values = np.concatenate(parts) if parts else np.zeros(0)
        if values.size == 0:
            raise NothingToEncodeError(f"Nothing to encode: every pixel of {self.path} in the chosen area is nodata.")
        return values

    def has_valid_data(self, window: PixelWindow | None = None) -> bool:
        return any(valid.any() for _, valid in self._sample_strips(window))

    def read_chip(self, reader, window: PixelWindow, value_range: tuple[float, float]) -> ChipPixels:
        """Read one window and scale it to uint8 (h, w, 3) with the encode's value range."""
        data, valid = self._read_masked(reader, window)
        image = scale_to_uint8(data, value_range)
        image[:, ~valid] = 0
        if image.shape[0] == 1:
            image = np.repeat(image, 3, axis=0)
        elif image.shape[0] == 2:  # two bands: the second fills green and blue
            image = np.concatenate([image, image[1:2]], axis=0)
        return ChipPixels(np.ascontiguousarray(image.transpose(1, 2, 0)), valid)

    def describe(self) -> str:
        return f"{self.path} ({self.width} x {self.height} px, {self.count} bands {self.dtype}, {self.crs_text or 'no CRS'})"


def scale_to_uint8(data: np.ndarray, value_range: tuple[float, float]) -> np.ndarray:
    """Linear stretch of value_range to 0..255, clipped; 8-bit data with 0..255 is passed through."""
    lo, hi = float(value_range[0]), float(value_range[1])
    if data.dtype == np.uint8 and (lo, hi) == (0.0, 255.0):
        return data.copy()
    if hi <= lo:
        raise RasterError(f"Value range must have min < max, got {lo}, {hi}.")
    with np.errstate(over="ignore", invalid="ignore"):  # nodata like -3.4e38 overflows; it is masked afterwards
        scaled = (data.astype("float32") - np.float32(lo)) * np.float32(255.0 / (hi - lo))
    np.nan_to_num(scaled, copy=False, nan=0.0, posinf=255.0, neginf=0.0)
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


def parse_value_range(value_range) -> tuple[float, float] | None:
    if value_range is None or value_range == "" or value_range == ():
        return None
    if isinstance(value_range, str):
        value_range = [v for v in value_range.replace(" ", ",").split(",") if v]
    try:
        lo, hi = (float(v) for v in value_range)
    except (TypeError, ValueError):
        raise RasterError(f"A value range is two numbers min,max; got {value_range!r}.") from None
    if not hi > lo:
        raise RasterError(f"A value range needs min < max; got {lo}, {hi}.")
    return (lo, hi)

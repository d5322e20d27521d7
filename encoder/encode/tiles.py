# SPDX-License-Identifier: GPL-2.0-or-later
"""A tile cache as a raster to encode: the pixels of a QGIS layer that is not a file (XYZ, WMS, WMTS, ArcGIS
MapServer, WCS), fetched by QGIS's process through the layer's provider (geo_sam_plugin/engine/layer_pixels.py).

The layout is in encoder/protocol.py. Tiles arrive while the encode runs (a view session fetches and encodes at once,
nearest the view first): a chip whose tiles are missing waits for them, and stops with the fetch's own one-line error
when the fetch gave up (failed.txt) or when no tile arrived for TILE_WAIT_S.
"""

from __future__ import annotations

import json
import os
import time
import warnings
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.errors import NotGeoreferencedWarning, RasterioIOError

from ..errors import RasterError, RasterNotFoundError, RasterReadError
from ..geo import PixelWindow, parse_crs
from ..protocol import TILE_CACHE_FILE, TILE_CACHE_KIND, TILE_FAILED_FILE, tile_name
from .raster import RasterDataset, RasterSource

# A chip waits this long for a missing tile when none arrives at all (the fetch is stuck or was stopped).
TILE_WAIT_S = 300.0
POLL_S = 0.05


def is_tile_cache(path) -> bool:
    """Whether path is a tile cache folder (or its tiles.json)."""
    p = Path(os.fspath(path))
    return (p / TILE_CACHE_FILE).is_file() or (p.name == TILE_CACHE_FILE and p.is_file())


class TileCacheDataset(RasterDataset):
    """The grid of a tile cache: RGB uint8, alpha as the valid-data mask, fixed CRS and resolution."""

    def __init__(self, path, crs=None, indexes=None, resolution=None) -> None:
        folder = Path(os.fspath(path))
        folder = folder.parent if folder.name == TILE_CACHE_FILE else folder
        self.path = str(folder)
        try:
            spec = json.loads((folder / TILE_CACHE_FILE).read_text())
        except (OSError, ValueError):
            raise RasterNotFoundError(f"{folder} is not a GeoSAM tile cache (no readable {TILE_CACHE_FILE}): add the layer to the map and encode it again.") from None
        if spec.get("kind") != TILE_CACHE_KIND:
            raise RasterError(f"{folder / TILE_CACHE_FILE} is not a GeoSAM tile cache.")
        if crs not in (None, "") or resolution not in (None, 0, "", (), []):
            raise RasterError("A web layer's pixels are fetched on one grid: set its resolution when you encode it (RESOLUTION), not a reprojection.")
        if indexes not in (None, (), []) and tuple(int(i) for i in indexes) != (1, 2, 3):
            raise RasterError("A web layer is encoded as the RGB that QGIS draws: leave the bands empty.")
        self.spec = spec
        self.source = spec.get("source") or {}
        self.tile_size = int(spec["tile_size"])
        self.crs = self.source_crs = parse_crs(spec["crs"], "tile cache CRS")
        self.target_crs = None  # no reprojection: the tiles are on the encode's grid
        self.transform = self.source_transform = Affine(*spec["transform"][:6])
        self.width = self.source_width = int(spec["width"])
        self.height = self.source_height = int(spec["height"])
        self.count, self.dtype, self.nodata, self.georeferenced = 3, np.dtype("uint8"), None, True
        self.indexes = (1, 2, 3)
        self.resolution = None
        self._warp = None
        self.tiles_dir = folder / "tiles"
        self._stop = lambda: False

    def stop_when(self, check) -> None:
        """check() True makes a chip that waits for its tiles give up at once (the encode was cancelled)."""
        self._stop = check

    # The whole cache is never read to sample it: RGB from QGIS passes through as 0..255.
    def compute_value_range(self, window: PixelWindow | None = None) -> tuple[float, float]:
        return (0.0, 255.0)

    def has_valid_data(self, window: PixelWindow | None = None) -> bool:
        return True

    def open(self):
        import contextlib

        return contextlib.nullcontext(self)

    def _read_masked(self, reader, window: PixelWindow | None, out_shape=None) -> tuple[np.ndarray, np.ndarray]:
        window = window or PixelWindow(0, 0, self.height, self.width)
        data = np.zeros((3, window.height, window.width), np.uint8)
        valid = np.zeros((window.height, window.width), bool)
        size = self.tile_size
        for row in range(window.row_off // size, (window.row_off + window.height - 1) // size + 1):
            for col in range(window.col_off // size, (window.col_off + window.width - 1) // size + 1):
                rgba = self._tile(row, col)
                r0, c0 = row * size, col * size
                top, left = max(r0, window.row_off), max(c0, window.col_off)
                bottom = min(r0 + rgba.shape[1], window.row_off + window.height)
                right = min(c0 + rgba.shape[2], window.col_off + window.width)
                if bottom <= top or right <= left:
                    continue
                part = rgba[:, top - r0 : bottom - r0, left - c0 : right - c0]
                out = (slice(top - window.row_off, bottom - window.row_off), slice(left - window.col_off, right - window.col_off))
                data[(slice(None), *out)] = part[:3]
                valid[out] = part[3] > 0
        return data, valid

    def _tile(self, row: int, col: int) -> np.ndarray:
        """The (4, h, w) RGBA tile, once the fetch has written it."""
        path = self.tiles_dir / tile_name(row, col)
        waited_since = time.monotonic()
        seen = self._tile_count()
        while not path.is_file():
            failed = self.tiles_dir.parent / TILE_FAILED_FILE
            if failed.is_file():
                raise RasterReadError(failed.read_text(errors="replace").strip().splitlines()[0])
            if self._stop():
                raise RasterReadError("The encode stopped while it waited for the web layer's tiles.")
            count = self._tile_count()
            if count != seen:  # the fetch is alive: it is busy elsewhere (nearer the view)
                seen, waited_since = count, time.monotonic()
            elif time.monotonic() - waited_since > TILE_WAIT_S:
                raise RasterReadError(
                    f"No tile of {self.describe()} arrived for {TILE_WAIT_S:.0f} s: the fetch in QGIS stopped. Open the layer in QGIS and encode again to resume."
                )
            time.sleep(POLL_S)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NotGeoreferencedWarning)
                with rasterio.open(path) as src:
                    rgba = src.read()
        except RasterioIOError as exc:
            raise RasterReadError(f"Cannot read the tile {path} ({str(exc).splitlines()[0]}): delete it and encode again to fetch it anew.") from None
        if rgba.shape[0] == 3:  # an opaque tile saved without alpha
            rgba = np.concatenate([rgba, np.full_like(rgba[:1], 255)])
        return rgba

    def _tile_count(self) -> int:
        try:
            return sum(1 for _ in os.scandir(self.tiles_dir))
        except OSError:
            return 0

    def describe(self) -> str:
        name = self.source.get("name") or self.path
        return f"{name} ({self.width} x {self.height} px at {abs(self.transform.a):g} map units per pixel, {self.crs_text})"


def open_dataset(path, crs=None, indexes=None, resolution=None) -> RasterSource:
    """A raster file (RasterDataset) or a web layer's tile cache (TileCacheDataset), by what `path` is."""
    if is_tile_cache(path):
        return TileCacheDataset(path, crs=crs, indexes=indexes, resolution=resolution)
    return RasterDataset(path, crs=crs, indexes=indexes, resolution=resolution)

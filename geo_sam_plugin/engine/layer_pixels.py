# SPDX-License-Identifier: GPL-2.0-or-later
"""The pixels of any QGIS raster layer that is not a file (XYZ, WMS, WMTS, ArcGIS MapServer, WCS, ...), fetched
through the layer's own provider in QGIS's process, at one ground resolution, into a tile cache the worker encodes
from (the layout: encoder/protocol.py; the worker's reader: encoder/encode/tiles.py).

Why through QGIS: its network settings apply (proxy, authentication configurations, the network cache), and every
provider QGIS has works the same way, as TerraLab's plugin reads layers. What the user sees is what is encoded: the
layer's renderer draws each tile (a WCS or PostGIS raster with its styling; a web layer's own colours).

A tile is fetched whole or not at all (written to a temporary name, then renamed), so a fetch that stops leaves a
cache that the next encode resumes. HTTP errors are read from QGIS's network manager of the fetching thread (the
providers draw a failed tile as transparent and say nothing else to the caller): 404 is "no tile here" (no data),
429 and 5xx and lost connections are retried with a growing delay (or the server's Retry-After), other 4xx stop the
fetch at once, with one line that says what to do.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsDataSourceUri,
    QgsNetworkAccessManager,
    QgsProject,
    QgsRasterBlockFeedback,
    QgsRasterProjector,
    QgsRectangle,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from ...encoder.files import atomic_write, atomic_write_text
from ...encoder.order import NearestFirst
from ...encoder.protocol import TILE_CACHE_DIR, TILE_CACHE_FILE, TILE_CACHE_KIND, TILE_FAILED_FILE, TILE_SIZE, chips_along, tile_name

# Providers whose source rasterio opens itself (a file, a VRT, /vsicurl/...): encoded as today, without a tile cache.
FILE_PROVIDERS = ("gdal",)
# A request beyond this many chips is refused with its estimate: choose a coarser resolution or a smaller extent.
MAX_CHIPS = 4000
# Bytes downloaded per pixel, for the estimate (JPEG and PNG web tiles: about 0.3 to 1.5).
DOWNLOAD_BYTES_PER_PIXEL = 1.0
# Waits before each retry of a failing tile (then the fetch gives up and says so); a Retry-After is honoured up to the cap.
RETRY_DELAYS_S = (1.0, 2.0, 4.0, 8.0, 16.0)
RETRY_AFTER_CAP_S = 60.0
# HTTP statuses that mean "no tile here": the area is no data, not an error.
NO_TILE_STATUSES = (204, 404)
# URI keys never written into a folder (a folder travels; QGIS's authentication configurations hold secrets instead).
SECRET_KEYS = ("password", "apikey", "api_key", "token", "access_token")


class LayerSourceError(Exception):
    """One line for the user: what went wrong with the layer or its server, and what to do."""


def is_file_layer(layer) -> bool:
    return layer.providerType() in FILE_PROVIDERS


def native_resolution(layer) -> float | None:
    """The finest resolution a tiled layer (XYZ, WMTS) serves, in its CRS's units; None where there is none (WMS)."""
    provider = layer.dataProvider()
    resolutions = [r for r in (provider.nativeResolutions() if hasattr(provider, "nativeResolutions") else []) if r > 0]
    return min(resolutions) if resolutions else None


@dataclass(frozen=True)
class PixelGrid:
    """The grid the layer's pixels are fetched on: its CRS, top-left corner, pixel size and size in pixels."""

    crs_wkt: str
    x0: float
    y0: float
    res: float
    width: int
    height: int
    reprojected: bool = False  # in another CRS than the layer's: the fetch reprojects what the layer draws

    @property
    def transform(self) -> list[float]:
        return [self.res, 0.0, self.x0, 0.0, -self.res, self.y0]

    @property
    def tile_rows(self) -> int:
        return math.ceil(self.height / TILE_SIZE)

    @property
    def tile_cols(self) -> int:
        return math.ceil(self.width / TILE_SIZE)

    def tile(self, row: int, col: int) -> tuple[QgsRectangle, int, int]:
        """Tile (row, col): the map rectangle of a whole TILE_SIZE tile from its corner, and the pixels of it that
        lie on the grid (the last row and column keep fewer). Whole tiles are asked for even at the edges: QGIS
        Server answers a GetMap whose height differs from its width with rows shifted by one (measured on 3.22)."""
        w = min(TILE_SIZE, self.width - col * TILE_SIZE)
        h = min(TILE_SIZE, self.height - row * TILE_SIZE)
        left, top = self.x0 + col * TILE_SIZE * self.res, self.y0 - row * TILE_SIZE * self.res
        return QgsRectangle(left, top - TILE_SIZE * self.res, left + TILE_SIZE * self.res, top), w, h

    def cell(self, x: float, y: float) -> tuple[float, float]:
        """(col, row) of map point (x, y), in the grid's CRS, in tiles."""
        return (x - self.x0) / self.res / TILE_SIZE, (self.y0 - y) / self.res / TILE_SIZE

    def estimate(self, chip_size: int, stride: int) -> tuple[int, int]:
        """(chips, bytes to download) of an encode of the whole grid."""
        chips = chips_along(self.width, chip_size, stride) * chips_along(self.height, chip_size, stride)
        return chips, int(self.width * self.height * DOWNLOAD_BYTES_PER_PIXEL)


def check_layer(layer) -> None:
    """A one-line refusal of a layer that cannot be fetched: invalid, or without a CRS."""
    if not layer.isValid():
        raise LayerSourceError(f"{layer.name()} is not valid (its server did not answer or its source is gone): check it draws on the map, then encode again.")
    if not layer.crs().isValid():
        raise LayerSourceError(f"{layer.name()} has no CRS: set it in Layer Properties > Source, then encode again.")


def layer_grid(layer, extent: QgsRectangle | None = None, resolution: float | None = None, crs: QgsCoordinateReferenceSystem | None = None,
               transform_context=None) -> PixelGrid:
    """The grid of an encode of layer in crs (default: the layer's own): extent (in crs; default: the layer's) at
    resolution (crs units per pixel; default: the finest the layer serves, or in another CRS as many pixels across
    the extent as the finest would give). In another CRS the fetch reprojects what the layer draws (TileFetcher).
    transform_context: the transformations to use (Processing's context's; default: the project's)."""
    check_layer(layer)
    name = layer.name()
    own = crs is None or not crs.isValid() or crs == layer.crs()
    target = layer.crs() if own else crs
    context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
    given = QgsRectangle(extent) if extent is not None and not extent.isEmpty() else None
    cannot = LayerSourceError(f"{name} cannot be shown in {target.authid() or target.description()} over this extent: choose a CRS that covers the area, or leave CRS empty.")
    layer_extent = layer.extent()
    if not own and not layer_extent.isEmpty():
        try:  # a web layer's extent is the whole world, which some CRSs cannot show: then the extent given alone
            layer_extent = QgsCoordinateTransform(layer.crs(), target, context).transformBoundingBox(layer_extent)
        except QgsCsException:
            layer_extent = QgsRectangle()
        if not _finite(layer_extent):
            layer_extent = QgsRectangle()
        if layer_extent.isEmpty() and given is None:
            raise cannot
    area = given if given is not None else QgsRectangle(layer_extent)
    if not layer_extent.isEmpty():
        area = area.intersect(layer_extent)
    if area.isEmpty():
        raise LayerSourceError(f"The extent does not overlap {name}: choose an extent over the layer.")
    res = resolution if resolution and resolution > 0 else None
    if res is None:
        native = native_resolution(layer)
        if native and own:
            res = native
        elif native:  # as many pixels across the area as the layer's finest resolution gives there
            try:
                back = QgsCoordinateTransform(target, layer.crs(), context).transformBoundingBox(area)
            except QgsCsException:
                raise cannot from None
            if not _finite(back):
                raise cannot
            res = area.width() / max(1.0, back.width() / native)
    if not res:
        raise LayerSourceError(f"{name} has no native resolution: choose one (RESOLUTION, in {units(target)} per pixel).")
    width = max(1, math.ceil(area.width() / res - 1e-6))
    height = max(1, math.ceil(area.height() / res - 1e-6))
    return PixelGrid(target.toWkt(), area.xMinimum(), area.yMaximum(), float(res), width, height, reprojected=not own)


def _finite(rect: QgsRectangle) -> bool:
    return all(math.isfinite(v) for v in (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()))


def check_size(layer, grid: PixelGrid, chip_size: int, stride: int, max_chips: int = MAX_CHIPS) -> tuple[int, int]:
    """(chips, bytes) of the encode with the model's chip size (api.model_info) and defaults.default_stride, or a one-line refusal with
    that estimate when it is too large."""
    chips, size = grid.estimate(chip_size, stride)
    if chips > max_chips:
        raise LayerSourceError(
            f"{layer.name()} at {grid.res:g} {units(QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt))} per pixel over this extent is {grid.width} x {grid.height} px: "
            f"{chips} chips of {chip_size} px and about {size / 1e9:.1f} GB to download. Choose a coarser resolution or a smaller extent (at most {max_chips} chips)."
        )
    return chips, size


def units(crs) -> str:
    """The name of a CRS's map units (metres, degrees, ...), as QGIS says it."""
    from qgis.core import QgsUnitTypes

    return QgsUnitTypes.toString(crs.mapUnits())


def unit_abbreviation(crs) -> str:
    """A CRS's map units as QGIS abbreviates them: m, deg, ft, ..."""
    from qgis.core import QgsUnitTypes

    return QgsUnitTypes.toAbbreviatedString(crs.mapUnits())


def fetch_resolution(layer, wanted: float) -> float:
    """The resolution to fetch a web layer at when the view asks for `wanted` (in the layer's CRS units): never finer
    than the finest the layer serves (an XYZ / WMTS layer's deepest zoom), where finer pixels are its tiles upsampled:
    more chips and download, no detail gained. A layer that says no finest (WMS) is fetched at `wanted`."""
    native = native_resolution(layer)
    return max(wanted, native) if native else wanted


def size_text(n_bytes: float) -> str:
    """A download's size with its unit, never "0 MB": 850 kB, 12 MB, 1.4 GB."""
    if n_bytes >= 1e9:
        return f"{n_bytes / 1e9:.1f} GB"
    if n_bytes >= 1e6:
        return f"{n_bytes / 1e6:.0f} MB"
    return f"{max(1.0, n_bytes / 1e3):.0f} kB"


def pixel_size_text(grid: PixelGrid) -> str:
    """A grid's pixel size with its unit, as QGIS abbreviates it: "1.19 m", "1.07e-05 deg"."""
    return f"{grid.res:.3g} {unit_abbreviation(QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt))}".strip()


def web_cache_name(layer) -> str:
    """The tile cache folder's name of a web layer fetched as one of several dates (web_<8 hex digits of its
    source>): named after the layer, not its place in a list, so a list changed between runs in the same folder
    (over the same grid) resumes each layer's own tiles instead of meeting another's."""
    return f"web_{hashlib.sha256(layer.source().encode()).hexdigest()[:8]}"


def source_definition(layer, grid: PixelGrid) -> dict:
    """What the manifest records of a web layer: provider, URI (without secrets), name, resolution, attribution."""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    for key in SECRET_KEYS:
        uri.removeParam(key)
    encoded = uri.encodedUri()
    encoded = bytes(encoded).decode() if not isinstance(encoded, str) else encoded
    provider_rights = layer.dataProvider().layerMetadata().rights() if hasattr(layer.dataProvider(), "layerMetadata") else []
    attribution = [a for a in (*provider_rights, *layer.metadata().rights(), _attribution(layer)) if a]
    return {
        "provider": layer.providerType(), "uri": encoded or layer.source(), "name": layer.name(),
        "crs": QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt).authid() or grid.crs_wkt,  # the grid's, which resolution is in
        "resolution": grid.res, "attribution": "; ".join(dict.fromkeys(attribution)),
        **({"layer_crs": layer.crs().authid() or layer.crs().toWkt()} if grid.reprojected else {}),
    }


def _attribution(layer) -> str:
    """The layer's own attribution (Layer Properties > QGIS Server): QgsMapLayerServerProperties' from QGIS 3.38 on,
    the layer's before (deprecated there)."""
    server = layer.serverProperties() if hasattr(layer, "serverProperties") else None
    if server is not None and hasattr(server, "attribution"):
        return server.attribution()
    return layer.attribution()


def cache_folder(folder: str | os.PathLike) -> Path:
    return Path(folder) / TILE_CACHE_DIR


def prepare_cache(folder: str | os.PathLike, grid: PixelGrid, source: dict) -> Path:
    """The tile cache in a feature folder: made, or the same one found (its tiles are kept: a fetch resumes).
    Another layer's or another grid's tiles there are refused."""
    cache = cache_folder(folder)
    spec = {"kind": TILE_CACHE_KIND, "version": 1, "crs": grid.crs_wkt, "transform": grid.transform, "width": grid.width, "height": grid.height,
            "tile_size": TILE_SIZE, "source": source}
    path = cache / TILE_CACHE_FILE
    if path.is_file():
        try:
            found = json.loads(path.read_text())
        except ValueError:
            found = {}
        same = {k: found.get(k) for k in ("crs", "transform", "width", "height", "tile_size")} == {k: spec[k] for k in ("crs", "transform", "width", "height", "tile_size")}
        if not same or (found.get("source") or {}).get("uri") != source["uri"]:
            raise LayerSourceError(f"{folder} holds the tiles of another layer, extent or resolution: choose a new folder, or the same settings to resume.")
    else:
        try:
            (cache / "tiles").mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps(spec, indent=1))
        except OSError as exc:
            raise LayerSourceError(f"Cannot write into {folder}: {exc.strerror or exc}. Choose a folder you can write to.") from None
    (cache / "tiles").mkdir(exist_ok=True)
    (cache / TILE_FAILED_FILE).unlink(missing_ok=True)
    return cache


@dataclass(frozen=True)
class _Reply:
    """What the fetch needs of one network reply, copied while QGIS's `finished` signal is emitted."""

    ok: bool
    status: int | None
    url: str  # without query or user: no key or token in a message
    error: str
    retry_after: str

    @classmethod
    def of(cls, content) -> _Reply:
        from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

        status = content.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        qurl = content.request().url()
        url = f"{qurl.scheme()}://{qurl.host()}{f':{qurl.port()}' if qurl.port() > 0 else ''}{qurl.path()}"
        retry_after = bytes(content.rawHeader(b"Retry-After") or b"").decode(errors="replace").strip()
        return cls(content.error() == QNetworkReply.NetworkError.NoError, int(status) if status is not None else None, url, content.errorString(), retry_after)


class _TileFailed(Exception):
    def __init__(self, text: str, retry: bool, wait_s: float | None = None) -> None:
        super().__init__(text)
        self.retry, self.wait_s = retry, wait_s


class TileFetcher:
    """Fetch a layer's tiles into a cache: nearest the view first (look_at), a click's area before that (want).

    Made on the main thread (it clones the layer's provider and renderer there, as QGIS's own map renderer does);
    run() then works in any thread and may be told where to look while it runs."""

    def __init__(self, layer, grid: PixelGrid, cache: Path, transform_context=None) -> None:
        self.name = layer.name()
        self.grid = grid
        self.cache = Path(cache)
        self.tiles = self.cache / "tiles"
        self._provider = layer.dataProvider().clone()
        self._renderer = layer.renderer().clone()
        self._renderer.setInput(self._provider)
        self._pipe = self._renderer  # what a tile's pixels are asked of
        if grid.reprojected:
            # Another CRS than the layer's: what the renderer draws, reprojected, as QgsRasterLayerRenderer's pipe
            # does for the map canvas (QgsRasterProjector after the renderer), exactly (no approximate mesh).
            context = transform_context if transform_context is not None else QgsProject.instance().transformContext()
            self._projector = QgsRasterProjector()
            self._projector.setInput(self._renderer)
            self._projector.setCrs(layer.crs(), QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt), context)
            self._projector.setPrecision(QgsRasterProjector.Precision.Exact)
            self._pipe = self._projector
        self._lock = threading.Lock()
        # A click's tiles first (ask_first), then the nearest the view's centre ((col, row) in tiles); tiles are
        # (row, col), their centres half a tile in. The encoder's chips follow the same order (encoder/order.py).
        self._order = NearestFirst(lambda tile: (tile[1] + 0.5, tile[0] + 0.5))
        self.fetched = 0

    # ----------------------------------------------------------------- order
    def look_at(self, x: float, y: float) -> None:
        """The view's centre, in the grid's CRS: the nearest tiles come next."""
        with self._lock:
            self._order.centre = self.grid.cell(x, y)

    def want(self, x: float, y: float, radius_px: int = 0) -> None:
        """The tiles around map point (x, y) (radius_px around it) before any other: a click on an area not fetched yet."""
        col, row = self.grid.cell(x, y)
        r = radius_px / TILE_SIZE
        with self._lock:
            for tr in range(max(0, math.floor(row - r)), min(self.grid.tile_rows, math.floor(row + r) + 1)):
                for tc in range(max(0, math.floor(col - r)), min(self.grid.tile_cols, math.floor(col + r) + 1)):
                    self._order.ask_first((tr, tc))

    def missing(self) -> list[tuple[int, int]]:
        return [(r, c) for r in range(self.grid.tile_rows) for c in range(self.grid.tile_cols) if not (self.tiles / tile_name(r, c)).is_file()]

    def _next(self, pending: set) -> tuple[int, int]:
        with self._lock:
            return self._order.pick(pending)

    # ----------------------------------------------------------------- fetch
    def run(self, cancelled: Callable[[], bool] = lambda: False, progress: Callable[[int, int], None] | None = None) -> int:
        """Fetch every missing tile; returns how many were fetched. Raises LayerSourceError (and writes failed.txt,
        which the worker's reader says) when the server keeps failing; cancelled() stops after the tile under way."""
        pending = set(self.missing())
        total = self.grid.tile_rows * self.grid.tile_cols
        done = total - len(pending)
        if progress:
            progress(done, total)
        manager = QgsNetworkAccessManager.instance()  # this thread's: it sees this thread's replies
        replies: list = []

        def on_finished(content) -> None:
            replies.append(_Reply.of(content))  # the signal's object lives only while it is emitted: copied now

        manager.finished.connect(on_finished, Qt.ConnectionType.DirectConnection)
        try:
            while pending:
                if cancelled():  # the worker's reader stops waiting for the rest, with this line
                    self._failed(f"Fetching {self.name} was cancelled: encode again to resume (the tiles fetched are kept).")
                    return self.fetched
                tile = self._next(pending)
                if self._fetch_with_retries(tile, replies, cancelled):
                    pending.discard(tile)
                    self.fetched += 1
                    done += 1
                    if progress:
                        progress(done, total)
        except LayerSourceError as exc:
            self._failed(str(exc))
            raise
        except Exception as exc:  # a provider's own failure: one line for the worker, the dock and Processing
            text = f"Fetching {self.name} failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
            self._failed(text)
            raise LayerSourceError(text) from None
        finally:
            manager.finished.disconnect(on_finished)
        return self.fetched

    def _failed(self, text: str) -> None:
        atomic_write_text(self.cache / TILE_FAILED_FILE, text + "\n")

    def _fetch_with_retries(self, tile, replies: list, cancelled) -> bool:
        """True once the tile is written; False when cancelled while waiting to retry."""
        for attempt in range(len(RETRY_DELAYS_S) + 1):
            try:
                self._fetch(tile, replies)
                return True
            except _TileFailed as exc:
                if not exc.retry:
                    raise LayerSourceError(f"{self.name}: {exc}") from None
                if attempt == len(RETRY_DELAYS_S):
                    raise LayerSourceError(
                        f"The server of {self.name} kept failing ({exc}) after {attempt + 1} tries: try again later. The tiles fetched are kept; encode again to resume."
                    ) from None
                wait = exc.wait_s if exc.wait_s is not None else RETRY_DELAYS_S[attempt]
                deadline = time.monotonic() + wait
                while time.monotonic() < deadline:
                    if cancelled():
                        return False
                    time.sleep(0.05)
        return False

    def _fetch(self, tile, replies: list) -> None:
        row, col = tile
        rect, w, h = self.grid.tile(row, col)
        replies.clear()
        feedback = QgsRasterBlockFeedback()
        block = self._pipe.block(1, rect, TILE_SIZE, TILE_SIZE, feedback)
        self._check(replies, feedback)
        if block is None or not block.isValid():
            raise _TileFailed("the layer gave no pixels", retry=True)
        image = block.image().convertToFormat(QImage.Format.Format_ARGB32).copy(0, 0, w, h)
        target = self.tiles / tile_name(row, col)

        def save(tmp: Path) -> None:
            if not image.save(str(tmp), "PNG"):
                raise LayerSourceError(f"Cannot write the tile {target}: free disk space or choose another folder, then encode again to resume.")

        atomic_write(target, save, fsync=False)  # a lost tile is fetched again

    def _check(self, replies: list, feedback) -> None:
        """The HTTP answers of this tile's requests: an error to retry, one to stop at, or none (404: no tile there)."""
        for reply in replies:
            status, url = reply.status, reply.url
            if reply.ok or status in NO_TILE_STATUSES:
                continue
            if status == 429:
                wait = min(float(reply.retry_after), RETRY_AFTER_CAP_S) if reply.retry_after.replace(".", "", 1).isdigit() else None
                raise _TileFailed(f"HTTP 429, too many requests, from {url}", retry=True, wait_s=wait)
            if status is not None and 400 <= status < 500:
                what = "check the layer's authentication (Layer Properties > Source)" if status in (401, 403) else "check the layer's URL"
                raise _TileFailed(f"the server answered HTTP {status} for {url}: {what}", retry=False)
            text = f"HTTP {status}" if status is not None else reply.error or "no answer"
            raise _TileFailed(f"{text} from {url}", retry=True)
        errors = [e for e in (feedback.errors() if hasattr(feedback, "errors") else []) if e]
        if errors:
            raise _TileFailed(errors[0].splitlines()[0], retry=True)

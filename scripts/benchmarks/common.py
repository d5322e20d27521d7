# SPDX-License-Identifier: GPL-2.0-or-later
"""What every bench stage shares: where things are, one table row per figure, timing, reading and making rasters."""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_IMAGE = ROOT / "resources" / "demo" / "cogeo.tif"
ROWS: list[dict] = []


def row(goal: str, figure: str, value, reference=None, unit: str = "", target: str = "", met=None) -> None:
    ratio = value / reference if isinstance(value, (int, float)) and isinstance(reference, (int, float)) and reference else None
    entry = {"goal": goal, "figure": figure, "value": value, "reference": reference, "ratio": ratio, "unit": unit, "target": target, "met": met}
    ROWS.append(entry)
    fmt = lambda v: f"{v:.4g}" if isinstance(v, float) else str(v)  # noqa: E731
    print(f"  {figure:<58} {fmt(value):>10} {unit:<6} ref {fmt(reference) if reference is not None else '-':>10} ratio {f'{ratio:.3f}' if ratio else '-':>6} {target} {'' if met is None else ('MET' if met else 'NOT MET')}", flush=True)


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


def read_rgb(path, window=None):
    import rasterio

    with rasterio.open(path) as src:
        return src.read([1, 2, 3], window=window).transpose(1, 2, 0).copy()




def make_raster(path: Path, size: int, tile: int = 512) -> None:
    """A tiled, compressed 3-band GeoTIFF of `size` px, tiled from the demo image (no whole array in memory)."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    base = read_rgb(DEMO_IMAGE).transpose(2, 0, 1)
    profile = dict(driver="GTiff", width=size, height=size, count=3, dtype="uint8", crs="EPSG:3857", transform=from_origin(1_000_000, 5_000_000, 0.6, 0.6), tiled=True, blockxsize=tile, blockysize=tile, compress="deflate", BIGTIFF="IF_SAFER")
    with rasterio.open(path, "w", **profile) as dst:
        for r in range(0, size, 1024):
            for c in range(0, size, 1024):
                h, w = min(1024, size - r), min(1024, size - c)
                block = np.roll(base, shift=(r // 7 + c // 13) % 1024, axis=2)[:, :h, :w]
                dst.write(block, window=Window(c, r, w, h))

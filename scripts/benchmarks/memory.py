# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 4: peak memory of a large encode, and a ViT-H folder opened for queries (decoder only)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .common import ROOT, make_raster, row

# Peak RSS is read from VmHWM, which starts afresh at exec; ru_maxrss would inherit the
# benchmark process's own high-water mark through fork.
HWM = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024"

MEMORY_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
t = time.time()
r = FeatureCacheBuilder(RasterDataset({raster!r}), create_model_spec_from_checkpoint({ckpt!r}), {out!r}, stride=1024).run()
print(""" + HWM + """, r.chips_written, time.time() - t)
"""


def bench_memory(work: Path, big: int) -> None:
    from encoder.models.tiny import make_tiny_sam_checkpoint

    print(f"4. Peak RSS encoding a {big} x {big} vs a 2000 x 2000 3-band tiled GeoTIFF (tiny model, stride 1024)")
    ckpt = make_tiny_sam_checkpoint(work / "mem_tiny.pth")
    peaks = {}
    for size in (2000, big):
        raster = work / f"raster_{size}.tif"
        make_raster(raster, size)
        script = MEMORY_SCRIPT.format(root=str(ROOT), raster=str(raster), ckpt=str(ckpt), out=str(work / f"mem_features_{size}"))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
        peaks[size] = float(out[0])
        row("4 memory", f"peak RSS, {size} x {size} px ({out[1]} chips, {float(out[2]):.0f} s)", peaks[size], unit="MB")
    row("4 memory", f"peak RSS ratio {big} / 2000", peaks[big] / peaks[2000], unit="x", target="<= 1.10 and <= 1500 MB", met=peaks[big] / peaks[2000] <= 1.10 and peaks[big] <= 1500)


VITH_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
import torch, segment_anything, pyarrow, rasterio, shapely
base = """ + HWM + """
t = time.time()
from encoder import FeatureQueryEngine
e = FeatureQueryEngine({folder!r})
print(base, """ + HWM + """, time.time() - t, e.decoder.sam is None)
"""


def bench_vit_h(work: Path) -> None:
    import torch
    from segment_anything.build_sam import _build_sam

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    print("4b. Opening a ViT-H feature folder for queries (random ViT-H, 2.5 GB checkpoint)")
    ckpt = work / "sam_vit_h_4b8939.pth"
    torch.manual_seed(0)
    torch.save(_build_sam(1280, 32, 16, [7, 15, 23, 31], checkpoint=None).state_dict(), ckpt)
    small = ROOT / "tests" / "data" / "float_raster_with_nodata.tif"
    FeatureCacheBuilder(RasterDataset(small), create_model_spec_from_checkpoint(ckpt), work / "vith_features").build()
    out = subprocess.run([sys.executable, "-c", VITH_SCRIPT.format(root=str(ROOT), folder=str(work / "vith_features"))], capture_output=True, text=True, check=True).stdout.split()
    base, after, seconds = float(out[0]), float(out[1]), float(out[2])
    row("4 memory", "ViT-H folder open: RSS added (decoder only)", after - base, os.path.getsize(ckpt) / 1e6, "MB", "no image encoder", out[3] == "True")
    row("4 memory", "ViT-H folder open: seconds", seconds, unit="s")

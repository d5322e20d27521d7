# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 9: shards and a Dask cluster on loopback, and the merge of a large folder."""

from __future__ import annotations

import time
from pathlib import Path

from .common import make_raster, row


def bench_distributed(work: Path) -> None:
    """Chips/s with 1 and 2 Dask workers against the single-process encoder (tiny model), and the merge of 1,000 chips."""
    import shutil

    import torch

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.encode.distributed import encode_with_dask, merge
    from encoder.models.tiny import make_tiny_sam_checkpoint

    print("9. Distributed encoding (tiny SAM, 2048 px raster, 64 chips of 256 px)")
    raster = work / "dist.tif"
    make_raster(raster, 2048)
    ckpt = Path(make_tiny_sam_checkpoint(work / "dist_tiny.pth"))
    spec = create_model_spec_from_checkpoint(ckpt)
    options = {"chip_size": 256, "stride": 256}
    t = time.perf_counter()
    FeatureCacheBuilder(RasterDataset(raster), spec, work / "dist_single", **options).build()
    single = 64 / (time.perf_counter() - t)
    row("9 distributed", "single process (torch threads: all cores)", single, unit="chip/s")
    threads = torch.get_num_threads()
    for workers in (1, 2):
        folder = work / f"dist_dask{workers}"
        t = time.perf_counter()
        encode_with_dask(RasterDataset(raster), spec, folder, f"local:{workers}", batch_chips=8, **options)
        rate = 64 / (time.perf_counter() - t)
        row("9 distributed", f"Dask local:{workers} (incl. cluster start and model load per worker)", rate, single, "chip/s", f"{workers} worker(s) x 1 thread vs {threads} threads")
        shutil.rmtree(folder)
    # The merge on 1,000 chip records: an 8,192 x 8,000 px grid of 256 px chips, synthetic chip files.
    big = work / "merge.tif"
    make_raster(big, 8192)
    folder = work / "merge_folder"
    builder = FeatureCacheBuilder(RasterDataset(big), spec, folder, chip_size=256, stride=256, extent=(1_000_000, 5_000_000 - 0.6 * 8000, 1_000_000 + 0.6 * 8192, 5_000_000), shard=(1, 1000))
    plan = builder.plan()
    builder.run()  # shard 1 of 1000 writes the settings and its one chip for real
    payload = torch.load(next((folder / "features").glob("chip_*.pt")), weights_only=True)
    for chip in plan.chips:
        target = folder / "features" / f"chip_{chip.chip_id:06d}.pt"
        if not target.exists():
            torch.save(dict(payload, chip_id=chip.chip_id), target)
    t = time.perf_counter()
    result = merge(folder)
    took = time.perf_counter() - t
    size = (folder / "manifest.parquet").stat().st_size
    row("9 distributed", f"merge of {result.chips} chip records (check + manifest)", took, unit="s", target="")
    row("9 distributed", f"manifest size for {result.chips} chips", size / 1e6, unit="MB", target=f"{size / result.chips:.0f} bytes a row")

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 18: Dask that scales (issue 28): ViT-B (random weights, its real size) on 8 chips of 1024 px with 1 and with
2 workers of 1 thread each, on a Dask cluster on loopback. The cluster's start and the model's load on each worker
are measured apart from the encode; the encode's chips per second are the figure."""

from __future__ import annotations

import time
from pathlib import Path

from .common import make_raster, row


def bench_dask_scaling(work: Path, chips: int = 8) -> None:
    import shutil

    import torch
    from dask.distributed import Client, LocalCluster
    from segment_anything.build_sam import _build_sam

    from encoder import RasterDataset, create_model_spec_from_checkpoint
    from encoder.encode.distributed import encode_with_dask

    print(f"18. Dask scaling: ViT-B (random weights) on {chips} chips of 1024 px, 1 and 2 workers x 1 thread, on loopback")
    torch.manual_seed(0)
    ckpt = work / "dask_vit_b.pth"
    torch.save(_build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None).state_dict(), ckpt)
    spec = create_model_spec_from_checkpoint(ckpt)
    raster = work / "dask_scaling.tif"
    make_raster(raster, 1024 * chips // 2)  # chips / 2 x chips / 2 chips of 1024 px... limited by an extent below
    side = 1024 * chips // 2
    extent = (1_000_000, 5_000_000 - 0.6 * 2048, 1_000_000 + 0.6 * side, 5_000_000)  # 2 rows x chips / 2 columns
    options = {"chip_size": 1024, "stride": 1024, "extent": extent}

    def load_model(spec) -> bool:  # on each Dask worker (a local function: sent by value); kept for its batches
        from encoder.encode.distributed import worker_adapter

        return worker_adapter(spec, None, "float32", True) is not None

    rates = {}
    for workers in (1, 2):
        t = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
        started = time.perf_counter() - t
        t = time.perf_counter()
        assert all(client.run(load_model, spec).values())
        loaded = time.perf_counter() - t
        folder = work / f"dask_scaling_{workers}"
        try:
            t = time.perf_counter()
            result = encode_with_dask(RasterDataset(raster), spec, folder, "", client=client, batch_chips=1, **options)
            took = time.perf_counter() - t
        finally:
            client.close()
            cluster.close()
        assert result.chips == chips, result
        rates[workers] = chips / took
        row("18 dask", f"{workers} worker(s) x 1 thread: cluster start / model load on every worker", started, loaded, "s", "start vs load")
        row("18 dask", f"{workers} worker(s) x 1 thread: chips per second, the encode alone", rates[workers], rates.get(1) if workers == 2 else None, "chip/s",
            ">= 1.8x one worker" if workers == 2 else "", (rates[2] >= 1.8 * rates[1]) if workers == 2 else None)
        shutil.rmtree(folder)

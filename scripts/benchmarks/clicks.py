# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 3: click to polygon on cached chips against the naive predictor path (and the fp16 features' masks)."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row


def time_clicks(engine, points, crs) -> list[float]:
    out = []
    for p in points:
        t = time.perf_counter()
        engine.query(points=[p], crs=crs)
        out.append(time.perf_counter() - t)
    return out


def time_naive(checkpoint, pixels, transform) -> list[float]:
    """SamPredictor.predict with the embedding set, the full 1024 x 1024 best mask, rasterio.features.shapes."""
    import numpy as np
    from rasterio.features import shapes
    from reference_models import reference_predictor

    predictor = reference_predictor(checkpoint, read_rgb(DEMO_IMAGE))
    out = []
    for c, r in pixels:
        t = time.perf_counter()
        masks, scores, _ = predictor.predict(point_coords=np.array([[c, r]]), point_labels=np.array([1]), multimask_output=True)
        mask = masks[int(np.argmax(scores))]
        list(shapes(mask.astype(np.uint8), mask=mask, transform=transform))
        out.append(time.perf_counter() - t)
    return out


def bench_clicks(work: Path, clicks: int) -> None:
    import numpy as np
    import rasterio
    from fitted_decoder import fit_decoder

    from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint
    from encoder.models.tiny import make_tiny_sam_checkpoint
    from encoder.segment.vectorize import mask_to_polygons

    print(f"3. Click to polygon on a cached chip ({clicks} random clicks on the demo image, SAM decoder)")
    random_ckpt = make_tiny_sam_checkpoint(work / "tiny_sam.pth")
    fitted_ckpt = str(work / "tiny_sam_fitted.pth")
    fit = fit_decoder(random_ckpt, read_rgb(DEMO_IMAGE), fitted_ckpt)
    row("3 clicks", "decoder fitted to the demo image's regions (held-out IoU of the chosen mask)", fit["held_out_iou"], unit="", target=f"fitted in {fit['seconds']:.0f} s")
    with rasterio.open(DEMO_IMAGE) as src:
        transform, crs = src.transform, src.crs.to_string()
    rng = np.random.default_rng(0)
    pixels = rng.uniform(20, 1004, size=(clicks, 2))
    points = [transform * (c, r) for c, r in pixels]
    folders = {}
    for name, ckpt, dtype in (("fitted", fitted_ckpt, "float16"), ("fitted32", fitted_ckpt, "float32"), ("random", random_ckpt, "float16")):
        folders[name] = work / f"click_features_{name}"
        FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), create_model_spec_from_checkpoint(ckpt), folders[name], feature_dtype=dtype, fast_attention=False).build()

    engine = FeatureQueryEngine(folders["fitted"], decoder="fast")  # what the dock opens
    t = time.perf_counter()
    engine.query(points=[points[0]], crs=crs)
    row("3 clicks", "first click after opening a folder (ONNX export included), once", (time.perf_counter() - t) * 1000, unit="ms")
    # First click on a chip: reading its file and the decoder's chip stage included.
    first = []
    for p in points[:10]:
        engine._cache.clear()
        t = time.perf_counter()
        engine.query(points=[p], crs=crs)
        first.append(time.perf_counter() - t)
    exact = FeatureQueryEngine(folders["fitted"], decoder="torch")
    exact.query(points=[points[0]], crs=crs)
    ours = time_clicks(engine, points, crs)
    ours_exact = time_clicks(exact, points, crs)
    naive = time_naive(fitted_ckpt, pixels, transform)
    med, p95, naive_med = statistics.median(ours), float(np.percentile(ours, 95)), statistics.median(naive)
    polygons = [len(engine.query(points=[p], crs=crs).polygons) for p in points[:50]]
    print(f"  (fitted decoder: a click's mask has a median of {np.median(polygons):.0f} polygons)")
    row("3 clicks", "naive: SamPredictor.predict + full mask + rasterio shapes, median", naive_med * 1000, unit="ms")
    row("3 clicks", "click-to-polygon median (dock: fast decoder)", med * 1000, naive_med * 1000, "ms", "<= 20 ms", med <= 0.020)
    row("3 clicks", "speed-up over the naive path (naive median / ours)", naive_med / med, unit="x", target=">= 5x", met=naive_med / med >= 5)
    row("3 clicks", "click-to-polygon p95 (dock)", p95 * 1000, float(np.percentile(naive, 95)) * 1000, "ms", "<= 40 ms", p95 <= 0.040)
    row("3 clicks", "hover preview updates/s (1 / median click)", 1 / med, unit="1/s", target=">= 30", met=1 / med >= 30)
    row("3 clicks", "first click on a chip (file read + chip stage), median", statistics.median(first) * 1000, unit="ms")
    row("3 clicks", "click-to-polygon median, exact reference decoder (Processing)", statistics.median(ours_exact) * 1000, naive_med * 1000, "ms")
    # The parts of a click.
    chip = engine.chips[0]
    features = engine._features(chip)
    parts = {"decoder": [], "vectorise": []}
    for c, r in pixels[:50]:
        t = time.perf_counter()
        decoded = engine.decoder.decode(features, chip.valid_hw, chip.chip_size, np.array([[c, r]]), np.array([1]), None, True, select_best=True)
        t1 = time.perf_counter()
        mask_to_polygons(decoded.masks[0], transform)
        parts["decoder"].append(t1 - t)
        parts["vectorise"].append(time.perf_counter() - t1)
    row("3 clicks", "  part: fast decoder + best mask at full size, median", statistics.median(parts["decoder"]) * 1000, unit="ms")
    row("3 clicks", "  part: vectorise the mask, median", statistics.median(parts["vectorise"]) * 1000, unit="ms")
    # Random weights: noise masks with thousands of specks, the vectoriser's worst case.
    noisy = FeatureQueryEngine(folders["random"], decoder="fast")
    noisy.query(points=[points[0]], crs=crs)
    noise_ours = statistics.median(time_clicks(noisy, points[:50], crs))
    noise_naive = statistics.median(time_naive(random_ckpt, pixels[:50], transform))
    row("3 clicks", "random weights (noise masks): click-to-polygon median", noise_ours * 1000, noise_naive * 1000, "ms")
    # Segment everything (Processing): a 16 x 16 grid of prompts, fast decoder vs the reference decoder.
    from encoder.segment.everything import EverythingOptions, segment_everything

    grid = EverythingOptions(points_per_side=16)
    for name, eng in (("reference decoder", exact), ("fast decoder", engine)):
        t = time.perf_counter()
        found = segment_everything(eng, options=grid)
        row("3 clicks", f"segment everything, 256 prompts on one chip ({name}): s, objects", time.perf_counter() - t, unit="s", target=f"{len(found)} objects")
    # 5. fp16 vs fp32 features on the same clicks.
    engine32 = FeatureQueryEngine(folders["fitted32"], decoder="torch")
    ious = []
    for p in points[:100]:
        a = exact.query(points=[p], crs=crs, continue_across_chips=False).mask
        b = engine32.query(points=[p], crs=crs, continue_across_chips=False).mask
        ious.append((a & b).sum() / max((a | b).sum(), 1))
    row("5 disk", "fp16 vs fp32 features: mask IoU (median of 100 clicks)", float(np.median(ious)), unit="", target=">= 0.99", met=float(np.median(ious)) >= 0.99)
    row("5 disk", "fp16 vs fp32 features: mask IoU (worst of 100 clicks)", float(np.min(ious)), unit="")
    chip_bytes = os.path.getsize(folders["fitted"] / "features" / "chip_000000.pt")
    row("5 disk", "SAM chip file, fp16", chip_bytes / 1e6, unit="MB", target="<= 2.2 MB", met=chip_bytes / 1e6 <= 2.2)

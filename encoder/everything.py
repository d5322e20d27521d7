"""Segment everything: a grid of point prompts on every chip, filtered and de-duplicated across overlaps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .geo import Bounds, window_transform
from .vectorize import VectorOptions, mask_to_polygons


@dataclass(frozen=True)
class EverythingOptions:
    """points_per_side: prompts per chip side; thresholds as in SAM's automatic mask generator."""

    points_per_side: int = 8
    pred_iou_thresh: float = 0.88
    stability_thresh: float = 0.92
    stability_offset: float = 1.0
    dedupe_iou: float = 0.7
    min_area: float = 0.0


def _stability(logits, offset: float) -> float:
    """IoU of the mask at logit > +offset and > -offset (on the decoder's 256 x 256 logits)."""
    high = (logits > offset).sum().item()
    low = (logits > -offset).sum().item()
    return high / low if low else 0.0


def segment_everything(engine, extent: Bounds | None = None, options: EverythingOptions = EverythingOptions(), progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> list[tuple[object, dict]]:
    """(polygon in the folder CRS, attributes) for every object found on the chips touching `extent`."""
    import shapely

    chips = [c for c in engine.chips if extent is None or c.bounds.intersects(extent)]
    candidates: list[tuple[float, object, int]] = []
    n = max(1, options.points_per_side)
    for i, chip in enumerate(chips):
        if cancelled is not None and cancelled():
            break
        h, w = chip.valid_hw
        features = engine._features(chip)
        ys = (np.arange(n) + 0.5) * h / n - 0.5
        xs = (np.arange(n) + 0.5) * w / n - 0.5
        transform = window_transform(engine.grid_transform, chip.grid_window)
        for y in ys:
            for x in xs:
                decoded = engine.decoder.decode(features, chip.valid_hw, chip.chip_size, np.array([[x, y]]), np.array([1]), None, True)
                for position, k in enumerate(decoded.indexes):
                    score = float(decoded.scores[k])
                    if score < options.pred_iou_thresh:
                        continue
                    if _stability(decoded.low_res_logits[k], options.stability_offset) < options.stability_thresh:
                        continue
                    for poly in mask_to_polygons(decoded.masks[position], transform, VectorOptions(min_area=options.min_area, largest_only=True)):
                        candidates.append((score, poly, chip.chip_id))
        if progress is not None:
            progress(100.0 * (i + 1) / len(chips))
    # Non-maximum suppression by polygon IoU: one polygon per object, also where chips overlap.
    candidates.sort(key=lambda c: c[0], reverse=True)
    kept: list[tuple[float, object, int]] = []
    tree_geoms: list = []
    for score, poly, chip_id in candidates:
        duplicate = False
        if tree_geoms:
            tree = shapely.STRtree(tree_geoms)
            for j in tree.query(poly):
                other = tree_geoms[j]
                inter = poly.intersection(other).area
                union = poly.area + other.area - inter
                if union > 0 and inter / union >= options.dedupe_iou:
                    duplicate = True
                    break
        if not duplicate:
            kept.append((score, poly, chip_id))
            tree_geoms.append(poly)
    return [(poly, {"score": round(score, 4), "area": float(poly.area), "chip_ids": str(chip_id), "model": engine.model_variant}) for score, poly, chip_id in kept]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Segment everything: a grid of point prompts on every chip, filtered and de-duplicated across overlaps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .. import defaults
from ..errors import OperationCancelled
from ..geo import Bounds, window_transform
from .measures import measured
from .regularize import styled
from .vectorize import VectorOptions, mask_to_polygons


@dataclass(frozen=True)
class EverythingOptions:
    """points_per_side: prompts per chip side; thresholds as in SAM's automatic mask generator; style: the outline
    (defaults.STYLES), applied to all the objects found together (buildings share their walls)."""

    points_per_side: int = defaults.POINTS_PER_SIDE
    pred_iou_thresh: float = defaults.PRED_IOU_THRESH
    stability_thresh: float = defaults.STABILITY_THRESH
    stability_offset: float = 1.0
    dedupe_iou: float = 0.7
    min_area: float = 0.0
    style: str = "traced"


def _stability(logits, offset: float) -> float:
    """IoU of the mask at logit > +offset and > -offset (on the decoder's 256 x 256 logits)."""
    high = (logits > offset).sum().item()
    low = (logits > -offset).sum().item()
    return high / low if low else 0.0


# Share of the progress bar that the per-chip decoding takes; duplicate removal takes the rest.
DECODE_SHARE = 80.0


def segment_everything(engine, extent: Bounds | None = None, options: EverythingOptions = EverythingOptions(), progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> list[tuple[object, dict]]:
    """(polygon in the folder CRS, attributes) for every object found on the chips touching `extent`.

    The predicted-IoU and stability filters run on the decoder's low-resolution logits, so only the masks
    that pass are upsampled and vectorised; duplicates are then removed across the whole set (chips overlap).
    progress(percent) covers both stages; cancelled() is checked after every prompt and during duplicate
    removal, and a cancel raises OperationCancelled (nothing is returned).
    """
    chips = [c for c in engine.chips if extent is None or c.bounds.intersects(extent)]
    candidates: list[tuple[float, object, int]] = []
    n = max(1, options.points_per_side)
    report = progress or (lambda _percent: None)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled("Segment everything was cancelled: nothing was written.")

    def keep(scores, logits) -> list[int]:
        return [k for k in range(len(scores)) if scores[k] >= options.pred_iou_thresh and _stability(logits[k], options.stability_offset) >= options.stability_thresh]

    for i, chip in enumerate(chips):
        check_cancel()
        h, w = chip.valid_hw
        features = engine._features(chip)
        ys = (np.arange(n) + 0.5) * h / n - 0.5
        xs = (np.arange(n) + 0.5) * w / n - 0.5
        transform = window_transform(engine.grid_transform, chip.grid_window)
        for row, y in enumerate(ys):
            for x in xs:
                check_cancel()
                decoded = engine.decoder.decode(features, chip.valid_hw, chip.chip_size, np.array([[x, y]]), np.array([1]), None, True, keep=keep)
                for position, k in enumerate(decoded.indexes):
                    for poly in mask_to_polygons(decoded.masks[position], transform, VectorOptions(min_area=options.min_area, largest_only=True)):
                        candidates.append((float(decoded.scores[k]), poly, chip.chip_id))
            report(DECODE_SHARE * (i + (row + 1) / n) / len(chips))
    kept = _suppress_duplicates(candidates, options.dedupe_iou, progress=lambda f: report(DECODE_SHARE + (100.0 - DECODE_SHARE) * f), check_cancel=check_cancel)
    report(100.0)
    shared = engine.provenance("everything", options.style)
    polygons = styled(engine, [poly for _score, poly, _chip in kept], options.style)
    measures = measured(polygons, engine.crs, shared)
    return [(poly, {"score": round(score, 4), **m, "chip_ids": str(chip_id), "model": engine.model_variant})
            for (score, _traced, chip_id), poly, m in zip(kept, polygons, measures)]


def _suppress_duplicates(
    candidates: list[tuple[float, object, int]], max_iou: float, progress: Callable[[float], None] | None = None, check_cancel: Callable[[], None] | None = None,
    across_chips_only: bool = False,
) -> list[tuple[float, object, int]]:
    """Greedy non-maximum suppression by polygon IoU: best score first, a candidate is dropped when it overlaps
    one already kept by max_iou or more.

    One spatial index over all candidates, built once; a pair is intersected only when its areas and the
    overlap of its bounding boxes leave room for an IoU of max_iou (IoU <= o / (a + b - o), o = the smaller
    of the box overlap and the two areas). progress(fraction 0..1) and check_cancel() run every 256 candidates.
    across_chips_only: compare only candidates of different chips (the third item of each candidate).
    """
    import shapely

    if not candidates:
        return []
    candidates = sorted(candidates, key=lambda c: c[0], reverse=True)
    polys = np.array([c[1] for c in candidates], dtype=object)
    areas = shapely.area(polys)
    boxes = shapely.bounds(polys)
    left, right = shapely.STRtree(polys).query(polys)  # bounding boxes that meet
    later = left > right  # each pair once, from the later (lower-scored) candidate to the earlier one
    if across_chips_only:  # a model that predicts a set per chip (SAM 3) has no duplicates within a chip
        chip_ids = np.array([c[2] for c in candidates])
        later &= chip_ids[left] != chip_ids[right]
    left, right = left[later], right[later]
    width = np.minimum(boxes[left, 2], boxes[right, 2]) - np.maximum(boxes[left, 0], boxes[right, 0])
    height = np.minimum(boxes[left, 3], boxes[right, 3]) - np.maximum(boxes[left, 1], boxes[right, 1])
    bound = np.minimum(np.clip(width, 0, None) * np.clip(height, 0, None), np.minimum(areas[left], areas[right]))
    possible = bound >= max_iou * (areas[left] + areas[right] - bound)
    earlier: dict[int, list[int]] = {}
    for a, b in zip(left[possible].tolist(), right[possible].tolist()):
        earlier.setdefault(a, []).append(b)
    kept = np.zeros(len(candidates), dtype=bool)
    for i in range(len(candidates)):
        if i % 256 == 0:
            if progress is not None:
                progress(i / len(candidates))
            if check_cancel is not None:
                check_cancel()
        others = [j for j in earlier.get(i, ()) if kept[j]]
        if others:
            inter = shapely.area(shapely.intersection(polys[i], polys[others]))
            union = areas[i] + areas[others] - inter
            if np.any((union > 0) & (inter >= max_iou * union)):
                continue
        kept[i] = True
    return [c for c, k in zip(candidates, kept) if k]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Segment by concept: a text prompt ("building", "field") over a SAM 3 feature folder, as polygons with scores.

Each chip's cached features go through SAM 3's grounding (text encoder once, then fusion encoder, decoder and
segmentation head per chip, as Sam3Processor.set_text_prompt), detections above a score threshold become
polygons, and duplicates across overlapping chips are merged (the best-scored of polygons of different chips
overlapping by `dedupe_iou` or more is kept; SAM 3 predicts one query per object within a chip).

Exemplar boxes ("more like this one"): SAM 3's geometry encoder turns boxes drawn around examples into prompt
tokens on the chip that holds them (exactly as Sam3Processor.add_geometric_prompt does on that image); those
tokens then prompt every chip, with or without a text. A box may also say "not like this" (label 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .. import defaults
from ..errors import OperationCancelled, PromptError
from ..geo import Bounds, PixelWindow, map_to_pixel, parse_crs, transform_bounds, window_transform
from .measures import measured
from .regularize import styled
from .vectorize import VectorOptions, mask_to_polygons

TEXT_MODELS = "SAM 3 (sam3.pt)"
# What SAM 3 reads as the text of a box-only prompt (Sam3Processor.add_geometric_prompt), and the polygons' concept then.
VISUAL_TEXT = "visual"
EXAMPLE_CONCEPT = "like the example"


@dataclass(frozen=True)
class ConceptOptions:
    threshold: float = defaults.CONCEPT_THRESHOLD
    dedupe_iou: float = 0.5
    min_area: float = 0.0
    style: str = "traced"  # the outline (defaults.STYLES), applied to all the matches together


def check_text(text: str | None) -> str:
    concept = " ".join((text or "").split())
    if not concept:
        raise PromptError("The text prompt is empty: give a short noun phrase such as 'building' or 'field'.")
    return concept


def check_prompt(text: str | None, exemplars=None) -> str | None:
    """The checked concept of a search; None when example boxes alone prompt it (the text may then be empty)."""
    return check_text(text) if (text or "").strip() or not exemplars else None


def check_text_model(engine) -> None:
    if engine.decoder.feature_kind != "sam3":
        raise PromptError(
            f"Text prompts need a folder encoded with a model that reads text, {TEXT_MODELS}; this folder was encoded with "
            f"{engine.model_variant or engine.spec.model_type}. Encode the raster again with SAM 3, or use points and boxes here."
        )


def segment_text(
    engine, text: str | None, extent: Bounds | None = None, options: ConceptOptions = ConceptOptions(),
    progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
    exemplars=None, crs=None,
) -> list[tuple[object, dict]]:
    """(polygon in the folder CRS, {concept, score, area_m2, perimeter_m, provenance, chip_ids, model}) for every match on the chips touching extent.

    exemplars: boxes (minx, miny, maxx, maxy[, label]) around examples, in `crs` (default the folder's); label 1
    (the default) "like this", 0 "not like this". They must fit in one chip. text may then be empty.
    An empty list when nothing matches. progress(percent); cancelled() is checked between chips and raises
    OperationCancelled (nothing is returned).
    """
    concept = check_prompt(text, exemplars)
    check_text_model(engine)
    if not 0.0 <= options.threshold < 1.0:
        raise PromptError(f"The score threshold must be between 0 and 1, got {options.threshold}.")
    model_text = concept or VISUAL_TEXT
    chips = [c for c in engine.chips if extent is None or c.bounds.intersects(extent)]
    report = progress or (lambda _p: None)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled(f"The search for '{concept or EXAMPLE_CONCEPT}' was cancelled: nothing was written.")

    tokens = _exemplar_tokens(engine, model_text, exemplars, crs) if exemplars else None
    found: list[_Match] = []
    for i, chip in enumerate(chips):
        check_cancel()
        scores, masks = engine.decoder.find(engine._features(chip), model_text, chip.valid_hw, options.threshold, exemplar=tokens)
        transform = window_transform(engine.grid_transform, chip.grid_window)
        for score, mask in zip(scores, masks):
            match = _Match.of(float(score), mask, chip, transform, options.min_area)
            if match is not None:
                found.append(match)
        report(90.0 * (i + 1) / max(len(chips), 1))
    # SAM 3 predicts a set per chip (one query per object), so only chips that overlap can repeat an object.
    kept = merge_matches(found, options.dedupe_iou, progress=lambda f: report(90.0 + 10.0 * f), check_cancel=check_cancel)
    report(100.0)
    shared = engine.provenance("text" if concept else "example", options.style)
    polygons = styled(engine, [m.polygon for m in kept], options.style)
    measures = measured(polygons, engine.crs, shared)
    return [
        (polygon, {"concept": concept or EXAMPLE_CONCEPT, "score": round(m.score, 4), **measure, "chip_ids": str(m.chip_id), "model": engine.model_variant})
        for m, polygon, measure in zip(kept, polygons, measures)
    ]


@dataclass
class _Match:
    """One detection: its score, chip, polygon (the mask's largest part) and that polygon's pixels, cropped to their
    rows and columns (window: where they lie on the folder grid)."""

    score: float
    chip_id: object
    polygon: object
    window: PixelWindow
    mask: object  # (window.height, window.width) bool

    @classmethod
    def of(cls, score: float, mask, chip, transform, min_area: float = 0.0) -> _Match | None:
        import numpy as np
        from rasterio.features import rasterize

        polygons = mask_to_polygons(mask, transform, VectorOptions(min_area=min_area, largest_only=True))
        if not polygons:
            return None
        # The polygon's own pixels (its outline follows pixel edges, so this is exact; holes stay holes).
        mask = rasterize([(polygons[0], 1)], out_shape=mask.shape, transform=transform, dtype="uint8").astype(bool)
        rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
        r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
        window = PixelWindow(chip.grid_window.row_off + int(r0), chip.grid_window.col_off + int(c0), int(r1 - r0), int(c1 - c0))
        return cls(score, chip.chip_id, polygons[0], window, np.ascontiguousarray(mask[r0:r1, c0:c1]))


def merge_matches(matches: list[_Match], max_iou: float, progress=None, check_cancel=None) -> list[_Match]:
    """Greedy non-maximum suppression by IoU on the folder's pixel grid, best score first: a match is dropped when
    it overlaps a kept match of another chip by max_iou or more. The same decisions as polygon IoU on the matches'
    polygons (tests/test_sam3.py holds it equal to everything._suppress_duplicates), without intersecting
    polygons of thousands of vertices: only the overlapping window of two pixel masks is compared."""
    import numpy as np

    order = sorted(matches, key=lambda m: m.score, reverse=True)
    areas = [int(m.mask.sum()) for m in order]
    boxes = np.array([(m.window.row_off, m.window.col_off, m.window.row_off + m.window.height, m.window.col_off + m.window.width) for m in order]).reshape(-1, 4)
    chips = np.array([str(m.chip_id) for m in order])
    kept: list[int] = []
    for i, match in enumerate(order):
        if i % 64 == 0:
            if progress is not None:
                progress(i / max(len(order), 1))
            if check_cancel is not None:
                check_cancel()
        duplicate = False
        if kept:
            k = np.asarray(kept)
            r0 = np.maximum(boxes[k, 0], boxes[i, 0])
            c0 = np.maximum(boxes[k, 1], boxes[i, 1])
            r1 = np.minimum(boxes[k, 2], boxes[i, 2])
            c1 = np.minimum(boxes[k, 3], boxes[i, 3])
            near = np.flatnonzero((r0 < r1) & (c0 < c1) & (chips[k] != chips[i]))  # windows that meet, other chips
            for j, a, b, c, d in zip(k[near].tolist(), r0[near].tolist(), c0[near].tolist(), r1[near].tolist(), c1[near].tolist()):
                mine = match.mask[a - boxes[i, 0] : c - boxes[i, 0], b - boxes[i, 1] : d - boxes[i, 1]]
                theirs = order[j].mask[a - boxes[j, 0] : c - boxes[j, 0], b - boxes[j, 1] : d - boxes[j, 1]]
                inter = int(np.count_nonzero(mine & theirs))
                if inter and inter >= max_iou * (areas[i] + areas[j] - inter):
                    duplicate = True
                    break
        if not duplicate:
            kept.append(i)
    return [order[i] for i in kept]


def check_exemplars(exemplars) -> list[tuple[Bounds, bool]]:
    """Example boxes (minx, miny, maxx, maxy[, label]), or such text -> [(bounds, like)], or a one-line PromptError."""
    out = []
    for item in exemplars:
        try:
            values = [float(v) for v in (item.split(",") if isinstance(item, str) else item)]
        except (TypeError, ValueError):
            values = []
        if len(values) not in (4, 5):
            raise PromptError(f"An example box is MINX,MINY,MAXX,MAXY[,LABEL] (LABEL 1 like this, 0 not like this); got {item!r}.")
        box = Bounds(min(values[0], values[2]), min(values[1], values[3]), max(values[0], values[2]), max(values[1], values[3]))
        if box.maxx <= box.minx or box.maxy <= box.miny:
            raise PromptError("An example box has zero area: drag a rectangle around one example.")
        out.append((box, values[4] != 0 if len(values) == 5 else True))
    if out and not any(like for _, like in out):
        raise PromptError("Every example box says 'not like this': draw at least one box around an example of what to find.")
    return out


def _exemplar_tokens(engine, model_text: str, exemplars, crs):
    """The exemplar boxes' prompt tokens, made on the chip that holds them all."""
    import numpy as np

    boxes, labels = [], []
    for bounds, like in check_exemplars(exemplars):
        box = transform_bounds(bounds, parse_crs(crs, "example box CRS") if crs not in (None, "") else engine.crs, engine.crs)
        cols, rows = map_to_pixel(engine.grid_transform, [box.minx, box.maxx], [box.maxy, box.miny])
        boxes.append((cols.min(), rows.min(), cols.max(), rows.max()))
        labels.append(like)
    grid = np.asarray(boxes)
    cols, rows = grid[:, [0, 2]].ravel(), grid[:, [1, 3]].ravel()
    engine._check_inside(cols, rows)
    chip = engine._chip_for_prompts(cols, rows)
    window = chip.grid_window
    local = grid - np.array([window.col_off, window.row_off, window.col_off, window.row_off])
    h, w = chip.valid_hw
    if local.min() < 0 or np.any(local[:, [0, 2]] > w) or np.any(local[:, [1, 3]] > h):
        raise PromptError(f"The example boxes must lie in one chip ({w} x {h} px here): draw them closer together, or fewer.")
    return engine.decoder.exemplar(engine._features(chip), model_text, [tuple(b) for b in local], labels, chip.valid_hw)

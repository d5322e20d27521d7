"""Segment by concept: a text prompt ("building", "field") over a SAM 3 feature folder, as polygons with scores.

Each chip's cached features go through SAM 3's grounding (text encoder once, then fusion encoder, decoder and
segmentation head per chip, as Sam3Processor.set_text_prompt), detections above a score threshold become
polygons, and duplicates across overlapping chips are merged (the best-scored of polygons of different chips
overlapping by `dedupe_iou` or more is kept; SAM 3 predicts one query per object within a chip).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import defaults
from .errors import OperationCancelled, PromptError
from .geo import Bounds, window_transform
from .vectorize import VectorOptions, mask_to_polygons

TEXT_MODELS = "SAM 3 (sam3.pt)"


@dataclass(frozen=True)
class ConceptOptions:
    threshold: float = defaults.CONCEPT_THRESHOLD
    dedupe_iou: float = 0.5
    min_area: float = 0.0


def check_text(text: str | None) -> str:
    concept = " ".join((text or "").split())
    if not concept:
        raise PromptError("The text prompt is empty: give a short noun phrase such as 'building' or 'field'.")
    return concept


def check_text_model(engine) -> None:
    if getattr(engine.decoder, "feature_kind", "") != "sam3":
        raise PromptError(
            f"Text prompts need a folder encoded with a model that reads text, {TEXT_MODELS}; this folder was encoded with "
            f"{engine.model_variant or engine.spec.model_type}. Encode the raster again with SAM 3, or use points and boxes here."
        )


def segment_text(
    engine, text: str, extent: Bounds | None = None, options: ConceptOptions = ConceptOptions(),
    progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
) -> list[tuple[object, dict]]:
    """(polygon in the folder CRS, {concept, score, area, chip_ids, model}) for every match on the chips touching extent.

    An empty list when nothing matches. progress(percent); cancelled() is checked between chips and raises
    OperationCancelled (nothing is returned).
    """
    from .everything import _suppress_duplicates

    concept = check_text(text)
    check_text_model(engine)
    if not 0.0 <= options.threshold < 1.0:
        raise PromptError(f"The score threshold must be between 0 and 1, got {options.threshold}.")
    chips = [c for c in engine.chips if extent is None or c.bounds.intersects(extent)]
    report = progress or (lambda _p: None)

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled(f"The search for '{concept}' was cancelled: nothing was written.")

    candidates = []
    for i, chip in enumerate(chips):
        check_cancel()
        scores, masks = engine.decoder.find(engine._features(chip), concept, chip.valid_hw, options.threshold)
        transform = window_transform(engine.grid_transform, chip.grid_window)
        for score, mask in zip(scores, masks):
            for poly in mask_to_polygons(mask, transform, VectorOptions(min_area=options.min_area, largest_only=True)):
                candidates.append((float(score), poly, chip.chip_id))
        report(90.0 * (i + 1) / max(len(chips), 1))
    # SAM 3 predicts a set per chip (one query per object), so only chips that overlap can repeat an object.
    kept = _suppress_duplicates(candidates, options.dedupe_iou, progress=lambda f: report(90.0 + 10.0 * f), check_cancel=check_cancel, across_chips_only=True)
    report(100.0)
    return [
        (poly, {"concept": concept, "score": round(score, 4), "area": float(poly.area), "chip_ids": str(chip_id), "model": engine.model_variant})
        for score, poly, chip_id in kept
    ]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Segment by concept (SAM 3 text prompts and example boxes) as a QGIS task (a WorkerTask)."""

from __future__ import annotations

from .worker_task import WorkerTask


class ConceptTask(WorkerTask):
    """Asks the worker for every match of a concept in a feature folder; on_finished(ok, message, found) runs on the
    GUI thread. The worker runs it beside the dock's clicks, which it answers meanwhile. found: [(WKB polygon in the
    folder CRS, attributes)], empty when nothing matched or the search failed."""

    failure = "The text search failed unexpectedly"

    def __init__(self, folder: str, checkpoint: str | None, text: str, threshold: float, on_finished=None, examples=None, examples_crs=None, concept: str = "") -> None:
        super().__init__(f"GeoSAM: finding '{concept or text}' in {folder}", on_finished)
        self.folder, self.checkpoint, self.text, self.threshold = folder, checkpoint, text, threshold
        self.examples, self.examples_crs = examples, examples_crs  # boxes around examples ("more like this one")

    def work(self) -> list:
        from ...encoder.protocol import Text
        from ..engine.api import EngineApi

        request = Text(self.folder, self.checkpoint, self.text, options={"threshold": self.threshold},
                       examples=[list(box) for box in self.examples] if self.examples else None, examples_crs=self.examples_crs)
        answer, polygons = self.ask(EngineApi().text, request=request, discard_on_cancel=True)
        return list(zip(polygons, answer.attributes))

    def done(self, ok: bool) -> None:
        self.result = self.result if ok else []

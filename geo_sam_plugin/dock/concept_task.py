# SPDX-License-Identifier: GPL-2.0-or-later
"""Segment by concept (SAM 3 text prompts and example boxes) as a QGIS task: progress in the task manager, cancel, QGIS stays responsive."""

from __future__ import annotations

from qgis.core import QgsTask

from .encode_task import RUNNING_TASKS, ask_worker


class ConceptTask(QgsTask):
    """Asks the worker for every match of a concept in a feature folder; on_finished(ok, message, found) runs on the GUI thread.

    The worker runs it beside the dock's clicks, which it answers meanwhile; the task keeps itself alive until
    finished(), as EncodeTask does. found: [(WKB polygon in the folder CRS, attributes)], empty when nothing matched.
    """

    def __init__(self, folder: str, checkpoint: str | None, text: str, threshold: float, on_finished=None, examples=None, examples_crs=None, concept: str = "") -> None:
        super().__init__(f"GeoSAM: finding '{concept or text}' in {folder}", QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        self.folder, self.checkpoint, self.text, self.threshold = folder, checkpoint, text, threshold
        self.examples, self.examples_crs = examples, examples_crs  # boxes around examples ("more like this one")
        self.on_finished = on_finished
        self.found: list = []
        self.message = ""

    def run(self) -> bool:  # task thread: no GUI calls here
        from ...encoder.protocol import Text
        from ..engine.api import EngineApi

        request = Text(self.folder, self.checkpoint, self.text, options={"threshold": self.threshold},
                       examples=[list(box) for box in self.examples] if self.examples else None, examples_crs=self.examples_crs)
        reply = ask_worker(self, lambda **options: EngineApi().text(request, **options), "The text search failed unexpectedly", discard_on_cancel=True)
        if reply is None:
            return False
        answer, polygons = reply
        self.found = list(zip(polygons, answer.attributes))
        return True

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if self.on_finished is not None:
            self.on_finished(ok, self.message, self.found)

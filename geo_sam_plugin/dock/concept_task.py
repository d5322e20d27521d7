"""Segment by concept (SAM 3 text prompts and example boxes) as a QGIS task: progress in the task manager, cancel, QGIS stays responsive."""

from __future__ import annotations

from qgis.core import QgsTask

from .encode_task import RUNNING_TASKS


class ConceptTask(QgsTask):
    """Runs encoder.concepts.segment_text on a feature folder; on_finished(ok, message, found) runs on the GUI thread.

    It opens its own engine (the dock's answers clicks meanwhile) and keeps itself alive until finished(), as
    EncodeTask does. found: [(polygon in the folder CRS, attributes)], empty when nothing matched.
    """

    def __init__(self, folder: str, checkpoint: str | None, text: str, threshold: float, on_finished=None, examples=None, examples_crs=None) -> None:
        from ...encoder.segment.concepts import EXAMPLE_CONCEPT

        super().__init__(f"GeoSAM: finding '{text or EXAMPLE_CONCEPT}' in {folder}", QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        self.folder, self.checkpoint, self.text, self.threshold = folder, checkpoint, text, threshold
        self.examples, self.examples_crs = examples, examples_crs  # boxes around examples ("more like this one")
        self.on_finished = on_finished
        self.found: list = []
        self.message = ""
        self.crs = None

    def run(self) -> bool:  # worker thread: no GUI calls here
        from ...encoder.errors import GeoSamError
        from ...encoder.segment.concepts import ConceptOptions, segment_text
        from ...encoder.segment.query import FeatureQueryEngine

        try:
            engine = FeatureQueryEngine(self.folder, checkpoint=self.checkpoint)
            self.crs = engine.crs
            self.found = segment_text(
                engine, self.text, options=ConceptOptions(threshold=self.threshold), progress=self.setProgress, cancelled=self.isCanceled,
                exemplars=self.examples, crs=self.examples_crs,
            )
        except GeoSamError as exc:
            self.message = str(exc)
            return False
        except Exception as exc:  # a task must never take QGIS down
            self.message = f"The text search failed unexpectedly: {exc}"
            return False
        return True

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if self.on_finished is not None:
            self.on_finished(ok, self.message, self.found)

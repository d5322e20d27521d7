# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding a raster as a QGIS task (a WorkerTask)."""

from __future__ import annotations

from .worker_task import WorkerTask


class EncodeTask(WorkerTask):
    """Asks the worker to encode a raster; on_finished(ok, message, folder) runs on the GUI thread.

    Cancelling it (the task manager's button, or QGIS quitting) stops after the current chip and leaves a resumable
    folder; so does a worker that dies (killed, crashed): the task says so in one line, and the same encode again
    resumes.
    """

    failure = "Encoding failed unexpectedly"

    def __init__(self, raster_path: str, checkpoint: str, output_dir: str, on_finished=None, **builder_kwargs) -> None:
        super().__init__(f"GeoSAM: encoding {raster_path}", on_finished, finish_at_quit=True)
        self.raster_path, self.checkpoint, self.output_dir = raster_path, checkpoint, output_dir
        self.builder_kwargs = builder_kwargs

    def work(self) -> str:
        from ..engine.api import EngineApi, encode_request

        request = encode_request(self.raster_path, self.checkpoint, self.output_dir, **self.builder_kwargs)
        encoded = self.ask(EngineApi().encode, request=request)
        self.message = f"{encoded.chips} chips in {self.output_dir} ({encoded.seconds:.0f} s)"
        return self.output_dir

    def done(self, ok: bool) -> None:
        self.result = self.output_dir  # the folder, also when the encode stopped (it resumes)

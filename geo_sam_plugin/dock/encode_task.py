# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding as a QGIS task: progress in the task manager, cancel button, QGIS stays responsive."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsTask

# Tasks between addTask and finished(): QGIS's task manager owns the C++ object, but a Python subclass whose
# wrapper nobody references is garbage-collected and never runs (the dock's encode button did exactly that).
RUNNING_TASKS: set = set()
# How long QGIS's exit waits for the chip being encoded (a ViT-H chip on a slow CPU takes about a minute).
QUIT_WAIT_MS = 120_000


def ask_worker(task: QgsTask, call, failure: str, **options):
    """A long request to the worker from a task's thread, with the task's progress and cancel: call (an EngineApi
    method taking progress, cancelled and options) answered, or None with task.message saying why in one line (a
    task must never take QGIS down). failure: what an unexpected error is called ("Encoding failed unexpectedly")."""
    from ..engine.client import EngineError

    try:
        return call(progress=task.setProgress, cancelled=task.isCanceled, **options)
    except EngineError as exc:
        task.message = str(exc)
    except Exception as exc:  # a task must never take QGIS down
        task.message = f"{failure}: {exc}"
    return None


class EncodeTask(QgsTask):
    """Asks the worker to encode a raster, in QGIS's task manager; on_finished(ok, message, folder) runs on the GUI thread.

    The task keeps itself alive until it has finished, whoever created it. Cancelling it (the task manager's
    button, or QGIS quitting) stops after the current chip and leaves a resumable folder; so does a worker that
    dies (killed, crashed): the task says so in one line, and the same encode again resumes.
    """

    def __init__(self, raster_path: str, checkpoint: str, output_dir: str, on_finished=None, **builder_kwargs) -> None:
        super().__init__(f"GeoSAM: encoding {raster_path}", QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        # QGIS quitting: stop after the current chip and wait for that (QGIS 3.22 would otherwise wait for the whole
        # raster, QGIS 3.40 would tear Python down under the running encoder and abort).
        self._app = QgsApplication.instance()
        if self._app is not None:
            self._app.aboutToQuit.connect(self.stop_for_quit)
        self.raster_path = raster_path
        self.checkpoint = checkpoint
        self.output_dir = output_dir
        self.builder_kwargs = builder_kwargs
        self.on_finished = on_finished
        self.message = ""

    def run(self) -> bool:  # task thread: no GUI calls here
        from ..engine.api import EngineApi, encode_request

        request = encode_request(self.raster_path, self.checkpoint, self.output_dir, **self.builder_kwargs)
        encoded = ask_worker(self, lambda **options: EngineApi().encode(request, **options), "Encoding failed unexpectedly")
        if encoded is None:
            return False
        self.message = f"{encoded.chips} chips in {self.output_dir} ({encoded.seconds:.0f} s)"
        return True

    def stop_for_quit(self) -> None:
        """QGIS is closing: cancel, and give the current chip time to finish so the folder stays resumable."""
        self.cancel()
        self.waitForFinished(QUIT_WAIT_MS)

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if self._app is not None:
            self._app.aboutToQuit.disconnect(self.stop_for_quit)
        if self.on_finished is not None:
            self.on_finished(ok, self.message, self.output_dir)

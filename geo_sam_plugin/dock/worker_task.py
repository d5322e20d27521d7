# SPDX-License-Identifier: GPL-2.0-or-later
"""Long work as a QGIS task: progress in the task manager, its cancel button, QGIS responsive meanwhile. WorkerTask is
the one class for it (an encode, a SAM 3 search, Measure, a web layer's fetch: each a subclass giving its work), and
RUNNING_TASKS the one place that keeps a running task alive."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsTask

# Tasks between addTask and finished(): QGIS's task manager owns the C++ object, but a Python subclass whose
# wrapper nobody references is garbage-collected and never runs (the dock's encode button did exactly that).
RUNNING_TASKS: set = set()
# How long QGIS's exit waits for the chip being encoded (a ViT-H chip on a slow CPU takes about a minute).
QUIT_WAIT_MS = 120_000


class WorkerTask(QgsTask):
    """One long piece of work in QGIS's task manager; on_finished(ok, message, result) runs on the GUI thread.

    A subclass gives work() (on the task's thread: no GUI calls), which returns the result (None: it did not finish,
    e.g. cancelled) or raises; an error the user can act on (the worker's EngineError, a layer's LayerSourceError:
    their text is one line) becomes the message as it is, anything else "<failure>: <error>" (a task must never take
    QGIS down). The task keeps itself
    alive until finished(), whoever created it. finish_at_quit: QGIS quitting cancels the task and waits for its
    current step (an encode's chip), so that what it wrote stays resumable."""

    failure = "The task failed unexpectedly"

    def __init__(self, description: str, on_finished=None, finish_at_quit: bool = False) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        self.on_finished = on_finished
        self.message = ""
        self.result = None
        # QGIS quitting: stop after the current chip and wait for that (QGIS 3.22 would otherwise wait for the whole
        # raster, QGIS 3.40 would tear Python down under the running encoder and abort).
        self._app = QgsApplication.instance() if finish_at_quit else None
        if self._app is not None:
            self._app.aboutToQuit.connect(self.stop_for_quit)

    def work(self):  # task thread
        raise NotImplementedError

    def ask(self, call, **options):
        """A long request to the worker (an EngineApi method taking progress, cancelled and options) with this task's
        progress and cancel."""
        return call(progress=self.setProgress, cancelled=self.isCanceled, **options)

    def run(self) -> bool:  # task thread: no GUI calls here
        from ..engine.client import EngineError
        from ..engine.layer_pixels import LayerSourceError

        try:
            self.result = self.work()
        except (EngineError, LayerSourceError) as exc:  # one line the user can act on
            self.message = str(exc)
            return False
        except Exception as exc:  # a task must never take QGIS down
            self.message = f"{self.failure}: {exc}"
            return False
        return self.result is not None

    def stop_for_quit(self) -> None:
        """QGIS is closing: cancel, and give the current step time to finish so that what was written stays resumable."""
        self.cancel()
        self.waitForFinished(QUIT_WAIT_MS)

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if self._app is not None:
            self._app.aboutToQuit.disconnect(self.stop_for_quit)
        self.done(ok)
        if self.on_finished is not None:
            self.on_finished(ok, self.message, self.result)

    def done(self, ok: bool) -> None:
        """What the task does on the GUI thread when it ends, before on_finished (nothing, unless a subclass says)."""

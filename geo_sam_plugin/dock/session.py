# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine the dock's prompts go to: a feature folder, live mode or a view session opened in the worker process,
off the GUI thread, and closed there. One part of the dock's controller (dock/controller.py wires it)."""

from __future__ import annotations

import concurrent.futures
import os

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...encoder.protocol import ErrorKind
from ..engine_crs import crs_as_text, folder_crs
from .off_thread import off_gui_thread


def canvas_crs(canvas) -> QgsCoordinateReferenceSystem:
    return canvas.mapSettings().destinationCrs()


def crs_text(canvas) -> str:
    """The canvas CRS as the worker takes it: EPSG:xxxx, or its WKT."""
    return crs_as_text(canvas_crs(canvas))


class EngineSession(QObject):
    """Opens the engine in the worker (load_folder, load_raster, open) and holds the one in use (engine, its
    checkpoint_path and source_text). begun(future) when an open starts (prompts made meanwhile wait for the future),
    then opened(engine), or failed() with the one-line reason as the message."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    busy = pyqtSignal(str, float)  # what runs and its percent; -1 = running, no figure yet; "" = idle
    changed = pyqtSignal()
    closing = pyqtSignal()  # a new open starts: the old session's prompts stop before its engine is closed
    begun = pyqtSignal(object)  # concurrent.futures.Future of the engine being opened
    opened = pyqtSignal(object)  # the engine now in use
    failed = pyqtSignal()  # the open failed: prompts that waited for it are void

    def __init__(self, canvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.engine = None
        self.checkpoint_path = ""  # the checkpoint in use (the manifest's, or the one given)
        self.source_text = ""  # the folder or live raster in use
        self.needs_checkpoint = False  # the last load_folder failed for want of the right checkpoint
        self._opening: concurrent.futures.Future | None = None  # the engine being opened in the worker

    def load_folder(self, folder: str, checkpoint: str | None = None, on_done=None) -> None:
        """Open a feature folder in the worker for queries (its decoder warmed), off the GUI thread; then, on the GUI
        thread, on_done(True), or on_done(False) with the one-line reason as the message (needs_checkpoint: for want
        of the right checkpoint). Prompts made meanwhile wait for it in the query queue."""
        from ..engine.remote import RemoteEngine

        def loaded(engine) -> None:
            if engine.note:  # the fast decoder could not be built: the reference decoder answers
                self.message.emit(engine.note, Qgis.MessageLevel.Info)
            self.message.emit(self.tr("Loaded {0}: {1} chip(s), model {2}.").format(folder, len(engine.chips), engine.model_variant), Qgis.MessageLevel.Success)

        self.open(lambda: RemoteEngine.open_folder(folder, checkpoint or None), "", str(folder), self.tr("Loading {0}: the model and its decoder").format(folder),
                  on_open=loaded, on_done=on_done)

    def load_raster(self, raster_path: str, checkpoint: str, precision: str = "float32", device: str | None = None, on_done=None) -> None:
        """Live mode: no feature folder; the chip under a click is encoded on demand (in the worker), in precision.
        Opened off the GUI thread, as load_folder."""
        from ..engine.remote import RemoteEngine

        def opened(engine) -> None:
            self.message.emit(
                self.tr("Live mode on {0}: the first click in an area encodes its chip ({1}, a few seconds), later clicks nearby are instant.").format(raster_path, precision),
                Qgis.MessageLevel.Info,
            )

        self.open(lambda: RemoteEngine.open_raster(raster_path, checkpoint, device=device, precision=precision), checkpoint, raster_path,
                  self.tr("Loading {0} for live mode").format(os.path.basename(checkpoint)), on_open=opened, on_done=on_done)

    @property
    def loading(self) -> bool:
        """An engine is being opened in the worker (a folder, live mode, a view session)."""
        return self._opening is not None

    def open(self, opener, checkpoint: str, source: str, busy_text: str, on_open=None, on_done=None) -> None:
        """Answer prompts with the engine opener() makes in the worker, opened off the GUI thread: begun(future) now
        (a click made meanwhile waits for the engine); then, on the GUI thread, opened(engine), on_open(engine) and
        on_done(True), or the one-line refusal as the message, failed() and on_done(False). A newer open supersedes it."""
        from ..engine.client import EngineError
        from ..engine.layer_pixels import LayerSourceError

        self.closing.emit()
        self.close()
        opening = concurrent.futures.Future()
        self._opening = opening
        self.needs_checkpoint = False
        self.begun.emit(opening)
        self.busy.emit(busy_text, -1.0)
        self.changed.emit()

        def done(engine, error) -> None:
            if self._opening is not opening:  # superseded by a newer open, or the dock was closed
                if engine is not None:
                    off_gui_thread(engine.close, lambda _result, _error: None, "GeoSAM close")
                return
            self._opening = None
            self.busy.emit("", 0.0)
            if error is not None:
                opening.set_exception(error)  # prompts waiting for it are dropped (the message says why)
                self.needs_checkpoint = isinstance(error, EngineError) and error.kind is ErrorKind.CHECKPOINT
                self.failed.emit()
                self.message.emit(str(error) if isinstance(error, (EngineError, LayerSourceError)) else self.tr("Could not open {0}: {1}").format(source, error), Qgis.MessageLevel.Warning)
                self.changed.emit()
                if on_done is not None:
                    on_done(False)
                return
            # Known before `changed` tells the dock to redraw its header, which shows them.
            self.checkpoint_path = str(checkpoint or engine.checkpoint_path)
            self.source_text = str(source)
            self.engine = engine
            opening.set_result(engine)
            self.opened.emit(engine)
            if on_open is not None:
                on_open(engine)
            self.changed.emit()
            if on_done is not None:
                on_done(True)

        off_gui_thread(opener, done, "GeoSAM open")

    def close(self) -> None:
        """The folder (or live raster) in use is forgotten by the worker process (its memory freed there), off the
        GUI thread; an engine still being opened is closed when it arrives."""
        if self._opening is not None:
            opening, self._opening = self._opening, None
            opening.cancel()  # prompts waiting for it are dropped
        if self.engine is not None:
            off_gui_thread(self.engine.close, lambda _result, _error: None, "GeoSAM close")  # a worker that is gone has forgotten it already
            self.engine = None

    @property
    def live(self) -> bool:
        return self.engine is not None and self.engine.live

    @property
    def view_session(self) -> bool:
        """The engine in use encodes its raster into a folder, the view first (dock/view_session.py)."""
        return self.engine is not None and getattr(self.engine, "view_session", False)

    @property
    def boxes_only(self) -> bool:
        """The model in use was trained on boxes (LiteMedSAM): a click alone gives a speck."""
        return self.engine is not None and self.engine.spec.variant == "lite_medsam"

    def in_use_text(self) -> str:
        """One line on what answers the prompts: model, checkpoint, device, chip size, source."""
        engine = self.engine
        text = self.tr("{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}") if self.live else self.tr("{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}")
        shown = text.format(engine.spec.variant, engine.spec.model_type, os.path.basename(self.checkpoint_path), self.device_text(engine.device), engine.chip_size, self.source_text)
        if self.boxes_only:
            shown += self.tr(" · LiteMedSAM: drag a box around each object (a click alone gives a small speck)")
        return shown

    def device_text(self, device: str) -> str:
        """The worker's device line in the user's language: "CPU, 2 threads" (encoder/models/runtime.py says it in
        English); a GPU's name as it is."""
        import re

        threads = re.fullmatch(r"CPU, (\d+) threads", device)
        return self.tr("CPU, {0} threads").format(threads.group(1)) if threads else device

    def folder_to_canvas(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(folder_crs(self.engine), canvas_crs(self.canvas), QgsProject.instance())

    def folder_extent(self) -> QgsRectangle:
        """The folder's extent in the canvas CRS (for 'Zoom to')."""
        b = self.engine.bounds
        return self.folder_to_canvas().transformBoundingBox(QgsRectangle(b.minx, b.miny, b.maxx, b.maxy))

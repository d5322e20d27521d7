# SPDX-License-Identifier: GPL-2.0-or-later
"""Encode from view…: the worker encodes a raster into a folder, the chips in view first, while clicks are answered;
a web layer's pixels are fetched through QGIS meanwhile (a FetchTask that follows the view). One part of the dock's
controller (dock/controller.py wires it)."""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsCoordinateTransform, QgsCsException, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal

from ...encoder.defaults import default_stride
from ..layer_source import raster_path
from .off_thread import off_gui_thread
from .session import EngineSession, canvas_crs


class ViewSession(QObject):
    """start_on_layer / start open a view session through the session; every second (timer) the view's centre goes to
    the worker and its progress (status, protocol.ViewStatus) comes back; pause and set_limit change the order.
    preparing: a web layer's session whose model is being read before its fetch starts."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    busy = pyqtSignal(str, float)
    changed = pyqtSignal()
    progressed = pyqtSignal()  # a poll's answer arrived (chips on the map may have changed)

    def __init__(self, canvas, session: EngineSession) -> None:
        super().__init__()
        self.canvas = canvas
        self.session = session
        self.status = None  # the last status (protocol.ViewStatus: open_view / view)
        self.fetch_task = None  # a web layer's FetchTask
        self.preparing: object | None = None  # superseded by any other open (session.begun), or by unload
        self._sent_centre = None
        self._polling = False  # a poll's answer is on its way
        self._changes: dict = {}  # paused / limit asked for, sent with the next poll
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.poll)
        session.begun.connect(self._superseded)

    @property
    def active(self) -> bool:
        return self.session.view_session

    def _superseded(self, _opening) -> None:
        self.preparing = None

    def start_on_layer(self, layer, checkpoint: str, folder: str, precision: str = "float32", device: str | None = None, limit: int = 0) -> bool:
        """A view session on any raster layer. A file is read by the worker. Any other layer (XYZ, WMS, WMTS, ArcGIS,
        WCS) is fetched through QGIS, the map view's extent at the canvas's resolution, into the folder's tile cache
        (a task in the task manager that follows the view) while the worker encodes what has arrived. Its size is
        checked first with the model's own chip size and stride, which the worker reads from the checkpoint off the
        GUI thread (the dock says "Loading…" meanwhile); a refusal writes nothing and leaves what is open alone.
        limit: at most that many chips in the background order (0: all). False when refused at once (the message
        says why); the rest is said when the session opens or fails."""
        from ..engine.api import EngineApi
        from ..engine.layer_pixels import LayerSourceError, check_layer, fetch_resolution, is_file_layer

        if is_file_layer(layer):
            self.start(raster_path(layer), checkpoint, folder, precision=precision, device=device, limit=limit)
            return True
        try:
            check_layer(layer)
            to_layer = QgsCoordinateTransform(canvas_crs(self.canvas), layer.crs(), QgsProject.instance())
            extent = to_layer.transformBoundingBox(self.canvas.extent())
            centre = to_layer.transform(self.canvas.extent().center())
        except (LayerSourceError, QgsCsException) as exc:
            text = str(exc) if isinstance(exc, LayerSourceError) else self.tr("Could not open {0}: {1}").format(layer.name(), exc)
            self.message.emit(text, Qgis.MessageLevel.Warning)
            return False
        view_resolution = extent.width() / max(1, self.canvas.mapSettings().outputSize().width())
        resolution = fetch_resolution(layer, view_resolution)  # an XYZ / WMTS layer: never finer than its deepest zoom
        name = layer.name()
        preparing = self.preparing = object()
        self.busy.emit(self.tr("Starting the encode of {0}: loading the model").format(layer.name()), -1.0)
        self.changed.emit()

        def known(info, error) -> None:  # on the GUI thread, the model's chips known (or not)
            if self.preparing is not preparing:
                return
            self.preparing = None
            self.busy.emit("", 0.0)
            self.changed.emit()
            if error is None and sip.isdeleted(layer):
                error = LayerSourceError(f"{name} was removed from the project while the model was read: add it again, then Encode from view….")
            if error is None:
                try:
                    self._fetch_and_view(layer, info, (extent, resolution, to_layer, centre), checkpoint, folder, precision, device, limit,
                                         capped=resolution > view_resolution)
                    return
                except (LayerSourceError, QgsCsException) as exc:
                    error = exc
            self.message.emit(str(error) if str(error) else type(error).__name__, Qgis.MessageLevel.Warning)

        off_gui_thread(lambda: EngineApi().model_info(checkpoint), known, "GeoSAM model info")
        return True

    def _fetch_and_view(self, layer, info, where, checkpoint, folder, precision, device, limit, capped=False) -> None:
        """The grid of a web layer, its size checked with the model's chips, its cache made, its fetch started, and the
        view session opened on it (GUI thread). where: the view's (extent, resolution, canvas-to-layer transform,
        centre) in the layer's CRS; capped: the view is finer than the layer's deepest zoom, which is fetched instead.
        A LayerSourceError before the fetch starts leaves everything as it was."""
        from ..engine.layer_pixels import TileFetcher, check_size, layer_grid, pixel_size_text, prepare_cache, size_text, source_definition
        from .fetch_task import FetchTask

        extent, resolution, to_layer, centre = where
        grid = layer_grid(layer, extent, resolution)
        chips, size = check_size(layer, grid, info.chip_size, default_stride(info.chip_size))
        fetcher = TileFetcher(layer, grid, prepare_cache(folder, grid, source_definition(layer, grid)))
        self.stop_fetch()
        fetcher.look_at(centre.x(), centre.y())

        def fetched(ok: bool, text: str, _result) -> None:
            if self.fetch_task is fetch_task:
                self.fetch_task = None
            if not ok and text:
                self.message.emit(text, Qgis.MessageLevel.Warning)

        fetch_task = self.fetch_task = FetchTask(fetcher, info.chip_size, to_layer, on_finished=fetched)
        QgsApplication.taskManager().addTask(fetch_task)
        said = self.tr(
            "{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px (about {6}), fetched through QGIS while it is encoded, the view first; click at once."
        ).format(layer.name(), grid.width, grid.height, pixel_size_text(grid), chips, info.chip_size, size_text(size))
        if capped:
            said += " " + self.tr("The map is zoomed in further than the layer's deepest zoom: its own pixels are encoded, not finer ones.")

        def started(ok: bool) -> None:
            if not ok and self.fetch_task is fetch_task:
                self.stop_fetch()
            elif ok:
                self.message.emit(said, Qgis.MessageLevel.Info)

        self.start(str(fetcher.cache), checkpoint, folder, precision=precision, device=device, name=layer.name(), limit=limit, on_done=started)

    def stop_fetch(self) -> None:
        """Cancel a view session's fetch (the tiles fetched stay in the folder: the same session resumes)."""
        if self.fetch_task is not None:
            self.fetch_task.on_finished = None
            self.fetch_task.cancel()
            self.fetch_task = None

    def fetch_first(self, x: float, y: float) -> None:
        """A click at (x, y) in the canvas CRS: its tiles are fetched before any other (a view session on a web layer)."""
        if self.fetch_task is not None:
            self.fetch_task.fetch_first(x, y)

    def start(self, raster_path: str, checkpoint: str, folder: str, precision: str = "float32", device: str | None = None, name: str = "", on_done=None, **grid) -> None:
        """Encode the raster into folder in the worker, the chips in view first, and answer clicks meanwhile: from the
        chips that are ready, a click elsewhere first. Panning moves the queue; the folder is complete at the end.
        grid: chip_size, stride (default: the model's), limit (chips in the background order; 0: all). Opened off
        the GUI thread, as the session's load_folder (on_done(ok) then)."""
        from ..engine.remote import RemoteEngine

        centre = self.centre()
        shown = name or os.path.basename(raster_path)

        def opened(engine) -> None:
            self._sent_centre = centre
            self.status = engine.info.status
            self.timer.start()
            self.message.emit(self.tr("Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).").format(shown, folder), Qgis.MessageLevel.Info)

        self.session.open(lambda: RemoteEngine.open_view(raster_path, checkpoint, folder, view=centre, device=device, precision=precision, **grid), checkpoint, folder,
                          self.tr("Starting the encode of {0}: loading the model").format(shown), on_open=opened, on_done=on_done)

    def centre(self):
        """The centre of the map view as [x, y, CRS as WKT], or None without a valid canvas CRS."""
        settings = self.canvas.mapSettings()
        crs = settings.destinationCrs()
        if not crs.isValid():
            return None
        centre = settings.visibleExtent().center()
        return [centre.x(), centre.y(), crs.toWkt()]

    def pause(self, paused: bool) -> None:
        if self.active:
            self._changes["paused"] = paused
            self.poll()

    def set_limit(self, limit: int) -> None:
        """The dock's Limit changed: at most `limit` chips in the background order (0: the whole raster)."""
        if self.active:
            self._changes["limit"] = int(limit)
            self.poll()

    def poll(self) -> None:
        """Every second of a view session (and at once for a pause or a limit): the view's centre and the changes
        asked for to the worker, off the GUI thread; its progress to the dock when the answer arrives. One poll at a
        time: changes asked for meanwhile go with the next."""
        if not self.active:
            self.timer.stop()
            return
        if self._polling:
            return
        engine = self.session.engine
        centre = self.centre()
        if self.fetch_task is not None and centre is not None and centre != self._sent_centre:  # the fetch follows the view too
            self.fetch_task.look_at(centre[0], centre[1])
        changes, self._changes = self._changes, {}
        self._polling = True
        moved = centre if centre != self._sent_centre else None
        off_gui_thread(lambda: engine.view(centre=moved, **changes), lambda status, error: self._answered(engine, centre, status, error), "GeoSAM view")

    def _answered(self, engine, centre, status, error) -> None:
        """A status arrived (GUI thread): the dock's progress, or the end, or the reason it stopped."""
        from ..engine.client import EngineError

        self._polling = False
        if engine is not self.session.engine:
            return  # another session began meanwhile
        if error is not None:
            self._stopped(str(error) if isinstance(error, EngineError) else self.tr("Encoding stopped: {0}").format(error), Qgis.MessageLevel.Warning)
            return
        self._sent_centre = centre
        self.status = status
        if status.error:
            self._stopped(self.tr("Encoding stopped: {0}").format(status.error), Qgis.MessageLevel.Warning)
        elif status.finished:
            self._stopped(self.tr("Encoded: {0} is complete ({1} chips).").format(self.session.source_text, status.ready), Qgis.MessageLevel.Success)
        else:
            self.busy.emit(view_progress_text(status), 100.0 * (status.ready + status.nodata) / max(status.total, 1))
        self.progressed.emit()
        self.changed.emit()
        if self._changes:  # a pause or a limit asked for while this poll ran
            self.poll()

    def _stopped(self, text: str, level) -> None:
        self.timer.stop()
        self.busy.emit("", 0.0)
        self.message.emit(text, level)

    def unload(self) -> None:
        self.timer.stop()
        self.preparing = None
        self.stop_fetch()


def view_progress_text(status) -> str:
    """A view session's progress (protocol.ViewStatus): chips ready of all, the rate and the time left, or paused."""
    done = status.ready + status.nodata
    if status.paused:
        return QCoreApplication.translate("ViewSession", "Paused: {0} of {1} chips ready (a click still encodes its chip)").format(done, status.total)
    if status.limited:
        return QCoreApplication.translate("ViewSession", "Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)").format(done, status.total)
    if status.chips_per_s and status.eta_s is not None:
        return QCoreApplication.translate("ViewSession", "Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left").format(
            done, status.total, status.chips_per_s, status.eta_s)
    return QCoreApplication.translate("ViewSession", "Encoding from the view: {0} of {1} chips").format(done, status.total)

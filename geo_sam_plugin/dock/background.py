# SPDX-License-Identifier: GPL-2.0-or-later
"""The controller's background work in QGIS's task manager: encoding a raster and a SAM 3 text / example search.

Part of SegmentController (a mixin): messages are translated in the SegmentController context, as PyQt looks them up.
"""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsCoordinateTransform, QgsCsException, QgsProject, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication

from ...encoder.defaults import default_stride
from ...encoder.fields import CONCEPT
from .. import field_types
from ..engine_crs import folder_crs, wkb_geometry
from ..layer_source import raster_path
from .off_thread import off_gui_thread


class BackgroundWork:
    """encode_in_background and find_text for SegmentController (which holds the engine, session and signals)."""

    @property
    def encoding(self) -> bool:
        return self.encode_task is not None

    def encode_in_background(self, raster_path: str, checkpoint: str, output_dir: str, **builder_kwargs):
        """Encode in QGIS's task manager (progress bar, cancel); the folder loads when the task finishes.

        A second encode while one runs is refused. Returns the task, or None when refused.
        """
        from .encode_task import EncodeTask

        if self.encode_task is not None:
            self.message.emit(QCoreApplication.translate("SegmentController", "An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right)."), Qgis.MessageLevel.Warning)
            return None

        def done(ok: bool, text: str, folder: str) -> None:
            self.encode_task = None
            self.busy.emit("", 0.0)
            if ok:
                self.message.emit(QCoreApplication.translate("SegmentController", "Encoded: {0}.").format(text), Qgis.MessageLevel.Success)
                self.load_folder(folder)
            else:
                self.message.emit(text, Qgis.MessageLevel.Warning)
            self.changed.emit()

        task = EncodeTask(raster_path, checkpoint, output_dir, on_finished=done, **builder_kwargs)
        name = os.path.basename(raster_path)
        task.progressChanged.connect(lambda percent: self.busy.emit(QCoreApplication.translate("SegmentController", "Encoding {0}").format(name), percent if percent > 0 else -1.0))
        self.encode_task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(QCoreApplication.translate("SegmentController", "Encoding {0}: loading the model and reading the first chip").format(name), -1.0)
        self.message.emit(QCoreApplication.translate("SegmentController", "Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).").format(raster_path, output_dir), Qgis.MessageLevel.Info)
        self.changed.emit()
        return task

    # ---------------------------------------------------------------- the view-first session
    def start_view_on_layer(self, layer, checkpoint: str, folder: str, precision: str = "float32", device: str | None = None, limit: int = 0) -> bool:
        """A view session on any raster layer. A file is read by the worker. Any other layer (XYZ, WMS, WMTS, ArcGIS,
        WCS) is fetched through QGIS, the map view's extent at the canvas's resolution, into the folder's tile cache
        (a task in the task manager that follows the view) while the worker encodes what has arrived. Its size is
        checked first with the model's own chip size and stride, which the worker reads from the checkpoint off the
        GUI thread (the dock says "Loading…" meanwhile); a refusal writes nothing and leaves what is open alone.
        limit: at most that many chips in the background order (0: all). False when refused at once (the message
        says why); the rest is said when the session opens or fails."""
        from ..engine.api import EngineApi
        from ..engine.layer_pixels import LayerSourceError, check_layer, is_file_layer

        if is_file_layer(layer):
            self.start_view(raster_path(layer), checkpoint, folder, precision=precision, device=device, limit=limit)
            return True
        try:
            check_layer(layer)
            to_layer = QgsCoordinateTransform(self.canvas_crs(), layer.crs(), QgsProject.instance())
            extent = to_layer.transformBoundingBox(self.canvas.extent())
            centre = to_layer.transform(self.canvas.extent().center())
        except (LayerSourceError, QgsCsException) as exc:
            text = str(exc) if isinstance(exc, LayerSourceError) else QCoreApplication.translate("SegmentController", "Could not open {0}: {1}").format(layer.name(), exc)
            self.message.emit(text, Qgis.MessageLevel.Warning)
            return False
        resolution = extent.width() / max(1, self.canvas.mapSettings().outputSize().width())
        name = layer.name()
        preparing = self._preparing = object()  # superseded by any other open, or by unload
        self.busy.emit(QCoreApplication.translate("SegmentController", "Starting the encode of {0}: loading the model").format(layer.name()), -1.0)
        self.changed.emit()

        def known(info, error) -> None:  # on the GUI thread, the model's chips known (or not)
            if self._preparing is not preparing:
                return
            self._preparing = None
            self.busy.emit("", 0.0)
            self.changed.emit()
            if error is None and sip.isdeleted(layer):
                error = LayerSourceError(f"{name} was removed from the project while the model was read: add it again, then Encode from view….")
            if error is None:
                try:
                    self._fetch_and_view(layer, info, extent, resolution, to_layer, centre, checkpoint, folder, precision, device, limit)
                    return
                except (LayerSourceError, QgsCsException) as exc:
                    error = exc
            self.message.emit(str(error) if str(error) else type(error).__name__, Qgis.MessageLevel.Warning)

        off_gui_thread(lambda: EngineApi().model_info(checkpoint), known, "GeoSAM model info")
        return True

    def _fetch_and_view(self, layer, info, extent, resolution, to_layer, centre, checkpoint, folder, precision, device, limit) -> None:
        """The grid of a web layer, its size checked with the model's chips, its cache made, its fetch started, and the
        view session opened on it (GUI thread). A LayerSourceError before the fetch starts leaves everything as it was."""
        from ..engine.layer_pixels import TileFetcher, check_size, layer_grid, prepare_cache, source_definition
        from .fetch_task import FetchTask

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
        said = QCoreApplication.translate(
            "SegmentController", "{0}: {1} x {2} px at {3:g} per pixel, {4} chips of {5} px (about {6:.0f} MB), fetched through QGIS while it is encoded, the view first; click at once."
        ).format(layer.name(), grid.width, grid.height, grid.res, chips, info.chip_size, size / 1e6)

        def started(ok: bool) -> None:
            if not ok and self.fetch_task is fetch_task:
                self.stop_fetch()
            elif ok:
                self.message.emit(said, Qgis.MessageLevel.Info)

        self.start_view(str(fetcher.cache), checkpoint, folder, precision=precision, device=device, name=layer.name(), limit=limit, on_done=started)

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

    def start_view(self, raster_path: str, checkpoint: str, folder: str, precision: str = "float32", device: str | None = None, name: str = "", on_done=None, **grid) -> None:
        """Encode the raster into folder in the worker, the chips in view first, and answer clicks meanwhile: from the
        chips that are ready, a click elsewhere first. Panning moves the queue; the folder is complete at the end.
        grid: chip_size, stride (default: the model's), limit (chips in the background order; 0: all). Opened off
        the GUI thread, as load_folder (on_done(ok) then)."""
        from ..engine.remote import RemoteEngine

        centre = self.view_centre()

        def opened(engine) -> None:
            self._sent_centre = centre
            self.view_status = engine.info.status
            self.view_timer.start()
            self.message.emit(QCoreApplication.translate("SegmentController", "Encoding {0} into {1}, the chips in view first: click at once (a click elsewhere is encoded first).").format(
                name or os.path.basename(raster_path), folder), Qgis.MessageLevel.Info)

        self._open(lambda: RemoteEngine.open_view(raster_path, checkpoint, folder, view=centre, device=device, precision=precision, **grid), checkpoint, folder,
                   QCoreApplication.translate("SegmentController", "Starting the encode of {0}: loading the model").format(name or os.path.basename(raster_path)),
                   on_open=opened, on_done=on_done)

    def view_centre(self):
        """The centre of the map view as [x, y, CRS as WKT], or None without a valid canvas CRS."""
        settings = self.canvas.mapSettings()
        crs = settings.destinationCrs()
        if not crs.isValid():
            return None
        centre = settings.visibleExtent().center()
        return [centre.x(), centre.y(), crs.toWkt()]

    @property
    def view_session(self) -> bool:
        return self.engine is not None and getattr(self.engine, "view_session", False)

    def pause_view(self, paused: bool) -> None:
        if self.view_session:
            self._view_changes["paused"] = paused
            self._poll_view()

    def set_view_limit(self, limit: int) -> None:
        """The dock's Limit changed: at most `limit` chips in the background order (0: the whole raster)."""
        if self.view_session:
            self._view_changes["limit"] = int(limit)
            self._poll_view()

    def _poll_view(self) -> None:
        """Every second of a view session (and at once for a pause or a limit): the view's centre and the changes
        asked for to the worker, off the GUI thread; its progress to the dock when the answer arrives. One poll at a
        time: changes asked for meanwhile go with the next."""
        if not self.view_session:
            self.view_timer.stop()
            return
        if self._view_polling:
            return
        engine = self.engine
        centre = self.view_centre()
        if self.fetch_task is not None and centre is not None and centre != self._sent_centre:  # the fetch follows the view too
            self.fetch_task.look_at(centre[0], centre[1])
        changes, self._view_changes = self._view_changes, {}
        self._view_polling = True
        moved = centre if centre != self._sent_centre else None
        off_gui_thread(lambda: engine.view(centre=moved, **changes), lambda status, error: self._view_answered(engine, centre, status, error), "GeoSAM view")

    def _view_answered(self, engine, centre, status, error) -> None:
        """A view session's status arrived (GUI thread): the dock's progress, or the end, or the reason it stopped."""
        from ..engine.client import EngineError

        self._view_polling = False
        if engine is not self.engine:
            return  # another session began meanwhile
        if error is not None:
            self.view_timer.stop()
            self.busy.emit("", 0.0)
            self.message.emit(str(error) if isinstance(error, EngineError) else QCoreApplication.translate("SegmentController", "Encoding stopped: {0}").format(error), Qgis.MessageLevel.Warning)
            return
        self._sent_centre = centre
        self.view_status = status
        if status.error:
            self.view_timer.stop()
            self.busy.emit("", 0.0)
            self.message.emit(QCoreApplication.translate("SegmentController", "Encoding stopped: {0}").format(status.error), Qgis.MessageLevel.Warning)
        elif status.finished:
            self.view_timer.stop()
            self.busy.emit("", 0.0)
            self.message.emit(QCoreApplication.translate("SegmentController", "Encoded: {0} is complete ({1} chips).").format(self.source_text, status.ready), Qgis.MessageLevel.Success)
        else:
            self.busy.emit(view_progress_text(status), 100.0 * (status.ready + status.nodata) / max(status.total, 1))
        if self.chips_visible:
            self.show_chips(True)
        self.changed.emit()
        if self._view_changes:  # a pause or a limit asked for while this poll ran
            self._poll_view()

    def measure_speed(self, checkpoint: str, device: str | None):
        """The encoder's seconds per chip in float32 and bfloat16 on this machine, in QGIS's task manager; kept in
        the settings (the dock's precision hint shows it). Returns the task, or None when refused."""
        from .measure_task import MeasureTask

        if not checkpoint or not os.path.isfile(checkpoint):
            self.message.emit(QCoreApplication.translate("SegmentController", "Choose a checkpoint first: Measure times its image encoder on this machine."), Qgis.MessageLevel.Warning)
            return None
        if self.measure_task is not None:
            self.message.emit(QCoreApplication.translate("SegmentController", "Measuring is already running: wait for it, or cancel it in the task manager."), Qgis.MessageLevel.Warning)
            return None

        def done(ok: bool, text: str, result: dict) -> None:
            self.measure_task = None
            self.busy.emit("", 0.0)
            if ok:
                self.message.emit(QCoreApplication.translate("SegmentController", "Measured: {0}").format(measured_text(result)), Qgis.MessageLevel.Success)
            else:
                self.message.emit(text, Qgis.MessageLevel.Warning)
            self.changed.emit()

        task = MeasureTask(checkpoint, device, on_finished=done)
        self.measure_task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(QCoreApplication.translate("SegmentController", "Measuring the encoder: one chip in float32, one in bfloat16"), -1.0)
        self.changed.emit()
        return task

    def find_text(self, text: str, threshold: float):
        """Every instance of a concept in the loaded SAM 3 folder, in QGIS's task manager; the polygons go to a new
        layer named after the concept (an empty one, and a message, when nothing matches). The worker checks the
        prompt and the folder's model first, off the GUI thread; the task (concept_task) starts after that, or the
        message says why not. Returns None (`searching` tells whether it goes on).

        A box drawn on the map is taken as an example ("more like this one"); the text may then be empty."""
        from ..engine.client import EngineError

        if self.view_session:  # live too, but its folder is on its way: say so, not "load a folder"
            self.message.emit(QCoreApplication.translate("SegmentController", "Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all."), Qgis.MessageLevel.Warning)
            return None
        if self.engine is None or self.live:
            self.message.emit(QCoreApplication.translate("SegmentController", "Load a feature folder encoded with SAM 3 first: text prompts search cached features."), Qgis.MessageLevel.Warning)
            return None
        if self.concept_task is not None:
            self.message.emit(QCoreApplication.translate("SegmentController", "A text search is already running: wait for it, or cancel it in the task manager."), Qgis.MessageLevel.Warning)
            return None
        if self.text_checking:
            return None  # the search asked for a moment ago is being checked
        box = self.history.current.box if self.history is not None else None
        examples = [box] if box is not None else None
        engine = self.engine
        self.text_checking = True

        def checked(answer, error) -> None:  # the prompt and the folder's model checked by the worker, off the GUI thread
            self.text_checking = False
            if engine is not self.engine:
                return  # another folder was loaded meanwhile
            if error is not None:
                self.message.emit(str(error) if isinstance(error, EngineError) else f"The text search could not start: {error}", Qgis.MessageLevel.Warning)
                self.changed.emit()
                return
            self._start_text_task(answer.text, answer.concept, threshold, examples)

        off_gui_thread(lambda: engine.check_text(text, examples), checked, "GeoSAM check text")
        return None

    @property
    def searching(self) -> bool:
        """A text search is being checked or runs."""
        return self.text_checking or self.concept_task is not None

    def _start_text_task(self, text_concept: str, concept: str, threshold: float, examples):
        """The checked text search as a task in QGIS's task manager."""
        from .concept_task import ConceptTask

        folder_text = self.source_text
        crs = folder_crs(self.engine)

        def done(ok: bool, message: str, found: list) -> None:
            self.concept_task = None
            self.busy.emit("", 0.0)
            if not ok:
                self.message.emit(message, Qgis.MessageLevel.Warning)
                return
            layer = self.concept_layer(concept, crs, found)
            if layer is None:  # said why
                return
            if found:
                self.message.emit(QCoreApplication.translate("SegmentController", "Found {0} '{1}' in {2}: layer '{3}'.").format(len(found), concept, folder_text, layer.name()), Qgis.MessageLevel.Success)
            else:
                self.message.emit(
                    QCoreApplication.translate("SegmentController", "No '{0}' found with a score of {1:g} or more: the layer '{2}' is empty. Lower the threshold to see weaker matches.").format(concept, threshold, layer.name()),
                    Qgis.MessageLevel.Info,
                )

        task = ConceptTask(
            self.engine.folder_path, self.checkpoint_path or None, text_concept or "", threshold, on_finished=done,
            examples=examples, examples_crs=self.history.crs if examples else None, concept=concept,
        )
        task.progressChanged.connect(lambda percent: self.busy.emit(QCoreApplication.translate("SegmentController", "Finding '{0}'").format(concept), percent if percent > 0 else -1.0))
        self.concept_task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(QCoreApplication.translate("SegmentController", "Finding '{0}': loading SAM 3").format(concept), -1.0)
        return task

    def concept_layer(self, concept: str, crs, found: list) -> QgsVectorLayer | None:
        """A scratch layer in the folder's CRS with the polygons found for a concept, added to the project."""
        layer = QgsVectorLayer(field_types.memory_layer_uri(crs.authid() if crs.isValid() else self.engine.crs, CONCEPT), f"GeoSAM: {concept}", "memory")
        features = [field_types.to_feature(layer.fields(), wkb_geometry(polygon), attributes) for polygon, attributes in found]
        ok, _ = layer.dataProvider().addFeatures(features)
        if not ok or QgsProject.instance().addMapLayer(layer) is None:
            reason = layer.dataProvider().lastError() or QCoreApplication.translate("SegmentController", "QGIS refused the layer")
            self.message.emit(QCoreApplication.translate("SegmentController", "Could not add the polygons found for '{0}' to the project: {1}.").format(concept, reason), Qgis.MessageLevel.Critical)
            return None
        layer.updateExtents()
        return layer


def measured_text(result: dict | None) -> str:
    """One line on what Measure found: float32's seconds per chip and bfloat16's, with the speed-up (or why not)."""
    if not result:
        return QCoreApplication.translate("SegmentController", "bfloat16's speed here is not measured yet: Measure times one chip in each precision.")
    seconds = result.get("seconds", {})
    base, fast = seconds.get("float32"), seconds.get("bfloat16")
    if base is None:
        return QCoreApplication.translate("SegmentController", "Not measured: {0}").format("; ".join(result.get("refused", {}).values()))
    if fast is None:
        return QCoreApplication.translate("SegmentController", "{0} on {1}: float32 {2:.1f} s a chip; bfloat16 cannot run there ({3}).").format(
            result.get("variant", ""), result.get("device", ""), base, result.get("refused", {}).get("bfloat16", ""))
    return QCoreApplication.translate("SegmentController", "{0} on {1}: float32 {2:.1f} s a chip, bfloat16 {3:.1f} s ({4:.2f}x as fast).").format(
        result.get("variant", ""), result.get("device", ""), base, fast, base / fast)


def view_progress_text(status) -> str:
    """A view session's progress (protocol.ViewStatus): chips ready of all, the rate and the time left, or paused."""
    done = status.ready + status.nodata
    if status.paused:
        return QCoreApplication.translate("SegmentController", "Paused: {0} of {1} chips ready (a click still encodes its chip)").format(done, status.total)
    if status.limited:
        return QCoreApplication.translate("SegmentController", "Limit reached: {0} of {1} chips ready (a click still encodes its chip; raise the limit to go on)").format(done, status.total)
    if status.chips_per_s and status.eta_s is not None:
        return QCoreApplication.translate("SegmentController", "Encoding from the view: {0} of {1} chips, {2:.2f} chips/s, about {3:.0f} s left").format(
            done, status.total, status.chips_per_s, status.eta_s)
    return QCoreApplication.translate("SegmentController", "Encoding from the view: {0} of {1} chips").format(done, status.total)

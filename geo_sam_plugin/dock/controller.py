# SPDX-License-Identifier: GPL-2.0-or-later
"""Interactive segmentation: prompts from the map tool -> query thread -> the worker -> rubber bands -> saved features."""

from __future__ import annotations

import concurrent.futures
import os

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...encoder.protocol import ErrorKind
from ..engine_crs import folder_crs, wkb_geometry
from .background import BackgroundWork
from .map_tools import PromptMapTool
from .off_thread import off_gui_thread
from .output_layers import OutputLayers, operation_failed
from .prompt_history import Prompt, PromptHistory
from .query_thread import QueryThread

# A view session draws its queued chips up to this many (a large raster has tens of thousands: then only the ready and
# the one being encoded are drawn).
MAX_QUEUED_DRAWN = 2500


def _footprint(chip, transform: QgsCoordinateTransform) -> QgsGeometry | None:
    """A chip's bounds as a polygon in the canvas CRS; None for a chip the canvas CRS cannot hold (not drawn)."""
    b = chip.bounds
    geometry = QgsGeometry.fromRect(QgsRectangle(b.minx, b.miny, b.maxx, b.maxy))
    return None if operation_failed(geometry.transform(transform)) else geometry


def _band(canvas, geometry_type, color: QColor, width: int = 2, fill_alpha: int = 70) -> QgsRubberBand:
    band = QgsRubberBand(canvas, geometry_type)
    band.setStrokeColor(color)
    fill = QColor(color)
    fill.setAlpha(fill_alpha)
    band.setFillColor(fill)
    band.setWidth(width)
    return band


class SegmentController(QObject, BackgroundWork, OutputLayers):
    """Holds the engine, the prompt history and what is drawn; the dock segments, encodes and saves through these methods."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    changed = pyqtSignal()
    busy = pyqtSignal(str, float)  # what runs and its percent; -1 = running, no figure yet; "" = idle
    toolActive = pyqtSignal(bool)  # the prompt tool became the canvas's map tool, or stopped being it

    def __init__(self, canvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.engine = None
        self.queries: QueryThread | None = None
        self.history: PromptHistory | None = None
        self.result = None
        self.preview = None
        self.output_layer: QgsVectorLayer | None = None
        self.options = None
        self.needs_checkpoint = False  # the last load_folder failed for want of the right checkpoint
        self._opening: concurrent.futures.Future | None = None  # the engine being opened in the worker (loading)
        self._preparing: object | None = None  # a web layer's view session, its model being read before its fetch (loading)
        # Which task of each kind runs (one at a time; worker_task.RUNNING_TASKS keeps them alive until they end).
        self.encode_task = None  # EncodeTask
        self.concept_task = None  # ConceptTask (a text or example search)
        self.measure_task = None  # MeasureTask (the dock's Measure)
        self.fetch_task = None  # a view session's FetchTask (a layer that is not a file)
        self.view_status = None  # the view session's last status (protocol.ViewStatus: open_view / view)
        self._sent_centre = None
        self._view_polling = False  # a view poll's answer is on its way
        self._view_changes: dict = {}  # paused / limit asked for, sent with the next poll
        self.text_checking = False  # a text search is being checked by the worker before its task starts
        self.view_timer = QTimer(self)
        self.view_timer.setInterval(1000)
        self.view_timer.timeout.connect(self._poll_view)
        self.checkpoint_path = ""  # the checkpoint in use (the manifest's, or the one given)
        self.source_text = ""  # the folder or live raster in use
        self._latest_commit = 0
        self.tool = PromptMapTool(canvas)
        self.tool.pointAdded.connect(self.add_point)
        self.tool.boxDrawn.connect(self.set_box)
        self.tool.hovered.connect(self.hover)
        self.tool.boxDragged.connect(self._draw_drag)
        self.tool.shortcut.connect(self.shortcut)
        self.tool.activated.connect(lambda: self.toolActive.emit(True))
        self.tool.deactivated.connect(self._tool_deactivated)
        self.tool.left.connect(self.clear_preview)
        self.result_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(255, 140, 0))
        self.preview_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(0, 160, 255), 1, 40)
        self.box_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(0, 116, 217), 1, 0)
        self.fg_band = _band(canvas, QgsWkbTypes.GeometryType.PointGeometry, QColor(46, 204, 64), 4)
        self.bg_band = _band(canvas, QgsWkbTypes.GeometryType.PointGeometry, QColor(255, 65, 54), 4)
        self.chip_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(255, 0, 255), 2, 0)
        self.chip_band.setLineStyle(Qt.PenStyle.DashLine)
        # A view session's chips being encoded, and those queued (drawn up to MAX_QUEUED_DRAWN chips).
        self.encoding_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(255, 140, 0), 2, 60)
        self.queued_band = _band(canvas, QgsWkbTypes.GeometryType.PolygonGeometry, QColor(128, 128, 128), 1, 0)
        self.queued_band.setLineStyle(Qt.PenStyle.DotLine)
        self.chips_visible = False
        self._chips_asked = self._chips_again = False  # show_chips: an answer on its way, and one more wanted after it
        for band in (self.fg_band, self.bg_band):
            band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
            band.setIconSize(10)

    # ------------------------------------------------------------- source
    def canvas_crs(self) -> QgsCoordinateReferenceSystem:
        return self.canvas.mapSettings().destinationCrs()

    def _crs_text(self) -> str:
        crs = self.canvas_crs()
        return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()

    def load_folder(self, folder: str, checkpoint: str | None = None, on_done=None) -> None:
        """Open a feature folder in the worker for queries (its decoder warmed), off the GUI thread; then, on the GUI
        thread, on_done(True), or on_done(False) with the one-line reason as the message (needs_checkpoint: for want
        of the right checkpoint). Prompts made meanwhile wait for it in the query queue."""
        from ..engine.remote import RemoteEngine

        def loaded(engine) -> None:
            if engine.note:  # the fast decoder could not be built: the reference decoder answers
                self.message.emit(engine.note, Qgis.MessageLevel.Info)
            self.message.emit(self.tr("Loaded {0}: {1} chip(s), model {2}.").format(folder, len(engine.chips), engine.model_variant), Qgis.MessageLevel.Success)

        self._open(lambda: RemoteEngine.open_folder(folder, checkpoint or None), "", str(folder), self.tr("Loading {0}: the model and its decoder").format(folder),
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

        self._open(lambda: RemoteEngine.open_raster(raster_path, checkpoint, device=device, precision=precision), checkpoint, raster_path,
                   self.tr("Loading {0} for live mode").format(os.path.basename(checkpoint)), on_open=opened, on_done=on_done)

    @property
    def loading(self) -> bool:
        """A session is being opened in the worker (a folder, live mode, a view session), or prepared (a web layer's
        view session, while the worker reads the model's chip size)."""
        return self._opening is not None or self._preparing is not None

    def _open(self, opener, checkpoint: str, source: str, busy_text: str, on_open=None, on_done=None) -> None:
        """Answer prompts with the engine opener() makes in the worker, opened off the GUI thread. The prompt history
        and query thread start now (a click made meanwhile waits for the engine); then, on the GUI thread, on_open(engine)
        and on_done(True), or the one-line refusal as the message and on_done(False). A newer open supersedes it."""
        from ..engine.client import EngineError
        from ..engine.layer_pixels import LayerSourceError

        self._stop_worker()
        self._close_engine()
        self._preparing = None  # a web layer's session being prepared is superseded
        opening = concurrent.futures.Future()
        self._opening = opening
        self.needs_checkpoint = False
        self._begin(opening)
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
                self._stop_worker()
                self.history = None
                self.needs_checkpoint = isinstance(error, EngineError) and error.kind is ErrorKind.CHECKPOINT
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
            self.show_result(None)
            if on_open is not None:
                on_open(engine)
            self.changed.emit()
            if on_done is not None:
                on_done(True)

        off_gui_thread(opener, done, "GeoSAM open")

    def in_use_text(self) -> str:
        """One line on what answers the prompts: model, checkpoint, device, chip size, source."""
        engine = self.engine
        chip_size = engine.chip_size
        text = self.tr("{0} ({1}) · {2} · {3} · chips of {4} px · live on {5}") if self.live else self.tr("{0} ({1}) · {2} · {3} · chips of {4} px · folder {5}")
        shown = text.format(engine.spec.variant, engine.spec.model_type, os.path.basename(self.checkpoint_path), engine.device, chip_size, self.source_text)
        if engine.spec.variant == "lite_medsam":  # trained on boxes: a click alone gives a speck
            shown += self.tr(" · LiteMedSAM: drag a box around each object (a click alone gives a small speck)")
        return shown

    @property
    def live(self) -> bool:
        return self.engine is not None and self.engine.live

    def _begin(self, opening: concurrent.futures.Future) -> None:
        """The prompt history and query thread of an engine being opened: queries wait for it."""
        self.queries = QueryThread(lambda prompt, preview: self._run_query(opening.result(), prompt, preview))
        self.queries.resultReady.connect(self._on_result)
        self.queries.failed.connect(self._on_failed)
        self.history = PromptHistory(self._crs_text())
        self.show_result(None)

    def folder_extent(self) -> QgsRectangle:
        """The folder's extent in the canvas CRS (for 'Zoom to')."""
        b = self.engine.bounds
        return self._folder_to_canvas().transformBoundingBox(QgsRectangle(b.minx, b.miny, b.maxx, b.maxy))

    def _folder_to_canvas(self) -> QgsCoordinateTransform:
        return QgsCoordinateTransform(folder_crs(self.engine), self.canvas_crs(), QgsProject.instance())

    def set_result_color(self, color: QColor) -> None:
        """Colour of the result outline (its fill is the same colour, translucent)."""
        fill = QColor(color)
        fill.setAlpha(70)
        self.result_band.setStrokeColor(color)
        self.result_band.setFillColor(fill)

    def set_options(self, min_area: float, largest_only: bool, simplify: float) -> None:
        """The polygon filters (encoder.segment.vectorize.VectorOptions' fields) sent with every prompt."""
        self.options = {"min_area": min_area, "largest_only": largest_only, "simplify": simplify}

    # -------------------------------------------------------------- prompts
    def _run_query(self, engine, prompt: Prompt, preview: bool):
        """Query thread: prompts in the canvas CRS, polygons back in the canvas CRS (a hover preview never starts an encode)."""
        return engine.query(**prompt.query_kwargs(), output_crs=prompt.crs, options=self.options, continue_across_chips=not preview, preview=preview)

    def show_chips(self, visible: bool) -> None:
        """The chips on the map: a folder's, live mode's encoded ones; a view session's as ready (dashed), being
        encoded (orange) and queued (dotted grey: up to MAX_QUEUED_DRAWN chips in all). What the worker must say
        (live mode's chips, a view session's states) is asked off the GUI thread and drawn when it arrives."""
        self.chips_visible = visible
        if not visible or self.engine is None:
            self._draw_chips([])
            return
        if not self.live:  # a folder's chips are known here
            self._draw_chips([(chip, "ready") for chip in self.engine.chips])
            return
        if self._chips_asked:  # an answer is on its way: one more question after it
            self._chips_again = True
            return
        engine = self.engine
        self._chips_asked = True

        def ask() -> list:
            if not engine.view_session:
                return [(chip, "ready") for chip in engine.encoded_chips()]
            chips = engine.chips  # in chip id order
            if len(chips) <= MAX_QUEUED_DRAWN:
                return list(zip(chips, engine.view(detail=True).states))
            # The ready ones (as live mode draws them) and those being encoded.
            return [(chip, "ready") for chip in engine.encoded_chips()] + [(chips[i], "encoding") for i in engine.view().encoding_ids]

        def arrived(drawn, error) -> None:
            self._chips_asked = False
            if engine is not self.engine or not self.chips_visible:
                return
            if error is None:  # a worker that is gone: the next poll or click says so
                self._draw_chips(drawn)
            if self._chips_again:
                self._chips_again = False
                self.show_chips(True)

        off_gui_thread(ask, arrived, "GeoSAM chips")

    def _draw_chips(self, drawn: list) -> None:
        """[(chip, state)] in the folder's CRS onto the map: ready dashed, encoding orange, queued dotted grey."""
        for band in (self.chip_band, self.encoding_band, self.queued_band):
            band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if not drawn:
            return
        bands = {"ready": self.chip_band, "encoding": self.encoding_band, "queued": self.queued_band}
        transform = self._folder_to_canvas()
        for chip, state in drawn:
            geometry = _footprint(chip, transform) if state in bands else None
            if geometry is not None:
                bands[state].addGeometry(geometry, None)

    def _ready(self) -> bool:
        """A prompt can be taken: a session is open, or being opened (the prompt then waits for it in the queue)."""
        if self.history is None:
            self.message.emit(self.tr("Load a feature folder first."), Qgis.MessageLevel.Warning)
            return False
        if self.history.crs != self._crs_text():  # the project CRS changed: prompts in the old CRS are void
            self.history = PromptHistory(self._crs_text())
        return True

    def add_point(self, x: float, y: float, label: int) -> None:
        if self._ready():
            self.fetch_first(x, y)
            self._submit(self.history.add_point(x, y, label))

    def set_box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        if self._ready():
            self._submit(self.history.set_box(x0, y0, x1, y1))

    def hover(self, x: float, y: float) -> None:
        """Preview the mask that a foreground click here would give (latest position wins)."""
        if self.engine is None or self.queries is None or self.history.crs != self._crs_text():
            return
        current = self.history.current
        self.queries.submit(Prompt(current.crs, current.points + ((x, y, 1),), current.box), preview=True)

    def undo(self) -> None:
        if self.history:
            self._submit(self.history.undo())

    def redo(self) -> None:
        if self.history:
            self._submit(self.history.redo())

    def clear(self) -> None:
        if self.history:
            self._submit(self.history.clear())

    def shortcut(self, action: str) -> None:
        {"undo": self.undo, "redo": self.redo, "clear": self.clear, "save": self.save}.get(action, lambda: None)()

    def _submit(self, prompt: Prompt) -> None:
        self.draw_prompt(prompt)
        if prompt.empty:
            self._latest_commit = -1  # answers still on their way belong to a prompt that is gone
            self.queries.cancel_previews()
            self.show_result(None)
            self.changed.emit()
            return
        self._latest_commit = self.queries.submit(prompt)
        if self.live:  # the first click in an area encodes its chip: seconds with nothing else to see
            self.busy.emit(self.tr("Segmenting (the first click in an area encodes its chip)"), -1.0)
        self.changed.emit()

    def _on_result(self, request_id: int, kind: str, result) -> None:
        if kind == "preview":
            if self.canvas.mapTool() is not self.tool:
                return  # answered after the tool was left
            self.preview = result
            self._set_band(self.preview_band, result)
            return
        if request_id != self._latest_commit:
            return  # an older click's answer: a newer prompt is on its way
        self.show_result(result)
        if self.live:
            self.busy.emit("", 0.0)
            if self.chips_visible:
                self.show_chips(True)
        if self.nothing_found:
            self.message.emit(self.nothing_found_text(), Qgis.MessageLevel.Info)
        self.changed.emit()

    @property
    def nothing_found(self) -> bool:
        """The prompt shown was answered with no polygon (the dock keeps its notice until a result or Esc replaces it)."""
        return self.result is not None and not self.result.polygons

    def nothing_found_text(self) -> str:
        return self.tr("Nothing found at this prompt: no mask passed (try another point, or a box).")

    def _on_failed(self, request_id: int, kind: str, text: str, error_kind: str) -> None:
        if self.engine is None:
            return  # the open failed (its message says why) or was superseded: the prompts that waited for it are void
        if kind != "commit":
            if self.view_session and error_kind == ErrorKind.NOT_ENCODED:  # a view session's chip not ready yet
                self.busy.emit(self.tr("Encoding this area… (click to encode it first)"), -1.0)
            return  # a preview outside the folder is simply not shown
        self.busy.emit("", 0.0)
        self.message.emit(text, Qgis.MessageLevel.Warning)
        if request_id == self._latest_commit and self.history is not None:
            # The refused point or box is taken back, so the next click works on the previous prompt.
            self.draw_prompt(self.history.revert())
            self.changed.emit()

    def clear_preview(self) -> None:
        """The cursor left the canvas or the tool changed: no preview stays on the map."""
        if self.queries is not None:
            self.queries.cancel_previews()
        self.preview = None
        if self.preview_band is not None:
            self.preview_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def _tool_deactivated(self) -> None:
        self.clear_preview()
        self.toolActive.emit(False)

    # -------------------------------------------------------------- drawing
    def show_result(self, result) -> None:
        self.result = result
        self._set_band(self.result_band, result)
        self.preview_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def _set_band(self, band: QgsRubberBand, result) -> None:
        band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if result is None or not result.polygons:
            return
        for polygon in result.polygons:
            band.addGeometry(wkb_geometry(polygon), None)

    def draw_prompt(self, prompt: Prompt) -> None:
        from qgis.core import QgsPointXY

        self.fg_band.reset(QgsWkbTypes.GeometryType.PointGeometry)
        self.bg_band.reset(QgsWkbTypes.GeometryType.PointGeometry)
        for x, y, label in prompt.points:
            (self.fg_band if label == 1 else self.bg_band).addPoint(QgsPointXY(x, y))
        self.box_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if prompt.box is not None:
            self.box_band.addGeometry(QgsGeometry.fromRect(QgsRectangle(*prompt.box)), None)

    def _draw_drag(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.box_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.box_band.addGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)), None)

    # ------------------------------------------------------------- teardown
    def _stop_worker(self) -> None:
        """The query queue stops; a query under way ends in its thread, its answer dropped by the stopped queue."""
        self.busy.emit("", 0.0)
        if self.queries is not None:
            self.queries.stop()
            self.queries = None

    def _close_engine(self) -> None:
        """The folder (or live raster) in use is forgotten by the worker process (its memory freed there), off the
        GUI thread; an engine still being opened is closed when it arrives."""
        if self._opening is not None:
            opening, self._opening = self._opening, None
            opening.cancel()  # prompts waiting for it are dropped
        if self.engine is not None:
            off_gui_thread(self.engine.close, lambda _result, _error: None, "GeoSAM close")  # a worker that is gone has forgotten it already
            self.engine = None

    def unload(self) -> None:
        """Stop the query thread, forget the folder in the worker and destroy what this controller drew, while the canvas still exists."""
        from qgis.PyQt import sip

        self.view_timer.stop()
        self._stop_worker()
        self._close_engine()
        self._preparing = None
        if self.encode_task is not None:  # finished chips stay; the same encode resumes later
            self.encode_task.on_finished = None
            self.encode_task.cancel()
            self.encode_task = None
        if self.measure_task is not None:
            self.measure_task.on_finished = None
            self.measure_task.cancel()
            self.measure_task = None
        self.stop_fetch()
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        for band in (self.result_band, self.preview_band, self.box_band, self.fg_band, self.bg_band, self.chip_band, self.encoding_band, self.queued_band):
            self.canvas.scene().removeItem(band)
            sip.delete(band)
        self.result_band = self.preview_band = self.box_band = self.fg_band = self.bg_band = self.chip_band = self.encoding_band = self.queued_band = None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's Dates: rasters of one place on several dates, each encoded once into a feature folder of its own, and one
object followed through them from a prompt on one date (SAM 2's memory in the worker, encoder/segment/follow.py).
One part of the dock's controller (dock/controller.py wires it).

The date shown (show) is that date's raster made visible (the list's others hidden), its feature folder loaded into
the session (so the Segment tool answers on that date at once) and the object's outline there drawn on the map.
follow(prompt): the prompt drawn on the date shown starts the object (on its first date) or corrects it (on another
date: SAM 2 propagates again from there, as its video tool does); results() is what S saves, one feature per date.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...encoder.protocol import FollowDates, Rasters
from ..engine_crs import wkb_geometry
from ..layer_source import raster_path
from .off_thread import off_gui_thread
from .session import EngineSession, crs_text
from .worker_task import WorkerTask


@dataclass
class DateRow:
    """One raster of the list: its layer in the project, its file, and its date (typed, or as its file says)."""

    layer_id: str
    path: str  # a web layer's: its tile cache once Encode dates… fetched it ("" before)
    name: str
    date: str = ""
    source: str = ""  # where the date came from: "metadata KEY", "file name", "layer name", "typed", or "" (none yet)
    web: bool = False  # a layer that is not a file (XYZ, WMS, WMTS, ...): fetched on the dates' grid when they are encoded


@dataclass
class DatesResult:
    """What S saves: the outlines found (WKB in the canvas CRS of the follow) with their fields.FOLLOW attributes."""

    polygons: list
    attributes: list


class DatesTask(WorkerTask):
    """A request to the worker's long lane (encode_dates, follow_dates) as a QGIS task with progress and cancel."""

    failure = "Encoding or following the dates failed unexpectedly"

    def __init__(self, description: str, call, on_finished) -> None:
        super().__init__(description, on_finished, finish_at_quit=True)
        self.call = call

    def work(self):
        return self.ask(self.call)


def fetch_then_encode(fetchers: list, request: Rasters, progress, cancelled, **options):
    """The task's work: the web layers' tiles fetched (the first 30 % of its progress when there are any), then every
    date encoded by the worker (encode_dates). None: cancelled."""
    from ..engine.api import EngineApi

    share = 30.0 if fetchers else 0.0
    for n, fetcher in enumerate(fetchers):
        fetcher.run(cancelled=cancelled, progress=lambda done, total, n=n: progress(share * (n + done / max(total, 1)) / len(fetchers)))
        if cancelled():
            return None
    return EngineApi().encode_dates(request, progress=lambda percent: progress(share + (100.0 - share) * percent / 100.0), cancelled=cancelled, **options)


class DateList(QObject):
    """The Dates list: rasters of one place (rows), each with its date as its file says or as the user typed it. Its
    texts are in FollowedDates's context (PyQt's tr looks in the class of the instance)."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    busy = pyqtSignal(str, float)
    changed = pyqtSignal()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[DateRow] = []

    @property
    def running(self) -> bool:
        """Work on the list is under way (FollowedDates: an encode or a follow): the list stays as it is meanwhile."""
        return False

    def _busy_refusal(self) -> bool:
        if self.running:
            self.message.emit(QCoreApplication.translate("FollowedDates", "The dates are being encoded or followed: wait for it, or cancel it in the task manager."), Qgis.MessageLevel.Info)
        return self.running

    # ---------------------------------------------------------------- the list
    def add_layer(self, layer) -> bool:
        """A raster layer of the project as a date; its date read by the worker, off the GUI thread: a file's from its
        metadata, else its name; a web layer's (XYZ, WMS, WMTS, ...) from its name (Esri Wayback's "World Imagery
        (Wayback 2022-08-01)"). A web layer is fetched on the dates' grid when they are encoded (FollowedDates)."""
        from ..engine.layer_pixels import is_file_layer

        if self._busy_refusal():
            return False
        if layer is None:
            self.message.emit(QCoreApplication.translate("FollowedDates", "Choose a raster layer in the Raster box (2. Source) first."), Qgis.MessageLevel.Info)
            return False
        web = not is_file_layer(layer)
        if self._listed(raster_path(layer) if not web else "", layer.name(), layer.id()):
            return False
        row = DateRow(layer.id(), raster_path(layer) if not web else "", layer.name(), web=web)
        self.rows.append(row)
        self._reset()
        self._read_date(row)
        return True

    def add_file(self, path: str) -> bool:
        """A raster file as a date: added to the project as a layer (the date slider shows it), then as add_layer."""
        if self._busy_refusal() or self._listed(path, os.path.basename(path), ""):
            return False
        layer = QgsRasterLayer(path, os.path.splitext(os.path.basename(path))[0])
        if not layer.isValid():
            self.message.emit(QCoreApplication.translate("FollowedDates", "{0} is not a raster QGIS can read: choose a GeoTIFF or another raster file.").format(path), Qgis.MessageLevel.Warning)
            return False
        QgsProject.instance().addMapLayer(layer)
        return self.add_layer(layer)

    def _listed(self, path: str, name: str, layer_id: str) -> bool:
        """The raster (a file by its path, a web layer by its layer) is in the list already (said in one line)."""
        if any((path and row.path and os.path.abspath(row.path) == os.path.abspath(path)) or (row.web and row.layer_id == layer_id) for row in self.rows):
            self.message.emit(QCoreApplication.translate("FollowedDates", "{0} is in the list already.").format(name), Qgis.MessageLevel.Info)
            return True
        return False

    def remove(self, index: int) -> None:
        if not self._busy_refusal() and 0 <= index < len(self.rows):
            del self.rows[index]
            self._reset()

    def set_date(self, index: int, text: str) -> None:
        """The user's date for a row (YYYY-MM-DD; empty: as the file says, read again). The worker checks it when
        the dates are encoded (a text with no date in it is refused there in one line)."""
        row = self.rows[index]
        text = text.strip()
        if text == row.date or self._busy_refusal():
            self.changed.emit()  # the table shows the date as it is
            return
        row.date, row.source = text, "typed" if text else ""
        self._reset()
        if not text:
            self._read_date(row)

    def _read_date(self, row: DateRow) -> None:
        from ..engine.api import EngineApi

        def done(read, error) -> None:
            if error is not None or row not in self.rows or row.source == "typed":
                return  # the date stays empty: the list's order, or a date typed in meanwhile
            row.date, row.source = read.dates[0], ("layer name" if row.web and read.dates[0] else read.sources[0])
            self.changed.emit()

        # A web layer's date is in its name: the worker reads it from that text as it reads a file's name.
        off_gui_thread(lambda: EngineApi().read_dates([row.name if row.web else row.path]), done, "GeoSAM read date")

    def _given_dates(self) -> list | None:
        """The dates as the list shows them (typed or read); None where none has one (the list's order is time)."""
        dates = [row.date if not row.date.startswith("date ") else "" for row in self.rows]
        return dates if any(dates) else None

    def _reset(self) -> None:
        self.changed.emit()


class FollowedDates(DateList):
    """The Dates list (DateList), its feature folders once encoded (encoded: DatesRead, the dates in date order), the
    date shown, and the object followed: its first prompt, its corrections by date, and its outlines on every date."""

    followed = pyqtSignal()  # an object's outlines came back: the prompt drawn for it has done its work

    def __init__(self, canvas, session: EngineSession) -> None:
        super().__init__()
        self.canvas = canvas
        self.session = session
        self.encoded = None  # protocol.DatesRead: the dates in date order, their folders, order (row of each)
        self.checkpoint = ""
        self.folders_root = ""
        self.shown = 0
        self.start: dict | None = None  # the object's first prompt {"on", "points", "labels", "box"}
        self.corrections: dict = {}  # date -> a prompt on it
        self.crs = ""  # the prompts' CRS (the canvas's when they were drawn)
        self.outlines: list = []  # (WKB or b"", attributes) a date, in date order, in output_crs
        self.output_crs = ""
        self.device: str | None = None
        self.task: DatesTask | None = None
        self._generation = 0  # a new object (or list): a follow's answer for the old one is dropped
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(0, 160, 255, 200))
        self.band.setFillColor(QColor(0, 160, 255, 60))
        self.band.setWidth(2)

    def _reset(self) -> None:
        """The list changed: folders, the object and its outlines are for another list; the rasters the date shown
        had hidden are shown again."""
        if self.encoded is not None:
            self._show_rows(lambda _row: True)
        self.encoded = None
        self.new_object()

    # ---------------------------------------------------------------- encoding
    @property
    def running(self) -> bool:
        return self.task is not None

    def encode(self, checkpoint: str, folders_root: str, device: str | None = None) -> bool:
        """Every date into a feature folder of its own under folders_root, on the first date's grid, as a task
        (resumable: a date encoded before is not encoded again); then the first date is shown."""

        if len(self.rows) < 2:
            self.message.emit(self.tr("Add at least two rasters of the same place, one per date."), Qgis.MessageLevel.Info)
            return False
        if self._busy_refusal():
            return False
        fetchers = self._web_fetchers(folders_root)
        if fetchers is None:
            return False
        request = Rasters([os.path.abspath(r.path) for r in self.rows], self._given_dates(), os.path.abspath(checkpoint), os.path.abspath(folders_root), device)

        def done(ok: bool, text: str, read) -> None:
            self.task = None
            self.busy.emit("", 0.0)
            if not ok:
                self.message.emit(text or self.tr("Encoding the dates was cancelled: Encode dates… again resumes it."), Qgis.MessageLevel.Warning)
                self.changed.emit()
                return
            self.encoded, self.checkpoint, self.folders_root, self.device = read, checkpoint, folders_root, device
            for date, source, row in zip(read.dates, read.sources, read.order):
                if not self.rows[row].date:  # none read from its file: the list's order ("date 2")
                    self.rows[row].date, self.rows[row].source = date, source
            self.message.emit(self.tr("{0} dates encoded into {1}: draw the object on a date with the Segment tool, then Follow.").format(len(read.dates), folders_root), Qgis.MessageLevel.Success)
            self.show(0)

        self._start(self.tr("Encoding {0} dates").format(len(self.rows)), lambda **options: fetch_then_encode(fetchers, request, **options), done)
        return True

    def _web_fetchers(self, folders_root: str) -> list | None:
        """The web layers' fetches (TileFetcher, made here on the GUI thread, run in the task), each over the earliest
        file date's extent, on its CRS and pixel size (the dates' grid), into a tile cache under folders_root
        (layer_pixels.web_cache_name, resumable) that becomes the row's raster; as Processing's geosam:followdates does. None: refused in one line
        (no file among the dates, a web layer without a date, a layer gone from the project, a provider's error)."""
        from ..engine.layer_pixels import LayerSourceError, TileFetcher, layer_grid, prepare_cache, source_definition, web_cache_name

        web = [row for row in self.rows if row.web]
        if not web:
            return []
        files = sorted((row for row in self.rows if not row.web), key=lambda row: row.date or "~")  # YYYY-MM-DD sorts as text
        project = QgsProject.instance()
        first = (project.mapLayer(files[0].layer_id) or QgsRasterLayer(files[0].path, files[0].name)) if files else None  # its layer, or its file
        if first is None or not first.isValid():
            self.message.emit(self.tr("Add a raster file among the dates: web layers are fetched over its extent, on its grid."), Qgis.MessageLevel.Warning)
            return None
        fetchers = []
        for row in web:
            layer = project.mapLayer(row.layer_id)
            if layer is None or not row.date:
                self.message.emit((self.tr("{0} has no date in its name: double-click its date in the list and type it (YYYY-MM-DD).") if layer is not None
                                   else self.tr("{0} is no longer in the project: add it again, or remove its row.")).format(row.name), Qgis.MessageLevel.Warning)
                return None
            try:
                grid = layer_grid(layer, first.extent(), first.rasterUnitsPerPixelX(), first.crs(), project.transformContext())
                cache = prepare_cache(os.path.join(folders_root, web_cache_name(layer)), grid, source_definition(layer, grid))
            except LayerSourceError as exc:
                self.message.emit(str(exc), Qgis.MessageLevel.Warning)
                return None
            row.path = str(cache)  # the date's raster from now on: the worker reads the cache like a file
            fetchers.append(TileFetcher(layer, grid, cache, project.transformContext()))
        return fetchers

    def _start(self, what: str, call, done) -> None:
        task = DatesTask(f"GeoSAM: {what}", call, done)
        task.progressChanged.connect(lambda percent: self.busy.emit(what, percent if percent > 0 else -1.0))
        self.task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(what, -1.0)
        self.changed.emit()

    # ---------------------------------------------------------------- the date shown
    @property
    def labels(self) -> list:
        return list(self.encoded.dates) if self.encoded is not None else []

    def show(self, index: int) -> None:
        """Date `index` (in date order): its raster alone visible of the list's, its folder loaded for the Segment
        tool, the object's outline there drawn."""
        if self.encoded is None or not 0 <= index < len(self.encoded.dates):
            return
        self.shown = index
        self._show_rows(lambda i: i == self.encoded.order[index])
        self.session.load_folder(self.encoded.folders[index], self.checkpoint)
        self._draw()
        self.changed.emit()

    def _show_rows(self, visible) -> None:
        """The list's layers shown or hidden in the Layers panel: visible(row's place in the list)."""
        root = QgsProject.instance().layerTreeRoot()
        for i, row in enumerate(self.rows):
            node = root.findLayer(row.layer_id)
            if node is not None:
                node.setItemVisibilityChecked(visible(i))

    def _draw(self) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if self.shown < len(self.outlines) and self.outlines[self.shown][0]:
            from qgis.core import QgsCoordinateReferenceSystem

            self.band.setToGeometry(wkb_geometry(self.outlines[self.shown][0]), QgsCoordinateReferenceSystem(self.output_crs))

    def shown_text(self) -> str:
        """One line on the date shown: its date, its place, the object's area there and its change."""
        if self.encoded is None:
            return self.tr("Add two or more rasters of one place, then Encode dates…")
        date = self.encoded.dates[self.shown]
        text = self.tr("{0} ({1} of {2})").format(date, self.shown + 1, len(self.encoded.dates))
        if self.shown < len(self.outlines):
            attributes = self.outlines[self.shown][1]
            if not attributes.get("found"):
                return text + " · " + self.tr("the object is not there on this date")
            text += " · " + self.tr("{0:,.0f} m²").format(attributes.get("area_m2") or 0)
            if attributes.get("change_m2") is not None:
                text += " · " + self.tr("{0:+,.0f} m² since the date before").format(attributes["change_m2"])
        return text

    # ---------------------------------------------------------------- following
    def follow(self, prompt) -> bool:
        """The prompt drawn on the date shown (prompt_history.Prompt) starts the object (the first time, or again on
        its first date) or corrects it on this date; the worker follows it through every date (a task)."""
        from ..engine.api import EngineApi

        if self.encoded is None:
            self.message.emit(self.tr("Encode the dates first (Encode dates…)."), Qgis.MessageLevel.Info)
            return False
        if prompt is None or prompt.empty:
            self.message.emit(self.tr("Draw the object on the date shown first: a click on it or a box around it (Segment tool)."), Qgis.MessageLevel.Info)
            return False
        if self._busy_refusal():
            return False
        on = str(self.shown + 1)  # its place in date order: two rasters may share a date
        drawn = {"on": on, **{k: v for k, v in prompt.query_kwargs().items() if k != "crs"}}  # points, labels, box
        if self.start is not None and prompt.crs != self.crs:
            self.message.emit(self.tr("The map's CRS changed since the object was started: New object, then draw it again."), Qgis.MessageLevel.Warning)
            return False
        if self.start is None or self.start["on"] == on:
            self.start, self.crs = drawn, prompt.crs
        else:
            self.corrections[on] = drawn
        corrections = [self.corrections[on] for on in sorted(self.corrections, key=int) if on != self.start["on"]]
        rows = self.rows
        output_crs = crs_text(self.canvas)
        # The folders encode_dates made, read as they are (no date encoded again), their dates in date order.
        request = FollowDates([os.path.abspath(r.path) for r in rows], os.path.abspath(self.checkpoint), os.path.abspath(self.folders_root),
                              [{"object_id": "1", **self.start, "corrections": corrections}], self.crs, list(self.encoded.dates), output_crs,
                              self.device, list(self.encoded.folders))
        generation = self._generation

        def done(ok: bool, text: str, answer) -> None:
            self.task = None
            self.busy.emit("", 0.0)
            if generation != self._generation:  # New object meanwhile: this answer is for the old one
                self.changed.emit()
                return
            if not ok:
                self.message.emit(text or self.tr("Following was cancelled."), Qgis.MessageLevel.Warning)
                self.changed.emit()
                return
            reply, payloads = answer
            self.outlines, self.output_crs = list(zip(payloads, reply.attributes)), output_crs
            found = sum(1 for _, a in self.outlines if a.get("found"))
            self.message.emit(self.tr("The object on {0} of {1} dates ({2}): move the slider to see each; a prompt on another date corrects it there; S saves every date.")
                              .format(found, len(self.outlines), reply.attributes[0].get("method", "") if reply.attributes else ""), Qgis.MessageLevel.Success)
            self._draw()
            self.followed.emit()
            self.changed.emit()

        what = self.tr("Following the object through {0} dates").format(len(rows)) if not corrections else self.tr("Following again from {0} correction(s)").format(len(corrections))
        self._start(what, lambda **options: EngineApi().follow_dates(request, **options), done)
        return True

    def results(self) -> list:
        """What S saves: the outline on each date where the object is there (a date where it vanished has none)."""
        kept = [(wkb, attributes) for wkb, attributes in self.outlines if wkb]
        return [DatesResult([w for w, _ in kept], [a for _, a in kept])] if kept else []

    def new_object(self) -> None:
        """The object followed is forgotten (saved, or the user starts another); a follow under way for it is
        dropped when it answers."""
        self.start, self.corrections, self.outlines = None, {}, []
        self._generation += 1
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.changed.emit()

    def unload(self) -> None:
        if self.task is not None:
            self.task.on_finished = None
            self.task.cancel()
            self.task = None
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.canvas.scene().removeItem(self.band)

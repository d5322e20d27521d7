# SPDX-License-Identifier: GPL-2.0-or-later
"""A feature folder (or a raster in live mode) opened in the worker, seen from QGIS: what the dock and Processing use.

RemoteEngine holds what the worker said of the folder (CRS, extent, chips, model) and forwards prompts to it through
the EngineClient; results come back as WKB polygons with their attributes. When the worker has been restarted (it was
killed, or crashed), the folder is opened again in the new one before the next prompt, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

from ...encoder import protocol as p
from .api import EngineApi, absolute
from .client import EngineClient, WorkerDied, shared_client


@dataclass(frozen=True)
class Extent:
    minx: float
    miny: float
    maxx: float
    maxy: float


@dataclass(frozen=True)
class RemoteChip:
    bounds: Extent
    chip_size: int


@dataclass
class RemoteResult:
    """One prompt's answer: polygons as WKB (in the output CRS asked for) with one attribute dict each."""

    polygons: list[bytes]
    attributes: list[dict]


class RemoteEngine:
    """open_folder() / open_raster() / open_view() make one (blocking: call them off the GUI thread); query() answers
    prompts; close() forgets it in the worker."""

    def __init__(self, client: EngineClient, op: str, request: p.Message) -> None:
        self.client = client
        self.api = EngineApi(client)
        self.op = op
        self.request = request
        self.session = None
        self.generation = -1
        self.info: p.Opened | None = None
        self.chips_encoded = 0
        self._open()

    @classmethod
    def open_folder(cls, folder: str, checkpoint: str | None = None, decoder: str = "fast", warm: bool = True, client: EngineClient | None = None) -> RemoteEngine:
        """decoder: 'fast' (the dock's) or 'torch' (the reference predictors' own); warm: one query at opening, so the first click is fast."""
        return cls(client or shared_client(), "open_folder", p.OpenFolder(absolute(folder), absolute(checkpoint), decoder, warm))

    @classmethod
    def open_raster(cls, raster: str, checkpoint: str, device: str | None = None, precision: str = "float32", client: EngineClient | None = None) -> RemoteEngine:
        return cls(client or shared_client(), "open_raster", p.OpenRaster(absolute(raster), absolute(checkpoint), device, precision))

    @classmethod
    def open_view(cls, raster: str, checkpoint: str, folder: str, view=None, device: str | None = None, precision: str = "float32", paused: bool = False,
                  client: EngineClient | None = None, chip_size: int | None = None, stride: int | None = None, limit: int | None = None) -> RemoteEngine:
        """A view-first session: the raster encoded into folder in the background, nearest view (x, y, crs) first;
        clicks answered from the chips that are ready (a click on another chip puts it first and waits for it)."""
        request = p.OpenView(absolute(raster), absolute(checkpoint), absolute(folder), view=list(view) if view else None, device=device, precision=precision,
                             paused=paused, chip_size=chip_size, stride=stride, limit=limit)
        return cls(client or shared_client(), "open_view", request)

    @property
    def view_session(self) -> bool:
        return self.info.view

    def view(self, centre=None, paused: bool | None = None, detail: bool = False, limit: int | None = None) -> p.ViewStatus:
        """A view session's status (ready, nodata, encoding, queued, total, chips_per_s, eta_s, paused, finished, error,
        with detail also order and states); centre (x, y, crs) moves its queue to the view, paused stops or resumes its
        background order, limit N lets the background order encode at most N chips from the session's start (0: the
        whole raster; clicks always encode theirs). A worker that was restarted opens the session again (chips written
        stay; the encode resumes)."""
        centre = list(centre) if centre is not None else None
        # A session opened again starts from the latest view, pause and limit.
        self.request.view = centre or self.request.view
        self.request.paused = self.request.paused if paused is None else paused
        self.request.limit = self.request.limit if limit is None else limit
        self._ensure_open()
        return self.api.view(p.View(self.session, view=centre, paused=paused, limit=limit, detail=detail))

    def _open(self) -> None:
        opener = {"open_folder": self.api.open_folder, "open_raster": self.api.open_raster, "open_view": self.api.open_view}[self.op]
        self.info = opener(self.request)
        self.session = self.info.session
        self.generation = self.client.generation

    def _ensure_open(self) -> None:
        if self.generation != self.client.generation or not self.client.running:
            self.client.start()
            self._open()

    # ----------------------------------------------------------------------------------- what it is
    @property
    def live(self) -> bool:
        return self.info.live

    @property
    def crs(self) -> str:
        """The folder's (or raster's) CRS as text (EPSG:xxxx or WKT)."""
        return self.info.crs

    @property
    def bounds(self) -> Extent:
        return Extent(*self.info.bounds)

    @property
    def chips(self) -> list[RemoteChip]:
        return [RemoteChip(Extent(*b), self.info.chip_size) for b in self.info.chips]

    @property
    def chip_size(self) -> int:
        return self.info.chip_size

    @property
    def model_variant(self) -> str:
        return self.info.model_variant

    @property
    def model_type(self) -> str:
        return self.info.model_type

    @property
    def spec(self):
        return SimpleNamespace(variant=self.model_variant, model_type=self.model_type)

    @property
    def checkpoint_path(self) -> str:
        return self.info.checkpoint_path

    @property
    def device(self) -> str:
        return self.info.device

    @property
    def precision(self) -> str:
        return self.info.precision

    @property
    def reads_text(self) -> bool:
        return self.info.feature_kind == "sam3"

    @property
    def folder_path(self) -> str:
        return self.info.folder

    @property
    def note(self) -> str:
        return self.info.note

    # ------------------------------------------------------------------------------------- prompts
    def query(self, points=None, labels=None, box=None, crs=None, output_crs=None, options: dict | None = None, continue_across_chips: bool = True,
              preview: bool = False) -> RemoteResult:
        """Prompts in `crs` (text) -> polygons in `output_crs`. A worker that was restarted gets the folder again
        first. A chip not encoded yet: EngineError of kind ErrorKind.NOT_ENCODED."""
        self._ensure_open()
        request = p.Query(
            self.session, points=[list(map(float, xy)) for xy in points] if points else None, labels=[int(v) for v in labels] if labels else None,
            box=[float(v) for v in box] if box is not None else None, crs=crs, output_crs=output_crs, options=options,
            continue_across_chips=continue_across_chips, preview=preview,
        )
        try:
            answer, polygons = self.api.query(request)
        except WorkerDied:
            self.generation = -1  # reopened in a new worker on the next prompt
            raise
        if answer.chips_encoded is not None:
            self.chips_encoded = answer.chips_encoded
        return RemoteResult(polygons, list(answer.attributes))

    def check_text(self, text: str, examples=None) -> p.TextChecked:
        """A text / example search checked by the worker before it starts (text, concept), or a one-line EngineError."""
        self._ensure_open()
        return self.api.check_text(self.session, text, examples)

    def encoded_chips(self) -> list[RemoteChip]:
        """The chips that answer prompts now (live mode: those encoded so far), for drawing their footprints."""
        self._ensure_open()
        reply = self.api.chips(self.session)
        if reply.chips_encoded is not None:
            self.chips_encoded = reply.chips_encoded
        return [RemoteChip(Extent(*b), self.chip_size) for b in reply.chips]

    def close(self) -> None:
        if self.client.running and self.generation == self.client.generation:
            try:
                self.api.close(self.session)
            except WorkerDied:
                pass

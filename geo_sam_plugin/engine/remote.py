# SPDX-License-Identifier: GPL-2.0-or-later
"""A feature folder (or a raster in live mode) opened in the worker, seen from QGIS: what the dock and Processing use.

RemoteEngine holds what the worker said of the folder (CRS, extent, chips, model) and forwards prompts to it through
the EngineClient; results come back as WKB polygons with their attributes. When the worker has been restarted (it was
killed, or crashed), the folder is opened again in the new one before the next prompt, once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from types import SimpleNamespace

from .client import EngineClient, EngineError, WorkerDied, shared_client


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
    score: float = 0.0
    chip_ids: list[int] = field(default_factory=list)
    chip_prompts: list = field(default_factory=list)


def _absolute(path: str | None) -> str | None:
    return os.path.abspath(os.fspath(path)) if path else None


class RemoteEngine:
    """open_folder() / open_raster() make one; query() answers prompts; close() forgets it in the worker."""

    def __init__(self, client: EngineClient, op: str, args: dict) -> None:
        self.client = client
        self.op = op
        self.args = args
        self.session = None
        self.generation = -1
        self.info: dict = {}
        self.chips_encoded = 0
        self._open()

    @classmethod
    def open_folder(cls, folder: str, checkpoint: str | None = None, decoder: str = "fast", warm: bool = True, client: EngineClient | None = None) -> RemoteEngine:
        """decoder: 'fast' (the dock's) or 'torch' (the reference predictors' own); warm: one query at opening, so the first click is fast."""
        return cls(client or shared_client(), "open_folder", {"folder": _absolute(folder), "checkpoint": _absolute(checkpoint), "decoder": decoder, "warm": warm})

    @classmethod
    def open_raster(cls, raster: str, checkpoint: str, device: str | None = None, precision: str = "float32", client: EngineClient | None = None) -> RemoteEngine:
        return cls(client or shared_client(), "open_raster", {"raster": _absolute(raster), "checkpoint": _absolute(checkpoint), "device": device, "precision": precision})

    @classmethod
    def open_view(cls, raster: str, checkpoint: str, folder: str, view=None, device: str | None = None, precision: str = "float32", paused: bool = False,
                  client: EngineClient | None = None, **grid) -> RemoteEngine:
        """A view-first session: the raster encoded into folder in the background, nearest view (x, y, crs) first;
        clicks answered from the chips that are ready (a click on another chip puts it first and waits for it)."""
        args = {"raster": _absolute(raster), "checkpoint": _absolute(checkpoint), "folder": _absolute(folder), "view": list(view) if view else None, "device": device,
                "precision": precision, "paused": paused, **grid}  # grid: chip_size, stride (default: the model's)
        return cls(client or shared_client(), "open_view", args)

    @property
    def view_session(self) -> bool:
        return bool(self.info.get("view"))

    def view(self, centre=None, paused: bool | None = None, detail: bool = False, limit: int | None = None) -> dict:
        """A view session's status ({ready, nodata, encoding, queued, total, chips_per_s, eta_s, paused, finished, error},
        with detail also order and states); centre (x, y, crs) moves its queue to the view, paused stops or resumes its background order,
        limit N lets the background order encode at most N chips from the session's start (0: the whole raster; clicks always encode theirs).
        A worker that was restarted opens the session again (chips written stay; the encode resumes)."""
        changes = {}
        if centre is not None:
            changes["view"] = list(centre)
        if paused is not None:
            changes["paused"] = paused
        if limit is not None:  # 0: no limit
            changes["limit"] = limit
        self.args.update(changes)  # a session opened again starts from the latest view and pause
        self._ensure_open()
        return self.client.request("view", {"session": self.session, "detail": detail, **changes}).result

    def _open(self) -> None:
        reply = self.client.request(self.op, self.args)
        self.info = reply.result
        self.session = reply.result["session"]
        self.generation = self.client.generation

    def _ensure_open(self) -> None:
        if self.generation != self.client.generation or not self.client.running:
            self.client.start()
            self._open()

    # ----------------------------------------------------------------------------------- what it is
    @property
    def live(self) -> bool:
        return bool(self.info.get("live"))

    @property
    def crs(self) -> str:
        """The folder's (or raster's) CRS as text (EPSG:xxxx or WKT)."""
        return self.info.get("crs", "")

    @property
    def bounds(self) -> Extent:
        return Extent(*self.info["bounds"])

    @property
    def chips(self) -> list[RemoteChip]:
        size = int(self.info.get("chip_size") or 0)
        return [RemoteChip(Extent(*b), size) for b in self.info.get("chips", [])]

    @property
    def chip_size(self) -> int:
        return int(self.info.get("chip_size") or 0)

    @property
    def model_variant(self) -> str:
        return self.info.get("model_variant", "")

    @property
    def model_type(self) -> str:
        return self.info.get("model_type", "")

    @property
    def spec(self):
        return SimpleNamespace(variant=self.model_variant, model_type=self.model_type)

    @property
    def checkpoint_path(self) -> str:
        return self.info.get("checkpoint_path", "")

    @property
    def device(self) -> str:
        return self.info.get("device", "")

    @property
    def precision(self) -> str:
        return self.info.get("precision", "float32")

    @property
    def reads_text(self) -> bool:
        return self.info.get("feature_kind") == "sam3"

    @property
    def folder_path(self) -> str:
        return self.info.get("folder", "")

    @property
    def note(self) -> str:
        return self.info.get("note", "")

    # ------------------------------------------------------------------------------------- prompts
    def query(self, points=None, labels=None, box=None, crs=None, output_crs=None, options: dict | None = None, continue_across_chips: bool = True,
              preview: bool = False) -> RemoteResult:
        """Prompts in `crs` (text) -> polygons in `output_crs`. A worker that was restarted gets the folder again first."""
        args = {
            "points": [list(map(float, p)) for p in points] if points else None, "labels": [int(v) for v in labels] if labels else None,
            "box": [float(v) for v in box] if box is not None else None, "crs": crs, "output_crs": output_crs, "options": options,
            "continue_across_chips": continue_across_chips, "preview": preview,
        }
        self._ensure_open()
        try:
            reply = self.client.request("query", dict(args, session=self.session))
        except WorkerDied:
            self.generation = -1  # reopened in a new worker on the next prompt
            raise
        result = reply.result
        if "chips_encoded" in result:
            self.chips_encoded = int(result["chips_encoded"])
        if result.get("not_encoded"):  # a hover preview over a chip live mode has not encoded: nothing to show
            raise EngineError(result["not_encoded"], "ChipNotEncoded")
        prompts = [SimpleNamespace(**p) for p in result.get("chip_prompts", [])]
        return RemoteResult(list(reply.blobs), list(result.get("attributes", [])), float(result.get("score", 0.0)), list(result.get("chip_ids", [])), prompts)

    def check_text(self, text: str, examples=None) -> dict:
        """A text / example search checked by the worker before it starts: {'text', 'concept'}, or a one-line EngineError."""
        self._ensure_open()
        return self.client.request("check_text", {"session": self.session, "text": text, "examples": examples}).result

    def encoded_chips(self) -> list[RemoteChip]:
        """Live mode: the chips encoded so far (for drawing their footprints)."""
        self._ensure_open()
        reply = self.client.request("chips", {"session": self.session})
        self.chips_encoded = int(reply.result.get("chips_encoded", self.chips_encoded))
        return [RemoteChip(Extent(*b), self.chip_size) for b in reply.result["chips"]]

    def close(self) -> None:
        if self.client.running and self.generation == self.client.generation:
            try:
                self.client.request("close", {"session": self.session}, timeout=30)
            except WorkerDied:
                pass

# SPDX-License-Identifier: GPL-2.0-or-later
"""EngineApi: the engine's operations as methods, the only caller of EngineClient.request in the plugin.

Each method builds its operation's request type (encoder/protocol.py), sends it, and reads the reply into its reply
type: a field the worker does not send, or one this plugin does not know, is a one-line EngineError of kind
ErrorKind.PROTOCOL naming it, never a silent default. The dock, its map tool and tasks, Processing, the model
manager and QGIS's start go through it; its methods block their calling thread, so the dock calls them off the GUI
thread (geo_sam_plugin/dock/off_thread.py).
"""

from __future__ import annotations

import os

from ...encoder import protocol as p
from ...encoder.protocol import ErrorKind, ProtocolError
from .client import OPERATION_DEADLINE, EngineClient, EngineError, shared_client


def absolute(path) -> str | None:
    """A path as the worker needs it (its working directory is the plugin's folder); None stays None."""
    return os.path.abspath(os.fspath(path)) if path else None


def encode_request(raster: str, checkpoint: str, output: str, *, crs: str | None = None, indexes=None, resolution: float | None = None,
                   model_type: str | None = None, scheduler: str = "", **builder) -> p.Encode:
    """The encode request, built here for the dock's EncodeTask and Processing's Encode raster alike. crs, indexes,
    resolution: how the raster is read (its own CRS and bands when None); builder: FeatureCacheBuilder's options
    (chip_size, stride, extent, value_range, batch_size, device, feature_dtype, precision, first_at, ...)."""
    dataset = {name: value for name, value in (("crs", crs), ("indexes", indexes), ("resolution", resolution)) if value is not None}
    return p.Encode(absolute(raster), absolute(checkpoint) or "", absolute(output), model_type=model_type, dataset=dataset, builder=builder, scheduler=scheduler)


class EngineApi:
    """The worker's operations, typed; client: the session's shared worker by default."""

    def __init__(self, client: EngineClient | None = None) -> None:
        self.client = client or shared_client()

    def _call(self, op: str, args: p.Message, long: bool = False, timeout=OPERATION_DEADLINE, blobs=(), **options) -> tuple[p.Message, list[bytes]]:
        """One request (with payloads: WKB polygons sent); its reply as the operation's reply type, and the reply's
        payloads (WKB polygons). options: long_request's progress, cancelled, on_event, discard_on_cancel."""
        wire = args.to_wire()
        if long:
            reply = self.client.long_request(op, wire, **options)
        else:
            reply = self.client.request(op, wire, blobs=blobs, timeout=timeout)
        try:
            return p.read_reply(op, reply.result), list(reply.blobs)
        except ProtocolError as exc:
            raise EngineError(str(exc), ErrorKind.PROTOCOL) from None

    # ------------------------------------------------------------------------------- the worker itself
    def hello(self) -> p.Hello:
        return self._call("hello", p.Empty())[0]

    def preload(self) -> None:
        """Import the engine's packages now (qgis_process asks while QGIS starts)."""
        self._call("preload", p.Empty())

    # -------------------------------------------------------------------------------------- folders
    def folder_info(self, folder: str) -> p.FolderInfo:
        """What a folder is (CRS, chips, model), without loading a decoder."""
        return self._call("folder_info", p.Folder(absolute(folder)))[0]

    def model_info(self, checkpoint: str, model_type: str | None = None) -> p.ModelInfo:
        """What a checkpoint is, and the chip size an encode with it uses by default (its stride: defaults.default_stride)."""
        return self._call("model_info", p.Checkpoint(absolute(checkpoint) or "", model_type))[0]

    def check_output(self, folder: str) -> None:
        """An EngineError in one line unless an encode may write into folder (empty, new, or the same encode to resume)."""
        self._call("check_output", p.Folder(absolute(folder)))

    # ------------------------------------------------------------------------------------- sessions
    def open_folder(self, request: p.OpenFolder) -> p.Opened:
        """A session on a feature folder (RemoteEngine.open_folder holds it)."""
        return self._call("open_folder", request)[0]

    def open_raster(self, request: p.OpenRaster) -> p.Opened:
        """A live-mode session (RemoteEngine.open_raster holds it)."""
        return self._call("open_raster", request)[0]

    def open_view(self, request: p.OpenView) -> p.Opened:
        """A view-first session (RemoteEngine.open_view holds it)."""
        return self._call("open_view", request)[0]

    def query(self, request: p.Query) -> tuple[p.Answer, list[bytes]]:
        """A prompt's polygons (WKB) and their attributes; a chip not encoded yet is an EngineError of kind NOT_ENCODED."""
        return self._call("query", request)

    def chips(self, session: int) -> p.Chips:
        return self._call("chips", p.Session(session))[0]

    def view(self, request: p.View) -> p.ViewStatus:
        return self._call("view", request)[0]

    def check_text(self, session: int, text: str | None, examples=None) -> p.TextChecked:
        return self._call("check_text", p.CheckText(session, text, examples))[0]

    def close(self, session: int) -> None:
        self._call("close", p.Session(session), timeout=30)

    # ---------------------------------------------------------------------------------- long work
    def encode(self, request: p.Encode, **options) -> p.Encoded:
        """options: progress(percent), cancelled(), on_event(event: plan, log, progress)."""
        return self._call("encode", request, long=True, **options)[0]

    def everything(self, request: p.Everything, **options) -> tuple[p.Polygons, list[bytes]]:
        return self._call("everything", request, long=True, **options)

    def regularize(self, polygons: list[bytes], crs: str | None, options: dict) -> list[bytes]:
        """Polygons (WKB) in an outline style, done in the worker (encoder/segment/regularize.py): the WKB back, in order."""
        _reply, blobs = self._call("regularize", p.Regularize(len(polygons), crs, options), blobs=polygons)
        return blobs

    def export_training(self, request: p.ExportTraining, **options) -> p.TrainingExported:
        """Training data written by the worker (encoder/segment/training.py); options: progress, cancelled."""
        return self._call("export_training", request, long=True, **options)[0]

    def read_dates(self, rasters: list) -> p.DatesRead:
        """Each raster's date as its file says (metadata, else its name; "" where neither); a web layer's name (no
        file) is read for a date as a file's name is."""
        return self._call("read_dates", p.Rasters([absolute(r) if os.path.exists(r) else str(r) for r in rasters]))[0]

    def encode_dates(self, request: p.Rasters, **options) -> p.DatesRead:
        """Every date encoded into its own feature folder on the first date's grid (resumable); options: progress, cancelled."""
        return self._call("encode_dates", request, long=True, **options)[0]

    def follow_dates(self, request: p.FollowDates, **options) -> tuple[p.Polygons, list[bytes]]:
        """Objects through dates, in the worker (encoder/segment/follow.py); options: progress, cancelled."""
        return self._call("follow_dates", request, long=True, **options)

    def text(self, request: p.Text, **options) -> tuple[p.Found, list[bytes]]:
        return self._call("text", request, long=True, **options)

    def measure(self, checkpoint: str, device: str | None, precisions: list[str] | None, raster: str | None = None, **options) -> p.Measured:
        return self._call("measure", p.Measure(absolute(checkpoint), device, precisions, raster), long=True, **options)[0]

    def verify_download(self, entry: dict, target: str, part: str | None, **options) -> p.Verified:
        return self._call("verify_download", p.VerifyDownload(entry, target, part), long=True, **options)[0]

# SPDX-License-Identifier: GPL-2.0-or-later
"""The worker protocol: its framing (one JSON line per message, then the raw bytes of its payloads, no base64) and
its types (a request and a reply dataclass for each operation, and the error kinds both sides share).

A message is a JSON object on one UTF-8 line. When it carries binary payloads (WKB polygons), its "blobs" key lists
their sizes in bytes, and exactly those bytes follow the line's newline, in order. Standard library only: the QGIS
side (geo_sam_plugin/engine/client.py, engine/api.py) and the worker (encoder/serve.py) both import it, in any Python.

Requests:  {"id": 7, "op": "query", "args": {...}}              answered once, by the same id
Responses: {"id": 7, "ok": true, "result": {...}, "blobs": [..]}  or  {"id": 7, "ok": false, "error": "one line", "kind": "PromptError"}
Events:    {"id": 7, "event": "progress", ...}                    zero or more, before the request's response
Worker:    {"event": "ready", "pid": ..., "python": ..., "protocol": PROTOCOL_VERSION, "distributions": {name: version}}   once, at start

"args" is an operation's request dataclass as a dict and "result" its reply dataclass (OPERATIONS): both sides build
and read them only through these types, and a field that is unknown, or missing without a default, is a one-line
ProtocolError naming the operation and the field (never a silent default). "kind" is an ErrorKind value.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from dataclasses import dataclass, field
from typing import BinaryIO, ClassVar

PROTOCOL_VERSION = 2
# Control messages, answered on the worker's reading thread at once, never behind a chip being encoded: a sign of
# life (ping), a cancel of a request under way, and the end of the worker.
PING_OP = "ping"
CANCEL_OP = "cancel"
SHUTDOWN_OP = "shutdown"
MAX_LINE = 64 * 1024 * 1024  # a control line is small; more means the stream is not this protocol


class ProtocolError(Exception):
    """The stream broke off or is not this protocol (a stray print on the worker's stdout, a dead worker), or a
    message does not match its operation's type (a field unknown or missing)."""


class ErrorKind(str, enum.Enum):
    """What went wrong, as both sides name it ("kind" of an error reply; EngineError.kind on the plugin side). The
    engine's own errors are named after their class in encoder/errors.py (and ChipNotEncoded); of_exception() maps an
    exception to the nearest one."""

    GEOSAM = "GeoSamError"  # any other one-line error of the engine
    RASTER_NOT_FOUND = "RasterNotFoundError"
    RASTER = "RasterError"
    NOTHING_TO_ENCODE = "NothingToEncodeError"
    RASTER_READ = "RasterReadError"
    CHECKPOINT = "CheckpointError"  # the folder needs another checkpoint: the dock asks for one
    DEVICE = "DeviceError"
    FEATURE_FOLDER = "FeatureFolderError"
    PROMPT = "PromptError"
    NOT_ENCODED = "ChipNotEncoded"  # the chip under a prompt is not encoded yet (a preview in live mode, a view session's click)
    MISSING_DEPENDENCY = "MissingDependencyError"
    CATALOGUE = "CatalogueError"
    DOWNLOAD = "DownloadError"
    CANCELLED = "cancelled"  # the request was cancelled (OperationCancelled, EncodeCancelled)
    PROTOCOL = "ProtocolError"  # a message that does not match its type: the plugin and its runtime disagree
    UNEXPECTED = "unexpected"  # anything else, its traceback in the worker's log
    # On the plugin side only (geo_sam_plugin/engine/client.py), never sent by the worker:
    DEADLINE = "deadline"  # the request outlived its deadline; the worker goes on
    UNAVAILABLE = "unavailable"  # no runtime, or it cannot serve this plugin
    DIED = "died"  # the worker ended during the request
    HUNG = "hung"  # the worker stopped answering pings and was killed

    @classmethod
    def of_exception(cls, exc: BaseException) -> ErrorKind:
        """The kind of an exception raised in the worker: its class's, or its nearest base's."""
        if any(base.__name__ == "OperationCancelled" for base in type(exc).__mro__):
            return cls.CANCELLED
        known = {kind.value: kind for kind in cls}
        for base in type(exc).__mro__:
            if base.__name__ in known:
                return known[base.__name__]
        return cls.UNEXPECTED

    @classmethod
    def parse(cls, value) -> ErrorKind:
        try:
            return cls(value)
        except ValueError:  # a newer worker's kind: still an error of the engine
            return cls.GEOSAM


# ------------------------------------------------------------------------------------------------------ the types
@dataclass
class Message:
    """A request's args or a reply's result: to_wire() for the JSON line, from_wire() to read one, strictly."""

    NESTED: ClassVar[dict] = {}  # field -> Message type of a nested message (a view session's status)

    def to_wire(self) -> dict:
        wire = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            wire[f.name] = value.to_wire() if isinstance(value, Message) else value
        return wire

    @classmethod
    def from_wire(cls, data, what: str):
        """data (a JSON object) as this type; `what` names the message in a ProtocolError ("the 'query' request")."""
        if not isinstance(data, dict):
            raise ProtocolError(f"{what} is not an object but {type(data).__name__}: the plugin and its runtime disagree; update the runtime.")
        fields_ = {f.name: f for f in dataclasses.fields(cls)}
        for name in data:
            if name not in fields_:
                raise ProtocolError(f"{what} has an unknown field '{name}' (it has {', '.join(fields_) or 'none'}): the plugin and its runtime disagree; update the runtime.")
        for name, f in fields_.items():
            if name not in data and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ProtocolError(f"{what} lacks its field '{name}': the plugin and its runtime disagree; update the runtime.")
        values = dict(data)
        for name, kind in cls.NESTED.items():
            if values.get(name) is not None:
                values[name] = kind.from_wire(values[name], f"{what}'s {name}")
        return cls(**values)


@dataclass
class Empty(Message):
    """No field: a request or a reply that carries nothing."""


@dataclass
class Session(Message):
    """A request on an open session (chips, close)."""

    session: int


@dataclass
class Folder(Message):
    """A request on a feature folder by its path (folder_info, check_output)."""

    folder: str


@dataclass
class Hello(Message):
    pid: int
    python: str
    executable: str
    torch: str
    numpy: str
    device: str
    cuda: bool


@dataclass
class OpenFolder(Message):
    folder: str
    checkpoint: str | None = None
    decoder: str = "fast"  # 'fast' (the dock's) or 'torch' (the reference predictors' own)
    warm: bool = True  # one query at opening, so the first click is fast


@dataclass
class OpenRaster(Message):
    """Live mode: no feature folder; the chip under a click is encoded on first use."""

    raster: str
    checkpoint: str
    device: str | None = None
    precision: str = "float32"
    decoder: str = "fast"
    warm: bool = True


@dataclass
class OpenView(Message):
    """A view-first session: the raster encoded into `folder` in the background, nearest `view` ([x, y, CRS]) first."""

    raster: str
    checkpoint: str
    folder: str
    view: list | None = None
    device: str | None = None
    precision: str = "float32"
    decoder: str = "fast"
    paused: bool = False
    chip_size: int | None = None
    stride: int | None = None
    limit: int | None = None


@dataclass
class ViewStatus(Message):
    """A view session's progress: chips by state, rate, time left; detail adds `order` and each chip's `states`."""

    ready: int
    nodata: int
    encoding: int
    queued: int
    total: int
    chips_per_s: float | None
    eta_s: float | None
    paused: bool
    finished: bool
    error: str
    limit: int
    limited: bool
    encoding_ids: list
    order: list | None = None
    states: list | None = None


@dataclass
class Opened(Message):
    """A session opened on a folder, a raster (live) or a view-first encode: what it is."""

    NESTED: ClassVar[dict] = {"status": ViewStatus}

    session: int
    crs: str  # EPSG:xxxx or WKT; "" without one
    bounds: list  # [minx, miny, maxx, maxy] in crs
    model_type: str
    model_variant: str
    device: str
    feature_kind: str
    live: bool
    chip_size: int
    checkpoint_path: str
    note: str = ""  # e.g. the reference decoder answers (the fast one could not be built)
    warmed: bool = False
    precision: str = "float32"
    folder: str = ""
    chips: list = field(default_factory=list)  # [[minx, miny, maxx, maxy], ...] in crs (live: none)
    view: bool = False
    status: ViewStatus | None = None  # a view session's


@dataclass
class Query(Message):
    """Prompts (points, labels, box in `crs`) -> polygons in `output_crs`; options: VectorOptions' fields."""

    session: int
    points: list | None = None
    labels: list | None = None
    box: list | None = None
    crs: str | None = None
    output_crs: str | None = None
    options: dict | None = None
    continue_across_chips: bool = True
    preview: bool = False  # a hover preview never starts an encode


@dataclass
class Polygons(Message):
    """Polygons as WKB payloads (as many as `polygons`), one attribute dict each."""

    attributes: list
    polygons: int


@dataclass
class Answer(Polygons):
    """A query's polygons; chips_encoded: live mode's and a view session's count of encoded chips."""

    chips_encoded: int | None = None


@dataclass
class Chips(Message):
    """A session's chips as [minx, miny, maxx, maxy] in its CRS (live mode: those encoded so far)."""

    chips: list
    chips_encoded: int | None = None


@dataclass
class View(Message):
    """A view session's centre moved ([x, y, crs]), paused or resumed, its limit changed (None: unchanged)."""

    session: int
    view: list | None = None
    paused: bool | None = None
    limit: int | None = None  # 0: no limit
    detail: bool = False


@dataclass
class Encode(Message):
    """A raster -> a feature folder. dataset: RasterDataset's / the tile cache's options; builder: FeatureCacheBuilder's."""

    raster: str
    checkpoint: str
    output: str
    model_type: str | None = None
    dataset: dict = field(default_factory=dict)
    builder: dict = field(default_factory=dict)
    scheduler: str = ""  # a Dask scheduler's address: the chips are encoded there


@dataclass
class Encoded(Message):
    output: str
    chips: int
    written: int
    reused: int
    skipped_nodata: int
    seconds: float
    cluster: bool


@dataclass
class Everything(Message):
    folder: str
    checkpoint: str | None = None
    extent: list | None = None
    options: dict = field(default_factory=dict)  # EverythingOptions' fields


@dataclass
class Regularize(Message):
    """Polygons (as many WKB payloads as `polygons`) in `crs` -> the same in an outline style; options:
    regularize.OutlineOptions' fields, lengths in the CRS's units (metres for a geographic CRS)."""

    polygons: int
    crs: str | None = None
    options: dict = field(default_factory=dict)


@dataclass
class ExportTraining(Message):
    """Training data (encoder/segment/training.py) from a raster (a file or a tile cache) and the polygons of a
    GeoJSON file in the raster's CRS (a "class" property each, or none), into folder; options: TrainingOptions'."""

    raster: str
    polygons: str
    folder: str
    options: dict = field(default_factory=dict)


@dataclass
class FollowDates(Message):
    """Objects through dates (encoder/segment/follow.py): rasters (files) of one place, each encoded into a folder
    under `folders` on the first date's grid; prompts: [{"object_id", "on" (a date or its place), "points" [[x, y]],
    "labels", "box", "corrections": [{"on", "points", "labels", "box"}, ...]}] in `crs`. Answered as Polygons: one per object and date (an empty payload where it vanished),
    in output_crs (None: the first date's CRS)."""

    rasters: list
    checkpoint: str
    folders: str
    prompts: list
    crs: str
    dates: list | None = None
    output_crs: str | None = None
    device: str | None = None
    encoded: list | None = None  # the dates' feature folders in date order, encoded already (the dock's): none is encoded again, `dates` their dates


@dataclass
class Rasters(Message):
    """Rasters (files) of one place on several dates (the dock's Dates list), their dates as the user gave them (None
    or "" for one: read from the file); for read_dates, and for encode_dates with the checkpoint and `folders` (the
    folder the dates' feature folders go under)."""

    rasters: list
    dates: list | None = None
    checkpoint: str = ""
    folders: str = ""
    device: str | None = None


@dataclass
class DatesRead(Message):
    """read_dates: each raster's date ("" where the file says none) and where it came from ("metadata KEY", "file
    name", or ""); encode_dates: the dates in date order, where each came from, their feature folders, and `order`:
    each one's place in the request's list."""

    dates: list
    sources: list
    order: list = field(default_factory=list)
    folders: list = field(default_factory=list)


@dataclass
class TrainingExported(Message):
    folder: str
    chips: dict  # split -> chips
    objects: dict  # split -> objects
    classes: list


@dataclass
class Text(Message):
    """Every instance of a concept (text and / or example boxes in examples_crs) in a SAM 3 folder."""

    folder: str
    checkpoint: str | None = None
    text: str | None = None
    extent: list | None = None
    options: dict = field(default_factory=dict)  # ConceptOptions' fields
    examples: list | None = None
    examples_crs: str | None = None


@dataclass
class Found(Polygons):
    concept: str = ""


@dataclass
class CheckText(Message):
    session: int
    text: str | None = None
    examples: list | None = None


@dataclass
class TextChecked(Message):
    text: str
    concept: str


@dataclass
class FolderInfo(Message):
    crs: str
    bounds: list
    chips: int
    model_type: str
    model_variant: str
    checkpoint_path: str


@dataclass
class Checkpoint(Message):
    checkpoint: str
    model_type: str | None = None  # the family the user chose (None: recognised from the tensors)


@dataclass
class ModelInfo(Message):
    model_type: str
    variant: str
    chip_size: int  # the model's own chip size: an encode's default (1024; 256 for LiteMedSAM, 1008 for SAM 3); stride: defaults.default_stride


@dataclass
class Measure(Message):
    checkpoint: str
    device: str | None = None
    precisions: list | None = None
    raster: str | None = None  # chips of it for the accuracy gate (and int8's calibration); None: speed only


@dataclass
class Measured(Message):
    variant: str
    device: str
    chip_size: int
    seconds: dict  # {precision: seconds per chip}
    refused: dict  # {precision: why it cannot run here}
    engines: dict = field(default_factory=dict)  # {precision: "openvino" | "torch"}
    accuracy: dict = field(default_factory=dict)  # {precision: {"passed", "median", "worst", "prompts", "reason"}}
    notes: list = field(default_factory=list)  # what happened on the way (a conversion, a fallback), one line each
    devices: dict = field(default_factory=dict)  # {"openvino:GPU": an Intel GPU's variant, device, chip_size, seconds, refused, engines, accuracy}


@dataclass
class VerifyDownload(Message):
    entry: dict  # CatalogueEntry's fields
    target: str
    part: str | None = None


@dataclass
class Verified(Message):
    path: str  # the model, checked and in place


@dataclass
class SelfTested(Message):
    seconds: float
    polygons: int
    torch: str
    device: str
    gpu_unused: str


@dataclass
class Sleep(Message):
    seconds: float = 1.0


@dataclass
class Slept(Message):
    slept: bool


@dataclass
class Cancel(Message):
    request: int


@dataclass
class Pong(Message):
    pid: int


@dataclass
class CancelAnswer(Message):
    cancelled: bool


class Lane(str, enum.Enum):
    """Where the worker answers an operation."""

    CONTROL = "control"  # on its reading thread, at once (ping, cancel, shutdown)
    QUICK = "quick"  # on the quick thread: cheap answers that never wait behind a chip being encoded
    INTERACTIVE = "interactive"  # one after another on the interactive thread (opening, prompts)
    LONG = "long"  # each on a thread of its own, with progress events and cancel


@dataclass(frozen=True)
class Operation:
    request: type
    reply: type
    lane: Lane
    deadline_s: float | None = 600.0  # the client's deadline for its answer (None: none, while the worker answers pings)
    test_only: bool = False  # served only with GEOSAM_WORKER_TEST_OPS=1


QUICK_S = 120.0  # a cheap answer: two minutes covers a worker that is still importing for another request
OPERATIONS: dict[str, Operation] = {
    PING_OP: Operation(Empty, Pong, Lane.CONTROL, 30.0),
    CANCEL_OP: Operation(Cancel, CancelAnswer, Lane.CONTROL, 30.0),
    SHUTDOWN_OP: Operation(Empty, Empty, Lane.CONTROL, 30.0),
    "hello": Operation(Empty, Hello, Lane.QUICK, QUICK_S),
    "preload": Operation(Empty, Empty, Lane.INTERACTIVE, None),
    "folder_info": Operation(Folder, FolderInfo, Lane.QUICK, QUICK_S),
    "model_info": Operation(Checkpoint, ModelInfo, Lane.QUICK, QUICK_S),  # the checkpoint's tensors, memory-mapped where the file allows
    "check_output": Operation(Folder, Empty, Lane.QUICK, QUICK_S),
    "chips": Operation(Session, Chips, Lane.QUICK, QUICK_S),
    "view": Operation(View, ViewStatus, Lane.QUICK, QUICK_S),
    "check_text": Operation(CheckText, TextChecked, Lane.QUICK, QUICK_S),
    "close": Operation(Session, Empty, Lane.QUICK, QUICK_S),
    # Opening imports torch and warms the decoder (an ONNX export): minutes on a slow machine, once.
    "open_folder": Operation(OpenFolder, Opened, Lane.INTERACTIVE, None),
    "open_raster": Operation(OpenRaster, Opened, Lane.INTERACTIVE, None),
    "open_view": Operation(OpenView, Opened, Lane.INTERACTIVE, None),
    # A live click encodes a chip (a minute for ViT-H on a slow CPU); a view session's click waits for its chip at
    # most CLICK_WAIT_S (encoder/segment/view.py) and is then answered "not encoded", well before this deadline.
    "query": Operation(Query, Answer, Lane.INTERACTIVE, 600.0),
    "encode": Operation(Encode, Encoded, Lane.LONG, None),
    "everything": Operation(Everything, Polygons, Lane.LONG, None),
    "regularize": Operation(Regularize, Polygons, Lane.QUICK, QUICK_S),  # a few thousand polygons a second: callers send chunks
    "export_training": Operation(ExportTraining, TrainingExported, Lane.LONG, None),
    "read_dates": Operation(Rasters, DatesRead, Lane.QUICK, QUICK_S),  # each file's metadata and name: no pixels read
    "encode_dates": Operation(Rasters, DatesRead, Lane.LONG, None),
    "follow_dates": Operation(FollowDates, Polygons, Lane.LONG, None),
    "text": Operation(Text, Found, Lane.LONG, None),
    "measure": Operation(Measure, Measured, Lane.LONG, None),
    "verify_download": Operation(VerifyDownload, Verified, Lane.LONG, None),
    "self_test": Operation(Empty, SelfTested, Lane.LONG, None),
    "sleep": Operation(Sleep, Slept, Lane.LONG, None, test_only=True),
}


def operation(op: str) -> Operation:
    """The operation named op; a ProtocolError in one line when there is none."""
    found = OPERATIONS.get(op)
    if found is None:
        raise ProtocolError(f"there is no operation '{op}' in GeoSAM's protocol {PROTOCOL_VERSION}: the plugin and its runtime disagree; update the runtime.")
    return found


def read_request(op: str, args) -> Message:
    return operation(op).request.from_wire(args if args is not None else {}, f"the '{op}' request")


def read_reply(op: str, result) -> Message:
    return operation(op).reply.from_wire(result if result is not None else {}, f"the '{op}' reply")


# --------------------------------------------------------------------------------------------------- the framing
def write_message(stream: BinaryIO, message: dict, blobs: list[bytes] | tuple = ()) -> None:
    """One message and its payloads, flushed. The caller holds the stream's lock."""
    if blobs:
        message = dict(message, blobs=[len(b) for b in blobs])
    stream.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
    for blob in blobs:
        stream.write(blob)
    stream.flush()


def read_message(stream: BinaryIO) -> tuple[dict, list[bytes]] | None:
    """The next message and its payloads; None at the end of the stream."""
    line = stream.readline(MAX_LINE)
    if not line:
        return None
    if not line.endswith(b"\n"):
        raise ProtocolError(f"a control line of {len(line)} bytes without its end: the stream broke off")
    try:
        message = json.loads(line)
    except ValueError:
        raise ProtocolError(f"not a protocol line: {line[:200]!r}") from None
    if not isinstance(message, dict):
        raise ProtocolError(f"not a protocol message: {line[:200]!r}")
    blobs = []
    for size in message.pop("blobs", None) or ():
        data = stream.read(int(size))
        if data is None or len(data) != int(size):
            raise ProtocolError(f"a payload of {size} bytes broke off after {len(data or b'')}")
        blobs.append(data)
    return message, blobs

# A raster layer that is not a file (XYZ, WMS, WMTS, ArcGIS MapServer, WCS, ...) reaches the worker as a *tile cache*:
# QGIS's process fetches its pixels through the layer's provider (QGIS's network settings, proxy and authentication)
# at one ground resolution, and writes them as tiles; the worker encodes from them (encoder/encode/tiles.py), waiting
# for a tile that is not there yet. Inside the feature folder, so the folder can be finished anywhere without the network:
#   <folder>/source_tiles/tiles.json                 the grid (CRS WKT, transform, width, height, tile size) and the source
#   <folder>/source_tiles/tiles/<row>_<col>.png      RGBA tiles of TILE_SIZE px (alpha 0: no data), each written whole
#   <folder>/source_tiles/failed.txt                 one line, when the fetch gave up (the worker's error says it)
TILE_CACHE_DIR = "source_tiles"
TILE_CACHE_FILE = "tiles.json"
TILE_CACHE_KIND = "geosam-tile-cache"
TILE_FAILED_FILE = "failed.txt"
TILE_SIZE = 512


def tile_name(row: int, col: int) -> str:
    """The file of tile (row, col) of a tile cache, under its tiles/ folder."""
    return f"{row}_{col}.png"


def axis_starts(start: int, stop: int, size: int, chip: int, stride: int) -> list[int]:
    """Chip offsets along one axis covering [start, stop) of an axis `size` pixels long, the last snapped inside it:
    the chip grid's layout (encoder/encode/grid.py lays the grid with it, QGIS's process estimates a web layer's
    chips with chips_along)."""
    if stop - start <= chip:
        # A short area: one chip, moved back inside the raster so it keeps as many pixels as possible.
        return [max(0, min(start, size - chip))]
    starts = list(range(start, stop - chip + 1, stride))
    if starts[-1] + chip < stop:
        starts.append(stop - chip)
    return starts


def chips_along(length: int, chip_size: int, stride: int) -> int:
    """How many chips cover `length` pixels."""
    return len(axis_starts(0, length, length, chip_size, stride))

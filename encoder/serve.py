# SPDX-License-Identifier: GPL-2.0-or-later
"""python -m encoder serve: the engine as a long-lived worker in a Python of its own, driven by QGIS over stdin/stdout.

QGIS's process never imports torch (or rasterio, pyarrow, shapely, sam*): it starts this worker in GeoSAM's runtime
and speaks encoder/protocol.py to it. The worker keeps the opened folders (their decoders warm) between requests.

- stdout carries the protocol alone: the file descriptor is taken for it at start, and fd 1 then points to stderr,
  so a print from any library (Python or C) goes to stderr, which the client keeps as the worker's log.
- Each request is read into its operation's request type (encoder/protocol.py: OPERATIONS) before anything runs: an
  unknown or missing field is answered as a one-line ProtocolError naming it. Handlers take that type and return the
  reply's type.
- Lanes (protocol.Lane): ping, cancel and shutdown are answered on the reading thread at once; cheap answers (a
  session's chips, a view session's status, folder checks) on the quick thread, never behind a chip being encoded;
  interactive requests (opening, prompts) one after another on the interactive thread; long ones (encode, segment
  everything, text search, measure, a download's check, the self-test) each on a thread of their own, with progress events and cancel. So clicks are
  answered while an encode runs, and the dock's status while a click waits for its chip.
- An error is answered as the one-line message of the command line (GeoSamError) with its ErrorKind, never as a
  traceback; anything unexpected is answered in one line too, its traceback written to stderr.
- The worker ends when its stdin closes (QGIS quit, or was killed) or when its parent process changes.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
import traceback

from . import protocol as p
from .errors import GeoSamError, OperationCancelled
from .protocol import PROTOCOL_VERSION, ErrorKind, Lane, ProtocolError, read_message, write_message

# Operations that exist for the tests of a hung worker (sleep): served only with this variable set to 1.
TEST_OPS_ENV = "GEOSAM_WORKER_TEST_OPS"


def installed_distributions() -> dict[str, str]:
    """{name: version} of every distribution in this Python, named as its metadata names it (importlib.metadata: no
    package is imported). The plugin compares them with its pins before any work starts
    (geo_sam_plugin/engine/runtime.py: outdated_problem)."""
    import importlib.metadata

    found = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"] if dist.metadata else None
        if name:
            found.setdefault(name, dist.version)
    return found


class Job:
    """One request being answered: its cancel flag and its progress events."""

    def __init__(self, worker: Worker, request_id: int) -> None:
        self.worker = worker
        self.id = request_id
        self.cancel = threading.Event()

    def cancelled(self) -> bool:
        return self.cancel.is_set()

    def event(self, kind: str, **fields) -> None:
        self.worker.send({"id": self.id, "event": kind, **fields})

    def progress(self, percent: float, **fields) -> None:
        self.event("progress", percent=float(percent), **fields)


class Worker:
    def __init__(self, stdin, stdout) -> None:
        self.stdin = stdin
        self.stdout = stdout
        self.write_lock = threading.Lock()
        self.jobs: dict[int, Job] = {}
        self.sessions: dict[int, object] = {}
        self.next_session = 1
        self.interactive: queue.Queue = queue.Queue()
        self.quick: queue.Queue = queue.Queue()
        self.parent = os.getppid()

    def send(self, message: dict, blobs=()) -> None:
        with self.write_lock:
            write_message(self.stdout, message, blobs)

    def serve(self) -> int:
        threading.Thread(target=self._lane_loop, args=(self.interactive,), name="GeoSAM interactive", daemon=True).start()
        threading.Thread(target=self._lane_loop, args=(self.quick,), name="GeoSAM quick", daemon=True).start()
        threading.Thread(target=self._watch_parent, name="GeoSAM parent watch", daemon=True).start()
        self.send({"event": "ready", "pid": os.getpid(), "python": sys.version.split()[0], "executable": sys.executable, "protocol": PROTOCOL_VERSION,
                   "distributions": installed_distributions()})
        while True:
            try:
                message = read_message(self.stdin)
            except ProtocolError as exc:
                print(f"GeoSAM worker: {exc}; stopping.", file=sys.stderr)
                return 2
            if message is None:  # QGIS closed our stdin: it quit, or is gone
                return 0
            request, blobs = message
            op, request_id = request.get("op"), request.get("id")
            _log_request(op)
            try:
                spec = p.operation(op)
                if spec.test_only and os.environ.get(TEST_OPS_ENV) != "1":
                    raise ProtocolError(f"there is no operation '{op}' in this worker (a test's own): the plugin and its runtime disagree; update the runtime.")
                args = p.read_request(op, request.get("args"))
            except ProtocolError as exc:
                self.send({"id": request_id, "ok": False, "kind": ErrorKind.PROTOCOL.value, "error": str(exc)})
                continue
            if op == p.CANCEL_OP:
                job = self.jobs.get(args.request)
                if job is not None:
                    job.cancel.set()
                self.send({"id": request_id, "ok": True, "result": p.CancelAnswer(job is not None).to_wire()})
            elif op == p.SHUTDOWN_OP:
                self.send({"id": request_id, "ok": True, "result": {}})
                return 0
            elif op == p.PING_OP:
                self.send({"id": request_id, "ok": True, "result": p.Pong(os.getpid()).to_wire()})
            else:
                # The job exists before the request is handed on, so a cancel read right after it finds it.
                self.jobs[request_id] = Job(self, request_id)
                work = (request_id, op, args, blobs)
                if spec.lane is Lane.LONG:
                    threading.Thread(target=self._answer, args=work, name=f"GeoSAM {op}", daemon=True).start()
                else:
                    (self.quick if spec.lane is Lane.QUICK else self.interactive).put(work)

    def _lane_loop(self, lane: queue.Queue) -> None:
        while True:
            self._answer(*lane.get())

    def _watch_parent(self) -> None:
        """A worker whose QGIS is gone ends, even if its stdin stays open (a grandchild holding it)."""
        while True:
            time.sleep(1.0)
            if os.getppid() != self.parent:
                os._exit(0)

    def _answer(self, request_id: int, op: str, args: p.Message, blobs: list[bytes]) -> None:
        job = self.jobs.setdefault(request_id, Job(self, request_id))
        try:
            reply, out_blobs = HANDLERS[op](self, args, blobs, job)
            self.send({"id": request_id, "ok": True, "result": reply.to_wire()}, out_blobs)
        except (GeoSamError, ProtocolError) as exc:
            kind = ErrorKind.PROTOCOL if isinstance(exc, ProtocolError) else ErrorKind.of_exception(exc)
            self.send({"id": request_id, "ok": False, "kind": kind.value, "error": str(exc) or ("Cancelled." if kind is ErrorKind.CANCELLED else op)})
        except Exception as exc:  # one line to QGIS; the traceback to the worker's log
            traceback.print_exc(file=sys.stderr)
            first = (str(exc).splitlines() or [""])[0]
            self.send({"id": request_id, "ok": False, "kind": ErrorKind.UNEXPECTED.value, "error": f"{op} failed in the GeoSAM worker: {type(exc).__name__}: {first}"})
        finally:
            self.jobs.pop(request_id, None)

    def add_session(self, engine) -> int:
        session = self.next_session
        self.next_session += 1
        self.sessions[session] = engine
        return session

    def session(self, args):
        engine = self.sessions.get(args.session)
        if engine is None:
            raise GeoSamError("That folder is no longer open in the GeoSAM worker: load it again.")
        return engine


def _log_request(op) -> None:
    """GEOSAM_WORKER_LOG=file: one line per request received (time, op), for support and for the tests that check
    which requests a QGIS path sends (qgis_process's preload). Nothing is written without it."""
    path = os.environ.get("GEOSAM_WORKER_LOG")
    if path:
        try:
            with open(path, "a", encoding="utf-8") as log:
                log.write(f"{time.time():.3f} {op}\n")
        except OSError:
            pass


# ------------------------------------------------------------------------------------------- handlers
def _hello(worker, args: p.Empty, blobs, job):
    import numpy
    import torch

    from .models.runtime import describe_device

    return p.Hello(os.getpid(), sys.version.split()[0], sys.executable, torch.__version__, numpy.__version__, describe_device(None), torch.cuda.is_available()), []


def _preload(worker, args: p.Empty, blobs, job):
    """Import what an encode and a query need (torch, rasterio, pyarrow, shapely, segment_anything, the engine's
    modules): qgis_process asks for it while QGIS is still starting, so the run does not wait for the imports."""
    import importlib

    for name in ("torch", "rasterio", "pyarrow.parquet", "shapely", "segment_anything", "encoder.encode.builder", "encoder.segment.query"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # the request that needs it says so in its own words
    return p.Empty(), []


def _vector_options(options: dict | None):
    from .segment.vectorize import VectorOptions

    return None if options is None else VectorOptions(**options)


def _footprints(chips) -> list[list[float]]:
    """Chips as [minx, miny, maxx, maxy] in the folder's CRS (the dock draws them)."""
    return [[c.bounds.minx, c.bounds.miny, c.bounds.maxx, c.bounds.maxy] for c in chips]


def _opened(worker, engine, note: str = "", warmed: bool = False, folder: str = "") -> p.Opened:
    """What a session opened on (a folder, live mode, a view session) is, and its number."""
    from .defaults import OPENVINO_DEVICE_PREFIX
    from .geo import crs_to_text
    from .models.runtime import describe_device

    b = engine.bounds
    chips = [] if engine.live and not engine.view else engine.chips
    return p.Opened(
        session=worker.add_session(engine), crs=crs_to_text(engine.crs) if engine.crs is not None else "", bounds=[b.minx, b.miny, b.maxx, b.maxy],
        model_type=engine.spec.model_type, model_variant=engine.model_variant or engine.spec.variant, device=describe_device(f"{OPENVINO_DEVICE_PREFIX}{engine.decoder.openvino_target}" if getattr(engine.decoder, "openvino_target", None) else engine.decoder.device),
        feature_kind=engine.decoder.feature_kind, live=engine.live, chip_size=engine.chip_size if engine.live else (chips[0].chip_size if chips else 0),
        checkpoint_path=str(engine.checkpoint_path), note=note, warmed=warmed, precision=engine.precision, folder=folder, chips=_footprints(chips),
        view=engine.view, status=p.ViewStatus.from_wire(engine.status(), "a view session's status") if engine.view else None,
    )


def _open_folder(worker, args: p.OpenFolder, blobs, job):
    """A feature folder opened for queries, its decoder warmed by one query so the user's first click is fast."""
    from .segment.query import FeatureQueryEngine

    note, warmed = "", False
    try:
        engine = FeatureQueryEngine(args.folder, checkpoint=args.checkpoint or None, decoder=args.decoder)
    except GeoSamError:
        raise
    except Exception as exc:  # the fast decoder could not be built: the reference decoder always works
        note = f"Fast decoder unavailable ({exc}); using the reference decoder."
        engine = FeatureQueryEngine(args.folder, checkpoint=args.checkpoint or None)
    if args.warm and engine.chips:
        chip = engine.chips[0]
        centre = ((chip.bounds.minx + chip.bounds.maxx) / 2, (chip.bounds.miny + chip.bounds.maxy) / 2)
        try:  # in the folder's CRS, with the polygon step: what a click runs (without the CRS it was refused, warming nothing)
            engine.query(points=[centre], labels=[1], crs=engine.crs, continue_across_chips=False)
            warmed = True
        except GeoSamError:
            pass  # a nodata chip, say: the first click then warms it
        except Exception:  # the warm-up is a courtesy: the folder still opens, and the worker's log says why
            traceback.print_exc()
    return _opened(worker, engine, note, warmed, folder=str(engine.folder.path)), []


def _open_raster(worker, args: p.OpenRaster, blobs, job):
    """Live mode: no feature folder; the chip under a click is encoded on first use."""
    from .encode.tiles import open_dataset
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .segment.query import OnlineQueryEngine

    spec = create_model_spec_from_checkpoint(args.checkpoint)
    engine = OnlineQueryEngine(open_dataset(args.raster), spec, device=args.device or None, precision=args.precision, decoder=args.decoder)
    warmed = False
    if args.warm:
        try:  # the decoder's export (and a TinyViT's first run) now, while the dock says the model is loading
            warmed = engine.warm_up()
        except Exception:  # a courtesy, as for a folder: the first click then pays it, and the worker's log says why
            traceback.print_exc()
    return _opened(worker, engine, warmed=warmed), []


def _query(worker, args: p.Query, blobs, job):
    """Prompts (points, labels, box in `crs`) -> polygons as WKB in `output_crs`, with their attributes. A chip that
    is not encoded yet (a preview in live mode, a view session's click after CLICK_WAIT_S) is answered as the error
    ErrorKind.NOT_ENCODED."""
    engine = worker.session(args)
    engine.allow_encoding(not args.preview)  # a hover preview never starts an encode
    result = engine.query(
        points=args.points, labels=args.labels, box=args.box, crs=args.crs, output_crs=args.output_crs, options=_vector_options(args.options),
        continue_across_chips=args.continue_across_chips, preview=args.preview,
    )
    return p.Answer(result.attributes, len(result.polygons), engine.chips_encoded), [polygon.wkb for polygon in result.polygons]


def _regularize(worker, args: p.Regularize, blobs, job):
    """Polygons (WKB) in an outline style (encoder/segment/regularize.py), in the order given."""
    import shapely

    from .errors import GeoSamError
    from .geo import parse_crs
    from .segment.regularize import OutlineOptions, style_geometries

    if len(blobs) != args.polygons:
        raise GeoSamError(f"The regularize request names {args.polygons} polygons but carries {len(blobs)}.")
    crs = parse_crs(args.crs, "polygons' CRS") if args.crs else None
    styled = style_geometries([shapely.from_wkb(b) for b in blobs], OutlineOptions(**args.options), geographic=bool(crs is not None and crs.is_geographic))
    return p.Polygons([{} for _ in styled], len(styled)), [g.wkb for g in styled]


def _export_training(worker, args: p.ExportTraining, blobs, job):
    """Training data from a raster and a GeoJSON file of polygons (in the raster's CRS), with progress and cancel."""
    from .segment.training import TrainingOptions, export_training, read_geojson

    polygons, classes = read_geojson(args.polygons)
    done = export_training(args.raster, polygons, classes, args.folder, TrainingOptions(**args.options), progress=job.progress, cancelled=job.cancelled)
    return p.TrainingExported(str(done.folder), done.chips, done.objects, done.classes), []


def _read_dates(worker, args: p.Rasters, blobs, job):
    """Each raster's date as its file says (encode/dates.py's raster_date): the dock's Dates list shows them."""
    from .encode.dates import raster_date

    found = [raster_date(path) for path in args.rasters]
    return p.DatesRead([date or "" for date, _ in found], [source for _, source in found]), []


def _encode_dates(worker, args: p.Rasters, blobs, job):
    """Every date encoded into a feature folder of its own under args.folders, on the first date's grid, with progress
    and cancel (segment/follow.py's encode_in_date_order: a date left empty is read from its file); the dates in date
    order, with their folders."""
    from .segment.follow import encode_in_date_order

    given = list(args.dates) if args.dates and any(args.dates) else None
    found, order, folders = encode_in_date_order(args.rasters, args.checkpoint, args.folders, given, args.device, job.progress, job.cancelled)
    return p.DatesRead([date for date, _ in found], [source for _, source in found], order, [str(f) for f in folders]), []


def _follow_dates(worker, args: p.FollowDates, blobs, job):
    """Objects through dates: the dates encoded (progress to 90 %; none where `encoded` names their folders), then each object followed; one row per object and
    date, its outline as WKB (empty where the object vanished on that date)."""
    from .segment.follow import DatedPrompt, FollowDates, follow_object, prepare_dates, result_rows

    if args.encoded:  # the dock's folders, encoded by encode_dates: read as they are (an encode would rewrite their manifests)
        follower = FollowDates(args.encoded, list(args.dates or []), args.checkpoint, args.device)
    else:
        follower = prepare_dates(args.rasters, args.checkpoint, args.folders, args.dates, args.device,
                                 progress=lambda pct: job.progress(0.9 * pct), cancelled=job.cancelled)
    attributes, payloads = [], []
    for i, prompt in enumerate(args.prompts):
        if job.cancelled():
            raise OperationCancelled("Following was cancelled.")
        on, *corrections = (DatedPrompt(str(q.get("on") or 1), q.get("points") or [], q.get("labels") or [], q.get("box"))
                            for q in [prompt, *prompt.get("corrections", [])])
        geometries, rows = result_rows(follow_object(follower, on, args.crs, corrections), prompt.get("object_id", i + 1), args.output_crs or None)
        attributes += rows
        payloads += [g.wkb if g is not None else b"" for g in geometries]
        job.progress(90.0 + 10.0 * (i + 1) / len(args.prompts))
    return p.Polygons(attributes, len(payloads)), payloads


def _chips(worker, args: p.Session, blobs, job):
    """The chips of a session as [minx, miny, maxx, maxy] in the folder's CRS (live mode: those encoded so far)."""
    engine = worker.session(args)
    return p.Chips(_footprints(engine.encoded_chips()), engine.chips_encoded), []


def _close(worker, args: p.Session, blobs, job):
    engine = worker.sessions.pop(args.session, None)
    if engine is not None:  # a view session: its background encode stops after the chip under way
        engine.close()
    return p.Empty(), []


def _open_view(worker, args: p.OpenView, blobs, job):
    """A view-first session: the raster encoded into `folder` in the background, nearest the view first."""
    from .segment.view import ViewSession

    engine = ViewSession(args.raster, args.checkpoint, args.folder, view=args.view, device=args.device or None, precision=args.precision, decoder=args.decoder,
                         paused=args.paused, chip_size=args.chip_size, stride=args.stride, limit=args.limit)
    return _opened(worker, engine, folder=str(engine.path)), []


def _view(worker, args: p.View, blobs, job):
    """A view session's centre moved ([x, y, crs]) and / or it is paused or resumed; answers its status."""
    engine = worker.session(args)
    if not engine.view:
        raise GeoSamError("That session is not a view session: nothing to follow.")
    if args.view:
        engine.set_view(*args.view)
    if args.paused is not None:
        engine.pause(args.paused)
    if args.limit is not None:
        engine.set_limit(args.limit)
    return p.ViewStatus.from_wire(engine.status(detail=args.detail), "a view session's status"), []


def _encode(worker, args: p.Encode, blobs, job):
    """A raster -> a feature folder (resumable), or the same encode on a Dask cluster; progress and cancel."""
    from .encode.builder import FeatureCacheBuilder
    from .encode.tiles import open_dataset
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .models.runtime import describe_device

    dataset = open_dataset(args.raster, **args.dataset)
    spec = create_model_spec_from_checkpoint(args.checkpoint, args.model_type or None)
    options = dict(args.builder)
    device = options.get("device")

    def progress(pr) -> None:
        job.progress(pr.percent, done=pr.done, total=pr.total, reused=pr.reused, chips_per_s=pr.chips_per_s, eta_s=pr.eta_s)

    builder = FeatureCacheBuilder(dataset, spec, args.output, progress=progress, cancel_check=job.cancelled, **options)
    plan = builder.plan()
    job.event(
        "plan", text=f"{dataset.describe()}: {len(plan.chips)} chips of {plan.chip_size} px (stride {plan.stride}) with {spec.variant}; "
        f"about {plan.estimated_bytes / 1e6:.0f} MB on disk.", device=describe_device(device), chips=len(plan.chips), variant=spec.variant,
    )
    scheduler = args.scheduler.strip()
    if scheduler:
        from .encode.distributed import encode_with_dask

        job.event("log", text=f"Sending the chips to the Dask scheduler at {scheduler}.")
        result = encode_with_dask(
            dataset, spec, args.output, scheduler, progress=lambda done, total: job.progress(100.0 * done / max(total, 1), done=done, total=total),
            options=builder.options,
        )
        return p.Encoded(str(args.output), result.chips, result.chips, 0, result.skipped_nodata, 0.0, True), []
    result = builder.run()
    return p.Encoded(str(args.output), result.chips_written + result.chips_reused, result.chips_written, result.chips_reused, result.skipped_nodata, result.seconds, False), []


def _folder_engine(args, decoder: str = "torch"):
    from .segment.query import FeatureQueryEngine

    return FeatureQueryEngine(args.folder, checkpoint=args.checkpoint or None, decoder=decoder)


def _extent(extent):
    from .geo import Bounds

    return None if not extent else Bounds(*extent)


def _everything(worker, args: p.Everything, blobs, job):
    """Automatic masks over every chip (or an extent), in the folder's CRS. The fast decoder: a grid of prompts is many decodes."""
    from .segment.everything import EverythingOptions, segment_everything

    engine = _folder_engine(args, decoder="fast")
    found = segment_everything(engine, _extent(args.extent), EverythingOptions(**args.options), progress=job.progress, cancelled=job.cancelled)
    return p.Polygons([attributes for _polygon, attributes in found], len(found)), [polygon.wkb for polygon, _attributes in found]


def _text(worker, args: p.Text, blobs, job):
    """Every instance of a concept (text and / or example boxes) in a SAM 3 folder, in the folder's CRS."""
    from .segment.concepts import EXAMPLE_CONCEPT, ConceptOptions, check_prompt, check_text_model, segment_text

    examples = args.examples or None
    concept = check_prompt(args.text, examples) or EXAMPLE_CONCEPT
    engine = _folder_engine(args)
    check_text_model(engine)
    found = segment_text(
        engine, args.text, _extent(args.extent), ConceptOptions(**args.options), progress=job.progress, cancelled=job.cancelled,
        exemplars=examples, crs=args.examples_crs,
    )
    return p.Found([attributes for _polygon, attributes in found], len(found), concept), [polygon.wkb for polygon, _attributes in found]


def _check_text(worker, args: p.CheckText, blobs, job):
    """A text search checked before it starts: the prompt, and the open folder's model reading text (one line each)."""
    from .segment.concepts import EXAMPLE_CONCEPT, check_prompt, check_text_model

    text = check_prompt(args.text, args.examples)
    check_text_model(worker.session(args))
    return p.TextChecked(text or "", text or EXAMPLE_CONCEPT), []


def _folder_info(worker, args: p.Folder, blobs, job):
    """What a folder is (CRS, chips, model) without loading a decoder."""
    from .folders import open_feature_folder
    from .geo import crs_to_text

    folder = open_feature_folder(args.folder)
    b = folder.bounds
    return p.FolderInfo(crs_to_text(folder.crs) if folder.crs is not None else "", [b.minx, b.miny, b.maxx, b.maxy], len(folder.chips), folder.model_type,
                        folder.model_variant, folder.checkpoint_path), []


def _model_info(worker, args: p.Checkpoint, blobs, job):
    """What a checkpoint is and the chip size an encode with it cuts by default (a web layer's estimate before its fetch)."""
    from .models.checkpoints import create_model_spec_from_checkpoint

    spec = create_model_spec_from_checkpoint(args.checkpoint, args.model_type)
    return p.ModelInfo(spec.model_type, spec.variant, spec.native_chip_size), []


def _measure(worker, args: p.Measure, blobs, job):
    """Seconds per chip of a checkpoint's image encoder in each precision asked for, on this machine and device, and
    with a raster the accuracy gate of each reduced precision (encode/gate.py): what the dock's Measure shows."""
    from .encode.gate import measure

    notes: list[str] = []
    report = measure(args.checkpoint, args.device or None, args.precisions, args.raster or None, progress=job.progress,
                     cancelled=job.cancelled, notice=notes.append)
    return p.Measured(report.variant, report.device, report.chip_size, report.seconds, report.refused, report.engines, report.accuracy, notes, report.devices), []


def _verify_download(worker, args: p.VerifyDownload, blobs, job):
    """A downloaded model checked (sha256, or its tensors where no checksum is published) and, for a finished `.part`,
    renamed into place: the QGIS model manager's last step (it downloads on QGIS's network, the worker verifies)."""
    from pathlib import Path

    from .models.catalogue import CatalogueEntry
    from .models.download import finish_download, verify_model

    entry = CatalogueEntry(**args.entry)
    if args.part:
        path = finish_download(Path(args.part), Path(args.target), entry, job.cancelled)
    else:
        path = Path(args.target)
        verify_model(path, entry, job.cancelled)
    return p.Verified(str(path)), []


def _check_output(worker, args: p.Folder, blobs, job):
    """A folder an encode may write into (empty, new, or the same encode to resume), or the one-line reason why not."""
    from .folders.format import check_output_folder

    check_output_folder(args.folder)
    return p.Empty(), []


def _self_test(worker, args: p.Empty, blobs, job):
    return p.SelfTested(**run_self_test()), []


def run_self_test() -> dict:
    """The runtime's own check before the installer says "ready" (also `python -m encoder self-test`): torch loads, a
    tiny SAM encodes a small raster (written with rasterio) into a folder, and a click on it becomes a polygon.
    Everything in a temporary folder. Names the device, and why a CUDA build of torch can use no GPU here."""
    import tempfile
    from pathlib import Path

    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    from .encode.builder import FeatureCacheBuilder
    from .encode.raster import RasterDataset
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .models.tiny import make_tiny_sam_checkpoint
    from .segment.query import FeatureQueryEngine

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geosam-self-test-") as tmp:
        work = Path(tmp)
        raster = work / "square.tif"
        pixels = np.zeros((3, 128, 128), dtype=np.uint8)
        pixels[:, 32:96, 32:96] = 255
        with rasterio.open(raster, "w", driver="GTiff", width=128, height=128, count=3, dtype="uint8", crs="EPSG:3857", transform=from_origin(0, 128, 1, 1)) as dst:
            dst.write(pixels)
        checkpoint = make_tiny_sam_checkpoint(work / "tiny_sam.pth")
        FeatureCacheBuilder(RasterDataset(raster), create_model_spec_from_checkpoint(checkpoint), work / "features").build()
        result = FeatureQueryEngine(work / "features").query(points=[(64.0, 64.0)], crs="EPSG:3857")
    import torch

    from .models.runtime import describe_device

    gpu_unused = ""
    if torch.version.cuda and not torch.cuda.is_available():  # a CUDA build that can use no GPU here: say why
        try:
            torch.zeros(1, device="cuda")
        except Exception as exc:  # torch's own reason: no driver, too old a driver, no kernel image for this GPU
            reason = (str(exc).splitlines() or ["no GPU found"])[0]
        else:
            reason = "no GPU found"
        gpu_unused = f"Its torch is a CUDA {torch.version.cuda} build, but no GPU can be used ({reason}): GeoSAM runs on the CPU."
    return {"seconds": time.perf_counter() - started, "polygons": len(result.polygons), "torch": torch.__version__, "device": describe_device(None),
            "gpu_unused": gpu_unused}


def _sleep(worker, args: p.Sleep, blobs, job):
    """For the tests of a hung worker and of stray output: prints to stdout from Python and from C (both land on stderr,
    never in the protocol), then answers after `seconds` (cancel ends it early)."""
    print("a library's stray print")
    os.write(1, b"a stray write on file descriptor 1\n")
    deadline = time.monotonic() + float(args.seconds)
    while time.monotonic() < deadline and not job.cancelled():
        time.sleep(0.05)
    return p.Slept(not job.cancelled()), []


# One handler for each operation of encoder/protocol.py (tests/test_worker.py holds them equal); `sleep` is a test's
# own, served only with GEOSAM_WORKER_TEST_OPS=1.
HANDLERS = {
    "hello": _hello, "preload": _preload, "open_folder": _open_folder, "open_raster": _open_raster, "query": _query, "chips": _chips, "close": _close, "open_view": _open_view, "view": _view,
    "encode": _encode, "everything": _everything, "regularize": _regularize, "export_training": _export_training, "text": _text, "check_text": _check_text, "folder_info": _folder_info, "model_info": _model_info, "verify_download": _verify_download, "check_output": _check_output,
    "self_test": _self_test, "measure": _measure, "read_dates": _read_dates, "encode_dates": _encode_dates, "follow_dates": _follow_dates, "sleep": _sleep,
}


def main(argv=None) -> int:
    """Take stdout for the protocol, send every other output to stderr, and serve until stdin closes."""
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # C-level prints (a library's banner) land on stderr, never in the protocol
    sys.stdout = sys.stderr
    return Worker(sys.stdin.buffer, protocol_out).serve()


if __name__ == "__main__":
    sys.exit(main())

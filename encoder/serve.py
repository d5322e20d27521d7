# SPDX-License-Identifier: GPL-2.0-or-later
"""python -m encoder serve: the engine as a long-lived worker in a Python of its own, driven by QGIS over stdin/stdout.

QGIS's process never imports torch (or rasterio, pyarrow, shapely, sam*): it starts this worker in GeoSAM's runtime
and speaks encoder/protocol.py to it. The worker keeps the opened folders (their decoders warm) between requests.

- stdout carries the protocol alone: the file descriptor is taken for it at start, and fd 1 then points to stderr,
  so a print from any library (Python or C) goes to stderr, which the client keeps as the worker's log.
- Interactive requests (open, query, chips, ...) run one after another on one thread; long ones (encode, segment
  everything, text search) each on a thread of their own, with progress events and cancel. So clicks are answered
  while an encode runs.
- An error is answered as the one-line message of the command line (GeoSamError), never as a traceback; anything
  unexpected is answered in one line too, its traceback written to stderr.
- The worker ends when its stdin closes (QGIS quit, or was killed) or when its parent process changes.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
import traceback

from .errors import EncodeCancelled, GeoSamError, OperationCancelled
from .protocol import PING_OP, PROTOCOL_VERSION, ProtocolError, read_message, write_message

# "view" too: a view session's status is answered while a click waits on the interactive thread for its chip.
LONG_OPS = {"encode", "everything", "text", "verify_download", "self_test", "sleep", "measure", "view"}
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
        self.parent = os.getppid()

    def send(self, message: dict, blobs=()) -> None:
        with self.write_lock:
            write_message(self.stdout, message, blobs)

    def serve(self) -> int:
        threading.Thread(target=self._interactive_loop, name="GeoSAM interactive", daemon=True).start()
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
            if op == "cancel":
                job = self.jobs.get(request.get("args", {}).get("request"))
                if job is not None:
                    job.cancel.set()
                self.send({"id": request_id, "ok": True, "result": {"cancelled": job is not None}})
            elif op == "shutdown":
                self.send({"id": request_id, "ok": True, "result": {}})
                return 0
            elif op == PING_OP:
                self.send({"id": request_id, "ok": True, "result": {"pid": os.getpid()}})
            else:
                # The job exists before the request is handed on, so a cancel read right after it finds it.
                self.jobs[request_id] = Job(self, request_id)
                if op in LONG_OPS:
                    threading.Thread(target=self._answer, args=(request, blobs), name=f"GeoSAM {op}", daemon=True).start()
                else:
                    self.interactive.put((request, blobs))

    def _interactive_loop(self) -> None:
        while True:
            request, blobs = self.interactive.get()
            self._answer(request, blobs)

    def _watch_parent(self) -> None:
        """A worker whose QGIS is gone ends, even if its stdin stays open (a grandchild holding it)."""
        while True:
            time.sleep(1.0)
            if os.getppid() != self.parent:
                os._exit(0)

    def _answer(self, request: dict, blobs: list[bytes]) -> None:
        request_id, op = request.get("id"), request.get("op")
        handler = handlers().get(op)
        job = self.jobs.setdefault(request_id, Job(self, request_id))
        try:
            if handler is None:
                raise GeoSamError(f"The GeoSAM worker does not know '{op}': the plugin and its runtime are of different versions; repair the runtime.")
            result, out_blobs = handler(self, request.get("args") or {}, blobs, job)
            self.send({"id": request_id, "ok": True, "result": result}, out_blobs)
        except (EncodeCancelled, OperationCancelled) as exc:
            self.send({"id": request_id, "ok": False, "kind": "cancelled", "error": str(exc) or "Cancelled."})
        except GeoSamError as exc:
            self.send({"id": request_id, "ok": False, "kind": type(exc).__name__, "error": str(exc)})
        except Exception as exc:  # one line to QGIS; the traceback to the worker's log
            traceback.print_exc(file=sys.stderr)
            first = (str(exc).splitlines() or [""])[0]
            self.send({"id": request_id, "ok": False, "kind": type(exc).__name__, "error": f"{op} failed in the GeoSAM worker: {type(exc).__name__}: {first}"})
        finally:
            self.jobs.pop(request_id, None)

    def add_session(self, engine) -> int:
        session = self.next_session
        self.next_session += 1
        self.sessions[session] = engine
        return session

    def session(self, args: dict):
        engine = self.sessions.get(args.get("session"))
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
def _hello(worker, args, blobs, job):
    import numpy
    import torch

    from .models.runtime import describe_device

    return {"pid": os.getpid(), "python": sys.version.split()[0], "executable": sys.executable, "torch": torch.__version__, "numpy": numpy.__version__,
            "device": describe_device(None), "cuda": torch.cuda.is_available()}, []


def _preload(worker, args, blobs, job):
    """Import what an encode and a query need (torch, rasterio, pyarrow, shapely, segment_anything, the engine's
    modules): qgis_process asks for it while QGIS is still starting, so the run does not wait for the imports."""
    import importlib

    for name in ("torch", "rasterio", "pyarrow.parquet", "shapely", "segment_anything", "encoder.encode.builder", "encoder.segment.query"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # the request that needs it says so in its own words
    return {}, []


def _vector_options(args: dict):
    from .segment.vectorize import VectorOptions

    options = args.get("options")
    return None if options is None else VectorOptions(**options)


def _footprints(chips) -> list[list[float]]:
    """Chips as [minx, miny, maxx, maxy] in the folder's CRS (the dock draws them)."""
    return [[c.bounds.minx, c.bounds.miny, c.bounds.maxx, c.bounds.maxy] for c in chips]


def _engine_info(engine, live: bool) -> dict:
    from .geo import crs_to_text
    from .models.runtime import describe_device

    b = engine.dataset.bounds if live else engine.bounds
    info = {
        "crs": crs_to_text(engine.crs) if engine.crs is not None else "",
        "bounds": [b.minx, b.miny, b.maxx, b.maxy],
        "model_type": engine.spec.model_type,
        "model_variant": engine.model_variant or engine.spec.variant,
        "device": describe_device(engine.decoder.device),
        "feature_kind": getattr(engine.decoder, "feature_kind", ""),
        "live": live,
    }
    if live:
        precision = engine.builder.precision if hasattr(engine, "builder") else engine.encoder.precision
        info.update(chip_size=engine.chip_size, precision=precision, checkpoint_path=str(engine.spec.checkpoint_path))
    else:
        info.update(chip_size=engine.chips[0].chip_size if engine.chips else 0, checkpoint_path=str(engine.checkpoint_path), folder=str(engine.folder.path),
                    chips=_footprints(engine.chips))
    return info


def _open_folder(worker, args, blobs, job):
    """A feature folder opened for queries, its decoder warmed by one query so the user's first click is fast."""
    from .segment.query import FeatureQueryEngine

    note, warmed = "", False
    try:
        engine = FeatureQueryEngine(args["folder"], checkpoint=args.get("checkpoint") or None, decoder=args.get("decoder", "fast"))
    except GeoSamError:
        raise
    except Exception as exc:  # the fast decoder could not be built: the reference decoder always works
        note = f"Fast decoder unavailable ({exc}); using the reference decoder."
        engine = FeatureQueryEngine(args["folder"], checkpoint=args.get("checkpoint") or None)
    if args.get("warm", True) and engine.chips:
        chip = engine.chips[0]
        centre = ((chip.bounds.minx + chip.bounds.maxx) / 2, (chip.bounds.miny + chip.bounds.maxy) / 2)
        try:  # in the folder's CRS, with the polygon step: what a click runs (without the CRS it was refused, warming nothing)
            engine.query(points=[centre], labels=[1], crs=engine.crs, continue_across_chips=False)
            warmed = True
        except GeoSamError:
            pass  # a nodata chip, say: the first click then warms it
        except Exception:  # the warm-up is a courtesy: the folder still opens, and the worker's log says why
            traceback.print_exc()
    return {"session": worker.add_session(engine), "note": note, "warmed": warmed, **_engine_info(engine, live=False)}, []


def _open_raster(worker, args, blobs, job):
    """Live mode: no feature folder; the chip under a click is encoded on first use."""
    from .encode.tiles import open_dataset
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .segment.query import OnlineQueryEngine

    spec = create_model_spec_from_checkpoint(args["checkpoint"])
    engine = OnlineQueryEngine(open_dataset(args["raster"]), spec, device=args.get("device") or None, precision=args.get("precision", "float32"), decoder=args.get("decoder", "fast"))
    warmed = False
    if args.get("warm", True):
        try:  # the decoder's export (and a TinyViT's first run) now, while the dock says the model is loading
            warmed = engine.warm_up()
        except Exception:  # a courtesy, as for a folder: the first click then pays it, and the worker's log says why
            traceback.print_exc()
    return {"session": worker.add_session(engine), "note": "", "warmed": warmed, **_engine_info(engine, live=True)}, []


def _query(worker, args, blobs, job):
    """Prompts (points, labels, box in `crs`) -> polygons as WKB in `output_crs`, with their attributes."""
    from .segment.query import ChipNotEncoded

    engine = worker.session(args)
    live = hasattr(engine, "encode_on_demand")
    if live:  # a hover preview never starts an encode
        engine.encode_on_demand = not args.get("preview", False)
    try:
        result = engine.query(
            points=args.get("points"), labels=args.get("labels"), box=args.get("box"), crs=args.get("crs"), output_crs=args.get("output_crs"),
            options=_vector_options(args), continue_across_chips=args.get("continue_across_chips", True), preview=bool(args.get("preview", False)),
        )
    except ChipNotEncoded as exc:
        return {"not_encoded": str(exc), "polygons": 0}, []
    chip_prompts = [
        {"chip_id": int(p.chip_id), "points": None if p.points is None else p.points.tolist(), "labels": None if p.labels is None else p.labels.tolist(),
         "box": None if p.box is None else p.box.tolist(), "score": float(p.score)}
        for p in result.chip_prompts
    ]
    reply = {"attributes": result.attributes, "score": float(result.score), "chip_ids": [int(c) for c in result.chip_ids], "chip_prompts": chip_prompts, "polygons": len(result.polygons)}
    if live:
        reply["chips_encoded"] = engine.chips_encoded
    return reply, [p.wkb for p in result.polygons]


def _chips(worker, args, blobs, job):
    """The chips of a session as [minx, miny, maxx, maxy] in the folder's CRS (live mode: those encoded so far)."""
    engine = worker.session(args)
    chips = engine.encoded_chips() if hasattr(engine, "encode_on_demand") else engine.chips
    reply = {"chips": _footprints(chips)}
    if hasattr(engine, "chips_encoded"):
        reply["chips_encoded"] = engine.chips_encoded
    return reply, []


def _close(worker, args, blobs, job):
    engine = worker.sessions.pop(args.get("session"), None)
    if hasattr(engine, "scheduler"):  # a view session: its background encode stops after the chip under way
        engine.close()
    return {}, []


def _open_view(worker, args, blobs, job):
    """A view-first session: the raster encoded into `folder` in the background, nearest the view first."""
    from .segment.view import ViewSession

    engine = ViewSession(args["raster"], args["checkpoint"], args["folder"], view=args.get("view"), device=args.get("device") or None,
                         precision=args.get("precision", "float32"), decoder=args.get("decoder", "fast"), paused=bool(args.get("paused", False)),
                         chip_size=args.get("chip_size"), stride=args.get("stride"), limit=args.get("limit"))
    info = _engine_info(engine, live=True)
    info.update(view=True, folder=str(engine.path), chips=_footprints(engine.chips))
    return {"session": worker.add_session(engine), "note": "", **info, **engine.status()}, []


def _view(worker, args, blobs, job):
    """A view session's centre moved ([x, y, crs]) and / or it is paused or resumed; answers its status."""
    engine = worker.session(args)
    if args.get("view"):
        engine.set_view(*args["view"])
    if "paused" in args:
        engine.pause(bool(args["paused"]))
    if "limit" in args:
        engine.set_limit(args["limit"])
    return engine.status(detail=bool(args.get("detail"))), []


def _encode(worker, args, blobs, job):
    """A raster -> a feature folder (resumable), or the same encode on a Dask cluster; progress and cancel."""
    from .encode.builder import FeatureCacheBuilder
    from .encode.tiles import open_dataset
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .models.runtime import describe_device, resolve_device

    dataset = open_dataset(args["raster"], **(args.get("dataset") or {}))
    spec = create_model_spec_from_checkpoint(args["checkpoint"], args.get("model_type") or None)
    options = dict(args.get("builder") or {})
    device = options.get("device")

    def progress(p) -> None:
        job.progress(p.percent, done=p.done, total=p.total, reused=p.reused, chips_per_s=p.chips_per_s, eta_s=p.eta_s)

    builder = FeatureCacheBuilder(dataset, spec, args["output"], progress=progress, cancel_check=job.cancelled, **options)
    plan = builder.plan()
    job.event(
        "plan", text=f"{dataset.describe()}: {len(plan.chips)} chips of {plan.chip_size} px (stride {plan.stride}) with {spec.variant}; "
        f"about {plan.estimated_bytes / 1e6:.0f} MB on disk.", device=describe_device(resolve_device(device)), chips=len(plan.chips), variant=spec.variant,
    )
    scheduler = (args.get("scheduler") or "").strip()
    if scheduler:
        from .encode.distributed import encode_with_dask

        job.event("log", text=f"Sending the chips to the Dask scheduler at {scheduler}.")
        result = encode_with_dask(
            dataset, spec, args["output"], scheduler, progress=lambda done, total: job.progress(100.0 * done / max(total, 1), done=done, total=total),
            chip_size=builder.chip_size, stride=builder.stride, extent=builder.extent, value_range=builder.user_value_range, batch_size=builder.batch_size,
            device=builder.device, feature_dtype=builder.feature_dtype, precision=builder.precision,
        )
        return {"output": str(args["output"]), "chips": result.chips, "reused": 0, "written": result.chips, "skipped_nodata": result.skipped_nodata, "seconds": 0.0, "cluster": True}, []
    result = builder.run()
    return {
        "output": str(args["output"]), "chips": result.chips_written + result.chips_reused, "written": result.chips_written, "reused": result.chips_reused,
        "skipped_nodata": result.skipped_nodata, "seconds": result.seconds, "cluster": False,
    }, []


def _folder_engine(args, decoder: str = "torch"):
    from .segment.query import FeatureQueryEngine

    return FeatureQueryEngine(args["folder"], checkpoint=args.get("checkpoint") or None, decoder=decoder)


def _extent(args):
    from .geo import Bounds

    extent = args.get("extent")
    return None if not extent else Bounds(*extent)


def _found(found: list) -> tuple[dict, list[bytes]]:
    return {"attributes": [attributes for _polygon, attributes in found], "polygons": len(found)}, [polygon.wkb for polygon, _attributes in found]


def _everything(worker, args, blobs, job):
    """Automatic masks over every chip (or an extent), in the folder's CRS. The fast decoder: a grid of prompts is many decodes."""
    from .segment.everything import EverythingOptions, segment_everything

    engine = _folder_engine(args, decoder="fast")
    found = segment_everything(engine, _extent(args), EverythingOptions(**(args.get("options") or {})), progress=job.progress, cancelled=job.cancelled)
    return _found(found)


def _text(worker, args, blobs, job):
    """Every instance of a concept (text and / or example boxes) in a SAM 3 folder, in the folder's CRS."""
    from .segment.concepts import EXAMPLE_CONCEPT, ConceptOptions, check_prompt, check_text_model, segment_text

    examples = args.get("examples") or None
    concept = check_prompt(args.get("text"), examples) or EXAMPLE_CONCEPT
    engine = _folder_engine(args)
    check_text_model(engine)
    found = segment_text(
        engine, args.get("text"), _extent(args), ConceptOptions(**(args.get("options") or {})), progress=job.progress, cancelled=job.cancelled,
        exemplars=examples, crs=args.get("examples_crs"),
    )
    result, polygons = _found(found)
    return dict(result, concept=concept), polygons


def _check_text(worker, args, blobs, job):
    """A text search checked before it starts: the prompt, and the open folder's model reading text (one line each)."""
    from .segment.concepts import EXAMPLE_CONCEPT, check_prompt, check_text_model

    text = check_prompt(args.get("text"), args.get("examples"))
    check_text_model(worker.session(args))
    return {"text": text or "", "concept": text or EXAMPLE_CONCEPT}, []


def _folder_info(worker, args, blobs, job):
    """What a folder is (CRS, chips, model) without loading a decoder."""
    from .folders import open_feature_folder
    from .geo import crs_to_text

    folder = open_feature_folder(args["folder"])
    b = folder.bounds
    return {"crs": crs_to_text(folder.crs) if folder.crs is not None else "", "bounds": [b.minx, b.miny, b.maxx, b.maxy], "chips": len(folder.chips),
            "model_type": folder.model_type, "model_variant": folder.model_variant, "checkpoint_path": folder.checkpoint_path}, []


def _measure(worker, args, blobs, job):
    """Seconds per chip of a checkpoint's image encoder in each precision asked for, on this machine and device: one
    chip of the model's own size (random pixels: the time does not depend on them) after a warm-up chip. What the
    dock's Measure shows; a precision the device cannot run is reported with its one-line reason."""
    import numpy as np

    from .errors import DeviceError
    from .models import load_adapter
    from .models.checkpoints import create_model_spec_from_checkpoint
    from .models.runtime import describe_device, resolve_device

    spec = create_model_spec_from_checkpoint(args["checkpoint"])
    device = resolve_device(args.get("device") or None)
    size = spec.native_chip_size
    image = np.random.default_rng(0).integers(0, 256, (size, size, 3), dtype=np.uint8)
    precisions = list(args.get("precisions") or ["float32", "bfloat16"])
    seconds, refused = {}, {}
    for i, precision in enumerate(precisions):
        job.progress(100.0 * i / len(precisions))
        if job.cancelled():
            raise OperationCancelled("Measuring was cancelled.")
        try:
            adapter = load_adapter(spec, str(device), precision=precision)
        except DeviceError as exc:
            refused[precision] = str(exc)
            continue
        adapter.encode([image], size)  # warm-up: first-call allocations, oneDNN's kernel choice
        started = time.perf_counter()
        adapter.encode([image], size)
        seconds[precision] = time.perf_counter() - started
        adapter = None
    return {"variant": spec.variant, "device": describe_device(device), "chip_size": size, "seconds": seconds, "refused": refused}, []


def _verify_download(worker, args, blobs, job):
    """A downloaded model checked (sha256, or its tensors where no checksum is published) and, for a finished `.part`,
    renamed into place: the QGIS model manager's last step (it downloads on QGIS's network, the worker verifies)."""
    from pathlib import Path

    from .models.catalogue import CatalogueEntry
    from .models.download import finish_download, verify_model

    entry = CatalogueEntry(**args["entry"])
    if args.get("part"):
        path = finish_download(Path(args["part"]), Path(args["target"]), entry, job.cancelled)
    else:
        path = Path(args["target"])
        verify_model(path, entry, job.cancelled)
    return {"path": str(path)}, []


def _check_output(worker, args, blobs, job):
    """A folder an encode may write into (empty, new, or the same encode to resume), or the one-line reason why not."""
    from .folders.format import check_output_folder

    check_output_folder(args["folder"])
    return {}, []


def _self_test(worker, args, blobs, job):
    return run_self_test(), []


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


def _sleep(worker, args, blobs, job):
    """For the tests of a hung worker and of stray output: prints to stdout from Python and from C (both land on stderr,
    never in the protocol), then answers after `seconds` (cancel ends it early)."""
    print("a library's stray print")
    os.write(1, b"a stray write on file descriptor 1\n")
    deadline = time.monotonic() + float(args.get("seconds", 1.0))
    while time.monotonic() < deadline and not job.cancelled():
        time.sleep(0.05)
    return {"slept": not job.cancelled()}, []


HANDLERS = {
    "hello": _hello, "preload": _preload, "open_folder": _open_folder, "open_raster": _open_raster, "query": _query, "chips": _chips, "close": _close, "open_view": _open_view, "view": _view,
    "encode": _encode, "everything": _everything, "text": _text, "check_text": _check_text, "folder_info": _folder_info, "verify_download": _verify_download, "check_output": _check_output, "self_test": _self_test, "measure": _measure,
}
TEST_HANDLERS = {"sleep": _sleep}


def handlers() -> dict:
    """The operations this worker serves: the shipped ones, and the tests' own (sleep) when GEOSAM_WORKER_TEST_OPS=1."""
    return {**HANDLERS, **TEST_HANDLERS} if os.environ.get(TEST_OPS_ENV) == "1" else HANDLERS


def main(argv=None) -> int:
    """Take stdout for the protocol, send every other output to stderr, and serve until stdin closes."""
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # C-level prints (a library's banner) land on stderr, never in the protocol
    sys.stdout = sys.stderr
    return Worker(sys.stdin.buffer, protocol_out).serve()


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: GPL-2.0-or-later
"""EncodePipeline: encode a raster chip by chip into a resumable feature folder: a reader thread, the encoder, a
writer thread; given its options (options.py) and its chips (a ChipSource of sources.py, which it never imports)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import EncodeCancelled, FeatureFolderError, NothingToEncodeError, RasterError
from ..files import atomic_write_text
from ..folders.format import (
    FEATURES_DIR,
    FORMAT_VERSION,
    LOCK_NAME,
    MANIFEST_NAME,
    SETTINGS_NAME,
    check_output_folder,
    chip_file_complete,
    chip_file_name,
    settings_differences,
    write_chip_file,
    write_manifest,
)
from ..geo import (
    PixelWindow,
    affine_to_list,
    bounds_to_window,
    crs_to_text,
    pixel_to_map,
    window_bounds,
    window_transform,
)
from ..models.checkpoints import ModelSpec
from .grid import Chip, chip_grid
from .options import EncodeOptions
from .raster import RasterSource

# Chips read through one dataset handle before it is reopened (bounds GDAL's block cache).
REOPEN_EVERY = 8
# Bytes of one chip file by family and dtype (measured; used for the disk estimate before encoding).
_BYTES_PER_CHIP = {("sam", "float16"): 2_098_000, ("sam", "float32"): 4_195_000, ("sam2", "float16"): 8_390_000, ("sam2", "float32"): 16_780_000}


@dataclass(frozen=True)
class EncodeProgress:
    """Where an encode stands: chips handled of total, speed and time left."""

    done: int
    total: int
    encoded: int
    reused: int
    skipped_nodata: int
    chips_per_s: float
    eta_s: float | None

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 100.0


@dataclass(frozen=True)
class EncodePlan:
    chips: list[Chip]
    chip_size: int
    stride: int
    area: PixelWindow
    estimated_bytes: int


@dataclass
class EncodeStats:
    """What an encode did with its chips: encoded now, reused (complete on disk), skipped (all nodata); kept: the
    chips on disk at the end, in grid order; skipped_ids: the nodata chips' ids."""

    encoded: int = 0
    reused: int = 0
    skipped: int = 0
    kept: list = field(default_factory=list)
    skipped_ids: set = field(default_factory=set)

    @property
    def done(self) -> int:
        return self.encoded + self.reused + self.skipped


@dataclass(frozen=True)
class EncodeResult:
    manifest_path: Path
    chips_written: int
    chips_reused: int
    skipped_nodata: int
    seconds: float


class EncodePipeline:
    """Encode `dataset` with `model_spec` into the feature folder `output_dir`, as `options` say (options.py), taking
    the chips `source` gives (sources.py: the whole grid, a shard, chosen chips, a view session's scheduler): one
    reader -> encoder -> writer pipeline for all of them. Re-running with the same settings resumes; other settings
    into a used folder are refused. progress(EncodeProgress) is called after every batch; cancel() or a
    cancel_check() returning True stops before the next batch, or after the current one. adapter: an already loaded
    model (a Dask worker loads it once). FeatureCacheBuilder (builder.py) makes one from keyword arguments."""

    def __init__(self, dataset: RasterSource, model_spec: ModelSpec, output_dir: str | os.PathLike, options: EncodeOptions, source,
                 progress: Callable[[EncodeProgress], None] | None = None, cancel_check: Callable[[], bool] | None = None, adapter=None) -> None:
        self.dataset = dataset
        self.spec = model_spec
        self.output_dir = Path(output_dir)
        self.options = options
        self.source = source
        self.progress = progress
        self.adapter = adapter
        self._cancel = threading.Event()
        self._cancel_check = cancel_check

    def cancel(self) -> None:
        self._cancel.set()

    def _cancelled(self) -> bool:
        if self._cancel_check is not None and self._cancel_check():
            self._cancel.set()
        return self._cancel.is_set()

    # ----------------------------------------------------------------- plan
    def plan(self) -> EncodePlan:
        """The chip grid and a disk estimate, without reading pixels."""
        ds = self.dataset
        area = PixelWindow(0, 0, ds.height, ds.width)
        extent = self.options.extent
        if extent is not None:
            window = bounds_to_window(ds.transform, extent, ds.width, ds.height)
            if window is None:
                b = ds.bounds
                raise RasterError(
                    f"The extent {extent.minx:g},{extent.miny:g},{extent.maxx:g},{extent.maxy:g} does not overlap "
                    f"{ds.path} (bounds {b.minx:g},{b.miny:g},{b.maxx:g},{b.maxy:g} in {ds.crs_text}): choose an extent over the raster."
                )
            area = window
        chip_size, stride = self.options.chip_size, self.options.stride
        chips = chip_grid(ds.width, ds.height, chip_size, stride, area)
        per_chip = _BYTES_PER_CHIP.get((self.spec.model_type, self.options.feature_dtype), 4_200_000)
        return EncodePlan(chips, chip_size, stride, area, per_chip * len(chips))

    def prepare(self, plan: EncodePlan) -> tuple[tuple[float, float], dict]:
        """The encode's value range and settings, with the folder made (settings.json written) or checked: a used
        folder with other settings is refused. Runs before any chip (run(), and a Dask client before its batches)."""
        value_range = self.value_range(plan)
        settings = encode_settings(self.dataset, self.spec, self.options, plan, value_range)
        self._prepare_folder(settings)
        return value_range, settings

    def _prepare_folder(self, settings: dict) -> None:
        out = self.output_dir
        settings_path = out / SETTINGS_NAME
        check_output_folder(out)
        if settings_path.is_file():
            try:
                previous = json.loads(settings_path.read_text())
            except ValueError:
                previous = {}
            previous.setdefault("precision", "float32")  # folders from before the setting computed in float32
            changed = settings_differences(previous, settings)
            if changed:
                raise FeatureFolderError(
                    f"{out} holds an encode with other settings ({', '.join(changed)} differ): choose a new folder, or the same settings to resume."
                )
        try:
            (out / FEATURES_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FeatureFolderError(f"Cannot create the feature folder {out}: {exc.strerror}. Choose a folder you can write to.") from None
        if not settings_path.is_file():
            atomic_write_text(settings_path, json.dumps(settings, indent=1))

    # ---------------------------------------------------------------- build
    def build(self) -> Path:
        """Run (or resume) the encode; returns the path of manifest.parquet."""
        return self.run().manifest_path

    def run(self) -> EncodeResult:
        started = time.monotonic()
        plan = self.plan()
        created = not self.output_dir.exists()
        value_range, settings = self.prepare(plan)
        try:
            with self.source.lock(self.output_dir):
                (self.output_dir / MANIFEST_NAME).unlink(missing_ok=True)
                stats = self.encode_chips(plan, value_range, self.source.select(plan.chips))
                manifest = self.source.record(self.output_dir, settings, stats)
                if manifest is None:
                    if not stats.kept:
                        raise NothingToEncodeError(f"Nothing to encode: every chip of {self.dataset.path} in the chosen area is nodata.")
                    manifest = self._write_manifest(plan, settings, stats)
        except BaseException:
            if created:
                _remove_if_no_chips(self.output_dir)
            raise
        return EncodeResult(manifest, stats.encoded, stats.reused, stats.skipped, time.monotonic() - started)

    def value_range(self, plan: EncodePlan) -> tuple[float, float]:
        """The one value range of the encode: the user's, else the one already in a distributed encode's folder,
        else computed from the whole area (never from a shard's chips)."""
        return self.options.value_range or self.shared_value_range() or self.dataset.compute_value_range(plan.area)

    def shared_value_range(self) -> tuple[float, float] | None:
        """The value range already in the folder's settings (written by the first shard or a prepare step)."""
        settings_path = self.output_dir / SETTINGS_NAME
        if not self.source.partial or not settings_path.is_file():
            return None
        try:
            value_range = json.loads(settings_path.read_text()).get("value_range")
        except ValueError:
            return None
        return tuple(value_range) if value_range else None

    def encode_chips(self, plan: EncodePlan, value_range: tuple[float, float], chips: list[Chip] | None = None) -> EncodeStats:
        """Encode those of `chips` (default: the plan's) not complete on disk into the folder's features/: a reader
        thread reads ahead, batches encode here, a writer thread writes; progress after each batch."""
        from ..models import load_adapter

        chips = plan.chips if chips is None else chips
        features_dir = self.output_dir / FEATURES_DIR
        stats = EncodeStats()
        todo = [chip for chip in chips if not chip_file_complete(features_dir / chip_file_name(chip.chip_id))]
        stats.reused = len(chips) - len(todo)
        adapter = (self.adapter or load_adapter(self.spec, self.options.device, fast_attention=self.options.fast_attention, precision=self.options.precision,
                                                notice=logging.getLogger("geosam").warning)) if todo else None
        t0 = time.monotonic()
        self._report(len(chips), stats, t0)
        # A scheduler re-orders the chips while they are read: the reader then stays one chip ahead only.
        read_queue: queue.Queue = queue.Queue(maxsize=max(2, 2 * self.options.batch_size) if self.source.reads_ahead else 1)
        write_queue: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()
        self.dataset.stop_when(lambda: stop.is_set() or self._cancel.is_set())
        reader = threading.Thread(target=self._read_chips, args=(todo, value_range, read_queue, stop), daemon=True)
        writer_errors: list[BaseException] = []
        writer = threading.Thread(target=_write_chips, args=(features_dir, write_queue, writer_errors, self.source.written), daemon=True)
        reader.start()
        writer.start()
        try:
            self._encode_batches(adapter, plan.chip_size, len(chips), read_queue, write_queue, writer_errors, stats, t0)
        finally:
            stop.set()
            write_queue.put(None)
            writer.join()
            _drain(read_queue)
            reader.join(timeout=30)
        if writer_errors:
            raise writer_errors[0]
        # Every chip is now on disk (reused or encoded) unless it was all nodata.
        stats.kept = [c for c in chips if c.chip_id not in stats.skipped_ids]
        return stats

    def _encode_batches(self, adapter, chip_size: int, total: int, read_queue: queue.Queue, write_queue: queue.Queue, writer_errors: list, stats: EncodeStats, t0: float) -> None:
        """The encode loop: a batch from the reader, encoded, handed to the writer, progress; cancel between batches."""
        finished = False
        while not finished:
            batch, finished = self._next_batch(read_queue, stats)
            if batch and self._cancelled():  # a cancel that came before this batch: not one more chip written
                raise _cancelled_after(stats.done, total)
            if batch:
                features = adapter.encode([image for _, image in batch], chip_size)
                for (chip, image), feat in zip(batch, features):
                    write_queue.put((chip, self._payload(chip, image.shape[:2], feat, adapter.feature_kind)))
                stats.encoded += len(batch)
            if writer_errors:
                raise writer_errors[0]
            self._report(total, stats, t0)
            if self._cancelled() and not (finished and stats.done == total):  # a scheduler stopped early also ends here
                raise _cancelled_after(stats.done, total)

    def _next_batch(self, read_queue: queue.Queue, stats: EncodeStats) -> tuple[list, bool]:
        """Up to batch_size chips read (nodata chips counted as skipped on the way); True when the reader ended."""
        batch = []
        while len(batch) < self.options.batch_size:
            kind, chip, payload = read_queue.get()
            if kind == "end":
                return batch, True
            if kind == "error":
                raise payload
            if kind == "skip":
                self.source.skipped(chip.chip_id)
                stats.skipped_ids.add(chip.chip_id)
                stats.skipped += 1
                continue
            batch.append((chip, payload))
        return batch, False

    def _read_chips(self, chips: list[Chip], value_range, out: queue.Queue, stop: threading.Event) -> None:
        """Reader thread: stream chip windows from disk ahead of the encoder.

        The dataset is reopened every REOPEN_EVERY chips: closing it drops its blocks from
        GDAL's process-wide cache, which otherwise grows with the raster (up to 5 % of RAM).
        """
        # One chip at a time from the source's order: a scheduler decides each next chip only when it is asked for.
        order = self.source.order(chips, stop)
        try:
            with contextlib.ExitStack() as opened:
                reader = None
                for count, chip in enumerate(order):
                    if stop.is_set():
                        return
                    if count % REOPEN_EVERY == 0:
                        opened.close()
                        reader = opened.enter_context(self.dataset.open())
                    pixels = self.dataset.read_chip(reader, chip.window, value_range)
                    out.put(("skip", chip, None) if not pixels.valid.any() else ("chip", chip, pixels.image))
        except BaseException as exc:  # handed to the main thread, which raises it
            out.put(("error", None, exc))
            return
        out.put(("end", None, None))

    def _payload(self, chip: Chip, valid_hw, features: dict, feature_kind: str) -> dict:
        import torch

        from ..models.runtime import map_tensors

        dtype = torch.float16 if self.options.feature_dtype == "float16" else torch.float32
        # clone: a slice of the batch would otherwise save the whole batch's storage
        stored = map_tensors(features, lambda t: t.detach().to("cpu", dtype).contiguous().clone())
        return {
            "format_version": FORMAT_VERSION,
            "chip_id": chip.chip_id,
            "model_type": self.spec.model_type,
            "model_variant": self.spec.variant,
            "checkpoint_path": self.spec.checkpoint_path,
            "src_shape": [int(valid_hw[0]), int(valid_hw[1])],
            "dst_shape": [self.spec.image_size, self.spec.image_size],
            "chip_size": chip.chip_size,
            "feature_kind": feature_kind,
            "features": stored["features"] if set(stored) == {"features"} else stored,
        }

    def _report(self, total: int, stats: EncodeStats, t0: float) -> None:
        if self.progress is None:
            return
        elapsed = time.monotonic() - t0
        rate = stats.encoded / elapsed if elapsed > 0 and stats.encoded else 0.0
        remaining = total - stats.done
        eta = remaining / rate if rate > 0 else (0.0 if remaining == 0 else None)
        self.progress(EncodeProgress(stats.done, total, stats.encoded, stats.reused, stats.skipped, rate, eta))

    def _write_manifest(self, plan: EncodePlan, settings: dict, stats: EncodeStats) -> Path:
        model = {"checkpoint_path": os.path.abspath(self.spec.checkpoint_path), "model_type": self.spec.model_type, "model_variant": self.spec.variant, "image_size": self.spec.image_size}
        return write_folder_manifest(self.output_dir, self.dataset, stats.kept, settings, model, self.options.feature_dtype, plan.stride, stats.skipped)


def encode_settings(dataset: RasterSource, spec: ModelSpec, options: EncodeOptions, plan: EncodePlan, value_range: tuple[float, float]) -> dict:
    """The folder's settings (.geosam-encode.json): what a resume must match and what a reader needs to know."""
    return {
        "format_version": FORMAT_VERSION,
        "source_path": os.path.abspath(dataset.path) if os.path.exists(dataset.path) else dataset.path,
        "bands": list(dataset.indexes),
        "crs": dataset.crs_text,
        "resolution": list(dataset.resolution) if dataset.resolution else None,
        "area": [plan.area.row_off, plan.area.col_off, plan.area.height, plan.area.width],
        "chip_size": plan.chip_size,
        "stride": plan.stride,
        "value_range": list(value_range),
        "model_type": spec.model_type,
        "model_variant": spec.variant,
        "checkpoint_name": os.path.basename(spec.checkpoint_path),
        "checkpoint_bytes": os.path.getsize(spec.checkpoint_path),
        "feature_dtype": options.feature_dtype,
        "precision": options.precision,
        # A web layer's definition, resolution and attribution (encoder/encode/tiles.py); a file has none.
        **({"source": dataset.source} if dataset.source else {}),
    }


def write_folder_manifest(folder: Path, dataset: RasterSource, kept: list[Chip], settings: dict, model: dict, feature_dtype: str, stride: int, skipped: int) -> Path:
    """manifest.parquet for the kept chips: one writer for the single-process encode and the merge of shards."""
    import shapely

    rows = []
    for chip in kept:
        transform = window_transform(dataset.transform, chip.window)
        bounds = window_bounds(dataset.transform, chip.window)
        cx, cy = pixel_to_map(transform, [chip.width / 2], [chip.height / 2])
        rows.append(
            {
                "feature_path": f"{FEATURES_DIR}/{chip_file_name(chip.chip_id)}",
                "chip_id": chip.chip_id,
                "source_path": settings["source_path"],
                "checkpoint_path": model["checkpoint_path"],
                "model_type": model["model_type"],
                "transform": json.dumps(affine_to_list(transform)),
                "shape": json.dumps([chip.height, chip.width]),
                "crs": crs_to_text(dataset.crs),
                "dst_shape": json.dumps([model["image_size"], model["image_size"]]),
                "chip_center_x": float(cx[0]),
                "chip_center_y": float(cy[0]),
                "geometry": shapely.box(bounds.minx, bounds.miny, bounds.maxx, bounds.maxy).wkb,
                "format_version": FORMAT_VERSION,
                "value_range": json.dumps(settings["value_range"]),
                "bands": json.dumps(settings["bands"]),
                "feature_dtype": feature_dtype,
                "model_variant": model["model_variant"],
                "chip_size": chip.chip_size,
                "stride": stride,
            }
        )
    metadata = {
        "geosam_format_version": str(FORMAT_VERSION),
        "grid": {"transform": affine_to_list(dataset.transform), "width": dataset.width, "height": dataset.height},
        "settings": settings,
        "skipped_nodata_chips": str(skipped),
    }
    return write_manifest(folder, rows, metadata, dataset.crs)


def dataset_from_settings(settings: dict) -> RasterSource:
    """The raster as an encode with these settings read it (bands, CRS, resolution)."""
    from .tiles import is_tile_cache, open_dataset

    # A tile cache is its own grid: its settings' bands and CRS are what it is, not a choice to apply again.
    options = {} if is_tile_cache(settings["source_path"]) else {"indexes": settings["bands"], "crs": settings["crs"], "resolution": settings["resolution"]}
    return open_dataset(settings["source_path"], **options)


def _write_chips(features_dir: Path, work: queue.Queue, errors: list, written=None) -> None:
    """Writer thread: chip files are written while the next batch encodes; written(chip_id) hears of each one."""
    while True:
        item = work.get()
        if item is None:
            return
        if errors:
            continue
        chip, payload = item
        try:
            write_chip_file(features_dir / chip_file_name(chip.chip_id), payload)
            if written is not None:
                written(chip.chip_id)
        except OSError as exc:
            errors.append(FeatureFolderError(f"Cannot write {features_dir / chip_file_name(chip.chip_id)}: {exc.strerror or exc}. Free disk space or choose another folder, then run again to resume."))
        except BaseException as exc:  # handed to the main thread
            errors.append(exc)


def _remove_if_no_chips(folder: Path) -> None:
    """Remove a folder this encode created when it failed before finishing any chip: nothing half-written stays."""
    features = folder / FEATURES_DIR
    if features.is_dir() and any(features.glob("chip_*.pt")):
        return  # finished chips are kept so the encode can resume
    for name in (SETTINGS_NAME, LOCK_NAME):
        (folder / name).unlink(missing_ok=True)
    for leftover in list(features.glob(".*.tmp-*")) if features.is_dir() else []:
        leftover.unlink(missing_ok=True)
    for directory in (features, folder):
        try:
            directory.rmdir()
        except OSError:
            pass


def _drain(q: queue.Queue) -> None:
    try:
        while True:
            q.get_nowait()
    except queue.Empty:
        pass


def _cancelled_after(done: int, total: int) -> EncodeCancelled:
    return EncodeCancelled(f"Encode cancelled after {done} of {total} chips; finished chips are kept: run it again with the same settings to resume.")

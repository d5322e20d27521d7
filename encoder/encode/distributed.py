# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding one raster on many machines: deterministic shards (job arrays), the merge, and a Dask runner.

Shards (`--shard K/N`) and Dask batches run the same FeatureCacheBuilder as a single-process encode; only the
chips they take differ. They share one value range: the first to start writes it into the folder's settings
and the others read it (it is computed from the whole raster, never from a shard's chips), and the merge
refuses shards whose settings differ. The merge writes the manifest with the single-process writer, so the
merged folder equals a single-process encode row for row and tensor for tensor.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..errors import FeatureFolderError, GeoSamError, MissingDependencyError, RasterError
from ..files import atomic_write, atomic_write_text
from ..folders.format import FEATURES_DIR, MANIFEST_NAME, SETTINGS_NAME, SHARDS_DIR, chip_file_complete, chip_file_name, settings_differences
from ..geo import crs_to_text

# Environment variables that job arrays set for each task's index (0-based, as array jobs are usually launched).
SHARD_INDEX_VARIABLES = ("SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX")


def parse_shard(text: str, environ: dict | None = None) -> tuple[int, int]:
    """'K/N' -> (K, N); 'N' alone takes K from the job array's index (SLURM, Kubernetes Indexed Job, AWS Batch)."""
    from .sources import check_shard

    environ = os.environ if environ is None else environ
    parts = str(text).split("/")
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        numbers = []
    if len(numbers) == 2:
        return check_shard(numbers[0], numbers[1])
    if len(numbers) != 1:
        raise RasterError(f"--shard takes K/N (e.g. 3/8) or N with the index from the job array; got {text!r}.")
    for name in SHARD_INDEX_VARIABLES:
        if environ.get(name, "") != "":
            try:
                index = int(environ[name]) - (int(environ.get("SLURM_ARRAY_TASK_MIN", 0)) if name.startswith("SLURM") else 0)
            except ValueError:
                raise RasterError(f"{name}={environ[name]!r} is not a job-array index.") from None
            return check_shard(index + 1, numbers[0])
    raise RasterError(f"--shard {text}: no job-array index in the environment ({', '.join(SHARD_INDEX_VARIABLES)}): give K/N.")


@dataclass(frozen=True)
class MergeResult:
    manifest_path: Path
    chips: int
    skipped_nodata: int
    copied: int


def _read_settings(folder: Path) -> dict | None:
    path = folder / SETTINGS_NAME
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text())
    except ValueError:
        raise FeatureFolderError(f"{path} is damaged: re-run that shard into a new folder.") from None


def merge(folder: str | os.PathLike, shard_folders: Sequence[str | os.PathLike] = (), progress: Callable[[str], None] | None = None) -> MergeResult:
    """Check that every chip of the encode is present (or was all nodata) and made with the same settings, bring
    chips from separate shard folders into `folder`, and write the manifest. Refuses, naming what is wrong."""
    from ..folders.format import FolderLock, read_chip_file
    from ..geo import PixelWindow
    from .grid import chip_grid
    from .pipeline import dataset_from_settings, write_folder_manifest

    out = Path(folder)
    sources = [Path(p) for p in shard_folders if Path(p).resolve() != out.resolve()]
    candidates = [out, *sources]
    settings_by_folder = {p: _read_settings(p) for p in candidates}
    known = {p: s for p, s in settings_by_folder.items() if s is not None}
    if not known:
        raise FeatureFolderError(f"No shard has written into {', '.join(map(str, candidates))} yet: run the shards first.")
    reference_folder, settings = next(iter(known.items()))
    for path, other in known.items():
        changed = settings_differences(settings, other)
        if changed:
            raise FeatureFolderError(f"The shards in {reference_folder} and {path} were encoded with other settings ({', '.join(changed)} differ): re-run them with the same command.")
    records = []
    for path in candidates:
        for record_path in sorted((path / SHARDS_DIR).glob("*.json")) if (path / SHARDS_DIR).is_dir() else []:  # shard-K-of-N.json, dask.json
            record = json.loads(record_path.read_text())
            if record.get("settings") != settings:
                raise FeatureFolderError(f"{record_path} was encoded with other settings than {reference_folder}: re-run that shard with the same command.")
            records.append(record)
    counts = {r["shard"][1] for r in records if r.get("shard")}  # a Dask run records no shard
    if len(counts) > 1:
        raise FeatureFolderError(f"The shards disagree on how many shards there are ({', '.join(map(str, sorted(counts)))}): run every shard with the same N.")
    dataset = dataset_from_settings(settings)
    row_off, col_off, height, width = settings["area"]
    chips = chip_grid(dataset.width, dataset.height, settings["chip_size"], settings["stride"], PixelWindow(row_off, col_off, height, width))
    skipped = {i for r in records for i in r["skipped_nodata"]}
    where = {}  # chip id -> a complete chip file, in the merged folder first
    for path in candidates:
        for chip in chips:
            name = path / FEATURES_DIR / chip_file_name(chip.chip_id)
            if chip.chip_id not in where and chip_file_complete(name):
                where[chip.chip_id] = name
    missing = [c.chip_id for c in chips if c.chip_id not in skipped and c.chip_id not in where]
    if missing:  # refused before anything is written
        shown = ", ".join(map(str, missing[:20])) + (f" and {len(missing) - 20} more" if len(missing) > 20 else "")
        raise FeatureFolderError(f"{len(missing)} chip(s) missing from {', '.join(map(str, candidates))}: {shown}. Run the shards that hold them again (they resume), then merge.")
    kept = [c for c in chips if c.chip_id not in skipped]
    if not kept:
        raise FeatureFolderError(f"Nothing to merge: every chip of {settings['source_path']} is nodata.")
    out.mkdir(parents=True, exist_ok=True)
    with FolderLock(out, busy=f"Another encode or merge is writing into {out}: wait for it to finish."):
        (out / FEATURES_DIR).mkdir(exist_ok=True)
        if not (out / SETTINGS_NAME).is_file():
            atomic_write_text(out / SETTINGS_NAME, json.dumps(settings, indent=1))
        copied = 0
        for chip in kept:  # separate folders: their chips join the merged folder (atomically, by hard link when possible)
            source, target = where[chip.chip_id], out / FEATURES_DIR / chip_file_name(chip.chip_id)
            if source == target:
                continue
            atomic_write(target, lambda tmp, source=source: link_or_copy(source, tmp), fsync=False)  # the source is on disk already
            copied += 1
        first = read_chip_file(out / FEATURES_DIR / chip_file_name(kept[0].chip_id))
        model = {
            "checkpoint_path": os.path.abspath(first["checkpoint_path"]),
            "model_type": first["model_type"],
            "model_variant": first["model_variant"],
            "image_size": int(first["dst_shape"][0]),
        }
        manifest = write_folder_manifest(out, dataset, kept, settings, model, settings["feature_dtype"], settings["stride"], len(skipped))
    if progress is not None:
        progress(f"merged {len(kept)} chips ({len(skipped)} nodata, {copied} brought from shard folders)")
    return MergeResult(manifest, len(kept), len(skipped), copied)


# ---------------------------------------------------------------------------------------------------- Dask
_ADAPTERS: dict = {}


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link where the file system allows one (no bytes copied), a copy otherwise."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def worker_adapter(spec, device, precision: str, fast_attention: bool):
    """The model, loaded once per worker process and reused by every batch it runs."""
    from ..models import load_adapter

    key = (spec.checkpoint_path, spec.model_type, spec.variant, device, precision, fast_attention)
    if key not in _ADAPTERS:
        _ADAPTERS.clear()
        _ADAPTERS[key] = load_adapter(spec, device, fast_attention=fast_attention, precision=precision)
    return _ADAPTERS[key]


def _encode_batch(job: dict, chip_ids: list[int]) -> list[int]:
    """Runs on a Dask worker: encode these chips into the shared folder; returns those that were all nodata."""
    from ..models.checkpoints import create_model_spec_from_checkpoint
    from .builder import FeatureCacheBuilder
    from .tiles import open_dataset

    spec = create_model_spec_from_checkpoint(job["checkpoint"], job.get("model_type"))
    dataset = open_dataset(job["input"], **job["dataset"])
    options = job["options"]  # the client's EncodeOptions as keywords: made again here, checked for this worker's device
    adapter = worker_adapter(spec, options["device"], options["precision"], options["fast_attention"])
    builder = FeatureCacheBuilder(dataset, spec, job["folder"], chip_ids=chip_ids, adapter=adapter, **options)
    plan = builder.plan()
    chips = builder.source.select(plan.chips)
    stats = builder.encode_chips(plan, tuple(job["value_range"]), chips)
    return sorted(stats.skipped_ids)


def _client(address: str, timeout: float):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise MissingDependencyError("--dask needs the dask and distributed packages: pip install dask distributed into the Python that encodes (GeoSAM's runtime for QGIS; one-machine encodes do not).") from None
    if address.startswith("local:"):
        workers = int(address.split(":", 1)[1] or 1)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout=timeout), None
    except (OSError, TimeoutError) as exc:
        raise GeoSamError(f"Cannot reach the Dask scheduler at {address} within {timeout:.0f} s ({exc}): check the address and that the scheduler runs.") from None


def encode_with_dask(
    dataset,
    spec,
    folder: str | os.PathLike,
    address: str,
    batch_chips: int = 4,
    progress: Callable[[int, int], None] | None = None,
    timeout: float = 20.0,
    client=None,
    **builder_kwargs,
) -> MergeResult:
    """Encode on a Dask cluster: the client writes the settings (one value range), sends batches of chips to the
    workers (each loads the model once), shows progress from the futures, then merges. A worker lost mid-run has
    its batches rescheduled; chip files are written atomically, so the folder ends up identical."""

    out = Path(folder)
    own = client is None
    cluster = None
    if own:  # reach the cluster first: an unreachable scheduler or missing dask leaves nothing written
        client, cluster = _client(address, timeout)
    try:
        return _run_on_cluster(client, dataset, spec, out, batch_chips, progress, builder_kwargs)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()


def _run_on_cluster(client, dataset, spec, out: Path, batch_chips: int, progress, builder_kwargs: dict) -> MergeResult:
    from dask.distributed import as_completed

    from .builder import FeatureCacheBuilder

    prepare = FeatureCacheBuilder(dataset, spec, out, chip_ids=[], **builder_kwargs)
    plan = prepare.plan()
    value_range, settings = prepare.prepare(plan)
    (out / MANIFEST_NAME).unlink(missing_ok=True)
    todo = [c.chip_id for c in plan.chips if not chip_file_complete(out / FEATURES_DIR / chip_file_name(c.chip_id))]
    job = {
        "input": dataset.path,
        "dataset": {"indexes": list(dataset.indexes), "crs": crs_to_text(dataset.target_crs) if dataset.target_crs is not None else None, "resolution": dataset.resolution},
        "checkpoint": spec.checkpoint_path,
        "model_type": spec.model_type,
        "folder": str(out),
        "value_range": list(value_range),
        "options": prepare.options.choices(),
    }
    skipped: list[int] = []
    sizes = {}
    for i in range(0, len(todo), batch_chips):
        batch = todo[i : i + batch_chips]
        sizes[client.submit(_encode_batch, job, batch, pure=False, retries=3)] = len(batch)
    done = len(plan.chips) - len(todo)
    if progress is not None:
        progress(done, len(plan.chips))
    for future in as_completed(list(sizes)):
        skipped += future.result()
        done += sizes[future]
        if progress is not None:
            progress(done, len(plan.chips))
    record = {"shard": None, "chips": [], "skipped_nodata": sorted(skipped), "settings": settings}
    (out / SHARDS_DIR).mkdir(exist_ok=True)
    atomic_write_text(out / SHARDS_DIR / "dask.json", json.dumps(record))
    return merge(out)

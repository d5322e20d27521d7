# SPDX-License-Identifier: GPL-2.0-or-later
"""The feature-folder format: manifest.parquet + features/chip_NNNNNN.pt (write, read, validate)."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from affine import Affine

from ..errors import FeatureFolderError
from ..files import atomic_write
from ..geo import Bounds, PixelWindow, affine_from_list, apply, parse_crs, window_bounds
from ..protocol import TILE_CACHE_DIR
from .ultralytics import variant_from_ultralytics_name

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.parquet"
FEATURES_DIR = "features"
SETTINGS_NAME = ".geosam-encode.json"
LOCK_NAME = ".geosam-encode.lock"
SHARDS_DIR = "shards"  # one record per shard of a distributed encode, read by the merge


def check_output_folder(path: str | os.PathLike) -> None:
    """Refuse an encode target that is a file, or a non-empty folder that is not a GeoSAM feature folder.

    An empty or missing folder, or one holding an earlier encode (to resume), passes.
    """
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise FeatureFolderError(f"{out} is a file: choose a folder for the features.")
    # A web layer's tile cache (encoder/protocol.py) is fetched into the folder before its first chip is encoded.
    if out.is_dir() and any(p.name != TILE_CACHE_DIR for p in out.iterdir()) and not (out / SETTINGS_NAME).is_file():
        raise FeatureFolderError(f"{out} is not empty and is not a GeoSAM feature folder: choose an empty or new folder.")


def settings_differences(old: dict, new: dict) -> list[str]:
    """The names of the encode settings (SETTINGS_NAME's record) that differ between two records, sorted; a setting
    that only one of them has differs. Empty: the same encode (it may resume, or shards may merge)."""
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def chip_file_name(chip_id: int) -> str:
    return f"chip_{chip_id:06d}.pt"


def write_chip_file(path: Path, payload: dict) -> None:
    """Serialise in memory, then write atomically: a full disk raises OSError (torch.save would raise RuntimeError)."""
    import io

    import torch

    buffer = io.BytesIO()
    torch.save(payload, buffer)
    atomic_write(path, lambda tmp: tmp.write_bytes(buffer.getbuffer()))


def chip_file_complete(path: Path) -> bool:
    """A chip file that exists and ends with a zip directory (torch.save's format): cheap, reads the tail."""
    return path.is_file() and path.stat().st_size > 0 and zipfile.is_zipfile(path)


def read_chip_file(path: Path) -> dict:
    """A chip's tensors, loaded with weights_only=True: a folder from someone else can never run code."""
    import pickle

    import torch

    if not path.is_file():
        raise FeatureFolderError(f"Chip file missing: {path}. Re-run the encode with the same settings to rebuild it.")
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError:
        raise FeatureFolderError(f"Refused to load {path}: it holds Python objects, not just tensors, and loading it could run code.") from None
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FeatureFolderError(f"Chip file {path} is truncated or corrupt ({str(exc).splitlines()[0]}): delete it and re-run the encode to rebuild it.") from None
    if isinstance(payload, dict) and "features" in payload:
        return payload
    if hasattr(payload, "shape"):  # a bare embedding tensor
        return {"features": payload}
    raise FeatureFolderError(f"{path} is not a GeoSAM chip file (no 'features' in it).")


@dataclass(frozen=True)
class ChipRecord:
    """One manifest row: where a chip lies and where its features are."""

    chip_id: int
    feature_path: Path
    transform: Affine
    valid_hw: tuple[int, int]
    chip_size: int
    grid_window: PixelWindow  # chip position on the folder's pixel grid

    @property
    def bounds(self) -> Bounds:
        return window_bounds(self.transform, PixelWindow(0, 0, self.valid_hw[0], self.valid_hw[1]))


@dataclass
class FeatureFolder:
    """An opened feature folder: its chips and the encode's settings."""

    path: Path
    chips: list[ChipRecord]
    crs: object
    model_type: str
    model_variant: str
    checkpoint_path: str
    value_range: tuple[float, float] | None
    bands: list[int]
    feature_dtype: str
    grid_transform: Affine
    grid_width: int
    grid_height: int
    metadata: dict

    @property
    def precision(self) -> str:
        """What the encoder computed in (float32 for folders written before the setting, and by other tools)."""
        return str((_json(self.metadata.get("settings"), {}) or {}).get("precision") or "float32")

    @property
    def source(self) -> str:
        """What the folder was encoded from: the web layer's name, or the raster's path (as the encode saw it)."""
        settings = _json(self.metadata.get("settings"), {}) or {}
        web = settings.get("source")
        if isinstance(web, dict) and web.get("name"):
            return str(web["name"])
        return str(settings.get("source_path") or "")

    @property
    def bounds(self) -> Bounds:
        boxes = [c.bounds for c in self.chips]
        return Bounds(min(b.minx for b in boxes), min(b.miny for b in boxes), max(b.maxx for b in boxes), max(b.maxy for b in boxes))


def _json(value, default=None):
    if value is None:
        return default
    if isinstance(value, (list, tuple, dict)):
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


def _resolve_feature_path(folder: Path, stored: str) -> Path:
    """Where a manifest row's chip file is on this machine.

    Relative paths are relative to the folder (either separator). For absolute ones (geosam writes them,
    on Windows with C:\\ and backslashes) the folder's own features/<name> wins when it exists, so a copied
    folder never reads the original's chips; otherwise the absolute path, if it exists here.
    """
    windows = "\\" in stored or PureWindowsPath(stored).drive != ""
    pure = PureWindowsPath(stored) if windows else PurePosixPath(stored)
    if not pure.is_absolute() and not pure.drive:
        return folder.joinpath(*pure.parts)
    own = folder / FEATURES_DIR / pure.name
    if own.exists() or windows:
        return own
    p = Path(stored)
    return p if p.exists() else own


def _cell_message(folder: Path, column: str, index: int, value) -> str:
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"{folder / MANIFEST_NAME}: column '{column}' of chip row {index} does not parse ({text}): the manifest is damaged or not a SAM feature-folder manifest."


def _transform_cell(folder: Path, row: dict, index: int) -> Affine:
    try:
        values = _json(row.get("transform"))
        if not isinstance(values, (list, tuple)) or len(values) < 6:
            raise ValueError
        transform = affine_from_list([float(v) for v in values])
        if not transform.is_rectilinear or transform.a == 0 or transform.e == 0:
            raise ValueError
        return transform
    except (TypeError, ValueError):
        raise FeatureFolderError(_cell_message(folder, "transform", index, row.get("transform"))) from None


def _shape_cell(folder: Path, row: dict, index: int) -> tuple[int, int]:
    """The chip's valid (height, width): 'valid_shape' where a geosam export moved it, else 'shape'
    (geosam writes [h, w]); a leading band count is dropped."""
    value = next((row.get(k) for k in ("valid_shape", "shape", "dst_shape") if row.get(k) is not None), None)
    try:
        shape = [int(v) for v in (_json(value) if value is not None else [1024, 1024])]
        shape = shape[-2:]
        if len(shape) != 2 or min(shape) <= 0:
            raise ValueError
        return shape[0], shape[1]
    except (TypeError, ValueError):
        raise FeatureFolderError(_cell_message(folder, "shape", index, value)) from None


def _chip_ids(folder: Path, rows: list[dict]) -> list[int]:
    """Integer chip ids from ours (0, 1, ...), geosam's ("chip_000000") or any other unique labels."""
    import re

    raw = [row.get("chip_id") for row in rows]
    if all(v is None for v in raw):
        return list(range(len(rows)))
    ids = []
    for value in raw:
        match = re.fullmatch(r"\D*?(\d+)(\.pt)?", str(value).strip()) if value is not None else None
        ids.append(int(match.group(1)) if match else None)
    if None in ids or len(set(ids)) != len(ids):
        labels = [str(v) for v in raw]
        if None in raw or len(set(labels)) != len(labels):
            i = raw.index(None) if None in raw else next(i for i, v in enumerate(labels) if labels.count(v) > 1)
            raise FeatureFolderError(_cell_message(folder, "chip_id", i, raw[i]) + " Chip ids must be unique.")
        return list(range(len(rows)))  # unique labels without numbers: their order in the manifest
    return ids


def _check_one_model(folder: Path, rows: list[dict]) -> None:
    """Every chip of a folder must come from one model: features of two models cannot be decoded together."""
    seen = {}
    for row in rows:
        ckpt = str(row.get("checkpoint_path") or "")
        name = PureWindowsPath(ckpt).name if "\\" in ckpt else PurePosixPath(ckpt).name
        key = (str(row.get("model_type") or "sam"), str(row.get("model_variant") or ""), name)
        seen.setdefault(key, 0)
        seen[key] += 1
    if len(seen) > 1:
        kinds = ", ".join(f"{k[1] or k[0]} ({k[2] or 'no checkpoint'}): {n} chips" for k, n in seen.items())
        raise FeatureFolderError(f"{folder} mixes chips of different models ({kinds}): encode the raster again into a new folder with one model.")


def open_manifest_folder(path: str | os.PathLike) -> FeatureFolder:
    """Read and validate a folder written by GeoSAM or by the geosam library (encoder.folders.open_feature_folder
    opens Geo-SAM v1 caches too)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(path)
    manifest = folder / MANIFEST_NAME
    if not folder.is_dir():
        raise FeatureFolderError(f"Feature folder not found: {folder}. Choose the folder that holds manifest.parquet.")
    if not manifest.is_file():
        hint = " An encode into it did not finish: re-run it with the same settings to resume." if (folder / SETTINGS_NAME).exists() else ""
        raise FeatureFolderError(f"{folder} has no manifest.parquet, so it is not a finished feature folder.{hint}")
    try:
        table = pq.read_table(manifest)
    except (pa.ArrowInvalid, OSError) as exc:
        raise FeatureFolderError(f"Cannot read {manifest}: {exc}. The manifest is damaged: re-run the encode into a new folder.") from None
    meta = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}
    rows = table.to_pylist()
    if not rows:
        raise FeatureFolderError(f"{manifest} lists no chips.")
    for column in ("feature_path", "transform", "crs"):
        if column not in table.column_names:
            raise FeatureFolderError(f"{manifest} has no '{column}' column: it is not a SAM feature-folder manifest.")
    version = int(rows[0].get("format_version") or meta.get("geosam_format_version") or 0)
    if version > FORMAT_VERSION:
        raise FeatureFolderError(
            f"{folder} was written by a newer GeoSAM (feature format {version}; this version reads up to {FORMAT_VERSION}): update the plugin."
        )
    first = rows[0]
    _check_one_model(folder, rows)
    grid = _json(meta.get("grid"), {})
    first_transform = _transform_cell(folder, first, 0)
    grid_transform = affine_from_list(grid["transform"]) if grid.get("transform") else first_transform
    inverse = ~grid_transform
    ids = _chip_ids(folder, rows)
    chips = []
    for i, row in enumerate(rows):
        transform = _transform_cell(folder, row, i)
        shape = _shape_cell(folder, row, i)
        try:
            # geosam's chips are scaled so that their longest side fills the model input (letterbox).
            chip_size = int(row.get("chip_size") or max(shape))
        except (TypeError, ValueError):
            raise FeatureFolderError(_cell_message(folder, "chip_size", i, row.get("chip_size"))) from None
        stored = row.get("feature_file") or row.get("feature_path")
        if not isinstance(stored, str) or not stored.strip():
            raise FeatureFolderError(_cell_message(folder, "feature_path", i, row.get("feature_path")))
        col, row_off = apply(inverse, transform.c, transform.f)
        chips.append(
            ChipRecord(
                chip_id=ids[i],
                feature_path=_resolve_feature_path(folder, stored),
                transform=transform,
                valid_hw=shape,
                chip_size=chip_size,
                grid_window=PixelWindow(int(round(row_off)), int(round(col)), shape[0], shape[1]),
            )
        )
    crs = parse_crs(first["crs"], "folder CRS") if first.get("crs") else None
    value_range = _json(first.get("value_range"))
    return FeatureFolder(
        path=folder,
        chips=chips,
        crs=crs,
        model_type=str(first.get("model_type") or "sam"),
        model_variant=str(first.get("model_variant") or variant_from_ultralytics_name(first.get("checkpoint_path"))),
        checkpoint_path=str(first.get("checkpoint_path") or ""),
        value_range=tuple(value_range) if value_range else None,
        bands=list(_json(first.get("bands"), [])),
        feature_dtype=str(first.get("feature_dtype") or "float32"),
        grid_transform=grid_transform,
        grid_width=int(grid.get("width") or max(c.grid_window.col_off + c.grid_window.width for c in chips)),
        grid_height=int(grid.get("height") or max(c.grid_window.row_off + c.grid_window.height for c in chips)),
        metadata=meta,
    )


def geoparquet_metadata(rows: list[dict], crs) -> dict:
    """GeoParquet 1.0 'geo' metadata for the WKB footprint column, so GeoPandas (and geosam) read the manifest."""
    import shapely

    boxes = shapely.bounds(shapely.from_wkb([r["geometry"] for r in rows])) if rows else None
    column = {"encoding": "WKB", "geometry_types": ["Polygon"]}
    if boxes is not None:
        column["bbox"] = [float(boxes[:, 0].min()), float(boxes[:, 1].min()), float(boxes[:, 2].max()), float(boxes[:, 3].max())]
    if crs is not None:
        column["crs"] = crs.to_dict(projjson=True)  # PROJJSON; absent would mean longitude/latitude (OGC:CRS84)
    return {"version": "1.0.0", "primary_column": "geometry", "columns": {"geometry": column}}


def write_manifest(folder: Path, rows: list[dict], metadata: dict, crs=None) -> Path:
    """Write manifest.parquet atomically (the last step of an encode), as GeoParquet when the CRS is given."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows)
    metadata = dict(metadata)
    if rows and "geometry" in rows[0]:
        metadata["geo"] = geoparquet_metadata(rows, crs)
    table = table.replace_schema_metadata({k: (v if isinstance(v, str) else json.dumps(v)) for k, v in metadata.items()})
    path = folder / MANIFEST_NAME
    atomic_write(path, lambda tmp: pq.write_table(table, tmp))
    return path


def folder_size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


class FolderLock:
    """An exclusive lock on a feature folder (or on one shard of it) while an encode or a merge writes into it."""

    def __init__(self, folder: Path, name: str = LOCK_NAME, busy: str | None = None) -> None:
        self.path = folder / name
        self.busy = busy or f"Another encode is writing into {folder}: wait for it to finish, or choose another folder."
        self.fh = None

    def __enter__(self):
        self.fh = open(self.path, "a+")
        try:
            lock_file(self.fh)
        except OSError:
            self.fh.close()
            raise FeatureFolderError(self.busy) from None
        return self

    def __exit__(self, *exc) -> None:
        self.fh.close()


def lock_file(fh) -> None:
    """Take an exclusive lock without waiting (OSError when another process holds it); on Windows too."""
    if os.name == "nt":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)

# SPDX-License-Identifier: GPL-2.0-or-later
"""geosam 0.1.3 (Geo-SAM v2) folders: export ours so that geosam reads them (its folders we read as our own).

geosam 0.1.3 reads ``manifest.parquet`` with absolute ``feature_path`` values, and chip files
whose ``checkpoint_path`` has the file name of its Ultralytics checkpoint (``sam_b.pt``) and whose
``src_shape`` is the chip's full window. :func:`export_geosam` writes those, and keeps ``feature_file``
(relative) and ``valid_shape`` columns for our readers, so the folder still moves freely for us.
"""

from __future__ import annotations

import json
import os

from ..errors import FeatureFolderError
from ..geo import PixelWindow, pixel_to_map, window_bounds
from ..models.runtime import map_tensors
from . import open_feature_folder
from .format import FEATURES_DIR, MANIFEST_NAME, read_chip_file, write_chip_file, write_manifest
from .ultralytics import ultralytics_checkpoint_name


def export_geosam(folder_path: str | os.PathLike, progress=None) -> dict:
    """Make a feature folder readable by geosam 0.1.3 (Geo-SAM v2) where it lies now.

    Rewrites manifest.parquet with absolute feature paths (run it again after moving the folder) and, where
    needed, each chip file's geosam fields (checkpoint name, full-window src_shape, float32 features).
    Our readers keep using the relative ``feature_file`` and the ``valid_shape`` columns. Returns counts.
    """
    import pyarrow.parquet as pq
    import shapely
    import torch

    folder = open_feature_folder(folder_path)
    if folder.metadata.get("source_format") == "geo-sam-v1":
        raise FeatureFolderError(f"{folder.path} is a Geo-SAM v1 cache: convert it first (python -m encoder convert {folder.path} NEW_FOLDER).")
    name = ultralytics_checkpoint_name(folder.model_type, folder.model_variant)
    root = folder.path.resolve()
    table = pq.read_table(root / MANIFEST_NAME)
    rows = table.to_pylist()
    rewritten = 0
    out_rows = []
    for row, chip in zip(rows, folder.chips):
        own = root / FEATURES_DIR / chip.feature_path.name
        if not own.is_file():
            raise FeatureFolderError(f"{own} is missing: geosam needs every chip inside the folder (encode again, or copy the whole folder).")
        full = [chip.chip_size, chip.chip_size]
        payload = read_chip_file(own)
        wanted = {"checkpoint_path": name, "src_shape": full, "model_type": folder.model_type}
        features = payload["features"]
        is_fp32 = all(t.dtype == torch.float32 for t in _tensors(features))
        if any(payload.get(k) != v for k, v in wanted.items()) or not is_fp32:
            payload.update(wanted)
            payload["features"] = _to_float32(features)
            payload.setdefault("dst_shape", [int(v) for v in json.loads(row.get("dst_shape") or "[1024, 1024]")])
            payload.setdefault("feature_kind", "sam2" if isinstance(features, dict) else "sam")
            write_chip_file(own, payload)
            rewritten += 1
        cx, cy = pixel_to_map(chip.transform, [chip.chip_size / 2], [chip.chip_size / 2])
        window = window_bounds(chip.transform, PixelWindow(0, 0, chip.chip_size, chip.chip_size))
        new = dict(row)
        new.update(
            {
                "feature_path": str(own),
                "feature_file": f"{FEATURES_DIR}/{own.name}",
                "valid_shape": json.dumps(list(chip.valid_hw)),
                "shape": json.dumps(full),
                "chip_size": chip.chip_size,
                "chip_id": row.get("chip_id") if row.get("chip_id") is not None else chip.chip_id,
                "chip_center_x": float(cx[0]),
                "chip_center_y": float(cy[0]),
                "geometry": shapely.box(window.minx, window.miny, window.maxx, window.maxy).wkb,
                "feature_dtype": "float32",
            }
        )
        out_rows.append(new)
        if progress is not None:
            progress(len(out_rows), len(rows))
    metadata = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items() if k != b"geo"}
    metadata["geosam_export"] = json.dumps({"folder": str(root), "checkpoint_name": name})
    write_manifest(root, out_rows, metadata, folder.crs)
    return {"chips": len(out_rows), "rewritten_chips": rewritten, "checkpoint_name": name, "folder": str(root)}


def _tensors(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _tensors(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _tensors(v)
    else:
        yield value


def _to_float32(value):
    import torch

    return map_tensors(value, lambda t: t.to(torch.float32).contiguous())

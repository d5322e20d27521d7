# SPDX-License-Identifier: GPL-2.0-or-later
"""Geo-SAM v1 caches: read them in place, and convert them into our folders.

Geo-SAM v1 / GeoSAM-Image-Encoder 1.0.x writes, per encode, a folder
``<image stem>/sam_feat_<model>_bands_<b>_<hash>/`` holding one 256-band 64x64 float32 GeoTIFF per chip and
a CSV index named like the folder (minx, maxx, miny, maxy, filepath, crs, res, model_type). Each chip is a
window of the raster (at most 1024 px a side) scaled so its longest side is 1024, as SAM's predictor does.
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

from affine import Affine

from ..errors import FeatureFolderError
from ..geo import PixelWindow, affine_to_list, apply, crs_to_text, parse_crs, pixel_to_map
from .format import FEATURES_DIR, FORMAT_VERSION, ChipRecord, FeatureFolder, check_output_folder, chip_file_name, write_chip_file, write_manifest

V1_DIR = re.compile(r"^sam_feat_(vit_[bhl])_bands_([0-9_]+)_[0-9a-f]+$")
V1_CHIP_SIZE = 1024  # GeoSAM-Image-Encoder's patch: the SAM image encoder's input


def find_v1_caches(path: Path) -> list[Path]:
    """Geo-SAM v1 cache folders at or below path (the encode folder itself, its image folder, or the output root)."""
    path = Path(path)
    if not path.is_dir():
        return []
    if _is_v1_cache(path):
        return [path]
    found = []
    for child in sorted(path.iterdir()):
        if child.is_dir() and _is_v1_cache(child):
            found.append(child)
        elif child.is_dir():
            found.extend(c for c in sorted(child.iterdir()) if c.is_dir() and _is_v1_cache(c))
    return found


def _is_v1_cache(path: Path) -> bool:
    return (path / f"{path.name}.csv").is_file() and bool(V1_DIR.match(path.name))


def open_v1_cache(path: Path) -> FeatureFolder:
    """A Geo-SAM v1 cache, read in place (nothing is written into it)."""
    caches = find_v1_caches(path)
    if not caches:
        raise FeatureFolderError(f"{path} has no manifest.parquet and no Geo-SAM v1 cache (sam_feat_*.csv): choose a feature folder.")
    if len(caches) > 1:
        names = ", ".join(c.name for c in caches[:4]) + (", ..." if len(caches) > 4 else "")
        raise FeatureFolderError(f"{path} holds {len(caches)} Geo-SAM v1 caches ({names}): choose one of these folders.")
    cache = caches[0]
    index = cache / f"{cache.name}.csv"
    variant, bands = V1_DIR.match(cache.name).group(1), [int(b) for b in V1_DIR.match(cache.name).group(2).split("_")]
    try:
        with open(index, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise FeatureFolderError(f"Cannot read the Geo-SAM v1 index {index}: {exc}.") from None
    if not rows:
        raise FeatureFolderError(f"The Geo-SAM v1 index {index} lists no chips.")
    for column in ("minx", "maxx", "miny", "maxy", "filepath", "crs", "res"):
        if column not in rows[0]:
            raise FeatureFolderError(f"The Geo-SAM v1 index {index} has no '{column}' column: it is not a Geo-SAM v1 cache index.")
    models = {r.get("model_type") or variant for r in rows}
    if len(models) > 1:
        raise FeatureFolderError(f"{index} mixes chips of different models ({', '.join(sorted(models))}): encode the raster again with one model.")
    missing = [r["filepath"] for r in rows if not (cache / Path(r["filepath"]).name).is_file()]
    if missing:
        raise FeatureFolderError(
            f"{len(missing)} of the {len(rows)} GeoTIFFs that {index.name} names are missing from {cache} (first: {missing[0]}): copy the whole cache folder, or encode again."
        )
    chips = []
    res = None
    for i, row in enumerate(rows):
        try:
            minx, maxx, miny, maxy, res = (float(row[k]) for k in ("minx", "maxx", "miny", "maxy", "res"))
            if not (maxx > minx and maxy > miny and res > 0):
                raise ValueError
        except (TypeError, ValueError):
            raise FeatureFolderError(f"{index}: the bounds or 'res' of chip row {i} do not parse: the index is damaged.") from None
        h, w = round((maxy - miny) / res), round((maxx - minx) / res)
        transform = Affine(res, 0.0, minx, 0.0, -res, maxy)
        chips.append(ChipRecord(i, cache / Path(row["filepath"]).name, transform, (h, w), max(h, w), PixelWindow(0, 0, h, w)))
    grid = Affine(res, 0.0, min(c.transform.c for c in chips), 0.0, -res, max(c.transform.f for c in chips))
    inverse = ~grid
    placed = []
    for c in chips:
        col, row = apply(inverse, c.transform.c, c.transform.f)
        placed.append(ChipRecord(c.chip_id, c.feature_path, c.transform, c.valid_hw, c.chip_size, PixelWindow(int(round(row)), int(round(col)), *c.valid_hw)))
    crs = parse_crs(rows[0]["crs"], "Geo-SAM v1 cache CRS")
    return FeatureFolder(
        path=cache,
        chips=placed,
        crs=crs,
        model_type="sam",
        model_variant=models.pop(),
        checkpoint_path="",
        value_range=None,
        bands=bands,
        feature_dtype="float32",
        grid_transform=grid,
        grid_width=max(c.grid_window.col_off + c.grid_window.width for c in placed),
        grid_height=max(c.grid_window.row_off + c.grid_window.height for c in placed),
        metadata={"source_format": "geo-sam-v1"},
    )


def read_v1_chip(path: Path) -> dict:
    """One v1 GeoTIFF chip -> {'features': (1, 256, 64, 64) float32}."""
    import rasterio
    import torch
    from rasterio.errors import RasterioError

    if not path.is_file():
        raise FeatureFolderError(f"Chip file missing: {path}. Copy the whole Geo-SAM v1 cache folder, or encode again.")
    try:
        with rasterio.open(path) as src:
            data = src.read(out_dtype="float32")
    except RasterioError as exc:
        raise FeatureFolderError(f"Geo-SAM v1 chip {path} is truncated or corrupt ({str(exc).splitlines()[0]}): encode the raster again.") from None
    if data.shape[0] != 256:
        raise FeatureFolderError(f"{path} has {data.shape[0]} bands, not the 256 of SAM features: it is not a Geo-SAM v1 feature chip.")
    return {"features": torch.from_numpy(data)[None]}


def convert_v1(source: str | os.PathLike, output: str | os.PathLike, checkpoint_path: str = "", progress=None) -> Path:
    """A Geo-SAM v1 cache -> one of our feature folders (features/chip_NNNNNN.pt + manifest.parquet).

    Written into a temporary sibling folder and renamed at the end: never half a folder.
    """
    import shutil

    folder = open_v1_cache(Path(source))
    out = Path(output)
    if out.exists() and any(out.iterdir()):
        check_output_folder(out)
        raise FeatureFolderError(f"{out} is not empty: convert into a new folder.")
    tmp = out.with_name(f".{out.name}.converting-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / FEATURES_DIR).mkdir(parents=True)
    try:
        import shapely

        rows = []
        for n, chip in enumerate(folder.chips):
            payload = read_v1_chip(chip.feature_path)
            write_chip_file(
                tmp / FEATURES_DIR / chip_file_name(chip.chip_id),
                {
                    "format_version": FORMAT_VERSION,
                    "chip_id": chip.chip_id,
                    "model_type": "sam",
                    "model_variant": folder.model_variant,
                    "checkpoint_path": checkpoint_path,
                    "src_shape": list(chip.valid_hw),
                    "dst_shape": [V1_CHIP_SIZE, V1_CHIP_SIZE],
                    "chip_size": chip.chip_size,
                    "feature_kind": "sam",
                    "features": payload["features"],
                },
            )
            b = chip.bounds
            cx, cy = pixel_to_map(chip.transform, [chip.valid_hw[1] / 2], [chip.valid_hw[0] / 2])
            rows.append(
                {
                    "feature_path": f"{FEATURES_DIR}/{chip_file_name(chip.chip_id)}",
                    "chip_id": chip.chip_id,
                    "source_path": "",
                    "checkpoint_path": checkpoint_path,
                    "model_type": "sam",
                    "transform": json.dumps(affine_to_list(chip.transform)),
                    "shape": json.dumps(list(chip.valid_hw)),
                    "crs": crs_to_text(folder.crs),
                    "dst_shape": json.dumps([V1_CHIP_SIZE, V1_CHIP_SIZE]),
                    "chip_center_x": float(cx[0]),
                    "chip_center_y": float(cy[0]),
                    "geometry": shapely.box(b.minx, b.miny, b.maxx, b.maxy).wkb,
                    "format_version": FORMAT_VERSION,
                    "value_range": json.dumps(None),
                    "bands": json.dumps(folder.bands),
                    "feature_dtype": "float32",
                    "model_variant": folder.model_variant,
                    "chip_size": chip.chip_size,
                }
            )
            if progress is not None:
                progress(n + 1, len(folder.chips))
        metadata = {
            "geosam_format_version": str(FORMAT_VERSION),
            "grid": {"transform": affine_to_list(folder.grid_transform), "width": folder.grid_width, "height": folder.grid_height},
            "converted_from": json.dumps({"format": "geo-sam-v1", "path": str(folder.path.resolve())}),
        }
        write_manifest(tmp, rows, metadata, folder.crs)
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out

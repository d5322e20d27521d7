# SPDX-License-Identifier: GPL-2.0-or-later
"""Training data out: a raster and polygons (GeoSAM's outlines, or anyone's) -> image chips and their labels in the
formats detection and segmentation trainers read.

For each chip of a grid over the raster (chip size, overlap) that holds an object:
- images/<split>/chip_NNNNNN.png or .jpg (what trainers read) and geotiff/<split>/chip_NNNNNN.tif (the same chip as a
  GeoTIFF, its georeference kept: apart, so that a trainer that reads .tif does not see every chip twice);
- masks/<split>/chip_NNNNNN_semantic.tif (class ids, 0 = background) and chip_NNNNNN_instance.tif (object ids);
- labels/<split>/chip_NNNNNN.txt: YOLO segmentation labels (class, then the outline's x y, normalised to 0..1);
- annotations/instances_<split>.json: COCO instances (polygons; an object with holes as RLE, which pycocotools
  reads), categories from the class field;
- data.yaml: YOLO's dataset file; README.txt: how it was made.
Objects cut by a chip's edge are clipped to it (or skipped: edge="skip"); objects under min_area pixels are left
out. The split is by chip (each chip drawn for validation with probability val_fraction, from seed: the same run
gives the same split; with a share above 0 and two chips or more, at least one is for validation). Chips overlap
when asked to, and an object at a chip's edge is in both chips: where train and val must share no object, use no
overlap and skip edge objects. The raster is read as the encoder reads it by default (encoder/encode/raster.py: its
first three bands, the value range found over the raster scaled to 0..255), a web layer's tile cache too.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from ..errors import GeoSamError, OperationCancelled


@dataclass(frozen=True)
class TrainingOptions:
    chip_size: int = 512
    overlap: int = 0
    min_area: float = 16.0  # pixels
    edge: str = "clip"  # clip | skip
    val_fraction: float = 0.2
    seed: int = 0
    image_format: str = "png"  # png | jpg

    def __post_init__(self) -> None:
        if self.chip_size < 32:
            raise GeoSamError(f"Training chips of {self.chip_size} px are too small: use 32 px or more (512 is usual).")
        if not 0 <= self.overlap < self.chip_size:
            raise GeoSamError(f"The overlap must be from 0 to under the chip size ({self.chip_size} px), not {self.overlap}.")
        if self.edge not in ("clip", "skip"):
            raise GeoSamError(f"Objects cut by a chip's edge are clipped or skipped: use edge 'clip' or 'skip', not {self.edge!r}.")
        if not 0 <= self.val_fraction < 1:
            raise GeoSamError(f"The validation share must be from 0 to under 1, not {self.val_fraction}.")
        if self.image_format not in ("png", "jpg"):
            raise GeoSamError(f"Chips are written as png or jpg, not {self.image_format!r}.")


@dataclass(frozen=True)
class TrainingExport:
    folder: Path
    chips: dict  # split -> number of chips
    objects: dict  # split -> number of objects
    classes: list


def export_training(raster, polygons: list, classes: list | None, out_dir, options: TrainingOptions = TrainingOptions(),
                    progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> TrainingExport:
    """Write the training set (module docstring) of `raster` (a path: a file or a tile cache) and `polygons`
    (shapely, in the raster's CRS; None or empty ones skipped) with their `classes` (names; None: one class,
    "object") into out_dir, a new or empty folder. Written into a temporary folder and moved into place whole: a
    failure or a cancel leaves nothing half-written."""
    import shapely

    from ..encode.raster import parse_value_range
    from ..encode.tiles import open_dataset

    out_dir = Path(out_dir).resolve()  # "." too: the temporary folder is its sibling
    if out_dir.exists() and any(out_dir.iterdir()):
        raise GeoSamError(f"{out_dir} is not empty: choose a new or empty folder for the training data.")
    dataset = open_dataset(raster)
    names = [str(c) if c not in (None, "") else "object" for c in (classes or ["object"] * len(polygons))]
    if len(names) != len(polygons):
        raise GeoSamError(f"{len(polygons)} polygons but {len(names)} class values were given.")
    categories = sorted(set(names))
    valid = [shapely.make_valid(g) if g is not None and not g.is_valid else g for g in polygons]  # a self-intersecting ring of the user's
    kept = [(_polygonal(g), names[i]) for i, g in enumerate(valid) if g is not None and not g.is_empty and _polygonal(g) is not None]
    if not kept:
        raise GeoSamError("There are no polygons to export: give a polygon layer with features over the raster.")
    tree = shapely.STRtree([g for g, _ in kept])
    windows = _windows(dataset.width, dataset.height, options.chip_size, options.chip_size - options.overlap)
    value_range = parse_value_range(None) or dataset.compute_value_range()
    tmp = out_dir.with_name(f".{out_dir.name}.part-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        writer = _Writer(tmp, categories, options, dataset)
        with dataset.open() as reader:
            for n, (col, row) in enumerate(windows):
                if cancelled is not None and cancelled():
                    raise OperationCancelled("The training export was cancelled: nothing was written.")
                writer.chip(reader, value_range, col, row, kept, tree)
                if progress is not None:
                    progress(100.0 * (n + 1) / len(windows))
        if not writer.images:
            raise GeoSamError("No chip holds an object above the minimum area: lower it, or check that the polygons lie over the raster.")
        result = writer.finish()
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return TrainingExport(out_dir, result["chips"], result["objects"], categories)


def read_geojson(path) -> tuple[list, list]:
    """(polygons, classes) of a GeoJSON file's features: shapely geometries and each one's "class" property (None
    where it has none), as the plugin writes them for the worker (no GDAL needed)."""
    import shapely.geometry

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GeoSamError(f"Cannot read the polygons in {path}: {exc}.") from None
    polygons, classes = [], []
    for feature in data.get("features", []):
        geometry = feature.get("geometry")
        polygons.append(shapely.geometry.shape(geometry) if geometry else None)
        classes.append((feature.get("properties") or {}).get("class"))
    return polygons, classes


def _windows(width: int, height: int, size: int, step: int) -> list[tuple[int, int]]:
    """Chip corners covering the raster; the last row and column end at its edge (chips never leave it)."""
    def starts(extent: int) -> list[int]:
        if extent <= size:
            return [0]
        out = list(range(0, extent - size, step))
        return out + [extent - size]
    return [(c, r) for r in starts(height) for c in starts(width)]


class _Writer:
    """Writes chips, masks and labels into a folder, and the COCO files and data.yaml at the end."""

    def __init__(self, folder: Path, categories: list, options: TrainingOptions, dataset) -> None:
        self.folder, self.options, self.dataset = folder, options, dataset
        self.class_id = {name: i + 1 for i, name in enumerate(categories)}  # 0: background
        self.images = 0
        self.rng = np.random.default_rng(options.seed)
        self.coco = {s: {"images": [], "annotations": [], "categories": [{"id": i, "name": n} for n, i in self.class_id.items()]} for s in ("train", "val")}
        self.counts = {"chips": {"train": 0, "val": 0}, "objects": {"train": 0, "val": 0}}
        self.next_annotation = 1
        self.last: dict | None = None  # the last chip written: moved to val at the end when val got none
        for sub in ("images", "geotiff", "masks", "labels"):
            for which in ("train", "val"):
                (self.folder / sub / which).mkdir(parents=True, exist_ok=True)

    def chip(self, reader, value_range, col: int, row: int, kept: list, tree) -> None:
        import shapely
        from affine import Affine

        from ..geo import PixelWindow

        size = self.options.chip_size
        w, h = min(size, self.dataset.width - col), min(size, self.dataset.height - row)
        transform = self.dataset.transform * Affine.translation(col, row)
        to_pixels = ~transform
        box = shapely.box(*_bounds(transform, w, h))
        objects = []
        for index in tree.query(box, predicate="intersects").tolist():
            geometry, name = kept[index]
            inside = geometry.within(box)
            if not inside and self.options.edge == "skip":
                continue
            part = geometry if inside else geometry.intersection(box)
            pixel = shapely.transform(part, lambda xy: np.column_stack(to_pixels * (xy[:, 0], xy[:, 1])))
            pixel = _polygonal(pixel)
            if pixel is None or pixel.area < self.options.min_area:
                continue
            objects.append((pixel, name))
        if not objects:
            return
        self.images += 1
        chip = self.dataset.read_chip(reader, PixelWindow(row, col, h, w), value_range)
        which = "val" if self.rng.random() < self.options.val_fraction else "train"
        image = {"id": self.images, "width": w, "height": h, "objects": objects, "transform": transform, "image": chip.image}
        first = self.next_annotation
        self.next_annotation = self._write_chip(image, which, self.coco[which], self.next_annotation)
        self.counts["chips"][which] += 1
        self.counts["objects"][which] += len(objects)
        self.last = {"id": self.images, "which": which, "objects": len(objects), "annotations": self.next_annotation - first}

    def _last_to_val(self) -> None:
        """The last chip written moves from train to val (files and COCO entries): a split asked for gets one."""
        stem = f"chip_{self.last['id']:06d}"
        for sub in ("images", "geotiff", "masks", "labels"):
            for path in (self.folder / sub / "train").glob(f"{stem}*"):
                os.replace(path, self.folder / sub / "val" / path.name)
        train, val = self.coco["train"], self.coco["val"]
        image = train["images"].pop()
        image["file_name"] = image["file_name"].replace("train/", "val/", 1)
        val["images"].append(image)
        moved = train["annotations"][len(train["annotations"]) - self.last["annotations"]:]
        del train["annotations"][len(train["annotations"]) - self.last["annotations"]:]
        val["annotations"].extend(moved)
        for key in ("chips", "objects"):
            amount = 1 if key == "chips" else self.last["objects"]
            self.counts[key]["train"] -= amount
            self.counts[key]["val"] += amount

    def finish(self) -> dict:
        if self.options.val_fraction > 0 and self.counts["chips"]["val"] == 0 and self.counts["chips"]["train"] >= 2 and self.last and self.last["which"] == "train":
            self._last_to_val()
        counts = self.counts
        (self.folder / "annotations").mkdir(parents=True, exist_ok=True)
        for which, data in self.coco.items():
            (self.folder / "annotations" / f"instances_{which}.json").write_text(json.dumps(data))
        names = [name for name, _ in sorted(self.class_id.items(), key=lambda kv: kv[1])]
        # No "path": trainers (YOLO's) then take the folder data.yaml lies in, wherever it is moved.
        yaml = ["train: images/train", "val: images/val", f"nc: {len(names)}", "names:"] + [f"  {i}: {json.dumps(n)}" for i, n in enumerate(names)]
        (self.folder / "data.yaml").write_text("\n".join(yaml) + "\n")
        (self.folder / "README.txt").write_text(
            f"GeoSAM training data from {self.dataset.path}: {self.images} chips of {self.options.chip_size} px (overlap {self.options.overlap} px), "
            f"objects cut by a chip edge {'clipped' if self.options.edge == 'clip' else 'skipped'}, objects under {self.options.min_area:g} px left out, "
            f"{counts['chips']['val']} chips for validation (seed {self.options.seed}).\n"
            "images/: the chips as PNG / JPEG; geotiff/: the same chips as GeoTIFF (georeferenced); masks/: class ids (0 background) and object ids per chip; "
            "labels/: YOLO segmentation labels (class 0 = the first name in data.yaml); annotations/: COCO instances.\n"
        )
        return counts

    def _write_chip(self, image: dict, which: str, coco: dict, next_ann: int) -> int:
        import rasterio
        from PIL import Image
        from rasterio.features import rasterize

        stem = f"chip_{image['id']:06d}"
        w, h = image["width"], image["height"]
        profile = {"driver": "GTiff", "width": w, "height": h, "crs": self.dataset.crs, "transform": image["transform"], "compress": "deflate"}
        with rasterio.open(self.folder / "geotiff" / which / f"{stem}.tif", "w", count=3, dtype="uint8", **profile) as dst:
            dst.write(image["image"].transpose(2, 0, 1))
        picture = Image.fromarray(image["image"])
        picture.save(self.folder / "images" / which / f"{stem}.{self.options.image_format}", quality=95) if self.options.image_format == "jpg" else picture.save(self.folder / "images" / which / f"{stem}.png")
        from affine import Affine

        shapes = image["objects"]
        semantic = rasterize([(g, self.class_id[n]) for g, n in shapes], out_shape=(h, w), transform=Affine.identity(), dtype="uint16")
        instance = rasterize([(g, i + 1) for i, (g, _) in enumerate(shapes)], out_shape=(h, w), transform=Affine.identity(), dtype="uint32")
        for name, data in (("semantic", semantic), ("instance", instance)):
            with rasterio.open(self.folder / "masks" / which / f"{stem}_{name}.tif", "w", count=1, dtype=data.dtype.name, **profile) as dst:
                dst.write(data[None])
        lines = []
        coco["images"].append({"id": image["id"], "file_name": f"{which}/{stem}.{self.options.image_format}", "width": w, "height": h})
        for geometry, name in shapes:
            for part in getattr(geometry, "geoms", [geometry]):
                ring = np.asarray(part.exterior.coords)[:-1]
                lines.append(" ".join([str(self.class_id[name] - 1)] + [f"{v:.6f}" for v in (ring / [w, h]).clip(0, 1).ravel()]))
            coco["annotations"].append(_coco_annotation(next_ann, image["id"], self.class_id[name], geometry, w, h))
            next_ann += 1
        (self.folder / "labels" / which / f"{stem}.txt").write_text("\n".join(lines) + "\n")
        return next_ann


def _coco_annotation(ann_id: int, image_id: int, category: int, geometry, w: int, h: int) -> dict:
    """A COCO instance: polygons (one list a part) or, with holes, RLE (which polygons cannot say)."""
    minx, miny, maxx, maxy = geometry.bounds
    entry = {"id": ann_id, "image_id": image_id, "category_id": category, "iscrowd": 0, "area": float(geometry.area),
             "bbox": [float(minx), float(miny), float(maxx - minx), float(maxy - miny)]}
    parts = list(getattr(geometry, "geoms", [geometry]))
    if any(p.interiors for p in parts):
        from affine import Affine
        from pycocotools import mask as coco_mask
        from rasterio.features import rasterize

        bitmap = rasterize([(geometry, 1)], out_shape=(h, w), transform=Affine.identity(), dtype="uint8")
        rle = coco_mask.encode(np.asfortranarray(bitmap))
        entry["segmentation"] = {"size": rle["size"], "counts": rle["counts"].decode("ascii")}
    else:
        entry["segmentation"] = [np.asarray(p.exterior.coords)[:-1].ravel().round(3).tolist() for p in parts]
    return entry


def _bounds(transform, w: int, h: int) -> tuple[float, float, float, float]:
    xs, ys = zip(*(transform * (c, r) for c, r in ((0, 0), (w, 0), (0, h), (w, h))))
    return min(xs), min(ys), max(xs), max(ys)


def _polygonal(geometry):
    """The polygon parts of a geometry (an intersection may add lines and points), or None."""
    import shapely

    parts = [g for g in getattr(geometry, "geoms", [geometry]) if g.geom_type == "Polygon" and not g.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


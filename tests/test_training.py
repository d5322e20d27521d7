# SPDX-License-Identifier: GPL-2.0-or-later
"""Training data out (encoder/segment/training.py, geosam:exporttrainingdata, python -m encoder export-training):
GeoTIFF and PNG chips, COCO instances that pycocotools reads, YOLO labels, mask GeoTIFFs, a seeded split."""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio


def _objects(path, n: int = 12, seed: int = 5):
    """Rectangles (one in each 150 px cell: none overlaps another) and one ring with a hole over the demo image, in
    its CRS, with classes."""
    import shapely

    rng = np.random.default_rng(seed)
    with rasterio.open(path) as src:
        transform, (h, w) = src.transform, src.shape
    shapes, classes = [], []
    cells = [(c, r) for r in range(0, h - 150, 150) for c in range(0, w - 150, 150) if not (300 <= c <= 650 and 300 <= r <= 650)]
    for i, (cell_c, cell_r) in enumerate(cells[:n]):
        c, r = cell_c + rng.uniform(5, 40), cell_r + rng.uniform(5, 40)
        x0, y0 = transform * (c, r)
        x1, y1 = transform * (c + rng.uniform(30, 100), r + rng.uniform(30, 100))
        shapes.append(shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        classes.append("building" if i % 3 else "field")
    x0, y0 = transform * (470, 470)  # whole in the chip at 448 px (256 px chips, 32 px overlap)
    x1, y1 = transform * (600, 600)
    outer = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    shapes.append(outer.difference(outer.buffer(-abs(x1 - x0) / 4)))  # a ring: COCO needs RLE for its hole
    classes.append("field")
    return shapes, classes


def test_the_export_writes_chips_coco_yolo_and_masks_that_agree(data_dir, tmp_path):
    from pycocotools.coco import COCO
    from rasterio.features import rasterize

    from encoder.segment.training import TrainingOptions, export_training

    image = data_dir / "cogeo.tif"
    shapes, classes = _objects(image)
    done = export_training(image, shapes, classes, tmp_path / "train", TrainingOptions(chip_size=256, overlap=32, val_fraction=0.3, seed=1))
    assert done.classes == ["building", "field"] and sum(done.chips.values()) > 4 and done.chips["val"] > 0
    again = export_training(image, shapes, classes, tmp_path / "again", TrainingOptions(chip_size=256, overlap=32, val_fraction=0.3, seed=1))
    assert again.chips == done.chips  # the seed gives the same split
    yaml = (tmp_path / "train" / "data.yaml").read_text()
    assert "nc: 2" in yaml and '0: "building"' in yaml and "train: images/train" in yaml and "path:" not in yaml  # its own folder, wherever moved
    assert not list((tmp_path / "train" / "images").rglob("*.tif"))  # the GeoTIFFs apart: a trainer reads every chip once
    ious = []
    for split in ("train", "val"):
        coco = COCO(str(tmp_path / "train" / "annotations" / f"instances_{split}.json"))
        for image_id, info in coco.imgs.items():
            stem = info["file_name"].split("/")[-1].rsplit(".", 1)[0]
            tif = tmp_path / "train" / "geotiff" / split / f"{stem}.tif"
            with rasterio.open(tif) as chip, rasterio.open(image) as src:
                assert chip.crs == src.crs  # georeferenced: the chip's pixels are the raster's
                col, row = ~src.transform * (chip.transform.c, chip.transform.f)
                window = rasterio.windows.Window(round(col), round(row), chip.width, chip.height)
                np.testing.assert_array_equal(chip.read(), src.read([1, 2, 3], window=window))
            with rasterio.open(tmp_path / "train" / "masks" / split / f"{stem}_instance.tif") as inst:
                instance = inst.read(1)
            with rasterio.open(tmp_path / "train" / "masks" / split / f"{stem}_semantic.tif") as sem:
                # The class mask against the map polygons rasterised on the chip's own georeference: where they are.
                ids = {"building": 1, "field": 2}
                truth = rasterize([(g, ids[c]) for g, c in zip(shapes, classes)], out_shape=sem.shape, transform=sem.transform, dtype="uint16")
                assert (sem.read(1) == truth).mean() > 0.995
            annotations = coco.loadAnns(coco.getAnnIds(imgIds=[image_id]))
            assert len(annotations) == instance.max()
            for k, ann in enumerate(annotations):
                mask = coco.annToMask(ann).astype(bool)
                mine = instance == k + 1
                union = (mask | mine).sum()
                ious.append((mask & mine).sum() / union if union else 1.0)
            labels = (tmp_path / "train" / "labels" / split / f"{stem}.txt").read_text().split("\n")
            values = np.array([float(v) for line in labels if line for v in line.split()[1:]])
            assert values.min() >= 0 and values.max() <= 1  # YOLO: normalised
    assert np.median(ious) >= 0.99 and min(ious) >= 0.9, sorted(ious)[:5]
    assert any(isinstance(a["segmentation"], dict) for s in ("train", "val") for a in json.loads((tmp_path / "train" / "annotations" / f"instances_{s}.json").read_text())["annotations"])


def test_edge_objects_are_clipped_or_skipped_and_bad_input_is_one_line(data_dir, tmp_path):
    import shapely

    from encoder.errors import GeoSamError
    from encoder.segment.training import TrainingOptions, export_training

    image = data_dir / "cogeo.tif"
    with rasterio.open(image) as src:
        t = src.transform
    x0, y0 = t * (200, 200)
    x1, y1 = t * (320, 300)  # across the chip edge at 256 px
    across = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    clipped = export_training(image, [across], None, tmp_path / "clip", TrainingOptions(chip_size=256, val_fraction=0))
    assert clipped.objects["train"] >= 2 and clipped.classes == ["object"]  # a part in each chip it crosses
    # A share for validation gives at least one val chip (a small share over two chips would often give none).
    split = export_training(image, [across], None, tmp_path / "split", TrainingOptions(chip_size=256, val_fraction=0.01))
    assert split.chips["val"] == 1 and split.chips["train"] >= 1 and list((tmp_path / "split" / "images" / "val").iterdir())
    assert len(json.loads((tmp_path / "split" / "annotations" / "instances_val.json").read_text())["annotations"]) == split.objects["val"]
    # A self-intersecting ring (a bow tie) of the user's layer is repaired, not a crash.
    bowtie = shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])
    assert export_training(image, [bowtie], None, tmp_path / "bowtie", TrainingOptions(chip_size=256, val_fraction=0)).objects["train"] >= 1
    with pytest.raises(GeoSamError, match="No chip holds an object"):
        export_training(image, [across], None, tmp_path / "skip", TrainingOptions(chip_size=256, edge="skip"))
    assert not (tmp_path / "skip").exists() and not list(tmp_path.glob(".skip.part-*"))  # nothing half-written
    with pytest.raises(GeoSamError, match="is not empty"):
        export_training(image, [across], None, tmp_path / "clip")
    for bad, said in ((dict(chip_size=8), "too small"), (dict(overlap=300, chip_size=256), "overlap"), (dict(edge="keep"), "clipped or skipped"), (dict(val_fraction=1.5), "validation share")):
        with pytest.raises(GeoSamError, match=said):
            TrainingOptions(**bad)


def _polygon_layer(shapes, classes, crs_from, crs_to="EPSG:4326"):
    """A memory layer of the shapes (in crs_from) in crs_to, with a 'kind' field."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs={crs_to}&field=kind:string", "objects", "memory")
    to = QgsCoordinateTransform(QgsCoordinateReferenceSystem(crs_from), QgsCoordinateReferenceSystem(crs_to), QgsProject.instance())
    features = []
    for shape, kind in zip(shapes, classes):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry.fromWkt(shape.wkt)
        geometry.transform(to)
        feature.setGeometry(geometry)
        feature["kind"] = kind
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_processing_exports_from_a_file_and_from_an_xyz_layer(geosam_provider, data_dir, xyz_tiles, tmp_path):
    """geosam:exporttrainingdata with the polygons in another CRS: from the demo GeoTIFF, and from an XYZ layer (a real
    server on 127.0.0.1) whose chips are the same pixels as the GeoTIFF cut on zoom 18's grid."""
    import processing
    from pycocotools.coco import COCO
    from qgis.core import QgsRasterLayer
    from tile_server import xyz_layer

    shapes, classes = _objects(data_dir / "cogeo.tif", n=6)
    layer = _polygon_layer(shapes, classes, "EPSG:3857")
    out = processing.run("geosam:exporttrainingdata", {"INPUT": QgsRasterLayer(str(data_dir / "cogeo.tif"), "aerial"), "POLYGONS": layer, "CLASS_FIELD": "kind",
                                                        "CHIP_SIZE": 256, "VAL_FRACTION": 0.0, "OUTPUT": str(tmp_path / "file")})["OUTPUT"]
    coco = COCO(str(tmp_path / "file" / "annotations" / "instances_train.json"))
    assert out == str(tmp_path / "file") and {c["name"] for c in coco.cats.values()} == {"building", "field"} and len(coco.anns) >= 7
    ref, server = xyz_tiles
    with rasterio.open(ref) as src:
        b = src.bounds
    import shapely

    inside = [shapely.box(b.left + 60 + 120 * i, b.bottom + 150, b.left + 120 + 120 * i, b.bottom + 230) for i in range(3)]
    web = processing.run("geosam:exporttrainingdata", {"INPUT": xyz_layer(server.url("training")), "POLYGONS": _polygon_layer(inside, ["roof"] * 3, "EPSG:3857"),
                                                       "CHIP_SIZE": 128, "VAL_FRACTION": 0.0, "OUTPUT": str(tmp_path / "web")})["OUTPUT"]
    chips = sorted((tmp_path / "web" / "geotiff" / "train").glob("*.tif"))
    assert web == str(tmp_path / "web") and chips
    from qgis.core import Qgis

    with rasterio.open(chips[0]) as chip, rasterio.open(ref) as src:
        col, row = ~src.transform * (chip.transform.c, chip.transform.f)
        window = rasterio.windows.Window(round(col), round(row), chip.width, chip.height)
        if Qgis.QGIS_VERSION_INT < 34400:
            np.testing.assert_array_equal(chip.read(), src.read([1, 2, 3], window=window))  # the layer's own pixels, where they belong
        else:  # QGIS 3.44 draws XYZ tiles smoothed at their native resolution (tests/test_web_layers.py: QGIS #66415, #52327):
            # the chip matches the GeoTIFF best where it belongs, to within a pixel, of all places 3 px around.
            pixels = chip.read().astype(float)
            off = {(dx, dy): np.abs(pixels - src.read([1, 2, 3], window=rasterio.windows.Window(window.col_off + dx, window.row_off + dy, chip.width, chip.height))).mean()
                   for dx in range(-3, 4) for dy in range(-3, 4)}
            best = min(off, key=off.get)
            assert max(abs(best[0]), abs(best[1])) <= 1 and off[best] < 8.0, (best, off[best])


def test_the_command_line_exports_with_classes_from_a_field(data_dir, tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    from encoder.segment.output import write_polygons

    shapes, classes = _objects(data_dir / "cogeo.tif", n=5)
    write_polygons(tmp_path / "objects.gpkg", shapes, [{"kind": k} for k in classes], "EPSG:3857")
    run = subprocess.run([sys.executable, "-m", "encoder", "export-training", str(data_dir / "cogeo.tif"), str(tmp_path / "objects.gpkg"), "-o", str(tmp_path / "out"),
                          "--class-field", "kind", "--chip-size", "256", "--format", "jpg", "-q"], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert run.returncode == 0 and "classes building, field" in run.stdout, run.stderr
    assert list((tmp_path / "out" / "images").rglob("*.jpg")) and "nc: 2" in (tmp_path / "out" / "data.yaml").read_text()
    wrong = subprocess.run([sys.executable, "-m", "encoder", "export-training", str(data_dir / "cogeo.tif"), str(tmp_path / "objects.gpkg"), "-o", str(tmp_path / "x"),
                            "--class-field", "colour"], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert wrong.returncode == 2 and wrong.stderr.startswith("error: ") and "has no field 'colour'" in wrong.stderr and not (tmp_path / "x").exists()

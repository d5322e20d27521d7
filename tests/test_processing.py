# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin in real QGIS: loading, Processing algorithms through processing.run and qgis_process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import PLUGIN_NAME, ROOT, lonlat_of_pixel

sys.path.insert(0, str(ROOT / "scripts"))  # benchmarks.outlines: the synthetic outlines and their measures

def make_points(path, crs, points):
    """A GeoJSON point layer on disk with label and group fields, in `crs` (GDAL reads the 'crs' member)."""
    import json

    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [x, y]}, "properties": {"label": label, "obj": group}} for x, y, label, group in points
    ]
    code = crs.split(":")[-1]
    name = "urn:ogc:def:crs:OGC:1.3:CRS84" if code == "4326" else f"urn:ogc:def:crs:EPSG::{code}"  # CRS84: longitude first
    collection = {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": name}}, "features": features}
    with open(path, "w") as fh:
        json.dump(collection, fh)
    return str(path)


LOAD_AND_UNLOAD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import importlib
plugin = importlib.import_module(sys.argv[2]).classFactory(None)
plugin.initGui()  # no iface (as in qgis_process): provider only
provider = QgsApplication.processingRegistry().providerById("geosam")
algorithms = sorted(a.id() for a in provider.algorithms()) if provider else []
helped = all(len(a.shortHelpString()) > 100 and not a.icon().isNull() for a in provider.algorithms()) if provider else False
second = importlib.import_module(sys.argv[2]).classFactory(None)
second.initProcessing()  # a second instance (a plugin reloader) is refused, not a crash
second.unload()
still = QgsApplication.processingRegistry().providerById("geosam") is not None
plugin.unload()
print(json.dumps({"algorithms": algorithms, "helped": helped, "still_after_second_unload": still,
                  "after_unload": QgsApplication.processingRegistry().providerById("geosam") is not None}))
"""


def test_plugin_loads_registers_and_unloads(plugins_dir):
    import json

    run = subprocess.run([sys.executable, "-c", LOAD_AND_UNLOAD, str(plugins_dir), PLUGIN_NAME], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["algorithms"] == ["geosam:encoderaster", "geosam:exporttrainingdata", "geosam:followdates", "geosam:regularize", "geosam:segmenteverything", "geosam:segmentprompts", "geosam:segmenttext"] and report["helped"]
    assert report["still_after_second_unload"] and not report["after_unload"]


def test_encode_then_segment_prompts_through_processing(geosam_provider, data_dir, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    folder = tmp_path / "features"
    out = processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "RGB.byte.tif"), "CHECKPOINT": sam_ckpt, "CHIP_SIZE": 512, "OUTPUT": str(folder)})
    assert out["OUTPUT"] == str(folder) and out["CHIP_COUNT"] == 6 and out["SKIPPED_NODATA"] == 0
    a = lonlat_of_pixel(data_dir / "RGB.byte.tif", 300, 300)
    b = lonlat_of_pixel(data_dir / "RGB.byte.tif", 320, 310)
    c = lonlat_of_pixel(data_dir / "RGB.byte.tif", 600, 500)
    prompts = make_points(tmp_path / "prompts.geojson", "EPSG:4326", [(*a, 1, "A"), (*b, 0, "A"), (*c, 1, "B")])
    result = processing.run(
        "geosam:segmentprompts",
        {"FEATURES": str(folder), "POINTS": prompts, "LABEL_FIELD": "label", "GROUP_FIELD": "obj", "LARGEST_ONLY": True, "OUTPUT": str(tmp_path / "out.gpkg")},
    )
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 2  # one object per group
    assert layer.crs().authid() == "EPSG:32618"
    groups = {}
    measure = ellipsoid_area_and_perimeter(layer.crs())
    for f in layer.getFeatures():
        assert f.geometry().isGeosValid() and f["area_m2"] > 0
        groups[f["group"]] = (f["n_fg"], f["n_bg"])
        # True measures in a UTM zone, the worker's (PROJ) against QGIS's QgsDistanceArea on WGS 84: within 0.1 %.
        area, perimeter = measure(f.geometry())
        assert f["area_m2"] == pytest.approx(area, rel=1e-3) and f["perimeter_m"] == pytest.approx(perimeter, rel=1e-3)
        assert (f["prompt"], f["style"], f["checkpoint"], f["model"]) == ("point", "traced", os.path.basename(sam_ckpt), "vit_custom")
        assert f["source"].endswith("RGB.byte.tif") and f["created"].startswith("20") and f["created"].endswith("+00:00")
    assert groups == {"A": (1, 1), "B": (1, 0)}


def ellipsoid_area_and_perimeter(crs):
    """QGIS's own ellipsoidal measures (QgsDistanceArea on WGS 84) of a geometry in crs: (m2, m)."""
    from qgis.core import QgsDistanceArea, QgsProject, QgsUnitTypes

    da = QgsDistanceArea()
    da.setSourceCrs(crs, QgsProject.instance().transformContext())
    da.setEllipsoid("EPSG:7030")
    return lambda g: (da.convertAreaMeasurement(da.measureArea(g), QgsUnitTypes.AreaUnit.AreaSquareMeters),
                      da.convertLengthMeasurement(da.measurePerimeter(g), QgsUnitTypes.DistanceUnit.DistanceMeters))


def test_segment_everything_removes_duplicates_across_overlapping_chips(geosam_provider, data_dir, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    folder = tmp_path / "features"
    processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "cogeo.tif"), "CHECKPOINT": sam_ckpt, "CHIP_SIZE": 512, "OUTPUT": str(folder)})
    result = processing.run(
        "geosam:segmenteverything",
        {"FEATURES": str(folder), "POINTS_PER_SIDE": 1, "PRED_IOU_THRESH": 0.0, "STABILITY_THRESH": 0.0, "OUTPUT": "memory:"},
    )
    layer = result["OUTPUT"]
    assert isinstance(layer, QgsVectorLayer) and layer.featureCount() > 0
    geoms = [f.geometry() for f in layer.getFeatures()]
    for i, g in enumerate(geoms):
        for h in geoms[i + 1 :]:
            inter = g.intersection(h).area()
            union = g.area() + h.area() - inter
            assert inter / union < 0.7
    # OUTLINE: Natural, on everything found at once: the same objects, smooth, each of the traced one's area.
    import shapely

    smooth = processing.run(
        "geosam:segmenteverything",
        {"FEATURES": str(folder), "POINTS_PER_SIDE": 1, "PRED_IOU_THRESH": 0.0, "STABILITY_THRESH": 0.0, "OUTLINE": 3, "OUTPUT": "memory:"},
    )["OUTPUT"]
    shapes = [f.geometry() for f in smooth.getFeatures()]
    assert len(shapes) == len(geoms) and {f["style"] for f in smooth.getFeatures()} == {"natural"} and {f["prompt"] for f in smooth.getFeatures()} == {"everything"}
    traced = [shapely.from_wkt(g.asWkt()) for g in geoms]
    filled = sum(shapely.Polygon(p.exterior).area for t in traced for p in getattr(t, "geoms", [t]))  # Natural fills the smallest holes
    assert 0.99 * sum(t.area for t in traced) <= sum(g.area() for g in shapes) <= 1.01 * filled
    staircase = sum(len(shapely.from_wkt(g.asWkt()).exterior.coords) if shapely.from_wkt(g.asWkt()).geom_type == "Polygon" else 0 for g in geoms)
    assert sum(len(shapely.from_wkt(g.asWkt()).exterior.coords) if shapely.from_wkt(g.asWkt()).geom_type == "Polygon" else 0 for g in shapes) != staircase


@pytest.mark.parametrize("stage, cancel_above", [("decoding", 0.0), ("duplicate removal", 79.9)])
def test_segment_everything_cancel_stops_at_any_stage_and_adds_no_layer(geosam_provider, data_dir, sam_ckpt, tmp_path, stage, cancel_above):
    import time

    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    folder = tmp_path / "features"
    processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "cogeo.tif"), "CHECKPOINT": sam_ckpt, "CHIP_SIZE": 512, "OUTPUT": str(folder)})
    seen = []

    class CancelInStage(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            seen.append(progress)
            if progress > cancel_above and not self.isCanceled():
                self.cancelled_at = time.monotonic()
                self.cancel()

    feedback = CancelInStage()
    out = tmp_path / "everything.gpkg"
    with pytest.raises(QgsProcessingException, match="cancelled: nothing was written"):
        processing.run(
            "geosam:segmenteverything", {"FEATURES": str(folder), "POINTS_PER_SIDE": 2, "PRED_IOU_THRESH": 0.0, "STABILITY_THRESH": 0.0, "OUTPUT": str(out)}, feedback=feedback
        )
    assert not out.exists()  # no layer, not even an empty one
    assert time.monotonic() - feedback.cancelled_at < 5  # stopped at once, not after the remaining work
    assert max(seen) > cancel_above and max(seen) < 100


def test_segment_everything_says_why_nothing_was_found(geosam_provider, cogeo_folder):
    import processing
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Collect(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)
            super().pushWarning(text)

    result = processing.run(
        "geosam:segmenteverything", {"FEATURES": str(cogeo_folder), "POINTS_PER_SIDE": 2, "PRED_IOU_THRESH": 1.0, "STABILITY_THRESH": 1.0, "OUTPUT": "memory:"}, feedback=Collect()
    )
    assert result["OUTPUT"].featureCount() == 0
    assert warnings and "0 polygons: no mask passed the thresholds (predicted IoU >= 1" in warnings[0] and "Lower them" in warnings[0]


def test_background_only_prompt_groups_are_skipped_and_counted(geosam_provider, data_dir, cogeo_folder, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    infos = []

    class Collect(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            infos.append(text)
            super().pushInfo(text)

    a, b, c = (lonlat_of_pixel(data_dir / "cogeo.tif", col, row) for col, row in ((300, 400), (320, 410), (600, 600)))
    prompts = make_points(tmp_path / "p.geojson", "EPSG:4326", [(*a, 1, "A"), (*b, 0, "A"), (*c, 0, "only background")])
    result = processing.run("geosam:segmentprompts", {"FEATURES": str(cogeo_folder), "POINTS": prompts, "LABEL_FIELD": "label", "GROUP_FIELD": "obj", "OUTPUT": "memory:"}, feedback=Collect())
    assert {f["group"] for f in result["OUTPUT"].getFeatures()} == {"A"}
    assert any("Skipped 1 prompt object(s) with only background points" in line for line in infos)
    # Without a group field each point is its own object: the lone background point is skipped as well.
    result = processing.run("geosam:segmentprompts", {"FEATURES": str(cogeo_folder), "POINTS": prompts, "LABEL_FIELD": "label", "OUTPUT": "memory:"}, feedback=Collect())
    assert {f["n_fg"] for f in result["OUTPUT"].getFeatures()} == {1}
    assert any("Skipped 2 prompt object(s)" in line for line in infos)


def test_box_prompts_from_a_polygon_layer(geosam_provider, data_dir, cogeo_folder):
    """BOXES: each polygon's bounding box is an object's box (a feature without geometry is skipped); the mask stays inside it."""
    import processing
    import rasterio
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    from encoder.geo import apply

    with rasterio.open(data_dir / "cogeo.tif") as src:
        (x0, y0), (x1, y1), crs = apply(src.transform, 420, 495), apply(src.transform, 510, 390), src.crs.to_string()
    boxes = QgsVectorLayer(f"Polygon?crs={crs}", "boxes", "memory")
    drawn = QgsFeature()
    drawn.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
    boxes.dataProvider().addFeatures([drawn, QgsFeature()])
    result = processing.run("geosam:segmentprompts", {"FEATURES": str(cogeo_folder), "BOXES": boxes, "LARGEST_ONLY": False, "OUTPUT": "memory:"})["OUTPUT"]
    features = list(result.getFeatures())
    assert features and {f["box"] for f in features} == {1} and {f["n_fg"] for f in features} == {0}
    extent = result.extent()
    assert extent.xMinimum() >= x0 - 1e-6 and extent.xMaximum() <= x1 + 1e-6 and extent.yMinimum() >= y0 - 1e-6 and extent.yMaximum() <= y1 + 1e-6
    # Outline: Buildings, as in the dock: right angles in the folder's CRS.
    import shapely
    from benchmarks.outlines import corner_angles

    built = processing.run("geosam:segmentprompts", {"FEATURES": str(cogeo_folder), "BOXES": boxes, "OUTLINE": 1, "OUTPUT": "memory:"})["OUTPUT"]
    shapes = [shapely.from_wkt(f.geometry().asWkt()) for f in built.getFeatures()]
    assert shapes and all(np.all(np.abs(corner_angles(g.geoms[0] if g.geom_type == "MultiPolygon" else g) - 90) < 1e-6) for g in shapes)


def test_algorithms_report_clear_errors_not_tracebacks(geosam_provider, data_dir, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Nothing to encode"):
        processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "all-nodata.tif"), "CHECKPOINT": sam_ckpt, "OUTPUT": str(tmp_path / "f")})
    with pytest.raises(QgsProcessingException, match="no manifest"):
        processing.run("geosam:segmenteverything", {"FEATURES": str(tmp_path), "OUTPUT": "memory:"})
    if not torch_cuda_available():
        with pytest.raises(QgsProcessingException, match="float16 compute needs a CUDA GPU"):
            processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "shade.tif"), "CHECKPOINT": sam_ckpt, "PRECISION": 2, "OUTPUT": str(tmp_path / "f16")})
        assert not (tmp_path / "f16").exists()
    with pytest.raises(QgsProcessingException, match=r"OpenVINO reports no device GPU here \(Intel GPUs found: none\)"):  # no Intel GPU on this machine
        processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "shade.tif"), "CHECKPOINT": sam_ckpt, "DEVICE": 4, "OUTPUT": str(tmp_path / "igpu")})
    assert not (tmp_path / "igpu").exists()


def torch_cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def test_encode_in_bfloat16_through_processing(geosam_provider, data_dir, sam_ckpt, tmp_path):
    import processing

    from encoder import open_feature_folder

    out = processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "shade.tif"), "CHECKPOINT": sam_ckpt, "PRECISION": 1, "FEATURE_DTYPE": 1, "OUTPUT": str(tmp_path / "f")})
    assert out["CHIP_COUNT"] == 1 and open_feature_folder(tmp_path / "f").precision == "bfloat16"


def qgis_process_env(plugins_dir, profile):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugins_dir),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
    )
    return env


def test_qgis_process_runs_encode_and_segment(plugins_dir, data_dir, sam_ckpt, tmp_path):
    env = qgis_process_env(plugins_dir, tmp_path / "profile")
    enable = subprocess.run(["/usr/bin/qgis_process.bin", "plugins", "enable", PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=300)
    assert enable.returncode == 0, enable.stdout + enable.stderr
    requests = tmp_path / "worker-requests.log"
    env["GEOSAM_WORKER_LOG"] = str(requests)
    listed = subprocess.run(["/usr/bin/qgis_process.bin", "list"], env=env, capture_output=True, text=True, timeout=300)
    assert "geosam:encoderaster" in listed.stdout and "geosam:segmentprompts" in listed.stdout
    assert not requests.exists()  # listing starts no worker
    folder = tmp_path / "features"
    run = subprocess.run(
        ["/usr/bin/qgis_process.bin", "run", "geosam:encoderaster", "--json", "--", f"INPUT={data_dir / 'shade.tif'}", f"CHECKPOINT={sam_ckpt}", f"OUTPUT={folder}"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    results = json.loads(run.stdout)["results"]
    assert results["CHIP_COUNT"] == 1 and (folder / "manifest.parquet").exists()
    # The worker was asked to import its engine while qgis_process was still starting, then to encode.
    ops = [line.split()[1] for line in requests.read_text().splitlines()]
    assert ops[0] == "preload" and "encode" in ops
    a = lonlat_of_pixel(data_dir / "shade.tif", 500, 500)
    prompts = make_points(tmp_path / "p.geojson", "EPSG:4326", [(*a, 1, "A")])
    seg = subprocess.run(
        ["/usr/bin/qgis_process.bin", "run", "geosam:segmentprompts", "--json", "--", f"FEATURES={folder}", f"POINTS={prompts}", f"OUTPUT={tmp_path / 'seg.gpkg'}"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert seg.returncode == 0, seg.stdout[-2000:] + seg.stderr[-2000:]
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(tmp_path / "seg.gpkg"), "seg", "ogr")
    assert layer.isValid() and layer.featureCount() >= 1 and layer.crs().authid() == "EPSG:3857"


def test_plugin_loads_without_its_runtime_and_algorithms_say_what_to_install(plugins_dir, tmp_path, data_dir):
    """QGIS's Python with no torch/segment_anything/sam2 on its path and no GeoSAM runtime: loading works, running explains."""
    script = f"""
import sys, importlib.abc
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('torch', 'torchvision', 'segment_anything', 'sam2'):
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Block())
sys.path = [p for p in sys.path if '.venv' not in p]
sys.path.insert(0, {str(plugins_dir)!r})
sys.path.append('/usr/share/qgis/python/plugins')
from qgis.core import QgsApplication, QgsProcessingException
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing; Processing.initialize()
import {PLUGIN_NAME} as plugin_pkg
plugin = plugin_pkg.classFactory(None); plugin.initGui()
assert 'torch' not in sys.modules
import processing
try:
    processing.run('geosam:encoderaster', {{'INPUT': {str(data_dir / 'cogeo.tif')!r}, 'CHECKPOINT': '/x.pth', 'OUTPUT': {str(tmp_path / 'f')!r}}})
except QgsProcessingException as exc:
    print('MESSAGE:', exc)
plugin.unload()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="", GEOSAM_RUNTIME=str(tmp_path / "no-runtime"))
    r = subprocess.run(["/usr/bin/python3", "-c", script], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    message = next(line for line in r.stdout.splitlines() if line.startswith("MESSAGE:"))
    assert "GeoSAM's runtime is missing" in message and str(tmp_path / "no-runtime") in message and "make setup" in message and "Traceback" not in message


def test_loading_the_plugin_does_not_import_torch(plugins_dir):
    script = f"import sys; sys.path.insert(0, {str(plugins_dir)!r}); import {PLUGIN_NAME}.plugin; print('torch' in sys.modules, 'pyarrow' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=str(ROOT.parent))
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["False", "False"]


def test_shipped_graphical_model_runs_end_to_end(geosam_provider, data_dir, sam_ckpt, tmp_path):
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(ROOT / "resources" / "models" / "geosam_encode_and_segment.model3"))
    assert [c.algorithmId() for c in model.childAlgorithms().values()].count("geosam:encoderaster") == 1
    # What the Modeler's Validate button reports for each step: nothing (it opened red before, 11 values missing).
    assert {child: model.validateChildAlgorithm(child) for child in model.childAlgorithms()} == {"encode": (True, []), "segment": (True, [])}
    result = processing.run(
        model,
        {"raster": str(data_dir / "cogeo.tif"), "checkpoint": sam_ckpt, "points": str(ROOT / "resources" / "demo" / "prompts.geojson"), "segment:segments": str(tmp_path / "out.gpkg")},
    )
    layer = QgsVectorLayer(result["segment:segments"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() >= 3
    assert {f["group"] for f in layer.getFeatures()} == {"snowfield", "forest", "field"}


def test_the_release_zip_passes_the_plugin_repository_rules_and_serves_a_plugins_xml(tmp_path):
    """make zip's build: LICENSE, translations and build.txt in; tests, scripts, caches and weights out; the QGIS
    plugin repository's upload rules pass; plugins.xml names the zip's URL and md5; bad input is one line."""
    import hashlib
    import xml.etree.ElementTree as ET
    import zipfile

    sys.path.insert(0, str(ROOT / "scripts"))
    from release_check import check_zip

    package = [sys.executable, str(ROOT / "scripts" / "package.py"), "zip"]
    run = subprocess.run([*package, str(tmp_path / "geo_sam_qgis.zip"), "--allow-dirty", "--base-url", "https://example.org/geosam/"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    names = zipfile.ZipFile(tmp_path / "geo_sam_qgis.zip").namelist()
    assert {f"{PLUGIN_NAME}/{n}" for n in ("metadata.txt", "LICENSE", "CHANGELOG.md", "build.txt", "encoder/encode/builder.py", "resources/icons/geosam.svg", "i18n/geosam_de.qm")} <= set(names)
    assert not [n for n in names if "/tests/" in n or "/scripts/" in n or "__pycache__" in n or n.endswith((".pt", ".pth", ".ts")) or "/.venv/" in n]
    assert check_zip(tmp_path / "geo_sam_qgis.zip") == []
    plugin = ET.parse(tmp_path / "plugins.xml").getroot().find("pyqgis_plugin")
    assert plugin.get("name") == "GeoSAM" and plugin.findtext("download_url") == "https://example.org/geosam/geo_sam_qgis.zip"
    assert plugin.findtext("md5_sum") == hashlib.md5((tmp_path / "geo_sam_qgis.zip").read_bytes()).hexdigest()
    assert plugin.findtext("file_name") == "geo_sam_qgis.zip" and plugin.findtext("experimental") == "False"
    bad = subprocess.run([*package, str(tmp_path / "x.zip"), "--allow-dirty", "--base-url", "file:///srv/plugins"], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "must be http(s)://" in bad.stderr and not (tmp_path / "x.zip").exists()
    # The repository's rules catch what they should: no LICENSE, a .pyc, a binary.
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(tmp_path / "geo_sam_qgis.zip") as src, zipfile.ZipFile(broken, "w") as dst:
        for name in src.namelist():
            if not name.endswith("/LICENSE"):
                dst.writestr(name, src.read(name))
        dst.writestr(f"{PLUGIN_NAME}/encoder/x.pyc", b"")
        dst.writestr(f"{PLUGIN_NAME}/lib/torch_cpu.dll", b"")
    problems = check_zip(broken)
    assert any("no LICENSE" in p for p in problems) and any(".pyc" in p for p in problems) and any("compiled binary" in p for p in problems)


def test_metadata_changelog_is_generated_from_changelog_md():
    sys.path.insert(0, str(ROOT / "scripts"))
    import configparser

    from package import changelog_entries, metadata_changelog

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert " ".join(parser["general"]["changelog"].split()) == " ".join(metadata_changelog(text).split())
    assert changelog_entries(text)[0][0] == parser["general"]["version"]  # the newest entry is this version's


INSTALL_FROM_ZIP = r"""
import json, sys
sys.path[:0] = ["/usr/share/qgis/python", "/usr/share/qgis/python/plugins"]
from qgis.core import Qgis, QgsApplication
app = QgsApplication([], False)
app.initQgis()
from pyplugin_installer.unzip import unzip
from pyplugin_installer.version_compare import isCompatible
import qgis.utils
zip_path, plugins_dir, name = sys.argv[1:4]
unzip(zip_path, plugins_dir)  # what Plugins > Install from ZIP does
sys.path.insert(0, plugins_dir)
qgis.utils.plugin_paths = [plugins_dir]
qgis.utils.updateAvailablePlugins()
low, high = qgis.utils.pluginMetadata(name, "qgisMinimumVersion"), qgis.utils.pluginMetadata(name, "qgisMaximumVersion")
versions = ["3.16.0", "3.22.16", "3.40.6", "3.44.15", "4.0.0", "4.4.0", "5.0.0", Qgis.QGIS_VERSION.split("-")[0]]
loaded = qgis.utils.loadPlugin(name) and qgis.utils.startPlugin(name)
print(json.dumps({"compatible": {v: isCompatible(v, low, high) for v in versions}, "running": Qgis.QGIS_VERSION.split("-")[0],
                  "loaded": loaded, "provider": QgsApplication.processingRegistry().providerById("geosam") is not None,
                  "algorithms": sorted(a.id() for a in QgsApplication.processingRegistry().providerById("geosam").algorithms()) if loaded else []}))
qgis.utils.unloadPlugin(name)
"""


def test_the_zip_installs_and_loads_through_qgis_own_plugin_machinery(tmp_path):
    """Install from ZIP and plugin loading as QGIS does them (pyplugin_installer, qgis.utils), in this leg's QGIS;
    QGIS's own version check refuses a QGIS older than qgisMinimumVersion and accepts QGIS 4."""
    import json

    subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "package.py"), "zip", str(tmp_path / "p.zip"), "--allow-dirty"], check=True, capture_output=True)
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", INSTALL_FROM_ZIP, str(tmp_path / "p.zip"), str(plugins), PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["loaded"] and report["provider"] and "geosam:encoderaster" in report["algorithms"]
    compatible = report["compatible"]
    assert compatible[report["running"]] and compatible["3.22.16"] and compatible["3.40.6"] and compatible["3.44.15"]
    assert compatible["4.0.0"] and compatible["4.4.0"]  # QGIS 4 loads it (qgisMaximumVersion=4.99)
    assert not compatible["3.16.0"] and not compatible["5.0.0"]  # older than qgisMinimumVersion: not loaded


def test_raster_path_is_the_file_gdal_opens_for_plain_and_zipped_layers(qgis_app, plugin_package, data_dir, tmp_path):
    """The one way from a layer to the file the worker reads (geo_sam_plugin/layer_source.py), used by the dock and
    Processing: a GeoTIFF's path, and a GeoTIFF inside a zip as GDAL's /vsizip/ path (not the zip file itself)."""
    import zipfile

    import rasterio
    from qgis.core import QgsRasterLayer

    raster_path = plugin_package.geo_sam_plugin.layer_source.raster_path
    plain = QgsRasterLayer(str(data_dir / "RGB.byte.tif"), "plain")
    with zipfile.ZipFile(tmp_path / "rasters.zip", "w") as zf:
        zf.write(data_dir / "RGB.byte.tif", "inner/RGB.byte.tif")
    zipped = QgsRasterLayer(f"/vsizip/{tmp_path / 'rasters.zip'}/inner/RGB.byte.tif", "zipped")
    assert plain.isValid() and zipped.isValid()
    assert raster_path(plain) == str(data_dir / "RGB.byte.tif")
    assert raster_path(zipped) == f"/vsizip/{tmp_path / 'rasters.zip'}/inner/RGB.byte.tif"
    with rasterio.open(raster_path(zipped)) as src, rasterio.open(raster_path(plain)) as ref:
        assert src.shape == ref.shape and src.crs == ref.crs


def test_processing_dialogs_start_from_the_docks_choices_with_labels_that_fit(geosam_provider, sam_ckpt, cogeo_folder):
    """Processing > GeoSAM > Encode raster / Segment with prompts, opened as a person does (the toolbox's dialog): the
    checkpoint and the feature folder last used in the dock are filled in, and no parameter's label is wider than a
    third of a 1366 px screen."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtWidgets import QLabel

    settings = QgsSettings()
    settings.setValue("geosam/checkpoint", sam_ckpt)
    settings.setValue("geosam/last_folder", str(cogeo_folder))
    try:
        for algorithm, name, expected in (("geosam:encoderaster", "CHECKPOINT", sam_ckpt), ("geosam:segmentprompts", "FEATURES", str(cogeo_folder)),
                                          ("geosam:segmenttext", "FEATURES", str(cogeo_folder))):
            made = QgsApplication.processingRegistry().createAlgorithmById(algorithm)
            assert made.parameterDefinition(name).defaultValue() is None  # a dialog's default only: processing.run still needs it
            dialog = AlgorithmDialog(made)  # as the toolbox makes it
            try:
                wrapper = dialog.mainWidget().wrappers[name]
                assert wrapper.parameterValue() == expected, (algorithm, wrapper.parameterValue())
                labels = [label for label in dialog.mainWidget().findChildren(QLabel) if label.text() and not label.text().startswith("<")]  # not links
                # A label that wraps (QGIS 3.40's) is never cut; one that does not must fit a third of a 1366 px screen.
                wide = [(label.text(), label.fontMetrics().horizontalAdvance(label.text())) for label in labels
                        if not label.wordWrap() and label.fontMetrics().horizontalAdvance(label.text()) > 1366 / 3]
                assert labels and wide == [], wide
            finally:
                dialog.deleteLater()
    finally:
        settings.remove("geosam/checkpoint")
        settings.remove("geosam/last_folder")


@pytest.mark.parametrize("crs", ["EPSG:32652", "EPSG:4326"])
def test_regularize_any_polygon_layer_through_processing(geosam_provider, crs):
    """geosam:regularize on a layer of traced outlines (an L-shaped building and a terraced pair, traced at 0.5 m):
    right angles on the ground, the pair's shared wall kept, every field kept; in a UTM zone and in degrees (the
    tolerance then in metres)."""
    import processing
    import shapely
    from benchmarks.outlines import corner_angles, pair_overlap_and_gap, traced
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    origin = (352000.0, 4172000.0)  # metres in EPSG:32652 (near the demo image)
    l_shape = shapely.Polygon([(0, 0), (18, 0), (18, 7), (8, 7), (8, 15), (0, 15)])
    a, b = shapely.box(30, 0, 39.3, 12.1), shapely.box(39.3, 0, 47.8, 13.4)
    truth = [shapely.affinity.translate(shapely.affinity.rotate(g, 21, origin=(0, 0)), *origin) for g in (l_shape, a, b)]
    wall = shapely.affinity.translate(shapely.affinity.rotate(shapely.LineString([(39.3, 0), (39.3, 12.1)]), 21, origin=(0, 0)), *origin)
    shapes = traced(truth, 0.5)
    utm, target = QgsCoordinateReferenceSystem("EPSG:32652"), QgsCoordinateReferenceSystem(crs)
    to_target, back = QgsCoordinateTransform(utm, target, QgsProject.instance()), QgsCoordinateTransform(target, utm, QgsProject.instance())
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string&field=area_m2:double&field=style:string", "traced", "memory")
    features = []
    for name, shape in zip(("L", "west", "east"), shapes):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry.fromWkt(shape.wkt)
        geometry.transform(to_target)
        feature.setGeometry(geometry)
        feature["name"] = name
        feature["area_m2"], feature["style"] = 1.0, "traced"  # as GeoSAM saved them: they must describe the new outline
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    out = processing.run("geosam:regularize", {"INPUT": layer, "STYLE": 0, "TOLERANCE": 0.75, "OUTPUT": "memory:"})["OUTPUT"]
    made = {}
    measure = ellipsoid_area_and_perimeter(out.crs())
    for feature in out.getFeatures():
        assert feature["style"] == "buildings" and feature["area_m2"] == pytest.approx(measure(feature.geometry())[0], rel=1e-3)
        geometry = feature.geometry()
        geometry.transform(back)
        made[feature["name"]] = shapely.from_wkt(geometry.asWkt())
    assert sorted(made) == ["L", "east", "west"]
    for name, shape in made.items():
        shape = shape.geoms[0] if shape.geom_type == "MultiPolygon" else shape
        made[name] = shape
        assert np.all(np.abs(corner_angles(shape) - 90) < 0.5), (name, corner_angles(shape))
    assert len(made["L"].exterior.coords) - 1 == 6 and made["L"].intersection(truth[0]).area / made["L"].union(truth[0]).area > 0.97
    overlap, gap = pair_overlap_and_gap(made["west"], made["east"], wall)
    assert overlap < 1e-3 and gap < 0.05, (overlap, gap)
    with pytest.raises(Exception, match="Give a tolerance above 0"):
        processing.run("geosam:regularize", {"INPUT": layer, "TOLERANCE": 0, "OUTPUT": "memory:"})


"""SAM 3: encoding, text prompts on cached features against Sam3Processor, and every entry point.

A small SAM 3 built from sam3's own classes (encoder/tiny_models.py) stands in for the 840 M-parameter model,
which `make bench` runs once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from conftest import ROOT, wait_for

pytest.importorskip("sam3", reason="the sam3 package is installed by make setup")


@pytest.fixture(scope="session")
def sam3_ckpt(models_dir) -> str:
    from encoder.tiny_models import make_small_sam3_checkpoint

    return make_small_sam3_checkpoint(models_dir / "small_sam3.pt")


@pytest.fixture(scope="session")
def sam3_folder(tmp_path_factory, data_dir, sam3_ckpt):
    """The demo image in 1008 px chips (2 x 2, overlapping by 992 px), float32 features."""
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    out = tmp_path_factory.mktemp("sam3") / "cogeo"
    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam3_ckpt), out, feature_dtype="float32").build()
    return out


def cli(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "encoder", *map(str, args)], env=env, capture_output=True, text=True, timeout=900, cwd=cwd)


def test_a_sam3_checkpoint_is_recognised_from_its_tensors(sam3_ckpt, tmp_path):
    import shutil

    from encoder.checkpoints import create_model_spec_from_checkpoint

    renamed = tmp_path / "my_model.pt"
    shutil.copy(sam3_ckpt, renamed)
    for path in (sam3_ckpt, renamed):
        spec = create_model_spec_from_checkpoint(path)
        assert (spec.model_type, spec.variant, spec.image_size) == ("sam3", "sam3_custom", 1008)
    with pytest.raises(Exception, match="SAM3 checkpoint, not SAM2"):
        create_model_spec_from_checkpoint(sam3_ckpt, "sam2")


def test_cpu_workarounds_apply_only_on_a_cpu_and_are_undone():
    import torch

    from encoder.sam3_model import cpu_workarounds

    zeros, pin = torch.zeros, torch.Tensor.pin_memory
    with cpu_workarounds(torch.device("cpu")):
        assert torch.zeros(2, device="cuda").device.type == "cpu"  # sam3's hard-coded "cuda" factories
        t = torch.ones(3)
        assert t.pin_memory() is t
    assert torch.zeros is zeros and torch.Tensor.pin_memory is pin
    with cpu_workarounds(torch.device("cuda")):  # the GPU path: nothing is touched
        assert torch.zeros is zeros and torch.Tensor.pin_memory is pin
    with pytest.raises(ValueError):
        with cpu_workarounds(torch.device("cpu")):
            raise ValueError("undone on errors too")
    assert torch.zeros is zeros and torch.Tensor.pin_memory is pin


def test_text_on_cached_features_equals_sam3_processor_on_the_chip(sam3_folder, sam3_ckpt, data_dir):
    """Scores and masks of a concept on a cached chip equal Sam3Processor.set_image + set_text_prompt on its pixels
    (to float rounding: the trunk runs in the encoder's batch, the reference's alone)."""
    import rasterio
    import torch
    from rasterio.windows import Window
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder.checkpoints import read_state_dict
    from encoder.query import FeatureQueryEngine
    from encoder.sam3_model import cpu_workarounds, load_image_model

    engine = FeatureQueryEngine(sam3_folder)
    assert len(engine.chips) == 4 and {c.chip_size for c in engine.chips} == {1008}
    reference = Sam3Processor(load_image_model(sam3_ckpt, read_state_dict(sam3_ckpt), torch.device("cpu")), device="cpu", confidence_threshold=0.5)
    for chip in (engine.chips[0], engine.chips[3]):
        w = chip.grid_window
        with rasterio.open(data_dir / "cogeo.tif") as src:
            pixels = src.read([1, 2, 3], window=Window(w.col_off, w.row_off, w.width, w.height))
        with cpu_workarounds(torch.device("cpu")):
            state = reference.set_text_prompt("building", reference.set_image(torch.from_numpy(pixels)))
        scores, masks = engine.decoder.find(engine._features(chip), "building", chip.valid_hw, 0.5)
        assert len(scores) > 0
        np.testing.assert_allclose(scores, state["scores"].numpy(), atol=1e-5)
        ref = state["masks"][:, 0].numpy()
        # Equal to float rounding: measured 3 pixels of 1,003,092 on the mask edges, scores within 2e-7.
        assert masks.shape == ref.shape and (masks != ref).sum() <= 1e-5 * ref.sum()


def test_clicks_and_boxes_on_a_sam3_folder_equal_its_interactive_head(sam3_folder, sam3_ckpt, data_dir, tmp_path):
    """A click and a box on cached SAM 3 features give Sam3Image.predict_inst's masks after Sam3Processor.set_image."""
    import rasterio
    import torch
    from rasterio.windows import Window
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder.checkpoints import read_state_dict
    from encoder.geo import pixel_to_map
    from encoder.query import FeatureQueryEngine
    from encoder.sam3_model import cpu_workarounds, load_image_model

    engine = FeatureQueryEngine(sam3_folder)
    model = load_image_model(sam3_ckpt, read_state_dict(sam3_ckpt), torch.device("cpu"))
    reference = Sam3Processor(model, device="cpu")
    x, y = pixel_to_map(engine.grid_transform, [300.5, 250.0, 420.0], [400.5, 300.0, 520.0])
    for prompt in ({"points": [(x[0], y[0])], "labels": [1]}, {"box": (x[1], y[2], x[2], y[1])}):
        result = engine.query(**prompt, crs=engine.crs, continue_across_chips=False)
        sent = result.chip_prompts[0]
        chip = next(c for c in engine.chips if c.chip_id == sent.chip_id)
        w = chip.grid_window
        with rasterio.open(data_dir / "cogeo.tif") as src:
            pixels = torch.from_numpy(src.read([1, 2, 3], window=Window(w.col_off, w.row_off, w.width, w.height)))
        with cpu_workarounds(torch.device("cpu")):
            state = reference.set_image(pixels)
            masks, scores, _ = model.predict_inst(
                state, point_coords=sent.points, point_labels=sent.labels, box=None if sent.box is None else sent.box.reshape(4), multimask_output=sent.multimask
            )
        best = masks[int(np.argmax(scores))].astype(bool)
        ours = result.mask
        assert ours.shape == best.shape and 0 < best.sum() < best.size
        if sent.box is not None:  # GeoSAM keeps a box's mask inside the box: compare inside it
            c0, r0 = np.ceil(sent.box[:2]).astype(int) + 1
            c1, r1 = np.floor(sent.box[2:]).astype(int)
            ours, best = ours[r0:r1, c0:c1], best[r0:r1, c0:c1]
        assert (ours != best).sum() <= max(10, 1e-5 * best.sum()), (prompt, int((ours != best).sum()))
    x0, y0 = pixel_to_map(engine.grid_transform, [300.5], [400.5])
    click = cli("segment", "-f", sam3_folder, "--point", f"{x0[0]},{y0[0]}", "--crs", "EPSG:3857", "-o", tmp_path / "p.geojson")
    assert click.returncode == 0 and json.loads((tmp_path / "p.geojson").read_text())["features"], click.stderr


def test_segment_text_from_the_cli_merges_duplicates_across_chips(sam3_folder, tmp_path):
    import shapely

    from encoder.concepts import ConceptOptions, segment_text
    from encoder.query import FeatureQueryEngine

    # 0.72: fewer matches of the random model than the default 0.5, for a faster test.
    run = cli("segment", "-f", sam3_folder, "--text", "  building ", "--threshold", "0.72", "-o", tmp_path / "b.geojson", "-q")
    assert run.returncode == 0 and "'building' polygon(s)" in run.stdout, run.stderr
    features = json.loads((tmp_path / "b.geojson").read_text())["features"]
    assert features and {f["properties"]["concept"] for f in features} == {"building"}
    assert all(0.72 <= f["properties"]["score"] <= 1 for f in features)
    polys = np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object)
    chips = np.array([f["properties"]["chip_ids"] for f in features])
    left, right = shapely.STRtree(polys).query(polys, predicate="intersects")
    pair = (left < right) & (chips[left] != chips[right])
    left, right = left[pair], right[pair]
    inter = shapely.area(shapely.intersection(polys[left], polys[right]))
    union = shapely.area(polys[left]) + shapely.area(polys[right]) - inter
    assert np.all(inter < 0.5 * union)  # the same object found on two overlapping chips is kept once
    engine = FeatureQueryEngine(sam3_folder)
    per_chip = sum(len(engine.decoder.find(engine._features(c), "building", c.valid_hw, 0.72)[0]) for c in engine.chips)
    assert len(features) < per_chip
    # The CLI wrote what the API finds; an extent limits the chips searched.
    assert len(segment_text(engine, "building", options=ConceptOptions(threshold=0.72))) == len(features)
    first = engine.chips[0].bounds
    run = cli("segment", "-f", sam3_folder, "--text", "building", "--threshold", "0.72", "--extent", f"{first.minx},{first.maxy - 1},{first.minx + 1},{first.maxy}", "-o", tmp_path / "e.geojson", "-q")
    assert run.returncode == 0, run.stderr


def test_text_prompts_bad_input(sam3_folder, cogeo_folder, sam_ckpt, tmp_path):
    empty = cli("segment", "-f", sam3_folder, "--text", "   ", "-o", tmp_path / "x.gpkg")
    assert empty.returncode == 2 and "text prompt is empty" in empty.stderr and empty.stderr.count("\n") == 1
    on_sam = cli("segment", "-f", cogeo_folder, "--checkpoint", sam_ckpt, "--text", "building", "-o", tmp_path / "y.gpkg")
    assert on_sam.returncode == 2 and "SAM 3 (sam3.pt)" in on_sam.stderr and on_sam.stderr.count("\n") == 1
    assert not (tmp_path / "y.gpkg").exists()
    none = cli("segment", "-f", sam3_folder, "--text", "building", "--threshold", "0.99", "-o", tmp_path / "none.geojson", "-q")
    assert none.returncode == 0 and "No 'building' found" in none.stdout, none.stderr
    assert json.loads((tmp_path / "none.geojson").read_text())["features"] == []
    both = cli("segment", "-f", sam3_folder, "--text", "building", "--point", "1,2", "--crs", "EPSG:3857", "-o", tmp_path / "z.gpkg")
    assert both.returncode == 2 and "either --text or points" in both.stderr


BLOCK_SAM3 = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "sam3" or name.startswith("sam3."):
            raise ImportError("No module named 'sam3'")
sys.meta_path.insert(0, Block())
from encoder.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_sam3_checkpoint_without_the_sam3_package_names_what_to_install(data_dir, sam3_ckpt, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", BLOCK_SAM3, "encode", "-i", str(data_dir / "cogeo.tif"), "-c", sam3_ckpt, "-f", str(tmp_path / "f"), "-q"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 2 and "install sam3==0.1.4 (with --no-deps)" in run.stderr and run.stderr.count("\n") == 1, run.stderr


def test_segmenttext_through_processing_and_qgis_process(geosam_provider, plugins_dir, sam3_folder, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Collect(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)
            super().pushWarning(text)

    result = processing.run("geosam:segmenttext", {"FEATURES": str(sam3_folder), "TEXT": "building", "THRESHOLD": 0.72, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.featureCount() > 0 and {f["concept"] for f in layer.getFeatures()} == {"building"} and layer.crs().authid() == "EPSG:3857"
    empty = processing.run("geosam:segmenttext", {"FEATURES": str(sam3_folder), "TEXT": "building", "THRESHOLD": 0.99, "OUTPUT": "memory:"}, feedback=Collect())
    assert empty["OUTPUT"].featureCount() == 0 and "No 'building' found" in warnings[0]
    from conftest import PLUGIN_NAME
    from test_processing import qgis_process_env

    env = qgis_process_env(plugins_dir, tmp_path / "profile")
    subprocess.run(["/usr/bin/qgis_process.bin", "plugins", "enable", PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=300)
    run = subprocess.run(
        ["/usr/bin/qgis_process.bin", "run", "geosam:segmenttext", "--json", "--", f"FEATURES={sam3_folder}", "TEXT=building", "THRESHOLD=0.72", f"OUTPUT={tmp_path / 'q.gpkg'}"],
        env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert (tmp_path / "q.gpkg").is_file()



def test_the_dock_text_box_finds_a_concept_as_a_task(qgis_app, plugin_package, sam3_folder, cogeo_folder, sam_ckpt):
    from qgis.core import QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    canvas = QgsMapCanvas()
    ctl = plugin_package.geo_sam_plugin.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_checkpoint=lambda parent: sam_ckpt)
    dock.folder.setFilePath(str(sam3_folder))
    assert dock.load()
    dock.text.setText("building")
    dock.threshold.setValue(0.72)  # fewer matches of the random model: a faster test
    dock.find_button.click()
    assert ctl.concept_task is not None
    assert wait_for(lambda: ctl.concept_task is None, timeout=300)
    layers = QgsProject.instance().mapLayersByName("GeoSAM: building")
    assert layers and layers[0].featureCount() > 0 and "Found" in dock.status.text()
    dock.threshold.setValue(0.99)
    dock.find_button.click()
    assert wait_for(lambda: ctl.concept_task is None, timeout=300)
    assert "No 'building' found" in dock.status.text()
    assert min(layer.featureCount() for layer in QgsProject.instance().mapLayersByName("GeoSAM: building")) == 0
    dock.folder.setFilePath(str(cogeo_folder))  # a SAM folder: refused with a message, no task
    assert dock.load()
    dock.text.setText("building")
    assert dock.find_text() is None and "SAM 3 (sam3.pt)" in dock.status.text()
    QgsProject.instance().removeAllMapLayers()
    ctl.unload()
    sip.delete(dock)
    sip.delete(canvas)

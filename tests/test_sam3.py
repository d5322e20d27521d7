# SPDX-License-Identifier: GPL-2.0-or-later
"""SAM 3: encoding, text prompts on cached features against Sam3Processor, and every entry point.

A small SAM 3 built from sam3's own classes (encoder/models/tiny.py) stands in for the 840 M-parameter model,
which `make bench` runs once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import sam3  # noqa: F401  (a required test package: make setup installs it; a broken set-up fails here)
from conftest import ROOT, opened, wait_for

from encoder.fields import CONCEPT


@pytest.fixture(scope="session")
def sam3_ckpt(models_dir) -> str:
    from encoder.models.tiny import make_small_sam3_checkpoint

    return make_small_sam3_checkpoint(models_dir / "small_sam3.pt")


@pytest.fixture(scope="session")
def sam3_folder(tmp_path_factory, data_dir, sam3_ckpt):
    """The demo image's top 1008 rows in 1008 px chips (two, side by side, overlapping by 992 px), float32 features.

    The crop keeps the demo image's origin, so a chip's window reads the same pixels from cogeo.tif; two chips
    (not the whole image's 2 x 2) halve the time of every text search of the random model, which finds many objects."""
    import rasterio
    from rasterio.windows import Window

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    crop = tmp_path_factory.mktemp("sam3-data") / "cogeo_top.tif"
    with rasterio.open(data_dir / "cogeo.tif") as src:
        pixels = src.read([1, 2, 3], window=Window(0, 0, src.width, 1008))
        profile = {"driver": "GTiff", "dtype": "uint8", "count": 3, "width": src.width, "height": 1008, "crs": src.crs, "transform": src.transform}
    with rasterio.open(crop, "w", **profile) as dst:
        dst.write(pixels)
    out = tmp_path_factory.mktemp("sam3") / "cogeo"
    FeatureCacheBuilder(RasterDataset(crop), create_model_spec_from_checkpoint(sam3_ckpt), out, feature_dtype="float32").build()
    assert len(list((out / "features").glob("chip_*.pt"))) == 2
    return out


def cli(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "encoder", *map(str, args)], env=env, capture_output=True, text=True, timeout=900, cwd=cwd)


def test_a_sam3_checkpoint_is_recognised_from_its_tensors(sam3_ckpt, tmp_path):
    import shutil

    from encoder.models.checkpoints import create_model_spec_from_checkpoint

    renamed = tmp_path / "my_model.pt"
    shutil.copy(sam3_ckpt, renamed)
    for path in (sam3_ckpt, renamed):
        spec = create_model_spec_from_checkpoint(path)
        assert (spec.model_type, spec.variant, spec.image_size) == ("sam3", "sam3_custom", 1008)
    with pytest.raises(Exception, match="SAM3 checkpoint, not SAM2"):
        create_model_spec_from_checkpoint(sam3_ckpt, "sam2")


def test_cpu_workarounds_apply_only_on_a_cpu_and_are_undone():
    import torch

    from encoder.models.sam3 import cpu_workarounds

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

    from encoder.models.checkpoints import read_state_dict
    from encoder.models.sam3 import cpu_workarounds, load_image_model
    from encoder.segment.query import FeatureQueryEngine

    engine = FeatureQueryEngine(sam3_folder)
    assert len(engine.chips) == 2 and {c.chip_size for c in engine.chips} == {1008}
    reference = Sam3Processor(load_image_model(sam3_ckpt, read_state_dict(sam3_ckpt), torch.device("cpu")), device="cpu", confidence_threshold=0.5)
    for chip in (engine.chips[0], engine.chips[1]):
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
    # Above the best score nothing is found, as by the reference: the segmentation head and the neck's finer levels,
    # which only masks need, are then not run (ground()), and the answer is an empty one of the right shapes.
    top = float(scores.max()) + 1e-4  # the scores agree within 1e-5
    with cpu_workarounds(torch.device("cpu")):
        state = reference.set_confidence_threshold(top, state)
    scores, masks = engine.decoder.find(engine._features(chip), "building", chip.valid_hw, top)
    assert len(state["scores"]) == 0 and scores.shape == (0,) and masks.shape == (0, *chip.valid_hw)


def test_clicks_and_boxes_on_a_sam3_folder_equal_its_interactive_head(sam3_folder, sam3_ckpt, data_dir, tmp_path):
    """A click and a box on cached SAM 3 features give Sam3Image.predict_inst's masks after Sam3Processor.set_image."""
    import rasterio
    import torch
    from rasterio.windows import Window
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder.geo import pixel_to_map
    from encoder.models.checkpoints import read_state_dict
    from encoder.models.sam3 import cpu_workarounds, load_image_model
    from encoder.segment.query import FeatureQueryEngine

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

    from encoder.segment.concepts import ConceptOptions, segment_text
    from encoder.segment.query import FeatureQueryEngine

    # 0.78: fewer matches of the random model than the default 0.5, for a faster test.
    run = cli("segment", "-f", sam3_folder, "--text", "  building ", "--threshold", "0.78", "-o", tmp_path / "b.geojson", "-q")
    assert run.returncode == 0 and "'building' polygon(s)" in run.stdout, run.stderr
    features = json.loads((tmp_path / "b.geojson").read_text())["features"]
    assert features and {f["properties"]["concept"] for f in features} == {"building"}
    assert all(set(f["properties"]) == set(CONCEPT) for f in features)  # the schema's fields (encoder/fields.py)
    assert all(0.78 <= f["properties"]["score"] <= 1 for f in features)
    polys = np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object)
    chips = np.array([f["properties"]["chip_ids"] for f in features])
    left, right = shapely.STRtree(polys).query(polys, predicate="intersects")
    pair = (left < right) & (chips[left] != chips[right])
    left, right = left[pair], right[pair]
    inter = shapely.area(shapely.intersection(polys[left], polys[right]))
    union = shapely.area(polys[left]) + shapely.area(polys[right]) - inter
    assert np.all(inter < 0.5 * union)  # the same object found on two overlapping chips is kept once
    engine = FeatureQueryEngine(sam3_folder)
    per_chip = sum(len(engine.decoder.find(engine._features(c), "building", c.valid_hw, 0.78)[0]) for c in engine.chips)
    assert len(features) < per_chip
    # The CLI wrote what the API finds; an extent limits the chips searched.
    assert len(segment_text(engine, "building", options=ConceptOptions(threshold=0.78))) == len(features)
    first = engine.chips[0].bounds
    run = cli("segment", "-f", sam3_folder, "--text", "building", "--threshold", "0.78", "--extent", f"{first.minx},{first.maxy - 1},{first.minx + 1},{first.maxy}", "-o", tmp_path / "e.geojson", "-q")
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
    assert both.returncode == 2 and "either --text / --example or points" in both.stderr


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


# A box around an object of the demo image (col0, row0, col1, row1), inside the first chip.
EXAMPLE_PX = (420, 390, 510, 495)


def example_box(engine, chip, box=EXAMPLE_PX):
    """The pixel box on `chip` as map bounds (minx, miny, maxx, maxy) in the folder CRS; engine: what has the folder grid's transform (an engine, a FeatureFolder)."""
    from encoder.geo import pixel_to_map, window_transform

    xs, ys = pixel_to_map(window_transform(engine.grid_transform, chip.grid_window), [box[0], box[2]], [box[1], box[3]])
    return (min(xs), min(ys), max(xs), max(ys))


def test_example_boxes_on_cached_features_equal_sam3_processor_add_geometric_prompt(sam3_folder, sam3_ckpt, data_dir):
    """'More like this one' on the example's own chip equals Sam3Processor.add_geometric_prompt there, with and without text."""
    import rasterio
    import torch
    from rasterio.windows import Window
    from sam3.model.sam3_image_processor import Sam3Processor

    from encoder.models.checkpoints import read_state_dict
    from encoder.models.sam3 import cpu_workarounds, load_image_model
    from encoder.segment.query import FeatureQueryEngine

    engine = FeatureQueryEngine(sam3_folder)
    chip = engine.chips[0]
    w, (h, wd) = chip.grid_window, chip.valid_hw
    with rasterio.open(data_dir / "cogeo.tif") as src:
        pixels = torch.from_numpy(src.read([1, 2, 3], window=Window(w.col_off, w.row_off, w.width, w.height)))
    x0, y0, x1, y1 = EXAMPLE_PX
    reference = Sam3Processor(load_image_model(sam3_ckpt, read_state_dict(sam3_ckpt), torch.device("cpu")), device="cpu", confidence_threshold=0.5)
    for text in (None, "building"):
        with cpu_workarounds(torch.device("cpu")):
            state = reference.set_image(pixels)
            if text:
                state = reference.set_text_prompt(text, state)
            state = reference.add_geometric_prompt([(x0 + x1) / 2 / wd, (y0 + y1) / 2 / h, (x1 - x0) / wd, (y1 - y0) / h], True, state)
        model_text = text or "visual"
        tokens = engine.decoder.exemplar(engine._features(chip), model_text, [EXAMPLE_PX], [True], chip.valid_hw)
        scores, masks = engine.decoder.find(engine._features(chip), model_text, chip.valid_hw, 0.5, exemplar=tokens)
        assert len(scores) > 0
        np.testing.assert_allclose(scores, state["scores"].numpy(), atol=1e-5)
        ref = state["masks"][:, 0].numpy()
        # Measured: 67 and 74 pixels of masks covering about 1e8 (float rounding on their edges), scores within 3e-7.
        assert masks.shape == ref.shape and (masks != ref).sum() <= 1e-5 * ref.sum()
        plain, _ = engine.decoder.find(engine._features(chip), model_text, chip.valid_hw, 0.5)
        assert len(plain) != len(scores) or not np.allclose(plain, scores)  # the example changed what is found


def test_an_example_finds_its_like_in_another_chip(tmp_path, data_dir, sam3_ckpt):
    """Two identical tiles side by side: an example drawn on the left finds on the right what it finds on the left."""
    import rasterio
    from rasterio.windows import Window

    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint
    from encoder.segment.concepts import ConceptOptions, segment_text
    from encoder.segment.query import FeatureQueryEngine

    twin = tmp_path / "twin.tif"
    with rasterio.open(data_dir / "cogeo.tif") as src:
        tile = src.read([1, 2, 3], window=Window(0, 0, 1008, 1008))
        profile = {"driver": "GTiff", "dtype": "uint8", "count": 3, "width": 2016, "height": 1008, "crs": src.crs, "transform": src.transform}
    with rasterio.open(twin, "w", **profile) as dst:  # a plain GeoTIFF: the source's JPEG/YCbCr profile does not carry over everywhere
        dst.write(np.concatenate([tile, tile], axis=2))
    folder = tmp_path / "twin"
    FeatureCacheBuilder(RasterDataset(twin), create_model_spec_from_checkpoint(sam3_ckpt), folder, feature_dtype="float32", stride=1008).build()
    engine = FeatureQueryEngine(folder)
    left, right = sorted(engine.chips, key=lambda c: c.grid_window.col_off)
    assert (left.grid_window.col_off, right.grid_window.col_off, len(engine.chips)) == (0, 1008, 2)
    tokens = engine.decoder.exemplar(engine._features(left), "visual", [EXAMPLE_PX], [True], left.valid_hw)
    found = {c.chip_id: engine.decoder.find(engine._features(c), "visual", c.valid_hw, 0.72, exemplar=tokens) for c in (left, right)}
    np.testing.assert_allclose(found[right.chip_id][0], found[left.chip_id][0], atol=1e-3)  # measured: 1.1e-4 (the two trunks ran in one batch)
    a, b = found[left.chip_id][1], found[right.chip_id][1]
    assert a.shape == b.shape and (a & b).sum() / (a | b).sum() >= 0.99  # measured 0.998: the random model's ragged edges
    plain = engine.decoder.find(engine._features(right), "visual", right.valid_hw, 0.72)[0]
    assert len(plain) != len(found[right.chip_id][0]) or not np.allclose(plain, found[right.chip_id][0])
    # The whole-folder search gives both tiles' matches, as polygons of the same areas.
    polygons = segment_text(engine, None, options=ConceptOptions(threshold=0.72), exemplars=[example_box(engine, left)])
    assert polygons and {a["concept"] for _, a in polygons} == {"like the example"}
    areas = {str(c.chip_id): [a["area_m2"] for _, a in polygons if a["chip_ids"] == str(c.chip_id)] for c in (left, right)}
    assert len(areas[str(left.chip_id)]) == len(areas[str(right.chip_id)]) > 0
    assert sum(areas[str(right.chip_id)]) == pytest.approx(sum(areas[str(left.chip_id)]), rel=0.02)
    # Boxes in two chips that do not overlap: refused in one line.
    from encoder.errors import PromptError

    with pytest.raises(PromptError, match="must lie in one chip"):
        segment_text(engine, None, exemplars=[example_box(engine, left), example_box(engine, right, (900, 900, 1000, 1000))])


def test_example_boxes_from_the_cli_and_their_bad_input(sam3_folder, tmp_path):
    from encoder.segment.query import FeatureQueryEngine

    engine = FeatureQueryEngine(sam3_folder)
    first = engine.chips[0]
    box = ",".join(f"{v:.3f}" for v in example_box(engine, first))
    # The first chip only (an extent at its left edge): the search across chips is tested on the API above.
    only_first = ("--extent", f"{first.bounds.minx},{first.bounds.maxy - 1},{first.bounds.minx + 1},{first.bounds.maxy}")
    run = cli("segment", "-f", sam3_folder, "--example", box, *only_first, "--threshold", "0.75", "-o", tmp_path / "x.geojson", "-q")
    assert run.returncode == 0 and "'like the example' polygon(s)" in run.stdout, run.stdout + run.stderr
    features = json.loads((tmp_path / "x.geojson").read_text())["features"]
    assert features and {f["properties"]["concept"] for f in features} == {"like the example"}
    with_text = cli("segment", "-f", sam3_folder, "--text", "building", "--example", box, *only_first, "--threshold", "0.75", "-o", tmp_path / "t.geojson", "-q")
    assert with_text.returncode == 0 and "'building' polygon(s)" in with_text.stdout, with_text.stderr
    for args, message in (
        (["--example", box + ",0"], "draw at least one box around an example"),
        (["--example", "1,2,3"], "An example box is MINX,MINY,MAXX,MAXY[,LABEL]"),
        (["--example", "0,0,1,1", "--crs", "EPSG:4326"], "outside the encoded extent"),
    ):
        bad = cli("segment", "-f", sam3_folder, *args, "-o", tmp_path / "bad.geojson")
        assert bad.returncode == 2 and message in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr
        assert not (tmp_path / "bad.geojson").exists()


def test_the_mask_merge_keeps_what_polygon_iou_keeps(sam3_folder):
    """concepts.merge_matches (mask IoU on the folder grid, fast) against everything._suppress_duplicates (shapely
    polygon IoU) on the masks' exact outlines: the same matches are kept."""
    import shapely

    from encoder.geo import window_transform
    from encoder.segment.concepts import _Match, merge_matches
    from encoder.segment.everything import _suppress_duplicates
    from encoder.segment.query import FeatureQueryEngine
    from encoder.segment.vectorize import mask_to_polygons

    engine = FeatureQueryEngine(sam3_folder)
    matches = []
    for chip in engine.chips:
        scores, masks = engine.decoder.find(engine._features(chip), "building", chip.valid_hw, 0.78)
        transform = window_transform(engine.grid_transform, chip.grid_window)
        matches += [_Match.of(float(s), m, chip, transform) for s, m in zip(scores, masks)]
    for m in matches[:5]:  # a match's pixels are its polygon's, exactly
        (outline,) = mask_to_polygons(m.mask, window_transform(engine.grid_transform, m.window))
        assert shapely.equals(shapely.normalize(outline), shapely.normalize(m.polygon)) or abs(outline.area - m.polygon.area) < 1e-6 * m.polygon.area
    kept = merge_matches(matches, 0.5)
    assert 0 < len(kept) < len(matches)
    reference = _suppress_duplicates([(m.score, m.polygon, m.chip_id) for m in matches], 0.5, across_chips_only=True)
    assert sorted((round(m.score, 6), m.chip_id) for m in kept) == sorted((round(s, 6), c) for s, _, c in reference)


def test_segmenttext_through_processing_and_qgis_process(geosam_provider, plugins_dir, sam3_folder, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    warnings = []

    class Collect(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)
            super().pushWarning(text)

    result = processing.run("geosam:segmenttext", {"FEATURES": str(sam3_folder), "TEXT": "building", "THRESHOLD": 0.78, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    assert layer.featureCount() > 0 and {f["concept"] for f in layer.getFeatures()} == {"building"} and layer.crs().authid() == "EPSG:3857"
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    from encoder.segment.query import FeatureQueryEngine

    engine = FeatureQueryEngine(sam3_folder)
    examples = QgsVectorLayer("Polygon?crs=EPSG:3857", "examples", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*example_box(engine, engine.chips[0]))))
    examples.dataProvider().addFeatures([feature])
    # The examples' search and qgis_process's on the first chip only (an extent at its left edge): the search across
    # both chips is the first run's.
    first = engine.chips[0].bounds
    only_first = f"{first.minx},{first.minx + 1},{first.maxy - 1},{first.maxy} [EPSG:3857]"
    like = processing.run("geosam:segmenttext", {"FEATURES": str(sam3_folder), "EXAMPLES": examples, "EXTENT": only_first, "THRESHOLD": 0.75, "OUTPUT": "memory:"})["OUTPUT"]
    assert like.featureCount() > 0 and {f["concept"] for f in like.getFeatures()} == {"like the example"}
    empty = processing.run("geosam:segmenttext", {"FEATURES": str(sam3_folder), "TEXT": "building", "THRESHOLD": 0.99, "OUTPUT": "memory:"}, feedback=Collect())
    assert empty["OUTPUT"].featureCount() == 0 and "No 'building' found" in warnings[0]
    from conftest import PLUGIN_NAME
    from test_processing import qgis_process_env

    env = qgis_process_env(plugins_dir, tmp_path / "profile")
    subprocess.run(["/usr/bin/qgis_process.bin", "plugins", "enable", PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=300)
    run = subprocess.run(
        ["/usr/bin/qgis_process.bin", "run", "geosam:segmenttext", "--json", "--", f"FEATURES={sam3_folder}", "TEXT=building", "THRESHOLD=0.78", f"EXTENT={only_first}", f"OUTPUT={tmp_path / 'q.gpkg'}"],
        env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert (tmp_path / "q.gpkg").is_file()



def test_the_dock_text_box_finds_a_concept_as_a_task(qgis_app, plugin_package, sam3_folder, cogeo_folder, sam_ckpt):
    from qgis.core import QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    canvas = QgsMapCanvas()
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_checkpoint=lambda parent: sam_ckpt)
    dock.folder.setFilePath(str(sam3_folder))
    assert dock.load() and opened(ctl)
    dock.text.setText("building")
    dock.threshold.setValue(0.78)  # fewer matches of the random model: a faster test
    dock.find_button.click()
    assert ctl.tasks.searching and wait_for(lambda: ctl.tasks.concept_task is not None or not ctl.tasks.searching), dock.status.text()
    assert wait_for(lambda: not ctl.tasks.searching, timeout=300)
    layers = QgsProject.instance().mapLayersByName("GeoSAM: building")
    assert layers and layers[0].featureCount() > 0 and "Found" in dock.status.text()
    assert layers[0].fields().names() == list(CONCEPT)
    dock.threshold.setValue(0.99)
    dock.find_button.click()
    assert ctl.tasks.searching and wait_for(lambda: not ctl.tasks.searching, timeout=300)
    assert "No 'building' found" in dock.status.text()
    assert min(layer.featureCount() for layer in QgsProject.instance().mapLayersByName("GeoSAM: building")) == 0
    # A box dragged on the map is the example: Find all with no text finds objects like it.
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from test_dock import click

    from encoder import open_feature_folder

    folder = open_feature_folder(sam3_folder)  # read here, in the test: the dock's engine lives in the worker
    chip = folder.chips[0]
    canvas.resize(800, 800)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.setExtent(QgsRectangle(chip.bounds.minx, chip.bounds.miny, chip.bounds.maxx, chip.bounds.maxy))
    canvas.setMapTool(ctl.tool)
    minx, miny, maxx, maxy = example_box(folder, chip)
    click(canvas, ctl.tool, minx, maxy, release_at=(maxx, miny))
    assert ctl.prompts.history.current.box is not None
    dock.text.setText("")
    dock.threshold.setValue(0.75)
    dock.find_button.click()
    assert wait_for(lambda: ctl.tasks.concept_task is not None, timeout=60) and ctl.tasks.concept_task.examples
    assert wait_for(lambda: not ctl.tasks.searching, timeout=300)
    like = QgsProject.instance().mapLayersByName("GeoSAM: like the example")
    assert like and like[0].featureCount() > 0 and "Found" in dock.status.text(), dock.status.text()
    dock.folder.setFilePath(str(cogeo_folder))  # a SAM folder: refused with a message, no task
    assert dock.load() and opened(ctl)
    dock.text.setText("building")
    dock.find_text()
    assert wait_for(lambda: not ctl.tasks.searching) and ctl.tasks.concept_task is None and "SAM 3 (sam3.pt)" in dock.status.text(), dock.status.text()
    QgsProject.instance().removeAllMapLayers()
    ctl.unload()
    sip.delete(dock)
    sip.delete(canvas)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Folders that travel: written by the real geosam 0.1.3 and GeoSAM-Image-Encoder 1.0.4, read here; ours read by geosam.

The fixtures in tests/data/interop were made by scripts/interop_fixtures.py in side virtualenvs with those
real libraries (versions in tests/data/interop/VERSIONS.json); GEOSAM_INTEROP_FIXTURES points the tests at
freshly made ones (CI does). The weights are rebuilt identically here (scripts/interop_weights.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, opened

sys.path.insert(0, str(ROOT / "scripts"))
import interop_weights  # noqa: E402

FIXTURES = Path(os.environ.get("GEOSAM_INTEROP_FIXTURES") or ROOT / "tests" / "data" / "interop")
GEOSAM = FIXTURES / "geosam-0.1.3_sam_b"
EXPECTED = FIXTURES / "geosam-0.1.3_sam_b.expected.npz"
V1 = {v: FIXTURES / f"geosam-v1_{v}" for v in ("vit_b", "vit_l")}
PROMPTS = json.loads((ROOT / "tests" / "data" / "interop" / "prompts.json").read_text())["geosam-0.1.3_sam_b"]
SIDE_PYTHON = Path(os.environ.get("GEOSAM_INTEROP_PYTHON", "/var/cache/geosam-interop/v2/bin/python"))
SIDE_CACHE = Path(os.environ.get("GEOSAM_INTEROP_CACHE", "/var/cache/geosam-interop"))


@pytest.fixture(scope="session")
def vit_b(models_dir) -> str:
    """The fixtures' decoder (shared weights) in a segment_anything ViT-B checkpoint; image encoder zero."""
    return str(interop_weights.segment_anything_checkpoint("vit_b", models_dir / interop_weights.FILE_NAMES["vit_b"], encoder="zeros"))


@pytest.fixture(scope="session")
def vit_l(models_dir) -> str:
    return str(interop_weights.segment_anything_checkpoint("vit_l", models_dir / interop_weights.FILE_NAMES["vit_l"], encoder="zeros"))


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


def query(engine, prompt: dict, **kw):
    return engine.query(
        points=prompt.get("points"), labels=prompt.get("labels"), box=prompt.get("box"), crs=engine.crs, multimask=False, continue_across_chips=False, **kw
    )


def iou(a: np.ndarray, b: np.ndarray) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


def box_window(engine, prompt) -> tuple[slice, slice]:
    """A box prompt's pixels on the chip (our masks are clipped to the box; geosam's are not)."""
    from encoder.geo import map_to_pixel

    minx, miny, maxx, maxy = prompt["box"]
    cols, rows = map_to_pixel(engine.grid_transform, [minx, maxx], [maxy, miny])
    return slice(int(np.floor(rows[0])), int(np.ceil(rows[1]))), slice(int(np.floor(cols[0])), int(np.ceil(cols[1])))


def assert_decodes_like_geosam(engine, expected, min_iou: float) -> list[float]:
    """For each prompt: (1) geosam puts it half a pixel further (it passes corner-origin pixel coordinates,
    SAM adds 0.5 itself; we pass pixel-index coordinates); (2) our decoder, given the prompt geosam's
    decoder received, gives geosam's low-resolution logits and scores; (3) the masks agree up to that
    half pixel, the scaling (SamPredictor scales each axis by its rounded size, Ultralytics both by one
    factor) and the resampling (SamPredictor: two bilinear steps; Ultralytics: one). Returns the IoUs."""
    ious = []
    for i, prompt in enumerate(PROMPTS):
        result = query(engine, prompt)
        sent = result.chip_prompts[0]
        chip = next(c for c in engine.chips if c.chip_id == sent.chip_id)
        # Ultralytics scales x and y by one factor; our decode scales each axis as SamPredictor does.
        size = engine.decoder.model_size
        input_hw = engine.decoder.input_size(chip.chip_size, chip.valid_hw)
        one = size / chip.chip_size  # Ultralytics' letterbox factor: the chip's longest side fills the input
        as_ultralytics = np.array([one * chip.valid_hw[1] / input_hw[1], one * chip.valid_hw[0] / input_hw[0]])
        if "points" in prompt:
            theirs = expected[f"pixel_points_{i}"]
            np.testing.assert_allclose(sent.points + 0.5, theirs, atol=2e-3)
            decoded = engine.decoder.decode(engine._features(chip), chip.valid_hw, chip.chip_size, theirs * as_ultralytics, np.asarray(prompt["labels"]), None, False)
        else:
            theirs = expected[f"pixel_box_{i}"]
            np.testing.assert_allclose(sent.box + 0.5, theirs, atol=2e-3)
            decoded = engine.decoder.decode(engine._features(chip), chip.valid_hw, chip.chip_size, None, None, theirs * np.tile(as_ultralytics, 2), False)
        np.testing.assert_allclose(np.asarray(decoded.low_res_logits), expected[f"low_res_{i}"], atol=1e-4)
        np.testing.assert_allclose(decoded.scores, expected[f"score_{i}"].reshape(-1), atol=1e-5)
        mask, theirs_mask = result.mask, expected[f"mask_{i}"][: result.mask.shape[0], : result.mask.shape[1]]
        assert 0 < theirs_mask.sum() < theirs_mask.size, "a prompt whose geosam mask is empty or full proves nothing"
        if "box" in prompt:
            rows, cols = box_window(engine, prompt)
            mask, theirs_mask = mask[rows, cols], theirs_mask[rows, cols]
        ious.append(iou(mask, theirs_mask))
        assert ious[-1] >= min_iou, (prompt["name"], ious[-1])
    return ious


def test_a_geosam_folder_decodes_as_geosam_does_and_nothing_is_written_into_it(vit_b):
    """The folder as geosam wrote it (its absolute feature paths point at the machine that made it)."""
    from encoder.segment.query import FeatureQueryEngine

    before = snapshot(GEOSAM)
    engine = FeatureQueryEngine(GEOSAM, vit_b)
    assert engine.crs.to_epsg() == 32618 and [c.valid_hw for c in engine.chips] == [(718, 791)] and engine.chips[0].chip_size == 791
    ious = assert_decodes_like_geosam(engine, np.load(EXPECTED), min_iou=0.9)
    print("IoU with geosam's masks:", [round(v, 4) for v in ious])
    assert snapshot(GEOSAM) == before


def _rewrite(folder: Path, column: str, values: list) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(folder / "manifest.parquet")
    table = table.set_column(table.column_names.index(column), column, pa.array(values))
    pq.write_table(table, folder / "manifest.parquet")


def test_a_geosam_folder_opens_after_a_move_a_copy_and_from_windows(vit_b, tmp_path):
    from encoder.segment.query import FeatureQueryEngine

    reference = query(FeatureQueryEngine(GEOSAM, vit_b), PROMPTS[0]).mask
    # Copied while the original still exists: its own chips win over the original's absolute paths.
    original = tmp_path / "original"
    shutil.copytree(GEOSAM, original)
    zero = __import__("torch").load(original / "features" / "chip_000000.pt", weights_only=True)
    zero["features"] = zero["features"] * 0
    __import__("torch").save(zero, original / "features" / "chip_000000.pt")
    copy = tmp_path / "copy"
    shutil.copytree(GEOSAM, copy)
    _rewrite(copy, "feature_path", [str(original / "features" / "chip_000000.pt")])
    _rewrite(original, "feature_path", [str(original / "features" / "chip_000000.pt")])
    assert np.array_equal(query(FeatureQueryEngine(copy, vit_b), PROMPTS[0]).mask, reference)
    assert not np.array_equal(query(FeatureQueryEngine(original, vit_b), PROMPTS[0]).mask, reference)  # the decoy differs
    # Written on Windows: C:\ absolute paths with backslashes, or relative ones with backslashes.
    for stored in (r"C:\Users\ana\GIS\geosam\features\chip_000000.pt", r"features\chip_000000.pt", "/Users/ana/GIS/geosam/features/chip_000000.pt"):
        _rewrite(copy, "feature_path", [stored])
        assert np.array_equal(query(FeatureQueryEngine(copy, vit_b), PROMPTS[0]).mask, reference), stored


def test_cli_info_segment_and_convert_on_geosam_and_v1_folders(vit_b, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "encoder", *map(str, args)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)

    info = cli("info", GEOSAM)
    assert info.returncode == 0 and "EPSG:32618" in info.stdout and "the geosam library (Geo-SAM v2)" in info.stdout, info.stderr
    x, y = PROMPTS[0]["points"][0]
    seg = cli("segment", "-f", GEOSAM, "--checkpoint", vit_b, "--point", f"{x},{y}", "--crs", "EPSG:32618", "-o", tmp_path / "g.geojson")
    assert seg.returncode == 0, seg.stderr
    assert json.loads((tmp_path / "g.geojson").read_text())["features"]
    v1 = cli("info", V1["vit_b"])  # the encoder's output folder: the one cache below it is found
    assert v1.returncode == 0 and "Geo-SAM v1" in v1.stdout and "vit_b" in v1.stdout, v1.stderr
    before = snapshot(V1["vit_b"])
    conv = cli("convert", V1["vit_b"], tmp_path / "converted", "--checkpoint", vit_b, "-q")
    assert conv.returncode == 0, conv.stderr
    assert snapshot(V1["vit_b"]) == before
    again = cli("convert", V1["vit_b"], tmp_path / "converted", "-q")
    assert again.returncode == 2 and again.stderr.count("\n") == 1 and "not empty" in again.stderr


@pytest.mark.parametrize("variant", ["vit_b", "vit_l"])
def test_v1_caches_read_in_place_and_converted_give_sam_predictor_masks(variant, request, tmp_path):
    """Geo-SAM v1 GeoTIFF features decode as segment_anything's SamPredictor decodes them."""
    import rasterio
    import torch
    from conftest import reference_sam
    from segment_anything import SamPredictor

    from encoder.folders.v1 import convert_v1
    from encoder.geo import pixel_to_map
    from encoder.segment.query import FeatureQueryEngine

    checkpoint = request.getfixturevalue(variant)
    engine = FeatureQueryEngine(V1[variant], checkpoint)
    assert engine.model_variant == variant and engine.chips[0].valid_hw == (1024, 1024)
    tif = engine.chips[0].feature_path
    with rasterio.open(tif) as src:
        features = torch.from_numpy(src.read())[None]
    predictor = SamPredictor(reference_sam(checkpoint))
    predictor.features, predictor.original_size, predictor.input_size, predictor.is_image_set = features, (1024, 1024), (1024, 1024), True
    converted = FeatureQueryEngine(convert_v1(V1[variant], tmp_path / "c", checkpoint), checkpoint)
    for col, row in ((300, 400), (700, 150)):
        x, y = pixel_to_map(engine.chips[0].transform, [col + 0.5], [row + 0.5])
        ours = engine.query(points=[(x[0], y[0])], labels=[1], crs=engine.crs, multimask=False, continue_across_chips=False)
        masks, scores, _ = predictor.predict(point_coords=np.array([[col, row]]), point_labels=np.array([1]), multimask_output=False)
        assert 0 < masks[0].sum() < masks[0].size
        assert np.array_equal(ours.mask, masks[0]) and abs(ours.score - float(scores[0])) < 1e-5
        again = converted.query(points=[(x[0], y[0])], labels=[1], crs=converted.crs, multimask=False, continue_across_chips=False)
        assert np.array_equal(again.mask, ours.mask)


def test_geosam_and_v1_folders_load_in_the_dock_and_segment_through_processing(geosam_provider, plugin_package, vit_b, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    canvas = QgsMapCanvas()
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_checkpoint=lambda parent: vit_b)
    for folder, chips in ((GEOSAM, 1), (V1["vit_b"], 1)):
        dock.folder.setFilePath(str(folder))
        dock.checkpoint.setFilePath("")
        assert dock.load() and opened(ctl), dock.status.text()
        assert len(ctl.session.engine.chips) == chips and ctl.session.engine.model_variant == "vit_b"
    ctl.unload()
    sip.delete(dock)
    sip.delete(canvas)
    points = QgsVectorLayer("Point?crs=EPSG:32618&field=label:integer", "p", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    feature = QgsFeature(points.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*PROMPTS[0]["points"][0])))
    feature.setAttribute("label", 1)
    points.dataProvider().addFeatures([feature])
    result = processing.run("geosam:segmentprompts", {"FEATURES": str(GEOSAM), "POINTS": points, "LABEL_FIELD": "label", "CHECKPOINT": vit_b, "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() >= 1 and result["OUTPUT"].crs().authid() == "EPSG:32618"



def _bad_copy(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(GEOSAM, folder)
    return folder


class _RunsCode:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_bad_folders_get_one_line_and_exit_2(vit_b, tmp_path):
    import pyarrow.parquet as pq
    import torch

    cases = {}
    deleted = _bad_copy(tmp_path, "deleted")
    (deleted / "features" / "chip_000000.pt").unlink()
    _rewrite(deleted, "feature_path", [str(deleted / "features" / "chip_000000.pt")])
    cases["deleted chip"] = (deleted, "Chip file missing")
    cut = _bad_copy(tmp_path, "cut")
    data = (cut / "manifest.parquet").read_bytes()
    (cut / "manifest.parquet").write_bytes(data[: len(data) // 2])
    cases["manifest cut in half"] = (cut, "damaged")
    v1 = tmp_path / "v1"
    shutil.copytree(V1["vit_b"], v1)
    for tif in v1.rglob("*.tif"):
        tif.unlink()
    cases["v1 csv naming missing tiffs"] = (v1, "GeoTIFFs that")
    mixed = _bad_copy(tmp_path, "mixed")
    table = pq.read_table(mixed / "manifest.parquet")
    rows = table.to_pylist()
    second = dict(rows[0], chip_id="chip_000001", checkpoint_path="/models/sam2.1_hiera_tiny.pt", model_type="sam2")
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(rows + [second], schema=table.schema), mixed / "manifest.parquet")
    cases["two models"] = (mixed, "mixes chips of different models")
    garbled = _bad_copy(tmp_path, "garbled")
    _rewrite(garbled, "transform", ["not a transform"])
    cases["unparseable transform"] = (garbled, "column 'transform'")
    pickled = _bad_copy(tmp_path, "pickled")
    marker = tmp_path / "pickle-ran"
    torch.save({"features": _RunsCode(str(marker))}, pickled / "features" / "chip_000000.pt")
    cases["pickle payload"] = (pickled, "could run code")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    x, y = PROMPTS[0]["points"][0]
    for name, (folder, words) in cases.items():
        before = snapshot(folder)
        run = subprocess.run(
            [sys.executable, "-m", "encoder", "segment", "-f", str(folder), "--checkpoint", vit_b, "--point", f"{x},{y}", "--crs", "EPSG:32618", "-o", str(tmp_path / f"{name}.gpkg")],
            env=env, capture_output=True, text=True, timeout=300,
        )
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and words in run.stderr and "Traceback" not in run.stderr, (name, run.stderr)
        assert str(folder) in run.stderr, (name, run.stderr)
        assert snapshot(folder) == before and not (tmp_path / f"{name}.gpkg").exists(), name
    assert not marker.exists()


def test_bad_folders_are_a_message_in_the_dock_and_a_processing_error(geosam_provider, plugin_package, vit_b, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    mixed = _bad_copy(tmp_path, "garbled")
    _rewrite(mixed, "shape", ["[718"])
    canvas = QgsMapCanvas()
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    messages = []
    ctl.message.connect(lambda text, level: messages.append(text))
    dock = plugin_package.ui.dock.GeoSamDock(ctl, ask_checkpoint=lambda parent: vit_b)
    dock.folder.setFilePath(str(mixed))
    assert dock.load() and not opened(ctl)
    assert any("column 'shape'" in m and str(mixed) in m for m in messages), messages
    ctl.unload()
    sip.delete(dock)
    sip.delete(canvas)
    with pytest.raises(QgsProcessingException, match="column 'shape'"):
        processing.run("geosam:segmenteverything", {"FEATURES": str(mixed), "CHECKPOINT": vit_b, "OUTPUT": "memory:"})


def side_geosam() -> Path:
    if not SIDE_PYTHON.is_file() or not (SIDE_CACHE / "sam_b.pt").is_file():
        pytest.skip(f"geosam 0.1.3's side virtualenv is not built here ({SIDE_PYTHON}): run make interop")
    return SIDE_PYTHON


def test_our_folder_exported_opens_in_real_geosam_with_its_masks(data_dir, models_dir, tmp_path):
    """Encode with us (--geosam), decode with the real geosam 0.1.3 in its own virtualenv; move, export again."""
    python = side_geosam()
    checkpoint = models_dir / "full" / interop_weights.FILE_NAMES["vit_b"]
    if not checkpoint.exists():
        checkpoint.parent.mkdir(exist_ok=True)
        interop_weights.segment_anything_checkpoint("vit_b", checkpoint)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    folder = tmp_path / "ours"
    enc = subprocess.run(
        [sys.executable, "-m", "encoder", "encode", "-i", str(data_dir / "RGB.byte.tif"), "-c", str(checkpoint), "-f", str(folder), "--geosam", "-q"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert enc.returncode == 0 and "geosam 0.1.3 can now open" in enc.stdout, enc.stderr

    def geosam_masks(where: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(python), str(ROOT / "scripts" / "interop_fixtures.py"), "geosam-query", str(where), str(SIDE_CACHE / "sam_b.pt"), str(tmp_path / "theirs.npz")],
            capture_output=True, text=True, timeout=600,
        )

    run = geosam_masks(folder)
    assert run.returncode == 0, run.stderr[-2000:]
    from encoder.segment.query import FeatureQueryEngine

    ious = assert_decodes_like_geosam(FeatureQueryEngine(folder, str(checkpoint)), np.load(tmp_path / "theirs.npz"), min_iou=0.9)
    print("IoU with geosam's masks on our folder:", [round(v, 4) for v in ious])
    moved = tmp_path / "moved"
    folder.rename(moved)
    assert query(FeatureQueryEngine(moved, str(checkpoint)), PROMPTS[0]).mask.any()  # ours: relative paths, nothing to redo
    assert geosam_masks(moved).returncode != 0  # geosam reads absolute paths
    again = subprocess.run([sys.executable, "-m", "encoder", "export-geosam", str(moved), "-q"], env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "0 chip files updated" in again.stdout, again.stderr
    assert geosam_masks(moved).returncode == 0


def test_geo_sam_v1_model_types_are_accepted(vit_b, sam_ckpt, data_dir, tmp_path):
    """Geo-SAM v1 scripts pass model_type vit_h / vit_l / vit_b or 0 / 1 / 2: the legacy API and image_encoder.py take them."""
    from encoder import ImageEncoder
    from encoder.errors import CheckpointError

    for given in ("vit_b", 2, "2", None, "auto", "sam"):
        assert ImageEncoder(vit_b, given, gpu=False).spec.variant == "vit_b"
    with pytest.raises(CheckpointError, match="is a SAM vit_b checkpoint, not vit_h: give model_type vit_b"):
        ImageEncoder(vit_b, "vit_h", gpu=False)
    with pytest.raises(CheckpointError, match="is a SAM vit_custom checkpoint, not vit_l: give model_type auto"):
        ImageEncoder(sam_ckpt, 1, gpu=False)

    def legacy(model_type, out):
        args = [sys.executable, "image_encoder.py", "-i", str(data_dir / "shade.tif"), "-c", vit_b, "-f", str(out), "--model_type", model_type, "--stride", "512"]
        return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)

    ok = legacy("vit_b", tmp_path / "ok")
    assert ok.returncode == 0 and (tmp_path / "ok" / "manifest.parquet").is_file(), ok.stderr
    wrong = legacy("vit_l", tmp_path / "wrong")
    assert wrong.returncode == 2 and "not vit_l" in wrong.stderr and wrong.stderr.strip().count("\n") == 0, wrong.stderr
    assert not (tmp_path / "wrong").exists()

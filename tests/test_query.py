# SPDX-License-Identifier: GPL-2.0-or-later
"""Prompts to polygons: parity with the reference predictors, coordinates in any CRS, cross-chip objects, portable folders."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import rasterio
import shapely
import torch
from conftest import ROOT, read_rgb, reference_sam
from osgeo import osr

from encoder import FeatureCacheBuilder, FeatureQueryEngine, OnlineQueryEngine, RasterDataset, VectorOptions, create_model_spec_from_checkpoint
from encoder.errors import CheckpointError, PromptError
from encoder.segment.vectorize import mask_to_polygons


def pixel_centre(path, col, row):
    with rasterio.open(path) as src:
        return src.transform * (col + 0.5, row + 0.5)


def best_reference_mask(predictor, prompt):
    masks, scores, _ = predictor.predict(
        point_coords=prompt.points, point_labels=prompt.labels, box=prompt.box, multimask_output=prompt.multimask
    )
    return masks[int(np.argmax(scores))] if prompt.multimask else masks[0]


def iou(a, b):
    return (a & b).sum() / max((a | b).sum(), 1)


def test_click_mask_equals_sam_predictor_on_the_same_chip(data_dir, sam_ckpt, cogeo_folder, tmp_path):
    from segment_anything import SamPredictor

    engine = FeatureQueryEngine(cogeo_folder)
    x, y = pixel_centre(data_dir / "cogeo.tif", 300, 400)
    result = engine.query(points=[[x, y]], labels=[1], crs="EPSG:3857")
    prompt = result.chip_prompts[0]
    np.testing.assert_allclose(prompt.points, [[300, 400]], atol=1e-6)
    assert prompt.multimask  # one click: SAM's three masks, best kept
    predictor = SamPredictor(reference_sam(sam_ckpt))
    predictor.set_image(read_rgb(data_dir / "cogeo.tif"))
    reference = best_reference_mask(predictor, prompt)
    assert np.array_equal(result.mask, reference)
    # Two points and a box: one mask.
    x2, y2 = pixel_centre(data_dir / "cogeo.tif", 700, 650)
    bx0, by1 = pixel_centre(data_dir / "cogeo.tif", 200, 300)
    bx1, by0 = pixel_centre(data_dir / "cogeo.tif", 800, 800)
    result2 = engine.query(points=[[x, y], [x2, y2]], labels=[1, 0], box=[bx0, by0, bx1, by1], crs="EPSG:3857")
    assert not result2.chip_prompts[0].multimask
    assert np.array_equal(result2.mask[:, :], best_reference_mask(predictor, result2.chip_prompts[0]) & box_mask(result2, 1024))
    # fp16 features: nearly the same mask.
    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam_ckpt), tmp_path / "fp16", fast_attention=False).build()
    half = FeatureQueryEngine(tmp_path / "fp16").query(points=[[x, y]], labels=[1], crs="EPSG:3857")
    assert iou(half.mask, reference) >= 0.99


def box_mask(result, size):
    keep = np.zeros((size, size), dtype=bool)
    b = result.chip_prompts[0].box + 0.5
    keep[int(np.floor(b[1])) : int(np.ceil(b[3])), int(np.floor(b[0])) : int(np.ceil(b[2]))] = True
    return keep


def test_sam2_mask_equals_sam2_image_predictor(data_dir, sam2_ckpt, tmp_path):
    from sam2.build_sam import build_sam2
    from sam2.sam2_image_predictor import SAM2ImagePredictor

    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam2_ckpt), tmp_path / "f", feature_dtype="float32").build()
    engine = FeatureQueryEngine(tmp_path / "f")
    assert engine.decoder.model is None  # the Hiera trunk is never built for queries
    predictor = SAM2ImagePredictor(build_sam2("configs/sam2.1/sam2.1_hiera_t.yaml", sam2_ckpt, device="cpu"))
    predictor.set_image(read_rgb(data_dir / "cogeo.tif"))
    pts = [pixel_centre(data_dir / "cogeo.tif", 512, 300), pixel_centre(data_dir / "cogeo.tif", 100, 900)]
    for points, labels in (([pts[0]], [1]), (pts, [1, 0])):
        result = engine.query(points=points, labels=labels, crs="EPSG:3857")
        masks, scores, _ = predictor.predict(point_coords=result.chip_prompts[0].points, point_labels=np.array(labels), multimask_output=len(points) == 1)
        reference = masks[int(np.argmax(scores))].astype(bool)
        assert np.array_equal(result.mask, reference)


@pytest.mark.parametrize("raster,chip_size", [("RGB.byte.tif", 512), ("cogeo.tif", 1024)])
def test_lonlat_clicks_reach_the_decoder_at_the_right_pixel(data_dir, sam_ckpt, tmp_path, raster, chip_size):
    path = data_dir / raster
    FeatureCacheBuilder(RasterDataset(path), create_model_spec_from_checkpoint(sam_ckpt), tmp_path / "f", chip_size=chip_size).build()
    engine = FeatureQueryEngine(tmp_path / "f")
    with rasterio.open(path) as src:
        target_col, target_row = 401.3, 297.8  # fractional pixel position
        x, y = src.transform * (target_col, target_row)
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        native = osr.SpatialReference()
        native.ImportFromWkt(src.crs.to_wkt())
        native.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        lon, lat, _ = osr.CoordinateTransformation(native, wgs84).TransformPoint(x, y)
    result = engine.query(points=[[lon, lat]], crs="EPSG:4326", continue_across_chips=False)
    chip = next(c for c in engine.chips if c.chip_id == result.chip_ids[0])
    got = result.chip_prompts[0].points[0]
    expected = (target_col - 0.5 - chip.grid_window.col_off, target_row - 0.5 - chip.grid_window.row_off)
    assert abs(got[0] - expected[0]) < 0.1 and abs(got[1] - expected[1]) < 0.1


def test_known_mask_vectorises_with_its_hole_in_any_crs():
    from affine import Affine

    mask = np.zeros((20, 30), dtype=bool)
    mask[2:12, 5:25] = True
    mask[5:8, 10:14] = False  # a 3 x 4 hole
    transform = Affine(10, 0, 500000, 0, -10, 4000000)
    polygons = mask_to_polygons(mask, transform)
    assert len(polygons) == 1 and len(polygons[0].interiors) == 1
    assert polygons[0].area == pytest.approx((200 - 12) * 100)
    assert polygons[0].bounds == (500050, 3999880, 500250, 3999980)
    assert mask_to_polygons(mask, transform, VectorOptions(fill_holes_area=1300))[0].interiors.__len__() == 0
    assert mask_to_polygons(mask, transform, VectorOptions(min_area=20000)) == []


def test_object_spanning_chips_is_the_union_of_the_reference_masks(data_dir, sam_ckpt, tmp_path):
    from segment_anything import SamPredictor

    path = data_dir / "cogeo.tif"
    FeatureCacheBuilder(RasterDataset(path), create_model_spec_from_checkpoint(sam_ckpt), tmp_path / "f", chip_size=512, stride=256, feature_dtype="float32", fast_attention=False).build()
    engine = FeatureQueryEngine(tmp_path / "f")
    x, y = pixel_centre(path, 380, 380)
    result = engine.query(points=[[x, y]], crs="EPSG:3857")
    assert len(result.chip_ids) >= 3, result.chip_ids
    predictor = SamPredictor(reference_sam(sam_ckpt))
    union = np.zeros((1024, 1024), dtype=bool)
    for prompt in result.chip_prompts:
        w = next(c for c in engine.chips if c.chip_id == prompt.chip_id).grid_window
        predictor.set_image(read_rgb(path, rasterio.windows.Window(w.col_off, w.row_off, w.width, w.height)))
        union[w.row_off : w.row_off + w.height, w.col_off : w.col_off + w.width] |= best_reference_mask(predictor, prompt)
    assert result.mask_transform.c == pytest.approx(pixel_centre(path, -0.5, 0)[0])
    assert np.array_equal(result.mask, union[: result.mask.shape[0], : result.mask.shape[1]])
    px = abs(result.mask_transform.a * result.mask_transform.e)
    assert sum(p.area for p in result.polygons) == pytest.approx(union.sum() * px)


def write_geosam_layout(src_folder, dst, checkpoint):
    """A folder as the geosam library writes it: fp32 tensors, absolute feature paths, its columns only."""
    (dst / "features").mkdir(parents=True)
    rows = []
    for row in pq.read_table(src_folder / "manifest.parquet").to_pylist():
        payload = torch.load(src_folder / row["feature_path"], weights_only=True)
        target = dst / "features" / f"tile_{row['chip_id']}.pt"
        torch.save({"features": payload["features"].float()[0], "src_shape": payload["src_shape"]}, target)
        rows.append({k: row[k] for k in ("chip_id", "source_path", "model_type", "transform", "shape", "crs", "dst_shape", "chip_center_x", "chip_center_y", "geometry")})
        rows[-1]["feature_path"] = str(target.resolve())
        rows[-1]["checkpoint_path"] = checkpoint
    pq.write_table(pa.Table.from_pylist(rows), dst / "manifest.parquet")


def test_geosam_layout_and_moved_folders_open_and_answer(data_dir, sam_ckpt, cogeo_folder, tmp_path):
    x, y = pixel_centre(data_dir / "cogeo.tif", 600, 200)
    ours = FeatureQueryEngine(cogeo_folder).query(points=[[x, y]], crs="EPSG:3857")
    write_geosam_layout(cogeo_folder, tmp_path / "geosam", sam_ckpt)
    theirs = FeatureQueryEngine(tmp_path / "geosam").query(points=[[x, y]], crs="EPSG:3857")
    assert np.array_equal(ours.mask, theirs.mask)
    shutil.move(tmp_path / "geosam", tmp_path / "laptop")  # absolute paths now dangle
    moved = FeatureQueryEngine(tmp_path / "laptop").query(points=[[x, y]], crs="EPSG:3857")
    assert np.array_equal(ours.mask, moved.mask)
    shutil.copytree(cogeo_folder, tmp_path / "copy")
    assert np.array_equal(FeatureQueryEngine(tmp_path / "copy").query(points=[[x, y]], crs="EPSG:3857").mask, ours.mask)


def test_checkpoint_missing_on_this_machine_or_of_another_model_is_refused(cogeo_folder, sam2_ckpt, sam_ckpt, tmp_path):
    shutil.copytree(cogeo_folder, tmp_path / "f")
    table = pq.read_table(tmp_path / "f/manifest.parquet")
    table = table.set_column(table.column_names.index("checkpoint_path"), "checkpoint_path", pa.array(["/server/models/sam_vit_b.pth"]))
    pq.write_table(table, tmp_path / "f/manifest.parquet")
    with pytest.raises(CheckpointError, match="not on this machine"):
        FeatureQueryEngine(tmp_path / "f")
    assert FeatureQueryEngine(tmp_path / "f", checkpoint=sam_ckpt).decoder.sam is None  # no image encoder loaded
    with pytest.raises(CheckpointError, match="must come from the same model"):
        FeatureQueryEngine(tmp_path / "f", checkpoint=sam2_ckpt)


def test_bad_prompts_get_clear_errors(cogeo_folder, data_dir):
    engine = FeatureQueryEngine(cogeo_folder)
    x, y = pixel_centre(data_dir / "cogeo.tif", 10, 10)
    with pytest.raises(PromptError, match="No prompt CRS"):
        engine.query(points=[[x, y]])
    with pytest.raises(PromptError, match="outside the encoded extent"):
        engine.query(points=[[x + 1e6, y]], crs="EPSG:3857")
    with pytest.raises(PromptError, match="Labels must be 1"):
        engine.query(points=[[x, y]], labels=[2], crs="EPSG:3857")
    with pytest.raises(PromptError, match="zero area"):
        engine.query(box=[x, y, x, y + 10], crs="EPSG:3857")
    with pytest.raises(PromptError, match="at least one point or a box"):
        engine.query(points=[], crs="EPSG:3857")


def test_online_engine_matches_the_folder_and_reuses_its_chip(data_dir, sam_ckpt, cogeo_folder):
    online = OnlineQueryEngine(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam_ckpt), fast_attention=False)
    x, y = pixel_centre(data_dir / "cogeo.tif", 500, 520)
    live = online.query(points=[[x, y]], crs="EPSG:3857")
    cached = FeatureQueryEngine(cogeo_folder).query(points=[[x, y]], crs="EPSG:3857")
    assert np.array_equal(live.mask, cached.mask)
    x2, y2 = pixel_centre(data_dir / "cogeo.tif", 540, 480)
    online.query(points=[[x2, y2]], crs="EPSG:3857")
    assert online.chips_encoded == 1
    # The dock's live mode: the fast decoder on the chips it encodes.
    from encoder.models.fast_decoder import FastSamDecoder

    fast = OnlineQueryEngine(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam_ckpt), fast_attention=False, decoder="fast")
    assert isinstance(fast.decoder, FastSamDecoder)
    assert iou(fast.query(points=[[x, y]], crs="EPSG:3857").mask, cached.mask) >= 0.999


@pytest.mark.parametrize("ext", [".gpkg", ".geojson", ".shp"])
def test_cli_segment_writes_any_ogr_format(cogeo_folder, data_dir, tmp_path, ext):
    from osgeo import ogr

    x, y = pixel_centre(data_dir / "cogeo.tif", 300, 400)
    lon, lat = rasterio.warp.transform("EPSG:3857", "EPSG:4326", [x], [y])
    out = tmp_path / f"out{ext}"
    r = subprocess.run(
        [sys.executable, "-m", "encoder", "segment", "-f", str(cogeo_folder), "--point", f"{lon[0]},{lat[0]},1", "--crs", "EPSG:4326", "-o", str(out), "--largest-only"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    ds = ogr.Open(str(out))
    layer = ds.GetLayer(0)
    assert layer.GetFeatureCount() == 1
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "4326"
    feature = layer.GetNextFeature()
    geom = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
    assert geom.is_valid and geom.area > 0
    assert feature.GetField("n_fg") == 1 and feature.GetField("model") == "vit_custom"
    assert -180 < geom.centroid.x < 180 and -90 < geom.centroid.y < 90


def prompt_sets(rounds: int, high: float, seed: int = 3):
    """(points, labels, box, multimask) in chip pixels: a click, a click and a background click, a box, a box
    and a click, around random places; multimask for a lone click, as the engine asks."""
    rng = np.random.default_rng(seed)
    for _ in range(rounds):
        (c, r), (c2, r2) = rng.uniform(60, high, (2, 2))
        box = np.array([c - 50, r - 50, c + 50, r + 50])
        for points, labels, b in (([[c, r]], [1], None), ([[c, r], [c2, r2]], [1, 0], None), (None, None, box), ([[c, r]], [1], box)):
            yield points, labels, b, b is None and len(points) == 1


@pytest.mark.parametrize("runtime", ["torch", "onnx"])
def test_fast_decoder_equals_the_reference_decoder_to_float_rounding(cogeo_folder, data_dir, runtime):
    """The refactored click decoder (chip stage + attention through the prompt tokens) against MaskDecoder."""
    from encoder.models.fast_decoder import FastSamDecoder

    exact = FeatureQueryEngine(cogeo_folder)
    fast = FeatureQueryEngine(cogeo_folder, decoder="fast")
    assert isinstance(fast.decoder, FastSamDecoder) and fast.decoder.sam is None
    assert fast.decoder._session is None  # opening a folder exports nothing: that waits for the first decode
    fast.decoder = FastSamDecoder(exact.decoder, runtime=runtime)
    assert fast.decoder.runtime == ("onnxruntime" if runtime == "onnx" else "torch")
    if runtime == "onnx":  # idle threads sleep, leaving the cores to the mask upsampling and vectorising after a run
        assert fast.decoder.session.session.get_session_options().get_session_config_entry("session.intra_op.allow_spinning") == "0"
    chip = exact.chips[0]
    features = exact._features(chip)
    for points, labels, b, multimask in prompt_sets(6, 960):
        want = exact.decoder.decode(features, chip.valid_hw, chip.chip_size, points, labels, b, multimask, select_best=True)
        got = fast.decoder.decode(features, chip.valid_hw, chip.chip_size, points, labels, b, multimask, select_best=True)
        chosen = want.low_res_logits[want.indexes[0]]  # the fast decoder upscales the chosen output only
        assert got.low_res_logits.shape == (1, *chosen.shape)
        assert float((got.low_res_logits[0] - chosen).abs().max()) <= 1e-5 * float(chosen.abs().max())
        assert np.allclose(got.scores, want.scores, atol=1e-5) and got.indexes == want.indexes
        assert iou(got.masks[0], want.masks[0]) >= 0.999
    # Through the engine, with prompts in map coordinates.
    a = pixel_centre(data_dir / "cogeo.tif", 300, 400)
    m1 = exact.query(points=[a], crs="EPSG:3857", continue_across_chips=False)
    m2 = fast.query(points=[a], crs="EPSG:3857", continue_across_chips=False)
    assert iou(m1.mask, m2.mask) >= 0.999 and m1.score == pytest.approx(m2.score, abs=1e-5)


def test_fast_decoder_on_a_padded_edge_chip_equals_the_reference(data_dir, sam_ckpt, tmp_path):
    """A raster smaller than a chip: one padded chip, whose mask is cropped to the valid pixels."""
    from encoder.models.fast_decoder import FastSamDecoder

    folder = tmp_path / "small"
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), create_model_spec_from_checkpoint(sam_ckpt), folder, feature_dtype="float32", fast_attention=False).build()
    exact = FeatureQueryEngine(folder)
    fast = FeatureQueryEngine(folder, decoder="fast")
    assert isinstance(fast.decoder, FastSamDecoder)
    chip = exact.chips[0]
    assert tuple(chip.valid_hw) == (718, 791) and chip.chip_size == 1024
    for points, labels, box in (([[400.0, 300.0]], [1], None), ([[100.0, 600.0], [700.0, 50.0]], [1, 0], None), (None, None, np.array([50.0, 60.0, 500.0, 400.0]))):
        multimask = box is None and len(points) == 1
        want = exact.decoder.decode(exact._features(chip), chip.valid_hw, chip.chip_size, points, labels, box, multimask, select_best=True)
        got = fast.decoder.decode(fast._features(chip), chip.valid_hw, chip.chip_size, points, labels, box, multimask, select_best=True)
        assert got.masks.shape == want.masks.shape == (1, 718, 791)
        assert got.indexes == want.indexes and iou(got.masks[0], want.masks[0]) >= 0.999


@pytest.mark.parametrize("runtime", ["torch", "onnx"])
def test_fast_decoder_for_sam2_equals_the_sam2_decoder(data_dir, sam2_ckpt, tmp_path, runtime):
    """SAM 2: object-score token, high-resolution features in the upscaling, and the single-mask stability
    fallback (random weights take it often), on a padded edge chip; points, boxes, both."""
    from encoder.models.fast_decoder import FastSamDecoder

    folder = tmp_path / "sam2"
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), create_model_spec_from_checkpoint(sam2_ckpt), folder, feature_dtype="float32").build()
    exact = FeatureQueryEngine(folder)
    fast = FastSamDecoder(exact.decoder, runtime=runtime)
    assert fast.runtime == ("onnxruntime" if runtime == "onnx" else "torch")
    assert not exact.decoder.mask_decoder.training  # the export left the shared decoder in inference mode
    chip = exact.chips[0]
    features = exact._features(chip)
    fallbacks = 0
    for points, labels, b, multimask in prompt_sets(5, 700):
        want = exact.decoder.decode(features, chip.valid_hw, chip.chip_size, points, labels, b, multimask, select_best=True)
        got = fast.decode(features, chip.valid_hw, chip.chip_size, points, labels, b, multimask, select_best=True)
        chosen = want.low_res_logits[want.indexes[0]]
        assert float((got.low_res_logits[0] - chosen).abs().max()) <= 1e-5 * float(chosen.abs().max())
        assert np.allclose(got.scores, want.scores, atol=1e-5) and got.indexes == want.indexes
        assert got.masks.shape == want.masks.shape == (1, 718, 791) and iou(got.masks[0], want.masks[0]) >= 0.999
        if not multimask:  # which output SAM 2 returned: 0, or the best of 1-3 when 0 is unstable
            exact.decoder.mask_decoder.dynamic_multimask_via_stability = False
            try:
                output0 = exact.decoder.decode(features, chip.valid_hw, chip.chip_size, points, labels, b, False, select_best=True).low_res_logits[0]
            finally:
                exact.decoder.mask_decoder.dynamic_multimask_via_stability = True
            fallbacks += not torch.equal(output0, chosen)
    assert fallbacks > 0  # the stability fallback was exercised


@pytest.mark.parametrize("model", ["sam", "sam2"])
def test_a_hover_preview_is_the_click_outlined_at_the_logits_resolution(data_dir, sam_ckpt, sam2_ckpt, tmp_path, model):
    """A hover preview skips the upsampling to the chip: its mask is the chosen logits > 0 on the 256 grid, placed
    so that a logit pixel covers 4 x 4 pixels of a 1024 px chip. Bilinear upsampling can only change a pixel within
    half a logit pixel of that grid's outline, so the click's mask equals the preview's blown up, but for a band of
    2 pixels around its outline (a preview one logit pixel off would differ by 4). On a padded edge chip, with a box."""
    from affine import Affine
    from scipy import ndimage

    folder = tmp_path / model
    ckpt = sam_ckpt if model == "sam" else sam2_ckpt
    FeatureCacheBuilder(RasterDataset(data_dir / "RGB.byte.tif"), create_model_spec_from_checkpoint(ckpt), folder, feature_dtype="float32").build()
    engine = FeatureQueryEngine(folder, decoder="fast")
    chip = engine.chips[0]
    assert tuple(chip.valid_hw) == (718, 791) and chip.chip_size == 1024
    compared = 0
    for points, labels, b, _ in prompt_sets(3, 660, seed=5):  # boxes reach 50 px past a point: inside 718 rows
        pts = None if points is None else [pixel_centre(data_dir / "RGB.byte.tif", c, r) for c, r in points]
        box = None if b is None else [*(engine.grid_transform * (b[0], b[3])), *(engine.grid_transform * (b[2], b[1]))]
        click = engine.query(points=pts, labels=labels, box=box, crs=engine.crs, continue_across_chips=False)
        preview = engine.query(points=pts, labels=labels, box=box, crs=engine.crs, continue_across_chips=False, preview=True)
        assert preview.mask.shape == (180, 198)  # ceil(718 / 4), ceil(791 / 4)
        assert preview.mask_transform == click.mask_transform * Affine.scale(4)
        assert preview.score == click.score and preview.chip_ids == click.chip_ids == [chip.chip_id]
        blown = np.kron(preview.mask, np.ones((4, 4), dtype=bool))[:718, :791]
        square = np.ones((3, 3), dtype=bool)  # bilinear reads the diagonal neighbour too
        band = ndimage.binary_dilation(blown, square, iterations=2) & ~ndimage.binary_erosion(blown, square, iterations=2, border_value=1)
        band[-2:, :] = band[:, -2:] = True  # the click's last pixels also read the padding's logits, which the preview crops
        if b is not None:  # the preview clips whole logit pixels at the box's edges: it may differ 4 pixels either side
            c0, r0, c1, r1 = int(np.floor(b[0])), int(np.floor(b[1])), int(np.ceil(b[2])), int(np.ceil(b[3]))
            edge = np.zeros_like(band)
            edge[max(r0 - 4, 0) : r1 + 4, max(c0 - 4, 0) : c1 + 4] = True
            edge[r0 + 4 : r1 - 4, c0 + 4 : c1 - 4] = False
            band |= edge
        assert not np.any((blown != click.mask) & ~band)
        compared += int(click.mask.sum() > 1000)
        assert bool(preview.polygons) == bool(click.polygons)
    assert compared >= 4  # masks of some size were compared, not only empty ones


def test_fast_decoder_falls_back_to_torch_when_the_onnx_export_fails(cogeo_folder, data_dir, monkeypatch):
    import encoder.models.fast_decoder as fast_decoder

    def broken_export(stage):
        raise RuntimeError("exporter unavailable")

    monkeypatch.setattr(fast_decoder, "_onnx_session", broken_export)
    engine = FeatureQueryEngine(cogeo_folder, decoder="fast")
    result = engine.query(points=[pixel_centre(data_dir / "cogeo.tif", 300, 400)], crs="EPSG:3857", continue_across_chips=False)
    assert result.mask.any() and engine.decoder.runtime == "torch"
    assert engine.decoder.export_error == "RuntimeError: exporter unavailable"


def test_segment_everything_with_the_fast_decoder_equals_the_reference_decoder(cogeo_folder):
    """Filters on low-resolution logits, masks upsampled only for the outputs that pass: same objects either way."""
    from encoder.segment.everything import EverythingOptions, segment_everything

    options = EverythingOptions(points_per_side=2, pred_iou_thresh=0.0, stability_thresh=0.0)
    want = segment_everything(FeatureQueryEngine(cogeo_folder), options=options)
    got = segment_everything(FeatureQueryEngine(cogeo_folder, decoder="fast"), options=options)
    assert len(want) > 1 and len(got) == len(want)
    for (p, a), (q, b) in zip(want, got):
        assert shapely.area(shapely.intersection(p, q)) >= 0.99 * shapely.area(shapely.union(p, q))
        assert b["score"] == pytest.approx(a["score"], abs=1e-4)


def test_duplicate_suppression_equals_the_greedy_definition():
    """The indexed, pre-filtered NMS against the plain definition: best first, drop what overlaps a kept one."""
    from encoder.segment.everything import _suppress_duplicates

    rng = np.random.default_rng(5)
    candidates = []
    for i in range(150):
        x, y = rng.uniform(0, 60, 2)
        w, h = rng.uniform(2, 25, 2)
        poly = shapely.box(x, y, x + w, y + h) if i % 3 else shapely.Point(x, y).buffer(w / 2)
        candidates.append((float(rng.uniform()), poly, i))

    def plain(cands, max_iou):
        kept = []
        for c in sorted(cands, key=lambda c: c[0], reverse=True):
            ious = [c[1].intersection(k[1]).area / c[1].union(k[1]).area for k in kept]
            if not any(v >= max_iou for v in ious):
                kept.append(c)
        return kept

    for max_iou in (0.1, 0.5, 0.7):
        want = plain(candidates, max_iou)
        assert [c[2] for c in _suppress_duplicates(candidates, max_iou)] == [c[2] for c in want]
        assert 1 < len(want) < len(candidates)


def test_manifest_is_geoparquet_with_the_folder_crs(cogeo_folder):
    import json

    import pyarrow.parquet as pq
    import shapely
    from rasterio.crs import CRS

    meta = pq.read_schema(cogeo_folder / "manifest.parquet").metadata
    geo = json.loads(meta[b"geo"])
    column = geo["columns"]["geometry"]
    assert geo["version"] == "1.0.0" and geo["primary_column"] == "geometry" and column["encoding"] == "WKB"
    assert CRS.from_user_input(json.dumps(column["crs"])) == CRS.from_epsg(3857)
    footprints = shapely.from_wkb(pq.read_table(cogeo_folder / "manifest.parquet").column("geometry").to_pylist())
    assert column["bbox"] == pytest.approx(list(shapely.total_bounds(footprints)))


def test_a_copied_folder_reads_its_own_chips_and_windows_paths_open_here(cogeo_folder, data_dir, tmp_path):
    """geosam writes absolute chip paths: a copy must never read the original's chips, and C:\\ paths must open on Linux."""
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    original = tmp_path / "original"
    shutil.copytree(cogeo_folder, original)
    table = pq.read_table(original / "manifest.parquet")
    absolute = [str(original / p) for p in table.column("feature_path").to_pylist()]
    pq.write_table(table.set_column(table.column_names.index("feature_path"), "feature_path", pa.array(absolute)), original / "manifest.parquet")
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    for chip in (original / "features").glob("chip_*.pt"):
        chip.write_bytes(b"the original was edited after the copy")  # reading it would fail
    from conftest import lonlat_of_pixel

    point = [lonlat_of_pixel(data_dir / "cogeo.tif", 300, 400)]
    assert FeatureQueryEngine(copy).query(points=point, crs="EPSG:4326").polygons  # its own chips
    windows = tmp_path / "from_windows"
    shutil.copytree(copy, windows)
    table = pq.read_table(windows / "manifest.parquet")
    paths = [rf"C:\Users\ana\geosam\features\{p.split('/')[-1]}" for p in table.column("feature_path").to_pylist()]
    pq.write_table(table.set_column(table.column_names.index("feature_path"), "feature_path", pa.array(paths)), windows / "manifest.parquet")
    assert FeatureQueryEngine(windows).query(points=point, crs="EPSG:4326").polygons

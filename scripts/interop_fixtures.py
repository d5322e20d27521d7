# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature folders made by the real other tools, for the interoperability tests (tests/test_interop.py).

Run by scripts/interop_env.sh inside side virtualenvs (never QGIS's Python):

  geosam OUT          geosam 0.1.3 (Ultralytics SAM, numpy 2): FeatureCacheBuilder on tests/data/RGB.byte.tif
                      into OUT/geosam-0.1.3_sam_b, and geosam's own FeatureQueryEngine masks for the prompts of
                      tests/data/interop/prompts.json into OUT/geosam-0.1.3_sam_b.expected.npz
  v1 OUT              GeoSAM-Image-Encoder 1.0.4 (Geo-SAM v1's encoder, segment_anything, torchgeo 0.5):
                      resources/demo/cogeo.tif encoded with ViT-B and ViT-L into OUT/geosam-v1_vit_b, _vit_l
  mobile-sam OUT      Ultralytics' MobileSAM (TinyViT-5M at 1024 px, the builder that loads the official
                      mobile_sam.pt): the image embedding of a chip of tests/data/RGB.byte.tif and a click's
                      logits, into OUT/mobile_sam.expected.npz (with the checkpoint's tensor names and shapes)
  checkpoint          write $GEOSAM_INTEROP_CACHE/sam_b.pt (geosam's model, Ultralytics' builder)
  geosam-query FOLDER CHECKPOINT OUT.npz
                      geosam's FeatureQueryEngine on any folder (ours included), prompts.json's prompts

The weights are random and rebuilt identically everywhere (scripts/interop_weights.py); they live in
$GEOSAM_INTEROP_CACHE, never in the repository. Nothing is downloaded.
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import interop_weights  # noqa: E402

PROMPTS = ROOT / "tests" / "data" / "interop" / "prompts.json"


def _versions(*names: str) -> dict:
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def _write_versions(out: Path, key: str, names) -> None:
    path = out / "VERSIONS.json"
    record = json.loads(path.read_text()) if path.exists() else {}
    record[key] = {"python": sys.version.split()[0], **_versions(*names)}
    path.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")


def ultralytics_checkpoint(cache: Path) -> Path:
    """sam_b.pt: Ultralytics' own ViT-B builder, with interop_weights' values."""
    import torch
    from ultralytics.models.sam.build import build_sam_vit_b

    path = cache / interop_weights.ULTRALYTICS_NAMES["vit_b"]
    if not path.exists():
        with torch.device("meta"):
            template = build_sam_vit_b().state_dict()
        tmp = path.with_suffix(".tmp")
        torch.save(interop_weights.deterministic_state(template), tmp)
        tmp.replace(path)
    return path


def _geosam_query(folder: Path, checkpoint: Path, prompts: list[dict]) -> dict:
    """geosam's FeatureQueryEngine.query masks, plus what its decoder saw: the chip-pixel prompts and the
    low-resolution logits (the calls Predictor.inference_features makes, before its resampling)."""
    import numpy as np
    import torch
    from geosam import BoundingBox, EncodedImageFeatures, FeatureQueryEngine, Points, create_model_spec_from_checkpoint
    from geosam.engines import _prompt_prediction_kwargs

    engine = FeatureQueryEngine(folder, create_model_spec_from_checkpoint(checkpoint, device="cpu"))
    crs = engine.manifest.crs
    out = {}
    for i, prompt in enumerate(prompts):
        if "box" in prompt:
            query = BoundingBox(*prompt["box"], crs=crs)
        else:
            query = Points(np.asarray(prompt["points"], dtype=np.float64), labels=prompt["labels"], crs=crs)
        result = engine.query(query, multimask_output=False)
        out[f"mask_{i}"] = result.mask_array[0]
        out[f"transform_{i}"] = np.asarray(list(result.mask_transform)[:6])
        out[f"chip_{i}"] = np.asarray(str(result.chip_id))
        row = engine.manifest[engine.manifest["chip_id"].astype(str) == result.chip_id].iloc[0]
        kwargs = _prompt_prediction_kwargs(query, engine._chip_grid_from_row(row))
        encoded = EncodedImageFeatures.load(row["feature_path"])
        predictor = engine.adapter._ensure_query_predictor()
        prepared = predictor._prepare_prompts(encoded.dst_shape, encoded.src_shape, kwargs.get("bboxes"), kwargs.get("points"), kwargs.get("labels"), None)
        with torch.no_grad():
            low, scores = predictor._inference_features(encoded.features.to(predictor.device), *prepared, False)
        out[f"low_res_{i}"] = low.detach().cpu().numpy()
        out[f"score_{i}"] = scores.detach().cpu().numpy()
        if "points" in kwargs:
            out[f"pixel_points_{i}"] = np.asarray(kwargs["points"], dtype=np.float64).reshape(-1, 2)
        if "bboxes" in kwargs:
            out[f"pixel_box_{i}"] = np.asarray(kwargs["bboxes"], dtype=np.float64).reshape(4)
    engine.close()
    return out


def make_geosam(out: Path, cache: Path) -> None:
    import numpy as np
    from geosam import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    checkpoint = ultralytics_checkpoint(cache)
    folder = out / "geosam-0.1.3_sam_b"
    shutil.rmtree(folder, ignore_errors=True)
    spec = create_model_spec_from_checkpoint(checkpoint, device="cpu")
    FeatureCacheBuilder(RasterDataset(ROOT / "tests" / "data" / "RGB.byte.tif"), spec, folder).build()
    prompts = json.loads(PROMPTS.read_text())["geosam-0.1.3_sam_b"]
    np.savez_compressed(out / "geosam-0.1.3_sam_b.expected.npz", **_geosam_query(folder, checkpoint, prompts))
    _write_versions(out, "geosam", ["geosam", "ultralytics", "torch", "numpy", "geopandas", "pyarrow", "rasterio", "shapely"])


def make_v1(out: Path, cache: Path) -> None:
    from geosam.image_encoder import ImageEncoder

    for variant in ("vit_b", "vit_l"):
        checkpoint = cache / interop_weights.FILE_NAMES[variant]
        if not checkpoint.exists():
            interop_weights.segment_anything_checkpoint(variant, checkpoint.with_suffix(".tmp"))
            checkpoint.with_suffix(".tmp").replace(checkpoint)
        folder = out / f"geosam-v1_{variant}"
        shutil.rmtree(folder, ignore_errors=True)
        ImageEncoder(str(checkpoint), model_type=variant, gpu=False).encode_image(ROOT / "resources" / "demo" / "cogeo.tif", folder, stride=512)
    _write_versions(out, "geosam-image-encoder", ["GeoSAM-Image-Encoder", "segment-anything", "torchgeo", "torch", "numpy", "pandas", "rasterio"])


# The chip and click of the MobileSAM fixture: rows and columns 0..699 of RGB.byte.tif, padded to 1024 as SAM
# pads; the click in the model's 1024 px input frame (= chip pixels, as the chip is not scaled).
MOBILE_SAM_CHIP = 700
MOBILE_SAM_CLICK = (352.0, 301.0)


def make_mobile_sam(out: Path) -> None:
    import numpy as np
    import rasterio
    import torch
    import torch.nn.functional as F
    from rasterio.windows import Window
    from ultralytics.models.sam.build import build_mobile_sam

    model = build_mobile_sam()
    template = model.state_dict()
    model.load_state_dict(interop_weights.deterministic_state(template))
    model.eval()  # after loading: TinyViT caches its attention biases on eval()
    n = MOBILE_SAM_CHIP
    with rasterio.open(ROOT / "tests" / "data" / "RGB.byte.tif") as src:
        chip = src.read(window=Window(0, 0, n, n))
    image = (torch.from_numpy(chip).float()[None] - model.pixel_mean) / model.pixel_std
    image = F.pad(image, (0, 1024 - n, 0, 1024 - n))
    with torch.no_grad():
        embedding = model.image_encoder(image)
        point = (torch.tensor([[MOBILE_SAM_CLICK]], dtype=torch.float), torch.tensor([[1]], dtype=torch.int))
        sparse, dense = model.prompt_encoder(points=point, boxes=None, masks=None)
        low_res, scores = model.mask_decoder(embedding, model.prompt_encoder.get_dense_pe(), sparse, dense, True)
    shapes = {name: [list(t.shape), str(t.dtype).replace("torch.", "")] for name, t in template.items()}
    np.savez_compressed(
        out / "mobile_sam.expected.npz",
        tensors=np.asarray(json.dumps(shapes, sort_keys=True)),
        embedding=embedding.numpy().astype(np.float16),
        low_res=low_res.numpy().astype(np.float16),
        scores=scores.numpy(),
    )
    _write_versions(out, "mobile_sam", ["ultralytics", "torch", "numpy", "rasterio"])


def main(argv: list[str]) -> int:
    import os

    cache = Path(os.environ.get("GEOSAM_INTEROP_CACHE", "/var/cache/geosam-interop"))
    cache.mkdir(parents=True, exist_ok=True)
    if argv == ["checkpoint"]:
        print(ultralytics_checkpoint(cache))
    elif argv[:1] == ["geosam"] and len(argv) == 2:
        make_geosam(Path(argv[1]), cache)
    elif argv[:1] == ["mobile-sam"] and len(argv) == 2:
        make_mobile_sam(Path(argv[1]))
    elif argv[:1] == ["v1"] and len(argv) == 2:
        make_v1(Path(argv[1]), cache)
    elif argv[:1] == ["geosam-query"] and len(argv) == 4:
        import numpy as np

        prompts = json.loads(PROMPTS.read_text())["geosam-0.1.3_sam_b"]
        np.savez_compressed(argv[3], **_geosam_query(Path(argv[1]), Path(argv[2]), prompts))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

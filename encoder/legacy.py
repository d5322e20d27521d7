# SPDX-License-Identifier: GPL-2.0-or-later
"""The legacy Geo-SAM encoder interface: ImageEncoder, settings files and image_encoder.py options.

Differences from the old tool, on purpose: command-line values override the
settings file (the old tool had it backwards) and nothing is eval()-ed.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from .errors import GeoSamError

# Settings-file keys (the old tool's names) -> encode() keyword.
_SETTING_KEYS = {
    "INPUT": "image_path",
    "CKPT": "checkpoint_path",
    "MODEL_TYPE": "model_type",
    "BANDS": "bands",
    "STRIDE": "stride",
    "EXTENT": "extent",
    "RANGE": "value_range",
    "RESOLUTION": "resolution",
    "BATCH_SIZE": "batch_size",
    "CUDA_ID": "gpu_id",
    "CRS": "crs",
}


def gpu_available() -> bool:
    """True when torch sees a CUDA device."""
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def parse_settings_file(path: str | os.PathLike) -> dict:
    """Read a Geo-SAM settings JSON ({"inputs": {...}}) into encode() keywords."""
    try:
        data = json.loads(Path(path).read_text())
    except FileNotFoundError:
        raise GeoSamError(f"Settings file not found: {path}.") from None
    except ValueError as exc:
        raise GeoSamError(f"Settings file {path} is not valid JSON ({exc}).") from None
    inputs = data.get("inputs", data) if isinstance(data, dict) else None
    if not isinstance(inputs, dict):
        raise GeoSamError(f"Settings file {path} has no 'inputs' object.")
    settings = {}
    for key, value in inputs.items():
        name = _SETTING_KEYS.get(str(key).upper())
        if name is None or value in (None, ""):
            continue
        settings[name] = value
    return settings


def _numbers(value, kind=float) -> list:
    if isinstance(value, str):
        value = [v for v in value.replace(" ", ",").replace("[", "").replace("]", "").split(",") if v]
    if isinstance(value, (int, float)):
        value = [value]
    return [kind(v) for v in value]


def split_settings(settings: dict) -> tuple[dict, dict]:
    """(dataset keywords, builder keywords) from encode() keywords, with types normalised."""
    dataset, builder = {}, {}
    if settings.get("bands") not in (None, "", []):
        dataset["indexes"] = _numbers(settings["bands"], int)
    if settings.get("crs"):
        dataset["crs"] = settings["crs"]
    if settings.get("resolution") not in (None, "", 0):
        dataset["resolution"] = float(settings["resolution"])
    if settings.get("stride") not in (None, "", 0):
        builder["stride"] = int(settings["stride"])
    if settings.get("chip_size") not in (None, "", 0):
        builder["chip_size"] = int(settings["chip_size"])
    if settings.get("value_range") not in (None, "", []):
        builder["value_range"] = _numbers(settings["value_range"])
    if settings.get("extent") not in (None, "", []):
        extent = settings["extent"]
        if isinstance(extent, str):
            parts = [p.strip() for p in extent.replace(" ", ",").split(",") if p.strip()]
            extent = parts
        builder["extent"] = list(extent)
    if settings.get("batch_size") not in (None, ""):
        builder["batch_size"] = int(settings["batch_size"])
    if settings.get("feature_dtype"):
        builder["feature_dtype"] = settings["feature_dtype"]
    return dataset, builder


# Geo-SAM v1's model types, also given by index (its check_model_type): the size of a SAM ViT.
LEGACY_MODEL_TYPES = ("vit_h", "vit_l", "vit_b")


def legacy_model_spec(checkpoint_path: str, model_type=None):
    """The checkpoint's spec; model_type as Geo-SAM v1 took it ("vit_h", "vit_l", "vit_b" or 0, 1, 2) or ours
    ("sam", "sam2", "sam3", "auto"). A v1 type the tensors contradict is refused in one line, as v1 would fail."""
    from .errors import CheckpointError
    from .models.checkpoints import create_model_spec_from_checkpoint

    text = "" if model_type is None else str(model_type).strip()
    if text.isdigit() and int(text) < len(LEGACY_MODEL_TYPES):
        text = LEGACY_MODEL_TYPES[int(text)]
    if text not in LEGACY_MODEL_TYPES:
        return create_model_spec_from_checkpoint(checkpoint_path, text or None)
    spec = create_model_spec_from_checkpoint(checkpoint_path, "sam")
    if spec.variant != text:
        raise CheckpointError(f"{checkpoint_path} is a SAM {spec.variant} checkpoint, not {text}: give model_type {spec.variant if spec.variant in LEGACY_MODEL_TYPES else 'auto'}, or leave it out.")
    return spec


class ImageEncoder:
    """The old Geo-SAM encoder API, on top of FeatureCacheBuilder."""

    def __init__(self, checkpoint_path: str, model_type: str | int | None = None, batch_size: int = 1, gpu: bool = True, gpu_id: int = 0) -> None:
        self.spec = legacy_model_spec(checkpoint_path, model_type)
        self.batch_size = batch_size
        self.device = f"cuda:{gpu_id}" if gpu and gpu_available() else "cpu"

    def encode_image(self, image_path: str, feature_dir: str, progress=None, **settings) -> Path:
        """Encode image_path into feature_dir; settings as in split_settings(). Returns manifest.parquet's path."""
        from .encode.builder import FeatureCacheBuilder
        from .encode.raster import RasterDataset

        settings.setdefault("batch_size", self.batch_size)
        ds_kwargs, builder_kwargs = split_settings(settings)
        dataset = RasterDataset(image_path, **ds_kwargs)
        return FeatureCacheBuilder(dataset, self.spec, feature_dir, device=self.device, progress=progress, **builder_kwargs).build()


def legacy_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="image_encoder.py", description="Encode a raster into a GeoSAM feature folder (legacy Geo-SAM options).")
    p.add_argument("-i", "--image_path", default=None)
    p.add_argument("-c", "--checkpoint_path", default=None)
    p.add_argument("-f", "--feature_dir", default=None)
    p.add_argument("-s", "--settings", default=None, help="settings JSON ({\"inputs\": {...}}); command-line values win")
    p.add_argument("--model_type", default=None)
    p.add_argument("--bands", default=None)
    p.add_argument("--stride", type=int, default=None)
    p.add_argument("--extent", default=None)
    p.add_argument("--value_range", default=None)
    p.add_argument("--resolution", type=float, default=None)
    p.add_argument("--batch_size", type=int, default=None)
    p.add_argument("--gpu_id", type=int, default=None)
    p.add_argument("--crs", default=None)
    return p


def legacy_main(argv=None) -> int:
    import sys

    from .progress import progress_bar

    args = legacy_parser().parse_args(argv)
    try:
        settings = parse_settings_file(args.settings) if args.settings else {}
        overrides = {k: v for k, v in vars(args).items() if v is not None and k not in ("settings",)}
        settings.update(overrides)  # the command line wins over the settings file
        feature_dir = settings.pop("feature_dir", None)
        image = settings.pop("image_path", None)
        ckpt = settings.pop("checkpoint_path", None)
        missing = [n for n, v in (("-i IMAGE", image), ("-c CHECKPOINT", ckpt), ("-f FEATURE_DIR", feature_dir)) if not v]
        if missing:
            raise GeoSamError(f"Missing {', '.join(missing)} (on the command line or in the settings file).")
        gpu_id = int(settings.pop("gpu_id", 0) or 0)
        encoder = ImageEncoder(ckpt, settings.pop("model_type", None), gpu=True, gpu_id=gpu_id)
        manifest = encoder.encode_image(image, feature_dir, progress=progress_bar(), **settings)
    except GeoSamError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"Wrote {manifest}")
    return 0

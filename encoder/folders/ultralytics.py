# SPDX-License-Identifier: GPL-2.0-or-later
"""Ultralytics' checkpoint file names (sam_b.pt, sam2.1_t.pt), by which geosam 0.1.3 names the model of a folder
and compares chip files' checkpoints."""

from __future__ import annotations

import re

from ..errors import FeatureFolderError

# checkpoint names with them).
SAM2_SIZE_LETTERS = {"tiny": "t", "small": "s", "base_plus": "b", "large": "l"}


def ultralytics_checkpoint_name(model_type: str, variant: str) -> str:
    if model_type == "sam" and variant in ("vit_b", "vit_l", "vit_h"):
        return f"sam_{variant[-1]}.pt"
    if model_type == "sam2":
        size = next((s for name, s in SAM2_SIZE_LETTERS.items() if variant.endswith(name)), None)
        if size:
            return f"{'sam2.1' if variant.startswith('sam2.1') else 'sam2'}_{size}.pt"
    raise FeatureFolderError(
        f"geosam 0.1.3 cannot read {variant or model_type} features (it reads SAM ViT-B/L/H and SAM 2 / 2.1 folders): encode with one of those models to share with Geo-SAM v2."
    )


def variant_from_ultralytics_name(path: str) -> str:
    """vit_b for .../sam_b.pt, sam2.1_hiera_tiny for sam2.1_t.pt; '' for other names."""
    name = re.split(r"[\\/]", str(path or ""))[-1].lower()
    if m := re.fullmatch(r"sam_([blh])\.pt", name):
        return f"vit_{m.group(1)}"
    if m := re.fullmatch(r"(sam2(?:\.1)?)_([tsbl])\.pt", name):
        return f"{m.group(1)}_hiera_{next(k for k, v in SAM2_SIZE_LETTERS.items() if v == m.group(2))}"
    return ""

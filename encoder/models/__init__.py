# SPDX-License-Identifier: GPL-2.0-or-later
"""The model families (SAM, SAM 2, SAM 3, the TinyViT family), one module each, behind one adapter interface.

`load_adapter` is the one way in: a ModelSpec (checkpoints.py recognises it from the checkpoint's tensors) gives the
family's adapter. Nothing here imports torch until a model is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checkpoints import ModelSpec


def load_adapter(spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32"):
    """The adapter for a spec; with_image_encoder=False loads only the prompt decoder (for queries).

    fast_attention=False runs the reference attention code bit for bit (SAM v1; SAM2 always uses its own).
    precision: what the image encoder computes in (PRECISIONS); the features come out as float32 whatever it is.
    """
    if spec.model_type == "sam":
        from .sam import SamAdapter

        return SamAdapter(spec, device, with_image_encoder, fast_attention, precision)
    if spec.model_type == "sam2":
        from .sam2 import Sam2Adapter

        return Sam2Adapter(spec, device, with_image_encoder, fast_attention, precision)
    from .sam3 import Sam3Adapter

    return Sam3Adapter(spec, device, with_image_encoder, fast_attention, precision)

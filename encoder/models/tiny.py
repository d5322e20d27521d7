# SPDX-License-Identifier: GPL-2.0-or-later
"""Small randomly initialised SAM / SAM2 checkpoints, built with the real model classes, for tests and the demo.

No real weights can be downloaded on the build machines. These files use the
official checkpoint formats (a plain state dict for SAM, {"model": ...} for
SAM2) and load through exactly the same code path as real checkpoints.
Masks from random weights are meaningless shapes.
"""

from __future__ import annotations

import os

from ..files import atomic_write

# A SAM ViT with 2 blocks of width 64 (the real decoder and prompt encoder): ~0.1 s per chip on 2 cores.
TINY_SAM_ARCH = (64, 2, 2, (1,))


def make_tiny_sam_checkpoint(path: str | os.PathLike, seed: int = 0) -> str:
    """Write a random SAM v1 checkpoint with a tiny image encoder; returns the path."""
    import torch
    from segment_anything.build_sam import _build_sam

    torch.manual_seed(seed)
    embed_dim, depth, heads, global_idx = TINY_SAM_ARCH
    sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
    _randomise_decoder(sam.mask_decoder, seed)
    _atomic_save(sam.state_dict(), path)
    return os.fspath(path)


def make_mobile_sam_checkpoint(path: str | os.PathLike, seed: int = 0) -> str:
    """Write a random MobileSAM checkpoint (TinyViT-5M at 1024 px, SAM's heads), mobile_sam.pt's layout; returns the path."""
    import torch
    from segment_anything.modeling import Sam

    from .tinyvit import build_tinyvit

    torch.manual_seed(seed)
    reference = _build_sam_heads()
    sam = Sam(image_encoder=build_tinyvit("mobile_sam"), prompt_encoder=reference.prompt_encoder, mask_decoder=reference.mask_decoder)
    _randomise_decoder(sam.mask_decoder, seed)
    _atomic_save(sam.state_dict(), path)
    return os.fspath(path)


def _build_sam_heads():
    """segment_anything's prompt encoder and mask decoder as _build_sam configures them (with a tiny ViT)."""
    from segment_anything.build_sam import _build_sam

    embed_dim, depth, heads, global_idx = TINY_SAM_ARCH
    return _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)


def make_sam2_checkpoint(path: str | os.PathLike, variant: str = "sam2.1_hiera_tiny", seed: int = 0) -> str:
    """Write a randomly initialised SAM2 checkpoint of a real size ({'model': state_dict})."""
    import torch
    from sam2.build_sam import build_sam2

    from .sam2 import sam2_config_name

    torch.manual_seed(seed)
    model = build_sam2(sam2_config_name(variant), ckpt_path=None, device="cpu")
    _randomise_decoder(model.sam_mask_decoder, seed)
    _atomic_save({"model": model.state_dict()}, path)
    return os.fspath(path)


def _randomise_decoder(decoder, seed: int) -> None:
    """Give zero-initialised decoder layers random values, so masks depend on the prompt and image."""
    import torch

    gen = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        for param in decoder.parameters():
            if param.dim() >= 1 and torch.count_nonzero(param) == 0:
                param.copy_(torch.randn(param.shape, generator=gen) * 0.02)


def _atomic_save(obj, path) -> None:
    import torch

    path = os.fspath(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    atomic_write(path, lambda tmp: torch.save(obj, tmp), fsync=False)


# A SAM 3 image model with its real classes, small: a 2-block ViT of width 128, a 1-layer text encoder of
# width 64, one fusion-encoder, decoder and geometry layer, and the interactive head (the tracker's decoder and
# memory parts, at their real size); the official model has 840 M parameters.
SMALL_SAM3 = {"vit_dim": 128, "vit_depth": 2, "vit_mlp": 512, "text_width": 64, "text_layers": 1, "encoder_layers": 1, "decoder_layers": 1, "geometry_layers": 1}


def make_small_sam3_checkpoint(path: str | os.PathLike, seed: int = 0, presence: float = 8.0, arch: dict | None = None) -> str:
    """Write a random SAM 3 image model checkpoint ({'model': {'detector.<name>': ...}}, sam3.pt's layout).

    Every tensor is drawn afresh (sam3 leaves some parameters uninitialised, expecting a checkpoint):
    1-D weights 1, 1-D biases 0, others Gaussian with std 1/sqrt(fan_in). The presence head's last bias
    is `presence`, so that concepts are "present" and the grounding returns detections to compare.
    arch: other sizes (make bench passes the official model's, 840 M parameters).
    """
    import torch

    from .checkpoints import Sam3Arch
    from .sam3 import build_image_model

    model = build_image_model(Sam3Arch(**(arch or SMALL_SAM3)), torch.device("cpu"))
    gen = torch.Generator().manual_seed(seed)
    state = {}
    for name, tensor in model.state_dict().items():
        if not tensor.is_floating_point():
            state[name] = tensor
        elif tensor.dim() <= 1:
            state[name] = torch.ones_like(tensor) if name.endswith("weight") else torch.zeros_like(tensor)
        else:
            fan_in = max(tensor[0].numel(), 1)
            state[name] = torch.randn(tensor.shape, generator=gen) / fan_in**0.5
    state["transformer.decoder.presence_token_head.layers.2.bias"] = torch.full_like(state["transformer.decoder.presence_token_head.layers.2.bias"], presence)
    head = "inst_interactive_predictor.model."
    _atomic_save({"model": {(f"tracker.{k[len(head):]}" if k.startswith(head) else f"detector.{k}"): v for k, v in state.items()}}, path)
    return os.fspath(path)

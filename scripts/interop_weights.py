# SPDX-License-Identifier: GPL-2.0-or-later
"""Random SAM ViT weights that every Python here rebuilds identically, so no checkpoint is committed.

The interoperability fixtures (scripts/interop_fixtures.py) are made in side virtualenvs by the real
geosam 0.1.3 (with Ultralytics' own SAM builder) and the real GeoSAM-Image-Encoder 1.0.4 (with
segment_anything's). The tests decode those folders in QGIS's Python with our engine, so both sides need
the same prompt encoder and mask decoder: their values come from numpy's legacy RandomState seeded by the
tensor's name (a stream numpy keeps stable across versions). The image encoder, which only the fixture
script runs, comes from torch's seeded generator. Works with numpy 1.24 and 2.x.
"""

from __future__ import annotations

import zlib

import numpy as np

# Official checkpoint file names, so every tool recognises the model from the name too.
FILE_NAMES = {"vit_b": "sam_vit_b_01ec64.pth", "vit_l": "sam_vit_l_0b3195.pth"}
ULTRALYTICS_NAMES = {"vit_b": "sam_b.pt", "vit_l": "sam_l.pt"}

# One weight per kernel for the decoder's two transposed convolutions (the same for its 2x2 taps), and no
# position embeddings in the image encoder: otherwise random weights give checkerboard masks.
SMOOTH_UPSCALING = ("mask_decoder.output_upscaling.0.weight", "mask_decoder.output_upscaling.3.weight")


def _std(name: str, shape: tuple[int, ...]) -> float:
    if name.endswith("positional_encoding_gaussian_matrix"):
        return 1.0  # SAM's random Fourier features use a unit-scale Gaussian
    fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else 1
    return 1.0 / np.sqrt(max(fan_in, 1))


def deterministic_state(template: dict, encoder: str = "random") -> dict:
    """Values for every tensor of a SAM state dict (template: name -> tensor, for names and shapes).

    1-D weights and batch-norm variances are 1, other 1-D tensors 0 (norm layers, as at initialisation); other tensors are Gaussian
    with std 1/sqrt(fan_in). encoder="zeros" leaves the image encoder at zero (enough to decode cached
    features, and fast for ViT-L).
    """
    import torch

    out = {}
    for name in sorted(template):
        shape = tuple(template[name].shape)
        seed = zlib.crc32(name.encode())
        if len(shape) <= 1:
            value = torch.ones(shape) if name.endswith(("weight", "running_var")) else torch.zeros(shape)
        elif name.startswith("image_encoder."):
            if encoder == "zeros" or name.endswith(("pos_embed", "rel_pos_h", "rel_pos_w")):
                value = torch.zeros(shape)
            else:
                value = torch.randn(shape, generator=torch.Generator().manual_seed(seed)) * _std(name, shape)
        else:
            rng = np.random.RandomState(seed)
            draw_shape = shape[:2] + (1, 1) if name in SMOOTH_UPSCALING else shape
            value = torch.from_numpy(np.broadcast_to(rng.standard_normal(draw_shape) * _std(name, shape), shape).astype(np.float32))
        out[name] = value.to(torch.float32).contiguous()
    return out


def segment_anything_checkpoint(variant: str, path, encoder: str = "random"):
    """Write a segment_anything checkpoint (variant vit_b or vit_l) with these weights; returns the path."""
    import torch
    from segment_anything import sam_model_registry

    with torch.device("meta"):
        template = sam_model_registry[variant]().state_dict()
    torch.save(deterministic_state(template, encoder), path)
    return path

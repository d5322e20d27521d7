# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference predictors built from a checkpoint, for the benchmark's naive paths."""

from __future__ import annotations


def reference_predictor(checkpoint, image):
    """segment_anything.SamPredictor with the checkpoint's weights and `image` set."""
    import torch
    from segment_anything import SamPredictor
    from segment_anything.build_sam import _build_sam

    from encoder.models.checkpoints import create_model_spec_from_checkpoint

    embed_dim, depth, heads, global_idx = create_model_spec_from_checkpoint(checkpoint).encoder_arch
    sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
    sam.load_state_dict(torch.load(checkpoint, weights_only=True))
    predictor = SamPredictor(sam.eval())
    predictor.set_image(image)
    return predictor

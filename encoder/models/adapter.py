# SPDX-License-Identifier: GPL-2.0-or-later
"""The interface every model family implements in full: SamAdapter (SAM, MobileSAM, LiteMedSAM and the rest of the
TinyViT family), Sam2Adapter and Sam3Adapter. The encoder and the query engines use an adapter through these
members and never ask whether one exists (no hasattr / getattr); a test holds each family's class to it
(tests/test_architecture.py). What only one family has is used only where that family is known: the fast decoder's
SAM / SAM 2 heads (prompt_encoder, mask_decoder, masks_from_logits), SAM 3's text search (text, exemplar, find).
Importing it loads no torch."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class Adapter(Protocol):
    """One model family: its image encoder (once per chip) and its prompt decoder (per click)."""

    spec: Any  # the ModelSpec it was built from (checkpoints.py)
    device: Any  # a torch.device
    precision: str  # what the image encoder computes in (defaults.PRECISIONS)
    model_size: int  # the side of the model's square input: 1024 (SAM, SAM 2), 256 (LiteMedSAM), 1008 (SAM 3)
    feature_kind: str  # what a chip's cached features are; the folder's manifest records it
    onnx_encoder: Any  # ONNX Runtime's image encoder where one runs (the TinyViT family on a CPU, without OpenVINO), else None
    openvino: Any  # the image encoder compiled by OpenVINO where it runs there (openvino_encoder.OpenVinoEncoder), else None
    coarse_masks: bool  # whether decode(coarse=True) gives a hover preview on the logits' grid (the fast decoder)

    def input_size(self, chip_size: int, valid_hw: tuple[int, int]) -> tuple[int, int]:
        """The size the chip's valid pixels take in the model's input."""

    def encode(self, images: list[np.ndarray], chip_size: int) -> list[dict]:
        """(h, w, 3) uint8 valid pixels of each chip -> its features (a dict of tensors) each."""

    def decode(self, features, valid_hw, chip_size, points, labels, box, multimask, select_best: bool = False, keep=None):
        """Points (chip pixels) with their labels and a box on one chip's features -> a Decoded (runtime.py)."""

    def warm_up(self) -> None:
        """Prepare what the first decode would otherwise prepare (the fast decoder's ONNX export); nothing to do for
        the reference decoders."""

# SPDX-License-Identifier: GPL-2.0-or-later
"""Safe checkpoint reading and model-family detection from file names and tensors."""

from __future__ import annotations

import os
import pickle
import re
import zipfile
from dataclasses import dataclass, field

from ..errors import CheckpointError

# (embed_dim, depth, num_heads, global_attn_indexes) of the official SAM image encoders.
SAM_VARIANTS: dict[str, tuple[int, int, int, tuple[int, ...]]] = {
    "vit_b": (768, 12, 12, (2, 5, 8, 11)),
    "vit_l": (1024, 24, 16, (5, 11, 17, 23)),
    "vit_h": (1280, 32, 16, (7, 15, 23, 31)),
}
# Hiera trunk (embed_dim, number of blocks) of the official SAM2 sizes, and their config suffix.
SAM2_SIZES: dict[str, tuple[int, int, str]] = {
    "tiny": (96, 12, "t"),
    "small": (96, 16, "s"),
    "base_plus": (112, 24, "b+"),
    "large": (144, 48, "l"),
}
NATIVE_IMAGE_SIZE = {"sam": 1024, "sam2": 1024, "sam3": 1008}
MODEL_TYPES = ("sam", "sam2", "sam3")


@dataclass(frozen=True)
class ModelSpec:
    """What a checkpoint is: family, variant and the encoder's architecture.

    model_type: "sam", "sam2" or "sam3".
    variant: e.g. "vit_b", "sam2.1_hiera_tiny", or "vit_custom" for a
        non-standard SAM encoder whose shape is in encoder_arch.
    encoder_arch: for SAM, (embed_dim, depth, num_heads, global_attn_indexes).
    """

    model_type: str
    checkpoint_path: str
    variant: str = ""
    encoder_arch: tuple = field(default=())
    image_size: int = 0

    def __post_init__(self) -> None:
        if self.model_type not in MODEL_TYPES:
            raise CheckpointError(f"Unknown model type {self.model_type!r}: use one of {', '.join(MODEL_TYPES)}.")
        if not self.image_size:
            object.__setattr__(self, "image_size", NATIVE_IMAGE_SIZE[self.model_type])

    @property
    def native_chip_size(self) -> int:
        return self.image_size


def read_state_dict(path: str | os.PathLike) -> dict:
    """The tensors of a checkpoint, loaded safely (weights_only) and memory-mapped when possible.

    Raises CheckpointError naming the file when it is missing, truncated,
    not a PyTorch file, or carries pickled code.
    """
    import torch

    path = os.fspath(path)
    if not os.path.isfile(path):
        raise CheckpointError(f"Checkpoint not found: {path}. Give the path of a SAM/SAM2 .pth/.pt file.")
    try:
        try:
            obj = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
        except RuntimeError as exc:
            if "mmap" not in str(exc):
                raise
            obj = torch.load(path, map_location="cpu", weights_only=True)  # legacy (non-zip) format
    except pickle.UnpicklingError as exc:
        raise CheckpointError(
            f"Refused to load {path}: it holds Python objects, not just weights, and loading it could run code ({str(exc).splitlines()[0]})."
        ) from None
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CheckpointError(f"Cannot read checkpoint {path}: the file is truncated or not a PyTorch checkpoint ({str(exc).splitlines()[0]}).") from None
    if isinstance(obj, dict) and isinstance(obj.get("model"), dict):
        obj = obj["model"]
    if not isinstance(obj, dict) or not obj:
        raise CheckpointError(f"{path} is not a SAM, SAM2 or SAM3 checkpoint: it holds no model weights.")
    return obj


# TinyViT image encoders with SAM's prompt encoder and mask decoder (the MobileSAM family), told apart by the stem.
TINYVIT_STEM = "image_encoder.patch_embed.seq.0.c.weight"


def _family_from_tensors(state: dict) -> str | None:
    keys = state.keys()
    if "image_encoder.trunk.patch_embed.proj.weight" in keys:
        return "sam2"
    if ("image_encoder.patch_embed.proj.weight" in keys or TINYVIT_STEM in keys) and "mask_decoder.iou_token.weight" in keys:
        return "sam"
    if any(k.startswith(("detector.", "sam3_model.", "tracker.")) for k in keys):
        return "sam3"
    return None


def _sam_arch(state: dict) -> tuple[int, int, int, tuple[int, ...]]:
    embed_dim = int(state["image_encoder.patch_embed.proj.weight"].shape[0])
    blocks = sorted({int(m.group(1)) for k in state for m in [re.match(r"image_encoder\.blocks\.(\d+)\.", k)] if m})
    depth = len(blocks)
    head_dim = int(state["image_encoder.blocks.0.attn.rel_pos_h"].shape[1])
    # Global-attention blocks span the whole 64x64 token grid; windowed ones 14x14.
    window_len = min(int(state[f"image_encoder.blocks.{i}.attn.rel_pos_h"].shape[0]) for i in blocks)
    global_idx = tuple(i for i in blocks if int(state[f"image_encoder.blocks.{i}.attn.rel_pos_h"].shape[0]) > window_len)
    return embed_dim, depth, embed_dim // head_dim, global_idx


def _sam2_variant(state: dict, path: str) -> str:
    embed_dim = int(state["image_encoder.trunk.patch_embed.proj.weight"].shape[0])
    blocks = {int(m.group(1)) for k in state for m in [re.match(r"image_encoder\.trunk\.blocks\.(\d+)\.", k)] if m}
    size = next((name for name, (dim, depth, _) in SAM2_SIZES.items() if dim == embed_dim and depth == len(blocks)), None)
    if size is None:
        raise CheckpointError(f"{path} is a SAM2 checkpoint of an unknown size (trunk width {embed_dim}, {len(blocks)} blocks).")
    version = "sam2.1" if "no_obj_embed_spatial" in state else "sam2"
    return f"{version}_hiera_{size}"


def _family_from_name(path: str) -> str | None:
    name = os.path.basename(path).lower()
    if name.startswith("sam3"):
        return "sam3"
    if name.startswith("sam2"):
        return "sam2"
    if name.startswith("sam_vit_") or name.startswith("mobile_sam"):
        return "sam"
    return None


def create_model_spec_from_checkpoint(checkpoint_path: str | os.PathLike, model_type: str | None = None) -> ModelSpec:
    """Recognise a checkpoint: family and size from its own tensors, the file name as a hint.

    The official names (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, ...)
    and renamed files are both recognised. A model_type that contradicts the
    tensors is refused with a clear error.
    """
    path = os.fspath(checkpoint_path)
    if model_type in ("", "auto"):
        model_type = None
    if model_type is not None and model_type not in MODEL_TYPES:
        raise CheckpointError(f"Unknown model type {model_type!r}: use auto, {', '.join(MODEL_TYPES)}.")
    state = read_state_dict(path)
    family = _family_from_tensors(state) or _family_from_name(path)
    if family is None:
        raise CheckpointError(f"{path} is not a SAM, SAM2 or SAM3 checkpoint: none of their weights are in it.")
    if model_type is not None and model_type != family:
        raise CheckpointError(f"{path} is a {family.upper()} checkpoint, not {model_type.upper()}: choose model type '{family}' or 'auto'.")
    if family == "sam" and TINYVIT_STEM in state:
        # LiteMedSAM's TinyViT reads 256 px through a 1x1 stem; MobileSAM's reads 1024 px through 3x3 stride-2 convolutions.
        if int(state[TINYVIT_STEM].shape[-1]) == 1:
            return ModelSpec("sam", path, "lite_medsam", ("tinyvit", 256), image_size=256)
        return ModelSpec("sam", path, "mobile_sam", ("tinyvit", 1024), image_size=1024)
    if family == "sam":
        arch = _sam_arch(state)
        variant = next((name for name, known in SAM_VARIANTS.items() if known == arch), "vit_custom")
        return ModelSpec("sam", path, variant, arch)
    if family == "sam2":
        return ModelSpec("sam2", path, _sam2_variant(state, path))
    arch = arch_from_state(state, path)
    return ModelSpec("sam3", path, "sam3" if arch == OFFICIAL_SAM3 else "sam3_custom", tuple(arch.__dict__.values()))


def state_subset(state: dict, prefix: str) -> dict:
    """The entries under 'prefix.' with the prefix removed (copied out of the memory map)."""
    start = len(prefix) + 1
    return {k[start:]: v.clone() for k, v in state.items() if k.startswith(prefix + ".")}


# ---------------------------------------------------------------------- SAM 3's sizes, read from its tensors
TRUNK = "backbone.vision_backbone.trunk"


@dataclass(frozen=True)
class Sam3Arch:
    """The sizes a SAM 3 image model is built with (the official model: 1024, 32, 4736, 1024, 24, 6, 6, 3)."""

    vit_dim: int
    vit_depth: int
    vit_mlp: int
    text_width: int
    text_layers: int
    encoder_layers: int
    decoder_layers: int
    geometry_layers: int
    interactive: bool = True  # the SAM 1-task head (points, boxes): the tracker's decoder on a second neck

    @property
    def global_blocks(self) -> tuple[int, ...]:
        """Global-attention blocks: every quarter of the depth, as the official (7, 15, 23, 31) of 32."""
        step = max(self.vit_depth // 4, 1)
        return tuple(i for i in range(self.vit_depth) if (i + 1) % step == 0)


OFFICIAL_SAM3 = Sam3Arch(1024, 32, 4736, 1024, 24, 6, 6, 3, True)


def _count(state: dict, pattern: str) -> int:
    found = {int(m.group(1)) for k in state for m in [re.match(pattern, k)] if m}
    return max(found) + 1 if found else 0


def detector_state(state: dict) -> dict:
    """The image model's tensors, named as Sam3Image's: the official sam3.pt stores them under 'detector.' and the
    tracker's under 'tracker.' (the interactive head, inst_interactive_predictor.model), as sam3's loader maps them."""
    if any(k.startswith("detector.") for k in state):
        out = {k[len("detector.") :]: v for k, v in state.items() if k.startswith("detector.")}
        out.update({"inst_interactive_predictor.model." + k[len("tracker.") :]: v for k, v in state.items() if k.startswith("tracker.")})
        return out
    return dict(state)


def arch_from_state(state: dict, path: str = "") -> Sam3Arch:
    s = detector_state(state)
    try:
        return Sam3Arch(
            vit_dim=int(s[f"{TRUNK}.patch_embed.proj.weight"].shape[0]),
            vit_depth=_count(s, rf"{re.escape(TRUNK)}\.blocks\.(\d+)\."),
            vit_mlp=int(s[f"{TRUNK}.blocks.0.mlp.fc1.weight"].shape[0]),
            text_width=int(s["backbone.language_backbone.encoder.token_embedding.weight"].shape[1]),
            text_layers=_count(s, r"backbone\.language_backbone\.encoder\.transformer\.resblocks\.(\d+)\."),
            encoder_layers=_count(s, r"transformer\.encoder\.layers\.(\d+)\."),
            decoder_layers=_count(s, r"transformer\.decoder\.layers\.(\d+)\."),
            geometry_layers=_count(s, r"geometry_encoder\.encode\.(\d+)\."),
            interactive=any(k.startswith("inst_interactive_predictor.") for k in s),
        )
    except KeyError as exc:
        raise CheckpointError(f"{path} looks like SAM 3 but lacks {exc.args[0]}: it is not a SAM 3 image model checkpoint.") from None

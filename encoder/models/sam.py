# SPDX-License-Identifier: GPL-2.0-or-later
"""SAM (segment_anything) and the TinyViT family (MobileSAM, LiteMedSAM): image encoders (expensive, once per chip)
and prompt decoders (cheap, per click).

The adapter reproduces segment_anything.SamPredictor's maths exactly, split so that the decoder can run on cached
features without the image encoder's weights.
"""

from __future__ import annotations

import numpy as np

from ..errors import MissingDependencyError
from .checkpoints import ModelSpec, read_state_dict, state_subset
from .runtime import (
    CachedDensePE,
    Decoded,
    check_precision,
    chosen_outputs,
    compute,
    import_torch,
    load_strict,
    resolve_device,
    upsample_logits_to_mask,
)
from .tinyvit import onnx_image_encoder, tinyvit_encoder


class SamAdapter(CachedDensePE):
    """segment_anything (SAM v1): ViT image encoder + prompt encoder + mask decoder."""

    feature_kind = "sam_image_embedding"
    coarse_masks = False  # the reference decoder: previews at the chip's resolution

    def warm_up(self) -> None:
        """Nothing to prepare: the reference decoder runs in torch as it is."""

    def __init__(self, spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32",
                 onnx: bool = True) -> None:
        import_torch()  # a clear error when PyTorch is missing
        try:
            from segment_anything.modeling import MaskDecoder, PromptEncoder, TwoWayTransformer
        except ImportError as exc:
            raise MissingDependencyError(f"segment_anything is not installed ({exc}): run `make setup`.") from None
        self.spec = spec
        self.fast_attention = fast_attention
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
        load_strict(self.prompt_encoder, state_subset(state, "prompt_encoder"), spec.checkpoint_path, "prompt encoder")
        load_strict(self.mask_decoder, state_subset(state, "mask_decoder"), spec.checkpoint_path, "mask decoder")
        self.prompt_encoder.to(self.device).eval()
        self.mask_decoder.to(self.device).eval()
        self.sam = None
        self.tinyvit = None
        if with_image_encoder and spec.variant == "lite_medsam":
            self.tinyvit = tinyvit_encoder(state, spec.checkpoint_path, spec.variant).to(self.device).eval()
        elif with_image_encoder and spec.variant == "mobile_sam":
            from segment_anything.modeling import Sam

            # MobileSAM is segment_anything's Sam with a TinyViT image encoder (SAM's pixel mean/std and padding).
            encoder = tinyvit_encoder(state, spec.checkpoint_path, spec.variant)
            self.sam = Sam(image_encoder=encoder, prompt_encoder=self.prompt_encoder, mask_decoder=self.mask_decoder).to(self.device).eval()
        elif with_image_encoder:
            from segment_anything.build_sam import _build_sam

            embed_dim, depth, heads, global_idx = spec.encoder_arch
            self.sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
            load_strict(self.sam, {k: v for k, v in state.items()}, spec.checkpoint_path, "SAM")
            self.sam.to(self.device).eval()
            if fast_attention:  # same maths, about 2x faster on CPU (see fast_attention.py and make bench)
                from .fast_attention import fuse_sam_attention

                fuse_sam_attention(self.sam.image_encoder)
        self.openvino = None  # the encoder compiled by OpenVINO (models.attach_openvino), when it runs there
        # TinyViT (MobileSAM, LiteMedSAM) in float32 on the CPU runs in ONNX Runtime: the same maths, about 3x faster.
        self.onnx_encoder = None
        if with_image_encoder and spec.variant in ("mobile_sam", "lite_medsam") and str(self.device) == "cpu" and self.precision == "float32" and fast_attention and onnx:
            self.onnx_encoder = onnx_image_encoder(self.tinyvit if self.tinyvit is not None else self.sam.image_encoder, self.model_size)
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
        torch = import_torch()
        batch = self.preprocess(images, chip_size)
        encoder = self.openvino or self.onnx_encoder or self.encoder_module()
        with torch.inference_mode(), compute(self.device, self.precision if self.openvino is None else "float32"):
            embeddings = encoder(batch).float()
        return [{"features": embeddings[i : i + 1]} for i in range(len(images))]

    def preprocess(self, images: list[np.ndarray], chip_size: int):
        """The image encoder's input for each chip, (N, 3, S, S): scaled, normalised and padded as the reference."""
        torch = import_torch()
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
        return torch.cat(batch, dim=0)

    def encoder_module(self):
        """The torch image encoder (TinyViT or the ViT), as the reference runs it."""
        return self.tinyvit if self.tinyvit is not None else self.sam.image_encoder

    def restore_torch_encoder(self) -> None:
        """After a failed OpenVINO conversion: the chunked attention back (openvino_module took it out), or TinyViT in
        ONNX Runtime as it would have been."""
        if self.spec.variant in ("mobile_sam", "lite_medsam"):
            if self.onnx_encoder is None and str(self.device) == "cpu" and self.precision == "float32" and self.fast_attention:
                self.onnx_encoder = onnx_image_encoder(self.encoder_module(), self.model_size)
        elif self.fast_attention:
            from .fast_attention import fuse_sam_attention

            fuse_sam_attention(self.sam.image_encoder)

    def openvino_module(self):
        """What OpenVINO converts: the image encoder with segment_anything's own attention (OpenVINO cannot trace the
        chunked forms, which write into preallocated tensors) and an example input of the model's size."""
        torch = import_torch()
        from .fast_attention import unfuse_sam_attention

        module = self.encoder_module()
        if self.tinyvit is None:
            unfuse_sam_attention(module)
        return module, torch.zeros(1, 3, self.model_size, self.model_size)

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
        torch = import_torch()

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
            chosen = chosen_outputs(scores, low_res[0], select_best, keep)
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
        torch = import_torch()
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

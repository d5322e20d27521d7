# SPDX-License-Identifier: GPL-2.0-or-later
"""SAM 2 / 2.1 (the sam2 package): the Hiera image encoder with high-resolution features, and SAM 2's heads.

The adapter reproduces sam2.SAM2ImagePredictor's maths exactly, split so that the decoder can run on cached
features without the image encoder's weights.
"""

from __future__ import annotations

import numpy as np

from ..errors import MissingDependencyError
from .checkpoints import SAM2_SIZES, ModelSpec, read_state_dict, state_subset
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


def sam2_config_name(variant: str) -> str:
    version, _, size = variant.partition("_hiera_")
    return f"configs/{version}/{version}_hiera_{SAM2_SIZES[size][2]}.yaml"


class Sam2Adapter(CachedDensePE):
    """sam2 (SAM 2 / 2.1): Hiera image encoder with high-resolution features + SAM heads."""

    feature_kind = "sam2_image_features"
    coarse_masks = False  # the reference decoder: previews at the chip's resolution
    onnx_encoder = None  # the Hiera encoder runs in torch
    openvino = None  # or compiled by OpenVINO (models.attach_openvino)
    # Backbone feature sizes for a 1024 input (SAM2ImagePredictor._bb_feat_sizes).
    bb_feat_sizes = [(256, 256), (128, 128), (64, 64)]

    def __init__(self, spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32") -> None:
        import_torch()  # a clear error when PyTorch is missing
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
        cfg = compose(config_name=sam2_config_name(spec.variant), overrides=overrides)
        OmegaConf.resolve(cfg)
        m = cfg.model
        state = read_state_dict(spec.checkpoint_path)
        self.transforms = SAM2Transforms(resolution=1024, mask_threshold=0.0, max_hole_area=0.0, max_sprinkle_area=0.0)
        self.model = None
        if with_image_encoder:
            from hydra.utils import instantiate

            self.model = instantiate(m, _recursive_=True)
            load_strict(self.model, dict(state), spec.checkpoint_path, "SAM2")
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
            load_strict(self.prompt_encoder, state_subset(state, "sam_prompt_encoder"), spec.checkpoint_path, "prompt encoder")
            load_strict(self.mask_decoder, state_subset(state, "sam_mask_decoder"), spec.checkpoint_path, "mask decoder")
            self.prompt_encoder.to(self.device).eval()
            self.mask_decoder.to(self.device).eval()
        del state

    def input_size(self, chip_size: int, valid_hw: tuple[int, int]) -> tuple[int, int]:
        """Size of the valid pixels in the model's 1024 input: encode() pads them to the square chip, which
        SAM2Transforms then resizes to 1024."""
        scale = self.model_size / chip_size
        return (int(valid_hw[0] * scale + 0.5), int(valid_hw[1] * scale + 0.5))

    def warm_up(self) -> None:
        """Nothing to prepare: the reference decoder runs in torch as it is."""

    def encode(self, images: list[np.ndarray], chip_size: int) -> list[dict]:
        """(h, w, 3) uint8 valid pixels -> {'image_embed', 'high_res_feats'} each, as SAM2ImagePredictor.set_image."""
        torch = import_torch()
        batch = self.preprocess(images, chip_size)
        n = len(images)
        with torch.inference_mode():
            if self.openvino is not None:  # the feature levels as forward_image gives them (after conv_s0 / conv_s1)
                feats = [feat.float() for feat in self.openvino(batch)]
                if self.model.directly_add_no_mem_embed:
                    feats[-1] = feats[-1] + self.model.no_mem_embed.view(1, -1, 1, 1)
            else:
                with compute(self.device, self.precision):
                    backbone_out = self.model.forward_image(batch)
                _, vision_feats, _, _ = self.model._prepare_backbone_features(backbone_out)
                vision_feats = [feat.float() for feat in vision_feats]
                if self.model.directly_add_no_mem_embed:
                    vision_feats[-1] = vision_feats[-1] + self.model.no_mem_embed
                feats = [
                    feat.permute(1, 2, 0).reshape(n, -1, *size) for feat, size in zip(vision_feats[::-1], self.bb_feat_sizes[::-1])
                ][::-1]
        return [{"image_embed": feats[-1][i : i + 1], "high_res_feats": [f[i : i + 1] for f in feats[:-1]]} for i in range(n)]

    def preprocess(self, images: list[np.ndarray], chip_size: int):
        """The Hiera's input for each chip, (N, 3, 1024, 1024): padded to the square chip, then SAM2Transforms."""
        torch = import_torch()
        batch = []
        for image in images:
            if image.shape[:2] != (chip_size, chip_size):  # SAM2 stretches to a square: pad first
                padded = np.zeros((chip_size, chip_size, 3), dtype=np.uint8)
                padded[: image.shape[0], : image.shape[1]] = image
                image = padded
            batch.append(self.transforms(image))
        return torch.stack(batch).to(self.device)

    def restore_torch_encoder(self) -> None:
        """After a failed OpenVINO conversion: nothing to undo (the module was converted as it is)."""

    def openvino_module(self):
        """What OpenVINO converts: the image encoder and SAM 2's high-resolution convolutions (forward_image), giving
        its feature levels, finest first; an example input of 1024 px."""
        torch = import_torch()

        class FeatureLevels(torch.nn.Module):
            def __init__(self, model) -> None:
                super().__init__()
                self.model = model

            def forward(self, x):
                return tuple(self.model.forward_image(x)["backbone_fpn"][-self.model.num_feature_levels :])

        return FeatureLevels(self.model).eval(), torch.zeros(1, 3, self.model_size, self.model_size)

    def prompt_points(self, points, labels, box, chip_size: int):
        """Chip pixel prompts -> SAM2's (1, N, 2) coordinates and (1, N) labels, a box as two corner points first
        (labels 2, 3), as SAM2ImagePredictor does; (None, None) without prompts."""
        torch = import_torch()

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
        torch = import_torch()

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
            chosen = chosen_outputs(scores, low_res[0], select_best, keep)
            masks = self.masks_from_logits(low_res[0, chosen], chip_size, valid_hw)
        return Decoded(masks, scores, low_res[0], chosen)

# SPDX-License-Identifier: GPL-2.0-or-later
"""SAM 3 (the `sam3` package, 0.1.4): the image model built from a checkpoint's own tensors, chip encoding, and
text ("concept") queries and point / box prompts on cached features.

What a chip keeps: the ViT trunk's output, (1, 1024, 72, 72) for a 1008 px chip. The necks (convolutions), the
text encoder, the fusion encoder, the decoder and the segmentation head, or the interactive head (the tracker's
SAM-style decoder), run at query time as `Sam3Processor.set_image` + `set_text_prompt` / `Sam3Image.predict_inst`
run them, so a query on cached features equals theirs on the chip (tests/test_sam3.py).

The model is built with sam3's own classes, sized from the tensors, so the full 840 M-parameter model and the
small ones of the tests take the same path. sam3 0.1.4 assumes CUDA in three places; :func:`cpu_workarounds`
covers them while building or running on a CPU and is undone afterwards (the GPU path is untouched):
- `PositionEmbeddingSine(precompute_resolution=...)` fills its cache with tensors made on "cuda": we build without
  precomputing (the cache fills lazily, on the model's device);
- `TransformerDecoder(resolution=..., stride=...)` precomputes a coordinate cache on "cuda": inside the context,
  tensor factories asked for "cuda" make CPU tensors;
- the geometry encoder calls `Tensor.pin_memory()`, which needs an accelerator: inside the context, it returns
  the tensor unchanged.
"""

from __future__ import annotations

import contextlib
import functools
import os

import numpy as np

from ..errors import CheckpointError, MissingDependencyError
from .checkpoints import Sam3Arch, arch_from_state, detector_state, read_state_dict
from .runtime import Decoded, check_precision, chosen_outputs, compute, resolve_device

SAM3_IMAGE_SIZE = 1008
SAM3_PACKAGES = "sam3==0.1.4 (with --no-deps), ftfy, regex, einops, pycocotools, open_clip_torch (with --no-deps, for its tokenizer vocabulary)"
def _without_triton() -> None:
    """`import sam3` imports its video tracker, whose edt.py imports triton. Inside QGIS GeoSAM keeps triton out
    (geo_sam_plugin/install/deps.py: its LLVM clashes with QGIS's); the image model never calls that kernel, so where
    triton is kept out sam3 gets an edt module whose edt_triton says so if it is ever called."""
    import sys
    import types

    if "triton" in sys.modules and sys.modules["triton"] is None and "sam3.model.edt" not in sys.modules:
        edt = types.ModuleType("sam3.model.edt")

        def edt_triton(*args, **kwargs):
            raise MissingDependencyError("SAM 3's video tracker needs triton, which GeoSAM keeps out of QGIS; image segmentation does not use it.")

        edt.edt_triton = edt_triton
        sys.modules["sam3.model.edt"] = edt


def import_sam3():
    """sam3's modules, imported once; their import-time warnings (torch.jit.script deprecation, CUDA autocast
    without CUDA) are about sam3's video code and say nothing to the user, so they are silenced here."""
    import warnings

    _without_triton()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import sam3  # noqa: F401
            from sam3 import model_builder  # noqa: F401
            from sam3.model import data_misc, sam3_image  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError(f"SAM 3 needs the sam3 package, which is not installed ({exc}): install {SAM3_PACKAGES}, or use GeoSAM's installer.") from None


def bpe_path() -> str:
    """The tokenizer's vocabulary: sam3's wheel lacks it; open_clip_torch's ships the same file."""
    import importlib.util

    for package in ("sam3", "open_clip"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        base = list(spec.submodule_search_locations)[0]
        for candidate in (os.path.join(base, "..", "assets", "bpe_simple_vocab_16e6.txt.gz"), os.path.join(base, "bpe_simple_vocab_16e6.txt.gz")):
            if os.path.isfile(candidate):
                return os.path.normpath(candidate)
    raise MissingDependencyError(f"SAM 3's text tokenizer vocabulary (bpe_simple_vocab_16e6.txt.gz) is missing: install {SAM3_PACKAGES}.")


@contextlib.contextmanager
def cpu_workarounds(device):
    """sam3 0.1.4's CUDA assumptions made harmless on a CPU, for the duration of the block only."""
    import torch

    if getattr(device, "type", str(device)) != "cpu":
        yield
        return
    factories = {name: getattr(torch, name) for name in ("zeros", "ones", "arange", "linspace", "empty", "tensor")}
    pin_memory = torch.Tensor.pin_memory

    def on_cpu(factory):
        @functools.wraps(factory)
        def make(*args, **kwargs):
            if str(kwargs.get("device", "")).startswith("cuda"):
                kwargs["device"] = "cpu"
            return factory(*args, **kwargs)

        return make

    try:
        for name, factory in factories.items():
            setattr(torch, name, on_cpu(factory))
        torch.Tensor.pin_memory = lambda self, *a, **k: self
        yield
    finally:
        for name, factory in factories.items():
            setattr(torch, name, factory)
        torch.Tensor.pin_memory = pin_memory


def build_trunk(arch: Sam3Arch):
    """sam3's ViT image trunk with these sizes (model_builder's recipe): what a chip is encoded with."""
    import_sam3()
    from sam3.model.vitdet import ViT

    return ViT(
        img_size=SAM3_IMAGE_SIZE, pretrain_img_size=336, patch_size=14, embed_dim=arch.vit_dim, depth=arch.vit_depth,
        num_heads=max(arch.vit_dim // 64, 1), mlp_ratio=arch.vit_mlp / arch.vit_dim, norm_layer="LayerNorm", drop_path_rate=0.1,
        qkv_bias=True, use_abs_pos=True, tile_abs_pos=True, global_att_blocks=arch.global_blocks, rel_pos_blocks=(), use_rope=True,
        use_interp_rope=True, window_size=24, pretrain_use_cls_token=True, retain_cls_token=False, ln_pre=True, ln_post=False,
        return_interm_layers=False, bias_patch_embed=False, compile_mode=None,
    )


def build_image_model(arch: Sam3Arch, device):
    """sam3's Sam3Image with these sizes: model_builder.build_sam3_image_model's recipe, sized by arch."""
    import_sam3()
    from sam3 import model_builder as mb
    from sam3.model.decoder import TransformerDecoder, TransformerDecoderLayer
    from sam3.model.encoder import TransformerEncoderFusion, TransformerEncoderLayer
    from sam3.model.geometry_encoders import SequenceGeometryEncoder
    from sam3.model.model_misc import MultiheadAttentionWrapper as MultiheadAttention
    from sam3.model.model_misc import TransformerWrapper
    from sam3.model.necks import Sam3DualViTDetNeck
    from sam3.model.text_encoder_ve import VETextEncoder
    from sam3.model.tokenizer_ve import SimpleTokenizer

    def attention(batch_first=True, dropout=0.1):
        return MultiheadAttention(num_heads=8, dropout=dropout, embed_dim=256, batch_first=batch_first)

    with cpu_workarounds(device):
        position = mb._create_position_encoding(precompute_resolution=None)
        trunk = build_trunk(arch)
        neck = Sam3DualViTDetNeck(position_encoding=position, d_model=256, scale_factors=[4.0, 2.0, 1.0, 0.5], trunk=trunk, add_sam2_neck=arch.interactive)
        text = VETextEncoder(tokenizer=SimpleTokenizer(bpe_path=bpe_path()), d_model=256, width=arch.text_width, heads=max(arch.text_width // 64, 1), layers=arch.text_layers)
        backbone = mb._create_vl_backbone(neck, text)
        encoder_layer = TransformerEncoderLayer(
            activation="relu", d_model=256, dim_feedforward=2048, dropout=0.1, pos_enc_at_attn=True, pos_enc_at_cross_attn_keys=False,
            pos_enc_at_cross_attn_queries=False, pre_norm=True, self_attention=attention(), cross_attention=attention(),
        )
        encoder = TransformerEncoderFusion(
            layer=encoder_layer, num_layers=arch.encoder_layers, d_model=256, num_feature_levels=1, frozen=False, use_act_checkpoint=True,
            add_pooled_text_to_img_feat=False, pool_text_with_mask=True,
        )
        decoder_layer = TransformerDecoderLayer(
            activation="relu", d_model=256, dim_feedforward=2048, dropout=0.1, cross_attention=attention(batch_first=False), n_heads=8,
            use_text_cross_attention=True,
        )
        decoder = TransformerDecoder(
            layer=decoder_layer, num_layers=arch.decoder_layers, num_queries=200, return_intermediate=True, box_refine=True, num_o2m_queries=0,
            dac=True, boxRPB="log", d_model=256, frozen=False, interaction_layer=None, dac_use_selfatt_ln=True, resolution=SAM3_IMAGE_SIZE,
            stride=14, use_act_checkpoint=True, presence_token=True,
        )
        transformer = TransformerWrapper(encoder=encoder, decoder=decoder, d_model=256)
        geometry_layer = TransformerEncoderLayer(
            activation="relu", d_model=256, dim_feedforward=2048, dropout=0.1, pos_enc_at_attn=False, pre_norm=True,
            self_attention=attention(batch_first=False), pos_enc_at_cross_attn_queries=False, pos_enc_at_cross_attn_keys=True,
            cross_attention=attention(batch_first=False),
        )
        geometry = SequenceGeometryEncoder(
            pos_enc=mb._create_position_encoding(), encode_boxes_as_points=False, points_direct_project=True, points_pool=True, points_pos_enc=True,
            boxes_direct_project=True, boxes_pool=True, boxes_pos_enc=True, d_model=256, num_layers=arch.geometry_layers, layer=geometry_layer,
            use_act_ckpt=True, add_cls=True, add_post_encode_proj=True,
        )
        interactive = None
        if arch.interactive:
            from sam3.model.sam1_task_predictor import SAM3InteractiveImagePredictor

            interactive = SAM3InteractiveImagePredictor(mb.build_tracker(apply_temporal_disambiguation=False))
        model = mb._create_sam3_model(backbone, transformer, geometry, mb._create_segmentation_head(), mb._create_dot_product_scoring(), interactive, True)
    return model


def load_image_model(path: str, state: dict, device):
    """The SAM 3 image model with the checkpoint's weights, on device, in eval mode."""
    import warnings

    arch = arch_from_state(state, path)
    with warnings.catch_warnings():  # the tracker's constructor warns that CUDA autocast is off without CUDA: nothing to act on
        warnings.filterwarnings("ignore", message="CUDA is not available", category=UserWarning)
        warnings.filterwarnings("ignore", message=".*torch.jit.script.*", category=FutureWarning)
        model = build_image_model(arch, device)
    weights = detector_state(state)
    missing, unexpected = model.load_state_dict(weights, strict=False)
    missing = [k for k in missing if not k.endswith(("freqs_cis",))]
    # sam3.pt's tracker also holds its video-only parts (memory selection, ...): the image model ignores them, as sam3's loader does.
    unexpected = [k for k in unexpected if not k.startswith("inst_interactive_predictor.model.")]
    if missing or unexpected:
        raise CheckpointError(
            f"{path} does not fit the SAM 3 image model ({len(missing)} tensors missing, e.g. {missing[:1]}; {len(unexpected)} unexpected, e.g. {unexpected[:1]})."
        )
    return model.to(device).eval()


def preprocess(image, device):
    """(h, w, 3) uint8 -> (1, 3, 1008, 1008): Sam3Processor's transform (resize to 1008, scale to -1..1)."""
    import torch
    from torchvision.transforms import v2

    transform = v2.Compose(
        [v2.ToDtype(torch.uint8, scale=True), v2.Resize(size=(SAM3_IMAGE_SIZE, SAM3_IMAGE_SIZE)), v2.ToDtype(torch.float32, scale=True), v2.Normalize(mean=[0.5] * 3, std=[0.5] * 3)]
    )
    return transform(v2.functional.to_image(image).to(device)).unsqueeze(0)


def backbone_out(model, trunk_out):
    """What Sam3Processor.set_image keeps (backbone.forward_image), from a cached trunk output: for clicks and boxes
    (Sam3Image.predict_inst), which read the interactive head's own neck (sam2_backbone_out)."""
    neck = model.backbone.vision_backbone
    scalp = model.backbone.scalp

    def levels(convs):  # one neck's feature levels and their position encodings, the last `scalp` dropped
        features = [conv(trunk_out) for conv in convs]
        positions = [neck.position_encoding(x).to(x.dtype) for x in features]
        return (features[:-scalp], positions[:-scalp]) if scalp > 0 else (features, positions)

    features, positions = levels(neck.convs)
    sam2 = None
    if neck.sam2_convs is not None and model.inst_interactive_predictor is not None:
        fpn, pos = levels(neck.sam2_convs)
        decoder = model.inst_interactive_predictor.model.sam_mask_decoder  # as Sam3Processor.set_image
        fpn[0], fpn[1] = decoder.conv_s0(fpn[0]), decoder.conv_s1(fpn[1])
        sam2 = {"vision_features": fpn[-1], "vision_pos_enc": pos, "backbone_fpn": fpn}
    return {"vision_features": features[-1], "vision_pos_enc": positions, "backbone_fpn": features, "sam2_backbone_out": sam2}


def text_outputs(model, text: str, device):
    return model.backbone.forward_text([text], device=device)


def _coarse_level(model, trunk_out, texts: dict) -> tuple[dict, int]:
    """The detector's state with only the neck level its fusion encoder reads (the coarsest kept one, 72 x 72 for
    1008 px: num_feature_levels is 1), and how many levels Sam3Processor keeps. The interactive head's neck and the
    level that `scalp` drops are never made: a text or example query does not read them."""
    neck = model.backbone.vision_backbone
    scalp = model.backbone.scalp
    kept = len(neck.convs) - scalp if scalp > 0 else len(neck.convs)
    coarse = neck.convs[kept - 1](trunk_out)
    state = {"vision_features": coarse, "vision_pos_enc": [neck.position_encoding(coarse).to(coarse.dtype)], "backbone_fpn": [coarse]}
    state.update(texts)
    return state, kept


def _find_stage(device):
    import torch
    from sam3.model.data_misc import FindStage

    return FindStage(
        img_ids=torch.tensor([0], device=device, dtype=torch.long), text_ids=torch.tensor([0], device=device, dtype=torch.long),
        input_boxes=None, input_boxes_mask=None, input_boxes_label=None, input_points=None, input_points_mask=None,
    )


def _geometric_prompt(model, device, boxes, labels):
    """Sam3Processor's prompt with exemplar boxes (cxcywh 0..1) appended one by one, as add_geometric_prompt does."""
    import torch

    prompt = model._get_dummy_prompt()
    for box, label in zip(boxes, labels):
        prompt.append_boxes(torch.tensor(box, device=device, dtype=torch.float32).view(1, 1, 4), torch.tensor([bool(label)], device=device, dtype=torch.bool).view(1, 1))
    return prompt


def exemplar_tokens(model, trunk_out, texts: dict, device, boxes, labels):
    """SAM 3's geometry-encoder output for exemplar boxes (cxcywh 0..1; True "like this") on this chip: the prompt
    tokens that Sam3Processor.add_geometric_prompt's grounding makes of them. Only the prompt encoding runs."""
    captured: list = []
    hook = model.geometry_encoder.register_forward_hook(lambda _module, _inputs, output: captured.append(output))
    try:
        with cpu_workarounds(device):
            state, _kept = _coarse_level(model, trunk_out, texts)
            model._encode_prompt(state, _find_stage(device), _geometric_prompt(model, device, boxes, labels))
    finally:
        hook.remove()
    return captured[0]


def ground(model, trunk_out, texts: dict, device, threshold: float, tokens=None):
    """Sam3Processor._forward_grounding on a cached chip, for the detections above threshold: (scores (N,), boxes
    cxcywh 0..1 (N, 4), mask logits (N, 288, 288), None where N is 0).

    The steps of Sam3Image.forward_grounding (sam3/model/sam3_image.py: prompt, fusion encoder, decoder, segmentation
    head), with the neck's finer levels and the segmentation head run only when a detection passes the threshold:
    only the head reads those levels, and on a CPU the two are about half of a full-size query (2.5 s of 5.4 s here).
    A chip where the concept is absent, the usual case in a search over a large raster, costs the rest only.
    tokens: exemplar_tokens() from any chip, used instead of this chip's (None: text alone)."""
    find = _find_stage(device)
    hook = model.geometry_encoder.register_forward_hook(lambda _module, _inputs, _output: tokens) if tokens is not None else None
    try:
        with cpu_workarounds(device):
            state, kept = _coarse_level(model, trunk_out, texts)
            prompt, prompt_mask, state = model._encode_prompt(state, find, model._get_dummy_prompt())
            state, encoder_out, _ = model._run_encoder(state, find, prompt, prompt_mask)
            out = {"encoder_hidden_states": encoder_out["encoder_hidden_states"], "prev_encoder_out": {"encoder_out": encoder_out, "backbone_out": state}}
            out, hs = model._run_decoder(
                memory=out["encoder_hidden_states"], pos_embed=encoder_out["pos_embed"], src_mask=encoder_out["padding_mask"],
                out=out, prompt=prompt, prompt_mask=prompt_mask, encoder_out=encoder_out,
            )
            probs = (out["pred_logits"].sigmoid() * out["presence_logit_dec"].sigmoid().unsqueeze(1)).squeeze(-1)
            keep = probs > threshold
            if not bool(keep.any()):
                return probs[keep], out["pred_boxes"][keep], None
            neck = model.backbone.vision_backbone
            state["backbone_fpn"] = [conv(trunk_out) for conv in neck.convs[: kept - 1]] + state["backbone_fpn"]
            model._run_segmentation_heads(
                out=out, backbone_out=state, img_ids=find.img_ids, vis_feat_sizes=encoder_out["vis_feat_sizes"],
                encoder_hidden_states=out["encoder_hidden_states"], prompt=prompt, prompt_mask=prompt_mask, hs=hs,
            )
    finally:
        if hook is not None:
            hook.remove()
    return probs[keep], out["pred_boxes"][keep], out["pred_masks"][keep]


class Sam3Adapter:
    """SAM 3 for the encoder (trunk features per chip), text queries and point / box prompts on cached features."""

    feature_kind = "sam3"
    openvino = None  # the trunk compiled by OpenVINO (models.attach_openvino), when it runs there
    coarse_masks = False  # the reference decoder: previews at the chip's resolution
    onnx_encoder = None  # the ViT runs in torch

    def warm_up(self) -> None:
        """Nothing to prepare: SAM 3's interactive head runs in torch as it is."""

    def __init__(self, spec, device=None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32") -> None:
        import torch


        import_sam3()
        self.spec = spec
        self.device = resolve_device(device)
        self.precision = check_precision(precision, self.device)
        self.model_size = SAM3_IMAGE_SIZE
        self.model = load_image_model(spec.checkpoint_path, read_state_dict(spec.checkpoint_path), self.device)
        if not with_image_encoder:  # queries start from the cached trunk output: the ViT is not needed
            self.model.backbone.vision_backbone.trunk = torch.nn.Identity()
        if self.device.type == "cpu":
            # The detector's neck and segmentation head, the convolutions of a text query, in channels-last memory:
            # oneDNN's convolutions are about 15 % faster so on a CPU, a full-size query with masks 11 % (make bench,
            # stage 11). The same maths in another summation order: masks within a few pixels in a million of
            # Sam3Processor's (tests/test_sam3.py).
            for module in (self.model.backbone.vision_backbone.convs, self.model.segmentation_head):
                module.to(memory_format=torch.channels_last)
        self._texts: dict[str, dict] = {}

    def input_size(self, chip_size: int, valid_hw: tuple[int, int]) -> tuple[int, int]:
        return (SAM3_IMAGE_SIZE, SAM3_IMAGE_SIZE)  # Sam3Processor stretches any image to 1008 x 1008

    def encode(self, images: list, chip_size: int) -> list[dict]:
        """(h, w, 3) uint8 valid pixels of each chip -> {'features': (1, C, 72, 72)}: Sam3Processor.set_image's trunk."""
        import torch

        batch = self.preprocess(images, chip_size)
        with torch.inference_mode(), cpu_workarounds(self.device):
            if self.openvino is not None:
                trunk = self.openvino(batch).float()
            else:
                with compute(self.device, self.precision):
                    trunk = self.model.backbone.vision_backbone.trunk(batch)[-1].float()
        return [{"features": trunk[i : i + 1]} for i in range(len(images))]

    def preprocess(self, images: list, chip_size: int):
        """The trunk's input for each chip, (N, 3, 1008, 1008), as Sam3Processor's transform."""
        import torch

        return torch.cat([preprocess(torch.from_numpy(image).permute(2, 0, 1), self.device) for image in images])

    def restore_torch_encoder(self) -> None:
        """After a failed OpenVINO conversion: nothing to undo (the module was converted as it is)."""

    def openvino_module(self):
        """What OpenVINO converts: the ViT trunk's last output, and an example input of 1008 px."""
        import torch

        class Trunk(torch.nn.Module):
            def __init__(self, trunk) -> None:
                super().__init__()
                self.trunk = trunk

            def forward(self, x):
                return self.trunk(x)[-1]

        return Trunk(self.model.backbone.vision_backbone.trunk).eval(), torch.zeros(1, 3, SAM3_IMAGE_SIZE, SAM3_IMAGE_SIZE)

    def decode(self, features, valid_hw, chip_size, points, labels, box, multimask, select_best: bool = False, keep=None):
        """Points and a box on one cached chip through SAM 3's interactive head (Sam3Image.predict_inst, as after
        Sam3Processor.set_image). Prompts in chip pixel coordinates, as for SAM 2."""
        import torch

        from ..errors import PromptError

        if self.model.inst_interactive_predictor is None:
            raise PromptError(
                f"{self.spec.checkpoint_path} has no interactive head (no 'tracker.' weights): use a text prompt, or the full sam3.pt for clicks and boxes."
            )
        state = {"original_height": int(valid_hw[0]), "original_width": int(valid_hw[1])}
        with torch.inference_mode(), cpu_workarounds(self.device):
            state["backbone_out"] = backbone_out(self.model, features["features"])
            masks, scores, low_res = self.model.predict_inst(
                state,
                point_coords=None if points is None else np.asarray(points, dtype=np.float32),
                point_labels=None if labels is None else np.asarray(labels, dtype=np.int32),
                box=None if box is None else np.asarray(box, dtype=np.float32).reshape(4),
                multimask_output=multimask,
            )
        scores = np.asarray(scores, dtype=np.float32)
        chosen = chosen_outputs(scores, torch.as_tensor(low_res), select_best, keep)
        return Decoded(np.asarray(masks)[chosen].astype(bool), scores, torch.as_tensor(low_res), chosen)

    def text(self, concept: str) -> dict:
        import torch

        if concept not in self._texts:
            with torch.inference_mode():
                self._texts[concept] = text_outputs(self.model, concept, self.device)
        return self._texts[concept]

    def exemplar(self, features: dict, concept: str, boxes, labels, valid_hw: tuple[int, int]):
        """Exemplar boxes (chip pixels x0, y0, x1, y1, edges) on their cached chip -> their prompt tokens, SAM 3's
        geometry-encoder output there (as Sam3Processor.add_geometric_prompt makes them), for find() on any chip."""
        import torch

        h, w = valid_hw
        normalised = [((x0 + x1) / 2 / w, (y0 + y1) / 2 / h, (x1 - x0) / w, (y1 - y0) / h) for x0, y0, x1, y1 in boxes]
        with torch.inference_mode():
            return exemplar_tokens(self.model, features["features"], self.text(concept), self.device, normalised, labels)

    def find(self, features: dict, concept: str, valid_hw: tuple[int, int], threshold: float, exemplar=None):
        """Detections of a concept on one cached chip: (scores (N,), (N, h, w) bool masks), as Sam3Processor gives them.

        exemplar: prompt tokens from exemplar() (on this chip or another): objects like the example boxes."""
        import torch
        from sam3.model.data_misc import interpolate

        with torch.inference_mode():
            scores, _boxes, logits = ground(self.model, features["features"], self.text(concept), self.device, threshold, tokens=exemplar)
            if len(scores) == 0:
                return np.zeros(0, dtype=np.float32), np.zeros((0, *valid_hw), dtype=bool)
            masks = interpolate(logits.unsqueeze(1), tuple(valid_hw), mode="bilinear", align_corners=False).sigmoid() > 0.5
        return scores.float().cpu().numpy(), masks[:, 0].cpu().numpy()

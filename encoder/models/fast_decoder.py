# SPDX-License-Identifier: GPL-2.0-or-later
"""SAM's and SAM 2's mask decoder, refactored for clicks: less than half the arithmetic, same result to float rounding.

The two-way transformer spends most of its work projecting the 4096 image
tokens (64 x 64 x 256) in every attention, while a click brings only a
handful of prompt tokens. Three rewrites of the same maths:

1. Chip stage. In the first layer the image tokens are still the chip's
   embedding plus the no-mask embedding, so the first layer's image-side
   keys, values and queries depend on the chip alone: computed once a chip
   and kept with its features.
2. Attention through the prompt tokens. A projection of 4096 image tokens is
   replaced by projecting the few prompt tokens through the transposed
   weights: q . (W x + b) = (W^T q) . x + q . b, and since softmax rows sum
   to one, softmax(.) (x W^T + b) = (softmax(.) x) W^T + b. Likewise the
   image-to-token output projection is applied to the tokens' values first.
3. Upscaling as two matrix products on the token-major layout, with no
   transposes until the final 256 x 256 logits. SAM 2's high-resolution
   features, added inside the upscaling, are laid out token-major once a chip.

Checked against segment_anything's and sam2's MaskDecoder (logits within
float rounding, same chosen mask): tests/test_query.py.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from .runtime import Decoded


class FastSamDecoder:
    """Drop-in for SamAdapter.decode / Sam2Adapter.decode: clicks (select_best=True) and segment everything
    (multimask with keep=...); the rest is delegated to the adapter.

    The click stage runs in ONNX Runtime when it is installed (exported in memory from the module below),
    otherwise in torch. It picks the best-scored output itself, as SamPredictor does, and upscales only that
    one: Decoded.low_res_logits holds the chosen output's logits alone.

    The ONNX export (about 0.3 s) happens on the first decode, so a GUI that opens a folder on its own thread
    and decodes on a worker never waits for it; if it fails, the torch form is used.
    """

    coarse_masks = True  # decode(coarse=True): a hover preview's mask on the logits' grid (FeatureQueryEngine.query)

    def __init__(self, adapter, runtime: str = "auto") -> None:
        if runtime not in ("auto", "onnx", "torch"):
            raise ValueError(f"runtime must be 'auto', 'onnx' or 'torch', got {runtime!r}")
        self.adapter = adapter
        self.device = adapter.device
        self.stage = _ClickStage(adapter)
        self.all_stage = _ClickStage(adapter, all_outputs=True)  # segment everything: the three multimask outputs
        self._want_onnx = runtime == "onnx" or (runtime == "auto" and onnxruntime_available())
        self._session = self._all_session = None
        self.export_error: str | None = None

    def warm_up(self) -> None:
        """The ONNX export (about 0.3 s) now rather than at the first click."""
        self.session  # noqa: B018 (the property exports and keeps the session)

    def __getattr__(self, name):
        return getattr(self.adapter, name)

    @property
    def session(self):
        """The ONNX Runtime session for clicks, exported on first use; None where the torch form runs."""
        if self._want_onnx and self._session is None and self.export_error is None:
            self._session = self._export(self.stage)
        return self._session

    @property
    def all_session(self):
        """The same for the all-outputs stage (segment everything), exported on its first use."""
        if self._want_onnx and self._all_session is None and self.export_error is None:
            self._all_session = self._export(self.all_stage)
        return self._all_session

    def _export(self, stage):
        try:
            return _Runner(_onnx_session(stage))
        except Exception as exc:  # an exporter or runtime that does not work here: torch always does
            self.export_error = f"{type(exc).__name__}: {exc}"
            return None

    @property
    def runtime(self) -> str:
        return "onnxruntime" if self.session is not None else "torch"

    def prepare(self, features: dict) -> dict:
        """The first layer's image-side tensors, from the embedding alone: once a chip, kept on its features dict."""
        state = features.get(_STATE_KEY)
        if state is None:
            state = features[_STATE_KEY] = self.stage.chip_stage(features)
        return state

    def decode(self, features, valid_hw, chip_size, points, labels, box, multimask, select_best: bool = False, keep=None, coarse: bool = False) -> Decoded:
        """select_best: a click (the chosen output only). keep with multimask: segment everything's filters run on
        the three outputs' low-resolution logits and only the outputs keep() returns are upsampled. Anything
        else goes to the reference decoder. coarse (with select_best): the mask is the logits > 0 over the chip's
        valid part, not upsampled to the chip."""
        everything = not select_best and keep is not None and multimask
        if not select_best and not everything:
            return self.adapter.decode(features, valid_hw, chip_size, points, labels, box, multimask, select_best, keep)
        state = self.prepare(features)
        stage, session = (self.all_stage, self.all_session) if everything else (self.stage, self.session)
        with torch.inference_mode():
            if self.stage.sam2:
                sparse = stage.sparse_sam2(*self.adapter.prompt_points(points, labels, box, chip_size))
            else:
                coords, scaled_box, _ = self.adapter.scale_prompts(points, box, chip_size, valid_hw)
                sparse = stage.sparse(coords, labels, scaled_box)
            flag = torch.tensor([1.0 if multimask else 0.0])
            if session is not None:
                feed = {name: tensor.numpy() for name, tensor in state.items()}  # no copies: CPU tensors
                logits, iou, best = session.run({**feed, "sparse": sparse.numpy(), "multimask": flag.numpy()})
                logits = torch.from_numpy(logits)
            else:
                logits, iou, best = (t.numpy() if i else t for i, t in enumerate(stage(*state.values(), sparse, flag)))
        if everything:  # as the reference with multimask: outputs 1-3, their scores
            scores = iou[1:]
            chosen = [int(k) for k in keep(scores, logits)]
            return Decoded(self.adapter.masks_from_logits(logits[chosen], chip_size, valid_hw), scores, logits, chosen)
        best = int(best)
        # As the reference decoders report them: the three multimask scores, or the one output returned.
        scores, index = (iou[1:], best - 1) if multimask else (iou[best : best + 1], 0)
        masks = coarse_masks(logits, chip_size, valid_hw) if coarse else self.adapter.masks_from_logits(logits, chip_size, valid_hw)
        return Decoded(masks, scores, logits, [index])


def coarse_masks(logits, chip_size: int, valid_hw) -> np.ndarray:
    """(K, S, S) logits -> (K, h, w) bool: logits > 0 over the chip's valid pixels on the logits' own grid.

    Both SAM (resize to 1024, pad, logits at 1024 / 4) and SAM 2 (logits upsampled to the square chip) put
    logit pixel (i, j) over chip pixels [i, i + 1) x chip_size / S, so a logit pixel is chip_size / S chip pixels
    a side, and the valid part is the first ceil(valid * S / chip_size) rows and columns."""
    side = logits.shape[-1]
    h = min(side, -(-valid_hw[0] * side // chip_size))
    w = min(side, -(-valid_hw[1] * side // chip_size))
    return (logits[:, :h, :w] > 0).numpy()


_STATE_KEY = "_fast_decoder_chip_stage"


def onnxruntime_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))


class _Runner:
    """An ONNX Runtime session fed by input name; the exporter drops the inputs a graph does not use (the
    all-outputs stage never reads the multimask flag), so those are left out of the feed."""

    def __init__(self, session) -> None:
        self.session = session
        self.inputs = frozenset(i.name for i in session.get_inputs())

    def run(self, feed: dict):
        return self.session.run(None, {name: value for name, value in feed.items() if name in self.inputs})


def _onnx_session(stage):
    """The click stage exported to ONNX in memory and opened in ONNX Runtime (CPU)."""
    import io
    import warnings

    import onnxruntime as ort

    c = stage.pe.shape[1]
    state = stage.chip_stage(stage.dummy_features())
    dummy = (*state.values(), torch.zeros(2, c), torch.ones(1))
    buffer = io.BytesIO()
    names = dict(input_names=[*state, "sparse", "multimask"], output_names=["logits", "iou", "best"], dynamic_axes={"sparse": {0: "prompts"}}, opset_version=17)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes
        try:
            torch.onnx.export(stage, dummy, buffer, dynamo=False, **names)
        except TypeError:  # older torch without the dynamo switch
            torch.onnx.export(stage, dummy, buffer, **names)
    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    # No busy-waiting after a run: ORT's threads would otherwise spin on the cores that torch's mask upsampling
    # and the vectoriser need next (on 2 cores, some runs clicked at 32 ms instead of 19.5).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return ort.InferenceSession(buffer.getvalue(), options, providers=["CPUExecutionProvider"])


class _ClickStage(torch.nn.Module):
    """The decoder's per-click work, given the chip stage; forward() is what ONNX Runtime runs.

    SAM or SAM 2 (read from the adapter): SAM 2 adds an object-score token, high-resolution features inside the
    upscaling, and, for a single-mask prompt, falls back to the best multimask output when output 0 is unstable.
    all_outputs: return the three multimask outputs' logits (segment everything) instead of the chosen one's."""

    def __init__(self, adapter, all_outputs: bool = False) -> None:
        super().__init__()
        self.all_outputs = all_outputs
        dec = adapter.mask_decoder
        self.decoder = dec
        self.prompt_encoder = adapter.prompt_encoder
        self.sam2 = adapter.feature_kind == "sam2_image_features"
        self.high_res = bool(getattr(dec, "use_high_res_features", False))
        self.first = 1 if getattr(dec, "pred_obj_scores", False) else 0  # the IoU token's position
        self.dynamic = bool(getattr(dec, "dynamic_multimask_via_stability", False))
        self.stability_delta = float(getattr(dec, "dynamic_multimask_stability_delta", 0.0))
        self.stability_thresh = float(getattr(dec, "dynamic_multimask_stability_thresh", 0.0))
        up = dec.output_upscaling  # ConvTranspose(256->64, 2x2 s2), LayerNorm2d, GELU, ConvTranspose(64->32), GELU
        self.up_norm = up[1]
        self.up_channels = int(up[0].out_channels)
        with torch.no_grad():
            self.pe = adapter._dense_pe()[0].flatten(1).T.contiguous()  # (4096, 256)
            self.side = int(math.isqrt(self.pe.shape[0]))  # 64 tokens a side
            self.no_mask = adapter.prompt_encoder.no_mask_embed.weight.detach().reshape(1, -1)  # (1, 256)
            # ConvTranspose with stride = kernel is one matrix product per token; columns ordered (ky, kx, out).
            self.up1_w = up[0].weight.permute(0, 2, 3, 1).reshape(up[0].in_channels, -1).contiguous()
            self.up1_b = up[0].bias.repeat(4)
            self.up2_w = up[3].weight.permute(0, 2, 3, 1).reshape(up[3].in_channels, -1).contiguous()
            self.up2_b = up[3].bias.repeat(4)
            output_tokens = [dec.obj_score_token.weight] if self.first else []
            self.tokens = torch.cat([*output_tokens, dec.iou_token.weight, dec.mask_tokens.weight], dim=0)
        # Inference mode, as the adapter's modules: the ONNX export restores the mode it finds, recursively, on the
        # shared decoder (in training mode sam2's MaskDecoder skips its stability fallback).
        self.eval()

    def dummy_features(self) -> dict:
        """Zero features of the right shapes (what the ONNX export traces with)."""
        c, side = self.pe.shape[1], self.side
        if not self.sam2:
            return {"features": torch.zeros(1, c, side, side)}
        feats = [torch.zeros(1, self.up_channels // 2, side * 4, side * 4), torch.zeros(1, self.up_channels, side * 2, side * 2)]
        return {"image_embed": torch.zeros(1, c, side, side), "high_res_feats": feats}

    def chip_stage(self, features: dict) -> dict:
        """A chip's features -> the image side of the first layer (4096 tokens), and SAM 2's high-resolution
        features in the upscaling's token-major layout."""
        F = torch.nn.functional
        layer = self.decoder.transformer.layers[0]
        t2i, i2t = layer.cross_attn_token_to_image, layer.cross_attn_image_to_token
        embedding = features["image_embed"] if self.sam2 else features["features"]
        with torch.inference_mode():
            x = embedding[0].float().flatten(1).T + self.no_mask  # src = embedding + dense no-mask prompt
            xp = x + self.pe
            # Head-major (heads, 4096, d), the layout the click stage multiplies in.
            state = {
                "x": x.contiguous(),
                "k": _heads(F.linear(xp, t2i.k_proj.weight, t2i.k_proj.bias), t2i.num_heads).contiguous(),
                "v": _heads(F.linear(x, t2i.v_proj.weight, t2i.v_proj.bias), t2i.num_heads).contiguous(),
                "q": _heads(F.linear(xp, i2t.q_proj.weight, i2t.q_proj.bias), i2t.num_heads).contiguous(),
            }
            if self.high_res:
                s0, s1 = (f[0].float().permute(1, 2, 0) for f in features["high_res_feats"])  # (256, 256, 32), (128, 128, 64)
                side = self.side
                # Pixel (2 ty + ky, 2 tx + kx) of the 128 grid -> token (ty, tx), sub-pixel (ky, kx).
                state["s1"] = s1.reshape(side, 2, side, 2, -1).permute(0, 2, 1, 3, 4).reshape(side * side, 4, -1).contiguous()
                # Pixel (4 ty + 2 ky1 + ky2, 4 tx + 2 kx1 + kx2) of the 256 grid -> token, (ky1, kx1), (ky2, kx2).
                state["s0"] = s0.reshape(side, 2, 2, side, 2, 2, -1).permute(0, 3, 1, 4, 2, 5, 6).reshape(side * side, 4, 4, -1).contiguous()
            return state

    def sparse(self, coords, labels, scaled_box):
        """SAM's prompt tokens, as PromptEncoder does (a padding point only when there is no box)."""
        pe = self.prompt_encoder
        parts = []
        if coords is not None:
            parts.append(pe._embed_points(torch.as_tensor(coords, dtype=torch.float)[None], torch.as_tensor(labels, dtype=torch.int)[None], pad=scaled_box is None))
        if scaled_box is not None:
            parts.append(pe._embed_boxes(torch.as_tensor(scaled_box.reshape(1, 4), dtype=torch.float)))
        return torch.cat(parts, dim=1)[0]

    def sparse_sam2(self, coords, labels):
        """SAM 2's prompt tokens: points (a box as two corner points) and always a padding point, as
        SAM2ImagePredictor calls its PromptEncoder."""
        return self.prompt_encoder._embed_points(coords, labels, pad=True)[0]

    def forward(self, x, k, v, q, *rest):
        """Chip stage tensors (SAM 2: and s1, s0), prompt tokens and a multimask flag (1.0 or 0.0) ->
        (chosen logits (1, 256, 256), the four predicted IoUs, the chosen output's index)."""
        *high_res, sparse, multimask = rest
        queries, keys = self._transformer(x, k, v, q, sparse)
        dec = self.decoder
        iou = dec.iou_prediction_head(queries[self.first])
        hyper = torch.stack([mlp(queries[self.first + 1 + i]) for i, mlp in enumerate(dec.output_hypernetworks_mlps)])  # (4, 32)
        up = self._upscale(keys, *high_res)  # (4096, 4 [ky1 kx1], 4 [ky2 kx2], 32)
        side = self.side
        best_of_three = torch.argmax(iou[1:]) + 1
        if self.all_outputs:  # segment everything: the three multimask outputs, (3, 256, 256)
            logits = up @ hyper[1:].T  # (4096, 4, 4, 3)
            logits = logits.view(side, side, 2, 2, 2, 2, 3).permute(6, 0, 2, 4, 1, 3, 5).reshape(3, side * 4, side * 4)
            return logits, iou, best_of_three
        # The output the reference predictor returns: with multimask the best of 1-3, else 0 (SAM 2: unless
        # output 0's stability score is below the threshold, then the best of 1-3).
        single = torch.zeros((), dtype=torch.int64)
        if self.dynamic:
            logits0 = up @ hyper[0]
            area_i = (logits0 > self.stability_delta).sum().float()
            area_u = (logits0 > -self.stability_delta).sum().float()
            stability = torch.where(area_u > 0, area_i / area_u.clamp(min=1.0), torch.ones(()))
            single = torch.where(stability >= self.stability_thresh, single, best_of_three)
        best = torch.where(multimask[0] > 0.5, best_of_three, single)
        logits = up @ hyper.index_select(0, best.reshape(1)).T  # (4096, 4, 4, 1)
        logits = logits.view(side, side, 2, 2, 2, 2).permute(0, 2, 4, 1, 3, 5).reshape(1, side * 4, side * 4)
        return logits, iou, best

    def _transformer(self, x, k, v, q, sparse):
        """The two-way transformer: (output and prompt tokens, image tokens) after the last layer."""
        tr = self.decoder.transformer
        tokens = torch.cat([self.tokens, sparse], dim=0)  # (Nt, 256)
        query_pe = tokens
        # Layer 0: the image side comes from the chip stage.
        l0 = tr.layers[0]
        queries = l0.norm1(_token_attention(l0.self_attn, tokens, tokens, tokens))
        queries = l0.norm2(queries + _token_to_image(l0.cross_attn_token_to_image, queries + query_pe, k=k, v=v))
        queries = l0.norm3(queries + l0.mlp(queries))
        keys = l0.norm4(x + _image_to_token(l0.cross_attn_image_to_token, queries + query_pe, queries, q=q))
        # Further layers: image projections through the prompt tokens.
        for layer in tr.layers[1:]:
            qt = queries + query_pe
            queries = layer.norm1(queries + _token_attention(layer.self_attn, qt, qt, queries))
            keys_pe = keys + self.pe
            queries = layer.norm2(queries + _token_to_image(layer.cross_attn_token_to_image, queries + query_pe, xp=keys_pe, x=keys))
            queries = layer.norm3(queries + layer.mlp(queries))
            keys = layer.norm4(keys + _image_to_token(layer.cross_attn_image_to_token, queries + query_pe, queries, xp=keys_pe))
        queries = tr.norm_final_attn(queries + _token_to_image(tr.final_attn_token_to_image, queries + query_pe, xp=keys + self.pe, x=keys))
        return queries, keys

    def _upscale(self, keys, s1=None, s0=None):
        """Token (64 x 64) -> 2 x 2 -> 2 x 2 sub-pixels, token-major: (4096, 4, 4, 32)."""
        F = torch.nn.functional
        channels = self.up_channels
        up = F.linear(keys, self.up1_w.T, self.up1_b).view(-1, 4, channels)  # (4096, 4, 64)
        if s1 is not None:
            up = up + s1
        up = F.gelu(F.layer_norm(up, (channels,), self.up_norm.weight, self.up_norm.bias, self.up_norm.eps))
        up = F.linear(up, self.up2_w.T, self.up2_b).view(-1, 4, 4, channels // 2)
        if s0 is not None:
            up = up + s0
        return F.gelu(up)


def _heads(x, heads: int):
    """(N, C) -> (heads, N, C / heads)."""
    return x.view(x.shape[0], heads, -1).transpose(0, 1)


def _token_attention(attn, q, k, v):
    """The tokens' self-attention, written out (sam2's module calls scaled_dot_product_attention, which the
    ONNX exporter traces with the prompt count fixed)."""
    h = attn.num_heads
    q, k, v = _heads(attn.q_proj(q), h), _heads(attn.k_proj(k), h), _heads(attn.v_proj(v), h)  # (h, Nt, d)
    weights = torch.softmax(q @ k.transpose(1, 2) / math.sqrt(q.shape[-1]), dim=-1)
    return attn.out_proj((weights @ v).transpose(0, 1).reshape(q.shape[1], -1))


def _token_to_image(attn, q_tokens, k=None, v=None, xp=None, x=None):
    """Attention(q=tokens, k=image + pe, v=image). Either the image keys/values are given (chip stage), or the
    image tokens xp (with pe) and x, which are then reached through the prompt tokens."""
    h = attn.num_heads
    q = _heads(attn.q_proj(q_tokens), h)  # (h, Nt, d)
    d = q.shape[-1]
    if k is not None:  # head-major (h, 4096, d)
        scores = q @ k.transpose(1, 2)  # (h, Nt, 4096)
    else:
        wk = attn.k_proj.weight.view(h, d, -1)  # (h, d, 256)
        through = q @ wk  # (h, Nt, 256)
        bias = (q * attn.k_proj.bias.view(h, 1, d)).sum(-1, keepdim=True)
        scores = (through.reshape(-1, through.shape[-1]) @ xp.T).view(h, q.shape[1], -1) + bias
    weights = torch.softmax(scores / math.sqrt(d), dim=-1)
    if v is not None:
        out = weights @ v  # (h, Nt, d)
    else:
        mixed = (weights.reshape(-1, weights.shape[-1]) @ x).view(h, q.shape[1], -1)  # (h, Nt, 256)
        out = mixed @ attn.v_proj.weight.view(h, d, -1).transpose(1, 2) + attn.v_proj.bias.view(h, 1, d)
    return attn.out_proj(out.transpose(0, 1).reshape(q.shape[1], -1))


def _image_to_token(attn, k_tokens, v_tokens, q=None, xp=None):
    """Attention(q=image + pe, k=tokens, v=tokens) with the output projection applied to the tokens' values."""
    h = attn.num_heads
    k = _heads(attn.k_proj(k_tokens), h)  # (h, Nt, d)
    v = _heads(attn.v_proj(v_tokens), h)
    d = k.shape[-1]
    nt = k.shape[1]
    if q is not None:  # head-major (h, 4096, d)
        scores = (q @ k.transpose(1, 2)).transpose(0, 1)  # (4096, h, Nt)
    else:
        through = k @ attn.q_proj.weight.view(h, d, -1)  # (h, Nt, 256)
        bias = (k * attn.q_proj.bias.view(h, 1, d)).sum(-1)  # (h, Nt)
        scores = (xp @ through.reshape(h * nt, -1).T).view(-1, h, nt) + bias
    weights = torch.softmax(scores / math.sqrt(d), dim=-1).reshape(-1, h * nt)
    # out_proj(concat_h(w_h v_h)) = sum_h w_h (v_h W_h^T) + b
    values_out = v @ attn.out_proj.weight.view(-1, h, d).permute(1, 2, 0)  # (h, Nt, 256)
    return weights @ values_out.reshape(h * nt, -1) + attn.out_proj.bias

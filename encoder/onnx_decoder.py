"""SAM's prompt decoder in ONNX Runtime: about 2x faster clicks on a CPU, for interactive use.

The graph is exported in memory from the checkpoint's own prompt encoder and
mask decoder with segment_anything's SamOnnxModel. It returns all four mask
outputs; the mask is chosen as SamPredictor does (multimask: the best of
outputs 1-3, otherwise output 0) and its 256 x 256 logits are upsampled
exactly as the torch path does. Results equal the torch decoder
to float rounding (mask IoU >= 0.99 is tested), so Processing and the parity
tests keep the bit-exact torch decoder; the dock uses this one when
onnxruntime is installed.
"""

from __future__ import annotations

import io
import types

import numpy as np

from .models import Decoded, SamAdapter


def onnxruntime_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))


def _export(prompt_encoder, mask_decoder) -> bytes:
    import torch
    from segment_anything.utils.onnx import SamOnnxModel

    class LowResSamOnnx(SamOnnxModel):
        def forward(self, image_embeddings, point_coords, point_labels, mask_input, has_mask_input):
            sparse = self._embed_points(point_coords, point_labels)
            dense = self._embed_masks(mask_input, has_mask_input)
            masks, scores = self.model.mask_decoder.predict_masks(
                image_embeddings=image_embeddings,
                image_pe=self.model.prompt_encoder.get_dense_pe(),
                sparse_prompt_embeddings=sparse,
                dense_prompt_embeddings=dense,
            )
            return scores, masks  # all four outputs: the caller selects as SamPredictor does

    holder = torch.nn.Module()
    holder.prompt_encoder, holder.mask_decoder = prompt_encoder, mask_decoder
    holder.mask_threshold = 0.0
    holder.image_encoder = types.SimpleNamespace(img_size=1024)
    model = LowResSamOnnx(holder, return_single_mask=False).eval()
    dummy = (
        torch.zeros(1, 256, 64, 64),
        torch.zeros(1, 3, 2),
        torch.ones(1, 3),
        torch.zeros(1, 1, 256, 256),
        torch.zeros(1),
    )
    buffer = io.BytesIO()
    kwargs = dict(
        input_names=["image_embeddings", "point_coords", "point_labels", "mask_input", "has_mask_input"],
        output_names=["scores", "low_res_masks"],
        dynamic_axes={"point_coords": {1: "points"}, "point_labels": {1: "points"}},
        opset_version=17,
    )
    import warnings

    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about SamOnnxModel's Python control flow
        try:
            torch.onnx.export(model, dummy, buffer, dynamo=False, **kwargs)
        except TypeError:  # older torch without the dynamo switch
            torch.onnx.export(model, dummy, buffer, **kwargs)
    return buffer.getvalue()


class OnnxSamDecoder:
    """Drop-in for SamAdapter.decode(select_best=True); everything else is delegated to the torch adapter."""

    def __init__(self, adapter: SamAdapter) -> None:
        import onnxruntime as ort
        import torch

        self.adapter = adapter
        self.device = adapter.device
        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        options.log_severity_level = 3
        self.session = ort.InferenceSession(_export(adapter.prompt_encoder, adapter.mask_decoder), options, providers=["CPUExecutionProvider"])
        self._no_mask = np.zeros((1, 1, 256, 256), dtype=np.float32)

    def __getattr__(self, name):
        return getattr(self.adapter, name)

    def decode(self, features, valid_hw, chip_size, points, labels, box, multimask, select_best: bool = False) -> Decoded:
        if not select_best:  # every mask output (segment everything): the torch decoder
            return self.adapter.decode(features, valid_hw, chip_size, points, labels, box, multimask, select_best)
        scaled_points, scaled_box, input_hw = self.adapter.scale_prompts(points, box, chip_size, valid_hw)
        coords, codes = [], []
        if scaled_points is not None:
            coords.append(scaled_points)
            codes.append(np.asarray(labels, dtype="float64"))
        if scaled_box is not None:
            coords.append(scaled_box)
            codes.append(np.array([2.0, 3.0]))
        else:  # SamPredictor pads the points with a "not a point" only when there is no box
            coords.append(np.zeros((1, 2)))
            codes.append(np.array([-1.0]))
        embedding = features["features"]
        inputs = {
            "image_embeddings": embedding.detach().cpu().float().numpy() if hasattr(embedding, "detach") else embedding,
            "point_coords": np.concatenate(coords)[None].astype(np.float32),
            "point_labels": np.concatenate(codes)[None].astype(np.float32),
            "mask_input": self._no_mask,
            "has_mask_input": np.zeros(1, dtype=np.float32),
        }
        scores, low_res = self.session.run(None, inputs)
        import torch

        scores = scores.reshape(-1)
        best = 1 + int(np.argmax(scores[1:])) if multimask else 0
        mask = self.adapter.masks_from_logits(torch.from_numpy(low_res[0, best : best + 1]), input_hw, valid_hw)[0]
        # Decoded.scores/logits list the outputs the torch decoder would return (3 multimask, else 1).
        outputs = slice(1, None) if multimask else slice(0, 1)
        return Decoded(mask[None], scores[outputs].astype(np.float32), torch.from_numpy(low_res[0, outputs]), [best - 1 if multimask else 0])

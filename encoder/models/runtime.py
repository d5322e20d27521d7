# SPDX-License-Identifier: GPL-2.0-or-later
"""The runtime shared by every model family: torch import, device and precision, the decoded-mask type and the
pieces of post-processing all adapters share. Imports no torch until a function needs it."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import numpy as np

from ..defaults import INTEL_GPU, OPENVINO_DEVICE_PREFIX, PRECISIONS
from ..errors import CheckpointError, DeviceError, MissingDependencyError
from .openvino_encoder import target_of


def import_torch():
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
    torch = import_torch()
    if torch.cuda.is_available():
        return "cuda"
    return "mps" if _mps_available(torch) else "cpu"


def resolve_device(device: str | None):
    """A torch.device for a user's choice (None: CUDA when there is a GPU), refused in one line when it cannot run here.
    An Intel GPU through OpenVINO (openvino:GPU) runs the image encoder there and the rest on the CPU: torch's cpu."""
    torch = import_torch()
    if target_of(device) is not None:
        from .openvino_encoder import check_target

        check_target(device)
        return torch.device("cpu")
    try:
        resolved = torch.device(device or default_device())
    except RuntimeError:
        raise DeviceError(f"Unknown device {device!r}: choose cpu, cuda, cuda:N or mps.") from None
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise DeviceError(f"Device {device} was asked for, but PyTorch sees no CUDA GPU on this machine: choose cpu (or leave the device automatic).")
    if resolved.type == "mps" and not _mps_available(torch):
        raise DeviceError("Device mps (Apple's GPU) was asked for, but this PyTorch cannot use it here (it needs Apple Silicon): choose cpu.")
    if resolved.type not in ("cpu", "cuda", "mps"):
        raise DeviceError(f"Device {device!r} is not supported: choose cpu, cuda, cuda:N, mps or {INTEL_GPU}.")
    return resolved


def describe_device(device) -> str:
    """What runs the model, for people: the CUDA GPU's name, an Intel GPU's (OpenVINO), or the CPU and its thread count."""
    target = target_of(device)
    if target is not None:
        from .openvino_encoder import device_name

        return f"Intel GPU {device_name(target)} (OpenVINO {OPENVINO_DEVICE_PREFIX}{target})"
    torch = import_torch()
    resolved = torch.device(device) if device is not None else torch.device(default_device())
    if resolved.type == "cuda":
        return f"CUDA GPU {torch.cuda.get_device_name(resolved)}"
    if resolved.type == "mps":
        return "Apple GPU (MPS)"
    return f"CPU, {torch.get_num_threads()} threads"


def check_precision(precision: str, device, target: str | None = None) -> str:
    """The compute precision, refused in one line where it cannot run on device (target: an OpenVINO GPU, whose
    image encoder computes in float32, float16 or int8)."""
    if precision not in PRECISIONS:
        raise DeviceError(f"Compute precision must be one of {', '.join(PRECISIONS)}, got {precision!r}.")
    if target is not None:
        from .openvino_encoder import GPU_PRECISIONS

        if precision not in GPU_PRECISIONS:
            raise DeviceError(f"An Intel GPU computes in {', '.join(GPU_PRECISIONS)} in OpenVINO (it has no {precision}): choose float16 or float32.")
        return precision
    if precision == "float16" and device.type != "cuda":
        raise DeviceError("float16 compute needs a CUDA GPU: on a CPU choose bfloat16 (fast on CPUs with AMX or AVX-512 BF16) or float32.")
    if precision == "bfloat16" and device.type == "cuda" and not import_torch().cuda.is_bf16_supported():
        raise DeviceError("This GPU has no native bfloat16 (that needs an Ampere or newer GPU): choose float16 or float32.")
    if precision == "int8" and device.type != "cpu":
        raise DeviceError(f"int8 runs on the CPU or an Intel GPU only (in OpenVINO): on the {device.type} device choose float16, bfloat16 or float32 (or choose the cpu device).")
    return precision


def compute(device, precision: str):
    """The context a torch image encoder runs in: none for float32 (and int8, which only OpenVINO runs), torch.autocast otherwise."""
    if precision in ("float32", "int8"):
        return contextlib.nullcontext()
    torch = import_torch()
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
    import_torch()  # a clear error when PyTorch is missing
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


def chosen_outputs(scores: np.ndarray, low_res, select_best: bool, keep) -> list[int]:
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


class CachedDensePE:
    """The prompt encoder's dense positional encoding is constant: computed once per adapter."""

    _pe = None

    def _dense_pe(self):
        if self._pe is None:
            self._pe = self.prompt_encoder.get_dense_pe()
        return self._pe


def load_strict(module, state: dict, path: str, part: str) -> None:
    try:
        module.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        raise CheckpointError(f"The {part} weights in {path} do not fit the model ({str(exc).splitlines()[0]}).") from None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The model families (SAM, SAM 2, SAM 3, the TinyViT family), one module each, behind one adapter interface.

`load_adapter` is the one way in: a ModelSpec (checkpoints.py recognises it from the checkpoint's tensors) gives the
family's adapter. Nothing here imports torch until a model is built.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checkpoints import ModelSpec


ENGINES = ("auto", "torch", "openvino")


def load_adapter(spec: ModelSpec, device: str | None = None, with_image_encoder: bool = True, fast_attention: bool = True, precision: str = "float32",
                 engine: str = "auto", calibration: list | None = None, gated: bool = True, notice=None):
    """The adapter for a spec; with_image_encoder=False loads only the prompt decoder (for queries).

    fast_attention=False runs the reference attention code bit for bit (SAM v1; SAM2 always uses its own).
    precision: what the image encoder computes in (PRECISIONS); the features come out as float32 whatever it is.
    engine: what runs the image encoder on a CPU: 'torch' (today's paths), 'openvino', or 'auto' (attach_openvino).
    calibration, gated, notice: see attach_openvino.
    """
    if engine not in ENGINES:
        from ..errors import DeviceError

        raise DeviceError(f"The engine must be one of {', '.join(ENGINES)}, got {engine!r}.")
    from .openvino_encoder import target_of

    target = target_of(device)
    asked = precision
    if target is not None:  # an Intel GPU in OpenVINO: the image encoder there, the rest on the CPU in float32
        from .runtime import check_precision, resolve_device

        check_precision(precision, resolve_device(device), target)
        device, precision, engine = "cpu", "float32", "openvino"
    if spec.model_type == "sam":
        from ..defaults import OPENVINO_FLOAT32
        from .openvino_encoder import available
        from .sam import SamAdapter

        # ONNX Runtime's TinyViT only where OpenVINO will not run it (no second export of the same encoder); a
        # decoder alone (a folder's queries) asks nothing of OpenVINO
        onnx = engine == "torch" or (engine == "auto" and not (with_image_encoder and spec.variant in OPENVINO_FLOAT32 and available()))
        adapter = SamAdapter(spec, device, with_image_encoder, fast_attention, precision, onnx=onnx)
    elif spec.model_type == "sam2":
        from .sam2 import Sam2Adapter

        adapter = Sam2Adapter(spec, device, with_image_encoder, fast_attention, precision)
    else:
        from .sam3 import Sam3Adapter

        adapter = Sam3Adapter(spec, device, with_image_encoder, fast_attention, precision)
    if with_image_encoder:
        if target is not None:
            adapter.precision, adapter.openvino_target = asked, target
        attach_openvino(adapter, engine, calibration, gated, notice)
    return adapter


def uses_openvino(adapter, engine: str) -> bool:
    """Whether OpenVINO should run this adapter's image encoder: only on a CPU; 'auto' for bfloat16 and int8 (torch's
    CPU paths do not deliver them: make bench), and for float32 where defaults.OPENVINO_FLOAT32 names the variant."""
    from ..defaults import OPENVINO_FLOAT32

    if getattr(adapter, "openvino_target", None):
        return True
    if engine == "torch" or adapter.device.type != "cpu":
        return False
    return engine == "openvino" or adapter.precision in ("bfloat16", "int8") or adapter.spec.variant in OPENVINO_FLOAT32


def check_gate(checkpoint: str, precision: str, device_type: str, target: str | None = None) -> None:
    """A CPU precision refused in one line where the accuracy gate says no for this checkpoint and CPU: bfloat16 where
    it failed, int8 unless it passed (encode/gate.py measures it). On an Intel GPU in OpenVINO (target) the same for
    float32 and float16 (where they failed) and int8. Nothing to check on a CUDA / Apple GPU or in CPU float32."""
    from ..defaults import OPENVINO_DEVICE_PREFIX
    from ..errors import DeviceError
    from . import openvino_encoder as ov

    checked = ov.GPU_PRECISIONS if target else ("bfloat16", "int8")
    if precision not in checked or (device_type != "cpu" and not target) or not ov.available():
        return
    record = ov.gate_record(checkpoint, target or "CPU").get(precision)
    name = os.path.basename(checkpoint)
    where = f"the Intel GPU {target}" if target else "this CPU"
    device = f" --device {OPENVINO_DEVICE_PREFIX}{target}" if target else ""
    if record is not None and not record.get("passed"):
        raise DeviceError(f"{precision} failed the accuracy gate for {name} on {where} ({record.get('reason', '')}): choose {'cpu' if target else 'float32'}.")
    if precision == "int8" and record is None:
        raise DeviceError(f"int8 has not been checked for {name} on {where}: run Measure (dock) or `python -m encoder measure {checkpoint}{device} --raster RASTER` first.")


def attach_openvino(adapter, engine: str = "auto", calibration: list | None = None, gated: bool = True, notice=None) -> None:
    """The adapter's image encoder compiled by OpenVINO (adapter.openvino), where uses_openvino says so.

    gated: bfloat16 is refused where the accuracy gate failed for this checkpoint and CPU, int8 unless it passed
    (encode/gate.py measures it; Measure runs it with gated=False). calibration: preprocessed chips for int8's first
    build. notice(text): one line on what happens (a conversion, a fallback). Where OpenVINO is missing or cannot
    convert the encoder, bfloat16 and float32 go on in torch (said in one line); int8 is refused."""
    from ..errors import DeviceError, GeoSamError
    from . import openvino_encoder as ov

    if not uses_openvino(adapter, engine):
        if adapter.precision == "int8":
            raise DeviceError("int8 runs in OpenVINO on a CPU only: choose the cpu device and the automatic engine, or float32 / bfloat16.")
        return
    say = notice or (lambda text: None)
    if not ov.available():
        if adapter.precision == "int8" or engine == "openvino":
            raise DeviceError(f"{adapter.precision} in OpenVINO needs the openvino package, which this runtime lacks: update GeoSAM's runtime, or choose float32.")
        say(f"OpenVINO is not installed in GeoSAM's runtime: {adapter.precision} runs in torch (slower; updating the runtime brings OpenVINO).")
        return
    checkpoint = adapter.spec.checkpoint_path
    target = getattr(adapter, "openvino_target", None)
    if gated:
        check_gate(checkpoint, adapter.precision, adapter.device.type, target)
    module, example = adapter.openvino_module()
    try:
        adapter.openvino = ov.compiled_encoder(module, example, checkpoint, adapter.spec.variant, adapter.precision, calibration, say, target or "CPU")
    except GeoSamError:
        raise
    except Exception as exc:  # a converter that cannot take this module: torch runs it, as before (not on a GPU asked for)
        if target:
            raise DeviceError(f"OpenVINO could not run the image encoder on the Intel GPU {target} ({str(exc).splitlines()[0][:200]}): choose cpu.") from None
        if adapter.precision == "int8":
            raise DeviceError(f"OpenVINO could not build int8 for {os.path.basename(checkpoint)} ({str(exc).splitlines()[0][:200]}): choose float32 or bfloat16.") from None
        say(f"OpenVINO could not convert the image encoder ({str(exc).splitlines()[0][:200]}): it runs in torch.")
        adapter.restore_torch_encoder()

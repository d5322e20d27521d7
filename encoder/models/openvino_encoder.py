# SPDX-License-Identifier: GPL-2.0-or-later
"""OpenVINO as the CPU engine of the image encoders (SAM's ViTs, TinyViT, SAM 2's Hiera, SAM 3's trunk).

OpenVINO (PyPI `openvino`, Intel's inference runtime; wheels for Windows x86_64, macOS arm64 and Linux x86_64 /
aarch64) compiles the converted encoder for the CPU at hand: float32 as torch computes it (about 1e-6 relative),
bfloat16 on CPUs with AVX-512 BF16 or AMX (`INFERENCE_PRECISION_HINT`), and int8 from NNCF's post-training
quantisation (`nncf.quantize`, model type TRANSFORMER: per-channel int8 weights, SmoothQuant on the matmuls,
LayerNorm / softmax left in float; calibrated on chips of the user's own raster). The converted model is kept on
disk (cache_folder(): one IR per checkpoint, model variant and input size; int8 its own): the conversion (seconds
for TinyViT, about a minute for ViT-B) happens once, later loads compile the saved IR in about a second. Whether a precision may be used is the accuracy gate's (encode/gate.py), remembered per checkpoint and
CPU (gate_record).

Intel GPUs (the integrated graphics of many Windows laptops, and Arc cards) are OpenVINO's `GPU` device: where
OpenVINO reports one (`Core().available_devices`: "GPU", or "GPU.0", "GPU.1" for several), the device
`openvino:GPU` runs the image encoder there (the prompt decoder stays on the CPU) in float32, float16 (the GPU
plugin's own default precision) or int8, each behind the accuracy gate like the CPU's reduced precisions. Without
such a device here, $GEOSAM_OPENVINO_GPU_STANDIN=1 makes the CPU plugin stand in for one (the tests' path).

Published figures for NNCF int8 on SAM's encoders (optimum-intel PR #1384): ViT-B mIoU 66.24 -> 65.80 at 1.38x,
ViT-L 59.60 -> 59.62 at 1.67x, ViT-H 70.95 -> 70.84 at 1.75x. Our own: `make bench STAGES=openvino`.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ..defaults import OPENVINO_DEVICE_PREFIX
from ..errors import DeviceError, MissingDependencyError

OPENVINO_CACHE_ENV = "GEOSAM_OPENVINO_CACHE"
# Set to 1: OpenVINO's CPU plugin stands in for an Intel GPU (`GPU`), where a machine has none (the tests).
GPU_STANDIN_ENV = "GEOSAM_OPENVINO_GPU_STANDIN"
# nncf is installed the first time int8 is built (it brings scikit-learn and friends, which nothing else needs).
NNCF = "nncf==3.4.0"
# INFERENCE_PRECISION_HINT per precision: int8's quantised layers run int8, the rest (LayerNorm, softmax) float32.
HINTS = {"float32": "f32", "bfloat16": "bf16", "int8": "f32", "float16": "f16"}
# What OpenVINO's GPU plugin computes in (it has no bfloat16: https://docs.openvino.ai, GPU device, "Supported
# inference data types": f32, f16, u8 / i8 quantised).
GPU_PRECISIONS = ("float32", "float16", "int8")
# Chips of the user's raster that calibrate int8 (NNCF's subset size).
CALIBRATION_CHIPS = 8


def available() -> bool:
    """Whether the runtime's OpenVINO imports (a broken or partial install counts as missing)."""
    try:
        import openvino  # noqa: F401
    except ImportError:
        return False
    return True


def cache_folder() -> Path:
    """Where converted encoders live: $GEOSAM_OPENVINO_CACHE, else `openvino` beside the models folder."""
    if os.environ.get(OPENVINO_CACHE_ENV):
        return Path(os.environ[OPENVINO_CACHE_ENV])
    from .catalogue import default_models_dir

    return default_models_dir().parent / "openvino"


def checkpoint_key(path: str | os.PathLike) -> str:
    """A checkpoint's identity for the cache: its name, size, modification time and first and last MiB. A file
    replaced by another (a new download, a fine-tuned model saved over it) converts again."""
    path = Path(path)
    stat = path.stat()
    digest = hashlib.sha256(f"{path.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    with open(path, "rb") as handle:
        digest.update(handle.read(1 << 20))
        handle.seek(max(stat.st_size - (1 << 20), 0))
        digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def cpu_name() -> str:
    """The CPU as OpenVINO names it (the gate's results are per CPU: bfloat16 and int8 kernels differ between them);
    asked once a process (each answer made an OpenVINO Core)."""
    import openvino as ov

    return str(ov.Core().get_property("CPU", "FULL_DEVICE_NAME"))


def target_of(device) -> str | None:
    """The OpenVINO device a device choice names ("openvino:GPU" -> "GPU"), or None for a torch device."""
    text = str(device or "")
    if not text.startswith(OPENVINO_DEVICE_PREFIX):
        return None
    return text[len(OPENVINO_DEVICE_PREFIX):] or "GPU"


def _standing_in() -> bool:
    return os.environ.get(GPU_STANDIN_ENV) == "1"


@functools.lru_cache(maxsize=1)
def _gpu_devices() -> tuple:
    import openvino as ov

    try:
        core = ov.Core()
        return tuple((name, str(core.get_property(name, "FULL_DEVICE_NAME"))) for name in core.available_devices if name.startswith("GPU"))
    except Exception:  # a GPU plugin that cannot start (a broken driver): no Intel GPU, the CPU goes on
        return ()


def gpu_devices() -> dict:
    """OpenVINO's Intel GPUs on this machine, {device choice: its name} ({"openvino:GPU": "Intel(R) Iris(R) Xe
    Graphics (iGPU)"}); none without OpenVINO. The CPU plugin's stand-in where $GEOSAM_OPENVINO_GPU_STANDIN=1."""
    if not available():
        return {}
    if _standing_in():
        return {f"{OPENVINO_DEVICE_PREFIX}GPU": f"{cpu_name()} standing in for an Intel GPU"}
    return {f"{OPENVINO_DEVICE_PREFIX}{name}": full for name, full in _gpu_devices()}


def _gpu_name(target: str) -> str | None:
    """An Intel GPU's name, or None where OpenVINO has no such device. "GPU" is OpenVINO's own alias of the first
    GPU ("GPU.0" where there are several: docs.openvino.ai, GPU device, "Device Naming Convention")."""
    devices = gpu_devices()
    if f"{OPENVINO_DEVICE_PREFIX}{target}" in devices:
        return devices[f"{OPENVINO_DEVICE_PREFIX}{target}"]
    return next(iter(devices.values())) if target == "GPU" and devices else None


def check_target(device: str) -> str:
    """An OpenVINO device choice that this machine has, refused in one line otherwise; its OpenVINO device name."""
    target = target_of(device)
    if not available():
        raise DeviceError(f"Device {device} runs in OpenVINO, which this runtime lacks: update GeoSAM's runtime, or choose cpu.")
    if _gpu_name(target) is None:
        found = ", ".join(gpu_devices()) or "none"
        raise DeviceError(f"OpenVINO reports no device {target} here (Intel GPUs found: {found}): update the Intel graphics driver, or choose cpu.")
    return target


def device_name(target: str = "CPU") -> str:
    """The name of an OpenVINO device (the gate's results are per device: its kernels decide the arithmetic; "GPU"
    and "GPU.0" are the same one)."""
    if target == "CPU":
        return cpu_name()
    return _gpu_name(target) or target


def ir_path(checkpoint: str, tag: str, size: int, precision: str) -> Path:
    """The converted encoder of a checkpoint: float32 IR for float32 and bfloat16 (the hint picks the arithmetic),
    its int8 quantisation apart."""
    kind = "int8" if precision == "int8" else "float32"
    return cache_folder() / f"{Path(checkpoint).stem}-{checkpoint_key(checkpoint)}-{tag}-{size}-{kind}.xml"


class OpenVinoEncoder:
    """A compiled encoder called like the torch module it came from: (N, 3, S, S) -> a tensor, or a tuple of them
    for several outputs (SAM 2's feature levels). One chip at a time through a static (1, 3, S, S) shape."""

    def __init__(self, core, compiled, precision: str, path: Path, converted: bool) -> None:
        self.core = core  # the Core outlives what it compiled (a compiled model whose Core is gone can crash in infer)
        self.compiled = compiled
        self.request = compiled.create_infer_request()
        self.precision = precision
        self.path = path
        self.converted = converted  # made now (False: read from the cache)
        self.outputs = len(compiled.outputs)

    def __call__(self, x):
        import torch

        rows = []
        for i in range(x.shape[0]):
            result = self.request.infer({0: x[i : i + 1].detach().float().cpu().numpy()})
            rows.append([torch.from_numpy(result[output].copy()) for output in self.compiled.outputs])
        outputs = [torch.cat([row[k] for row in rows]) for k in range(self.outputs)]
        return outputs[0] if self.outputs == 1 else tuple(outputs)


def _save_atomic(model, path: Path) -> None:
    """IR files (.xml and .bin) written in a temporary folder, then moved: the .xml last, so its presence means whole."""
    import openvino as ov

    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".converting-") as tmp:
        staged = Path(tmp) / path.name
        ov.save_model(model, str(staged), compress_to_fp16=False)
        os.replace(staged.with_suffix(".bin"), path.with_suffix(".bin"))
        os.replace(staged, path)


def convert(module, example, path: Path, notice=None):
    """The torch module as an OpenVINO model saved at path (traced with the example input, gradients off)."""
    import warnings

    import openvino as ov
    import torch

    if notice:
        notice(f"Converting the image encoder for OpenVINO (once; kept in {path.parent})")
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on Python-side shape arithmetic
        model = ov.convert_model(module, example_input=example)
    model.reshape({model.inputs[0]: list(example.shape)})
    _save_atomic(model, path)
    return model


def ensure_nncf(notice=None) -> None:
    """NNCF in the runtime, installed by the runtime's own pip the first time int8 is built; one line if it fails."""
    if importlib.util.find_spec("nncf") is not None:
        return
    if notice:
        notice(f"Installing {NNCF} into GeoSAM's runtime for int8 (once)")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q", NNCF], capture_output=True, text=True)
    importlib.invalidate_caches()
    if done.returncode != 0 or importlib.util.find_spec("nncf") is None:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise MissingDependencyError(f"int8 needs {NNCF}, which pip could not install ({last}): float32 and bfloat16 remain; check the network or proxy and Measure again.")


def quantize(float_model, calibration: list, path: Path, notice=None):
    """NNCF's post-training int8 of the float32 encoder, calibrated on preprocessed chips ((1, 3, S, S) each)."""
    ensure_nncf(notice)
    import logging

    import nncf

    if notice:
        notice(f"Calibrating int8 on {len(calibration)} chips of your raster (once)")
    logging.getLogger("nncf").setLevel(logging.ERROR)
    dataset = nncf.Dataset([c.detach().float().cpu().numpy() for c in calibration])
    model = nncf.quantize(float_model, dataset, model_type=nncf.ModelType.TRANSFORMER, subset_size=len(calibration))
    _save_atomic(model, path)
    return model


def compiled_encoder(module, example, checkpoint: str, tag: str, precision: str, calibration: list | None = None, notice=None,
                     target: str = "CPU") -> OpenVinoEncoder:
    """The encoder compiled by OpenVINO for the CPU (or target: an Intel GPU, "GPU") in precision, converted (and for
    int8 quantised) on first use; the same IR serves every device.

    int8 needs calibration chips the first time for this checkpoint; afterwards the cached IR is read."""
    import openvino as ov
    import torch

    size = int(example.shape[-1])
    path = ir_path(checkpoint, tag, size, precision)
    converted = not path.exists()
    # No CACHE_DIR (OpenVINO's compiled-model cache): with it, the first inference after a compile crashed now and
    # then here (2026.4.1, CPU; openvinotoolkit/openvino#29736 reports the like, and optimum-intel PR #164 turned it
    # off on CPUs). The saved IR is the cache: compiling it takes about a second, even for ViT-B.
    core = ov.Core()
    if converted:
        float_path = ir_path(checkpoint, tag, size, "float32")
        model = core.read_model(str(float_path)) if float_path.exists() else convert(module, example, float_path, notice)
        if precision == "int8":
            if not calibration:
                raise DeviceError("int8 is calibrated on your imagery first: run Measure (dock) or `python -m encoder measure --raster` with this checkpoint.")
            quantize(model, calibration, path, notice)
    on_cpu = target == "CPU" or _standing_in()
    config = {"INFERENCE_PRECISION_HINT": HINTS[precision], **({"INFERENCE_NUM_THREADS": torch.get_num_threads()} if on_cpu else {})}
    return OpenVinoEncoder(core, core.compile_model(str(path), "CPU" if on_cpu else target, config), precision, path, converted)


def gate_file() -> Path:
    return cache_folder() / "gate.json"


def _gate_records() -> dict:
    """Every gate result kept here ({} where none is, or the file is unreadable)."""
    try:
        return json.loads(gate_file().read_text())
    except (OSError, ValueError):
        return {}


def _gate_key(checkpoint: str, target: str = "CPU") -> str:
    return f"{checkpoint_key(checkpoint)}|{device_name(target)}"


def gate_record(checkpoint: str, target: str = "CPU") -> dict:
    """What the accuracy gate found for this checkpoint on this CPU (or OpenVINO device target):
    {precision: {'passed', 'median', 'worst', ...}}."""
    return _gate_records().get(_gate_key(checkpoint, target), {})


def remember_gate(checkpoint: str, results: dict, target: str = "CPU") -> None:
    """The gate's results for this checkpoint and CPU (or OpenVINO device) kept (atomically) beside the converted encoders."""
    from ..files import atomic_write_text

    records = _gate_records()
    key = _gate_key(checkpoint, target)
    records[key] = {**records.get(key, {}), **results}
    gate_file().parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(gate_file(), json.dumps(records, indent=1))

# SPDX-License-Identifier: GPL-2.0-or-later
"""Measure: each precision's speed, and the accuracy gate that decides whether a reduced precision may be used.

The gate is measured where it is used: on the user's checkpoint and a few chips of the user's raster, masks from
bfloat16 / int8 features are compared with masks from float32 features (today's path, the reference's arithmetic)
at sampled prompts, points and boxes, as a click and a drawn box decode them. It passes when the IoU's median is
>= defaults.GATE_MEDIAN_IOU and its worst >= defaults.GATE_WORST_IOU; the result is kept per checkpoint and CPU
(models/openvino_encoder.remember_gate) and load_adapter refuses a precision that failed (int8: that has not passed).
int8 is calibrated on other chips of the same raster (NNCF, once per checkpoint); a raster of GATE_CHIPS chips or
fewer has no others, and its chips serve both.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

import numpy as np

from .. import defaults
from ..errors import GeoSamError, OperationCancelled, RasterError

GATE_CHIPS = 3  # chips whose masks are compared
PROMPTS_PER_CHIP = 8  # half single clicks, half boxes


@dataclass
class PrecisionReport:
    """What Measure found: seconds per chip, engine and, where a raster was given, the gate per precision."""

    variant: str
    device: str
    chip_size: int
    seconds: dict = field(default_factory=dict)
    refused: dict = field(default_factory=dict)
    engines: dict = field(default_factory=dict)
    accuracy: dict = field(default_factory=dict)
    devices: dict = field(default_factory=dict)  # {"openvino:GPU": an Intel GPU's report, as a dict} (measured on the CPU)


def sample_chips(raster: str, chip_size: int, count: int) -> list[np.ndarray]:
    """Up to count chips ((h, w, 3) uint8, as an encode reads them) spread over the raster's grid, the mostly empty
    ones (under half valid pixels) left out."""
    from .grid import chip_grid
    from .tiles import open_dataset

    dataset = open_dataset(raster)
    chips = chip_grid(dataset.width, dataset.height, chip_size, chip_size)
    value_range = dataset.compute_value_range()
    images = []
    with dataset.open() as reader:
        for index in np.unique(np.linspace(0, len(chips) - 1, num=min(len(chips), 4 * count)).round().astype(int)):
            pixels = dataset.read_chip(reader, chips[index].window, value_range)
            if pixels.valid.mean() >= 0.5:
                images.append(pixels.image)
    if not images:
        raise RasterError(f"{raster} has no chip with data to measure on: choose a raster with imagery.")
    picked = np.linspace(0, len(images) - 1, num=min(count, len(images))).round().astype(int)
    return [images[i] for i in dict.fromkeys(picked)]


def sampled_prompts(valid_hw: tuple[int, int], rng) -> list[dict]:
    """Single positive clicks and boxes (5 % to 40 % of the chip's side) at random places of the chip's pixels."""
    h, w = valid_hw
    prompts = []
    for i in range(PROMPTS_PER_CHIP):
        if i % 2 == 0:
            point = np.array([[rng.uniform(0, w), rng.uniform(0, h)]])
            prompts.append({"points": point, "labels": np.array([1]), "box": None, "multimask": True})
        else:
            bw, bh = rng.uniform(0.05, 0.4) * w, rng.uniform(0.05, 0.4) * h
            x0, y0 = rng.uniform(0, w - bw), rng.uniform(0, h - bh)
            prompts.append({"points": None, "labels": None, "box": np.array([x0, y0, x0 + bw, y0 + bh]), "multimask": False})
    return prompts


def mask_ious(decoder, reference: list, candidate: list, images: list, chip_size: int) -> list[float]:
    """IoU of the mask each sampled prompt gives on candidate features against the one on reference features (the same
    decoder); prompts whose reference mask is empty are left out (nothing to compare)."""
    rng = np.random.default_rng(0)
    ious = []
    for ref, cand, image in zip(reference, candidate, images):
        hw = image.shape[:2]
        for prompt in sampled_prompts(hw, rng):
            a = decoder.decode(ref, hw, chip_size, prompt["points"], prompt["labels"], prompt["box"], prompt["multimask"], select_best=True)
            b = decoder.decode(cand, hw, chip_size, prompt["points"], prompt["labels"], prompt["box"], prompt["multimask"], select_best=True)
            ma, mb = a.masks[0], b.masks[0]
            if ma.any():
                ious.append(float((ma & mb).sum() / (ma | mb).sum()))
    return ious


def gate(ious: list[float]) -> dict:
    """The gate's verdict on a list of IoUs, with the reason in words where it fails."""
    if not ious:
        return {"passed": False, "median": None, "worst": None, "prompts": 0, "reason": "no sampled prompt found an object to compare"}
    median, worst = float(np.median(ious)), float(np.min(ious))
    passed = median >= defaults.GATE_MEDIAN_IOU and worst >= defaults.GATE_WORST_IOU
    reason = "" if passed else (f"masks against float32: IoU median {median:.3f} (needs {defaults.GATE_MEDIAN_IOU}), worst {worst:.3f} "
                                f"(needs {defaults.GATE_WORST_IOU}) over {len(ious)} prompts")
    return {"passed": passed, "median": median, "worst": worst, "prompts": len(ious), "reason": reason}


def _seconds_per_chip(adapter, image, chip_size: int) -> float:
    adapter.encode([image], chip_size)  # warm-up: first-call allocations, the kernels' choice
    started = time.perf_counter()
    adapter.encode([image], chip_size)
    return time.perf_counter() - started


def measure(checkpoint: str, device: str | None = None, precisions: list | None = None, raster: str | None = None,
            progress=None, cancelled=None, notice=None) -> PrecisionReport:
    """Seconds per chip of the checkpoint's image encoder in each precision on this machine (one chip of the model's
    size after a warm-up; random pixels where no raster is given: the time does not depend on them), and with a
    raster the accuracy gate for each reduced precision, remembered per checkpoint and CPU. A precision the device
    cannot run is reported in `refused` with its one-line reason. On the CPU, each Intel GPU that OpenVINO reports
    is measured too (report.devices: its float32, float16 and int8, every one gated against the CPU's float32).
    progress(percent), cancelled() and notice(text) are the caller's (the worker's job, the CLI's bar)."""
    from ..models import openvino_encoder as ov
    from ..models.checkpoints import create_model_spec_from_checkpoint
    from ..models.runtime import resolve_device

    spec = create_model_spec_from_checkpoint(checkpoint)
    resolved = resolve_device(device or None)
    size = spec.native_chip_size
    images = sample_chips(raster, size, GATE_CHIPS + ov.CALIBRATION_CHIPS) if raster else [np.random.default_rng(0).integers(0, 256, (size, size, 3), dtype=np.uint8)]
    on_intel_gpu = ov.target_of(device) is not None
    gpus = list(ov.gpu_devices()) if resolved.type == "cpu" and not on_intel_gpu and not precisions else []
    parts = 1 + len(gpus)

    def part(k: int):
        return (lambda percent: progress((k + percent / 100.0) * 100.0 / parts)) if progress else None

    reference = None
    if on_intel_gpu and raster:  # an Intel GPU measured on its own: still held to the CPU's float32
        reference = _measure_device(spec, "cpu", ["float32"], images, True, None, None, cancelled, notice)[1]
    report, reference = _measure_device(spec, device, precisions, images, bool(raster), reference, part(0), cancelled, notice)
    for k, gpu in enumerate(gpus, start=1):  # the CPU's float32 features are the reference on the GPU too
        try:
            report.devices[gpu] = asdict(_measure_device(spec, gpu, None, images, bool(raster), reference, part(k), cancelled, notice)[0])
        except OperationCancelled:
            raise
        except Exception as exc:  # a GPU's driver or plugin that fails: that GPU is reported so, the CPU's figures stand
            failed = PrecisionReport(spec.variant, gpu, size, refused={"float32": f"OpenVINO failed on {gpu}: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}"})
            report.devices[gpu] = asdict(failed)
    if progress:
        progress(100.0)
    return report


def _measure_device(spec, device, precisions, images, gated: bool, reference, progress, cancelled, notice) -> tuple[PrecisionReport, tuple | None]:
    """One device's precisions, timed and (gated) held to the float32 reference: its own float32, or the one given
    ((decoder, features): the CPU's, for an Intel GPU). Returns the report and (decoder, float32 features)."""
    from ..models import load_adapter
    from ..models import openvino_encoder as ov
    from ..models.runtime import describe_device, resolve_device

    resolved, target = resolve_device(device or None), ov.target_of(device)
    size = spec.native_chip_size
    default = ov.GPU_PRECISIONS if target else (["float32", "bfloat16", "int8"] if resolved.type == "cpu" else ["float32", "bfloat16", "float16"])
    wanted = list(precisions or default)
    if "float32" not in wanted:
        wanted.insert(0, "float32")  # the reference every other precision is held to
    report = PrecisionReport(spec.variant, describe_device(device), size)
    gate_images, calibration_images = images[:GATE_CHIPS], images[GATE_CHIPS:] or images
    for i, precision in enumerate(wanted):
        if progress:
            progress(100.0 * i / len(wanted))
        if cancelled and cancelled():
            raise OperationCancelled("Measuring was cancelled.")
        try:
            calibration = None
            if precision == "int8" and gated and reference is not None:
                calibration = [reference[0].preprocess([image], size) for image in calibration_images]
            adapter = load_adapter(spec, device if target else str(resolved), precision=precision, calibration=calibration, gated=False, notice=notice)
        except GeoSamError as exc:  # that precision only (a device that cannot, nncf that pip could not install, ...)
            report.refused[precision] = str(exc)
            continue
        report.engines[precision] = "openvino" if getattr(adapter, "openvino", None) is not None else "torch"
        report.seconds[precision] = _seconds_per_chip(adapter, images[0], size)
        if gated:
            features = [adapter.encode([image], size)[0] for image in gate_images]  # one chip at a time, as an encode by default
            if reference is None and precision == "float32":
                reference = (adapter, features)
            elif reference is not None:
                report.accuracy[precision] = gate(mask_ious(reference[0], reference[1], features, gate_images, size))
        adapter = None
    if report.accuracy and resolved.type == "cpu" and ov.available():
        ov.remember_gate(spec.checkpoint_path, report.accuracy, target or "CPU")
    return report, reference

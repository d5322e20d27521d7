# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 19: where an encoder's time goes on this CPU: ViT-B (ours), SAM 3's ViT trunk and TinyViT in ONNX Runtime,
split by kind of operation, beside this CPU's own float32 matrix-product rate.

The split says what a float32 goal can reach: time spent in the linear layers' matrix products, already at the
CPU's rate, can only shrink with fewer operations or a lower precision."""

from __future__ import annotations

import collections
import json
import statistics
import time
from pathlib import Path

from .common import row, timed

# torch's operators by kind (self time; a linear layer is addmm, a batched product bmm).
KINDS = {
    "addmm": "linear layers (matrix products)", "mm": "linear layers (matrix products)", "bmm": "other matrix products",
    "_scaled_dot_product_flash_attention_for_cpu": "fused attention", "copy_": "memory copies (permutes, windows)",
    "gelu": "GELU", "native_layer_norm": "LayerNorm", "mkldnn_convolution": "convolutions (patch embedding, neck)",
}


def gemm_rate(tokens: int, width: int, out: int) -> float:
    """This CPU's float32 rate in torch's linear layer at one shape (GFLOP/s, best of 5)."""
    import torch
    import torch.nn.functional as F

    x, w = torch.randn(tokens, width), torch.randn(out, width)
    F.linear(x, w)
    best = min(timed(lambda: F.linear(x, w), 5))
    return 2 * tokens * width * out / best / 1e9


def torch_split(module, x) -> tuple[float, dict[str, float], float, str]:
    """One forward after a warm-up: (wall seconds, self seconds by kind, GFLOP in the linear layers, the largest
    operators of the kind "other")."""
    import torch
    from torch.profiler import ProfilerActivity, profile

    with torch.inference_mode():
        module(x)
        with profile(activities=[ProfilerActivity.CPU], with_flops=True) as prof:
            wall = timed(lambda: module(x), 1)[0]
    kinds: dict[str, float] = collections.Counter()
    others: dict[str, float] = collections.Counter()
    linear_flops = 0.0
    for event in prof.key_averages():
        name = event.key.removeprefix("aten::")
        if not event.key.startswith("aten::"):
            continue
        kind = KINDS.get(name, "other")
        kinds[kind] += event.self_cpu_time_total / 1e6
        if kind == "other":
            others[name] += event.self_cpu_time_total / 1e6
        if name in ("addmm", "mm"):
            linear_flops += (event.flops or 0) / 1e9
    largest = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in sorted(others.items(), key=lambda kv: -kv[1])[:3])
    return wall, dict(kinds), linear_flops, largest


def report(label: str, wall: float, kinds: dict[str, float], linear_gflop: float, rate: float, others: str) -> None:
    total = sum(kinds.values()) or wall
    for kind, seconds in sorted(kinds.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.01 * total:
            row("19 profile", f"{label}: {kind}", seconds, unit="s", target=f"{100 * seconds / total:.0f} % of the time" + (f" ({others})" if kind == "other" else ""))
    linear = kinds.get("linear layers (matrix products)", 0.0)
    if linear and linear_gflop:
        row("19 profile", f"{label}: linear layers' rate / this CPU's matrix-product rate", linear_gflop / linear, rate, "GF/s",
            "1.0 = the linear layers already run at the CPU's rate")


def bench_profile(work: Path) -> None:
    import torch
    from segment_anything.build_sam import _build_sam

    from encoder.models.fast_attention import fuse_sam_attention

    print("19. Where the time goes: ViT-B, SAM 3's trunk, TinyViT (profiled on this CPU)")
    rate = statistics.median([gemm_rate(4096, 768, 3072), gemm_rate(4096, 3072, 768), gemm_rate(5184, 1024, 4736)])
    row("19 profile", "this CPU's float32 matrix-product rate in torch (ViT-B's and SAM 3's MLP shapes)", rate, unit="GF/s")
    torch.manual_seed(0)
    vit_b = _build_sam(768, 12, 12, [2, 5, 8, 11], checkpoint=None).image_encoder.eval()
    fuse_sam_attention(vit_b)
    wall, kinds, gflop, others = torch_split(vit_b, torch.randn(1, 3, 1024, 1024))
    row("19 profile", "ViT-B, ours: one 1024 px chip, profiled", wall, unit="s")
    report("ViT-B", wall, kinds, gflop, rate, others)
    vit_b = None
    try:
        from encoder.models.checkpoints import OFFICIAL_SAM3
        from encoder.models.sam3 import build_trunk

        trunk = build_trunk(OFFICIAL_SAM3).eval()  # the official sizes, as the encoder builds it
    except Exception as exc:  # noqa: BLE001
        row("19 profile", "SAM 3 trunk", "not measured", target=f"sam3 is not installed ({exc})")
    else:
        wall, kinds, gflop, others = torch_split(trunk, torch.randn(1, 3, 1008, 1008))
        row("19 profile", "SAM 3's ViT trunk (sam3's own code, the official sizes): one 1008 px chip, profiled", wall, unit="s")
        report("SAM 3 trunk", wall, kinds, gflop, rate, others)
        total = sum(kinds.values())
        share = kinds.get("linear layers (matrix products)", 0.0) / total
        # Not a goal of its own: the bound on issue 28's SAM 3 goal. The trunk is Sam3Processor's own code, so while
        # this share is 0.6 or more, 0.6x its set_image in float32 would need the other operations to take no time.
        row("19 profile", "SAM 3 trunk: the linear layers' share of Sam3Processor's own trunk", share, unit="",
            target="the float32 goal (<= 0.6x) is out of reach of faster code while this is >= 0.6")
        trunk = None
    _tinyvit_split(work)


def _tinyvit_split(work: Path) -> None:
    """MobileSAM's TinyViT as ONNX Runtime runs it (the CPU default), by ONNX operator, from ORT's own profiler."""
    import torch

    from encoder.models.fast_decoder import onnxruntime_available
    from encoder.models.tinyvit import build_tinyvit, export_onnx

    if not onnxruntime_available():
        row("19 profile", "TinyViT in ONNX Runtime", "not measured", target="onnxruntime is not installed")
        return
    import onnxruntime as ort

    x = torch.zeros(1, 3, 1024, 1024)
    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    options.enable_profiling = True
    options.profile_file_prefix = str(work / "tinyvit_profile")
    options.log_severity_level = 3
    session = ort.InferenceSession(export_onnx(build_tinyvit("mobile_sam").eval(), 1024), options, providers=["CPUExecutionProvider"])
    runs = 3
    session.run(None, {"x": x.numpy()})  # the first run plans memory: not counted
    start = time.perf_counter()
    for _ in range(runs):
        session.run(None, {"x": x.numpy()})
    wall = (time.perf_counter() - start) / runs
    events = json.loads(Path(session.end_profiling()).read_text())
    per_op: dict[str, float] = collections.Counter()
    for event in events:  # every run's node events, the warm-up run's too: runs + 1 in all
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            per_op[event["args"]["op_name"]] += event["dur"] / 1e6 / (runs + 1)
    row("19 profile", "MobileSAM TinyViT in ONNX Runtime: one 1024 px chip", wall, unit="s")
    total = sum(per_op.values())
    for op, seconds in sorted(per_op.items(), key=lambda kv: -kv[1])[:5]:
        row("19 profile", f"TinyViT: ONNX {op}", seconds, unit="s", target=f"{100 * seconds / total:.0f} % of the time")

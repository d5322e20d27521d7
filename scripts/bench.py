# SPDX-License-Identifier: GPL-2.0-or-later
"""make bench: speed, memory and disk figures, each next to its reference measured in the same run.

This is the driver; each stage is a module of scripts/benchmarks/.
Medians over repeated runs (these machines are noisy). Writes bench_out/bench.json and bench_out/bench.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from benchmarks.clicks import bench_clicks  # noqa: E402  (scripts/ is on sys.path above)
from benchmarks.common import ROWS, row  # noqa: E402
from benchmarks.dask_scaling import bench_dask_scaling  # noqa: E402
from benchmarks.disk import bench_sam2_disk  # noqa: E402
from benchmarks.distributed import bench_distributed  # noqa: E402
from benchmarks.encoding import bench_encoding, bench_throughput  # noqa: E402
from benchmarks.follow import bench_follow  # noqa: E402
from benchmarks.gui import bench_gui  # noqa: E402
from benchmarks.install import bench_download, bench_install, bench_runtime_offline  # noqa: E402
from benchmarks.memory import bench_memory, bench_vit_h  # noqa: E402
from benchmarks.openvino import bench_openvino  # noqa: E402
from benchmarks.outlines import bench_outlines  # noqa: E402
from benchmarks.precision import bench_precision  # noqa: E402
from benchmarks.profile import bench_profile  # noqa: E402
from benchmarks.sam3 import bench_sam3  # noqa: E402
from benchmarks.start import bench_plugin_start  # noqa: E402
from benchmarks.tinyvit import bench_tinyvit  # noqa: E402
from benchmarks.view import bench_view  # noqa: E402
from benchmarks.worker import bench_worker  # noqa: E402
from benchmarks.xyz import bench_xyz  # noqa: E402

from encoder.hardware import cpu_matrix_flags, cpu_model  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="bench_out")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=200)
    parser.add_argument("--big", type=int, default=20000, help="side of the large raster for the memory figure")
    parser.add_argument("--quick", action="store_true", help="skip the slow ViT-H and 20000 px figures")
    parser.add_argument("--stages", default="encode,throughput,clicks,disk,memory,vith,precision,start,install,download,distributed,tinyvit,sam3,worker,openvino,view,xyz,dask,profile,gui,outlines,follow", help="comma-separated stages to run")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    import torch

    machine = f"{platform.node()} {platform.processor() or platform.machine()}, {os.cpu_count()} cores, torch {torch.__version__} ({torch.get_num_threads()} threads), no GPU" if not torch.cuda.is_available() else f"GPU {torch.cuda.get_device_name()}"
    cpu = f"CPU {cpu_model()}; matrix instructions: {', '.join(cpu_matrix_flags()) or 'none of AMX, AVX-512 BF16 / VNNI, AVX2'}"
    print(f"GeoSAM benchmark on {machine}\n{cpu}")
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="geosam-bench-") as tmp:
        work = Path(tmp)
        stages = set(args.stages.split(","))
        if args.quick:
            stages -= {"memory", "vith", "sam3", "profile"}
        if stages & {"encode", "throughput", "precision", "tinyvit"}:
            ckpt = bench_encoding(work, args.repeat)
            if "throughput" in stages:
                bench_throughput(work, ckpt)
        if "clicks" in stages:
            bench_clicks(work, args.clicks)
        if "disk" in stages:
            from encoder.models.tiny import make_sam2_checkpoint

            if not (work / "sam2.1_hiera_tiny.pt").exists():
                make_sam2_checkpoint(work / "sam2.1_hiera_tiny.pt")
            bench_sam2_disk(work)
        if "memory" in stages:
            bench_memory(work, args.big)
        if "vith" in stages:
            bench_vit_h(work)
        if "precision" in stages:
            bench_precision(work, args.repeat, ckpt)
        if "openvino" in stages:
            bench_openvino(work, args.repeat)
        if "view" in stages:
            bench_view(work, args.big)
        if "xyz" in stages:
            bench_xyz(work)
        if "dask" in stages:
            bench_dask_scaling(work)
        if "profile" in stages:
            bench_profile(work)
        if "start" in stages:
            bench_plugin_start(work, args.repeat)
        if "install" in stages:
            bench_install()
        if "download" in stages:
            bench_download(work)
        if "offline" in stages:  # several GB of wheels and a second runtime: only when asked (STAGES=offline)
            bench_runtime_offline(work)
        if "distributed" in stages:
            bench_distributed(work)
        if "tinyvit" in stages:
            bench_tinyvit(work, args.repeat, ckpt)
        if "sam3" in stages:
            bench_sam3(work)
        if "worker" in stages:
            bench_worker(work)
        if "gui" in stages:
            bench_gui(work)
        if "outlines" in stages:
            bench_outlines(work)
        if "follow" in stages:
            bench_follow(work)
    if not torch.cuda.is_available():
        row("7 gpu", "GPU batched fp16/bf16 encoding", "not measured", unit="", target="no GPU on this machine: the same path measured on the CPU above")
    report = {"machine": machine, "cpu": cpu, "date": time.strftime("%Y-%m-%d %H:%M"), "seconds": round(time.time() - started), "rows": ROWS}
    (out / "bench.json").write_text(json.dumps(report, indent=1))
    lines = [f"Benchmark on {machine}, {report['date']} ({report['seconds']} s). Medians; ratio = value / reference.", "", cpu + ".", "", "| goal | figure | value | reference | ratio | target | |", "|---|---|---|---|---|---|---|"]
    for r in ROWS:
        v = f"{r['value']:.4g}" if isinstance(r["value"], float) else str(r["value"])
        ref = f"{r['reference']:.4g}" if isinstance(r["reference"], float) else ("" if r["reference"] is None else str(r["reference"]))
        ratio = f"{r['ratio']:.3f}" if r["ratio"] else ""
        met = "" if r["met"] is None else ("met" if r["met"] else "NOT met")
        lines.append(f"| {r['goal']} | {r['figure']} | {v} {r['unit']} | {ref} | {ratio} | {r['target']} | {met} |")
    (out / "bench.md").write_text("\n".join(lines) + "\n")
    print(f"\nwrote {out / 'bench.json'} and {out / 'bench.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 8: the installer's torch choice per machine, a model download from 127.0.0.1, and GeoSAM's runtime built
from a local folder of wheels (offline) through the installer's own code."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import ROOT, row


def bench_install() -> None:
    """The torch build and download size the installer chooses for each simulated machine (no download)."""
    sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "install"))
    from python_env import choose_torch, parse_driver_cuda

    print("8. Installer: torch build chosen per machine")
    machines = [
        ("Windows, NVIDIA driver CUDA 12.6", "Windows", "AMD64", "CUDA Version: 12.6"),
        ("Windows, no NVIDIA GPU", "Windows", "AMD64", None),
        ("Linux, NVIDIA driver CUDA 13.0", "Linux", "x86_64", "CUDA Version: 13.0"),
        ("Linux, no NVIDIA GPU", "Linux", "x86_64", None),
        ("Linux, NVIDIA driver too old (CUDA 11.0)", "Linux", "x86_64", "CUDA Version: 11.0"),
        ("macOS, Apple Silicon", "Darwin", "arm64", None),
        ("macOS, Intel", "Darwin", "x86_64", None),
    ]
    for label, system, machine, smi in machines:
        choice = choose_torch(system, machine, parse_driver_cuda(smi) if smi else None)
        row("8 install", f"{label}: torch {choice.build} ({choice.tag or 'PyPI'})", choice.download_mb, unit="MB", target="CUDA only with an NVIDIA driver")


def bench_download(work: Path, size_mb: int = 100) -> None:
    """Download + verify a file from a real HTTP server on 127.0.0.1, against curl on the same file."""
    import hashlib
    import shutil

    sys.path.insert(0, str(ROOT / "tests"))
    from model_server import ModelServer

    from encoder.models.catalogue import CatalogueEntry
    from encoder.models.download import download

    print(f"8. Download and verify a {size_mb} MB file from 127.0.0.1")
    data = os.urandom(size_mb * 1_000_000)
    server = ModelServer()
    try:
        server.files["/m.pth"] = data
        entry = CatalogueEntry("m", f"{server.url}/m.pth", hashlib.sha256(data).hexdigest(), len(data))
        ours, curl, curl_sha = [], [], []
        for i in range(3):
            folder = work / f"dl{i}"
            t = time.perf_counter()
            download(entry, folder)
            ours.append(time.perf_counter() - t)
            shutil.rmtree(folder)
            if shutil.which("curl"):
                target = work / "curl.bin"
                t = time.perf_counter()
                subprocess.run(["curl", "-s", "-o", str(target), entry.url], check=True)
                curl.append(time.perf_counter() - t)
                subprocess.run(["sha256sum", str(target)], check=True, capture_output=True)
                curl_sha.append(time.perf_counter() - t)
                target.unlink()
    finally:
        server.close()
    med = statistics.median(ours)
    row("8 download", f"{size_mb} MB: download + sha256 + atomic rename (median of 3)", med, statistics.median(curl) if curl else None, "s", "reference: curl, download only")
    if curl_sha:
        row("8 download", f"{size_mb} MB: ours vs curl + sha256sum", med, statistics.median(curl_sha), "s", "")


def bench_runtime_offline(work: Path) -> None:
    """The air-gapped path, measured: `python_env.py bundle` for this machine (the folder of wheels), then the runtime
    built from that folder alone (runtime_builder with the installer's --no-index options), its time and size."""
    import dataclasses
    import shutil

    sys.path.insert(0, str(ROOT))
    from geo_sam_plugin.install.python_env import bundle_commands, choose_torch, runtime_pip_options
    from geo_sam_plugin.install.runtime_builder import build_runtime, describe_runtime, runtime_size

    print("8. GeoSAM's runtime from a local folder of wheels (offline)")
    wheels, target = work / "wheels", work / "runtime-offline"
    tag = f"manylinux_2_28_{os.uname().machine}"
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    # This machine's torch comes from PyPI (PyTorch's CPU index is out of reach here): the choice without its index.
    choice = dataclasses.replace(choose_torch("Linux", os.uname().machine, None), index_url=None)
    t = time.perf_counter()
    for command in bundle_commands(str(wheels), tag, version, choice):
        run = subprocess.run([sys.executable, *command], capture_output=True, text=True)
        if run.returncode != 0:
            row("8 install", "runtime from a folder of wheels", "not measured", unit="", target=f"bundle failed: {run.stderr.strip().splitlines()[-1][:150]}")
            return
    bundled = time.perf_counter() - t
    size = sum(f.stat().st_size for f in wheels.iterdir())
    t = time.perf_counter()
    try:
        build_runtime("/usr/bin/python3", target, pip_options=runtime_pip_options(choice, wheel_dir=str(wheels)), log=lambda line: None, with_dask=False, force=True)
    except Exception as exc:  # a figure that could not be taken is reported, not raised
        row("8 install", "runtime from a folder of wheels", "not measured", unit="", target=f"build failed: {str(exc).splitlines()[-1][:150]}")
        return
    built = time.perf_counter() - t
    state = describe_runtime(target)
    row("8 install", f"bundle: pip download of every wheel for {tag} / Python {version} (from this machine's index)", bundled, unit="s")
    row("8 install", "  the folder of wheels", size / 1e9, unit="GB")
    row("8 install", "runtime built from the folder alone (--no-index): venv, pip install, sam2 built, import check", built, unit="s")
    row("8 install", f"  the runtime on disk ({state.torch if state else '?'})", (runtime_size(target) if state else 0) / 1e9, unit="GB")
    shutil.rmtree(wheels, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)

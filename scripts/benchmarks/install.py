"""Stage 8: the installer's torch choice per machine, and a model download from 127.0.0.1."""

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

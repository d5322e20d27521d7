"""Which Python QGIS runs, which torch build fits the machine, and the exact pip command lines: pure functions.

No qgis import: unit tests feed these functions fake folder trees and `sys` values for Windows (OSGeo4W and
the standalone installer), macOS (QGIS.app) and Linux (distribution packages, flatpak), and the in-QGIS
installer calls them with the real ones. Also a command line for air-gapped machines:

    python3 geo_sam_plugin/python_env.py bundle --platform win_amd64 --python 3.12 --torch cpu DIR
    (then, on the offline machine: Plugins > GeoSAM > Install dependencies…, "From a folder of wheels": DIR)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

try:
    from .pins import NO_DEPS, RASTERIO, REQUIREMENTS, TORCH, qgis_constraints
except ImportError:  # run as a script: pins.py is a sibling on sys.path
    from pins import NO_DEPS, RASTERIO, REQUIREMENTS, TORCH, qgis_constraints

# ------------------------------------------------------------------------------------- the interpreter


@dataclass(frozen=True)
class QgisPython:
    """QGIS's own interpreter (None when it cannot be found), the layout recognised and what to tell the user."""

    executable: str | None
    layout: str
    looked_at: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        if self.executable:
            return f"QGIS's Python ({self.layout}): {self.executable}"
        return (
            f"Could not find the Python interpreter of this QGIS ({self.layout}); looked at: {', '.join(self.looked_at) or 'nothing'}. "
            "Nothing was installed into another Python. Install the packages from a shell that runs QGIS's Python "
            "(Windows: the OSGeo4W Shell; macOS: /Applications/QGIS.app/Contents/MacOS/bin/python3) with: "
            "python -m pip install --target <profile>/python/geosam-packages <packages>."
        )


def find_qgis_python(
    executable: str, prefix: str, platform: str, version: tuple[int, int], environ: dict | None = None, exists=os.path.exists
) -> QgisPython:
    """QGIS's own Python from `sys.executable`, `sys.prefix`, `sys.platform` and the Python version.

    Inside QGIS `sys.executable` is often the QGIS binary itself (qgis-bin.exe, QGIS.app/Contents/MacOS/QGIS,
    /usr/bin/qgis): then the interpreter is looked for where each platform's QGIS keeps it. Never a Python
    found on PATH, which may be another Python or the Microsoft Store stub.
    """
    environ = environ if environ is not None else {}
    major, minor = version
    windows = platform.startswith("win")
    pure: type[PurePath] = PureWindowsPath if windows else PurePosixPath
    exe = pure(executable) if executable else None
    name = exe.name.lower() if exe else ""
    if exe is not None and re.match(r"python(\d+(\.\d+)?)?(w)?(\.exe)?$", name) and exists(str(exe)):
        layout = "flatpak" if _is_flatpak(environ, exists) else ("virtual environment" if name and prefix and exists(str(pure(prefix) / "pyvenv.cfg")) else "Python")
        return QgisPython(str(exe), layout)
    candidates: list[PurePath] = []
    if windows:
        root = exe.parent.parent if exe is not None else pure(prefix).parent.parent  # <root>/bin/qgis-bin.exe
        layout = "OSGeo4W" if exists(str(root / "bin" / "o4w_env.bat")) and not exists(str(root / "unins000.exe")) else "QGIS standalone installer"
        candidates += [pure(prefix) / "python.exe", root / "apps" / f"Python{major}{minor}" / "python.exe", root / "bin" / "python.exe"]
    elif platform == "darwin":
        layout = "QGIS.app (macOS)"
        contents = next((p for p in ([exe] if exe else []) + [pure(prefix)] for p in [p, *p.parents] if p.name == "Contents"), None)
        if contents is not None:
            candidates += [contents / "MacOS" / "bin" / f"python{major}.{minor}", contents / "MacOS" / "bin" / "python3"]
            candidates += [contents / "Frameworks" / "Python.framework" / "Versions" / f"{major}.{minor}" / "bin" / f"python{major}.{minor}"]
        candidates += [pure(prefix) / "bin" / f"python{major}.{minor}", pure(prefix) / "bin" / "python3"]
    else:
        layout = "flatpak" if _is_flatpak(environ, exists) else "Linux packages"
        candidates += [pure(prefix) / "bin" / f"python{major}.{minor}", pure(prefix) / "bin" / "python3"]
    for candidate in candidates:
        if exists(str(candidate)):
            return QgisPython(str(candidate), layout, tuple(str(c) for c in candidates))
    return QgisPython(None, layout, tuple(str(c) for c in candidates))


def _is_flatpak(environ: dict, exists) -> bool:
    return bool(environ.get("FLATPAK_ID")) or exists("/.flatpak-info")


# ------------------------------------------------------------------------------------------- torch
# CUDA builds of the pinned torch on PyTorch's index, newest first: (lowest driver CUDA version, index tag).
CUDA_BUILDS = ((13, 0, "cu130"), (12, 8, "cu128"), (12, 6, "cu126"))
PYTORCH_INDEX = "https://download.pytorch.org/whl"
# Approximate download sizes (MB) of torch + torchvision wheels, for the dialog; pip prints the real ones.
DOWNLOAD_MB = {"cuda-linux": 3300, "cuda-windows": 2900, "cpu-linux": 250, "cpu-windows": 270, "mps": 90, "cpu-macos-intel": 160}
# Intel Macs: torch stopped publishing macOS x86_64 wheels after 2.2.
INTEL_MAC_TORCH = ["torch==2.2.2", "torchvision==0.17.2"]


@dataclass(frozen=True)
class TorchChoice:
    """Which torch build to install and from where, with its approximate size and the reason for the choice."""

    build: str  # "cuda", "cpu" or "mps"
    packages: tuple[str, ...]
    index_url: str | None  # None: PyPI
    download_mb: int
    reason: str
    tag: str = ""  # cu128, cpu, ...

    @property
    def label(self) -> str:
        where = f"PyTorch's {self.tag} index" if self.index_url else "PyPI"
        return f"torch {self.build.upper() if self.build != 'cpu' else 'CPU-only'} build from {where}, about {self.download_mb:,} MB: {self.reason}"


def parse_driver_cuda(nvidia_smi_output: str) -> tuple[int, int] | None:
    """The highest CUDA version the NVIDIA driver supports, from `nvidia-smi`'s banner ("CUDA Version: 12.4")."""
    match = re.search(r"CUDA Version:\s*(\d+)\.(\d+)", nvidia_smi_output or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def choose_torch(system: str, machine: str, driver_cuda: tuple[int, int] | None, override: str | None = None) -> TorchChoice:
    """The torch build for a machine: system is platform.system() ("Windows", "Linux", "Darwin"),
    machine platform.machine(), driver_cuda what the NVIDIA driver supports (None: no NVIDIA driver).
    override "cpu" or "cuda" is the user's choice in the dialog."""
    system = system.lower()
    if system == "darwin":
        if machine.lower() in ("arm64", "aarch64"):
            return TorchChoice("mps", tuple(TORCH), None, DOWNLOAD_MB["mps"], "Apple Silicon: PyPI's wheel runs on the GPU through MPS", "")
        return TorchChoice("cpu", tuple(INTEL_MAC_TORCH), None, DOWNLOAD_MB["cpu-macos-intel"], "Intel Mac: torch 2.2.2 is the last release with wheels for it (CPU)", "")
    os_key = "windows" if system == "windows" else "linux"
    wants_cuda = override == "cuda" or (override is None and driver_cuda is not None)
    if wants_cuda and override != "cpu":
        if driver_cuda is None:
            reason = "asked for CUDA, but no NVIDIA driver was found: the CUDA build would run on the CPU"
        else:
            for low_major, low_minor, tag in CUDA_BUILDS:
                if driver_cuda >= (low_major, low_minor):
                    reason = f"NVIDIA driver supports CUDA {driver_cuda[0]}.{driver_cuda[1]}: the {tag} build uses the GPU"
                    return TorchChoice("cuda", tuple(TORCH), f"{PYTORCH_INDEX}/{tag}", DOWNLOAD_MB[f"cuda-{os_key}"], reason, tag)
            oldest = CUDA_BUILDS[-1]
            reason = (
                f"the NVIDIA driver supports CUDA {driver_cuda[0]}.{driver_cuda[1]} only, and torch {TORCH[0].split('==')[1]} needs "
                f"{oldest[0]}.{oldest[1]} or newer: CPU build (update the NVIDIA driver to use the GPU)"
            )
        return TorchChoice("cpu", tuple(TORCH), f"{PYTORCH_INDEX}/cpu", DOWNLOAD_MB[f"cpu-{os_key}"], reason, "cpu")
    reason = "chosen in the dialog" if override == "cpu" else "no NVIDIA driver found"
    return TorchChoice("cpu", tuple(TORCH), f"{PYTORCH_INDEX}/cpu", DOWNLOAD_MB[f"cpu-{os_key}"], reason, "cpu")


def detect_driver_cuda(run=subprocess.run) -> tuple[int, int] | None:
    """Ask nvidia-smi (present wherever an NVIDIA driver is, on Windows and Linux); None when there is none."""
    try:
        out = run(["nvidia-smi"], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_driver_cuda(out.stdout) if out.returncode == 0 else None


# ------------------------------------------------------------------------------------------ proxy


def proxy_url(settings: dict) -> str | None:
    """pip's --proxy from QGIS's network settings (proxy/proxyEnabled, proxyType, proxyHost, proxyPort, proxyUser, proxyPassword)."""
    enabled = str(settings.get("proxy/proxyEnabled", "false")).lower() in ("true", "1")
    host = str(settings.get("proxy/proxyHost") or "").strip()
    if not enabled or not host or str(settings.get("proxy/proxyType", "HttpProxy")) in ("DefaultProxy", "NoProxy"):
        return None
    scheme = "socks5" if "Socks5" in str(settings.get("proxy/proxyType", "")) else "http"
    user, password = str(settings.get("proxy/proxyUser") or ""), str(settings.get("proxy/proxyPassword") or "")
    auth = f"{_quote(user)}:{_quote(password)}@" if user else ""
    port = str(settings.get("proxy/proxyPort") or "").strip()
    return f"{scheme}://{auth}{host}{':' + port if port else ''}"


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


# ------------------------------------------------------------------------------------ pip commands


@dataclass(frozen=True)
class InstallStep:
    """One pip run: what it installs (for the log), its arguments after the interpreter."""

    name: str
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class InstallPlan:
    python: str
    target: str
    torch: TorchChoice
    steps: tuple[InstallStep, ...] = field(default_factory=tuple)


def install_plan(
    python: str,
    target: str,
    constraints_file: str,
    torch: TorchChoice,
    need_rasterio: bool,
    wheel_dir: str | None = None,
    proxy: str | None = None,
) -> InstallPlan:
    """The pip runs that install everything GeoSAM needs into `target` for QGIS's `python`.

    torch comes first, from its index (or the folder of wheels); then the rest from PyPI (or the folder),
    constrained to QGIS's numpy / GEOS; then the packages that over-declare numpy, without dependencies.
    rasterio is named when QGIS lacks it (Windows and macOS builds; Debian's QGIS has python3-rasterio).
    """
    base = ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--upgrade", "--target", target, "-c", constraints_file]
    source: list[str] = ["--no-index", "--find-links", wheel_dir] if wheel_dir else []
    network = ["--proxy", proxy] if proxy and not wheel_dir else []
    torch_source = source or (["--index-url", torch.index_url] if torch.index_url else [])
    rest = [r for r in REQUIREMENTS if r not in TORCH] + ([RASTERIO] if need_rasterio else [])
    steps = (
        InstallStep("torch", tuple(base + network + torch_source + list(torch.packages))),
        InstallStep("GeoSAM's packages", tuple(base + network + source + rest)),
        InstallStep("sam2, sam3, LiteMedSAM and the SAM 3 tokenizer (without their numpy pins)", tuple(base + network + source + ["--no-deps", *NO_DEPS])),
    )
    return InstallPlan(python, target, torch, steps)


# Pure-Python needs published only as source (or whose dependency is): fetched without a platform filter and
# without dependencies, and named here with those dependencies (pip download --platform demands binaries).
SOURCE_ONLY = ["hydra-core>=1.3.2", "omegaconf>=2.2", "antlr4-python3-runtime==4.9.*", "iopath>=0.1.10", "portalocker", "setuptools", "wheel"]


def bundle_commands(dest: str, platform_tag: str, python_version: str, torch: TorchChoice, constraints_file: str | None = None) -> list[list[str]]:
    """`pip download` runs that fill `dest` with every wheel (and pure-Python source) an offline machine needs.

    constraints_file: the target QGIS's constraints (pins.qgis_constraints), so the wheels fit its numpy and GEOS.
    """
    target = ["--platform", platform_tag, "--python-version", python_version, "--only-binary=:all:"] + (["-c", constraints_file] if constraints_file else [])
    common = ["-m", "pip", "download", "--disable-pip-version-check", "--dest", dest]
    torch_index = ["--index-url", torch.index_url] if torch.index_url else []
    source_names = {re.split(r"[<>=!~]", r)[0] for r in SOURCE_ONLY}
    binary = [r for r in REQUIREMENTS if r not in TORCH and re.split(r"[<>=!~]", r)[0] not in source_names] + [RASTERIO, "pyyaml", "packaging"]
    return [
        common + target + torch_index + list(torch.packages),
        common + target + binary,
        common + ["--no-deps", *SOURCE_ONLY, *NO_DEPS],
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 geo_sam_plugin/python_env.py", description="GeoSAM's dependency helper for air-gapped machines.")
    sub = parser.add_subparsers(dest="command", required=True)
    bundle = sub.add_parser("bundle", help="download every wheel GeoSAM needs for another machine into a folder")
    bundle.add_argument("dest")
    bundle.add_argument("--platform", required=True, help="the target's wheel platform: win_amd64, macosx_11_0_arm64, manylinux_2_28_x86_64, ...")
    bundle.add_argument("--python", required=True, help="the target QGIS's Python version, e.g. 3.12")
    bundle.add_argument("--torch", choices=["cpu", "cuda"], default="cpu", help="the torch build for the target (cuda: the newest CUDA build)")
    bundle.add_argument("--qgis-numpy", help="the target QGIS's numpy version (its Python console: import numpy; numpy.__version__)")
    bundle.add_argument("--qgis-geos", help="the target QGIS's GEOS version (Help > About), e.g. 3.13.1")
    bundle.add_argument("--dry-run", action="store_true", help="print the pip commands only")
    args = parser.parse_args(argv)
    system = "Windows" if args.platform.startswith("win") else "Darwin" if args.platform.startswith("macosx") else "Linux"
    machine = "arm64" if "arm64" in args.platform or "aarch64" in args.platform else "x86_64"
    driver = (CUDA_BUILDS[0][0], CUDA_BUILDS[0][1]) if args.torch == "cuda" else None
    choice = choose_torch(system, machine, driver, override=args.torch)
    Path(args.dest).mkdir(parents=True, exist_ok=True)
    constraints = None
    if args.qgis_numpy and args.qgis_geos:
        constraints = str(Path(args.dest) / "geosam-constraints.txt")
        Path(constraints).write_text("\n".join(qgis_constraints(args.qgis_numpy, args.qgis_geos)) + "\n")
    for command in bundle_commands(args.dest, args.platform, args.python, choice, constraints):
        print("$ python " + " ".join(command), flush=True)
        if not args.dry_run:
            code = subprocess.call([sys.executable, *command])
            if code != 0:
                print(f"pip download failed (exit code {code}): the lines above say why.", file=sys.stderr)
                return code
    print(f"Wheels for {args.platform} / Python {args.python} ({choice.label}) are in {args.dest}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

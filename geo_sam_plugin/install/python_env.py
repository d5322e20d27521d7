# SPDX-License-Identifier: GPL-2.0-or-later
"""Which Python QGIS runs, which torch build fits the machine, and the exact pip command lines: pure functions.

No qgis import: unit tests feed these functions fake folder trees and `sys` values for Windows (OSGeo4W and
the standalone installer), macOS (QGIS.app) and Linux (distribution packages, flatpak), and the in-QGIS
installer calls them with the real ones. Also a command line for air-gapped machines:

    python3 geo_sam_plugin/install/python_env.py bundle --platform win_amd64 --python 3.12 --torch cpu DIR
    (then, on the offline machine: Raster > GeoSAM > Install dependencies…, "From a folder of wheels": DIR)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

try:
    from ..pins import NO_DEPS, RASTERIO, REQUIREMENTS, TORCH, version_tuple
    from .standalone import STANDALONE_VERSION_SHORT, StandaloneError, archive_name, download_archive, standalone_triple
except ImportError:  # run as a script: its siblings are on sys.path, pins.py one folder up
    sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
    from pins import NO_DEPS, RASTERIO, REQUIREMENTS, TORCH, version_tuple
    from standalone import STANDALONE_VERSION_SHORT, StandaloneError, archive_name, download_archive, standalone_triple

# ------------------------------------------------------------------------------------- the interpreter


@dataclass(frozen=True)
class QgisPython:
    """QGIS's own interpreter (None when it cannot be found), the layout recognised and what to tell the user; home:
    the PYTHONHOME to start it with (QGIS.app's interpreter beside its wrapper), None for every other layout."""

    executable: str | None
    layout: str
    looked_at: tuple[str, ...] = ()
    home: str | None = None

    @property
    def message(self) -> str:
        if self.executable:
            return f"QGIS's Python ({self.layout}): {self.executable}"
        return (
            f"Could not find the Python interpreter of this QGIS ({self.layout}); looked at: {', '.join(self.looked_at) or 'nothing'}. "
            "Nothing was installed. Build GeoSAM's runtime from a shell with a Python 3.10 or newer (Windows: the OSGeo4W Shell; "
            "macOS: /Applications/QGIS.app/Contents/MacOS/python), in the GeoSAM plugin folder: "
            "python -m geo_sam_plugin.install.runtime_builder build."
        )


def find_qgis_python(
    executable: str, base_prefix: str, platform: str, version: tuple[int, int], environ: dict | None = None, exists=os.path.exists
) -> QgisPython:
    """QGIS's own Python from `sys.executable`, `sys.base_prefix`, `sys.platform` and the Python version.

    Inside QGIS `sys.executable` is often the QGIS binary itself (qgis-bin.exe, QGIS.app/Contents/MacOS/QGIS,
    /usr/bin/qgis), or whatever `python3` PATH found first (a pyenv shim was seen on QGIS 3.22): it counts only when it
    lies in the interpreter's own installation (base_prefix). Otherwise the interpreter is looked for where each
    platform's QGIS keeps it. Never a Python found on PATH, which may be another Python or the Microsoft Store stub.
    """
    environ = environ if environ is not None else {}
    major, minor = version
    windows = platform.startswith("win")
    pure: type[PurePath] = PureWindowsPath if windows else PurePosixPath
    exe = pure(executable) if executable else None
    base = pure(base_prefix)
    name = exe.name.lower() if exe else ""
    if exe is not None and re.match(r"python(\d+(\.\d+)?)?(w)?(\.exe)?$", name) and base in exe.parents and exists(str(exe)):
        return QgisPython(str(exe), "flatpak" if _is_flatpak(environ, exists) else "Python")
    candidates: list[PurePath] = []
    if windows:
        root = exe.parent.parent if exe is not None and exe.name.lower().startswith("qgis") else base.parent.parent  # <root>/bin/qgis-bin.exe, <root>/apps/Python312
        layout = "OSGeo4W" if exists(str(root / "bin" / "o4w_env.bat")) and not exists(str(root / "unins000.exe")) else "QGIS standalone installer"
        candidates += [base / "python.exe", root / "apps" / f"Python{major}{minor}" / "python.exe", root / "bin" / "python.exe"]
    elif platform == "darwin":
        layout = "QGIS.app (macOS)"
        contents = next((p for p in ([exe] if exe else []) + [base] for p in [p, *p.parents] if p.name == "Contents"), None)
        if contents is not None:
            # QGIS.app 3.44.4+ and 4.x (vcpkg builds): Contents/MacOS/python is a bash wrapper that sets PYTHONHOME to
            # ../Frameworks and execs the interpreter installed beside it (qgis/QGIS platform/macos/python.in; the vcpkg
            # install rules put ${Python_EXECUTABLE} into the same bin folder; no pip script: #64195, #64335). The wrapper
            # failed on an app path with a space until qgis/QGIS#67320 quoted it: the interpreter is started directly,
            # with the wrapper's PYTHONHOME, whenever it is there. 3.40 and older: Contents/MacOS/bin/python3.x.
            wrapper = contents / "MacOS" / "python"
            if exists(str(wrapper)):
                for real in (contents / "MacOS" / f"python{major}.{minor}", contents / "MacOS" / "python3"):
                    if exists(str(real)):
                        return QgisPython(str(real), layout, (str(wrapper), str(real)), home=str(contents / "Frameworks"))
            candidates += [wrapper, contents / "MacOS" / "bin" / f"python{major}.{minor}", contents / "MacOS" / "bin" / "python3"]
            candidates += [contents / "Frameworks" / "Python.framework" / "Versions" / f"{major}.{minor}" / "bin" / f"python{major}.{minor}"]
        candidates += [base / "bin" / f"python{major}.{minor}", base / "bin" / "python3"]
    else:
        layout = "flatpak" if _is_flatpak(environ, exists) else "Linux packages"
        candidates += [base / "bin" / f"python{major}.{minor}", base / "bin" / "python3"]
    for candidate in candidates:
        if exists(str(candidate)):
            return QgisPython(str(candidate), layout, tuple(str(c) for c in candidates))
    return QgisPython(None, layout, tuple(str(c) for c in candidates))


def _is_flatpak(environ: dict, exists) -> bool:
    return bool(environ.get("FLATPAK_ID")) or exists("/.flatpak-info")


# ------------------------------------------------------------------------------------------- torch
# The CUDA builds of the pinned torch (2.14) on PyTorch's index, one row per (build, machine), newest first. A row is
# taken when the NVIDIA driver reports at least its CUDA version and every GPU's compute capability is one it has code
# for. Each fact and its source:
# - 2.14 ships cu126, cu130 and cu132; cu128 was dropped in 2.12 (pytorch/pytorch#190355, #190385).
# - CUDA's minor-version compatibility: a CUDA 12.x build runs on any 12-series driver (>= 525 on Linux, 527 on
#   Windows), a 13.x build on any 13-series driver (>= 580) (NVIDIA's CUDA compatibility guide, "minor version
#   compatibility"; pytorch/pytorch#155141 runs a 12.8 wheel on a 12.4 driver). Drivers 535 / 550, Ubuntu LTS's usual
#   ones, report CUDA 12.2 / 12.4: cu126 runs there.
# - x86_64 cu126 has code for sm_50 to sm_90 and none for Blackwell (B200 is 10.0, RTX 50 is 12.0); cu130 / cu132 have
#   Blackwell and nothing below 7.5 (Turing) (the table in pytorch/pytorch#190355).
# - Linux aarch64: the CUDA wheels have code for compute capability 8.0 and 9.0 only, and Blackwell on cu130
#   (pytorch/pytorch#182849): not Jetson (7.2, 8.7), which needs NVIDIA's JetPack builds of torch.
# - CUDA 13 needs a 580 or newer driver; a driver that reports 12.x cannot run Blackwell code with torch 2.14.


@dataclass(frozen=True)
class CudaBuild:
    """One CUDA build of torch on PyTorch's index: the driver it needs and the GPUs it has code for."""

    tag: str
    machines: tuple[str, ...]  # "x86_64" (Linux and Windows), "aarch64" (Linux)
    driver_cuda: tuple[int, int]  # the lowest CUDA version the driver must report
    capabilities: tuple[tuple[tuple[int, int], tuple[int, int]], ...]  # closed ranges of compute capability it has code for

    def runs(self, capability: tuple[int, int] | None) -> bool:
        """Whether this build has code for a GPU of that compute capability (None: unknown, taken as yes)."""
        return capability is None or any(low <= capability <= high for low, high in self.capabilities)


BLACKWELL = (10, 0)
_ANY_BLACKWELL = (BLACKWELL, (12, 9))
CUDA_BUILDS = (
    CudaBuild("cu132", ("x86_64",), (13, 2), (((7, 5), (9, 0)), _ANY_BLACKWELL)),
    CudaBuild("cu130", ("x86_64",), (13, 0), (((7, 5), (9, 0)), _ANY_BLACKWELL)),
    CudaBuild("cu126", ("x86_64",), (12, 0), (((5, 0), (9, 0)),)),
    CudaBuild("cu130", ("aarch64",), (13, 0), (((8, 0), (8, 0)), ((9, 0), (9, 0)), _ANY_BLACKWELL)),
    CudaBuild("cu126", ("aarch64",), (12, 0), (((8, 0), (8, 0)), ((9, 0), (9, 0)))),
)
BLACKWELL_DRIVER = "580"  # the first driver series for CUDA 13, which Blackwell needs with torch 2.14
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
    tag: str = ""  # cu130, cpu, ...

    @property
    def label(self) -> str:
        where = f"PyTorch's {self.tag} index" if self.index_url else "PyPI"
        return f"torch {self.build.upper() if self.build != 'cpu' else 'CPU-only'} build from {where}, about {self.download_mb:,} MB: {self.reason}"


@dataclass(frozen=True)
class NvidiaGpu:
    """What nvidia-smi says: the highest CUDA version the driver supports, and the lowest compute capability of its
    GPUs (None when the driver is too old to report it)."""

    driver_cuda: tuple[int, int]
    compute_capability: tuple[int, int] | None = None


def parse_driver_cuda(nvidia_smi_output: str) -> tuple[int, int] | None:
    """The highest CUDA version the NVIDIA driver supports, from `nvidia-smi`'s banner ("CUDA Version: 12.4")."""
    match = re.search(r"CUDA Version:\s*(\d+)\.(\d+)", nvidia_smi_output or "")
    return (int(match.group(1)), int(match.group(2))) if match else None


def parse_compute_capability(query_output: str) -> tuple[int, int] | None:
    """The lowest compute capability in `nvidia-smi --query-gpu=compute_cap --format=csv,noheader` ("8.6" per GPU)."""
    found = [(int(m.group(1)), int(m.group(2))) for m in re.finditer(r"^\s*(\d+)\.(\d+)\s*$", query_output or "", re.M)]
    return min(found) if found else None


def _machine_family(machine: str) -> str:
    machine = machine.lower()
    return "aarch64" if machine in ("arm64", "aarch64") else "x86_64" if machine in ("x86_64", "amd64") else machine


def choose_torch(system: str, machine: str, driver_cuda: tuple[int, int] | None, override: str | None = None,
                 compute_capability: tuple[int, int] | None = None) -> TorchChoice:
    """The torch build for a machine: system is platform.system() ("Windows", "Linux", "Darwin"),
    machine platform.machine(), driver_cuda what the NVIDIA driver supports (None: no NVIDIA driver),
    compute_capability the lowest of its GPUs (None: unknown). override "cpu" or "cuda" is the user's choice.
    The CUDA builds and the facts behind them: CUDA_BUILDS."""
    system = system.lower()
    if system == "darwin":
        if machine.lower() in ("arm64", "aarch64"):
            return TorchChoice("mps", tuple(TORCH), None, DOWNLOAD_MB["mps"], "Apple Silicon: PyPI's wheel runs on the GPU through MPS", "")
        return TorchChoice("cpu", tuple(INTEL_MAC_TORCH), None, DOWNLOAD_MB["cpu-macos-intel"], "Intel Mac: torch 2.2.2 is the last release with wheels for it (CPU)", "")
    os_key = "windows" if system == "windows" else "linux"
    cpu = lambda reason: TorchChoice("cpu", tuple(TORCH), f"{PYTORCH_INDEX}/cpu", DOWNLOAD_MB[f"cpu-{os_key}"], reason, "cpu")  # noqa: E731
    if override == "cpu":
        return cpu("chosen in the dialog")
    if driver_cuda is None:
        return cpu("asked for CUDA, but no NVIDIA driver was found, so no GPU could be used: the CPU build, a tenth of the download" if override == "cuda" else "no NVIDIA driver found")
    family = _machine_family(machine)
    if system == "windows" and family != "x86_64":
        return cpu(f"PyTorch publishes no CUDA build for Windows on {machine}: CPU build")
    gpu = f"NVIDIA driver supports CUDA {driver_cuda[0]}.{driver_cuda[1]}" + (f", compute capability {compute_capability[0]}.{compute_capability[1]}" if compute_capability else "")
    builds = [b for b in CUDA_BUILDS if family in b.machines]
    for build in builds:
        if driver_cuda >= build.driver_cuda and build.runs(compute_capability):
            return TorchChoice("cuda", tuple(TORCH), f"{PYTORCH_INDEX}/{build.tag}", DOWNLOAD_MB[f"cuda-{os_key}"], f"{gpu}: the {build.tag} build uses the GPU", build.tag)
    return cpu(f"{gpu}; {_why_no_cuda_build(builds, family, driver_cuda, compute_capability)}: CPU build")


def _why_no_cuda_build(builds: list[CudaBuild], family: str, driver_cuda: tuple[int, int], capability: tuple[int, int] | None) -> str:
    """Why no CUDA build of CUDA_BUILDS fits, with what the user can do about it."""
    version = TORCH[0].split("==")[1]
    if not builds:
        return f"PyTorch publishes no CUDA build of torch {version} for {family}"
    if capability is not None and not any(b.runs(capability) for b in builds):
        if family == "aarch64":
            return (f"torch {version}'s Linux aarch64 CUDA builds have code for compute capability 8.0, 9.0 and Blackwell only "
                    "(pytorch/pytorch#182849); a Jetson needs NVIDIA's JetPack build of torch")
        return f"no CUDA build of torch {version} has code for compute capability {capability[0]}.{capability[1]}"
    if capability is not None and capability >= BLACKWELL:
        return f"this Blackwell GPU needs a CUDA 13 build of torch, which needs NVIDIA driver {BLACKWELL_DRIVER} or newer: update the NVIDIA driver to {BLACKWELL_DRIVER} or newer to use this GPU"
    fitting = [b for b in builds if b.runs(capability)]
    lowest = min(b.driver_cuda for b in fitting)
    return f"torch {version} needs a driver for CUDA {lowest[0]}.{lowest[1]} or newer: update the NVIDIA driver to use the GPU"


def detect_nvidia_gpu(run=subprocess.run, platform: str = sys.platform) -> NvidiaGpu | None:
    """Ask nvidia-smi (present wherever an NVIDIA driver is, on Windows and Linux); None when there is none.
    On Windows it runs without a console window flashing up. Slow on some machines: never call it on the GUI thread."""
    flags = {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)} if platform.startswith("win") else {}
    try:
        banner = run(["nvidia-smi"], capture_output=True, text=True, timeout=15, **flags)
        if banner.returncode != 0 or parse_driver_cuda(banner.stdout) is None:
            return None
        query = run(["nvidia-smi", "--query-gpu=compute_cap", "--format=csv,noheader"], capture_output=True, text=True, timeout=15, **flags)
    except (OSError, subprocess.SubprocessError):
        return None
    return NvidiaGpu(parse_driver_cuda(banner.stdout), parse_compute_capability(query.stdout) if query.returncode == 0 else None)


# ------------------------------------------------------------------------------------------ gates
MIN_PYTHON = (3, 10)  # torch 2.14 and sam2 need it
GB = 1024**3


def needed_bytes(download_mb: int) -> int:
    """Disk the runtime needs while it is built: the wheels, unpacked beside them (measured: 6 GB with Linux's CUDA torch)."""
    return max(2 * GB, int(download_mb * 2.2 * 1024**2))


MIN_MACOS_ARM = (14, 0)  # torch 2.12+ macOS arm64 wheels are tagged macosx_14_0 (conda-forge/pytorch-cpu-feedstock#497, pytorch/pytorch#177303)


def install_gates(python_version: tuple[int, int] | None, system: str, machine: str, free_bytes: int, download_mb: int, writable: bool,
                  macos_version: str | None = None, venv_ok: bool = True) -> list[str]:
    """Reasons not to start the build, one line each saying what to do; checked before anything is downloaded
    (a multi-GB install should not fail halfway). macos_version: platform.mac_ver()'s ('13.6.1'); venv_ok: whether
    the base Python can make a virtual environment (Debian and Ubuntu keep ensurepip in python3.X-venv)."""
    refused = []
    if python_version is None:
        refused.append("The base Python did not answer: repair QGIS's Python, or build the runtime from another Python 3.10 or newer (make setup).")
    elif python_version < MIN_PYTHON:
        refused.append(
            f"This QGIS runs Python {python_version[0]}.{python_version[1]}; GeoSAM's engine (torch 2.14, SAM 2) needs Python 3.10 or newer: "
            "update QGIS (OSGeo4W and the Windows installer ship Python 3.12 since April 2024; QGIS.app 3.44.4 and 4.x ship 3.12)."
        )
    if system.lower() == "darwin" and machine.lower() in ("x86_64", "i386", "amd64"):
        refused.append(
            "This is an Intel Mac: PyTorch stopped at 2.2.2 there, which SAM 2 and SAM 3 cannot use, so GeoSAM's engine cannot run on this machine. "
            "Encode and segment on another machine (python -m encoder), and open the polygons here."
        )
    if system.lower() == "darwin" and machine.lower() in ("arm64", "aarch64") and macos_version:
        try:
            too_old = version_tuple(macos_version)[:2] < MIN_MACOS_ARM
        except ValueError:
            too_old = False
        if too_old:
            refused.append(
                f"This Mac runs macOS {macos_version}; torch {TORCH[0].split('==')[1]} for Apple Silicon needs macOS {MIN_MACOS_ARM[0]} (Sonoma) or newer "
                "(its wheels are tagged macosx_14_0): update macOS, or encode and segment on another machine (python -m encoder)."
            )
    if not venv_ok and python_version is not None:
        package = f"python{python_version[0]}.{python_version[1]}-venv"
        refused.append(
            f"QGIS's Python {python_version[0]}.{python_version[1]} cannot make a virtual environment (its ensurepip is missing: Debian and Ubuntu ship it in "
            f"{package}): install it with 'sudo apt install {package}', then Install again."
        )
    need = needed_bytes(download_mb)
    if free_bytes < need:
        refused.append(f"Not enough disk space for GeoSAM's runtime: it needs about {need / GB:.1f} GB while it is built, {free_bytes / GB:.1f} GB are free. Free some space, or set GEOSAM_RUNTIME to a folder on another disk.")
    if not writable:
        refused.append("GeoSAM's runtime cannot be written where it goes (no permission): set GEOSAM_RUNTIME to a folder you can write to, then restart QGIS.")
    return refused


def explain_runtime_failure(text: str) -> str:
    """One line for the user from what a runtime that does not work said (its worker's last words, a traceback)."""
    lowered = (text or "").lower()
    if "winerror 1114" in lowered or "winerror 126" in lowered or "winerror 127" in lowered or ("dll" in lowered and ("c10" in lowered or "torch" in lowered)):
        # The most reported install failure of SAM plugins on Windows (TerraLabAI/QGIS_AI-Segmentation#118, #150, #177, #193).
        return ("torch's DLLs could not be loaded in GeoSAM's runtime (Windows error 1114, 126 or 127): install the Microsoft Visual C++ "
                "Redistributable for Visual Studio 2015-2022 (x64, https://aka.ms/vs/17/release/vc_redist.x64.exe), restart Windows, then Repair.")
    if "different team ids" in lowered or "code signature" in lowered or "not valid for use in process" in lowered:
        # The notarized QGIS 4 app refuses pip-installed compiled modules in its process (qgis/QGIS#62928).
        return ("macOS refused a compiled module of GeoSAM's runtime (its code signature: different Team IDs): the runtime was built from "
                "QGIS.app's signed Python; build it from another Python 3.10 or newer (python.org, Homebrew) with "
                "python3 -m geo_sam_plugin.install.runtime_builder build --base /path/to/python3.")
    last = next((line.strip() for line in reversed((text or "").splitlines()) if line.strip()), "no answer")
    return f"GeoSAM's runtime does not work: {last}. Repair it (Raster > GeoSAM > Install dependencies…)."


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


def runtime_pip_options(torch: TorchChoice, wheel_dir: str | None = None) -> list[str]:
    """pip options for building the runtime (runtime_builder.build_runtime): where the packages come from.

    Online: PyPI, with the chosen torch build's index as an extra index, so torch, torchvision and everything that
    depends on torch resolve in one pip run (the local "+cpu" / "+cu130" build sorts above PyPI's same release) and
    nothing fetches torch twice. Offline: only the folder of wheels. QGIS's proxy is not an option here: it reaches
    pip through HTTP(S)_PROXY in the builder's environment (installer.DependencyInstaller.environment), never a
    command line that every user of the machine can read.
    """
    if wheel_dir:
        return ["--no-index", "--find-links", wheel_dir]
    return ["--extra-index-url", torch.index_url] if torch.index_url else []


# Pure-Python needs published only as source (or whose dependency is): fetched without a platform filter and
# without dependencies, and named here with those dependencies (pip download --platform demands binaries). Fetched
# without dependencies, each one's range must hold what the others require: hydra-core 1.3 requires
# omegaconf<2.4,>=2.2 (its METADATA), and omegaconf 2.4.0 is out (a bundle took it, and its runtime failed to build).
SOURCE_ONLY = ["hydra-core>=1.3.2", "omegaconf>=2.2,<2.4", "antlr4-python3-runtime==4.9.*", "iopath>=0.1.10", "portalocker", "setuptools", "wheel"]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0]


def platform_options(platform_tag: str) -> list[str]:
    """pip download's --platform options for a target: a manylinux_2_Y system also runs the wheels built for an older
    glibc (PEP 600), but pip does not widen an explicit manylinux_2_Y itself (pip/_internal/utils/compatibility_tags.py,
    _get_custom_platforms: only manylinux2014 / 2010 and macosx are widened), so every older tag is listed. Without
    that, a manylinux_2_28 bundle misses nvidia-cudnn-cu13 9.24.0.43 (manylinux_2_27 only, needed by Linux torch)
    and every wheel tagged manylinux2014 alone."""
    match = re.fullmatch(r"manylinux_2_(\d+)_(\w+)", platform_tag)
    if not match:
        return ["--platform", platform_tag]
    glibc, arch = int(match.group(1)), match.group(2)
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(glibc, 4, -1)]
    legacy = [(17, "manylinux2014")] + ([(12, "manylinux2010"), (5, "manylinux1")] if arch in ("x86_64", "i686") else [])
    tags += [f"{name}_{arch}" for minor, name in legacy if minor <= glibc]
    return [option for tag in tags for option in ("--platform", tag)]


def bundle_commands(dest: str, platform_tag: str, python_version: str, torch: TorchChoice, requirements: list[str] | None = None) -> list[list[str]]:
    """`pip download` runs that fill `dest` with every wheel (and pure-Python source) that the runtime of an offline
    machine needs (runtime_builder then installs from that folder with --no-index --find-links).

    One resolution, as the runtime's own install: torch, torchvision and everything that depends on torch (timm,
    segment-anything ...) in ONE pip run, with the chosen torch build's index as an extra index, so the folder holds
    one torch, the chosen build (the local "+cpu" / "+cu130" version sorts above PyPI's same release). The runtime
    has a numpy of its own: no QGIS constraints. requirements: what to fetch (default: the runtime's).
    """
    source_names = {_name(r) for r in SOURCE_ONLY}
    binary = [r for r in (requirements if requirements is not None else [*REQUIREMENTS, RASTERIO, "pyyaml", "packaging"]) if _name(r) not in source_names]
    if torch.packages != tuple(TORCH):  # Intel Mac: torch 2.2.2 instead of the pinned release
        binary = [*torch.packages, *(r for r in binary if _name(r) not in {_name(t) for t in torch.packages})]
    target = [*platform_options(platform_tag), "--python-version", python_version, "--only-binary=:all:"]
    common = ["-m", "pip", "download", "--disable-pip-version-check", "--no-cache-dir", "--dest", dest]
    torch_index = ["--extra-index-url", torch.index_url] if torch.index_url else []
    commands = [common + target + torch_index + binary]
    if requirements is None:
        commands.append(common + ["--no-deps", *SOURCE_ONLY, *NO_DEPS])
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 geo_sam_plugin/install/python_env.py", description="GeoSAM's dependency helper for air-gapped machines.")
    sub = parser.add_subparsers(dest="command", required=True)
    bundle = sub.add_parser("bundle", help="download every wheel GeoSAM's runtime needs on another machine into a folder")
    bundle.add_argument("dest")
    bundle.add_argument("--platform", required=True, help="the target's wheel platform: win_amd64, macosx_11_0_arm64, manylinux_2_28_x86_64, ...")
    bundle.add_argument("--python", required=True, help="the Python version of the target's runtime: its QGIS's on Windows and Linux "
                        f"(3.10 or newer), {STANDALONE_VERSION_SHORT} on macOS (the standalone Python that the installer fetches)")
    bundle.add_argument("--torch", choices=["cpu", "cuda"], default="cpu", help="the torch build for the target (cuda: the newest CUDA build)")
    bundle.add_argument("--with-python", action="store_true", help="also the standalone Python archive for the target (macOS, or a QGIS Python older than 3.10)")
    bundle.add_argument("--dry-run", action="store_true", help="print the pip commands only")
    args = parser.parse_args(argv)
    system = "Windows" if args.platform.startswith("win") else "Darwin" if args.platform.startswith("macosx") else "Linux"
    machine = "arm64" if "arm64" in args.platform or "aarch64" in args.platform else "x86_64"
    driver = CUDA_BUILDS[0].driver_cuda if args.torch == "cuda" else None
    choice = choose_torch(system, machine, driver, override=args.torch)
    Path(args.dest).mkdir(parents=True, exist_ok=True)
    for command in bundle_commands(args.dest, args.platform, args.python, choice):
        print("$ python " + " ".join(command), flush=True)
        if not args.dry_run:
            code = subprocess.call([sys.executable, *command])
            if code != 0:
                print(f"pip download failed (exit code {code}): the lines above say why.", file=sys.stderr)
                return code
    if args.with_python:
        triple = standalone_triple(system, machine)
        print(f"$ fetch {archive_name(triple)}", flush=True)
        if not args.dry_run:
            try:
                download_archive(triple, Path(args.dest), log=print)
            except StandaloneError as exc:
                print(exc, file=sys.stderr)
                return 1
    print(f"Wheels for {args.platform} / Python {args.python} ({choice.label}) are in {args.dest}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: GPL-2.0-or-later
"""Which Python, which torch, which pins, which pip command lines: each platform's layout fed to the pure functions,
and the real Debian QGIS as the live case."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "install"))
sys.path.insert(1, str(ROOT / "geo_sam_plugin"))
import pins  # noqa: E402  (plain Python: no QGIS needed)
import python_env  # noqa: E402
from python_env import choose_torch, find_qgis_python, parse_driver_cuda, proxy_url, runtime_pip_options  # noqa: E402


def tree(*paths):
    """A fake folder tree: exists() answers for these paths only."""
    present = {str(p) for p in paths}
    return lambda path: str(path) in present


def test_windows_osgeo4w_and_standalone_find_apps_python_never_the_path_python():
    exe = r"C:\OSGeo4W\bin\qgis-ltr-bin.exe"
    prefix = r"C:\OSGeo4W\apps\Python312"
    found = find_qgis_python(exe, prefix, "win32", (3, 12), {}, tree(r"C:\OSGeo4W\apps\Python312\python.exe", r"C:\OSGeo4W\bin\o4w_env.bat"))
    assert found.executable == r"C:\OSGeo4W\apps\Python312\python.exe" and found.layout == "OSGeo4W"
    exe = r"C:\Program Files\QGIS 3.40.5\bin\qgis-ltr-bin.exe"
    found = find_qgis_python(
        exe, r"C:\Program Files\QGIS 3.40.5\apps\Python312", "win32", (3, 12), {},
        tree(r"C:\Program Files\QGIS 3.40.5\apps\Python312\python.exe", r"C:\Program Files\QGIS 3.40.5\unins000.exe", r"C:\Program Files\QGIS 3.40.5\bin\o4w_env.bat"),
    )
    assert found.executable == r"C:\Program Files\QGIS 3.40.5\apps\Python312\python.exe" and found.layout == "QGIS standalone installer"
    # Nothing where QGIS keeps it: no fallback to whatever python.exe (or the Microsoft Store stub) is on PATH.
    missing = find_qgis_python(exe, r"C:\Program Files\QGIS 3.40.5\apps\Python312", "win32", (3, 12), {}, tree(r"C:\Users\me\AppData\Local\Microsoft\WindowsApps\python.exe"))
    assert missing.executable is None and "Nothing was installed" in missing.message and "OSGeo4W Shell" in missing.message
    # QGIS 3.44 and 4.0 on Windows: sys.executable is qgis-bin.exe (qgis/QGIS#66672); the interpreter is apps\Python312's.
    found = find_qgis_python(r"C:\Program Files\QGIS 4.0.0\bin\qgis-bin.exe", r"C:\Program Files\QGIS 4.0.0\apps\Python312", "win32", (3, 12), {},
                             tree(r"C:\Program Files\QGIS 4.0.0\apps\Python312\python.exe", r"C:\Program Files\QGIS 4.0.0\unins000.exe"))
    assert found.executable == r"C:\Program Files\QGIS 4.0.0\apps\Python312\python.exe"


def test_macos_app_bundle_python():
    # QGIS.app 3.44.4+ and 4.x: Contents/MacOS/python, a wrapper (qgis/QGIS platform/macos/python.in), no bin/python3.
    found = find_qgis_python("/Applications/QGIS.app/Contents/MacOS/QGIS", "/Applications/QGIS.app/Contents/Frameworks", "darwin", (3, 12), {},
                             tree("/Applications/QGIS.app/Contents/MacOS/python", "/Applications/QGIS.app/Contents/Frameworks/bin/python3.12"))
    assert found.executable == "/Applications/QGIS.app/Contents/MacOS/python" and found.home is None
    # The interpreter the wrapper execs, beside it: started directly with the wrapper's PYTHONHOME (an app path with a
    # space broke the wrapper until qgis/QGIS#67320).
    app = "/Applications/QGIS 4.0.app/Contents"
    found = find_qgis_python(f"{app}/MacOS/QGIS", f"{app}/Frameworks", "darwin", (3, 12), {}, tree(f"{app}/MacOS/python", f"{app}/MacOS/python3.12"))
    assert (found.executable, found.home) == (f"{app}/MacOS/python3.12", f"{app}/Frameworks")
    # QGIS.app 3.40: Contents/MacOS/bin/python3.x.
    exe = "/Applications/QGIS-LTR.app/Contents/MacOS/QGIS"
    found = find_qgis_python(exe, "/Applications/QGIS-LTR.app/Contents/Frameworks", "darwin", (3, 11), {}, tree("/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3.11"))
    assert found.executable == "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3.11" and found.layout == "QGIS.app (macOS)"
    framework = "/Applications/QGIS.app/Contents/Frameworks/Python.framework/Versions/3.12/bin/python3.12"
    found = find_qgis_python("/Applications/QGIS.app/Contents/MacOS/QGIS", "/Applications/QGIS.app/Contents/Frameworks/Python.framework/Versions/3.12", "darwin", (3, 12), {}, tree(framework))
    assert found.executable == framework


def test_linux_packages_flatpak_and_a_python_executable():
    found = find_qgis_python("/usr/bin/qgis", "/usr", "linux", (3, 11), {}, tree("/usr/bin/python3.11", "/usr/bin/python3"))
    assert found.executable == "/usr/bin/python3.11" and found.layout == "Linux packages"
    found = find_qgis_python("/app/bin/qgis", "/usr", "linux", (3, 12), {"FLATPAK_ID": "org.qgis.qgis"}, tree("/usr/bin/python3.12"))
    assert found.executable == "/usr/bin/python3.12" and found.layout == "flatpak"
    found = find_qgis_python("/usr/bin/python3", "/usr", "linux", (3, 11), {}, tree("/usr/bin/python3"))
    assert found.executable == "/usr/bin/python3"
    # QGIS started from a shell with pyenv's shim first on PATH: sys.executable is the shim (another Python, 3.11.7),
    # QGIS runs Debian's 3.11 from /usr (sys.base_prefix): the installer names /usr's.
    found = find_qgis_python("/root/.pyenv/shims/python3", "/usr", "linux", (3, 11), {}, tree("/root/.pyenv/shims/python3", "/usr/bin/python3.11"))
    assert found.executable == "/usr/bin/python3.11"


def test_the_real_debian_qgis_python_is_found_from_inside_qgis():
    """The live case: QGIS's own interpreter, asked from QGIS's Python."""
    code = (
        "import sys, os; sys.path.insert(0, %r); import python_env; "
        "f = python_env.find_qgis_python(sys.executable, sys.base_prefix, sys.platform, sys.version_info[:2], dict(os.environ)); print(f.executable)"
    ) % str(ROOT / "geo_sam_plugin" / "install")
    out = subprocess.run(["/usr/bin/python3", "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "/usr/bin/python3", out.stderr
    check = subprocess.run([out.stdout.strip(), "-c", "import qgis.core"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stderr  # it is the interpreter that has QGIS


@pytest.mark.parametrize(
    "system, machine, smi, build, index, size",
    [
        ("Windows", "AMD64", "| NVIDIA-SMI 560.94   Driver Version: 560.94   CUDA Version: 12.6 |", "cuda", "https://download.pytorch.org/whl/cu126", 2900),
        ("Linux", "x86_64", "Driver Version: 580.65.06      CUDA Version: 13.0", "cuda", "https://download.pytorch.org/whl/cu130", 3300),
        ("Linux", "x86_64", "CUDA Version: 12.9", "cuda", "https://download.pytorch.org/whl/cu126", 3300),  # no cu128 for torch 2.14
        ("Linux", "x86_64", "CUDA Version: 13.2", "cuda", "https://download.pytorch.org/whl/cu132", 3300),
        ("Linux", "x86_64", None, "cpu", "https://download.pytorch.org/whl/cpu", 250),
        ("Windows", "AMD64", None, "cpu", "https://download.pytorch.org/whl/cpu", 270),
        ("Windows", "AMD64", "Driver Version: 452.39   CUDA Version: 11.0", "cpu", "https://download.pytorch.org/whl/cpu", 270),
        ("Darwin", "arm64", None, "mps", None, 90),
        ("Darwin", "x86_64", None, "cpu", None, 160),
    ],
)
def test_torch_build_and_download_size_for_each_machine(system, machine, smi, build, index, size):
    choice = choose_torch(system, machine, parse_driver_cuda(smi) if smi else None)
    assert (choice.build, choice.index_url, choice.download_mb) == (build, index, size)
    if smi and "11.0" in smi:
        assert "update the NVIDIA driver" in choice.reason  # too old for any CUDA wheel: the CPU wheel, and why
    assert str(size) in choice.label.replace(",", "")


# The torch table, one row per fact (python_env.CUDA_BUILDS cites each): (system, machine, driver's CUDA, lowest
# compute capability) -> (build, index tag, words the reason must hold).
TORCH_TABLE = [
    # CUDA minor-version compatibility: any 12-series driver runs cu126 (pytorch/pytorch#155141: a 12.8 wheel on 12.4).
    ("Linux", "x86_64", (12, 2), (8, 6), "cuda", "cu126", ""),  # driver 535 (Ubuntu 22.04 LTS)
    ("Linux", "x86_64", (12, 4), (7, 5), "cuda", "cu126", ""),  # driver 550 (Ubuntu 24.04 LTS)
    ("Windows", "AMD64", (12, 0), (6, 1), "cuda", "cu126", ""),  # the oldest 12-series driver (527 on Windows), a Pascal card
    ("Linux", "x86_64", (12, 4), (6, 1), "cuda", "cu126", ""),
    ("Linux", "x86_64", (12, 9), None, "cuda", "cu126", ""),  # no cu128 for torch 2.14 (pytorch/pytorch#190355)
    ("Windows", "AMD64", (13, 0), (6, 1), "cuda", "cu126", "compute capability 6.1"),  # CUDA 13 has no code below 7.5
    ("Linux", "x86_64", (13, 0), (8, 6), "cuda", "cu130", ""),
    ("Linux", "x86_64", (13, 2), (8, 9), "cuda", "cu132", ""),
    ("Linux", "x86_64", (11, 8), (8, 6), "cpu", "cpu", "needs a driver for CUDA 12.0 or newer"),
    # Blackwell (B200 10.0, RTX 50 12.0): code only in cu130 / cu132, which need a 580+ driver.
    ("Windows", "AMD64", (13, 0), (12, 0), "cuda", "cu130", ""),
    ("Linux", "x86_64", (13, 2), (10, 0), "cuda", "cu132", ""),
    ("Windows", "AMD64", (12, 8), (12, 0), "cpu", "cpu", "update the NVIDIA driver to 580 or newer to use this GPU"),  # a 570 driver
    ("Linux", "x86_64", (12, 9), (10, 0), "cpu", "cpu", "update the NVIDIA driver to 580 or newer to use this GPU"),  # a 575 driver
    ("Linux", "x86_64", (13, 0), (3, 7), "cpu", "cpu", "no CUDA build of torch 2.14.1 has code for compute capability 3.7"),
    # Linux aarch64: compute capability 8.0 / 9.0, Blackwell on cu130 (pytorch/pytorch#182849); not Jetson.
    ("Linux", "aarch64", (12, 6), (9, 0), "cuda", "cu126", ""),  # GH200
    ("Linux", "aarch64", (13, 0), (10, 0), "cuda", "cu130", ""),  # GB200
    ("Linux", "aarch64", (12, 6), (8, 7), "cpu", "cpu", "JetPack"),  # Jetson Orin
    ("Linux", "aarch64", (13, 0), (7, 2), "cpu", "cpu", "JetPack"),  # Jetson Xavier
    ("Linux", "aarch64", (12, 6), (10, 0), "cpu", "cpu", "580 or newer"),
    ("Windows", "ARM64", (13, 0), (8, 0), "cpu", "cpu", "no CUDA build for Windows on ARM64"),
]


@pytest.mark.parametrize("system, machine, driver, capability, build, tag, words", TORCH_TABLE)
def test_the_torch_table_row_by_row(system, machine, driver, capability, build, tag, words):
    choice = choose_torch(system, machine, driver, compute_capability=capability)
    assert (choice.build, choice.tag) == (build, tag), choice.reason
    assert words in choice.reason
    if build == "cpu":  # the dialog's line says what the user gets and why
        assert "CPU-only build" in choice.label and choice.reason in choice.label and "\n" not in choice.label


def test_compute_capability_parsing():
    assert python_env.parse_compute_capability("8.6\n7.5\n") == (7, 5) and python_env.parse_compute_capability("[N/A]\n") is None


def test_nvidia_smi_is_asked_without_a_console_window_and_its_absence_is_no_gpu():
    calls = []

    def run(command, **options):
        calls.append((command, options))
        banner = "| NVIDIA-SMI 580.65   Driver Version: 580.65.06   CUDA Version: 13.0 |"
        return subprocess.CompletedProcess(command, 0, banner if len(command) == 1 else "8.9\n", "")

    gpu = python_env.detect_nvidia_gpu(run, "win32")
    assert gpu == python_env.NvidiaGpu((13, 0), (8, 9))
    assert all(options.get("creationflags") == getattr(subprocess, "CREATE_NO_WINDOW", 0) and options["timeout"] for _, options in calls)

    def missing(command, **options):
        raise FileNotFoundError(command[0])

    assert python_env.detect_nvidia_gpu(missing, "linux") is None


def test_the_user_can_override_the_torch_choice():
    assert choose_torch("Linux", "x86_64", (12, 8), override="cpu").build == "cpu"
    forced = choose_torch("Linux", "x86_64", None, override="cuda")
    assert forced.build == "cpu" and "no NVIDIA driver" in forced.reason


def test_exact_pip_sources_online_behind_a_proxy_and_offline():
    """The runtime's pip runs: PyPI with the chosen torch build's index as an extra index (one resolution), QGIS's
    proxy; offline, the folder of wheels alone and no proxy."""
    choice = choose_torch("Linux", "x86_64", None)
    proxy = proxy_url({"proxy/proxyEnabled": "true", "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "proxy.corp", "proxy/proxyPort": "3128", "proxy/proxyUser": "ana", "proxy/proxyPassword": "p@ss"})
    assert proxy == "http://ana:p%40ss@proxy.corp:3128"
    assert runtime_pip_options(choice) == ["--extra-index-url", "https://download.pytorch.org/whl/cpu"]  # the proxy travels in the environment
    assert runtime_pip_options(choose_torch("Darwin", "arm64", None)) == []  # PyPI's wheel runs on the GPU through MPS
    offline = runtime_pip_options(choose_torch("Windows", "AMD64", (12, 6)), wheel_dir="D:/wheels")
    assert offline == ["--no-index", "--find-links", "D:/wheels"]
    assert proxy_url({"proxy/proxyEnabled": "false", "proxy/proxyHost": "x"}) is None


def test_offline_bundle_commands_name_the_target_platform():
    binary, sources = python_env.bundle_commands("/w", "win_amd64", "3.12", choose_torch("Windows", "AMD64", None))
    assert binary[:7] == ["-m", "pip", "download", "--disable-pip-version-check", "--no-cache-dir", "--dest", "/w"]
    assert binary[binary.index("--platform") + 1] == "win_amd64" and binary[binary.index("--python-version") + 1] == "3.12" and "torch==2.14.1" in binary


@pytest.mark.parametrize(
    "numpy_version, geos, expected",
    [
        ("1.24.2", "3.11.1-CAPI-1.17.1", ["numpy==1.24.2", "pyarrow<22", "shapely<2.1"]),  # QGIS 3.22, Debian 12
        ("2.2.4", "3.13.1-CAPI-1.19.2", ["numpy==2.2.4"]),  # QGIS 3.40, Debian 13
        ("2.4.6", "3.14.0-CAPI-1.20.4", ["numpy==2.4.6"]),  # QGIS 3.44, Debian unstable
    ],
)
def test_constraints_follow_the_qgis_at_hand(numpy_version, geos, expected):
    assert pins.qgis_constraints(numpy_version, geos) == expected


def test_setup_constraints_are_the_running_qgis_ones():
    out = subprocess.run(["/usr/bin/python3", str(ROOT / "geo_sam_plugin" / "pins.py"), "constraints"], capture_output=True, text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen"})
    numpy_version = subprocess.run(["/usr/bin/python3", "-c", "import numpy; print(numpy.__version__)"], capture_output=True, text=True).stdout.strip()
    assert out.stdout.splitlines()[0] == f"numpy=={numpy_version}"
    assert (ROOT / ".venv" / "constraints.txt").read_text().split() == out.stdout.split()  # what make setup installed with


def test_devices_the_machine_lacks_are_refused_in_one_line():
    import torch

    from encoder.errors import DeviceError
    from encoder.models.runtime import describe_device, resolve_device

    assert describe_device("cpu") == f"CPU, {torch.get_num_threads()} threads"
    if not torch.backends.mps.is_available():
        with pytest.raises(DeviceError, match="Device mps .* needs Apple Silicon"):
            resolve_device("mps")
    if not torch.cuda.is_available():
        with pytest.raises(DeviceError, match="sees no CUDA GPU"):
            resolve_device("cuda")
    with pytest.raises(DeviceError, match="choose cpu, cuda, cuda:N or mps"):
        resolve_device("tpu")


def test_the_runtime_lives_outside_qgis_and_the_plugin_on_each_platform(tmp_path):
    """Where the plugin looks for GeoSAM's runtime: the user's application data, or $GEOSAM_RUNTIME."""
    sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "engine"))
    from pathlib import Path, PureWindowsPath

    import runtime

    home = Path("/home/ana")
    assert runtime.runtime_home("linux", {}, home) == home / ".local/share/GeoSAM/runtime"
    assert runtime.runtime_home("linux", {"XDG_DATA_HOME": "/data/ana"}, home) == Path("/data/ana/GeoSAM/runtime")
    assert runtime.runtime_home("darwin", {}, home) == home / "Library/Application Support/GeoSAM/runtime"
    win = runtime.runtime_home("win32", {"LOCALAPPDATA": r"C:\Users\ana\AppData\Local"}, home)
    assert PureWindowsPath(str(win)) == PureWindowsPath(r"C:\Users\ana\AppData\Local\GeoSAM\runtime")
    assert runtime.runtime_home("win32", {"GEOSAM_RUNTIME": r"D:\geosam"}, home) == Path(r"D:\geosam")
    assert runtime.runtime_python(Path("R"), "win32") == Path("R/Scripts/python.exe") and runtime.runtime_python(Path("R"), "linux") == Path("R/bin/python")


def test_the_worker_environment_drops_what_qgis_set_for_its_own_python_gdal_and_proj():
    sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "engine"))
    import runtime

    qgis = {
        "PYTHONHOME": r"C:\OSGeo4W\apps\Python312", "PYTHONPATH": r"C:\OSGeo4W\apps\qgis\python", "PYTHONEXECUTABLE": r"C:\OSGeo4W\bin\qgis-bin.exe",
        "GDAL_DATA": r"C:\OSGeo4W\apps\gdal\share\gdal", "PROJ_DATA": r"C:\OSGeo4W\share\proj", "QT_PLUGIN_PATH": r"C:\OSGeo4W\apps\Qt5\plugins",
        "OSGEO4W_ROOT": r"C:\OSGeo4W", "Path": r"C:\OSGeo4W\apps\qgis\bin;C:\OSGeo4W\bin;C:\Windows\system32;C:\Program Files\NVIDIA Corporation\NVSMI",
        "HTTPS_PROXY": "http://proxy.corp:3128", "TEMP": r"C:\Users\ana\AppData\Local\Temp", "USERPROFILE": r"C:\Users\ana",
    }
    clean = runtime.worker_environment(qgis, "win32", qgis_prefix=r"C:\OSGeo4W")
    assert not {"PYTHONHOME", "PYTHONPATH", "PYTHONEXECUTABLE", "GDAL_DATA", "PROJ_DATA", "QT_PLUGIN_PATH", "OSGEO4W_ROOT"} & set(clean)
    assert clean["Path"] == r"C:\Windows\system32;C:\Program Files\NVIDIA Corporation\NVSMI"  # QGIS's folders (its DLLs) taken off PATH
    assert clean["HTTPS_PROXY"] == qgis["HTTPS_PROXY"] and clean["TEMP"] == qgis["TEMP"] and clean["PYTHONNOUSERSITE"] == "1"
    # Which folder is QGIS's: OSGeo4W's root, or the standalone installer's folder above apps\Python312.
    assert runtime.qgis_install_root(r"C:\Program Files\QGIS 3.40.6\apps\Python312", {}) == r"C:\Program Files\QGIS 3.40.6"
    assert runtime.qgis_install_root(r"C:\OSGeo4W\apps\Python312", {"OSGEO4W_ROOT": r"D:\OSGeo4W"}) == r"D:\OSGeo4W"
    standalone = {"PATH": r"C:\Program Files\QGIS 3.40.6\bin;C:\Program Files\QGIS 3.40.6\apps\qgis-ltr\bin;C:\Windows"}
    assert runtime.worker_environment(standalone, "win32", runtime.qgis_install_root(r"C:\Program Files\QGIS 3.40.6\apps\Python312", {}))["PATH"] == r"C:\Windows"
    linux = runtime.worker_environment({"PATH": "/usr/bin:/bin", "PROJ_LIB": "/usr/share/proj", "HOME": "/home/ana"}, "linux", qgis_prefix="/usr")
    assert linux["PATH"] == "/usr/bin:/bin" and "PROJ_LIB" not in linux  # on Linux PATH stays: QGIS's prefix is the system's


def test_the_gates_refuse_before_any_download_in_one_line_each():
    gb = python_env.GB
    assert python_env.install_gates((3, 12), "Windows", "AMD64", 50 * gb, 2900, True) == []
    old = python_env.install_gates((3, 9), "Windows", "AMD64", 50 * gb, 270, True)
    assert len(old) == 1 and "Python 3.9" in old[0] and "3.10 or newer" in old[0] and "update QGIS" in old[0]
    intel = python_env.install_gates((3, 12), "Darwin", "x86_64", 50 * gb, 160, True)
    assert len(intel) == 1 and "Intel Mac" in intel[0] and "2.2.2" in intel[0]
    full = python_env.install_gates((3, 12), "Linux", "x86_64", 3 * gb, 3300, True)
    assert len(full) == 1 and "Not enough disk space" in full[0] and "7.1 GB" in full[0] and "GEOSAM_RUNTIME" in full[0]
    locked = python_env.install_gates((3, 12), "Linux", "x86_64", 50 * gb, 250, False)
    assert len(locked) == 1 and "cannot be written" in locked[0]
    # torch 2.12+ for Apple Silicon is tagged macosx_14_0 (conda-forge/pytorch-cpu-feedstock#497): macOS 13 is refused.
    ventura = python_env.install_gates((3, 12), "Darwin", "arm64", 50 * gb, 90, True, macos_version="13.6.1")
    assert len(ventura) == 1 and "macOS 13.6.1" in ventura[0] and "macOS 14 (Sonoma) or newer" in ventura[0]
    assert python_env.install_gates((3, 12), "Darwin", "arm64", 50 * gb, 90, True, macos_version="14.0") == []
    # Debian / Ubuntu without python3.X-venv: the exact package, before anything starts.
    no_venv = python_env.install_gates((3, 11), "Linux", "x86_64", 50 * gb, 250, True, venv_ok=False)
    assert len(no_venv) == 1 and "sudo apt install python3.11-venv" in no_venv[0]
    assert all("\n" not in line for line in old + intel + full + locked + ventura + no_venv)


def test_what_a_broken_runtime_said_becomes_the_fix():
    dll = 'OSError: [WinError 1114] A dynamic link library (DLL) initialization routine failed. Error loading "C:\\r\\torch\\lib\\c10.dll"'
    assert "Visual C++ Redistributable" in python_env.explain_runtime_failure(dll)
    assert "Visual C++" in python_env.explain_runtime_failure('OSError: [WinError 127] The specified procedure could not be found. Error loading "shm.dll"')
    signed = "ImportError: dlopen(.../torch/_C.cpython-312-darwin.so): code signature ... not valid for use in process: mapping process and mapped file (non-platform) have different Team IDs"
    assert "different Team IDs" in python_env.explain_runtime_failure(signed) and "--base" in python_env.explain_runtime_failure(signed)
    other = python_env.explain_runtime_failure("Traceback (most recent call last):\n  ...\nModuleNotFoundError: No module named 'numpy'")
    assert other.startswith("GeoSAM's runtime does not work: ModuleNotFoundError: No module named 'numpy'") and "Repair" in other

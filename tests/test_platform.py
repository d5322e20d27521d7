"""Which Python, which torch, which pins, which pip command lines: each platform's layout fed to the pure functions,
and the real Debian QGIS as the live case."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "install"))
import pins  # noqa: E402  (plain Python: no QGIS needed)
import python_env  # noqa: E402
from python_env import choose_torch, find_qgis_python, install_plan, parse_driver_cuda, proxy_url  # noqa: E402


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
    assert missing.executable is None and "Nothing was installed into another Python" in missing.message and "OSGeo4W Shell" in missing.message


def test_macos_app_bundle_python():
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


def test_the_real_debian_qgis_python_is_found_from_inside_qgis():
    """The live case: QGIS's own interpreter, asked from QGIS's Python."""
    code = (
        "import sys, os; sys.path.insert(0, %r); import python_env; "
        "f = python_env.find_qgis_python(sys.executable, sys.prefix, sys.platform, sys.version_info[:2], dict(os.environ)); print(f.executable)"
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
        ("Linux", "x86_64", "CUDA Version: 12.9", "cuda", "https://download.pytorch.org/whl/cu128", 3300),
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


def test_the_user_can_override_the_torch_choice():
    assert choose_torch("Linux", "x86_64", (12, 8), override="cpu").build == "cpu"
    forced = choose_torch("Linux", "x86_64", None, override="cuda")
    assert forced.build == "cpu" and "no NVIDIA driver" in forced.reason


def test_exact_pip_command_lines_online_behind_a_proxy_and_offline():
    choice = choose_torch("Linux", "x86_64", None)
    proxy = proxy_url({"proxy/proxyEnabled": "true", "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "proxy.corp", "proxy/proxyPort": "3128", "proxy/proxyUser": "ana", "proxy/proxyPassword": "p@ss"})
    assert proxy == "http://ana:p%40ss@proxy.corp:3128"
    plan = install_plan("/usr/bin/python3", "/p/geosam-packages", "/p/c.txt", choice, need_rasterio=True, proxy=proxy)
    base = ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--upgrade", "--target", "/p/geosam-packages", "-c", "/p/c.txt", "--proxy", proxy]
    assert [list(s.arguments) for s in plan.steps] == [
        base + ["--index-url", "https://download.pytorch.org/whl/cpu", "torch==2.14.1", "torchvision==0.29.1"],
        base + [r for r in pins.REQUIREMENTS if not r.startswith("torch")] + ["rasterio>=1.3"],
        base + ["--no-deps", *pins.NO_DEPS],
    ]
    offline = install_plan("python.exe", "T", "C", choose_torch("Windows", "AMD64", (12, 6)), need_rasterio=False, wheel_dir="D:/wheels", proxy=proxy)
    for step in offline.steps:
        assert ["--no-index", "--find-links", "D:/wheels"] == list(step.arguments[10:13]) and "--proxy" not in step.arguments
    assert "rasterio>=1.3" not in offline.steps[1].arguments  # QGIS already has it
    assert proxy_url({"proxy/proxyEnabled": "false", "proxy/proxyHost": "x"}) is None


def test_offline_bundle_commands_name_the_target_platform():
    commands = python_env.bundle_commands("/w", "win_amd64", "3.12", choose_torch("Windows", "AMD64", None), "/w/c.txt")
    assert commands[0][:6] == ["-m", "pip", "download", "--disable-pip-version-check", "--dest", "/w"]
    assert "--platform" in commands[0] and "win_amd64" in commands[0] and "torch==2.14.1" in commands[0] and "-c" in commands[1]
    assert "sam2==1.1.0" in commands[2] and "--no-deps" in commands[2]


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
    out = subprocess.run(["/usr/bin/python3", str(ROOT / "geo_sam_plugin" / "install" / "pins.py"), "constraints"], capture_output=True, text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen"})
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

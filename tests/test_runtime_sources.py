# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the runtime's packages and Python come from, against real servers on 127.0.0.1.

- The runtime's pip run (runtime_builder.install_command with python_env.runtime_pip_options) and the offline bundle
  (python_env.bundle_commands), run by the real pip against two PEP 503 indexes: "PyPI" and PyTorch's CPU / cu130
  index, holding small stand-in wheels named and versioned like torch (2.14.1, +cpu, +cu130), torchvision and timm
  (which depends on torch): the chosen build wins and is fetched once.
- The standalone CPython (macOS, or a QGIS Python older than 3.10): downloaded from a server or a mirror, or taken
  from an offline folder, checked against its sha256 and unpacked (a stand-in archive with the real layout).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import replace

import pytest
from conftest import ROOT
from model_server import ModelServer

from geo_sam_plugin.install import standalone
from geo_sam_plugin.install.python_env import bundle_commands, choose_torch, runtime_pip_options
from geo_sam_plugin.install.runtime_builder import install_command
from geo_sam_plugin.pins import TORCH


def wheel(name: str, version: str, requires: list[str], platform: str = "any") -> tuple[str, bytes]:
    """A wheel (file name, bytes) whose module records its version; platform: its platform tag (any: pure Python)."""
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": f"__version__ = {version!r}\n",
        f"{dist}/METADATA": "Metadata-Version: 2.1\n" + f"Name: {name}\nVersion: {version}\n" + "".join(f"Requires-Dist: {r}\n" for r in requires),
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: geosam-tests\nRoot-Is-Purelib: true\n" + "".join(f"Tag: py3-none-{p}\n" for p in platform.split(".")),
    }
    files[f"{dist}/RECORD"] = "".join(f"{path},,\n" for path in files) + f"{dist}/RECORD,,\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for path, text in files.items():
            zf.writestr(path, text)
    return f"{name}-{version}-py3-none-{platform}.whl", buffer.getvalue()


# index path -> the stand-in wheels it serves (torchvision's local builds pin their torch, as PyTorch's do).
INDEXES = {
    "/simple": [("torch", "2.14.1", []), ("torchvision", "0.29.1", ["torch==2.14.1"]), ("timm", "1.0.20", ["torch", "torchvision"]),
                # Tagged as on PyPI: nvidia-cudnn-cu13 9.24.0.43 (Linux torch's) for glibc 2.27 only; older wheels manylinux2014.
                ("nvidia_cudnn_cu13", "9.24.0.43", [], "manylinux_2_27_x86_64"), ("oldwheel", "1.0", [], "manylinux_2_17_x86_64.manylinux2014_x86_64"),
                ("oldwheel", "1.0", [], "win_amd64")],
    "/whl/cpu": [("torch", "2.14.1+cpu", []), ("torchvision", "0.29.1+cpu", ["torch==2.14.1+cpu"])],
    "/whl/cu130": [("torch", "2.14.1+cu130", []), ("torchvision", "0.29.1+cu130", ["torch==2.14.1+cu130"])],
}


@pytest.fixture(scope="module")
def indexes():
    """The three PEP 503 indexes on one loopback server: <index>/<project>/ lists the wheels with their sha256."""
    server = ModelServer()
    for index, wheels in INDEXES.items():
        projects: dict[str, list[str]] = {}
        for name, version, requires, *platform in wheels:
            file_name, data = wheel(name, version, requires, *platform)
            server.files[f"/files{index}/{file_name}"] = data
            projects.setdefault(name, []).append(f'<a href="/files{index}/{file_name}#sha256={hashlib.sha256(data).hexdigest()}">{file_name}</a>')
        for name, links in projects.items():
            page = f"<!DOCTYPE html><html><body>{''.join(links)}</body></html>".encode()
            project = name.replace("_", "-")  # PEP 503's normalised name: pip asks for nvidia-cudnn-cu13/
            for path in (f"{index}/{project}/", f"{index}/{project}"):
                server.files[path], server.types[path] = page, "text/html"
    yield server
    server.close()


def pip_env(index_url: str) -> dict:
    """The loopback "PyPI" as pip's default index, and none of this machine's pip settings (its config files,
    PIP_FIND_LINKS, its extra indexes) in the way."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    return dict(env, PIP_CONFIG_FILE=os.devnull, PIP_INDEX_URL=index_url, PIP_DISABLE_PIP_VERSION_CHECK="1")


def fetched_wheels(server: ModelServer) -> list[str]:
    return sorted(path.rsplit("/", 1)[1] for path, _ in server.requests if path.endswith(".whl"))


@pytest.mark.parametrize("gpu, build", [(None, "cpu"), ((13, 0), "cu130")])
def test_the_runtime_pip_run_installs_the_chosen_torch_build_fetched_once(indexes, tmp_path, gpu, build):
    """The runtime's own pip command, with the torch choice's index moved to the loopback server: torch,
    torchvision and timm (which depends on both) resolve together; the +cpu / +cu130 build wins over "PyPI"'s."""
    choice = choose_torch("Linux", "x86_64", gpu)
    assert choice.index_url == f"https://download.pytorch.org/whl/{build}"
    local = replace(choice, index_url=f"{indexes.url}/whl/{build}")
    indexes.requests.clear()
    target = tmp_path / "site"
    # The runtime's command with pip's --target, so the stand-ins land in a folder of their own.
    command = install_command(sys.executable, [*runtime_pip_options(local), "--target", str(target)], [*TORCH, "timm>=0.9"])
    run = subprocess.run(command, env=pip_env(f"{indexes.url}/simple"), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    installed = sorted(p.name for p in target.glob("*.dist-info"))
    assert installed == ["timm-1.0.20.dist-info", f"torch-2.14.1+{build}.dist-info", f"torchvision-0.29.1+{build}.dist-info"]
    assert fetched_wheels(indexes) == ["timm-1.0.20-py3-none-any.whl", f"torch-2.14.1+{build}-py3-none-any.whl", f"torchvision-0.29.1+{build}-py3-none-any.whl"]
    assert "--no-cache-dir" in command


def test_the_offline_bundle_holds_one_torch_the_chosen_build(indexes, tmp_path):
    """python_env.py bundle's pip download: one run for torch and what depends on it, so the folder holds the
    chosen build only, and the runtime installs from it with --no-index."""
    local = replace(choose_torch("Windows", "AMD64", None), index_url=f"{indexes.url}/whl/cpu")
    indexes.requests.clear()
    dest = tmp_path / "wheels"
    (command,) = bundle_commands(str(dest), "win_amd64", "3.12", local, requirements=[*TORCH, "timm>=0.9"])
    run = subprocess.run([sys.executable, *command], env=pip_env(f"{indexes.url}/simple"), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert sorted(p.name for p in dest.iterdir()) == ["timm-1.0.20-py3-none-any.whl", "torch-2.14.1+cpu-py3-none-any.whl", "torchvision-0.29.1+cpu-py3-none-any.whl"]
    assert [w for w in fetched_wheels(indexes) if w.startswith("torch-")] == ["torch-2.14.1+cpu-py3-none-any.whl"]
    # The offline install from that folder, with the runtime's own options and no server.
    target = tmp_path / "site"
    offline = install_command(sys.executable, [*runtime_pip_options(local, wheel_dir=str(dest)), "--target", str(target)], [*TORCH, "timm>=0.9"])
    run = subprocess.run(offline, env=pip_env("http://127.0.0.1:9/unreachable"), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert (target / "torch-2.14.1+cpu.dist-info").is_dir()


def test_a_manylinux_2_28_bundle_takes_the_wheels_built_for_an_older_glibc(indexes, tmp_path):
    """pip download --platform manylinux_2_28_x86_64 alone refuses a wheel tagged manylinux_2_27 or manylinux2014 (pip
    widens only manylinux2014 / 2010 and macOS tags): bundle lists the older tags, which a glibc 2.28 system runs."""
    dest = tmp_path / "wheels"
    (command,) = bundle_commands(str(dest), "manylinux_2_28_x86_64", "3.12", replace(choose_torch("Linux", "x86_64", None), index_url=None),
                                 requirements=["nvidia-cudnn-cu13==9.24.0.43", "oldwheel==1.0"])
    run = subprocess.run([sys.executable, *command], env=pip_env(f"{indexes.url}/simple"), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert sorted(p.name for p in dest.iterdir()) == ["nvidia_cudnn_cu13-9.24.0.43-py3-none-manylinux_2_27_x86_64.whl",
                                                      "oldwheel-1.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"]
    # The same download with the tag alone, as before: pip finds no match (what the offline bench ran into).
    alone = [a for a in command if not a.startswith("manylinux") and a != "--platform"]
    alone[alone.index("--python-version"):alone.index("--python-version")] = ["--platform", "manylinux_2_28_x86_64"]
    run = subprocess.run([sys.executable, *alone[:-1], "--dest", str(tmp_path / "alone"), "oldwheel==1.0"], env=pip_env(f"{indexes.url}/simple"),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode != 0 and "No matching distribution" in run.stderr


def test_bundle_for_the_real_platforms_is_one_resolution_and_fetches_the_python_for_macos():
    """The commands `bundle` runs for each platform (the real requirement list): torch's index as an extra index of
    the same run as timm; no QGIS constraints (the runtime has its own numpy); sam2 and friends without deps."""
    for platform_tag, system, machine in (("win_amd64", "Windows", "AMD64"), ("manylinux_2_28_x86_64", "Linux", "x86_64"), ("macosx_11_0_arm64", "Darwin", "arm64")):
        binary, sources = bundle_commands("/w", platform_tag, "3.12", choose_torch(system, machine, None))
        assert "torch==2.14.1" in binary and "timm>=0.9" in binary and "-c" not in binary and "--index-url" not in binary
        assert ("--extra-index-url" in binary) == (system != "Darwin")  # macOS: PyPI's wheel is the MPS build
        assert "sam2==1.1.0" in sources and "--no-deps" in sources
    dry = subprocess.run([sys.executable, str(ROOT / "geo_sam_plugin/install/python_env.py"), "bundle", "/tmp/w", "--platform", "macosx_11_0_arm64", "--python", "3.12", "--with-python", "--dry-run"],
                         capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0 and "cpython-3.12.12+20251031-aarch64-apple-darwin-install_only.tar.gz" in dry.stdout, dry.stdout + dry.stderr


def test_the_packages_a_bundle_fetches_without_dependencies_agree_with_each_other(tmp_path):
    """bundle's second pip run fetches hydra-core, omegaconf, iopath ... with --no-deps, each the newest its range allows,
    from this machine's package index: every requirement one of them states on another must hold for the versions
    fetched (omegaconf 2.4.0 once came with hydra-core, which requires < 2.4, and the offline runtime failed)."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

    from geo_sam_plugin.pins import NO_DEPS

    (_, sources) = bundle_commands(str(tmp_path), "win_amd64", "3.12", choose_torch("Windows", "AMD64", None))
    # sam2, sam3 ... are large; what they require of these (sam2: hydra-core>=1.3.2, iopath>=0.1.10) is the ranges named.
    sources = [a for a in sources if a not in NO_DEPS]
    run = subprocess.run([sys.executable, *sources], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    versions, requirements = {}, []
    for path in tmp_path.glob("*.whl"):
        name, version, *_ = parse_wheel_filename(path.name)
        versions[name] = version
        with zipfile.ZipFile(path) as zf:
            metadata = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
            requirements += [(name, Requirement(line.split(":", 1)[1].strip())) for line in zf.read(metadata).decode().splitlines() if line.startswith("Requires-Dist:")]
    versions.update(parse_sdist_filename(path.name) for path in tmp_path.glob("*.tar.gz"))  # iopath: source only
    assert {"hydra-core", "omegaconf", "iopath"} <= set(versions)
    checked = [(who, req) for who, req in requirements if canonicalize_name(req.name) in versions and not (req.marker and "extra" in str(req.marker))]
    assert checked, "no requirement between the fetched packages was checked"
    broken = [f"{who} {versions[who]} requires {req}, fetched {versions[canonicalize_name(req.name)]}" for who, req in checked
              if not req.specifier.contains(versions[canonicalize_name(req.name)], prereleases=True)]
    assert not broken, broken


def standin_archive(triple: str) -> bytes:
    """A python-build-standalone install_only layout (python/bin/python3 -> python3.12, python/lib/...): a stand-in."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        def add(name, data=b"", mode=0o644, link=None):
            info = tarfile.TarInfo(name)
            if link:
                info.type, info.linkname = tarfile.SYMTYPE, link
            else:
                info.size, info.mode = len(data), mode
            tar.addfile(info, io.BytesIO(data) if not link else None)
        if triple.endswith("windows-msvc"):
            add("python/python.exe", b"MZ", 0o755)
        else:
            add("python/bin/python3.12", b"#!/bin/sh\nexec /usr/bin/python3 \"$@\"\n", 0o755)
            add("python/bin/python3", link="python3.12")
        add("python/lib/python3.12/os.py", b"# stand-in\n")
    return buffer.getvalue()


def test_the_standalone_python_is_downloaded_checked_and_unpacked_from_a_server_a_mirror_or_a_folder(tmp_path, monkeypatch):
    triple = standalone.standalone_triple("Darwin", "arm64")
    assert triple == "aarch64-apple-darwin" and standalone.standalone_triple("Windows", "AMD64") == "x86_64-pc-windows-msvc"
    name = standalone.archive_name(triple)
    data = standin_archive(triple)
    pinned = {triple: hashlib.sha256(data).hexdigest()}  # the stand-in's own sha256 in place of the release's
    server = ModelServer()
    try:
        server.files[f"/{standalone.STANDALONE_RELEASE}/{name}"] = data
        server.files[f"/mirror/{name}"] = data
        logs: list[str] = []
        # From the release's URL (here: the loopback server standing in for GitHub).
        monkeypatch.setattr(standalone, "RELEASES_URL", server.url)
        home = standalone.standalone_home(tmp_path / "a" / "runtime")
        python = standalone.install_standalone(triple, home, log=logs.append, sha256=pinned)
        assert python == home / "python/bin/python3" and python.is_symlink() and (home / "python/lib/python3.12/os.py").is_file()
        assert any(f"{server.url}/{standalone.STANDALONE_RELEASE}/{name}" in line for line in logs)
        assert standalone.install_standalone(triple, home, log=logs.append, sha256=pinned) == python  # kept: no second download
        assert len([p for p, _ in server.requests if p.endswith(name)]) == 1
        # A mirror (the environment variable, as for models).
        monkeypatch.setenv(standalone.MIRROR_ENV, f"{server.url}/mirror")
        home_b = standalone.standalone_home(tmp_path / "b" / "runtime")
        assert standalone.install_standalone(triple, home_b, log=logs.append, sha256=pinned).is_symlink()
        assert any(path == f"/mirror/{name}" for path, _ in server.requests)
        # An offline folder of wheels that holds the archive; none that lacks it: one line, nothing unpacked.
        offline = tmp_path / "wheels"
        offline.mkdir()
        (offline / name).write_bytes(data)
        home_c = standalone.standalone_home(tmp_path / "c" / "runtime")
        assert standalone.install_standalone(triple, home_c, source=str(offline), sha256=pinned).is_symlink()
        with pytest.raises(standalone.StandaloneError, match="is missing: put the Python archive into the folder of wheels"):
            standalone.install_standalone(triple, tmp_path / "d" / "python", source=str(tmp_path))
        # A damaged file (the real pinned sha256 does not match the stand-in): refused, removed, nothing unpacked.
        home_e = standalone.standalone_home(tmp_path / "e" / "runtime")
        with pytest.raises(standalone.StandaloneError, match="does not match its pinned sha256"):
            standalone.install_standalone(triple, home_e, source=str(offline))
        assert not home_e.exists() and not list(home_e.parent.rglob("*.part"))
        # A server that answers 404.
        with pytest.raises(standalone.StandaloneError, match="answered HTTP 404"):
            standalone.install_standalone(triple, tmp_path / "f" / "python", source=f"{server.url}/nothing", sha256=pinned)
    finally:
        server.close()


def test_the_standalone_python_is_the_base_on_macos_and_below_python_3_10_only():
    assert standalone.needs_standalone("Darwin", (3, 12)) and standalone.needs_standalone("Darwin", (3, 9))
    assert standalone.needs_standalone("Windows", (3, 9)) and not standalone.needs_standalone("Windows", (3, 12))
    assert not standalone.needs_standalone("Linux", (3, 11)) and not standalone.needs_standalone("Linux", None)
    with pytest.raises(standalone.StandaloneError, match="No standalone Python 3.12.12 is pinned for Linux on riscv64"):
        standalone.standalone_triple("Linux", "riscv64")
    # Each pinned archive is a published install_only build with a full sha256.
    assert all(len(h) == 64 and int(h, 16) for h in standalone.SHA256.values())

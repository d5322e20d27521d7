# SPDX-License-Identifier: GPL-2.0-or-later
"""Builds GeoSAM's runtime (engine/runtime.py says what and where it is): the one code path that `make setup`
(scripts/setup_env.sh) and the in-QGIS installer use.

QGIS's Python never imports torch: a user's numpy, Windows DLLs or the signed macOS QGIS app cannot break the
engine, and an engine crash cannot take QGIS down. The runtime is built from a base interpreter (QGIS's own on Linux
and Windows) into a sibling folder and renamed at the end: a build that did not finish is never used.

No qgis import; run from the plugin folder with any Python:

    python3 -m geo_sam_plugin.install.runtime_builder build [--base PYTHON] [--target DIR] [--pip-option OPT]...
    python3 -m geo_sam_plugin.install.runtime_builder build --standalone [--python-source URL|DIR]   # macOS, Python < 3.10
    python3 -m geo_sam_plugin.install.runtime_builder path      # where the plugin looks
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..engine.runtime import RUNTIME_ENV, STAMP, RuntimeMissing, runtime_home, runtime_python, worker_environment
from .pins import DASK, NO_DEPS, RASTERIO, REQUIREMENTS
from .standalone import StandaloneError, install_standalone, standalone_home, standalone_triple

# What the runtime holds: the engine's requirements, with rasterio's wheel (it brings its own GDAL).
RUNTIME_REQUIREMENTS = [*REQUIREMENTS, RASTERIO]

def pins_digest(requirements: list[str]) -> str:
    """What the runtime is built from: a new plugin version with other pins (or other extras) rebuilds it."""
    return hashlib.sha256("\n".join(requirements + NO_DEPS).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class RuntimeState:
    """What the dialog shows of an installed runtime."""

    root: Path
    python: Path
    torch: str  # "torch 2.14.1+cu130", or "" when it cannot be read
    size_bytes: int


def describe_runtime(root: Path, platform: str = sys.platform) -> RuntimeState | None:
    """The runtime in `root` (its Python, its torch build, its size on disk), or None when there is no finished one.
    Reads files only (walks the folder for the size: call it off the GUI thread)."""
    python = runtime_python(root, platform)
    if not (python.is_file() and (root / STAMP).is_file()):
        return None
    found = sorted(root.glob("lib/python3*/site-packages/torch-*.dist-info")) + sorted(root.glob("Lib/site-packages/torch-*.dist-info"))
    torch = "torch " + found[0].name[len("torch-") : -len(".dist-info")] if found else ""
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
    return RuntimeState(root, python, torch, size)


def remove_runtime(root: Path) -> None:
    """Delete the runtime (the dialog's Remove; the worker must be stopped first). A half-deleted folder loses its
    stamp first, so it is never taken for a runtime."""
    (root / STAMP).unlink(missing_ok=True)
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(root.with_name(root.name + ".building"), ignore_errors=True)


def hide_password(text: str) -> str:
    """A proxy URL's password masked, for logs (http://ana:***@proxy:3128)."""
    return re.sub(r"://([^:/@\s]+):[^@\s]*@", r"://\1:***@", text)


_RUNNING: list[subprocess.Popen] = []  # the step running now (pip, venv): what a cancel stops


def _run(command: list[str], log, env: dict | None = None) -> None:
    log(hide_password("$ " + " ".join(command)))
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as process:
        _RUNNING.append(process)
        try:
            stdout, stderr = process.communicate()
        finally:
            _RUNNING.remove(process)
    if process.returncode != 0:
        tail = [line for line in (stderr or stdout).splitlines() if line.strip() and "is ignored" not in line][-15:]
        raise RuntimeMissing(hide_password(f"Building GeoSAM's runtime failed at: {' '.join(command[:6])} ...\n" + "\n".join(tail)))


def stop_with_stdin(building: Path) -> None:
    """The installer's Cancel: when this process's stdin closes, the running step is stopped, the unfinished build
    removed, and the builder exits (code 3). A thread; only with --stop-with-stdin (make setup's stdin may be /dev/null)."""
    import os
    import threading

    def watch() -> None:
        sys.stdin.read()  # returns at EOF: the installer closed the pipe
        for process in list(_RUNNING):
            process.kill()
        shutil.rmtree(building, ignore_errors=True)
        print("The build was cancelled: nothing was installed.", flush=True)
        os._exit(3)

    threading.Thread(target=watch, name="cancel watch", daemon=True).start()


def build_runtime(base_python: str, root: Path | None = None, pip_options: list[str] | None = None, log=print, platform: str = sys.platform,
                  with_dask: bool | None = None, force: bool = False) -> Path:
    """Create (or update) the runtime from base_python; returns its Python. Idempotent: a finished runtime with the
    same pins is kept as it is. Built into a sibling folder and renamed at the end, so a failed or interrupted build
    never leaves a half runtime where the plugin looks. with_dask: also dask and distributed (encodes on a cluster);
    None keeps what the runtime there has. force: build again even when a finished runtime is there (Repair).
    """
    root = Path(root) if root is not None else runtime_home(platform)
    stamp = root / STAMP
    if with_dask is None:
        with_dask = any(r.startswith("dask") for r in _stamp(stamp).get("requirements", []))
    requirements = RUNTIME_REQUIREMENTS + (DASK if with_dask else [])
    digest = pins_digest(requirements)
    if runtime_python(root, platform).is_file() and not force and _stamp(stamp).get("pins") == digest:
        return runtime_python(root, platform)
    building = root.with_name(root.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.parent.mkdir(parents=True, exist_ok=True)
    env = worker_environment(platform=platform)
    try:
        _build_into(base_python, building, requirements, digest, pip_options or [], log, env, platform)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)  # never half a runtime
        raise
    if root.exists():
        shutil.rmtree(root)
    # A venv's scripts name its folder: rename, then recreate the venv in place (keeps the packages) to fix them.
    building.rename(root)
    _run([base_python, "-m", "venv", "--upgrade", str(root)], log, env)
    log(f"GeoSAM's runtime is ready: {runtime_python(root, platform)}")
    return runtime_python(root, platform)


def _stamp(stamp: Path) -> dict:
    """What a finished runtime was built from ({} when there is none, or it is unreadable)."""
    try:
        return json.loads(stamp.read_text())
    except (OSError, ValueError):
        return {}


def install_command(python: str, pip_options: list[str], requirements: list[str]) -> list[str]:
    """The runtime's main pip run. One resolution: torch, torchvision and everything that depends on torch (timm,
    segment-anything ...) in the same run, with the chosen torch build's index among pip_options, so nothing fetches
    torch twice; --no-cache-dir: no second copy of multi-GB torch wheels in pip's cache."""
    return [python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options, "--no-cache-dir", *requirements]


def _build_into(base_python: str, building: Path, requirements: list[str], digest: str, pip_options: list[str], log, env: dict, platform: str) -> None:
    # No system site-packages: nothing of QGIS's numpy, GDAL bindings or rasterio reaches the runtime.
    _run([base_python, "-m", "venv", str(building)], log, env)
    python = str(runtime_python(building, platform))
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options]
    _run([*pip, "--upgrade", "pip", "setuptools", "wheel"], log, env)  # Python 3.12+ venvs have no setuptools; iopath is an sdist
    _run(install_command(python, pip_options, requirements), log, env)
    # sam2 is a source distribution: built against the runtime's torch (no isolated build that downloads another).
    _run([*pip, "--no-deps", "--no-build-isolation", *NO_DEPS], log, dict(env, SAM2_BUILD_CUDA="0"))
    _run([python, "-c", "import torch, numpy, pyarrow, shapely, rasterio, segment_anything, sam2; print(torch.__version__)"], log, env)
    (building / STAMP).write_text(json.dumps({"pins": digest, "base": base_python, "requirements": requirements + NO_DEPS}, indent=1))


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m geo_sam_plugin.install.runtime_builder", description="GeoSAM's runtime: the Python environment the engine's worker runs in.")
    parser.add_argument("action", choices=["build", "path"])
    parser.add_argument("--base", default=sys.executable, help="the base interpreter (default: the one running this)")
    parser.add_argument("--target", default=None, help=f"the runtime's folder (default: ${RUNTIME_ENV} or {runtime_home()})")
    parser.add_argument("--pip-option", action="append", default=[], help="an option for every pip run (--extra-index-url=URL, --proxy=URL, --find-links=DIR, ...)")
    parser.add_argument("--standalone", action="store_true", help="build from a pinned standalone CPython (downloaded and checked; macOS, or a QGIS Python older than 3.10) instead of --base")
    parser.add_argument("--python-source", default=None, help="with --standalone: a mirror's base URL, or a folder that holds the Python archive (offline)")
    parser.add_argument("--stop-with-stdin", action="store_true", help="cancel the build (and remove the unfinished one) when stdin closes: the installer's Cancel")
    parser.add_argument("--force", action="store_true", help="build again even when a finished runtime is there (the dialog's Repair)")
    parser.add_argument("--with-dask", action="store_true", default=None, help="also dask and distributed (encodes on a cluster; make setup adds them for the tests); "
                        "without it, a runtime that has them keeps them")
    args = parser.parse_args(argv[1:])
    if args.action == "path":
        print(runtime_python(Path(args.target) if args.target else runtime_home()))
        return 0
    root = Path(args.target) if args.target else runtime_home()
    if args.stop_with_stdin:
        stop_with_stdin(root.with_name(root.name + ".building"))
    try:
        base = args.base
        if args.standalone:
            import platform

            options = args.pip_option
            proxy = next((options[i + 1] for i, o in enumerate(options[:-1]) if o == "--proxy"), None)
            base = str(install_standalone(standalone_triple(platform.system(), platform.machine()), standalone_home(root), args.python_source, proxy=proxy))
        build_runtime(base, root, pip_options=args.pip_option, with_dask=args.with_dask, force=args.force)
    except (RuntimeMissing, StandaloneError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# SPDX-License-Identifier: GPL-2.0-or-later
"""Builds GeoSAM's runtime (engine/runtime.py says what and where it is): the one code path that `make setup`
(scripts/setup_env.sh) and the in-QGIS installer use.

QGIS's Python never imports torch: a user's numpy, Windows DLLs or the signed macOS QGIS app cannot break the
engine, and an engine crash cannot take QGIS down. The runtime is built from a base interpreter (QGIS's own on Linux
and Windows) into a sibling folder and renamed at the end: a build that did not finish is never used.

- Never a lost runtime: a new build replaces the old one only after a worker started in it passed its self-test
  (a tiny encode and a click); until then the old one waits beside it (`runtime.old-<pid>`) and is put back when
  the swap or the test fails. *Update* installs only what the pins changed into the runtime in place (the same torch
  build from the same index), checks it the same way, and builds anew when that fails.
- One build at a time: `runtime.lock` holds the builder's pid (a lock whose process is gone is stale and taken);
  every temporary folder is named with the builder's pid, so two QGIS never delete each other's work.
- pip's temporary files go beside the runtime (TMPDIR / TEMP), on the volume whose free space the installer checked.
- A proxy reaches pip through HTTP(S)_PROXY / NO_PROXY in the builder's environment, never on a command line.

No qgis import; run from the plugin folder with any Python:

    python3 -m geo_sam_plugin.install.runtime_builder build [--base PYTHON] [--target DIR] [--pip-option OPT]...
    python3 -m geo_sam_plugin.install.runtime_builder build --standalone [--python-source URL|DIR]   # macOS, Python < 3.10
    python3 -m geo_sam_plugin.install.runtime_builder update [--target DIR]   # only what this plugin's pins changed
    python3 -m geo_sam_plugin.install.runtime_builder path      # where the plugin looks
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import platform as platform_module
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..engine.runtime import RUNTIME_ENV, STAMP, RuntimeMissing, read_stamp, runtime_home, runtime_python, worker_environment
from ..paths import plugin_version
from ..pins import DASK, NO_DEPS, RASTERIO, REQUIREMENTS
from .python_env import explain_runtime_failure
from .standalone import StandaloneError, downloads_folder, install_standalone, standalone_home, standalone_triple

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
    torch: str  # "torch 2.14.1+cu130", "torch 2.14.1 (CUDA 13.0 build)", or "" when it cannot be read
    size_bytes: int  # -1: not measured (runtime_size walks the folder: off the GUI thread)
    plugin: str = ""  # the GeoSAM version it was built for ("" for runtimes older than that stamp field)


def describe_runtime(root: Path, platform: str = sys.platform) -> RuntimeState | None:
    """The runtime in `root` (its Python, its torch build, the plugin version it was built for), or None when there is
    no finished one. Reads a few files: fit for the GUI thread (its size: runtime_size, off it)."""
    python = runtime_python(root, platform)
    if not (python.is_file() and (root / STAMP).is_file()):
        return None
    sites = sorted(root.glob("lib/python3*/site-packages")) + sorted(root.glob("Lib/site-packages"))
    found = [d for site in sites for d in sorted(site.glob("torch-*.dist-info"))]
    torch = ""
    if found:
        version = found[0].name[len("torch-") : -len(".dist-info")]
        torch = f"torch {version}"
        try:  # PyPI's Linux wheel is a CUDA build without a '+cu' label: torch/version.py names its CUDA
            cuda = re.search(r"^cuda\s*(?::\s*\S+)?\s*=\s*['\"]([\d.]+)['\"]", (found[0].parent / "torch" / "version.py").read_text(encoding="utf-8"), re.M)
        except OSError:
            cuda = None
        if cuda and "+" not in version:
            torch += f" (CUDA {cuda.group(1)} build)"
    return RuntimeState(root, python, torch, -1, read_stamp(root).get("plugin", ""))


def runtime_size(root: Path) -> int:
    """The runtime's size on disk in bytes (walks gigabytes of files: call it off the GUI thread)."""
    return sum(f.stat().st_size for f in Path(root).rglob("*") if f.is_file() and not f.is_symlink())


def remove_runtime(root: Path) -> list[Path]:
    """Delete the runtime and everything the builder made beside it: the standalone Python and its download, leftovers
    of builds whose process is gone (the dialog's Remove; the worker must be stopped first). A half-deleted folder
    loses its stamp first, so it is never taken for a runtime. Refused while a build holds the lock. Returns what
    was removed."""
    with runtime_lock(root):
        python_home = standalone_home(root)
        made = [root, python_home, downloads_folder(python_home), *_leftovers(root)]
        removed = [p for p in made if p.exists()]
        (root / STAMP).unlink(missing_ok=True)
        for path in removed:
            shutil.rmtree(path, ignore_errors=True)
    return removed


# ------------------------------------------------------------------------------------- one build at a time
FAILED = "GEOSAM-FAILED: "  # the builder's last line when it fails: the one line the dialog shows
CHECKED = "GEOSAM-CHECKED: "  # the self-test's result (JSON), read by the dialog for its "ready"


def lock_path(root: Path) -> Path:
    return root.with_name(root.name + ".lock")


def pid_alive(pid: int) -> bool:
    """Whether a process with that id runs (a lock whose builder is gone is stale). Never signals it: os.kill on
    Windows would end it, so Windows asks OpenProcess / GetExitCodeProcess instead."""
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def runtime_lock(root: Path):
    """Hold `runtime.lock` (the pid of this process) while building, updating or removing; RuntimeMissing in one line
    when another process holds it. A lock whose process is gone is taken over, and its leftovers cleaned."""
    lock = lock_path(root)
    lock.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            owner = _lock_owner(root)
            if owner and pid_alive(owner):
                raise RuntimeMissing(f"GeoSAM's runtime in {root} is being built or removed by another process (pid {owner}): wait for it to finish, "
                                     f"or end that process; nothing was changed.") from None
            lock.unlink(missing_ok=True)  # stale: its builder is gone
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"pid": os.getpid(), "started": time.time()}, out)
        break
    else:
        raise RuntimeMissing(f"Cannot take {lock}: remove it if no GeoSAM build runs.")
    try:
        _recover(root)
        yield
    finally:
        lock.unlink(missing_ok=True)


def _suffixed(root: Path, kind: str, pid: int | None = None) -> Path:
    return root.with_name(f"{root.name}.{kind}-{os.getpid() if pid is None else pid}")


def _leftovers(root: Path) -> list[Path]:
    """Temporary folders of builds whose process is gone (.building-<pid>, .tmp-<pid>, .old-<pid>)."""
    found = []
    for path in root.parent.glob(f"{glob.escape(root.name)}.*-*"):
        kind, _, pid = path.name[len(root.name) + 1 :].rpartition("-")
        if kind in ("building", "tmp", "old") and pid.isdigit() and not pid_alive(int(pid)):
            found.append(path)
    return found


def _put_back(old: Path, root: Path) -> None:
    """The runtime moved aside during a swap back in its place, whatever stands there now."""
    shutil.rmtree(root, ignore_errors=True)
    old.rename(root)


def _recover(root: Path) -> None:
    """Under the lock: a runtime moved aside by a builder that died mid-swap is put back; other leftovers are removed."""
    for path in _leftovers(root):
        if path.name.startswith(f"{root.name}.old-") and not (root / STAMP).is_file():
            _put_back(path, root)
        else:
            shutil.rmtree(path, ignore_errors=True)


def hide_password(text: str) -> str:
    """A proxy URL's password masked, for logs (http://ana:***@proxy:3128)."""
    return re.sub(r"://([^:/@\s]+):[^@\s]*@", r"://\1:***@", text)


def _lock_owner(root: Path) -> int:
    try:
        return int(json.loads(lock_path(root).read_text(encoding="utf-8")).get("pid", 0))
    except (OSError, ValueError, AttributeError):
        return 0


_RUNNING: list[subprocess.Popen] = []  # the step running now (pip, venv): what a cancel stops


def _run(command: list[str], log, env: dict | None = None) -> None:
    log(hide_password("$ " + " ".join(command)))
    # UTF-8 with replacement, whatever the system's code page (cp936, cp1252): pip's real error is never hidden.
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8", errors="replace", env=env) as process:
        _RUNNING.append(process)
        try:
            stdout, stderr = process.communicate()
        finally:
            _RUNNING.remove(process)
    if process.returncode != 0:
        tail = [line for line in (stderr or stdout).splitlines() if line.strip() and "is ignored" not in line][-15:]
        raise RuntimeMissing(hide_password(f"Building GeoSAM's runtime failed at: {' '.join(command[:6])} ...\n" + "\n".join(tail)))


def stop_with_stdin(root: Path) -> None:
    """The installer's Cancel: when this process's stdin closes, the running step is stopped, the unfinished build
    removed (a runtime moved aside is put back), the lock released, and the builder exits (code 3). A thread; only
    with --stop-with-stdin (make setup's stdin may be /dev/null)."""
    import threading

    def watch() -> None:
        sys.stdin.read()  # returns at EOF: the installer closed the pipe
        for process in list(_RUNNING):
            process.kill()
        for kind in ("building", "tmp"):
            shutil.rmtree(_suffixed(root, kind), ignore_errors=True)
        old = _suffixed(root, "old")
        if old.exists():
            _put_back(old, root)
        if _lock_owner(root) == os.getpid():
            lock_path(root).unlink(missing_ok=True)
        print("The build was cancelled: nothing was installed.", flush=True)
        os._exit(3)

    threading.Thread(target=watch, name="cancel watch", daemon=True).start()


def build_runtime(base_python: str, root: Path | None = None, pip_options: list[str] | None = None, log=print, platform: str = sys.platform,
                  with_dask: bool | None = None, force: bool = False, check: bool = True, check_kept: bool = False) -> Path:
    """Create (or repair) the runtime from base_python; returns its Python. Idempotent: a finished runtime with the
    same pins is kept as it is. Built into a sibling folder; the old runtime is moved aside, the new one put in its
    place and checked by a worker's self-test (check), and only then is the old one deleted: a failed or interrupted
    build never leaves a half runtime where the plugin looks, nor loses a working one. with_dask: also dask and
    distributed (encodes on a cluster); None keeps what the runtime there has. force: build again even when a
    finished runtime is there (Repair). check_kept: a runtime kept as it is is checked too (the dialog's Install over a
    finished one; `make setup` keeps it without starting a worker).
    """
    root = Path(root) if root is not None else runtime_home(platform)
    with runtime_lock(root):
        stamp = read_stamp(root)
        requirements = _requirements(stamp, with_dask)
        digest = pins_digest(requirements)
        python = runtime_python(root, platform)
        if python.is_file() and not force and stamp.get("pins") == digest:
            if check and check_kept:
                self_test(python, log)
            return python
        building = _suffixed(root, "building")
        building.parent.mkdir(parents=True, exist_ok=True)
        env = _build_environment(root, platform)
        try:
            _build_into(base_python, building, requirements, digest, pip_options or [], log, env, platform)
            _swap_in(building, root, base_python, log, env, platform, check)
        finally:
            shutil.rmtree(building, ignore_errors=True)  # never half a runtime
            shutil.rmtree(_suffixed(root, "tmp"), ignore_errors=True)
        log(f"GeoSAM's runtime is ready: {python}")
        return python


def update_runtime(root: Path | None = None, pip_options: list[str] | None = None, log=print, platform: str = sys.platform, check: bool = True) -> Path:
    """Install into the existing runtime only what this plugin's pins need and it lacks (pip keeps what already
    satisfies them: the same torch build stays, from the index it came from), then check it with a worker's
    self-test. RuntimeMissing when there is no runtime to update, or when the update or its check failed (then
    build_runtime(force=True) builds anew, as the dialog's Update does)."""
    root = Path(root) if root is not None else runtime_home(platform)
    python = runtime_python(root, platform)
    with runtime_lock(root):
        stamp = read_stamp(root)
        if not (python.is_file() and stamp):
            raise RuntimeMissing(f"There is no finished runtime in {root} to update: install it.")
        requirements = _requirements(stamp)
        options = list(pip_options or [])
        if stamp.get("torch_index") and "--extra-index-url" not in options and "--no-index" not in options:
            options += ["--extra-index-url", stamp["torch_index"]]  # the same torch build as the one installed
        env = _build_environment(root, platform)
        try:
            _install_packages(str(python), options, requirements, log, env)
        finally:
            shutil.rmtree(_suffixed(root, "tmp"), ignore_errors=True)
        if check:
            self_test(python, log)
        _write_stamp(root, pins_digest(requirements), stamp.get("base") or "", requirements, options)
        log(f"GeoSAM's runtime is up to date: {python}")
        return python


def _requirements(stamp: dict, with_dask: bool | None = None) -> list[str]:
    """What the runtime holds for this plugin: its requirements, and dask when asked (None: when the runtime that the
    stamp describes has it)."""
    if with_dask is None:
        with_dask = any(r.startswith("dask") for r in stamp.get("requirements", []))
    return RUNTIME_REQUIREMENTS + (DASK if with_dask else [])


def _install_packages(python: str, pip_options: list[str], requirements: list[str], log, env: dict) -> None:
    """The runtime's packages in its Python: everything in one resolution (install_command), then the ones that
    over-declare numpy without their dependencies. sam2 is a source distribution: built against the runtime's torch
    (no isolated build that downloads another)."""
    _run(install_command(python, pip_options, requirements), log, env)
    _run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options, "--no-deps", "--no-build-isolation", *NO_DEPS], log,
         dict(env, SAM2_BUILD_CUDA="0"))


def _build_environment(root: Path, platform: str) -> dict:
    """The builder's children's environment: the worker's clean one, with pip's temporary folder beside the runtime
    (on the volume the installer checked for space: a full C: or a tmpfs /tmp would fail halfway, pypa/pip#7745)."""
    env = worker_environment(platform=platform)
    tmp = _suffixed(root, "tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    for name in ("TMPDIR", "TEMP", "TMP"):
        env[name] = str(tmp)
    return env


def _swap_in(building: Path, root: Path, base_python: str, log, env: dict, platform: str, check: bool) -> None:
    """Put the new runtime where the old one is, keeping the old one aside until the new one passed the self-test."""
    old = _suffixed(root, "old") if root.exists() else None
    if old is not None:
        try:
            root.rename(old)
        except OSError as exc:  # Windows: a worker still holds torch's DLLs
            raise RuntimeMissing(f"The runtime in {root} is in use ({exc.strerror or exc}): close the GeoSAM dock and every QGIS using it, then Repair "
                                 "again; the old runtime was kept.") from None
    try:
        building.rename(root)
        # A venv's scripts name its folder: recreate the venv in place (keeps the packages) to fix them.
        _run([base_python, "-m", "venv", "--upgrade", str(root)], log, env)
        if check:
            self_test(runtime_python(root, platform), log)
    except BaseException:
        if old is not None:
            _put_back(old, root)
            log(f"The old runtime was put back in {root}.")
        else:
            shutil.rmtree(root, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def self_test(python: Path, log=print, platform: str = sys.platform) -> dict:
    """The runtime checked by running it: `python -m encoder self-test` in it (torch loads, a tiny SAM encodes a small
    raster, a click becomes a polygon), from the plugin folder in the worker's clean environment. Its result (torch's
    version, the device, seconds) is logged as one CHECKED line; RuntimeMissing with the user's fix when it fails."""
    from ..paths import PLUGIN_DIR

    log("== checking the runtime: a tiny SAM encodes a small raster and answers a click in it")
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run([str(python), "-s", "-m", "encoder", "self-test"], cwd=str(PLUGIN_DIR), env=worker_environment(platform=platform),
                              capture_output=True, encoding="utf-8", errors="replace", timeout=900, creationflags=flags)
    except (OSError, subprocess.SubprocessError) as exc:
        raise RuntimeMissing(explain_runtime_failure(str(exc))) from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeMissing(explain_runtime_failure(done.stderr + "\n" + done.stdout))
    result = json.loads(lines[-1])
    log(CHECKED + json.dumps(result))
    return result


def install_command(python: str, pip_options: list[str], requirements: list[str]) -> list[str]:
    """The runtime's main pip run. One resolution: torch, torchvision and everything that depends on torch (timm,
    segment-anything ...) in the same run, with the chosen torch build's index among pip_options, so nothing fetches
    torch twice; --no-cache-dir: no second copy of multi-GB torch wheels in pip's cache."""
    return [python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options, "--no-cache-dir", *requirements]


def _build_into(base_python: str, building: Path, requirements: list[str], digest: str, pip_options: list[str], log, env: dict, platform: str) -> None:
    # No system site-packages: nothing of QGIS's numpy, GDAL bindings or rasterio reaches the runtime.
    shutil.rmtree(building, ignore_errors=True)
    _run([base_python, "-m", "venv", str(building)], log, env)
    python = str(runtime_python(building, platform))
    # Python 3.12+ venvs have no setuptools; iopath is an sdist.
    _run([python, "-m", "pip", "install", "--disable-pip-version-check", "-q", *pip_options, "--upgrade", "pip", "setuptools", "wheel"], log, env)
    _install_packages(python, pip_options, requirements, log, env)
    _run([python, "-c", "import torch, numpy, pyarrow, shapely, rasterio, segment_anything, sam2; print(torch.__version__)"], log, env)
    _write_stamp(building, digest, base_python, requirements, pip_options)


def _write_stamp(root: Path, digest: str, base_python: str, requirements: list[str], pip_options: list[str]) -> None:
    """The runtime's stamp, written last: which plugin version, pins and base Python it was built from, and the torch
    index its torch came from (an Update keeps that build)."""
    index = next((pip_options[i + 1] for i, o in enumerate(pip_options[:-1]) if o == "--extra-index-url"), None)
    stamp = {"plugin": plugin_version(), "pins": digest, "base": base_python, "python": platform_module.python_version(),
             "requirements": requirements + NO_DEPS, "torch_index": index}
    # Not encoder/files.py's atomic_write: this module runs as `python -m geo_sam_plugin.install.runtime_builder`,
    # where the encoder package is not importable.
    tmp = root / (STAMP + ".part")
    tmp.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    os.replace(tmp, root / STAMP)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m geo_sam_plugin.install.runtime_builder", description="GeoSAM's runtime: the Python environment the engine's worker runs in.")
    parser.add_argument("action", choices=["build", "update", "path"], help="build: install (or Repair with --force); update: only what this plugin's pins "
                        "changed, building anew when that fails; path: where the plugin looks")
    parser.add_argument("--base", default=sys.executable, help="the base interpreter (default: the one running this)")
    parser.add_argument("--target", default=None, help=f"the runtime's folder (default: ${RUNTIME_ENV} or {runtime_home()})")
    parser.add_argument("--pip-option", action="append", default=[], help="an option for every pip run (--extra-index-url=URL, --find-links=DIR, ...); "
                        "a proxy goes in HTTPS_PROXY / HTTP_PROXY, never here (a command line is visible to every user)")
    parser.add_argument("--standalone", action="store_true", help="build from a pinned standalone CPython (downloaded and checked; macOS, or a QGIS Python older than 3.10) instead of --base")
    parser.add_argument("--python-source", default=None, help="with --standalone: a mirror's base URL, or a folder that holds the Python archive (offline)")
    parser.add_argument("--stop-with-stdin", action="store_true", help="cancel the build (and remove the unfinished one) when stdin closes: the installer's Cancel")
    parser.add_argument("--force", action="store_true", help="build again even when a finished runtime is there (the dialog's Repair)")
    parser.add_argument("--check-kept", action="store_true", help="run the worker's self-test on a finished runtime that is kept as it is (every new build is checked)")
    parser.add_argument("--with-dask", action="store_true", default=None, help="also dask and distributed (encodes on a cluster; make setup adds them for the tests); "
                        "without it, a runtime that has them keeps them")
    args = parser.parse_args(argv[1:])
    if args.action == "path":
        print(runtime_python(Path(args.target) if args.target else runtime_home()))
        return 0
    root = Path(args.target) if args.target else runtime_home()
    if args.stop_with_stdin:
        stop_with_stdin(root)
    try:
        if args.action == "update":
            try:
                update_runtime(root, pip_options=args.pip_option)
                return 0
            except RuntimeMissing as exc:
                if "being built or removed by another process" in str(exc):
                    raise
                print(f"The update did not give a working runtime ({str(exc).splitlines()[0]}): building it anew; the old one is kept until the new one works.", flush=True)
        base = args.base
        if args.standalone:
            base = str(install_standalone(standalone_triple(platform_module.system(), platform_module.machine()), standalone_home(root), args.python_source))
        build_runtime(base, root, pip_options=args.pip_option, with_dask=args.with_dask, force=args.force or args.action == "update", check_kept=args.check_kept)
    except (RuntimeMissing, StandaloneError) as exc:
        print(exc, file=sys.stderr, flush=True)
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        print(FAILED + lines[0] + (f" ({lines[-1]})" if len(lines) > 1 else ""), flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

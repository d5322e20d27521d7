# SPDX-License-Identifier: GPL-2.0-or-later
"""A pinned CPython from python-build-standalone: the base of GeoSAM's runtime where QGIS's own Python cannot be.

- macOS: QGIS.app's Python is inside a signed bundle (a wrapper at Contents/MacOS/python that sets PYTHONHOME to
  ../Frameworks, qgis/QGIS platform/macos/python.in; QGIS 3.40's is 3.9), and the notarized QGIS 4 app refuses
  compiled modules signed by others (qgis/QGIS#62928). The runtime gets a Python of its own instead.
- Wherever QGIS's Python is older than 3.10 (OSGeo4W before April 2024, QGIS.app 3.40): torch 2.14 and sam2 need
  3.10 or newer.

The archive is the release's `install_only` build (a relocatable CPython under `python/`), checked against its
sha256 before it is unpacked. A mirror (a base URL that holds the same file names: GEOSAM_PYTHON_MIRROR or
--python-source URL) and an offline folder (the folder of wheels that `python_env.py bundle --with-python` fills)
are accepted, as for models. Standard library only: runs in any Python, never imports qgis.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

STANDALONE_VERSION = "3.12.12"
STANDALONE_VERSION_SHORT = "3.12"
STANDALONE_RELEASE = "20251031"
RELEASES_URL = "https://github.com/astral-sh/python-build-standalone/releases/download"
MIRROR_ENV = "GEOSAM_PYTHON_MIRROR"
# sha256 of the release's install_only archives (cpython-3.12.12+20251031-<triple>-install_only.tar.gz), as
# bazelbuild/rules_python's python/versions.bzl pins them ("3.12.12", strip_prefix "python").
SHA256 = {
    "aarch64-apple-darwin": "5e110cb821d2eb8246065d3b46faa655180c976c4e17250f7883c634a629bc63",
    "x86_64-apple-darwin": "687052a046d33be49dc95dd671816709067cf6176ed36c93ea61b1fe0b883b0f",
    "x86_64-pc-windows-msvc": "cff398b3f520c442a1b085dd347126c10c1b03f01ccc0decd8c897a687e893f1",
    "x86_64-unknown-linux-gnu": "80c3882f14e15cef8260ef5257d198e8f4371ca265887431d939e0d561de3253",
    "aarch64-unknown-linux-gnu": "81b644d166e0bfb918615af8a2363f8fcf26eccdcc60a5334b6a62c088470bac",
}
CHUNK = 1 << 20


class StandaloneError(RuntimeError):
    """One line: what failed and what to do."""


def standalone_triple(system: str, machine: str) -> str:
    """The archive's platform for platform.system() / platform.machine()."""
    arch = {"arm64": "aarch64", "aarch64": "aarch64", "x86_64": "x86_64", "amd64": "x86_64"}.get(machine.lower())
    triple = {"darwin": f"{arch}-apple-darwin", "windows": f"{arch}-pc-windows-msvc", "linux": f"{arch}-unknown-linux-gnu"}.get(system.lower())
    if arch is None or triple not in SHA256:
        raise StandaloneError(f"No standalone Python {STANDALONE_VERSION} is pinned for {system} on {machine}: build the runtime from a Python 3.10 or newer (python3 -m geo_sam_plugin.install.runtime_builder build --base PYTHON).")
    return triple


def needs_standalone(system: str, base_version: tuple[int, int] | None) -> bool:
    """Whether the runtime is built from the standalone Python rather than QGIS's: on macOS always, elsewhere when
    QGIS's Python is older than 3.10 (None: it did not answer, and the installer's gate says so)."""
    return system.lower() == "darwin" or (base_version is not None and base_version < (3, 10))


def archive_name(triple: str) -> str:
    return f"cpython-{STANDALONE_VERSION}+{STANDALONE_RELEASE}-{triple}-install_only.tar.gz"


def standalone_home(runtime_root: Path) -> Path:
    """Where the standalone Python is unpacked: beside the runtime (which is a venv of it), outside QGIS and the plugin."""
    return runtime_root.with_name(f"python-{STANDALONE_VERSION}")


def downloads_folder(home: Path) -> Path:
    """Where the verified archive is kept (a second build takes it again): beside the unpacked Python."""
    return home.with_name(home.name + ".downloads")


def archive_url(triple: str, source: str | None = None) -> str:
    """The archive's URL: at a mirror's base URL (source, else $GEOSAM_PYTHON_MIRROR), else the release on GitHub."""
    base = source or os.environ.get(MIRROR_ENV) or f"{RELEASES_URL}/{STANDALONE_RELEASE}"
    return f"{base.rstrip('/')}/{archive_name(triple)}"


def standalone_python(home: Path, windows: bool = sys.platform == "win32") -> Path:
    return home / "python" / ("python.exe" if windows else "bin/python3")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def download_archive(triple: str, folder: Path, source: str | None = None, log=print, proxy: str | None = None, sha256: dict | None = None, timeout: float = 60.0) -> Path:
    """The verified archive in `folder` (kept there: a second build takes it again).

    source: an offline folder that holds the archive, or a mirror's base URL; default $GEOSAM_PYTHON_MIRROR, else the
    release on GitHub. A file that does not match the pinned sha256 is removed and refused.
    """
    expected = (sha256 or SHA256)[triple]
    name = archive_name(triple)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.is_file() and file_sha256(target) == expected:
        return target
    source = source or os.environ.get(MIRROR_ENV)
    part = folder / f"{name}.part-{os.getpid()}"  # one name per process: two QGIS downloading at once never share it
    if source and "://" not in source:  # an offline folder
        found = Path(source) / name
        if not found.is_file():
            raise StandaloneError(f"{found} is missing: put the Python archive into the folder of wheels (python_env.py bundle --with-python makes it), or go online.")
        shutil.copyfile(found, part)
    else:
        url = archive_url(triple, source)
        log(f"Downloading Python {STANDALONE_VERSION} for {triple}: {url}")
        opener = urllib.request.build_opener(*([urllib.request.ProxyHandler({"http": proxy, "https": proxy})] if proxy else []))
        try:
            with opener.open(urllib.request.Request(url, headers={"User-Agent": "GeoSAM"}), timeout=timeout) as response, open(part, "wb") as fh:
                shutil.copyfileobj(response, fh, CHUNK)
        except urllib.error.HTTPError as exc:
            part.unlink(missing_ok=True)
            raise StandaloneError(f"{url} answered HTTP {exc.code} ({exc.reason}): check the mirror ({MIRROR_ENV}), or use a folder that holds {name}.") from None
        except (urllib.error.URLError, OSError) as exc:
            part.unlink(missing_ok=True)
            raise StandaloneError(f"Cannot download {url} ({getattr(exc, 'reason', exc)}): check QGIS's proxy settings, or install from a folder that holds {name}.") from None
    accept_archive(part, target, expected)
    return target


def accept_archive(path: Path, target: Path, expected: str) -> None:
    """A downloaded or copied archive checked against its pinned sha256 and renamed to target; one that does not
    match is removed and refused (the builder's download here, QGIS's in python_download.py)."""
    got = file_sha256(path)
    if got != expected:
        path.unlink(missing_ok=True)
        raise StandaloneError(f"{target.name} does not match its pinned sha256 ({got[:12]}… instead of {expected[:12]}…): the file is damaged or not the published one; it was removed, try again.")
    if path != target:
        os.replace(path, target)


def install_standalone(triple: str, home: Path, source: str | None = None, log=print, proxy: str | None = None, sha256: dict | None = None) -> Path:
    """Unpack the verified archive into `home` (into a sibling folder, renamed at the end: never half a Python)
    and return its interpreter. Idempotent: an unpacked Python is kept."""
    python = standalone_python(home, triple.endswith("windows-msvc"))
    if python.is_file():
        return python
    archive = download_archive(triple, downloads_folder(home), source, log, proxy, sha256)
    unpacking = home.with_name(f"{home.name}.unpacking-{os.getpid()}")
    shutil.rmtree(unpacking, ignore_errors=True)
    unpacking.mkdir(parents=True)
    try:
        with tarfile.open(archive) as tar:
            members = tar.getmembers()
            bad = [m.name for m in members if m.name.startswith(("/", "\\")) or ".." in Path(m.name).parts or not m.name.startswith("python")]
            if bad:
                raise StandaloneError(f"{archive.name} holds paths outside its python/ folder ({bad[0]}): it is not a python-build-standalone archive.")
            if hasattr(tarfile, "data_filter"):
                tar.extractall(unpacking, filter="data")
            else:  # Python before 3.11.4 / 3.10.12: the names were checked above
                tar.extractall(unpacking)
        if not standalone_python(unpacking, triple.endswith("windows-msvc")).is_file():
            raise StandaloneError(f"{archive.name} holds no python/{'python.exe' if triple.endswith('windows-msvc') else 'bin/python3'}: it is not an install_only archive.")
        shutil.rmtree(home, ignore_errors=True)
        unpacking.rename(home)
    except (tarfile.TarError, OSError) as exc:
        raise StandaloneError(f"Cannot unpack {archive} into {home.parent} ({exc}): free some disk space or check the folder's permissions.") from None
    finally:
        shutil.rmtree(unpacking, ignore_errors=True)
    log(f"Python {STANDALONE_VERSION} is in {home}")
    return python

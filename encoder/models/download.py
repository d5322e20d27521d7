# SPDX-License-Identifier: GPL-2.0-or-later
"""Download a checkpoint with the standard library: progress, resume (HTTP Range), checksum, atomic rename, cancel.

The command line's downloader (`python -m encoder models download NAME`); inside QGIS the plugin fetches the
bytes with QGIS's own network stack (proxy and authentication settings apply) and shares `verify_model` and
`finish_download` from here. The partial file is `<name>.part` in the models folder: an interrupted download
resumes from it; a file that fails verification is removed, so the folder never holds a half-download under a
model's name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import GeoSamError, OperationCancelled
from .catalogue import CatalogueEntry

CHUNK = 1 << 20


class DownloadError(GeoSamError):
    """A download that failed: the message names the URL or file and what to do."""


@dataclass(frozen=True)
class DownloadProgress:
    done: int
    total: int | None

    @property
    def percent(self) -> float | None:
        return 100.0 * self.done / self.total if self.total else None


def sha256_of(path: Path, cancelled: Callable[[], bool] | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            if cancelled is not None and cancelled():
                raise OperationCancelled(f"Verifying {path.name} was cancelled.")
            digest.update(block)
    return digest.hexdigest()


def checksum_file(model: Path) -> Path:
    """Where the sha256 of a verified model is kept (beside it), for later `models verify`."""
    return model.with_name(model.name + ".sha256")


def verify_model(path: Path, entry: CatalogueEntry | None, cancelled: Callable[[], bool] | None = None) -> str:
    """sha256 of `path`, refused in one line when it does not match the entry's (or its own recorded one), or when
    the file holds no checkpoint of the expected model (entries without a published sha256)."""
    digest = sha256_of(path, cancelled)
    expected = entry.sha256 if entry is not None else None
    recorded = checksum_file(path).read_text().split()[0] if checksum_file(path).is_file() else None
    if expected and digest != expected:
        raise DownloadError(f"{path.name} does not match the catalogue's checksum (sha256 {digest[:12]}… instead of {expected[:12]}…): the file is damaged or not the published one; download it again.")
    if not expected and recorded and digest != recorded:
        raise DownloadError(f"{path.name} changed since it was verified (sha256 {digest[:12]}… instead of {recorded[:12]}…): download it again.")
    if not expected:
        _check_tensors(path, entry)
    return digest


def _check_tensors(path: Path, entry: CatalogueEntry | None) -> None:
    """No published checksum: the file must load as a checkpoint of the expected family and variant."""
    from .checkpoints import create_model_spec_from_checkpoint

    try:
        spec = create_model_spec_from_checkpoint(path)
    except GeoSamError as exc:
        raise DownloadError(f"{path.name} is not a usable checkpoint ({exc}): download it again.") from None
    if entry is not None and entry.family and (spec.model_type != entry.family or (entry.variant and spec.variant != entry.variant)):
        raise DownloadError(f"{path.name} holds {spec.variant or spec.model_type}, not {entry.variant or entry.family}: the URL serves another model.")


def finish_download(part: Path, target: Path, entry: CatalogueEntry, cancelled: Callable[[], bool] | None = None) -> Path:
    """Verify a complete `.part` file and rename it into place atomically (removed when it fails)."""
    try:
        digest = verify_model(part, entry, cancelled)
    except DownloadError:
        part.unlink(missing_ok=True)
        raise
    os.replace(part, target)
    checksum_file(target).write_text(f"{digest}  {target.name}\n")
    return target


def download(
    entry: CatalogueEntry,
    models_dir: str | os.PathLike,
    progress: Callable[[DownloadProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download `entry` into models_dir (resuming a `.part` left by an interrupted run) and verify it."""
    folder = Path(models_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(f"Cannot create the models folder {folder}: {exc.strerror}. Choose a folder you can write to.") from None
    target = folder / entry.file_name
    if target.is_file():
        verify_model(target, entry, cancelled)
        return target
    part = folder / (entry.file_name + ".part")
    have = part.stat().st_size if part.is_file() else 0
    request = urllib.request.Request(entry.url, headers={"User-Agent": "GeoSAM", **({"Range": f"bytes={have}-"} if have else {})})
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:  # the part is already whole
            return finish_download(part, target, entry, cancelled)
        raise DownloadError(f"{entry.url} answered HTTP {exc.code} ({exc.reason}): check the URL in the catalogue, or try again later.") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(
            f"Cannot reach {entry.url} ({reason}). Without network: download the file elsewhere and import it "
            "(python -m encoder models import FILE)."
        ) from None
    with response:
        resumed = response.status == 206
        if not resumed:
            have = 0  # the server sends the whole file: start the part afresh
        length = response.headers.get("Content-Length")
        total = have + int(length) if length is not None else entry.size
        done = have
        try:
            with open(part, "ab" if resumed else "wb") as fh:
                while True:
                    if cancelled is not None and cancelled():
                        raise OperationCancelled(f"Download of {entry.name} cancelled; {done} bytes are kept in {part.name} and the next download resumes from there.")
                    try:
                        block = response.read(CHUNK)
                    except OSError as exc:
                        raise DownloadError(f"The connection broke after {done} bytes of {entry.name} ({exc}): run the download again to resume.") from None
                    if not block:
                        break
                    fh.write(block)
                    done += len(block)
                    if progress is not None:
                        progress(DownloadProgress(done, total))
        except OSError as exc:
            part.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise DownloadError(f"No space left on the disk of {folder} while downloading {entry.name}: free some space (it needs {total or '?'} bytes) and try again.") from None
            raise DownloadError(f"Cannot write {part}: {exc.strerror}.") from None
    if total is not None and done < total:
        raise DownloadError(f"The server closed the download of {entry.name} after {done} of {total} bytes: run it again to resume.")
    return finish_download(part, target, entry, cancelled)


def import_model(source: str | os.PathLike, models_dir: str | os.PathLike, entry: CatalogueEntry | None = None) -> Path:
    """Copy a checkpoint the user already has into the models folder after verifying it (atomically)."""
    import shutil

    source = Path(source)
    if not source.is_file():
        raise DownloadError(f"Checkpoint not found: {source}. Check the path.")
    folder = Path(models_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (entry.file_name if entry is not None else source.name)
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, part)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DownloadError(f"Cannot copy {source} into {folder}: {exc.strerror}.") from None
    return finish_download(part, target, entry or CatalogueEntry(source.stem, source.as_uri()))

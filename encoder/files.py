# SPDX-License-Identifier: GPL-2.0-or-later
"""Writing a file so that no reader ever sees it half-written: the one helper for it (chip files, settings, manifests,
shard records, tile caches, test models). Standard library only: QGIS's process uses it too (the tile cache). The
runtime builder's stamp is written alike by its own lines: that module runs where this package cannot be imported."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def atomic_write(path: str | os.PathLike, writer: Callable[[Path], object], fsync: bool = True) -> None:
    """writer(tmp) writes a temporary file beside path, which is then renamed over path in one step (os.replace): a
    reader sees the old file or the whole new one, and a failure (a full disk, a cancel, an error of writer) leaves no
    temporary file behind. fsync: flush it to the disk first (off for files that are cheap to make again)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        writer(tmp)
        if fsync:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike, text: str, fsync: bool = True) -> None:
    """atomic_write of a text file, in UTF-8."""
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), fsync)

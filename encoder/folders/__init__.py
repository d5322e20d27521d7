# SPDX-License-Identifier: GPL-2.0-or-later
"""Feature folders: our format (format.py), geosam 0.1.3's (geosam.py) and Geo-SAM v1's caches (v1.py).

`open_feature_folder` is the one entry that opens any of them; `read_any_chip_file` reads a chip of any of them.
"""

from __future__ import annotations

import os
from pathlib import Path

from .format import MANIFEST_NAME, FeatureFolder, open_manifest_folder, read_chip_file


def open_feature_folder(path: str | os.PathLike) -> FeatureFolder:
    """Read and validate a folder written by GeoSAM or by the geosam library, or a Geo-SAM v1 cache (read in place)."""
    folder = Path(path)
    if folder.is_dir() and not (folder / MANIFEST_NAME).is_file():
        from .v1 import find_v1_caches, open_v1_cache

        if find_v1_caches(folder):
            return open_v1_cache(folder)
    return open_manifest_folder(folder)


def read_any_chip_file(path: Path) -> dict:
    """A chip's tensors from any folder format: our .pt files (loaded with weights_only=True) or a Geo-SAM v1 GeoTIFF."""
    if path.suffix.lower() in (".tif", ".tiff"):
        from .v1 import read_v1_chip

        return read_v1_chip(path)
    return read_chip_file(path)

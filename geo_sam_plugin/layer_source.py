# SPDX-License-Identifier: GPL-2.0-or-later
"""From a QGIS raster layer to the file GeoSAM reads (one place for it: the dock, its controller and Processing)."""

from __future__ import annotations

import os

from qgis.core import QgsProviderRegistry


def raster_path(layer) -> str:
    """The file (or GDAL dataset name) behind a file-based raster layer, as the worker's GDAL opens it: the provider's
    own reading of its URI (QgsProviderRegistry.decodeUri), a /vsizip/-style path put back together, a GeoPackage
    raster as GDAL's 'GPKG:file:table', a file as its absolute path (the worker runs in another folder). The layer's
    source itself when the provider gives no path (not a file)."""
    source = layer.source()
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), source)
    path = parts.get("path")
    if not path:
        return source
    path = str(path).split("|")[0]  # QGIS 3.22's GDAL provider leaves "|option=..." in the path
    if parts.get("vsiPrefix"):
        return f"{parts['vsiPrefix']}{path}{parts.get('vsiSuffix') or ''}"
    if source.upper().startswith("GPKG:"):
        return source
    return os.path.abspath(path) if os.path.isfile(path) else path  # NETCDF:"file":var and the like stay as they are

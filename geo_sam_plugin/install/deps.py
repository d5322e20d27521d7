# SPDX-License-Identifier: GPL-2.0-or-later
"""Can GeoSAM run here? QGIS's own Python needs none of the engine's packages: it needs GeoSAM's runtime.

The engine (torch, rasterio, pyarrow, shapely, sam*) lives in the runtime (engine/runtime.py) and runs in a worker process,
so nothing here imports them or puts them on QGIS's sys.path.
"""

from __future__ import annotations

from ..engine.runtime import RuntimeMissing, find_runtime

INSTALL_HINT = "use Raster > GeoSAM > Install dependencies…, or `make setup` in the GeoSAM folder (see its README)"


def runtime_problem() -> str | None:
    """None when GeoSAM's runtime is installed; else one line naming it and the fix (nothing is imported or started)."""
    try:
        find_runtime()
    except RuntimeMissing as exc:
        return str(exc)
    return None

# SPDX-License-Identifier: GPL-2.0-or-later
"""What every polygon GeoSAM writes says about itself: its true area and perimeter on the ellipsoid (m2 and m, in
any CRS: a Web-Mercator planar area is 60 % too large at 37 degrees north), and where it came from (model,
checkpoint, source, prompt, outline style, creation time). One schema for the dock, Processing and the CLI
(encoder/fields.py); the dock measures again with QGIS's QgsDistanceArea after it cuts an outline.

The measures go through PROJ (rasterio.warp): the polygons to longitude / latitude on WGS 84, then to a Lambert
azimuthal equal-area projection on the WGS 84 ellipsoid centred on them, where a planar area is the ellipsoidal
area (the projection is equal-area) and lengths are true to about 1e-5 within 50 km of the centre (1e-4 within 150
km). Polygons spread over more than two degrees are measured by 2-degree cells, each centred on its cell (one
PROJ call a cell: a polygon a call took 7 ms each, 37 s for a query of 4,700 specks). tests/test_processing.py and tests/test_dock.py hold them equal
to QGIS's QgsDistanceArea (WGS 84) within 0.1 %, in a UTM zone and in Web Mercator.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

import numpy as np

WGS84 = "EPSG:4326"


def _laea(lon: float, lat: float) -> str:
    return f"+proj=laea +lat_0={lat:.9f} +lon_0={lon:.9f} +ellps=WGS84 +units=m +no_defs"


def true_measures(polygons: list, crs) -> list[tuple[float, float]]:
    """(area in m2, perimeter in m, holes' rings included) of each polygon (shapely) in crs (a rasterio CRS or text)."""
    import shapely
    from rasterio.warp import transform as warp_transform

    if not polygons:
        return []
    if any(p is None or p.is_empty for p in polygons):  # an empty one measures 0 and is left out of the centres
        full = [i for i, p in enumerate(polygons) if p is not None and not p.is_empty]
        found = dict(zip(full, true_measures([polygons[i] for i in full], crs)))
        return [found.get(i, (0.0, 0.0)) for i in range(len(polygons))]
    arr = np.asarray(polygons, dtype=object)
    coords = shapely.get_coordinates(arr)
    lon, lat = warp_transform(crs, WGS84, coords[:, 0].tolist(), coords[:, 1].tolist())
    lonlat = shapely.set_coordinates(arr.copy(), np.column_stack([lon, lat]))
    bounds = shapely.total_bounds(lonlat)
    if bounds[2] - bounds[0] <= 2 and bounds[3] - bounds[1] <= 2:
        groups = [(list(range(len(polygons))), ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2))]
    else:  # polygons spread wide: one projection per 2-degree cell, centred on it (one PROJ call a cell, not a polygon)
        centres = shapely.get_coordinates(shapely.centroid(lonlat))
        cells: dict = {}
        for i, (lon_c, lat_c) in enumerate(centres):
            cells.setdefault((int(np.floor(lon_c / 2)), int(np.floor(lat_c / 2))), []).append(i)
        groups = [(members, (2 * cx + 1.0, 2 * cy + 1.0)) for (cx, cy), members in cells.items()]
    out: list[tuple[float, float]] = [(0.0, 0.0)] * len(polygons)
    for members, (lon0, lat0) in groups:
        part = lonlat[members]
        xy = shapely.get_coordinates(part)
        x, y = warp_transform(WGS84, _laea(lon0, lat0), xy[:, 0].tolist(), xy[:, 1].tolist())
        flat = shapely.set_coordinates(part.copy(), np.column_stack([x, y]))
        for i, area, length in zip(members, shapely.area(flat).tolist(), shapely.length(flat).tolist()):
            out[i] = (float(area), float(length))
    return out


def provenance(checkpoint: str | None, source: str | None, prompt: str, style: str = "traced") -> dict:
    """Where a polygon came from: the checkpoint's file name, the source raster or layer, the prompt kind (point,
    box, point+box, text, example, everything), the outline style, and when (UTC, ISO 8601)."""
    return {
        "prompt": prompt, "style": style, "checkpoint": os.path.basename(checkpoint or ""), "source": source or "",
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def measured(polygons: list, crs, shared: dict) -> list[dict]:
    """For each polygon: area_m2, perimeter_m and the shared attributes (provenance and the rest)."""
    return [{"area_m2": round(area, 3), "perimeter_m": round(length, 3), **shared} for area, length in true_measures(polygons, crs)]

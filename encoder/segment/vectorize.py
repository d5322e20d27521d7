# SPDX-License-Identifier: GPL-2.0-or-later
"""Masks to georeferenced polygons (holes kept) with area, largest-only, simplify, hole-filling and outline-style
options (encoder/segment/regularize.py: buildings, fields, natural shapes)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from affine import Affine

from ..geo import compose, pixel_area, same_crs


@dataclass(frozen=True)
class VectorOptions:
    """min_area in map units^2 of the folder CRS; min_area_pixels in pixels; fill_holes_area in map units^2;
    style: the outline's (defaults.STYLES: traced, buildings, fields, natural), angle_step: a building's (90, 45)."""

    min_area: float = 0.0
    min_area_pixels: float = 0.0
    largest_only: bool = False
    simplify: float = 0.0
    fill_holes_area: float = 0.0
    style: str = "traced"
    angle_step: int = 90

    def __post_init__(self) -> None:
        if self.style != "traced" or self.angle_step != 90:
            self.outline()  # an unknown style is refused in one line when the options are made

    def outline(self):
        """The outline style's options (regularize.OutlineOptions)."""
        from .regularize import OutlineOptions

        return OutlineOptions(self.style, fill_holes=self.fill_holes_area, angle_step=self.angle_step)


def mask_to_polygons(mask: np.ndarray, transform: Affine, options: VectorOptions = VectorOptions(), geographic: bool = False) -> list:
    """Polygons (shapely) in the CRS of `transform` for the True pixels of mask, in the options' outline style;
    largest first. geographic: the CRS is in degrees (the style then works on the ground's proportions)."""
    from .polygonize import polygonize

    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return []
    cols = np.flatnonzero(mask.any(axis=0))
    r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    polygons = polygonize(mask[r0:r1, c0:c1], compose(transform, Affine.translation(c0, r0)))
    px_area = pixel_area(transform)
    min_area = max(options.min_area, options.min_area_pixels * px_area)
    if options.fill_holes_area > 0:
        polygons = [_fill_small_holes(p, options.fill_holes_area) for p in polygons]
    if options.style != "traced":
        # The speckles a filter drops are dropped first: the style works on what is kept (largest_only: one polygon).
        polygons = _filtered(polygons, min_area, options.largest_only)
        from .regularize import apply_style

        polygons = apply_style(polygons, options.outline(), pixel_size=float(np.sqrt(px_area)), geographic=geographic)
    if options.simplify > 0:
        polygons = [p.simplify(options.simplify, preserve_topology=True) for p in polygons]
        polygons = [p for p in polygons if not p.is_empty]
    return _filtered(polygons, min_area, options.largest_only)


def _filtered(polygons: list, min_area: float, largest_only: bool) -> list:
    """The polygons of at least min_area (and above 0), largest first; the largest alone with largest_only."""
    if not polygons:
        return []
    import shapely

    area = shapely.area(np.asarray(polygons, dtype=object))
    keep = np.flatnonzero((area >= min_area) & (area > 0))
    keep = keep[np.argsort(-area[keep], kind="stable")]  # largest first
    if largest_only:
        keep = keep[:1]
    return [polygons[i] for i in keep]


def _fill_small_holes(polygon, max_area: float):
    import shapely

    keep = [ring for ring in polygon.interiors if shapely.Polygon(ring).area >= max_area]
    return shapely.Polygon(polygon.exterior, keep)


def reproject_geometries(geoms: list, src_crs, dst_crs) -> list:
    """Geometries from src_crs to dst_crs, all coordinates in one PROJ call."""
    import shapely

    if not geoms or dst_crs is None or same_crs(src_crs, dst_crs):
        return list(geoms)
    from rasterio.warp import transform as warp_transform

    arr = np.asarray(geoms, dtype=object)
    coords = shapely.get_coordinates(arr)
    xs, ys = warp_transform(src_crs, dst_crs, coords[:, 0].tolist(), coords[:, 1].tolist())
    return list(shapely.set_coordinates(arr.copy(), np.column_stack([xs, ys])))

# SPDX-License-Identifier: GPL-2.0-or-later
"""The numpy polygonizer against GDAL's (rasterio.features.shapes): same polygons, holes and areas, always valid."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
import shapely
from affine import Affine
from conftest import DEMO_IMAGE, read_rgb
from rasterio.features import rasterize, shapes

from encoder.segment.polygonize import polygonize

NORTH_UP = Affine(0.5, 0, 100, 0, -0.5, 200)
ROTATED = Affine.translation(500000, 4000000) * Affine.rotation(30) * Affine.scale(10, -10)


def gdal_polygons(mask, transform):
    return [shapely.geometry.shape(g) for g, v in shapes(mask.astype(np.uint8), mask=mask, transform=transform) if v]


def assert_same_as_gdal(mask, transform):
    ours, ref = polygonize(mask, transform), gdal_polygons(mask, transform)
    assert len(ours) == len(ref)
    assert all(p.is_valid and p.geom_type == "Polygon" for p in ours)
    key = lambda p: (round(p.area, 6), len(p.interiors))  # noqa: E731
    assert sorted(map(key, ours)) == sorted(map(key, ref))
    if ours:  # and they cover exactly the mask's pixels
        burnt = rasterize(ours, out_shape=mask.shape, transform=transform, all_touched=False).astype(bool)
        assert np.array_equal(burnt, mask)


def test_single_pixel_and_square_with_hole():
    mask = np.zeros((5, 5), dtype=bool)
    mask[1, 1] = True
    (pixel,) = polygonize(mask, NORTH_UP)
    assert pixel.bounds == (100.5, 199.0, 101.0, 199.5) and pixel.area == 0.25
    mask = np.zeros((7, 7), dtype=bool)
    mask[1:6, 1:6] = True
    mask[3, 3] = False
    (square,) = polygonize(mask, NORTH_UP)
    assert len(square.interiors) == 1 and square.area == pytest.approx(24 * 0.25)
    assert polygonize(np.zeros((3, 3), dtype=bool), NORTH_UP) == []


def test_diagonal_neighbours_are_separate_polygons_as_in_gdal():
    """4-connected foreground: pixels touching at a corner are two polygons; a C closed diagonally keeps its hole."""
    mask = np.zeros((4, 4), dtype=bool)
    mask[1, 1] = mask[2, 2] = True
    assert len(polygonize(mask, NORTH_UP)) == 2
    assert_same_as_gdal(mask, NORTH_UP)
    ring = np.zeros((6, 6), dtype=bool)
    ring[1, 1:4] = ring[4, 1:5] = ring[1:5, 1] = ring[2:4, 4] = True  # the top-right corner is a diagonal step
    (c_shape,) = polygonize(ring, NORTH_UP)
    assert c_shape.is_valid and len(c_shape.interiors) == 1
    assert_same_as_gdal(ring, NORTH_UP)


@pytest.mark.parametrize("transform", [NORTH_UP, ROTATED], ids=["north-up", "rotated"])
def test_random_masks_equal_gdal(transform):
    rng = np.random.default_rng(0)
    for _ in range(150):
        h, w = rng.integers(1, 40, size=2)
        assert_same_as_gdal(rng.random((h, w)) < rng.uniform(0.05, 0.95), transform)


def test_real_outlines_equal_gdal():
    """Thresholded bands of the demo image: large objects with many holes, islands in holes and diagonal steps."""
    image = read_rgb(DEMO_IMAGE).mean(axis=2)
    with rasterio.open(DEMO_IMAGE) as src:
        transform = src.transform
    for low, high in ((200, 256), (0, 60), (100, 160)):
        assert_same_as_gdal((image >= low) & (image < high), transform)

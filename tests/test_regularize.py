# SPDX-License-Identifier: GPL-2.0-or-later
"""Outline styles (encoder/segment/regularize.py) on a synthetic set whose truth is known (scripts/benchmarks/
outlines.py: buildings of four kinds at random angles, terraced pairs, smooth blobs; rasterised and traced back by
GeoSAM's polygonize, as SAM masks are). Each goal of make bench's outlines stage is asserted here; make bench puts
the figures next to QGIS's orthogonalize and buildingregulariser."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="module")
def buildings():
    from benchmarks.outlines import synthetic_buildings

    return synthetic_buildings(seed=3, n=40, terraced=12)


@pytest.mark.parametrize("res", [0.3, 0.5])
def test_buildings_get_right_angles_their_footprint_and_shared_walls(buildings, res):
    from benchmarks.outlines import measure, traced

    from encoder.segment.regularize import OutlineOptions, apply_style

    truth, pairs = buildings
    shapes = traced(truth, res)
    before = measure(shapes, truth, pairs)
    after = measure(apply_style(shapes, OutlineOptions("buildings"), pixel_size=res), truth, pairs)
    assert after["iou_median"] > before["iou_median"], (before, after)  # closer to the truth than the staircase
    assert after["right_angles"] >= 0.95 and after["extra_vertices_median"] <= 0, after  # no staircase left
    assert before["extra_vertices_median"] > 20  # (the traced outline had one)
    assert after["pair_overlap_max"] < 1e-6 and after["pair_gap_max"] <= 0.1 and after["valid"], after  # one shared wall


def test_a_terraced_pair_keeps_one_wall_where_each_alone_would_not():
    """Two houses sharing a wall, traced: regularised together, the wall is one line; each alone, they gap or overlap."""
    import shapely
    from benchmarks.outlines import pair_overlap_and_gap, traced

    from encoder.segment.regularize import OutlineOptions, apply_style

    a, b, wall = (shapely.affinity.rotate(g, 23, origin=(0, 0)) for g in (shapely.box(0, 0, 9.3, 12.1), shapely.box(9.3, 0, 17.8, 13.4), shapely.LineString([(9.3, 0), (9.3, 12.1)])))
    shapes = traced([a, b], 0.5)
    together = apply_style(shapes, OutlineOptions("buildings"), pixel_size=0.5)
    alone = [apply_style([s], OutlineOptions("buildings"), pixel_size=0.5)[0] for s in shapes]
    overlap, gap = pair_overlap_and_gap(*together, wall)
    assert overlap < 1e-6 and gap <= 1e-6
    overlap_alone, gap_alone = pair_overlap_and_gap(*alone, wall)
    assert overlap_alone > 1e-4 or gap_alone > 0.05  # what the neighbours' step prevents
    contact = together[0].buffer(1e-7).intersection(together[1].buffer(1e-7)).area / 2e-7
    assert contact > 10  # they touch along the wall (12 m), not at a point


def test_forty_five_degree_walls_and_small_notches():
    """A building with a cut corner keeps it at 45 degrees when asked; a notch under min_edge is merged away, one
    above it is kept."""
    import shapely
    from benchmarks.outlines import corner_angles, iou, traced

    from encoder.segment.regularize import OutlineOptions, apply_style

    cut = shapely.Polygon([(0, 0), (20, 0), (20, 8), (14, 14), (0, 14)])
    shape = traced([shapely.affinity.rotate(cut, 17, origin=(0, 0))], 0.3)
    square = apply_style(shape, OutlineOptions("buildings"), pixel_size=0.3)[0]
    octo = apply_style(shape, OutlineOptions("buildings", angle_step=45), pixel_size=0.3)[0]
    assert len(octo.exterior.coords) - 1 == 5 and iou(octo, shapely.affinity.rotate(cut, 17, origin=(0, 0))) > 0.98
    assert sorted(np.round(corner_angles(octo)).tolist()) == [90.0, 90.0, 90.0, 135.0, 135.0]
    assert np.all(np.abs(corner_angles(square) - 90) < 1e-6)  # right angles only, by default
    notched = shapely.Polygon([(0, 0), (20, 0), (20, 10), (11, 10), (11, 10.5), (9, 10.5), (9, 10), (0, 10)])  # a 0.5 m bump: under 0.9 m
    deep = shapely.Polygon([(0, 0), (20, 0), (20, 10), (12, 10), (12, 14), (8, 14), (8, 10), (0, 10)])  # a 4 m porch
    small, large = (apply_style(traced([g], 0.3), OutlineOptions("buildings"), pixel_size=0.3)[0] for g in (notched, deep))
    assert len(small.exterior.coords) - 1 == 4 and len(large.exterior.coords) - 1 == 8


def test_natural_shapes_are_smooth_keep_their_area_and_beat_the_staircase():
    from benchmarks.outlines import natural_measure, synthetic_natural, traced

    from encoder.segment.regularize import OutlineOptions, apply_style

    blobs = synthetic_natural(seed=4, n=20)
    for res in (0.3, 0.5):
        shapes = traced(blobs, res)
        before = natural_measure(shapes, blobs)
        after = natural_measure(apply_style(shapes, OutlineOptions("natural"), pixel_size=res), blobs)
        assert after["iou_median"] >= before["iou_median"] and after["area_error_max"] <= 0.01, (before, after)
        assert after["vertices_median"] < before["vertices_median"] / 2
    field = traced([__import__("shapely").Polygon([(0, 0), (130, 12), (118, 90), (-8, 70)])], 0.5)[0]
    simple = apply_style([field], OutlineOptions("fields"), pixel_size=0.5)[0]
    assert len(simple.exterior.coords) - 1 <= 6 and abs(simple.area - field.area) / field.area < 0.001


def test_outline_options_refuse_what_cannot_be_done_in_one_line():
    from encoder.errors import GeoSamError
    from encoder.segment.regularize import OutlineOptions, apply_style

    for bad, said in ((dict(style="cubist"), "Unknown outline style 'cubist': use one of traced, buildings, fields, natural."),
                      (dict(style="buildings", angle_step=30), "The building angle step must be 90 or 45 degrees, not 30."),
                      (dict(tolerance=-1), "Outline tolerances and areas cannot be negative: use 0 for the default.")):
        with pytest.raises(GeoSamError) as caught:
            OutlineOptions(**bad)
        assert str(caught.value) == said
    import shapely

    square = shapely.box(0, 0, 3, 3)
    assert apply_style([square], OutlineOptions("buildings")) == [square]  # no pixel size, no tolerance: left as traced
    assert apply_style([square], OutlineOptions("traced"), pixel_size=0.5) == [square]


def test_the_command_line_regularizes_a_file_keeping_its_fields(tmp_path):
    """python -m encoder regularize: a GeoJSON of traced outlines -> a GeoPackage of buildings, fields kept; a file
    that is not there is one line."""
    import os
    import subprocess

    import shapely
    from benchmarks.outlines import corner_angles, traced

    from encoder.segment.output import read_polygons, write_polygons

    truth = [shapely.affinity.translate(shapely.affinity.rotate(g, 33, origin=(0, 0)), 352000, 4172000) for g in (shapely.box(0, 0, 14, 9), shapely.box(20, 0, 31, 16))]
    write_polygons(tmp_path / "traced.geojson", traced(truth, 0.5), [{"name": "a"}, {"name": "b"}], "EPSG:32652")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-m", "encoder", "regularize", str(tmp_path / "traced.geojson"), "-o", str(tmp_path / "out.gpkg"), "--tolerance", "0.75"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0 and "Wrote 2 outline(s) (buildings)" in run.stdout, run.stderr
    shapes, attributes, crs = read_polygons(tmp_path / "out.gpkg")
    assert [a["name"] for a in attributes] == ["a", "b"] and "32652" in crs
    for shape in shapes:
        part = shape.geoms[0] if shape.geom_type == "MultiPolygon" else shape
        assert len(part.exterior.coords) == 5 and np.all(np.abs(corner_angles(part) - 90) < 1e-6)
    missing = subprocess.run([sys.executable, "-m", "encoder", "regularize", str(tmp_path / "none.gpkg"), "-o", str(tmp_path / "x.gpkg"), "--tolerance", "1"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 2 and missing.stderr.startswith("error: Cannot open") and len(missing.stderr.strip().splitlines()) == 1, missing.stderr


def test_awkward_input_never_crashes_nor_empties_an_outline():
    """What layers hold: a thin shed at 45 degrees, PolygonZ, a dormer on its roof and overlapping buildings, a
    self-intersecting ring, buildings far apart in latitude in one geographic layer."""
    import shapely
    from benchmarks.outlines import corner_angles, traced

    from encoder.segment.regularize import OutlineOptions, apply_style, style_geometries

    thin = traced([shapely.box(0, 0, 10, 1)], 0.5)
    assert apply_style(thin, OutlineOptions("buildings", angle_step=45), pixel_size=0.5)[0].area > 0  # folds away: kept as traced
    z = shapely.Polygon([(x, y, 7.0) for x, y in traced([shapely.box(0, 0, 12, 8)], 0.5)[0].exterior.coords])
    flat = apply_style([z], OutlineOptions("buildings"), pixel_size=0.5)[0]
    assert len(flat.exterior.coords) == 5 and not flat.has_z
    roof, dormer = traced([shapely.box(0, 0, 20, 14)], 0.5)[0], traced([shapely.box(5, 5, 11, 10)], 0.5)[0]
    across = traced([shapely.box(15, 2, 30, 12)], 0.5)[0]  # a quarter of it over the roof: not a neighbour's sliver
    done = apply_style([roof, dormer, across], OutlineOptions("buildings"), pixel_size=0.5)
    assert all(not g.is_empty and g.area > 0.9 * t.area for g, t in zip(done, (roof, dormer, across))), [g.area for g in done]
    bowtie = shapely.Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    assert not style_geometries([bowtie], OutlineOptions("buildings", tolerance=0.5))[0].is_empty
    # 40 and 65 degrees north in one layer: each at right angles on the ground.
    metres = 111_320.0
    boxes = []
    for lat in (40.0, 65.0):
        shrink = np.cos(np.radians(lat))
        ground = shapely.affinity.rotate(shapely.box(0, 0, 20, 12), 25, origin=(0, 0))
        boxes.append(shapely.affinity.translate(shapely.affinity.scale(ground, 1 / (metres * shrink), 1 / metres, origin=(0, 0)), 10.0, lat))
    for lat, made in zip((40.0, 65.0), style_geometries(boxes, OutlineOptions("buildings", tolerance=0.5), geographic=True)):
        ground = shapely.affinity.scale(made, metres * np.cos(np.radians(lat)), metres, origin=(0, 0))
        assert np.all(np.abs(corner_angles(ground) - 90) < 0.5), (lat, corner_angles(ground))

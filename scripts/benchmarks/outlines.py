# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage outlines: regularised buildings and smoothed natural shapes against their truth.

A synthetic set whose truth is known: buildings (rectangles, L, T and U shapes at random angles; terraced pairs that
share a wall) and natural shapes (smooth blobs), rasterised at 0.3 m and 0.5 m and traced back with GeoSAM's own
polygonize, as a SAM mask is. Methods side by side: the traced outline, QGIS's simplify + orthogonalize (what a
QGIS user does by hand), DPIRD-DMA's buildingregulariser (in a side virtualenv: it needs geopandas), and ours
(encoder/segment/regularize.py). The tests (tests/test_regularize.py) assert the goals on the same set.
"""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from .common import row

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ the synthetic set
def _shape(kind: str, rng) -> list[tuple[float, float]]:
    """A building footprint in local metres, its corner at the origin."""
    w, h = rng.uniform(10, 28), rng.uniform(8, 20)
    a, b = rng.uniform(0.35, 0.6) * w, rng.uniform(0.35, 0.6) * h
    if kind == "rect":
        return [(0, 0), (w, 0), (w, h), (0, h)]
    if kind == "L":
        return [(0, 0), (w, 0), (w, b), (a, b), (a, h), (0, h)]
    if kind == "T":
        s = (w - a) / 2
        return [(0, h - b), (0, h), (w, h), (w, h - b), (s + a, h - b), (s + a, 0), (s, 0), (s, h - b)]
    return [(0, 0), (w, 0), (w, h), (w - a / 2, h), (w - a / 2, b), (a / 2, b), (a / 2, h), (0, h)]  # U


def _placed(coords, angle: float, x: float, y: float):
    import shapely
    from shapely import affinity

    return affinity.translate(affinity.rotate(shapely.Polygon(coords), angle, origin=(0, 0)), x, y)


def synthetic_buildings(seed: int = 0, n: int = 120, terraced: int = 30) -> tuple[list, list[tuple[int, int]]]:
    """(true footprints, terraced pairs as index pairs): n single buildings of the four kinds and `terraced` pairs of
    rectangles sharing one wall, at random angles, each in a 70 m cell of its own."""
    rng = np.random.default_rng(seed)
    truth, pairs = [], []
    kinds = ("rect", "L", "T", "U")
    for i in range(n + terraced):
        cx, cy = 70.0 * (i % 20), 70.0 * (i // 20)
        angle = rng.uniform(0, 90)
        if i < n:
            truth.append(_placed(_shape(kinds[i % 4], rng), angle, cx, cy))
            continue
        w1, w2, h = rng.uniform(6, 12), rng.uniform(6, 12), rng.uniform(9, 16)
        h2 = h + rng.choice([0.0, rng.uniform(-3, 3)])
        truth.append(_placed([(0, 0), (w1, 0), (w1, h), (0, h)], angle, cx, cy))
        truth.append(_placed([(w1, 0), (w1 + w2, 0), (w1 + w2, h2), (w1, h2)], angle, cx, cy))
        pairs.append((len(truth) - 2, len(truth) - 1))
    return truth, pairs


def synthetic_natural(seed: int = 1, n: int = 60) -> list:
    """Smooth blobs (lakes, forests, landslides) of 8-35 m radius, a few harmonics each."""
    import shapely

    rng = np.random.default_rng(seed)
    phi = np.linspace(0, 2 * math.pi, 240, endpoint=False)
    shapes = []
    for i in range(n):
        radius = rng.uniform(8, 30) * (1 + sum(rng.uniform(0, 0.12) * np.cos(k * phi + rng.uniform(0, 6.3)) for k in range(2, 6)))
        shapes.append(shapely.Polygon(np.column_stack([90.0 * (i % 10) + radius * np.cos(phi), 90.0 * (i // 10) + radius * np.sin(phi)])))
    return shapes


def traced(truth: list, res: float, seed: int = 2) -> list:
    """Each footprint rasterised at res (pixel centres inside) on a grid shifted by a random sub-pixel offset, and
    traced back by GeoSAM's polygonize (the largest polygon of its label): what a perfect SAM mask gives."""
    import shapely
    from affine import Affine
    from rasterio.features import rasterize

    from encoder.segment.vectorize import VectorOptions, mask_to_polygons

    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = shapely.total_bounds(np.asarray(truth, dtype=object))
    x0, y1 = minx - 5 - rng.uniform(0, res), maxy + 5 + rng.uniform(0, res)
    width, height = int((maxx + 5 - x0) / res) + 2, int((y1 - miny + 5) / res) + 2
    transform = Affine(res, 0, x0, 0, -res, y1)
    labels = rasterize([(g, i + 1) for i, g in enumerate(truth)], out_shape=(height, width), transform=transform, dtype="int32")
    out = []
    for i, g in enumerate(truth):
        c0, r0 = ~transform * (g.bounds[0], g.bounds[3])
        c1, r1 = ~transform * (g.bounds[2], g.bounds[1])
        r0, c0 = max(0, int(r0) - 2), max(0, int(c0) - 2)
        window = labels[r0:int(r1) + 3, c0:int(c1) + 3] == i + 1
        found = mask_to_polygons(window, transform * Affine.translation(c0, r0), VectorOptions(largest_only=True))
        out.append(found[0] if found else shapely.Polygon())
    return out


# ------------------------------------------------------------------ measures
def iou(a, b) -> float:
    union = a.union(b).area
    return a.intersection(b).area / union if union > 0 else 0.0


def corner_angles(polygon) -> np.ndarray:
    """The exterior's corner angles in degrees (0..180, the turn ignored)."""
    ring = np.asarray(polygon.exterior.coords)[:-1]
    a, b = np.roll(ring, 1, axis=0) - ring, np.roll(ring, -1, axis=0) - ring
    cos = (a * b).sum(axis=1) / np.maximum(np.hypot(*a.T) * np.hypot(*b.T), 1e-12)
    return np.degrees(np.arccos(np.clip(cos, -1, 1)))


def right_angle_share(polygon, within: float = 5.0) -> float:
    angles = corner_angles(polygon)
    return float((np.abs(angles - 90) <= within).mean()) if len(angles) else 0.0


def extra_vertices(polygon, truth) -> int:
    return (len(polygon.exterior.coords) - 1) - (len(truth.exterior.coords) - 1)


def shared_wall(a, b):
    """The true shared wall of a terraced pair (a LineString)."""
    return a.intersection(b)


def pair_overlap_and_gap(result_a, result_b, wall) -> tuple[float, float]:
    """(overlap area as a share of the smaller building, the widest gap in metres) along the true shared wall: at 21
    points of its inner 80 %, a line across the wall meets each result; the gap is the distance between them."""
    import shapely

    overlap = result_a.intersection(result_b).area / max(min(result_a.area, result_b.area), 1e-12)
    (x0, y0), (x1, y1) = np.asarray(wall.coords)[[0, -1]] if wall.geom_type == "LineString" else np.asarray(shapely.get_coordinates(wall))[[0, -1]]
    length = math.hypot(x1 - x0, y1 - y0)
    if length == 0:
        return overlap, float("nan")
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    widest = 0.0
    for t in np.linspace(0.1, 0.9, 21):
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        across = shapely.LineString([(px - 3 * nx, py - 3 * ny), (px + 3 * nx, py + 3 * ny)])
        spans = []
        for shape in (result_a, result_b):
            part = across.intersection(shape)
            coords = shapely.get_coordinates(part)
            if len(coords) == 0:
                spans = None
                break
            s = (coords - [px, py]) @ [nx, ny]
            spans.append((s.min(), s.max()))
        if spans is None:  # a result does not reach within 3 m of the wall: a gap of that much at least
            widest = max(widest, 3.0)
            continue
        (a0, a1), (b0, b1) = sorted(spans)
        widest = max(widest, b0 - a1)
    return float(overlap), float(widest)


def measure(results: list, truth: list, pairs: list[tuple[int, int]]) -> dict:
    import shapely

    valid = [r for r in results if r is not None and not r.is_empty and r.geom_type == "Polygon"]
    ious = [iou(r, t) if r is not None and not r.is_empty else 0.0 for r, t in zip(results, truth)]
    corners = np.concatenate([corner_angles(r) for r in valid]) if valid else np.zeros(0)
    extra = [extra_vertices(r, t) for r, t in zip(results, truth) if r is not None and not r.is_empty and r.geom_type == "Polygon"]
    overlaps, gaps = [], []
    for a, b in pairs:
        wall = shared_wall(truth[a], truth[b])
        if wall.is_empty or results[a].is_empty or results[b].is_empty:
            continue
        o, g = pair_overlap_and_gap(results[a], results[b], wall)
        overlaps.append(o)
        gaps.append(g)
    return {
        "iou_median": float(statistics.median(ious)), "iou_worst": float(min(ious)),
        "right_angles": float((np.abs(corners - 90) <= 5).mean()) if len(corners) else 0.0,
        "extra_vertices_median": float(statistics.median(extra)) if extra else float("nan"),
        "pair_overlap_max": max(overlaps) if overlaps else 0.0, "pair_gap_max": max(gaps) if gaps else 0.0,
        "valid": all(shapely.is_valid(r) for r in valid),
    }


# ------------------------------------------------------------------ the methods
def ours(shapes: list, res: float) -> tuple[list, float]:
    from encoder.segment.regularize import OutlineOptions, apply_style

    t = time.perf_counter()
    out = apply_style(shapes, OutlineOptions("buildings"), pixel_size=res)
    return out, time.perf_counter() - t


def qgis_orthogonalize(shapes: list, tolerance: float) -> tuple[list, float]:
    """QGIS's own tools, as native:simplifygeometries + native:orthogonalize do it (QgsGeometry.simplify, then
    orthogonalize with its defaults)."""
    import shapely
    from qgis.core import QgsGeometry

    t = time.perf_counter()
    out = []
    for shape in shapes:
        g = QgsGeometry.fromWkt(shape.wkt).simplify(tolerance).orthogonalize()
        out.append(shapely.from_wkt(g.asWkt()) if not g.isEmpty() else shapely.Polygon())
    seconds = time.perf_counter() - t
    return [_one_polygon(g) for g in out], seconds


def _one_polygon(g):
    parts = [p for p in getattr(g, "geoms", [g]) if p.geom_type == "Polygon"]
    return max(parts, key=lambda p: p.area) if parts else g


BR_VERSION = "0.2.5"


def buildingregulariser(shapes: list, tolerance: float, work: Path) -> tuple[list | None, float, str]:
    """DPIRD-DMA's buildingregulariser (PyPI), in a virtualenv of its own under work (it needs geopandas, which
    GeoSAM's environment does not have): (results, seconds, note)."""
    import shapely

    venv = work / "br-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True)
        pip = subprocess.run([str(python), "-m", "pip", "install", "-q", f"buildingregulariser=={BR_VERSION}"], capture_output=True, text=True) if made.returncode == 0 else made
        if pip.returncode != 0:
            return None, 0.0, f"not installed: {(pip.stderr or pip.stdout).strip().splitlines()[-1:]}"
    source = work / "br_in.json"
    source.write_text(json.dumps([s.wkt for s in shapes]))
    script = (
        "import json, sys, time, geopandas as gpd, shapely\n"
        "from buildingregulariser import regularize_geodataframe\n"
        "shapes = [shapely.from_wkt(w) for w in json.load(open(sys.argv[1]))]\n"
        "gdf = gpd.GeoDataFrame(geometry=shapes, crs='EPSG:3857')\n"
        "gdf = gdf.simplify(float(sys.argv[2])).to_frame('geometry').set_geometry('geometry')\n"
        "t = time.perf_counter()\n"
        "out = regularize_geodataframe(gdf, simplify_tolerance=float(sys.argv[2]))\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'wkt': [g.wkt if g is not None else 'POLYGON EMPTY' for g in out.geometry]}))\n"
    )
    run = subprocess.run([str(python), "-c", script, str(source), str(tolerance)], capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        return None, 0.0, f"failed: {run.stderr.strip().splitlines()[-1:]}"
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    return [_one_polygon(shapely.from_wkt(w)) for w in answer["wkt"]], answer["seconds"], f"buildingregulariser {BR_VERSION}"


def natural_measure(results: list, truth: list) -> dict:
    ious = [iou(r, t) for r, t in zip(results, truth)]
    errors = [abs(r.area - t.area) / t.area for r, t in zip(results, truth)]
    return {"iou_median": float(statistics.median(ious)), "area_error_max": float(max(errors)), "vertices_median": float(statistics.median(len(r.exterior.coords) - 1 for r in results))}


def bench_outlines(work: Path) -> None:
    from encoder.segment.regularize import OutlineOptions, apply_style

    truth, pairs = synthetic_buildings()
    for res in (0.3, 0.5):
        shapes = traced(truth, res)
        tolerance = 1.5 * res
        methods = {"traced": (shapes, 0.0, "")}
        done, seconds = qgis_orthogonalize(shapes, tolerance)
        methods["QGIS simplify + orthogonalize"] = (done, seconds, f"tolerance {tolerance:g} m")
        done, seconds, note = buildingregulariser(shapes, tolerance, work)
        if done is not None:
            methods["buildingregulariser"] = (done, seconds, note)
        else:
            row(f"outlines {res} m", "buildingregulariser", note, unit="")
        done, seconds = ours(shapes, res)
        methods["ours (Buildings)"] = (done, seconds, "")
        traced_iou = measure(shapes, truth, pairs)["iou_median"]
        for name, (results, seconds, note) in methods.items():
            m = measure(results, truth, pairs)
            mine = name.startswith("ours")
            label = f"{name}{' (' + note + ')' if note else ''}"
            row(f"outlines {res} m", f"{label}: median IoU with the truth", m["iou_median"], traced_iou, "", "> traced" if mine else "", m["iou_median"] > traced_iou if mine else None)
            row(f"outlines {res} m", f"{label}: worst IoU", m["iou_worst"], unit="")
            row(f"outlines {res} m", f"{label}: corners within 5 degrees of 90", 100 * m["right_angles"], unit="%", target=">= 95 %" if mine else "", met=m["right_angles"] >= 0.95 if mine else None)
            row(f"outlines {res} m", f"{label}: extra vertices, median", m["extra_vertices_median"], unit="", target="0" if mine else "", met=m["extra_vertices_median"] <= 0 if mine else None)
            row(f"outlines {res} m", f"{label}: terraced pairs, largest overlap", 100 * m["pair_overlap_max"], unit="%", target="0" if mine else "", met=m["pair_overlap_max"] < 1e-6 if mine else None)
            row(f"outlines {res} m", f"{label}: terraced pairs, widest gap", m["pair_gap_max"], unit="m", target="<= 0.1 m" if mine else "", met=m["pair_gap_max"] <= 0.1 if mine else None)
            if seconds:
                per_1000 = seconds / len(results) * 1000
                row(f"outlines {res} m", f"{label}: seconds per 1,000 buildings", per_1000, unit="s", target="< 2 s" if mine else "", met=per_1000 < 2 if mine else None)
    blobs = synthetic_natural()
    for res in (0.3, 0.5):
        shapes = traced(blobs, res)
        base = natural_measure(shapes, blobs)
        smooth = natural_measure(apply_style(shapes, OutlineOptions("natural"), pixel_size=res), blobs)
        row(f"outlines {res} m", "natural shapes, traced: median IoU / largest area error", base["iou_median"], unit=f"/ {100 * base['area_error_max']:.2f} %")
        row(f"outlines {res} m", "natural shapes, ours (Natural): median IoU", smooth["iou_median"], base["iou_median"], "", ">= traced", smooth["iou_median"] >= base["iou_median"])
        row(f"outlines {res} m", "natural shapes, ours (Natural): largest area error", 100 * smooth["area_error_max"], unit="%", target="<= 1 %", met=smooth["area_error_max"] <= 0.01)
        row(f"outlines {res} m", "natural shapes: vertices, traced -> ours (median)", smooth["vertices_median"], base["vertices_median"], "")

# SPDX-License-Identifier: GPL-2.0-or-later
"""Outlines a GIS can use as they come: traced masks (pixel staircases) made into buildings with right angles,
neighbours with one shared wall, or smooth natural shapes of the same area. Pure numpy / shapely: the worker, the
CLI and Processing call the same functions.

Buildings (regularize_buildings): each outline is simplified (Douglas-Peucker at `tolerance`) into runs; each run
gets the nearest of the building's directions (its dominant direction, and every 90 degrees, or 45), and its line is
fitted to the traced run it replaces (the length-weighted mean offset of the traced outline: least squares on the
pixel edges), so the footprint is kept. Runs of one direction in a row become one; runs shorter than `min_edge`
(a notch smaller than that) are merged away. Corners are where consecutive lines cross. Neighbours: outlines
within `neighbour_gap` of each other and at about the same angle share their direction, and the walls they face
each other with become one line (the mean of the two), so they neither overlap nor leave a gap; a sliver that still
overlaps after that goes to the larger building (an object on an object, a dormer on its roof, is no neighbour).

Natural shapes (smooth_natural): the staircase smoothed by a moving average along the outline (the curve through the
middle of the steps), then offset so that the area is the traced one's; holes under an area filled. Fields (simplify_field): straight edges at any angle,
the area kept the same way.

Why not DPIRD-DMA's buildingregulariser (the library TerraLab adapted) or QGIS's orthogonalize: measured on the same
synthetic buildings by `make bench STAGES=outlines` (docs/performance.md), both lose footprint (median IoU under
the traced outline's) and add vertices, and neither keeps a terraced pair's shared wall (Building-Regulariser#8).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..defaults import STYLES


@dataclass(frozen=True)
class OutlineOptions:
    """How an outline is made: style (STYLES), in map units: tolerance (the simplification's; 0: 1.5 pixels where
    the pixel size is known, else nothing is done), min_edge (the smallest notch kept; 0: 2 x tolerance),
    neighbour_gap (outlines closer than this share a wall; 0: 2 x tolerance), fill_holes (holes under this area
    filled); angle_step 90 (right angles) or 45 (buildings)."""

    style: str = "traced"
    tolerance: float = 0.0
    min_edge: float = 0.0
    neighbour_gap: float = 0.0
    fill_holes: float = 0.0
    angle_step: int = 90

    def __post_init__(self) -> None:
        from ..errors import GeoSamError

        if self.style not in STYLES:
            raise GeoSamError(f"Unknown outline style {self.style!r}: use one of {', '.join(STYLES)}.")
        if self.angle_step not in (45, 90):
            raise GeoSamError(f"The building angle step must be 90 or 45 degrees, not {self.angle_step}.")
        if min(self.tolerance, self.min_edge, self.neighbour_gap, self.fill_holes) < 0:
            raise GeoSamError("Outline tolerances and areas cannot be negative: use 0 for the default.")

    def in_degrees(self) -> OutlineOptions:
        """The options given in metres, for polygons in degrees (a geographic CRS): a degree of latitude is about
        111.32 km; longitudes are shrunk to the ground's proportions by apply_style(geographic=True)."""
        m = 111_320.0
        return OutlineOptions(self.style, self.tolerance / m, self.min_edge / m, self.neighbour_gap / m, self.fill_holes / m / m, self.angle_step)

    def resolved(self, pixel_size: float | None) -> OutlineOptions:
        """The options with their defaults filled from the pixel size (map units), when it is known."""
        tolerance = self.tolerance or (1.5 * pixel_size if pixel_size else 0.0)
        return OutlineOptions(self.style, tolerance, self.min_edge or 2 * tolerance, self.neighbour_gap or 2 * tolerance, self.fill_holes, self.angle_step)


def apply_style(polygons: list, options: OutlineOptions, pixel_size: float | None = None, geographic: bool = False) -> list:
    """The polygons (shapely) in the options' style; traced ones are returned as they are. pixel_size: the traced
    mask's, in map units (the tolerances' defaults). geographic: the CRS is in degrees: the style works on the
    ground's proportions (longitudes shrunk by the cosine of the latitude, as a local equirectangular projection:
    right angles on the ground), then back."""
    import shapely

    options = options.resolved(pixel_size)
    if options.style == "traced" or options.tolerance <= 0 or not polygons:
        return list(polygons)
    polygons = [shapely.force_2d(p) if p.has_z else p for p in polygons]  # a PolygonZ layer: the style is planar
    if geographic:
        return _in_latitude_bands(polygons, options)
    if options.style == "buildings":
        return regularize_buildings(polygons, options)
    if options.style == "fields":
        return [simplify_field(p, options) for p in polygons]
    return [smooth_natural(p, options) for p in polygons]


def styled(engine, polygons: list, style: str) -> list:
    """A session's polygons (in its folder's CRS) in an outline style, its pixel size giving the tolerances."""
    if style == "traced" or not polygons:
        return list(polygons)
    from ..geo import pixel_area

    return apply_style(polygons, OutlineOptions(style), pixel_size=math.sqrt(pixel_area(engine.grid_transform)), geographic=bool(getattr(engine.crs, "is_geographic", False)))


def style_geometries(geometries: list, options: OutlineOptions, geographic: bool = False) -> list:
    """Any layer's polygons and multipolygons (shapely) in the options' style, every part styled with the others
    (neighbours share walls across features); each keeps its kind; anything else is returned as it is. Lengths in
    the options are in the CRS's units, in metres for a geographic CRS (geographic=True)."""
    import shapely

    if geographic:
        options = options.in_degrees()
    parts, owner = [], []
    for i, geometry in enumerate(geometries):
        if geometry is not None and not geometry.is_valid:  # a self-intersecting ring of the user's layer
            geometry = shapely.make_valid(geometry)
        for part in getattr(geometry, "geoms", [geometry]) if geometry is not None else []:
            if part.geom_type == "Polygon" and not part.is_empty:
                parts.append(part)
                owner.append(i)
    grouped: list[list] = [[] for _ in geometries]
    for i, part in zip(owner, apply_style(parts, options, None, geographic)):
        grouped[i].append(part)
    out = []
    for geometry, made in zip(geometries, grouped):
        if not made:
            out.append(geometry)
        elif geometry.geom_type == "Polygon":
            out.append(made[0])
        else:
            out.append(shapely.MultiPolygon(made))
    return out


def _in_latitude_bands(polygons: list, options: OutlineOptions) -> list:
    """Polygons in degrees styled on the ground's proportions: in bands of 0.1 degree of latitude (11 km), each band's
    longitudes shrunk by the cosine of its latitude (a local equirectangular projection), styled, then back."""
    from shapely import affinity

    bands: dict[int, list[int]] = {}
    for i, p in enumerate(polygons):
        bands.setdefault(int(math.floor(p.centroid.y * 10)), []).append(i)
    out = list(polygons)
    for band, members in bands.items():
        shrink = math.cos(math.radians((band + 0.5) / 10))
        if shrink <= 0.01:
            continue  # at a pole there are no proportions to keep
        flat = [affinity.scale(polygons[i], shrink, 1.0, origin=(0, 0)) for i in members]
        for i, styled_part in zip(members, apply_style(flat, options, None, False)):
            out[i] = affinity.scale(styled_part, 1 / shrink, 1.0, origin=(0, 0))
    return out


# ------------------------------------------------------------------ buildings
@dataclass
class _Ring:
    """A ring as lines: direction index k (angle theta + k * step, modulo 180), offset c along the normal, the
    traced length it was fitted to (weight), the run's extent along the direction (for matching a neighbour's wall)
    and the sense the ring runs along it (+1 or -1: a line whose corners make it run the other way folds the ring)."""

    k: list
    c: list
    weight: list
    span: list
    sense: list

    def delete(self, i: int) -> None:
        for field in (self.k, self.c, self.weight, self.span, self.sense):
            del field[i]


def _dominant_angle(rings: list[np.ndarray], step: int) -> float:
    """The direction the edges agree on (radians, modulo the step), weighted by length: the circular mean of
    (360 / step) x the edge angles."""
    fold = 2 * math.pi / math.radians(step)
    s = c = 0.0
    for ring in rings:
        d = np.diff(ring, axis=0)
        length = np.hypot(d[:, 0], d[:, 1])
        angle = np.arctan2(d[:, 1], d[:, 0]) * fold
        s += float((length * np.sin(angle)).sum())
        c += float((length * np.cos(angle)).sum())
    return math.atan2(s, c) / fold


def _simplified_indices(ring: np.ndarray, tolerance: float) -> np.ndarray:
    """Indices of the vertices Douglas-Peucker keeps on a closed ring (first == last), found on the ring itself so
    each kept run keeps the traced points it replaces."""
    import shapely

    kept = np.asarray(shapely.LinearRing(ring).simplify(tolerance, preserve_topology=False).coords)
    index = {tuple(p): i for i, p in enumerate(ring[:-1])}
    found = sorted({index[tuple(p)] for p in kept[:-1] if tuple(p) in index})
    return np.asarray(found if len(found) >= 3 else [0, len(ring) // 3, 2 * len(ring) // 3], dtype=int)


def _ring_lines(ring: np.ndarray, theta: float, step: int, tolerance: float) -> _Ring:
    """The traced ring as fitted lines, one per simplified run, runs of one direction merged."""
    n_dirs = 180 // step
    cut = _simplified_indices(ring, tolerance)
    n = len(ring) - 1
    ks, cs, ws, spans, senses = [], [], [], [], []
    for a, b in zip(cut, np.roll(cut, -1)):
        idx = np.arange(a, b + 1) if b > a else np.concatenate([np.arange(a, n), np.arange(0, b + 1)])
        pts = ring[idx % n]
        chord = pts[-1] - pts[0]
        k = round((math.atan2(chord[1], chord[0]) - theta) / math.radians(step)) % n_dirs
        direction = theta + k * math.radians(step)
        normal = np.array([-math.sin(direction), math.cos(direction)])
        seg = np.diff(pts, axis=0)
        length = np.hypot(seg[:, 0], seg[:, 1])
        mid = (pts[:-1] + pts[1:]) / 2
        total = float(length.sum())
        if total <= 0:
            continue
        along = pts @ np.array([math.cos(direction), math.sin(direction)])
        senses.append(1 if along[-1] >= along[0] else -1)
        ks.append(k)
        cs.append(float((length * (mid @ normal)).sum() / total))
        ws.append(total)
        spans.append((float(along.min()), float(along.max())))
    ring_lines = _Ring(ks, cs, ws, spans, senses)
    _merge_parallel(ring_lines)
    return ring_lines


def _merge_parallel(r: _Ring) -> None:
    """Consecutive lines of one direction become one (their offsets weighted by length), around the ring."""
    i = 0
    while len(r.k) > 1 and i < len(r.k):
        j = (i + 1) % len(r.k)
        if r.k[i] == r.k[j]:
            w = r.weight[i] + r.weight[j]
            r.c[i] = (r.c[i] * r.weight[i] + r.c[j] * r.weight[j]) / w
            r.sense[i] = r.sense[i] if r.weight[i] >= r.weight[j] else r.sense[j]
            r.weight[i] = w
            r.span[i] = (min(r.span[i][0], r.span[j][0]), max(r.span[i][1], r.span[j][1]))
            r.delete(j)
            if j < i:
                i -= 1
            continue
        i += 1


def _corners(r: _Ring, theta: float, step: int) -> np.ndarray:
    """Where consecutive lines cross: corner i ends line i-1 and starts line i."""
    angles = theta + np.asarray(r.k) * math.radians(step)
    normals = np.column_stack([-np.sin(angles), np.cos(angles)])
    c = np.asarray(r.c)
    prev = np.roll(np.arange(len(r.k)), 1)
    a = np.stack([normals[prev], normals], axis=1)  # (n, 2, 2): the two lines' normals
    rhs = np.column_stack([c[prev], c])
    return np.linalg.solve(a, rhs[..., None])[..., 0]


def _drop_short(r: _Ring, theta: float, step: int, min_edge: float) -> np.ndarray:
    """Corners, after merging away the shortest line while one is under min_edge or runs backwards (a notch smaller
    than min_edge, or a fold): its neighbours then meet directly, or merge when parallel."""
    minimum = 4 if step == 90 else 3
    while True:
        corners = _corners(r, theta, step)
        if len(r.k) <= minimum:
            return corners
        angles = theta + np.asarray(r.k) * math.radians(step)
        directions = np.column_stack([np.cos(angles), np.sin(angles)])
        travel = ((np.roll(corners, -1, axis=0) - corners) * directions).sum(axis=1) * np.asarray(r.sense)
        bad = np.flatnonzero((travel < min_edge))
        if bad.size == 0:
            return corners
        r.delete(int(bad[np.argmin(travel[bad])]))
        _merge_parallel(r)
        if len(r.k) < 3:
            return None  # a sliver that folds away (a thin shape at 45 degrees): the caller keeps the traced ring


def _building(polygon, theta: float, options: OutlineOptions, exterior: _Ring):
    """One traced polygon as a regularised building, its exterior's lines given (walls shared with neighbours
    already matched), its holes regularised the same way; the traced polygon when the result would not be a valid
    shape of about its area."""
    import shapely

    made = []
    for index, ring in enumerate([polygon.exterior, *polygon.interiors]):
        lines = exterior if index == 0 else _ring_lines(np.asarray(ring.coords), theta, options.angle_step, options.tolerance)
        if len(lines.k) < (4 if options.angle_step == 90 else 3):
            if index == 0:
                return polygon
            continue
        corners = _drop_short(lines, theta, options.angle_step, options.min_edge)
        if corners is None:
            if index == 0:
                return polygon
            continue
        made.append(corners)
    if not made:
        return polygon
    result = shapely.Polygon(made[0], [h for h in made[1:] if shapely.Polygon(h).area >= max(options.fill_holes, options.min_edge ** 2)])
    if not result.is_valid:
        result = shapely.make_valid(result)
        parts = [g for g in getattr(result, "geoms", [result]) if g.geom_type == "Polygon"]
        result = max(parts, key=lambda g: g.area) if parts else polygon
    if result.is_empty or not 0.7 < result.area / max(polygon.area, 1e-12) < 1.3:
        return polygon
    return result


def regularize_buildings(polygons: list, options: OutlineOptions) -> list:
    """Traced building outlines with straight walls at right angles (or 45 degrees); neighbours within
    options.neighbour_gap at about the same angle keep one shared wall, with no overlap and no gap."""
    import shapely

    step = options.angle_step
    thetas = [_dominant_angle([np.asarray(_simplified_ring(p, options.tolerance))], step) for p in polygons]
    groups = _neighbour_groups(polygons, thetas, options, step)
    lines: list[_Ring | None] = [None] * len(polygons)
    for group in groups:
        theta = _group_angle([polygons[i] for i in group], options.tolerance, step) if len(group) > 1 else thetas[group[0]]
        for i in group:
            thetas[i] = theta
            lines[i] = _ring_lines(np.asarray(polygons[i].exterior.coords), theta, step, options.tolerance)
        if len(group) > 1:
            _share_walls([lines[i] for i in group], options.neighbour_gap)
    out = [_building(p, thetas[i], options, lines[i]) for i, p in enumerate(polygons)]
    return _settle_overlaps(out, groups, shapely)


def _simplified_ring(polygon, tolerance: float):
    return polygon.exterior.simplify(tolerance, preserve_topology=False).coords


def _neighbour_groups(polygons: list, thetas: list, options: OutlineOptions, step: int) -> list[list[int]]:
    """Buildings within neighbour_gap of each other whose directions differ by under 10 degrees, as groups."""
    import shapely

    parent = list(range(len(polygons)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(polygons) > 1 and options.neighbour_gap > 0:
        tree = shapely.STRtree(polygons)
        left, right = tree.query(polygons, predicate="dwithin", distance=options.neighbour_gap)
        def apart(x: float, y: float) -> float:
            return abs((x - y + math.radians(step) / 2) % math.radians(step) - math.radians(step) / 2)

        for a, b in zip(left.tolist(), right.tolist()):
            if a >= b or polygons[a].contains(polygons[b]) or polygons[b].contains(polygons[a]):
                continue  # an object on an object (a dormer on its roof) is no neighbour
            ra, rb = root(a), root(b)
            # Within 10 degrees of each other and of both groups' first buildings: a chain of small turns is no group.
            if ra != rb and max(apart(thetas[a], thetas[b]), apart(thetas[ra], thetas[rb])) < math.radians(10):
                parent[ra] = rb
    groups: dict[int, list[int]] = {}
    for i in range(len(polygons)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _group_angle(polygons: list, tolerance: float, step: int) -> float:
    return _dominant_angle([np.asarray(_simplified_ring(p, tolerance)) for p in polygons], step)


def _share_walls(rings: list[_Ring], gap: float) -> None:
    """Walls of different buildings on (nearly) one line, facing each other over their common stretch, become one
    line: the offsets of each set of matching walls take their length-weighted mean."""
    walls = [(r_i, j) for r_i, r in enumerate(rings) for j in range(len(r.k))]
    parent = {w: w for w in walls}

    def root(w):
        while parent[w] != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    buckets: dict[tuple[int, int], list[int]] = {}  # walls by direction and offset: only near ones are compared
    for n, (r, j) in enumerate(walls):
        buckets.setdefault((rings[r].k[j], int(math.floor(rings[r].c[j] / gap))), []).append(n)
    for a, (ra, ja) in enumerate(walls):
        key = (rings[ra].k[ja], int(math.floor(rings[ra].c[ja] / gap)))
        for b in (b for off in (-1, 0, 1) for b in buckets.get((key[0], key[1] + off), ()) if b > a):
            rb, jb = walls[b]
            if ra == rb or abs(rings[ra].c[ja] - rings[rb].c[jb]) > gap:
                continue
            (s0, s1), (t0, t1) = rings[ra].span[ja], rings[rb].span[jb]
            if min(s1, t1) - max(s0, t0) > gap:  # they face each other over more than the gap's length
                parent[root(walls[a])] = root(walls[b])
    sets: dict = {}
    for w in walls:
        sets.setdefault(root(w), []).append(w)
    for members in sets.values():
        if len({r for r, _ in members}) < 2:
            continue
        weight = sum(rings[r].weight[j] for r, j in members)
        mean = sum(rings[r].c[j] * rings[r].weight[j] for r, j in members) / weight
        for r, j in members:
            rings[r].c[j] = mean


def _settle_overlaps(out: list, groups: list[list[int]], shapely) -> list:
    """A sliver two neighbours of a group still share (under a fifth of the smaller) goes to the larger one; the walls
    matched above leave none. Larger overlaps are objects on objects (a dormer on a roof) and stay as they are."""
    out = list(out)
    for group in groups:
        if len(group) < 2:
            continue
        order = sorted(group, key=lambda i: -out[i].area)
        for n, i in enumerate(order):
            for j in order[n + 1:]:
                if not out[i].intersects(out[j]):
                    continue
                shared = out[i].intersection(out[j]).area
                if not 1e-9 * out[j].area < shared < 0.2 * out[j].area:
                    continue
                rest = out[j].difference(out[i])
                parts = [g for g in getattr(rest, "geoms", [rest]) if g.geom_type == "Polygon" and not g.is_empty]
                if parts and max(g.area for g in parts) > 0.5 * out[j].area:
                    out[j] = max(parts, key=lambda g: g.area)
    return out


# ------------------------------------------------------------------ natural shapes and fields
def _with_area(shape, area: float, join_style: str):
    """shape offset outwards or inwards until its area is `area` (two steps of the first-order correction)."""
    for _ in range(3):
        if shape.is_empty or shape.length <= 0:
            return shape
        delta = (area - shape.area) / shape.length
        if abs(delta) < 1e-9:
            break
        shape = shape.buffer(delta, join_style=join_style, quad_segs=4)
    return shape


def _largest(shape):
    parts = [g for g in getattr(shape, "geoms", [shape]) if g.geom_type == "Polygon"]
    return max(parts, key=lambda g: g.area) if parts else shape


def _smoothed_ring(ring: np.ndarray, spacing: float, window: float) -> np.ndarray:
    """A closed ring (first == last) resampled every `spacing` and averaged over `window` of its length (a moving
    average applied twice, a triangle kernel): the curve through the middle of a staircase's steps."""
    import shapely

    dense = np.asarray(shapely.segmentize(shapely.LinearRing(ring), spacing).coords)[:-1]
    half = max(1, int(round(window / spacing / 2)))
    if len(dense) < 2 * half + 3:
        return ring
    kernel = np.ones(2 * half + 1) / (2 * half + 1)
    for _ in range(2):
        padded = np.concatenate([dense[-half:], dense, dense[:half]])
        dense = np.column_stack([np.convolve(padded[:, 0], kernel, "valid"), np.convolve(padded[:, 1], kernel, "valid")])
    return np.vstack([dense, dense[:1]])


def smooth_natural(polygon, options: OutlineOptions):
    """A lake's, a forest's or a landslide's outline: the staircase smoothed away (the curve through the middle of
    its steps), the traced area kept, small holes filled, few vertices."""
    import shapely

    tolerance = options.tolerance
    holes = [h for h in polygon.interiors if shapely.Polygon(h).area >= max(options.fill_holes, tolerance ** 2 * 4)]
    spacing, window = tolerance / 3, 2 * tolerance
    smooth = shapely.Polygon(_smoothed_ring(np.asarray(polygon.exterior.coords), spacing, window), [_smoothed_ring(np.asarray(h.coords), spacing, window) for h in holes])
    smooth = _largest(shapely.make_valid(smooth)) if not smooth.is_valid else smooth
    target = polygon.area + sum(shapely.Polygon(h).area for h in polygon.interiors if h not in holes)  # filled holes count
    result = _largest(_with_area(smooth.simplify(tolerance / 15, preserve_topology=True), target, "round"))
    return result.simplify(tolerance / 15, preserve_topology=True) if not result.is_empty else polygon


def simplify_field(polygon, options: OutlineOptions):
    """A field's outline: straight edges at any angle (simplified at the tolerance), its traced area kept, small
    holes filled."""
    import shapely

    holes = [h for h in polygon.interiors if shapely.Polygon(h).area >= max(options.fill_holes, options.tolerance ** 2 * 4)]
    base = shapely.Polygon(polygon.exterior, holes)
    simple = _largest(base.simplify(options.tolerance, preserve_topology=True))
    if simple.is_empty:
        return polygon
    result = _largest(_with_area(simple, base.area, "mitre"))
    return result.simplify(options.tolerance / 10, preserve_topology=True) if not result.is_empty else polygon

# SPDX-License-Identifier: GPL-2.0-or-later
"""Query engines: prompts in any CRS -> SAM decoder on cached (or live-encoded) chips -> polygons.

Objects that run past a chip's inner edge are continued into the neighbouring
chips with prompts taken from the mask in the overlap, and merged on the
folder's pixel grid, so large fields and lakes do not come out square.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
from affine import Affine

from ..errors import CheckpointError, PromptError
from ..folders import open_feature_folder, read_any_chip_file
from ..folders.format import ChipRecord
from ..geo import Bounds, PixelWindow, crs_to_text, map_to_pixel, parse_crs, transform_bounds, transform_xy, window_transform
from ..models.checkpoints import ModelSpec, create_model_spec_from_checkpoint
from .measures import measured
from .vectorize import VectorOptions, mask_to_polygons, reproject_geometries

# Continue an object into at most this many chips in all.
DEFAULT_MAX_CHIPS = 9
# Foreground points taken from the mask in an overlap to continue it into a neighbour.
CONTINUATION_POINTS = 3


@dataclass(frozen=True)
class ChipPrompt:
    """The prompts one chip's decoder received, in that chip's pixel coordinates (SAM's convention)."""

    chip_id: int
    points: np.ndarray | None
    labels: np.ndarray | None
    box: np.ndarray | None
    multimask: bool
    score: float


@dataclass
class SegmentResult:
    """Polygons (shapely, in `crs`) with one attribute dict each, and how they were made."""

    polygons: list
    attributes: list[dict]
    crs: object
    score: float
    chip_ids: list[int]
    chip_prompts: list[ChipPrompt]
    mask: np.ndarray
    mask_transform: Affine
    folder_crs: object = None
    extra: dict = field(default_factory=dict)


def _as_points(points, labels) -> tuple[np.ndarray, np.ndarray]:
    if points is None or len(points) == 0:
        if labels is not None and len(labels):
            raise PromptError("Labels were given without points.")
        return np.zeros((0, 2)), np.zeros((0,), dtype=int)
    pts = np.asarray(points, dtype="float64").reshape(-1, 2)
    if not np.all(np.isfinite(pts)):
        raise PromptError("Point coordinates must be finite numbers.")
    if labels is None:
        labs = np.ones(len(pts), dtype=int)
    else:
        labs = np.asarray(labels).reshape(-1)
        if len(labs) != len(pts):
            raise PromptError(f"{len(pts)} points but {len(labs)} labels: give one label (1 foreground, 0 background) per point.")
        if not np.all(np.isin(labs, (0, 1))):
            raise PromptError(f"Labels must be 1 (foreground) or 0 (background), got {sorted(set(labs.tolist()))}.")
        labs = labs.astype(int)
    return pts, labs


def _as_box(box) -> np.ndarray | None:
    if box is None or (hasattr(box, "__len__") and len(box) == 0):
        return None
    b = np.asarray(box, dtype="float64").reshape(-1)
    if b.size != 4 or not np.all(np.isfinite(b)):
        raise PromptError(f"A box is four numbers minx,miny,maxx,maxy; got {box!r}.")
    minx, miny, maxx, maxy = min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3])
    if maxx - minx <= 0 or maxy - miny <= 0:
        raise PromptError("The box has zero area: drag a rectangle, not a line or a point.")
    return np.array([minx, miny, maxx, maxy])


class _QueryEngineBase:
    """The query pipeline; subclasses say where chips and their features come from."""

    crs = None
    grid_transform: Affine
    grid_width: int
    grid_height: int
    model_variant = ""
    max_chips = DEFAULT_MAX_CHIPS

    # --- the session interface the worker serves (encoder/serve.py), the same on a folder, live mode and a view
    # session: no attribute is looked for with hasattr.
    live = False  # chips are encoded by the session itself (live mode, a view session)
    view = False  # a view-first session (ViewSession)
    precision = "float32"  # live: the image encoder's precision
    chips_encoded: int | None = None  # live: how many chips are encoded so far

    def allow_encoding(self, allowed: bool) -> None:
        """Whether the next query may encode a chip (a hover preview never does); a folder has nothing to encode."""

    def encoded_chips(self) -> list[ChipRecord]:
        """The chips a query can answer from now (a folder: all of them)."""
        return list(self.chips)

    def close(self) -> None:
        """The session is forgotten: a view session's background encode stops (a folder holds nothing to stop)."""

    @property
    def source_name(self) -> str:
        """What the polygons are segmented from: the raster (or web layer) the folder was encoded from, or live mode's."""
        folder = getattr(self, "folder", None)
        if folder is not None:
            return folder.source
        return str(getattr(getattr(self, "dataset", None), "path", "") or "")

    def provenance(self, prompt: str, style: str = "traced") -> dict:
        """The attributes that say where a polygon of this session came from (measures.provenance)."""
        from .measures import provenance

        return provenance(getattr(self, "checkpoint_path", ""), self.source_name, prompt, style)

    # --- chip source, implemented by subclasses
    def _chip_for_prompts(self, cols: np.ndarray, rows: np.ndarray) -> ChipRecord:
        raise NotImplementedError

    def _neighbours(self, chip: ChipRecord, edges: set[str], visited: set[int]) -> list[ChipRecord]:
        raise NotImplementedError

    def _features(self, chip: ChipRecord) -> dict:
        raise NotImplementedError

    # --- public API
    def query(
        self,
        points: Sequence[Sequence[float]] | None = None,
        labels: Sequence[int] | None = None,
        box: Sequence[float] | None = None,
        crs: object = None,
        output_crs: object = None,
        options: VectorOptions | None = None,
        continue_across_chips: bool = True,
        multimask: bool | None = None,
        preview: bool = False,
    ) -> SegmentResult:
        """Segment the object the prompts point at.

        points: (x, y) map coordinates in `crs`; labels: 1 foreground, 0 background.
        box: (minx, miny, maxx, maxy) in `crs`. output_crs defaults to the folder's CRS.
        multimask: ask the decoder for three masks and keep the best scored (SAM's advice for an ambiguous
        single click), or for one. None: three for a single click without a box, one otherwise.
        preview: a hover preview: the chip under the prompts only, outlined at the decoder's own 256 x 256 logits
        (a logit pixel covers chip_size / 256 pixels: 4 for 1024 px chips, 1 for LiteMedSAM's 256 px ones), with
        no upsampling to the chip. The outline is the clicked mask's to within one logit pixel (tests/test_query.py).
        """
        prompt_crs = parse_crs(crs, "prompt CRS")
        pts, labs = _as_points(points, labels)
        map_box = _as_box(box)
        if len(pts) == 0 and map_box is None:
            raise PromptError("Give at least one point or a box.")
        # Prompts -> folder CRS -> fractional pixel position on the folder grid.
        gx, gy = transform_xy(pts[:, 0], pts[:, 1], prompt_crs, self.crs)
        cols, rows = map_to_pixel(self.grid_transform, gx, gy)
        grid_box = None
        if map_box is not None:
            b = transform_bounds(Bounds(*map_box), prompt_crs, self.crs)
            bc, br = map_to_pixel(self.grid_transform, [b.minx, b.maxx, b.minx, b.maxx], [b.miny, b.miny, b.maxy, b.maxy])
            grid_box = np.array([bc.min(), br.min(), bc.max(), br.max()])
        all_cols = np.concatenate([cols, grid_box[[0, 2]] if grid_box is not None else []])
        all_rows = np.concatenate([rows, grid_box[[1, 3]] if grid_box is not None else []])
        self._check_inside(all_cols, all_rows)
        first = self._chip_for_prompts(all_cols, all_rows)

        chip_prompts: list[ChipPrompt] = []
        if multimask is None:
            multimask = len(pts) == 1 and grid_box is None
        coarse = preview and self.decoder.coarse_masks
        decoded = self._decode(first, cols, rows, labs, grid_box, multimask, coarse=coarse)
        chip_prompts.append(decoded[1])
        if coarse:  # one chip, on the logits' grid: a logit pixel is `factor` grid pixels a side
            canvas = decoded[0]
            factor = first.chip_size / decoded[2]
            canvas_transform = window_transform(self.grid_transform, first.grid_window) * Affine.scale(factor)
            if grid_box is not None:
                off = np.array([first.grid_window.col_off, first.grid_window.row_off] * 2)
                _clip_to_box(canvas, PixelWindow(0, 0, *canvas.shape), (grid_box - off) / factor)
        else:
            canvas, canvas_window, more = self.continued(first, decoded[0], cols, rows, labs, grid_box, continue_across_chips and not preview)
            chip_prompts.extend(more)
            canvas_transform = window_transform(self.grid_transform, canvas_window)
        polygons = mask_to_polygons(canvas, canvas_transform, options or VectorOptions(), geographic=bool(getattr(self.crs, "is_geographic", False)))
        out_crs = parse_crs(output_crs, "output CRS") if output_crs not in (None, "") else self.crs
        score = float(chip_prompts[0].score)
        chip_ids = [cp.chip_id for cp in chip_prompts]
        kind = "point+box" if len(pts) and map_box is not None else "box" if map_box is not None else "point"
        shared = {
            "score": round(score, 4), "n_fg": int((labs == 1).sum()), "n_bg": int((labs == 0).sum()), "box": int(map_box is not None),
            "chip_ids": ",".join(str(c) for c in chip_ids), "model": self.model_variant,
            **self.provenance(kind, (options or VectorOptions()).style),
        }
        # True area and perimeter on the ellipsoid, in m2 and m, whatever the folder's CRS (measures.py), in one pass.
        # A hover preview is drawn, never saved: no measures.
        attributes = [dict(shared) for _ in polygons] if preview else measured(polygons, self.crs, shared)
        polygons = reproject_geometries(polygons, self.crs, out_crs)
        return SegmentResult(polygons, attributes, out_crs, score, chip_ids, chip_prompts, canvas, canvas_transform, self.crs)

    def continued(self, first: ChipRecord, mask: np.ndarray, cols, rows, labels, grid_box, across: bool = True) -> tuple[np.ndarray, PixelWindow, list[ChipPrompt]]:
        """A mask on one chip (its valid pixels) continued into the neighbouring chips it runs into (across: seeds from
        the mask in the overlaps and the prompt's own points inside a neighbour, decoded there), composed on the
        folder's grid and clipped to the box (grid pixels): (the mask, its window on the grid, the neighbours' prompts).
        A single-date query's continuation; following dates continues each date's mask with it too."""
        masks: dict[int, tuple[ChipRecord, np.ndarray]] = {first.chip_id: (first, mask)}
        chip_prompts: list[ChipPrompt] = []
        if across:
            cols, rows = np.asarray(cols, dtype=float), np.asarray(rows, dtype=float)
            self._continue(first, masks, chip_prompts, cols, rows, np.asarray(labels, dtype=int), grid_box)
        canvas, canvas_window = _compose(masks.values())
        if grid_box is not None:  # a box bounds the object, also across chips
            _clip_to_box(canvas, canvas_window, grid_box)
        return canvas, canvas_window, chip_prompts

    # --- internals
    def _check_inside(self, cols: np.ndarray, rows: np.ndarray) -> None:
        if np.any(cols < 0) or np.any(rows < 0) or np.any(cols > self.grid_width) or np.any(rows > self.grid_height):
            raise PromptError(f"The prompt lies outside the encoded extent of this feature folder ({crs_to_text(self.crs)}): click inside it.")

    def _decode(self, chip: ChipRecord, cols, rows, labels, grid_box, multimask: bool, coarse: bool = False) -> tuple[np.ndarray, ChipPrompt, int]:
        """The chosen mask on the chip's valid pixels (coarse: on the logits' grid, whose side is returned too)."""
        # Grid position -> chip pixel index (SAM adds 0.5 to reach the pixel centre).
        off = np.array([chip.grid_window.col_off + 0.5, chip.grid_window.row_off + 0.5])
        points = np.column_stack([cols, rows]) - off if len(cols) else None
        box = None
        if grid_box is not None:
            box = grid_box - np.concatenate([off, off])
        extra = {"coarse": True} if coarse else {}
        result = self.decoder.decode(self._features(chip), chip.valid_hw, chip.chip_size, points, labels if len(cols) else None, box, multimask, select_best=True, **extra)
        prompt = ChipPrompt(chip.chip_id, points, labels if len(cols) else None, box, multimask, float(result.scores[result.indexes[0]]))
        return result.masks[0], prompt, int(result.low_res_logits.shape[-1])

    def _continue(self, first, masks, chip_prompts, cols, rows, labels, grid_box) -> None:
        """Follow the object into neighbouring chips while it touches their inner edges."""
        frontier = [first]
        while frontier and len(masks) < self.max_chips:
            chip = frontier.pop(0)
            edges = _touched_inner_edges(chip, masks[chip.chip_id][1], self.grid_width, self.grid_height)
            if not edges:
                continue
            for nb in self._neighbours(chip, edges, set(masks)):
                if len(masks) >= self.max_chips:
                    break
                seeds = _seed_points(nb, masks.values())
                if seeds is None:
                    continue
                nb_cols, nb_rows = seeds[:, 0], seeds[:, 1]
                nb_labels = np.ones(len(seeds), dtype=int)
                w = nb.grid_window
                # The user's own points inside the neighbour come along (background ones too).
                inside = (cols >= w.col_off) & (cols <= w.col_off + w.width) & (rows >= w.row_off) & (rows <= w.row_off + w.height)
                nb_cols = np.concatenate([nb_cols, cols[inside]])
                nb_rows = np.concatenate([nb_rows, rows[inside]])
                nb_labels = np.concatenate([nb_labels, labels[inside]])
                nb_box = None
                if grid_box is not None:
                    nb_box = np.array([max(grid_box[0], w.col_off), max(grid_box[1], w.row_off), min(grid_box[2], w.col_off + w.width), min(grid_box[3], w.row_off + w.height)])
                    if nb_box[2] <= nb_box[0] or nb_box[3] <= nb_box[1]:
                        continue
                mask, prompt, _ = self._decode(nb, nb_cols, nb_rows, nb_labels, nb_box, False)
                masks[nb.chip_id] = (nb, mask)
                chip_prompts.append(prompt)
                frontier.append(nb)


def _touched_inner_edges(chip: ChipRecord, mask: np.ndarray, grid_w: int, grid_h: int) -> set[str]:
    w = chip.grid_window
    edges = set()
    if w.row_off > 0 and mask[0].any():
        edges.add("top")
    if w.row_off + w.height < grid_h and mask[-1].any():
        edges.add("bottom")
    if w.col_off > 0 and mask[:, 0].any():
        edges.add("left")
    if w.col_off + w.width < grid_w and mask[:, -1].any():
        edges.add("right")
    return edges


def _extends_past(nb: PixelWindow, w: PixelWindow, edges: set[str]) -> bool:
    return (
        ("top" in edges and nb.row_off < w.row_off)
        or ("bottom" in edges and nb.row_off + nb.height > w.row_off + w.height)
        or ("left" in edges and nb.col_off < w.col_off)
        or ("right" in edges and nb.col_off + nb.width > w.col_off + w.width)
    )


def _overlap(a: PixelWindow, b: PixelWindow) -> PixelWindow | None:
    r0, c0 = max(a.row_off, b.row_off), max(a.col_off, b.col_off)
    r1, c1 = min(a.row_off + a.height, b.row_off + b.height), min(a.col_off + a.width, b.col_off + b.width)
    if r1 <= r0 or c1 <= c0:
        return None
    return PixelWindow(r0, c0, r1 - r0, c1 - c0)


def _seed_points(nb: ChipRecord, visited) -> np.ndarray | None:
    """Foreground seeds (grid pixel centres) from the merged mask where it overlaps chip nb."""
    acc = np.zeros((nb.grid_window.height, nb.grid_window.width), dtype=bool)
    for chip, mask in visited:
        ov = _overlap(chip.grid_window, nb.grid_window)
        if ov is None:
            continue
        src = mask[ov.row_off - chip.grid_window.row_off : ov.row_off - chip.grid_window.row_off + ov.height, ov.col_off - chip.grid_window.col_off : ov.col_off - chip.grid_window.col_off + ov.width]
        acc[ov.row_off - nb.grid_window.row_off : ov.row_off - nb.grid_window.row_off + ov.height, ov.col_off - nb.grid_window.col_off : ov.col_off - nb.grid_window.col_off + ov.width] |= src
    rr, cc = np.nonzero(acc)
    if rr.size == 0:
        return None
    # Seeds near the centre of the overlap mask and of its two halves: well inside the object.
    order = np.argsort(rr if np.ptp(rr) > np.ptp(cc) else cc, kind="stable")
    groups = [order] + [g for g in np.array_split(order, 2) if g.size]
    seeds = []
    for g in groups[:CONTINUATION_POINTS]:
        cy, cx = rr[g].mean(), cc[g].mean()
        k = g[np.argmin((rr[g] - cy) ** 2 + (cc[g] - cx) ** 2)]
        seeds.append((cc[k] + nb.grid_window.col_off + 0.5, rr[k] + nb.grid_window.row_off + 0.5))
    return np.unique(np.array(seeds), axis=0)


def _compose(items) -> tuple[np.ndarray, PixelWindow]:
    """OR the chips' masks onto one canvas on the folder's pixel grid."""
    items = list(items)
    if len(items) == 1:  # one chip: its mask is the canvas (a fresh array of ours)
        chip, mask = items[0]
        return mask, chip.grid_window
    r0 = min(c.grid_window.row_off for c, _ in items)
    c0 = min(c.grid_window.col_off for c, _ in items)
    r1 = max(c.grid_window.row_off + c.grid_window.height for c, _ in items)
    c1 = max(c.grid_window.col_off + c.grid_window.width for c, _ in items)
    canvas = np.zeros((r1 - r0, c1 - c0), dtype=bool)
    for chip, mask in items:
        w = chip.grid_window
        canvas[w.row_off - r0 : w.row_off - r0 + w.height, w.col_off - c0 : w.col_off - c0 + w.width] |= mask
    return canvas, PixelWindow(r0, c0, r1 - r0, c1 - c0)


def _clip_to_box(canvas: np.ndarray, window: PixelWindow, grid_box: np.ndarray) -> None:
    c0 = int(np.floor(grid_box[0])) - window.col_off
    r0 = int(np.floor(grid_box[1])) - window.row_off
    c1 = int(np.ceil(grid_box[2])) - window.col_off
    r1 = int(np.ceil(grid_box[3])) - window.row_off
    keep = np.zeros_like(canvas)
    keep[max(r0, 0) : max(r1, 0), max(c0, 0) : max(c1, 0)] = True
    canvas &= keep


def prompt_margin(window: PixelWindow, cols: np.ndarray, rows: np.ndarray) -> float:
    return float(min((cols - window.col_off).min(), (window.col_off + window.width - cols).min(), (rows - window.row_off).min(), (window.row_off + window.height - rows).min()))


def best_chip(chips: list[ChipRecord], cols: np.ndarray, rows: np.ndarray) -> ChipRecord | None:
    """The chip that holds every prompt with the most margin (or, failing that, most of them)."""
    scored = [(prompt_margin(c.grid_window, cols, rows), c) for c in chips]
    best = max(scored, key=lambda s: s[0], default=None)
    if best is None:
        return None
    if best[0] >= 0:
        return best[1]
    cx, cy = cols.mean(), rows.mean()
    return max(chips, key=lambda c: prompt_margin(c.grid_window, np.array([cx]), np.array([cy])))


def with_decoder(adapter, decoder: str):
    """The adapter itself ("torch": bit-exact with the reference predictors) or the fast decoder around it
    ("fast", on a CPU; GPUs keep the reference)."""
    if decoder not in ("torch", "fast"):
        raise ValueError(f"decoder must be 'torch' or 'fast', got {decoder!r}")
    if decoder == "fast" and adapter.device.type == "cpu" and adapter.feature_kind != "sam3":
        from ..models.fast_decoder import FastSamDecoder

        return FastSamDecoder(adapter)
    return adapter


class FeatureQueryEngine(_QueryEngineBase):
    """Queries on a feature folder (ours, the geosam library's, or one moved from another machine).

    checkpoint: the SAM/SAM2 checkpoint to decode with; defaults to the one the
    manifest names. Only the prompt encoder and mask decoder are loaded.
    """

    def __init__(
        self, feature_folder: str | os.PathLike, checkpoint: str | os.PathLike | None = None, device: str | None = "cpu", max_cached_chips: int = 8, decoder: str = "torch"
    ) -> None:
        """decoder: "torch" (bit-exact with the reference predictors) or "fast" (SAM and SAM 2 on a CPU: the
        refactored decoder of encoder/models/fast_decoder.py, in ONNX Runtime when installed; equal to float rounding,
        2-3x faster)."""
        from ..models import load_adapter

        self.folder = open_feature_folder(feature_folder)
        ckpt = os.fspath(checkpoint) if checkpoint else self.folder.checkpoint_path
        if not ckpt or not os.path.isfile(ckpt):
            raise CheckpointError(
                f"The checkpoint this folder was encoded with ({ckpt or 'not recorded'}) is not on this machine: give the same model's checkpoint file."
            )
        spec = create_model_spec_from_checkpoint(ckpt)
        _check_model_matches(spec, self.folder.model_type, self.folder.model_variant, ckpt)
        self.spec = spec
        self.checkpoint_path = ckpt
        self.decoder = load_adapter(spec, device, with_image_encoder=False)
        self.decoder = with_decoder(self.decoder, decoder)
        self._attach(self.folder, max_cached_chips)

    @classmethod
    def sharing(cls, folder, like: FeatureQueryEngine, max_cached_chips: int = 2) -> FeatureQueryEngine:
        """An engine on another opened folder of like's model, decoding with like's decoder (nothing loaded again):
        another date of the same place, when following an object through dates."""
        engine = cls.__new__(cls)
        engine.spec, engine.checkpoint_path, engine.decoder = like.spec, like.checkpoint_path, like.decoder
        engine.max_chips = like.max_chips
        engine._attach(folder, max_cached_chips)
        return engine

    def _attach(self, folder, max_cached_chips: int) -> None:
        self.folder = folder
        self.crs = self.folder.crs
        self.grid_transform = self.folder.grid_transform
        self.grid_width, self.grid_height = self.folder.grid_width, self.folder.grid_height
        self.model_variant = self.folder.model_variant or self.spec.variant
        self.chips = self.folder.chips
        self._by_id = {c.chip_id: c for c in self.chips}
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self.max_cached_chips = max(1, max_cached_chips)

    @property
    def bounds(self) -> Bounds:
        return self.folder.bounds

    def _check_inside(self, cols, rows) -> None:
        super()._check_inside(cols, rows)
        # Some prompt must fall on an encoded chip (nodata chips were never written).
        if not any(prompt_margin(c.grid_window, cols[i : i + 1], rows[i : i + 1]) >= 0 for c in self.chips for i in range(len(cols))):
            raise PromptError("The prompt lies outside the encoded chips of this feature folder (in a nodata area or outside the extent): click on encoded imagery.")

    def _chip_for_prompts(self, cols, rows) -> ChipRecord:
        return best_chip(self.chips, cols, rows)

    def _neighbours(self, chip, edges, visited) -> list[ChipRecord]:
        out = []
        for c in self.chips:
            if c.chip_id in visited or _overlap(c.grid_window, chip.grid_window) is None:
                continue
            if _extends_past(c.grid_window, chip.grid_window, edges):
                out.append(c)
        return out

    def _features(self, chip: ChipRecord) -> dict:
        cached = self._cache.get(chip.chip_id)
        if cached is not None:
            self._cache.move_to_end(chip.chip_id)
            return cached
        features = chip_features(chip, self.decoder.device)
        self._cache[chip.chip_id] = features
        while len(self._cache) > self.max_cached_chips:
            self._cache.popitem(last=False)
        return features


def chip_features(chip: ChipRecord, device) -> dict:
    """A chip's cached features read from its file, in float32 on the device (a decoder's)."""
    payload = read_any_chip_file(chip.feature_path)
    return _as_float32(_normalise_features(payload["features"], chip.feature_path), device)


def _as_float32(features: dict, device) -> dict:
    """Cached features in float32 on the decoder's device, converted once per chip rather than per click."""
    import torch

    from ..models.runtime import map_tensors

    return map_tensors(features, lambda t: t.to(device, torch.float32))


def _normalise_features(features, path: Path) -> dict:
    from ..errors import FeatureFolderError

    if isinstance(features, dict) and "image_embed" in features:
        return features
    if hasattr(features, "dim"):
        if features.dim() == 3:
            features = features[None]
        return {"features": features}
    raise FeatureFolderError(f"{path} holds features of an unknown layout.")


def _check_model_matches(spec: ModelSpec, folder_type: str, folder_variant: str, ckpt: str) -> None:
    if spec.model_type != folder_type or (folder_variant and spec.variant != folder_variant):
        raise CheckpointError(
            f"{ckpt} is {spec.variant or spec.model_type} but the folder was encoded with {folder_variant or folder_type}: "
            "features and decoder must come from the same model; give that checkpoint."
        )


class ChipNotEncoded(PromptError):
    """An online engine was asked not to encode, and the prompt's chip is not cached."""


class OnlineQueryEngine(_QueryEngineBase):
    """Queries without a feature folder: the chip around the prompt is encoded on first use (in `precision`).

    Recent chips stay in a bounded cache and are reused while prompts stay well
    inside them. The value range follows the builder's rules (one per raster).
    """

    def __init__(
        self,
        dataset,
        model_spec: ModelSpec,
        chip_size: int | None = None,
        value_range=None,
        device: str | None = None,
        max_cached_chips: int = 4,
        fast_attention: bool = True,
        precision: str = "float32",
        decoder: str = "torch",
    ) -> None:
        """decoder: as FeatureQueryEngine's."""
        from ..encode.raster import parse_value_range
        from ..models import load_adapter

        self.dataset = dataset
        self.spec = model_spec
        self.encoder = load_adapter(model_spec, device, with_image_encoder=True, fast_attention=fast_attention, precision=precision)
        self.decoder = with_decoder(self.encoder, decoder)
        self.chip_size = int(chip_size) if chip_size else model_spec.native_chip_size
        self.value_range = parse_value_range(value_range) or dataset.compute_value_range()
        self.crs = dataset.crs
        self.grid_transform = dataset.transform
        self.grid_width, self.grid_height = dataset.width, dataset.height
        self.model_variant = model_spec.variant
        self.max_cached_chips = max(1, max_cached_chips)
        self._cache: OrderedDict[tuple[int, int], tuple[ChipRecord, dict]] = OrderedDict()
        self._next_id = 0
        self.chips_encoded = 0
        # Set False for hover previews: they use encoded chips only, never start an encode.
        self.encode_on_demand = True

    live = True

    def allow_encoding(self, allowed: bool) -> None:
        self.encode_on_demand = allowed

    @property
    def precision(self) -> str:
        return self.encoder.precision

    @property
    def bounds(self) -> Bounds:
        return self.dataset.bounds

    @property
    def checkpoint_path(self) -> str:
        return str(self.spec.checkpoint_path)

    def warm_up(self) -> bool:
        """What the first click would otherwise set up, done now (live mode does it when it opens).

        The fast decoder is exported to ONNX Runtime (about 0.3 s). Where the image encoder is a compiled TinyViT
        (MobileSAM, LiteMedSAM on the CPU, in OpenVINO or ONNX Runtime: under a second), a blank chip is also
        encoded and clicked, so the runtimes' first runs (their memory plans) are spent here too; a ViT's encode
        (seconds) is not. Nothing is cached. Returns whether a blank chip was run."""
        compiled_tinyvit = self.encoder.onnx_encoder is not None or (self.encoder.openvino is not None and self.encoder.spec.variant in ("mobile_sam", "lite_medsam"))
        if not compiled_tinyvit:
            self.decoder.warm_up()  # the fast decoder's export, where it has one
            return False
        size = self.chip_size
        features = self.encoder.encode([np.zeros((size, size, 3), dtype=np.uint8)], size)[0]
        centre = np.array([[size / 2, size / 2]])
        self.decoder.decode(features, (size, size), size, centre, np.array([1]), None, True, select_best=True)
        return True

    def encoded_chips(self) -> list[ChipRecord]:
        """The chips held encoded right now, oldest first (for drawing their footprints)."""
        return [chip for chip, _ in list(self._cache.values())]

    def _make_chip(self, row_off: int, col_off: int) -> ChipRecord:
        size = self.chip_size
        row_off = int(min(max(row_off, 0), max(self.grid_height - size, 0)))
        col_off = int(min(max(col_off, 0), max(self.grid_width - size, 0)))
        key = (row_off, col_off)
        if key in self._cache:
            return self._cache[key][0]
        h, w = min(size, self.grid_height - row_off), min(size, self.grid_width - col_off)
        chip = ChipRecord(self._next_id, Path(), window_transform(self.grid_transform, PixelWindow(row_off, col_off, h, w)), (h, w), size, PixelWindow(row_off, col_off, h, w))
        self._next_id += 1
        return chip

    def _chip_for_prompts(self, cols, rows) -> ChipRecord:
        keep = self.chip_size / 8
        for chip, _ in reversed(self._cache.values()):
            if prompt_margin(chip.grid_window, cols, rows) >= keep or (
                prompt_margin(chip.grid_window, cols, rows) >= 0 and chip.grid_window.height == self.grid_height and chip.grid_window.width == self.grid_width
            ):
                return chip
        cx, cy = (cols.min() + cols.max()) / 2, (rows.min() + rows.max()) / 2
        return self._make_chip(round(cy - self.chip_size / 2), round(cx - self.chip_size / 2))

    def _neighbours(self, chip, edges, visited) -> list[ChipRecord]:
        w, step = chip.grid_window, self.chip_size // 2
        moves = {"top": (-step, 0), "bottom": (step, 0), "left": (0, -step), "right": (0, step)}
        out = []
        for edge in sorted(edges):
            dr, dc = moves[edge]
            nb = self._make_chip(w.row_off + dr, w.col_off + dc)
            if nb.chip_id not in visited and nb.grid_window != w and all(nb.chip_id != o.chip_id for o in out):
                out.append(nb)
        return out

    def _features(self, chip: ChipRecord) -> dict:
        key = (chip.grid_window.row_off, chip.grid_window.col_off)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key][1]
        if not self.encode_on_demand:
            raise ChipNotEncoded("The chip under this prompt is not encoded yet.")
        with self.dataset.open() as reader:
            pixels = self.dataset.read_chip(reader, chip.grid_window, self.value_range)
        features = self.encoder.encode([pixels.image], self.chip_size)[0]
        self.chips_encoded += 1
        self._cache[key] = (chip, features)
        while len(self._cache) > self.max_cached_chips:
            self._cache.popitem(last=False)
        return features

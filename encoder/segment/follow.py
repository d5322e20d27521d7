# SPDX-License-Identifier: GPL-2.0-or-later
"""Follow one object through dates: feature folders of one place on one grid, a prompt on one date, the object's
outline on every date.

SAM 2 / 2.1 folders: SAM 2's own video predictor (`sam2.SAM2VideoPredictor`, the real class) carries the object
from date to date with its memory encoder and memory attention, forwards and backwards from the prompted date; a
correction on any date becomes a conditioning frame and the dates are propagated again, as SAM 2's video tool does.
The only change: a date's image features come from its feature folder (the chip under the prompt, the same chip on
every date of the shared grid) instead of its image encoder, which is never run (CachedFeaturePredictor).

Other models (SAM, MobileSAM, LiteMedSAM, SAM 3) have no memory: the same prompt is decoded on every date
(`method` "same prompt"), so any model can be used, and SAM 2's memory shows as the better answer.

A date whose mask is empty is an answer (the object vanished there): a row without geometry's area, `found` 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import FeatureFolderError, PromptError

MEMORY = "sam2 memory"
SAME_PROMPT = "same prompt"


@dataclass
class DatePrompt:
    """Points (x, y with labels 1 / 0) and / or a box (minx, miny, maxx, maxy) on one date, in `crs`."""

    date_index: int
    points: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    box: list | None = None


@dataclass
class DateResult:
    """One date's answer: its polygons (folder CRS; across chips where the object runs past the followed chip's
    inner edges), the mask on the followed chip, the raster it came from and the chips its outline was decoded on
    (the followed chip first)."""

    date: str
    polygons: list
    mask: np.ndarray
    area_m2: float
    source: str = ""
    chip_ids: list = field(default_factory=list)


@dataclass
class FollowResult:
    method: str  # MEMORY or SAME_PROMPT
    chip_id: int
    dates: list  # DateResult, in date order
    crs: object = None
    model: str = ""  # the model variant
    checkpoint: str = ""


def check_same_grid(folders: list, names: list) -> None:
    """Feature folders (opened: FeatureFolder, or query engines) of one place on one grid (the same CRS and pixel grid, a chip
    number the same window on every date), else one line naming the first that differs. A date may lack chips (all
    nodata there: never written)."""
    from ..geo import same_crs

    first = folders[0]
    windows = {c.chip_id: c.grid_window for c in first.chips}
    for engine, name in zip(folders[1:], names[1:]):
        same = (same_crs(engine.crs, first.crs) and engine.grid_transform.almost_equals(first.grid_transform)
                and (engine.grid_width, engine.grid_height) == (first.grid_width, first.grid_height)
                and all(windows.get(c.chip_id, c.grid_window) == c.grid_window for c in engine.chips))
        if not same:
            raise FeatureFolderError(f"{name} is not on the first date's grid ({names[0]}): encode every date on one grid "
                                     "(geosam:followdates, or `python -m encoder follow-dates` with rasters, does it).")
        if engine.model_variant != first.model_variant:
            raise FeatureFolderError(f"{name} was encoded with {engine.model_variant}, {names[0]} with {first.model_variant}: encode every date with one checkpoint.")


class FollowDates:
    """Dates (feature folders on one grid, in date order) and the object followed through them.

    follow(prompt) starts an object from a prompt on one date; correct(prompt) adds a correction on another date and
    propagates again; both return a FollowResult. checkpoint: as FeatureQueryEngine's (None: the one the folders
    name)."""

    def __init__(self, folders: list, dates: list[str], checkpoint: str | None = None, device: str | None = None) -> None:
        from ..folders import open_feature_folder
        from .query import FeatureQueryEngine

        if len(folders) != len(dates) or not folders:
            raise PromptError("Give one date for each feature folder, and at least one folder.")
        self.dates = list(dates)
        # One engine (the first date's: its decoder and grid); the other dates' folders are only read, a chip at a time.
        # SAM 2's memory runs on the decoder's torch device (an Intel GPU, openvino:GPU, only encodes: the CPU's).
        self.first = FeatureQueryEngine(folders[0], checkpoint=checkpoint, device=device or "cpu")
        self.folders = [self.first.folder] + [open_feature_folder(f) for f in folders[1:]]
        self.names = [str(Path(f).name) for f in folders]
        check_same_grid(self.folders, self.names)
        self._chips = [{c.chip_id: c for c in folder.chips} for folder in self.folders]
        self._last: tuple | None = None  # (date index, features): the date read last
        self.memory = self.first.folder.model_type == "sam2"
        self.prompts: list[DatePrompt] = []
        self.chip = None
        self._predictor = None
        self._state = None

    # --- prompts on the grid
    def _grid_prompt(self, prompt: DatePrompt, crs):
        """A prompt in grid pixels: (cols, rows, labels, grid_box)."""
        from ..geo import Bounds, map_to_pixel, parse_crs, transform_bounds, transform_xy

        prompt_crs = parse_crs(crs, "prompt CRS")
        pts = np.asarray(prompt.points, dtype=float).reshape(-1, 2)
        labels = np.asarray(prompt.labels if len(prompt.labels) else [1] * len(pts), dtype=int)
        gx, gy = transform_xy(pts[:, 0], pts[:, 1], prompt_crs, self.first.crs)
        cols, rows = map_to_pixel(self.first.grid_transform, gx, gy)
        grid_box = None
        if prompt.box is not None:
            b = transform_bounds(Bounds(*prompt.box), prompt_crs, self.first.crs)
            bc, br = map_to_pixel(self.first.grid_transform, [b.minx, b.maxx], [b.miny, b.maxy])
            grid_box = np.array([bc.min(), br.min(), bc.max(), br.max()])
        if len(pts) == 0 and grid_box is None:
            raise PromptError("Give at least one point or a box on one date.")
        return np.asarray(cols), np.asarray(rows), labels, grid_box

    def _chip_prompt(self, cols, rows, labels, grid_box):
        """Grid pixels -> the followed chip's pixels, as a single-date query does (SAM adds 0.5 for pixel centres)."""
        off = np.array([self.chip.grid_window.col_off + 0.5, self.chip.grid_window.row_off + 0.5])
        points = np.column_stack([cols, rows]) - off if len(cols) else None
        box = grid_box - np.concatenate([off, off]) if grid_box is not None else None
        return points, (labels if len(cols) else None), box

    # --- public
    def follow(self, prompt: DatePrompt, crs) -> FollowResult:
        """A new object: the prompt on its date, then every date."""
        cols, rows, labels, grid_box = self._grid_prompt(prompt, crs)
        all_cols = np.concatenate([cols, grid_box[[0, 2]] if grid_box is not None else []])
        all_rows = np.concatenate([rows, grid_box[[1, 3]] if grid_box is not None else []])
        self.first._check_inside(all_cols, all_rows)
        from .query import best_chip

        self.chip = best_chip(self.folders[prompt.date_index].chips, all_cols, all_rows)  # a chip that date has
        self.prompts = [prompt]
        self._state = None
        return self._run(crs)

    def correct(self, prompt: DatePrompt, crs) -> FollowResult:
        """A correction on a date (points and / or a box): a new conditioning date, the dates propagated again."""
        if self.chip is None:
            raise PromptError("Prompt the object on one date first, then correct it on another.")
        self.prompts = [p for p in self.prompts if p.date_index != prompt.date_index] + [prompt]
        self._state = None
        return self._run(crs)

    def has_chip(self, index: int) -> bool:
        """Whether a date has data at the followed chip (an all-nodata chip is not written)."""
        return self.chip.chip_id in self._chips[index]

    def _date_features(self, index: int) -> dict | None:
        """The followed chip's features on a date: that folder's own chip of the same grid position (None where the
        date has no data there). Read from disk each time but the last: a long series holds one date's features."""
        from .query import chip_features

        if not self.has_chip(index):
            return None
        if self._last is None or self._last[0] != index:
            self._last = (index, chip_features(self._chips[index][self.chip.chip_id], self.first.decoder.device))
        return self._last[1]

    def _empty(self) -> np.ndarray:
        return np.zeros(self.chip.valid_hw, dtype=bool)

    def _run(self, crs) -> FollowResult:
        masks = self._memory_masks(crs) if self.memory else self._same_prompt_masks(crs)
        return FollowResult(MEMORY if self.memory else SAME_PROMPT, self.chip.chip_id, [self._date_result(i, m, crs) for i, m in enumerate(masks)],
                            self.first.crs, self.first.model_variant, self.first.checkpoint_path)

    def _prompt_on(self, index: int) -> DatePrompt | None:
        """The prompt a date's mask answers: the one given on it; without memory, else the first (the same on every date)."""
        given = {p.date_index: p for p in self.prompts}
        return given.get(index) if self.memory else given.get(index, self.prompts[0])

    def _same_prompt_masks(self, crs) -> list:
        """No memory: each date's mask from the prompt given on it, else from the first prompt (the same on every date)."""
        masks = []
        for i in range(len(self.folders)):
            features = self._date_features(i)
            if features is None:  # no data on that date there
                masks.append(self._empty())
                continue
            points, labels, box = self._chip_prompt(*self._grid_prompt(self._prompt_on(i), crs))
            multimask = points is not None and len(points) == 1 and box is None
            decoded = self.first.decoder.decode(features, self.chip.valid_hw, self.chip.chip_size, points, labels, box, multimask, select_best=True)
            masks.append(decoded.masks[0])
        return masks

    def _memory_masks(self, crs) -> list:
        """SAM 2's memory: every prompt a conditioning date, propagated forwards then backwards from the earliest. The
        dates without data at the chip are left out of the sequence (the object is not found there)."""
        import torch

        frames = [i for i in range(len(self.folders)) if self.has_chip(i)]  # the date of each frame
        prompts = [p for p in self.prompts if self.has_chip(p.date_index)]
        if not prompts:
            raise PromptError("There is no data under the prompt on its date: prompt on a date that shows the object.")
        predictor = self._video_predictor()
        state = predictor.init_cached_state(lambda frame: self._date_features(frames[frame]), len(frames), self.chip.chip_size)
        for prompt in sorted(prompts, key=lambda p: p.date_index):
            points, labels, box = self._chip_prompt(*self._grid_prompt(prompt, crs))
            predictor.add_new_points_or_box(state, frames.index(prompt.date_index), 1, points=points, labels=labels, box=box)
        masks = {}
        with torch.inference_mode():
            for reverse in (False, True):
                for frame, _ids, logits in predictor.propagate_in_video(state, reverse=reverse):
                    masks[frames[frame]] = (logits[0, 0] > 0).cpu().numpy()
        h, w = self.chip.valid_hw
        return [masks[i][:h, :w] if i in masks else self._empty() for i in range(len(self.folders))]

    def _video_predictor(self):
        if self._predictor is None:
            self._predictor = CachedFeaturePredictor.build(self.first.spec, str(self.first.decoder.device))
        return self._predictor

    def _date_result(self, index: int, mask: np.ndarray, crs) -> DateResult:
        """A date's mask on the followed chip, continued into the neighbouring chips of that date where it runs past
        the chip's inner edges, as a single-date query continues a click (the decoder on that date's features, seeded
        from the mask in the overlap, with the date's own prompt points; clipped to its box), then outlined."""
        from ..geo import window_transform
        from .measures import true_measures
        from .query import FeatureQueryEngine
        from .vectorize import VectorOptions, mask_to_polygons

        canvas, window, chip_ids = mask, self.chip.grid_window, [self.chip.chip_id]
        if mask.any():
            prompt = self._prompt_on(index)
            cols, rows, labels, grid_box = self._grid_prompt(prompt, crs) if prompt else ([], [], [], None)
            engine = self.first if index == 0 else FeatureQueryEngine.sharing(self.folders[index], self.first, max_cached_chips=1)
            canvas, window, more = engine.continued(self._chips[index][self.chip.chip_id], mask.copy(), cols, rows, labels, grid_box)
            chip_ids += [p.chip_id for p in more]
        transform = window_transform(self.first.grid_transform, window)
        polygons = mask_to_polygons(canvas, transform, VectorOptions(), geographic=bool(getattr(self.first.crs, "is_geographic", False)))
        area = sum(a for a, _ in true_measures(polygons, self.first.crs)) if polygons else 0.0
        return DateResult(self.dates[index], polygons, mask, float(area), self.folders[index].source, chip_ids)


class CachedFeaturePredictor:
    """SAM 2's video predictor whose frames' image features are read from feature folders, never computed.

    build() makes sam2's own SAM2VideoPredictor (build_sam2_video_predictor: the same post-processing as SAM 2's video
    tool) and drops its Hiera trunk after loading; init_cached_state() makes the inference state init_state would, holding a
    date's cached features in place of its frame; _get_image_feature turns them back into the backbone output that
    forward_image gives (SAM 2 stores its lowest-resolution level with no_mem_embed added: subtracted here)."""

    @staticmethod
    def build(spec, device: str):
        import torch
        from sam2.build_sam import build_sam2_video_predictor
        from sam2.sam2_video_predictor import SAM2VideoPredictor

        from ..models.sam2 import sam2_config_name

        class _Predictor(SAM2VideoPredictor):
            def init_cached_state(self, features, count: int, chip_size: int) -> dict:
                """features(frame) -> that frame's cached features (read when SAM 2 asks for them)."""
                from collections import OrderedDict

                device = torch.device(device_name)
                return {
                    "images": _NoPixels(count), "num_frames": count, "offload_video_to_cpu": False,
                    "offload_state_to_cpu": False, "video_height": chip_size, "video_width": chip_size, "device": device,
                    "storage_device": device, "point_inputs_per_obj": {}, "mask_inputs_per_obj": {},
                    "cached_features": {}, "constants": {}, "obj_id_to_idx": OrderedDict(), "obj_idx_to_id": OrderedDict(),
                    "obj_ids": [], "output_dict_per_obj": {}, "temp_output_dict_per_obj": {}, "frames_tracked_per_obj": {},
                    "date_features": features,
                }

            def _get_image_feature(self, inference_state, frame_idx, batch_size):
                cached = inference_state["cached_features"].get(frame_idx)
                if cached is None:
                    cached = (None, backbone_from_features(self, inference_state["date_features"](frame_idx), inference_state["device"]))
                    inference_state["cached_features"] = {frame_idx: cached}
                backbone_out = cached[1]
                expanded = {"backbone_fpn": [f.expand(batch_size, -1, -1, -1) for f in backbone_out["backbone_fpn"]],
                            "vision_pos_enc": [p.expand(batch_size, -1, -1, -1) for p in backbone_out["vision_pos_enc"]]}
                return (None,) + self._prepare_backbone_features(expanded)

        device_name = device
        base = build_sam2_video_predictor(sam2_config_name(spec.variant), spec.checkpoint_path, device=device)
        base.__class__ = _Predictor
        base.image_encoder.trunk = torch.nn.Identity()  # never run: the features are cached
        return base


def backbone_from_features(model, features: dict, device) -> dict:
    """A chip's cached SAM 2 features -> forward_image's output: the feature levels (finest first) and their
    positional encodings (the neck's, which depend on the shapes only)."""
    import torch

    # Copies: SAM 2's tracking writes into the feature maps it is given (they are the folder's cached tensors).
    levels = [f.to(device, torch.float32, copy=True) for f in features["high_res_feats"]]
    embed = features["image_embed"].to(device, torch.float32, copy=True)
    if model.directly_add_no_mem_embed:
        embed = embed - model.no_mem_embed.view(1, -1, 1, 1)
    levels.append(embed)
    encoding = model.image_encoder.neck.position_encoding
    return {"backbone_fpn": levels, "vision_pos_enc": [encoding(level).to(level.dtype) for level in levels]}


class _NoPixels:
    """The inference state's frames: none are held (the features are cached); only their number is read."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index):
        raise IndexError("GeoSAM follows dates from cached features: a frame's pixels are never read")


def encode_dates(rasters: list, checkpoint: str, folders_root, device: str | None = None, progress=None, cancelled=None) -> list[Path]:
    """Each raster encoded once into a feature folder of its own under folders_root, all on the first raster's grid
    (RasterDataset(like=)): resumable like any encode (a finished date is not encoded again). progress(percent)."""
    from ..encode.builder import FeatureCacheBuilder
    from ..encode.raster import RasterDataset
    from ..encode.tiles import TileCacheDataset, is_tile_cache, open_dataset
    from ..models.checkpoints import create_model_spec_from_checkpoint

    spec = create_model_spec_from_checkpoint(checkpoint)
    root = Path(folders_root)
    first = open_dataset(rasters[0])
    # A web layer's tile cache (geosam:followdates fetches it on the earliest file date's grid) is read as it is; a
    # file date on the first's grid. A file date that misses the place is refused here, before any date is encoded (a
    # cache on another grid: by check_same_grid, once the dates are encoded).
    datasets = [first] + [TileCacheDataset(r) if is_tile_cache(r) else RasterDataset(r, like=first) for r in rasters[1:]]
    folders = []
    for i, (raster, dataset) in enumerate(zip(rasters, datasets)):
        folder = root / f"{i + 1:02d}_{Path(str(raster)).parent.name if is_tile_cache(raster) else Path(str(raster)).stem}"  # a cache: its folder's name

        def report(p, i=i):
            if progress:
                progress(100.0 * (i + p.done / max(p.total, 1)) / len(rasters))

        FeatureCacheBuilder(dataset, spec, folder, device=device, progress=report, cancel_check=cancelled).run()
        folders.append(folder)
    return folders


def result_rows(result: FollowResult, object_id, output_crs=None) -> tuple[list, list]:
    """One feature per date: the object's outline there (a MultiPolygon of its pieces; None where it vanished),
    with fields.FOLLOW: object_id, date, found, area_m2, change_m2 (from the previous date), method, the chip and
    provenance (measures.provenance's model, checkpoint, source, created)."""
    from shapely.geometry import MultiPolygon

    from .measures import provenance
    from .vectorize import reproject_geometries

    geometries, rows = [], []
    previous = None
    for date in result.dates:
        shape = MultiPolygon(date.polygons) if date.polygons else None
        change = None if previous is None else round(date.area_m2 - previous, 3)
        rows.append({"object_id": str(object_id), "date": date.date, "found": int(bool(date.polygons)), "area_m2": round(date.area_m2, 3),
                     "change_m2": change, "method": result.method, "chip_ids": ",".join(map(str, date.chip_ids or [result.chip_id])), "model": result.model,
                     **{k: v for k, v in provenance(result.checkpoint, date.source, "").items() if k in ("checkpoint", "source", "created")}})
        geometries.append(shape)
        previous = date.area_m2
    if output_crs not in (None, ""):
        present = [g for g in geometries if g is not None]
        moved = iter(reproject_geometries(present, result.crs, output_crs))
        geometries = [next(moved) if g is not None else None for g in geometries]
    return geometries, rows


@dataclass
class DatedPrompt:
    """A prompt on the date named `on` (a date as the dates read, or its 1-based place in date order)."""

    on: str
    points: list = field(default_factory=list)
    labels: list = field(default_factory=list)
    box: list | None = None


def encode_in_date_order(rasters: list, checkpoint: str, folders_root, dates: list | None = None, device: str | None = None,
                         progress=None, cancelled=None) -> tuple[list, list, list[Path]]:
    """The rasters' dates (encode/dates.py's dates_for: given, an empty one read from its file), each raster encoded
    on the first date's grid (encode_dates, resumable), in date order: ((date, source) a date, each one's place in
    the list given, their folders), all in date order."""
    from ..encode.dates import dates_for, in_date_order

    found = dates_for(rasters, dates)
    order = in_date_order(found)
    folders = encode_dates([rasters[i] for i in order], checkpoint, folders_root, device, progress, cancelled)
    return [found[i] for i in order], order, folders


def prepare_dates(rasters: list, checkpoint: str, folders_root, dates: list | None = None, device: str | None = None,
                  progress=None, cancelled=None) -> FollowDates:
    """The dates encoded in date order (encode_in_date_order): a FollowDates ready for objects."""
    found, _order, folders = encode_in_date_order(rasters, checkpoint, folders_root, dates, device, progress, cancelled)
    return FollowDates(folders, [date for date, _ in found], checkpoint, device)


def follow_object(follower: FollowDates, prompt: DatedPrompt, crs, corrections: list | None = None) -> FollowResult:
    """One object: prompted on one date, followed through all, with corrections on others (dates by name or place)."""
    def on_date(p: DatedPrompt) -> DatePrompt:
        return DatePrompt(date_index(follower.dates, p.on), p.points, p.labels, p.box)

    result = follower.follow(on_date(prompt), crs)
    for correction in corrections or []:
        result = follower.correct(on_date(correction), crs)
    return result


def follow_rasters(rasters: list, checkpoint: str, folders_root, prompt: DatedPrompt, crs, dates: list | None = None,
                   corrections: list | None = None, device: str | None = None, progress=None, cancelled=None) -> FollowResult:
    """The whole job for one object: prepare_dates, then follow_object."""
    return follow_object(prepare_dates(rasters, checkpoint, folders_root, dates, device, progress, cancelled), prompt, crs, corrections)


def date_index(labels: list, on) -> int:
    """Which date a prompt is on: its date as read ('2021-06-30'), or its 1-based place in date order."""
    from ..encode.dates import parse_date

    text = str(on).strip()
    if text in labels:
        return labels.index(text)
    if text.isdigit() and 1 <= int(text) <= len(labels):
        return int(text) - 1
    if parse_date(text) in labels:  # 2021/06/30, 20210630, a date with its time
        return labels.index(parse_date(text))
    raise PromptError(f"No date {text!r} among {', '.join(labels)}: give one of them, or its place (1 to {len(labels)}).")

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 21: following an object through dates (encoder/segment/follow.py) against SAM2VideoPredictor run from the
frames, same chips, same run: seconds per date for propagation from cached features (SAM 2.1 tiny and base+, random
weights at their real sizes), and the memory a long series holds (RSS growth while following through 50 dates)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from .common import DEMO_IMAGE, row

GOAL = "21 follow"


def _dates(work: Path, count: int) -> list[Path]:
    """count dates of the demo image: brightness varying, the content drifting by a pixel a date (lossless GeoTIFFs)."""
    import numpy as np
    import rasterio

    with rasterio.open(DEMO_IMAGE) as src:
        profile, pixels = src.profile, src.read()
    profile.update(compress="deflate", photometric="rgb")
    out = []
    for i in range(count):
        path = work / f"date_{2000 + i}-06-30.tif"
        if not path.exists():
            with rasterio.open(path, "w", **profile) as dst:
                dst.write(np.roll(np.clip(pixels.astype(int) * (0.9 + 0.01 * (i % 20)), 0, 255).astype("uint8"), (i, i), axis=(1, 2)))
        out.append(path)
    return out


def _reference_seconds(checkpoint: str, spec, rasters: list, prompt) -> float:
    """SAM2VideoPredictor from the frames (the image encoder run on every date), seconds per date."""
    import numpy as np
    import rasterio
    import torch
    from PIL import Image
    from sam2.build_sam import build_sam2_video_predictor

    from encoder.models import load_adapter
    from encoder.models.sam2 import sam2_config_name

    predictor = build_sam2_video_predictor(sam2_config_name(spec.variant), checkpoint, device="cpu")
    adapter = load_adapter(spec, "cpu", engine="torch")
    frames = []
    for path in rasters:
        with rasterio.open(path) as src:
            frames.append(adapter.preprocess([np.ascontiguousarray(src.read([1, 2, 3]).transpose(1, 2, 0))], 1024)[0])
    with tempfile.TemporaryDirectory() as folder:
        for i in range(len(rasters)):
            Image.new("RGB", (8, 8)).save(f"{folder}/{i:05d}.jpg")
        state = predictor.init_state(folder)
    state["images"], state["video_height"], state["video_width"] = torch.stack(frames), 1024, 1024
    started = time.perf_counter()
    predictor.add_new_points_or_box(state, 0, 1, points=prompt[0], labels=prompt[1])
    with torch.inference_mode():
        for _ in predictor.propagate_in_video(state):
            pass
    return (time.perf_counter() - started) / len(rasters)


def bench_follow(work: Path) -> None:
    import numpy as np

    from encoder import create_model_spec_from_checkpoint
    from encoder.models.tiny import make_sam2_checkpoint
    from encoder.segment.follow import DatePrompt, encode_dates
    from encoder.segment.follow import FollowDates as Follower

    print("21. Following an object through dates (SAM 2's memory from cached features)")
    rasters = _dates(work, 5)
    with __import__("rasterio").open(DEMO_IMAGE) as src:
        click = src.transform * (500, 400)
    for variant in ("sam2.1_hiera_tiny", "sam2.1_hiera_base_plus"):
        checkpoint = str(work / f"{variant}.pt")
        if not Path(checkpoint).exists():
            make_sam2_checkpoint(checkpoint, variant=variant)
        spec = create_model_spec_from_checkpoint(checkpoint)
        folders = encode_dates(rasters, checkpoint, work / f"follow_{variant}")
        follower = Follower(folders, [p.stem for p in rasters])
        follower.follow(DatePrompt(0, [click], [1]), "EPSG:3857")  # warm-up: the predictor built, first runs
        started = time.perf_counter()
        follower.follow(DatePrompt(0, [click], [1]), "EPSG:3857")
        ours = (time.perf_counter() - started) / len(rasters)
        points, labels, _ = follower._chip_prompt(*follower._grid_prompt(DatePrompt(0, [click], [1]), "EPSG:3857"))
        reference = _reference_seconds(checkpoint, spec, rasters, (points, labels))
        row(GOAL, f"{variant}: propagation from cached features, a date (1024 px chip)", ours, reference, "s")
    # Memory over a long series: peak RSS growth while following through 50 dates (tiny model; features on disk).
    many = _dates(work, 50)
    checkpoint = str(work / "sam2.1_hiera_tiny.pt")
    folders = encode_dates(many, checkpoint, work / "follow_50")
    import psutil

    process = psutil.Process()
    before = process.memory_info().rss
    started = time.perf_counter()
    follower = Follower(folders, [p.stem for p in many])
    result = follower.follow(DatePrompt(0, [click], [1]), "EPSG:3857")
    row(GOAL, "50 dates (SAM 2.1 tiny): following, seconds", time.perf_counter() - started, unit="s")
    row(GOAL, "50 dates: memory held after following (RSS growth, MB)", (process.memory_info().rss - before) / 2**20, unit="MB")
    row(GOAL, "50 dates: dates with the object found", int(sum(bool(np.any(d.mask)) for d in result.dates)), unit="")

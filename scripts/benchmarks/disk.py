# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 5: SAM 2 chip files on disk, and SAM 2.1's decoder timings."""

from __future__ import annotations

import os
import statistics
from pathlib import Path

from .common import DEMO_IMAGE, row, timed


def bench_sam2_disk(work: Path) -> None:
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    path = work / "sam2.1_hiera_tiny.pt"
    FeatureCacheBuilder(RasterDataset(DEMO_IMAGE), create_model_spec_from_checkpoint(path), work / "sam2_features").build()
    size = os.path.getsize(work / "sam2_features" / "features" / "chip_000000.pt") / 1e6
    row("5 disk", "SAM2 chip file, fp16", size, unit="MB", target="<= 8.5 MB", met=size <= 8.5)
    # SAM 2 clicks: the decoder and the chosen mask (random weights, so no vectorising), reference vs fast.
    import numpy as np

    from encoder import FeatureQueryEngine

    pixels = np.random.default_rng(0).uniform(20, 1004, size=(40, 2))
    medians = {}
    for name in ("torch", "fast"):
        engine = FeatureQueryEngine(work / "sam2_features", decoder=name)
        chip = engine.chips[0]
        features = engine._features(chip)

        def decode(p, engine=engine, chip=chip, features=features):
            engine.decoder.decode(features, chip.valid_hw, chip.chip_size, p[None], np.array([1]), None, True, select_best=True)

        decode(pixels[0])  # the chip stage and the ONNX export
        medians[name] = statistics.median(timed(lambda p=p: decode(p), 1)[0] for p in pixels) * 1000
    row("3 clicks", "SAM 2.1 decoder + chosen mask: reference decoder, median", medians["torch"], unit="ms")
    row("3 clicks", "SAM 2.1 decoder + chosen mask: fast decoder (dock), median", medians["fast"], medians["torch"], "ms")

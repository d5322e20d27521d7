# SPDX-License-Identifier: GPL-2.0-or-later
"""FeatureCacheBuilder: the encode's public front with keyword arguments (the Python API, the CLI, the worker, the
Dask runner, the view session). It makes the options once (options.py), chooses the chips' source (sources.py) and
is the pipeline (pipeline.py) given both."""

from __future__ import annotations

import os
from typing import Callable, Sequence

from ..geo import map_to_pixel, parse_crs, transform_xy
from .options import EncodeOptions
from .pipeline import EncodePipeline, EncodeProgress
from .raster import RasterSource
from .sources import ChipSource, ChosenChips, ScheduledSource, ShardSource


class FeatureCacheBuilder(EncodePipeline):
    """Encode `dataset` with `model_spec` into the feature folder `output_dir`.

    How (EncodeOptions.choose, options.py): chip_size defaults to the model's native size (1024 SAM/SAM2), stride to
    half a chip; extent (minx, miny, maxx, maxy[, crs]) encodes part of the raster; value_range (min, max) overrides
    the automatic one; batch_size, device, feature_dtype; precision is what the image encoder computes in: float32
    (the reference predictors' arithmetic), bfloat16 (CUDA, or a CPU with AMX / AVX-512 BF16: what it gains depends on
    the CPU, make bench measures it) or float16 (CUDA only); fast_attention=False runs segment_anything's own
    attention code bit for bit. Or options: an EncodeOptions already made (then none of those keywords).

    Which chips (a ChipSource, sources.py): by default the whole grid, with a manifest. shard (K, N): only the K-th
    of N deterministic, balanced parts of the chip grid, recorded in shards/ instead of the manifest (python -m
    encoder merge writes it). chip_ids: only these chips, likewise without a manifest (the Dask runner's batches).
    first_at (x, y, crs): the chips nearest that point first (the dock passes the centre of the map view, so what
    the user looks at is ready first); the folder is the same in any order. scheduler: a view session's
    ChipScheduler (encoder/segment/view.py), which picks the next chip while the encode runs (a click's chip first,
    then nearest the view), may pause it, and hears of each chip written or skipped.

    Re-running with the same settings resumes; other settings into a used folder are refused. progress, cancel()
    and cancel_check, adapter: as EncodePipeline's (pipeline.py).
    """

    def __init__(
        self,
        dataset: RasterSource,
        model_spec,
        output_dir: str | os.PathLike,
        *,
        options: EncodeOptions | None = None,
        progress: Callable[[EncodeProgress], None] | None = None,
        cancel_check: Callable[[], bool] | None = None,
        shard: tuple[int, int] | None = None,
        chip_ids: Sequence[int] | None = None,
        first_at: Sequence | None = None,
        scheduler=None,
        adapter=None,
        **choices,
    ) -> None:
        if options is not None and choices:
            raise TypeError(f"FeatureCacheBuilder takes options or its keywords ({', '.join(sorted(choices))}), not both.")
        options = options or EncodeOptions.choose(dataset, model_spec, **choices)  # refused here, before any folder is made
        first = _first_at(dataset, first_at)
        if shard is not None:
            source: ChipSource = ShardSource(*shard, first_at=first)
        elif chip_ids is not None:
            source = ChosenChips(chip_ids, first_at=first)
        elif scheduler is not None:
            source = ScheduledSource(scheduler)  # the scheduler orders the chips itself (nearest the view)
        else:
            source = ChipSource(first)
        super().__init__(dataset, model_spec, output_dir, options, source, progress=progress, cancel_check=cancel_check, adapter=adapter)


def _first_at(dataset: RasterSource, first_at) -> tuple[float, float] | None:
    """(x, y, crs) -> the point's (col, row) on the raster's pixel grid, or None."""
    if first_at is None:
        return None
    x, y, crs = first_at
    xs, ys = transform_xy([float(x)], [float(y)], parse_crs(crs, "CRS of the point to encode first"), dataset.crs)
    cols, rows = map_to_pixel(dataset.transform, xs, ys)
    return float(cols[0]), float(rows[0])

# SPDX-License-Identifier: GPL-2.0-or-later
"""Which chips an encode takes: the whole grid, a shard, chosen chips or a view session's scheduler. The pipeline
(pipeline.py's EncodePipeline) is given one ChipSource and runs the same reader -> encoder -> writer for each; the source says
which of the plan's chips, in which order, under which lock, and what the encode leaves at the end."""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path

from ..errors import RasterError
from ..files import atomic_write_text
from ..folders.format import MANIFEST_NAME, SHARDS_DIR, FolderLock
from ..order import NearestFirst
from .grid import Chip


class ChipSource:
    """The whole grid, written with a manifest at the end; first_at (col, row) on the raster grid: the chips nearest
    it first (the dock passes the map view's centre), the folder the same in any order."""

    partial = False  # True: no manifest at the end (a shard's record, or nothing)
    reads_ahead = True  # False: the next chip is decided only when the reader asks for it

    def __init__(self, first_at: tuple[float, float] | None = None) -> None:
        self.first_at = first_at

    def select(self, chips: list[Chip]) -> list[Chip]:
        """The plan's chips this encode is for."""
        return chips

    def lock(self, folder: Path):
        """Held while the encode writes into folder: a second encode of the same chips is refused."""
        return FolderLock(folder)

    def order(self, todo: list[Chip], stop: threading.Event):
        """The chips still to encode, in the order the reader takes them."""
        if self.first_at is None:
            return iter(todo)
        by_id = {chip.chip_id: chip for chip in todo}
        nearest = NearestFirst(lambda chip_id: by_id[chip_id].centre)
        nearest.centre = self.first_at
        return iter([by_id[chip_id] for chip_id in nearest.sorted(by_id)])

    def written(self, chip_id: int) -> None:
        """A chip's file is on disk (the writer's thread)."""

    def skipped(self, chip_id: int) -> None:
        """A chip was all nodata: no file."""

    def record(self, folder: Path, settings: dict, stats) -> Path | None:
        """What the encode leaves at the end besides its chips: None, the folder's manifest (the pipeline writes it)."""
        return None


class ShardSource(ChipSource):
    """The K-th of N deterministic, balanced parts of the grid, recorded in shards/ (python -m encoder merge writes
    the manifest); shards run side by side into one folder, each under its own lock."""

    partial = True

    def __init__(self, k: int, n: int, first_at: tuple[float, float] | None = None) -> None:
        super().__init__(first_at)
        self.k, self.n = check_shard(k, n)

    def select(self, chips: list[Chip]) -> list[Chip]:
        return shard_chips(chips, self.k, self.n)

    def lock(self, folder: Path):
        return FolderLock(folder, f".geosam-encode-shard-{self.k}-of-{self.n}.lock", f"Shard {self.k}/{self.n} is already running into {folder}.")

    def record(self, folder: Path, settings: dict, stats) -> Path:
        """shards/shard-K-of-N.json: which chips this shard kept and which were all nodata (for the merge)."""
        record = {"shard": [self.k, self.n], "chips": sorted(c.chip_id for c in stats.kept), "skipped_nodata": sorted(stats.skipped_ids), "settings": settings}
        path = folder / SHARDS_DIR / f"shard-{self.k}-of-{self.n}.json"
        path.parent.mkdir(exist_ok=True)
        atomic_write_text(path, json.dumps(record, indent=1))
        return path


class ChosenChips(ChipSource):
    """These chip ids only, with no lock and no manifest: the Dask runner's batches (its client merges)."""

    partial = True

    def __init__(self, chip_ids, first_at: tuple[float, float] | None = None) -> None:
        super().__init__(first_at)
        self.chip_ids = set(chip_ids)

    def select(self, chips: list[Chip]) -> list[Chip]:
        return [c for c in chips if c.chip_id in self.chip_ids]

    def lock(self, folder: Path):
        return contextlib.nullcontext()

    def record(self, folder: Path, settings: dict, stats) -> Path:
        return folder / MANIFEST_NAME


class ScheduledSource(ChipSource):
    """The whole grid in the order a view session's ChipScheduler (encoder/segment/view.py) decides while it runs (a
    click's chip first, then nearest the view; it may pause: a first_at would be its own centre); it hears of each
    chip written or skipped."""

    reads_ahead = False

    def __init__(self, scheduler) -> None:
        super().__init__()
        self.scheduler = scheduler

    def order(self, todo: list[Chip], stop: threading.Event):
        return self.scheduler.take(todo, stop)

    def written(self, chip_id: int) -> None:
        self.scheduler.written(chip_id)

    def skipped(self, chip_id: int) -> None:
        self.scheduler.skipped(chip_id)


def check_shard(k: int, n: int) -> tuple[int, int]:
    """A shard K of N (1-based), refused in one line when it cannot be one."""
    if not (isinstance(n, int) and isinstance(k, int)) or n < 1 or not 1 <= k <= n:
        raise RasterError(f"Shard {k}/{n} is out of range: K/N needs 1 <= K <= N (shard 1/4 to 4/4 for four shards).")
    return k, n


def shard_chips(chips: list, k: int, n: int) -> list:
    """The K-th of N contiguous, balanced parts of the chip grid (sizes differ by at most one chip)."""
    check_shard(k, n)
    total = len(chips)
    return chips[(k - 1) * total // n : k * total // n]

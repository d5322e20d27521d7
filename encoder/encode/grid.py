# SPDX-License-Identifier: GPL-2.0-or-later
"""The chip grid: overlapping square windows laid over a raster (or part of it)."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import RasterError
from ..geo import PixelWindow
from ..protocol import axis_starts


@dataclass(frozen=True)
class Chip:
    """One chip: chip_size x chip_size pixels from (row_off, col_off); the raster may fill only (height, width) of it."""

    chip_id: int
    row_off: int
    col_off: int
    height: int
    width: int
    chip_size: int

    @property
    def window(self) -> PixelWindow:
        """The pixels actually read from the raster."""
        return PixelWindow(self.row_off, self.col_off, self.height, self.width)

    @property
    def centre(self) -> tuple[float, float]:
        """The centre of the chip's pixels as (col, row) on the raster grid: what "nearest the view" measures from."""
        return self.col_off + self.width / 2, self.row_off + self.height / 2


def check_grid(chip_size: int, stride: int) -> None:
    """A chip size and stride a grid can have, refused in one line otherwise."""
    if chip_size < 16:
        raise RasterError(f"Chip size must be at least 16 pixels, got {chip_size}.")
    if not 0 < stride <= chip_size:
        raise RasterError(f"Stride must be between 1 and the chip size ({chip_size}), got {stride}.")


def chip_grid(width: int, height: int, chip_size: int, stride: int, area: PixelWindow | None = None) -> list[Chip]:
    """Chips (row-major) covering `area` of a width x height raster.

    Edge chips are snapped inside the raster; a raster smaller than a chip is
    one chip filled by only part of its pixels (padded when encoded).
    """
    check_grid(chip_size, stride)
    area = area or PixelWindow(0, 0, height, width)
    rows = axis_starts(area.row_off, area.row_off + area.height, height, chip_size, stride)
    cols = axis_starts(area.col_off, area.col_off + area.width, width, chip_size, stride)
    chips = []
    for r in rows:
        for c in cols:
            chips.append(Chip(len(chips), r, c, min(chip_size, height - r), min(chip_size, width - c), chip_size))
    return chips


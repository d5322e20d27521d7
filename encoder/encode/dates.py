# SPDX-License-Identifier: GPL-2.0-or-later
"""The date of a raster in a time series: given by the user, else its acquisition date from the file's metadata
(ACQUISITIONDATETIME and the like), else a date in its name (2021-06-30, 20210630, 2021_06_30, 2021/06/30), else
the TIFF's DATETIME, else none (the list's order then stands for time)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import RasterError

# GDAL metadata items that carry an acquisition date, the most specific first; a date in the file's name comes next,
# then the TIFF's own DATETIME, which the TIFF specification defines as when the file was made (a re-saved file's).
METADATA_KEYS = ("ACQUISITIONDATETIME", "ACQUISITION_DATETIME", "ACQUISITION_DATE", "DATE_ACQUIRED", "SENSING_TIME")
FILE_TIME_KEYS = ("DATETIME", "TIFFTAG_DATETIME")
_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(text: str) -> str | None:
    """'2021:06:30 10:00:00', '2021-06-30T10:00Z', '20210630' -> '2021-06-30'; None where it holds no date."""
    match = _NAME.search(str(text or "").replace(":", "-"))
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        return None


def raster_date(path: str) -> tuple[str | None, str]:
    """(date, where it came from: 'metadata KEY' or 'file name'), or (None, '') where neither says."""
    import rasterio

    try:
        with rasterio.open(path) as src:
            tags = {k.upper(): v for k, v in src.tags().items()}
            tags.update({k.upper(): v for k, v in src.tags(ns="IMAGERY").items()})
    except Exception:  # a web layer's cache or an unreadable file: the name may still say
        tags = {}
    for key in METADATA_KEYS:
        date = parse_date(tags.get(key, ""))
        if date:
            return date, f"metadata {key}"
    date = parse_date(Path(str(path)).name)
    if date:
        return date, "file name"
    for key in FILE_TIME_KEYS:
        date = parse_date(tags.get(key, ""))
        if date:
            return date, f"metadata {key}"
    return None, ""


def dates_for(paths: list, given: list | None = None) -> list[tuple[str, str]]:
    """Each raster's (date, source): the user's where given (ISO dates, or any text with a date in it; an empty one:
    that raster's own), else raster_date; where none has a date, the list's order ('date 1', 'date 2', ...). Mixed,
    the dateless ones are refused in one line."""
    given = list(given or [])
    if given and len(given) != len(paths):
        raise RasterError(f"Give one date for each raster: {len(paths)} rasters, {len(given)} dates.")
    found = []
    for i, path in enumerate(paths):
        if given and given[i]:
            date = parse_date(given[i])
            if date is None:
                raise RasterError(f"{given[i]!r} is not a date: write it as YYYY-MM-DD.")
            found.append((date, "given"))
        else:
            found.append(raster_date(path))
    if all(date is None for date, _ in found):
        return [(f"date {i + 1}", "order") for i in range(len(paths))]
    missing = [str(paths[i]) for i, (date, _) in enumerate(found) if date is None]
    if missing:
        raise RasterError(f"No date found for {missing[0]} (no acquisition date in its metadata, none in its name): give the dates.")
    return found


def in_date_order(found: list[tuple[str, str]]) -> list[int]:
    """The rasters' places sorted by date (dates_for's answer); where the list's order stands for time, that order
    ("date 10" is not sorted before "date 2")."""
    if all(source == "order" for _, source in found):
        return list(range(len(found)))
    return sorted(range(len(found)), key=lambda i: (found[i][0], i))

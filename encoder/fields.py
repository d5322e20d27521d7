# SPDX-License-Identifier: GPL-2.0-or-later
"""The attribute fields of every polygon GeoSAM writes, in one place: the worker's answers and the CLI's files
(encoder/segment/output.py), the dock's layers and Processing's outputs (geo_sam_plugin/field_types.py turns them
into QGIS fields). A kind is one of the memory provider's type names: 'double', 'integer', 'string'."""

from __future__ import annotations

FIELDS: dict[str, str] = {
    "concept": "string",  # what a text or example search looked for
    "group": "string",  # Processing's prompt group (the points' or boxes' group field)
    "score": "double",  # SAM's predicted quality of the mask, 0..1
    "area_m2": "double",  # the true area on the ellipsoid, in square metres (encoder/segment/measures.py)
    "perimeter_m": "double",  # the true perimeter on the ellipsoid, holes included, in metres
    "n_fg": "integer",  # foreground clicks of the prompt
    "n_bg": "integer",  # background clicks of the prompt
    "box": "integer",  # 1 when the prompt had a box
    "prompt": "string",  # the prompt's kind: point, box, point+box, text, example, everything
    "style": "string",  # the outline style: traced, buildings, fields, natural
    "chip_ids": "string",  # the chips the polygon was decoded on, comma-separated
    "model": "string",  # the model variant that encoded the folder
    "checkpoint": "string",  # the checkpoint's file name
    "source": "string",  # the raster (or web layer) the folder was encoded from
    "created": "string",  # when, in UTC (ISO 8601)
    "object_id": "string",  # a followed object's id (Follow dates: the prompt's, else 1)
    "date": "string",  # the date a followed object's outline is on (YYYY-MM-DD, or "date N" where the rasters have none)
    "found": "integer",  # 1 where the followed object is there on that date, 0 where it vanished (no geometry)
    "change_m2": "double",  # the area's change from the previous date, in square metres (empty on the first)
    "method": "string",  # how it was followed: "sam2 memory", or "same prompt" (models without memory)
}

# Which fields each kind of result carries, in the order layers show them.
PROVENANCE = ("model", "checkpoint", "source", "created")
PROMPT = ("score", "area_m2", "perimeter_m", "n_fg", "n_bg", "box", "prompt", "style", "chip_ids", *PROVENANCE)  # clicks and boxes
CONCEPT = ("concept", "score", "area_m2", "perimeter_m", "prompt", "style", "chip_ids", *PROVENANCE)  # a text or example search (SAM 3)
EVERYTHING = ("score", "area_m2", "perimeter_m", "prompt", "style", "chip_ids", *PROVENANCE)  # segment everything
FOLLOW = ("object_id", "date", "found", "area_m2", "change_m2", "method", "chip_ids", *PROVENANCE)  # an object through dates
PROCESSING = ("concept", "group", *PROMPT)  # Processing's Segment algorithms: every field their answers may carry


def kinds(names) -> list[tuple[str, str]]:
    """[(name, kind)] for the named fields, in the order given; an unknown name is a programming error."""
    return [(name, FIELDS[name]) for name in names]

# SPDX-License-Identifier: GPL-2.0-or-later
"""The attribute fields of every polygon GeoSAM writes, in one place: the worker's answers and the CLI's files
(encoder/segment/output.py), the dock's layers and Processing's outputs (geo_sam_plugin/field_types.py turns them
into QGIS fields). A kind is one of the memory provider's type names: 'double', 'integer', 'string'."""

from __future__ import annotations

FIELDS: dict[str, str] = {
    "concept": "string",  # what a text or example search looked for
    "group": "string",  # Processing's prompt group (the points' or boxes' group field)
    "score": "double",  # SAM's predicted quality of the mask, 0..1
    "area": "double",  # in the CRS's units squared
    "n_fg": "integer",  # foreground clicks of the prompt
    "n_bg": "integer",  # background clicks of the prompt
    "box": "integer",  # 1 when the prompt had a box
    "chip_ids": "string",  # the chips the polygon was decoded on, comma-separated
    "model": "string",  # the model variant that encoded the folder
}

# Which fields each kind of result carries, in the order layers show them.
PROMPT = ("score", "area", "n_fg", "n_bg", "box", "chip_ids", "model")  # clicks and boxes (the dock, Segment by prompts)
CONCEPT = ("concept", "score", "area", "chip_ids", "model")  # a text or example search (SAM 3)
PROCESSING = ("concept", "group", *PROMPT)  # Processing's Segment algorithms: every field their answers may carry


def kinds(names) -> list[tuple[str, str]]:
    """[(name, kind)] for the named fields, in the order given; an unknown name is a programming error."""
    return [(name, FIELDS[name]) for name in names]

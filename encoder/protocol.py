# SPDX-License-Identifier: GPL-2.0-or-later
"""The worker protocol's framing: one JSON line per message, then the raw bytes of its payloads (no base64).

A message is a JSON object on one UTF-8 line. When it carries binary payloads (WKB polygons, masks), its "blobs" key
lists their sizes in bytes, and exactly those bytes follow the line's newline, in order. Standard library only: the
QGIS side (geo_sam_plugin/engine_client.py) and the worker (encoder/serve.py) both import it, in any Python.

Requests:  {"id": 7, "op": "query", "args": {...}}              answered once, by the same id
Responses: {"id": 7, "ok": true, "result": {...}, "blobs": [..]}  or  {"id": 7, "ok": false, "error": "one line", "kind": "PromptError"}
Events:    {"id": 7, "event": "progress", ...}                    zero or more, before the request's response
Worker:    {"event": "ready", "pid": ..., "python": ..., "protocol": PROTOCOL_VERSION, "distributions": {name: version}}   once, at start
"""

from __future__ import annotations

import json
from typing import BinaryIO

PROTOCOL_VERSION = 1
# A sign of life: the worker answers it on its reading thread at once, never behind a chip being encoded.
PING_OP = "ping"
MAX_LINE = 64 * 1024 * 1024  # a control line is small; more means the stream is not this protocol


class ProtocolError(Exception):
    """The stream broke off or is not this protocol (a stray print on the worker's stdout, a dead worker)."""


def write_message(stream: BinaryIO, message: dict, blobs: list[bytes] | tuple = ()) -> None:
    """One message and its payloads, flushed. The caller holds the stream's lock."""
    if blobs:
        message = dict(message, blobs=[len(b) for b in blobs])
    stream.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
    for blob in blobs:
        stream.write(blob)
    stream.flush()


def read_message(stream: BinaryIO) -> tuple[dict, list[bytes]] | None:
    """The next message and its payloads; None at the end of the stream."""
    line = stream.readline(MAX_LINE)
    if not line:
        return None
    if not line.endswith(b"\n"):
        raise ProtocolError(f"a control line of {len(line)} bytes without its end: the stream broke off")
    try:
        message = json.loads(line)
    except ValueError:
        raise ProtocolError(f"not a protocol line: {line[:200]!r}") from None
    if not isinstance(message, dict):
        raise ProtocolError(f"not a protocol message: {line[:200]!r}")
    blobs = []
    for size in message.pop("blobs", None) or ():
        data = stream.read(int(size))
        if data is None or len(data) != int(size):
            raise ProtocolError(f"a payload of {size} bytes broke off after {len(data or b'')}")
        blobs.append(data)
    return message, blobs

# A view session's answer to a hover preview over a chip that is not encoded yet (the dock recognises it).
ENCODING_THIS_AREA = "Encoding this area…"

# A raster layer that is not a file (XYZ, WMS, WMTS, ArcGIS MapServer, WCS, ...) reaches the worker as a *tile cache*:
# QGIS's process fetches its pixels through the layer's provider (QGIS's network settings, proxy and authentication)
# at one ground resolution, and writes them as tiles; the worker encodes from them (encoder/encode/tiles.py), waiting
# for a tile that is not there yet. Inside the feature folder, so the folder can be finished anywhere without the network:
#   <folder>/source_tiles/tiles.json                 the grid (CRS WKT, transform, width, height, tile size) and the source
#   <folder>/source_tiles/tiles/<row>_<col>.png      RGBA tiles of TILE_SIZE px (alpha 0: no data), each written whole
#   <folder>/source_tiles/failed.txt                 one line, when the fetch gave up (the worker's error says it)
TILE_CACHE_DIR = "source_tiles"
TILE_CACHE_FILE = "tiles.json"
TILE_CACHE_KIND = "geosam-tile-cache"
TILE_FAILED_FILE = "failed.txt"
TILE_SIZE = 512


def tile_name(row: int, col: int) -> str:
    """The file of tile (row, col) of a tile cache, under its tiles/ folder."""
    return f"{row}_{col}.png"


def chips_along(length: int, chip_size: int, stride: int) -> int:
    """How many chips cover `length` pixels (encoder/encode/grid.py's layout; QGIS's process estimates with it)."""
    if length <= chip_size:
        return 1
    starts = (length - chip_size) // stride + 1
    return starts + (1 if (starts - 1) * stride + chip_size < length else 0)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The model catalogue: official SAM / SAM 2 / MobileSAM checkpoints (name, URL, size, sha256), plus a user's own file.

Data only (no downloading here: encoder/models/download.py for the command line, geo_sam_plugin/install/model_manager.py on
QGIS's network stack). A catalogue file the user supplies (GEOSAM_MODELS_CATALOGUE=path, or the dock's setting)
is a JSON list of {"name", "url", "sha256", "size"} objects; an entry with an existing name overrides it (a
corporate mirror), a new name adds a model (a private fine-tune).

Meta publishes no checksums for its checkpoints and none can be fetched from these build machines, so the
official entries carry sha256 None: a download of one is verified by loading its tensors and recognising the
expected model from them, and its sha256 is then recorded beside the file for `models verify`. An entry with
a sha256 (a mirror's, a user's) is verified strictly, and a mismatch is refused and removed.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeoSamError

CATALOGUE_ENV = "GEOSAM_MODELS_CATALOGUE"
MODELS_DIR_ENV = "GEOSAM_MODELS_DIR"


class CatalogueError(GeoSamError, ValueError):
    """A model name the catalogue does not have, or a catalogue file that cannot be used."""


@dataclass(frozen=True)
class CatalogueEntry:
    """One downloadable model. size in bytes and sha256 (hex) may be None when the publisher gives none."""

    name: str
    url: str
    sha256: str | None = None
    size: int | None = None
    family: str = ""  # sam, sam2: what the tensors must say
    variant: str = ""  # vit_b, sam2.1_hiera_tiny, ...: what the tensors must say
    source: str = "official"

    @property
    def file_name(self) -> str:
        """The file name the models folder keeps (the URL's last part: the official names the tensors' hint reads)."""
        return self.url.rstrip("/").rsplit("/", 1)[-1].split("?")[0] or f"{self.name}.pt"


_SAM = "https://dl.fbaipublicfiles.com/segment_anything"
_SAM2 = "https://dl.fbaipublicfiles.com/segment_anything_2/072824"
_SAM21 = "https://dl.fbaipublicfiles.com/segment_anything_2/092824"

OFFICIAL = (
    CatalogueEntry("sam_vit_b", f"{_SAM}/sam_vit_b_01ec64.pth", None, 375_042_383, "sam", "vit_b"),
    CatalogueEntry("sam_vit_l", f"{_SAM}/sam_vit_l_0b3195.pth", None, 1_249_524_607, "sam", "vit_l"),
    CatalogueEntry("sam_vit_h", f"{_SAM}/sam_vit_h_4b8939.pth", None, 2_564_550_879, "sam", "vit_h"),
    *(CatalogueEntry(f"sam2_hiera_{s}", f"{_SAM2}/sam2_hiera_{s}.pt", None, None, "sam2", f"sam2_hiera_{s}") for s in ("tiny", "small", "base_plus", "large")),
    *(CatalogueEntry(f"sam2.1_hiera_{s}", f"{_SAM21}/sam2.1_hiera_{s}.pt", None, None, "sam2", f"sam2.1_hiera_{s}") for s in ("tiny", "small", "base_plus", "large")),
    # MobileSAM's authors publish the file in their repository (Apache-2.0), about 40 MB: the CPU user's model.
    CatalogueEntry("mobile_sam", "https://github.com/ChaoningZhang/MobileSAM/raw/master/weights/mobile_sam.pt", None, None, "sam", "mobile_sam"),
)


def _user_entries(path: Path) -> list[CatalogueEntry]:
    try:
        data = json.loads(path.read_text())
    except OSError as exc:
        raise CatalogueError(f"Cannot read the model catalogue {path}: {exc.strerror}. Fix {CATALOGUE_ENV} or the setting.") from None
    except ValueError as exc:
        raise CatalogueError(f"The model catalogue {path} is not valid JSON ({exc}): it must be a list of {{\"name\", \"url\", \"sha256\", \"size\"}} objects.") from None
    if not isinstance(data, list):
        raise CatalogueError(f"The model catalogue {path} must be a JSON list of {{\"name\", \"url\", \"sha256\", \"size\"}} objects.")
    entries = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not isinstance(item.get("url"), str):
            raise CatalogueError(f"Entry {i + 1} of the model catalogue {path} needs at least a \"name\" and a \"url\".")
        sha256 = item.get("sha256")
        if sha256 is not None and not (isinstance(sha256, str) and re.fullmatch(r"[0-9a-fA-F]{64}", sha256)):
            raise CatalogueError(f"Entry {item['name']!r} of {path}: \"sha256\" must be 64 hexadecimal digits.")
        size = item.get("size")
        if size is not None and (not isinstance(size, int) or size < 0):
            raise CatalogueError(f"Entry {item['name']!r} of {path}: \"size\" must be a number of bytes.")
        entries.append(CatalogueEntry(item["name"], item["url"], sha256.lower() if sha256 else None, size, str(item.get("family", "")), str(item.get("variant", "")), str(path)))
    return entries


def catalogue(user_file: str | os.PathLike | None = None) -> dict[str, CatalogueEntry]:
    """Name -> entry: the official models, then the user's catalogue file (argument, else $GEOSAM_MODELS_CATALOGUE)."""
    entries = {e.name: e for e in OFFICIAL}
    path = user_file or os.environ.get(CATALOGUE_ENV)
    if path:
        for entry in _user_entries(Path(path)):
            official = entries.get(entry.name)
            if official is not None and not entry.family:  # a mirror of an official model keeps what its tensors must say
                entry = CatalogueEntry(entry.name, entry.url, entry.sha256, entry.size or official.size, official.family, official.variant, entry.source)
            entries[entry.name] = entry
    return entries


def lookup(name: str, user_file: str | os.PathLike | None = None) -> CatalogueEntry:
    entries = catalogue(user_file)
    if name not in entries:
        raise CatalogueError(f"No model named {name!r} in the catalogue: choose one of {', '.join(entries)} (python -m encoder models list).")
    return entries[name]


def default_models_dir() -> Path:
    """Where downloaded models go unless told otherwise: $GEOSAM_MODELS_DIR, else the user's cache folder."""
    if os.environ.get(MODELS_DIR_ENV):
        return Path(os.environ[MODELS_DIR_ENV])
    base = os.environ.get("LOCALAPPDATA") if os.name == "nt" else os.environ.get("XDG_CACHE_HOME")
    return Path(base or Path.home() / ".cache") / "geosam" / "models"


def resolve_checkpoint(value: str | os.PathLike | None, models_dir: str | os.PathLike | None = None, user_file: str | os.PathLike | None = None) -> str | None:
    """A checkpoint file, or the catalogue name of a downloaded model (`-c sam_vit_b`, Processing CHECKPOINT=sam_vit_b)."""
    if not value:
        return None
    text = os.fspath(value)
    if Path(text).is_file():
        return text
    entries = catalogue(user_file)
    if text in entries:
        path = Path(models_dir or default_models_dir()) / entries[text].file_name
        if path.is_file():
            return str(path)
        from ..errors import CheckpointError

        raise CheckpointError(f"Model {text} is not downloaded yet: run python -m encoder models download {text}, or use Download in GeoSAM's dock (1. Model).")
    return text  # not a name either: the checkpoint loader says it is not found

# SPDX-License-Identifier: GPL-2.0-or-later
"""GeoSAM encoder engine: rasters -> feature folders -> polygons. Never imports qgis.

Subpackages by responsibility (docs/architecture.md): models/ (the model families), folders/ (feature-folder
formats), encode/ (raster -> folder), segment/ (prompts -> polygons); cli, legacy, geo, errors, defaults at the top.

Heavy packages (torch, rasterio, pyarrow) are imported only when a name below is used.
"""

from __future__ import annotations

import importlib

__version__ = "0.3.0"

_EXPORTS = {
    "RasterDataset": "encode.raster",
    "ModelSpec": "models.checkpoints",
    "create_model_spec_from_checkpoint": "models.checkpoints",
    "FeatureCacheBuilder": "encode.builder",
    "EncodeOptions": "encode.options",
    "EncodeProgress": "encode.pipeline",
    "FeatureQueryEngine": "segment.query",
    "OnlineQueryEngine": "segment.query",
    "SegmentResult": "segment.query",
    "VectorOptions": "segment.vectorize",
    "open_feature_folder": "folders",
    "ImageEncoder": "legacy",
    "gpu_available": "legacy",
    "parse_settings_file": "legacy",
    "split_settings": "legacy",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'encoder' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

"""GeoSAM encoder engine: rasters -> feature folders -> polygons. Never imports qgis.

Heavy packages (torch, rasterio, pyarrow) are imported only when a name below is used.
"""

from __future__ import annotations

import importlib

__version__ = "0.3.0"

_EXPORTS = {
    "RasterDataset": "raster",
    "ModelSpec": "checkpoints",
    "create_model_spec_from_checkpoint": "checkpoints",
    "FeatureCacheBuilder": "builder",
    "EncodeProgress": "builder",
    "FeatureQueryEngine": "query",
    "OnlineQueryEngine": "query",
    "SegmentResult": "query",
    "VectorOptions": "vectorize",
    "open_feature_folder": "folder",
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

# SPDX-License-Identifier: GPL-2.0-or-later
"""Exception types: one per kind of failure a user can hit, each message says what to do."""

from __future__ import annotations


class GeoSamError(Exception):
    """Base class: the message is a complete one-line sentence for the user."""


class RasterNotFoundError(GeoSamError, FileNotFoundError):
    """A raster path that does not exist or GDAL cannot open."""


class RasterError(GeoSamError, ValueError):
    """A raster that opens but cannot be encoded as asked (bands, extent, CRS, data)."""


class NothingToEncodeError(RasterError):
    """Every pixel of the requested area is nodata."""


class RasterReadError(RasterError):
    """GDAL failed to read part of a raster (truncated or corrupt file)."""


class CheckpointError(GeoSamError, ValueError):
    """A model checkpoint that is missing, truncated, unsafe or not a SAM model."""


class DeviceError(GeoSamError, ValueError):
    """A device or compute precision this machine cannot run (CUDA without a GPU, float16 on a CPU)."""


class FeatureFolderError(GeoSamError, ValueError):
    """A feature folder that is missing, incomplete, newer than this version, or busy."""


class PromptError(GeoSamError, ValueError):
    """Prompts that cannot be used: no CRS, outside the encoded extent, bad labels."""


class OperationCancelled(GeoSamError):
    """The user cancelled a long operation (segment everything, a text query); nothing was written."""


class EncodeCancelled(OperationCancelled):
    """The user cancelled an encode; finished chips are kept and the encode can resume."""


class MissingDependencyError(GeoSamError, ImportError):
    """A Python package the engine needs is not installed."""

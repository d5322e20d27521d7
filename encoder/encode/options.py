# SPDX-License-Identifier: GPL-2.0-or-later
"""EncodeOptions: how an encode computes, one frozen value checked once, when it is made (as geosam's specs are).

What the user chooses (the CLI's flags, Processing's parameters, the worker's Encode request) becomes an
EncodeOptions through EncodeOptions.choose(dataset, spec, ...): defaults resolved for the model (chip size, stride),
the extent brought into the raster's CRS, the value range parsed, the precision checked against the device. Every
refusal is one line, before any folder is made; the pipeline (pipeline.py) then only reads the options."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Sequence

from ..defaults import FEATURE_DTYPE, FEATURE_DTYPES, PRECISION, default_stride
from ..errors import RasterError
from ..geo import Bounds, parse_crs, transform_bounds
from .grid import check_grid
from .raster import parse_value_range


@dataclass(frozen=True)
class EncodeOptions:
    """chip_size and stride in pixels; extent: the part of the raster to encode, in its CRS (None: all of it);
    value_range: (min, max) scaled to 0-255 (None: computed from the area); batch_size: chips per encoder call;
    device: torch's device name (None: a GPU when there is one); feature_dtype: what the chip files store;
    precision: what the image encoder computes in (kept in the folder's settings, so a resume cannot mix them);
    fast_attention=False runs segment_anything's own attention code bit for bit (the default fused form differs by
    about 1e-6 relative and is ~2x faster)."""

    chip_size: int
    stride: int
    extent: Bounds | None = None
    value_range: tuple[float, float] | None = None
    batch_size: int = 1
    device: str | None = None
    feature_dtype: str = FEATURE_DTYPE
    precision: str = PRECISION
    fast_attention: bool = True

    def __post_init__(self) -> None:
        check_grid(self.chip_size, self.stride)
        if not isinstance(self.batch_size, int) or self.batch_size < 1:
            raise RasterError(f"The batch size is a whole number of chips, at least 1; got {self.batch_size!r}.")
        if self.feature_dtype not in FEATURE_DTYPES:
            raise RasterError(f"Feature dtype must be one of {', '.join(FEATURE_DTYPES)}, got {self.feature_dtype!r}.")

    @classmethod
    def choose(
        cls,
        dataset,
        spec,
        chip_size: int | None = None,
        stride: int | None = None,
        extent=None,
        value_range: Sequence[float] | None = None,
        batch_size: int = 1,
        device: str | None = None,
        feature_dtype: str = FEATURE_DTYPE,
        precision: str = PRECISION,
        fast_attention: bool = True,
    ) -> EncodeOptions:
        """The user's choices, as the CLI, Processing and the worker pass them, resolved for this raster and model:
        chip_size defaults to the model's native size (1024 for SAM and SAM 2), stride to half a chip; extent is
        (minx, miny, maxx, maxy[, crs]), a string of those or Bounds; the precision is refused where the device
        cannot compute in it (float16 on CUDA only, int8 on a CPU only) and, on a CPU, where the accuracy gate says no
        (models.check_gate)."""
        from ..models import check_gate
        from ..models.openvino_encoder import target_of
        from ..models.runtime import check_precision, resolve_device

        resolved, target = resolve_device(device), target_of(device)  # openvino:GPU: an Intel GPU (torch's part on the CPU)
        check_gate(spec.checkpoint_path, check_precision(precision, resolved, target), resolved.type, target)
        chip = int(chip_size) if chip_size else spec.native_chip_size
        return cls(
            chip_size=chip,
            stride=int(stride) if stride else default_stride(chip),
            extent=parse_extent(extent, dataset.crs),
            value_range=parse_value_range(value_range),
            batch_size=max(1, int(batch_size)),
            device=device,
            feature_dtype=feature_dtype,
            precision=precision,
            fast_attention=bool(fast_attention),
        )

    def choices(self) -> dict:
        """The keyword arguments that make these options again (FeatureCacheBuilder's, a Dask job's)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def parse_extent(extent, dataset_crs) -> Bounds | None:
    """(minx, miny, maxx, maxy[, crs]) or Bounds -> Bounds in the dataset's CRS."""
    if extent is None or extent == "" or extent == ():
        return None
    if isinstance(extent, Bounds):
        return extent
    if isinstance(extent, str):
        extent = [p.strip() for p in extent.replace(" ", ",").split(",") if p.strip()]
    values = list(extent)
    if len(values) not in (4, 5):
        raise RasterError(f"An extent is minx,miny,maxx,maxy[,CRS]; got {extent!r}.")
    try:
        minx, miny, maxx, maxy = (float(v) for v in values[:4])
    except ValueError:
        raise RasterError(f"An extent is four numbers minx,miny,maxx,maxy[,CRS]; got {extent!r}.") from None
    if maxx <= minx or maxy <= miny:
        raise RasterError(f"Extent {minx},{miny},{maxx},{maxy} is empty: min must be below max.")
    bounds = Bounds(minx, miny, maxx, maxy)
    if len(values) == 5 and str(values[4]).strip():
        bounds = transform_bounds(bounds, parse_crs(values[4], "extent CRS"), dataset_crs)
    return bounds

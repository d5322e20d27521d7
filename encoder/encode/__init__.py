# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding: a raster read and scaled (raster.py), laid out in chips (grid.py), encoded into a resumable feature folder (builder.py), in shards or on a Dask cluster (distributed.py)."""

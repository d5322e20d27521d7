# SPDX-License-Identifier: GPL-2.0-or-later
"""Encoding: a raster read and scaled (raster.py), laid out in chips (grid.py), encoded into a resumable feature folder (pipeline.py, given its options.py and its chips by sources.py; builder.py is the keyword front), in shards or on a Dask cluster (distributed.py)."""

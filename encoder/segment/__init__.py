# SPDX-License-Identifier: GPL-2.0-or-later
"""Segmenting on cached features: prompts (query.py), text and example search (concepts.py), segment everything (everything.py), masks to polygons (vectorize.py, polygonize.py) and output files (output.py)."""

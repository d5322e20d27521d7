# SPDX-License-Identifier: GPL-2.0-or-later
"""make bench's stages, one module each (scripts/bench.py runs them)."""

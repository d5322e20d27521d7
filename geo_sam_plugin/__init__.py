# SPDX-License-Identifier: GPL-2.0-or-later
"""Everything that needs QGIS: plugin entry, Processing provider and algorithms, dependency check."""

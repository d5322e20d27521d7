# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine as QGIS sees it: GeoSAM's runtime (where it is, how a Python starts in it), the worker client, and folders opened in the worker."""

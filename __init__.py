# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS plugin entry point: GeoSAM (Segment Anything for remote-sensing imagery)."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    from .plugin import GeoSamPlugin

    return GeoSamPlugin(iface)

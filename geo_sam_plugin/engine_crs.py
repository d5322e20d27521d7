# SPDX-License-Identifier: GPL-2.0-or-later
"""What the worker sends, in QGIS terms: a folder's CRS as a QgsCoordinateReferenceSystem, a WKB polygon as a QgsGeometry
(and whether transforming it failed)."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry


def folder_crs(engine) -> QgsCoordinateReferenceSystem:
    """engine: a RemoteEngine, or the worker's folder description (protocol.FolderInfo), whose `crs` is EPSG:xxxx or WKT text."""
    return QgsCoordinateReferenceSystem(engine.crs)


def crs_as_text(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS as the worker takes it: EPSG:xxxx, or its WKT (QgsCoordinateReferenceSystem reads both back)."""
    return crs.authid() if crs.authid().upper().startswith("EPSG:") else crs.toWkt()


def wkb_geometry(wkb: bytes) -> QgsGeometry:
    """A polygon the worker sent (WKB) as a QgsGeometry."""
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def operation_failed(result) -> bool:
    """QgsGeometry.transform's result (Qgis.GeometryOperationResult, an int-like enum in PyQt5 and an enum in PyQt6): not Success."""
    return getattr(result, "value", result) != 0

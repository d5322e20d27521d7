"""The CRS of a query engine's feature folder (or raster) as a QGIS CRS."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem


def folder_crs(engine) -> QgsCoordinateReferenceSystem:
    from ..encoder.geo import crs_to_text

    return QgsCoordinateReferenceSystem(crs_to_text(engine.crs))

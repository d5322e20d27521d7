# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute field types that every supported QGIS accepts: QMetaType on QGIS 3.38 and newer and on every Qt6 build
(QGIS 4; Qt6 builds of QGIS 3 take QMetaType.Type for QVariant::Type arguments since 3.36, qgis/QGIS#55954), QVariant on
Qt5 builds before 3.38 (the only kind of QGIS 3.22 - 3.36 that was released). docs/release.md ("QGIS 4") says why the
plugin does not declare supportsQt6.

The fields themselves (names and kinds) are encoder/fields.py's: output_fields, memory_layer_uri and to_feature make
them QGIS fields, a memory layer and features for the dock and Processing alike."""

from __future__ import annotations

from qgis.core import Qgis, QgsFeature, QgsField, QgsFields
from qgis.PyQt.QtCore import QT_VERSION

if Qgis.QGIS_VERSION_INT >= 33800 or QT_VERSION >= 0x060000:
    from qgis.PyQt.QtCore import QMetaType

    DOUBLE, INT, STRING = QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.QString
else:  # Qt5 builds of QGIS 3.22 - 3.36: QgsField takes QVariant.Type (Qt5 only, where QVariant.Type exists)
    from qgis.PyQt.QtCore import QVariant

    DOUBLE, INT, STRING = QVariant.Double, QVariant.Int, QVariant.String


def output_fields(names) -> QgsFields:
    """QGIS fields for the named output fields (encoder/fields.py), in that order."""
    from ..encoder.fields import kinds

    types = {"double": DOUBLE, "integer": INT, "string": STRING}
    fields = QgsFields()
    for name, kind in kinds(names):
        fields.append(QgsField(name, types[kind]))
    return fields


def memory_layer_uri(crs_text: str, names) -> str:
    """A memory provider's URI for a polygon layer in that CRS (an authid or WKT) with the named output fields."""
    from ..encoder.fields import kinds

    return "Polygon?crs=" + crs_text + "".join(f"&field={name}:{kind}" for name, kind in kinds(names))


def to_feature(fields: QgsFields, geometry, attributes: dict) -> QgsFeature:
    """A feature of those fields with the geometry (a QgsGeometry) and the attributes it has values for (others null)."""
    feature = QgsFeature(fields)
    feature.setGeometry(geometry)
    cut = {name[:10]: value for name, value in attributes.items()}  # a Shapefile's names are cut to 10 letters (perimeter_m)
    feature.setAttributes([attributes.get(fields.at(i).name(), cut.get(fields.at(i).name())) for i in range(fields.count())])
    return feature


def ellipsoid_measure(crs):
    """A function: a geometry in crs -> {"area_m2", "perimeter_m"} on the project's ellipsoid (QgsDistanceArea; WGS 84
    when the project measures on none, as the field names promise square metres and metres)."""
    from qgis.core import QgsDistanceArea, QgsProject, QgsUnitTypes

    project = QgsProject.instance()
    da = QgsDistanceArea()
    da.setSourceCrs(crs, project.transformContext())
    ellipsoid = project.ellipsoid()
    da.setEllipsoid(ellipsoid if ellipsoid and ellipsoid.upper() != "NONE" else "EPSG:7030")

    def measure(geometry) -> dict:
        area = da.convertAreaMeasurement(da.measureArea(geometry), QgsUnitTypes.AreaUnit.AreaSquareMeters)
        length = da.convertLengthMeasurement(da.measurePerimeter(geometry), QgsUnitTypes.DistanceUnit.DistanceMeters)
        return {"area_m2": round(area, 3), "perimeter_m": round(length, 3)}

    return measure

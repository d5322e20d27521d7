# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute field types that every supported QGIS accepts: QMetaType from QGIS 3.38 (and QGIS 4, Qt6), QVariant before."""

from __future__ import annotations

from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    DOUBLE, INT, STRING = QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.QString
else:  # QGIS 3.22 - 3.36: QgsField takes QVariant.Type (Qt5 only, where QVariant.Type exists)
    from qgis.PyQt.QtCore import QVariant

    DOUBLE, INT, STRING = QVariant.Double, QVariant.Int, QVariant.String

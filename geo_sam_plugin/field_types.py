# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute field types that every supported QGIS accepts: QMetaType on QGIS 3.38 and newer and on every Qt6 build
(QGIS 4; Qt6 builds of QGIS 3 take QMetaType.Type for QVariant::Type arguments since 3.36, qgis/QGIS#55954), QVariant on
Qt5 builds before 3.38 (the only kind of QGIS 3.22 - 3.36 that was released). docs/release.md ("QGIS 4") says why the
plugin does not declare supportsQt6."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION

if Qgis.QGIS_VERSION_INT >= 33800 or QT_VERSION >= 0x060000:
    from qgis.PyQt.QtCore import QMetaType

    DOUBLE, INT, STRING = QMetaType.Type.Double, QMetaType.Type.Int, QMetaType.Type.QString
else:  # Qt5 builds of QGIS 3.22 - 3.36: QgsField takes QVariant.Type (Qt5 only, where QVariant.Type exists)
    from qgis.PyQt.QtCore import QVariant

    DOUBLE, INT, STRING = QVariant.Double, QVariant.Int, QVariant.String

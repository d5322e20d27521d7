"""Shared pieces of GeoSAM's Processing algorithms: icons, dependency check, error translation."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from .deps import missing_message, missing_packages

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


class GeoSamAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses implement process(parameters, context, feedback)."""

    icon_name = "geosam.svg"

    def icon(self) -> QIcon:
        return QIcon(str(ICONS / self.icon_name))

    def createInstance(self):
        return type(self)()

    def processAlgorithm(self, parameters, context, feedback):
        missing = missing_packages()
        if missing:
            raise QgsProcessingException(missing_message(missing))
        from ..encoder.errors import GeoSamError

        try:
            return self.process(parameters, context, feedback)
        except GeoSamError as exc:
            raise QgsProcessingException(str(exc)) from None

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

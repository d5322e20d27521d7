# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared pieces of GeoSAM's Processing algorithms: icons, translation, the engine's errors as Processing errors."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..paths import DOCS_URL, ICONS, SETTINGS


def with_dock_choice(parameter, key: str):
    """parameter, whose dialog starts from what the dock last used (QGIS's settings: "checkpoint", "last_folder"):
    a GUI default only (setGuiDefaultValueOverride, QGIS 3.18+), so processing.run, qgis_process and models that
    leave the parameter out still refuse to run without it. Read when the algorithm is made, so a dialog opened
    after a choice in the dock starts from it."""
    from qgis.core import QgsSettings

    chosen = QgsSettings().value(SETTINGS + key, "", str)
    if chosen:
        parameter.setGuiDefaultValueOverride(chosen)
    return parameter


class GeoSamAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses implement process(parameters, context, feedback)."""

    icon_name = "geosam.svg"

    def icon(self) -> QIcon:
        return QIcon(str(ICONS / self.icon_name))

    def helpUrl(self) -> str:  # noqa: N802 (QGIS's name): the Help button of the algorithm's dialog
        return DOCS_URL

    def createInstance(self):
        return type(self)()

    def tr(self, text: str) -> str:
        """Translated in the context of the class that says it (pylupdate5 names contexts after classes)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is GeoSamAlgorithm:
                return translated
        return text

    def processAlgorithm(self, parameters, context, feedback):
        """process() with the engine's one-line errors (a missing runtime, a bad folder, a worker that died) as
        Processing's own error: the log shows the line, never a traceback."""
        from ..engine.client import EngineError, shared_client

        try:
            # The runtime first (its worker started and its versions checked against this plugin's pins): an
            # outdated or missing runtime is one line before anything is fetched or written.
            shared_client().start()
            return self.process(parameters, context, feedback)
        except EngineError as exc:
            raise QgsProcessingException(str(exc)) from None

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

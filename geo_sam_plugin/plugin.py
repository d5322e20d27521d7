"""The QGIS plugin object: Processing provider, GeoSAM toolbar and menu. Never imports torch at load."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .deps import add_dependency_paths, missing_message, missing_packages
from .processing_base import ICONS

MENU = "&GeoSAM"
LOG_TAG = "GeoSAM"


class GeoSamPlugin:
    """Entry object QGIS creates through classFactory(iface)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.actions: list[QAction] = []
        self.toolbar = None
        add_dependency_paths()

    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        from .provider import GeoSamProvider

        if self.provider is None:
            self.provider = GeoSamProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar("GeoSAM")
        self.toolbar.setObjectName("GeoSamToolbar")
        for icon, text, algorithm in (
            ("encode.svg", "Encode raster…", "geosam:encoderaster"),
            ("segment.svg", "Segment from prompt layers…", "geosam:segmentprompts"),
            ("everything.svg", "Segment everything…", "geosam:segmenteverything"),
        ):
            action = QAction(QIcon(str(ICONS / icon)), text, self.iface.mainWindow())
            action.setObjectName(algorithm.replace(":", "_"))
            action.triggered.connect(lambda _checked=False, alg=algorithm: self.open_algorithm(alg))
            self.iface.addPluginToMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)

    def open_algorithm(self, algorithm_id: str) -> None:
        """Open an algorithm's dialog, or say which packages are missing."""
        try:
            missing = missing_packages()
            if missing:
                self.report(missing_message(missing), Qgis.Warning)
                return
            import processing

            processing.execAlgorithmDialog(algorithm_id, {})
        except Exception as exc:  # an entry point: never let an exception reach QGIS's Python error dialog
            self.report(f"{algorithm_id} failed: {exc}", Qgis.Critical)

    def report(self, message: str, level=Qgis.Info) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage("GeoSAM", message, level=level, duration=10)

    def unload(self) -> None:
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The QGIS plugin object: Processing provider, GeoSAM toolbar and menu. Never imports torch at load."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .geo_sam_plugin.install.deps import runtime_problem
from .geo_sam_plugin.paths import DOCS_URL, I18N, ICONS

MENU = "&GeoSAM"  # under Raster, as metadata.txt's category says
LOG_TAG = "GeoSAM"


def install_translator():
    """Load i18n/geosam_<lang>.qm for QGIS's user interface language (None when there is none for it)."""
    from qgis.PyQt.QtCore import QLocale, QTranslator

    names = []
    # `qgis --lang de` (QgsApplication.translation()), then QGIS's locale setting ("zh", "pt_BR"), then Qt's ("zh_CN").
    app = QgsApplication.instance()
    for value in (app.translation() if isinstance(app, QgsApplication) else "", QgsApplication.locale(), QLocale().name()):
        value = (value or "").replace("-", "_")
        names += [value, value[:2]]
    if any(n.startswith("zh") for n in names) and not any(tag in n for n in names for tag in ("TW", "HK", "Hant")):
        names.append("zh_CN")  # simplified Chinese is the one shipped
    for name in dict.fromkeys(n for n in names if n):
        path = I18N / f"geosam_{name}.qm"
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None



def _preload_for_qgis_process() -> None:
    """`qgis_process run geosam:...`: start the worker and its imports (torch ...) now, while qgis_process is still
    loading the other providers, instead of after it (QGIS names that process "qgis_process": QgsApplication's
    platform, src/process/main.cpp). Nothing for QGIS's desktop or for other qgis_process commands."""
    import threading

    arguments = QgsApplication.arguments()
    if QgsApplication.platform() != "qgis_process" or "run" not in arguments or not any(a.startswith("geosam:") for a in arguments):
        return

    def preload() -> None:
        from .geo_sam_plugin.engine.api import EngineApi
        from .geo_sam_plugin.engine.client import EngineError

        try:
            EngineApi().preload()
        except EngineError:
            pass  # the algorithm itself says what is wrong with the runtime, in its own words

    threading.Thread(target=preload, name="GeoSAM preload", daemon=True).start()


class GeoSamPlugin:
    """Entry object QGIS creates through classFactory(iface)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.dock = None
        self.controller = None
        self._installer = None
        self.translator = install_translator()
        self.help_action = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("GeoSamPlugin", text)

    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        from .geo_sam_plugin.algorithms.provider import GeoSamProvider

        if self.provider is None:
            provider = GeoSamProvider()
            # Refused when another GeoSAM instance registered first (QGIS 3.44 then deletes the duplicate).
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
                _preload_for_qgis_process()
            else:
                QgsMessageLog.logMessage("GeoSAM's Processing provider is already registered by another instance of the plugin.", LOG_TAG, Qgis.MessageLevel.Warning)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar("GeoSAM")
        self.toolbar.setObjectName("GeoSamToolbar")
        dock_action = QAction(QIcon(str(ICONS / "geosam.svg")), self.tr("GeoSAM segmentation dock"), self.iface.mainWindow())
        dock_action.setObjectName("geosam_dock")
        dock_action.triggered.connect(self.show_dock)
        self.iface.addPluginToRasterMenu(MENU, dock_action)
        self.toolbar.addAction(dock_action)
        self.actions.append(dock_action)
        install_action = QAction(self.tr("Install dependencies…"), self.iface.mainWindow())
        install_action.setObjectName("geosam_install")
        install_action.triggered.connect(self.show_installer)
        self.iface.addPluginToRasterMenu(MENU, install_action)
        self.actions.append(install_action)
        for icon, text, algorithm in (
            ("encode.svg", self.tr("Encode raster (Processing)…"), "geosam:encoderaster"),
            ("segment.svg", self.tr("Segment from prompt layers (Processing)…"), "geosam:segmentprompts"),
            ("everything.svg", self.tr("Segment everything (Processing)…"), "geosam:segmenteverything"),
        ):
            action = QAction(QIcon(str(ICONS / icon)), text, self.iface.mainWindow())
            action.setObjectName(algorithm.replace(":", "_"))
            action.triggered.connect(lambda _checked=False, alg=algorithm: self.open_algorithm(alg))
            self.iface.addPluginToRasterMenu(MENU, action)
            self.toolbar.addAction(action)
            self.actions.append(action)
        about = QAction(self.tr("About GeoSAM and its documentation…"), self.iface.mainWindow())
        about.setObjectName("geosam_about")
        about.triggered.connect(self.open_documentation)
        self.iface.addPluginToRasterMenu(MENU, about)
        self.actions.append(about)
        self.help_action = QAction(QIcon(str(ICONS / "geosam.svg")), "GeoSAM", self.iface.mainWindow())  # Help > Plugins > GeoSAM
        self.help_action.setObjectName("geosam_help")
        self.help_action.triggered.connect(self.open_documentation)
        self.iface.pluginHelpMenu().addAction(self.help_action)

    def open_documentation(self) -> None:
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl(DOCS_URL)):
            self.report(self.tr("Could not open a web browser: GeoSAM's documentation is at {0}").format(DOCS_URL), Qgis.MessageLevel.Warning)

    def open_algorithm(self, algorithm_id: str) -> None:
        """Open an algorithm's dialog, or say that GeoSAM's runtime is missing and offer to install it."""
        try:
            problem = runtime_problem()
            if problem:
                self.report(problem, Qgis.MessageLevel.Warning)
                self.show_installer()
                return
            from qgis import processing

            processing.execAlgorithmDialog(algorithm_id, {})
        except Exception as exc:  # an entry point: never let an exception reach QGIS's Python error dialog
            self.report(self.tr("{0} failed: {1}").format(algorithm_id, exc), Qgis.MessageLevel.Critical)

    def show_dock(self) -> None:
        """Create (once) and show the segmentation dock."""
        try:
            if self.dock is None:
                from .geo_sam_plugin.dock.controller import SegmentController
                from .ui.dock import GeoSamDock

                self.controller = SegmentController(self.iface.mapCanvas())
                self.controller.message.connect(lambda text, level: self.report(text, level))
                self.dock = GeoSamDock(self.controller, parent=self.iface.mainWindow())
                self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.show()
            self.dock.raise_()
        except Exception as exc:  # an entry point: report, never raise into QGIS
            self.report(self.tr("Could not open the GeoSAM dock: {0}").format(exc), Qgis.MessageLevel.Critical)

    def show_installer(self) -> None:
        """The runtime dialog: install GeoSAM's runtime, or show the installed one with Repair and Remove."""
        try:
            from .geo_sam_plugin.engine.client import stop_shared_client
            from .geo_sam_plugin.engine.runtime import runtime_home
            from .geo_sam_plugin.install.installer import DependencyInstaller, torch_choice
            from .geo_sam_plugin.install.model_manager import models_dir
            from .geo_sam_plugin.install.runtime_builder import describe_runtime, remove_runtime, runtime_size
            from .ui.install_dialog import InstallDialog

            target = runtime_home()
            problem = runtime_problem()
            state = describe_runtime(target)  # a few files read; its size is measured off the GUI thread

            def remove() -> list:
                stop_shared_client()  # the worker runs from the runtime: it goes first
                return remove_runtime(target)

            # Install, Update and Repair stop the worker (and wait for it) before the runtime changes.
            self._installer = DependencyInstaller(target, stop_worker=stop_shared_client)
            InstallDialog(problem, self._installer, self.iface.mainWindow(), choose_torch=torch_choice, state=state, remove=remove,
                          measure=lambda: runtime_size(target), kept=str(models_dir())).exec()
        except Exception as exc:
            self.report(self.tr("The installer could not start: {0}").format(exc), Qgis.MessageLevel.Critical)

    def report(self, message: str, level=Qgis.MessageLevel.Info) -> None:
        QgsMessageLog.logMessage(message, LOG_TAG, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage("GeoSAM", message, level=level, duration=10)

    def unload(self) -> None:
        from .geo_sam_plugin.engine.client import stop_shared_client

        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        if self.controller is not None:
            self.controller.unload()
            self.controller = None
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginRasterMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.help_action is not None:
            self.iface.pluginHelpMenu().removeAction(self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            from qgis.PyQt import sip

            if not sip.isdeleted(self.provider):
                QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        stop_shared_client()  # the worker ends with the plugin (and with QGIS)

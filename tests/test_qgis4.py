# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS 4 readiness that runs on every leg: every module of the plugin imports under QGIS, and every dialog, widget,
map tool, task and Processing algorithm of it is built (so the enums used inside their methods run, which an
import-only smoke test misses: opengeos/geoai#715). A Qt or QGIS class the plugin adds later is caught by the
inventory below until this test builds it too."""

from __future__ import annotations

import importlib
import inspect
import os
import sys

from conftest import PLUGIN_NAME, ROOT

# Built elsewhere than in this test, with the reason.
NOT_BUILT_HERE = {
    "GeoSamAlgorithm": "the base of every algorithm, built through each of them",
    "WorkerTask": "the base of every task, built through each of them",
    "_SegmentAlgorithm": "the base of the segment algorithms, built through each of them",
    "GeoSamPlugin": "needs QGIS's desktop interface (iface): the desktop test loads it in a real QGIS",
    "VerifyTask": "a download's check (a model's by the worker, the standalone Python's sha256), built by ModelDownload when its file is complete (tests/test_models.py)",
    "ModelDownload": "starts a network download when built (tests/test_models.py runs it against a loopback server)",
    "PythonDownload": "the standalone Python's download, a ModelDownload (tests/test_models.py runs it against a loopback server)",
    "DateList": "the base of the dock's dates part, built through FollowedDates",
    "FetchTask": "needs a TileFetcher of a web layer: the dock builds it for Encode from view (tests/test_web_layers.py, a loopback tile server)",
}


def plugin_modules() -> list[str]:
    """Every Python module that QGIS's process runs: plugin.py, ui/ and geo_sam_plugin/."""
    names = ["plugin"]
    for folder in ("ui", "geo_sam_plugin"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_module_imports_and_every_widget_dialog_tool_task_and_algorithm_is_built(qgis_app, plugin_package, tmp_path):
    from qgis.core import QgsProcessingAlgorithm, QgsTask
    from qgis.gui import QgsMapCanvas, QgsMapTool
    from qgis.PyQt.QtCore import QCoreApplication, QObject
    from qgis.PyQt.QtWidgets import QWidget

    modules = {name: importlib.import_module(f"{PLUGIN_NAME}.{name}") for name in plugin_modules()}
    assert {"plugin", "ui.dock", "ui.install_dialog", "geo_sam_plugin.dock.controller", "geo_sam_plugin.field_types"} <= set(modules)
    qt_bases = (QWidget, QgsMapTool, QgsProcessingAlgorithm, QgsTask, QObject)
    inventory = {cls.__name__ for module in modules.values() for _, cls in inspect.getmembers(module, inspect.isclass)
                 if cls.__module__ == module.__name__ and issubclass(cls, qt_bases)}
    built = set()

    def build(obj):
        built.add(type(obj).__name__)
        return obj

    canvas = QgsMapCanvas()
    controller = build(modules["geo_sam_plugin.dock.controller"].SegmentController(canvas))
    for part in (controller.session, controller.prompts, controller.chips, controller.view, controller.tasks, controller.outputs, controller.dates):
        build(part)  # the dock's parts, made by the controller
    dock = build(modules["ui.dock"].GeoSamDock(controller))
    dock.show()
    QCoreApplication.processEvents()
    build(modules["geo_sam_plugin.dock.map_tools"].PromptMapTool(canvas))
    build(modules["ui.dock"].NewFolderDialog(dock, "folder", str(tmp_path)))
    installer_module = modules["geo_sam_plugin.install.installer"]
    installer = build(installer_module.DependencyInstaller(tmp_path / "runtime", python=sys.executable))
    build(installer_module.MachineProbe(installer))
    dialog = build(modules["ui.install_dialog"].InstallDialog("GeoSAM's runtime is missing.", installer, choose_torch=installer_module.torch_choice))
    dialog.show()
    QCoreApplication.processEvents()
    worker = build(modules["geo_sam_plugin.dock.query_thread"].QueryThread(lambda request: None))
    worker.stop()
    build(modules["geo_sam_plugin.dock.off_thread"].gui_dispatcher())
    build(modules["geo_sam_plugin.dock.encode_task"].EncodeTask("raster.tif", "model.pth", str(tmp_path / "f")))
    build(modules["geo_sam_plugin.dock.concept_task"].ConceptTask(str(tmp_path / "f"), None, "building", 0.5))
    build(modules["geo_sam_plugin.dock.measure_task"].MeasureTask("model.pth", None))
    build(modules["geo_sam_plugin.dock.dates"].DatesTask("GeoSAM: dates", lambda **options: None, None))
    provider = build(modules["geo_sam_plugin.algorithms.provider"].GeoSamProvider())
    provider.loadAlgorithms()
    for algorithm in provider.algorithms():
        instance = build(algorithm.createInstance())
        instance.initAlgorithm({})  # its parameters, with their enums and flags
        assert instance.parameterDefinitions() and instance.shortHelpString()
    missing = inventory - built - set(NOT_BUILT_HERE)
    assert not missing, f"classes of the plugin that no test builds here: {sorted(missing)}"
    dialog.close()
    dock.close()


def test_the_desktop_harness_writes_the_settings_file_of_the_qgis_that_runs(qgis_app, tmp_path):
    """QGIS 3 reads profiles/default/QGIS/QGIS3.ini, QGIS 4 QGIS4.ini (qgis/QGIS#65239): the harness enables the plugin in
    the file named by the running QGIS; QGIS's own settings, set up as its desktop sets them up, read that file."""
    import subprocess

    sys.path.insert(0, str(ROOT / "scripts"))
    import desktop

    assert desktop.profile_settings_file(tmp_path, "QGIS4").name == "QGIS4.ini"
    ini = desktop.profile_settings_file(tmp_path, desktop.qgis_application_name())
    from qgis.core import Qgis

    assert ini.name == f"QGIS{Qgis.QGIS_VERSION_INT // 10000}.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ngeo_sam_qgis=true\n")
    code = ("import sys; from qgis.core import QgsApplication, QgsSettings; from qgis.PyQt.QtCore import QCoreApplication, QSettings; "
            "QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME); QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME); "
            "QSettings.setDefaultFormat(QSettings.Format.IniFormat); QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1]); "
            "print(QgsSettings().value('PythonPlugins/geo_sam_qgis', 'unset'))")
    read = subprocess.run(["/usr/bin/python3", "-c", code, str(tmp_path / "profiles" / "default")], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert read.stdout.strip().splitlines()[-1] == "true", read.stdout + read.stderr


def test_the_enum_check_finds_unscoped_values_and_passes_the_plugin(qgis_app, tmp_path):
    """scripts/qgis_enum_check.py with this leg's QGIS bindings: an unscoped Qt or QGIS enum value is a finding (with
    its scoped spelling), the plugin's own code has none."""
    import subprocess

    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.core import Qgis\nfrom qgis.PyQt.QtCore import Qt\n\ndef later():\n    return Qgis.Warning, Qt.AlignLeft, Qgis.MessageLevel.Info\n")
    bad = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "qgis_enum_check.py"), str(sample)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "Qgis.Warning -> Qgis.MessageLevel.Warning" in bad.stdout and "Qt.AlignLeft -> Qt.AlignmentFlag.AlignLeft" in bad.stdout
    assert "Qgis.MessageLevel.Info" not in bad.stdout
    good = subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "qgis_enum_check.py")], capture_output=True, text=True, timeout=120)
    assert good.returncode == 0 and "every Qt and QGIS enum value scoped" in good.stdout, good.stdout + good.stderr

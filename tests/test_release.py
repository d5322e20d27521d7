# SPDX-License-Identifier: GPL-2.0-or-later
"""The release as users get it: QGIS's own plugin installer (pyplugin_installer, as Plugins > Manage and Install
Plugins uses it) reads dist/plugins.xml from an HTTP server on 127.0.0.1 in a throwaway profile, lists GeoSAM,
installs it, and offers and performs the upgrade when a higher version is served; the installed copy (not the
checkout) then speaks German."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import PLUGIN_NAME, ROOT
from model_server import ModelServer

INSTALLER = r"""
import json, sys
from qgis.core import QgsApplication, QgsSettings
app = QgsApplication([], True)
app.initQgis()
sys.path.append(sys.argv[2])
import qgis.utils
# What QGIS's own Python start-up sets (QgsPythonUtilsImpl::initPython): the profile's plugin folder, and the
# plugin folders the installer scans (user, then system).
# The plugin manager's settings that QGIS's application registers (src/app/pluginmanager/qgspluginmanager.h) and
# pyplugin_installer reads from QGIS 3.40 on; a script has no such application.
try:
    from qgis.core import QgsSettingsEntryBool, QgsSettingsEntryStringList, QgsSettingsEntryVariant, QgsSettingsTree
except ImportError:  # QGIS 3.22: plain QgsSettings keys
    QgsSettingsTree = None
if QgsSettingsTree is not None and QgsSettingsTree.node("plugin-manager") is None:
    from qgis.PyQt.QtCore import QDate
    node = QgsSettingsTree.treeRoot().createChildNode("plugin-manager")
    entries = [QgsSettingsEntryBool("automatically-check-for-updates", node, True), QgsSettingsEntryBool("allow-experimental", node, False),
               QgsSettingsEntryBool("allow-deprecated", node, False), QgsSettingsEntryVariant("check-on-start-last-date", node, QDate()),
               QgsSettingsEntryStringList("seen-plugins", node, [])]
# (home_plugin_path up to QGIS 3.3x, HOME_PLUGIN_PATH from 3.40)
home = QgsApplication.qgisSettingsDirPath().rstrip("/") + "/python/plugins"
qgis.utils.home_plugin_path = qgis.utils.HOME_PLUGIN_PATH = home
qgis.utils.plugin_paths[:] = [home, sys.argv[2] + "/plugins"]
sys.path.insert(0, home)
from qgis.PyQt.QtCore import QCoreApplication
from pyplugin_installer.installer_data import plugins, reposGroup, repositories
from pyplugin_installer.qgsplugininstallerinstallingdialog import QgsPluginInstallerInstallingDialog

settings = QgsSettings()
settings.setValue(reposGroup + "/GeoSAM releases/url", sys.argv[1])
settings.setValue(reposGroup + "/GeoSAM releases/enabled", True)
repositories.load()
report = {"home": home}

def fetch():
    repositories.requestFetching("GeoSAM releases", force_reload=True)
    while repositories.fetchingInProgress():
        QCoreApplication.processEvents()
    plugins.getAllInstalled()
    plugins.rebuild()
    return plugins.all().get(sys.argv[3])

def install(plugin):
    dialog = QgsPluginInstallerInstallingDialog(None, plugin)
    dialog.exec_()
    return dialog.result()

for step in ("first", "upgrade"):
    input()  # the test serves what this step needs
    plugin = fetch()
    report[step] = {k: plugin[k] for k in ("name", "status", "version_available", "version_installed")} if plugin else None
    report[step]["error"] = install(plugin) if plugin and plugin["status"] in ("not installed", "upgradeable") else "not offered"
    print(json.dumps(report), flush=True)
"""


def _zip_with_version(data: bytes, version: str) -> bytes:
    """The release zip with another version in its metadata.txt (what the next release would be)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == f"{PLUGIN_NAME}/metadata.txt":
                content = re.sub(rb"(?m)^version=.*$", f"version={version}".encode(), content)
            dst.writestr(item, content)
    return out.getvalue()


def test_qgis_own_installer_lists_installs_and_upgrades_geosam_from_its_plugins_xml(tmp_path):
    server = ModelServer()
    try:
        base = f"{server.url}/geosam"
        dist = tmp_path / "dist"
        build = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "zip", str(dist / "geo_sam_qgis.zip"), "--allow-dirty", "--base-url", base], capture_output=True, text=True)
        assert build.returncode == 0, build.stderr
        release, xml = (dist / "geo_sam_qgis.zip").read_bytes(), (dist / "plugins.xml").read_text()
        version = re.search(r'<pyqgis_plugin name="GeoSAM" version="([^"]+)"', xml).group(1)
        major, minor, patch = map(int, version.split("."))
        following = f"{major}.{minor}.{patch + 1}"
        server.files["/geosam/plugins.xml"], server.types["/geosam/plugins.xml"] = xml.encode(), "text/xml"
        server.files["/geosam/geo_sam_qgis.zip"] = release
        profile = tmp_path / "profile"
        env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
        env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
        qgis = subprocess.Popen([sys.executable, "-c", INSTALLER, f"{base}/plugins.xml", "/usr/share/qgis/python", PLUGIN_NAME],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        def answer() -> dict:
            qgis.stdin.write("\n")
            qgis.stdin.flush()
            line = qgis.stdout.readline()
            assert line, qgis.stderr.read()[-3000:]  # QGIS's installer script stopped: its error
            return json.loads(line)

        first = answer()
        # The next release on the server: the installed version is offered the upgrade.
        server.files["/geosam/geo_sam_qgis.zip"] = _zip_with_version(release, following)
        server.files["/geosam/plugins.xml"] = xml.replace(f'version="{version}"', f'version="{following}"').replace(f"<version>{version}</version>", f"<version>{following}</version>").encode()
        report = answer()
        qgis.stdin.close()
        assert qgis.wait(timeout=120) == 0, qgis.stderr.read()[-3000:]
    finally:
        server.close()
    assert first["first"] == {"name": "GeoSAM", "status": "not installed", "version_available": version, "version_installed": "", "error": ""}
    installed = Path(report["home"]) / PLUGIN_NAME
    assert installed.is_relative_to(profile)  # the throwaway profile's plugin folder, as QGIS itself installs
    assert report["upgrade"]["status"] == "upgradeable" and report["upgrade"]["version_installed"] == version and report["upgrade"]["error"] == ""
    assert f"version={following}" in (installed / "metadata.txt").read_text()  # the upgrade replaced the installed copy
    assert (installed / "LICENSE").is_file() and (installed / "i18n" / "geosam_de.qm").is_file() and not (installed / "tests").exists()
    # The installed copy, not the checkout, in German: the dock and a Processing algorithm's help.
    from test_i18n import SESSION

    env = dict(os.environ, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SESSION, str(installed.parent), PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert (shown["load"], shown["algorithm"]) == ("Ordner laden", "Aus Eingabelayern segmentieren")
    assert shown["help"].startswith("Macht aus Punkt- und Rechteck-Eingaben Polygone") and shown["plugin_file"].startswith(str(installed))


def test_make_zip_and_deploy_need_no_engine_packages():
    """make zip and make deploy build the .qm files and copy files: they never run the developer's whole set-up (which
    installs torch into .venv and builds the engine's runtime), so a 0.6 MB zip needs no 6 GB of packages."""
    for target in ("zip", "deploy"):
        plan = subprocess.run(["make", "-n", "-C", str(ROOT), target, "ALLOW_DIRTY=1", "PROFILE=/nonexistent"], capture_output=True, text=True, check=True).stdout
        setups = [line for line in plan.splitlines() if "setup_env.sh" in line]
        assert setups and all("--translations-only" in line for line in setups), (target, plan)
        assert "pip" not in plan and "runtime_builder" not in plan and ".venv" not in plan, (target, plan)

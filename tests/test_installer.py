"""The in-QGIS dependency installer: real pip in a real QProcess, live log, QGIS's numpy kept."""

from __future__ import annotations

import sys

import numpy
from conftest import wait_for


def test_installer_streams_pip_and_never_leaves_a_numpy_beside_qgis(plugins_dir, qgis_app, tmp_path):
    import importlib

    installer_module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.installer")
    dialog_module = importlib.import_module("geo_sam_qgis.ui.install_dialog")
    target = tmp_path / "geosam-packages"
    installer = installer_module.DependencyInstaller(target, steps=[["--no-deps", "iniconfig==2.0.0", "numpy"]], python=sys.executable)
    dialog = dialog_module.InstallDialog(["iniconfig"], installer)
    finished = []
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    dialog.install_button.click()
    assert wait_for(lambda: finished, timeout=600) and finished[0][0], finished
    log = dialog.log.toPlainText()
    assert "install --disable-pip-version-check" in log and "--no-deps iniconfig==2.0.0 numpy" in log and "numpy pinned to QGIS's" in log
    assert (target / "iniconfig").is_dir()
    assert not list(target.glob("numpy*"))  # removed: QGIS's own numpy stays the one in use
    assert (target / "geosam-constraints.txt").read_text().splitlines()[0] == f"numpy=={numpy.__version__}"  # pins.qgis_constraints
    assert not dialog.install_button.isEnabled()


def test_failed_pip_is_reported_and_changes_nothing(plugins_dir, qgis_app, tmp_path):
    import importlib

    installer_module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.installer")
    installer = installer_module.DependencyInstaller(tmp_path / "t", steps=[["--no-deps", "--no-index", "surely-not-a-package-xyz"]], python=sys.executable)
    finished = []
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    installer.start()
    assert wait_for(lambda: finished, timeout=120) and not finished[0][0] and "pip failed at step" in finished[0][1]


def test_the_dialog_shows_the_torch_build_and_its_size_before_anything_starts(plugins_dir, qgis_app, tmp_path):
    import importlib

    installer_module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.installer")
    dialog_module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.python_env")
    choose = lambda override: dialog_module.choose_torch("Linux", "x86_64", None, override)  # noqa: E731 (a Linux machine without NVIDIA driver)
    installer = installer_module.DependencyInstaller(tmp_path / "t", python=sys.executable)
    dialog = importlib.import_module("geo_sam_qgis.ui.install_dialog").InstallDialog(["torch"], installer, choose_torch=choose)
    assert "CPU-only build from PyTorch's cpu index, about 250 MB" in dialog.torch_label.text() and installer.torch.build == "cpu"
    dialog.torch_box.setCurrentIndex(dialog.torch_box.findData("cuda"))  # the user overrides the choice
    assert "asked for CUDA, but no NVIDIA driver was found" in dialog.torch_label.text()
    assert not installer.process and dialog.install_button.isEnabled()  # nothing ran yet
    assert "QGIS's Python" in dialog.findChildren(type(dialog.torch_label))[0].text()

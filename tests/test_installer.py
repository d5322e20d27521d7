# SPDX-License-Identifier: GPL-2.0-or-later
"""The in-QGIS runtime installer: runtime_builder.py run with QGIS's own Python in a real QProcess, its live log, the
check of the new runtime by a real worker, and the dialog's Repair and Remove."""

from __future__ import annotations

import importlib
import json
import os
import sys

from conftest import wait_for


def modules():
    installer = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.installer")
    builder = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.runtime_builder")
    dialog = importlib.import_module("geo_sam_qgis.ui.install_dialog")
    return installer, builder, dialog


def test_the_installer_keeps_a_finished_runtime_checks_it_with_a_worker_and_says_ready(plugins_dir, qgis_app, tmp_path):
    """The runtime `make setup` built: the builder sees its stamp and rebuilds nothing; a worker started in it encodes
    and answers a click before the dialog says ready."""
    installer_module, builder, dialog_module = modules()
    runtime = importlib.import_module("geo_sam_qgis.geo_sam_plugin.engine.runtime")
    target = runtime.runtime_home()
    before = (target / runtime.STAMP).stat().st_mtime
    installer = installer_module.DependencyInstaller(target, python="/usr/bin/python3")
    dialog = dialog_module.InstallDialog("GeoSAM's runtime needs a check.", installer, choose_torch=installer_module.torch_choice)
    assert wait_for(lambda: dialog.install_button.isEnabled(), timeout=60)  # nvidia-smi answered, off the GUI thread
    finished = []
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    dialog.install_button.click()
    assert wait_for(lambda: finished, timeout=600) and finished[0][0], (finished, dialog.log.toPlainText())
    assert f"GeoSAM's runtime is ready in {target} (checked: torch 2." in finished[0][1] and "answered a click" in finished[0][1]
    log = dialog.log.toPlainText()
    assert "-m geo_sam_plugin.install.runtime_builder build --base /usr/bin/python3" in log and "a tiny encode and a click in" in log
    assert (target / runtime.STAMP).stat().st_mtime == before  # kept as it was
    assert not dialog.install_button.isEnabled()


def test_a_failed_build_is_reported_and_leaves_no_runtime(plugins_dir, qgis_app, tmp_path):
    """No package can be had (an empty offline folder): one line, the log says why, no half runtime left."""
    installer_module, _, _ = modules()
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    target = tmp_path / "runtime"
    installer = installer_module.DependencyInstaller(target, python="/usr/bin/python3", wheel_dir=str(wheels))
    output, finished = [], []
    installer.output.connect(output.append)
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    installer.start()
    assert wait_for(lambda: finished, timeout=300), "".join(output)
    ok, message = finished[0]
    assert not ok and "Building GeoSAM's runtime failed" in message and "QGIS's own Python was not changed" in message
    assert f"--pip-option=--no-index --pip-option=--find-links --pip-option={wheels}" in "".join(output)  # offline: that folder only
    assert not target.exists() and not (tmp_path / "runtime.building").exists()


def fake_runtime(builder, root, python_script: str):
    """A runtime folder whose build is finished (its stamp has today's pins) and whose Python is a script."""
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "python").write_text(python_script)
    (root / "bin" / "python").chmod(0o755)
    (root / "geosam-runtime.json").write_text(json.dumps({"pins": builder.pins_digest(builder.RUNTIME_REQUIREMENTS)}))


def test_a_runtime_whose_torch_cannot_load_its_dlls_is_named_with_the_fix(plugins_dir, qgis_app, tmp_path):
    """The check before "ready" finds what users of other plugins found at the first click: Windows' error 1114."""
    installer_module, builder, _ = modules()
    target = tmp_path / "runtime"
    fake_runtime(builder, target, "#!/bin/sh\necho 'OSError: [WinError 1114] A dynamic link library (DLL) initialization routine failed. "
                 "Error loading \"C:\\\\runtime\\\\Lib\\\\site-packages\\\\torch\\\\lib\\\\c10.dll\" or one of its dependencies.' >&2\nexit 1\n")
    installer = installer_module.DependencyInstaller(target, python="/usr/bin/python3")
    finished = []
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    installer.start()
    assert wait_for(lambda: finished, timeout=300)
    ok, message = finished[0]
    assert not ok and "Visual C++ Redistributable" in message and "1114" in message and "Repair" in message


def test_the_dialog_of_an_installed_runtime_shows_it_and_removes_it(plugins_dir, qgis_app, tmp_path):
    installer_module, builder, dialog_module = modules()
    target = tmp_path / "runtime"
    fake_runtime(builder, target, "#!/bin/sh\nexit 0\n")
    (target / "lib/python3.11/site-packages/torch-2.14.1+cpu.dist-info").mkdir(parents=True)
    state = builder.describe_runtime(target, "linux")
    assert state.torch == "torch 2.14.1+cpu" and state.python == target / "bin" / "python" and state.size_bytes > 0
    installer = installer_module.DependencyInstaller(target, python=sys.executable)
    removed = []
    dialog = dialog_module.InstallDialog(None, installer, choose_torch=installer_module.torch_choice, state=state,
                                         remove=lambda: (removed.append(True), builder.remove_runtime(target)))
    text = dialog.findChildren(type(dialog.torch_label))[0].text()
    assert str(target) in text and "torch 2.14.1+cpu" in text and "Repair" in text
    assert dialog.install_button.text() == "Repair" and installer.force and "--force" in installer.arguments()
    assert dialog.remove_button.isVisibleTo(dialog)
    dialog.remove_button.click()
    assert removed and not target.exists() and "removed" in dialog.status.text()
    assert builder.describe_runtime(target, "linux") is None and dialog.install_button.text() == "Install"


def test_the_dialog_shows_the_torch_build_and_its_size_before_anything_starts(plugins_dir, qgis_app, tmp_path):
    installer_module, _, dialog_module = modules()
    env_module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.python_env")
    choose = lambda override: env_module.choose_torch("Linux", "x86_64", None, override)  # noqa: E731 (a Linux machine without NVIDIA driver)
    installer = installer_module.DependencyInstaller(tmp_path / "t", python=sys.executable)
    dialog = dialog_module.InstallDialog("GeoSAM's runtime is missing.", installer, choose_torch=choose)
    assert wait_for(lambda: "CPU-only build from PyTorch's cpu index, about 250 MB" in dialog.torch_label.text(), timeout=60)
    assert installer.torch.build == "cpu"
    # The chosen build's index is where torch comes from, in the same pip run as everything else.
    assert "--pip-option=--extra-index-url" in installer.arguments() and "--pip-option=https://download.pytorch.org/whl/cpu" in installer.arguments()
    dialog.torch_box.setCurrentIndex(dialog.torch_box.findData("cuda"))  # the user overrides the choice
    assert "asked for CUDA, but no NVIDIA driver was found" in dialog.torch_label.text()
    assert not installer.process and dialog.install_button.isEnabled()  # nothing ran yet
    intro = dialog.findChildren(type(dialog.torch_label))[0].text()
    assert "QGIS's Python" in intro and os.fspath(tmp_path / "t") in intro


def test_cancel_during_a_build_stops_it_and_leaves_nothing(plugins_dir, qgis_app, tmp_path):
    """The dialog's Cancel (Remove's place while a build runs): the builder's pip is stopped, the unfinished runtime
    removed, the dialog says so; nothing is left where the runtime goes."""
    import time

    installer_module, _, dialog_module = modules()
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    target = tmp_path / "runtime"
    installer = installer_module.DependencyInstaller(target, python="/usr/bin/python3")
    dialog = dialog_module.InstallDialog("GeoSAM's runtime is missing.", installer, choose_torch=installer_module.torch_choice, remove=lambda: None)
    assert wait_for(lambda: dialog.install_button.isEnabled(), timeout=60)
    dialog.wheels.setFilePath(str(wheels))
    finished = []
    installer.finished.connect(lambda ok, message: finished.append((ok, message)))
    dialog.install_button.click()
    assert not dialog.remove_button.isHidden() and dialog.remove_button.text() == "Cancel"
    assert wait_for(lambda: (tmp_path / "runtime.building").exists(), timeout=60)  # the venv step has begun
    pid = installer.process.processId()
    t = time.time()
    dialog.remove_button.click()
    assert wait_for(lambda: finished, timeout=30) and time.time() - t < 20
    assert finished[0] == (False, f"The build was cancelled: nothing was installed, and {target} is as it was.") and dialog.status.text() == finished[0][1]
    assert not target.exists() and not (tmp_path / "runtime.building").exists()
    assert not os.path.exists(f"/proc/{pid}") and dialog.remove_button.text() == "Remove"

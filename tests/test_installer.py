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
    assert not target.exists() and not list(tmp_path.glob("runtime.*"))  # no .building-<pid>, .tmp-<pid> or lock left


def fake_runtime(builder, root, python_script: str):
    """A runtime folder whose build is finished (its stamp has today's pins) and whose Python is a script."""
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "python").write_text(python_script)
    (root / "bin" / "python").chmod(0o755)
    (root / "geosam-runtime.json").write_text(json.dumps({"pins": builder.pins_digest(builder.RUNTIME_REQUIREMENTS)}))


def answer_question(button_name: str) -> list:
    """Press a button of the next modal question box (QMessageBox.question) once it shows: how a person answers it."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    asked = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(getattr(QMessageBox.StandardButton, button_name)).click()
        else:
            QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)
    return asked


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


def test_the_dialog_of_an_installed_runtime_shows_it_and_removes_it_only_when_asked(plugins_dir, qgis_app, tmp_path):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    installer_module, builder, dialog_module = modules()
    target = tmp_path / "runtime"
    fake_runtime(builder, target, "#!/bin/sh\nexit 0\n")
    (target / "lib/python3.11/site-packages/torch-2.14.1+cpu.dist-info").mkdir(parents=True)
    standalone = builder.standalone_home(target)  # a standalone Python the installer downloaded for it
    (standalone / "python" / "bin").mkdir(parents=True)
    downloads = standalone.with_name(standalone.name + ".downloads")  # its archive, kept for a second build
    downloads.mkdir()
    state = builder.describe_runtime(target, "linux")
    assert state.torch == "torch 2.14.1+cpu" and state.python == target / "bin" / "python" and builder.runtime_size(target) > 0

    def make_dialog():
        installer = installer_module.DependencyInstaller(target, python=sys.executable)
        return installer, dialog_module.InstallDialog(None, installer, choose_torch=installer_module.torch_choice, state=state,
                                                      remove=lambda: builder.remove_runtime(target), measure=lambda: builder.runtime_size(target), kept="/models")

    # Enter right after the dialog opens: Close is the default, nothing is deleted.
    installer, dialog = make_dialog()
    dialog.show()
    assert dialog.close_button.isDefault() and not any(b.isDefault() for b in (dialog.remove_button, dialog.install_button, dialog.update_button))
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert wait_for(lambda: not dialog.isVisible(), timeout=5) and target.exists()
    installer, dialog = make_dialog()
    assert wait_for(lambda: " MB on disk" in dialog.intro.text(), timeout=30)  # measured off the GUI thread
    text = dialog.intro.text()
    assert str(target) in text and "torch 2.14.1+cpu" in text and "Repair" in text and "Update" in text
    assert dialog.install_button.text() == "Repair" and installer.force and "--force" in installer.arguments()
    assert dialog.remove_button.isVisibleTo(dialog) and dialog.update_button.isVisibleTo(dialog)
    # Remove asks first, naming the folder; No keeps everything.
    asked = answer_question("No")
    dialog.remove_button.click()
    assert asked and str(target) in asked[0] and target.exists()
    answer_question("Yes")
    dialog.remove_button.click()
    assert not target.exists() and not standalone.exists() and not downloads.exists()
    assert "removed" in dialog.status.text() and str(standalone) in dialog.status.text()
    assert "/models" in dialog.status.text()  # what Remove leaves, named
    assert builder.describe_runtime(target, "linux") is None and dialog.install_button.text() == "Install"


def test_two_builds_of_one_runtime_the_second_refuses_in_one_line_and_a_stale_lock_is_taken(plugins_dir, tmp_path):
    import subprocess

    _, builder, _ = modules()
    target = tmp_path / "runtime"
    command = ["/usr/bin/python3", "-m", "geo_sam_plugin.install.runtime_builder", "build", "--target", str(target), "--pip-option=--no-index"]
    with builder.runtime_lock(target):  # a build under way in this process
        second = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=str(plugins_dir / "geo_sam_qgis"))
        assert second.returncode == 1 and f"another process (pid {os.getpid()})" in second.stdout and "nothing was changed" in second.stdout
        assert second.stdout.strip().splitlines()[-1].startswith(builder.FAILED) and not target.exists()
    assert not builder.lock_path(target).exists()
    # A lock left by a builder that is gone (its pid ended) is stale: the next build takes it and cleans its leftovers.
    dead = subprocess.Popen(["true"])
    dead.wait()
    builder.lock_path(target).write_text(json.dumps({"pid": dead.pid}))
    leftover = target.with_name(f"runtime.building-{dead.pid}")
    leftover.mkdir()
    third = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=str(plugins_dir / "geo_sam_qgis"))
    assert "another process" not in third.stdout and not leftover.exists() and not builder.lock_path(target).exists()


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
    pid = installer.process.processId()
    assert wait_for(lambda: (tmp_path / f"runtime.building-{pid}").exists(), timeout=60)  # the venv step has begun
    t = time.time()
    dialog.remove_button.click()
    assert wait_for(lambda: finished, timeout=30) and time.time() - t < 20
    assert finished[0] == (False, f"The build was cancelled: nothing was installed, and {target} is as it was.") and dialog.status.text() == finished[0][1]
    assert not target.exists() and not list(tmp_path.glob("runtime.*"))
    assert not os.path.exists(f"/proc/{pid}") and dialog.remove_button.text() == "Remove"


def test_without_ensurepip_the_dialog_says_which_package_and_starts_nothing(plugins_dir, tmp_path):
    """Debian and Ubuntu without python3.X-venv: QGIS's Python has no ensurepip. A mount namespace hides ensurepip's
    folder (an empty folder mounted over it) for a QGIS process that presses Install: the gate's one line names the
    package, no builder starts and nothing is written."""
    import subprocess

    python = "/usr/bin/python3"
    ensurepip = subprocess.run([python, "-c", "import ensurepip, sys; print(ensurepip.__path__[0]); print('%d.%d' % sys.version_info[:2])"],
                               capture_output=True, text=True, check=True).stdout.split()
    empty = tmp_path / "empty"
    empty.mkdir()
    target = tmp_path / "runtime"
    script = tmp_path / "press_install.py"
    script.write_text(
        "import json, sys\n"
        f"sys.path.insert(0, {str(plugins_dir)!r})\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "from geo_sam_qgis.geo_sam_plugin.install.installer import DependencyInstaller, torch_choice\n"
        f"installer = DependencyInstaller(sys.argv[1], python={python!r}, torch=torch_choice('cpu'))\n"
        "ended, said = [], []\n"
        "installer.output.connect(said.append)\n"
        "installer.finished.connect(lambda ok, message: ended.append((ok, message)))\n"
        "installer.start()\n"
        "while not ended:\n"
        "    app.processEvents()\n"
        "print(json.dumps({'ok': ended[0][0], 'message': ended[0][1], 'started': installer.process is not None, 'log': ''.join(said)}))\n"
    )
    shell = f"mount --bind {empty} {ensurepip[0]} && {python} {script} {target}"
    run = subprocess.run(["unshare", "--mount", "sh", "-c", shell], capture_output=True, text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if "cannot change root filesystem propagation" in run.stderr:
        import pytest

        pytest.skip("in a chroot (the QGIS 3.40 / 3.44 roots) / is no mount point, so no mount namespace can hide ensurepip; the 3.22 leg runs this test")
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert not result["ok"] and f"apt install python{ensurepip[1]}-venv" in result["message"] and "\n" not in result["message"], result
    assert not result["started"] and not target.exists() and not list(tmp_path.glob("runtime.*")), result
    # Outside the namespace the same Python has its ensurepip: the gate was the namespace's doing.
    assert subprocess.run([python, "-c", "from ensurepip import version; version()"], capture_output=True).returncode == 0

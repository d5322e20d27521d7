# SPDX-License-Identifier: GPL-2.0-or-later
"""The runtime dialog: what GeoSAM's runtime is (or why it is needed), the torch build chosen for this machine (and
its size), an override, an offline folder of wheels, Install / Repair / Remove and the build's live log."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtGui import QFont, QTextCursor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout


class InstallDialog(QDialog):
    def __init__(self, problem: str | None, installer, parent=None, choose_torch=None, state=None, remove=None) -> None:
        """problem: what is wrong now (deps.runtime_problem), None when the runtime works; state: the installed runtime
        (runtime_builder.RuntimeState), shown with Repair and Remove; remove(): deletes it (the plugin stops its worker
        first). choose_torch(override) -> TorchChoice, asked once nvidia-smi has answered off the GUI thread."""
        from ..geo_sam_plugin.install.installer import MachineProbe

        super().__init__(parent)
        self.setWindowTitle(self.tr("GeoSAM: the runtime"))
        self.resize(760, 520)
        self.installer = installer
        self.choose_torch = choose_torch
        self.remove_runtime = remove
        layout = QVBoxLayout(self)
        where = installer.python_found.message
        if state is not None:
            size = f"{state.size_bytes / 1024**3:.1f} GB"
            text = self.tr("GeoSAM's runtime is installed in {0} ({1}, {2}); its Python: {3}.\nRepair builds it again; Remove deletes it.\n{4}").format(
                state.root, state.torch or "torch", size, state.python, where
            )
        else:
            text = self.tr(
                "{0}\nGeoSAM's engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS's Python into {1}; nothing QGIS itself uses is changed.\n{2}"
            ).format(problem, installer.target, where)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.torch_box = QComboBox()
        self.torch_box.addItem(self.tr("Automatic"), None)
        self.torch_box.addItem(self.tr("CPU only"), "cpu")
        self.torch_box.addItem(self.tr("NVIDIA GPU (CUDA)"), "cuda")
        self.torch_label = QLabel()
        self.torch_label.setWordWrap(True)
        form.addRow(self.tr("torch build"), self.torch_box)
        form.addRow("", self.torch_label)
        self.wheels = QgsFileWidget()
        self.wheels.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.wheels.setToolTip(self.tr("Offline: a folder made by 'python3 geo_sam_plugin/install/python_env.py bundle' on a machine with internet."))
        form.addRow(self.tr("From a folder of wheels (offline)"), self.wheels)
        layout.addLayout(form)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setFont(QFont("monospace"))
        layout.addWidget(self.log)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.install_button = QPushButton(self.tr("Repair") if state is not None else self.tr("Install"))
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setVisible(state is not None and remove is not None)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        installer.force = state is not None  # Repair builds again over the installed runtime
        self.install_button.clicked.connect(self.start)
        self.remove_button.clicked.connect(self.remove)
        self.torch_box.currentIndexChanged.connect(self.update_choice)
        installer.output.connect(self.append)
        installer.finished.connect(self.done_installing)
        self.install_button.setEnabled(False)  # until the torch build is known
        self.torch_label.setText(self.tr("Checking this machine's NVIDIA driver…"))
        self.probe = MachineProbe()
        self.probe.done.connect(self.update_choice)
        self.probe.start()  # nvidia-smi runs off the GUI thread
        if not installer.python:
            self.status.setText(where)

    def update_choice(self) -> None:
        """Show the torch build and its download size before anything starts (nvidia-smi has answered by now)."""
        if self.choose_torch is not None:
            choice = self.choose_torch(self.torch_box.currentData())
            self.installer.torch = choice
            self.torch_label.setText(choice.label)
        else:
            self.torch_label.setText(self.tr("as given"))
        self.install_button.setEnabled(bool(self.installer.python) and self.installer.process is None)

    def start(self) -> None:
        self.install_button.setEnabled(False)
        self.remove_button.setText(self.tr("Cancel"))  # during the build: stop it, and nothing is installed
        self.remove_button.setVisible(True)
        self.remove_button.setEnabled(True)
        self.torch_box.setEnabled(False)
        self.installer.wheel_dir = self.wheels.filePath() or None
        self.status.setText(self.tr("Installing…"))
        self.installer.start()

    def remove(self) -> None:
        if self.installer.building:
            self.remove_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.installer.cancel()
            return
        self.remove_button.setEnabled(False)
        self.remove_runtime()
        self.status.setText(self.tr("GeoSAM's runtime was removed from {0}.").format(self.installer.target))
        self.install_button.setText(self.tr("Install"))
        self.installer.force = False

    def append(self, text: str) -> None:
        self.log.moveCursor(QTextCursor.MoveOperation.End)
        self.log.insertPlainText(text)
        self.log.ensureCursorVisible()

    def done_installing(self, ok: bool, message: str) -> None:
        self.status.setText(message)
        self.install_button.setEnabled(not ok)
        self.torch_box.setEnabled(not ok)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setEnabled(True)
        self.remove_button.setVisible(self.remove_runtime is not None and (ok or self.installer.force))

    def reject(self) -> None:
        """Close (or Esc) during a build cancels it: no build goes on unseen behind a closed dialog."""
        if self.installer.building:
            self.installer.cancel()
        super().reject()

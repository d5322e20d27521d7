# SPDX-License-Identifier: GPL-2.0-or-later
"""The runtime dialog: what GeoSAM's runtime is (or why it is needed), the torch build chosen for this machine (and
its size), an override, an offline folder of wheels, Install / Update / Repair / Remove and the build's live log.

Close is the default button (Enter closes, and never deletes anything); Remove asks first, naming the folder and its
size. Every probe (nvidia-smi, the base Python, the runtime's size) runs off the GUI thread."""

from __future__ import annotations

import threading

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QFont, QTextCursor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout


class InstallDialog(QDialog):
    sized = pyqtSignal(object)  # the runtime's size in bytes, measured off the GUI thread (a Python int: a C++ int wraps past 2 GiB)

    def __init__(self, problem: str | None, installer, parent=None, choose_torch=None, state=None, remove=None, measure=None, kept: str = "") -> None:
        """problem: what is wrong now (deps.runtime_problem), None when the runtime works; state: the installed runtime
        (runtime_builder.RuntimeState), shown with Update, Repair and Remove; remove(): deletes it (the plugin stops its
        worker first) and returns what it removed; measure(): the runtime's size in bytes, asked off the GUI thread;
        kept: what Remove leaves, for the user to delete by hand (the models folder).
        choose_torch(override) -> TorchChoice, asked once nvidia-smi has answered off the GUI thread."""
        from ..geo_sam_plugin.install.installer import MachineProbe

        super().__init__(parent)
        self.setWindowTitle(self.tr("GeoSAM: the runtime"))
        self.resize(760, 520)
        self.installer = installer
        self.choose_torch = choose_torch
        self.remove_runtime = remove
        self.state = state
        self.kept = kept
        self.size_text = self.tr("measuring…")
        layout = QVBoxLayout(self)
        self.where = installer.python_found.message
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.problem = problem
        layout.addWidget(self.intro)
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
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.install_button = QPushButton(self.tr("Repair") if state is not None else self.tr("Install"))
        self.update_button = QPushButton(self.tr("Update"))
        self.update_button.setToolTip(self.tr("Install only what this GeoSAM version needs and the runtime lacks (the same torch build)"))
        self.update_button.setVisible(state is not None)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setVisible(state is not None and remove is not None)
        for button, role in ((self.update_button, QDialogButtonBox.ButtonRole.ActionRole), (self.install_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)):
            button.setAutoDefault(False)  # Enter never starts, repairs or removes anything
            buttons.addButton(button, role)
        self.close_button.setDefault(True)
        self.close_button.setAutoDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        installer.force = state is not None  # Repair builds again over the installed runtime
        self.install_button.clicked.connect(self.start)
        self.update_button.clicked.connect(self.start_update)
        self.remove_button.clicked.connect(self.remove)
        self.torch_box.currentIndexChanged.connect(self.update_choice)
        installer.output.connect(self.append)
        installer.finished.connect(self.done_installing)
        self.install_button.setEnabled(False)  # until the torch build is known
        self.update_button.setEnabled(False)
        self.torch_label.setText(self.tr("Checking this machine's NVIDIA driver…"))
        self.probed = False
        self.probe = MachineProbe(installer)
        self.probe.done.connect(self.probe_done)
        self.probe.start()  # nvidia-smi and the base Python run off the GUI thread
        self.sized.connect(self.show_size)
        if state is not None and measure is not None:
            threading.Thread(target=lambda: self.sized.emit(int(measure())), name="GeoSAM runtime size", daemon=True).start()
        self.show_intro()
        if not installer.python:
            self.status.setText(self.where)

    def show_intro(self) -> None:
        state = self.state
        if state is not None:
            built_for = self.tr(" (built for GeoSAM {0})").format(state.plugin) if state.plugin else ""
            text = self.tr("GeoSAM's runtime is installed in {0}{1}: {2}, {3} on disk; its Python: {4}.\n"
                           "Update installs only what this GeoSAM version needs; Repair builds it again; Remove deletes it (uninstalling the plugin does not).\n{5}").format(
                state.root, built_for, state.torch or "torch", self.size_text, state.python, self.where)
            if self.problem:
                text = f"{self.problem}\n{text}"
        else:
            text = self.tr(
                "{0}\nGeoSAM's engine (torch, Segment Anything) runs in a Python environment of its own, built from QGIS's Python into {1}; nothing QGIS itself uses is changed.\n{2}"
            ).format(self.problem, self.installer.target, self.where)
        self.intro.setText(text)

    def show_size(self, size: int) -> None:
        self.size_text = f"{size / 1024**3:.1f} GB" if size >= 1024**3 else f"{size / 1024**2:.0f} MB"
        self.show_intro()

    def probe_done(self) -> None:
        self.probed = True
        self.update_choice()

    def update_choice(self) -> None:
        """Show the torch build and its download size before anything starts; until nvidia-smi has answered (off the
        GUI thread), a change of the choice waits for it."""
        if not self.probed:
            return
        if self.choose_torch is not None:
            choice = self.choose_torch(self.torch_box.currentData())
            self.installer.torch = choice
            prefix = self.tr("Repair installs: ") if self.state is not None else ""
            self.torch_label.setText(prefix + choice.label)
        else:
            self.torch_label.setText(self.tr("as given"))
        idle = bool(self.installer.python) and self.installer.process is None and not self.installer.building
        self.install_button.setEnabled(idle)
        self.update_button.setEnabled(idle)

    def start(self) -> None:
        self.installer.update = False
        self._start(self.tr("Installing…"))

    def start_update(self) -> None:
        self.installer.update = True
        self._start(self.tr("Updating…"))

    def _start(self, status: str) -> None:
        self.install_button.setEnabled(False)
        self.update_button.setEnabled(False)
        self.remove_button.setText(self.tr("Cancel"))  # during the build: stop it, and nothing is installed
        self.remove_button.setVisible(True)
        self.remove_button.setEnabled(True)
        self.torch_box.setEnabled(False)
        self.installer.wheel_dir = self.wheels.filePath() or None
        self.status.setText(status)
        self.installer.start()

    def confirm_remove(self) -> bool:
        """Remove asks first, naming the folder and its size; No is the default."""
        answer = QMessageBox.question(
            self, self.tr("Remove GeoSAM's runtime?"),
            self.tr("Delete GeoSAM's runtime in {0} ({1}) and the Python it was built from, if GeoSAM downloaded one? "
                    "GeoSAM cannot encode or segment until it is installed again.").format(self.installer.target, self.size_text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        if self.installer.building:
            self.remove_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.installer.cancel()
            return
        if not self.confirm_remove():
            return
        self.remove_button.setEnabled(False)
        try:
            removed = self.remove_runtime() or []
        except Exception as exc:  # another build holds the lock: one line, nothing removed
            self.status.setText(str(exc))
            self.remove_button.setEnabled(True)
            return
        others = [str(p) for p in removed if p != self.installer.target]
        also = self.tr(" Also removed: {0}.").format(", ".join(others)) if others else ""
        left = self.tr(" Left in place: the models folder {0}.").format(self.kept) if self.kept else ""
        self.status.setText(self.tr("GeoSAM's runtime was removed from {0}.{1}{2}").format(self.installer.target, also, left))
        self.install_button.setText(self.tr("Install"))
        self.update_button.setVisible(False)
        self.state = None
        self.installer.force = False

    def append(self, text: str) -> None:
        self.log.moveCursor(QTextCursor.MoveOperation.End)
        self.log.insertPlainText(text)
        self.log.ensureCursorVisible()

    def done_installing(self, ok: bool, message: str) -> None:
        self.status.setText(message)
        self.install_button.setEnabled(not ok)
        self.update_button.setEnabled(not ok)
        self.torch_box.setEnabled(not ok)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setEnabled(True)
        self.remove_button.setVisible(self.remove_runtime is not None and (ok or self.installer.force))

    def reject(self) -> None:
        """Close (or Esc) during a build cancels it: no build goes on unseen behind a closed dialog."""
        if self.installer.building:
            self.installer.cancel()
        super().reject()

"""The dependency dialog: what is missing, the torch build chosen for this machine (and its size), an
override, an offline folder of wheels, an Install button and pip's live log."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtGui import QFont, QTextCursor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout


class InstallDialog(QDialog):
    def __init__(self, missing: list[str], installer, parent=None, choose_torch=None) -> None:
        """choose_torch(override) -> TorchChoice; None keeps the installer's steps as given (tests)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("GeoSAM: install Python packages"))
        self.resize(760, 520)
        self.installer = installer
        self.choose_torch = choose_torch
        layout = QVBoxLayout(self)
        where = installer.python_found.message
        layout.addWidget(QLabel(self.tr("GeoSAM needs: {0}.\nThey are installed for QGIS's Python into {1}; nothing QGIS itself uses is replaced.\n{2}").format(", ".join(missing), installer.target, where)))
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
        self.install_button = QPushButton(self.tr("Install"))
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.install_button.clicked.connect(self.start)
        self.torch_box.currentIndexChanged.connect(self.update_choice)
        installer.output.connect(self.append)
        installer.finished.connect(self.done_installing)
        self.update_choice()
        if not installer.python:
            self.install_button.setEnabled(False)
            self.status.setText(where)

    def update_choice(self) -> None:
        """Show the torch build and its download size before anything starts."""
        if self.choose_torch is None:
            self.torch_label.setText(self.tr("as given"))
            return
        choice = self.choose_torch(self.torch_box.currentData())
        self.installer.torch = choice
        self.torch_label.setText(choice.label)

    def start(self) -> None:
        self.install_button.setEnabled(False)
        self.torch_box.setEnabled(False)
        self.installer.wheel_dir = self.wheels.filePath() or None
        self.status.setText(self.tr("Installing…"))
        self.installer.start()

    def append(self, text: str) -> None:
        self.log.moveCursor(QTextCursor.MoveOperation.End)
        self.log.insertPlainText(text)
        self.log.ensureCursorVisible()

    def done_installing(self, ok: bool, message: str) -> None:
        self.status.setText(message)
        self.install_button.setEnabled(not ok)

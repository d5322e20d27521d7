"""The dependency dialog: which packages are missing, an Install button, pip's live log."""

from __future__ import annotations

from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout


class InstallDialog(QDialog):
    def __init__(self, missing: list[str], installer, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("GeoSAM: install Python packages")
        self.resize(720, 480)
        self.installer = installer
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"GeoSAM needs: {', '.join(missing)}.\nThey are installed for QGIS's Python into {installer.target}; nothing QGIS itself uses is replaced. torch is large (several GB)."))
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setFont(QFont("monospace"))
        layout.addWidget(self.log)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.install_button = QPushButton("Install")
        buttons.addButton(self.install_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.install_button.clicked.connect(self.start)
        installer.output.connect(self.append)
        installer.finished.connect(self.done_installing)

    def start(self) -> None:
        self.install_button.setEnabled(False)
        self.status.setText("Installing…")
        self.installer.start()

    def append(self, text: str) -> None:
        self.log.moveCursor(self.log.textCursor().End)
        self.log.insertPlainText(text)
        self.log.ensureCursorVisible()

    def done_installing(self, ok: bool, message: str) -> None:
        self.status.setText(message)
        self.install_button.setEnabled(not ok)

"""Installs GeoSAM's Python packages for QGIS's own Python, without touching what QGIS needs.

pip runs in a QProcess (QGIS stays responsive, the log is shown live) with
`--target` into a folder the plugin puts on sys.path, constrained to the numpy
QGIS already imported; any numpy that pip puts into the folder is removed
afterwards, so QGIS's GDAL bindings keep the numpy they were built against.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QProcess, pyqtSignal

# pip argument groups, run one after the other (sam2 declares numpy>=1.24.4: installed without its deps).
DEFAULT_STEPS = [
    ["torch==2.14.1", "torchvision==0.29.1", "segment-anything==1.0", "pyarrow>=18,<22", "shapely>=2.0,<2.1", "hydra-core>=1.3.2", "iopath>=0.1.10", "tqdm", "pillow", "onnxruntime>=1.19", "onnx>=1.16"],
    ["--no-deps", "sam2==1.1.0"],
]


def qgis_python() -> str:
    """The interpreter QGIS embeds (sys.executable is the qgis binary on some platforms)."""
    exe = Path(sys.executable)
    if exe.name.startswith("python"):
        return str(exe)
    return shutil.which(f"python{sys.version_info.major}.{sys.version_info.minor}") or shutil.which("python3") or "python3"


def pip_arguments(target: Path, constraints: Path, step: list[str]) -> list[str]:
    return ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--upgrade", "--target", str(target), "-c", str(constraints), *step]


class DependencyInstaller(QObject):
    """Runs the pip steps one by one; `output` streams the log, `finished(ok, message)` ends."""

    output = pyqtSignal(str)
    finished = pyqtSignal(bool, str)

    def __init__(self, target: Path, steps: list[list[str]] | None = None, python: str | None = None) -> None:
        super().__init__()
        self.target = Path(target)
        self.steps = list(steps or DEFAULT_STEPS)
        self.python = python or qgis_python()
        self.process: QProcess | None = None

    def start(self) -> None:
        import numpy  # already imported by QGIS: its version is the one to keep

        self.target.mkdir(parents=True, exist_ok=True)
        self.constraints = self.target / "geosam-constraints.txt"
        self.constraints.write_text(f"numpy=={numpy.__version__}\n")
        self.output.emit(f"Installing into {self.target} with {self.python} (numpy pinned to QGIS's {numpy.__version__})\n")
        self._next()

    def _next(self) -> None:
        if not self.steps:
            self._done()
            return
        step = self.steps.pop(0)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._step_finished)
        self.process.errorOccurred.connect(self._error)
        self.output.emit("$ pip install " + " ".join(step) + "\n")
        self.process.start(self.python, pip_arguments(self.target, self.constraints, step))

    def _read(self) -> None:
        self.output.emit(bytes(self.process.readAllStandardOutput()).decode(errors="replace"))

    def _error(self, error) -> None:
        if error == QProcess.FailedToStart:
            self.finished.emit(False, f"Could not start {self.python}: install the packages with `make setup` instead.")

    def _step_finished(self, code: int, status) -> None:
        self._read()
        if code != 0 or status != QProcess.NormalExit:
            self.finished.emit(False, f"pip failed (exit code {code}); the log above says why. Nothing QGIS uses was changed.")
            return
        self._next()

    def _done(self) -> None:
        for leftover in list(self.target.glob("numpy")) + list(self.target.glob("numpy-*.dist-info")) + list(self.target.glob("numpy.libs")):
            shutil.rmtree(leftover, ignore_errors=True)  # QGIS's own numpy must stay the one in use
        from .deps import add_dependency_paths, missing_packages

        importlib.invalidate_caches()
        add_dependency_paths()
        missing = missing_packages()
        if missing:
            self.finished.emit(False, f"Installed, but still missing: {', '.join(missing)}.")
        elif "torch" in sys.modules:
            self.finished.emit(True, "Installed. An older torch is already loaded in this QGIS: restart QGIS to use the new one.")
        else:
            self.finished.emit(True, "Installed: GeoSAM is ready, no restart needed.")

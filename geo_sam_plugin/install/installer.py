"""Installs GeoSAM's Python packages for QGIS's own Python, without touching what QGIS needs.

pip runs in a QProcess (QGIS stays responsive, the log is shown live) with `--target` into a folder the
plugin puts on sys.path, constrained to the numpy and GEOS of the running QGIS (pins.py); any numpy that
pip puts into the folder is removed afterwards, so QGIS's GDAL bindings keep the numpy they were built
against. Which interpreter, which torch build and the pip command lines come from python_env.py.
"""

from __future__ import annotations

import importlib
import os
import platform
import shutil
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QProcess, pyqtSignal

from .python_env import InstallStep, QgisPython, TorchChoice, choose_torch, detect_driver_cuda, find_qgis_python, install_plan, proxy_url


def qgis_python() -> QgisPython:
    """The interpreter QGIS embeds, found from sys (never a Python that merely happens to be on PATH)."""
    return find_qgis_python(sys.executable, sys.prefix, sys.platform, sys.version_info[:2], dict(os.environ))


def torch_choice(override: str | None = None) -> TorchChoice:
    """The torch build for this machine (NVIDIA driver -> CUDA wheels, Apple Silicon -> MPS, else CPU-only)."""
    return choose_torch(platform.system(), platform.machine(), detect_driver_cuda(), override)


def qgis_proxy() -> str | None:
    """The proxy set in QGIS's Settings > Options > Network, as pip's --proxy."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser", "proxy/proxyPassword")
    return proxy_url({key: settings.value(key, "") for key in keys})


def rasterio_missing() -> bool:
    return importlib.util.find_spec("rasterio") is None


class DependencyInstaller(QObject):
    """Runs the pip steps one by one; `output` streams the log, `finished(ok, message)` ends.

    steps: explicit pip argument lists (tests); by default the plan from python_env.install_plan for this
    machine, with torch (override "cpu"/"cuda"), a folder of wheels for offline machines, and QGIS's proxy.
    """

    output = pyqtSignal(str)
    finished = pyqtSignal(bool, str)

    def __init__(
        self, target: Path, steps: list[list[str]] | None = None, python: str | None = None, torch: TorchChoice | None = None, wheel_dir: str | None = None
    ) -> None:
        super().__init__()
        self.target = Path(target)
        self.explicit_steps = steps
        found = QgisPython(python, "given") if python else qgis_python()
        self.python_found = found
        self.python = found.executable
        self.torch = torch
        self.wheel_dir = wheel_dir
        self.steps: list[InstallStep] = []
        self.process: QProcess | None = None
        self.current: InstallStep | None = None

    def start(self) -> None:
        import numpy  # already imported by QGIS: its version is the one to keep
        from qgis.core import Qgis

        from .pins import qgis_constraints

        if not self.python:
            self.output.emit(self.python_found.message + "\n")
            self.finished.emit(False, self.python_found.message)
            return
        self.target.mkdir(parents=True, exist_ok=True)
        self.constraints = self.target / "geosam-constraints.txt"
        self.constraints.write_text("\n".join(qgis_constraints(numpy.__version__, Qgis.geosVersion())) + "\n")
        if self.explicit_steps is not None:
            base = ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", "--upgrade", "--target", str(self.target), "-c", str(self.constraints)]
            self.steps = [InstallStep(" ".join(step), tuple(base + step)) for step in self.explicit_steps]
        else:
            torch = self.torch or torch_choice()
            plan = install_plan(self.python, str(self.target), str(self.constraints), torch, rasterio_missing(), self.wheel_dir, qgis_proxy())
            self.steps = list(plan.steps)
            self.output.emit(f"torch: {torch.label}\n")
        self.total = len(self.steps)
        self.output.emit(f"Installing into {self.target} with {self.python} ({self.python_found.layout}; numpy pinned to QGIS's {numpy.__version__})\n")
        self._next()

    def _next(self) -> None:
        if not self.steps:
            self._done()
            return
        self.current = self.steps.pop(0)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._step_finished)
        self.process.errorOccurred.connect(self._error)
        number = self.total - len(self.steps)
        self.output.emit(f"== step {number}/{self.total}: {self.current.name}\n$ {self.python} {' '.join(_hide_password(self.current.arguments))}\n")
        self.process.start(self.python, list(self.current.arguments))

    def _read(self) -> None:
        self.output.emit(bytes(self.process.readAllStandardOutput()).decode(errors="replace"))

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished.emit(False, f"Could not start {self.python}: install the packages with `make setup` instead.")

    def _step_finished(self, code: int, status) -> None:
        self._read()
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            self.finished.emit(
                False, f"pip failed at step '{self.current.name}' (exit code {code}); the log above says why. Nothing QGIS uses was changed."
            )
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


def _hide_password(arguments) -> list[str]:
    """The log never shows the proxy's password."""
    import re

    return [re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", a) for a in arguments]

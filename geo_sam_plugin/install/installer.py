# SPDX-License-Identifier: GPL-2.0-or-later
"""Builds (or repairs) GeoSAM's runtime from inside QGIS: runtime_builder.py, run with QGIS's own Python in a QProcess.

QGIS stays responsive and the log is shown live. The runtime is a Python environment of GeoSAM's own (engine/runtime.py):
nothing is installed into QGIS's Python, so nothing QGIS uses can change. Which interpreter, which torch build and
where the packages come from (an index, a proxy, or an offline folder of wheels) come from python_env.py.
"""

from __future__ import annotations

import functools
import os
import platform
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QProcess, pyqtSignal

from ..paths import PLUGIN_DIR
from .python_env import (
    QgisPython,
    TorchChoice,
    choose_torch,
    detect_nvidia_gpu,
    explain_runtime_failure,
    find_qgis_python,
    install_gates,
    proxy_url,
    runtime_pip_options,
)
from .runtime_builder import hide_password
from .standalone import STANDALONE_VERSION_SHORT, needs_standalone

RUNTIME_MODULE = "geo_sam_plugin.install.runtime_builder"  # run with -m from the plugin folder


def qgis_python() -> QgisPython:
    """The interpreter QGIS embeds, found from sys (never a Python that merely happens to be on PATH)."""
    return find_qgis_python(sys.executable, sys.base_prefix, sys.platform, sys.version_info[:2], dict(os.environ))


@functools.lru_cache(maxsize=1)
def machine_gpu():
    """nvidia-smi's answer, asked once per QGIS session; MachineProbe asks it off the GUI thread the first time."""
    return detect_nvidia_gpu()


def torch_choice(override: str | None = None) -> TorchChoice:
    """The torch build for this machine (NVIDIA driver and GPU -> a CUDA build, Apple Silicon -> MPS, else CPU-only)."""
    gpu = machine_gpu()
    return choose_torch(platform.system(), platform.machine(), gpu.driver_cuda if gpu else None, override, gpu.compute_capability if gpu else None)


class MachineProbe(QObject):
    """Asks nvidia-smi once in a thread of its own (it can take seconds), never on the GUI thread; `done` then
    arrives on the GUI thread, where the dialog shows the torch build it leads to."""

    done = pyqtSignal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="GeoSAM GPU probe", daemon=True).start()

    def _run(self) -> None:
        machine_gpu()
        self.done.emit()


def qgis_proxy() -> str | None:
    """The proxy set in QGIS's Settings > Options > Network, as pip's --proxy."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser", "proxy/proxyPassword")
    return proxy_url({key: settings.value(key, "") for key in keys})


class DependencyInstaller(QObject):
    """Runs `python -m geo_sam_plugin.install.runtime_builder build` for the runtime folder `target`; `output` streams the log, `finished(ok, message)` ends.

    python: the base interpreter (default: QGIS's own); torch: the build to install (default: chosen for this machine);
    wheel_dir: an offline folder of wheels. A build that fails or is interrupted leaves no runtime behind.
    """

    output = pyqtSignal(str)
    finished = pyqtSignal(bool, str)
    _verified = pyqtSignal(bool, str)  # from the check's thread, passed on as finished on the GUI thread

    def __init__(self, target: Path, python: str | None = None, torch: TorchChoice | None = None, wheel_dir: str | None = None, force: bool = False) -> None:
        super().__init__()
        self.target = Path(target)
        found = QgisPython(python, "given") if python else qgis_python()
        self.python_found = found
        self.python = found.executable
        self.torch = torch
        self.wheel_dir = wheel_dir
        self.force = force  # Repair: build again over a finished runtime
        self.process: QProcess | None = None
        self._verified.connect(self.finished.emit)

    def arguments(self) -> list[str]:
        """The builder's command line (after the interpreter): the base, the folder and pip's sources."""
        torch = self.torch or torch_choice()
        options = runtime_pip_options(torch, self.wheel_dir, None if self.wheel_dir else qgis_proxy())
        base = ["--base", self.python]
        if self.standalone():  # macOS, or QGIS's Python older than 3.10: a pinned CPython of the runtime's own
            base = ["--standalone"] + (["--python-source", self.wheel_dir] if self.wheel_dir else [])
        return ["-m", RUNTIME_MODULE, "build", *base, "--target", str(self.target), "--stop-with-stdin"] + (["--force"] if self.force else []) + [f"--pip-option={o}" for o in options]

    def standalone(self) -> bool:
        return needs_standalone(platform.system(), self.base_version)

    def gates(self) -> list[str]:
        """What stops the build before any download, one line each (nothing is downloaded when there is one)."""
        torch = self.torch or torch_choice()
        version = self.base_version
        if self.standalone():
            version = tuple(int(v) for v in STANDALONE_VERSION_SHORT.split("."))
        return install_gates(version, platform.system(), platform.machine(), _free_bytes(self.target), torch.download_mb, _writable(self.target))

    @functools.cached_property
    def base_version(self) -> tuple[int, int] | None:
        """The base interpreter's (major, minor), asked once (it runs the interpreter unless it is this one)."""
        if os.path.normcase(os.path.abspath(self.python)) == os.path.normcase(os.path.abspath(sys.executable)):
            return sys.version_info[:2]
        try:
            out = subprocess.run([self.python, "-c", "import sys; print(*sys.version_info[:2])"], capture_output=True, text=True, timeout=60,
                                 creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
            return tuple(int(v) for v in out.stdout.split()[:2]) if out.returncode == 0 else None
        except (OSError, subprocess.SubprocessError, ValueError):
            return None

    def start(self) -> None:
        if not self.python:
            self.output.emit(self.python_found.message + "\n")
            self.finished.emit(False, self.python_found.message)
            return
        refused = self.gates()
        if refused:
            self.output.emit("\n".join(refused) + "\n")
            self.finished.emit(False, refused[0])
            return
        arguments = self.arguments()
        self.output.emit(f"torch: {(self.torch or torch_choice()).label}\n")
        self.output.emit(f"Building GeoSAM's runtime in {self.target} from {self.python} ({self.python_found.layout})\n$ {self.python} {hide_password(' '.join(arguments))}\n")
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.process.setWorkingDirectory(str(PLUGIN_DIR))
        self.process.start(self.python, arguments)

    @property
    def building(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def cancel(self) -> None:
        """Stop a build: the builder sees its stdin close, stops its pip and removes the unfinished runtime; killed
        after 15 s if it has not. The finished signal then says the build was cancelled."""
        if not self.building:
            return
        self._cancelled = True
        self.process.closeWriteChannel()
        if not self.process.waitForFinished(15000):
            self.process.kill()
            self.process.waitForFinished(5000)
        shutil.rmtree(self.target.with_name(self.target.name + ".building"), ignore_errors=True)

    def _read(self) -> None:
        self.output.emit(hide_password(bytes(self.process.readAllStandardOutput()).decode(errors="replace")))

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished.emit(False, f"Could not start {self.python}: build the runtime with `make setup` instead.")

    def _finished(self, code: int, status) -> None:
        from ..engine.runtime import RuntimeMissing, find_runtime

        self._read()
        if getattr(self, "_cancelled", False):
            self._cancelled = False
            self.finished.emit(False, f"The build was cancelled: nothing was installed, and {self.target} is as it was.")
            return
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            self.finished.emit(False, f"Building GeoSAM's runtime failed (exit code {code}); the log above says why. QGIS's own Python was not changed.")
            return
        try:
            python = find_runtime(dict(os.environ, GEOSAM_RUNTIME=str(self.target)))
        except RuntimeMissing as exc:
            self.finished.emit(False, str(exc))
            return
        self.output.emit("== checking the runtime: a worker started in it encodes a small raster with a tiny SAM and answers a click\n")
        threading.Thread(target=self._verify, args=(str(python),), name="GeoSAM runtime check", daemon=True).start()

    def _verify(self, python: str) -> None:
        """Off the GUI thread: the worker in the new runtime runs its self test (torch loads, an encode, a click)."""
        from ..engine.client import EngineClient, EngineError

        client = EngineClient(python=python)
        try:
            result = client.request("self_test", timeout=600).result
        except EngineError as exc:
            self._verified.emit(False, explain_runtime_failure("\n".join([str(exc), *client.stderr_tail])))
            return
        finally:
            client.stop()
        self.output.emit(f"   torch {result['torch']}: a tiny encode and a click in {result['seconds']:.1f} s\n")
        self._verified.emit(True, f"GeoSAM's runtime is ready in {self.target} (checked: torch {result['torch']} encoded and answered a click): no restart needed.")


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _free_bytes(target: Path) -> int:
    """Free space where the runtime will be built (beside the target, in the nearest existing folder)."""
    try:
        return shutil.disk_usage(_existing(target.parent)).free
    except OSError:
        return 0


def _writable(target: Path) -> bool:
    """Whether the runtime's folder can be created there (a file is made and removed to be sure)."""
    folder = _existing(target.parent)
    try:
        probe = folder / f".geosam-write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False

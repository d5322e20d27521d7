# SPDX-License-Identifier: GPL-2.0-or-later
"""Builds (or repairs) GeoSAM's runtime from inside QGIS: runtime_builder.py, run with QGIS's own Python in a QProcess.

QGIS stays responsive and the log is shown live. The runtime is a Python environment of GeoSAM's own (engine/runtime.py):
nothing is installed into QGIS's Python, so nothing QGIS uses can change. Which interpreter, which torch build and
where the packages come from (an index, a proxy, or an offline folder of wheels) come from python_env.py.
"""

from __future__ import annotations

import functools
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from qgis.PyQt.QtCore import QObject, QProcess, QProcessEnvironment, pyqtSignal

from ..paths import PLUGIN_DIR
from .python_env import (
    QgisPython,
    TorchChoice,
    choose_torch,
    detect_nvidia_gpu,
    find_qgis_python,
    install_gates,
    proxy_url,
    runtime_pip_options,
)
from .runtime_builder import CHECKED, FAILED, hide_password
from .standalone import (
    STANDALONE_VERSION,
    STANDALONE_VERSION_SHORT,
    StandaloneError,
    needs_standalone,
    standalone_home,
    standalone_python,
    standalone_triple,
)

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
    """Asks nvidia-smi once, and the base Python its version and whether it can make a venv, in a thread of its own
    (each can take seconds), never on the GUI thread; `done` then arrives on the GUI thread, where the dialog shows the
    torch build it leads to."""

    done = pyqtSignal()

    def __init__(self, installer=None) -> None:
        super().__init__()
        self.installer = installer

    def start(self) -> None:
        threading.Thread(target=self._run, name="GeoSAM machine probe", daemon=True).start()

    def _run(self) -> None:
        machine_gpu()
        if self.installer is not None and self.installer.python:
            self.installer.base_probe  # noqa: B018 (a cached property: asked here, read on the GUI thread)
        self.done.emit()


def qgis_proxy_settings() -> dict:
    """QGIS's Settings > Options > Network proxy, with the user and password of its authentication configuration
    (proxy/authcfg, QGIS's encrypted store) where one is chosen."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

    settings = QgsSettings()
    keys = ("proxy/proxyEnabled", "proxy/proxyType", "proxy/proxyHost", "proxy/proxyPort", "proxy/proxyUser", "proxy/proxyPassword", "proxy/authcfg",
            "proxy/proxyExcludedUrls", "proxy/noProxyUrls")
    values = {key: settings.value(key, "") for key in keys}
    authcfg = str(values.get("proxy/authcfg") or "")
    if authcfg:
        config = QgsAuthMethodConfig()
        if QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True):
            values["proxy/proxyUser"] = config.config("username")
            values["proxy/proxyPassword"] = config.config("password")
    return values


class DependencyInstaller(QObject):
    """Runs `python -m geo_sam_plugin.install.runtime_builder build` for the runtime folder `target`; `output` streams the log, `finished(ok, message)` ends.

    python: the base interpreter (default: QGIS's own); torch: the build to install (default: chosen for this machine);
    wheel_dir: an offline folder of wheels. A build that fails or is interrupted leaves no runtime behind.
    """

    output = pyqtSignal(str)
    finished = pyqtSignal(bool, str)

    def __init__(self, target: Path, python: str | None = None, torch: TorchChoice | None = None, wheel_dir: str | None = None, force: bool = False,
                 stop_worker=None) -> None:
        super().__init__()
        self.target = Path(target)
        found = QgisPython(python, "given") if python else qgis_python()
        self.python_found = found
        self.python = found.executable
        self.torch = torch
        self.wheel_dir = wheel_dir
        self.force = force  # Repair: build again over a finished runtime
        self.update = False  # Update: only what the pins changed, into the runtime in place
        self.stop_worker = stop_worker  # stops (and waits for) the worker running from the runtime, before it changes
        self.process: QProcess | None = None
        self.download = None  # the standalone Python's download (python_download.py) while it runs
        self._builder_pid = 0
        self._log: list[str] = []

    def arguments(self) -> list[str]:
        """The builder's command line (after the interpreter): the action, the base, the folder and pip's sources. No
        proxy here (a command line is readable by every user of the machine): environment() carries it."""
        torch = self.torch or torch_choice()
        options = runtime_pip_options(torch, self.wheel_dir)
        base = ["--base", self.python]
        if self.standalone():  # macOS, or QGIS's Python older than 3.10: a pinned CPython of the runtime's own
            base = ["--standalone"] + (["--python-source", self.wheel_dir] if self.wheel_dir else [])
        action = ["update"] if self.update else ["build", "--check-kept"] + (["--force"] if self.force else [])
        return ["-m", RUNTIME_MODULE, action[0], *base, "--target", str(self.target), "--stop-with-stdin", *action[1:]] + [f"--pip-option={o}" for o in options]

    def environment(self, proxy: str | None = None, excluded: str = "") -> dict:
        """The builder's environment: QGIS's, with QGIS's proxy as HTTP(S)_PROXY and its exclusions as NO_PROXY (pip,
        through requests, reads them; so would the builder's own download of the standalone Python, which the dialog
        makes unneeded: python_download.py); readable only by this user. PYTHONHOME for QGIS.app's interpreter."""
        env = self._base_environment()
        if proxy and not self.wheel_dir:
            for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
                env[name] = proxy
            hosts = no_proxy_hosts(excluded)
            if hosts:
                env["NO_PROXY"] = env["no_proxy"] = hosts
        return env

    def _base_environment(self) -> dict:
        """QGIS's environment for the base interpreter: with PYTHONHOME for QGIS.app's, started as its wrapper starts
        it (python_env.find_qgis_python)."""
        env = dict(os.environ)
        if self.python_found.home:
            env["PYTHONHOME"] = self.python_found.home
        return env

    def standalone(self) -> bool:
        return needs_standalone(platform.system(), self.base_version)

    def gates(self) -> list[str]:
        """What stops the build before any download, one line each (nothing is downloaded when there is one)."""
        torch = self.torch or torch_choice()
        version = self.base_version
        venv_ok = self.base_probe[1]
        if self.standalone():
            version = tuple(int(v) for v in STANDALONE_VERSION_SHORT.split("."))
            venv_ok = True  # the standalone CPython has its ensurepip
        mac = platform.mac_ver()[0] if platform.system() == "Darwin" else ""
        return install_gates(version, platform.system(), platform.machine(), _free_bytes(self.target), torch.download_mb, _writable(self.target),
                             macos_version=mac or None, venv_ok=venv_ok)

    @property
    def base_version(self) -> tuple[int, int] | None:
        return self.base_probe[0]

    @functools.cached_property
    def base_probe(self) -> tuple[tuple[int, int] | None, bool]:
        """The base interpreter's (major, minor) and whether it can make a virtual environment (its ensurepip, which
        Debian and Ubuntu move into python3.X-venv), asked once by running it: MachineProbe asks off the GUI thread."""
        code = "import sys; print(*sys.version_info[:2], flush=True); from ensurepip import version; version()"
        try:
            env = self._base_environment()
            out = subprocess.run([self.python, "-c", code], capture_output=True, text=True, timeout=60, env=env, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
            version = tuple(int(v) for v in out.stdout.split()[:2])
            return (version if len(version) == 2 else None), out.returncode == 0
        except (OSError, subprocess.SubprocessError, ValueError):
            return None, True

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
        triple = self._python_to_fetch()
        if triple:
            self._fetch_python(triple)  # the builder starts when the archive is here and verified
            return
        self._start_builder()

    def _python_to_fetch(self) -> str | None:
        """The standalone Python's platform when it is needed, not unpacked yet, and comes from the network (not an
        offline folder); None otherwise."""
        if not self.standalone() or self.wheel_dir:
            return None
        try:
            triple = standalone_triple(platform.system(), platform.machine())
        except StandaloneError:
            return None  # no pinned Python for this machine: the builder says so in its one line
        return None if standalone_python(standalone_home(self.target), triple.endswith("windows-msvc")).is_file() else triple

    def _fetch_python(self, triple: str) -> None:
        """The standalone Python's archive through QGIS's network manager (python_download.py says why), then the
        builder; a failure is one line and nothing is started."""
        from .python_download import PythonDownload

        download = PythonDownload(triple, standalone_home(self.target))
        self.download = download
        self.output.emit(f"Downloading Python {STANDALONE_VERSION} through QGIS's network settings: {download.entry.url}\n")
        shown = [-1]

        def progress(done: int, total: int) -> None:
            tenth = 10 * done // total if total > 0 else -1
            if tenth > shown[0]:
                shown[0] = tenth
                self.output.emit(f"   {done / 1e6:.0f} of {total / 1e6:.0f} MB\n")

        def finished(ok: bool, message: str, _path: str) -> None:
            self.download = None
            self.output.emit(message + "\n")
            if ok:  # never after a cancel, even one during the check (ModelDownload._end)
                self._start_builder()
            elif download.cancelled:
                self.finished.emit(False, f"The install was cancelled before the build: nothing was installed, and {self.target} is as it was.")
            else:
                self.finished.emit(False, message)

        download.progress.connect(progress)
        download.finished.connect(finished)
        download.start()

    def _start_builder(self) -> None:
        if self.stop_worker is not None:  # the worker runs from the runtime (Windows locks its DLLs): it goes first
            self.stop_worker()
        arguments = self.arguments()
        self.output.emit(f"torch: {(self.torch or torch_choice()).label}\n")
        verb = "Updating" if self.update else "Building"
        self.output.emit(f"{verb} GeoSAM's runtime in {self.target} from {self.python} ({self.python_found.layout})\n$ {self.python} {' '.join(arguments)}\n")
        self._log = []
        self.process = QProcess(self)
        environment = QProcessEnvironment()
        proxy_settings = {} if self.wheel_dir else qgis_proxy_settings()
        for name, value in self.environment(proxy_url(proxy_settings), proxy_settings.get("proxy/proxyExcludedUrls") or proxy_settings.get("proxy/noProxyUrls") or "").items():
            environment.insert(name, value)
        self.process.setProcessEnvironment(environment)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.process.setWorkingDirectory(str(PLUGIN_DIR))
        self.process.start(self.python, arguments)
        self._builder_pid = int(self.process.processId() or 0)

    @property
    def building(self) -> bool:
        """A build under way: the standalone Python's download, or the builder's process."""
        return self.download is not None or (self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning)

    def cancel(self) -> None:
        """Stop a build: the builder sees its stdin close, stops its pip and removes the unfinished runtime; killed
        after 15 s if it has not. The finished signal then says the build was cancelled."""
        if not self.building:
            return
        if self.download is not None:  # the archive's .part stays: the next build resumes it
            self.download.cancel()
            return
        self._cancelled = True
        self.process.closeWriteChannel()
        if not self.process.waitForFinished(15000):
            self.process.kill()
            self.process.waitForFinished(5000)
            # Killed before it could clean up: its own folders (named with its pid); a runtime it moved aside comes back.
            for kind in ("building", "tmp"):
                shutil.rmtree(self.target.with_name(f"{self.target.name}.{kind}-{self._builder_pid}"), ignore_errors=True)

    def _read(self) -> None:
        text = hide_password(bytes(self.process.readAllStandardOutput()).decode("utf-8", errors="replace"))
        self._log.append(text)
        shown = "\n".join(line for line in text.split("\n") if not line.startswith((CHECKED, FAILED)))
        if shown:
            self.output.emit(shown)

    def _error(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.finished.emit(False, f"Could not start {self.python}: build the runtime with `make setup` instead.")

    def _finished(self, code: int, status) -> None:
        self._read()
        lines = "".join(self._log).splitlines()
        if getattr(self, "_cancelled", False):
            self._cancelled = False
            self.finished.emit(False, f"The build was cancelled: nothing was installed, and {self.target} is as it was.")
            return
        if code != 0 or status != QProcess.ExitStatus.NormalExit:
            said = next((line[len(FAILED):] for line in reversed(lines) if line.startswith(FAILED)), "")
            if said.startswith("Building GeoSAM's runtime failed"):
                said += " The log above says more; QGIS's own Python was not changed."
            self.finished.emit(False, said or f"Building GeoSAM's runtime failed (exit code {code}); the log above says why. QGIS's own Python was not changed.")
            return
        checked = next((line[len(CHECKED):] for line in reversed(lines) if line.startswith(CHECKED)), None)
        if checked is None:
            self.finished.emit(False, f"The builder ended without checking the runtime in {self.target}: Repair it.")
            return
        result = json.loads(checked)
        device = result.get("device") or "cpu"
        self.output.emit(f"   torch {result['torch']} on {device}: a tiny encode and a click in {result['seconds']:.1f} s\n")
        unused = f" {result['gpu_unused']}" if result.get("gpu_unused") else ""
        self.finished.emit(True, f"GeoSAM's runtime is ready in {self.target} (checked: torch {result['torch']} encoded and answered a click on {device}): "
                                 f"no restart needed.{unused}")


def no_proxy_hosts(excluded: str | list) -> str:
    """QGIS's proxy exclusions (URL prefixes such as 'http://intranet.local/', one per entry or '|'-separated) as
    NO_PROXY's comma-separated host names."""
    from urllib.parse import urlparse

    entries = excluded if isinstance(excluded, list) else [e for e in str(excluded or "").replace("|", "\n").splitlines()]
    hosts = []
    for entry in entries:
        entry = str(entry).strip()
        if entry:
            host = urlparse(entry if "://" in entry else f"http://{entry}").hostname
            if host and host not in hosts:
                hosts.append(host)
    return ",".join(hosts)


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

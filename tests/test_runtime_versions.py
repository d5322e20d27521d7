# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin and its runtime as one product: a runtime that no longer satisfies the plugin's pins (a plugin upgrade)
is one line naming the version it was built for and Update, from the worker's client and from Processing, with nothing
written; Update installs only the difference; a Repair's swap keeps the old runtime until the new one passed its
self-test. The runtimes here are hard-linked copies of the real one (make setup's), changed the way an upgrade would."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLUGIN_NAME

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "geo_sam_plugin"))
import pins  # noqa: E402  (standard library only)


def test_installed_versions_against_the_pins():
    installed = {"torch": "2.14.1+cu130", "pyarrow": "21.0.0", "segment-anything": "1.0", "omegaconf": "2.3.0"}
    wanted = ["torch==2.14.1", "pyarrow>=18", "Segment_Anything==1.0", "omegaconf>=2.2,<2.4", "omegaconf==2.*", "sam3==0.1.4", "torch>=2.15", "tqdm"]
    assert pins.unsatisfied(wanted, installed) == ["sam3==0.1.4 (missing)", "torch>=2.15 (2.14.1+cu130 is installed)", "tqdm (missing)"]
    assert pins.unsatisfied(pins.runtime_requirements(), {}) and not pins.unsatisfied(["pyarrow<22"], {"pyarrow": "21.0.0"})


def linked_copy(copy: Path) -> Path:
    """A copy of the real runtime (make setup's) whose files are hard links: seconds, no disk. What a build or venv
    --upgrade rewrites in place (its scripts, pyvenv.cfg) becomes a file of the copy's own, so nothing written in the
    copy reaches the real runtime through a shared inode."""
    real = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.runtime").runtime_home()
    subprocess.run(["cp", "-al", str(real), str(copy)], check=True, timeout=300)
    for path in [copy / "pyvenv.cfg", *(p for p in (copy / "bin").iterdir() if p.is_file() and not p.is_symlink())]:
        data = path.read_bytes()
        mode = path.stat().st_mode
        path.unlink()
        path.write_bytes(data)
        path.chmod(mode)
    return copy


@pytest.fixture
def runtime_copy(tmp_path):
    """An older plugin's runtime after the upgrade: its stamp says so, and segment-anything, which this plugin pins,
    is removed (unlinked in the copy only)."""
    runtime = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.runtime")
    copy = linked_copy(tmp_path / "runtime")
    stamp = runtime.read_stamp(copy)
    stamp.update(plugin="0.5.0", pins="older", torch_index=None)
    (copy / runtime.STAMP).unlink()  # a new file, not the real runtime's inode
    (copy / runtime.STAMP).write_text(json.dumps(stamp))
    site = next(copy.glob("lib/python3*/site-packages"))
    for path in [*site.glob("segment_anything"), *site.glob("segment_anything-*.dist-info")]:
        shutil.rmtree(path)
    yield copy
    shutil.rmtree(copy, ignore_errors=True)


def one_line_naming_the_upgrade(text: str, copy: Path) -> None:
    assert "built for GeoSAM 0.5.0" in text and "segment-anything==1.0 (missing)" in text and "Install dependencies… > Update" in text, text
    assert str(copy) in text and "\n" not in text and "No module named" not in text and "make setup" not in text


def test_an_outdated_runtime_is_one_line_from_the_client_and_processing_and_update_mends_it(geosam_provider, plugins_dir, runtime_copy, tmp_path, monkeypatch, data_dir, sam_ckpt):
    import processing
    from qgis.core import QgsProcessingException

    client_module = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client")
    monkeypatch.setenv("GEOSAM_RUNTIME", str(runtime_copy))
    client_module.stop_shared_client()  # the session's worker runs from the real runtime: the next start finds the copy
    try:
        with pytest.raises(client_module.EngineUnavailable) as info:
            client_module.EngineClient().request("hello")
        one_line_naming_the_upgrade(str(info.value), runtime_copy)
        # Processing: the same line, before anything is written.
        output = tmp_path / "features"
        with pytest.raises(QgsProcessingException) as info:
            processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "cogeo.tif"), "CHECKPOINT": sam_ckpt, "OUTPUT": str(output)})
        one_line_naming_the_upgrade(str(info.value), runtime_copy)
        assert not output.exists()
        # Update: only the difference (segment-anything), into the copy in place, checked by the worker's self-test.
        builder = subprocess.run(["/usr/bin/python3", "-m", "geo_sam_plugin.install.runtime_builder", "update", "--target", str(runtime_copy)],
                                 cwd=str(plugins_dir / PLUGIN_NAME), capture_output=True, text=True, timeout=900)
        assert builder.returncode == 0, builder.stdout + builder.stderr
        assert "GEOSAM-CHECKED: " in builder.stdout and "building it anew" not in builder.stdout
        log = builder.stdout + builder.stderr
        assert "--no-cache-dir torch==2.14.1" in log and "segment-anything==1.0" in log
        site = next(runtime_copy.glob("lib/python3*/site-packages"))
        assert list(site.glob("segment_anything-1.0.dist-info")) and list(site.glob("torch-*.dist-info"))[0].stat().st_ino == \
            list(next(importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.runtime").runtime_home().glob("lib/python3*/site-packages")).glob("torch-*.dist-info"))[0].stat().st_ino
        stamp = json.loads((runtime_copy / "geosam-runtime.json").read_text())
        assert stamp["plugin"] == importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.paths").plugin_version() and stamp["pins"] != "older"
        client = client_module.EngineClient()
        try:
            assert client.request("hello").result["executable"].startswith(str(runtime_copy))
        finally:
            client.stop()
    finally:
        client_module.stop_shared_client()


def test_a_runtime_whose_base_python_is_gone_is_named_before_it_starts(plugins_dir, tmp_path, monkeypatch):
    runtime = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.runtime")
    root = tmp_path / "runtime"
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "python").write_text("#!/bin/sh\nexit 0\n")
    (root / "bin" / "python").chmod(0o755)
    (root / "pyvenv.cfg").write_text(f"home = {tmp_path / 'QGIS 3.34' / 'apps' / 'Python312'}\ninclude-system-site-packages = false\n")
    (root / runtime.STAMP).write_text(json.dumps({"plugin": "0.6.1"}))
    monkeypatch.setenv("GEOSAM_RUNTIME", str(root))
    with pytest.raises(runtime.RuntimeOutdated) as info:
        runtime.find_runtime()
    text = str(info.value)
    assert "built for GeoSAM 0.6.1" in text and "QGIS 3.34" in text and "Repair" in text and "\n" not in text


def test_a_repair_keeps_the_old_runtime_until_the_new_one_passed_and_puts_it_back_when_not(plugins_dir, tmp_path):
    """The swap itself (runtime_builder._swap_in), with a real worker's self-test: a new runtime that cannot start is
    removed and the old one is back, unchanged; one that passes replaces it, and nothing else is left."""
    builder = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.install.runtime_builder")
    root = linked_copy(tmp_path / "installed")  # the installed runtime
    marker = root / "kept.txt"
    marker.write_text("the old runtime")
    broken = tmp_path / "runtime.building-1"
    (broken / "bin").mkdir(parents=True)
    (broken / "bin" / "python").write_text("#!/bin/sh\necho 'ImportError: libtorch_cpu.so: cannot open shared object file' >&2\nexit 1\n")
    (broken / "bin" / "python").chmod(0o755)
    env = builder.worker_environment()
    lines = []
    with pytest.raises(builder.RuntimeMissing) as info:
        builder._swap_in(broken, root, "/usr/bin/python3", lines.append, env, "linux", check=True)
    assert "libtorch_cpu.so" in str(info.value) and marker.read_text() == "the old runtime" and not broken.exists()
    assert not list(tmp_path.glob("installed.old-*")) and any("put back" in line for line in lines)
    # A new runtime that passes (a hard-linked copy of the real one) replaces it.
    fresh = linked_copy(tmp_path / "installed.building-2")
    builder._swap_in(fresh, root, "/usr/bin/python3", lines.append, env, "linux", check=True)
    assert not marker.exists() and (root / "bin" / "python").exists() and not fresh.exists() and not list(tmp_path.glob("installed.*"))
    assert any(line.startswith(builder.CHECKED) for line in lines)
    shutil.rmtree(root, ignore_errors=True)


def test_the_proxy_password_never_appears_on_a_command_line(qgis_app, plugins_dir, tmp_path, monkeypatch):
    """QGIS's proxy (with a password) reaches the builder and pip through their environment: during a real build no
    process on the machine shows it in its command line, and the log masks it."""
    from conftest import wait_for
    from qgis.core import QgsSettings

    installer_module = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.install.installer")
    settings = QgsSettings()
    values = {"proxy/proxyEnabled": "true", "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "127.0.0.1", "proxy/proxyPort": "9",
              "proxy/proxyUser": "ana", "proxy/proxyPassword": "s3cret-proxy-word", "proxy/proxyExcludedUrls": "http://intranet.local/|https://maps.example.org"}
    for key, value in values.items():
        settings.setValue(key, value)
    monkeypatch.setenv("PIP_RETRIES", "0")  # pip gives up at once on the closed port
    monkeypatch.setenv("PIP_TIMEOUT", "2")
    try:
        installer = installer_module.DependencyInstaller(tmp_path / "runtime", python="/usr/bin/python3")
        output, finished, seen, environ = [], [], [], []
        installer.output.connect(output.append)
        installer.finished.connect(lambda ok, message: finished.append((ok, message)))
        installer.start()

        def scan() -> bool:
            for proc in Path("/proc").glob("[0-9]*"):
                try:
                    cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
                seen.append(cmdline)
                if "pip install" in cmdline and not environ:
                    try:
                        environ.append((proc / "environ").read_bytes().decode(errors="replace"))
                    except OSError:
                        pass
            return bool(finished)

        assert wait_for(scan, timeout=300), "".join(output)
        assert not finished[0][0]  # the proxy is a closed port: the build fails, and says why
        assert any("runtime_builder build" in c for c in seen) and any("pip install" in c for c in seen)
        assert not any("s3cret-proxy-word" in c for c in seen) and "s3cret-proxy-word" not in "".join(output) + finished[0][1]
        assert environ and "HTTPS_PROXY=http://ana:s3cret-proxy-word@127.0.0.1:9" in environ[0] and "NO_PROXY=intranet.local,maps.example.org" in environ[0]
        assert os.stat(f"/proc/{os.getpid()}/environ").st_mode & 0o077 == 0  # /proc/<pid>/environ: its owner alone reads it
    finally:
        for key in values:
            settings.remove(key)

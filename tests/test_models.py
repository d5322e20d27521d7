# SPDX-License-Identifier: GPL-2.0-or-later
"""The model manager against a real HTTP server on 127.0.0.1: downloads, resume, checksums, errors, full disk, cancel."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from model_server import ModelServer

from encoder.errors import OperationCancelled
from encoder.models.catalogue import CatalogueEntry, CatalogueError, catalogue, lookup
from encoder.models.download import DownloadError, download, import_model, verify_model


@pytest.fixture
def server():
    s = ModelServer()
    yield s
    s.close()


@pytest.fixture(scope="module")
def checkpoint_bytes(tmp_path_factory) -> bytes:
    from encoder.models.tiny import make_tiny_sam_checkpoint

    return Path(make_tiny_sam_checkpoint(tmp_path_factory.mktemp("ck") / "tiny.pth")).read_bytes()


def entry_for(server, name: str, data: bytes, sha256: str | None = "auto", **kwargs) -> CatalogueEntry:
    server.files[f"/models/{name}.pth"] = data
    digest = hashlib.sha256(data).hexdigest() if sha256 == "auto" else sha256
    return CatalogueEntry(name, f"{server.url}/models/{name}.pth", digest, len(data), source="test", **kwargs)


def test_full_download_is_verified_and_renamed_into_place(server, checkpoint_bytes, tmp_path):
    entry = entry_for(server, "tiny", checkpoint_bytes)
    seen = []
    path = download(entry, tmp_path / "models", progress=seen.append)
    assert path.read_bytes() == checkpoint_bytes and path.name == "tiny.pth"
    assert (tmp_path / "models/tiny.pth.sha256").read_text().split()[0] == entry.sha256
    assert not list((tmp_path / "models").glob("*.part"))
    assert seen[-1].done == seen[-1].total == len(checkpoint_bytes)
    assert verify_model(path, entry) == entry.sha256
    assert download(entry, tmp_path / "models") == path and len(server.requests) == 1  # already there: not fetched again


def test_an_interrupted_download_resumes_with_a_range_request(server, checkpoint_bytes, tmp_path):
    entry = entry_for(server, "tiny", checkpoint_bytes)
    server.cut["/models/tiny.pth"] = 300_000
    with pytest.raises(DownloadError, match="run (the download|it) again to resume"):
        download(entry, tmp_path)
    part = tmp_path / "tiny.pth.part"
    assert part.stat().st_size == 300_000 and not (tmp_path / "tiny.pth").exists()
    path = download(entry, tmp_path)
    assert server.requests[-1] == ("/models/tiny.pth", "bytes=300000-")  # only the rest was asked for
    assert path.read_bytes() == checkpoint_bytes and not part.exists()


def test_a_wrong_checksum_is_refused_and_nothing_is_left(server, checkpoint_bytes, tmp_path):
    entry = entry_for(server, "tiny", checkpoint_bytes, sha256="0" * 64)
    with pytest.raises(DownloadError, match="does not match the catalogue's checksum"):
        download(entry, tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_one_line(server, checkpoint_bytes, tmp_path, status):
    entry = entry_for(server, "tiny", checkpoint_bytes)
    server.fail["/models/tiny.pth"] = status
    with pytest.raises(DownloadError, match=f"answered HTTP {status}") as err:
        download(entry, tmp_path)
    assert "\n" not in str(err.value) and list(tmp_path.iterdir()) == []


def test_no_network_is_one_line_with_the_offline_route(tmp_path):
    entry = CatalogueEntry("x", "http://127.0.0.1:9/x.pth")  # nothing listens on the discard port
    with pytest.raises(DownloadError, match="Cannot reach .* import it"):
        download(entry, tmp_path, timeout=5)


def test_a_full_disk_is_a_clear_error_with_no_partial_file(server, checkpoint_bytes, tmpfs):
    folder = tmpfs("1m")
    entry = entry_for(server, "tiny", checkpoint_bytes * 3)  # larger than the disk
    with pytest.raises(DownloadError, match="No space left .* free some space"):
        download(entry, folder)
    assert list(folder.iterdir()) == []


def test_a_cancelled_download_keeps_its_part_and_resumes(server, checkpoint_bytes, tmp_path):
    entry = entry_for(server, "tiny", checkpoint_bytes * 4)
    calls = {"n": 0}

    def cancel_after_first_block() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(OperationCancelled, match="cancelled"):
        download(entry, tmp_path, cancelled=cancel_after_first_block)
    assert (tmp_path / "tiny.pth.part").stat().st_size > 0 and not (tmp_path / "tiny.pth").exists()
    path = download(entry, tmp_path)
    assert path.read_bytes() == checkpoint_bytes * 4 and server.requests[-1][1] is not None


def test_without_a_published_checksum_the_tensors_must_be_the_expected_model(server, checkpoint_bytes, tmp_path, sam2_ckpt):
    """Meta publishes no checksums: an official entry's file must load as the model it names."""
    good = entry_for(server, "tiny", checkpoint_bytes, sha256=None)  # a private fine-tune: any SAM checkpoint
    assert download(good, tmp_path / "a").is_file()
    wrong = entry_for(server, "sam2_as_sam", Path(sam2_ckpt).read_bytes(), sha256=None, family="sam", variant="vit_b")
    with pytest.raises(DownloadError, match="holds sam2.1_hiera_tiny, not vit_b"):
        download(wrong, tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []
    junk = entry_for(server, "junk", b"<html>proxy login page</html>", sha256=None)
    with pytest.raises(DownloadError, match="not a usable checkpoint"):
        download(junk, tmp_path / "c")
    assert list((tmp_path / "c").iterdir()) == []


def test_user_catalogue_adds_and_overrides_entries(tmp_path):
    user = tmp_path / "mirror.json"
    user.write_text(json.dumps([
        {"name": "sam_vit_b", "url": "https://mirror.example/sam_vit_b_01ec64.pth", "sha256": "a" * 64, "size": 375042383},
        {"name": "fields-finetune", "url": "https://models.example/fields.pth", "sha256": None, "size": 100},
    ]))
    entries = catalogue(user)
    assert entries["sam_vit_b"].url.startswith("https://mirror.example") and entries["sam_vit_b"].sha256 == "a" * 64
    assert entries["sam_vit_b"].family == "sam" and entries["sam_vit_b"].variant == "vit_b"  # still checked as ViT-B
    assert entries["fields-finetune"].source == str(user) and "sam2.1_hiera_large" in entries
    user.write_text('[{"name": "x"}]')
    with pytest.raises(CatalogueError, match="needs at least a \"name\" and a \"url\""):
        catalogue(user)
    user.write_text('[{"name": "x", "url": "u", "sha256": "abc"}]')
    with pytest.raises(CatalogueError, match="64 hexadecimal digits"):
        catalogue(user)
    with pytest.raises(CatalogueError, match="No model named 'nope'"):
        lookup("nope")


def test_import_verifies_a_local_file(checkpoint_bytes, tmp_path):
    source = tmp_path / "downloaded_by_hand.pth"
    source.write_bytes(checkpoint_bytes)
    path = import_model(source, tmp_path / "models")
    assert path.read_bytes() == checkpoint_bytes and (tmp_path / "models/downloaded_by_hand.pth.sha256").is_file()
    bad = tmp_path / "bad.pth"
    bad.write_bytes(b"not a checkpoint")
    with pytest.raises(DownloadError, match="not a usable checkpoint"):
        import_model(bad, tmp_path / "models")
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["downloaded_by_hand.pth", "downloaded_by_hand.pth.sha256"]
    path.write_bytes(checkpoint_bytes[:-10] + b"0123456789")  # changed after it was verified
    with pytest.raises(DownloadError, match="changed since it was verified"):
        verify_model(path, None)


def test_cli_models_download_list_verify_and_errors(server, checkpoint_bytes, tmp_path):
    entry = entry_for(server, "tiny", checkpoint_bytes)
    (tmp_path / "catalogue.json").write_text(json.dumps([{"name": "tiny", "url": entry.url, "sha256": entry.sha256, "size": entry.size}]))
    env = dict(os.environ, GEOSAM_MODELS_CATALOGUE=str(tmp_path / "catalogue.json"), GEOSAM_MODELS_DIR=str(tmp_path / "models"))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "encoder", "models", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    done = cli("download", "tiny")
    assert done.returncode == 0 and "tiny: " in done.stdout and "(verified)" in done.stdout, done.stderr
    listed = cli("list")
    assert "tiny" in listed.stdout and "downloaded" in listed.stdout and "sam2.1_hiera_base_plus" in listed.stdout
    verified = cli("verify")
    assert verified.returncode == 0 and f"tiny.pth: ok (sha256 {entry.sha256})" in verified.stdout
    server.fail["/models/missing.pth"] = 404
    (tmp_path / "catalogue.json").write_text(json.dumps([{"name": "missing", "url": f"{server.url}/models/missing.pth"}]))
    failed = cli("download", "missing")
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1 and "answered HTTP 404" in failed.stderr and "Traceback" not in failed.stderr


def qgis_download(module, entry, folder, cancel_at=None):
    """Run a ModelDownload in QGIS's event loop; returns (ok, message, path, progress seen)."""
    from conftest import wait_for

    job = module.ModelDownload(entry, folder)
    ended, seen = [], []
    job.finished.connect(lambda ok, message, path: ended.append((ok, message, path)))

    def on_progress(done, total):
        seen.append((done, total))
        if cancel_at is not None and done >= cancel_at:
            job.cancel()

    job.progress.connect(on_progress)
    job.start()
    assert wait_for(lambda: ended, timeout=120)
    return (*ended[0], seen)


def test_downloads_inside_qgis_use_its_network_stack_resume_and_verify(plugins_dir, qgis_app, server, checkpoint_bytes, tmp_path):
    import importlib

    module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.model_manager")
    entry = entry_for(server, "tiny", checkpoint_bytes)
    server.cut["/models/tiny.pth"] = 250_000  # the first connection breaks
    ok, message, path, _ = qgis_download(module, entry, tmp_path)
    assert not ok and (tmp_path / "tiny.pth.part").stat().st_size == 250_000
    ok, message, path, seen = qgis_download(module, entry, tmp_path)
    assert ok and "downloaded and verified" in message and Path(path).read_bytes() == checkpoint_bytes, message
    assert server.requests[-1][1] == "bytes=250000-" and seen[-1][0] == len(checkpoint_bytes)
    assert not (tmp_path / "tiny.pth.part").exists() and (tmp_path / "tiny.pth.sha256").is_file()
    ok, message, _, _ = qgis_download(module, entry, tmp_path)  # already there: verified again, not fetched
    assert ok and len([r for r in server.requests if r[0] == "/models/tiny.pth"]) == 2

    wrong = entry_for(server, "wrong", checkpoint_bytes, sha256="1" * 64)
    ok, message, _, _ = qgis_download(module, wrong, tmp_path / "w")
    assert not ok and "does not match the catalogue's checksum" in message and list((tmp_path / "w").iterdir()) == []
    server.fail["/models/gone.pth"] = 404
    ok, message, _, _ = qgis_download(module, CatalogueEntry("gone", f"{server.url}/models/gone.pth"), tmp_path / "g")
    assert not ok and "answered HTTP 404" in message and list((tmp_path / "g").iterdir()) == []
    big = entry_for(server, "big", checkpoint_bytes * 8)
    ok, message, _, _ = qgis_download(module, big, tmp_path / "c", cancel_at=1)
    assert not ok and "cancelled" in message and not (tmp_path / "c/big.pth").exists()


def test_the_standalone_python_is_fetched_through_qgis_and_the_builder_takes_it_without_the_network(plugins_dir, qgis_app, server, tmp_path):
    """Windows QGIS 3.22-3.34 (Python 3.9): the standalone Python's archive comes through QGIS's network manager into
    the folder the builder reads, checked against its sha256; the builder then unpacks it without downloading."""
    import importlib

    from conftest import wait_for
    from test_runtime_sources import standin_archive

    module = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.python_download")
    standalone = importlib.import_module("geo_sam_qgis.geo_sam_plugin.install.standalone")
    triple = "x86_64-pc-windows-msvc"
    data = standin_archive(triple)
    pinned = {triple: hashlib.sha256(data).hexdigest()}  # the stand-in's own sha256 in place of the release's
    server.files[f"/mirror/{standalone.archive_name(triple)}"] = data

    def fetch(home, sha256=pinned, source=f"{server.url}/mirror", cancel=False):
        job = module.PythonDownload(triple, home, source=source, sha256=sha256)
        ended = []
        job.finished.connect(lambda ok, message, path: ended.append((ok, message)))
        if cancel:
            job.progress.connect(lambda done, total: job.cancel())
        job.start()
        assert wait_for(lambda: ended, timeout=120)
        return ended[0]

    home = standalone.standalone_home(tmp_path / "a" / "runtime")
    ok, message = fetch(home)
    archive = standalone.downloads_folder(home) / standalone.archive_name(triple)
    assert ok and "downloaded and verified" in message and archive.read_bytes() == data, message
    assert [p.name for p in archive.parent.iterdir()] == [archive.name]  # no .part left
    fetched = len(server.requests)
    python = standalone.install_standalone(triple, home, source="http://127.0.0.1:9/nowhere", sha256=pinned)
    assert python == home / "python" / "python.exe" and python.is_file() and len(server.requests) == fetched
    # A file that is not the pinned one is removed; a mirror that answers 404 is named, with the offline way out.
    home_b = standalone.standalone_home(tmp_path / "b" / "runtime")
    ok, message = fetch(home_b, sha256={triple: "1" * 64})
    assert not ok and "does not match its pinned sha256" in message and list(standalone.downloads_folder(home_b).iterdir()) == []
    ok, message = fetch(home_b, source=f"{server.url}/nothing")
    assert not ok and "answered HTTP 404" in message and "GEOSAM_PYTHON_MIRROR" in message and "\n" not in message
    ok, message = fetch(standalone.standalone_home(tmp_path / "c" / "runtime"), cancel=True)  # Cancel in the dialog
    assert not ok and "cancelled" in message
    assert not (standalone.downloads_folder(standalone.standalone_home(tmp_path / "c" / "runtime")) / standalone.archive_name(triple)).exists()


def test_the_dock_downloads_a_catalogue_model_and_uses_it(plugins_dir, qgis_app, server, checkpoint_bytes, tmp_path):
    """1. Model in the dock: the user's catalogue lists a model, Download fetches it through QGIS, it becomes the checkpoint."""
    import importlib

    from conftest import wait_for
    from qgis.core import QgsSettings
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    entry = entry_for(server, "fields-finetune", checkpoint_bytes)
    (tmp_path / "catalogue.json").write_text(json.dumps([{"name": entry.name, "url": entry.url, "sha256": entry.sha256, "size": entry.size}]))
    settings = QgsSettings()
    settings.setValue("geosam/models_dir", str(tmp_path / "models"))
    settings.setValue("geosam/models_catalogue", str(tmp_path / "catalogue.json"))
    try:
        canvas = QgsMapCanvas()
        controller = importlib.import_module("geo_sam_qgis.geo_sam_plugin.dock.controller").SegmentController(canvas)
        dock = importlib.import_module("geo_sam_qgis.ui.dock").GeoSamDock(controller)
        index = dock.model_box.findData("fields-finetune")
        assert index > 0 and "MB" in dock.model_box.itemText(index)
        dock.model_box.setCurrentIndex(index)
        dock.model_box.activated.emit(index)
        assert dock.download_button.isEnabled() and dock.download_button.text() == "Download"
        dock.download_button.click()
        assert wait_for(lambda: dock.download_job is None, timeout=120), dock.status.text()
        assert "downloaded and verified" in dock.status.text()
        assert dock.checkpoint.filePath() == str(tmp_path / "models" / "fields-finetune.pth")
        assert "(downloaded)" in dock.model_box.currentText() and not dock.download_button.isEnabled()
        assert not dock.progress.isVisibleTo(dock)
        controller.unload()
        sip.delete(dock)
        sip.delete(canvas)
    finally:
        settings.remove("geosam/models_dir")
        settings.remove("geosam/models_catalogue")


def test_processing_and_the_cli_take_a_downloaded_model_by_name(geosam_provider, data_dir, checkpoint_bytes, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsSettings

    models = tmp_path / "models"
    models.mkdir()
    (models / "sam_vit_b_01ec64.pth").write_bytes(checkpoint_bytes)  # stands in for the real ViT-B: only the name matters here
    QgsSettings().setValue("geosam/models_dir", str(models))
    try:
        out = processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "shade.tif"), "CHECKPOINT": "sam_vit_b", "OUTPUT": str(tmp_path / "f")})
        assert out["CHIP_COUNT"] == 1
        with pytest.raises(QgsProcessingException, match="Model sam_vit_l is not downloaded yet: run python -m encoder models download sam_vit_l"):
            processing.run("geosam:encoderaster", {"INPUT": str(data_dir / "shade.tif"), "CHECKPOINT": "sam_vit_l", "OUTPUT": str(tmp_path / "g")})
    finally:
        QgsSettings().remove("geosam/models_dir")
    env = dict(os.environ, GEOSAM_MODELS_DIR=str(models))
    run = subprocess.run([sys.executable, "-m", "encoder", "encode", "-i", str(data_dir / "shade.tif"), "-c", "sam_vit_b", "-f", str(tmp_path / "cli"), "-q"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "on CPU" in run.stderr, run.stderr


def test_the_mobile_sam_entry_takes_a_mobile_sam_file_and_refuses_another(server, checkpoint_bytes, tmp_path):
    """The catalogue's mobile_sam entry, its URL pointed at 127.0.0.1: MobileSAM's tensors pass, ViT-B's do not."""
    import dataclasses

    from encoder import create_model_spec_from_checkpoint
    from encoder.models.tiny import make_mobile_sam_checkpoint

    official = catalogue()["mobile_sam"]
    assert (official.family, official.variant, official.file_name) == ("sam", "mobile_sam", "mobile_sam.pt")
    server.files["/mobile_sam.pt"] = Path(make_mobile_sam_checkpoint(tmp_path / "made.pt")).read_bytes()
    server.files["/vit_b.pt"] = checkpoint_bytes
    local = dataclasses.replace(official, url=f"{server.url}/mobile_sam.pt")
    path = download(local, tmp_path / "a")
    assert path.name == "mobile_sam.pt" and create_model_spec_from_checkpoint(path).variant == "mobile_sam"
    with pytest.raises(DownloadError, match="not mobile_sam"):
        download(dataclasses.replace(official, url=f"{server.url}/vit_b.pt"), tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []

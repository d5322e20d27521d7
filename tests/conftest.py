# SPDX-License-Identifier: GPL-2.0-or-later
"""Shared fixtures: real rasters copied to a temp folder, tiny real SAM / SAM2 checkpoints."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEMO_IMAGE = ROOT / "resources" / "demo" / "cogeo.tif"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GEOSAM_WORKER_TEST_OPS"] = "1"  # the worker's test-only operations (sleep: a hung or slow request)

# A run leaves nothing behind: every temporary file (Qt's qt_temp-*, Processing's processing_*, Dask's scratch space,
# torch's caches, pytest's own folders) and every QGIS setting (this process's QgsApplication, qgis_process, the
# desktop runs: QGIS_CUSTOM_CONFIG_PATH, read by QgsApplication when it is given no profile folder) goes into one
# folder of this session, removed when the session ends. Set before anything imports QGIS or asks for a temp dir.
SESSION_DIR = Path(tempfile.mkdtemp(prefix="geosam-tests-"))
(SESSION_DIR / "tmp").mkdir()
os.environ["TMPDIR"] = str(SESSION_DIR / "tmp")
tempfile.tempdir = None  # gettempdir() reads TMPDIR again
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(SESSION_DIR / "qgis"))
# Encoders converted for OpenVINO and the accuracy gate's results (encoder/models/openvino_encoder.py): this session's.
os.environ["GEOSAM_OPENVINO_CACHE"] = str(SESSION_DIR / "openvino")


def pytest_unconfigure(config):
    shutil.rmtree(SESSION_DIR, ignore_errors=True)


def _interrupted(signum, frame):
    """A run killed with SIGTERM (a CI timeout, `kill`) ends as Ctrl-C does: pytest unwinds, the fixtures' teardowns
    run and pytest_unconfigure removes this session's folder."""
    raise KeyboardInterrupt(f"stopped by signal {signum}")


signal.signal(signal.SIGTERM, _interrupted)


# GEOSAM_TESTS=qgis (make test TESTS=qgis): only the tests that involve QGIS or the worker: the plugin's modules,
# the tests that take a QGIS fixture, and those that run QGIS, qgis_process or Processing in their body. CI runs
# them so on QGIS 3.40 and 3.44 (the engine then runs in the worker on the root's Python 3.13 / 3.14); the engine's
# own tests run on QGIS 3.22's Python 3.11, with the whole suite.
QGIS_MODULES = {"test_desktop", "test_dock", "test_i18n", "test_installer", "test_platform", "test_processing", "test_prompt_history", "test_worker"}
QGIS_FIXTURES = {"qgis_app", "geosam_provider", "plugin_package", "plugins_dir", "canvas_controller", "client", "client_module"}


def involves_qgis(item) -> bool:
    import inspect
    import re

    if item.module.__name__ in QGIS_MODULES or QGIS_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    return re.search(r"qgis|processing\.run", inspect.getsource(item.function), re.IGNORECASE) is not None


def pytest_collection_modifyitems(config, items):
    choice = os.environ.get("GEOSAM_TESTS", "")
    if choice not in ("", "all", "qgis"):
        raise pytest.UsageError(f"GEOSAM_TESTS={choice!r}: use 'all' (the default) or 'qgis'")
    if choice == "qgis":
        deselected = [item for item in items if not involves_qgis(item)]
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if involves_qgis(item)]


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """Copies of the real rasters (GDAL may write .aux.xml beside them)."""
    out = tmp_path_factory.mktemp("data")
    for f in DATA.glob("*.tif"):
        shutil.copy(f, out / f.name)
    shutil.copy(DEMO_IMAGE, out / "cogeo.tif")
    return out


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def sam_ckpt(models_dir) -> str:
    """A tiny random SAM v1 checkpoint, saved as a plain state dict like sam_vit_b_01ec64.pth."""
    from encoder.models.tiny import make_tiny_sam_checkpoint

    return make_tiny_sam_checkpoint(models_dir / "tiny_sam.pth")


@pytest.fixture(scope="session")
def sam2_ckpt(models_dir) -> str:
    """A random SAM2.1 hiera-tiny checkpoint in the official {'model': ...} format."""
    from encoder.models.tiny import make_sam2_checkpoint

    return make_sam2_checkpoint(models_dir / "sam2.1_hiera_tiny.pt")


@pytest.fixture(scope="session")
def xyz_tiles(tmp_path_factory, data_dir):
    """ref.tif (the demo image on XYZ zoom 18's pixel grid) and its tiles cut by gdal2tiles, served on 127.0.0.1
    (tests/tile_server.py)."""
    from tile_server import TileServer, make_tiles

    out = tmp_path_factory.mktemp("xyz")
    ref = make_tiles(data_dir / "cogeo.tif", out)
    server = TileServer(out / "tiles")
    yield ref, server
    server.stop()


@pytest.fixture(scope="session")
def cogeo_folder(tmp_path_factory, data_dir, sam_ckpt) -> Path:
    """The demo aerial image encoded once with the tiny SAM, fp32 features, reference attention (bit-exact)."""
    from encoder import FeatureCacheBuilder, RasterDataset, create_model_spec_from_checkpoint

    out = tmp_path_factory.mktemp("folders") / "cogeo"
    FeatureCacheBuilder(RasterDataset(data_dir / "cogeo.tif"), create_model_spec_from_checkpoint(sam_ckpt), out, feature_dtype="float32", fast_attention=False).build()
    return out


def reference_sam(checkpoint: str):
    """segment_anything's own model, built the way its registry does, with the checkpoint's weights."""
    import torch
    from segment_anything.build_sam import _build_sam

    from encoder.models.checkpoints import create_model_spec_from_checkpoint

    embed_dim, depth, heads, global_idx = create_model_spec_from_checkpoint(checkpoint).encoder_arch
    sam = _build_sam(embed_dim, depth, heads, list(global_idx), checkpoint=None)
    sam.load_state_dict(torch.load(checkpoint, weights_only=True))
    return sam.eval()


def lonlat_of_pixel(path, col, row):
    """EPSG:4326 coordinates of a pixel centre of a raster, through rasterio."""
    import rasterio
    from rasterio.warp import transform

    with rasterio.open(path) as src:
        x, y = src.transform * (col + 0.5, row + 0.5)
        lon, lat = transform(src.crs, "EPSG:4326", [x], [y])
    return lon[0], lat[0]


def opened(ctl, timeout=300.0) -> bool:
    """Run Qt's event loop until the dock controller's open in the worker (a folder, live mode, a view session),
    which runs off the GUI thread, has answered: True when a session is open."""
    wait_for(lambda: not ctl.loading, timeout)
    return ctl.session.engine is not None and not ctl.loading


def wait_for(condition, timeout=60.0) -> bool:
    """Run Qt's event loop until condition() holds (True) or the timeout passes (False)."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.time() + timeout
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return False


def read_rgb(path, window=None):
    """(h, w, 3) uint8 pixels of bands 1-3 with rasterio, the way a user would feed SamPredictor."""
    import rasterio

    with rasterio.open(path) as src:
        return src.read([1, 2, 3], window=window).transpose(1, 2, 0).copy()


PLUGIN_NAME = "geo_sam_qgis"


@pytest.fixture(scope="session")
def plugins_dir(tmp_path_factory) -> Path:
    """A plugins folder holding this checkout under the plugin's name, as QGIS_PLUGINPATH would."""
    out = tmp_path_factory.mktemp("plugins")
    (out / PLUGIN_NAME).symlink_to(ROOT, target_is_directory=True)
    sys.path.insert(0, str(out))
    return out


@pytest.fixture(scope="session")
def qgis_app(plugins_dir):
    """Real QGIS, headless, with Processing initialised."""
    from qgis.core import QgsApplication

    sys.path.append("/usr/share/qgis/python/plugins")
    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    yield app


@pytest.fixture(scope="session")
def geosam_provider(qgis_app):
    """The plugin loaded through classFactory, its provider registered."""
    import importlib

    plugin_module = importlib.import_module(PLUGIN_NAME)
    plugin = plugin_module.classFactory(None)
    plugin.initProcessing()
    yield plugin
    plugin.unload()


@pytest.fixture
def tmpfs(tmp_path):
    """A small real filesystem (root only): mount(size, ro) -> path."""
    mounts = []

    def mount(size="3m", readonly=False):
        target = tmp_path / f"mnt{len(mounts)}"
        target.mkdir()
        options = f"size={size}" + (",ro" if readonly else "")
        if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True).returncode != 0:
            pytest.skip("mounting a tmpfs needs root")
        mounts.append(target)
        return target

    yield mount
    for target in mounts:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture(scope="session")
def plugin_package(plugins_dir):
    """The plugin as QGIS imports it (geo_sam_qgis), with its controller and dock modules."""
    import importlib

    package = importlib.import_module(PLUGIN_NAME)
    importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.dock.controller")
    importlib.import_module(f"{PLUGIN_NAME}.ui.dock")
    return package

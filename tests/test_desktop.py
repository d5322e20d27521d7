"""The plugin in the real QGIS desktop (under Xvfb): initGui with the real iface, the dock end to end, unload."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))


@pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("qgis") is None, reason="needs Xvfb and the QGIS desktop (make setup installs both)")
def test_desktop_dock_segments_saves_and_unloads_cleanly(tmp_path):
    import desktop

    report = desktop.run(tmp_path, tmp_path / "shot.png")
    assert not report.get("error"), report.get("error")
    assert report["plugin_loaded"] and report["provider"] and report["menu"]
    assert report["actions"] == ["geosam_dock", "geosam_encoderaster", "geosam_install", "geosam_segmenteverything", "geosam_segmentprompts"]
    assert report["loaded_folder"] and report["tool_active"]
    assert report["canvas_crs"] == "EPSG:4326"  # the project CRS differs from the folder's EPSG:3857
    assert report["result_polygons"] >= 1 and report["saved_features"] >= 1
    assert report["screenshot"] and (tmp_path / "shot.png").stat().st_size > 10_000
    assert report["actions_after_unload"] == [] and not report["provider_after_unload"] and not report["dock_after_unload"]

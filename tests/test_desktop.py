# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin in the real QGIS desktop (under Xvfb, 1366 x 768), used with real mouse and keyboard events (xdotool):
New scratch -> Encode raster… -> the folder dialog -> the task encodes and loads -> Segment -> a click -> S -> three
boxes -> S (Keep each result) -> 6. Dates: three files, Encode dates…, a box, Follow, the slider, a correction, S -> Raster > GeoSAM > Install dependencies… (the runtime dialog) -> Close -> the dock at
300 px -> unload. In English and in German."""

from __future__ import annotations

import shutil
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))


def check_screen(report: dict, out) -> None:
    """What both languages must show: the header right after Load, the progress words on their own line (a
    screenshot of it kept), nothing under the dock's scroll bar at 1366 x 768 nor in a 300 px dock (which wraps)."""
    assert "tiny_random_sam.pth" in report["seen"]["in_use_at_load"] and "encoded" in report["seen"]["in_use_at_load"], report["seen"]
    text, in_bar, wraps = report["progress_seen"]
    assert text.startswith(("Encoding", "Kodiere")) and not in_bar and wraps and report["progress_shot"] and (out / "shot_progress.png").exists(), report["progress_seen"]
    assert report["clipped"] == [] and report["past_viewport"] == [], (report["clipped"], report["past_viewport"])
    narrow = report["dock_300"]
    assert narrow["width"] <= 310 and narrow["clipped"] == [] and narrow["past_viewport"] == [], narrow
    assert report["screenshot_300"] and (out / "shot_dock300.png").exists()


def check_dates(report: dict) -> None:
    """6. Dates, by mouse and keyboard: three files added with their dates read, encoded, a box on the first date,
    Follow: an outline on every date as the slider moves; a correction on the third and Follow again; S saved three."""
    seen = report["seen"]
    assert seen["date_rows"] == [["ortho_2019-06-30", "2019-06-30"], ["ortho_2021-07-02", "2021-07-02"], ["ortho_2023-07-05", "2023-07-05"]], seen
    assert seen["dates_found"] == [1, 1, 1] and len(seen["date_areas"]) == 3 and all(a > 0 for a in seen["date_areas"]), seen
    assert seen["date_labels"].startswith("2023-07-05 (3"), seen["date_labels"]
    assert seen["corrections"] == ["3"] and seen["dates_saved"][1] == 3, seen  # the third date
    assert "saw: the dates followed again from the correction" in report["person"] and "saw: every date saved" in report["person"]


@pytest.mark.skipif(any(shutil.which(t) is None for t in ("Xvfb", "qgis", "xdotool")), reason="needs Xvfb, xdotool and the QGIS desktop (make setup installs them)")
def test_a_person_encodes_loads_clicks_and_saves_in_the_real_desktop(tmp_path):
    import desktop

    report = desktop.run(tmp_path, tmp_path / "shot.png", (1366, 768))
    assert not report.get("error"), (report.get("error"), report.get("person"))
    assert report["plugin_loaded"] and report["provider"] and report["menu"] and not report["in_plugins_menu"]  # Raster > GeoSAM
    assert report["help_entry"] == ["GeoSAM"]  # Help > Plugins > GeoSAM
    assert report["actions"] == ["geosam_about", "geosam_dock", "geosam_encoderaster", "geosam_install", "geosam_segmenteverything", "geosam_segmentprompts"]
    assert report["encoded_manifest"]  # the dock's Encode button wrote the folder through a real QGIS task
    view = report["view"]
    assert "saw: a polygon under the click" in report["person"] and "saw: the polygon saved" in report["person"]
    assert view["loaded"] and view["tool_active"] and view["result_polygons"] == 0  # a save starts the next object
    assert report["seen"]["status_after_click_save"].startswith("Saved 1 polygon(s) to GeoSAM polygons")  # the current message, not an old one
    assert "tiny_random_sam.pth" in view["in_use"] and "CPU" in view["in_use"]
    # Keep each result: three boxes drawn, the Save button counted them, S saved three polygons.
    assert report["seen"]["save_text"] == "Save 3 (S)" and report["seen"]["saved_features"] == 4, report["seen"]
    assert report["seen"]["status_after_boxes"].startswith("Saved 3 polygon(s) to GeoSAM polygons"), report["seen"]
    check_screen(report, tmp_path)
    check_dates(report)
    assert any(m.startswith("Encoded:") for m in report["messages"])
    assert report["window_size"] == [1366, 768] and report["dock_size"][1] <= 768
    dialog = report["install_dialog"]  # opened from the menu by the mouse: the installed runtime, Repair and Remove
    assert "GeoSAM's runtime is installed in" in dialog["intro"] and "torch" in dialog["intro"] and "GB" in dialog["intro"]
    assert dialog["button"] == "Repair" and dialog["button_enabled"] and dialog["remove_visible"]
    assert dialog["torch"] and "Checking" not in dialog["torch"]  # nvidia-smi answered off the GUI thread
    assert "saw: the runtime dialog closed" in report["person"]
    assert report["screenshot"] and (tmp_path / "shot.png").stat().st_size > 10_000
    assert report["actions_after_unload"] == [] and not report["provider_after_unload"] and not report["dock_after_unload"]


@pytest.mark.skipif(any(shutil.which(t) is None for t in ("Xvfb", "qgis", "xdotool")), reason="needs Xvfb, xdotool and the QGIS desktop (make setup installs them)")
def test_the_dock_in_german_fits_a_1366_x_768_screen(tmp_path):
    """German has the longest labels of our languages: the same session with `qgis --lang de`, no text clipped."""
    import desktop

    report = desktop.run(tmp_path, tmp_path / "shot.png", (1366, 768), lang="de")
    assert not report.get("error"), (report.get("error"), report.get("person"))
    assert report["seen"]["saved_features"] == 4 and report["seen"]["status_after_click_save"].startswith("1 Polygon")  # the German dock, used
    assert report["seen"]["save_text"] == "3 speichern (S)" and report["seen"]["status_after_boxes"].startswith("3 Polygon"), report["seen"]
    assert "threads" not in report["view"]["in_use"] and "Threads" in report["view"]["in_use"], report["view"]["in_use"]
    check_screen(report, tmp_path)
    check_dates(report)
    # The runtime dialog (Raster > GeoSAM > Install dependencies…) in German, its size measured, nothing clipped.
    dialog = report["install_dialog"]
    assert "Die Laufzeitumgebung von GeoSAM ist in" in dialog["intro"] and " GB auf der Festplatte" in dialog["intro"], dialog
    # its size as the files add up (a runtime over 2 GiB once came out negative: a 32-bit signal)
    import os
    import re
    from pathlib import Path

    root = Path(os.environ.get("GEOSAM_RUNTIME") or Path.home() / ".local/share/GeoSAM/runtime")
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
    shown = float(re.search(r"([\d.]+) GB auf der Festplatte", dialog["intro"]).group(1))
    assert abs(shown - size / 1024**3) <= 0.1, (shown, size)
    assert dialog["button"] == "Reparieren" and dialog["button_enabled"] and "saw: the runtime dialog closed" in report["person"], dialog

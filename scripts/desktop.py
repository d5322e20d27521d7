# SPDX-License-Identifier: GPL-2.0-or-later
"""The real QGIS desktop under Xvfb, used the way a person does: xdotool moves the mouse, clicks and types.

Path taken (scripts/desktop_session.py only reports what is on screen):
  New scratch layer -> Encode raster… -> type a new folder into the folder dialog, Return (the dialog creates it)
  -> wait for the task to finish and load the folder -> Segment -> click the field on the map -> press S ->
  screenshot -> unload.

Usage: desktop.py --out DIR [--screenshot PNG] [--size 1366x768]. Prints the report; exits non-zero if a check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
IMAGE = ROOT / "resources" / "demo" / "cogeo.tif"


def qgis_application_name() -> str:
    """The name QGIS gives its settings file: QgsApplication.QGIS_APPLICATION_NAME, "QGIS3" on QGIS 3 and "QGIS4" on
    QGIS 4 (qgis/QGIS#65239; pytest-qgis PR #83 reads it the same way)."""
    from qgis.core import QgsApplication

    return QgsApplication.QGIS_APPLICATION_NAME


def profile_settings_file(config_path: Path, application_name: str) -> Path:
    """The settings file of a profile's QGIS, where its enabled plugins are listed: QGIS3.ini for QGIS 3, QGIS4.ini
    for QGIS 4. Writing the other one starts QGIS with GeoSAM disabled."""
    return config_path / "profiles" / "default" / "QGIS" / f"{application_name}.ini"


def start_xvfb(size: tuple[int, int]) -> tuple[subprocess.Popen, int]:
    """Xvfb on a display number it picks itself (-displayfd), and that number once it is ready.

    Looking for a free number in /tmp/.X11-unix is not enough: a chroot (the QGIS 3.40 and 3.44 roots) has a /tmp
    of its own but shares the system's abstract X sockets, so two test runs could start their Xvfb on one number,
    and the second QGIS lost its display when the first run ended."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # empty when Xvfb exits first
    if not number.isdigit():
        xvfb.kill()
        xvfb.wait()
        raise RuntimeError("Xvfb did not start")
    return xvfb, int(number)


class Person:
    """Real input events on the X display, through xdotool; waits on what QGIS reports it shows."""

    def __init__(self, display: int, state: Path, log: list) -> None:
        self.env = dict(os.environ, DISPLAY=f":{display}")
        self.state = state
        self.log = log
        self.seen: dict = {}  # what the person read on the way (the report has the end's screen)

    def view(self) -> dict:
        try:
            return json.loads(self.state.read_text())
        except (OSError, ValueError):
            return {}

    def wait(self, what: str, condition, timeout: float) -> dict:
        deadline = time.time() + timeout
        while time.time() < deadline:
            view = self.view()
            if view and condition(view):
                self.log.append(f"saw: {what}")
                return view
            time.sleep(0.2)
        raise TimeoutError(f"waited {timeout:.0f} s for {what}; the screen showed: {self.view()}")

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=30)

    def click(self, what: str, xy) -> None:
        self.log.append(f"click: {what} at {xy}")
        self.xdotool("mousemove", str(xy[0]), str(xy[1]))  # not --sync: it never returns when the pointer is there already
        time.sleep(0.3)  # a person's pause; hover previews run meanwhile
        self.xdotool("click", "1")

    def press(self, what: str, button: str, took=None) -> dict:
        """Click one of the dock's buttons, scrolling the dock with the mouse wheel first when it is out of view.

        As a person does, it clicks a button once it stays where it is (a status line that wraps to two lines moves
        the buttons under it), and, when `took` (a condition on the view) says the click had no effect within 5 s,
        clicks it again, up to three times."""
        for _ in range(40):
            view = self.view()
            x, y, visible = view["buttons"][button]
            if visible:
                time.sleep(0.4)  # more than the 150 ms between two reports of the screen
                if self.view()["buttons"][button] != [x, y, visible]:
                    self.log.append(f"{what} moved; look again")
                    continue
                for attempt in range(3):
                    self.click(what, (x, y))
                    if took is None:
                        return view
                    try:
                        return self.wait(f"{what} took", took, 5)
                    except TimeoutError:
                        view = self.view()
                        if took(view):  # it took just now: a second click would undo it
                            return view
                        self.log.append(f"{what}: the click had no effect (attempt {attempt + 1}); look again")
                        x, y, visible = view["buttons"][button]
                        if not visible:
                            break
                else:
                    raise TimeoutError(f"three clicks on {what} had no effect; the screen showed: {self.view()}")
                continue
            # The wheel over the dock's scroll bar: over a combo box it would change the box's choice instead.
            bar = view.get("dock_scrollbar") or view["dock_view"]
            dock_y = view["dock_view"][1]
            self.xdotool("mousemove", str(bar[0]), str(bar[1]))
            time.sleep(0.1)
            self.xdotool("click", "5" if y > dock_y else "4")  # wheel down / up
            self.log.append(f"scroll the dock {'down' if y > dock_y else 'up'} to {what}")
            time.sleep(0.4)
        raise TimeoutError(f"could not scroll {what} into view")

    def drag(self, what: str, start, end) -> None:
        """Press the left button at start, move to end, release: a box on the map."""
        self.log.append(f"drag: {what} from {start} to {end}")
        self.xdotool("mousemove", str(start[0]), str(start[1]))
        time.sleep(0.3)
        self.xdotool("mousedown", "1")
        for t in (0.3, 0.6, 1.0):  # through the way, as a hand moves
            self.xdotool("mousemove", str(round(start[0] + t * (end[0] - start[0]))), str(round(start[1] + t * (end[1] - start[1]))))
            time.sleep(0.1)
        self.xdotool("mouseup", "1")

    def type(self, text: str) -> None:
        self.log.append(f"type: {text}")
        self.xdotool("type", "--delay", "20", text)

    def key(self, *keys: str) -> None:
        self.log.append(f"key: {' '.join(keys)}")
        self.xdotool("key", *keys)


def follow_dates(person: Person, dates: list, folders: Path) -> None:
    """6. Dates: opened, three files added (Add file…, the file dialog), Encode dates… (the folder dialog), a box on
    the first date, Follow, the slider by mouse and keyboard over the three dates, a background click on the third,
    Follow again, S."""
    view = person.press("6. Dates", "dates_group", took=lambda v: v["dates"]["open"])
    for i, path in enumerate(dates):
        person.press("Add file…", "add_date_file_button")
        person.wait("the file dialog", lambda v: v["dialog_class"] == "QFileDialog", 30)
        person.type(str(path))
        person.key("Return")
        view = person.wait(f"date {i + 1} in the list, its date read", lambda v, n=i + 1: len(v["dates"]["rows"]) == n and all(d for _, d in v["dates"]["rows"]), 60)
    person.seen["date_rows"] = view["dates"]["rows"]
    person.press("Encode dates…", "encode_dates_button")
    person.wait("the folder dialog", lambda v: v["dialog_class"] == "NewFolderDialog", 30)
    person.key("ctrl+a")
    person.type(str(folders))
    person.key("Return")
    view = person.wait("the dates encoded, the first one's folder loaded", lambda v: v["dates"]["encoded"] and not v["dates"]["running"] and v["loaded"] and "01_" in v["in_use"], 300)
    start, end = view["dates"]["box"]
    person.drag("a box on the first date", start, end)
    person.wait("the box's polygon", lambda v: v["result_polygons"] > 0, 120)
    person.press("Follow", "follow_button", took=lambda v: v["dates"]["running"] or v["dates"]["follows"] == 1)
    view = person.wait("the object on every date", lambda v: v["dates"]["follows"] == 1 and not v["dates"]["running"], 300)
    person.seen["dates_found"] = view["dates"]["found"]
    areas = [view["dates"]["band_area"]]
    person.press("the date slider", "date_slider", took=lambda v: v["dates"]["shown"] == 1)  # a click on the groove: one date on
    areas.append(person.wait("the second date's outline", lambda v: v["dates"]["shown"] == 1 and v["loaded"] and "02_" in v["in_use"] and v["dates"]["band_area"] > 0, 120)["dates"]["band_area"])
    person.key("Right")
    view = person.wait("the third date's outline", lambda v: v["dates"]["shown"] == 2 and v["loaded"] and "03_" in v["in_use"] and v["dates"]["band_area"] > 0, 120)
    areas.append(view["dates"]["band_area"])
    person.seen["date_labels"] = view["dates"]["label"]
    person.seen["date_areas"] = areas
    person.xdotool("mousemove", str(view["dates"]["correction"][0]), str(view["dates"]["correction"][1]))
    time.sleep(0.3)
    person.log.append(f"right click: background on the third date at {view['dates']['correction']}")
    person.xdotool("click", "3")
    person.wait("the correction's answer", lambda v: v["result_polygons"] > 0 or "Nothing" in v["status"], 120)
    person.press("Follow", "follow_button", took=lambda v: v["dates"]["running"] or v["dates"]["follows"] == 2)
    view = person.wait("the dates followed again from the correction", lambda v: v["dates"]["follows"] == 2 and not v["dates"]["running"], 300)
    person.seen["corrections"] = view["dates"]["corrections"]
    person.seen["save_text_dates"] = view["save_text"]
    person.key("s")
    view = person.wait("every date saved", lambda v: v["output_layer"] != "GeoSAM polygons" and v["saved_features"] >= 1, 30)
    person.seen["dates_saved"] = [view["output_layer"], view["saved_features"]]


def drive(person: Person, encoded: Path, dates: list) -> None:
    person.wait("the dock's buttons", lambda v: all(v.get("buttons", {}).get(b) for b in ("encode_button", "new_layer_button", "tool_button", "save_button")), 120)
    person.press("New scratch", "new_layer_button", took=lambda v: v["output_layer"])
    person.press("Encode raster…", "encode_button")
    person.wait("the folder dialog", lambda v: v["dialog_class"] == "NewFolderDialog", 30)  # by its class: its title is translated
    person.key("ctrl+a")
    person.type(str(encoded))
    person.key("Return")
    person.wait("the encode running", lambda v: v["encoding"] or v["loaded"], 30)
    view = person.wait("the encoded folder loaded", lambda v: v["loaded"] and not v["encoding"], 300)
    person.seen["in_use_at_load"] = view["in_use"]  # the header, at once: the checkpoint and the folder named
    view = person.press("Segment", "tool_button", took=lambda v: v["tool_active"])
    person.click("a field on the map", view["canvas_click"])
    person.wait("a polygon under the click", lambda v: v["result_polygons"] > 0, 120)
    person.key("s")
    view = person.wait("the polygon saved", lambda v: v["saved_features"] > 0, 30)
    person.seen["status_after_click_save"] = view["status"]
    # Keep each result: three boxes, each answered, then S saves three polygons.
    saved = view["saved_features"]
    for i, (start, end) in enumerate(view["boxes"]):
        person.drag(f"box {i + 1}", start, end)
        view = person.wait(f"box {i + 1}'s polygon, with {i} kept", lambda v, n=i + 1: v["results_waiting"] == n, 120)
    person.seen["save_text"] = view["save_text"]
    person.key("s")
    view = person.wait("three polygons saved", lambda v: v["saved_features"] == saved + 3 and v["kept"] == 0, 30)
    person.seen["status_after_boxes"] = view["status"]
    person.seen["saved_features"] = view["saved_features"]  # GeoSAM polygons' (6. Dates then saves into a layer of its own)
    follow_dates(person, dates, encoded.parent / "dates_folders")
    # The runtime dialog, from the menu: Raster > GeoSAM > Install dependencies…, read, then Close.
    view = person.wait("the menu bar", lambda v: "raster" in v["menus"], 30)
    person.click("Raster", view["menus"]["raster"])
    view = person.wait("the Raster menu", lambda v: "geosam" in v["menus"], 30)
    person.click("GeoSAM", view["menus"]["geosam"])
    view = person.wait("the GeoSAM menu", lambda v: "install" in v["menus"], 30)
    person.click("Install dependencies…", view["menus"]["install"])
    view = person.wait("the runtime dialog, its torch build checked and the runtime's size measured",
                       lambda v: v["dialog_class"] == "InstallDialog" and v["install_dialog"]["button_enabled"] and v["install_dialog"]["size_measured"], 60)
    person.click("Close", view["install_dialog"]["close"])
    person.wait("the runtime dialog closed", lambda v: not v["dialog"], 30)


def date_rasters(folder: Path) -> list:
    """Three dates of the demo image, named with their dates: as it is, brightened, its content moved 6 rows and 9
    columns (tests/test_follow_dates.py makes the same)."""
    import numpy as np
    import rasterio

    folder.mkdir(parents=True, exist_ok=True)
    with rasterio.open(IMAGE) as src:
        profile, pixels = src.profile, src.read()
    profile.update(compress="deflate", photometric="rgb")
    made = []
    for name, array in (("ortho_2019-06-30.tif", pixels), ("ortho_2021-07-02.tif", np.clip(pixels.astype(int) * 1.2, 0, 255).astype("uint8")),
                        ("ortho_2023-07-05.tif", np.roll(pixels, (6, 9), axis=(1, 2)))):
        if not (folder / name).exists():
            with rasterio.open(folder / name, "w", **profile) as dst:
                dst.write(array)
        made.append(folder / name)
    return made


def run(out: Path, screenshot: Path, size=(1366, 768), timeout: float = 600, lang: str = "") -> dict:
    """lang: the language of the user's system (LANG / LC_ALL), which QGIS and GeoSAM follow, e.g. de; empty: this one's."""
    import rasterio

    from encoder.geo import apply
    from encoder.models.tiny import make_tiny_sam_checkpoint

    out.mkdir(parents=True, exist_ok=True)
    ckpt = out / "tiny_random_sam.pth"
    if not ckpt.exists():
        make_tiny_sam_checkpoint(ckpt)
    encoded = out / "encoded"
    shutil.rmtree(encoded, ignore_errors=True)
    # Not made here: the person types it into the folder dialog as a new name, and the dialog creates it.
    with rasterio.open(IMAGE) as src:
        click = apply(src.transform, 480.5, 180.5)
        boxes = [[apply(src.transform, *corner) for corner in box] for box in (((100, 100), (500, 450)), ((150, 150), (550, 500)), ((60, 80), (460, 420)))]
        date_box = [apply(src.transform, *corner) for corner in ((100, 100), (500, 450))]  # 6. Dates: a box on the first date
        date_correction = apply(src.transform, 300.5, 300.5)  # and a background click on the third
    dates = date_rasters(out / "dates")
    shutil.rmtree(out / "dates_folders", ignore_errors=True)
    profile = out / "qgis-config"
    shutil.rmtree(profile, ignore_errors=True)
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "geo_sam_qgis").symlink_to(ROOT, target_is_directory=True)
    ini = profile_settings_file(profile, qgis_application_name())
    ini.parent.mkdir(parents=True)
    # What the user chose before: the checkpoint in the dock (GeoSAM remembers it), float32 encoding.
    ini.write_text(f"[PythonPlugins]\ngeo_sam_qgis=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n\n[geosam]\ncheckpoint={ckpt}\nbfloat16=false\n")
    paths = {name: out / f"desktop_{name}.json" for name in ("report", "state", "commands")}
    for path in paths.values():
        path.unlink(missing_ok=True)
    job = out / "desktop_job.json"
    job.write_text(json.dumps({"raster": str(IMAGE), "click": list(click), "boxes": [[list(c) for c in box] for box in boxes], "date_box": [list(c) for c in date_box], "date_correction": list(date_correction), "screenshot": str(screenshot), "width": size[0], "height": size[1], **{k: str(v) for k, v in paths.items()}}))
    xvfb, display = start_xvfb(size)
    tmp = out / "tmp"  # QGIS leaves two empty QGIS3-XXXXXX folders in its temp dir each run: here, not in /tmp
    tmp.mkdir(exist_ok=True)
    env = dict(os.environ, DISPLAY=f":{display}", QGIS_CUSTOM_CONFIG_PATH=str(profile), GEOSAM_DESKTOP=str(job), TMPDIR=str(tmp))
    if lang:  # the locale QGIS takes its language from, as on a user's German system
        env.update(LANG=f"{lang}_DE.UTF-8" if lang == "de" else f"{lang}.UTF-8", LC_ALL=f"{lang}_DE.UTF-8" if lang == "de" else f"{lang}.UTF-8")
    env.pop("QT_QPA_PLATFORM", None)
    steps: list[str] = []
    error = None
    try:
        qgis = subprocess.Popen(
            ["qgis", "--noversioncheck", "--nologo", "--code", str(ROOT / "scripts" / "desktop_session.py")],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        person = Person(display, paths["state"], steps)
        try:
            drive(person, encoded, dates)
        except (TimeoutError, subprocess.SubprocessError) as exc:
            error = str(exc)
        paths["commands"].write_text("finish")
        try:
            output, _ = qgis.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            qgis.kill()
            output, _ = qgis.communicate()
    finally:
        xvfb.terminate()
        xvfb.wait()
    (out / "qgis_output.log").write_text(output or "")
    if not paths["report"].exists():
        return {"error": f"QGIS wrote no report; its output ended with:\n{(output or '')[-3000:]}", "person": steps}
    report = json.loads(paths["report"].read_text())
    report["person"] = steps
    report["seen"] = person.seen
    report["encoded_manifest"] = (encoded / "manifest.parquet").exists()
    if error:
        report["error"] = error
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="desktop_out")
    parser.add_argument("--screenshot", default=None)
    parser.add_argument("--size", default="1366x768", help="screen size, e.g. 1366x768 (a common laptop)")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    screenshot = Path(args.screenshot).resolve() if args.screenshot else out / "screenshot.png"
    width, height = (int(v) for v in args.size.lower().split("x"))
    report = run(out, screenshot, (width, height))
    print(json.dumps(report, indent=1))
    view = report.get("view", {})
    ok = not report.get("error") and report.get("encoded_manifest") and view.get("saved_features", 0) > 0 and not report.get("actions_after_unload")
    print(f"screenshot: {screenshot}" if ok else "desktop check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

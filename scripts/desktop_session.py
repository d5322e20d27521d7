"""Runs inside the real QGIS desktop (qgis --code): drives the GeoSAM dock, saves a screenshot, unloads.

Reads GEOSAM_DESKTOP (a JSON file with folder, raster, click, out paths) and writes a report JSON.
"""

import json
import os
import traceback

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction
from qgis.utils import iface, plugins

job = json.load(open(os.environ["GEOSAM_DESKTOP"]))
report = {"steps": []}
state = {"ticks": 0}


def done():
    json.dump(report, open(job["report"], "w"), indent=1)
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, QgsApplication.instance().quit)


def fail(where):
    report["error"] = f"{where}: {traceback.format_exc()}"
    done()


def start():
    try:
        plugin = plugins.get("geo_sam_qgis")
        report["plugin_loaded"] = plugin is not None
        report["provider"] = QgsApplication.processingRegistry().providerById("geosam") is not None
        report["actions"] = sorted(a.objectName() for a in plugin.actions)
        report["menu"] = any(a.menu() is not None and "GeoSAM" in a.menu().title() for a in iface.pluginMenu().actions())
        raster = QgsRasterLayer(job["raster"], "aerial")
        QgsProject.instance().addMapLayer(raster)
        iface.mapCanvas().setExtent(raster.extent())
        plugin.show_dock()
        dock = plugin.dock
        report["messages"] = []
        plugin.controller.message.connect(lambda text, level: report["messages"].append(text))
        dock.folder.setFilePath(job["folder"])
        report["loaded_folder"] = dock.load()
        dock.new_layer()
        dock.tool_button.setChecked(True)
        report["tool_active"] = iface.mapCanvas().mapTool() is plugin.controller.tool
        canvas_crs = iface.mapCanvas().mapSettings().destinationCrs()
        report["canvas_crs"] = canvas_crs.authid()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3857"), canvas_crs, QgsProject.instance())
        point = to_canvas.transform(QgsPointXY(*job["click"]))
        plugin.controller.add_point(point.x(), point.y(), 1)
        report["steps"].append("clicked")
        QTimer.singleShot(100, wait_for_result)
    except Exception:
        fail("start")


def wait_for_result():
    try:
        plugin = plugins.get("geo_sam_qgis")
        state["ticks"] += 1
        if plugin.controller.result is None and state["ticks"] < 300:
            QTimer.singleShot(100, wait_for_result)
            return
        report["result_polygons"] = len(plugin.controller.result.polygons) if plugin.controller.result else 0
        iface.mapCanvas().refresh()
        QTimer.singleShot(1500, screenshot)
    except Exception:
        fail("wait")


def screenshot():
    try:
        plugin = plugins.get("geo_sam_qgis")
        report["screenshot"] = iface.mainWindow().grab().save(job["screenshot"])
        ids = plugin.controller.save()
        report["saved_features"] = plugin.controller.output_layer.featureCount() if ids else 0
        plugin.unload()
        QTimer.singleShot(300, after_unload)
    except Exception:
        fail("screenshot")


def after_unload():
    try:
        left = [a.objectName() for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("geosam")]
        report["actions_after_unload"] = left
        report["provider_after_unload"] = QgsApplication.processingRegistry().providerById("geosam") is not None
        report["dock_after_unload"] = bool([w for w in iface.mainWindow().findChildren(object) if getattr(w, "objectName", lambda: "")() == "GeoSamDock"])
    except Exception:
        fail("unload")
        return
    done()


QTimer.singleShot(2000, start)

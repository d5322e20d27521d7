# SPDX-License-Identifier: GPL-2.0-or-later
"""Runs inside the real QGIS desktop (qgis --code): shows the GeoSAM dock and reports what is on screen.

The person is played by scripts/desktop.py with xdotool: real mouse clicks and key presses on this window.
This script never presses a button itself. Every 150 ms it writes a state file (where the dock's buttons and
the point to click are on the screen, what the dock shows, how many features were saved) and reads a
command file; on "finish" it takes a screenshot of the whole screen, unloads the plugin and quits.
Reads GEOSAM_DESKTOP (a JSON file with raster, click, state, commands, report and screenshot paths).
"""

import json
import os
import traceback

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialogButtonBox, QLabel, QToolButton, QWidget
from qgis.utils import iface, plugins

job = json.load(open(os.environ["GEOSAM_DESKTOP"]))
report = {"steps": [], "messages": []}
state = {"finished": False}


def done():
    json.dump(report, open(job["report"], "w"), indent=1)
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, QgsApplication.instance().quit)


def fail(where):
    report["error"] = f"{where}: {traceback.format_exc()}"
    done()


def centre(widget, viewport) -> list:
    """A widget's centre in screen coordinates, and whether it is inside the dock's scrolled view (None when hidden)."""
    if widget is None or not widget.isVisible():
        return None
    p = widget.mapToGlobal(widget.rect().center())
    top, bottom = viewport.mapToGlobal(viewport.rect().topLeft()).y(), viewport.mapToGlobal(viewport.rect().bottomLeft()).y()
    return [p.x(), p.y(), top + 8 <= p.y() <= bottom - 8]


def start():
    try:
        window = iface.mainWindow()
        window.setGeometry(0, 0, job["width"], job["height"])
        plugin = plugins.get("geo_sam_qgis")
        report["plugin_loaded"] = plugin is not None
        report["provider"] = QgsApplication.processingRegistry().providerById("geosam") is not None
        report["actions"] = sorted(a.objectName() for a in plugin.actions)
        report["menu"] = any(a.menu() is not None and "GeoSAM" in a.menu().title() for a in iface.rasterMenu().actions())  # Raster > GeoSAM
        report["in_plugins_menu"] = any(a.menu() is not None and "GeoSAM" in a.menu().title() for a in iface.pluginMenu().actions())
        report["help_entry"] = [a.text() for a in iface.pluginHelpMenu().actions() if a.objectName() == "geosam_help"]
        raster = QgsRasterLayer(job["raster"], "aerial")
        QgsProject.instance().addMapLayer(raster)
        iface.mapCanvas().setExtent(QgsCoordinateTransform(raster.crs(), iface.mapCanvas().mapSettings().destinationCrs(), QgsProject.instance()).transformBoundingBox(raster.extent()))
        plugin.show_dock()
        plugin.controller.message.connect(lambda text, level: report["messages"].append(text))
        plugin.controller.dates.followed.connect(lambda: report.__setitem__("follows", report.get("follows", 0) + 1))
        QTimer.singleShot(500, tick)
    except Exception:
        fail("start")


def menus() -> dict:
    """Where a person clicks to reach Raster > GeoSAM > Install dependencies…: each step once its menu is open."""
    bar = iface.mainWindow().menuBar()
    raster = iface.rasterMenu()
    spots = {"raster": bar.mapToGlobal(bar.actionGeometry(raster.menuAction()).center())}
    geosam = next((a for a in raster.actions() if a.menu() is not None and "GeoSAM" in a.menu().title()), None)
    if raster.isVisible() and geosam is not None:
        spots["geosam"] = raster.mapToGlobal(raster.actionGeometry(geosam).center())
        submenu = geosam.menu()
        install = next((a for a in submenu.actions() if a.objectName() == "geosam_install"), None)
        if submenu.isVisible() and install is not None:
            spots["install"] = submenu.mapToGlobal(submenu.actionGeometry(install).center())
    return {name: [p.x(), p.y()] for name, p in spots.items()}


def tick():
    """Tell the driver what is on screen; act on its commands."""
    if state["finished"]:
        return
    try:
        plugin = plugins.get("geo_sam_qgis")
        dock, controller, canvas = plugin.dock, plugin.controller, iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3857"), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        pixel = canvas.getCoordinateTransform().transform(to_canvas.transform(QgsPointXY(*job["click"])))
        click = canvas.mapToGlobal(QPoint(round(pixel.x()), round(pixel.y())))

        def on_screen(x, y) -> list:
            p = canvas.getCoordinateTransform().transform(to_canvas.transform(QgsPointXY(x, y)))
            g = canvas.mapToGlobal(QPoint(round(p.x()), round(p.y())))
            return [g.x(), g.y()]

        prompts = controller.prompts
        modal = QApplication.activeModalWidget()
        layer = controller.outputs.output_layer
        view = {
            "buttons": {name: centre(getattr(dock, name), dock.scroll.viewport()) for name in ("encode_button", "new_layer_button", "tool_button", "save_button", "load_button",
                                                                                               "add_date_file_button", "encode_dates_button", "follow_button", "date_slider")},
            "dock_view": centre(dock.scroll.viewport(), dock.scroll.viewport()),
            "dock_scrollbar": centre(dock.scroll.verticalScrollBar(), dock.scroll.viewport()),
            "canvas_click": [click.x(), click.y()],
            "dialog": modal.windowTitle() if modal is not None else "",
            "dialog_class": modal.metaObject().className() if modal is not None else "",
            "encoding": controller.tasks.encoding,
            "loaded": controller.session.engine is not None,
            "tool_active": canvas.mapTool() is controller.tool,
            "result_polygons": len(controller.prompts.result.polygons) if controller.prompts.result else 0,
            "output_layer": layer.name() if layer is not None else "",
            "saved_features": layer.featureCount() if layer is not None else 0,
            "status": dock.status.text(),
            "in_use": dock.in_use.text(),
            "progress_visible": dock.progress.isVisible(),
            "canvas_crs": canvas.mapSettings().destinationCrs().authid(),
            "boxes": [[on_screen(*corner) for corner in box] for box in job["boxes"]],
            "kept": len(prompts.history.kept) if prompts.history is not None else 0,
            "results_waiting": len(prompts.results()),
            "save_text": dock.save_button.text(),
            "progress_text": dock.progress_label.text() if dock.progress_label.isVisible() else "",
            "progress_in_bar": dock.progress.isTextVisible(),
        }
        if view["progress_visible"] and view["progress_text"] and not report.get("progress_shot"):  # the progress line, as shown
            report["progress_shot"] = dock.grab().save(job["screenshot"].replace(".png", "_progress.png"))
            report["progress_seen"] = [view["progress_text"], view["progress_in_bar"], dock.progress_label.wordWrap()]  # a line that wraps, never cut
        dates = controller.dates
        group = dock.follow_button.parentWidget()  # 6. Dates, a QgsCollapsibleGroupBox: its title's arrow opens it
        view["buttons"]["dates_group"] = centre(group.findChild(QToolButton), dock.scroll.viewport())  # its only tool button: the collapse arrow
        view["dates"] = {
            "open": not group.isCollapsed(), "rows": [[row.name, row.date] for row in dates.rows], "encoded": dates.encoded is not None, "running": dates.running,
            "shown": dates.shown, "label": dock.date_label.text(), "found": [a.get("found") for _, a in dates.outlines], "follows": report.get("follows", 0),
            "band_area": dates.band.asGeometry().area() if dates.band.numberOfVertices() else 0.0, "corrections": list(dates.corrections),
            "box": [on_screen(*corner) for corner in job["date_box"]], "correction": on_screen(*job["date_correction"]),
        }
        view["menus"] = menus()
        if modal is not None and modal.metaObject().className() == "InstallDialog":  # what the runtime dialog shows
            close = modal.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
            view["install_dialog"] = {
                "intro": modal.findChildren(QLabel)[0].text(), "torch": modal.torch_label.text(), "button": modal.install_button.text(),
                "size_measured": modal.size_text != modal.tr("measuring…"),  # in any language
                "button_enabled": modal.install_button.isEnabled(), "remove_visible": modal.remove_button.isVisible(),
                "close": [close.mapToGlobal(close.rect().center()).x(), close.mapToGlobal(close.rect().center()).y()],
            }
            report["install_dialog"] = view["install_dialog"]
        report["view"] = view
        report["saw_progress"] = report.get("saw_progress", False) or view["progress_visible"]
        with open(job["state"] + ".tmp", "w") as fh:
            json.dump(view, fh)
        os.replace(job["state"] + ".tmp", job["state"])
        command = open(job["commands"]).read().strip() if os.path.exists(job["commands"]) else ""
        if command == "finish":
            state["finished"] = True
            QTimer.singleShot(300, finish)
            return
        QTimer.singleShot(150, tick)
    except Exception:
        fail("tick")


def finish():
    try:
        plugin = plugins.get("geo_sam_qgis")
        iface.mapCanvas().refresh()
        report["screenshot"] = QGuiApplication.primaryScreen().grabWindow(0).save(job["screenshot"])
        report["dock_size"] = [plugin.dock.width(), plugin.dock.height()]
        # Buttons and check boxes narrower than their text (Qt clips a button's text, it does not elide it): a push
        # button needs its text and its style's margins; a check box its size hint (box, gap, text).
        from qgis.PyQt.QtWidgets import QAbstractButton, QCheckBox, QStyle

        def needs(w) -> int:
            if isinstance(w, QCheckBox):
                return w.sizeHint().width()
            text = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) + 4
            return min(text, w.sizeHint().width())  # the style's own size hint shows the text whole (it may add a floor)

        def clipped() -> list:
            return [f"{w.text()} {w.width()}<{needs(w)} (size hint {w.sizeHint().width()}, dock {plugin.dock.width()}, viewport {plugin.dock.scroll.viewport().width()})"
                    for w in plugin.dock.findChildren(QAbstractButton) if w.isVisible() and w.text() and w.width() < needs(w)]

        def past_viewport() -> list:
            """Widgets of the dock's scrolled part whose right edge runs under its scroll bar (or past its edge)."""
            viewport = plugin.dock.scroll.viewport()
            body = plugin.dock.scroll.widget()
            return [f"{w.metaObject().className()} {getattr(w, 'text', lambda: '')() or w.objectName()} {w.mapTo(viewport, QPoint(w.width(), 0)).x()}>{viewport.width()}"
                    for w in body.findChildren(QWidget) if w.isVisible() and w.mapTo(viewport, QPoint(w.width(), 0)).x() > viewport.width() + 1]

        report["clipped"] = clipped()
        report["past_viewport"] = past_viewport()
        report["viewport_width"] = plugin.dock.scroll.viewport().width()
        # A narrow dock (QGIS gives about 300 px): it wraps and scrolls up and down, nothing runs past its edge.
        iface.mainWindow().resizeDocks([plugin.dock], [300], Qt.Orientation.Horizontal)
        for _ in range(5):
            QApplication.processEvents()
        report["dock_300"] = {"width": plugin.dock.width(), "clipped": clipped(), "past_viewport": past_viewport()}
        report["screenshot_300"] = plugin.dock.grab().save(job["screenshot"].replace(".png", "_dock300.png"))
        report["window_size"] = [iface.mainWindow().width(), iface.mainWindow().height()]
        plugin.unload()
        QTimer.singleShot(300, after_unload)
    except Exception:
        fail("finish")


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

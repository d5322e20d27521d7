# SPDX-License-Identifier: GPL-2.0-or-later
"""Translations: QGIS started in another language shows the dock in that language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import PLUGIN_NAME, ROOT

SESSION = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
from qgis.gui import QgsMapCanvas
if len(sys.argv) > 3:
    QgsApplication.setTranslation(sys.argv[3])  # what `qgis --lang de` does before QGIS starts
app = QgsApplication([], True)
app.initQgis()
import importlib
plugin = importlib.import_module(sys.argv[2]).classFactory(None)   # loads the translator, as in QGIS
controller_module = importlib.import_module(sys.argv[2] + ".geo_sam_plugin.dock.controller")
dock_module = importlib.import_module(sys.argv[2] + ".ui.dock")
canvas = QgsMapCanvas()
controller = controller_module.SegmentController(canvas)
dock = dock_module.GeoSamDock(controller)
said = []
controller.message.connect(lambda text, level: said.append(text))
controller.save()  # nothing to save yet: the output layers' own message, in their translation context
plugin.initProcessing()
algorithm = QgsApplication.processingRegistry().algorithmById("geosam:segmentprompts")
print(json.dumps({"locale": QgsApplication.locale(), "load": dock.load_button.text(), "save": dock.save_button.text(), "in_use": dock.in_use.text(),
                  "message": said[-1], "algorithm": algorithm.displayName(), "group": algorithm.group(),
                  "parameter": algorithm.parameterDefinition("BOXES").description(), "help": algorithm.shortHelpString(), "help_url": algorithm.helpUrl(),
                  "log": algorithm.tr("{0} polygons from {1} prompt objects.").format(3, 2),
                  "plugin_file": sys.modules[sys.argv[2]].__file__}))
plugin.unload()
"""


@pytest.mark.parametrize(
    "lang, load, save, algorithm, help_text, log",
    [("de_DE", "Ordner laden", "Speichern (S)", "Aus Eingabelayern segmentieren", "Macht aus Punkt- und Rechteck-Eingaben Polygone", "3 Polygone aus 2 Eingabe-Objekten."),
     ("fr_FR", "Charger le dossier", "Enregistrer (S)", "Segmenter à partir de couches d'invites", "Transforme des points et des rectangles", "3 polygones à partir de 2 objets."),
     ("es_ES", "Cargar carpeta", "Guardar (S)", "Segmentar desde capas de indicaciones", "Convierte puntos y rectángulos", "3 polígonos a partir de 2 objetos."),
     ("pt_PT", "Carregar pasta", "Guardar (S)", "Segmentar a partir de camadas de indicações", "Transforma pontos e retângulos", "3 polígonos a partir de 2 objetos."),
     ("zh_CN", "加载文件夹", "保存 (S)", "根据提示图层分割", "使用“编码栅格”生成的特征文件夹", "由 2 个提示对象得到 3 个多边形。"),
     ("en_US", "Load folder", "Save (S)", "Segment from prompt layers", "Turns point and box prompts into polygons", "3 polygons from 2 prompt objects.")],
)
def test_the_dock_and_processing_speak_the_language_qgis_runs_in(plugins_dir, lang, load, save, algorithm, help_text, log):
    assert (ROOT / "i18n" / "geosam_de.qm").is_file(), "make setup builds the .qm files"
    env = dict(os.environ, LANG=f"{lang}.UTF-8", LC_ALL=f"{lang}.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SESSION, str(plugins_dir), PLUGIN_NAME], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert shown["locale"].startswith(lang[:2])
    assert (shown["load"], shown["save"], shown["algorithm"]) == (load, save, algorithm)
    assert (shown["group"] == "Segment") == (lang == "en_US") and (shown["parameter"] == "Box prompts") == (lang == "en_US")
    # The algorithm's help and its log lines (in the algorithm class's own translation context).
    assert shown["help"].startswith(help_text) and shown["log"] == log
    assert shown["help_url"].startswith("https://")
    assert (shown["message"] == "Nothing to save: click on an object first.") == (lang == "en_US")
    if lang != "en_US":
        assert shown["in_use"] != "Nothing loaded: load a feature folder, or encode or go live on a raster." and shown["message"] != "Nothing to save: click on an object first."


def test_qgis_started_with_lang_de_shows_the_dock_in_german(plugins_dir):
    """`qgis --lang de` on an English system: QGIS is German, and so is GeoSAM (it stayed English)."""
    env = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", SESSION, str(plugins_dir), PLUGIN_NAME, "de"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    shown = json.loads(out.stdout.strip().splitlines()[-1])
    assert (shown["load"], shown["algorithm"]) == ("Ordner laden", "Aus Eingabelayern segmentieren")

# SPDX-License-Identifier: GPL-2.0-or-later
"""Stage 6: the plugin's start in QGIS (load + initGui + provider), without torch."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from .common import ROOT, row

START_SCRIPT = """
import sys, time
sys.path.append('/usr/share/qgis/python/plugins')
sys.path.insert(0, {plugins!r})
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
t = time.perf_counter()
import geo_sam_qgis
plugin = geo_sam_qgis.classFactory(None)
plugin.initGui()
print(time.perf_counter() - t, 'torch' in sys.modules)
plugin.unload()
"""


def bench_plugin_start(work: Path, repeat: int) -> None:
    plugins = work / "plugins"
    plugins.mkdir(exist_ok=True)
    link = plugins / "geo_sam_qgis"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    times, torch_loaded = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", START_SCRIPT.format(plugins=str(plugins))], capture_output=True, text=True, check=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(work / "start-profile"), TMPDIR=str(work))).stdout.split()
        times.append(float(out[0]))
        torch_loaded.append(out[1] == "True")
    med = statistics.median(times)
    row("6 start", "plugin load + initGui + provider (median)", med, unit="s", target="<= 0.3 s, no torch", met=med <= 0.3 and not any(torch_loaded))

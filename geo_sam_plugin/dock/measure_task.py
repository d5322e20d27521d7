# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's Measure: the image encoder's speed in float32 and bfloat16 on this machine, as a QGIS task."""

from __future__ import annotations

import json
import os

from qgis.core import QgsSettings

from .worker_task import WorkerTask

SETTINGS_KEY = "geosam/measured/"


def measured_key(checkpoint: str, device: str | None) -> str:
    """Where a measurement is kept: per checkpoint file and per device choice (automatic, cpu, cuda, mps)."""
    return f"{SETTINGS_KEY}{os.path.basename(checkpoint)}|{device or 'auto'}"


def read_measured(checkpoint: str, device: str | None) -> dict | None:
    """The last measurement for this checkpoint and device choice: {'variant', 'device', 'seconds': {precision: s}, ...}."""
    if not checkpoint:
        return None
    text = QgsSettings().value(measured_key(checkpoint, device), "", str)
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


class MeasureTask(WorkerTask):
    """Asks the worker to time one chip of the checkpoint's encoder in each precision; on_finished(ok, message, result)
    runs on the GUI thread, after the result is kept in QGIS's settings (read_measured)."""

    failure = "Measuring failed unexpectedly"

    def __init__(self, checkpoint: str, device: str | None, on_finished=None) -> None:
        super().__init__(f"GeoSAM: measuring the encoder's speed ({os.path.basename(checkpoint)})", on_finished)
        self.checkpoint, self.device = checkpoint, device

    def work(self) -> dict:
        from ..engine.api import EngineApi

        measured = self.ask(EngineApi().measure, checkpoint=self.checkpoint, device=self.device, precisions=["float32", "bfloat16"])
        return measured.to_wire()  # kept as JSON in QGIS's settings

    def done(self, ok: bool) -> None:
        if ok:
            QgsSettings().setValue(measured_key(self.checkpoint, self.device), json.dumps(self.result))
        else:
            self.result = {}

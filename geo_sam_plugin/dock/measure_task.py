# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's Measure: the image encoder's speed in float32 and bfloat16 on this machine, as a QGIS task."""

from __future__ import annotations

import json
import os

from qgis.core import QgsSettings, QgsTask

from .encode_task import RUNNING_TASKS, ask_worker

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


class MeasureTask(QgsTask):
    """Asks the worker to time one chip of the checkpoint's encoder in each precision; on_finished(ok, message, result)
    runs on the GUI thread. Keeps itself alive until finished(), as EncodeTask does."""

    def __init__(self, checkpoint: str, device: str | None, on_finished=None) -> None:
        super().__init__(f"GeoSAM: measuring the encoder's speed ({os.path.basename(checkpoint)})", QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        self.checkpoint, self.device = checkpoint, device
        self.on_finished = on_finished
        self.result: dict = {}
        self.message = ""

    def run(self) -> bool:  # task thread: no GUI calls here
        from ..engine.api import EngineApi

        measured = ask_worker(self, lambda **options: EngineApi().measure(self.checkpoint, self.device, ["float32", "bfloat16"], **options), "Measuring failed unexpectedly")
        if measured is None:
            return False
        self.result = measured.to_wire()  # kept as JSON in QGIS's settings
        return True

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if ok:
            QgsSettings().setValue(measured_key(self.checkpoint, self.device), json.dumps(self.result))
        if self.on_finished is not None:
            self.on_finished(ok, self.message, self.result)

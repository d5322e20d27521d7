# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's Measure: the image encoder's speed in each precision on this machine and the accuracy gate of bfloat16 and
int8 on the Source raster (encoder/encode/gate.py, in the worker), as a QGIS task; which precisions the dock offers."""

from __future__ import annotations

import json
import os

from qgis.core import QgsSettings

from ...encoder.defaults import OPENVINO_DEVICE_PREFIX
from .worker_task import WorkerTask

SETTINGS_KEY = "geosam/measured/"


def measured_key(checkpoint: str, device: str | None) -> str:
    """Where a measurement is kept: per checkpoint file and per device choice (automatic, cpu, cuda, mps, openvino:GPU)."""
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


def precision_states(result: dict | None, device: str | None) -> dict:
    """{precision: reason it is not offered, or "" where it is} for the dock's precision box, from the last Measure:
    float16 wants a GPU; on a CPU (or an automatic device that Measure found to be the CPU) bfloat16 is hidden where
    its gate failed and int8 unless its gate passed; a precision the device refused is hidden with its reason."""
    from qgis.PyQt.QtCore import QCoreApplication

    states = {"float32": "", "bfloat16": "", "int8": "", "float16": ""}
    intel_gpu = str(device or "").startswith(OPENVINO_DEVICE_PREFIX)
    on_cpu = device == "cpu" or bool(result and str(result.get("device", "")).startswith("CPU"))
    if intel_gpu:  # OpenVINO's GPU plugin: float32, float16 and int8, each behind the gate (as the CPU's)
        states["bfloat16"] = QCoreApplication.translate("MeasureTask", "An Intel GPU computes in float32, float16 or int8.")
        on_cpu = True
    elif on_cpu or device == "mps":
        states["float16"] = QCoreApplication.translate("MeasureTask", "float16 needs a CUDA GPU.")
    if device in ("cuda", "mps"):
        states["int8"] = QCoreApplication.translate("MeasureTask", "int8 runs on the CPU only.")
    elif not (result or {}).get("accuracy", {}).get("int8"):
        states["int8"] = QCoreApplication.translate("MeasureTask", "Measure with a raster in Source first: int8 is calibrated on it and checked against float32.")
    for precision, reason in ((result or {}).get("refused") or {}).items():
        if precision in states:
            states[precision] = reason
    for precision, check in ((result or {}).get("accuracy") or {}).items():
        if precision in states and not check.get("passed") and on_cpu:
            states[precision] = QCoreApplication.translate("MeasureTask", "Failed the accuracy gate: {0}").format(check.get("reason", ""))
    return states


class MeasureTask(WorkerTask):
    """Asks the worker to time one chip of the checkpoint's encoder in each precision (and with a raster to run the
    accuracy gate); on_finished(ok, message, result)
    runs on the GUI thread, after the result is kept in QGIS's settings (read_measured)."""

    failure = "Measuring failed unexpectedly"

    def __init__(self, checkpoint: str, device: str | None, raster: str | None = None, on_finished=None) -> None:
        super().__init__(f"GeoSAM: measuring the encoder ({os.path.basename(checkpoint)})", on_finished)
        self.checkpoint, self.device, self.raster = checkpoint, device, raster

    def work(self) -> dict:
        from ..engine.api import EngineApi

        measured = self.ask(EngineApi().measure, checkpoint=self.checkpoint, device=self.device, precisions=None, raster=self.raster)
        return measured.to_wire()  # kept as JSON in QGIS's settings

    def done(self, ok: bool) -> None:
        if ok:
            QgsSettings().setValue(measured_key(self.checkpoint, self.device), json.dumps(self.result))
            for device, report in (self.result.get("devices") or {}).items():  # each Intel GPU, as if measured on its own
                QgsSettings().setValue(measured_key(self.checkpoint, device), json.dumps(report))
        else:
            self.result = {}


def offered_gpus(checkpoint: str) -> dict:
    """The Intel GPUs (OpenVINO) the Device box offers for this checkpoint: those Measure found (measuring on the CPU
    or the automatic device) where a precision passed the accuracy gate; {device: its name}."""
    offered = {}
    for device in ("cpu", None):
        for gpu, report in ((read_measured(checkpoint, device) or {}).get("devices") or {}).items():
            if any(check.get("passed") for check in (report.get("accuracy") or {}).values()):
                offered[gpu] = report.get("device", gpu)
    return offered

# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's long work in QGIS's task manager: encoding a raster, a SAM 3 text / example search, Measure. One part
of the dock's controller (dock/controller.py wires it)."""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal

from ...encoder.fields import CONCEPT
from .. import field_types
from ..engine_crs import folder_crs, wkb_geometry
from .off_thread import off_gui_thread
from .session import EngineSession


class BackgroundTasks(QObject):
    """encode, measure_speed and find_text as tasks (encode_task, measure_task, concept_task: the one running of each
    kind; worker_task.RUNNING_TASKS keeps them alive until they end). encoded(folder) when an encode finished."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    busy = pyqtSignal(str, float)
    changed = pyqtSignal()
    encoded = pyqtSignal(str)  # the folder an encode finished

    def __init__(self, session: EngineSession) -> None:
        super().__init__()
        self.session = session
        self.encode_task = None  # EncodeTask
        self.measure_task = None  # MeasureTask (the dock's Measure)
        self.concept_task = None  # ConceptTask (a text or example search)
        self.text_checking = False  # a text search is being checked by the worker before its task starts

    @property
    def encoding(self) -> bool:
        return self.encode_task is not None

    def encode(self, raster_path: str, checkpoint: str, output_dir: str, **builder_kwargs):
        """Encode in QGIS's task manager (progress bar, cancel); the folder loads when the task finishes.

        A second encode while one runs is refused. Returns the task, or None when refused.
        """
        from .encode_task import EncodeTask

        if self.encode_task is not None:
            self.message.emit(self.tr("An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right)."), Qgis.MessageLevel.Warning)
            return None

        def done(ok: bool, text: str, folder: str) -> None:
            self.encode_task = None
            self.busy.emit("", 0.0)
            if ok:
                self.message.emit(self.tr("Encoded: {0}.").format(text), Qgis.MessageLevel.Success)
                self.encoded.emit(folder)
            else:
                self.message.emit(text, Qgis.MessageLevel.Warning)
            self.changed.emit()

        task = EncodeTask(raster_path, checkpoint, output_dir, on_finished=done, **builder_kwargs)
        name = os.path.basename(raster_path)
        task.progressChanged.connect(lambda percent: self.busy.emit(self.tr("Encoding {0}").format(name), percent if percent > 0 else -1.0))
        self.encode_task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(self.tr("Encoding {0}: loading the model and reading the first chip").format(name), -1.0)
        self.message.emit(self.tr("Encoding {0} into {1} in the background (task manager, bottom right: progress and cancel).").format(raster_path, output_dir), Qgis.MessageLevel.Info)
        self.changed.emit()
        return task

    def measure_speed(self, checkpoint: str, device: str | None, raster: str | None = None):
        """The encoder's seconds per chip in each precision on this machine and, with a raster (a file), the accuracy
        gate of bfloat16 and int8 on its chips, in QGIS's task manager; kept in the settings (the dock's precision
        hint and box show it). Returns the task, or None when refused."""
        from .measure_task import MeasureTask

        if not checkpoint or not os.path.isfile(checkpoint):
            self.message.emit(self.tr("Choose a checkpoint first: Measure times its image encoder on this machine."), Qgis.MessageLevel.Warning)
            return None
        if self.measure_task is not None:
            self.message.emit(self.tr("Measuring is already running: wait for it, or cancel it in the task manager."), Qgis.MessageLevel.Warning)
            return None

        def done(ok: bool, text: str, result: dict) -> None:
            self.measure_task = None
            self.busy.emit("", 0.0)
            if ok:
                self.message.emit(self.tr("Measured: {0}").format(measured_text(result)), Qgis.MessageLevel.Success)
            else:
                self.message.emit(text, Qgis.MessageLevel.Warning)
            self.changed.emit()

        task = MeasureTask(checkpoint, device, raster, on_finished=done)
        self.measure_task = task
        QgsApplication.taskManager().addTask(task)
        if raster:
            self.busy.emit(self.tr("Measuring the encoder in each precision and checking it on chips of {0} (the first time converts it for OpenVINO: a minute or more)").format(os.path.basename(raster)), -1.0)
        else:
            self.busy.emit(self.tr("Measuring the encoder: one chip in each precision (choose a raster in Source to check accuracy too)"), -1.0)
        self.changed.emit()
        return task

    def find_text(self, text: str, threshold: float, examples: list | None = None, examples_crs: str | None = None):
        """Every instance of a concept in the loaded SAM 3 folder, in QGIS's task manager; the polygons go to a new
        layer named after the concept (an empty one, and a message, when nothing matches). The worker checks the
        prompt and the folder's model first, off the GUI thread; the task (concept_task) starts after that, or the
        message says why not. Returns None (`searching` tells whether it goes on).

        examples: boxes drawn on the map, in examples_crs ("more like this one"); the text may then be empty."""
        from ..engine.client import EngineError

        if self.session.view_session:  # live too, but its folder is on its way: say so, not "load a folder"
            self.message.emit(self.tr("Text prompts search a finished feature folder: when Encode from view… is complete, load its folder, then Find all."), Qgis.MessageLevel.Warning)
            return None
        if self.session.engine is None or self.session.live:
            self.message.emit(self.tr("Load a feature folder encoded with SAM 3 first: text prompts search cached features."), Qgis.MessageLevel.Warning)
            return None
        if self.concept_task is not None:
            self.message.emit(self.tr("A text search is already running: wait for it, or cancel it in the task manager."), Qgis.MessageLevel.Warning)
            return None
        if self.text_checking:
            return None  # the search asked for a moment ago is being checked
        engine = self.session.engine
        self.text_checking = True

        def checked(answer, error) -> None:  # the prompt and the folder's model checked by the worker, off the GUI thread
            self.text_checking = False
            if engine is not self.session.engine:
                return  # another folder was loaded meanwhile
            if error is not None:
                self.message.emit(str(error) if isinstance(error, EngineError) else f"The text search could not start: {error}", Qgis.MessageLevel.Warning)
                self.changed.emit()
                return
            self._start_text_task(answer.text, answer.concept, threshold, examples, examples_crs)

        off_gui_thread(lambda: engine.check_text(text, examples), checked, "GeoSAM check text")
        return None

    @property
    def searching(self) -> bool:
        """A text search is being checked or runs."""
        return self.text_checking or self.concept_task is not None

    def _start_text_task(self, text_concept: str, concept: str, threshold: float, examples, examples_crs):
        """The checked text search as a task in QGIS's task manager."""
        from .concept_task import ConceptTask

        folder_text = self.session.source_text
        crs = folder_crs(self.session.engine)

        def done(ok: bool, message: str, found: list) -> None:
            self.concept_task = None
            self.busy.emit("", 0.0)
            if not ok:
                self.message.emit(message, Qgis.MessageLevel.Warning)
                return
            layer = self.concept_layer(concept, crs, found)
            if layer is None:  # said why
                return
            if found:
                self.message.emit(self.tr("Found {0} '{1}' in {2}: layer '{3}'.").format(len(found), concept, folder_text, layer.name()), Qgis.MessageLevel.Success)
            else:
                self.message.emit(
                    self.tr("No '{0}' found with a score of {1:g} or more: the layer '{2}' is empty. Lower the threshold to see weaker matches.").format(concept, threshold, layer.name()),
                    Qgis.MessageLevel.Info,
                )

        task = ConceptTask(
            self.session.engine.folder_path, self.session.checkpoint_path or None, text_concept or "", threshold, on_finished=done,
            examples=examples, examples_crs=examples_crs, concept=concept,
        )
        task.progressChanged.connect(lambda percent: self.busy.emit(self.tr("Finding '{0}'").format(concept), percent if percent > 0 else -1.0))
        self.concept_task = task
        QgsApplication.taskManager().addTask(task)
        self.busy.emit(self.tr("Finding '{0}': loading SAM 3").format(concept), -1.0)
        return task

    def concept_layer(self, concept: str, crs, found: list) -> QgsVectorLayer | None:
        """A scratch layer in the folder's CRS with the polygons found for a concept, added to the project."""
        layer = QgsVectorLayer(field_types.memory_layer_uri(crs.authid() if crs.isValid() else self.session.engine.crs, CONCEPT), f"GeoSAM: {concept}", "memory")
        features = [field_types.to_feature(layer.fields(), wkb_geometry(polygon), attributes) for polygon, attributes in found]
        ok, _ = layer.dataProvider().addFeatures(features)
        if not ok or QgsProject.instance().addMapLayer(layer) is None:
            reason = layer.dataProvider().lastError() or self.tr("QGIS refused the layer")
            self.message.emit(self.tr("Could not add the polygons found for '{0}' to the project: {1}.").format(concept, reason), Qgis.MessageLevel.Critical)
            return None
        layer.updateExtents()
        return layer

    def unload(self) -> None:
        """The encode and Measure stop (the finished chips stay: the same encode resumes later)."""
        for name in ("encode_task", "measure_task"):
            task = getattr(self, name)
            if task is not None:
                task.on_finished = None
                task.cancel()
                setattr(self, name, None)


def measured_text(result: dict | None) -> str:
    """What Measure found, in one paragraph: float32's seconds per chip, then each other precision's with its speed-up,
    its engine and the accuracy gate's verdict (or why it cannot run here)."""
    if not result:
        return QCoreApplication.translate("BackgroundTasks", "Not measured yet: Measure times one chip in each precision and, with a raster in Source, checks bfloat16 and int8 against float32.")
    seconds = result.get("seconds", {})
    base = seconds.get("float32")
    if base is None:
        return QCoreApplication.translate("BackgroundTasks", "Not measured: {0}").format("; ".join(result.get("refused", {}).values()))
    parts = [QCoreApplication.translate("BackgroundTasks", "{0} on {1}: float32 {2:.2f} s a chip").format(result.get("variant", ""), result.get("device", ""), base)]
    for precision, value in seconds.items():
        if precision == "float32":
            continue
        part = QCoreApplication.translate("BackgroundTasks", "{0} {1:.2f} s ({2:.2f}x as fast, {3})").format(precision, value, base / value, result.get("engines", {}).get(precision, "torch"))
        check = result.get("accuracy", {}).get(precision)
        if check and check.get("median") is not None:
            verdict = (QCoreApplication.translate("BackgroundTasks", "passed the accuracy gate") if check.get("passed")
                       else QCoreApplication.translate("BackgroundTasks", "failed the accuracy gate"))
            part += QCoreApplication.translate("BackgroundTasks", ", {0} (IoU median {1:.3f}, worst {2:.3f})").format(verdict, check["median"], check["worst"])
        elif check:
            part += ", " + check.get("reason", "")
        parts.append(part)
    refused = result.get("refused", {})
    parts += [QCoreApplication.translate("BackgroundTasks", "{0} cannot run here ({1})").format(p, why) for p, why in refused.items() if p != "float32"]
    # The Intel GPUs measured with the CPU (OpenVINO), each in the same words, float32 there held to the CPU's too.
    return " ".join(["; ".join(parts) + "."] + [measured_text(other) for other in (result.get("devices") or {}).values()])

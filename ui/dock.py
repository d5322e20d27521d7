# SPDX-License-Identifier: GPL-2.0-or-later
"""The GeoSAM dock: model -> source (folder, encode, or live raster) -> prompts -> output -> options.

Widgets, and what only the dock knows: which checkpoint to try when a folder loads (the remembered one, the one in
1. Model, then asking), the output folder's check by the worker (off the GUI thread) before an encode starts, and
model downloads. Segmenting, encoding and saving are calls on the SegmentController. File dialogs are injectable so
tests drive the real buttons without a modal dialog.
"""

from __future__ import annotations

import hashlib
import os

from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QPushButton,
)

from ..encoder.defaults import OPENVINO_DEVICE_PREFIX
from ..geo_sam_plugin.dock.background import measured_text
from ..geo_sam_plugin.dock.measure_task import offered_gpus, precision_states, read_measured
from ..geo_sam_plugin.layer_source import raster_path
from .dock_sections import SETTINGS, DockWidgets

MAX_RECENT = 10


def _folder_key(folder: str) -> str:
    return SETTINGS + "checkpoints/" + hashlib.sha1(folder.encode()).hexdigest()[:16]


def ask_checkpoint(parent) -> str:
    title = QCoreApplication.translate("GeoSamDock", "The checkpoint this folder was encoded with")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", QCoreApplication.translate("GeoSamDock", "Checkpoints (*.pth *.pt)"))
    return path


def ask_raster_file(parent) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("GeoSamDock", "A raster of the same place on another date"), "",
                                          QCoreApplication.translate("GeoSamDock", "Rasters (*.tif *.tiff *.jp2 *.img *.vrt);;All files (*)"))
    return path


def ask_save_path(parent, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("GeoSamDock", "New output layer"), "", file_filter)
    return path


class NewFolderDialog(QFileDialog):
    """Qt's folder dialog that also takes a folder typed as a new name, and creates it: QFileDialog in Directory
    mode (and the platforms' native folder pickers) refuse a folder that does not exist with "Directory not found",
    while an encode goes into an empty or new folder. Qt's own dialog on every platform, so the new name works."""

    def __init__(self, parent, title: str, start_dir: str) -> None:
        super().__init__(parent, title, start_dir)
        self.setFileMode(QFileDialog.FileMode.Directory)
        self.setOption(QFileDialog.Option.ShowDirsOnly, True)
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if chosen and not os.path.exists(chosen[0]):
            try:
                os.makedirs(chosen[0])
            except OSError as exc:
                QMessageBox.warning(self, self.windowTitle(), QCoreApplication.translate("GeoSamDock", "Cannot create the folder {0}: {1}. Choose a folder you can write to.")
                                    .format(chosen[0], exc.strerror or exc))
                return
        super().accept()


def _beside(path: str) -> str:
    """Where a folder dialog opens for an encode of path: its folder, else the project's."""
    return os.path.dirname(path) if path and os.path.isdir(os.path.dirname(path)) else QgsProject.instance().homePath()


def ask_encode_folder(parent, start_dir: str) -> str:
    """The folder an encode goes into: an existing one (empty, or the same encode to resume) or a new name, created."""
    title = QCoreApplication.translate("GeoSamDock", "Feature folder for the encode (empty or new, or the same encode to resume)")
    dialog = NewFolderDialog(parent, title, start_dir)
    if not dialog.exec():
        return ""
    return dialog.selectedFiles()[0] if dialog.selectedFiles() else ""


class GeoSamDock(QgsDockWidget, DockWidgets):
    """The dock's widgets; segmenting, encoding and saving are calls on the SegmentController (module docstring)."""

    def __init__(self, controller, parent=None, ask_checkpoint=ask_checkpoint, ask_save_path=ask_save_path, ask_encode_folder=ask_encode_folder,
                 ask_raster_file=ask_raster_file) -> None:
        super().__init__(QCoreApplication.translate("GeoSamDock", "GeoSAM"), parent)
        self.setObjectName("GeoSamDock")
        self.controller = controller
        self.ask_checkpoint = ask_checkpoint
        self.ask_save_path = ask_save_path
        self.ask_encode_folder = ask_encode_folder
        self.ask_raster_file = ask_raster_file
        self.checking_output = False  # Encode raster…: the worker is checking the folder chosen
        settings = QgsSettings()

        self.build_widgets(settings)

        # Buttons hand the keyboard back to the canvas, so S, Ctrl+Z and Esc keep working after a press.
        self._connect(self.download_button, self.download_or_cancel)
        self.model_box.activated.connect(lambda _i: self.use_model())
        self._connect(self.load_button, self.load)
        self._connect(self.zoom_button, self.zoom_to_folder)
        self._connect(self.encode_button, self.encode)
        self._connect(self.live_button, self.load_live)
        self._connect(self.view_button, self.encode_from_view)
        self.pause_button.toggled.connect(controller.view.pause)
        self.limit.valueChanged.connect(controller.view.set_limit)
        self._connect(self.undo_button, controller.prompts.undo)
        self._connect(self.redo_button, controller.prompts.redo)
        self._connect(self.clear_button, controller.prompts.clear)
        self._connect(self.save_button, controller.save)
        self._connect(self.find_button, self.find_text)
        self._connect(self.measure_button, lambda: controller.tasks.measure_speed(self.checkpoint.filePath(), self.device, self.measure_raster()))
        self.device_box.currentIndexChanged.connect(lambda _i: self.show_measured())
        self.text.returnPressed.connect(self.find_text)
        self._connect(self.new_layer_button, self.new_layer)
        self._connect(self.new_gpkg_button, lambda: self.new_file_layer(self.tr("GeoPackage (*.gpkg)"), ".gpkg"))
        self._connect(self.new_shp_button, lambda: self.new_file_layer(self.tr("Shapefile (*.shp)"), ".shp"))
        self.tool_button.toggled.connect(self.toggle_tool)
        self.recent.activated.connect(lambda i: i > 0 and self.folder.setFilePath(self.recent.itemText(i)))
        self.show_chips.toggled.connect(controller.chips.show)
        self.keep_each.toggled.connect(self.set_keep_each)
        self.checkpoint.fileChanged.connect(lambda path: (QgsSettings().setValue(SETTINGS + "checkpoint", path), self.show_measured()))
        self.layer.layerChanged.connect(self._layer_changed)
        for widget in (self.min_area, self.simplify):
            widget.valueChanged.connect(self.apply_options)
        self.largest_only.toggled.connect(self.apply_options)
        self.outline.currentIndexChanged.connect(lambda _i: self.apply_options())
        self.no_overlap.toggled.connect(lambda _on: self.apply_options())
        self.color.colorChanged.connect(self.apply_color)
        dates = controller.dates
        self._connect(self.add_date_button, lambda: dates.add_layer(self.raster.currentLayer()))
        self._connect(self.add_date_file_button, self.add_date_file)
        self._connect(self.remove_date_button, lambda: dates.remove(self.dates_table.currentRow()))
        self._connect(self.encode_dates_button, self.encode_dates)
        self._connect(self.follow_button, controller.follow_dates)
        self._connect(self.new_object_button, dates.new_object)
        self.date_slider.valueChanged.connect(lambda index: index != dates.shown and dates.show(index))
        self.dates_table.itemChanged.connect(lambda item: item.column() == 1 and dates.set_date(item.row(), item.text()))
        controller.outputs.layerMade.connect(self.layer.setLayer)
        controller.changed.connect(self.refresh)
        controller.message.connect(lambda text, level: self.status.setText(text))
        controller.busy.connect(self.show_busy)
        controller.toolActive.connect(self._tool_active)
        if getattr(self, "catalogue_error", ""):
            self.status.setText(self.catalogue_error)
        self._layer_changed(self.layer.currentLayer())  # the box shows a layer from the start: that is where Save goes
        self.apply_options()
        self.apply_color(self.color.color())
        self.set_keep_each(self.keep_each.isChecked())
        self.refresh()

    def _connect(self, button: QPushButton, action) -> None:
        def run(_checked=False):
            action()
            self.controller.canvas.setFocus()

        button.clicked.connect(run)

    # --------------------------------------------------------------- models
    def fill_models(self) -> None:
        """The catalogue in the Model box: downloaded ones first in mind (they load at once), others with their size."""
        from ..encoder.errors import GeoSamError
        from ..encoder.models.catalogue import OFFICIAL, catalogue
        from ..geo_sam_plugin.install.model_manager import models_dir, user_catalogue

        folder = models_dir()
        try:
            entries = list(catalogue(user_catalogue()).values())
        except GeoSamError as exc:  # a broken catalogue file: say so, offer the official models
            self.catalogue_error = str(exc)
            entries = list(OFFICIAL)
        current = self.model_box.currentData()
        self.model_box.clear()
        self.model_box.addItem(self.tr("(a checkpoint file)"), None)
        for entry in entries:
            if (folder / entry.file_name).is_file():
                label = self.tr("{0} (downloaded)").format(entry.name)
            else:
                label = self.tr("{0} ({1} MB)").format(entry.name, f"{entry.size / 1e6:,.0f}") if entry.size else entry.name
            self.model_box.addItem(label, entry.name)
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(current)))
        self._model_state()

    def _entry(self):
        from ..encoder.models.catalogue import catalogue
        from ..geo_sam_plugin.install.model_manager import user_catalogue

        name = self.model_box.currentData()
        return catalogue(user_catalogue()).get(name) if name else None

    def _model_state(self) -> None:
        from ..geo_sam_plugin.install.model_manager import models_dir

        entry = self._entry()
        downloaded = entry is not None and (models_dir() / entry.file_name).is_file()
        self.download_button.setText(self.tr("Cancel") if self.download_job is not None else self.tr("Download"))
        self.download_button.setEnabled(self.download_job is not None or (entry is not None and not downloaded))

    def use_model(self) -> None:
        """A downloaded model picked in the box becomes the checkpoint."""
        from ..geo_sam_plugin.install.model_manager import models_dir

        entry = self._entry()
        if entry is not None and (models_dir() / entry.file_name).is_file():
            self.checkpoint.setFilePath(str(models_dir() / entry.file_name))
        self._model_state()

    def download_or_cancel(self) -> None:
        """Download the model chosen in the box (QGIS's network settings apply), or cancel the running download."""
        from ..geo_sam_plugin.install.model_manager import ModelDownload

        if self.download_job is not None:
            self.download_job.cancel()
            return
        entry = self._entry()
        if entry is None:
            return
        self.download_job = job = ModelDownload(entry)
        name = entry.name

        def progress(done: int, total: int) -> None:
            self.show_busy(self.tr("Downloading {0}").format(name), 100.0 * done / total if total > 0 else -1.0)

        def finished(ok: bool, message: str, path: str) -> None:
            self.download_job = None
            self.show_busy("", 0.0)
            self.status.setText(message)
            self.fill_models()
            if ok:
                self.checkpoint.setFilePath(path)

        job.progress.connect(progress)
        job.finished.connect(finished)
        self.show_busy(self.tr("Downloading {0}").format(name), -1.0)
        job.start()
        self._model_state()

    @property
    def device(self) -> str | None:
        """The device the dock's encodes run on (None: a CUDA GPU when there is one, else the CPU)."""
        return self.device_box.currentData() or None

    # ------------------------------------------------------------- sources
    def load(self) -> bool:
        """Load the folder (in the worker, off the GUI thread: the header says so meanwhile); the checkpoint is the
        manifest's, or the one remembered for this folder, then the one chosen in 1. Model, and is asked for only
        when none is usable on this machine. False when there is no folder to load."""
        settings = QgsSettings()
        folder = self.folder.filePath()
        if not folder:
            self.status.setText(self.tr("Choose a feature folder first (or encode a raster into one)."))
            return False
        remembered = settings.value(_folder_key(folder), "", str) or None
        chosen = self.checkpoint.filePath()

        def loaded(checkpoint: str | None) -> None:
            if checkpoint:
                settings.setValue(_folder_key(folder), checkpoint)
            self.checkpoint.setFilePath(self.controller.session.checkpoint_path)
            settings.setValue(SETTINGS + "last_folder", folder)
            recent = [folder] + [f for f in settings.value(SETTINGS + "recent_folders", [], list) if f != folder]
            settings.setValue(SETTINGS + "recent_folders", recent[:MAX_RECENT])
            self.fill_recent(recent[:MAX_RECENT], folder)
            self.controller.chips.show(self.show_chips.isChecked())

        def asked_one(ok: bool, checkpoint: str) -> None:
            if ok:
                loaded(checkpoint)

        def with_chosen(ok: bool) -> None:
            if ok:
                loaded(chosen)
            elif self.controller.session.needs_checkpoint:
                ask()

        def ask() -> None:
            checkpoint = self.ask_checkpoint(self)
            if checkpoint:
                self.controller.session.load_folder(folder, checkpoint, on_done=lambda ok: asked_one(ok, checkpoint))

        def first(ok: bool) -> None:
            if ok:
                loaded(None)
            elif self.controller.session.needs_checkpoint and chosen and chosen != remembered:
                self.controller.session.load_folder(folder, chosen, on_done=with_chosen)
            elif self.controller.session.needs_checkpoint:
                ask()

        self.controller.session.load_folder(folder, remembered, on_done=first)
        return True

    def fill_recent(self, folders: list[str], current: str) -> None:
        self.recent.clear()
        self.recent.addItems([""] + folders)
        if current in folders:
            self.recent.setCurrentIndex(folders.index(current) + 1)

    def load_live(self) -> bool:
        layer = self.raster.currentLayer()
        if layer is None or not self.checkpoint.filePath():
            self.status.setText(self.tr("Choose a raster layer (2. Source) and a checkpoint (1. Model) for live mode."))
            return False
        if self.refuse_web_layer(layer):
            return False
        self.controller.session.load_raster(raster_path(layer), self.checkpoint.filePath(), self.precision, self.device)
        return True

    def encode(self) -> bool:
        """Encode the Raster box's layer with the checkpoint into a folder the user picks: the worker checks the folder
        (off the GUI thread), then the encode runs as a task (controller.tasks.encode_task). False when refused at once."""
        from ..geo_sam_plugin.dock.off_thread import off_gui_thread
        from ..geo_sam_plugin.engine.api import EngineApi
        from ..geo_sam_plugin.engine.client import EngineError

        if self.controller.tasks.encoding or self.checking_output:
            self.status.setText(self.tr("An encode is already running: wait for it to finish, or cancel it in the task manager (bottom right)."))
            return False
        layer = self.raster.currentLayer()
        if layer is None:
            self.status.setText(self.tr("Choose the raster to encode in the Raster box (2. Source) first."))
            return False
        if self.refuse_web_layer(layer):
            return False
        checkpoint = self.checkpoint.filePath()
        if not checkpoint:
            self.status.setText(self.tr("Choose the SAM / SAM 2 checkpoint (1. Model) first."))
            return False
        source_path = raster_path(layer)
        folder = self.ask_encode_folder(self, _beside(source_path))
        if not folder:
            return False
        precision, device, first_at = self.precision, self.device, self.controller.view.centre()  # the chips in view first

        def checked(_result, error) -> None:
            self.checking_output = False
            if error is not None:  # the folder cannot take this encode, or GeoSAM's runtime is not there: one line
                self.status.setText(str(error) if isinstance(error, EngineError) else self.tr("Cannot encode into {0}: {1}").format(folder, error))
                return
            self.folder.setFilePath(folder)
            self.controller.tasks.encode(source_path, checkpoint, folder, precision=precision, device=device, first_at=first_at)

        self.checking_output = True  # the worker says whether the folder can take this encode, off the GUI thread
        off_gui_thread(lambda: EngineApi().check_output(folder), checked, "GeoSAM check output")
        return True

    def refuse_web_layer(self, layer) -> bool:
        """Live mode and Encode raster… read files; a web layer (XYZ, WMS, ...) goes through Encode from view…"""
        from ..geo_sam_plugin.engine.layer_pixels import is_file_layer

        if is_file_layer(layer):
            return False
        self.status.setText(self.tr("{0} is not a file: use Encode from view… (the view's extent at the map's resolution), or Processing's Encode raster with a resolution and an extent.").format(layer.name()))
        return True

    def encode_from_view(self) -> bool:
        """The view-first session: the Raster box's layer encoded into a folder the user picks, the chips in view
        first, clicks answered meanwhile (the folder then loads as any other)."""
        layer = self.raster.currentLayer()
        checkpoint = self.checkpoint.filePath()
        if layer is None or not checkpoint:
            self.status.setText(self.tr("Choose a raster layer (2. Source) and a checkpoint (1. Model) first."))
            return False
        source_path = raster_path(layer)
        folder = self.ask_encode_folder(self, _beside(source_path))
        if not folder:
            return False
        self.pause_button.setChecked(False)
        self.folder.setFilePath(folder)
        return self.controller.view.start_on_layer(layer, checkpoint, folder, precision=self.precision, device=self.device, limit=self.limit.value())

    def show_measured(self) -> None:
        """The precision hint and box: what Measure found for this checkpoint and device here (never guessed from CPU
        flags); a precision it does not allow is greyed out with the reason, and a chosen one that became so goes back
        to float32."""
        self.offer_gpus()
        measured = read_measured(self.checkpoint.filePath(), self.device)
        self.precision_hint.setText(measured_text(measured))
        model = self.precision_box.model()
        for row, reason in enumerate(precision_states(measured, self.device)[self.precision_box.itemData(i)] for i in range(self.precision_box.count())):
            model.item(row).setEnabled(not reason)
            model.item(row).setToolTip(reason)
        if not model.item(self.precision_box.currentIndex()).isEnabled():  # float32, else the first offered (an Intel GPU gates float32 too)
            offered = [row for row in range(model.rowCount()) if model.item(row).isEnabled()]
            float32 = self.precision_box.findData("float32")
            self.precision_box.setCurrentIndex(float32 if float32 in offered or not offered else offered[0])

    def offer_gpus(self) -> None:
        """The Device box's Intel GPUs (OpenVINO): those Measure found for this checkpoint where a precision passed the
        accuracy gate (offered_gpus); the one chosen last time is chosen again once it is offered."""
        offered = offered_gpus(self.checkpoint.filePath())
        box = self.device_box
        saved = QgsSettings().value(SETTINGS + "device", "", str)  # the user's last choice: kept while a GPU is not offered
        current = box.currentData() or ""
        box.blockSignals(True)  # no choice saved, and show_measured not run again, while the entries change
        try:
            for row in reversed(range(box.count())):
                data = box.itemData(row) or ""
                if data.startswith(OPENVINO_DEVICE_PREFIX) and data not in offered:
                    box.removeItem(row)
            for device, name in offered.items():
                if box.findData(device) < 0:
                    box.addItem(self.tr("Intel GPU (OpenVINO) {0}").format(device[len(OPENVINO_DEVICE_PREFIX):]), device)
                    box.setItemData(box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            wanted = saved if saved in offered else current
            box.setCurrentIndex(max(0, box.findData(wanted)))  # a GPU no longer offered: Automatic
        finally:
            box.blockSignals(False)

    def measure_raster(self) -> str | None:
        """The Source raster as a file for Measure's accuracy gate (a web layer: none, speed only)."""
        layer = self.raster.currentLayer()
        return raster_path(layer) if layer is not None and layer.providerType() == "gdal" else None

    @property
    def precision(self) -> str:
        """What the dock's encodes (live mode, Encode raster) compute in."""
        return self.precision_box.currentData()

    # --------------------------------------------------------------- dates
    def add_date_file(self) -> bool:
        path = self.ask_raster_file(self)
        return bool(path) and self.controller.dates.add_file(path)

    def encode_dates(self) -> bool:
        """Encode dates…: every date of the list into a folder of its own under a folder the user picks (a task)."""
        checkpoint = self.checkpoint.filePath()
        if not checkpoint:
            self.status.setText(self.tr("Choose the checkpoint (1. Model) first: a SAM 2 / 2.1 one follows with its memory."))
            return False
        rows = self.controller.dates.rows
        folder = self.ask_encode_folder(self, _beside(rows[0].path if rows else ""))
        return bool(folder) and self.controller.dates.encode(checkpoint, folder, self.device)

    def refresh_dates(self) -> None:
        """The Dates list, the slider and the line on the date shown, as the controller's dates part has them."""
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QTableWidget, QTableWidgetItem

        dates = self.controller.dates
        table = self.dates_table
        table.blockSignals(True)
        table.setRowCount(len(dates.rows))
        for i, row in enumerate(dates.rows):
            name = QTableWidgetItem(row.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(row.path)
            date = QTableWidgetItem(row.date)
            date.setToolTip({"typed": self.tr("typed"), "file name": self.tr("from the file's name"), "layer name": self.tr("from the layer's name"), "order": self.tr("the list's order (no file has a date)"), "": ""}
                            .get(row.source, self.tr("from the file's metadata ({0})").format(row.source)))
            table.setItem(i, 0, name)
            table.setItem(i, 1, date)
        table.blockSignals(False)
        count = len(dates.labels)
        self.date_slider.blockSignals(True)
        self.date_slider.setRange(0, max(count - 1, 0))
        self.date_slider.setValue(dates.shown)
        self.date_slider.blockSignals(False)
        self.date_slider.setEnabled(count > 1)
        self.date_label.setText(dates.shown_text())
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if dates.running else QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed)
        for button in (self.add_date_button, self.add_date_file_button):  # the list stays as it is while it is encoded or followed
            button.setEnabled(not dates.running)
        self.remove_date_button.setEnabled(bool(dates.rows) and not dates.running)
        self.encode_dates_button.setEnabled(len(dates.rows) > 1 and not dates.running)
        self.follow_button.setEnabled(count > 1 and not dates.running)
        self.new_object_button.setEnabled(dates.start is not None and not dates.running)

    # -------------------------------------------------------------- output
    def new_file_layer(self, file_filter: str, suffix: str) -> None:
        path = self.ask_save_path(self, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        layer = self.controller.outputs.new_file_layer(path)
        if layer is not None:
            self.layer.setLayer(layer)

    def find_text(self) -> None:
        """The Text box's Find all: checked by the worker, then a task over the loaded SAM 3 folder (or a message)."""
        QgsSettings().setValue(SETTINGS + "text_threshold", self.threshold.value())
        self.controller.find_text(self.text.text(), self.threshold.value())

    def new_layer(self) -> None:
        layer = self.controller.outputs.new_scratch_layer()
        if layer is not None:
            self.layer.setLayer(layer)

    def _layer_changed(self, layer) -> None:
        self.controller.outputs.output_layer = layer

    # ------------------------------------------------------------ the tool
    def zoom_to_folder(self) -> None:
        if self.controller.session.engine is not None:
            self.controller.canvas.setExtent(self.controller.session.folder_extent())
            self.controller.canvas.refresh()

    def toggle_tool(self, on: bool) -> None:
        canvas = self.controller.canvas
        if on and canvas.mapTool() is not self.controller.tool:
            canvas.setMapTool(self.controller.tool)
        elif not on and canvas.mapTool() is self.controller.tool:
            canvas.unsetMapTool(self.controller.tool)
        canvas.setFocus()

    def _tool_active(self, active: bool) -> None:
        """Keep the Segment button in step when another map tool is picked (and back)."""
        if self.tool_button.isChecked() != active:
            self.tool_button.blockSignals(True)
            self.tool_button.setChecked(active)
            self.tool_button.blockSignals(False)

    # ------------------------------------------------------------- options
    def apply_options(self) -> None:
        self.controller.prompts.set_options(self.min_area.value(), self.largest_only.isChecked(), self.simplify.value(), self.outline.currentData())
        settings = QgsSettings()
        self.controller.outputs.no_overlap = self.no_overlap.isChecked()
        settings.setValue(SETTINGS + "outline", self.outline.currentData())
        settings.setValue(SETTINGS + "no_overlap", self.no_overlap.isChecked())
        settings.setValue(SETTINGS + "min_area", self.min_area.value())
        settings.setValue(SETTINGS + "simplify", self.simplify.value())
        settings.setValue(SETTINGS + "largest_only", self.largest_only.isChecked())

    def set_keep_each(self, on: bool) -> None:
        """Keep each result (Prompting.keep_each), remembered."""
        self.controller.prompts.keep_each = on
        QgsSettings().setValue(SETTINGS + "keep_each", on)

    def apply_color(self, color: QColor) -> None:
        self.controller.prompts.set_result_color(color)
        QgsSettings().setValue(SETTINGS + "result_color", color.name())

    # --------------------------------------------------------------- state
    def show_busy(self, what: str, percent: float) -> None:
        """What runs, as a wrapping line above a progress bar (indeterminate until there is a figure)."""
        self.progress.setVisible(bool(what))
        self.progress_label.setVisible(bool(what))
        if not what:
            self.progress_label.clear()
            return
        if percent < 0:
            self.progress.setRange(0, 0)
            self.progress_label.setText(what)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(percent))
            self.progress_label.setText(self.tr("{0}: {1}%").format(what, int(percent)))

    def refresh(self) -> None:
        controller = self.controller
        history = controller.prompts.history
        loaded = controller.session.engine is not None
        for b in (self.tool_button, self.clear_button):  # while a folder loads, prompts wait for it
            b.setEnabled(loaded or controller.loading)
        self.zoom_button.setEnabled(loaded)
        self.undo_button.setEnabled(bool(history and history.can_undo))
        self.redo_button.setEnabled(bool(history and history.can_redo))
        waiting = controller.waiting()  # the kept objects and the one shown, or an object's outlines through dates
        self.save_button.setEnabled(waiting > 0)
        self.save_button.setText(self.tr("Save {0} (S)").format(waiting) if waiting > 1 else self.tr("Save (S)"))
        if not controller.prompts.nothing_found and self.status.text() == controller.prompts.nothing_found_text():
            self.status.clear()  # a later good result, or Esc: the "Nothing found" notice is about a prompt that is gone
        self.encode_button.setEnabled(not controller.tasks.encoding)
        self.measure_button.setEnabled(controller.tasks.measure_task is None)
        self.pause_button.setEnabled(controller.session.view_session and not (controller.view.status is not None and controller.view.status.finished))
        self.show_measured()
        self.refresh_dates()
        if loaded:
            self.in_use.setText(controller.session.in_use_text())
        elif controller.loading:
            self.in_use.setText(self.tr("Loading… (prompts made now are answered when it is ready)"))
        else:
            self.in_use.setText(self.tr("Nothing loaded: load a feature folder, or encode or go live on a raster."))

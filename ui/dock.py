"""The GeoSAM dock: choose a feature folder (or encode one), segment with the map tool, save into a layer."""

from __future__ import annotations

import hashlib

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsColorButton, QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..encoder.models import cpu_has_bfloat16

SETTINGS = "geosam/"
MAX_RECENT = 10


def _folder_key(folder: str) -> str:
    return SETTINGS + "checkpoints/" + hashlib.sha1(folder.encode()).hexdigest()[:16]


def ask_checkpoint(parent) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, "The checkpoint this folder was encoded with", "", "Checkpoints (*.pth *.pt)")
    return path


def ask_save_path(parent, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, "New output layer", "", file_filter)
    return path


class GeoSamDock(QgsDockWidget):
    """Widgets only: every action is a call on the SegmentController."""

    def __init__(self, controller, encode_callback=None, parent=None, ask_checkpoint=ask_checkpoint, ask_save_path=ask_save_path) -> None:
        super().__init__("GeoSAM", parent)
        self.setObjectName("GeoSamDock")
        self.controller = controller
        self.encode_callback = encode_callback
        self.ask_checkpoint = ask_checkpoint  # file dialogs, injectable so tests need no modal dialog
        self.ask_save_path = ask_save_path
        settings = QgsSettings()
        body = QWidget()
        layout = QVBoxLayout(body)

        source = QGroupBox("Feature folder")
        form = QFormLayout(source)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(settings.value(SETTINGS + "last_folder", "", str))
        self.checkpoint = QgsFileWidget()
        self.checkpoint.setFilter("Checkpoints (*.pth *.pt)")
        self.checkpoint.setToolTip("Only needed when the checkpoint named in the folder is not on this machine.")
        self.recent = QComboBox()
        self.recent.addItems([""] + settings.value(SETTINGS + "recent_folders", [], list))
        self.recent.setToolTip("Recently loaded feature folders")
        form.addRow("Folder", self.folder)
        form.addRow("Recent", self.recent)
        form.addRow("Checkpoint", self.checkpoint)
        row = QHBoxLayout()
        self.load_button = QPushButton("Load")
        self.zoom_button = QPushButton("Zoom to")
        self.encode_button = QPushButton("Encode raster…")
        for b in (self.load_button, self.zoom_button, self.encode_button):
            row.addWidget(b)
        form.addRow(row)
        self.show_chips = QCheckBox("Show chips")
        form.addRow(self.show_chips)
        layout.addWidget(source)

        live = QGroupBox("Or live, without a feature folder")
        live_form = QFormLayout(live)
        self.raster = QgsMapLayerComboBox()
        self.raster.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.live_button = QPushButton("Segment this raster live (uses the checkpoint above)")
        live_form.addRow("Raster", self.raster)
        live_form.addRow(self.live_button)
        # Used by live mode and by Encode raster from the dock; default on where the CPU has bfloat16 hardware.
        fast_bf16 = cpu_has_bfloat16()
        self.bfloat16 = QCheckBox("Encode in bfloat16: " + ("2-3x faster on this CPU" if fast_bf16 else "for GPUs; slow on this CPU"))
        self.bfloat16.setToolTip("Masks from bfloat16 features matched float32's at IoU 0.999 in make bench; float32 gives the reference predictors' features.")
        self.bfloat16.setChecked(settings.value(SETTINGS + "bfloat16", fast_bf16, bool))
        self.bfloat16.toggled.connect(lambda on: QgsSettings().setValue(SETTINGS + "bfloat16", on))
        live_form.addRow(self.bfloat16)
        layout.addWidget(live)

        prompts = QGroupBox("Prompts (left click: object, right click: background, drag: box)")
        grid = QHBoxLayout(prompts)
        self.tool_button = QPushButton("Segment")
        self.tool_button.setCheckable(True)
        self.undo_button = QPushButton("Undo")
        self.redo_button = QPushButton("Redo")
        self.clear_button = QPushButton("Clear")
        for b in (self.tool_button, self.undo_button, self.redo_button, self.clear_button):
            grid.addWidget(b)
        layout.addWidget(prompts)

        output = QGroupBox("Output")
        out_form = QFormLayout(output)
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.layer.setAllowEmptyLayer(True)
        self.new_layer_button = QPushButton("New scratch layer")
        self.new_gpkg_button = QPushButton("New GeoPackage…")
        self.new_shp_button = QPushButton("New Shapefile…")
        out_form.addRow("Layer", self.layer)
        new_row = QHBoxLayout()
        for b in (self.new_layer_button, self.new_gpkg_button, self.new_shp_button):
            new_row.addWidget(b)
        out_form.addRow(new_row)
        save_row = QHBoxLayout()
        self.save_button = QPushButton("Save (S)")
        self.undo_save_button = QPushButton("Undo last save")
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.undo_save_button)
        out_form.addRow(save_row)
        layout.addWidget(output)

        options = QGroupBox("Options")
        opt_form = QFormLayout(options)
        self.min_area = QDoubleSpinBox()
        self.min_area.setRange(0, 1e12)
        self.min_area.setValue(settings.value(SETTINGS + "min_area", 0.0, float))
        self.simplify = QDoubleSpinBox()
        self.simplify.setRange(0, 1e6)
        self.simplify.setDecimals(3)
        self.simplify.setValue(settings.value(SETTINGS + "simplify", 0.0, float))
        self.largest_only = QCheckBox("Largest polygon only")
        self.largest_only.setChecked(settings.value(SETTINGS + "largest_only", True, bool))
        opt_form.addRow("Minimum area (folder CRS units²)", self.min_area)
        opt_form.addRow("Simplify tolerance", self.simplify)
        opt_form.addRow(self.largest_only)
        self.color = QgsColorButton()
        self.color.setColor(QColor(settings.value(SETTINGS + "result_color", "#ff8c00", str)))
        opt_form.addRow("Result colour", self.color)
        layout.addWidget(options)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)

        self.load_button.clicked.connect(self.load)
        self.zoom_button.clicked.connect(self.zoom_to_folder)
        self.encode_button.clicked.connect(lambda: self.encode_callback and self.encode_callback())
        self.tool_button.toggled.connect(self.toggle_tool)
        self.undo_button.clicked.connect(controller.undo)
        self.redo_button.clicked.connect(controller.redo)
        self.clear_button.clicked.connect(controller.clear)
        self.save_button.clicked.connect(controller.save)
        self.undo_save_button.clicked.connect(controller.undo_last_save)
        self.new_layer_button.clicked.connect(self.new_layer)
        self.new_gpkg_button.clicked.connect(lambda: self.new_file_layer("GeoPackage (*.gpkg)", ".gpkg"))
        self.new_shp_button.clicked.connect(lambda: self.new_file_layer("Shapefile (*.shp)", ".shp"))
        self.recent.activated.connect(lambda i: i > 0 and self.folder.setFilePath(self.recent.itemText(i)))
        self.show_chips.toggled.connect(controller.show_chips)
        self.live_button.clicked.connect(self.load_live)
        self.layer.layerChanged.connect(self._layer_changed)
        for widget in (self.min_area, self.simplify):
            widget.valueChanged.connect(self.apply_options)
        self.largest_only.toggled.connect(self.apply_options)
        self.color.colorChanged.connect(self.apply_color)
        controller.changed.connect(self.refresh)
        controller.message.connect(lambda text, level: self.status.setText(text))
        self.apply_options()
        self.apply_color(self.color.color())
        self.refresh()

    def load(self) -> bool:
        """Load the folder; the checkpoint is the manifest's, or the one remembered for this folder,
        and is asked for only when neither is usable on this machine."""
        settings = QgsSettings()
        folder = self.folder.filePath()
        checkpoint = self.checkpoint.filePath() or settings.value(_folder_key(folder), "", str) or None
        ok = self.controller.load_folder(folder, checkpoint)
        if not ok and self.controller.needs_checkpoint:
            checkpoint = self.ask_checkpoint(self)
            ok = bool(checkpoint) and self.controller.load_folder(folder, checkpoint)
        if not ok:
            return False
        if checkpoint:
            settings.setValue(_folder_key(folder), checkpoint)
            self.checkpoint.setFilePath(checkpoint)
        settings.setValue(SETTINGS + "last_folder", folder)
        recent = [folder] + [f for f in settings.value(SETTINGS + "recent_folders", [], list) if f != folder]
        settings.setValue(SETTINGS + "recent_folders", recent[:MAX_RECENT])
        self.recent.clear()
        self.recent.addItems([""] + recent[:MAX_RECENT])
        self.controller.show_chips(self.show_chips.isChecked())
        return True

    def load_live(self) -> bool:
        layer = self.raster.currentLayer()
        if layer is None or not self.checkpoint.filePath():
            self.status.setText("Choose a raster layer and a checkpoint for live mode.")
            return False
        return self.controller.load_raster(layer.source().split("|")[0], self.checkpoint.filePath(), self.precision)

    @property
    def precision(self) -> str:
        """What the dock's encodes (live mode, Encode raster) compute in."""
        return "bfloat16" if self.bfloat16.isChecked() else "float32"

    def new_file_layer(self, file_filter: str, suffix: str) -> None:
        path = self.ask_save_path(self, file_filter)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        layer = self.controller.new_file_layer(path)
        if layer is not None:
            self.layer.setLayer(layer)

    def zoom_to_folder(self) -> None:
        if self.controller.engine is not None:
            self.controller.canvas.setExtent(self.controller.folder_extent())
            self.controller.canvas.refresh()

    def toggle_tool(self, on: bool) -> None:
        canvas = self.controller.canvas
        if on:
            canvas.setMapTool(self.controller.tool)
        elif canvas.mapTool() is self.controller.tool:
            canvas.unsetMapTool(self.controller.tool)

    def new_layer(self) -> None:
        layer = self.controller.new_scratch_layer()
        self.layer.setLayer(layer)

    def _layer_changed(self, layer) -> None:
        self.controller.output_layer = layer

    def apply_options(self) -> None:
        self.controller.set_options(self.min_area.value(), self.largest_only.isChecked(), self.simplify.value())
        settings = QgsSettings()
        settings.setValue(SETTINGS + "min_area", self.min_area.value())
        settings.setValue(SETTINGS + "simplify", self.simplify.value())
        settings.setValue(SETTINGS + "largest_only", self.largest_only.isChecked())

    def apply_color(self, color: QColor) -> None:
        self.controller.set_result_color(color)
        QgsSettings().setValue(SETTINGS + "result_color", color.name())

    def refresh(self) -> None:
        session = self.controller.session
        loaded = self.controller.engine is not None
        for b in (self.tool_button, self.clear_button, self.zoom_button):
            b.setEnabled(loaded)
        self.undo_button.setEnabled(bool(session and session.can_undo))
        self.redo_button.setEnabled(bool(session and session.can_redo))
        self.save_button.setEnabled(self.controller.result is not None)
        self.undo_save_button.setEnabled(bool(session and session.saved))



"""The GeoSAM dock: choose a feature folder (or encode one), segment with the map tool, save into a layer."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsDockWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SETTINGS = "geosam/"


class GeoSamDock(QgsDockWidget):
    """Widgets only: every action is a call on the SegmentController."""

    def __init__(self, controller, encode_callback=None, parent=None) -> None:
        super().__init__("GeoSAM", parent)
        self.setObjectName("GeoSamDock")
        self.controller = controller
        self.encode_callback = encode_callback
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
        form.addRow("Folder", self.folder)
        form.addRow("Checkpoint", self.checkpoint)
        row = QHBoxLayout()
        self.load_button = QPushButton("Load")
        self.zoom_button = QPushButton("Zoom to")
        self.encode_button = QPushButton("Encode raster…")
        for b in (self.load_button, self.zoom_button, self.encode_button):
            row.addWidget(b)
        form.addRow(row)
        layout.addWidget(source)

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
        out_form.addRow("Layer", self.layer)
        out_form.addRow(self.new_layer_button)
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
        self.layer.layerChanged.connect(self._layer_changed)
        for widget in (self.min_area, self.simplify):
            widget.valueChanged.connect(self.apply_options)
        self.largest_only.toggled.connect(self.apply_options)
        controller.changed.connect(self.refresh)
        controller.message.connect(lambda text, level: self.status.setText(text))
        self.apply_options()
        self.refresh()

    def load(self) -> bool:
        folder = self.folder.filePath()
        ok = self.controller.load_folder(folder, self.checkpoint.filePath() or None)
        if ok:
            QgsSettings().setValue(SETTINGS + "last_folder", folder)
        return ok

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

    def refresh(self) -> None:
        session = self.controller.session
        loaded = self.controller.engine is not None
        for b in (self.tool_button, self.clear_button, self.zoom_button):
            b.setEnabled(loaded)
        self.undo_button.setEnabled(bool(session and session.can_undo))
        self.redo_button.setEnabled(bool(session and session.can_redo))
        self.save_button.setEnabled(self.controller.result is not None)
        self.undo_save_button.setEnabled(bool(session and session.saved))



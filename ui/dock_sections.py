# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's widgets, built group by group (GeoSamDock's layout; its behaviour is in dock.py).

A mixin of GeoSamDock: PyQt translates in the class of the instance, so every text names the GeoSamDock context.
"""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsSettings
from qgis.gui import QgsCollapsibleGroupBox, QgsColorButton, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..encoder import defaults
from ..geo_sam_plugin.paths import SETTINGS

__all__ = ["SETTINGS", "DockWidgets"]


class DockWidgets:
    """build_widgets(settings): every widget of the dock, as attributes of the dock (GeoSamDock connects them)."""

    def build_widgets(self, settings: QgsSettings) -> None:
        # Always visible, outside the scroll area: what is in use, what runs, the last message.
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(4, 4, 4, 4)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.in_use.setFrameShape(QFrame.Shape.StyledPanel)
        outer_layout.addWidget(self.in_use)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._model_group(settings))
        layout.addWidget(self._source_group(settings))
        layout.addWidget(self._prompts_group(settings))
        layout.addWidget(self._output_group(settings))
        layout.addWidget(self._options_group(settings))
        layout.addWidget(self._dates_group())
        layout.addStretch(1)

        # Narrow docks (QGIS gives about 300 px) scroll up and down, never sideways: wide boxes shrink instead.
        for box in body.findChildren(QComboBox):  # "Automatisch (GPU, falls vorhanden)" too: the box elides, the dock keeps its width
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        for button in body.findChildren(QPushButton):
            button.setMinimumWidth(40)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for button in (self.download_button, self.measure_button, self.pause_button, self.find_button, self.follow_button):  # beside a box that gives way
            button.setMinimumWidth(0)  # an explicit minimum would win over the size hint (qSmartMinSize)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for spin in (self.min_area, self.simplify, self.threshold):
            spin.setMinimumWidth(60)
            spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        for form_layout in body.findChildren(QFormLayout):
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer_layout.addWidget(scroll, 1)
        # What runs, in words, on a line of its own above the bar: text inside a one-line bar is cut and overlaps the fill.
        self.progress_label = QLabel("")
        self.progress_label.setWordWrap(True)
        self.progress_label.setVisible(False)
        outer_layout.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        outer_layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        outer_layout.addWidget(self.status)
        self.setWidget(outer)
        self.setMinimumWidth(240)

    def _model_group(self, settings: QgsSettings) -> QgsCollapsibleGroupBox:
        """1. Model: the catalogue, the checkpoint, the device and the precision."""
        model = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "1. Model"))
        model_form = QFormLayout(model)
        self.checkpoint = QgsFileWidget()
        self.checkpoint.setFilter(QCoreApplication.translate("GeoSamDock", "Checkpoints (*.pth *.pt)"))
        self.checkpoint.setFilePath(settings.value(SETTINGS + "checkpoint", "", str))
        self.checkpoint.setToolTip(QCoreApplication.translate("GeoSamDock", "For encoding and live mode. A feature folder names its own checkpoint; it is shown here once loaded."))
        self.model_box = QComboBox()
        self.model_box.setToolTip(QCoreApplication.translate("GeoSamDock", "Official SAM / SAM 2 checkpoints (and your catalogue's): pick a downloaded one, or download it."))
        self.model_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_box.setMinimumContentsLength(8)
        self.download_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Download"))
        model_form.addRow(QCoreApplication.translate("GeoSamDock", "Model"), self.model_box)
        # Download on a row of its own, at the right, as wide as its text: beside the box, "Herunterladen" was squeezed
        # under its text in a 300 px dock (QGIS 3.40 and 3.44's fonts), the form not wrapping the row.
        download_row = QHBoxLayout()
        download_row.addStretch(1)
        download_row.addWidget(self.download_button)
        model_form.addRow(download_row)
        model_form.addRow(QCoreApplication.translate("GeoSamDock", "Checkpoint"), self.checkpoint)
        self.device_box = QComboBox()
        for text, value in ((QCoreApplication.translate("GeoSamDock", "Automatic (GPU if any)"), ""), (QCoreApplication.translate("GeoSamDock", "CPU"), "cpu"), (QCoreApplication.translate("GeoSamDock", "CUDA GPU"), "cuda"), (QCoreApplication.translate("GeoSamDock", "Apple GPU (MPS)"), "mps")):
            self.device_box.addItem(text, value)
        self.device_box.setCurrentIndex(max(0, self.device_box.findData(settings.value(SETTINGS + "device", "", str))))
        self.device_box.setToolTip(QCoreApplication.translate("GeoSamDock", "Where encoding and live mode run; the line at the top says which device is in use."))
        self.device_box.currentIndexChanged.connect(lambda _i: QgsSettings().setValue(SETTINGS + "device", self.device_box.currentData()))
        model_form.addRow(QCoreApplication.translate("GeoSamDock", "Device"), self.device_box)
        self.download_job = None
        self.fill_models()
        # What encodes compute in; bfloat16 and int8 are offered where Measure's accuracy gate lets them (show_measured).
        self.precision_box = QComboBox()
        for text, value in ((QCoreApplication.translate("GeoSamDock", "float32 (reference)"), "float32"), ("bfloat16", "bfloat16"), ("int8", "int8"),
                            (QCoreApplication.translate("GeoSamDock", "float16 (GPU)"), "float16")):
            self.precision_box.addItem(text, value)
        chosen = settings.value(SETTINGS + "precision", "", str) or ("bfloat16" if settings.value(SETTINGS + "bfloat16", False, bool) else defaults.PRECISION)
        self.precision_box.setCurrentIndex(max(0, self.precision_box.findData(chosen)))
        self.precision_box.setToolTip(QCoreApplication.translate("GeoSamDock", "What Encode raster… and live mode compute in. float32 gives the reference predictors' features. On a CPU, bfloat16 and int8 run in OpenVINO, checked by Measure's accuracy gate on your checkpoint and raster (masks compared with float32's): bfloat16 is greyed out where it failed, int8 is offered once it passed (it is calibrated on that raster)."))
        self.precision_box.currentIndexChanged.connect(lambda _i: QgsSettings().setValue(SETTINGS + "precision", self.precision_box.currentData()))
        model_form.addRow(QCoreApplication.translate("GeoSamDock", "Precision"), self.precision_box)
        self.measure_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Measure"))
        self.measure_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Time one chip of this checkpoint's encoder in each precision on this machine, and check bfloat16 and int8 against float32 on chips of the Source raster (in the background)."))
        # Measure beside the hint that it fills, which wraps.
        self.precision_hint = QLabel()
        self.precision_hint.setWordWrap(True)
        precision_row = QHBoxLayout()
        precision_row.addWidget(self.precision_hint, 1)
        precision_row.addWidget(self.measure_button, 0, Qt.AlignmentFlag.AlignTop)
        model_form.addRow(precision_row)
        return model

    def _source_group(self, settings: QgsSettings) -> QgsCollapsibleGroupBox:
        """2. Source: a feature folder (and recent ones), or a raster to encode or segment live."""
        source = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "2. Source"))
        form = QFormLayout(source)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(settings.value(SETTINGS + "last_folder", "", str))
        self.recent = QComboBox()
        self.recent.setToolTip(QCoreApplication.translate("GeoSamDock", "Recently loaded feature folders"))
        self.fill_recent(settings.value(SETTINGS + "recent_folders", [], list), self.folder.filePath())
        form.addRow(QCoreApplication.translate("GeoSamDock", "Feature folder"), self.folder)
        form.addRow(QCoreApplication.translate("GeoSamDock", "Recent"), self.recent)
        row = QHBoxLayout()
        self.load_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Load folder"))
        self.zoom_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Zoom to"))
        row.addWidget(self.load_button, 3)
        row.addWidget(self.zoom_button, 2)
        form.addRow(row)
        self.raster = QgsMapLayerComboBox()
        self.raster.setFilters(QgsMapLayerProxyModel.Filter.RasterLayer)
        form.addRow(QCoreApplication.translate("GeoSamDock", "Raster"), self.raster)
        self.encode_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Encode raster…"))
        self.encode_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Encode the raster chosen above into a feature folder, as a background task, then load it."))
        self.live_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Segment raster live"))
        self.live_button.setToolTip(QCoreApplication.translate("GeoSamDock", "No feature folder: the first click in an area encodes its chip (seconds), later clicks nearby are instant."))
        # One button a row: "Segmenter le raster en direct" needs most of a 300 px dock.
        form.addRow(self.encode_button)
        form.addRow(self.live_button)
        view_row = QHBoxLayout()
        self.view_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Encode from view…"))
        self.view_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Encode the raster into a feature folder in the background, the chips in view first, and segment at once: a click on a chip not ready yet is encoded first. Panning moves the queue."))
        self.pause_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Pause"))
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Pause the background encode (a click still encodes its chip); press again to resume."))
        view_row.addWidget(self.view_button, 1)
        view_row.addWidget(self.pause_button)
        form.addRow(view_row)
        self.limit = QSpinBox()
        self.limit.setRange(0, 1_000_000)
        self.limit.setSpecialValueText(QCoreApplication.translate("GeoSamDock", "No limit"))
        self.limit.setSuffix(QCoreApplication.translate("GeoSamDock", " chips"))
        self.limit.setToolTip(QCoreApplication.translate("GeoSamDock", "Encode from view…: at most this many chips in the background, nearest the view first (a click still encodes its chip)."))
        form.addRow(QCoreApplication.translate("GeoSamDock", "Limit"), self.limit)
        self.show_chips = QCheckBox(QCoreApplication.translate("GeoSamDock", "Show chips"))
        self.show_chips.setToolTip(QCoreApplication.translate("GeoSamDock", "Draw the chip footprints on the map (in live mode: the chips encoded so far)."))
        form.addRow(self.show_chips)
        return source

    def _prompts_group(self, settings: QgsSettings) -> QgsCollapsibleGroupBox:
        """3. Prompts: the Segment tool, undo / redo / clear, and the text search."""
        prompts = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "3. Prompts"))
        prompts_layout = QVBoxLayout(prompts)
        hint = QLabel(QCoreApplication.translate("GeoSamDock", "Left click: object · right click: background · drag: box · S: save · Ctrl+Z / Ctrl+Y · Esc: clear"))
        hint.setWordWrap(True)
        prompts_layout.addWidget(hint)
        grid = QGridLayout()  # two a row: "Segmentieren", "Wiederholen" fit half a 300 px dock
        self.tool_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Segment"))
        self.tool_button.setCheckable(True)
        self.undo_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Undo"))
        self.redo_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Redo"))
        self.clear_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Clear"))
        for i, b in enumerate((self.tool_button, self.clear_button, self.undo_button, self.redo_button)):
            grid.addWidget(b, i // 2, i % 2)
        prompts_layout.addLayout(grid)
        self.keep_each = QCheckBox(QCoreApplication.translate("GeoSamDock", "Keep each result"))
        self.keep_each.setToolTip(QCoreApplication.translate("GeoSamDock", "On: a box drawn after a result starts the next object; the finished ones wait, dashed, until S saves them all. Esc drops the last. Off: a new box replaces the result."))
        self.keep_each.setChecked(settings.value(SETTINGS + "keep_each", True, bool))
        prompts_layout.addWidget(self.keep_each)
        text_row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setPlaceholderText(QCoreApplication.translate("GeoSamDock", "Text (SAM 3 folders): building"))
        self.text.setToolTip(
            QCoreApplication.translate("GeoSamDock", "Finds every instance of a concept in the loaded SAM 3 folder; with a box drawn on the map, objects like the boxed one (the text may then be empty). The polygons go to a new layer.")
        )
        self.find_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Find all"))
        text_row.addWidget(self.text, 1)
        text_row.addWidget(self.find_button)
        prompts_layout.addLayout(text_row)
        return prompts

    def _output_group(self, settings: QgsSettings) -> QgsCollapsibleGroupBox:
        """4. Output: the layer the result is saved into, new layers, Save."""
        output = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "4. Output"))
        out_form = QFormLayout(output)
        self.layer = QgsMapLayerComboBox()
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer.setAllowEmptyLayer(True)
        out_form.addRow(QCoreApplication.translate("GeoSamDock", "Layer"), self.layer)
        new_row = QGridLayout()
        self.new_layer_button = QPushButton(QCoreApplication.translate("GeoSamDock", "New scratch"))
        self.new_gpkg_button = QPushButton(QCoreApplication.translate("GeoSamDock", "New GeoPackage…"))
        self.new_shp_button = QPushButton(QCoreApplication.translate("GeoSamDock", "New Shapefile…"))
        self.save_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Save (S)"))
        self.save_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Into the layer's edit buffer when it is in edit mode (QGIS's undo takes it back), otherwise straight to its file."))
        # Save first and wide; the new-layer buttons one a row ("Nouvelle couche temporaire" fills a 300 px dock).
        for i, b in enumerate((self.save_button, self.new_layer_button, self.new_gpkg_button, self.new_shp_button)):
            new_row.addWidget(b, i, 0)
        out_form.addRow(new_row)
        return output

    def _options_group(self, settings: QgsSettings) -> QgsCollapsibleGroupBox:
        """5. Options: the outline style, polygon filters, the text threshold and the result colour."""
        options = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "5. Options"))
        options.setCollapsed(True)
        opt_form = QFormLayout(options)
        self.outline = QComboBox()
        for text, value in ((QCoreApplication.translate("GeoSamDock", "As traced"), "traced"), (QCoreApplication.translate("GeoSamDock", "Buildings"), "buildings"),
                            (QCoreApplication.translate("GeoSamDock", "Fields"), "fields"), (QCoreApplication.translate("GeoSamDock", "Natural"), "natural")):
            self.outline.addItem(text, value)
        self.outline.setCurrentIndex(max(0, self.outline.findData(settings.value(SETTINGS + "outline", "traced", str))))
        self.outline.setToolTip(QCoreApplication.translate("GeoSamDock", "The outline's shape, in the preview and in what S saves. Buildings: straight walls at right angles (with Buildings: no overlaps, cut by the layer's buildings). Fields: straight edges at any angle. Natural: smooth, the same area. As traced: the mask's pixel edges."))
        opt_form.addRow(QCoreApplication.translate("GeoSamDock", "Outline"), self.outline)
        self.no_overlap = QCheckBox(QCoreApplication.translate("GeoSamDock", "Buildings: no overlaps"))
        self.no_overlap.setToolTip(QCoreApplication.translate("GeoSamDock", "With the Buildings outline, a building saved is cut where it overlaps the output layer's features (or the others saved with it)."))
        self.no_overlap.setChecked(settings.value(SETTINGS + "no_overlap", True, bool))
        opt_form.addRow(self.no_overlap)
        self.min_area = QDoubleSpinBox()
        self.min_area.setRange(0, 1e12)
        self.min_area.setValue(settings.value(SETTINGS + "min_area", defaults.MIN_AREA, float))
        self.simplify = QDoubleSpinBox()
        self.simplify.setRange(0, 1e6)
        self.simplify.setDecimals(3)
        self.simplify.setValue(settings.value(SETTINGS + "simplify", defaults.SIMPLIFY, float))
        self.largest_only = QCheckBox(QCoreApplication.translate("GeoSamDock", "Largest polygon only"))
        self.largest_only.setChecked(settings.value(SETTINGS + "largest_only", defaults.LARGEST_ONLY, bool))
        opt_form.addRow(QCoreApplication.translate("GeoSamDock", "Min. area (units²)"), self.min_area)
        self.min_area.setToolTip(QCoreApplication.translate("GeoSamDock", "Minimum polygon area, in square units of the folder's CRS."))
        opt_form.addRow(QCoreApplication.translate("GeoSamDock", "Simplify"), self.simplify)
        self.simplify.setToolTip(QCoreApplication.translate("GeoSamDock", "Simplify tolerance, in units of the folder's CRS (0: none)."))
        opt_form.addRow(self.largest_only)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 0.99)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(settings.value(SETTINGS + "text_threshold", defaults.CONCEPT_THRESHOLD, float))
        self.threshold.setToolTip(QCoreApplication.translate("GeoSamDock", "Text prompts: the lowest score kept."))
        opt_form.addRow(QCoreApplication.translate("GeoSamDock", "Text score threshold"), self.threshold)
        self.color = QgsColorButton()
        self.color.setColor(QColor(settings.value(SETTINGS + "result_color", "#ff8c00", str)))
        opt_form.addRow(QCoreApplication.translate("GeoSamDock", "Result colour"), self.color)
        return options

    def _dates_group(self) -> QgsCollapsibleGroupBox:
        """6. Dates: rasters of one place on several dates, a slider over them, and one object followed through them."""
        dates = QgsCollapsibleGroupBox(QCoreApplication.translate("GeoSamDock", "6. Dates"))
        dates.setCollapsed(True)
        dates_layout = QVBoxLayout(dates)
        hint = QLabel(QCoreApplication.translate("GeoSamDock", "One object through dates: add the rasters, Encode dates…, draw the object on a date, Follow. A prompt on another date corrects it there; S saves every date."))
        hint.setWordWrap(True)
        dates_layout.addWidget(hint)
        self.dates_table = QTableWidget(0, 2)
        self.dates_table.setHorizontalHeaderLabels([QCoreApplication.translate("GeoSamDock", "Raster"), QCoreApplication.translate("GeoSamDock", "Date")])
        self.dates_table.horizontalHeader().setStretchLastSection(True)
        self.dates_table.verticalHeader().setVisible(False)
        self.dates_table.setMinimumHeight(90)
        self.dates_table.setToolTip(QCoreApplication.translate("GeoSamDock", "The date as the file says (its acquisition metadata, else its name); double-click to type another (YYYY-MM-DD). None at all: the list's order."))
        dates_layout.addWidget(self.dates_table)
        grid = QGridLayout()
        self.add_date_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Add layer"))
        self.add_date_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Add the Raster box's layer (2. Source) as a date."))
        self.add_date_file_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Add file…"))
        self.remove_date_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Remove"))
        self.encode_dates_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Encode dates…"))
        self.encode_dates_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Each date into a feature folder of its own under a folder you choose, on the first date's grid (in the background; a date encoded before is not encoded again)."))
        for i, b in enumerate((self.add_date_button, self.add_date_file_button, self.remove_date_button, self.encode_dates_button)):
            grid.addWidget(b, i, 0)  # one a row: "Datei hinzufügen…", "Ajouter un fichier…" need more than half a 300 px dock
        dates_layout.addLayout(grid)
        self.date_slider = QSlider(Qt.Orientation.Horizontal)
        self.date_slider.setRange(0, 0)
        self.date_slider.setPageStep(1)
        self.date_slider.setToolTip(QCoreApplication.translate("GeoSamDock", "The date shown: its raster, the object's outline there, and the folder the Segment tool answers from."))
        dates_layout.addWidget(self.date_slider)
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)
        dates_layout.addWidget(self.date_label)
        follow_row = QHBoxLayout()
        self.follow_button = QPushButton(QCoreApplication.translate("GeoSamDock", "Follow"))
        self.follow_button.setToolTip(QCoreApplication.translate("GeoSamDock", "Follow the object drawn on the date shown through every date (SAM 2's memory; other models: the same prompt on each date). On another date than the first, the prompt corrects the object there."))
        self.new_object_button = QPushButton(QCoreApplication.translate("GeoSamDock", "New object"))
        follow_row.addWidget(self.follow_button)
        follow_row.addWidget(self.new_object_button, 1)
        dates_layout.addLayout(follow_row)
        return dates

# SPDX-License-Identifier: GPL-2.0-or-later
"""Saving the result: new output layers (scratch, GeoPackage, Shapefile) and the polygons added to any polygon layer.

Part of SegmentController (a mixin): messages are translated in the SegmentController context, as PyQt looks them up.
"""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...encoder.fields import PROMPT
from .. import field_types
from ..engine_crs import wkb_geometry


def operation_failed(result) -> bool:
    """QgsGeometry.transform's result (Qgis.GeometryOperationResult, an int-like enum in PyQt5 and an enum in PyQt6): not Success."""
    return getattr(result, "value", result) != 0


class OutputLayers:
    """new_scratch_layer, new_file_layer and save for SegmentController (which holds the result and the output layer)."""

    def new_scratch_layer(self, name: str = "GeoSAM polygons") -> QgsVectorLayer | None:
        """A memory polygon layer in the canvas CRS with the result fields, added to the project."""
        layer = QgsVectorLayer(field_types.memory_layer_uri(self.canvas_crs().authid() or "EPSG:4326", PROMPT), name, "memory")
        return self._added(layer)

    def _added(self, layer: QgsVectorLayer) -> QgsVectorLayer | None:
        """The layer added to the project as the output layer, or None with a message when QGIS refuses it."""
        if not layer.isValid() or QgsProject.instance().addMapLayer(layer) is None:
            self.message.emit(QCoreApplication.translate("SegmentController", "QGIS could not add the layer {0}: {1}.").format(layer.name(), layer.dataProvider().lastError() if layer.dataProvider() else layer.source()), Qgis.MessageLevel.Critical)
            return None
        self.output_layer = layer
        return layer

    def new_file_layer(self, path: str) -> QgsVectorLayer | None:
        """A new GeoPackage (.gpkg) or Shapefile (.shp) polygon layer in the canvas CRS, added to the project."""
        from qgis.core import QgsVectorFileWriter

        fields = field_types.output_fields(PROMPT)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "ESRI Shapefile" if path.lower().endswith(".shp") else "GPKG"
        options.fileEncoding = "UTF-8"
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.MultiPolygon, self.canvas_crs(), QgsProject.instance().transformContext(), options)
        error = writer.hasError()
        message = writer.errorMessage()
        del writer  # closes the file
        if error != QgsVectorFileWriter.WriterError.NoError:
            self.message.emit(QCoreApplication.translate("SegmentController", "Cannot create {0}: {1}. Choose another file or folder.").format(path, message), Qgis.MessageLevel.Warning)
            return None
        return self._added(QgsVectorLayer(path, os.path.splitext(os.path.basename(path))[0], "ogr"))

    def save(self) -> list[int]:
        """Add the current result to the output layer (in that layer's CRS); returns the new feature ids.

        A layer in edit mode gets the features in its edit buffer (QGIS's undo and "Cancel edits" take them back);
        otherwise they are committed at once. The prompt then starts afresh.
        """
        if self.result is None or not self.result.polygons:
            self.message.emit(QCoreApplication.translate("SegmentController", "Nothing to save: click on an object first."), Qgis.MessageLevel.Info)
            return []
        layer = self.output_layer
        if layer is None or not layer.isValid():
            self.message.emit(QCoreApplication.translate("SegmentController", "Choose an output polygon layer (or create one) before saving."), Qgis.MessageLevel.Warning)
            return []
        if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            self.message.emit(QCoreApplication.translate("SegmentController", "{0} is not a polygon layer: choose another output layer.").format(layer.name()), Qgis.MessageLevel.Warning)
            return []
        transform = QgsCoordinateTransform(self.canvas_crs(), layer.crs(), QgsProject.instance())
        names = layer.fields().names()
        features = []
        for polygon, attributes in zip(self.result.polygons, self.result.attributes):
            geometry = wkb_geometry(polygon)
            if operation_failed(geometry.transform(transform)):
                self.message.emit(QCoreApplication.translate("SegmentController", "Could not transform a polygon into {0}'s CRS ({1}): nothing was saved.").format(layer.name(), layer.crs().authid()), Qgis.MessageLevel.Critical)
                return []
            if QgsWkbTypes.isMultiType(layer.wkbType()):
                geometry.convertToMultiType()
            features.append(field_types.to_feature(layer.fields(), geometry, attributes))  # the layer's other fields stay null
        if layer.isEditable():
            layer.beginEditCommand("GeoSAM: save segmented polygons")
            ok = layer.addFeatures(features)
            if ok:
                layer.endEditCommand()
            else:
                layer.destroyEditCommand()
            ids = [f.id() for f in features] if ok else []
            where = QCoreApplication.translate("SegmentController", "{0} (in its edit buffer: save or cancel the layer's edits as usual)").format(layer.name())
        else:
            ok, added = layer.dataProvider().addFeatures(features)
            ids = [f.id() for f in added] if ok else []
            where = layer.name()
        if not ok:
            self.message.emit(QCoreApplication.translate("SegmentController", "Could not save into {0}: {1}.").format(layer.name(), layer.dataProvider().lastError() or QCoreApplication.translate("SegmentController", "the layer is read-only")), Qgis.MessageLevel.Critical)
            return []
        layer.triggerRepaint()
        self.history.record_save()
        self.draw_prompt(self.history.current)
        self.show_result(None)
        text = QCoreApplication.translate("SegmentController", "Saved {0} polygon(s) to {1}.").format(len(features), where)
        lacking = [name for name in PROMPT if name not in names]
        if lacking:  # an existing layer of the user's: its own fields stay as they are, and the user learns what was left out
            text += " " + QCoreApplication.translate("SegmentController", "The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).").format(", ".join(lacking))
        self.message.emit(text, Qgis.MessageLevel.Success)
        self.changed.emit()
        return ids

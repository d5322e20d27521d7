# SPDX-License-Identifier: GPL-2.0-or-later
"""Saving the result: new output layers (scratch, GeoPackage, Shapefile) and the polygons added to any polygon layer.
One part of the dock's controller (dock/controller.py wires it)."""

from __future__ import annotations

import os

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...encoder.fields import PROMPT
from .. import field_types
from ..engine_crs import operation_failed, wkb_geometry
from ..field_types import ellipsoid_measure
from .session import canvas_crs


class OutputLayers(QObject):
    """The output layer (output_layer: the dock's choice, or one made by new_scratch_layer / new_file_layer), save,
    and no_overlap (the dock's option: a building saved is cut by the features it overlaps)."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    layerMade = pyqtSignal(object)  # a new output layer, made here (the dock's Layer box shows it)

    def __init__(self, canvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.output_layer: QgsVectorLayer | None = None
        self.no_overlap = True  # buildings are cut by the layer's features they overlap (the dock's option)

    def new_scratch_layer(self, name: str = "GeoSAM polygons", fields: tuple = PROMPT) -> QgsVectorLayer | None:
        """A memory polygon layer in the canvas CRS with the result fields (a prompt's, or fields.FOLLOW's for an
        object through dates), added to the project."""
        layer = QgsVectorLayer(field_types.memory_layer_uri(canvas_crs(self.canvas).authid() or "EPSG:4326", fields), name, "memory")
        return self._added(layer)

    def _added(self, layer: QgsVectorLayer) -> QgsVectorLayer | None:
        """The layer added to the project as the output layer, or None with a message when QGIS refuses it."""
        if not layer.isValid() or QgsProject.instance().addMapLayer(layer) is None:
            self.message.emit(self.tr("QGIS could not add the layer {0}: {1}.").format(layer.name(), layer.dataProvider().lastError() if layer.dataProvider() else layer.source()), Qgis.MessageLevel.Critical)
            return None
        self.output_layer = layer
        self.layerMade.emit(layer)
        return layer

    def new_file_layer(self, path: str) -> QgsVectorLayer | None:
        """A new GeoPackage (.gpkg) or Shapefile (.shp) polygon layer in the canvas CRS, added to the project."""
        from qgis.core import QgsVectorFileWriter

        fields = field_types.output_fields(PROMPT)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "ESRI Shapefile" if path.lower().endswith(".shp") else "GPKG"
        options.fileEncoding = "UTF-8"
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.MultiPolygon, canvas_crs(self.canvas), QgsProject.instance().transformContext(), options)
        error = writer.hasError()
        message = writer.errorMessage()
        del writer  # closes the file
        if error != QgsVectorFileWriter.WriterError.NoError:
            self.message.emit(self.tr("Cannot create {0}: {1}. Choose another file or folder.").format(path, message), Qgis.MessageLevel.Warning)
            return None
        return self._added(QgsVectorLayer(path, os.path.splitext(os.path.basename(path))[0], "ogr"))

    def save(self, results: list, boxes_only: bool = False, clip: bool = False, crs: str | None = None, fields: tuple = PROMPT) -> list[int]:
        """Add results (SegmentResults, their polygons in the canvas CRS) to the output layer, in that layer's CRS,
        as one edit; returns the new feature ids (none: the message says why; boxes_only: the model in use wants
        boxes, and the message says to draw one). clip: no new polygon overlaps the layer's features nor another
        new one (each is cut by them; one left with nothing is not saved, and the message says so). crs: the
        results' CRS as the prompts had it (EPSG:xxxx or WKT; default: the canvas's). fields: the fields the results
        carry (fields.PROMPT, or fields.FOLLOW for an object through dates): those the layer lacks are named.

        A layer in edit mode gets the features in its edit buffer (QGIS's undo and "Cancel edits" take them back);
        otherwise they are committed at once.
        """
        pairs = [(polygon, attributes) for result in results for polygon, attributes in zip(result.polygons, result.attributes)]
        if not pairs:
            if boxes_only:
                self.message.emit(self.tr("Nothing to save: drag a box around an object first."), Qgis.MessageLevel.Info)
            else:
                self.message.emit(self.tr("Nothing to save: click on an object first."), Qgis.MessageLevel.Info)
            return []
        layer = self.output_layer
        if layer is None or not layer.isValid():
            self.message.emit(self.tr("Choose an output polygon layer (or create one) before saving."), Qgis.MessageLevel.Warning)
            return []
        if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
            self.message.emit(self.tr("{0} is not a polygon layer: choose another output layer.").format(layer.name()), Qgis.MessageLevel.Warning)
            return []
        source = QgsCoordinateReferenceSystem(crs) if crs else canvas_crs(self.canvas)  # EPSG:xxxx or WKT, as folder_crs reads it
        features = self._features(layer, pairs, source, clip)
        if features is None:
            return []
        if not features:
            self.message.emit(self.tr("Nothing new to save: the outline lies within {0}'s existing features.").format(layer.name()), Qgis.MessageLevel.Info)
            return []
        if layer.isEditable():
            layer.beginEditCommand("GeoSAM: save segmented polygons")
            ok = layer.addFeatures(features)
            if ok:
                layer.endEditCommand()
            else:
                layer.destroyEditCommand()
            ids = [f.id() for f in features] if ok else []
            where = self.tr("{0} (in its edit buffer: save or cancel the layer's edits as usual)").format(layer.name())
        else:
            ok, added = layer.dataProvider().addFeatures(features)
            ids = [f.id() for f in added] if ok else []
            where = layer.name()
        if not ok:
            self.message.emit(self.tr("Could not save into {0}: {1}.").format(layer.name(), layer.dataProvider().lastError() or self.tr("the layer is read-only")), Qgis.MessageLevel.Critical)
            return []
        layer.triggerRepaint()
        names = layer.fields().names()
        text = self.tr("Saved {0} polygon(s) to {1}.").format(len(features), where)
        if clip and len(features) < len(pairs):
            text += " " + self.tr("{0} lay within existing features and were not saved.").format(len(pairs) - len(features))
        lacking = [name for name in fields if name not in names and name[:10] not in names]  # a Shapefile cuts names to 10 letters
        if lacking:  # an existing layer of the user's: its own fields stay as they are, and the user learns what was left out
            text += " " + self.tr("The layer has no {0} field(s): those values were not saved (a new layer from the dock has them).").format(", ".join(lacking))
        self.message.emit(text, Qgis.MessageLevel.Success)
        return ids

    def _features(self, layer, pairs: list, source, clip: bool) -> list | None:
        """The (WKB, attributes) pairs as features of layer, in its CRS, measured there on the ellipsoid, cut by its
        features when clip; None when a polygon cannot be transformed (the message says so)."""
        transform = QgsCoordinateTransform(source, layer.crs(), QgsProject.instance())
        measure = ellipsoid_measure(layer.crs())
        features = []
        for polygon, attributes in pairs:
            geometry = wkb_geometry(polygon)
            if operation_failed(geometry.transform(transform)):
                self.message.emit(self.tr("Could not transform a polygon into {0}'s CRS ({1}): nothing was saved.").format(layer.name(), layer.crs().authid()), Qgis.MessageLevel.Critical)
                return None
            if clip:
                geometry = self._clipped(layer, geometry, [f.geometry() for f in features])
                if geometry is None:
                    continue
            if QgsWkbTypes.isMultiType(layer.wkbType()):
                geometry.convertToMultiType()
            attributes = dict(attributes, **measure(geometry))  # of the outline as saved (cut or not), on the project's ellipsoid
            features.append(field_types.to_feature(layer.fields(), geometry, attributes))  # the layer's other fields stay null
        return features

    @staticmethod
    def _clipped(layer, geometry, new: list):
        """geometry less the layer's features it overlaps and the new ones saved with it (in the layer's CRS), its
        largest-area remains as one polygon geometry; None when nothing is left (under 1 % of it)."""
        from qgis.core import QgsFeatureRequest

        area = geometry.area()
        request = QgsFeatureRequest().setFilterRect(geometry.boundingBox()).setNoAttributes()
        others = [f.geometry() for f in layer.getFeatures(request)] + new
        for other in others:
            if other is not None and not other.isEmpty() and other.intersects(geometry):
                cut = geometry.difference(other)
                if not cut.isNull():  # GEOS refused (an invalid feature of the layer's): that one is not cut around
                    geometry = cut
        parts = [part for part in geometry.asGeometryCollection() if part.area() > 0] if not geometry.isEmpty() else []
        if not parts or max(part.area() for part in parts) < 0.01 * area:
            return None
        return max(parts, key=lambda part: part.area())  # the building, not the slivers a cut may leave

# SPDX-License-Identifier: GPL-2.0-or-later
"""geosam:exporttrainingdata: a raster (a file, or any QGIS raster layer fetched as Encode raster fetches it) and a
polygon layer -> image chips with COCO, YOLO and mask labels, split into train and val. The worker writes them
(encoder/segment/training.py), with progress and cancel."""

from __future__ import annotations

import hashlib
import json
import os

from qgis.core import (
    NULL,
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from ..engine.layer_pixels import is_file_layer
from ..layer_source import raster_path
from .alg_encode import WebLayerFetch
from .base import GeoSamAlgorithm


class ExportTrainingAlgorithm(WebLayerFetch, GeoSamAlgorithm):
    icon_name = "encode.svg"

    def name(self):
        return "exporttrainingdata"

    def displayName(self):
        return self.tr("Export training data")

    def group(self):
        return self.tr("Encode")

    def groupId(self):
        return "encode"

    def shortHelpString(self):
        return self.tr(
            "Cuts a raster into image chips that hold the polygons' objects, and writes their labels the way trainers read them: "
            "GeoTIFF chips (georeferenced) and PNG or JPEG copies, COCO instances (annotations/instances_train.json and _val.json; "
            "objects with holes as RLE), YOLO segmentation labels with a data.yaml, and per-chip masks (class ids and object ids). "
            "Classes come from the class field (empty: one class, 'object').\n\n"
            "Objects cut by a chip's edge are clipped to it, or skipped; objects under the minimum area (pixels) are left out. "
            "Chips go to validation with the given share, drawn with the seed (the same run gives the same split). "
            "A web layer (XYZ, WMS, ...) is fetched through QGIS over the polygons' extent at its finest resolution, as Encode raster does. "
            "The output folder must be new or empty; nothing is left half-written."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", self.tr("Raster")))
        self.addParameter(QgsProcessingParameterFeatureSource("POLYGONS", self.tr("Polygons"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("CLASS_FIELD", self.tr("Class field"), None, "POLYGONS", optional=True))
        self.addParameter(QgsProcessingParameterNumber("CHIP_SIZE", self.tr("Chip size, px"), QgsProcessingParameterNumber.Type.Integer, 512, minValue=32))
        self.addParameter(QgsProcessingParameterNumber("OVERLAP", self.tr("Overlap, px"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("MIN_AREA", self.tr("Min. object area, px"), QgsProcessingParameterNumber.Type.Double, 16.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum("EDGE", self.tr("Objects cut by a chip edge"), [self.tr("Clip"), self.tr("Skip")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("VAL_FRACTION", self.tr("Validation share"), QgsProcessingParameterNumber.Type.Double, 0.2, minValue=0.0, maxValue=0.95))
        self.addParameter(QgsProcessingParameterNumber("SEED", self.tr("Seed"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterEnum("IMAGE_FORMAT", self.tr("Image format"), ["PNG", "JPEG"], defaultValue=0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", self.tr("Training data folder")))

    def process(self, parameters, context, feedback) -> dict:
        from ...encoder import protocol as p
        from ..engine.api import EngineApi

        layer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        source = self.parameterAsSource(parameters, "POLYGONS", context)
        if layer is None or source is None:
            raise QgsProcessingException(self.tr("Choose a raster layer and a polygon layer."))
        output = self.parameterAsString(parameters, "OUTPUT", context)
        class_field = self.parameterAsString(parameters, "CLASS_FIELD", context)
        chip_size = self.parameterAsInt(parameters, "CHIP_SIZE", context)
        to_raster = QgsCoordinateTransform(source.sourceCrs(), layer.crs(), context.transformContext())
        features = []
        extent = None
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isEmpty():
                continue
            geometry.transform(to_raster)
            if extent is None:
                extent = geometry.boundingBox()
            else:
                extent.combineExtentWith(geometry.boundingBox())
            value = feature[class_field] if class_field else None
            empty = value is None or value == NULL  # QGIS 3's NULL is a QVariant, not None
            features.append({"type": "Feature", "geometry": json.loads(geometry.asJson()), "properties": {"class": None if empty else str(value)}})
        if not features:
            raise QgsProcessingException(self.tr("{0} has no polygons: give a layer with features over the raster.").format(source.sourceName()))
        raster = raster_path(layer)
        if not is_file_layer(layer):  # a web layer: its pixels over the polygons, fetched through QGIS first
            crs = layer.crs()
            region = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), crs.toWkt())
            key = hashlib.sha1(f"{layer.source()}|{region}".encode()).hexdigest()[:12]
            cache = os.path.join(QgsProcessingUtils.tempFolder(), f"geosam-training-{key}")
            raster = self.fetch_layer(layer, region, None, crs, chip_size, chip_size, cache, feedback, context.transformContext())
        polygons = os.path.join(QgsProcessingUtils.tempFolder(), f"geosam-training-{os.getpid()}-{id(self)}.geojson")
        with open(polygons, "w", encoding="utf-8") as fh:
            json.dump({"type": "FeatureCollection", "features": features}, fh)
        options = {
            "chip_size": chip_size, "overlap": self.parameterAsInt(parameters, "OVERLAP", context), "min_area": self.parameterAsDouble(parameters, "MIN_AREA", context),
            "edge": ("clip", "skip")[self.parameterAsEnum(parameters, "EDGE", context)], "val_fraction": self.parameterAsDouble(parameters, "VAL_FRACTION", context),
            "seed": self.parameterAsInt(parameters, "SEED", context), "image_format": ("png", "jpg")[self.parameterAsEnum(parameters, "IMAGE_FORMAT", context)],
        }
        try:
            done = EngineApi().export_training(p.ExportTraining(os.path.abspath(raster), polygons, os.path.abspath(output), options),
                                               progress=feedback.setProgress, cancelled=feedback.isCanceled, discard_on_cancel=True)
        finally:
            os.remove(polygons)
        feedback.pushInfo(self.tr("{0} chips for training and {1} for validation, {2} objects, classes: {3}; in {4}.").format(
            done.chips.get("train", 0), done.chips.get("val", 0), sum(done.objects.values()), ", ".join(done.classes), done.folder))
        return {"OUTPUT": output}

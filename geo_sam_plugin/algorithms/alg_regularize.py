# SPDX-License-Identifier: GPL-2.0-or-later
"""geosam:regularize: any polygon layer's outlines as buildings (right angles, shared walls), fields or natural
shapes. The work runs in the worker (encoder/segment/regularize.py), in chunks, with progress and cancel."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...encoder.defaults import REGULARIZED
from ..engine_crs import crs_as_text
from ..field_types import ellipsoid_measure
from .base import GeoSamAlgorithm

CHUNK = 5000  # polygons a request: a few seconds of the worker's time; neighbours share walls within a chunk


class RegularizeAlgorithm(GeoSamAlgorithm):
    icon_name = "segment.svg"

    def name(self):
        return "regularize"

    def displayName(self):
        return self.tr("Regularize outlines")

    def group(self):
        return self.tr("Segment")

    def groupId(self):
        return "segment"

    def shortHelpString(self):
        return self.tr(
            "Makes traced outlines (a mask's pixel staircase, from GeoSAM or any tool) usable as they come.\n\n"
            "Buildings: straight walls at right angles (or at 45 degrees), fitted to the traced outline so the footprint is kept; "
            "notches smaller than Smallest notch are merged; buildings closer than Neighbour gap at about the same angle keep one shared "
            "wall, with no overlap and no gap. Fields: straight edges at any angle, the area kept. Natural: smooth, the area kept "
            "(lakes, forests, landslides). Holes smaller than Fill holes are filled.\n\n"
            "Tolerance, Smallest notch and Neighbour gap are in the layer's CRS units (metres for a geographic CRS; 0 = twice the "
            "tolerance); about 1.5 times the imagery's pixel size suits a traced mask. Every field is kept."
        ) + "\n\n" + self.tr(
            "Fill holes is an area in the layer's units (square metres for a geographic CRS). Z and M values are dropped and curves made "
            "straight. Outlines are sent to GeoSAM's engine 5,000 at a time, west to east: neighbours share walls within those. "
            "GeoSAM's own fields (area_m2, perimeter_m, style) are set for the new outlines; features without a geometry are left out."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", self.tr("Polygons"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum("STYLE", self.tr("Outline"), [self.tr("Buildings"), self.tr("Fields"), self.tr("Natural")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("TOLERANCE", self.tr("Tolerance"), QgsProcessingParameterNumber.Type.Double, 0.75, minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum("ANGLES", self.tr("Building angles"), [self.tr("90 degrees"), self.tr("45 degrees")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("MIN_EDGE", self.tr("Smallest notch (0 = auto)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber("NEIGHBOUR_GAP", self.tr("Neighbour gap (0 = auto)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber("FILL_HOLES", self.tr("Fill holes under (area)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Regularized"), QgsProcessing.SourceType.TypeVectorPolygon))

    def process(self, parameters, context, feedback) -> dict:
        from ..engine.api import EngineApi

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.tr("Choose a polygon layer to regularize."))
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        if tolerance <= 0:
            raise QgsProcessingException(self.tr("Give a tolerance above 0 (about 1.5 times the imagery's pixel size)."))
        options = {
            "style": REGULARIZED[self.parameterAsEnum(parameters, "STYLE", context)], "tolerance": tolerance,
            "angle_step": (90, 45)[self.parameterAsEnum(parameters, "ANGLES", context)],
            "min_edge": self.parameterAsDouble(parameters, "MIN_EDGE", context), "neighbour_gap": self.parameterAsDouble(parameters, "NEIGHBOUR_GAP", context),
            "fill_holes": self.parameterAsDouble(parameters, "FILL_HOLES", context),
        }
        crs = source.sourceCrs()
        # Outlines are planar and straight: Z and M dropped, curves (a GeoPackage's CurvePolygon) made straight.
        kind = QgsWkbTypes.linearType(QgsWkbTypes.dropM(QgsWkbTypes.dropZ(source.wkbType())))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, source.fields(), kind, crs)
        if sink is None:
            raise QgsProcessingException(self.tr("Cannot create the output layer: check its path and format."))
        # In space order (by x), so that neighbours meet in one chunk of a large layer.
        features = sorted((f for f in source.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()), key=lambda f: f.geometry().boundingBox().xMinimum())
        names = source.fields().names()
        measure = ellipsoid_measure(crs) if {"area_m2", "perimeter_m"} & set(names) else None
        api = EngineApi()
        for start in range(0, len(features), CHUNK):
            if feedback.isCanceled():
                break
            chunk = features[start:start + CHUNK]
            done = api.regularize([bytes(_straight(f.geometry()).asWkb()) for f in chunk], crs_as_text(crs) or None, options)
            for feature, wkb in zip(chunk, done):
                geometry = QgsGeometry()
                geometry.fromWkb(wkb)
                out = QgsFeature(feature)
                out.setGeometry(geometry)
                if measure is not None:  # GeoSAM's own fields describe the new outline, not the staircase
                    for name, value in measure(geometry).items():
                        if name in names:
                            out[name] = value
                if "style" in names:
                    out["style"] = options["style"]
                if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.tr("Cannot write into {0}: check the output's path, format and free disk space.").format(dest))
            feedback.setProgress(100.0 * min(len(features), start + CHUNK) / max(1, len(features)))
        style = self.parameterDefinition("STYLE").options()[self.parameterAsEnum(parameters, "STYLE", context)]
        feedback.pushInfo(self.tr("{0} outlines regularized ({1}).").format(len(features), style))
        return {"OUTPUT": dest}


def _straight(geometry: QgsGeometry) -> QgsGeometry:
    """The geometry without Z, M or curves: what the worker's shapely reads."""
    flat = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(flat.wkbType()):
        flat.convertToStraightSegment()
    flat.get().dropZValue()
    flat.get().dropMValue()
    return flat


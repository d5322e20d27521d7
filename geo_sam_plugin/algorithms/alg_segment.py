# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithms geosam:segmentprompts, geosam:segmenteverything and geosam:segmenttext: a feature folder -> polygons."""

from __future__ import annotations

import os
from collections import OrderedDict

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...encoder import defaults
from ...encoder.defaults import STYLES
from ...encoder.fields import CONCEPT, EVERYTHING, PROCESSING
from .. import field_types
from ..engine_crs import folder_crs, wkb_geometry
from .base import GeoSamAlgorithm, with_dock_choice


def output_fields(names) -> QgsFields:
    """The output fields of Processing's Segment algorithms that are in names, in the schema's order."""
    return field_types.output_fields([name for name in PROCESSING if name in names])


def to_feature(fields: QgsFields, polygon, attributes: dict) -> QgsFeature:
    return field_types.to_feature(fields, wkb_geometry(polygon), attributes)


def _checkpoint(algorithm, parameters, context) -> str | None:
    """CHECKPOINT: a file, or the name of a model downloaded with the model manager; empty: the manifest's."""
    from ...encoder.models.catalogue import resolve_checkpoint
    from ..install.model_manager import models_dir, user_catalogue

    checkpoint = resolve_checkpoint(algorithm.parameterAsFile(parameters, "CHECKPOINT", context), models_dir(), user_catalogue())
    return os.path.abspath(checkpoint) if checkpoint else None


def _folder(algorithm, parameters, context) -> str:
    return os.path.abspath(algorithm.parameterAsFile(parameters, "FEATURES", context))


def _found(search, request, feedback) -> tuple[list, object]:
    """A search in the worker (EngineApi.everything, EngineApi.text), its progress in the feedback and cancel
    honoured: [(WKB polygon in the folder CRS, attributes)] and the typed answer. Nothing is written before it ends."""
    answer, polygons = search(request, progress=feedback.setProgress, cancelled=feedback.isCanceled, discard_on_cancel=True)
    return list(zip(polygons, answer.attributes)), answer


class _SegmentAlgorithm(GeoSamAlgorithm):
    """Algorithms of the 'Segment' group."""

    def _outline_parameter(self) -> QgsProcessingParameterEnum:
        """OUTLINE: the outline style, as the dock's 5. Options > Outline (STYLES, in order)."""
        return QgsProcessingParameterEnum("OUTLINE", self.tr("Outline"), [self.tr("As traced"), self.tr("Buildings"), self.tr("Fields"), self.tr("Natural")], defaultValue=0)

    def group(self):
        return self.tr("Segment")

    def groupId(self):
        return "segment"

    def _extent(self, parameters, context, crs):
        """EXTENT in the folder's CRS as [minx, miny, maxx, maxy], or None (every chip)."""
        if parameters.get("EXTENT") in (None, ""):
            return None
        rect = self.parameterAsExtent(parameters, "EXTENT", context, crs)
        return None if rect.isEmpty() else [rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()]

    def _write_found(self, parameters, context, names: list[str], crs, found: list) -> str:
        """The found polygons (WKB, attributes) into OUTPUT, a polygon layer with the named fields in the folder's CRS."""
        fields = output_fields(names)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            raise QgsProcessingException("Cannot create the output layer: check its path and format.")
        for polygon, attributes in found:
            add_feature(sink, to_feature(fields, polygon, attributes), dest)
        return dest

    def _folder_crs(self, parameters, context):
        """The folder's CRS, asked of the worker (no decoder loaded)."""
        from ..engine.api import EngineApi

        return folder_crs(EngineApi().folder_info(_folder(self, parameters, context)))


def add_feature(sink, feature, dest) -> None:
    """One polygon into the output; a write that fails (a full disk, a read-only layer) stops the run in one line."""
    if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(QCoreApplication.translate("GeoSamAlgorithm", "Cannot write a polygon into {0}: {1}. Check the output's path, format and free disk space.").format(dest, error or "the layer refused it"))


def _feature_boxes(source):
    """(feature, bounding box) for each feature of a polygon source that has a geometry."""
    for feature in source.getFeatures():
        geom = feature.geometry()
        if not geom.isEmpty():
            yield feature, geom.boundingBox()


class SegmentPromptsAlgorithm(_SegmentAlgorithm):
    icon_name = "segment.svg"

    def name(self):
        return "segmentprompts"

    def displayName(self):
        return self.tr("Segment from prompt layers")

    def shortHelpString(self):
        return self.tr(
            "Turns point and box prompts into polygons with a feature folder made by 'Encode raster'. Only SAM's light decoder runs.\n\n"
            "Points: label field 1 = foreground, 0 = background (missing field: all foreground). Without a group field every point is "
            "its own object; with one, the points (and boxes) that share a group value make one object. Boxes: each polygon's bounding "
            "box is one object, combined with the points of its group. Prompt layers may be in any CRS. Objects larger than a chip are "
            "followed into the neighbouring chips and merged. Output: one feature per polygon with score (predicted IoU), area_m2 and "
            "perimeter_m (true, on the ellipsoid), point counts, box used, prompt, outline, chips, model, checkpoint, source and time. "
            "Min. polygon area and Simplify are in the folder's CRS units.\n\n"
            "Outline: As traced (the mask's pixel edges), Buildings (straight walls at right angles), Fields (straight edges) or Natural "
            "(smooth, the same area), as in the dock. Buildings segmented one by one share walls when 'Regularize outlines' runs on them together."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_dock_choice(QgsProcessingParameterFile("FEATURES", self.tr("Feature folder"), behavior=QgsProcessingParameterFile.Behavior.Folder), "last_folder"))
        self.addParameter(QgsProcessingParameterFeatureSource("POINTS", self.tr("Point prompts"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField("LABEL_FIELD", self.tr("Label field (1 foreground, 0 background)"), "label", "POINTS", QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField("GROUP_FIELD", self.tr("Group field (one object per group)"), None, "POINTS", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("BOXES", self.tr("Box prompts"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber("MIN_AREA", self.tr("Min. polygon area (CRS units²)"), QgsProcessingParameterNumber.Type.Double, defaults.MIN_AREA, minValue=0.0))
        self.addParameter(QgsProcessingParameterBoolean("LARGEST_ONLY", self.tr("Largest polygon of each object only"), defaults.LARGEST_ONLY))
        self.addParameter(QgsProcessingParameterNumber("SIMPLIFY", self.tr("Simplify (CRS units, 0 = none)"), QgsProcessingParameterNumber.Type.Double, defaults.SIMPLIFY, minValue=0.0))
        self.addParameter(self._outline_parameter())
        self.addParameter(QgsProcessingParameterFile("CHECKPOINT", self.tr("Checkpoint (default: the folder's)"), optional=True, fileFilter="Checkpoints (*.pth *.pt)"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Segmented polygons"), QgsProcessing.SourceType.TypeVectorPolygon))

    def _prompts(self, parameters, context):
        """OrderedDict group -> {'points': [(x, y)], 'labels': [..], 'box': (..)|None, 'crs': wkt}."""
        objects: OrderedDict = OrderedDict()
        points = self.parameterAsSource(parameters, "POINTS", context)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        group_field = self.parameterAsString(parameters, "GROUP_FIELD", context)
        if points is not None:
            fields = points.fields()
            has_label = bool(label_field) and fields.lookupField(label_field) >= 0
            has_group = bool(group_field) and fields.lookupField(group_field) >= 0
            crs = points.sourceCrs().toWkt()
            for feature in points.getFeatures():
                geom = feature.geometry()
                if geom.isEmpty():
                    continue
                key = str(feature[group_field]) if has_group else f"point {feature.id()}"
                obj = objects.setdefault(key, {"points": [], "labels": [], "box": None, "crs": crs})
                label = int(feature[label_field]) if has_label and feature[label_field] is not None else 1
                for vertex in geom.vertices():
                    obj["points"].append((vertex.x(), vertex.y()))
                    obj["labels"].append(label)
        boxes = self.parameterAsSource(parameters, "BOXES", context)
        if boxes is not None:
            has_group = bool(group_field) and boxes.fields().lookupField(group_field) >= 0
            box_crs = boxes.sourceCrs().toWkt()
            for feature, rect in _feature_boxes(boxes):
                key = str(feature[group_field]) if has_group else f"box {feature.id()}"
                obj = objects.setdefault(key, {"points": [], "labels": [], "box": None, "crs": box_crs})
                if obj["points"] and obj["crs"] != box_crs:
                    raise QgsProcessingException(f"Points and boxes of group {key} are in different CRSs: reproject one layer first.")
                obj["box"] = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return objects

    def process(self, parameters, context, feedback):
        from ..engine.remote import RemoteEngine

        objects = self._prompts(parameters, context)
        if not objects:
            raise QgsProcessingException("The prompt layers hold no points or boxes: add prompts, or choose other layers.")
        # The reference decoder (segment_anything's / sam2's own), in the worker.
        engine = RemoteEngine.open_folder(_folder(self, parameters, context), _checkpoint(self, parameters, context), decoder="torch", warm=False)
        options = {
            "min_area": self.parameterAsDouble(parameters, "MIN_AREA", context),
            "largest_only": self.parameterAsBool(parameters, "LARGEST_ONLY", context),
            "simplify": self.parameterAsDouble(parameters, "SIMPLIFY", context),
            "style": STYLES[self.parameterAsEnum(parameters, "OUTLINE", context)],
        }
        fields = output_fields(PROCESSING)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Polygon, folder_crs(engine))
        if sink is None:
            raise QgsProcessingException("Cannot create the output layer: check its path and format.")
        background_only = [group for group, obj in objects.items() if obj["box"] is None and 1 not in obj["labels"]]
        if background_only:
            feedback.pushInfo(self.tr("Skipped {0} prompt object(s) with only background points (label 0) and no box: a background point only refines an object.").format(
                len(background_only)))
            objects = OrderedDict((group, obj) for group, obj in objects.items() if group not in set(background_only))
        written = 0
        for i, (group, obj) in enumerate(objects.items()):
            if feedback.isCanceled():
                break
            result = engine.query(points=obj["points"] or None, labels=obj["labels"] or None, box=obj["box"], crs=obj["crs"], options=options)
            for polygon, attributes in zip(result.polygons, result.attributes):
                add_feature(sink, to_feature(fields, polygon, dict(attributes, group=group)), dest)
                written += 1
            feedback.setProgress(100.0 * (i + 1) / len(objects))
        engine.close()
        feedback.pushInfo(self.tr("{0} polygons from {1} prompt objects.").format(written, len(objects)))
        return {"OUTPUT": dest}


class SegmentEverythingAlgorithm(_SegmentAlgorithm):
    icon_name = "everything.svg"

    def name(self):
        return "segmenteverything"

    def displayName(self):
        return self.tr("Segment everything")

    def shortHelpString(self):
        return self.tr(
            "Automatic masks over every chip of a feature folder (or of an extent): a grid of point prompts per chip, each "
            "giving SAM's three masks, kept when the predicted IoU and the stability score pass their thresholds. Polygons "
            "found twice where chips overlap (or by neighbouring points) are removed by IoU, keeping the best-scored one."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_dock_choice(QgsProcessingParameterFile("FEATURES", self.tr("Feature folder"), behavior=QgsProcessingParameterFile.Behavior.Folder), "last_folder"))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent (default: every chip)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("POINTS_PER_SIDE", self.tr("Points per chip side"), QgsProcessingParameterNumber.Type.Integer, defaults.POINTS_PER_SIDE, minValue=1, maxValue=64))
        self.addParameter(QgsProcessingParameterNumber("PRED_IOU_THRESH", self.tr("Predicted IoU threshold"), QgsProcessingParameterNumber.Type.Double, defaults.PRED_IOU_THRESH, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber("STABILITY_THRESH", self.tr("Stability score threshold"), QgsProcessingParameterNumber.Type.Double, defaults.STABILITY_THRESH, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber("MIN_AREA", self.tr("Min. polygon area (CRS units²)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(self._outline_parameter())
        self.addParameter(QgsProcessingParameterFile("CHECKPOINT", self.tr("Checkpoint (default: the folder's)"), optional=True, fileFilter="Checkpoints (*.pth *.pt)"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Polygons"), QgsProcessing.SourceType.TypeVectorPolygon))

    def process(self, parameters, context, feedback):
        crs = self._folder_crs(parameters, context)
        options = {
            "points_per_side": self.parameterAsInt(parameters, "POINTS_PER_SIDE", context),
            "pred_iou_thresh": self.parameterAsDouble(parameters, "PRED_IOU_THRESH", context),
            "stability_thresh": self.parameterAsDouble(parameters, "STABILITY_THRESH", context),
            "min_area": self.parameterAsDouble(parameters, "MIN_AREA", context),
            "style": STYLES[self.parameterAsEnum(parameters, "OUTLINE", context)],
        }
        # The fast decoder in the worker (SAM and SAM 2 on a CPU: logits equal to the reference's within 1e-6): a grid of prompts is many decodes.
        # The output is created only once every stage has run: a cancelled run leaves no layer.
        from ...encoder.protocol import Everything
        from ..engine.api import EngineApi

        request = Everything(_folder(self, parameters, context), _checkpoint(self, parameters, context), self._extent(parameters, context, crs), options)
        found, _ = _found(EngineApi().everything, request, feedback)
        dest = self._write_found(parameters, context, list(EVERYTHING), crs, found)
        if found:
            feedback.pushInfo(self.tr("{0} polygons.").format(len(found)))
        else:
            area = self.tr(", area >= {0:g}").format(options["min_area"]) if options["min_area"] else ""
            feedback.pushWarning(self.tr("0 polygons: no mask passed the thresholds (predicted IoU >= {0:g}, stability >= {1:g}{2}). Lower them, or add points per chip side.").format(
                options["pred_iou_thresh"], options["stability_thresh"], area))
        return {"OUTPUT": dest}


class SegmentTextAlgorithm(_SegmentAlgorithm):
    icon_name = "segment.svg"

    def name(self):
        return "segmenttext"

    def displayName(self):
        return self.tr("Segment by text (SAM 3)")

    def shortHelpString(self):
        return self.tr(
            "Finds every instance of a concept ('building', 'field', 'lake') in a feature folder encoded with SAM 3 (sam3.pt), or "
            "in the chips touching an extent. SAM 3's grounding runs on each chip's cached features; detections scoring at least "
            "the threshold become polygons with 'concept' and 'score' attributes, and the same object found on overlapping chips "
            "is kept once (the best-scored). No match gives an empty layer and a message. SAM and SAM 2 folders do not read text.\n\n"
            "Example boxes ('more like this one'): polygons drawn around one or a few examples, all within one chip; the text may "
            "then be empty. A label field with 0 marks an example of what not to find."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(with_dock_choice(QgsProcessingParameterFile("FEATURES", self.tr("Feature folder (SAM 3)"), behavior=QgsProcessingParameterFile.Behavior.Folder), "last_folder"))
        self.addParameter(QgsProcessingParameterString("TEXT", self.tr("Text prompt (a short noun phrase)"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource("EXAMPLES", self.tr("Example boxes: objects like these"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                "EXAMPLE_LABEL_FIELD", self.tr("Example label (1 like, 0 not like)"), None, "EXAMPLES", QgsProcessingParameterField.DataType.Numeric, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterNumber("THRESHOLD", self.tr("Score threshold"), QgsProcessingParameterNumber.Type.Double, defaults.CONCEPT_THRESHOLD, minValue=0.0, maxValue=0.99))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent (default: every chip)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("MIN_AREA", self.tr("Min. polygon area (CRS units²)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(self._outline_parameter())
        self.addParameter(QgsProcessingParameterFile("CHECKPOINT", self.tr("Checkpoint (default: the folder's)"), optional=True, fileFilter="Checkpoints (*.pth *.pt)"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Polygons"), QgsProcessing.SourceType.TypeVectorPolygon))

    def _examples(self, parameters, context) -> tuple[list, str | None]:
        """The example polygons' bounding boxes (minx, miny, maxx, maxy, label) and their layer's CRS."""
        source = self.parameterAsSource(parameters, "EXAMPLES", context)
        if source is None:
            return [], None
        field = self.parameterAsString(parameters, "EXAMPLE_LABEL_FIELD", context)
        has_label = bool(field) and source.fields().lookupField(field) >= 0
        boxes = []
        for feature, rect in _feature_boxes(source):
            label = int(feature[field]) if has_label and feature[field] is not None else 1
            boxes.append((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum(), label))
        return boxes, source.sourceCrs().toWkt()

    def process(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, "TEXT", context)
        examples, examples_crs = self._examples(parameters, context)
        crs = self._folder_crs(parameters, context)
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        from ...encoder.protocol import Text
        from ..engine.api import EngineApi

        request = Text(
            _folder(self, parameters, context), _checkpoint(self, parameters, context), text, self._extent(parameters, context, crs),
            {"threshold": threshold, "min_area": self.parameterAsDouble(parameters, "MIN_AREA", context), "style": STYLES[self.parameterAsEnum(parameters, "OUTLINE", context)]},
            [list(b) for b in examples] or None, examples_crs,
        )
        found, answer = _found(EngineApi().text, request, feedback)
        concept = answer.concept
        dest = self._write_found(parameters, context, list(CONCEPT), crs, found)
        if found:
            feedback.pushInfo(self.tr("{0} '{1}' polygons.").format(len(found), concept))
        else:
            feedback.pushWarning(self.tr("No '{0}' found with a score of {1:g} or more: the layer is empty. Lower the threshold to see weaker matches.").format(concept, threshold))
        return {"OUTPUT": dest}

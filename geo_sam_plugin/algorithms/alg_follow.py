# SPDX-License-Identifier: GPL-2.0-or-later
"""geosam:followdates: one click, every date. Rasters of one place on several dates and prompts on one of them ->
each object's outline on every date (SAM 2's memory, or the same prompt on each date for other models). The work
runs in the worker (encoder/segment/follow.py), with progress and cancel."""

from __future__ import annotations

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...encoder.fields import FOLLOW
from .. import field_types
from ..engine.layer_pixels import is_file_layer
from ..engine_crs import crs_as_text
from ..layer_source import raster_path
from .alg_encode import WebLayerFetch
from .base import GeoSamAlgorithm, with_dock_choice


class FollowDatesAlgorithm(WebLayerFetch, GeoSamAlgorithm):
    icon_name = "segment.svg"

    def name(self):
        return "followdates"

    def displayName(self):
        return self.tr("Follow objects through dates")

    def group(self):
        return self.tr("Segment")

    def groupId(self):
        return "segment"

    def shortHelpString(self):
        return self.tr(
            "Rasters of one place on several dates (a shoreline year by year, a field through a season, before and after a storm) "
            "and prompts on one of them: each object's outline on every date, one feature per object and date, with its date, "
            "true area (area_m2) and the change from the previous date (change_m2).\n\n"
            "Each raster is encoded once into a feature folder of its own under Feature folders, on the first date's grid (a later "
            "run with the same folders reuses them). With a SAM 2 / 2.1 checkpoint, SAM 2's memory carries each object from date to "
            "date, forwards and backwards from the prompted date: it may move, change shape or vanish (found = 0, no geometry). Other "
            "models decode the same prompt on every date (method = same prompt)."
        ) + "\n\n" + self.tr(
            "Dates: one per raster, comma-separated (YYYY-MM-DD); empty: each file's acquisition date from its metadata, else a date "
            "in its name, else the list's order. Prompts: a point layer (clicks) or a polygon layer (each polygon's bounding box is a "
            "box); Object field groups several clicks into one object; Date field names the date a prompt is on (a date, or its place "
            "in date order; empty: the earliest): an object's prompts on the date of its first feature start it, those on other dates correct it there. "
            "A web layer (XYZ, WMS, WMTS, ...) as a date is fetched through QGIS over the earliest raster file's extent, on its grid, into "
            "Feature folders (its date from its name, e.g. Esri Wayback's, where Dates is empty)."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers("RASTERS", self.tr("Rasters (one per date)"), QgsProcessing.SourceType.TypeRaster))
        self.addParameter(QgsProcessingParameterString("DATES", self.tr("Dates (comma-separated; empty: from the files)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("PROMPTS", self.tr("Prompts (points, or polygons as boxes)"),
                                                              [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("OBJECT_FIELD", self.tr("Object field"), parentLayerParameterName="PROMPTS", optional=True))
        self.addParameter(QgsProcessingParameterField("DATE_FIELD", self.tr("Date field (the date a prompt is on)"), parentLayerParameterName="PROMPTS", optional=True))
        self.addParameter(with_dock_choice(QgsProcessingParameterFile("CHECKPOINT", self.tr("Checkpoint (file or model name)"), fileFilter="Checkpoints (*.pth *.pt);;All files (*)"), "checkpoint"))
        self.addParameter(QgsProcessingParameterFolderDestination("FOLDERS", self.tr("Feature folders (one per date)")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Objects through dates"), QgsProcessing.SourceType.TypeVectorPolygon))

    def process(self, parameters, context, feedback) -> dict:
        from ...encoder import protocol as p
        from ...encoder.models.catalogue import resolve_checkpoint
        from ..engine.api import EngineApi
        from ..install.model_manager import models_dir, user_catalogue

        layers = self.parameterAsLayerList(parameters, "RASTERS", context)
        if len(layers) < 2:
            raise QgsProcessingException(self.tr("Give at least two rasters, one per date."))
        checkpoint = resolve_checkpoint(self.parameterAsFile(parameters, "CHECKPOINT", context), models_dir(), user_catalogue())
        if not checkpoint:
            raise QgsProcessingException(self.tr("Choose a checkpoint (a SAM 2 / 2.1 file follows with its memory)."))
        dates_text = self.parameterAsString(parameters, "DATES", context).strip()
        folders = self.parameterAsString(parameters, "FOLDERS", context)
        rasters = [raster_path(layer) if is_file_layer(layer) else None for layer in layers]
        if None in rasters:  # web layers: fetched over the first file's grid, their dates from their names
            dates_text = dates_text or self._dates_with_web_layers(layers)
            rasters = self._fetch_web_layers(layers, rasters, dates_text, checkpoint, folders, feedback, context)
        source = self.parameterAsSource(parameters, "PROMPTS", context)
        if source is None:
            raise QgsProcessingException(self.tr("Choose a prompt layer (points or polygons)."))
        prompts = self._prompts(source, self.parameterAsString(parameters, "OBJECT_FIELD", context), self.parameterAsString(parameters, "DATE_FIELD", context))
        if not prompts:
            raise QgsProcessingException(self.tr("The prompt layer has no features with a geometry: add a point or a box on one date."))
        crs = crs_as_text(source.sourceCrs())
        request = p.FollowDates(rasters, os.path.abspath(checkpoint), folders,
                                prompts, crs, [d.strip() for d in dates_text.split(",")] if dates_text else None, crs)
        reply, payloads = EngineApi().follow_dates(request, progress=feedback.setProgress, cancelled=feedback.isCanceled)
        fields = field_types.output_fields(FOLLOW)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon, QgsCoordinateReferenceSystem(crs))
        if sink is None:
            raise QgsProcessingException(self.tr("Cannot create the output layer: check its path and format."))
        for attributes, wkb in zip(reply.attributes, payloads):
            geometry = QgsGeometry()
            if wkb:
                geometry.fromWkb(wkb)
            if not sink.addFeature(field_types.to_feature(fields, geometry, attributes), QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Cannot write into {0}: check the output's path, format and free disk space.").format(dest))
        found = sum(int(a.get("found", 0)) for a in reply.attributes)
        feedback.pushInfo(self.tr("{0} object(s) through {1} date(s): {2} outline(s), {3} date(s) where an object was not found ({4}).").format(
            len(prompts), len(reply.attributes) // max(len(prompts), 1), found, len(reply.attributes) - found, reply.attributes[0].get("method", "") if reply.attributes else ""))
        return {"OUTPUT": dest}

    def _dates_with_web_layers(self, layers) -> str:
        """The dates, read where DATES is empty and a web layer is among the rasters: a file's from its metadata or
        name, a web layer's from its name (Esri Wayback's "World Imagery (Wayback 2019-06-26)"); one that has none is
        refused in one line, unless none has any (the list's order is then time)."""
        from ..engine.api import EngineApi

        read = EngineApi().read_dates([raster_path(layer) if is_file_layer(layer) else layer.name() for layer in layers])
        if not any(read.dates):
            return ""
        for layer, date in zip(layers, read.dates):
            if not date:
                raise QgsProcessingException(self.tr("No date found for {0} (none in its metadata or name): give the dates, one per raster, in Dates.").format(layer.name()))
        return ",".join(read.dates)

    def _fetch_web_layers(self, layers, rasters: list, dates_text: str, checkpoint: str, folders: str, feedback, context) -> list:
        """Each web layer (XYZ, WMS, WMTS, ...) fetched through QGIS over the earliest raster file's extent, CRS and
        pixel size (the dates' grid: the worker reads the other files on it) into a tile cache under FOLDERS
        (layer_pixels.web_cache_name: resumable), which the worker reads as that date's raster."""
        from ...encoder.defaults import default_stride
        from ..engine.api import EngineApi
        from ..engine.layer_pixels import web_cache_name

        files = [layer for layer, path in zip(layers, rasters) if path is not None]
        if dates_text:  # the earliest file by its date (YYYY-MM-DD sorts as text; the list's order breaks ties)
            given = dict(zip((layer.id() for layer in layers), (d.strip() for d in dates_text.split(","))))
            files.sort(key=lambda layer: given.get(layer.id(), ""))
        first = files[0] if files else None
        if first is None:
            raise QgsProcessingException(self.tr("Give at least one raster file among the dates: web layers are fetched over its extent, on its grid."))
        extent = first.extent()
        chip_size = EngineApi().model_info(checkpoint, None).chip_size
        fetched = []
        for layer, path in zip(layers, rasters):
            if path is None:
                feedback.pushInfo(self.tr("{0} is a web layer: fetching it over {1}'s extent.").format(layer.name(), first.name()))
                path = self.fetch_layer(layer, (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(), first.crs().toWkt()),
                                        first.rasterUnitsPerPixelX(), first.crs(), chip_size, default_stride(chip_size),
                                        os.path.join(folders, web_cache_name(layer)), feedback, context.transformContext())
            fetched.append(path)
        return fetched

    def _prompts(self, source, object_field: str, date_field: str) -> list[dict]:
        """The prompt layer's features as objects: points are clicks (label 1), polygons their bounding boxes. An
        object's features on the date of its first feature (the Date field; empty: the earliest date) prompt it; those
        on other dates correct it there (SAM 2 propagates again from them)."""
        objects: dict = {}
        for number, feature in enumerate(source.getFeatures(), start=1):
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            key = _text(feature[object_field]) if object_field else str(number)
            on = (_text(feature[date_field]) if date_field else "") or "1"
            dates = objects.setdefault(key or str(number), {})
            entry = dates.setdefault(on, {"on": on, "points": [], "labels": [], "box": None})
            if geometry.type() == QgsWkbTypes.GeometryType.PointGeometry:
                entry["points"] += [[pt.x(), pt.y()] for pt in geometry.vertices()]
                entry["labels"] += [1] * (len(entry["points"]) - len(entry["labels"]))
            else:
                box = geometry.boundingBox()
                entry["box"] = [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]
        prompts = []
        for key, dates in objects.items():
            first, *others = dates.values()
            prompts.append({"object_id": key, **first, "corrections": others})
        return prompts


def _text(value) -> str:
    """A field's value as text: a date field as YYYY-MM-DD, NULL as empty."""
    if value is None or str(value) == "NULL":
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime
        return value.toString("yyyy-MM-dd") if value.isValid() else ""
    return str(value).strip()

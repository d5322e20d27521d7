# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm geosam:encoderaster: a raster layer -> a feature folder (encoded in the GeoSAM worker)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBand,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ...encoder import defaults
from ...encoder.defaults import PRECISIONS, default_stride
from ..engine.layer_pixels import is_file_layer
from ..layer_source import raster_path
from .base import GeoSamAlgorithm, with_dock_choice

MODELS = ["auto", "sam", "sam2"]
# openvino:GPU: an Intel GPU through OpenVINO (encoder/models/openvino_encoder.py), last so that saved models keep their choices.
DEVICES = ["auto", "cpu", "cuda", "mps", defaults.INTEL_GPU]
# In the order of PRECISIONS.
PRECISION_LABELS = ["float32 (exact, as the reference predictors)", "bfloat16 (GPU, or a CPU with AMX / AVX-512 BF16)", "float16 (GPU only)",
                    "int8 (CPU or Intel GPU, once Measure's accuracy gate passed)"]


class WebLayerFetch:
    """A Processing algorithm's fetch of a layer that is not a file (XYZ, WMS, WMTS, ArcGIS MapServer, WCS): its
    pixels through QGIS into a tile cache that the worker reads like a raster (Encode raster, Export training data)."""

    def fetch_layer(self, layer, extent, resolution, crs, chip_size, stride, output, feedback, transform_context) -> str:
        """A layer that is not a file: its pixels fetched through its provider into the folder's tile cache
        (resumable), in crs when it is valid (else the layer's own); returns the cache, which the worker encodes like
        a raster."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsRectangle

        from ..engine.layer_pixels import (
            LayerSourceError,
            TileFetcher,
            check_size,
            layer_grid,
            native_resolution,
            pixel_size_text,
            prepare_cache,
            size_text,
            source_definition,
            unit_abbreviation,
        )

        try:
            rect = None
            if extent is not None:
                rect = QgsRectangle(*extent[:4])
                extent_crs = QgsCoordinateReferenceSystem.fromWkt(extent[4])
                target = crs if crs.isValid() else layer.crs()
                if extent_crs.isValid() and extent_crs != target:
                    try:
                        rect = QgsCoordinateTransform(extent_crs, target, transform_context).transformBoundingBox(rect)
                    except QgsCsException:
                        raise LayerSourceError(f"The extent cannot be shown in {target.authid() or target.description()}: choose a CRS that covers it.") from None
            grid = layer_grid(layer, rect, resolution, crs, transform_context)
            native = native_resolution(layer)
            if resolution and native and not grid.reprojected and resolution < native * 0.999:  # asked for: done, and said
                unit = unit_abbreviation(layer.crs())
                feedback.pushWarning(self.tr("{0}'s deepest zoom is {1:.3g} {3} a pixel: at {2:.3g} {3} its tiles are upsampled, more chips to encode and no detail gained. "
                                             "Set Pixel size to 0 for the layer's own.").format(layer.name(), native, resolution, unit))
            chips, size = check_size(layer, grid, chip_size, stride)
            feedback.pushInfo(self.tr("{0}: {1} x {2} px at {3} a pixel, {4} chips of {5} px, about {6} to download.").format(
                layer.name(), grid.width, grid.height, pixel_size_text(grid), chips, chip_size, size_text(size)))
            fetcher = TileFetcher(layer, grid, prepare_cache(output, grid, source_definition(layer, grid)), transform_context)

            def progress(done: int, total: int) -> None:
                feedback.setProgressText(self.tr("Fetching {0}: tile {1} of {2}").format(layer.name(), done, total))

            fetcher.run(cancelled=feedback.isCanceled, progress=progress)
        except LayerSourceError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(self.tr("{0} tiles fetched from {1} into {2}.").format(fetcher.fetched, layer.name(), fetcher.cache))
        return str(fetcher.cache)


class EncodeRasterAlgorithm(WebLayerFetch, GeoSamAlgorithm):
    icon_name = "encode.svg"

    def name(self):
        return "encoderaster"

    def displayName(self):
        return self.tr("Encode raster (SAM image features)")

    def group(self):
        return self.tr("Encode")

    def groupId(self):
        return "encode"

    def shortHelpString(self):
        return self.tr(
            "Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, "
            "and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder "
            "then runs only the light decoder.\n\n"
            "Bands: up to 3, any order (one band is copied to three). Value range: 'min,max' scaled to 0..255; "
            "empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, "
            "one range for every chip). Chip size 0 = the model's native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. "
            "Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. "
            "Compute precision: float32 gives the reference predictors' features; bfloat16 runs on a GPU and, in OpenVINO, on CPUs with AMX / "
            "AVX-512 BF16 (Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; see docs/performance.md) and is slow on other CPUs; "
            "float16 needs a GPU; int8 runs on a CPU in OpenVINO, once the dock's Measure (or python -m encoder measure --raster) found its "
            "masks close enough to float32's on your checkpoint and imagery. On a CPU, a precision that failed that accuracy gate is refused. "
            "The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), "
            "or a downloaded model's name; without a GPU, mobile_sam encodes about six times faster than ViT-B.\n\n"
            "Web layers (XYZ, WMS, WMTS, ArcGIS MapServer, WCS) are fetched through QGIS, with its proxy and authentication settings, "
            "at Pixel size (0 = the finest the layer serves: an XYZ / WMTS layer's deepest zoom; a finer one is done, with a warning) over Extent, "
            "into the feature folder; the chip count and download size are said first, and requests of more than 4000 chips are refused. "
            "An interrupted fetch resumes.\n\n"
            "The checkpoint starts as the one last chosen in the GeoSAM dock. Dask scheduler address (advanced): tcp://host:8786, or local:4 "
            "for four workers on this machine, encodes on a cluster."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", self.tr("Input raster")))
        self.addParameter(QgsProcessingParameterBand("BANDS", self.tr("Bands (up to 3, in order)"), None, "INPUT", optional=True, allowMultiple=True))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent (default: whole raster)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", self.tr("CRS (default: the raster's)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("RESOLUTION", self.tr("Pixel size (0 = native)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterString("VALUE_RANGE", self.tr("Value range min,max (empty: automatic)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("CHIP_SIZE", self.tr("Chip size, px (0 = the model's)"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("STRIDE", self.tr("Stride, px (0 = half a chip)"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(with_dock_choice(QgsProcessingParameterFile("CHECKPOINT", self.tr("Checkpoint (file or model name)"), fileFilter="Checkpoints (*.pth *.pt);;All files (*)"), "checkpoint"))
        self.addParameter(QgsProcessingParameterEnum("MODEL", self.tr("Model family"), MODELS, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("DEVICE", self.tr("Device"), DEVICES, defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("BATCH_SIZE", self.tr("Batch size"), QgsProcessingParameterNumber.Type.Integer, 1, minValue=1, maxValue=64))
        self.addParameter(QgsProcessingParameterEnum("PRECISION", self.tr("Compute precision"), PRECISION_LABELS, defaultValue=PRECISIONS.index(defaults.PRECISION)))
        self.addParameter(QgsProcessingParameterEnum("FEATURE_DTYPE", self.tr("Stored feature precision"), list(defaults.FEATURE_DTYPES), defaultValue=defaults.FEATURE_DTYPES.index(defaults.FEATURE_DTYPE)))
        scheduler = QgsProcessingParameterString("SCHEDULER", self.tr("Dask scheduler address (optional)"), optional=True)
        scheduler.setFlags(scheduler.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(scheduler)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", self.tr("Feature folder")))
        self.addOutput(QgsProcessingOutputNumber("CHIP_COUNT", self.tr("Chips in the folder")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED_NODATA", self.tr("Chips skipped as nodata")))

    def process(self, parameters, context, feedback):
        from ...encoder.models.catalogue import resolve_checkpoint
        from ..engine.api import EngineApi, encode_request
        from ..install.model_manager import models_dir, user_catalogue

        layer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException("Choose an input raster layer.")
        bands = self.parameterAsInts(parameters, "BANDS", context) or None
        crs = self.parameterAsCrs(parameters, "CRS", context)
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context) or None
        dataset = {"crs": crs.toWkt() if crs.isValid() else None, "indexes": bands, "resolution": resolution}
        extent = None
        if parameters.get("EXTENT") not in (None, ""):
            rect = self.parameterAsExtent(parameters, "EXTENT", context)
            rect_crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
            if not rect.isEmpty():
                crs_text = (rect_crs if rect_crs.isValid() else layer.crs()).toWkt()
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum(), crs_text)
        output = self.parameterAsString(parameters, "OUTPUT", context)
        raster = raster_path(layer)
        model = MODELS[self.parameterAsEnum(parameters, "MODEL", context)]
        checkpoint = resolve_checkpoint(self.parameterAsFile(parameters, "CHECKPOINT", context), models_dir(), user_catalogue())
        if not is_file_layer(layer):  # XYZ, WMS, WMTS, ArcGIS MapServer, WCS...: its pixels through QGIS first
            if bands:
                raise QgsProcessingException(self.tr("{0} is drawn by QGIS: leave Bands empty (it is encoded as the RGB that QGIS draws).").format(layer.name()))
            # The checkpoint read before anything is fetched (a wrong one is refused now, in one line), and the model's
            # own chips counted: 1024 px for SAM, 256 for LiteMedSAM, 1008 for SAM 3.
            info = EngineApi().model_info(checkpoint or "", None if model == "auto" else model)
            chip_size = self.parameterAsInt(parameters, "CHIP_SIZE", context) or info.chip_size
            stride = self.parameterAsInt(parameters, "STRIDE", context) or default_stride(chip_size)
            raster = self.fetch_layer(layer, extent, resolution, crs, chip_size, stride, output, feedback, context.transformContext())
            dataset, extent = {}, None
        device = DEVICES[self.parameterAsEnum(parameters, "DEVICE", context)]
        scheduler = self.parameterAsString(parameters, "SCHEDULER", context).strip()
        request = encode_request(
            raster, checkpoint or "", output, model_type=None if model == "auto" else model, scheduler=scheduler, **dataset,
            chip_size=self.parameterAsInt(parameters, "CHIP_SIZE", context) or None, stride=self.parameterAsInt(parameters, "STRIDE", context) or None,
            extent=extent, value_range=self.parameterAsString(parameters, "VALUE_RANGE", context) or None,
            batch_size=self.parameterAsInt(parameters, "BATCH_SIZE", context), device=None if device == "auto" else device,
            feature_dtype=defaults.FEATURE_DTYPES[self.parameterAsEnum(parameters, "FEATURE_DTYPE", context)],
            precision=PRECISIONS[self.parameterAsEnum(parameters, "PRECISION", context)],
        )

        if feedback.isCanceled():
            return {"OUTPUT": output, "CHIP_COUNT": 0, "SKIPPED_NODATA": 0}

        def on_event(event: dict) -> None:
            if event["event"] == "plan":
                feedback.pushInfo(self.tr("Device: {0}").format(event["device"]))
                feedback.pushInfo(event["text"])
            elif event["event"] == "log":
                feedback.pushInfo(event["text"])
            elif event["event"] == "progress":
                feedback.setProgress(event["percent"])
                if event.get("chips_per_s") is not None:
                    text = self.tr("{0}/{1} chips, {2:.2f} chips/s").format(event["done"], event["total"], event["chips_per_s"])
                    if event.get("eta_s"):
                        text = self.tr("{0}, about {1:.0f} s left").format(text, event["eta_s"])
                    feedback.setProgressText(text)

        # In the worker, with its own torch and threads: QGIS's process (qgis_process too) never runs the encoder.
        result = EngineApi().encode(request, cancelled=feedback.isCanceled, on_event=on_event)
        if result.cluster:
            feedback.pushInfo(self.tr("{0} chips in {1} ({2} nodata chips skipped), encoded by the cluster.").format(result.chips, output, result.skipped_nodata))
        else:
            feedback.pushInfo(self.tr("{0} chips in {1} ({2} reused, {3} nodata chips skipped) in {4:.1f} s.").format(
                result.chips, output, result.reused, result.skipped_nodata, result.seconds))
        return {"OUTPUT": output, "CHIP_COUNT": result.chips, "SKIPPED_NODATA": result.skipped_nodata}

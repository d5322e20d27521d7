"""Processing algorithm geosam:encoderaster: a raster layer -> a feature folder."""

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
from ...encoder.models.runtime import PRECISIONS
from .base import GeoSamAlgorithm

MODELS = ["auto", "sam", "sam2"]
DEVICES = ["auto", "cpu", "cuda", "mps"]
# In the order of PRECISIONS.
PRECISION_LABELS = ["float32 (exact, as the reference predictors)", "bfloat16 (GPU, or a CPU with AMX / AVX-512 BF16)", "float16 (GPU only)"]


class EncodeRasterAlgorithm(GeoSamAlgorithm):
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
        return (
            "Runs the Segment Anything image encoder (SAM, SAM 2, SAM 3 or MobileSAM) over a georeferenced raster, chip by chip, "
            "and writes a feature folder (manifest.parquet + features/chip_NNNNNN.pt). Segmenting from that folder "
            "then runs only the light decoder.\n\n"
            "Bands: up to 3, any order (one band is copied to three). Value range: 'min,max' scaled to 0..255; "
            "empty = automatic (8-bit passes through, other types use the 2nd-98th percentiles of the whole raster, "
            "one range for every chip). Chip size 0 = the model's native size (1024 px; 1008 for SAM 3, 256 for LiteMedSAM); stride 0 = half a chip. "
            "Re-running with the same settings resumes an interrupted encode; other settings into a used folder are refused. "
            "Compute precision: float32 gives the reference predictors' features; bfloat16 runs on a GPU and on CPUs with AMX / AVX-512 BF16 "
            "(Intel Xeon Sapphire Rapids and later, AMD Zen 4 and later; 2-3x faster than float32 on an AMX core, see the README's Performance table) "
            "and is slow on other CPUs; float16 needs a GPU. "
            "The checkpoint is a SAM, SAM 2, SAM 3 or MobileSAM file (sam_vit_b_01ec64.pth, sam2.1_hiera_tiny.pt, sam3.pt, mobile_sam.pt, ...), "
            "or a downloaded model's name; without a GPU, mobile_sam encodes about six times faster than ViT-B."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer("INPUT", self.tr("Input raster")))
        self.addParameter(QgsProcessingParameterBand("BANDS", self.tr("Bands (up to 3, in order)"), None, "INPUT", optional=True, allowMultiple=True))
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Extent to encode (default: whole raster)"), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", self.tr("Reproject to CRS (default: the raster's)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("RESOLUTION", self.tr("Resample to pixel size (0 = native)"), QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterString("VALUE_RANGE", self.tr("Value range 'min,max' (empty = automatic)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("CHIP_SIZE", self.tr("Chip size in pixels (0 = model default)"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber("STRIDE", self.tr("Stride in pixels (0 = half a chip)"), QgsProcessingParameterNumber.Type.Integer, 0, minValue=0))
        self.addParameter(QgsProcessingParameterFile("CHECKPOINT", self.tr("SAM / SAM2 checkpoint (a file, or a downloaded model's name such as sam_vit_b)"), fileFilter="Checkpoints (*.pth *.pt);;All files (*)"))
        self.addParameter(QgsProcessingParameterEnum("MODEL", self.tr("Model family"), MODELS, defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("DEVICE", self.tr("Device"), DEVICES, defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber("BATCH_SIZE", self.tr("Batch size"), QgsProcessingParameterNumber.Type.Integer, 1, minValue=1, maxValue=64))
        self.addParameter(QgsProcessingParameterEnum("PRECISION", self.tr("Compute precision"), PRECISION_LABELS, defaultValue=PRECISIONS.index(defaults.PRECISION)))
        self.addParameter(QgsProcessingParameterEnum("FEATURE_DTYPE", self.tr("Stored feature precision"), list(defaults.FEATURE_DTYPES), defaultValue=defaults.FEATURE_DTYPES.index(defaults.FEATURE_DTYPE)))
        scheduler = QgsProcessingParameterString("SCHEDULER", self.tr("Dask scheduler address (optional: encode on a cluster, e.g. tcp://host:8786 or local:4)"), optional=True)
        scheduler.setFlags(scheduler.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(scheduler)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", self.tr("Feature folder")))
        self.addOutput(QgsProcessingOutputNumber("CHIP_COUNT", self.tr("Chips in the folder")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED_NODATA", self.tr("Chips skipped as nodata")))

    def process(self, parameters, context, feedback):
        from ...encoder.encode.builder import FeatureCacheBuilder
        from ...encoder.encode.raster import RasterDataset
        from ...encoder.models.checkpoints import create_model_spec_from_checkpoint

        layer = self.parameterAsRasterLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException("Choose an input raster layer.")
        if layer.providerType() != "gdal":
            raise QgsProcessingException(f"{layer.name()} is a {layer.providerType()} layer: GeoSAM encodes files GDAL reads; save it as a GeoTIFF first.")
        bands = self.parameterAsInts(parameters, "BANDS", context) or None
        crs = self.parameterAsCrs(parameters, "CRS", context)
        target_crs = crs.toWkt() if crs.isValid() else None
        resolution = self.parameterAsDouble(parameters, "RESOLUTION", context) or None
        dataset = RasterDataset(layer.source().split("|")[0], crs=target_crs, indexes=bands, resolution=resolution)
        extent = None
        if parameters.get("EXTENT") not in (None, ""):
            rect = self.parameterAsExtent(parameters, "EXTENT", context)
            rect_crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
            if not rect.isEmpty():
                crs_text = (rect_crs if rect_crs.isValid() else layer.crs()).toWkt()
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum(), crs_text)
        model = MODELS[self.parameterAsEnum(parameters, "MODEL", context)]
        from ...encoder.models.catalogue import resolve_checkpoint
        from ...encoder.models.runtime import describe_device, resolve_device
        from ..install.model_manager import models_dir, user_catalogue

        checkpoint = resolve_checkpoint(self.parameterAsFile(parameters, "CHECKPOINT", context), models_dir(), user_catalogue())
        spec = create_model_spec_from_checkpoint(checkpoint, None if model == "auto" else model)
        device = DEVICES[self.parameterAsEnum(parameters, "DEVICE", context)]
        feedback.pushInfo(f"Device: {describe_device(resolve_device(None if device == 'auto' else device))}")
        output = self.parameterAsString(parameters, "OUTPUT", context)

        def progress(p):
            feedback.setProgress(p.percent)
            eta = f", about {p.eta_s:.0f} s left" if p.eta_s else ""
            feedback.setProgressText(f"{p.done}/{p.total} chips, {p.chips_per_s:.2f} chips/s{eta}")

        builder = FeatureCacheBuilder(
            dataset,
            spec,
            output,
            chip_size=self.parameterAsInt(parameters, "CHIP_SIZE", context) or None,
            stride=self.parameterAsInt(parameters, "STRIDE", context) or None,
            extent=extent,
            value_range=self.parameterAsString(parameters, "VALUE_RANGE", context) or None,
            batch_size=self.parameterAsInt(parameters, "BATCH_SIZE", context),
            device=None if device == "auto" else device,
            feature_dtype=defaults.FEATURE_DTYPES[self.parameterAsEnum(parameters, "FEATURE_DTYPE", context)],
            precision=PRECISIONS[self.parameterAsEnum(parameters, "PRECISION", context)],
            progress=progress,
            cancel_check=feedback.isCanceled,
        )
        plan = builder.plan()
        feedback.pushInfo(
            f"{dataset.describe()}: {len(plan.chips)} chips of {plan.chip_size} px (stride {plan.stride}) with {spec.variant}; "
            f"about {plan.estimated_bytes / 1e6:.0f} MB on disk."
        )
        scheduler = self.parameterAsString(parameters, "SCHEDULER", context).strip()
        if scheduler:
            return self._encode_on_cluster(scheduler, dataset, spec, output, builder, feedback)
        result = builder.run()
        chip_count = result.chips_written + result.chips_reused
        feedback.pushInfo(f"{chip_count} chips in {output} ({result.chips_reused} reused, {result.skipped_nodata} nodata chips skipped) in {result.seconds:.1f} s.")
        return {"OUTPUT": output, "CHIP_COUNT": chip_count, "SKIPPED_NODATA": result.skipped_nodata}

    def _encode_on_cluster(self, scheduler: str, dataset, spec, output: str, builder, feedback) -> dict:
        """The same encode sent to Dask workers; progress from the futures, the manifest written here."""
        from ...encoder.encode.distributed import encode_with_dask

        if feedback.isCanceled():
            return {}
        feedback.pushInfo(f"Sending the chips to the Dask scheduler at {scheduler}.")
        result = encode_with_dask(
            dataset, spec, output, scheduler, progress=lambda done, total: feedback.setProgress(100.0 * done / max(total, 1)),
            chip_size=builder.chip_size, stride=builder.stride, extent=builder.extent, value_range=builder.user_value_range, batch_size=builder.batch_size,
            device=builder.device, feature_dtype=builder.feature_dtype, precision=builder.precision,
        )
        feedback.pushInfo(f"{result.chips} chips in {output} ({result.skipped_nodata} nodata chips skipped), encoded by the cluster.")
        return {"OUTPUT": output, "CHIP_COUNT": result.chips, "SKIPPED_NODATA": result.skipped_nodata}

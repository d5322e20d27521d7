# SPDX-License-Identifier: GPL-2.0-or-later
"""Build resources/models/geosam_encode_and_segment.model3: a graphical model chaining encode -> segment.

Run under QGIS's Python with the plugin loaded (the test suite does); the .model3 file is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parents[1] / "resources" / "models" / "geosam_encode_and_segment.model3"


def build_model():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterRasterLayer,
    )
    from qgis.PyQt.QtCore import QPointF

    model = QgsProcessingModelAlgorithm("Encode raster and segment prompts", "GeoSAM", "geosam_encode_and_segment")
    model.setHelpContent({"ALG_DESC": "Encodes a raster with a SAM/SAM2 checkpoint into a temporary feature folder, then segments the objects marked in a point layer (field 'label': 1 foreground, 0 background; field 'object' groups points)."})
    params = [
        (QgsProcessingParameterRasterLayer("raster", "Raster"), 100),
        (QgsProcessingParameterFile("checkpoint", "SAM / SAM2 checkpoint", fileFilter="Checkpoints (*.pth *.pt)"), 180),
        (QgsProcessingParameterFeatureSource("points", "Point prompts", [QgsProcessing.SourceType.TypeVectorPoint]), 260),
    ]
    for definition, y in params:
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, y))
        model.addModelParameter(definition, component)

    encode = QgsProcessingModelChildAlgorithm("geosam:encoderaster")
    encode.setChildId("encode")
    encode.setDescription("Encode raster")
    encode.setPosition(QPointF(380, 140))
    encode.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("raster")])
    encode.addParameterSources("CHECKPOINT", [QgsProcessingModelChildParameterSource.fromModelParameter("checkpoint")])
    model.addChildAlgorithm(encode)

    segment = QgsProcessingModelChildAlgorithm("geosam:segmentprompts")
    segment.setChildId("segment")
    segment.setDescription("Segment from prompt layers")
    segment.setPosition(QPointF(640, 220))
    segment.addParameterSources("FEATURES", [QgsProcessingModelChildParameterSource.fromChildOutput("encode", "OUTPUT")])
    segment.addParameterSources("POINTS", [QgsProcessingModelChildParameterSource.fromModelParameter("points")])
    segment.addParameterSources("LABEL_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("label")])
    segment.addParameterSources("GROUP_FIELD", [QgsProcessingModelChildParameterSource.fromStaticValue("object")])
    output = QgsProcessingModelOutput("segments", "Segmented polygons")
    output.setChildId("segment")
    output.setChildOutputName("OUTPUT")
    output.setPosition(QPointF(860, 260))
    segment.setModelOutputs({"segments": output})
    model.addChildAlgorithm(segment)
    model.updateDestinationParameters()
    return model


if __name__ == "__main__":
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, str(Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL_PATH.parents[2].parent))
    import geo_sam_qgis

    geo_sam_qgis.classFactory(None).initProcessing()
    if not build_model().toFile(str(MODEL_PATH)):
        sys.exit(f"could not write {MODEL_PATH}")
    print(f"wrote {MODEL_PATH}")

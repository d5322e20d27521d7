# SPDX-License-Identifier: GPL-2.0-or-later
"""The Processing provider 'geosam'."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .alg_encode import EncodeRasterAlgorithm
from .alg_follow import FollowDatesAlgorithm
from .alg_regularize import RegularizeAlgorithm
from .alg_segment import SegmentEverythingAlgorithm, SegmentPromptsAlgorithm, SegmentTextAlgorithm
from .alg_training import ExportTrainingAlgorithm
from .base import ICONS


class GeoSamProvider(QgsProcessingProvider):
    def id(self):
        return "geosam"

    def name(self):
        return "GeoSAM"

    def longName(self):
        return "GeoSAM: Segment Anything for remote-sensing imagery"

    def icon(self):
        return QIcon(str(ICONS / "geosam.svg"))

    def loadAlgorithms(self):
        for alg in (EncodeRasterAlgorithm(), SegmentPromptsAlgorithm(), SegmentEverythingAlgorithm(), SegmentTextAlgorithm(), RegularizeAlgorithm(), ExportTrainingAlgorithm(), FollowDatesAlgorithm()):
            self.addAlgorithm(alg)

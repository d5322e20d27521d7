# SPDX-License-Identifier: GPL-2.0-or-later
"""What the prompts look like on the map: the points, the box, the result, the hover preview and the kept results
(Keep each result, dashed), as rubber bands on the canvas. Prompting's drawing (dock/prompting.py)."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..engine_crs import wkb_geometry
from .map_tools import remove_bands, rubber_band
from .prompt_history import Prompt

POLYGON, POINT = QgsWkbTypes.GeometryType.PolygonGeometry, QgsWkbTypes.GeometryType.PointGeometry


class PromptBands:
    """The bands of one canvas: result_band, preview_band, kept_band, box_band, fg_band and bg_band."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.result_band = rubber_band(canvas, POLYGON, QColor(255, 140, 0))
        self.preview_band = rubber_band(canvas, POLYGON, QColor(0, 160, 255), 1, 40)
        self.kept_band = rubber_band(canvas, POLYGON, QColor(255, 140, 0), 2, 35)
        self.kept_band.setLineStyle(Qt.PenStyle.DashLine)  # finished, not saved yet
        self.box_band = rubber_band(canvas, POLYGON, QColor(0, 116, 217), 1, 0)
        self.fg_band = rubber_band(canvas, POINT, QColor(46, 204, 64), 4)
        self.bg_band = rubber_band(canvas, POINT, QColor(255, 65, 54), 4)
        for band in (self.fg_band, self.bg_band):
            band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
            band.setIconSize(10)

    def show_result(self, result) -> None:
        """The result's polygons (None: none); the preview goes."""
        _set_band(self.result_band, [result] if result is not None else [])
        self.preview_band.reset(POLYGON)

    def show_preview(self, result) -> None:
        if self.preview_band is not None:  # after unload, a late answer draws nothing
            _set_band(self.preview_band, [result] if result is not None else [])

    def set_color(self, color: QColor) -> None:
        """The result's outline in color, its fill the same colour translucent; the kept ones lighter."""
        fill = QColor(color)
        fill.setAlpha(70)
        self.result_band.setStrokeColor(color)
        self.result_band.setFillColor(fill)
        self.kept_band.setStrokeColor(color)
        fill.setAlpha(35)
        self.kept_band.setFillColor(fill)

    def draw_prompt(self, prompt: Prompt, kept: list) -> None:
        """The prompt's points and box, and the kept results (dashed)."""
        _set_band(self.kept_band, kept)
        self.fg_band.reset(POINT)
        self.bg_band.reset(POINT)
        for x, y, label in prompt.points:
            (self.fg_band if label == 1 else self.bg_band).addPoint(QgsPointXY(x, y))
        self.box_band.reset(POLYGON)
        if prompt.box is not None:
            self.box_band.addGeometry(QgsGeometry.fromRect(QgsRectangle(*prompt.box)), None)

    def draw_drag(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """The box being dragged."""
        self.box_band.reset(POLYGON)
        self.box_band.addGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)), None)

    def unload(self) -> None:
        """The bands leave the canvas's scene, destroyed while the canvas still exists."""
        remove_bands(self.canvas, (self.result_band, self.preview_band, self.kept_band, self.box_band, self.fg_band, self.bg_band))
        self.result_band = self.preview_band = self.kept_band = self.box_band = self.fg_band = self.bg_band = None


def _set_band(band: QgsRubberBand, results: list) -> None:
    band.reset(POLYGON)
    for result in results:
        for polygon in result.polygons:
            band.addGeometry(wkb_geometry(polygon), None)

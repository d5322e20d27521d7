# SPDX-License-Identifier: GPL-2.0-or-later
"""The chips on the map (the dock's Show chips): a folder's, live mode's encoded ones, a view session's by state.
One part of the dock's controller (dock/controller.py wires it)."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtGui import QColor

from ..engine_crs import operation_failed
from .map_tools import remove_bands, rubber_band
from .off_thread import off_gui_thread
from .session import EngineSession

# A view session draws its queued chips up to this many (a large raster has tens of thousands: then only the ready and
# the one being encoded are drawn).
MAX_QUEUED_DRAWN = 2500


def _footprint(chip, transform: QgsCoordinateTransform) -> QgsGeometry | None:
    """A chip's bounds as a polygon in the canvas CRS; None for a chip the canvas CRS cannot hold (not drawn)."""
    b = chip.bounds
    geometry = QgsGeometry.fromRect(QgsRectangle(b.minx, b.miny, b.maxx, b.maxy))
    return None if operation_failed(geometry.transform(transform)) else geometry


class ChipsOnMap(QObject):
    """show(visible) draws the session's chips: ready dashed (chip_band), being encoded orange (encoding_band),
    queued dotted grey (queued_band, up to MAX_QUEUED_DRAWN chips in all). What the worker must say (live mode's
    chips, a view session's states) is asked off the GUI thread and drawn when it arrives."""

    def __init__(self, canvas, session: EngineSession) -> None:
        super().__init__()
        self.canvas = canvas
        self.session = session
        self.visible = False
        self._asked = self._again = False  # an answer on its way, and one more wanted after it
        polygon = QgsWkbTypes.GeometryType.PolygonGeometry
        self.chip_band = rubber_band(canvas, polygon, QColor(255, 0, 255), 2, 0)
        self.chip_band.setLineStyle(Qt.PenStyle.DashLine)
        self.encoding_band = rubber_band(canvas, polygon, QColor(255, 140, 0), 2, 60)
        self.queued_band = rubber_band(canvas, polygon, QColor(128, 128, 128), 1, 0)
        self.queued_band.setLineStyle(Qt.PenStyle.DotLine)

    def show(self, visible: bool) -> None:
        """The chips on the map (visible), or none."""
        self.visible = visible
        engine = self.session.engine
        if not visible or engine is None:
            self._draw([])
            return
        if not self.session.live:  # a folder's chips are known here
            self._draw([(chip, "ready") for chip in engine.chips])
            return
        if self._asked:  # an answer is on its way: one more question after it
            self._again = True
            return
        self._asked = True

        def ask() -> list:
            if not engine.view_session:
                return [(chip, "ready") for chip in engine.encoded_chips()]
            chips = engine.chips  # in chip id order
            if len(chips) <= MAX_QUEUED_DRAWN:
                return list(zip(chips, engine.view(detail=True).states))
            # The ready ones (as live mode draws them) and those being encoded.
            return [(chip, "ready") for chip in engine.encoded_chips()] + [(chips[i], "encoding") for i in engine.view().encoding_ids]

        def arrived(drawn, error) -> None:
            self._asked = False
            if engine is not self.session.engine or not self.visible:
                return
            if error is None:  # a worker that is gone: the next poll or click says so
                self._draw(drawn)
            if self._again:
                self._again = False
                self.show(True)

        off_gui_thread(ask, arrived, "GeoSAM chips")

    def refresh_live(self) -> None:
        """Live mode or a view session encoded more: the chips shown are redrawn (a folder's do not change)."""
        if self.visible and self.session.live:
            self.show(True)

    def _draw(self, drawn: list) -> None:
        """[(chip, state)] in the folder's CRS onto the map: ready dashed, encoding orange, queued dotted grey."""
        for band in (self.chip_band, self.encoding_band, self.queued_band):
            band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if not drawn:
            return
        bands = {"ready": self.chip_band, "encoding": self.encoding_band, "queued": self.queued_band}
        transform = self.session.folder_to_canvas()
        for chip, state in drawn:
            geometry = _footprint(chip, transform) if state in bands else None
            if geometry is not None:
                bands[state].addGeometry(geometry, None)

    def unload(self) -> None:
        remove_bands(self.canvas, (self.chip_band, self.encoding_band, self.queued_band))
        self.chip_band = self.encoding_band = self.queued_band = None

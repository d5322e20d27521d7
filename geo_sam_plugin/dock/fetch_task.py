# SPDX-License-Identifier: GPL-2.0-or-later
"""A web layer's pixels fetched in QGIS's task manager while the worker encodes them (a view session on a layer that
is not a file): progress and cancel in the task manager; the fetch follows the view (TileFetcher.look_at)."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsPointXY

from ..engine.layer_pixels import TileFetcher
from .worker_task import WorkerTask


class FetchTask(WorkerTask):
    """Runs fetcher.run(); on_finished(ok, message, result) runs on the GUI thread. A provider's failure is the
    fetcher's one line (LayerSourceError). chip_size: the model's chip in pixels; a click fetches that far around it
    first (every chip that holds the click). from_canvas: the map canvas's CRS to the grid's (clicks and the view's
    centre arrive in the canvas's)."""

    def __init__(self, fetcher: TileFetcher, chip_size: int, from_canvas: QgsCoordinateTransform, on_finished=None) -> None:
        super().__init__(f"GeoSAM: fetching {fetcher.name}", on_finished)
        self.fetcher = fetcher
        self.chip_size = chip_size
        self.from_canvas = from_canvas

    def fetch_first(self, x: float, y: float) -> None:
        """A click at canvas point (x, y): the tiles of every chip that holds it come before any other."""
        point = self.from_canvas.transform(QgsPointXY(x, y))
        self.fetcher.want(point.x(), point.y(), radius_px=self.chip_size)

    def look_at(self, x: float, y: float) -> None:
        """The view is centred at canvas point (x, y) now: the fetch goes on from there."""
        point = self.from_canvas.transform(QgsPointXY(x, y))
        self.fetcher.look_at(point.x(), point.y())

    def work(self) -> bool | None:
        self.fetcher.run(cancelled=self.isCanceled, progress=lambda done, total: self.setProgress(100.0 * done / max(total, 1)))
        return None if self.isCanceled() else True

# SPDX-License-Identifier: GPL-2.0-or-later
"""A web layer's pixels fetched in QGIS's task manager while the worker encodes them (a view session on a layer that
is not a file): progress and cancel in the task manager; the fetch follows the view (TileFetcher.look_at)."""

from __future__ import annotations

from qgis.core import QgsTask

from ..engine.layer_pixels import LayerSourceError, TileFetcher
from .encode_task import RUNNING_TASKS


class FetchTask(QgsTask):
    """Runs fetcher.run(); on_finished(ok, message) runs on the GUI thread. Keeps itself alive until finished()."""

    def __init__(self, fetcher: TileFetcher, on_finished=None) -> None:
        super().__init__(f"GeoSAM: fetching {fetcher.name}", QgsTask.Flag.CanCancel)
        RUNNING_TASKS.add(self)
        self.fetcher = fetcher
        self.on_finished = on_finished
        self.message = ""

    def run(self) -> bool:  # task thread: no GUI calls here
        try:
            self.fetcher.run(cancelled=self.isCanceled, progress=lambda done, total: self.setProgress(100.0 * done / max(total, 1)))
        except LayerSourceError as exc:  # the fetcher's one line, a provider's own failure included
            self.message = str(exc)
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:  # GUI thread
        RUNNING_TASKS.discard(self)
        if self.on_finished is not None:
            self.on_finished(ok, self.message)

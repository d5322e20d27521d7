# SPDX-License-Identifier: GPL-2.0-or-later
"""The view-first session: a raster encoded in the background, nearest the map view first, while clicks are
answered from the chips that are ready.

The encode is FeatureCacheBuilder's (same folder, resumable, the manifest written when the last chip is done); a
ChipScheduler picks its next chip each time: the chips clicks asked for, then the queued chip nearest the view's
centre, which panning moves. A click on a chip that is not ready puts it first and waits for it; a hover preview
there says the area is being encoded. Pause stops the background order (a click's chip is still encoded).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from pathlib import Path

from ..errors import EncodeCancelled, PromptError
from ..folders.format import FEATURES_DIR, ChipRecord, chip_file_complete, chip_file_name
from ..geo import Bounds, map_to_pixel, parse_crs, transform_xy, window_transform
from ..order import NearestFirst
from .query import ChipNotEncoded, FeatureQueryEngine, best_chip, prompt_margin, with_decoder

# How long a click waits for its chip (moved to the front: one chip's encode, or two when one is under way); then it is
# answered "encoding this area" (ChipNotEncoded: ErrorKind.NOT_ENCODED). Shorter than the client's deadline for a
# query (encoder/protocol.py: OPERATIONS), which in turn never kills a worker that answers pings.
CLICK_WAIT_S = 300.0
ENCODING_THIS_AREA = "Encoding this area…"


class ChipScheduler:
    """The order of a view session's encode, changed while it runs (thread-safe)."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self._centres: dict[int, tuple[float, float]] = {}  # chip id -> its centre (col, row) on the raster grid
        # Clicks' chips first (nearest.ask_first), then the nearest the view's centre (nearest.centre, (col, row)).
        self.nearest = NearestFirst(self._centres.__getitem__)
        self.paused = False
        self.limit: int | None = None  # at most this many chips in the background order (clicks' chips not counted)
        self.background = 0  # chips the background order has taken
        self.stopped = False  # the session is closing: no further chip
        self.state: dict[int, str] = {}  # chip id -> queued | encoding | ready | nodata
        self.order: list[int] = []  # chip ids in the order they became ready or nodata

    def take(self, chips, stop: threading.Event):
        """The chips, each when the reader asks for the next: clicked ones first, then the nearest the centre."""
        pending = {c.chip_id: c for c in chips}
        with self.cond:
            self._centres.update((c.chip_id, c.centre) for c in chips)
        while pending:
            with self.cond:
                while not stop.is_set() and not self.stopped and not self._clicked(pending) and (self.paused or self.limited):
                    self.cond.wait(0.2)
                if stop.is_set() or self.stopped:
                    return
                clicked = self._clicked(pending)
                chip = pending.pop(self.nearest.pick(pending))
                self.background += 0 if clicked else 1
                self.state[chip.chip_id] = "encoding"
            yield chip

    def _clicked(self, pending: dict) -> bool:
        return any(i in pending for i in self.nearest.front)

    @property
    def limited(self) -> bool:
        """The background order has taken its limit of chips (it waits; a click still encodes its chip)."""
        return self.limit is not None and self.background >= self.limit

    def bump(self, chip_id: int) -> None:
        with self.cond:
            if self.state.get(chip_id) == "queued" and chip_id not in self.nearest.front:
                self.nearest.ask_first(chip_id)
                self.cond.notify_all()

    def _done(self, chip_id: int, state: str) -> None:
        with self.cond:
            self.state[chip_id] = state
            self.order.append(chip_id)
            self.cond.notify_all()

    def written(self, chip_id: int) -> None:
        self._done(chip_id, "ready")

    def skipped(self, chip_id: int) -> None:
        self._done(chip_id, "nodata")

    def wait_for(self, chip_id: int, timeout: float, alive) -> str:
        """Wait until the chip is ready or nodata (or the encode ended): its state."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while self.state.get(chip_id) in ("queued", "encoding") and alive() and time.monotonic() < deadline:
                self.cond.wait(0.2)
            return self.state.get(chip_id, "queued")


class ViewSession(FeatureQueryEngine):
    """A raster, a checkpoint and a folder: the background encode and the queries of a view-first session.

    view: (x, y, crs) of the map view's centre. The folder is a normal feature folder (resumable: chips already
    there are ready at once), finished with its manifest when the last chip is done."""

    def __init__(self, raster, checkpoint, folder, view=None, device: str | None = None, precision: str = "float32", decoder: str = "fast",
                 chip_size: int | None = None, stride: int | None = None, paused: bool = False, limit: int | None = None) -> None:
        from ..encode.builder import FeatureCacheBuilder
        from ..encode.tiles import open_dataset
        from ..models import load_adapter
        from ..models.checkpoints import create_model_spec_from_checkpoint

        self.dataset = open_dataset(raster)
        self.spec = create_model_spec_from_checkpoint(checkpoint)
        self.checkpoint_path = str(checkpoint)
        self.scheduler = ChipScheduler()
        self.scheduler.paused = paused
        self.set_limit(limit)
        self.builder = FeatureCacheBuilder(self.dataset, self.spec, folder, chip_size=chip_size, stride=stride, device=device, precision=precision,
                                           scheduler=self.scheduler, progress=self._progress)
        self.plan = self.builder.plan()
        self.chip_size = self.plan.chip_size
        self.path = Path(folder)
        features = self.path / FEATURES_DIR
        self.chips = [
            ChipRecord(c.chip_id, features / chip_file_name(c.chip_id), window_transform(self.dataset.transform, c.window), (c.height, c.width), self.plan.chip_size, c.window)
            for c in self.plan.chips
        ]
        self._by_id = {c.chip_id: c for c in self.chips}
        for chip in self.chips:
            self.scheduler.state[chip.chip_id] = "ready" if chip_file_complete(chip.feature_path) else "queued"
        self.decoder = with_decoder(load_adapter(self.spec, device, with_image_encoder=False), decoder)
        self.crs = self.dataset.crs
        self.grid_transform = self.dataset.transform
        self.grid_width, self.grid_height = self.dataset.width, self.dataset.height
        self.model_variant = self.spec.variant
        self._cache: OrderedDict[int, dict] = OrderedDict()
        self.max_cached_chips = 8
        self.encode_on_demand = True  # False for hover previews: they never wait for a chip
        self.chips_per_s = 0.0
        self.eta_s: float | None = None
        self.error = ""
        self.finished = False
        if view is not None:
            self.set_view(*view)
        self._thread = threading.Thread(target=self._run, name="GeoSAM view session", daemon=True)
        self._thread.start()

    # ----------------------------------------------------------------- the encode
    def _run(self) -> None:
        try:
            self.builder.run()
            self.finished = True
        except EncodeCancelled:
            pass  # closed: the chips written stay, the same session later resumes
        except Exception as exc:  # said by status(), and to a click waiting for a chip
            self.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        finally:
            with self.scheduler.cond:
                self.scheduler.cond.notify_all()

    def _progress(self, p) -> None:
        self.chips_per_s, self.eta_s = p.chips_per_s or 0.0, p.eta_s

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def set_view(self, x: float, y: float, crs) -> None:
        """The map view's centre moved: the queue follows it."""
        xs, ys = transform_xy([float(x)], [float(y)], parse_crs(crs, "CRS of the view"), self.dataset.crs)
        cols, rows = map_to_pixel(self.dataset.transform, xs, ys)
        with self.scheduler.cond:
            self.scheduler.nearest.centre = (float(cols[0]), float(rows[0]))

    def pause(self, paused: bool) -> None:
        with self.scheduler.cond:
            self.scheduler.paused = paused
            self.scheduler.cond.notify_all()

    def set_limit(self, limit: int | None) -> None:
        """At most `limit` chips in the background order from the session's start (0 or None: the whole raster)."""
        with self.scheduler.cond:
            self.scheduler.limit = int(limit) if limit else None
            self.scheduler.cond.notify_all()

    def status(self, detail: bool = False) -> dict:
        """Counts, rate, time left; detail: also the order chips became ready in and each chip's state (a large
        raster has tens of thousands: the dock polls without them)."""
        states = dict(self.scheduler.state)
        counts = {name: sum(1 for s in states.values() if s == name) for name in ("ready", "nodata", "encoding", "queued")}
        status = {**counts, "total": len(self.chips), "chips_per_s": self.chips_per_s, "eta_s": self.eta_s, "paused": self.scheduler.paused,
                  "finished": self.finished, "error": self.error, "limit": self.scheduler.limit,
                  "limited": self.scheduler.limited and counts["queued"] > 0 and counts["encoding"] == 0, "encoding_ids": sorted(i for i, s in states.items() if s == "encoding")}
        if detail:
            status.update(order=list(self.scheduler.order), states=[states[c.chip_id] for c in self.chips])
        return status

    live = True
    view = True

    def allow_encoding(self, allowed: bool) -> None:
        self.encode_on_demand = allowed

    @property
    def precision(self) -> str:
        return self.builder.options.precision

    def close(self) -> None:
        """Stop the encode after the chip under way; the folder stays resumable."""
        self.builder.cancel()
        with self.scheduler.cond:
            self.scheduler.stopped = True
            self.scheduler.cond.notify_all()
        self._thread.join(20.0)

    # ----------------------------------------------------------------- queries
    @property
    def bounds(self) -> Bounds:
        return self.dataset.bounds

    @property
    def chips_encoded(self) -> int:
        return sum(1 for s in self.scheduler.state.values() if s == "ready")

    def encoded_chips(self) -> list[ChipRecord]:
        return [c for c in self.chips if self.scheduler.state.get(c.chip_id) == "ready"]

    def _chip_for_prompts(self, cols, rows) -> ChipRecord:
        """A ready chip that holds every prompt answers at once; only when none does is the best chip awaited.
        (Chips overlap: the one with the most margin around a click may still be queued while a neighbour is ready.)"""
        ready = [c for c in self.chips if self.scheduler.state.get(c.chip_id) == "ready"]
        chip = best_chip(ready, cols, rows) if ready else None
        if chip is not None and prompt_margin(chip.grid_window, cols, rows) >= 0:
            return chip
        return super()._chip_for_prompts(cols, rows)

    def _features(self, chip: ChipRecord) -> dict:
        state = self.scheduler.state.get(chip.chip_id)
        if state != "ready":
            if not self.encode_on_demand:
                raise ChipNotEncoded(ENCODING_THIS_AREA)
            self.scheduler.bump(chip.chip_id)
            state = self.scheduler.wait_for(chip.chip_id, CLICK_WAIT_S, lambda: self.running)
            if state in ("queued", "encoding") and self.running:
                raise ChipNotEncoded(ENCODING_THIS_AREA)
        if state == "nodata":
            raise PromptError("This chip holds only nodata: click on imagery.")
        if state != "ready":
            raise PromptError(f"This area could not be encoded: {self.error or 'the session was closed'}.")
        return super()._features(chip)

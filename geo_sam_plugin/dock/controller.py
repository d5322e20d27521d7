# SPDX-License-Identifier: GPL-2.0-or-later
"""The dock's controller: its parts made and wired, nothing of theirs done here.

- session (dock/session.py, EngineSession): the engine in the worker that answers prompts: a folder, live mode or a
  view session, opened and closed off the GUI thread;
- prompts (dock/prompting.py, Prompting): the prompt tool, history, query thread, result and preview;
- chips (dock/chips_on_map.py, ChipsOnMap): the chips drawn on the map;
- view (dock/view_session.py, ViewSession): Encode from view… and a web layer's fetch;
- tasks (dock/background.py, BackgroundTasks): an encode, a SAM 3 search, Measure, in QGIS's task manager;
- outputs (dock/output_layers.py, OutputLayers): the output layer and saving into it;
- dates (dock/dates.py, FollowedDates): the Dates list, its feature folders, and one object followed through them.

The parts other than the session never import each other (each imports only session.py), and what one does for
another goes through a signal connected here (an open begun starts the prompts' queue, a click fetches its tiles first, an encode finished
loads its folder). The dock (ui/dock.py) calls the parts through this controller.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal

from .background import BackgroundTasks
from .chips_on_map import ChipsOnMap
from .dates import FollowedDates
from .output_layers import OutputLayers
from .prompting import Prompting
from .session import EngineSession
from .view_session import ViewSession


class SegmentController(QObject):
    """The parts of the dock's work on one map canvas, and their messages, progress and changes as one stream."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    changed = pyqtSignal()
    busy = pyqtSignal(str, float)  # what runs and its percent; -1 = running, no figure yet; "" = idle
    toolActive = pyqtSignal(bool)  # the prompt tool became the canvas's map tool, or stopped being it

    def __init__(self, canvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.session = EngineSession(canvas)
        self.prompts = Prompting(canvas, self.session)
        self.chips = ChipsOnMap(canvas, self.session)
        self.view = ViewSession(canvas, self.session)
        self.tasks = BackgroundTasks(self.session)
        self.outputs = OutputLayers(canvas)
        self.dates = FollowedDates(canvas, self.session)
        for part in (self.session, self.prompts, self.view, self.tasks, self.outputs, self.dates):
            part.message.connect(self.message)
        for part in (self.session, self.prompts, self.view, self.tasks, self.dates):
            part.busy.connect(self.busy)
            part.changed.connect(self.changed)
        self.session.closing.connect(self.prompts.stop)
        self.session.begun.connect(self.prompts.begin)
        self.session.opened.connect(lambda _engine: self.prompts.show_result(None))
        self.session.failed.connect(self.prompts.end)
        self.prompts.clicked.connect(self.view.fetch_first)
        self.prompts.answered.connect(self.chips.refresh_live)
        self.view.progressed.connect(self.chips.refresh_live)
        self.tasks.encoded.connect(self.session.load_folder)
        self.dates.followed.connect(self._followed)
        self._sent_to_follow = None  # the prompt Follow took (cleared from the map once followed, unless redrawn meanwhile)
        self.tool = self.prompts.tool
        self.tool.shortcut.connect(self.shortcut)
        self.tool.activated.connect(lambda: self.toolActive.emit(True))
        self.tool.deactivated.connect(lambda: self.toolActive.emit(False))

    @property
    def loading(self) -> bool:
        """A session is being opened in the worker, or prepared (a web layer's view session, while the worker reads
        the model's chip size)."""
        return self.session.loading or self.view.preparing is not None

    def shortcut(self, action: str) -> None:
        {"undo": self.prompts.undo, "redo": self.prompts.redo, "clear": self.prompts.clear, "save": self.save}.get(action, lambda: None)()

    def save(self) -> list[int]:
        """The results (the kept ones and the one shown) into the output layer (OutputLayers.save); the prompt then
        starts afresh. An object followed through dates (the Dates section) is saved instead, one feature a date
        (save_dates). The new feature ids."""
        if self.dates.outlines:
            return self.save_dates()
        clip = self.outputs.no_overlap and (self.prompts.options or {}).get("style") == "buildings"
        history = self.prompts.history
        ids = self.outputs.save(self.prompts.results(), boxes_only=self.session.boxes_only, clip=clip, crs=history.crs if history is not None else None)
        if ids:
            self.prompts.saved()
            self.changed.emit()
        return ids

    def waiting(self) -> int:
        """How many outlines S would save: the followed object's dates, else the kept results and the one shown."""
        if self.dates.outlines:
            return sum(len(result.polygons) for result in self.dates.results())
        return len(self.prompts.results())

    def save_dates(self) -> list[int]:
        """The followed object's outline on every date where it is there into the output layer, when that layer has a
        date field; else into a new scratch layer with the dates' fields (fields.FOLLOW), which becomes the output
        layer. The object is then done (New object)."""
        from ...encoder.fields import FOLLOW

        layer = self.outputs.output_layer
        if layer is None or not layer.isValid() or "date" not in layer.fields().names():
            if self.outputs.new_scratch_layer(self.tr("GeoSAM: object through dates"), FOLLOW) is None:
                return []
        ids = self.outputs.save(self.dates.results(), crs=self.dates.output_crs, fields=FOLLOW)
        if ids:
            self.dates.new_object()
            self.changed.emit()
        return ids

    def follow_dates(self) -> bool:
        """The prompt drawn on the date shown (or the last object kept) starts or corrects the object followed."""
        prompt = self._last_drawn()
        started = self.dates.follow(prompt)
        self._sent_to_follow = prompt if started else None
        return started

    def _last_drawn(self):
        """The prompt being drawn, else the last object kept (Keep each result), else None."""
        history = self.prompts.history
        if history is None:
            return None
        return history.current if not history.current.empty else (history.kept[-1][0] if history.kept else None)

    def _followed(self) -> None:
        """The object's outlines came back: the prompt drawn for it leaves the map, if it is still the last drawn (a
        prompt drawn meanwhile stays)."""
        if self._sent_to_follow is not None and self._last_drawn() == self._sent_to_follow:
            self.prompts.clear()
        self._sent_to_follow = None

    def find_text(self, text: str, threshold: float) -> None:
        """A SAM 3 search (BackgroundTasks.find_text), the box drawn on the map as its example."""
        box = self.prompts.current_box()
        self.tasks.find_text(text, threshold, [box] if box is not None else None, self.prompts.history.crs if box is not None else None)

    def unload(self) -> None:
        """Every part stops and what they drew is destroyed, while the canvas still exists; the worker forgets the
        session (off the GUI thread); an encode stops after its chip and resumes later."""
        self.view.unload()
        self.dates.unload()
        self.prompts.unload()
        self.session.close()
        self.tasks.unload()
        self.chips.unload()

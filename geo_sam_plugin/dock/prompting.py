# SPDX-License-Identifier: GPL-2.0-or-later
"""Prompting: the map tool's clicks and boxes -> the prompt history -> the query thread -> the worker -> the result and
the hover preview drawn on the map. One part of the dock's controller (dock/controller.py wires it)."""

from __future__ import annotations

import concurrent.futures

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ...encoder.protocol import ErrorKind
from .map_tools import PromptMapTool
from .prompt_bands import PromptBands
from .prompt_history import Prompt, PromptHistory
from .query_thread import QueryThread
from .session import EngineSession, crs_text


class Prompting(QObject):
    """The prompt tool (tool), the prompt history (history), the query thread (queries), the answer shown (result)
    and the hover preview (preview). Its queue starts with each open (begin) and waits for the engine being opened.

    keep_each (Keep each result, on by default): a box drawn after an answer finishes that object, which waits
    (drawn dashed) with the others until a save takes them all (results()); Esc drops the object being drawn, then the
    last kept one. Off: a new box replaces the result, as a refinement of the same object."""

    message = pyqtSignal(str, object)  # text, Qgis.MessageLevel
    busy = pyqtSignal(str, float)
    changed = pyqtSignal()
    clicked = pyqtSignal(float, float)  # a point prompt at (x, y) in the canvas CRS, before it is sent
    answered = pyqtSignal()  # a click's answer (not a preview's) is shown

    def __init__(self, canvas, session: EngineSession) -> None:
        super().__init__()
        self.canvas = canvas
        self.session = session
        self.queries: QueryThread | None = None
        self.history: PromptHistory | None = None
        self.result = None
        self.preview = None
        self.options = None
        self.keep_each = True
        self._latest_commit = 0
        self._sent: Prompt | None = None  # the prompt of the latest commit
        self._answers: dict[Prompt, object] = {}  # the answers of this history's prompts (a refused edit goes back to one)
        self.tool = PromptMapTool(canvas)
        self.tool.pointAdded.connect(self.add_point)
        self.tool.boxDrawn.connect(self.set_box)
        self.tool.hovered.connect(self.hover)
        self.tool.boxDragged.connect(lambda *box: self.bands.draw_drag(*box))
        self.tool.left.connect(self.clear_preview)
        self.tool.deactivated.connect(self.clear_preview)
        self.bands = PromptBands(canvas)

    # ------------------------------------------------------------ the queue
    def begin(self, opening: concurrent.futures.Future) -> None:
        """A new history and query thread for an engine being opened: queries wait for it."""
        self.stop()
        self.queries = QueryThread(lambda prompt, preview: self._run_query(opening.result(), prompt, preview))
        self.queries.resultReady.connect(self._on_result)
        self.queries.failed.connect(self._on_failed)
        self._new_history()
        self.draw_prompt(self.history.current)  # the previous folder's points and box leave the map
        self.show_result(None)

    def _new_history(self) -> None:
        """A new prompt history in the canvas's CRS; unsaved results of the old one are said to be dropped."""
        dropped = len(self.results())
        if dropped:
            self.message.emit(self.tr("{0} unsaved result(s) dropped: another folder or map CRS starts afresh (save before switching).").format(dropped), Qgis.MessageLevel.Warning)
        self.history = PromptHistory(crs_text(self.canvas))
        self._answers = {}

    def end(self) -> None:
        """The open failed: no queue, no history (a click says to load a folder)."""
        self.stop()
        self.history = None

    def stop(self) -> None:
        """The query queue stops; a query under way ends in its thread, its answer dropped by the stopped queue."""
        self.busy.emit("", 0.0)
        if self.queries is not None:
            self.queries.stop()
            self.queries = None

    def set_options(self, min_area: float, largest_only: bool, simplify: float, style: str = "traced") -> None:
        """The polygon filters and the outline style (encoder.segment.vectorize.VectorOptions' fields) sent with every
        prompt, the hover preview's too."""
        self.options = {"min_area": min_area, "largest_only": largest_only, "simplify": simplify, "style": style}

    def _run_query(self, engine, prompt: Prompt, preview: bool):
        """Query thread: prompts in the canvas CRS, polygons back in the canvas CRS (a hover preview never starts an encode)."""
        return engine.query(**prompt.query_kwargs(), output_crs=prompt.crs, options=self.options, continue_across_chips=not preview, preview=preview)

    # ------------------------------------------------------------ prompts
    def _ready(self) -> bool:
        """A prompt can be taken: a session is open, or being opened (the prompt then waits for it in the queue)."""
        if self.history is None:
            self.message.emit(self.tr("Load a feature folder first."), Qgis.MessageLevel.Warning)
            return False
        if self.history.crs != crs_text(self.canvas):  # the project CRS changed: prompts in the old CRS are void
            self._new_history()
        return True

    def add_point(self, x: float, y: float, label: int) -> None:
        if self._ready():
            self.clicked.emit(x, y)
            self._submit(self.history.add_point(x, y, label))

    def set_box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A box: the next object when Keep each result is on and the current one has its answer, else the current
        object's box."""
        if not self._ready():
            return
        answer = self._answers.get(self.history.current)
        if self.keep_each and answer is not None and answer.polygons and not self.history.current.empty:
            kept = self.history.next_object(answer, x0, y0, x1, y1)
            self.show_result(None)  # the finished object is drawn dashed with the kept ones; the new one's answer comes
            self._submit(kept)
        else:
            self._submit(self.history.set_box(x0, y0, x1, y1))

    def results(self) -> list:
        """What a save takes: the kept results, then the current one when it answers the prompt on the map."""
        if self.history is None:
            return []
        answer = self._answers.get(self.history.current)
        shown = [answer] if answer is not None and answer.polygons else []
        return [result for _prompt, result in self.history.kept] + shown

    def current_box(self):
        """The box of the prompt being drawn, or None."""
        return self.history.current.box if self.history is not None else None

    def hover(self, x: float, y: float) -> None:
        """Preview the mask that a foreground click here would give (latest position wins)."""
        if self.session.engine is None or self.queries is None or self.history.crs != crs_text(self.canvas):
            return
        current = self.history.current
        self.queries.submit(Prompt(current.crs, current.points + ((x, y, 1),), current.box), preview=True)

    def undo(self) -> None:
        if self.history:
            self._submit(self.history.undo())

    def redo(self) -> None:
        if self.history:
            self._submit(self.history.redo())

    def clear(self) -> None:
        """Esc / Clear: the object being drawn goes, or, when there is none, the last kept one."""
        if self.history:
            self._submit(self.history.drop_last())

    def saved(self) -> None:
        """The results went into the output layer: the prompt starts afresh, but for an object whose answer is still
        on its way (a box drawn just before S), which stays and is shown when it comes."""
        current = self.history.current
        pending = current if not current.empty and current not in self._answers else None
        self.history.record_save(keep=pending)
        self._answers = {}
        self.draw_prompt(self.history.current)
        self.show_result(None)

    def _submit(self, prompt: Prompt) -> None:
        self.draw_prompt(prompt)
        if prompt.empty:
            self._latest_commit = -1  # answers still on their way belong to a prompt that is gone
            self.queries.cancel_previews()
            self.show_result(None)
            self.changed.emit()
            return
        self._latest_commit = self.queries.submit(prompt)
        self._sent = prompt
        if self.session.live:  # the first click in an area encodes its chip: seconds with nothing else to see
            self.busy.emit(self.tr("Segmenting (the first click in an area encodes its chip)"), -1.0)
        self.changed.emit()

    # ------------------------------------------------------------ answers
    def _on_result(self, request_id: int, kind: str, result) -> None:
        if kind == "preview":
            if self.canvas.mapTool() is not self.tool:
                return  # answered after the tool was left
            self.preview = result
            self.bands.show_preview(result)
            return
        if request_id != self._latest_commit:
            return  # an older click's answer: a newer prompt is on its way
        self.show_result(result)
        self._answers[self._sent] = result
        if self.session.live:
            self.busy.emit("", 0.0)
        self.answered.emit()
        if self.nothing_found:
            self.message.emit(self.nothing_found_text(), Qgis.MessageLevel.Info)
        self.changed.emit()

    @property
    def nothing_found(self) -> bool:
        """The prompt shown was answered with no polygon (the dock keeps its notice until a result or Esc replaces it)."""
        return self.result is not None and not self.result.polygons

    def nothing_found_text(self) -> str:
        return self.tr("Nothing found at this prompt: no mask passed (try another point, or a box).")

    def _on_failed(self, request_id: int, kind: str, text: str, error_kind: str) -> None:
        if self.session.engine is None:
            return  # the open failed (its message says why) or was superseded: the prompts that waited for it are void
        if kind != "commit":
            if self.session.view_session and error_kind == ErrorKind.NOT_ENCODED:  # a view session's chip not ready yet
                self.busy.emit(self.tr("Encoding this area… (click to encode it first)"), -1.0)
            return  # a preview outside the folder is simply not shown
        self.busy.emit("", 0.0)
        self.message.emit(text, Qgis.MessageLevel.Warning)
        if request_id == self._latest_commit and self.history is not None:
            # The refused point or box is taken back, so the next click works on the previous prompt, shown again
            # with its answer (a refused box after a kept object brings that object back as it was).
            previous = self.history.revert()
            self.draw_prompt(previous)
            self.show_result(self._answers.get(previous))
            self.changed.emit()

    def clear_preview(self) -> None:
        """The cursor left the canvas or the tool changed: no preview stays on the map."""
        if self.queries is not None:
            self.queries.cancel_previews()
        self.preview = None
        self.bands.show_preview(None)

    # ------------------------------------------------------------ drawing
    def show_result(self, result) -> None:
        self.result = result
        self.bands.show_result(result)

    def set_result_color(self, color: QColor) -> None:
        """Colour of the result outline (its fill is the same colour, translucent), and of the kept ones."""
        self.bands.set_color(color)

    def draw_prompt(self, prompt: Prompt) -> None:
        """The prompt's points and box, and the kept objects (dashed), as the history now has them."""
        self.bands.draw_prompt(prompt, [result for _prompt, result in self.history.kept] if self.history is not None else [])

    def unload(self) -> None:
        """The queue stops; the tool leaves the canvas and the bands are destroyed, while the canvas still exists."""
        self.stop()
        if self.canvas.mapTool() is self.tool:
            self.canvas.unsetMapTool(self.tool)
        self.bands.unload()

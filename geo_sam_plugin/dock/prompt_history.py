# SPDX-License-Identifier: GPL-2.0-or-later
"""The prompt being drawn (points, box) and its undo/redo history. Plain Python, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Prompt:
    """What the user has marked so far, in map coordinates of `crs`: points (x, y, label) and a box."""

    crs: str
    points: tuple[tuple[float, float, int], ...] = ()
    box: tuple[float, float, float, float] | None = None

    @property
    def empty(self) -> bool:
        return not self.points and self.box is None

    def query_kwargs(self) -> dict:
        """Keyword arguments for FeatureQueryEngine.query."""
        return {
            "points": [(x, y) for x, y, _ in self.points] or None,
            "labels": [label for _, _, label in self.points] or None,
            "box": self.box,
            "crs": self.crs,
        }


@dataclass
class PromptHistory:
    """Undo/redo over prompt edits and finished objects; a cleared prompt starts a new object, a saved one starts afresh.

    kept: the finished objects not saved yet, oldest first, as (prompt, result) pairs (Keep each result: a new box
    after a result starts the next object, next_object); undo and redo go over them as over any edit. Saves are not
    part of this history: in an editable layer QGIS's own undo takes them back.
    """

    crs: str
    current: Prompt = field(init=False)
    kept: tuple = ()
    _undo: list[tuple[tuple, Prompt]] = field(default_factory=list)
    _redo: list[tuple[tuple, Prompt]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.current = Prompt(self.crs)

    def _change(self, new: Prompt, kept: tuple | None = None) -> Prompt:
        self._undo.append((self.kept, self.current))
        self._redo.clear()
        self.current = new
        if kept is not None:
            self.kept = kept
        return new

    def add_point(self, x: float, y: float, label: int) -> Prompt:
        if label not in (0, 1):
            raise ValueError(f"label must be 1 (foreground) or 0 (background), got {label}")
        return self._change(Prompt(self.crs, self.current.points + ((float(x), float(y), int(label)),), self.current.box))

    def set_box(self, x0: float, y0: float, x1: float, y1: float) -> Prompt:
        return self._change(Prompt(self.crs, self.current.points, _box(x0, y0, x1, y1)))

    def next_object(self, result, x0: float, y0: float, x1: float, y1: float) -> Prompt:
        """The current prompt, answered by result, is finished and kept; a new object starts with this box."""
        return self._change(Prompt(self.crs, (), _box(x0, y0, x1, y1)), kept=self.kept + ((self.current, result),))

    def clear(self) -> Prompt:
        if self.current.empty:
            return self.current
        return self._change(Prompt(self.crs))

    def drop_last(self) -> Prompt:
        """Esc with Keep each result: the object being drawn is dropped, or, when there is none, the last kept one."""
        if not self.current.empty or not self.kept:
            return self.clear()
        return self._change(Prompt(self.crs), kept=self.kept[:-1])

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> Prompt:
        if self._undo:
            self._redo.append((self.kept, self.current))
            self.kept, self.current = self._undo.pop()
        return self.current

    def redo(self) -> Prompt:
        if self._redo:
            self._undo.append((self.kept, self.current))
            self.kept, self.current = self._redo.pop()
        return self.current

    def revert(self) -> Prompt:
        """Drop the last edit for good (the engine refused it): not redo-able."""
        if self._undo:
            self.kept, self.current = self._undo.pop()
        return self.current

    def record_save(self, keep: Prompt | None = None) -> Prompt:
        """The results were saved: an empty history and nothing kept (undo never brings a saved prompt back); the
        current prompt is `keep` (one not answered yet, so not saved) or a new object."""
        self._undo.clear()
        self._redo.clear()
        self.kept = ()
        self.current = keep if keep is not None else Prompt(self.crs)
        return self.current


def _box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))

# SPDX-License-Identifier: GPL-2.0-or-later
"""The prompt state behind the dock: undo/redo, clear, refused edits, saves."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "dock"))
from prompt_history import PromptHistory  # noqa: E402  (plain Python: no QGIS needed)


def test_undo_redo_clear_and_save():
    history = PromptHistory("EPSG:3857")
    history.add_point(1, 2, 1)
    history.add_point(3, 4, 0)
    history.set_box(10, 10, 0, 0)
    assert history.current.box == (0, 0, 10, 10) and len(history.current.points) == 2
    history.undo()
    assert history.current.box is None and history.can_redo
    history.redo()
    assert history.current.box == (0, 0, 10, 10)
    history.clear()
    assert history.current.empty and history.can_undo
    history.undo()
    assert len(history.current.points) == 2
    history.add_point(5, 6, 1)
    assert not history.can_redo  # a new edit drops the redo branch
    kwargs = history.current.query_kwargs()
    assert kwargs["labels"] == [1, 0, 1] and kwargs["crs"] == "EPSG:3857"
    history.record_save()
    assert history.current.empty and not history.can_undo and not history.can_redo  # a saved object cannot be undone into a duplicate


def test_a_refused_edit_is_taken_back_for_good():
    history = PromptHistory("EPSG:4326")
    history.add_point(1, 1, 1)
    history.add_point(500, 500, 1)  # the engine refuses it (outside the folder)
    history.revert()
    assert history.current.points == ((1.0, 1.0, 1),) and not history.can_redo


def test_each_finished_object_is_kept_until_saved_and_undo_redo_go_over_them():
    """Keep each result: a new box after an answer keeps that object; Esc drops the one drawn, then the last kept."""
    history = PromptHistory("EPSG:3857")
    history.set_box(0, 0, 10, 10)
    history.next_object("first", 20, 20, 30, 30)
    history.add_point(25, 25, 1)  # refines the second object, not the first
    history.next_object("second", 40, 40, 50, 50)
    assert [r for _, r in history.kept] == ["first", "second"] and history.current.box == (40, 40, 50, 50) and not history.current.points
    assert history.kept[1][0].points == ((25.0, 25.0, 1),)
    history.undo()
    assert [r for _, r in history.kept] == ["first"] and history.current.points == ((25.0, 25.0, 1),)  # the second object is being drawn again
    history.redo()
    assert len(history.kept) == 2
    history.drop_last()  # Esc: the object being drawn goes
    assert history.current.empty and len(history.kept) == 2
    history.drop_last()  # Esc again: the last kept one goes
    assert [r for _, r in history.kept] == ["first"] and history.current.empty
    history.undo()
    assert len(history.kept) == 2
    history.record_save()
    assert history.kept == () and history.current.empty and not history.can_undo
    history.drop_last()
    assert history.current.empty and history.kept == () and not history.can_undo  # nothing to drop: no edit

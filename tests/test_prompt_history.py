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

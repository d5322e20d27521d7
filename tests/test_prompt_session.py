# SPDX-License-Identifier: GPL-2.0-or-later
"""The prompt state behind the dock: undo/redo, clear, refused edits, saves."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "geo_sam_plugin" / "dock"))
from prompt_session import PromptSession  # noqa: E402  (plain Python: no QGIS needed)


def test_undo_redo_clear_and_save():
    session = PromptSession("EPSG:3857")
    session.add_point(1, 2, 1)
    session.add_point(3, 4, 0)
    session.set_box(10, 10, 0, 0)
    assert session.current.box == (0, 0, 10, 10) and len(session.current.points) == 2
    session.undo()
    assert session.current.box is None and session.can_redo
    session.redo()
    assert session.current.box == (0, 0, 10, 10)
    session.clear()
    assert session.current.empty and session.can_undo
    session.undo()
    assert len(session.current.points) == 2
    session.add_point(5, 6, 1)
    assert not session.can_redo  # a new edit drops the redo branch
    kwargs = session.current.query_kwargs()
    assert kwargs["labels"] == [1, 0, 1] and kwargs["crs"] == "EPSG:3857"
    session.record_save()
    assert session.current.empty and not session.can_undo and not session.can_redo  # a saved object cannot be undone into a duplicate


def test_a_refused_edit_is_taken_back_for_good():
    session = PromptSession("EPSG:4326")
    session.add_point(1, 1, 1)
    session.add_point(500, 500, 1)  # the engine refuses it (outside the folder)
    session.revert()
    assert session.current.points == ((1.0, 1.0, 1),) and not session.can_redo

"""The dataset table model sorts itself: fast on big projects, selections follow their clips."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from mms_studio.core.project import Project
from mms_studio.gui.models.clips_model import COLUMNS, ClipsModel
from tests.core.project_factory import tone

CLIPS = [("ọ́kan bàbá", "Ade", 0.30), ("dining war", "SL", 0.10), ("Amakaang", None, 0.25),
         ("bàbá ńlá", "ade", 0.20)]


@pytest.fixture
def model(qapp, tmp_path: Path):
    with Project.create(tmp_path / "p", language="yor", name="Y") as project:
        for text, speaker, seconds in CLIPS:
            project.add_clip(tone(seconds), transcript=text, speaker=speaker)
        yield ClipsModel(project, QUndoStack())


def _column(model: ClipsModel, name: str) -> list:
    return [getattr(model.clip_at(r), name) for r in range(model.rowCount())]


def test_rows_start_in_the_order_clips_were_added(model: ClipsModel) -> None:
    assert _column(model, "transcript") == [text for text, _s, _d in CLIPS]


def test_sort_by_duration_both_ways(model: ClipsModel) -> None:
    model.sort(COLUMNS.index("duration"), Qt.SortOrder.DescendingOrder)
    assert _column(model, "duration") == pytest.approx([0.30, 0.25, 0.20, 0.10])
    model.sort(COLUMNS.index("duration"), Qt.SortOrder.AscendingOrder)
    assert _column(model, "duration") == pytest.approx([0.10, 0.20, 0.25, 0.30])
    assert [model.row_of(model.clip_at(r).id) for r in range(4)] == [0, 1, 2, 3]


def test_text_sorts_ignore_case_and_put_missing_values_first(model: ClipsModel) -> None:
    model.sort(COLUMNS.index("speaker"), Qt.SortOrder.AscendingOrder)
    speakers = _column(model, "speaker")
    assert speakers[0] is None
    assert [s.casefold() for s in speakers[1:]] == ["ade", "ade", "sl"]
    model.sort(COLUMNS.index("transcript"), Qt.SortOrder.AscendingOrder)
    assert _column(model, "transcript")[0] == "Amakaang"   # not after every lower-case text


def test_a_selection_follows_its_clip_through_a_sort_and_a_reload(model: ClipsModel) -> None:
    chosen = model.clip_at(1).id                                   # "dining war"
    selection = QItemSelectionModel(model)
    selection.select(model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    current = QPersistentModelIndex(model.index(1, COLUMNS.index("transcript")))
    model.sort(COLUMNS.index("duration"), Qt.SortOrder.DescendingOrder)
    assert model.row_of(chosen) == 3
    assert current.row() == 3 and current.column() == COLUMNS.index("transcript")
    assert [i.row() for i in selection.selectedRows()] == [3]
    model.reload()                                                  # the sort survives a reload
    assert _column(model, "duration") == pytest.approx([0.30, 0.25, 0.20, 0.10])


def test_an_edit_lands_on_the_clip_shown_in_the_sorted_row(model: ClipsModel) -> None:
    model.sort(COLUMNS.index("duration"), Qt.SortOrder.AscendingOrder)
    shortest = model.clip_at(0)
    assert model.setData(model.index(0, COLUMNS.index("transcript")), "war nuku")
    assert model.project.clip(shortest.id).transcript == "war nuku"
    assert model.clip_at(0).transcript == "war nuku"


def test_a_clip_that_needs_review_says_why_in_its_status_tooltip(model: ClipsModel) -> None:
    from mms_studio.core.tasks import Message

    clip = model.clip_at(1)
    why = Message("The clip is {seconds} s long.", seconds=70)
    model.project.update_clip(clip.id, status="needs_review", review_reasons=[why])
    model.reload()
    status = model.index(model.row_of(clip.id), COLUMNS.index("status"))
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == "The clip is 70 s long."
    model.project.update_clip(clip.id, status="ok")
    model.reload()
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) is None   # shown only while in review

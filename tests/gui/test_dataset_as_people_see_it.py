"""The Dataset page names clips as people know them, in import order, with safe keys.

No 32-digit clip id in the table, the player header, the undo text, the shortcut
list or the orthography report; numbers in the locale's format; Space plays,
Enter/F2 edit, Escape cancels, and typing never replaces a transcript.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView

from mms_studio.gui.models.clips_model import COLUMNS

HEX_ID = re.compile(r"[0-9a-f]{32}")


def _column(page, name: str) -> list[str]:
    col = COLUMNS.index(name)
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def test_rows_come_in_import_order_numbered_from_one(main_window) -> None:
    page = main_window.go_to("dataset")
    in_order = [c.id for c in main_window.project.clips()]          # oldest first
    shown = [page.proxy.mapToSource(page.proxy.index(r, 0)).row()
             for r in range(page.proxy.rowCount())]
    assert [page.model.clip_at(r).id for r in shown] == in_order
    assert _column(page, "id") == [1, 2, 3, 4, 5]


def test_no_clip_id_in_what_people_read(main_window) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(0)
    assert page.select_clip(clip.id)
    assert page.clip_label.text().startswith("Clip 1 ·")
    assert page.model.setData(page.model.index(0, COLUMNS.index("transcript")),
                              clip.transcript + " a")
    undo = main_window.undo_stack.undoText()
    assert "clip 1 “" in undo and not HEX_ID.search(undo)
    shortcuts = " ".join(s.description for s in main_window.shortcut_list())
    assert not HEX_ID.search(shortcuts)
    report = page.orthography_text()
    assert "clip 1 “" in report and not HEX_ID.search(report)
    shown = " ".join(str(v) for name in COLUMNS for v in _column(page, name))
    assert not HEX_ID.search(shown)


def test_numbers_and_split_names_follow_the_interface(main_window) -> None:
    page = main_window.go_to("dataset")
    project = main_window.project
    project.assign_splits()
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        page.reload()
        page.update_stats()
        minutes = project.stats().seconds / 60
        assert f"{minutes:.1f}".replace(".", ",") in page.stats.text()
        assert "training" in page.stats.text()
        assert set(_column(page, "split")) <= {"training", "dev", "test"}
        assert all("," in d for d in _column(page, "duration"))
    finally:
        QLocale.setDefault(before)


def test_sources_are_said_not_stored_text(main_window) -> None:
    from mms_studio.gui.clip_names import source_text

    assert source_text("prompts.tsv line 2") == "prompts.tsv, line 2"
    assert source_text("corrected transcript of talk.wav 1.50-3.25 s") == \
        "corrected transcript of talk.wav, 1.50–3.25 s"
    assert source_text("story.eaf #3") == "story.eaf #3"


def test_typing_on_a_row_never_replaces_its_transcript(main_window, qtbot) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(0)
    assert page.select_clip(clip.id)
    page.table.setFocus()
    for key in (Qt.Key.Key_X, Qt.Key.Key_Space, Qt.Key.Key_A):
        qtbot.keyClick(page.table, key)
    assert page.table.state() != QAbstractItemView.State.EditingState
    assert main_window.project.clip(clip.id).transcript == clip.transcript
    assert main_window.undo_stack.count() == 0


def test_enter_edits_and_escape_cancels(main_window, qtbot) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(1)
    assert page.select_clip(clip.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.table.state() == QAbstractItemView.State.EditingState
    editor = page.table.focusWidget()
    qtbot.keyClicks(editor, " changed")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.table.state() != QAbstractItemView.State.EditingState
    assert main_window.project.clip(clip.id).transcript == clip.transcript


def test_space_plays_and_stops(main_window, qtbot, replay_device) -> None:
    page = main_window.go_to("dataset")
    assert page.select_clip(page.model.clip_at(0).id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.player().playing
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert not page.player().playing


def test_the_shortcut_list_says_what_undo_does_not_the_last_edit(main_window) -> None:
    page = main_window.go_to("dataset")
    assert page.model.setData(page.model.index(0, COLUMNS.index("transcript")), "x y")
    texts = [s.description for s in main_window.shortcut_list()]
    assert "Undo" in texts
    assert not [t for t in texts if "x y" in t]

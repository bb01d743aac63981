"""Dataset page over a real project: edits, undo, delete, filter, play, import, reports."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from mms_studio.gui.models.clips_model import COLUMNS


def _transcript_index(page, row: int):
    return page.model.index(row, COLUMNS.index("transcript"))


def test_table_shows_every_clip_with_status_in_words(main_window) -> None:
    page = main_window.go_to("dataset")
    assert page.model.rowCount() == 5
    texts = {page.model.clip_at(r).transcript for r in range(5)}
    assert "amakaang di kaai hada muila" in texts
    status = page.model.index(0, COLUMNS.index("status")).data()
    assert "ok" in status                       # words, not only a colour
    assert "Clips: 5 " in page.stats.text()
    assert not page.empty.isVisible()


def test_consecutive_edits_of_one_clip_undo_in_one_step(main_window) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(0)
    index = _transcript_index(page, 0)
    assert page.model.setData(index, clip.transcript + " a")
    assert page.model.setData(index, clip.transcript + " ab")
    assert page.project.clip(clip.id).transcript == clip.transcript + " ab"   # saved at once
    assert main_window.undo_stack.count() == 1
    main_window.undo_stack.undo()
    assert page.project.clip(clip.id).transcript == clip.transcript
    assert page.model.clip_at(0).transcript == clip.transcript                # view refreshed
    main_window.undo_stack.redo()
    assert page.project.clip(clip.id).transcript == clip.transcript + " ab"


def test_an_empty_transcript_is_refused_with_a_reason(main_window) -> None:
    from mms_studio.gui.shell import messages

    page = main_window.go_to("dataset")
    clip = page.model.clip_at(0)
    assert not page.model.setData(_transcript_index(page, 0), "   ")
    assert page.project.clip(clip.id).transcript == clip.transcript
    assert main_window.undo_stack.count() == 0
    assert messages.history[-1].title == "The change was not made"


def test_delete_is_undoable(main_window, qtbot) -> None:
    page = main_window.go_to("dataset")
    target = page.model.clip_at(2).id
    assert page.select_clip(target)
    page.delete_selected()
    assert page.model.rowCount() == 4
    assert page.project.clip(target).status == "deleted"
    main_window.undo_stack.undo()
    assert page.model.rowCount() == 5
    assert page.project.clip(target).status == "ok"


def test_filter_and_sort(main_window) -> None:
    page = main_window.go_to("dataset")
    page.search.setText("DINING")                      # case-insensitive
    assert page.proxy.rowCount() == 2
    page.search.clear()
    page.table.sortByColumn(COLUMNS.index("duration"), Qt.SortOrder.DescendingOrder)
    durations = [page.proxy.index(r, COLUMNS.index("duration")).data(Qt.ItemDataRole.EditRole)
                 for r in range(page.proxy.rowCount())]
    assert durations == sorted(durations, reverse=True)


def test_selecting_a_clip_draws_and_plays_it(main_window, replay_device, qtbot) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(0)
    page.select_clip(clip.id)
    assert page.waveform.point_count() > 0
    assert clip.transcript in page.clip_label.text()
    page.play_current()
    frames, rate = replay_device.played[-1]
    assert rate == 16000 and abs(frames / rate - clip.duration) < 0.05
    qtbot.waitUntil(lambda: page.waveform.cursor.isVisible(), timeout=2000)   # follows the sound
    qtbot.waitUntil(lambda: not page.waveform.cursor.isVisible(), timeout=10000)  # and goes away


def test_dropping_files_imports_them_in_a_worker_with_a_report(main_window, qtbot,
                                                               shared_data) -> None:
    page = main_window.go_to("dataset")
    folder = shared_data / "clips" / "yoruba_speech_project"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(main_window.dataset_changed, timeout=60000):
        page.dropEvent(event)
        assert page.busy()                              # closing now would ask first
    assert page.last_report is not None
    imported = len(page.last_report.imported)
    assert imported >= 1
    assert page.model.rowCount() == 5 + imported
    assert "Imported" in page.report.toPlainText()
    assert not page.progress_box.isVisible() and page.import_button.isEnabled()


def test_import_of_a_bad_file_reports_the_reason(main_window, qtbot, tmp_path) -> None:
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk")
    (tmp_path / "broken.txt").write_text("some words", encoding="utf-8")
    page = main_window.go_to("dataset")
    with qtbot.waitSignal(main_window.dataset_changed, timeout=30000):
        page.start_import([bad])
    assert page.model.rowCount() == 5                       # nothing lost, nothing added
    assert "broken" in page.report.toPlainText() and "skipped" in page.report.toPlainText()


def test_orthography_report_lists_the_characters(main_window) -> None:
    page = main_window.go_to("dataset")
    dialog = page.show_orthography_report()
    assert dialog is not None
    text = page.orthography_text()
    assert "k" in text and len(text.splitlines()) > 3
    dialog.close()


def test_status_and_split_of_several_clips_change_in_one_undo_step(main_window) -> None:
    from PySide6.QtCore import QItemSelectionModel

    page = main_window.go_to("dataset")
    ids = [page.model.clip_at(r).id for r in (0, 1)]
    selection = page.table.selectionModel()
    for clip_id in ids:
        index = page.proxy.mapFromSource(page.model.index(page.model.row_of(clip_id), 0))
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    action = next(a for a in page.table.actions() if a.text() == "Exclude from training")
    action.trigger()
    assert [page.project.clip(i).status for i in ids] == ["excluded", "excluded"]
    assert "excluded" in page.model.index(page.model.row_of(ids[0]), 0).data()
    assert main_window.undo_stack.count() == 1
    main_window.undo_stack.undo()
    assert [page.project.clip(i).status for i in ids] == ["ok", "ok"]

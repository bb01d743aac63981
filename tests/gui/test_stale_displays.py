"""What the player and the transcript show follows edits, corrections and deletes at once."""

from __future__ import annotations

from mms_studio.core.transcript import Transcription
from mms_studio.gui.models.clips_model import COLUMNS


def test_the_player_header_follows_an_edit_and_a_delete(main_window) -> None:
    page = main_window.go_to("dataset")
    clip = page.model.clip_at(1)
    assert page.select_clip(clip.id)
    assert clip.transcript in page.clip_label.text()
    index = page.model.index(1, COLUMNS.index("transcript"))
    assert page.model.setData(index, "lung haliel mai kaai (edited)")
    assert "(edited)" in page.clip_label.text()                  # not the old transcript
    main_window.undo_stack.undo()
    assert "(edited)" not in page.clip_label.text() and clip.transcript in page.clip_label.text()

    page.delete_selected()
    assert page.project.clip(clip.id).status == "deleted"
    assert clip.transcript not in page.clip_label.text()          # not the deleted clip
    assert page.current_clip() is None or page.current_clip().id != clip.id


def test_the_transcript_view_follows_a_correction_that_was_added(main_window,
                                                                 shared_data) -> None:
    page = main_window.go_to("transcribe")
    assert page.open_audio(shared_data / "abui/transcribed/abui_1.wav")
    page.show_result(Transcription(segments=(), duration=3.687, language="abz"))
    assert "nothing recognised" in page.view.toPlainText()
    page.segments.item(0, 3).setText("amakaang di kaai hada muila")
    assert "nothing recognised" not in page.view.toPlainText()   # the correction shows at once
    assert "amakaang di kaai hada muila" in page.view.toPlainText()
    assert "corrected" in page.segments.item(0, 1).text()
    assert len(page.add_to_dataset()) == 1
    assert "added" in page.segments.item(0, 1).text()
    assert "nothing recognised" not in page.view.toPlainText()
    assert "nothing recognised" not in page.segments.item(0, 1).text()

"""The Review page on a real untranscribed recording: waveform and speech found in workers,
keyboard review (play, accept, reject, split, merge, move edges), undo, and the accepted
segments sent to the dataset with their place in the recording."""

from __future__ import annotations

from PySide6.QtCore import Qt

RECORDING = "abui/untranscribed/audio.wav"


def open_and_find(page, qtbot, path):
    page.open_recording(path)
    qtbot.waitUntil(lambda: page.worker is None and page.audio is not None, timeout=60000)
    assert page.timeline.point_count() > 1000
    assert page.find_button.isEnabled()
    page.find_speech()
    qtbot.waitUntil(lambda: page.worker is None and bool(page.segments), timeout=60000)


def test_review_by_keyboard_with_undo_then_send_to_the_dataset(main_window, qtbot, shared_data,
                                                               replay_device):
    page = main_window.go_to("review")
    open_and_find(page, qtbot, shared_data / RECORDING)
    found = page.segments
    assert len(found) >= 3 and page.table.rowCount() == len(found)
    assert page.timeline.region_count() == len(found)
    assert all(b.start >= a.end for a, b in zip(found, found[1:], strict=False))
    table = page.table
    table.setFocus()
    table.setCurrentCell(0, 4)
    qtbot.keyClick(table, Qt.Key.Key_Space)                         # play the first segment
    qtbot.waitUntil(lambda: bool(replay_device.played), timeout=10000)
    frames, rate = replay_device.played[-1]
    assert rate == 16000 and abs(frames / rate - found[0].duration) < 0.05
    qtbot.keyClick(table, Qt.Key.Key_A)                             # accept, on to the next
    assert page.segments[0].status == "accepted" and page.current() == 1
    qtbot.keyClick(table, Qt.Key.Key_R)
    assert page.segments[1].status == "rejected" and page.current() == 2
    assert table.item(1, 2).text() == "rejected"                     # said in words
    main_window.undo_stack.undo()
    assert page.segments[1].status == "pending" and page.segments[0].status == "accepted"
    main_window.undo_stack.redo()
    assert page.segments[1].status == "rejected"
    # Split the third segment and merge it back; nudge its start twice = one undo step.
    table.setCurrentCell(2, 4)
    qtbot.keyClick(table, Qt.Key.Key_S)
    assert len(page.segments) == len(found) + 1
    assert abs(page.segments[2].end - page.segments[3].start) < 1e-6
    qtbot.keyClick(table, Qt.Key.Key_M)
    assert len(page.segments) == len(found)
    assert (page.segments[2].start, page.segments[2].end) == (found[2].start, found[2].end)
    before = page.segments[2].start
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert abs(page.segments[2].start - (before + 0.1)) < 1e-6
    main_window.undo_stack.undo()
    assert page.segments[2].start == before
    # A dragged edge is an edit too; text typed in the table is kept with the segment.
    page._dragged(2, found[2].start + 0.2, found[2].end)
    assert abs(page.segments[2].start - (found[2].start + 0.2)) < 1e-6
    table.item(2, 4).setText("amakaang  di")
    assert page.segments[2].text == "amakaang di"
    table.setCurrentCell(2, 4)
    qtbot.keyClick(table, Qt.Key.Key_A)
    with qtbot.waitSignal(main_window.dataset_changed, timeout=60000):
        qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.worker is None, timeout=60000)
    clips = [c for c in main_window.project.clips(include_deleted=True)
             if c.media and c.media.endswith("audio.wav")]
    assert len(clips) == 2
    by_text = {c.transcript: c for c in clips}
    assert by_text["amakaang di"].status == "ok"
    assert by_text[""].status == "needs_review"           # accepted, still to transcribe
    assert "without a transcript" in str(by_text[""].review_reasons[0])
    assert abs(by_text[""].media_start - found[0].start) < 1e-6
    assert abs(by_text["amakaang di"].media_start - (found[2].start + 0.2)) < 1e-6


def test_nothing_to_do_until_a_recording_is_open_and_errors_are_said(main_window, qtbot,
                                                                     tmp_path):
    page = main_window.go_to("review")
    assert not page.find_button.isEnabled() and not page.send_button.isEnabled()
    assert page.find_speech() is None and page.send_accepted() is None
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF....WAVEjunk")
    page.open_recording(broken)
    qtbot.waitUntil(lambda: page.worker is None, timeout=30000)
    assert page.audio is None and "broken.wav" in page.status.text()
    assert "Error" not in page.status.text()
    actions = [a.text() for m in main_window.menuBar().actions() if m.menu()
               for a in m.menu().actions()]
    assert any("long recording with its transcript" in a for a in actions)

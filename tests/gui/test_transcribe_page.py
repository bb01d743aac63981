"""Transcript view behaviour on a given result: shading, order, word playback, empty results.

The engine is exercised end to end in test_full_loop.py; here the page gets a
Transcription object (plain data, as the engine returns it) so the view's
rules can be checked exactly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from mms_studio.core.transcript import Segment, Transcription, Word

WAV = "abui/transcribed/abui_1.wav"


def _result(audio: str) -> Transcription:
    sure = Segment(0.29, 1.0, "amakaang di", (Word("amakaang", 0.29, 0.8, 0.95),
                                              Word("di", 0.85, 1.0, 0.9)), confidence=0.92)
    unsure = Segment(1.2, 1.9, "kaai hada", (Word("kaai", 1.2, 1.5, 0.3),
                                             Word("hada", 1.55, 1.9, 0.5)), confidence=0.4)
    return Transcription(segments=(sure, unsure), duration=3.687, language="abz",
                         adapter="test", audio_path=audio)


def test_least_confident_first_shading_and_word_playback(main_window, shared_data,
                                                          replay_device) -> None:
    page = main_window.go_to("transcribe")
    assert page.open_audio(shared_data / WAV)
    page.show_result(_result(str(shared_data / WAV)))
    assert page.segments.item(0, 3).text() == "kaai hada"          # least confident first
    assert "⚠ low" in page.segments.item(0, 1).text()              # in words, not only colour
    html = page.view.toHtml()
    assert "underline" in html and "kaai" in html
    page.view.anchorClicked.emit(QUrl("word:1:0"))                 # "kaai": 1.2 .. 1.5 s
    frames, rate = replay_device.played[-1]
    assert frames == int(1.5 * 16000) - int(1.2 * 16000) and rate == 16000


def test_nothing_recognised_still_lets_the_user_type_and_add(main_window, shared_data,
                                                             tmp_path) -> None:
    page = main_window.go_to("transcribe")
    page.open_audio(shared_data / WAV)
    page.show_result(Transcription(segments=(), duration=3.687, language="abz"))
    assert page.segments.rowCount() == 1 and "Nothing was recognised" in page.status.text()
    assert "nothing recognised" in page.segments.item(0, 1).text()    # said, not a 0 % score
    assert page.add_to_dataset() == []                               # nothing typed yet
    page.segments.item(0, 3).setText("amakaang di kaai hada muila")
    assert page.segments.item(0, 0).checkState() == Qt.CheckState.Checked
    added = page.add_to_dataset()
    assert len(added) == 1 and abs(added[0].duration - 3.687) < 0.01
    out = page.export("txt", tmp_path / "t.txt")
    assert out.read_text(encoding="utf-8").strip() == "amakaang di kaai hada muila"


def test_recording_here_goes_through_the_take_controller(main_window, qtbot,
                                                          replay_device) -> None:
    from mms_studio.core.project.layout import to_transcribe_dir

    page = main_window.go_to("transcribe")
    page.toggle_record()
    assert page.busy() and page.takes.recording
    qtbot.waitUntil(lambda: page.takes.seconds >= 1.0, timeout=10000)
    page.toggle_record()                   # returns at once: the tail is still being written
    assert page.takes.stopping or page.audio_path is not None
    qtbot.waitUntil(lambda: page.audio_path is not None, timeout=10000)
    assert page.audio_path.parent == to_transcribe_dir(main_window.project.root)
    assert page.audio_path.name.startswith("take-") and page.audio_path.suffix == ".wav"
    assert not page.takes.recording and page.takes.capture is None   # microphone released
    assert page.transcribe_button.isEnabled() and not page.busy()
    assert len(page.samples) / 16000 >= 1.4            # >= 1 s + most of the 0.5 s tail

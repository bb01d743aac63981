"""A computer without a sound card: one non-modal message on every page, controls off with why.

The sound card is `NoSoundBackend` (no devices; opening or playing fails as
PortAudio does); everything above it is the real app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mms_studio.core.audio import devices
from mms_studio.gui.shell import messages


def test_every_page_says_the_same_and_disables_what_cannot_work(main_window, qtbot,
                                                                no_sound_card) -> None:
    boxes = len(messages.history)
    record = main_window.go_to("record")
    assert record.sound.isVisible()
    text = record.sound.text.text()
    assert text == str(devices.NO_SOUND_CARD) and "Look for sound devices again" in text
    assert record.sound.again.isVisible() and record.sound.again.isEnabled()
    for control in (record.record_button, record.device, record.rerecord_button,
                    record.play_button):
        assert not control.isEnabled()
        assert control.toolTip() == text, control.accessibleName()
    assert record.meter.bar.format() == "no microphone"       # not a level saying "quiet"
    assert record.device.count() == 0 and record.device.placeholderText() == "no microphone found"
    qtbot.keyClick(record, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)   # Ctrl+R
    assert not record.busy() and "not possible" in record.take_status.text()

    transcribe = main_window.go_to("transcribe")
    assert transcribe.sound.isVisible() and transcribe.sound.text.text() == text
    assert not transcribe.record_button.isEnabled()
    assert transcribe.record_button.toolTip() == text
    assert transcribe.open_button.isEnabled()                 # files can still be transcribed

    dataset = main_window.go_to("dataset")
    assert dataset.sound.isVisible() and dataset.sound.text.text() == text
    assert not dataset.play_button.isEnabled() and dataset.play_button.toolTip() == text
    assert len(messages.history) == boxes                     # not one modal box anywhere


def test_play_without_speakers_says_so_once_without_a_box(main_window, no_sound_card) -> None:
    boxes = len(messages.history)
    dataset = main_window.go_to("dataset")
    own_tip = dataset.play_button.toolTip()
    dataset.select_clip(dataset.model.clip_at(0).id)
    dataset.play_current()                     # the first Play finds out
    assert dataset.sound.isVisible() and "No sound card" in dataset.sound.text.text()
    assert not dataset.play_button.isEnabled()
    assert dataset.play_button.toolTip() != own_tip
    dataset.play_current()                     # Ctrl+Space again: still no box
    assert len(messages.history) == boxes


def test_looking_again_finds_a_microphone_plugged_in(main_window, qtbot, no_sound_card,
                                                     replay_clip) -> None:
    from mms_studio.core.audio.replay_device import ReplayBackend

    record = main_window.go_to("record")
    own_tip = "Record (Ctrl+R)"
    assert not record.record_button.isEnabled()
    devices.set_backend(ReplayBackend(replay_clip, speed=4.0))   # a headset is plugged in
    record.sound.again.click()
    assert not record.sound.isVisible()
    qtbot.waitUntil(lambda: record.capture is not None, timeout=5000)
    assert record.record_button.isEnabled() and record.device.count() == 2
    assert record.record_button.toolTip().startswith(own_tip.split(" (")[0])
    qtbot.waitUntil(lambda: record.meter.bar.value() > 0, timeout=5000)   # a live level again
    transcribe = main_window.go_to("transcribe")
    assert not transcribe.sound.isVisible() and transcribe.record_button.isEnabled()
    main_window.pages["record"].shutdown()


def test_a_microphone_that_cannot_be_opened_is_said_once(main_window, qtbot,
                                                         replay_clip) -> None:
    from mms_studio.core.audio.replay_device import ReplayBackend

    backend = ReplayBackend(replay_clip, speed=4.0, fail_devices=(0, 1))
    devices.set_backend(backend)
    opened = []
    original = backend.InputStream
    backend.InputStream = lambda **kw: (opened.append(kw["device"]), original(**kw))[1]
    try:
        boxes = len(messages.history)
        record = main_window.go_to("record")
        qtbot.wait(300)                       # no retry loop: one attempt per look
        attempts = len(opened)
        assert 1 <= attempts <= 2             # 16 kHz, then the device's own rate
        assert record.capture is None and "could not be opened" in record.take_status.text()
        assert record.sound.isVisible() and "could not be opened" in record.sound.text.text()
        record.sound.again.click()            # looking again tries again, once
        qtbot.wait(300)
        assert attempts < len(opened) <= 2 * attempts
        assert len(messages.history) == boxes
    finally:
        main_window.pages["record"].shutdown()
        devices.set_backend(None)

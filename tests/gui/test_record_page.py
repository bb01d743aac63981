"""Record page driven by keyboard shortcuts, with a fake sound card replaying a real clip."""

from __future__ import annotations

import numpy as np
import soundfile as sf
from PySide6.QtCore import Qt

from mms_studio.core.recording.wavfile import StreamingWavWriter


def _record_one_take(page, qtbot, seconds: float = 1.0) -> None:
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.take is not None and page.busy()
    qtbot.waitUntil(lambda: page.take.seconds >= seconds, timeout=10000)
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)   # stop
    assert page.wait_for_take(10)


def test_prompted_session_records_checks_and_adds_clips(main_window, qtbot, replay_device,
                                                        tmp_path) -> None:
    prompts = tmp_path / "prompts.txt"
    prompts.write_text("hekaai deina del ong hayei ba\n\ndining ayoku kamar\n", encoding="utf-8")
    page = main_window.go_to("record")
    assert page.device.itemText(0) == "Second replay microphone (default)"
    assert page.load_prompts(prompts)
    assert page.position.text() == "Sentence 1 of 2"
    page.speaker.setText("SL")
    qtbot.waitUntil(lambda: page.meter.bar.value() > 0, timeout=5000)     # live meter

    _record_one_take(page, qtbot)
    assert page.take_status.text().startswith("✓ Good take"), page.take_status.text()
    data, rate = sf.read(page.take_path, dtype="float32")
    assert len(data) / rate >= 1.4                       # >= 1 s spoken + most of the 0.5 s tail
    qtbot.keyClick(page, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert replay_device.played and replay_device.played[-1][0] == len(data)

    before = {c.id for c in main_window.project.clips()}
    with qtbot.waitSignal(main_window.dataset_changed, timeout=60000):
        qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    new = [c for c in main_window.project.clips() if c.id not in before]
    assert len(new) == 1
    added = new[0]
    assert added.transcript == "hekaai deina del ong hayei ba" and added.speaker == "SL"
    assert page.position.text() == "Sentence 2 of 2"
    # The raw take stays on disk beside the clip.
    assert list((main_window.project.root / "recordings").rglob("take-*.wav"))


def test_a_take_that_is_too_short_says_why(main_window, qtbot, replay_device) -> None:
    page = main_window.go_to("record")
    page.free_mode()
    page.start_take()
    page.take.tail = 0.0
    qtbot.waitUntil(lambda: page.take.seconds >= 0.2, timeout=5000)
    page.stop_take()
    assert page.wait_for_take(10)
    assert [p.code for p in page.problems][:1] == ["too_short"]
    assert "too short" in page.take_status.text()
    page.transcript.setText("a")
    clip = page.accept_take()                  # allowed, but marked for review
    assert clip is not None and clip.status == "needs_review"


def test_failed_device_switch_keeps_the_old_one(main_window, qtbot, replay_clip) -> None:
    from mms_studio.core.audio import devices
    from mms_studio.core.audio.replay_device import ReplayBackend
    from mms_studio.gui.shell import messages

    devices.set_backend(ReplayBackend(replay_clip, speed=4.0, fail_devices=(0,)))
    try:
        page = main_window.go_to("record")
        assert page.device.currentIndex() == 0
        in_use = page.capture.device
        assert not page.switch_device(1)        # row 1 is device 0, which fails
        assert page.capture.device == in_use and page.device.currentIndex() == 0
        assert messages.history[-1].title == "Microphone not changed"
    finally:
        main_window.pages["record"].shutdown()
        devices.set_backend(None)


def test_a_take_cut_short_by_a_crash_is_offered_back(abui_project, qtbot, replay_device) -> None:
    from mms_studio.gui.main_window import MainWindow

    folder = abui_project.root / "recordings" / "20260101-SL"
    writer = StreamingWavWriter(folder / "take-120000-000.recording.wav", samplerate=16000)
    writer.write(np.sin(np.linspace(0, 800, 24000)).astype(np.float32) * 0.5)
    # no close(): the app "crashed" here
    window = MainWindow(abui_project)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("record")
    assert page.recovered_button.isVisible() and "1 take" in page.recovered_label.text()
    page.review_recovered()
    assert page.take_samples is not None and len(page.take_samples) == 24000
    page.transcript.setText("lung haliel mai kaai")
    clip = page.accept_take()
    assert clip is not None and abs(clip.duration - 1.5) < 0.01
    writer.close()


def test_shortcuts_are_listed(main_window) -> None:
    keys = [s.description for s in main_window.pages["record"].shortcuts()]
    assert any("accept" in k for k in keys) and any("recording" in k for k in keys)


def test_leaving_the_page_releases_the_microphone(main_window, replay_device) -> None:
    page = main_window.go_to("record")
    stream = page.capture.stream
    assert stream.active
    main_window.go_to("dataset")
    assert page.capture is None and not stream.active
    main_window.go_to("record")
    assert page.capture is not None and page.capture.stream.active


def test_bad_prompt_files_say_why(tmp_path, main_window) -> None:
    import pytest

    from mms_studio.core.errors import MMSStudioError
    from mms_studio.core.recording.prompts import read_prompts
    from mms_studio.gui.shell import messages

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("òrò ìyànjú\n".encode("latin-1"))
    with pytest.raises(MMSStudioError, match="UTF-8"):
        read_prompts(latin1)
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(MMSStudioError, match="no sentences"):
        read_prompts(empty)
    bom = tmp_path / "bom.txt"
    bom.write_text("\ufeffòrò ìyànjú\n", encoding="utf-8")
    assert read_prompts(bom) == ["òrò ìyànjú"]
    page = main_window.go_to("record")
    assert not page.load_prompts(latin1)                   # the page says so and keeps going
    assert messages.history[-1].title == "Cannot use these prompts"

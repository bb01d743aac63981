"""The one take controller both pages use: record → stream → check → keep, never blocking.

The sound card is a stand-in that replays a real Abui clip (or a computer
without a sound card); the writer thread, files, checks and project are real.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.audio import devices
from mms_studio.core.project import Project
from mms_studio.core.recording.controller import (
    TakeController,
    TakeError,
    keep_take,
    load_take,
)
from mms_studio.core.recording.takes import (
    IN_PROGRESS,
    recovered_to_review,
    session_dir,
)
from mms_studio.core.recording.wavfile import StreamingWavWriter


@pytest.fixture
def project(tmp_path):
    proj = Project.create(tmp_path / "p", language="abz", name="Abui")
    yield proj
    proj.close()


def _record(controller: TakeController, folder, seconds: float):
    controller.start(folder)
    deadline = time.monotonic() + 10
    while controller.seconds < seconds and time.monotonic() < deadline:
        time.sleep(0.02)
    controller.stop()
    return controller


def test_a_take_is_streamed_checked_and_kept(replay_device, project) -> None:
    controller = TakeController()
    folder = session_dir(project.root, "S L")
    assert folder.parent == project.root / "recordings" and folder.name.endswith("-S_L")
    _record(controller, folder, 1.0)
    # stop() returned at once: the tail is still being written, and poll() does not wait.
    assert controller.recording and controller.stopping
    first = controller.poll()
    assert first is None or first.seconds >= 1.0   # at 4x replay the tail may already be done
    take = first
    deadline = time.monotonic() + 10
    while take is None and time.monotonic() < deadline:
        take = controller.poll()
        time.sleep(0.01)
    assert take is not None and not controller.recording
    assert take.path.parent == folder and not take.path.name.endswith(IN_PROGRESS)
    assert take.problems == ()
    assert take.seconds >= 1.4                     # >= 1 s + most of the 0.5 s tail
    on_disk, rate = sf.read(take.path, dtype="float32")
    assert rate == 16000 and len(on_disk) == len(take.samples)

    clip = keep_take(project, take, transcript="  hekaai deina  ", speaker="SL")
    assert clip.transcript == "hekaai deina" and clip.speaker == "SL" and clip.status == "ok"
    assert clip.source == f"recorded {folder.name}/{take.path.name}"
    assert take.path.exists()                       # the raw take stays beside the clip
    controller.shutdown()
    assert controller.capture is None


def test_a_short_take_says_why_and_is_kept_for_review(replay_device, project) -> None:
    controller = TakeController(tail=0.0)
    _record(controller, project.root / "recordings" / "s", 0.2)
    take = controller.wait(10)
    assert take is not None
    assert [p.code for p in take.problems] == ["too_short"]
    reason = take.problems[0].reason
    assert reason.template.startswith("The take is too short") and "whole sentence" in reason
    with pytest.raises(TakeError, match="Type what is said"):
        keep_take(project, take, transcript="   ")
    assert project.clips() == []                    # nothing half-added
    clip = keep_take(project, take, transcript="a")
    assert clip.status == "needs_review"
    controller.shutdown()


def test_no_microphone_is_an_error_that_says_what_to_do(no_sound_card, project) -> None:
    controller = TakeController()
    with pytest.raises(devices.AudioDeviceError) as caught:
        controller.start(project.root / "recordings" / "s")
    message = caught.value.args[0]
    assert message is devices.NO_MICROPHONE and "Plug one in" in str(caught.value)
    assert not controller.recording
    assert not (project.root / "recordings").exists()      # no empty take file left behind


def test_a_take_that_cannot_be_written_is_reported(replay_device, tmp_path) -> None:
    folder = tmp_path / "recordings"
    folder.write_text("a file where the takes folder should be", encoding="utf-8")
    controller = TakeController()
    try:
        with pytest.raises(TakeError, match="could not be saved in"):
            controller.start(folder)
        assert not controller.recording
    finally:
        controller.shutdown()


def test_a_failed_write_comes_back_from_poll(replay_device, tmp_path) -> None:
    controller = TakeController()
    controller.start(tmp_path / "takes")
    recorder = controller.recorder
    recorder.writer._file.close()            # the disk goes away under the writer thread
    assert recorder.wait(10)
    with pytest.raises(TakeError, match="could not be saved"):
        controller.poll()
    assert not controller.recording
    controller.shutdown()


def test_sound_check_names_what_is_missing(no_sound_card, replay_device) -> None:
    # replay_device was set last: both microphones and an output are there.
    check = devices.check_sound()
    assert check.can_record and check.can_play and check.problem is None
    devices.set_backend(no_sound_card)
    check = devices.check_sound()
    assert not check.can_record and not check.can_play
    assert check.problem is devices.NO_SOUND_CARD
    with pytest.raises(devices.AudioDeviceError, match="no speakers"):
        devices.Player().play(np.zeros(160, dtype=np.float32), 16000)


def test_recovered_takes_are_offered_until_kept(project) -> None:
    folder = project.root / "recordings" / "20260101-SL"
    writer = StreamingWavWriter(folder / f"take-120000-000{IN_PROGRESS}", samplerate=16000)
    writer.write(np.sin(np.linspace(0, 800, 24000)).astype(np.float32) * 0.5)
    writer._file.flush()                     # "crash": never closed
    offered = recovered_to_review(project)
    assert [p.name for p in offered] == ["take-120000-000.recovered.wav"]
    take = load_take(offered[0])
    assert take.recovered and abs(take.seconds - 1.5) < 1e-6 and take.problems == ()
    keep_take(project, take, transcript="lung haliel mai kaai")
    assert recovered_to_review(project) == []
    writer.close()


def test_recording_again_at_once_gets_the_new_audio(replay_device, tmp_path) -> None:
    controller = TakeController()
    _record(controller, tmp_path / "s", 0.3)
    first = controller.recorder.path
    controller.abort()                       # "Record again" right away
    assert not controller.recording
    _record(controller, tmp_path / "s", 1.0)
    take = controller.wait(10)
    assert take is not None and take.seconds >= 1.4 and take.path != first
    kept = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert len(kept) == 2 and not any(name.endswith(IN_PROGRESS) for name in kept)
    controller.shutdown()

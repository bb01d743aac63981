"""The capture pipeline (callback, queue, writer thread, crash-safe WAV), sound card = a real clip."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.audio import devices
from mms_studio.core.recording.checks import check_take
from mms_studio.core.recording.recorder import TakeRecorder
from mms_studio.core.recording.takes import recover_takes
from mms_studio.core.recording.wavfile import StreamingWavWriter


def _is_replayed_clip(data: np.ndarray, clip: Path) -> bool:
    """True when `data` starts with the looped clip from some block boundary (16-bit rounding aside)."""
    source, _ = sf.read(clip, dtype="float32")
    looped = np.concatenate([source, source])
    block = int(16000 * devices.BLOCK_SECONDS)
    return any(np.allclose(data[:4000], looped[o:o + 4000], atol=1e-3)
               for o in range(0, len(source), block))


def test_devices_are_listed_default_first(replay_device) -> None:
    found = devices.input_devices()
    assert [d.name for d in found] == ["Second replay microphone", "Replay microphone"]
    assert found[0].is_default and "(default)" in found[0].label()


def test_take_holds_the_replayed_clip_plus_tail(replay_device, replay_clip, tmp_path) -> None:
    capture = devices.Capture()
    capture.open(devices.input_devices()[0])
    try:
        take = TakeRecorder(capture, tmp_path / "take.wav", tail=0.5)
        deadline = time.monotonic() + 10
        while take.seconds < 1.0 and time.monotonic() < deadline:
            time.sleep(0.02)
        take.stop()
        assert take.wait(10)
    finally:
        capture.close()
    assert take.error is None
    data, rate = sf.read(tmp_path / "take.wav", dtype="float32")
    assert rate == 16000
    # At least the second recorded before Stop plus the whole 0.5 s tail.
    assert len(data) >= int(1.5 * rate) - 800
    assert _is_replayed_clip(data, replay_clip), "the take does not hold the replayed recording"
    assert capture.overflows == 0


def test_failed_device_switch_keeps_the_old_stream(replay_clip) -> None:
    from mms_studio.core.audio.replay_device import ReplayBackend

    backend = ReplayBackend(replay_clip, speed=4.0, fail_devices=(0,))
    devices.set_backend(backend)
    capture = devices.Capture()
    try:
        good, bad = devices.input_devices()
        capture.open(good)
        stream = capture.stream
        with pytest.raises(devices.AudioDeviceError, match="previous one is still in use"):
            capture.open(bad)
        assert capture.stream is stream and capture.device == good
        assert stream.active
    finally:
        capture.close()
        devices.set_backend(None)


def test_meter_queue_keeps_only_the_latest_peak(replay_device) -> None:
    capture = devices.Capture()
    block = np.full((800, 1), 0.25, dtype=np.float32)
    for level in (0.1, 0.2, 0.5):
        capture._callback(block * level / 0.25, 800, None, None)
    assert capture.peaks.qsize() == 1
    assert capture.latest_peak() == pytest.approx(0.5)
    assert capture.sink is None and not capture.recording   # not recording: nothing for disk


def test_take_checks_give_reasons_on_real_audio(replay_clip, shared_data) -> None:
    audio, rate = sf.read(replay_clip, dtype="float32")
    assert check_take(audio, rate) == []
    codes = {p.code for p in check_take(audio[: rate // 4], rate)}
    assert codes == {"too_short"}
    quiet = {p.code: p.reason for p in check_take(audio * 0.01, rate)}
    assert "too_quiet" in quiet and "closer" in quiet["too_quiet"]
    loud = {p.code for p in check_take(np.clip(audio * 20, -1, 1), rate)}
    assert "clipping" in loud
    long = {p.code for p in check_take(np.tile(audio, 20), rate)}
    assert "too_long" in long


def test_streaming_wav_is_readable_before_close(tmp_path) -> None:
    writer = StreamingWavWriter(tmp_path / "t.wav", samplerate=16000)
    writer.write(np.linspace(-0.5, 0.5, 1600, dtype=np.float32))
    info = sf.info(tmp_path / "t.wav")      # still open for writing
    assert info.frames == 1600 and info.samplerate == 16000
    writer.close()


RECORDER_SCRIPT = """
import sys, time
from mms_studio.core.audio import devices
from mms_studio.core.audio.replay_device import ReplayBackend
from mms_studio.core.recording.recorder import TakeRecorder
devices.set_backend(ReplayBackend(sys.argv[1], speed=1.0))
capture = devices.Capture()
capture.open(devices.input_devices()[0])
take = TakeRecorder(capture, sys.argv[2])
print("recording", flush=True)
time.sleep(120)
"""


def test_killed_recorder_leaves_a_readable_take(replay_clip, tmp_path) -> None:
    folder = tmp_path / "recordings" / "session"
    path = folder / "take-1.recording.wav"
    proc = subprocess.Popen([sys.executable, "-c", RECORDER_SCRIPT, str(replay_clip), str(path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])})
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "recording", proc.stderr.read()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if path.exists() and sf.info(path).frames >= 16000:   # a second is on disk
                break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    # Readable as it is, without any repair.
    data, rate = sf.read(path, dtype="float32")
    assert rate == 16000 and len(data) >= 16000
    assert _is_replayed_clip(data, replay_clip)
    # On the next start the take is repaired and offered back.
    recovered = recover_takes(tmp_path)
    assert [p.name for p in recovered] == ["take-1.recovered.wav"]
    again, _ = sf.read(recovered[0], dtype="float32")
    assert len(again) >= len(data)

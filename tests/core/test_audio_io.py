"""Reading, resampling, cutting and writing real and generated recordings."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core import audio
from mms_studio.core.audio import TARGET_SR
from mms_studio.core.errors import Cancelled, EmptyAudioError, InvalidSamplesError
from mms_studio.core.tasks import RecordingTaskState
from tests.core import audio_factory as make

REAL_CLIPS = [
    "buzz/whisper-latvian.wav",
    "coqui-stt/ru.wav",
    "coqui-tts/LJ001-0002.wav",
    "mfa/13697_11991_000000.opus",
    "mfa/61-70968-0000.flac",
    "mfa/common_voice_ja_24511055.mp3",
    "mfa/common_voice_en_22058266.mp3",
    "whisper/jfk.flac",
    "yoruba_speech_project/200625-215447_yor_874_elicit_1.wav",
]


@pytest.mark.parametrize("name", REAL_CLIPS)
def test_real_clip_probe_load_and_levels(shared_data: Path, name: str) -> None:
    path = shared_data / "clips" / name
    info = audio.probe(path)
    reference = sf.info(str(path))
    assert info.sample_rate == reference.samplerate
    assert info.channels == reference.channels
    assert info.duration == pytest.approx(reference.duration, abs=1e-6)
    assert path.suffix.lower() in audio.AUDIO_SUFFIXES

    samples = audio.load(path)
    assert samples.dtype == np.float32 and samples.ndim == 1
    # MP3 decoders drop a few padding frames; everything else is exact to a sample or two.
    tolerance = 0.05 * TARGET_SR if info.format == "MP3" else 2
    assert abs(samples.size - info.duration * TARGET_SR) <= tolerance

    stats = audio.analyse(samples)
    assert 0.0 < stats.peak <= 1.0
    assert 0.0 <= stats.clipping_share < 0.01
    assert 0.0 <= stats.silence_share <= 1.0
    assert -60.0 < stats.rms_dbfs < 0.0


def test_clipping_and_silence_are_seen_in_real_audio(shared_data: Path) -> None:
    clips = shared_data / "clips"
    clipped = audio.analyse(audio.load(clips / "yoruba_speech_project/200625-215447_yor_874_elicit_1.wav"))
    assert clipped.peak >= 0.999 and clipped.clipping_share > 0
    silent = audio.analyse(audio.load(clips / "mfa/se10x016-08071999-1334_u0016001.wav"))
    speech = audio.analyse(audio.load(clips / "whisper/jfk.flac"))
    assert silent.rms_dbfs < -40 and silent.silence_share > 0.5
    assert speech.rms_dbfs > silent.rms_dbfs + 20
    assert speech.silence_share < silent.silence_share


@pytest.mark.parametrize(("sr", "channels"), [(44100, 2), (8000, 1), (48000, 6), (22050, 2)])
def test_generated_rates_and_channels_become_16k_mono(tmp_path: Path, sr: int, channels: int) -> None:
    src = make.tone_file(tmp_path / f"in_{sr}_{channels}.wav", 3.0, sr=sr, channels=channels)
    samples = audio.load(src)
    assert samples.ndim == 1
    assert abs(samples.size - 3.0 * TARGET_SR) <= 2
    # Downmix of near-identical channels keeps the level of one channel (no doubling).
    assert 0.45 < float(np.abs(samples[1000:-1000]).max()) < 0.52


@pytest.mark.parametrize(("fmt", "subtype", "suffix", "sr"), [
    ("OGG", "VORBIS", ".ogg", 44100), ("OGG", "OPUS", ".opus", 48000),
    ("MP3", "MPEG_LAYER_III", ".mp3", 44100), ("FLAC", "PCM_24", ".flac", 96000),
    ("WAV", "FLOAT", ".wav", 32000), ("WAV", "PCM_U8", ".wav", 11025),
])
def test_generated_formats_decode(tmp_path: Path, fmt: str, subtype: str, suffix: str, sr: int) -> None:
    src = make.tone_file(tmp_path / f"tone{suffix}", 3.0, sr=sr, channels=2, fmt=fmt, subtype=subtype)
    info = audio.probe(src)
    assert (info.format, info.subtype, info.sample_rate, info.channels) == (fmt, subtype, sr, 2)
    samples = audio.load(src)
    assert abs(samples.size - 3.0 * TARGET_SR) <= 0.05 * TARGET_SR
    assert 0.45 < float(np.abs(samples[2000:-2000]).max()) < 0.55  # lossy codecs wobble a little


def test_convert_to_wav_writes_16k_mono_pcm16_and_returns_its_stats(tmp_path: Path, shared_data: Path) -> None:
    dst = tmp_path / "out" / "jfk.wav"
    stats = audio.convert_to_wav(shared_data / "clips/whisper/jfk.flac", dst)
    info = sf.info(str(dst))
    assert (info.samplerate, info.channels, info.subtype, info.format) == (TARGET_SR, 1, "PCM_16", "WAV")
    assert stats.duration == pytest.approx(11.0, abs=1e-3)
    assert info.frames == round(stats.duration * TARGET_SR)
    again = audio.analyse(audio.load(dst))
    assert again.peak == pytest.approx(stats.peak, abs=1e-3)
    assert again.rms_dbfs == pytest.approx(stats.rms_dbfs, abs=0.05)
    assert [p.name for p in dst.parent.iterdir()] == ["jfk.wav"]  # no temporary left behind


def test_cuts_seek_to_the_right_place_and_clamp(tmp_path: Path) -> None:
    src = make.ramp_file(tmp_path / "ramp.wav", 10.0, sr=44100)
    early = audio.load(src, start=1.0, end=2.0)
    late = audio.load(src, start=8.0, end=9.0)
    assert abs(early.size - TARGET_SR) <= 1 and abs(late.size - TARGET_SR) <= 1
    assert np.abs(late).max() > 3 * np.abs(early).max()  # the level rises with time
    tail = audio.load(src, start=9.5, end=60.0)  # end past the file is clamped
    assert abs(tail.size - 0.5 * TARGET_SR) <= 1
    head = audio.load(src, start=-3.0, end=0.25)  # negative start is clamped
    assert abs(head.size - 0.25 * TARGET_SR) <= 1

    dst = tmp_path / "cut.wav"
    stats = audio.convert_to_wav(src, dst, start=2.0, end=4.5)
    assert stats.duration == pytest.approx(2.5, abs=1e-3)
    assert sf.info(str(dst)).frames == pytest.approx(2.5 * TARGET_SR, abs=1)


@pytest.mark.parametrize(("start", "end"), [(5.0, 5.0), (3.0, 2.0), (12.0, 13.0)])
def test_empty_cuts_are_refused(tmp_path: Path, start: float, end: float) -> None:
    src = make.tone_file(tmp_path / "five.wav", 5.0)
    with pytest.raises(EmptyAudioError, match="five.wav"):
        audio.load(src, start=start, end=end)
    dst = tmp_path / "never.wav"
    with pytest.raises(EmptyAudioError):
        audio.convert_to_wav(src, dst, start=start, end=end)
    assert not dst.exists()


def test_iter_blocks_matches_load(tmp_path: Path) -> None:
    src = make.tone_file(tmp_path / "stereo.wav", 7.3, sr=44100, channels=2)
    blocks = list(audio.iter_blocks(src, block_seconds=1.0))
    assert len(blocks) >= 7
    joined = np.concatenate(blocks)
    whole = audio.load(src)
    assert joined.size == whole.size
    np.testing.assert_allclose(joined, whole, atol=1e-5)


def test_long_file_converts_in_bounded_memory(tmp_path: Path) -> None:
    seconds = 600.0
    src = make.long_file(tmp_path / "ten_minutes.wav", seconds=seconds, sr=22050)
    whole_float_bytes = seconds * 22050 * 4
    dst = tmp_path / "ten_minutes_16k.wav"
    tracemalloc.start()
    try:
        stats = audio.convert_to_wav(src, dst)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stats.duration == pytest.approx(seconds, abs=0.01)
    assert sf.info(str(dst)).frames == pytest.approx(seconds * TARGET_SR, abs=2)
    assert peak < whole_float_bytes / 10, f"peak {peak / 1e6:.1f} MB for a {whole_float_bytes / 1e6:.0f} MB signal"


def test_convert_reports_progress_and_cancel_keeps_old_file(tmp_path: Path) -> None:
    src = make.tone_file(tmp_path / "long.wav", 30.0, sr=16000)
    recorder = RecordingTaskState()
    audio.convert_to_wav(src, tmp_path / "done.wav", state=recorder)
    assert recorder.progress and recorder.progress[-1] == pytest.approx(1.0, abs=0.01)

    dst = tmp_path / "kept.wav"
    make.tone_file(dst, 1.0)
    before = dst.read_bytes()
    state = RecordingTaskState(cancel_when=lambda s: len(s.progress) >= 1)  # after one block
    with pytest.raises(Cancelled):
        audio.convert_to_wav(src, dst, state=state)
    assert state.progress and state.progress[-1] < 1.0
    assert dst.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done.wav", "kept.wav", "long.wav"]


def test_write_wav_clips_instead_of_wrapping(tmp_path: Path) -> None:
    path = tmp_path / "loud.wav"
    samples = np.array([0.0, 0.5, 1.7, -2.0, -0.25] * 400, dtype=np.float32)
    audio.write_wav(path, samples)
    back, sr = sf.read(str(path), dtype="float32")
    assert sr == TARGET_SR and sf.info(str(path)).subtype == "PCM_16"
    assert back[2] == pytest.approx(1.0, abs=1e-4) and back[3] == pytest.approx(-1.0, abs=1e-4)
    assert back[1] == pytest.approx(0.5, abs=1e-4)


def test_write_wav_refuses_bad_samples_and_keeps_old_file(tmp_path: Path) -> None:
    path = make.tone_file(tmp_path / "take.wav", 1.0)
    before = path.read_bytes()
    with pytest.raises(InvalidSamplesError):
        audio.write_wav(path, np.array([0.1, np.nan, 0.2], dtype=np.float32))
    with pytest.raises(EmptyAudioError):
        audio.write_wav(path, np.zeros(0, dtype=np.float32))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["take.wav"]


@pytest.mark.parametrize("name", ["mfa/common_voice_ja_24511055.mp3", "mfa/13697_11991_000000.opus",
                                  "whisper/jfk.flac", "coqui-tts/LJ001-0002.wav"])
def test_a_cut_holds_the_same_samples_as_the_whole_file(shared_data: Path, name: str) -> None:
    path = shared_data / "clips" / name
    whole = audio.load(path)
    cut = audio.load(path, start=1.0, end=1.5)
    assert cut.size == TARGET_SR // 2
    # Away from the cut's edges (resampler warm-up), the samples are those of the whole file.
    np.testing.assert_allclose(cut[1000:7000], whole[17000:23000], atol=1e-4)


@pytest.mark.parametrize(("name", "start", "end"), [("abui_4_660", 0.66, 2.57),
                                                    ("abui_4_3950", 3.95, 6.04)])
def test_cut_matches_elpis_reference_clip(tmp_path: Path, shared_data: Path, name: str,
                                          start: float, end: float) -> None:
    """Elpis cut these phrases of abui_4 (44.1 kHz) into 16 kHz clips; ours must line up."""
    reference, sr = sf.read(str(shared_data / f"abui/elpis_lib/processing/{name}.wav"), dtype="float32")
    dst = tmp_path / f"{name}.wav"
    stats = audio.convert_to_wav(shared_data / "abui/transcribed/abui_4.wav", dst, start=start, end=end)
    ours, our_sr = sf.read(str(dst), dtype="float32")
    assert our_sr == sr == TARGET_SR
    assert ours.size == reference.size
    assert stats.duration == pytest.approx(end - start, abs=1e-3)
    inner = slice(200, -200)  # different resamplers differ only at the very edges
    assert np.corrcoef(ours[inner], reference[inner])[0, 1] > 0.98


def test_real_clipping_in_44k_field_recordings(tmp_path: Path, shared_data: Path) -> None:
    for name in ("transcribed/abui_1.wav", "transcribed/abui_3.wav"):
        stats = audio.convert_to_wav(shared_data / "abui" / name, tmp_path / "clip.wav")
        assert stats.peak == pytest.approx(1.0, abs=1e-3)  # clipped to full scale, not wrapped
        assert 0.0 < stats.clipping_share < 0.001
        assert 0.0 < stats.silence_share < 0.5

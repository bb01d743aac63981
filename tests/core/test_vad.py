"""Speech detection on real speech: every speech stretch found, silence left out, long regions cut
at quiet moments, files streamed block by block with the same result as whole arrays."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.audio import load, write_wav
from mms_studio.core.audio.vad import (
    FRAME_SECONDS,
    VadSettings,
    detect_speech,
    frame_scores,
    speech_regions,
)
from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import RecordingTaskState

SR = 16000
SPEECH_CLIPS = (
    "whisper/jfk.flac", "buzz/whisper-latvian.wav", "coqui-stt/ru.wav", "coqui-tts/LJ001-0002.wav",
    "mfa/61-70968-0000.flac", "mfa/common_voice_ja_24511055.mp3",
    "mfa/se10x016-08071999-1334_u0016003.wav",
    "yoruba_speech_project/200625-215447_yor_874_elicit_1.wav",
    "yoruba_speech_project/200625-215447_yor_874_elicit_5.wav",
)
#: The speaker is silent in this take (its SOURCE.md says so): it belongs with the silences.
SILENT_TAKE = "mfa/se10x016-08071999-1334_u0016001.wav"


def speech_frames(samples: np.ndarray) -> np.ndarray:
    """Per-sample speech truth of a clean clip: 10 ms frames within 25 dB of its loud level,
    gaps under 0.2 s (inside words) closed."""
    n = len(samples) // 160
    level = 20 * np.log10(np.sqrt(np.mean(samples[:n * 160].reshape(n, 160) ** 2, axis=1)) + 1e-9)
    on = level >= np.percentile(level, 95) - 25
    idx = np.flatnonzero(on)
    for a, b in zip(idx[:-1], idx[1:], strict=True):
        if 1 < b - a <= 20:
            on[a:b] = True
    truth = np.zeros(len(samples), dtype=bool)
    truth[:n * 160] = np.repeat(on, 160)
    return truth


@pytest.fixture(scope="module")
def joined(shared_data):
    """Real clips joined by 2..8 s pauses of faint noise (and one silent take): audio, truths."""
    rng = np.random.default_rng(3)
    parts, speech, silence = [], [], []
    clips = [*SPEECH_CLIPS[:5], SILENT_TAKE, *SPEECH_CLIPS[5:]]
    for name in clips:
        pause = (0.0005 * rng.standard_normal(int(rng.uniform(2, 8) * SR))).astype(np.float32)
        parts.append(pause)
        speech.append(np.zeros(len(pause), bool))
        silence.append(np.ones(len(pause), bool))
        clip = load(shared_data / "clips" / name)
        parts.append(clip)
        if name == SILENT_TAKE:
            speech.append(np.zeros(len(clip), bool))
            silence.append(np.ones(len(clip), bool))
        else:
            speech.append(speech_frames(clip))
            silence.append(np.zeros(len(clip), bool))
    return np.concatenate(parts), np.concatenate(speech), np.concatenate(silence)


def covered(regions, n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    for r in regions:
        mask[int(r.start * SR):int(r.end * SR)] = True
    return mask


def test_finds_the_speech_and_leaves_out_the_silence(joined):
    audio, speech, silence = joined
    result = detect_speech(audio)
    sent = covered(result.regions, len(audio))
    recall = (sent & speech).sum() / speech.sum()
    silence_sent = (sent & silence).sum() / silence.sum()   # fixed windows send all of it
    assert recall >= 0.98
    assert silence_sent <= 0.10
    assert result.speech_seconds < 0.6 * result.duration
    assert abs(result.duration - len(audio) / SR) < 1e-6
    starts = [r.start for r in result.regions]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(result.regions, result.regions[1:], strict=False))


def test_a_file_is_streamed_with_the_same_result(joined, tmp_path):
    audio = joined[0][: 75 * SR]                      # several 30 s blocks and a ragged end
    path = tmp_path / "joined.wav"
    write_wav(path, audio)
    from_file = frame_scores(path)
    in_memory = frame_scores(load(path))
    assert len(from_file.probs) == len(in_memory.probs) == int(np.ceil(len(audio) / 512))
    assert np.abs(from_file.probs - in_memory.probs).max() < 1e-4


def test_long_speech_is_cut_at_quiet_moments_within_the_maximum(shared_data):
    audio = load(shared_data / "clips" / "whisper" / "jfk.flac")
    settings = VadSettings(max_segment=3.0, min_segment=0.5, pad=0.0, min_pause=2.0)
    scores = frame_scores(audio)
    regions = speech_regions(scores, settings)
    assert len(regions) >= 4
    assert all(r.duration <= 3.0 + 1e-6 for r in regions)
    levels = scores.level_db
    speech_level = np.median(levels[levels > levels.max() - 30])
    # Where a region was cut (the next one starts where it ends), the cut is quieter than speech.
    cuts = [a.end for a, b in zip(regions, regions[1:], strict=False) if abs(a.end - b.start) < 1e-6]
    assert cuts
    for cut in cuts:
        frame = int(round(cut / FRAME_SECONDS))
        assert levels[max(0, frame - 1):frame + 2].min() < speech_level - 6


def test_silence_and_clicks_give_no_regions():
    rng = np.random.default_rng(0)
    quiet = (0.001 * rng.standard_normal(20 * SR)).astype(np.float32)
    assert detect_speech(quiet).regions == ()
    assert detect_speech(np.zeros(0, dtype=np.float32)).regions == ()
    clicks = quiet.copy()
    clicks[5 * SR:5 * SR + 80] = 0.9     # a 5 ms click is not speech
    assert detect_speech(clicks).regions == ()


def test_settings_a_person_can_get_wrong_are_refused():
    with pytest.raises(ValueError):
        VadSettings(threshold=1.5)
    with pytest.raises(ValueError):
        VadSettings(max_segment=1.0, min_segment=2.0)
    with pytest.raises(ValueError):
        VadSettings(min_pause=-1)


def test_cancel_stops_between_blocks(joined):
    state = RecordingTaskState(cancel_when=lambda s: len(s.progress) >= 1)
    with pytest.raises(Cancelled):
        detect_speech(joined[0], state=state)

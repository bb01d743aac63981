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
from mms_studio.devtools import join_with_silences

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


@pytest.fixture(scope="module")
def joined(shared_data):
    """Real clips joined by 2..8 s pauses of faint noise (and one silent take): audio, truths."""
    names = [*SPEECH_CLIPS[:5], SILENT_TAKE, *SPEECH_CLIPS[5:]]
    recording = join_with_silences([load(shared_data / "clips" / name) for name in names],
                                   seed=3, silent_takes={names.index(SILENT_TAKE)})
    return recording.samples, recording.speech, recording.silence


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


def test_the_joined_recording_knows_its_pauses():
    """The helper the test above and bench/vad_silence.py share: pauses of the asked length,
    repeated whole to the asked duration, silent takes counted as silence."""
    from mms_studio.devtools import join_with_silences

    loud = (0.3 * np.sin(np.arange(SR) * 2 * np.pi * 200 / SR)).astype(np.float32)
    quiet_take = np.zeros(SR // 2, dtype=np.float32)
    rec = join_with_silences([loud, quiet_take], seed=1, silent_takes={1}, min_seconds=20,
                             pause_seconds=(1.0, 2.0))
    assert 20 <= rec.seconds < 20 + 2 * (2.0 + 1.5)                # whole passes, just enough
    assert len(rec.samples) == len(rec.speech) == len(rec.silence)
    assert not (rec.speech & rec.silence).any()
    assert rec.speech.sum() % SR == 0 and rec.speech.sum() >= 4 * SR   # each pass: 1 s of tone
    pauses = rec.silence.sum() - (rec.speech.sum() // SR) * (SR // 2)   # minus the silent takes
    assert 2 * (rec.speech.sum() // SR) * SR <= pauses <= 4 * (rec.speech.sum() // SR) * SR
    assert np.abs(rec.samples[rec.silence]).max() < 0.01           # faint noise, not sound

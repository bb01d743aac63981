"""Transcription with the trained tiny adapter: short clips, long recordings, cancel, switching."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.engine.transcribe import (
    DEFAULT_SPEECH,
    AdapterRef,
    Recogniser,
    TranscriptionCancelled,
)
from mms_studio.core.tasks import RecordingTaskState
from mms_studio.devtools import synthetic_long_audio


@pytest.fixture(scope="module")
def recogniser(trained):
    return Recogniser(trained.model, adapter=AdapterRef("xsy", trained.codec.vocab, "synthetic"))


@pytest.fixture(scope="module")
def long_clip():
    return synthetic_long_audio(100.0, seed=5)   # 100 s, ~200 words, 5+ windows


def test_short_clips_are_transcribed(recogniser, trained):
    from mms_studio.core.engine.metrics import corpus_cer

    hypotheses = [recogniser.transcribe_text(u.samples) for u in trained.dev]
    assert corpus_cer([u.text for u in trained.dev], hypotheses) <= 0.12
    assert sum(h == u.text for h, u in zip(hypotheses, trained.dev, strict=True)) >= 5


@pytest.mark.parametrize("speech", [DEFAULT_SPEECH, None], ids=["speech-regions", "fixed-windows"])
def test_long_audio_words_and_times_match_the_synthetic_truth(recogniser, long_clip, tmp_path,
                                                              speech):
    from mms_studio.core.audio import write_wav

    path = tmp_path / "long.wav"
    write_wav(path, long_clip.samples)
    state = RecordingTaskState()
    result = recogniser.transcribe(path, chunk_seconds=20.0, context_seconds=2.0,
                                   pause_seconds=0.3, speech=speech, state=state)
    assert result.meta["complete"] is True
    assert result.meta["speech_detection"] is (speech is not None)
    assert abs(result.duration - long_clip.duration) < 0.01
    words = result.words
    truth = long_clip.word_times
    # Error rates over the whole recording stay near the tiny model's dev CER (~6-9%)
    # across window edges; its WER is high because one wrong letter spoils a word.
    from mms_studio.core.engine.metrics import char_errors, word_errors

    hypothesis = " ".join(w.text for w in words)
    assert char_errors(long_clip.text, hypothesis).rate <= 0.15
    assert word_errors(long_clip.text, hypothesis).rate <= 0.5
    # Each synthetic word's best-overlapping recognised word, when spelled right, sits on it.
    matched = 0
    for text, start, end in truth:
        overlap = max(words, key=lambda w: min(w.end, end) - max(w.start, start))
        if overlap.text == text:
            matched += 1
            assert abs(overlap.start - start) <= 0.12
            assert abs(overlap.end - end) <= 0.12
            assert 0.0 < overlap.confidence <= 1.0
    assert matched >= 0.5 * len(truth)   # a word with one wrong letter does not count
    # Segments were streamed out as found, in order, and split at the pauses.
    streamed = [p for p in state.partials]
    assert len(streamed) == len(result.segments) >= 15
    starts = [s.start for s in result.segments]
    assert starts == sorted(starts)
    assert state.progress[-1] == 1.0


def test_silence_is_not_sent_through_the_model_and_times_stay_true(recogniser, long_clip):
    """A 40 s silence in the middle: skipped (reported), and the words after it keep their times."""
    cut = int(30.0 * 16000)
    cut = int(max(e for _, _, e in long_clip.word_times if e * 16000 < cut) * 16000) + 1600
    rng = np.random.default_rng(1)
    gap = (0.003 * rng.standard_normal(40 * 16000)).astype(np.float32)
    audio = np.concatenate([long_clip.samples[:cut], gap, long_clip.samples[cut:]])
    shift = len(gap) / 16000
    seen = []
    original = recogniser.log_probs

    def spy(samples):
        seen.append(len(samples))
        return original(samples)

    recogniser.log_probs = spy
    state = RecordingTaskState()
    try:
        result = recogniser.transcribe(audio, pause_seconds=0.3, state=state)
    finally:
        del recogniser.log_probs
    assert result.meta["skipped_seconds"] >= 40.0
    assert sum(seen) / 16000 <= result.meta["speech_seconds"] + 0.01
    assert sum(seen) / 16000 <= 0.8 * len(audio) / 16000
    assert any("skipped" in status for status in state.statuses)
    truth = [(w, s + (shift if s * 16000 >= cut else 0.0), e + (shift if s * 16000 >= cut else 0.0))
             for w, s, e in long_clip.word_times]
    words = result.words
    assert not [w for w in words if cut / 16000 + 0.3 < w.start < cut / 16000 + shift - 0.3]
    matched = 0
    for text, start, end in truth:
        best = max(words, key=lambda w: min(w.end, end) - max(w.start, start))
        if best.text == text:
            matched += 1
            assert abs(best.start - start) <= 0.12 and abs(best.end - end) <= 0.12
    assert matched >= 0.5 * len(truth)


def test_bounded_memory_per_window(recogniser, long_clip):
    """The model only ever sees one window: peak extra memory is independent of length."""
    seen = []
    original = recogniser.log_probs

    def spy(samples):
        seen.append(len(samples))
        return original(samples)

    recogniser.log_probs = spy
    try:
        recogniser.transcribe(long_clip.samples, chunk_seconds=10.0, context_seconds=1.0,
                              speech=None)
    finally:
        del recogniser.log_probs
    assert max(seen) <= 10.0 * 16000
    assert len(seen) >= long_clip.duration / 8.0


def test_cancel_keeps_the_finished_segments(recogniser, long_clip):
    state = RecordingTaskState(cancel_when=lambda s: len(s.partials) >= 3)
    with pytest.raises(TranscriptionCancelled) as info:
        recogniser.transcribe(long_clip.samples, chunk_seconds=10.0, context_seconds=1.0,
                              pause_seconds=0.3, state=state)
    partial = info.value.partial
    assert partial.meta["complete"] is False
    assert len(partial.segments) >= 3
    assert partial.segments[-1].end < long_clip.duration / 2


@pytest.mark.parametrize("speech", [DEFAULT_SPEECH, None], ids=["speech-regions", "fixed-windows"])
def test_silence_gives_an_empty_transcript(recogniser, speech):
    result = recogniser.transcribe(np.zeros(16000 * 3, dtype=np.float32), speech=speech)
    assert result.segments == () and result.text == ""


def test_progress_starts_at_zero_when_the_model_pass_starts(recogniser, long_clip):
    """Speech detection runs first without moving the bar; the model pass then reports 0 %
    before its first window, so the ETA's clock measures the model's pace alone."""
    state = RecordingTaskState()
    recogniser.transcribe(long_clip.samples, state=state)
    assert state.progress[0] == 0.0
    assert state.progress[-1] == 1.0 and state.progress == sorted(state.progress)
    assert any(s.startswith("Transcribing") for s in map(str, state.statuses))

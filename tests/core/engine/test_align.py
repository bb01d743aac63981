"""Forced alignment with an adapter trained on short clips of the synthetic language: a
multi-minute recording (clips joined by pauses of known length) aligned to its untimed
transcript; text not in the recording and speech not in the text; bad input refused."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.engine.align import AlignSettings, align_utterances, compute_emissions
from mms_studio.core.engine.align_text import AlignmentInputError, Speller
from mms_studio.core.engine.transcribe import AdapterRef, Recogniser
from mms_studio.core.text import Normalizer
from mms_studio.devtools import SAMPLE_RATE, synth_utterance, synthetic_clips

pytestmark = pytest.mark.slow     # uses the session's trained adapter (~40 s once)


@pytest.fixture(scope="module")
def recogniser(trained):
    return Recogniser(trained.model, adapter=AdapterRef("xsy", trained.codec.vocab, "synthetic"))


def joined(count: int, *, seed: int, heading_at: int | None = None, aside_at: int | None = None):
    """Clips joined by 0.5..2 s pauses of faint noise: (audio, lines, truth per line or None)."""
    rng = np.random.default_rng(seed)
    parts, lines, truth = [], [], []
    pos = 0
    for k, clip in enumerate(synthetic_clips(count, seed=seed, words_per_clip=(2, 6))):
        gap = (0.01 * rng.standard_normal(int(rng.uniform(0.5, 2.0) * SAMPLE_RATE))).astype(
            np.float32)
        parts.append(gap)
        pos += len(gap)
        if k == aside_at:       # speech of the same language that the transcript does not have
            aside = synth_utterance(["deka", "lunos", "ibe", "tomo"], rng=rng).samples
            pause = np.zeros(int(0.7 * SAMPLE_RATE), dtype=np.float32)
            parts += [aside, pause]
            pos += len(aside) + len(pause)
        if k == heading_at:     # a heading typed in the transcript, never read aloud
            lines.append("kato meli sinu")
            truth.append(None)
        offset = pos / SAMPLE_RATE
        truth.append((offset + clip.word_times[0][1], offset + clip.word_times[-1][2],
                      [(w, s + offset, e + offset) for w, s, e in clip.word_times]))
        parts.append(clip.samples)
        pos += len(clip.samples)
        lines.append(clip.text)
    return np.concatenate(parts), lines, truth


def align(recogniser, audio, lines, settings=AlignSettings()):
    utterances = Speller(recogniser.adapter.vocab, Normalizer()).spell(lines)
    emissions = compute_emissions(recogniser, audio, token_ids={i for u in utterances
                                                                for i in u.ids})
    return align_utterances(emissions, utterances, settings=settings)


@pytest.fixture(scope="module")
def long_recording():
    return joined(90, seed=7)      # ~4 minutes, 90 lines


@pytest.fixture(scope="module")
def aligned(recogniser, long_recording):
    audio, lines, _ = long_recording
    return align(recogniser, audio, lines)


def test_utterance_boundaries_are_where_the_speech_is(aligned, long_recording):
    audio, lines, truth = long_recording
    assert len(audio) / SAMPLE_RATE > 180
    assert [u.text for u in aligned.utterances] == lines
    errors = np.array([[u.start - t[0], u.end - t[1]]
                       for u, t in zip(aligned.utterances, truth, strict=True)]).ravel()
    assert np.median(np.abs(errors)) <= 0.040
    assert np.mean(np.abs(errors) <= 0.150) >= 0.95
    assert all(u.found and 0.0 < u.score <= 1.0 for u in aligned.utterances)
    assert np.median([u.score for u in aligned.utterances]) > 0.7
    assert aligned.unmatched == ()


def test_every_word_gets_its_own_times(aligned, long_recording):
    _, _, truth = long_recording
    errors = []
    for u, t in zip(aligned.utterances, truth, strict=True):
        assert [w.text for w in u.words] == [w for w, _, _ in t[2]]
        for w, (_, start, end) in zip(u.words, t[2], strict=True):
            assert u.start <= w.start < w.end <= u.end
            errors += [w.start - start, w.end - end]
    assert np.median(np.abs(errors)) <= 0.040


def test_heading_and_aside_are_flagged_without_moving_their_neighbours(recogniser):
    audio, lines, truth = joined(40, seed=11, heading_at=10, aside_at=25)
    result = align(recogniser, audio, lines)
    by_line = result.utterances
    heading = by_line[10]
    assert heading.text == "kato meli sinu" and not heading.found
    assert heading.needs_review(result.settings)
    # The aside sits before clip 25 (line 26 once the heading is counted).
    assert len(result.unmatched) == 1
    start, end = result.unmatched[0]
    assert by_line[25].end <= start < end <= by_line[26].start
    assert by_line[25].needs_review(result.settings) and by_line[26].needs_review(result.settings)
    for u, t in zip(by_line, truth, strict=True):
        if t is not None:
            assert abs(u.start - t[0]) <= 0.150 and abs(u.end - t[1]) <= 0.150, u
    flagged = [u.index for u in by_line if u.needs_review(result.settings)]
    assert flagged == [10, 25, 26]


def test_windows_keep_memory_bounded_and_agree_with_a_long_window(recogniser, long_recording,
                                                                    aligned, monkeypatch):
    import mms_studio.core.engine.align as align_module

    seen = []
    real = align_module.viterbi

    def spy(window, trellis):
        seen.append((len(window), len(trellis.kind)))
        return real(window, trellis)

    monkeypatch.setattr(align_module, "viterbi", spy)
    audio, lines, _ = long_recording
    small = align(recogniser, audio, lines, AlignSettings(window_seconds=15.0, slack_seconds=10.0,
                                                          margin_seconds=5.0))
    frames = len(audio) // 320
    assert len(seen) >= 6
    assert max(f for f, _ in seen) < frames / 2
    assert max(f * s for f, s in seen) < 0.2 * frames * sum(len(line) for line in lines) * 2
    for a, b in zip(small.utterances, aligned.utterances, strict=True):
        assert abs(a.start - b.start) <= 0.04 and abs(a.end - b.end) <= 0.04


def test_bad_input_is_refused_with_the_reason(recogniser, long_recording):
    audio, lines, _ = long_recording
    speller = Speller(recogniser.adapter.vocab, Normalizer())
    with pytest.raises(AlignmentInputError, match="cannot spell.*“x”.*“z”"):
        speller.spell(["bala sinu", "xylo zeta"])
    utterances = speller.spell(lines)
    ids = {i for u in utterances for i in u.ids}
    with pytest.raises(AlignmentInputError, match="empty"):
        align_utterances(compute_emissions(recogniser, audio[:SAMPLE_RATE], token_ids=ids), [])
    short = compute_emissions(recogniser, audio[: 5 * SAMPLE_RATE], token_ids=ids)
    with pytest.raises(AlignmentInputError, match="too short"):
        align_utterances(short, utterances)
    # The transcript of another recording of the same language: refused, not imported.
    other_audio, other_lines, _ = joined(40, seed=99)
    other = Speller(recogniser.adapter.vocab, Normalizer()).spell(other_lines)
    emissions = compute_emissions(recogniser, audio[: len(other_audio)],
                                  token_ids={i for u in other for i in u.ids})
    with pytest.raises(AlignmentInputError, match="does not match the recording"):
        align_utterances(emissions, other)

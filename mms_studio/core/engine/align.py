"""Forced alignment of a whole transcript to a whole recording, any length, bounded memory.

What: each utterance (a transcript line) and each word gets a start, an end
and a score (0..1: how close the forced path stays to what the model would
have said on its own). Utterances the recording does not contain (a heading)
are reported as not found; speech the transcript does not contain (a cough,
an aside) is soaked up by a garbage state between utterances and reported,
and the utterances beside it are flagged, instead of being stretched over it.

How (the windowed scheme, also in docs/CONTRACTS.md):
1. Emissions: the recording is streamed through the acoustic model in 30 s
   windows with 3 s of context on each side (as transcription does); only the
   columns the alignment needs are kept per 20 ms frame (blank, best token,
   the tokens the text uses): for an hour and ~40 letters, ~30 MB as float32.
2. Alignment in windows anchored on what is already aligned: from the end of
   the last committed utterance, the next ~`window_seconds` of text (estimated
   from the recording's overall frames per letter) is aligned to a stretch of
   frames twice as long plus `slack_seconds`; what comes after the run's text
   goes to a final state that costs nothing (it is text not given yet), so the
   run ends as early as its speech allows (in the last window, where the text is
   complete, that state is the garbage state). Utterances that end before the last
   `margin_seconds` of the stretch are committed (never the run's last one,
   whose end may be cut off); the rest is aligned again from the new anchor.
   If nothing can be committed, the stretch doubles. Each Viterbi pass holds
   one byte per frame and state (`align_viterbi.py`), so memory is bounded by
   the window, not by the recording.
The recording is refused when the transcript needs more frames than it has,
and when the alignment says the text is not what is spoken (most utterances
very low or not found).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.engine.align_text import AlignmentInputError, SpelledUtterance
from mms_studio.core.engine.align_viterbi import (
    BLANK_COL,
    GARBAGE_COL,
    TOKEN,
    build_trellis,
    viterbi,
)
from mms_studio.core.engine.decode import FRAME_SECONDS, SAMPLE_RATE
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled
from mms_studio.core.transcript import Segment, Transcription, Word

BEST_COL = 1          # in `Emissions.logp`; replaced by the garbage score inside a window


@dataclass(frozen=True)
class AlignSettings:
    """Knobs of the aligner (nats are natural-log probability units).

    garbage_penalty: cost per frame of calling a non-blank frame "not in the text".
    skip_penalty: cost per letter of declaring an utterance not in the recording.
    pause_penalty: cost per blank frame inside a line, so that a long silence goes to
        the garbage state between lines rather than inside one (a letter the model
        barely hears is then not placed on a stray frame seconds before its line).
    review_below: utterances scoring under this are marked for review.
    refuse_below: when the median utterance score is under this (or over a third of
        the lines are not found), the transcript is taken to belong to another
        recording and nothing is imported. Measured on the synthetic language: the
        right transcript scores a median 0.95, another recording's 0.20, the right
        lines in reverse order 0.16.
    unmatched_frames: this many speech frames between two utterances that the text
        does not explain flag both neighbours.
    """

    garbage_penalty: float = 3.0
    skip_penalty: float = 3.0
    pause_penalty: float = 0.1
    window_seconds: float = 60.0
    slack_seconds: float = 30.0
    margin_seconds: float = 15.0
    review_below: float = 0.5
    refuse_below: float = 0.35
    unmatched_frames: int = 3


@dataclass(frozen=True)
class Emissions:
    """Per 20 ms frame log-probabilities of the columns alignment needs."""

    logp: np.ndarray          # (frames, 2 + K) float32: blank, best token, then `token_ids`
    speech: np.ndarray        # (frames,) bool: the model's best guess is a letter
    token_ids: tuple[int, ...]
    duration: float

    @property
    def frames(self) -> int:
        return len(self.logp)


def compute_emissions(recogniser, audio: Path | np.ndarray, *, token_ids: Iterable[int],
                      chunk_seconds: float = 30.0, context_seconds: float = 3.0,
                      state: TaskState | None = None) -> Emissions:
    """Stream `audio` through `recogniser`'s model; keep only the columns alignment needs."""
    from mms_studio.core.engine.decode import blank_id
    from mms_studio.core.engine.stream import windows

    state = state or NullTaskState()
    vocab = recogniser.adapter.vocab
    blank = blank_id(vocab)
    # not a letter: the blank, the word delimiter, or a SentencePiece word marker alone
    silent = [blank] + [i for t, i in vocab.items() if t in ("|", "\u2581")]
    ids = tuple(sorted(set(token_ids)))
    if isinstance(audio, np.ndarray):
        total = len(audio)
        blocks: Iterable[np.ndarray] = [audio.astype(np.float32)]
    else:
        from mms_studio.core.audio import iter_blocks, probe

        total = int(round(probe(audio).duration * SAMPLE_RATE))
        blocks = iter_blocks(audio, block_seconds=10.0)
    columns = np.array([blank, *ids], dtype=np.int64)
    parts: list[np.ndarray] = []
    speech: list[np.ndarray] = []
    state.set_status(Message("Listening to the recording…"))
    for start, window, keep_from, keep_to in windows(blocks, chunk_seconds, context_seconds):
        check_cancelled(state)
        logp = recogniser.log_probs(window)
        keep_to = len(logp) if keep_to is None else min(keep_to, len(logp))
        logp = logp[keep_from:keep_to]
        part = np.empty((len(logp), len(columns) + 1), dtype=np.float32)
        part[:, 0] = logp[:, blank]
        part[:, BEST_COL] = logp.max(axis=1)
        part[:, 2:] = logp[:, columns[1:]]
        parts.append(part)
        speech.append(~np.isin(logp.argmax(axis=1), silent))
        if total:
            state.set_progress(min((start + len(window)) / total, 1.0))
    width = len(columns) + 1
    return Emissions(logp=np.concatenate(parts) if parts else np.zeros((0, width), np.float32),
                     speech=np.concatenate(speech) if speech else np.zeros(0, bool),
                     token_ids=ids, duration=total / SAMPLE_RATE)


@dataclass(frozen=True)
class AlignedWord:
    text: str
    start: float
    end: float
    score: float


@dataclass(frozen=True)
class AlignedUtterance:
    index: int                 # line number among the utterances (0-based)
    text: str
    start: float
    end: float
    score: float               # 0 when not found
    words: tuple[AlignedWord, ...]
    found: bool = True
    notes: tuple[str, ...] = ()

    def needs_review(self, settings: AlignSettings) -> bool:
        return (not self.found) or self.score < settings.review_below or bool(self.notes)


@dataclass(frozen=True)
class Alignment:
    utterances: tuple[AlignedUtterance, ...]
    duration: float
    unmatched: tuple[tuple[float, float], ...]     # speech the text does not explain
    settings: AlignSettings = field(default_factory=AlignSettings)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def median_score(self) -> float:
        scores = [u.score for u in self.utterances]
        return float(np.median(scores)) if scores else 0.0

    def to_transcription(self, *, language: str, adapter: str = "", audio_path: str | None = None,
                         base_model: str = "") -> Transcription:
        """The alignment in the project's transcription format (not-found lines left out)."""
        segments = tuple(
            Segment(start=u.start, end=u.end, text=u.text, confidence=round(u.score, 4),
                    words=tuple(Word(w.text, w.start, w.end, round(w.score, 4)) for w in u.words))
            for u in self.utterances if u.found)
        review = [u.index for u in self.utterances if u.needs_review(self.settings)]
        return Transcription(segments=segments, duration=self.duration, language=language,
                             adapter=adapter, audio_path=audio_path, base_model=base_model,
                             meta={"kind": "forced alignment", "needs_review": review,
                                   "not_found": [u.index for u in self.utterances if not u.found],
                                   "unmatched_speech": [list(s) for s in self.unmatched],
                                   "median_score": round(self.median_score, 4), **self.meta})


# --- the windowed driver -----------------------------------------------------------------------

@dataclass
class _Found:
    """One utterance as a window's path saw it (frames are absolute)."""

    first: int = -1           # first token frame
    end: int = -1             # one past the last token frame
    skip_frame: int = -1      # where the path skipped it
    score: float = 0.0
    words: list[tuple[int, int, float] | None] = field(default_factory=list)


def _window_emissions(emissions: Emissions, a: int, b: int,
                      settings: AlignSettings) -> np.ndarray:
    """Frames a..b with the garbage column filled, blank penalised and a zero column last."""
    width = emissions.logp.shape[1]
    part = np.zeros((b - a, width + 1), dtype=np.float32)
    part[:, :width] = emissions.logp[a:b]
    best = emissions.logp[a:b, BEST_COL]
    part[:, GARBAGE_COL] = np.maximum(emissions.logp[a:b, BLANK_COL],
                                      best - settings.garbage_penalty)
    part[:, BLANK_COL] -= settings.pause_penalty
    return part


def _read_path(path: np.ndarray, trellis, window: np.ndarray, best: np.ndarray, a: int,
               spans: list[list[tuple[int, int] | None]], pause_penalty: float) -> list[_Found]:
    """Per utterance of the run: its token frames, skip frame, score and word frames."""
    kinds = trellis.kind[path]
    utts = trellis.utt[path]
    pos = trellis.pos[path]
    cols = trellis.col[path]
    emitted = window[np.arange(len(path)), cols] + pause_penalty * (cols == BLANK_COL)
    gap = emitted - best                    # <= 0: how far the forced path is from the model's own
    out: list[_Found] = []
    for k in range(trellis.count):
        found = _Found()
        tok = np.flatnonzero((utts == k) & (kinds == TOKEN))
        if not len(tok):
            g_next = np.flatnonzero(path == trellis.g_index[k + 1])
            found.skip_frame = a + int(g_next[0] if len(g_next) else len(path) - 1)
            found.words = [None] * len(spans[k])
            out.append(found)
            continue
        first, last = int(tok[0]), int(tok[-1])
        found.first, found.end = a + first, a + last + 1
        found.score = float(np.exp(np.mean(gap[first:last + 1])))
        for span in spans[k]:
            if span is None:
                found.words.append(None)
                continue
            wf = tok[(pos[tok] >= span[0]) & (pos[tok] < span[1])]
            if not len(wf):
                found.words.append(None)
                continue
            w0, w1 = int(wf[0]), int(wf[-1])
            found.words.append((a + w0, a + w1 + 1, float(np.exp(np.mean(gap[w0:w1 + 1])))))
        out.append(found)
    return out


def align_utterances(emissions: Emissions, utterances: list[SpelledUtterance], *,
                     settings: AlignSettings = AlignSettings(),
                     state: TaskState | None = None) -> Alignment:
    """Align every utterance to the recording whose `emissions` are given (see module doc)."""
    state = state or NullTaskState()
    if not utterances or not any(u.ids for u in utterances):
        raise AlignmentInputError("The transcript is empty: there is nothing to align.")
    col_of = {tid: i + 2 for i, tid in enumerate(emissions.token_ids)}
    tokens = [np.array([col_of[i] for i in u.ids], dtype=np.int32) for u in utterances]
    spans = [u.word_spans() for u in utterances]
    total_tokens = sum(len(t) for t in tokens)
    # CTC needs a frame per letter and a blank between doubled letters.
    needed = sum(len(t) + int(np.sum(t[1:] == t[:-1])) for t in tokens)
    frames = emissions.frames
    if needed > frames:
        raise AlignmentInputError(
            f"The recording ({emissions.duration:.1f} s) is too short for its transcript: "
            f"{total_tokens} letters need at least {needed * FRAME_SECONDS:.1f} s. "
            "Check that the transcript belongs to this recording.")
    state.set_status(Message("Aligning the transcript…"))
    rate = frames / max(total_tokens, 1)                 # frames per letter, pauses included
    window_frames = int(settings.window_seconds / FRAME_SECONDS)
    slack = int(settings.slack_seconds / FRAME_SECONDS)
    margin = int(settings.margin_seconds / FRAME_SECONDS)
    results: list[_Found | None] = [None] * len(utterances)
    best_all = emissions.logp[:, BEST_COL]
    anchor, i = 0, 0
    grow = 1
    while i < len(utterances):
        check_cancelled(state)
        j, est = i, 0.0
        while j < len(utterances) and (j == i or est + len(tokens[j]) * rate <= window_frames):
            est += len(tokens[j]) * rate
            j += 1
        end = min(frames, anchor + grow * (2 * int(est) + slack))
        to_end = end == frames
        if j == len(utterances) and not to_end:      # the last text: let it see the rest
            end = min(frames, anchor + grow * (2 * int(est) + 2 * slack))
            to_end = end == frames
        # The rest of the window is text not given yet (free), unless the text is all there.
        final = to_end and j == len(utterances)
        trellis = build_trellis(tokens[i:j], skip_penalty=settings.skip_penalty,
                                end_col=GARBAGE_COL if final else emissions.logp.shape[1])
        window = _window_emissions(emissions, anchor, end, settings)
        path = viterbi(window, trellis)
        found = _read_path(path, trellis, window, best_all[anchor:end], anchor, spans[i:j],
                           settings.pause_penalty)
        last_ok = j if (to_end and j == len(utterances)) else None
        if last_ok is None:
            # Commit up to the last utterance found well before the window's end (not the
            # run's last); not-found ones are committed only before a found one.
            last_ok = i
            for k in range(i, j - 1):
                f = found[k - i]
                if f.first >= 0 and f.end <= end - margin:
                    last_ok = k + 1
        if last_ok == i:
            if to_end:           # nothing fits even with the whole rest: commit what we have
                last_ok = j
            else:
                grow *= 2
                continue
        for k in range(i, last_ok):
            results[k] = found[k - i]
        done = results[last_ok - 1]
        anchor = done.end if done.first >= 0 else max(anchor, done.skip_frame)
        anchor = min(anchor, frames - 1)
        i, grow = last_ok, 1
        state.set_progress(i / len(utterances))
    return _finish(results, utterances, emissions, settings)


def _finish(results: list[_Found | None], utterances: list[SpelledUtterance],
            emissions: Emissions, settings: AlignSettings) -> Alignment:
    sec = FRAME_SECONDS
    # Speech between utterances that the text does not explain.
    bounds = []
    prev_end = 0
    for f in results:
        if f.first >= 0:
            bounds.append((prev_end, f.first))
            prev_end = f.end
        else:
            bounds.append(None)
    bounds.append((prev_end, emissions.frames))
    unmatched: list[tuple[float, float]] = []
    flagged: dict[int, list[str]] = {}
    found_idx = [k for k, f in enumerate(results) if f.first >= 0]
    for k, gap in enumerate(bounds):
        if gap is None or gap[1] <= gap[0]:
            continue
        speech = np.flatnonzero(emissions.speech[gap[0]:gap[1]])
        if len(speech) < settings.unmatched_frames:
            continue
        a, b = gap[0] + int(speech[0]), gap[0] + int(speech[-1]) + 1
        unmatched.append((round(a * sec, 3), round(b * sec, 3)))
        before = [x for x in found_idx if x < k]
        after = [x for x in found_idx if x >= k]
        if before:
            flagged.setdefault(before[-1], []).append("speech not in the transcript follows it")
        if after:
            flagged.setdefault(after[0], []).append("speech not in the transcript comes before it")
    out: list[AlignedUtterance] = []
    for k, (f, utt) in enumerate(zip(results, utterances, strict=True)):
        if f.first < 0:
            at = round(f.skip_frame * sec, 3)
            out.append(AlignedUtterance(k, utt.text, at, at, 0.0, (), found=False,
                                        notes=("not found in the recording",)))
            continue
        words = tuple(AlignedWord(w.text, round(wf[0] * sec, 3), round(wf[1] * sec, 3),
                                  round(wf[2], 4))
                      for w, wf in zip(utt.words, f.words, strict=True) if wf is not None)
        out.append(AlignedUtterance(k, utt.text, round(f.first * sec, 3), round(f.end * sec, 3),
                                    round(f.score, 4), words,
                                    notes=tuple(flagged.get(k, ()))))
    alignment = Alignment(utterances=tuple(out), duration=emissions.duration,
                          unmatched=tuple(unmatched), settings=settings)
    lost = sum(not u.found for u in out)
    if alignment.median_score < settings.refuse_below or lost > len(out) / 3:
        raise AlignmentInputError(
            f"The transcript does not match the recording: {lost} of {len(out)} lines were "
            f"not found and the typical line scores {alignment.median_score:.0%} (a matching "
            "transcript scores well over 50%). Check that it is the transcript of this "
            "recording, in this language.")
    return alignment



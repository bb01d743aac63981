"""Reviewing a long recording's segments before they become clips: the Review page's actions.

Why: speech detection and forced alignment are good but not perfect; a person
listens, moves a boundary, splits or merges, accepts or rejects, and only the
accepted segments go into the dataset. Every edit here is a pure function from
one tuple of `ReviewSegment`s to the next (immutable, so the page's undo stack
keeps the tuples before and after each step and undo is exact). The slow
actions (drawing an hour of waveform, finding speech, aligning, adding clips)
take a `TaskState` and run in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.tasks import Message, NullTaskState, TaskState, check_cancelled

STATUSES = ("pending", "accepted", "rejected")
MIN_SEGMENT = 0.1          # seconds: shorter pieces cannot be made by a move or a split


@dataclass(frozen=True)
class ReviewSegment:
    start: float
    end: float
    text: str = ""
    status: str = "pending"
    score: float | None = None          # alignment score, None for speech detection
    notes: tuple[str, ...] = ()

    @property
    def duration(self) -> float:
        return self.end - self.start


Segments = tuple[ReviewSegment, ...]


@dataclass(frozen=True)
class Overview:
    """A min/max envelope of a whole recording: `x` in seconds, `y` alternating min and max."""

    x: np.ndarray
    y: np.ndarray
    duration: float


def recording_overview(audio: Path, *, points: int = 20_000,
                       state: TaskState | None = None) -> Overview:
    """The envelope of a recording of any length, streamed (two numbers per bucket)."""
    from mms_studio.core.audio import TARGET_SR, iter_blocks, probe

    state = state or NullTaskState()
    duration = probe(audio).duration
    bucket = max(1, int(np.ceil(duration * TARGET_SR / max(points // 2, 1))))
    lows: list[np.ndarray] = []
    highs: list[np.ndarray] = []
    carry = np.zeros(0, dtype=np.float32)
    seen = 0
    for block in iter_blocks(audio, block_seconds=30.0):
        check_cancelled(state)
        seen += len(block)
        data = np.concatenate([carry, block])
        usable = len(data) // bucket * bucket
        if usable:
            shaped = data[:usable].reshape(-1, bucket)
            lows.append(shaped.min(axis=1))
            highs.append(shaped.max(axis=1))
        carry = data[usable:]
        if duration:
            state.set_progress(min(seen / TARGET_SR / duration, 1.0))
    if len(carry):
        lows.append(np.array([carry.min()], dtype=np.float32))
        highs.append(np.array([carry.max()], dtype=np.float32))
    low = np.concatenate(lows) if lows else np.zeros(0, np.float32)
    high = np.concatenate(highs) if highs else np.zeros(0, np.float32)
    y = np.empty(2 * len(low), dtype=np.float32)
    y[0::2], y[1::2] = low, high
    x = np.repeat(np.arange(len(low)) * bucket, 2).astype(np.float64)
    x[1::2] += bucket / 2
    return Overview(x=x / TARGET_SR, y=y, duration=duration)


def find_speech_segments(audio: Path, *, settings=None,
                         state: TaskState | None = None) -> Segments:
    """Speech regions of an untranscribed recording, as segments to review (no clips yet)."""
    from mms_studio.core.audio.vad import detect_speech
    from mms_studio.core.workflows.segment import CLIP_SETTINGS

    found = detect_speech(audio, settings=settings or CLIP_SETTINGS, state=state)
    return tuple(ReviewSegment(r.start, r.end) for r in found.regions)


def align_segments(project: Any, audio: Path, transcript: Path, *, adapter: str | None = None,
                   language: str | None = None, state: TaskState | None = None) -> Segments:
    """Each transcript line aligned to the recording, as segments to review (no clips yet)."""
    from mms_studio.core.workflows.align import align_recording

    report = align_recording(project, audio, transcript, adapter=adapter, language=language,
                             add_clips=False, state=state)
    settings = report.alignment.settings
    return tuple(ReviewSegment(u.start, u.end, u.text, score=u.score,
                               notes=u.notes + (() if u.score >= settings.review_below
                                                else (f"low score {u.score:.0%}",)))
                 for u in report.alignment.utterances if u.found)


# --- edits (pure) -------------------------------------------------------------------------------

def _check(segments: Segments, index: int) -> ReviewSegment:
    if not 0 <= index < len(segments):
        raise MMSStudioError("Choose a segment first.")
    return segments[index]


def move_boundary(segments: Segments, index: int, *, start: float | None = None,
                  end: float | None = None, duration: float | None = None) -> Segments:
    """Move one segment's start and/or end, kept inside its neighbours and the recording."""
    seg = _check(segments, index)
    lo = segments[index - 1].end if index else 0.0
    hi = segments[index + 1].start if index + 1 < len(segments) else (duration or float("inf"))
    new_start = seg.start if start is None else min(max(start, lo), seg.end - MIN_SEGMENT)
    new_end = seg.end if end is None else max(min(end, hi), new_start + MIN_SEGMENT)
    new_start = max(lo, new_start)
    return (*segments[:index], replace(seg, start=round(new_start, 3), end=round(new_end, 3)),
            *segments[index + 1:])


def split_segment(segments: Segments, index: int, at: float | None = None) -> Segments:
    """Split at `at` (default: the middle); the words are shared out by their position."""
    seg = _check(segments, index)
    at = (seg.start + seg.end) / 2 if at is None else at
    if not seg.start + MIN_SEGMENT <= at <= seg.end - MIN_SEGMENT:
        raise MMSStudioError("Split inside the segment, away from its edges.")
    words = seg.text.split()
    cut = int(round(len(words) * (at - seg.start) / seg.duration))
    first = replace(seg, end=round(at, 3), text=" ".join(words[:cut]), status="pending")
    second = replace(seg, start=round(at, 3), text=" ".join(words[cut:]), status="pending")
    return (*segments[:index], first, second, *segments[index + 1:])


def merge_with_next(segments: Segments, index: int) -> Segments:
    """Join a segment with the one after it (texts joined, review starts again)."""
    seg = _check(segments, index)
    if index + 1 >= len(segments):
        raise MMSStudioError("The last segment has nothing after it to merge with.")
    nxt = segments[index + 1]
    merged = ReviewSegment(seg.start, nxt.end, " ".join(t for t in (seg.text, nxt.text) if t),
                           notes=seg.notes + nxt.notes)
    return (*segments[:index], merged, *segments[index + 2:])


def set_status(segments: Segments, index: int, status: str) -> Segments:
    seg = _check(segments, index)
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return (*segments[:index], replace(seg, status=status), *segments[index + 1:])


def set_text(segments: Segments, index: int, text: str) -> Segments:
    seg = _check(segments, index)
    return (*segments[:index], replace(seg, text=" ".join(text.split())), *segments[index + 1:])


# --- into the dataset ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SendReport:
    added: tuple[str, ...]          # clip ids
    already_there: int
    to_transcribe: int              # accepted without text: added as needs_review

    def to_text(self) -> str:
        return (f"{len(self.added)} clip(s) added ({self.to_transcribe} still need a "
                f"transcript); {self.already_there} were already in the project.")


def send_accepted(project: Any, audio: Path, segments: Segments, *, speaker: str | None = None,
                  state: TaskState | None = None) -> SendReport:
    """The accepted segments as clips cut from `audio` (source and times kept on each clip)."""
    state = state or NullTaskState()
    accepted = [s for s in segments if s.status == "accepted"]
    if not accepted:
        raise MMSStudioError("No segment is accepted yet: accept the ones to keep first.")
    audio = Path(audio).expanduser().absolute()
    state.set_status(Message("Adding {count} clip(s)…", count=len(accepted)))
    added: list[str] = []
    there = empty = 0
    for n, seg in enumerate(accepted, 1):
        check_cancelled(state)
        if project.has_media(audio, seg.start, seg.end):
            there += 1
            continue
        status = "ok" if seg.text.strip() else "needs_review"
        empty += status == "needs_review"
        clip = project.add_clip_from_file(
            audio, transcript=seg.text, start=seg.start, end=seg.end, speaker=speaker,
            status=status, review_reasons=[] if status == "ok" else [Message(
                "Accepted on the Review page without a transcript; type what is said.")])
        added.append(clip.id)
        state.set_progress(n / len(accepted))
    return SendReport(added=tuple(added), already_there=there, to_transcribe=empty)


def load_piece(audio: Path, start: float, end: float, *,
               state: TaskState | None = None) -> np.ndarray:
    """The samples of one segment (16 kHz), for playing it."""
    from mms_studio.core.audio import load

    return load(audio, start=start, end=end)

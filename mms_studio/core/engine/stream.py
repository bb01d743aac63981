"""Long audio as pieces the recogniser streams: overlapping windows, a frame stream, segments.

Kept apart from `transcribe.py` (the `Recogniser`: loading, adapters, the two
transcription loops) because these are plain array and decoding helpers that
the forced aligner reuses too (`align.py` takes `windows`): a window stream on
the 20 ms frame grid whose kept middles tile the recording exactly, the frame
stream that hands out words whenever a pause is seen (an hour runs in bounded
memory), and the grouping of words into timed segments.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from mms_studio.core.engine.decode import (
    FRAME_SECONDS,
    SAMPLES_PER_FRAME,
    WORD_DELIMITER,
    DecodedWord,
    greedy_decode,
)
from mms_studio.core.transcript import Segment, Word


def windows(blocks: Iterable[np.ndarray], chunk_seconds: float,
             context_seconds: float) -> Iterator[tuple[int, np.ndarray, int, int | None]]:
    """(start sample, window, first kept frame, end kept frame or None=all) over a block stream."""
    frames_chunk = max(int(chunk_seconds / FRAME_SECONDS), 3)
    frames_ctx = min(int(context_seconds / FRAME_SECONDS), (frames_chunk - 1) // 2)
    chunk = frames_chunk * SAMPLES_PER_FRAME
    step = (frames_chunk - 2 * frames_ctx) * SAMPLES_PER_FRAME
    buffer = np.zeros(0, dtype=np.float32)
    start = 0
    ended = False
    iterator = iter(blocks)
    while True:
        while not ended and len(buffer) < chunk + 1:
            block = next(iterator, None)
            if block is None:
                ended = True
            else:
                buffer = np.concatenate([buffer, block.astype(np.float32)])
        if len(buffer) == 0:
            return
        last = ended and len(buffer) <= chunk
        window = buffer[:chunk]
        keep_from = 0 if start == 0 else frames_ctx
        keep_to = None if last else frames_chunk - frames_ctx
        if len(window) >= 400:  # shorter tails hold no complete frame
            yield start, window, keep_from, keep_to
        if last:
            return
        buffer = buffer[step:]
        start += step


class FrameStream:
    """Collects best-path frames and decodes them up to each pause (words never span a pause)."""

    def __init__(self, *, blank: int, id_to_token: dict[int, str], pause_frames: int,
                 decoder=None) -> None:
        self.blank = blank
        self.id_to_token = id_to_token
        self.pause_frames = pause_frames
        self.delims = {i for i, t in id_to_token.items() if t == WORD_DELIMITER}
        self.offset = 0          # global frame number of ids[0]
        self.ids = np.zeros(0, dtype=np.int32)
        self.probs = np.zeros(0, dtype=np.float32)
        self.decoder = decoder
        self.rows: np.ndarray | None = None   # log-probabilities, kept only for a decoder

    def add(self, first_frame: int, ids: np.ndarray, probs: np.ndarray,
            rows: np.ndarray | None = None) -> list[DecodedWord]:
        if not len(self.ids):
            self.offset = first_frame
        self.ids = np.concatenate([self.ids, ids])
        self.probs = np.concatenate([self.probs, probs])
        if rows is not None:  # whole distributions, for a beam decoder
            self.rows = rows if self.rows is None else np.concatenate([self.rows, rows])
        cut = self._cut_point()
        return self._decode_until(cut) if cut else []

    def finish(self) -> list[DecodedWord]:
        return self._decode_until(len(self.ids))

    def _cut_point(self) -> int:
        """End of the last run of >= pause_frames blanks (0 when there is none)."""
        silent = np.isin(self.ids, list(self.delims | {self.blank}))
        run = 0
        for t in range(len(silent) - 1, -1, -1):
            run = run + 1 if silent[t] else 0
            if run >= self.pause_frames:
                return t + run // 2
        if len(self.ids) > 60 / FRAME_SECONDS:  # no pause for a minute: cut at a word gap
            delim = np.flatnonzero(np.isin(self.ids, list(self.delims)))
            return int(delim[-1]) if len(delim) else 0
        return 0

    def _decode_until(self, cut: int) -> list[DecodedWord]:
        if self.decoder is not None and self.rows is not None:
            words = self.decoder.decode(self.rows[:cut], frame_offset=self.offset,
                                        gap_frames=self.pause_frames).words
            self.rows = self.rows[cut:]
            self.ids, self.probs = self.ids[cut:], self.probs[cut:]
            self.offset += cut
            return list(words)
        words = greedy_decode(self.ids[:cut], self.probs[:cut], id_to_token=self.id_to_token,
                              blank=self.blank, frame_offset=self.offset,
                              gap_frames=self.pause_frames).words
        self.ids, self.probs = self.ids[cut:], self.probs[cut:]
        self.offset += cut
        return list(words)


def words_to_segments(words: list[DecodedWord], *, pause_seconds: float,
              offset: float = 0.0) -> list[Segment]:
    """Words grouped into segments at pauses; `offset` (s) places a region's words in the recording."""
    groups: list[list[DecodedWord]] = []
    for word in words:
        if groups and word.start - groups[-1][-1].end < pause_seconds:
            groups[-1].append(word)
        else:
            groups.append([word])
    return [Segment(start=round(g[0].start + offset, 3), end=round(g[-1].end + offset, 3),
                    text=" ".join(w.text for w in g),
                    words=tuple(Word(w.text, round(w.start + offset, 3), round(w.end + offset, 3),
                                     round(w.confidence, 4)) for w in g),
                    confidence=round(float(np.mean([w.confidence for w in g])), 4))
            for g in groups]

"""Greedy CTC decoding to words with times and confidences, from per-frame best tokens only.

Decoding keeps just two numbers per 20 ms frame (the best token and its
posterior), so an hour of audio costs ~1.4 MB however large the vocabulary:
long-audio transcription stays in bounded memory. Word times come from the
frames a word's tokens were emitted on; a word's confidence is the mean
posterior of those frames (the `Word.confidence` contract).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLE_RATE = 16000
SAMPLES_PER_FRAME = 320          # total stride of the wav2vec2 conv stack
FRAME_SECONDS = SAMPLES_PER_FRAME / SAMPLE_RATE   # 0.02 s per CTC frame
WORD_DELIMITER = "|"
BLANK_TOKENS = ("[PAD]", "<pad>")
SPECIAL_TOKENS = frozenset({"[PAD]", "<pad>", "[UNK]", "<unk>", "<s>", "</s>"})


def blank_id(vocab: dict[str, int]) -> int:
    """The CTC blank is the padding token ([PAD] in our vocabularies, <pad> in MMS's own)."""
    for token in BLANK_TOKENS:
        if token in vocab:
            return vocab[token]
    raise ValueError("vocabulary has no [PAD] token to use as the CTC blank")


@dataclass(frozen=True)
class DecodedWord:
    text: str
    start_frame: int      # first frame of its first token
    end_frame: int        # one past the last frame of its last token
    confidence: float

    @property
    def start(self) -> float:
        return self.start_frame * FRAME_SECONDS

    @property
    def end(self) -> float:
        return self.end_frame * FRAME_SECONDS


@dataclass(frozen=True)
class Decoded:
    words: tuple[DecodedWord, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def best_path(log_probs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(frames, vocab) log-probabilities -> per-frame best token ids and their posteriors."""
    ids = log_probs.argmax(axis=-1)
    best = np.take_along_axis(log_probs, ids[:, None], axis=-1)[:, 0]
    return ids.astype(np.int32), np.exp(best).astype(np.float32)


def greedy_decode(ids: np.ndarray, probs: np.ndarray, *, id_to_token: dict[int, str],
                  blank: int, frame_offset: int = 0, gap_frames: int | None = None) -> Decoded:
    """Collapse repeats, drop blanks, split words at "|", time and score each word.

    `frame_offset` shifts frame numbers (for chunks of a longer recording).
    `gap_frames`: a silence (blank frames) at least this long also ends a word:
    speakers pause between sentences without the model writing a "|".
    Special tokens (<s>, [UNK]...) are dropped from the text but their frames
    still separate words only if a delimiter does.
    """
    words: list[DecodedWord] = []
    chars: list[str] = []
    frame_probs: list[float] = []
    w_start = w_end = -1
    prev = -1
    t = 0
    n = len(ids)

    def flush() -> None:
        nonlocal chars, frame_probs, w_start, w_end
        if chars:
            words.append(DecodedWord("".join(chars), w_start + frame_offset, w_end + frame_offset,
                                     float(np.mean(frame_probs))))
        chars, frame_probs, w_start, w_end = [], [], -1, -1

    while t < n:
        tok = int(ids[t])
        run_end = t + 1
        while run_end < n and int(ids[run_end]) == tok:
            run_end += 1
        if tok != blank and tok != prev:
            text = id_to_token.get(tok, "")
            if text == WORD_DELIMITER:
                flush()
            elif text and text not in SPECIAL_TOKENS:
                if chars and gap_frames is not None and t - w_end >= gap_frames:
                    flush()
                if not chars:
                    w_start = t
                chars.append(text)
                frame_probs.extend(float(p) for p in probs[t:run_end])
                w_end = run_end
        prev = tok
        t = run_end
    flush()
    return Decoded(words=tuple(words))


def decode_log_probs(log_probs: np.ndarray, *, vocab: dict[str, int]) -> Decoded:
    """Convenience for one utterance: log-probabilities and a token->id vocabulary in, words out."""
    ids, probs = best_path(log_probs)
    return greedy_decode(ids, probs, id_to_token={i: t for t, i in vocab.items()},
                         blank=blank_id(vocab))

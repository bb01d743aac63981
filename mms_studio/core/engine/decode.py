"""Greedy CTC decoding to words with times and confidences, from per-frame best tokens only.

Decoding keeps just two numbers per 20 ms frame (the best token and its
posterior), so an hour of audio costs ~1.4 MB however large the vocabulary:
long-audio transcription stays in bounded memory. Word times come from the
frames a word's tokens were emitted on; a word's confidence is the mean
posterior of those frames (the `Word.confidence` contract).

Transcription and evaluation take a decoder object: `GreedyDecoder`, or
`BeamDecoder` (pyctcdecode's CTC beam search with a word n-gram model from
`mms_studio.core.lm` and hotwords). The beam needs each frame's whole
distribution, so transcription keeps the log-probabilities of the current
stretch up to a pause (≤ 60 s: ~2 MB for 100 units) only when it uses one.
"""

from __future__ import annotations

from collections.abc import Callable
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
    def spell(tok: int) -> tuple[bool, str] | None:
        if tok == blank:
            return None
        text = id_to_token.get(tok, "")
        if text == WORD_DELIMITER:
            return True, ""
        return (False, text) if text and text not in SPECIAL_TOKENS else None

    return collapse_words(ids, probs, spell=spell, frame_offset=frame_offset,
                          gap_frames=gap_frames)


def collapse_words(ids: np.ndarray, probs: np.ndarray, *,
                   spell: Callable[[int], tuple[bool, str] | None], frame_offset: int = 0,
                   gap_frames: int | None = None) -> Decoded:
    """Best-path ids -> timed, scored words, whatever marks a word boundary in the vocabulary.

    `spell(token)` says what an emitted token writes: None for nothing (blank, control
    tokens), else (starts a new word, its text). Our vocabularies end a word with "|"
    (True, ""); SentencePiece starts one on the piece itself ("▁ka": True, "ka"). A word's
    frames are those its tokens were emitted on, its confidence their mean posterior;
    a silence of `gap_frames` also ends a word (see `greedy_decode`).
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
        written = spell(tok) if tok != prev else None
        if written is not None:
            new_word, text = written
            if new_word or (chars and gap_frames is not None and t - w_end >= gap_frames):
                flush()
            if text:
                if not chars:
                    w_start = t
                chars.append(text)
                frame_probs.extend(float(p) for p in probs[t:run_end])
                w_end = run_end
        prev = tok
        t = run_end
    flush()
    return Decoded(words=tuple(words))


# -- decoder objects: what transcription and evaluation call ------------------------------------
class GreedyDecoder:
    """Best token per frame (what an adapter gives without a language model)."""

    kind = "greedy"
    needs_log_probs = False

    def __init__(self, vocab: dict[str, int]) -> None:
        self.id_to_token = {i: t for t, i in vocab.items()}
        self.blank = blank_id(vocab)

    def describe(self) -> str:
        return "greedy (no language model)"

    def decode(self, log_probs: np.ndarray, *, frame_offset: int = 0,
               gap_frames: int | None = None) -> Decoded:
        ids, probs = best_path(log_probs)
        return greedy_decode(ids, probs, id_to_token=self.id_to_token, blank=self.blank,
                             frame_offset=frame_offset, gap_frames=gap_frames)

    def close(self) -> None:
        pass


DEFAULT_BEAM_WIDTH = 100      # pyctcdecode's and Wav2Vec2ProcessorWithLM's default
DEFAULT_HOTWORD_WEIGHT = 10.0


class BeamDecoder:
    """CTC beam search (pyctcdecode) with a word n-gram model and hotwords.

    Open vocabulary: a word the model never saw is scored as <unk> with pyctcdecode's
    offset, so a clear acoustic word outside the texts still comes out. Hotwords
    (names, places) get a bonus whether or not the texts have them. Word times are
    the beam's word frames; a word's confidence is the mean best-token posterior over
    those frames, as for greedy decoding.
    """

    kind = "lm"
    needs_log_probs = True

    def __init__(self, vocab: dict[str, int], *, language_model=None, alpha: float = 0.5,
                 beta: float = 1.0, beam_width: int = DEFAULT_BEAM_WIDTH,
                 hotwords: tuple[str, ...] = (), hotword_weight: float = DEFAULT_HOTWORD_WEIGHT,
                 description: str = "") -> None:
        try:
            from pyctcdecode.alphabet import Alphabet
            from pyctcdecode.decoder import BeamSearchDecoderCTC
        except ImportError as exc:
            from mms_studio.core.errors import ModelError

            raise ModelError("Decoding with a language model needs the pyctcdecode "
                                     "package (installed by `make setup`).") from exc

        labels = [t for t, _ in sorted(vocab.items(), key=lambda item: item[1])]
        self.alphabet = Alphabet.build_alphabet(labels)
        self._decoder = BeamSearchDecoderCTC(self.alphabet, language_model)
        self.language_model = language_model
        self.alpha, self.beta = alpha, beta
        self.beam_width = beam_width
        self.hotwords = tuple(h for h in hotwords if h.strip())
        self.hotword_weight = hotword_weight
        self._description = description

    def describe(self) -> str:
        return self._description or "beam search"

    def decode(self, log_probs: np.ndarray, *, frame_offset: int = 0,
               gap_frames: int | None = None) -> Decoded:
        if len(log_probs) == 0:
            return Decoded(words=())
        beams = self._decoder.decode_beams(log_probs, beam_width=self.beam_width,
                                           hotwords=self.hotwords or None,
                                           hotword_weight=self.hotword_weight)
        best = np.exp(log_probs.max(axis=-1))
        words = []
        for text, (start, end) in beams[0][2]:
            clean = text.replace("⁇", "")
            for special in SPECIAL_TOKENS:
                clean = clean.replace(special, "")
            if not clean:
                continue
            end = max(end, start + 1)
            words.append(DecodedWord(clean, start + frame_offset, end + frame_offset,
                                     float(best[start:end].mean())))
        return Decoded(words=tuple(words))

    def close(self) -> None:
        """Free the model pyctcdecode keeps in a class-level table."""
        self._decoder.cleanup()

"""Training data: utterances, labels, the pre-flight check, batches by total seconds, collation.

Batches hold a budget of *padded seconds* rather than a fixed clip count, so a
laptop's memory use stays flat whether clips last 1 s or 20 s; clips of
similar length go together (length grouping) so little of that budget is
padding. The batch plan of an epoch depends only on (seed, epoch): a resumed
run sees exactly the batches an uninterrupted one would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mms_studio.core.engine.decode import SAMPLE_RATE, WORD_DELIMITER

MMS_CONV_KERNELS = (10, 3, 3, 3, 3, 2, 2)
# Shorter clips teach nothing and break SpecAugment's time masks (10 frames = 0.2 s each).
MIN_SECONDS = 0.25
MMS_CONV_STRIDES = (5, 2, 2, 2, 2, 2, 2)


@dataclass(frozen=True)
class Utterance:
    """One clip for training or evaluation: audio (in memory or a 16 kHz file) and its text."""

    id: str
    text: str
    duration: float
    samples: np.ndarray | None = None
    path: Path | None = None
    speaker: str | None = None

    def load(self) -> np.ndarray:
        if self.samples is not None:
            return np.asarray(self.samples, dtype=np.float32)
        if self.path is None:
            raise ValueError(f"utterance {self.id} has neither samples nor a path")
        return load_audio(self.path)


def load_audio(path: Path) -> np.ndarray:
    """Mono float32 at 16 kHz, through the audio area's loader (its errors are sentences)."""
    from mms_studio.core.audio import load

    return load(path)


def normalize_audio(samples: np.ndarray) -> np.ndarray:
    """Zero mean, unit variance: what Wav2Vec2FeatureExtractor(do_normalize=True) does for MMS."""
    x = samples.astype(np.float32)
    return (x - x.mean()) / np.sqrt(x.var() + 1e-7)


def frames_for_samples(n: int, *, kernels: Sequence[int] = MMS_CONV_KERNELS,
                       strides: Sequence[int] = MMS_CONV_STRIDES) -> int:
    """CTC frames the conv stack produces for `n` samples (about one per 20 ms)."""
    for k, s in zip(kernels, strides, strict=True):
        n = (n - k) // s + 1
        if n <= 0:
            return 0
    return n


def _default_tokens(text: str) -> list[str]:
    from mms_studio.core.text import Normalizer

    return Normalizer().tokens(text)


@dataclass(frozen=True)
class LabelCodec:
    """Text -> label ids with *our* tokenisation (the HF tokenizer's added tokens eat delimiters)."""

    vocab: dict[str, int]
    tokenize: Callable[[str], list[str]] = _default_tokens

    @classmethod
    def from_texts(cls, texts: Sequence[str], normalizer=None) -> LabelCodec:
        """A codec whose vocabulary holds every unit of `texts` (the text area's layout)."""
        from mms_studio.core.text import Normalizer, build_vocab

        normalizer = normalizer or Normalizer()
        return cls(build_vocab(texts, normalizer).token_to_id, normalizer.tokens)

    def encode(self, text: str) -> list[int]:
        unk = self.vocab.get("[UNK]", self.vocab.get("<unk>"))
        ids = []
        for token in self.tokenize(text):
            idx = self.vocab.get(token, unk)
            if idx is not None:
                ids.append(idx)
        return ids

    def reference(self, text: str) -> str:
        """The text as the model should write it (normalised, units joined, words spaced)."""
        return "".join(" " if u == WORD_DELIMITER else u for u in self.tokenize(text)).strip()


def required_frames(labels: Sequence[int]) -> int:
    """CTC needs one frame per label plus a blank between each pair of equal neighbours."""
    repeats = sum(1 for a, b in zip(labels, labels[1:], strict=False) if a == b)
    return len(labels) + repeats


@dataclass(frozen=True)
class Dropped:
    id: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "reason": self.reason}


@dataclass(frozen=True)
class Example:
    """An utterance that passed the pre-flight check, with its label ids."""

    utterance: Utterance
    labels: tuple[int, ...]

    @property
    def duration(self) -> float:
        return self.utterance.duration


def preflight(utterances: Sequence[Utterance], codec: LabelCodec, *,
              max_seconds: float = 30.0) -> tuple[list[Example], list[Dropped]]:
    """Keep clips CTC can learn from; report the others with a plain reason each."""
    kept: list[Example] = []
    dropped: list[Dropped] = []
    for utt in utterances:
        labels = codec.encode(utt.text)
        frames = frames_for_samples(int(round(utt.duration * SAMPLE_RATE)))
        if not labels:
            dropped.append(Dropped(utt.id, "The transcript is empty after normalisation."))
        elif utt.duration < MIN_SECONDS:
            dropped.append(Dropped(utt.id, f"The clip is too short ({utt.duration:.2f} s); "
                                           f"clips need at least {MIN_SECONDS:g} seconds."))
        elif utt.duration > max_seconds:
            dropped.append(Dropped(utt.id, f"The clip is longer than {max_seconds:g} seconds; "
                                           "split it into shorter clips."))
        elif frames < required_frames(labels):
            dropped.append(Dropped(utt.id, f"The clip is too short for its transcript "
                                           f"({utt.duration:.2f} s for {len(labels)} letters)."))
        else:
            kept.append(Example(utt, tuple(labels)))
    return kept, dropped


def plan_batches(durations: Sequence[float], *, seconds_per_batch: float, seed: int, epoch: int,
                 group_size: int = 64) -> list[list[int]]:
    """Indices of each batch of one epoch, deterministic from (seed, epoch).

    Shuffle, then sort within groups of `group_size` clips by length, then cut
    each group into batches whose padded length (longest clip x count) fits
    `seconds_per_batch`; finally shuffle the batch order. A clip longer than
    the budget gets a batch of its own.
    """
    rng = np.random.default_rng([seed, epoch])
    order = rng.permutation(len(durations))
    batches: list[list[int]] = []
    for g in range(0, len(order), group_size):
        group = sorted(order[g:g + group_size].tolist(), key=lambda i: durations[i])
        batch: list[int] = []
        longest = 0.0
        for i in group:
            longest_if = max(longest, durations[i])
            if batch and longest_if * (len(batch) + 1) > seconds_per_batch:
                batches.append(batch)
                batch, longest_if = [], durations[i]
            batch.append(i)
            longest = longest_if
        if batch:
            batches.append(batch)
    return [batches[i] for i in rng.permutation(len(batches))]


@dataclass
class Batch:
    input_values: object      # torch.FloatTensor (batch, samples)
    attention_mask: object    # torch.LongTensor (batch, samples)
    labels: object            # torch.LongTensor flat concatenation
    label_lengths: object     # torch.LongTensor (batch,)
    seconds: float


def collate(examples: Sequence[Example]) -> Batch:
    """Normalise each clip, pad to the longest, and keep labels flat (what ctc_loss wants)."""
    import torch

    audio = [normalize_audio(e.utterance.load()) for e in examples]
    longest = max(len(a) for a in audio)
    values = torch.zeros(len(audio), longest)
    mask = torch.zeros(len(audio), longest, dtype=torch.long)
    for row, a in enumerate(audio):
        values[row, :len(a)] = torch.from_numpy(a)
        mask[row, :len(a)] = 1
    labels = torch.tensor([i for e in examples for i in e.labels], dtype=torch.long)
    lengths = torch.tensor([len(e.labels) for e in examples], dtype=torch.long)
    return Batch(values, mask, labels, lengths, sum(len(a) for a in audio) / SAMPLE_RATE)

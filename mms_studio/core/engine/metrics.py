"""WER and CER, with CER counted over grapheme clusters so every script is scored fairly.

jiwer counts code points; a Devanagari or pointed-Arabic letter can be two or
three of them, which would make one wrong letter cost several errors. We
split both sides into extended grapheme clusters and let jiwer align those
as "words".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import jiwer

from mms_studio.core.text import grapheme_clusters

_SPACE = "\u2581"  # stands for a space cluster inside the cluster sequence


def _clusters_as_words(text: str) -> str:
    return " ".join(_SPACE if c.isspace() else c for c in grapheme_clusters(text.strip()))


@dataclass(frozen=True)
class ErrorCounts:
    """Edit operations against a reference of `ref_len` units (words or grapheme clusters)."""

    substitutions: int
    deletions: int
    insertions: int
    ref_len: int

    @property
    def errors(self) -> int:
        return self.substitutions + self.deletions + self.insertions

    @property
    def rate(self) -> float:
        if self.ref_len == 0:
            return 0.0 if self.errors == 0 else 1.0
        return self.errors / self.ref_len

    def __add__(self, other: ErrorCounts) -> ErrorCounts:
        return ErrorCounts(self.substitutions + other.substitutions,
                           self.deletions + other.deletions,
                           self.insertions + other.insertions, self.ref_len + other.ref_len)

    def to_dict(self) -> dict[str, float | int]:
        return {"substitutions": self.substitutions, "deletions": self.deletions,
                "insertions": self.insertions, "ref_len": self.ref_len, "rate": self.rate}


ZERO = ErrorCounts(0, 0, 0, 0)


def _counts(ref: str, hyp: str) -> ErrorCounts:
    ref_words = ref.split()
    if not ref_words:
        return ErrorCounts(0, 0, len(hyp.split()), 0)
    if not hyp.split():
        return ErrorCounts(0, len(ref_words), 0, len(ref_words))
    out = jiwer.process_words(ref, hyp)
    return ErrorCounts(out.substitutions, out.deletions, out.insertions, len(ref_words))


def word_errors(reference: str, hypothesis: str) -> ErrorCounts:
    return _counts(reference, hypothesis)


def char_errors(reference: str, hypothesis: str) -> ErrorCounts:
    """Errors over grapheme clusters; spaces count as units, as in the usual CER."""
    return _counts(_clusters_as_words(reference), _clusters_as_words(hypothesis))


def corpus_wer(references: Sequence[str], hypotheses: Sequence[str]) -> float:
    total = ZERO
    for ref, hyp in zip(references, hypotheses, strict=True):
        total = total + word_errors(ref, hyp)
    return total.rate


def corpus_cer(references: Sequence[str], hypotheses: Sequence[str]) -> float:
    total = ZERO
    for ref, hyp in zip(references, hypotheses, strict=True):
        total = total + char_errors(ref, hyp)
    return total.rate

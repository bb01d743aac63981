"""A transcript spelled in an adapter's alphabet, word by word, for forced alignment.

Why its own module: the acoustic model may not be the project's own. With the
project's adapter, words are spelled exactly as training spelled them (the
project's `Normalizer` units). Zero-shot, with one of the base model's adapters
for another language, the project's letters are mapped onto that adapter's
alphabet: lower case, then accents dropped where the adapter lacks the accented
letter (ọ -> o), then romanisation with `uroman` where the scripts differ
(Cyrillic, Devanagari...). What still cannot be spelled is refused with the
characters named, so the person can fix the transcript or pick another adapter.

Each utterance keeps its original words for the results; words that spell to
nothing (a lone dash) stay in the utterance's text but get no times of their own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from mms_studio.core.errors import MMSStudioError

WORD_DELIMITER = "|"
_SPECIAL = frozenset({"[PAD]", "<pad>", "[UNK]", "<unk>", "<s>", "</s>"})
_ROMANISER = None


class AlignmentInputError(MMSStudioError):
    """The transcript or the recording cannot be aligned; the message says why."""


@dataclass(frozen=True)
class SpelledWord:
    text: str                     # as written in the transcript
    ids: tuple[int, ...]          # vocabulary ids (may hold "|" where a word was split)


@dataclass(frozen=True)
class SpelledUtterance:
    text: str                     # the line as written
    words: tuple[SpelledWord, ...]
    delimiter: int | None         # id of "|" between words, if the vocabulary has one

    @property
    def ids(self) -> list[int]:
        """The utterance's token ids, with the word delimiter between words."""
        out: list[int] = []
        for word in self.words:
            if not word.ids:
                continue
            if out and self.delimiter is not None:
                out.append(self.delimiter)
            out.extend(word.ids)
        return out

    def word_spans(self) -> list[tuple[int, int] | None]:
        """(first, end) token positions of each word in `ids` (None for unspellable ones)."""
        spans: list[tuple[int, int] | None] = []
        at = 0
        for word in self.words:
            if not word.ids:
                spans.append(None)
                continue
            if at and self.delimiter is not None:
                at += 1
            spans.append((at, at + len(word.ids)))
            at += len(word.ids)
        return spans


def split_utterances(text: str) -> list[str]:
    """One utterance a line; blank lines (paragraph breaks) and spaces around lines dropped."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class Speller:
    """Spells text in one adapter's alphabet (`vocab`: token -> id)."""

    def __init__(self, vocab: dict[str, int], normalizer, *, map_letters: bool = False) -> None:
        """map_letters: zero-shot with a foreign adapter: lower case, accents, romanisation."""
        self.vocab = vocab
        self.normalizer = normalizer
        self.map_letters = map_letters
        self.delimiter = vocab.get(WORD_DELIMITER)

    @staticmethod
    def _romanise(text: str) -> str:
        global _ROMANISER
        if _ROMANISER is None:     # its tables take seconds to load: once per process
            import uroman

            _ROMANISER = uroman.Uroman()
        return _ROMANISER.romanize_string(text)

    def _unit_ids(self, unit: str, missing: set[str]) -> list[int]:
        if unit in self.vocab and unit not in _SPECIAL:
            return [self.vocab[unit]]
        if not self.map_letters:
            missing.add(unit)
            return []
        for candidate in (unit.lower(), _strip_marks(unit.lower())):
            if candidate and all(ch in self.vocab for ch in candidate):
                return [self.vocab[ch] for ch in candidate]
        if unit.isascii():          # romanising Latin letters gives them back unchanged
            missing.add(unit)
            return []
        roman = _strip_marks(self._romanise(unit).lower())
        letters = [ch for ch in roman if not ch.isspace()]
        if letters and all(ch in self.vocab for ch in letters):
            return [self.vocab[ch] for ch in letters]
        missing.add(unit)
        return []

    def spell_word(self, word: str, missing: set[str]) -> SpelledWord:
        ids: list[int] = []
        for unit in self.normalizer.tokens(word):
            if unit == WORD_DELIMITER:
                if ids and self.delimiter is not None:
                    ids.append(self.delimiter)
                continue
            ids.extend(self._unit_ids(unit, missing))
        return SpelledWord(word, tuple(ids))

    def spell(self, lines: Iterable[str]) -> list[SpelledUtterance]:
        """Every line spelled; `AlignmentInputError` names what the adapter cannot spell."""
        missing: set[str] = set()
        out = [SpelledUtterance(line, tuple(self.spell_word(w, missing) for w in line.split()),
                                self.delimiter) for line in lines]
        if missing:
            shown = " ".join(f"“{u}” (U+{ord(u[0]):04X})" for u in sorted(missing)[:12])
            raise AlignmentInputError(
                f"The adapter cannot spell these characters of the transcript: {shown}. "
                "Correct the transcript, or align with an adapter that knows them.")
        return out

    def coverage(self, lines: Iterable[str]) -> float:
        """Share of the transcript's units this adapter spells (to pick a zero-shot adapter)."""
        total = known = 0
        for line in lines:
            for unit in self.normalizer.tokens(line):
                if unit == WORD_DELIMITER:
                    continue
                total += 1
                missing: set[str] = set()
                known += bool(self._unit_ids(unit, missing)) and not missing
        return known / total if total else 0.0


def _strip_marks(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)))

"""A transcript spelled in an adapter's alphabet, word by word, for forced alignment.

Why its own module: the acoustic model may not be the project's own. With the
project's adapter, words are spelled exactly as training spelled them (the
project's `Normalizer` units). Zero-shot, with one of the base model's adapters
for another language, the project's letters are mapped onto that adapter's
alphabet: lower case, then accents dropped where the adapter lacks the accented
letter (ọ -> o), then romanisation with `uroman` where the scripts differ
(Cyrillic, Devanagari...). What still cannot be spelled is refused with the
characters named, so the person can fix the transcript or pick another adapter.
A base without per-language adapters (Omnilingual) writes SentencePiece pieces:
`PieceSpeller` maps the letters the same way and splits each word into the base's
own pieces; the aligner takes either speller's utterances unchanged.

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

    spelled_by = "adapter"          # said when a character cannot be spelled

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
        letters = map_letters(unit, lambda ch: ch in self.vocab, self._romanise)
        if letters is None:
            missing.add(unit)
            return []
        return [self.vocab[ch] for ch in letters]

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
                f"The {self.spelled_by} cannot spell these characters of the transcript: "
                f"{shown}. Correct the transcript, or align with an adapter that knows them.")
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


def map_letters(unit: str, knows, romanise) -> str | None:
    """`unit` in letters `knows(letter)` accepts: lower case, then accents dropped, then
    romanised with uroman where the script differs; None when nothing fits (zero-shot)."""
    for candidate in (unit.lower(), _strip_marks(unit.lower())):
        if candidate and all(knows(ch) for ch in candidate):
            return candidate
    if unit.isascii():          # romanising Latin letters gives them back unchanged
        return None
    letters = "".join(ch for ch in _strip_marks(romanise(unit).lower()) if not ch.isspace())
    return letters if letters and all(knows(ch) for ch in letters) else None


class PieceSpeller(Speller):
    """Spells text in a base's own SentencePiece pieces (zero-shot on a base without
    per-language adapters, e.g. Omnilingual): the same `SpelledUtterance`s as `Speller`,
    so the aligner is the same; only the token sequence differs.

    Each word's letters are the project's normalised units, mapped like a foreign
    adapter's alphabet (`map_letters`) where the base's pieces lack them; the word is
    then split into pieces (`splitter.split`: "▁" opens it), so no word delimiter is
    needed between words.
    """

    spelled_by = "base model"

    def __init__(self, splitter, normalizer) -> None:
        super().__init__({}, normalizer, map_letters=True)
        self.splitter = splitter           # families.omniasr_zero_shot.PieceSplitter
        self.delimiter = None

    def _unit_letters(self, unit: str, missing: set[str]) -> str:
        if unit and all(self.splitter.knows(ch) for ch in unit):
            return unit
        letters = map_letters(unit, self.splitter.knows, self._romanise)
        if letters is None:
            missing.add(unit)
            return ""
        return letters

    def _unit_ids(self, unit: str, missing: set[str]) -> list[int]:
        """For `coverage`: the unit's pieces when it is spelled alone."""
        letters = self._unit_letters(unit, missing)
        return list(self.splitter.split(letters)) if letters else []

    def spell_word(self, word: str, missing: set[str]) -> SpelledWord:
        parts, text = [], ""
        for unit in self.normalizer.tokens(word):
            if unit == WORD_DELIMITER:      # the normaliser split the word: two words
                parts.append(text)
                text = ""
                continue
            text += self._unit_letters(unit, missing)
        parts.append(text)
        ids: list[int] = []
        for part in parts:
            if not part:
                continue
            pieces = self.splitter.split(part)
            if not pieces:
                missing.add(part)
            ids.extend(pieces)
        return SpelledWord(word, tuple(ids))


def _strip_marks(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)))

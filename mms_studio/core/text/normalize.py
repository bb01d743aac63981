"""Cleaning transcripts into the text and units the recogniser learns, for any script.

The order is fixed and documented because users reason about it when they set rules up:
NFC; replacements (longest first, so "ng'" can win over "ng"); optional case folding; NFC
again (folding can decompose); removal of configured categories and characters; whitespace
collapsed; NFC once more. Combining marks, ZWJ and ZWNJ are never removed: dropping them (as Latin-centred
normalisers do) silently breaks Devanagari, Thai, Yoruba, pointed Arabic and Hebrew words.

Removed punctuation is deleted, except dashes and other separators, which become a space so
"word—word" stays two words. "|" is reserved as the word delimiter of the CTC vocabulary and
is always removed. Invisible characters that only cause trouble (byte order mark,
zero-width space, soft hyphen, direction marks) are always removed.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from mms_studio.core.text.graphemes import JOINERS, grapheme_clusters, is_mark
from mms_studio.core.text.settings import TextSettings

WORD_DELIMITER = "|"

INVISIBLE = frozenset("\ufeff\u200b\u2060\u00ad\u200e\u200f\u061c"
                      "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Zero-width and direction characters removed whatever the settings say."""

_SEPARATOR_CATEGORIES = ("Pd", "Zs", "Zl", "Zp", "Cc")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class Normalizer:
    """Applies one project's `TextSettings`; cheap to build, safe to share between threads."""

    def __init__(self, settings: TextSettings | None = None) -> None:
        self._settings = settings if settings is not None else TextSettings()
        s = self._settings
        pairs = {_nfc(src): _nfc(dst) for src, dst in s.replacements}
        self._replacements = pairs
        self._replace_pattern = (
            regex.compile("|".join(regex.escape(src) for src in sorted(pairs, key=len, reverse=True)))
            if pairs else None)
        self._keep = frozenset(_nfc(s.keep_chars)) - {WORD_DELIMITER}
        self._remove = frozenset(_nfc(s.remove_chars)) | {WORD_DELIMITER}
        self._strip = tuple(s.strip_categories)
        units = {self.prepare(unit).replace(" ", "") for unit in s.multigraphs}
        split = list if s.split_marks else grapheme_clusters
        # Longest first, so "ngw" wins over "ng"; matched on unit boundaries only.
        self._multigraphs = sorted((tuple(split(u)) for u in units if len(split(u)) > 1),
                                   key=len, reverse=True)
        self._split = split

    @property
    def settings(self) -> TextSettings:
        return self._settings

    def prepare(self, text: str) -> str:
        """NFC, replacements and case folding: every step before characters are removed."""
        text = _nfc(text)
        if self._replace_pattern is not None:
            text = self._replace_pattern.sub(lambda m: self._replacements[m.group(0)], text)
        if self._settings.case_fold:
            text = text.casefold() if self._settings.fold_mode == "casefold" else text.lower()
            text = _nfc(text)
        return text

    def disposition(self, char: str) -> str:
        """What cleaning does with one character: "keep", "space" or "remove"."""
        return _disposition(char, self._keep, self._remove, self._strip)

    def normalize(self, text: str) -> str:
        """The cleaned transcript: NFC, single spaces between words, no leading/trailing space."""
        prepared = self.prepare(text)
        out = []
        for char in prepared:
            action = self.disposition(char)
            if action == "keep":
                out.append(char)
            elif action == "space":
                out.append(" ")
        # NFC again: removing a character can bring a letter and a mark together.
        return " ".join(_nfc("".join(out)).split())

    def split_word(self, word: str) -> list[str]:
        """Units of one cleaned word: clusters (or code points), multigraphs as one unit."""
        pieces = self._split(word)
        if not self._multigraphs:
            return list(pieces)
        units: list[str] = []
        i = 0
        while i < len(pieces):
            for graph in self._multigraphs:
                if tuple(pieces[i:i + len(graph)]) == graph:
                    units.append("".join(graph))
                    i += len(graph)
                    break
            else:
                units.append(pieces[i])
                i += 1
        return units

    def tokens(self, text: str) -> list[str]:
        """The CTC label units of `text`: word units with "|" between words (none at the ends)."""
        units: list[str] = []
        for word in self.normalize(text).split(" "):
            if not word:
                continue
            if units:
                units.append(WORD_DELIMITER)
            units.extend(self.split_word(word))
        return units


@lru_cache(maxsize=8192)
def _disposition(char: str, keep: frozenset[str], remove: frozenset[str],
                 strip: tuple[str, ...]) -> str:
    if char.isspace():
        return "space"
    if char in JOINERS or is_mark(char):
        return "keep"
    if char in INVISIBLE:
        return "remove"
    if char in keep:
        return "keep"
    category = unicodedata.category(char)
    if char in remove or any(category.startswith(prefix) for prefix in strip):
        return "space" if category in _SEPARATOR_CATEGORIES else "remove"
    if category == "Cc":
        return "remove"
    return "keep"


def units_to_text(units: list[str]) -> str:
    """Inverse of `Normalizer.tokens` for display: "|" back to spaces."""
    return " ".join("".join(units).split(WORD_DELIMITER)).strip()

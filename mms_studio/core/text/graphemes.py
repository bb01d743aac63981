"""Splitting text into the units a reader perceives as one letter.

A grapheme cluster is a base character with the combining marks (tone marks, vowel signs,
viramas, niqqud, harakat) and joiners that belong to it: "ọ́" or "क्ष" is one unit, never a
letter plus loose marks. We use the `regex` module's `\\X` (extended grapheme clusters,
including the Indic conjunct rule) because the standard `re` has no such pattern. CER is
computed over these clusters so a wrong tone mark counts as one error, not as a bonus.
"""

from __future__ import annotations

import unicodedata

import regex

_CLUSTER = regex.compile(r"\X")

ZWJ = "\u200d"
ZWNJ = "\u200c"
JOINERS = frozenset({ZWJ, ZWNJ})
"""Zero-width (non-)joiners shape Indic and Arabic script words and must survive cleaning."""


def grapheme_clusters(text: str) -> list[str]:
    """The extended grapheme clusters of `text`, in order (spaces are clusters too)."""
    return _CLUSTER.findall(text)


def is_mark(char: str) -> bool:
    """True for combining marks (Mn, Mc, Me)."""
    return unicodedata.category(char).startswith("M")


def describe(unit: str) -> str:
    """Code points and names of a unit, for a linguist: "U+006F U+0301 (LATIN SMALL LETTER O + COMBINING ACUTE ACCENT)"."""
    points = " ".join(f"U+{ord(c):04X}" for c in unit)
    names = " + ".join(unicodedata.name(c, "UNNAMED") for c in unit)
    return f"{points} ({names})"


def script_of(char: str) -> str | None:
    """A letter's script from its Unicode name ("LATIN", "CYRILLIC", ...); None for non-letters."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = unicodedata.name(char, "")
    if not name or name.startswith("MODIFIER"):
        return None
    return name.split(" ", 1)[0]

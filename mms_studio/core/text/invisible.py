"""Invisible format characters that carry no meaning in a transcript, found and removed.

Annotation tools and word processors leave characters nobody can see: a byte-order
mark (U+FEFF) pasted into the middle of a Mandarin label, a zero-width space
(U+200B) from a web page, a soft hyphen, stray direction marks. Kept, each becomes
a "letter" of the model's vocabulary that no speaker says. They are removed at
import and the report names them, so nothing changes silently.

Zero-width joiner and non-joiner (U+200D, U+200C) are NOT in this set: they change
how Persian, Arabic and Indic words are written and spelt, so they are kept.
Variation selectors are kept too (they choose a glyph form that some orthographies
rely on).
"""

from __future__ import annotations

import unicodedata

INVISIBLE: frozenset[str] = frozenset({
    "\ufeff",   # byte-order mark / zero width no-break space
    "\u200b",   # zero width space
    "\u2060",   # word joiner
    "\u00ad",   # soft hyphen
    "\u200e", "\u200f",                                  # left-to-right / right-to-left marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",    # bidi embeddings and overrides
    "\u2066", "\u2067", "\u2068", "\u2069",              # bidi isolates
    "\u061c",   # Arabic letter mark
    "\ufffe", "\uffff",                                  # noncharacters (a BOM read backwards)
})
"""Characters removed from every imported transcript."""


def describe(char: str) -> str:
    """"U+FEFF (ZERO WIDTH NO-BREAK SPACE)" for a report line."""
    return f"U+{ord(char):04X} ({unicodedata.name(char, 'unnamed character')})"


def strip_invisible(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the `INVISIBLE` characters, and the characters removed (each once)."""
    if not any(char in INVISIBLE for char in text):
        return text, ()
    removed = tuple(dict.fromkeys(char for char in text if char in INVISIBLE))
    return "".join(char for char in text if char not in INVISIBLE), removed

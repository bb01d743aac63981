"""Annotation text as it comes out of other tools, made into one clean transcript line.

ELAN values, TextGrid labels, subtitle cues and corpus tables carry stray
newlines, tabs and double spaces, and may be decomposed Unicode (macOS
file names, some keyboards). Transcripts are stored NFC (never NFKC, which
would change characters some orthographies need) on one line.
"""

from __future__ import annotations

import unicodedata


def clean(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split())

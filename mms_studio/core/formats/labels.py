"""Annotation text as it comes out of other tools, made into one clean transcript line.

ELAN values, TextGrid labels, subtitle cues and corpus tables carry stray
newlines, tabs and double spaces, and may be decomposed Unicode (macOS
file names, some keyboards). Transcripts are stored NFC (never NFKC, which
would change characters some orthographies need) on one line; at import (`finish`) without the
invisible format characters of `core.text.invisible` (ZWJ/ZWNJ are kept).

`finish` is the last step every imported transcript goes through (the importer
calls it for every format): it says what it removed, and finds markup, so the
report can tell the user.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from mms_studio.core.formats.markup import find_markup, strip_markup
from mms_studio.core.tasks import Message
from mms_studio.core.text.invisible import describe, strip_invisible


def clean(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, trimmed.

    Invisible characters stay (`finish`, at import, removes and reports them);
    use `visible` to compare a label with a list ("sil", "<p:>").
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def visible(text: str) -> str:
    """`clean(text)` without invisible format characters: for comparing, never for storing."""
    return " ".join(strip_invisible(clean(text))[0].split())


@dataclass(frozen=True)
class Finished:
    """A transcript ready to store, what was removed from it, and the markup left in it."""

    text: str
    notes: tuple[str, ...]        # one sentence per kind of change, for the report
    markup: tuple[str, ...]       # examples of markup kept in `text` (empty when removed or none)


def finish(text: str, *, remove_markup: bool = False) -> Finished:
    """Clean `text` (see `clean`); with `remove_markup`, annotation markup goes too."""
    text, removed = strip_invisible(unicodedata.normalize("NFC", text))
    notes: list[str] = []
    if removed:
        notes.append(Message("Invisible character(s) {chars} removed",
                             chars=", ".join(describe(c) for c in removed)))
    text = " ".join(text.split())
    markup = find_markup(text)
    if markup and remove_markup:
        notes.append(Message("Markup removed ({examples})", examples=", ".join(markup)))
        text = strip_markup(text)
        markup = []
    return Finished(text, tuple(notes), tuple(markup))

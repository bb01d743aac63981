"""How the app names a clip to people: its number in the project and how its transcript starts.

A clip's id is 32 hex digits: right for file names, meaningless on screen
("Undo Edit transcript of clip 5dc4…"). People know a clip by where it sits in
the project (clips are numbered in the order they were added, deleted ones
keep their number so the others do not shift) and by what is said in it:
"clip 12 “Hekaai deina…”". Numbers come from the project's own clip order
(`project.clips()`, oldest first), so they match the dataset table's default
order and survive a restart.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

TEXT_START = 28     # characters of the transcript shown after the number


def text_start(text: str, *, limit: int = TEXT_START) -> str:
    """The first `limit` characters of `text` on one line, cut at a word when it can be."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,.;:") + "…"


class ClipNames:
    """Numbers of a project's clips, refreshed when the dataset changes."""

    def __init__(self, project: Any) -> None:
        self.project = project
        self._numbers: dict[str, int] | None = None

    def refresh(self) -> None:
        """Forget the numbers; they are read again on next use (clips were added)."""
        self._numbers = None

    def number(self, clip_id: str) -> int | None:
        if self._numbers is None or clip_id not in self._numbers:
            clips = self.project.clips(include_deleted=True)
            self._numbers = {c.id: i for i, c in enumerate(clips, start=1)}
        return self._numbers.get(clip_id)

    def name(self, clip: Any) -> str:
        """"clip 12 “Hekaai deina…”" (or "clip 12" when it has no transcript yet)."""
        number = self.number(clip.id)
        shown = str(number) if number is not None else "?"
        start = text_start(clip.transcript or "")
        if not start:
            return QCoreApplication.translate("ClipNames", "clip {number}").format(number=shown)
        return QCoreApplication.translate("ClipNames", "clip {number} “{text}”").format(
            number=shown, text=start)


# Where a clip came from is stored in English (the project folder is read by scripts and
# other tools too); these patterns say it in the interface language. Anything else (a
# file path, an ELAN annotation "story.eaf #3") is shown as stored.
_SOURCES = (
    (re.compile(r"^(?P<file>.+) subtitle #(?P<number>\d+) \(line (?P<line>\d+)\)$"),
     QT_TRANSLATE_NOOP("ClipNames", "{file}, subtitle {number} (line {line})")),
    (re.compile(r"^(?P<file>.+) line (?P<line>\d+)$"),
     QT_TRANSLATE_NOOP("ClipNames", "{file}, line {line}")),
    (re.compile(r"^corrected transcript of (?P<file>.+) (?P<start>[\d.]+)-(?P<end>[\d.]+) s$"),
     QT_TRANSLATE_NOOP("ClipNames", "corrected transcript of {file}, {start}–{end} s")),
    (re.compile(r"^recorded (?P<take>.+/.+)$"),
     QT_TRANSLATE_NOOP("ClipNames", "recorded: {take}")),
)


def source_text(source: str) -> str:
    """A clip's stored `source` said in the interface language (numbers in its format)."""
    for pattern, template in _SOURCES:
        found = pattern.match(source or "")
        if found:
            values = found.groupdict()
            for key in ("start", "end"):
                if key in values:
                    values[key] = QLocale().toString(float(values[key]), "f", 2)
            return QCoreApplication.translate("ClipNames", template).format(**values)
    return source or ""


def split_name(split: str | None) -> str:
    """train / dev / test in the interface language ('' for none yet)."""
    names = {
        "train": QCoreApplication.translate("ClipNames", "training"),
        "dev": QCoreApplication.translate("ClipNames", "dev"),
        "test": QCoreApplication.translate("ClipNames", "test"),
        "unassigned": QCoreApplication.translate("ClipNames", "not assigned yet"),
    }
    return names.get(split or "", split or "")

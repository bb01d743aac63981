"""What a planner returns; the contract between source readers and the project store.

A planner is `plan(source: Path, options: ImportOptions) -> ImportPlan`. It
reads and validates, never writes. Readers for new formats (ELAN, TextGrid,
Common Voice, audiofolder, ...) are registered in `registry.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes for an import; planners ignore what does not apply to them."""

    tiers: tuple[str, ...] = ()          # ELAN/TextGrid tier names
    tier_types: tuple[str, ...] = ()     # ELAN linguistic type ids
    tier_indexes: tuple[int, ...] = ()   # 0-based tier order
    padding: float = 0.0                 # seconds added before/after each annotation
    speaker: str | None = None           # overrides speakers found in the source
    split: str | None = None             # force a split (train/dev/test)
    text_column: str | None = None       # CSV/TSV column names, when not guessed
    file_column: str | None = None
    speaker_column: str | None = None
    strip_markup: bool = False           # remove annotation markup (<cut/>, ipu_3, [noise]) from text
    media_roots: tuple[Path, ...] = ()   # folders recordings may come from (the places the user
                                         # chose; set by the importer); empty = the annotation's own


@dataclass(frozen=True)
class PlannedClip:
    """One clip to create: a (cut of a) media file and its transcript."""

    media: Path
    transcript: str
    start: float | None = None   # seconds; None = start of file
    end: float | None = None     # seconds; None = end of file
    speaker: str | None = None
    split: str | None = None
    source: str = ""             # human-readable origin, e.g. "abui_1.eaf tier 'Text' #3"
    notes: tuple[str, ...] = ()  # what a reader changed in the text (invisible characters, markup)


@dataclass(frozen=True)
class Skipped:
    """Something in a source that will not become a clip, and why (shown to the user)."""

    where: str
    reason: str


@dataclass(frozen=True)
class Note:
    """Something a reader decided or changed that the user should know (a tier it chose, a
    tier it passed over, characters it removed); shown after the reasons that decided."""

    where: str
    text: str


@dataclass
class ImportPlan:
    clips: list[PlannedClip] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def extend(self, other: ImportPlan) -> None:
        self.clips.extend(other.clips)
        self.skipped.extend(other.skipped)
        self.notes.extend(other.notes)

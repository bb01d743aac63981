"""Where a clip's original recording is, written so the project folder can move.

A clip keeps the recording it was cut from (`Clip.media`: to re-open it on the
Review page, to link an ELAN export to it, to skip a cut already imported). A
recording that lives inside the project (`recordings/`) would lose that link as
soon as the folder is copied to a USB stick or a shared drive if it were stored
as an absolute path, so the rule of `core.base_location` applies: inside the
project the `clips.media` column holds "./recordings/a.wav" (POSIX), outside it
the absolute path as before. In memory `Clip.media` is always absolute.

Rows written before this rule hold absolute paths; one that is gone but whose
tail exists inside the moved project is read as that file (never rewritten on
open), and `names` lists those old spellings too, so a re-run import or
segmentation after a move still recognises the cuts it already made.

One `MediaPlaces` lives with an open `Project` (whose root does not change while
it is open); it remembers what it resolved, so listing ten thousand clips asks
the disk once per recording, not once per clip.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from mms_studio.core.base_location import is_relative, resolved_path, stored_path
from mms_studio.core.project.clips import Clip
from mms_studio.core.project.database import Database


class MediaPlaces:
    """The written and the in-memory form of clip recordings for the project at `root`."""

    def __init__(self, root: Path, database: Database) -> None:
        self.root = Path(root).absolute()
        self._database = database
        self._resolved: dict[str, str] = {}
        self._old_names: dict[str, tuple[str, ...]] | None = None

    def stored(self, media: str | os.PathLike[str]) -> str:
        """What the `clips.media` column holds for the recording at `media`."""
        return stored_path(str(Path(media).expanduser().absolute()), self.root)

    def resolved(self, stored: str | None) -> str | None:
        """The absolute path of a stored recording (see `base_location.resolved_path`)."""
        if not stored:
            return stored
        if is_relative(stored):
            return resolved_path(stored, self.root)
        if stored not in self._resolved:
            self._resolved[stored] = resolved_path(stored, self.root)
        return self._resolved[stored]

    def located(self, clip: Clip) -> Clip:
        """`clip` with its recording's absolute path."""
        media = self.resolved(clip.media)
        return clip if media == clip.media else replace(clip, media=media)

    def names(self, media: str | os.PathLike[str]) -> tuple[str, ...]:
        """Every way a row may spell the recording at `media`: the stored form, the path as
        given, and old absolute paths (from before a move) that resolve to it."""
        given = str(media)
        absolute = os.path.normpath(Path(media).expanduser().absolute())
        names = dict.fromkeys((self.stored(media), given, absolute,
                               *self._old_spellings().get(absolute, ())))
        return tuple(names)

    def _old_spellings(self) -> dict[str, tuple[str, ...]]:
        """Absolute paths in the rows that now resolve elsewhere, by where they resolve
        (read once: new rows are always written in the current form)."""
        if self._old_names is None:
            found: dict[str, list[str]] = {}
            rows = self._database.query(
                "SELECT DISTINCT media FROM clips WHERE media IS NOT NULL "
                "AND media NOT LIKE './%' AND media NOT LIKE '.\\%'")
            for (stored,) in rows:
                now = self.resolved(stored)
                if now and now != stored:
                    found.setdefault(os.path.normpath(now), []).append(stored)
            self._old_names = {k: tuple(v) for k, v in found.items()}
        return self._old_names

"""Tidying after a crash, at every writable open, without losing anything a person made.

Because a clip's WAV is renamed into `clips/` before its row is inserted, a
crash can leave three things behind: a temporary file of an unfinished write
(deleted), a WAV without a row (moved to `clips/.orphans/`, never deleted: it
may be the only copy of a take) and, after someone tidied the folder by hand, a
row whose WAV is gone (marked "needs_review", never deleted).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mms_studio.core.project import layout
from mms_studio.core.project.database import Database
from mms_studio.core.project.settings import utc_now


def sweep(root: Path, db: Database) -> list[str]:
    """Undo what a crash left in `root`; returns one line per thing done, for the user."""
    done: list[str] = []
    clips_dir = layout.clips_dir(root)
    known = {Path(row[0]).name for row in db.query("SELECT audio FROM clips")}
    for entry in sorted(clips_dir.iterdir()):
        if entry.name == layout.ORPHANS or not entry.is_file():
            continue
        if entry.name.startswith("."):  # a temporary file of an interrupted write
            entry.unlink(missing_ok=True)
            done.append(f"deleted the unfinished file {entry.name}")
        elif entry.name not in known:
            orphans = layout.orphans_dir(root)
            orphans.mkdir(exist_ok=True)
            shutil.move(str(entry), str(orphans / entry.name))
            done.append(f"moved {entry.name}, which belongs to no clip, to "
                        f"{layout.CLIPS}/{layout.ORPHANS}")
    for clip_id, rel, status in db.query("SELECT id, audio, status FROM clips"):
        if status not in ("needs_review", "deleted") and not (root / rel).is_file():
            db.execute("UPDATE clips SET status = 'needs_review', updated = ? WHERE id = ?",
                       (utc_now(), clip_id))
            done.append(f"clip {clip_id} has lost its recording; marked for review")
    return done

"""Tidying after a crash, at every writable open, without losing anything a person made.

Because a clip's WAV is renamed into `clips/` before its row is inserted, a
crash can leave three things behind: a temporary file of an unfinished write
(deleted), a WAV without a row (moved to `clips/.orphans/`, never deleted: it
may be the only copy of a take) and, after someone tidied the folder by hand, a
row whose WAV is gone (marked "needs_review", never deleted).
A process killed inside any other atomic write (project.json, a checkpoint, an
adapter, an export) leaves that write's temporary file beside its target; those
are deleted and reported too (`atomic.atomic_path` names them
".<target>.<8 random characters><suffix>", so nothing else matches).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from mms_studio.core.project import layout
from mms_studio.core.project.database import Database
from mms_studio.core.project.settings import utc_now

_ATOMIC_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.[A-Za-z0-9]+$")
# clips/ is swept below; takes in recordings/ are recovered by core.recording.takes.
_NOT_WALKED = (layout.CLIPS, layout.RECORDINGS)


def _unfinished_writes(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        if Path(folder) == root:
            subfolders[:] = [name for name in subfolders if name not in _NOT_WALKED]
        found += [Path(folder) / name for name in files if _ATOMIC_TEMP.match(name)]
    return sorted(found)


def sweep(root: Path, db: Database) -> list[str]:
    """Undo what a crash left in `root`; returns one line per thing done, for the user.

    One listing of `clips/` serves both checks (no file-system call per clip), so opening
    a 20,000-clip project stays well under a second of sweeping.
    """
    done: list[str] = []
    for path in _unfinished_writes(root):
        path.unlink(missing_ok=True)
        done.append(f"deleted the unfinished file {path.relative_to(root).as_posix()}")
    clips_dir = layout.clips_dir(root)
    rows = db.query("SELECT id, audio, status FROM clips")
    known = {Path(rel).name for _id, rel, _status in rows}
    with os.scandir(clips_dir) as listing:
        files = sorted(entry.name for entry in listing if entry.is_file())
    present = set(files)
    for name in files:
        if name.startswith("."):  # a temporary file of an interrupted write
            (clips_dir / name).unlink(missing_ok=True)
            present.discard(name)
            done.append(f"deleted the unfinished file {name}")
        elif name not in known:
            orphans = layout.orphans_dir(root)
            orphans.mkdir(exist_ok=True)
            shutil.move(str(clips_dir / name), str(orphans / name))
            present.discard(name)
            done.append(f"moved {name}, which belongs to no clip, to "
                        f"{layout.CLIPS}/{layout.ORPHANS}")
    for clip_id, rel, status in rows:
        if status in ("needs_review", "deleted"):
            continue
        rel_path = Path(rel)
        there = (rel_path.name in present if rel_path.parent == Path(layout.CLIPS)
                 else (root / rel_path).is_file())
        if not there:
            db.execute("UPDATE clips SET status = 'needs_review', updated = ? WHERE id = ?",
                       (utc_now(), clip_id))
            done.append(f"clip {clip_id} has lost its recording; marked for review")
    return done

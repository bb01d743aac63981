"""A project folder: clips (16 kHz WAV + transcripts in SQLite), settings, runs, adapters, exports.

Readable without the app: `project.json` (settings), `clips/<id>.wav`, `project.db`
(SQLite, table `clips`), `runs/`, `adapters/`, `exports/`, `recordings/` (names in
`layout.py`). `store.py` is the face (`Project`) and lists the modules behind it:
`clips.py` for how writes stay whole through crashes, `lock.py` for the
one-instance rule.
"""

from mms_studio.core.project.settings import ProjectSettings
from mms_studio.core.project.splits import SPLITS
from mms_studio.core.project.store import STATUSES, Clip, Project, ProjectStats

__all__ = ["SPLITS", "STATUSES", "Clip", "Project", "ProjectSettings", "ProjectStats"]

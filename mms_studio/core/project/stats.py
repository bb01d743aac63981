"""Counts over a project's clips, made by SQLite: a 20,000-clip project is summed in
milliseconds instead of being loaded into Python to be counted."""

from __future__ import annotations

from dataclasses import dataclass, field

from mms_studio.core.project.database import Database
from mms_studio.core.project.splits import SPLITS

UNASSIGNED = "unassigned"


@dataclass(frozen=True)
class ProjectStats:
    """Counts over clips that are not deleted."""

    clips: int
    seconds: float
    speakers: dict[str, int] = field(default_factory=dict)   # speaker -> clips ("" = unknown)
    splits: dict[str, int] = field(default_factory=dict)     # train/dev/test/unassigned -> clips
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def hours(self) -> float:
        return self.seconds / 3600.0


_LIVE = "FROM clips WHERE status != 'deleted'"


def count(db: Database) -> ProjectStats:
    """Clips, seconds and clips per speaker, split and status, all from one moment."""
    with db.snapshot():
        clips, seconds = db.query(f"SELECT COUNT(*), COALESCE(SUM(duration), 0.0) {_LIVE}")[0]
        speakers = db.query(f"SELECT COALESCE(speaker, ''), COUNT(*) {_LIVE} GROUP BY 1")
        splits = dict(db.query(
            f"SELECT COALESCE(split, '{UNASSIGNED}'), COUNT(*) {_LIVE} GROUP BY 1"))
        statuses = db.query(f"SELECT status, COUNT(*) {_LIVE} GROUP BY 1")
    return ProjectStats(
        clips=clips, seconds=float(seconds),
        speakers=dict(sorted(speakers)),
        splits={k: splits[k] for k in (*SPLITS, UNASSIGNED) if splits.get(k)},
        statuses=dict(sorted(statuses)))

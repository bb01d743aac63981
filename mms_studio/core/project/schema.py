"""The SQLite layout of project.db and the migrations that bring old projects up to date.

Migrations are plain functions in `MIGRATIONS`; migration *i* turns a version
*i* database into version *i + 1*. `migrate` applies the missing ones in order
inside one transaction, so a crash mid-migration leaves the old database, and
a database written by a newer app is refused rather than guessed at.

History:
  v1  clips (id, audio, transcript, speaker, split, duration, source, created, updated) + meta
  v2  clips.status (ok / needs_review / excluded / deleted), the status before a soft delete,
      and where each clip came from (media, media_start, media_end) so a re-run import
      skips clips it already holds; indexes for the filters the GUI uses
  v3  clips.review_reason: why a clip needs review (the import's checks, speech detection,
      alignment), kept with the clip so the Dataset page can say it after the import report
      is gone; JSON, a list of {"template", "params"} so it is said in the interface language
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from mms_studio.core.errors import SchemaTooNewError
from mms_studio.core.project import layout

DB_FILE = layout.DB_FILE


def _v0_to_v1(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("""
        CREATE TABLE clips (
            id TEXT PRIMARY KEY,
            audio TEXT NOT NULL,
            transcript TEXT NOT NULL,
            speaker TEXT,
            split TEXT,
            duration REAL NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""")


def _v1_to_v2(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE clips ADD COLUMN status TEXT NOT NULL DEFAULT 'ok'")
    db.execute("ALTER TABLE clips ADD COLUMN status_before_delete TEXT")
    db.execute("ALTER TABLE clips ADD COLUMN media TEXT")
    db.execute("ALTER TABLE clips ADD COLUMN media_start REAL")
    db.execute("ALTER TABLE clips ADD COLUMN media_end REAL")
    db.execute("CREATE INDEX clips_status ON clips(status)")
    db.execute("CREATE INDEX clips_split ON clips(split)")
    db.execute("CREATE INDEX clips_media ON clips(media)")


def _v2_to_v3(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE clips ADD COLUMN review_reason TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v0_to_v1, _v1_to_v2, _v2_to_v3]
SCHEMA_VERSION = len(MIGRATIONS)


def read_version(db: sqlite3.Connection) -> int:
    """0 for an empty database (a project whose database was never created)."""
    has_meta = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if not has_meta:
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def refuse_newer(version: int) -> None:
    """Raise `SchemaTooNewError` for a database format this code cannot read."""
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"This project's database was saved by a newer MMS Studio (format {version}, "
            f"this one reads up to {SCHEMA_VERSION}); update MMS Studio to open it.")


def migrate(db: sqlite3.Connection) -> tuple[int, int]:
    """Bring `db` (opened with isolation_level=None) to SCHEMA_VERSION; return (before, after)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        before = read_version(db)
        refuse_newer(before)
        for step in MIGRATIONS[before:]:
            step(db)
        if before != SCHEMA_VERSION:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                       (str(SCHEMA_VERSION),))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return before, SCHEMA_VERSION

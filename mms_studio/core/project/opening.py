"""Making, opening and read-only opening of a project folder; what `Project.create/open/
open_read_only` do before there is a `Project`.

A writable open takes the folder's lock, migrates the database to this
version's format (one transaction) and sweeps what a crash left
(`recovery.sweep`). A read-only open (so a terminal or script can look at a
project the app holds) takes no lock and migrates and tidies nothing: a
database in an older format is refused with a sentence saying how to update
it. The one trace a read-only open can leave is SQLite's own
`project.db-wal`/`-shm` companions, which a WAL reader needs to coordinate
with writers; `project.db` itself is never written.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

from mms_studio import DEFAULT_BASE_MODEL
from mms_studio.core.errors import ProjectError, ProjectExistsError, ProjectNotFoundError
from mms_studio.core.project import layout, recovery, schema
from mms_studio.core.project.database import Database, connect, unreadable
from mms_studio.core.project.lock import ProjectLock
from mms_studio.core.project.settings import (
    ProjectSettings,
    load_settings,
    save_settings,
    validate_language,
    validate_name,
)
from mms_studio.core.text import TextSettings

# Folders every project has from the start (recordings/ appears with the first take).
MADE_AT_START = (layout.CLIPS, layout.RUNS, layout.ADAPTERS, layout.EXPORTS)


@dataclass
class Opened:
    """What `Project.__init__` needs."""

    root: Path
    settings: ProjectSettings
    database: Database
    lock: ProjectLock | None          # None: read-only
    swept: list[str] = field(default_factory=list)


def _make_folders(root: Path) -> None:
    for folder in MADE_AT_START:
        (root / folder).mkdir(exist_ok=True)


def create(path: str | os.PathLike[str], *, language: str, name: str,
           base_model: str = DEFAULT_BASE_MODEL, text: TextSettings | None = None) -> Opened:
    """A new project in `path` (a new or empty folder), open and locked."""
    root = Path(path).expanduser().absolute()
    settings = ProjectSettings(language=validate_language(language), name=validate_name(name),
                               base_model=base_model or DEFAULT_BASE_MODEL,
                               text=text or TextSettings(),
                               schema_version=schema.SCHEMA_VERSION)
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise ProjectExistsError(
            f"{root} already exists and is not an empty folder; choose a new folder name.")
    root.mkdir(parents=True, exist_ok=True)
    _make_folders(root)
    lock = ProjectLock(root)
    lock.acquire()
    try:
        db = connect(root)
        schema.migrate(db)
        save_settings(root, settings)  # last: a folder without project.json is not a project
    except BaseException:
        lock.release()
        raise
    return Opened(root, settings, Database(db, read_only=False), lock)


def _folder_and_settings(path: str | os.PathLike[str]) -> tuple[Path, ProjectSettings]:
    root = Path(path).expanduser().absolute()
    if not root.is_dir():
        raise ProjectNotFoundError(f"There is no project folder at {root}.")
    return root, load_settings(root, max_schema=schema.SCHEMA_VERSION)


def _require_database(root: Path) -> None:
    if not (root / layout.DB_FILE).is_file():
        raise ProjectError(
            f"The clip database {layout.DB_FILE} is missing from {root}; restore it from "
            "a backup (the recordings in clips/ are still there).")


def _refuse_empty_database(root: Path, settings: ProjectSettings) -> None:
    """project.json is written after the database's first commit, so an empty database file
    beside one that records a database format is damage: migrating would quietly start a
    new, empty clip list in it. (A format-0 project has never had a database.)"""
    if settings.schema_version >= 1 and (root / layout.DB_FILE).stat().st_size == 0:
        raise ProjectError(
            f"The clip database {layout.DB_FILE} in {root} is empty (0 bytes), so the clip "
            "list is lost from it; restore it from a backup (the recordings in clips/ are "
            "still there).")


def open_locked(path: str | os.PathLike[str]) -> Opened:
    """An existing project, locked, migrated and tidied after any crash."""
    root, settings = _folder_and_settings(path)
    lock = ProjectLock(root)
    lock.acquire()
    try:
        _require_database(root)
        _refuse_empty_database(root, settings)
        db = connect(root)
        try:
            before, after = schema.migrate(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise unreadable(root, exc) from exc
        if settings.schema_version != after:
            settings = replace(settings, schema_version=after)
            save_settings(root, settings)
        database = Database(db, read_only=False)
        try:
            _make_folders(root)
            swept = recovery.sweep(root, database)
        except BaseException:
            database.close()
            raise
        if before != after:
            swept.append(f"updated the project format from {before} to {after}")
    except BaseException:
        lock.release()
        raise
    return Opened(root, settings, database, lock, swept)


def open_read_only(path: str | os.PathLike[str]) -> Opened:
    """An existing project opened only to read it, even while another MMS Studio holds it."""
    root, settings = _folder_and_settings(path)
    _require_database(root)
    db = connect(root, read_only=True)
    try:
        version = _read_only_version(root, db)
    except BaseException:
        db.close()
        raise
    # project.json may lag the database by a crash; the database is the truth.
    return Opened(root, replace(settings, schema_version=version),
                  Database(db, read_only=True), None)


def _read_only_version(root: Path, db: sqlite3.Connection) -> int:
    """The database's format, refusing any this code cannot read without migrating."""
    try:
        version = schema.read_version(db)
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise unreadable(root, exc) from exc
    schema.refuse_newer(version)
    if version < schema.SCHEMA_VERSION:
        state = ("has not been set up yet" if version == 0
                 else f"is in an older format ({version}, this MMS Studio uses "
                      f"{schema.SCHEMA_VERSION})")
        raise ProjectError(
            f"The clip database in {root} {state} and must be updated before it can be "
            "read; open the project once in MMS Studio, not read-only, to update it.")
    return version

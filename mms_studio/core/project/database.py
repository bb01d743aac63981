"""The one guarded connection to project.db, writable or read-only.

Threads: the GUI reads on the main thread while a worker imports or trains, so
there is one `sqlite3` connection opened with `check_same_thread=False` and
every use of it holds `lock` (an RLock). SQLite serialises writers anyway; one
guarded connection keeps the transaction handling in one place and costs
nothing at the sizes a project reaches (tens of thousands of rows).
The database runs in WAL mode with `synchronous=FULL`, so a committed clip
survives a power cut and readers never block the writer.

A read-only connection (`mode=ro` plus `PRAGMA query_only`) is what lets a
terminal read a project the app holds: WAL lets it run beside the writer, and
SQLite itself refuses a write a missed check lets through.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from mms_studio.core import diskerrors
from mms_studio.core.diskerrors import storage_errors
from mms_studio.core.errors import ProjectError
from mms_studio.core.project import layout

READ_ONLY_REFUSAL = ("This project was opened read-only, so it cannot {action}; open it "
                     "normally (close it in any other MMS Studio first) to change it.")


def unreadable(root: Path, exc: BaseException) -> ProjectError:
    """The sentence for a project.db SQLite cannot read."""
    if not os.access(root, os.W_OK):       # a read-only drive, not a damaged file
        return diskerrors.read_only(root)
    return ProjectError(
        f"The clip database in {root} cannot be read ({exc}); restore {layout.DB_FILE} "
        "from a backup (the recordings in clips/ are still there).")


def connect(root: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open `root`'s project.db in autocommit mode (transactions are explicit)."""
    path = root / layout.DB_FILE
    try:
        if read_only:
            # as_uri() percent-encodes the path, so spaces, '?' and '#' in folder names
            # are safe.
            uri = path.as_uri() + "?mode=ro"
            wal = path.with_name(path.name + "-wal")
            if not os.access(root, os.W_OK) and not (wal.is_file() and wal.stat().st_size):
                # A read-only drive: SQLite cannot make its -shm there, and nothing can
                # change the file, so it is read as immutable (no WAL left to apply).
                uri += "&immutable=1"
            db = sqlite3.connect(uri, uri=True, isolation_level=None,
                                 check_same_thread=False, timeout=10.0)
            # A second guard below mode=ro: SQLite itself refuses any write on it.
            db.execute("PRAGMA query_only=ON")
        else:
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                 timeout=10.0)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        if not os.access(root, os.W_OK):     # a read-only drive, not damage
            raise diskerrors.read_only(root) from exc
        raise ProjectError(
            f"The clip database in {root} cannot be read ({exc}); restore {layout.DB_FILE} "
            "from a backup.") from exc
    return db


class Database:
    """A connection shared by threads: every query and write holds one lock.

    read_only: writes raise `ProjectError` (with the action named) before SQLite sees them.
    """

    def __init__(self, connection: sqlite3.Connection, *, read_only: bool) -> None:
        self.connection: sqlite3.Connection | None = connection
        self.read_only = read_only
        self.lock = threading.RLock()
        files = connection.execute("PRAGMA database_list").fetchall()
        self.path = Path(files[0][2]) if files and files[0][2] else Path(layout.DB_FILE)

    def _writing(self) -> AbstractContextManager[None]:
        """A full disk or a read-only/vanished folder under a write: one typed sentence."""
        return storage_errors(where=f"the clip database {self.path}", folder=self.path.parent)

    def _open(self) -> sqlite3.Connection:
        if self.connection is None:
            raise ProjectError("The project is closed; open it again.")
        return self.connection

    def refuse_if_read_only(self, action: str) -> None:
        if self.read_only:
            raise ProjectError(READ_ONLY_REFUSAL.format(action=action))

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self._open().execute(sql, params).fetchall()

    def execute(self, sql: str, params: tuple[Any, ...] = (), *,
                action: str = "be changed") -> int:
        """Run one writing statement; returns the rows changed."""
        self.refuse_if_read_only(action)
        with self.lock, self._writing():
            return self._open().execute(sql, params).rowcount

    def executemany(self, sql: str, rows: list[tuple[Any, ...]], *,
                    action: str = "be changed") -> None:
        self.refuse_if_read_only(action)
        with self.lock, self._writing():
            self._open().executemany(sql, rows)

    @contextmanager
    def transaction(self, *, action: str = "be changed") -> Iterator[None]:
        """Everything inside commits together or not at all (`BEGIN IMMEDIATE`)."""
        self.refuse_if_read_only(action)
        with self.lock, self._writing():
            db = self._open()
            db.execute("BEGIN IMMEDIATE")
            try:
                yield
                db.execute("COMMIT")        # a full disk can refuse the commit itself
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the database as of one moment; nested blocks share it."""
        with self.lock:
            db = self._open()
            if db.in_transaction:
                yield
                return
            db.execute("BEGIN")
            try:
                yield
            finally:
                if self.connection is not None and self.connection.in_transaction:
                    self.connection.execute("COMMIT")

    def close(self) -> None:
        with self.lock:
            if self.connection is not None:
                self.connection.close()
                self.connection = None

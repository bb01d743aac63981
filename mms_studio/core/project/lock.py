"""One running MMS Studio per project: an OS file lock, never a stale lock file.

The lock is `fcntl.flock` (POSIX) or `msvcrt.locking` (Windows) on
`<project>/.lock`. The operating system drops it when the process dies, so an
app killed mid-import never leaves the project locked. The holder writes its
host and pid into the file so a refused second instance can say who holds it.
Locks taken on a second file handle conflict even within one process, and a
process-wide registry makes the same-process refusal explicit on every OS.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from pathlib import Path
from typing import IO

from mms_studio.core.diskerrors import storage_errors
from mms_studio.core.errors import ProjectLockedError
from mms_studio.core.project import layout

LOCK_FILE = layout.LOCK_FILE

_held: set[str] = set()
_held_guard = threading.Lock()


def _try_lock(handle: IO[str]) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows CI only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder_text(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"MMS Studio on {info.get('host', 'another computer')} (process {info.get('pid', '?')})"
    except (OSError, ValueError):
        return "another MMS Studio"


class ProjectLock:
    """Held from `acquire()` until `release()`; the project stays open in between."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK_FILE
        self._key = str(self.path.resolve())
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        with _held_guard:
            if self._key in _held:
                raise ProjectLockedError(
                    f"This project is already open in this MMS Studio (process {os.getpid()}); "
                    "close it there first.")
            # Opening in append mode never truncates the holder's note before we own the lock.
            with storage_errors(where=self.path):     # a read-only or vanished drive
                handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
            if not _try_lock(handle):
                handle.close()
                raise ProjectLockedError(
                    f"This project is open in {_holder_text(self.path)}; close it there, "
                    "or wait for that job to finish, then try again.")
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps({"host": socket.gethostname(), "pid": os.getpid()}))
            handle.flush()
            self._handle = handle
            _held.add(self._key)

    def release(self) -> None:
        with _held_guard:
            if self._handle is None:
                return
            try:
                self._handle.seek(0)
                self._handle.truncate()
                self._handle.flush()
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None
                _held.discard(self._key)

    @property
    def held(self) -> bool:
        return self._handle is not None

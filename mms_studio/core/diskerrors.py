"""A full disk, a read-only drive or a folder that went away: one typed error, one sentence.

Why a module of its own: the failure reaches us in many costumes. Python raises
`OSError` with ENOSPC, EDQUOT or EFBIG (a file-size limit); SQLite says "database
or disk is full" (SQLITE_FULL) or "attempt to write a readonly database";
safetensors wraps the OS error in its own exception with "os error 28" in the
text; libsndfile reports only "system error" with no errno at all. The few places
that write user data (`atomic.atomic_path`, the project database, the take
writer) hand what they caught to `storage_error`, which names the cause, so the
person reads "The disk is full: …; free some space and try again" instead of a
library's words, and the caller's own clean-up has already left nothing half-written.

When the errno is hidden (libsndfile), `probe` re-asks the file system with a
plain write into the temporary file that failed (it is deleted next anyway): the
same ENOSPC/EFBIG comes back as a real errno.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mms_studio.core.errors import MMSStudioError, ProjectError

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
GONE_ERRNOS = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ESTALE})
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN = 13, 8, 10, 14
_OS_ERROR_TEXT = re.compile(r"os error (\d+)")
_TEXTS = {"no space left on device": errno.ENOSPC, "disk quota exceeded": errno.EDQUOT,
          "file too large": errno.EFBIG, "read-only file system": errno.EROFS}
PROBE_BYTES = 1 << 20
_SF_ERR_SYSTEM = 2


class StorageError(ProjectError):
    """Writing failed because of where the data goes, not because of the data."""


class DiskFullError(StorageError):
    """The disk (or the user's quota, or the file-size limit) is full."""


class FolderUnavailableError(StorageError):
    """The folder is read-only or no longer there (a drive removed, a folder moved)."""


def disk_full(where: str | os.PathLike[str]) -> DiskFullError:
    return DiskFullError(f"The disk is full: {where} could not be written; free some space "
                         "and try again; nothing was changed.")


def read_only(folder: str | os.PathLike[str]) -> FolderUnavailableError:
    return FolderUnavailableError(
        f"The folder {folder} cannot be written (it is read-only, or its drive was removed); "
        "make it writable or plug the drive back in and try again; nothing was changed.")


def gone(folder: str | os.PathLike[str]) -> FolderUnavailableError:
    return FolderUnavailableError(
        f"The folder {folder} is no longer there (was its drive removed or the folder "
        "moved?); put it back and try again; nothing was changed.")


def error_number(exc: BaseException) -> int | None:
    """The OS error behind `exc` or the exceptions it was raised from, if any can be found."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current.errno
        if type(current).__module__ == "sqlite3":   # not imported here: start-up stays light
            code = getattr(current, "sqlite_errorcode", None)
            base = code & 0xFF if isinstance(code, int) else None
            if base == _SQLITE_FULL or "disk is full" in str(current):
                return errno.ENOSPC
            if base == _SQLITE_READONLY or "readonly database" in str(current):
                return errno.EROFS
            if base in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in str(current):
                return errno.EIO
        text = str(current).lower()
        found = _OS_ERROR_TEXT.search(text)
        if found:
            return int(found.group(1))
        for words, number in _TEXTS.items():
            if words in text:
                return number
        current = current.__cause__ or current.__context__
    return None


def _sndfile_system_error(exc: BaseException) -> bool:
    """libsndfile's SF_ERR_SYSTEM (code 2): a failed read or write call, errno not kept.
    (Its other codes are about the data, never worth a probe.)"""
    return isinstance(exc, RuntimeError) and getattr(exc, "code", None) == _SF_ERR_SYSTEM


def probe(path: Path) -> int | None:
    """Append up to 1 MiB to `path` (a temporary file about to be deleted) and sync it;
    the errno of the first failure, None when the file system takes it."""
    try:
        with open(path, "ab") as handle:
            chunk = bytes(1 << 16)
            for _ in range(PROBE_BYTES // len(chunk)):
                handle.write(chunk)
                handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        return exc.errno
    return None


def storage_error(exc: BaseException, *, where: str | os.PathLike[str],
                  folder: str | os.PathLike[str] | None = None,
                  probe_file: Path | None = None) -> StorageError | None:
    """The typed error for `exc` when a full disk or an unwritable/vanished folder caused it,
    else None (the caller re-raises `exc` as it was).

    where: what could not be written (a file, "the clip database"); folder: the folder
    it goes into (read-only/vanished messages name it; default: where's parent);
    probe_file: a temporary file the failed write used, to re-ask the file system.
    """
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, MMSStudioError | KeyboardInterrupt | SystemExit):
        return None
    folder = Path(folder) if folder is not None else Path(where).parent
    number = error_number(exc)
    if number is None and probe_file is not None and _sndfile_system_error(exc) \
            and probe_file.exists():
        number = probe(probe_file)
    if number is None:
        return None
    if number in DISK_FULL_ERRNOS:
        return disk_full(where)
    if number in GONE_ERRNOS and not folder.exists():
        return gone(folder)
    if number in READ_ONLY_ERRNOS or number in GONE_ERRNOS - {errno.ENOENT}:
        return read_only(folder)
    return None     # e.g. a file where the folder should be: the caller's own sentence


@contextmanager
def storage_errors(*, where: str | os.PathLike[str],
                   folder: str | os.PathLike[str] | None = None) -> Iterator[None]:
    """Re-raise a failed write caused by the disk or the folder as a `StorageError`."""
    try:
        yield
    except Exception as exc:
        typed = storage_error(exc, where=where, folder=folder)
        if typed is None or typed is exc:
            raise
        raise typed from exc


def require_folder(folder: Path) -> None:
    """Refuse to write into a project whose folder has gone (rather than recreate it empty
    where the drive used to be)."""
    if not folder.is_dir():
        raise gone(folder)

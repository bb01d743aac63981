"""Atomic file writes: a crash leaves either the old file or the new one, never half.

Every file the app writes for the user goes through here: the temporary file
lives in the destination folder (so the rename never crosses file systems), is
flushed and fsynced, then renamed over the target, and the folder is fsynced
so the rename itself survives a power cut. A write that fails because the disk
is full or the folder went away raises `diskerrors.StorageError` with a sentence
(the temporary file is gone, the target untouched).

Permissions: `tempfile` creates its files 0600, which a rename would carry over,
so exports and clips came out readable by their owner alone whatever the umask.
Before the rename the file gets the target's own permissions when it replaces
one, else what any program would create (0666 less the umask, e.g. 0644).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mms_studio.core.diskerrors import storage_error, storage_errors


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _umask_lock:       # elsewhere: set and restore at once (briefly process-wide)
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _final_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)      # replacing a file: keep its mode
    except FileNotFoundError:
        return 0o666 & ~current_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`.

    For writers that insist on opening the file themselves (soundfile,
    safetensors, praatio). On an exception the temporary file is removed and
    `path` is untouched.
    """
    target = Path(path)
    with storage_errors(where=target):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".tmp",
                                        dir=target.parent)
        os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):      # e.g. a file system without modes
            os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        # A full disk or a vanished folder becomes one typed sentence (diskerrors.py).
        typed = storage_error(exc, where=target, probe_file=tmp) \
            if isinstance(exc, Exception) else None
        with contextlib.suppress(OSError):
            tmp.unlink()
        if typed is not None and typed is not exc:
            raise typed from exc
        raise


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", *,
                encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; it replaces `path` when the block ends cleanly."""
    if "b" in mode:
        encoding = None
    with atomic_path(path) as tmp, open(tmp, mode, encoding=encoding, newline=newline) as handle:
        yield handle
        handle.flush()


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)


def write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def write_json(path: str | os.PathLike[str], data: Any) -> None:
    """JSON, UTF-8, human-readable (projects must be readable without the app)."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")

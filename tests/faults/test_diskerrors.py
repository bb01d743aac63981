"""The mapping itself: which failures are a full disk or an unusable folder, and which are not."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from mms_studio.core.diskerrors import (
    DiskFullError,
    FolderUnavailableError,
    error_number,
    storage_error,
)
from mms_studio.core.errors import AudioError


def oserror(number: int) -> OSError:
    return OSError(number, os.strerror(number))


@pytest.mark.parametrize("exc", [
    oserror(errno.ENOSPC), oserror(errno.EDQUOT), oserror(errno.EFBIG),
    sqlite3.OperationalError("database or disk is full"),
    RuntimeError("Error while serializing: I/O error: No space left on device (os error 28)"),
])
def test_full_disks_in_every_costume(exc, tmp_path):
    typed = storage_error(exc, where=tmp_path / "a.wav")
    assert isinstance(typed, DiskFullError)
    assert str(typed) == (f"The disk is full: {tmp_path / 'a.wav'} could not be written; "
                          "free some space and try again; nothing was changed.")


def test_the_cause_behind_a_wrapper_is_found(tmp_path):
    try:
        try:
            raise oserror(errno.ENOSPC)
        except OSError as inner:
            raise ValueError("could not save") from inner
    except ValueError as outer:
        assert error_number(outer) == errno.ENOSPC


def test_read_only_and_vanished_folders(tmp_path):
    typed = storage_error(oserror(errno.EROFS), where=tmp_path / "a.json")
    assert isinstance(typed, FolderUnavailableError) and "cannot be written" in str(typed)
    gone = tmp_path / "stick" / "proj"
    typed = storage_error(oserror(errno.ENOENT), where=gone / "a.json")
    assert isinstance(typed, FolderUnavailableError) and "is no longer there" in str(typed)
    typed = storage_error(sqlite3.OperationalError("attempt to write a readonly database"),
                          where="the clip database", folder=tmp_path)
    assert isinstance(typed, FolderUnavailableError)


@pytest.mark.parametrize("exc", [
    oserror(errno.ENOENT),            # a missing input file: the folder is there
    oserror(errno.ENOTDIR), ValueError("bad value"), RuntimeError("Format not recognised"),
    AudioError("The recording is empty."), KeyboardInterrupt(),
])
def test_other_failures_are_left_alone(exc, tmp_path):
    assert storage_error(exc, where=tmp_path / "a.wav", probe_file=tmp_path / "a.wav") is None

"""Atomic writes: all or nothing, and files people get follow their umask (not tempfile's 0600)."""

from __future__ import annotations

import os
import stat

import pytest

from mms_studio.core import atomic


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_new_file_follows_the_umask(tmp_path, umask_022) -> None:
    assert atomic.current_umask() == 0o022
    atomic.write_text(tmp_path / "out.txt", "hello")
    assert _mode(tmp_path / "out.txt") == 0o644
    os.umask(0o027)
    atomic.write_bytes(tmp_path / "other.bin", b"x")
    assert _mode(tmp_path / "other.bin") == 0o640


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_replaced_file_keeps_its_permissions(tmp_path, umask_022) -> None:
    target = tmp_path / "project.json"
    target.write_text("{}")
    os.chmod(target, 0o600)              # the user made it private: keep it so
    atomic.write_json(target, {"a": 1})
    assert _mode(target) == 0o600 and '"a": 1' in target.read_text()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_written_by_other_libraries_follow_it_too(tmp_path, umask_022) -> None:
    import numpy as np

    from mms_studio.core.audio import write_wav

    write_wav(tmp_path / "clip.wav", np.zeros(1600, dtype=np.float32))
    assert _mode(tmp_path / "clip.wav") == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path) -> None:
    target = tmp_path / "keep.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic.atomic_open(target) as handle:
        handle.write("new")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]

"""One MMS Studio per project: a second open is refused, a dead holder never leaves a stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mms_studio.core.errors import ProjectLockedError
from mms_studio.core.project import Project

REPO = Path(__file__).resolve().parents[2]
TRY_OPEN = textwrap.dedent("""
    import sys
    from mms_studio.core.errors import ProjectLockedError
    from mms_studio.core.project import Project
    try:
        Project.open(sys.argv[1]).close()
    except ProjectLockedError as exc:
        print(exc)
        sys.exit(3)
""")
HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from mms_studio.core.project import Project
    project = Project.open(sys.argv[1])
    print("open", flush=True)
    time.sleep(600)
""")


def _python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    Project.create(tmp_path / "p", language="abz", name="A").close()
    return tmp_path / "p"


def test_second_open_in_the_same_process_is_refused(root: Path) -> None:
    with Project.open(root):
        with pytest.raises(ProjectLockedError, match=f"process {os.getpid()}"):
            Project.open(root)
    Project.open(root).close()  # released on close


def test_second_open_from_another_process_names_the_holder(root: Path) -> None:
    with Project.open(root):
        proc = _python(TRY_OPEN, str(root))
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 3, err
        assert f"process {os.getpid()}" in out
        assert "close it there" in out
    proc = _python(TRY_OPEN, str(root))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err


def test_a_killed_holder_leaves_no_stale_lock(root: Path) -> None:
    holder = _python(HOLD_OPEN, str(root))
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLockedError, match=f"process {holder.pid}"):
            Project.open(root)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=60)
    Project.open(root).close()

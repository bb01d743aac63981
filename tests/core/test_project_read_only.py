"""Read-only handles: usable while another process holds the project, and never write."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from mms_studio.core.errors import (
    ProjectError,
    ProjectLockedError,
    ProjectNotFoundError,
    SchemaTooNewError,
)
from mms_studio.core.project import Project
from mms_studio.core.project.schema import SCHEMA_VERSION
from tests.core.project_factory import db_rows, tone, wav

REPO = Path(__file__).resolve().parents[2]
# SQLite's own companions of a WAL database: a reader needs them to share it with a writer.
SQLITE_COMPANIONS = {"project.db-wal", "project.db-shm"}
# Opens the project writable, adds one clip (it stays in the WAL, not yet checkpointed
# into project.db) and waits until killed, as the app would while a user looks elsewhere.
HOLD_OPEN = textwrap.dedent("""
    import sys, time
    import numpy as np
    from mms_studio.core.project import Project
    project = Project.open(sys.argv[1])
    t = np.arange(8000) / 16000
    project.add_clip((0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32),
                     transcript="added by the holder", speaker="Holder")
    print("open", flush=True)
    time.sleep(600)
""")


def disk_state(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime (ns), SQLite's WAL companions aside.

    Folders count by mtime too: a clip written and removed again leaves no file
    but does touch clips/.
    """
    return {str(p.relative_to(root)): (b"" if p.is_dir() else p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.name not in SQLITE_COMPANIONS}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    with Project.create(tmp_path / "p", language="abz", name="Abui") as project:
        project.add_clip(tone(0.5), transcript="hekaai", speaker="SL", split="train")
        project.add_clip(tone(0.25), transcript="ananra", speaker="SL")
        gone = project.add_clip(tone(0.75), transcript="wetang", speaker="AR")
        project.delete_clip(gone.id)
    return tmp_path / "p"


@pytest.fixture
def holder(root: Path) -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(root)], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        line = proc.stdout.readline().strip()
        assert line == "open", proc.stderr.read() if proc.poll() is not None else line
        yield proc
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)


def test_reads_while_another_process_holds_the_project(root: Path, holder) -> None:
    with pytest.raises(ProjectLockedError, match=f"process {holder.pid}"):
        Project.open(root)
    assert (root / "project.db-wal").stat().st_size > 0  # the holder's clip is only in the WAL
    with Project.open_read_only(root) as project:
        assert project.read_only
        assert project.settings.name == "Abui" and project.settings.language == "abz"
        assert project.settings.schema_version == SCHEMA_VERSION
        stats = project.stats()
        assert stats.clips == 3
        assert stats.seconds == pytest.approx(0.5 + 0.25 + 0.5)
        assert stats.speakers == {"Holder": 1, "SL": 2}
        assert stats.splits == {"train": 1, "unassigned": 2}
        added = project.clips(speaker="Holder")[0]
        assert added.transcript == "added by the holder"
        assert project.audio_path(added).is_file()
        assert len(project.clips(include_deleted=True)) == 4
        assert project.swept == []


def test_reads_what_a_killed_holder_left_in_the_wal(root: Path, holder) -> None:
    """After the app dies, its last clips live only in the WAL; a reader must still see them."""
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=60)
    db_before = (root / "project.db").read_bytes()
    with Project.open_read_only(root) as project:
        assert [c.speaker for c in project.clips()] == ["SL", "SL", "Holder"]
    assert (root / "project.db").read_bytes() == db_before  # read, never checkpointed into


def test_reads_beside_a_writer_in_this_process(root: Path) -> None:
    with Project.open(root) as writer, Project.open_read_only(root) as reader:
        assert reader.stats().clips == 2
        writer.add_clip(tone(0.1), transcript="new one")
        assert reader.stats().clips == 3  # committed clips show at once, no reopen needed


def test_a_snapshot_holds_one_moment_while_a_writer_commits(root: Path) -> None:
    with Project.open(root) as writer, Project.open_read_only(root) as reader:
        with reader.snapshot():
            before = reader.stats()
            writer.add_clip(tone(0.1), transcript="mid-read")
            with reader.snapshot():  # nested: still the same moment
                assert reader.stats() == before
            assert len(reader.clips()) == before.clips
        assert reader.stats().clips == before.clips + 1


def test_every_write_is_refused_and_changes_nothing_on_disk(root: Path, tmp_path: Path) -> None:
    source = wav(tmp_path / "source.wav", 0.4)
    before = disk_state(root)
    rows = db_rows(root)
    with Project.open_read_only(root) as project:
        clip = project.clips()[0]
        deleted = project.clips(status="deleted")[0]
        attempts = {
            "add_clip": lambda: project.add_clip(tone(0.2), transcript="x"),
            "add_clip_from_file": lambda: project.add_clip_from_file(source, transcript="x"),
            "update_clip": lambda: project.update_clip(clip.id, transcript="changed"),
            "delete_clip": lambda: project.delete_clip(clip.id),
            "restore_clip": lambda: project.restore_clip(deleted.id),
            "assign_splits": lambda: project.assign_splits(),
            "update_settings": lambda: project.update_settings(name="Renamed"),
        }
        for name, attempt in attempts.items():
            with pytest.raises(ProjectError, match="opened read-only") as refused:
                attempt()
            assert "open it normally" in str(refused.value), name
        assert project.clip(clip.id) == clip  # the handle still reads after refusing
        assert project.settings.name == "Abui"
    assert disk_state(root) == before
    assert db_rows(root) == rows
    assert sorted(p.name for p in (root / "clips").iterdir()) == sorted(
        Path(c).name for c in before if c.startswith("clips/"))


def test_the_database_connection_itself_refuses_writes(root: Path) -> None:
    """Below the method checks, SQLite is opened read-only: a missed check still cannot write."""
    before = disk_state(root)
    with Project.open_read_only(root) as project:
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            project._database.connection.execute("UPDATE clips SET transcript = 'x'")
    assert disk_state(root) == before


def test_no_lock_taken_so_the_app_can_open_it_meanwhile(root: Path) -> None:
    lock_before = (root / ".lock").read_bytes()
    with Project.open_read_only(root) as reader:
        with Project.open(root) as writer:  # would raise ProjectLockedError if a lock were held
            writer.update_settings(name="Renamed")
        assert reader.stats().clips == 2
    assert (root / ".lock").read_bytes() == lock_before


def test_closed_handle_refuses_reads(root: Path) -> None:
    project = Project.open_read_only(root)
    project.close()
    project.close()  # twice is harmless
    with pytest.raises(ProjectError, match="closed"):
        project.clips()


def _v1_project(root: Path) -> None:
    root.mkdir(parents=True)
    (root / "project.json").write_text(json.dumps(
        {"schema_version": 1, "language": "abz", "name": "Old", "created": "2025-01-01"}))
    with sqlite3.connect(root / "project.db") as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        db.execute("CREATE TABLE clips (id TEXT PRIMARY KEY, audio TEXT NOT NULL, transcript "
                   "TEXT NOT NULL, speaker TEXT, split TEXT, duration REAL NOT NULL, source TEXT "
                   "NOT NULL DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL)")
    db.close()


def test_an_older_database_is_not_migrated_but_explained(tmp_path: Path) -> None:
    root = tmp_path / "old"
    _v1_project(root)
    before = disk_state(root)
    with pytest.raises(ProjectError, match=r"older format \(1, .* uses 3\).*open the project once"):
        Project.open_read_only(root)
    assert disk_state(root) == before
    with Project.open(root) as project:  # the writable open still migrates it
        assert project.settings.schema_version == SCHEMA_VERSION
    with Project.open_read_only(root) as project:
        assert project.clips() == []


def test_an_empty_database_is_not_set_up(tmp_path: Path) -> None:
    Project.create(tmp_path / "p", language="abz", name="A").close()
    (tmp_path / "p" / "project.db").write_bytes(b"")
    with pytest.raises(ProjectError, match="has not been set up yet"):
        Project.open_read_only(tmp_path / "p")
    assert (tmp_path / "p" / "project.db").read_bytes() == b""


def test_a_newer_database_is_refused(root: Path) -> None:
    with sqlite3.connect(root / "project.db") as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                   (str(SCHEMA_VERSION + 1),))
    db.close()
    before = disk_state(root)
    with pytest.raises(SchemaTooNewError, match="newer MMS Studio"):
        Project.open_read_only(root)
    assert disk_state(root) == before


def test_corrupt_missing_and_absent_projects_are_clear_errors(root: Path, tmp_path: Path) -> None:
    for leftover in SQLITE_COMPANIONS:
        (root / leftover).unlink(missing_ok=True)
    (root / "project.db").write_bytes(os.urandom(8192))
    before = disk_state(root)
    with pytest.raises(ProjectError, match="cannot be read .*restore project.db"):
        Project.open_read_only(root)
    assert disk_state(root) == before
    (root / "project.db").unlink()
    with pytest.raises(ProjectError, match="project.db is missing"):
        Project.open_read_only(root)
    assert not (root / "project.db").exists()  # mode=ro never creates it
    with pytest.raises(ProjectNotFoundError, match="no project folder"):
        Project.open_read_only(tmp_path / "nowhere")
    (tmp_path / "plain").mkdir()
    with pytest.raises(ProjectNotFoundError, match="not an MMS Studio project"):
        Project.open_read_only(tmp_path / "plain")


def test_a_folder_name_with_uri_characters(tmp_path: Path) -> None:
    root = tmp_path / "odd name?#%"
    with Project.create(root, language="abz", name="A") as project:
        project.add_clip(tone(0.1), transcript="x")
    with Project.open_read_only(root) as project:
        assert project.stats().clips == 1

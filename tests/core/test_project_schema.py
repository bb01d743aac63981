"""Old projects are migrated in place; projects from a newer app are refused, untouched."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mms_studio.core.errors import SchemaTooNewError
from mms_studio.core.project import Project
from mms_studio.core.project.schema import SCHEMA_VERSION
from tests.core.project_factory import snapshot, tone, wav

V1_CLIPS = """CREATE TABLE clips (id TEXT PRIMARY KEY, audio TEXT NOT NULL,
    transcript TEXT NOT NULL, speaker TEXT, split TEXT, duration REAL NOT NULL,
    source TEXT NOT NULL DEFAULT '', created TEXT NOT NULL, updated TEXT NOT NULL)"""


def _project_json(root: Path, version: int) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "project.json").write_text(json.dumps({
        "schema_version": version, "language": "abz", "name": "Old", "created": "2025-01-01"}))


def test_a_version_1_project_is_migrated_keeping_its_clips(tmp_path: Path) -> None:
    root = tmp_path / "old"
    _project_json(root, 1)
    wav(root / "clips" / "aaaa.wav", 0.5)
    with sqlite3.connect(root / "project.db") as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        db.execute(V1_CLIPS)
        db.execute("INSERT INTO clips VALUES ('aaaa', 'clips/aaaa.wav', 'hekaai', 'SL', 'train', "
                   "0.5, 'abui_1.wav', '2025-01-01', '2025-01-01')")
    db.close()
    with Project.open(root) as project:
        clip = project.clip("aaaa")
        assert (clip.transcript, clip.speaker, clip.split, clip.status) == (
            "hekaai", "SL", "train", "ok")
        assert project.settings.schema_version == SCHEMA_VERSION
        assert any(f"format from 1 to {SCHEMA_VERSION}" in note for note in project.swept)
        project.delete_clip("aaaa")  # the v2 columns work
        assert project.restore_clip("aaaa").status == "ok"
    assert json.loads((root / "project.json").read_text())["schema_version"] == SCHEMA_VERSION
    with sqlite3.connect(root / "project.db") as db:
        assert db.execute("SELECT value FROM meta").fetchone() == (str(SCHEMA_VERSION),)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()


def test_an_empty_version_0_database_is_created(tmp_path: Path) -> None:
    root = tmp_path / "v0"
    _project_json(root, 0)
    sqlite3.connect(root / "project.db").close()
    with Project.open(root) as project:
        assert project.clips() == []
        assert project.add_clip(tone(0.05), transcript="x").duration == pytest.approx(0.05)
        assert project.settings.schema_version == SCHEMA_VERSION


def test_a_database_from_a_newer_app_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "p"
    Project.create(root, language="abz", name="A").close()
    with sqlite3.connect(root / "project.db") as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                   (str(SCHEMA_VERSION + 1),))
    db.close()
    before = snapshot(root)
    with pytest.raises(SchemaTooNewError, match="newer MMS Studio"):
        Project.open(root)
    assert snapshot(root) == before
    # the failed open released its lock: a second try meets the same error, not a lock
    with pytest.raises(SchemaTooNewError):
        Project.open(root)


def test_settings_from_a_newer_app_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "p"
    Project.create(root, language="abz", name="A").close()
    data = json.loads((root / "project.json").read_text())
    data["schema_version"] = SCHEMA_VERSION + 5
    (root / "project.json").write_text(json.dumps(data))
    with pytest.raises(SchemaTooNewError, match="update MMS Studio"):
        Project.open(root)

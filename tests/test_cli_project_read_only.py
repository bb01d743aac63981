"""`mms-studio info` while the project is open in another process, and its clear failures."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mms_studio.cli import main
from mms_studio.core.errors import ProjectLockedError
from mms_studio.core.project import Project

REPO = Path(__file__).resolve().parents[1]
SQLITE_COMPANIONS = {"project.db-wal", "project.db-shm"}
HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from mms_studio.core.project import Project
    project = Project.open(sys.argv[1])
    print("open", flush=True)
    time.sleep(600)
""")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _disk_state(root: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(root)): (b"" if p.is_dir() else p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.name not in SQLITE_COMPANIONS}


@pytest.fixture(scope="module")
def yoruba(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    """Real recordings imported once through the CLI; tests only read it."""
    root = tmp_path_factory.mktemp("ro") / "yor"
    assert main(["new", str(root), "--language", "yor", "--name", "Yoruba"]) == 0
    folder = shared_data / "clips" / "yoruba_speech_project"
    assert main(["import", str(root), str(folder), "--speaker", "Sewade"]) == 0
    return root


def test_info_while_another_process_holds_the_project(yoruba: Path, capsys) -> None:
    code, free_json, err = _run(capsys, "info", str(yoruba), "--json")
    assert code == 0, err
    _, free_text, _ = _run(capsys, "info", str(yoruba))
    free = json.loads(free_json)
    assert free["clips"] == 5 and free["speakers"] == {"Sewade": 5} and free["seconds"] > 1.0

    proc = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(yoruba)], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == "open", proc.stderr
        with pytest.raises(ProjectLockedError, match=f"process {proc.pid}"):
            Project.open(yoruba)  # the lock is really held elsewhere
        before = _disk_state(yoruba)
        code, held_json, err = _run(capsys, "info", str(yoruba), "--json")
        assert code == 0, err
        assert json.loads(held_json) == free  # every figure, vocabulary and report included
        code, held_text, err = _run(capsys, "info", str(yoruba))
        assert code == 0 and err == ""
        assert held_text == free_text
        assert f"Clips:      {free['clips']}" in held_text
        assert _disk_state(yoruba) == before  # info wrote nothing, not even the lock note
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)


def test_info_sees_clips_the_holder_has_committed(yoruba: Path, tmp_path: Path, capsys,
                                                  shared_data: Path) -> None:
    root = tmp_path / "copy"
    code, _, err = _run(capsys, "new", str(root), "--language", "yor", "--name", "Copy")
    assert code == 0, err
    wav = sorted((shared_data / "clips" / "yoruba_speech_project").glob("*.wav"))[0]
    add_and_hold = HOLD_OPEN.replace(
        'print("open"', f'project.add_clip_from_file({str(wav)!r}, transcript="ọmọ")\nprint("open"')
    proc = subprocess.Popen([sys.executable, "-c", add_and_hold, str(root)], cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proc.stdout.readline().strip() == "open", proc.stderr
        code, out, err = _run(capsys, "info", str(root), "--json")
        assert code == 0, err
        info = json.loads(out)
        assert info["clips"] == 1
        assert "ọ" in info["vocabulary"]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)


def _broken_copy(tmp_path: Path, capsys) -> Path:
    root = tmp_path / "p"
    _run(capsys, "new", str(root), "--language", "abz", "--name", "A")
    for leftover in SQLITE_COMPANIONS:
        (root / leftover).unlink(missing_ok=True)
    return root


def test_info_on_a_corrupt_database_is_one_clear_line(tmp_path: Path, capsys) -> None:
    root = _broken_copy(tmp_path, capsys)
    (root / "project.db").write_bytes(os.urandom(4096))
    before = _disk_state(root)
    code, out, err = _run(capsys, "info", str(root))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "cannot be read" in err and "restore project.db" in err
    assert _disk_state(root) == before


def test_info_on_a_missing_database_is_one_clear_line(tmp_path: Path, capsys) -> None:
    root = _broken_copy(tmp_path, capsys)
    (root / "project.db").unlink()
    code, out, err = _run(capsys, "info", str(root), "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "project.db is missing" in err
    assert not (root / "project.db").exists()


def test_info_on_an_older_database_says_how_to_update_it(tmp_path: Path, capsys) -> None:
    root = _broken_copy(tmp_path, capsys)
    with sqlite3.connect(root / "project.db") as db:
        db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    db.close()
    before = _disk_state(root)
    code, _, err = _run(capsys, "info", str(root))
    assert code == 1 and "older format" in err and "open the project once" in err
    assert _disk_state(root) == before

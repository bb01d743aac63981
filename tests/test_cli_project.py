"""`mms-studio new/import/info`, and imports that are killed or interrupted midway."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import soundfile as sf

from mms_studio.cli import main
from mms_studio.commands.progress import CliTaskState
from mms_studio.core.project import Project
from tests.core.project_factory import wav

REPO = Path(__file__).resolve().parents[1]
MANY = 1500  # enough that the import is surely still running when it is stopped


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_info(tmp_path: Path, shared_data: Path, capsys) -> None:
    proj = tmp_path / "yor"
    code, out, _ = _run(capsys, "new", str(proj), "--language", "yor", "--name", "Yoruba")
    assert code == 0 and "Created project 'Yoruba' (yor)" in out
    folder = shared_data / "clips" / "yoruba_speech_project"
    code, out, err = _run(capsys, "import", str(proj), str(folder), "--speaker", "Sewade")
    assert code == 0, err
    assert out.startswith("Imported 5 clip(s)")
    assert "imported  200625-215447_yor_874_elicit_6.wav: 1 clip(s)" in out
    assert "other file(s) ignored" in out
    seconds = sum(sf.info(f).duration for f in folder.glob("*.wav"))
    code, out, _ = _run(capsys, "info", str(proj), "--json")
    info = json.loads(out)
    assert code == 0
    assert info["clips"] == 5
    assert info["seconds"] == pytest.approx(seconds, abs=0.01)
    assert info["hours"] == pytest.approx(seconds / 3600, abs=1e-4)
    assert info["speakers"] == {"Sewade": 5}
    assert {"ọ", "ẹ", "ò"} <= set(info["vocabulary"])
    assert info["orthography"]["clips"] == 5
    removed = {entry["unit"] for entry in info["orthography"]["removed"]}
    assert "," in removed  # the prompts' commas are set aside by the default text settings
    code, out, _ = _run(capsys, "info", str(proj))
    whole = int(round(seconds))
    assert f"Audio:      0:00:{whole:02d} ({seconds / 3600:.4f} h)" in out
    assert "Speakers:   1: Sewade (5)" in out
    assert "Orthography report: 5 transcripts" in out


def test_failures_exit_nonzero_with_one_line(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "new", str(tmp_path / "p"), "--language", "Yoruba", "--name", "x")
    assert code == 1 and err.count("\n") == 1 and "ISO 639-3" in err
    code, _, err = _run(capsys, "info", str(tmp_path / "nothing"))
    assert code == 1 and "no project folder" in err
    _run(capsys, "new", str(tmp_path / "p"), "--language", "abz", "--name", "x")
    (tmp_path / "empty.txt").write_text("")
    wav(tmp_path / "a.wav", 0.3)
    code, out, _ = _run(capsys, "import", str(tmp_path / "p"), str(tmp_path / "a.wav"))
    assert code == 1
    assert "Imported 0 clip(s)" in out and "a.wav: No transcript" in out


def test_progress_line_on_a_terminal_and_in_a_log() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    state = CliTaskState(stream=tty)
    state.set_status("Importing 4 clip(s)…")
    for done in range(5):
        state.set_progress(done / 4)
    state.finish()
    assert "\r" in tty.getvalue() and "100.0%" in tty.getvalue() and "ETA" in tty.getvalue()
    log = io.StringIO()
    state = CliTaskState(stream=log, log_interval=3600)
    state.set_status("Importing")
    for done in range(101):
        state.set_progress(done / 100)
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue()
    assert len(lines) == 2 and lines[-1].startswith("[####") and "100.0%" in lines[-1]


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many")
    for i in range(MANY):
        wav(folder / f"clip{i:05d}.wav", 0.5, text=f"clip number {i}")
    return folder


def _start_import(proj: Path, source: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "mms_studio", "import", str(proj), str(source)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _wait_for_wavs(proj: Path, proc: subprocess.Popen, count: int) -> None:
    """Until `count` WAVs are in clips/ (the import is under way), without timing anything."""
    deadline = time.monotonic() + 300
    while sum(1 for p in (proj / "clips").glob("*.wav")) < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the import never started"
        time.sleep(0.005)


def _check_whole(proj: Path) -> int:
    with Project.open(proj) as project:
        clips = project.clips()
        assert all(c.status == "ok" for c in clips)
        for clip in clips:
            info = sf.info(project.audio_path(clip))
            assert info.frames == round(clip.duration * 16000)
            assert info.frames == 8000
        wavs = sorted(p.name for p in (proj / "clips").glob("*.wav"))
        assert wavs == sorted(f"{c.id}.wav" for c in clips)  # no extra files count as clips
        assert not [p for p in (proj / "clips").iterdir() if p.name.startswith(".")
                    and p.name != ".orphans"]
        return len(clips)


def test_a_killed_import_leaves_only_whole_clips_and_can_be_finished(tmp_path: Path, many: Path,
                                                                     capsys) -> None:
    proj = tmp_path / "p"
    Project.create(proj, language="abz", name="Kill").close()
    proc = _start_import(proj, many)
    _wait_for_wavs(proj, proc, 20)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    kept = _check_whole(proj)  # opens: the dead process's lock is gone
    assert 0 < kept < MANY
    code, out, _ = _run(capsys, "import", str(proj), str(many))
    assert code == 0
    assert f"Imported {MANY - kept} clip(s)" in out
    with Project.open(proj) as project:
        transcripts = sorted(c.transcript for c in project.clips())
    assert transcripts == sorted(f"clip number {i}" for i in range(MANY))


def test_ctrl_c_stops_an_import_and_keeps_what_it_finished(tmp_path: Path, many: Path) -> None:
    proj = tmp_path / "p"
    Project.create(proj, language="abz", name="Stop").close()
    proc = _start_import(proj, many)
    _wait_for_wavs(proj, proc, 20)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Stopping after the current step" in err
    kept = _check_whole(proj)
    assert 0 < kept < MANY
    assert out.startswith(f"Imported {kept} clip(s)")
    assert f"Import stopped: {kept} clip(s) were kept." in err
    with sqlite3.connect(proj / "project.db") as db:
        assert db.execute("SELECT count(*) FROM clips").fetchone() == (kept,)
    db.close()

"""A process killed inside any atomic write leaves its temporary file; the next open
deletes and reports it, and touches nothing else (found by the kill campaign)."""

from __future__ import annotations

from pathlib import Path

from mms_studio.core.project import Project


def test_open_deletes_and_reports_temporary_files_of_killed_writes(tmp_path: Path) -> None:
    root = tmp_path / "p"
    Project.create(root, language="xsy", name="Sweep").close()
    left = [root / ".project.json.k2j3h4g5.tmp",
            root / "runs" / "xsy-1" / "checkpoint" / ".adapter-000002.safetensors.a_9z8y7x.safetensors",
            root / "adapters" / "xsy-1" / ".vocab.json.0abcdefg.tmp"]
    kept = [root / ".DS_Store", root / "exports" / ".notes.txt", root / "runs" / "notes.tmp",
            root / "recordings" / "20260101-a" / ".take.k2j3h4g5.wav"]
    for path in left + kept:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half")
    with Project.open(root) as project:
        swept = project.swept
    assert not any(path.exists() for path in left)
    assert all(path.exists() for path in kept)
    assert sorted(swept) == sorted(f"deleted the unfinished file {p.relative_to(root).as_posix()}"
                                   for p in left)

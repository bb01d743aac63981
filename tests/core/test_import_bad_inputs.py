"""Every bad input becomes a report line with its reason; an import that fails leaves no trace."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.errors import ImportFailedError
from mms_studio.core.importing.plan import ImportOptions
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from tests.core.project_factory import snapshot, tone, wav


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p", language="abz", name="A") as p:
        p.add_clip(tone(0.5), transcript="already here", speaker="SL")
        yield p


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    """A folder of broken recordings and a table of broken rows, each named by its fault."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "corrupt.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt garbage" * 20)
    (folder / "corrupt.txt").write_text("corrupt", encoding="utf-8")
    (folder / "zero.wav").write_bytes(b"")
    (folder / "zero.txt").write_text("zero", encoding="utf-8")
    nan = tone(0.5)
    nan[100] = np.nan
    sf.write(folder / "nan.wav", nan, 16000, subtype="FLOAT")
    (folder / "nan.txt").write_text("nan", encoding="utf-8")
    wav(folder / "silent-text.wav", 0.5, text="  ...  ")
    wav(folder / "no-sidecar.wav", 0.5)
    (folder / "fake.m4a").write_bytes(b"\x00\x00\x00\x18ftypM4A " + bytes(200))
    wav(folder / "sub" / "quiet.wav", 0.5)
    wav(tmp_path / "outside.wav", 0.5)
    (folder / "list.csv").write_text(
        "file,transcript\n"
        "fake.m4a,unsupported\n"
        "missing.wav,not there\n"
        "../outside.wav,escapes\n"
        f"{tmp_path / 'outside.wav'},absolute\n"
        "sub/quiet.wav,?!\n"
        "sub/quiet.wav,\n"
        ",no file\n", encoding="utf-8")
    return folder


REASONS = {
    "corrupt.wav": "damaged",
    "zero.wav": "empty (0 bytes)",
    "nan.wav": "invalid sample values",
    "silent-text.wav": "transcript is empty",
    "no-sidecar.wav": "No transcript",
    "list.csv line 2": "cannot read",           # unsupported format
    "list.csv line 3": "was not found",
    "list.csv line 4": "outside the table's folder",
    "list.csv line 5": "outside the table's folder",
    "list.csv line 6": "transcript is empty",   # empty once punctuation is set aside
    "list.csv line 7": "transcript for 'sub/quiet.wav' is empty",
    "list.csv line 8": "No audio file is named",
}


def test_each_bad_input_has_its_reason_and_nothing_changes(project: Project, bad: Path) -> None:
    before = snapshot(project.root)
    report = import_sources(project, [bad, bad.parent / "nowhere", bad / "fake.m4a"])
    assert report.imported == []
    reasons = {Path(s.where).name if "line" not in s.where else s.where: s.reason
               for s in report.skipped}
    for where, reason in REASONS.items():
        assert where in reasons, f"{where} missing from {sorted(reasons)}"
        assert reason in reasons[where], (where, reasons[where])
    assert "does not exist" in reasons["nowhere"]
    assert "cannot import this kind of file" in reasons["fake.m4a"]
    assert snapshot(project.root) == before
    text = report.to_text()
    assert text.startswith("Imported 0 clip(s)")
    assert "list.csv line 4: The audio path '../outside.wav' points outside" in text


def test_good_clips_import_beside_bad_ones(project: Project, bad: Path) -> None:
    wav(bad / "good.wav", 0.8, text="hekaai dining")
    report = import_sources(project, [bad], ImportOptions(speaker="SL", split="train"))
    assert [c.transcript for c in report.imported] == ["hekaai dining"]
    clip = report.imported[0]
    assert (clip.speaker, clip.split) == ("SL", "train")
    assert len(report.skipped) >= len(REASONS)


def test_a_bad_forced_split_is_refused_before_anything(project: Project, bad: Path) -> None:
    before = snapshot(project.root)
    with pytest.raises(ImportFailedError, match="not a split"):
        import_sources(project, [bad], ImportOptions(split="validation"))
    assert snapshot(project.root) == before

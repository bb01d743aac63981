"""The real recordings in shared/data/clips import, with the right transcripts and hours."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
import soundfile as sf

from mms_studio.core.importing.plan import ImportOptions
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from mms_studio.core.tasks import RecordingTaskState


def _listed(clips_root: Path) -> dict[Path, str]:
    """Every recording named in a transcripts.tsv, with its transcript."""
    out = {}
    for table in sorted(clips_root.glob("*/transcripts.tsv")):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                out[(table.parent / row["file"]).absolute()] = row["transcript"]
    return out


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "p", language="yor", name="Shared clips") as p:
        yield p


def test_the_clips_folder_imports_whole(project: Project, shared_data: Path) -> None:
    clips_root = shared_data / "clips"
    listed = _listed(clips_root)
    assert len(listed) >= 15
    state = RecordingTaskState()
    report = import_sources(project, [clips_root], ImportOptions(), state)
    by_media = {Path(c.media): c for c in report.imported}
    assert set(by_media) == set(listed)
    for media, text in listed.items():
        clip = by_media[media]
        assert clip.transcript == unicodedata.normalize("NFC", " ".join(text.split()))
        expected = sf.info(media).duration
        assert clip.duration == pytest.approx(expected, abs=0.05), media.name
        info = sf.info(project.audio_path(clip))
        assert (info.samplerate, info.channels) == (16000, 1)
    # the ru.wav listed in both ru.csv and transcripts.tsv, and the .lab files beside the
    # mfa recordings, do not make duplicates
    assert len(project.clips()) == len(listed)
    assert any("listed twice" in s.reason for s in report.skipped)
    total = sum(sf.info(m).duration for m in listed)
    assert project.stats().seconds == pytest.approx(total, abs=0.05 * len(listed))
    assert state.progress[-1] == 1.0
    assert len([p for p in state.partials if hasattr(p, "transcript")]) == len(listed)


def test_lab_sidecars_are_read_for_single_files(project: Project, shared_data: Path) -> None:
    mfa = shared_data / "clips" / "mfa"
    sources = sorted(mfa.glob("se10x016*.wav")) + [mfa / "61-70968-0000.flac"]
    report = import_sources(project, sources)
    assert len(report.imported) == 5 and not report.skipped
    flac = next(c for c in report.imported if c.media.endswith(".flac"))
    assert flac.transcript == (mfa / "61-70968-0000.lab").read_text(encoding="utf-8").strip()
    assert flac.duration == pytest.approx(4.905, abs=0.01)


def test_importing_again_adds_nothing(project: Project, shared_data: Path) -> None:
    folder = shared_data / "clips" / "yoruba_speech_project"
    first = import_sources(project, [folder])
    assert len(first.imported) == 5
    second = import_sources(project, [folder])
    assert second.imported == []
    assert sum("Already in the project" in s.reason for s in second.skipped) == 5
    assert len(project.clips()) == 5

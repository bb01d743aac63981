"""The project store: settings, clips, soft delete, stats, and recovery after a crash."""

from __future__ import annotations

import json
import threading
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.errors import (
    AudioError,
    EmptyAudioError,
    InvalidSamplesError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
    TranscriptError,
)
from mms_studio.core.project import Project, ProjectSettings
from mms_studio.core.text import TextSettings
from tests.core.project_factory import snapshot, tone, wav


@pytest.fixture
def project(tmp_path: Path):
    with Project.create(tmp_path / "proj", language="abz", name="Abui stories") as p:
        yield p


def test_create_lays_out_a_folder_readable_without_the_app(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    with Project.create(root, language="yor", name=" Yoruba  ") as project:
        assert project.root == root
        for folder in ("clips", "runs", "adapters", "exports"):
            assert (root / folder).is_dir()
    data = json.loads((root / "project.json").read_text(encoding="utf-8"))
    assert data["language"] == "yor"
    assert data["name"] == "Yoruba"
    assert data["base_model"] == "facebook/mms-1b-all"
    assert data["schema_version"] == 3
    assert data["text"] == TextSettings().to_dict()
    assert data["created"] and data["app_version"]
    assert (root / "project.db").is_file()


@pytest.mark.parametrize("code", ["en", "ENG", "yo1", "abcd", "", "ab z"])
def test_language_must_be_an_iso_639_3_code(tmp_path: Path, code: str) -> None:
    with pytest.raises(ProjectError, match="ISO 639-3"):
        Project.create(tmp_path / "p", language=code, name="x")
    assert not (tmp_path / "p" / "project.json").exists()


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ProjectExistsError):
        Project.create(tmp_path, language="abz", name="x")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_open_something_that_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError, match="not an MMS Studio project"):
        Project.open(tmp_path)
    with pytest.raises(ProjectNotFoundError):
        Project.open(tmp_path / "missing")


def test_settings_round_trip_through_project_json(tmp_path: Path) -> None:
    text = TextSettings(case_fold=True, remove_chars="*", replacements=(("ng", "ŋ"),))
    with Project.create(tmp_path / "p", language="abz", name="A", base_model="some/model",
                        text=text) as project:
        first = project.settings
        changed = project.update_settings(name="Abui", language="yor")
        assert project.normalizer.settings == text
    with Project.open(tmp_path / "p") as project:
        assert project.settings == changed
        assert project.settings.text == text
        assert project.settings.created == first.created
        assert project.settings.base_model == "some/model"
        with pytest.raises(ProjectError):
            project.update_settings(language="Yoruba")
        with pytest.raises(ProjectError):
            project.update_settings(created="yesterday")
        assert project.settings == changed
    assert ProjectSettings.from_dict(changed.to_dict()) == changed


def test_damaged_settings_file_is_a_clear_error(tmp_path: Path) -> None:
    Project.create(tmp_path / "p", language="abz", name="A").close()
    (tmp_path / "p" / "project.json").write_text("{not json")
    with pytest.raises(ProjectError, match="damaged"):
        Project.open(tmp_path / "p")


def test_add_clip_from_samples(project: Project) -> None:
    clip = project.add_clip(tone(1.5), transcript="  amakaang  di\nkaai ", speaker="SL")
    assert len(clip.id) == 32
    assert clip.audio == f"clips/{clip.id}.wav"
    assert clip.transcript == "amakaang di kaai"
    assert clip.speaker == "SL" and clip.split is None and clip.status == "ok"
    assert clip.duration == pytest.approx(1.5)
    data, sr = sf.read(project.audio_path(clip))
    assert sr == 16000 and data.ndim == 1 and len(data) == 24000
    assert project.clips() == [clip]


def test_transcripts_are_stored_nfc(project: Project) -> None:
    decomposed = unicodedata.normalize("NFD", "ọrọ ìyànjù")
    clip = project.add_clip(tone(0.5), transcript=decomposed)
    assert clip.transcript == unicodedata.normalize("NFC", decomposed) != decomposed
    updated = project.update_clip(clip.id, transcript=unicodedata.normalize("NFD", "parẹ"))
    assert updated.transcript == unicodedata.normalize("NFC", "parẹ")


@pytest.mark.parametrize("samples, error", [
    (np.zeros(0, dtype=np.float32), EmptyAudioError),
    (np.array([0.1, np.nan, 0.2], dtype=np.float32), InvalidSamplesError),
])
def test_bad_samples_change_nothing(project: Project, samples: np.ndarray, error: type) -> None:
    before = snapshot(project.root)
    with pytest.raises(error):
        project.add_clip(samples, transcript="hello")
    assert snapshot(project.root) == before


@pytest.mark.parametrize("text", ["", "   ", "...!?", "— «» ,"])
def test_empty_transcript_after_normalisation_is_refused(project: Project, text: str) -> None:
    before = snapshot(project.root)
    with pytest.raises(TranscriptError, match="empty"):
        project.add_clip(tone(0.5), transcript=text)
    assert snapshot(project.root) == before


def test_add_clip_from_file_converts_and_cuts(project: Project, tmp_path: Path) -> None:
    src = tmp_path / "long.wav"
    sf.write(src, tone(4.0, sr=44100), 44100)
    clip = project.add_clip_from_file(src, transcript="a cut", start=1.0, end=2.5, speaker="SL")
    info = sf.info(project.audio_path(clip))
    assert (info.samplerate, info.channels, info.subtype) == (16000, 1, "PCM_16")
    assert info.duration == pytest.approx(1.5, abs=1e-3)
    assert clip.duration == pytest.approx(info.duration, abs=1e-3)
    assert clip.source == str(src) and clip.media == str(src)
    assert (clip.media_start, clip.media_end) == (1.0, 2.5)
    assert project.has_media(src, 1.0, 2.5) and not project.has_media(src, None, None)
    assert src.is_file()  # originals are only read


def test_cut_past_the_end_of_the_recording(project: Project, tmp_path: Path) -> None:
    src = wav(tmp_path / "short.wav", 2.0)
    before = snapshot(project.root)
    with pytest.raises(AudioError, match="past the end"):
        project.add_clip_from_file(src, transcript="x", start=1.0, end=4.0)
    with pytest.raises(EmptyAudioError):
        project.add_clip_from_file(src, transcript="x", start=2.2, end=2.4)
    assert snapshot(project.root) == before
    # a small overshoot (rounded annotation times) is clamped, not refused
    clip = project.add_clip_from_file(src, transcript="x", start=1.0, end=2.3)
    assert clip.duration == pytest.approx(1.0, abs=1e-3)


def test_update_changes_only_given_fields(project: Project) -> None:
    clip = project.add_clip(tone(0.5), transcript="one", speaker="A", split="train")
    updated = project.update_clip(clip.id, split="dev")
    assert (updated.transcript, updated.speaker, updated.split) == ("one", "A", "dev")
    cleared = project.update_clip(clip.id, speaker=None)
    assert cleared.speaker is None and cleared.split == "dev"
    with pytest.raises(ProjectError):
        project.update_clip(clip.id, split="validation")
    with pytest.raises(ProjectError):
        project.update_clip(clip.id, status="gone")
    with pytest.raises(TranscriptError):
        project.update_clip(clip.id, transcript="  ")
    assert project.clip(clip.id) == cleared
    with pytest.raises(ProjectError, match="no clip"):
        project.update_clip("nope", split="dev")


def test_soft_delete_and_restore_keep_everything(project: Project) -> None:
    keep = project.add_clip(tone(0.5), transcript="keep")
    review = project.add_clip(tone(0.7), transcript="check me", status="needs_review")
    project.delete_clip(review.id)
    assert [c.id for c in project.clips()] == [keep.id]
    assert project.clip(review.id).status == "deleted"
    assert project.audio_path(review).is_file()
    assert {c.id for c in project.clips(include_deleted=True)} == {keep.id, review.id}
    assert [c.id for c in project.clips(status="deleted")] == [review.id]
    assert project.stats().clips == 1
    assert project.restore_clip(review.id).status == "needs_review"
    assert project.stats().clips == 2


def test_filters_and_stats(project: Project) -> None:
    project.add_clip(tone(1.0), transcript="a", speaker="A", split="train")
    project.add_clip(tone(2.0), transcript="b", speaker="A", split="dev")
    project.add_clip(tone(0.5), transcript="c", split="train")
    gone = project.add_clip(tone(3.0), transcript="d", speaker="B")
    project.delete_clip(gone.id)
    assert [c.transcript for c in project.clips(split="train")] == ["a", "c"]
    assert [c.transcript for c in project.clips(speaker="A")] == ["a", "b"]
    stats = project.stats()
    assert stats.clips == 3
    assert stats.seconds == pytest.approx(3.5)
    assert stats.speakers == {"": 1, "A": 2}
    assert stats.splits == {"train": 2, "dev": 1}
    assert stats.statuses == {"ok": 3}


def test_recovery_sweeps_orphans_and_temp_files_and_flags_lost_audio(tmp_path: Path) -> None:
    root = tmp_path / "p"
    with Project.create(root, language="abz", name="A") as project:
        kept = project.add_clip(tone(0.5), transcript="kept")
        lost = project.add_clip(tone(0.5), transcript="lost")
    # what a crash (or a person) can leave behind
    orphan = wav(root / "clips" / "0123456789abcdef0123456789abcdef.wav", 0.3)
    temp = root / "clips" / ".feedfacefeedfacefeedfacefeedface.wav.x1y2.wav"
    temp.write_bytes(b"RIFF....half a file")
    (root / "clips" / f"{lost.id}.wav").unlink()
    with Project.open(root) as project:
        assert not temp.exists()
        assert not orphan.exists()
        assert (root / "clips" / ".orphans" / orphan.name).is_file()
        assert project.clip(kept.id).status == "ok"
        assert project.clip(lost.id).status == "needs_review"
        assert project.clip(lost.id).transcript == "lost"
        assert len(project.swept) == 3


def test_reads_and_writes_from_several_threads(project: Project) -> None:
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for i in range(20):
                project.add_clip(tone(0.1), transcript=f"clip {i}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    seen = 0
    while thread.is_alive():
        seen = max(seen, len(project.clips()))
    thread.join()
    assert not errors
    assert len(project.clips()) == 20 and seen <= 20


def test_a_damaged_database_is_a_clear_error_and_releases_the_lock(tmp_path: Path) -> None:
    root = tmp_path / "p"
    Project.create(root, language="abz", name="A").close()
    for leftover in ("project.db-wal", "project.db-shm"):
        (root / leftover).unlink(missing_ok=True)
    (root / "project.db").write_bytes(b"this is not a database" * 100)
    for _ in range(2):  # the second try meets the same error, not a lock
        with pytest.raises(ProjectError, match="cannot be read"):
            Project.open(root)

"""Common Voice releases and Hugging Face audiofolder datasets: import, and export read back
by `datasets` itself."""

from __future__ import annotations

import csv
import shutil

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.errors import Cancelled, FormatError
from mms_studio.core.formats.audiofolder import export_audiofolder, plan_audiofolder
from mms_studio.core.formats.commonvoice import plan_common_voice, read_tsv
from mms_studio.core.importing.plan import ImportOptions
from mms_studio.core.tasks import RecordingTaskState

CV = "annotations/coqui-tts"


def mp3(path, seconds=0.5):
    path.parent.mkdir(parents=True, exist_ok=True)
    t = np.arange(int(seconds * 16000)) / 16000
    sf.write(path, (0.1 * np.sin(2 * np.pi * 300 * t)).astype(np.float32), 16000)
    return path


def test_common_voice_split_tables_keep_split_and_client_id(tmp_path, shared_data):
    release = tmp_path / "cv-corpus-en"
    release.mkdir()
    shutil.copy(shared_data / CV / "common_voice.tsv", release / "dev.tsv")
    rows = read_tsv(release / "dev.tsv")
    for row in rows[:-1]:   # the last recording is missing from clips/
        mp3(release / "clips" / row["path"])
    plan = plan_common_voice(release, ImportOptions())
    assert [c.transcript for c in plan.clips] == [r["sentence"] for r in rows[:-1]]
    assert plan.clips[0].transcript == ("The applicants are invited for coffee and visa is "
                                        "given immediately.")
    assert {c.split for c in plan.clips} == {"dev"}
    assert [c.speaker for c in plan.clips] == [r["client_id"] for r in rows[:-1]]
    assert len(plan.skipped) == 1 and rows[-1]["path"] in plan.skipped[0].reason


def test_old_common_voice_layout_with_bare_hashes(tmp_path, shared_data):
    release = tmp_path / "cv_de"
    release.mkdir()
    shutil.copy(shared_data / CV / "d1a7ad54" / "common_voice.tsv", release / "validated.tsv")
    rows = read_tsv(release / "validated.tsv")
    for row in rows:
        mp3(release / "clips" / f"{row['path']}.mp3")
    plan = plan_common_voice(release, ImportOptions(split="train"))
    assert len(plan.clips) == 9 and plan.skipped == []
    assert any("ß" in c.transcript or "ä" in c.transcript for c in plan.clips)
    assert {c.split for c in plan.clips} == {"train"}


def test_common_voice_refuses_paths_outside_clips_and_bad_tables(tmp_path):
    release = tmp_path / "cv"
    mp3(tmp_path / "secret.mp3")
    (release / "clips").mkdir(parents=True)
    (release / "validated.tsv").write_text("client_id\tpath\tsentence\nabc\t../../secret.mp3\t"
                                           "hi \"there\"\n", encoding="utf-8")
    plan = plan_common_voice(release, ImportOptions())
    assert plan.clips == [] and "outside the clips folder" in plan.skipped[0].reason
    (release / "validated.tsv").write_text("who\twhat\nx\ty\n", encoding="utf-8")
    with pytest.raises(FormatError, match="client_id, path, sentence"):
        plan_common_voice(release, ImportOptions())
    (release / "validated.tsv").unlink()
    with pytest.raises(FormatError, match="not a Common Voice release"):
        plan_common_voice(release, ImportOptions())


def test_audiofolder_with_split_folders_and_split_column(tmp_path):
    data = tmp_path / "ds"
    for split in ("train", "validation"):
        mp3(data / split / "a.mp3")
        (data / split / "metadata.csv").write_text(
            f"file_name,sentence,speaker_id\na.mp3,{split} words,S1\n", encoding="utf-8")
    mp3(data / "clips" / "b.wav")
    (data / "metadata.csv").write_text(
        "file_name,transcription,split\nclips/b.wav,\"top, level\",test\nclips/none.wav,x,\n"
        "../escape.wav,y,\nclips/b.wav,,train\n", encoding="utf-8")
    plan = plan_audiofolder(data, ImportOptions())
    assert [(c.media.name, c.transcript, c.split, c.speaker) for c in plan.clips] == [
        ("b.wav", "top, level", "test", None), ("a.mp3", "train words", "train", "S1"),
        ("a.mp3", "validation words", "dev", "S1")]
    reasons = " ".join(s.reason for s in plan.skipped)
    assert "missing or not a recording" in reasons and "outside the dataset" in reasons
    assert "transcription is empty" in reasons


def test_audiofolder_without_text_column(tmp_path):
    (tmp_path / "metadata.csv").write_text("file_name,notes\na.wav,x\n", encoding="utf-8")
    with pytest.raises(FormatError, match="transcription"):
        plan_audiofolder(tmp_path, ImportOptions())


@pytest.fixture
def project(tmp_path):
    from mms_studio.core.project import Project

    project = Project.create(tmp_path / "proj", language="abz", name="Export test")
    rng = np.random.default_rng(0)
    for i, (text, speaker, split) in enumerate([
            ("néda ama", "SL", "train"), ("हिन्दी, \"quoted\"", "F4", "dev"),
            ("ở địa bàn", None, "test"), ("unassigned one", "SL", None)]):
        samples = (0.1 * rng.standard_normal(8000 + 1600 * i)).astype(np.float32)
        project.add_clip(samples, transcript=text, speaker=speaker, split=split)
    review = project.add_clip(np.zeros(8000, np.float32) + 0.01, transcript="unsure")
    project.update_clip(review.id, status="needs_review")
    gone = project.add_clip(np.zeros(8000, np.float32) + 0.01, transcript="deleted")
    project.delete_clip(gone.id)
    yield project
    project.close()


def _read_with_datasets_audiofolder(folder):
    """Rows as `datasets`' audiofolder builder pairs them (files found, metadata joined).

    `load_dataset("audiofolder")` cannot finish here: datasets 5 encodes every
    Audio example with torchcodec (FFmpeg), which is not installed, even with
    `Audio(decode=False)`. So the builder's own split generation and example
    generation are run, which is everything except writing the Arrow cache.
    """
    import datasets

    builder = datasets.load_dataset_builder("audiofolder", data_dir=str(folder))
    rows = {}
    for generator in builder._split_generators(datasets.DownloadManager()):
        rows[str(generator.name)] = [example for _key, example in
                                     builder._generate_examples(**generator.gen_kwargs)]
    assert isinstance(builder.info.features["audio"], datasets.Audio)
    assert set(builder.info.features) == {"audio", "transcription", "speaker", "split",
                                          "duration"}
    return rows


def test_export_is_read_by_datasets_audiofolder(tmp_path, project):
    out = tmp_path / "export"
    state = RecordingTaskState()
    report = export_audiofolder(project, out, state=state)
    assert report.written == 4 and report.left_out == {"needs_review": 1, "deleted": 1}
    assert state.progress[-1] == 1.0
    rows = _read_with_datasets_audiofolder(out)
    assert list(rows) == ["train"]   # one table; the split column says train/dev/test
    clips = {c.transcript: c for c in project.clips(status="ok")}
    assert sorted(r["transcription"] for r in rows["train"]) == sorted(clips)
    for row in rows["train"]:
        clip = clips[row["transcription"]]
        assert row["split"] == clip.split
        assert row["speaker"] == clip.speaker
        assert row["duration"] == pytest.approx(clip.duration, abs=1e-3)
        samples, sr = sf.read(row["audio"], dtype="float32")
        original, _ = sf.read(project.audio_path(clip), dtype="float32")
        assert sr == 16000 and np.array_equal(samples, original)


def test_export_then_import_round_trip(tmp_path, project):
    out = tmp_path / "export"
    export_audiofolder(project, out)
    plan = plan_audiofolder(out, ImportOptions())
    got = sorted((c.transcript, c.speaker, c.split) for c in plan.clips)
    want = sorted((c.transcript, c.speaker, c.split) for c in project.clips(status="ok"))
    assert got == want


def test_export_refuses_a_folder_with_other_files_and_reexport_drops_stale_audio(tmp_path,
                                                                                project):
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(FormatError, match="not empty"):
        export_audiofolder(project, busy)
    assert [p.name for p in busy.iterdir()] == ["thesis.docx"]
    out = tmp_path / "export"
    export_audiofolder(project, out, include_review=True)
    assert len(list((out / "audio").glob("*.wav"))) == 5
    export_audiofolder(project, out)
    assert len(list((out / "audio").glob("*.wav"))) == 4
    with open(out / "metadata.csv", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 4


def test_cancel_keeps_a_usable_smaller_dataset(tmp_path, project):
    state = RecordingTaskState(cancel_when=lambda s: len(s.progress) >= 2)
    out = tmp_path / "export"
    with pytest.raises(Cancelled, match="2 clip"):
        export_audiofolder(project, out, state=state)
    with open(out / "metadata.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2
    assert sorted(p.name for p in (out / "audio").iterdir()) == sorted(
        r["file_name"].split("/")[1] for r in rows)


def test_export_to_an_impossible_place_is_a_clear_error(tmp_path, project):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="could not be written"):
        export_audiofolder(project, blocker / "ds")


def test_exported_dataset_imports_into_a_new_project(tmp_path, project):
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources

    export_audiofolder(project, tmp_path / "export")
    with Project.create(tmp_path / "copy", language="abz", name="Copy") as copy:
        report = import_sources(copy, [tmp_path / "export"])
        assert len(report.imported) == 4
        got = sorted((c.transcript, c.speaker, c.split, round(c.duration, 3))
                     for c in copy.clips())
    want = sorted((c.transcript, c.speaker, c.split, round(c.duration, 3))
                  for c in project.clips(status="ok"))
    assert got == want

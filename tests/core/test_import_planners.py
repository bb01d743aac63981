"""Planners for loose files, folders and tables, and the registry that picks them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.importing import registry
from mms_studio.core.importing.plan import ImportOptions, ImportPlan
from mms_studio.core.importing.tables import resolve_inside
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources
from tests.core.project_factory import snapshot, wav

OPTS = ImportOptions()


def test_deepspeech_csv_with_utf8_bom_and_semicolons(tmp_path: Path) -> None:
    wav(tmp_path / "a.wav")
    wav(tmp_path / "b.wav")
    (tmp_path / "ds.csv").write_text("wav_filename,wav_filesize,transcript\na.wav,0,first one\n",
                                     encoding="utf-8-sig")
    (tmp_path / "semi.csv").write_text("Audio;Sentence;Client_ID\nb.wav;second, with comma;spk9\n",
                                       encoding="utf-8")
    plan = registry.plan_source(tmp_path / "ds.csv", OPTS)
    assert [(c.media.name, c.transcript) for c in plan.clips] == [("a.wav", "first one")]
    plan = registry.plan_source(tmp_path / "semi.csv", OPTS)
    clip = plan.clips[0]
    assert (clip.media.name, clip.transcript, clip.speaker) == ("b.wav", "second, with comma", "spk9")
    assert clip.source == "semi.csv line 2"


def test_named_columns_windows_separators_and_cuts(tmp_path: Path) -> None:
    wav(tmp_path / "wavs" / "long.wav", 3.0)
    (tmp_path / "t.tsv").write_text(
        "recording_name\twords\twho\tstart\tend\n"
        "wavs\\long.wav\tone two\tA\t0.5\t1.5\n"
        "wavs/long.wav\tthree\tB\t1.5\tx\n", encoding="utf-8")
    options = ImportOptions(file_column="Recording Name", text_column="words",
                            speaker_column="who", speaker=None)
    plan = registry.plan_source(tmp_path / "t.tsv", options)
    assert [(c.start, c.end, c.speaker) for c in plan.clips] == [(0.5, 1.5, "A")]
    assert plan.clips[0].media == tmp_path / "wavs" / "long.wav"
    assert "not a number of seconds" in plan.skipped[0].reason
    forced = registry.plan_source(tmp_path / "t.tsv", ImportOptions(
        file_column="recording_name", text_column="words", speaker="Z", split="dev"))
    assert (forced.clips[0].speaker, forced.clips[0].split) == ("Z", "dev")


def test_a_table_without_the_needed_columns_says_which(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("name,age\nx,3\n", encoding="utf-8")
    plan = registry.plan_source(tmp_path / "notes.csv", OPTS)
    assert plan.clips == []
    assert "No audio file column found" in plan.skipped[0].reason
    assert "name, age" in plan.skipped[0].reason
    (tmp_path / "latin1.csv").write_bytes("file,text\na.wav,caf\xe9\n".encode("latin-1"))
    assert "not UTF-8" in registry.plan_source(tmp_path / "latin1.csv", OPTS).skipped[0].reason


@pytest.mark.parametrize("written, inside", [
    ("a.wav", True), ("sub/../a.wav", True), ("./sub/a.wav", True), ("sub\\a.wav", True),
    ("../a.wav", False), ("sub/../../a.wav", False), ("/etc/passwd", False),
    ("C:\\Users\\a.wav", False), ("..", False), ("\\\\server\\share\\a.wav", False),
])
def test_table_paths_may_not_leave_the_table_folder(tmp_path: Path, written: str,
                                                    inside: bool) -> None:
    result = resolve_inside(tmp_path, written)
    assert (result is not None) == inside
    if result is not None:
        assert tmp_path in (result, *result.parents)


def test_folder_recursion_sorted_hidden_ignored_no_duplicates(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    wav(root / "b" / "z.wav", 0.3, text="zed")
    wav(root / "a" / "y.wav", 0.3, text="why", sidecar=".lab")
    wav(root / ".trash" / "x.wav", 0.3, text="hidden")
    wav(root / "._y.wav", 0.3)
    (root / "metadata.tsv").write_text("file\ttext\nwavs/1.wav\tone\nwavs/2.wav\ttwo\n",
                                       encoding="utf-8")
    wav(root / "wavs" / "1.wav", 0.3, text="one from sidecar")
    wav(root / "wavs" / "2.wav", 0.3)
    (root / "readme.md").write_text("hi")
    plan = registry.plan_source(root, OPTS)
    assert [(c.media.name, c.transcript) for c in plan.clips] == [
        ("1.wav", "one"), ("2.wav", "two"), ("y.wav", "why"), ("z.wav", "zed")]
    assert [s.reason for s in plan.skipped] == [
        "1 other file(s) ignored, not recordings, transcripts or tables: readme.md."]


def test_format_planners_are_dispatched_and_failing_ones_reported(
        tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = registry.plan_source(shared_data / "abui" / "transcribed", OPTS)
    assert {c.media.name for c in plan.clips} == {f"abui_{i}.wav" for i in range(1, 5)}
    assert all(c.start is not None and c.end is not None for c in plan.clips)
    assert not any("No transcript" in s.reason for s in plan.skipped)  # the .eaf files claim them

    def refuses(path: Path, options: ImportOptions) -> ImportPlan:
        raise FormatError(f"{path.name} is damaged.")

    monkeypatch.setitem(registry.PLANNERS, "subtitles", refuses)
    (tmp_path / "talk.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nhi\n")
    plan = registry.plan_source(tmp_path / "talk.srt", OPTS)
    assert plan.clips == [] and plan.skipped[0].reason == "talk.srt is damaged."


@pytest.mark.parametrize("layout, kind", [
    ({"validated.tsv": "", "clips/": None}, "common_voice"),
    ({"train.tsv": "", "clips/": None}, "common_voice"),
    ({"metadata.csv": "file_name,transcription\n"}, "audiofolder"),
    ({"validated.tsv": ""}, "folder"),
])
def test_corpus_folders_are_recognised(tmp_path: Path, layout: dict, kind: str) -> None:
    for name, content in layout.items():
        if content is None:
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_text(content)
    assert registry.detect(tmp_path) == kind


def test_eaf_cuts_import_into_a_project(tmp_path: Path, shared_data: Path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="Abui") as project:
        before = snapshot(project.root)
        report = import_sources(project, [shared_data / "abui" / "transcribed" / "abui_4.eaf"],
                                ImportOptions(padding=0.0))
        assert [c.transcript for c in report.imported] == [
            "hekaai deina del ong hayei ba", "hepikaai deina botol homi dong yaari"]
        assert [round(c.duration, 2) for c in report.imported] == [1.91, 2.09]
        assert all(c.speaker == "SL" for c in report.imported)
        assert snapshot(project.root) != before


def test_a_folder_linking_back_to_itself_is_walked_once(tmp_path: Path) -> None:
    root = tmp_path / "c"
    wav(root / "a.wav", 0.2, text="a")
    (root / "loop").symlink_to(root, target_is_directory=True)
    plan = registry.plan_source(root, OPTS)
    assert [c.transcript for c in plan.clips] == ["a"]

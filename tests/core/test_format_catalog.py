"""The one format table: detect, the folder walk, the dialog filter and the writers agree with it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from mms_studio.core.audio import AUDIO_SUFFIXES
from mms_studio.core.formats import catalog
from mms_studio.core.formats.writers import WRITERS, get_writer
from mms_studio.core.importing import registry
from mms_studio.core.importing.plan import ImportOptions
from tests.core.project_factory import wav

OPTS = ImportOptions()


def _filter_suffixes(entry: str) -> set[str]:
    return {p[1:].casefold() for p in re.findall(r"\*\.[\w]+", entry)}


def test_the_audio_kind_is_what_the_audio_reader_reads() -> None:
    assert set(catalog.suffixes("audio")) == AUDIO_SUFFIXES
    assert len(catalog.suffixes("audio")) == len(AUDIO_SUFFIXES)


def test_reading_the_table_loads_no_audio_stack() -> None:
    """The CLI parser and the GUI read the table at start-up; it must stay cheap."""
    code = ("import sys; from mms_studio.core.formats import catalog; catalog.writer_names(); "
            "catalog.dialog_filter(); "
            "print(sorted(m for m in ('numpy', 'soundfile', 'soxr') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_every_importable_kind_has_exactly_one_planner() -> None:
    assert set(registry.PLANNERS) == set(catalog.import_kinds())


def test_writers_follow_the_table_and_write_their_kinds_suffix() -> None:
    assert tuple(WRITERS) == catalog.writer_names()
    for fmt in catalog.FORMATS:
        for name in fmt.writers:
            assert get_writer(name).extension.casefold() in fmt.suffixes, (name, fmt.kind)


def test_no_suffix_belongs_to_two_kinds() -> None:
    every = [s for fmt in catalog.FORMATS for s in fmt.suffixes]
    assert len(every) == len(set(every))
    assert all(s == s.casefold() and s.startswith(".") for s in every)


@pytest.mark.parametrize("fmt", catalog.FORMATS, ids=lambda f: f.kind)
def test_detect_names_each_suffix_in_any_case(tmp_path: Path, fmt: catalog.FileFormat) -> None:
    for suffix in fmt.suffixes:
        for name in (f"a{suffix}", f"b{suffix.upper()}"):
            (tmp_path / name).write_bytes(b"x")
            assert registry.detect(tmp_path / name) == fmt.kind


def test_the_dialog_offers_what_the_importer_reads_and_nothing_else() -> None:
    text = catalog.dialog_filter(everything="Everything", all_files="All")
    entries = text.split(";;")
    offered = _filter_suffixes(entries[0])
    importable = {s for f in catalog.FORMATS if f.imports for s in f.suffixes}
    assert offered == importable
    assert {".trs", ".aiff", ".txt", ".lab", ".textgrid", ".eaf", ".csv"} <= offered
    assert ".m4a" not in offered and ".json" not in offered
    assert AUDIO_SUFFIXES <= offered
    assert "*.TextGrid" in entries[0]                  # as Praat writes it
    assert entries[0].startswith("Everything (") and entries[1:] == ["All (*)"]


def test_an_audio_only_filter_has_one_entry_and_all_files() -> None:
    entries = catalog.dialog_filter(kinds=("audio",), everything="Audio").split(";;")
    assert len(entries) == 2
    assert _filter_suffixes(entries[0]) == AUDIO_SUFFIXES


def test_a_transcript_picked_alone_imports_its_recording(tmp_path: Path) -> None:
    wav(tmp_path / "story.wav", 0.3, text="the story")
    plan = registry.plan_source(tmp_path / "story.txt", OPTS)
    assert [(c.media.name, c.transcript) for c in plan.clips] == [("story.wav", "the story")]
    (tmp_path / "lonely.lab").write_text("no audio", encoding="utf-8")
    plan = registry.plan_source(tmp_path / "lonely.lab", OPTS)
    assert plan.clips == []
    assert plan.skipped[0].reason.startswith("No recording named lonely beside this transcript")


def test_a_folder_walk_plans_transcriber_files(tmp_path: Path) -> None:
    wav(tmp_path / "talk.wav", 2.0)
    (tmp_path / "talk.trs").write_text(
        '<?xml version="1.0"?><Trans audio_filename="talk"><Episode><Section>'
        '<Turn startTime="0" endTime="2"><Sync time="0"/>first words<Sync time="1"/>'
        'more words</Turn></Section></Episode></Trans>', encoding="utf-8")
    plan = registry.plan_source(tmp_path, OPTS)
    assert [c.transcript for c in plan.clips] == ["first words", "more words"]
    assert not plan.skipped              # the recording is claimed, not "no transcript"

"""Every reader answers any almost-valid file with a plan or a typed error, never a crash.

`plan_source` is what the app and the CLI call for each file the user drops in; it
turns every `MMSStudioError` into a report line, so any other exception escaping it
is a bug (the user would see the crash dialog). The readers underneath are checked
too: a result, or an `MMSStudioError` with a sentence.

Bounded for `make test` (see `strategies.EXAMPLES`); `make fuzz` runs many more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.formats import praat_text
from mms_studio.core.formats.labels import finish
from mms_studio.core.importing.plan import ImportOptions, ImportPlan
from mms_studio.core.importing.registry import plan_source
from mms_studio.core.importing.sidecars import parse_sidecar
from tests.core.badinput.corpus import good_wav
from tests.core.fuzz.strategies import (
    FUZZ,
    corpus_table,
    elan,
    label_text,
    subtitles,
    table,
    textgrid,
    tidy_textgrid,
    tier_name,
    transcriber,
)

options = st.builds(ImportOptions,
                    tiers=st.lists(tier_name, max_size=2).map(tuple),
                    tier_indexes=st.lists(st.integers(-2, 5), max_size=2).map(tuple),
                    padding=st.sampled_from([0.0, 0.2, 1e9, -1.0]),
                    strip_markup=st.booleans())


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One folder with a short recording every fuzzed file can name (`a.wav`, `f.wav`)."""
    root = tmp_path_factory.mktemp("fuzz")
    good_wav(root / "a.wav", 1.0)
    good_wav(root / "f.wav", 1.0)
    return root


def _planned(path: Path, data: bytes, chosen: ImportOptions) -> ImportPlan:
    path.write_bytes(data)
    plan = plan_source(path, chosen)  # must never raise
    for clip in plan.clips:
        assert isinstance(clip.transcript, str)
        assert clip.start is None or clip.end is None or clip.start <= clip.end
    for skipped in plan.skipped:
        assert isinstance(skipped.reason, str) and skipped.reason
    return plan


@FUZZ
@given(data=elan(), chosen=options)
def test_elan(folder, data, chosen):
    _planned(folder / "f.eaf", data, chosen)


@FUZZ
@given(data=textgrid(), chosen=options)
def test_textgrid(folder, data, chosen):
    _planned(folder / "f.TextGrid", data, chosen)
    try:
        praat_text.parse(data.decode("utf-8", errors="replace"), "f.TextGrid")
    except MMSStudioError:
        pass


@FUZZ
@given(data=subtitles(vtt=False), chosen=options)
def test_srt(folder, data, chosen):
    _planned(folder / "f.srt", data, chosen)


@FUZZ
@given(data=subtitles(vtt=True), chosen=options)
def test_vtt(folder, data, chosen):
    _planned(folder / "f.vtt", data, chosen)


@FUZZ
@given(data=table(), chosen=options, suffix=st.sampled_from([".csv", ".tsv"]))
def test_tables(folder, data, chosen, suffix):
    _planned(folder / f"t{suffix}", data, chosen)


@FUZZ
@given(data=transcriber(), chosen=options)
def test_transcriber(folder, data, chosen):
    _planned(folder / "f.trs", data, chosen)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from(
    [".eaf", ".TextGrid", ".srt", ".vtt", ".trs", ".csv", ".tsv", ".wav", ".flac", ".txt"]))
def test_random_bytes_behind_every_suffix(folder, data, suffix):
    _planned(folder / f"r{suffix}", data, ImportOptions())


@FUZZ
@given(text=st.text(max_size=200), stem=st.sampled_from(["f000001", "story1", "a"]))
def test_sidecars_and_label_cleaning(text, stem):
    read = parse_sidecar(text, stem=stem)
    assert "\n" not in read.text
    done = finish(text, remove_markup=True)
    assert done.text == done.text.strip() and "\ufeff" not in done.text


@FUZZ
@given(text=label_text)
def test_finish_keeps_joiners(text):
    done = finish(text)
    assert done.text.count("\u200c") == text.count("\u200c")
    assert done.text.count("\u200d") == text.count("\u200d")


@FUZZ
@given(data=st.one_of(tidy_textgrid().map(lambda d: ("f.TextGrid", d)),
                      textgrid().map(lambda d: ("f.TextGrid", d)),
                      elan().map(lambda d: ("f.eaf", d)),
                      subtitles(vtt=False).map(lambda d: ("f.srt", d))),
       chosen=options)
def test_whole_import_never_crashes_and_keeps_the_project_whole(folder, tmp_path_factory, data,
                                                                 chosen):
    """Planning and applying: cuts, clip checks and the report on fuzzed files."""
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources

    name, content = data
    (folder / name).write_bytes(content)
    root = tmp_path_factory.mktemp("proj") / "p"
    with Project.create(root, language="abz", name="Fuzz") as project:
        report = import_sources(project, [folder / name], chosen)
        clips = project.clips()
        assert len(clips) == len(report.imported)
        assert all(project.audio_path(c).is_file() and c.duration > 0 for c in clips)
        assert report.to_text()
        event("clips imported" if clips else "nothing imported")


@FUZZ
@given(data=corpus_table(("client_id", "path", "sentence"), "\t"), table_name=st.sampled_from(
    ["validated.tsv", "train.tsv", "dev.tsv"]))
def test_common_voice(folder, data, table_name):
    root = folder / "cv"
    (root / "clips").mkdir(parents=True, exist_ok=True)
    if not (root / "clips" / "a.wav").exists():
        good_wav(root / "clips" / "a.wav", 0.5)
    for old in root.glob("*.tsv"):
        old.unlink()
    _planned_folder(root, table_name, data)


@FUZZ
@given(data=corpus_table(("file_name", "transcription"), ","),
       where=st.sampled_from(["metadata.csv", "train/metadata.csv"]))
def test_audiofolder(folder, data, where):
    root = folder / "af"
    root.mkdir(exist_ok=True)
    if not (root / "a.wav").exists():
        good_wav(root / "a.wav", 0.5)
    for old in root.rglob("metadata.csv"):
        old.unlink()
    (root / "train").mkdir(exist_ok=True)
    (root / "metadata.csv").write_text("file_name,transcription\n", encoding="utf-8")
    _planned_folder(root, where, data)


def _planned_folder(root: Path, table: str, data: bytes) -> None:
    (root / table).write_bytes(data)
    plan = plan_source(root, ImportOptions())  # must never raise
    for clip in plan.clips:
        assert clip.media.resolve().is_relative_to(root.resolve())

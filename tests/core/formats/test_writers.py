"""The writer registry and the plain writers (txt, json, csv)."""

from __future__ import annotations

import csv
import json

import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.writers import WRITERS, get_writer, writer_for_path
from mms_studio.core.transcript import Segment, Transcription, Word


def make_result() -> Transcription:
    return Transcription(
        segments=(
            Segment(0.5, 2.25, "néda ama", words=(Word("néda", 0.5, 1.0, 0.9),
                                                  Word("ama", 1.2, 2.25, 0.4)),
                    confidence=0.65, speaker="Ani"),
            Segment(3.0, 4.125, "हिन्दी, \"quoted\"", words=(Word("हिन्दी,", 3.0, 3.5, 0.8),
                                                         Word('"quoted"', 3.6, 4.125, 0.7)),
                    confidence=0.75),
        ),
        duration=5.0, language="abz", adapter="abz-v1", audio_path="talk.wav")


def test_registry_has_exactly_the_documented_names():
    assert list(WRITERS) == ["txt", "json", "csv", "srt", "vtt", "eaf", "TextGrid"]


@pytest.mark.parametrize("name", ["txt", "TXT", ".json", "Csv", "textgrid", "TextGrid", "EAF", "Srt", "VTT"])
def test_lookup_is_case_insensitive(name):
    assert get_writer(name).name.casefold() == name.lstrip(".").casefold()


def test_every_writer_has_its_extension():
    for name in WRITERS:
        writer = get_writer(name)
        assert writer.extension.startswith(".")
        assert writer.extension[1:].casefold() == name.casefold()


def test_unknown_format_names_the_known_ones():
    with pytest.raises(FormatError, match="txt.*TextGrid"):
        get_writer("docx")


def test_writer_for_path():
    assert writer_for_path("a/b/talk.CSV").name == "csv"
    assert writer_for_path("a/b/talk.TextGrid").name == "TextGrid"
    assert writer_for_path("x.VTT").name == "vtt"


@pytest.mark.parametrize("name", ["txt", "json", "csv", "srt", "vtt", "eaf", "TextGrid"])
def test_every_writer_is_atomic_and_refuses_unknown_options(tmp_path, name):
    target = tmp_path / f"old{get_writer(name).extension}"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(FormatError, match="colour"):
        get_writer(name).write(make_result(), target, colour="red")
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]   # no temporary left behind
    get_writer(name).write(make_result(), target)
    assert target.read_text(encoding="utf-8") != "precious"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("name", ["txt", "json", "csv", "srt", "vtt", "eaf", "TextGrid"])
def test_every_writer_accepts_an_empty_result(tmp_path, name):
    empty = Transcription(segments=(), duration=0.0, language="abz")
    out = get_writer(name).write(empty, tmp_path / f"e{get_writer(name).extension}")
    assert out.is_file()


def test_txt(tmp_path):
    out = get_writer("txt").write(make_result(), tmp_path / "t.txt", speakers=True)
    assert out.read_text(encoding="utf-8") == 'Ani: néda ama\nहिन्दी, "quoted"\n'


def test_unknown_option_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(FormatError, match="colour"):
        get_writer("txt").write(make_result(), tmp_path / "t.txt", colour="red")
    assert not list(tmp_path.iterdir())


def test_json_round_trips(tmp_path):
    result = make_result()
    out = get_writer("json").write(result, tmp_path / "t.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert Transcription.from_dict(data) == result
    assert data["text"] == result.text


@pytest.mark.parametrize("level", ["segments", "words"])
def test_csv(tmp_path, level):
    result = make_result()
    out = get_writer("csv").write(result, tmp_path / "t.csv", level=level)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    units = result.segments if level == "segments" else result.words
    assert [r["text"] for r in rows] == [u.text for u in units]
    assert [float(r["start"]) for r in rows] == [u.start for u in units]
    assert [float(r["end"]) for r in rows] == [u.end for u in units]
    assert [float(r["confidence"]) for r in rows] == pytest.approx([u.confidence for u in units],
                                                                   abs=1e-3)
    assert rows[0]["speaker"] == "Ani"
    assert list(rows[0]) == ["start", "end", "speaker", "text", "confidence"]


def test_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("precious", encoding="utf-8")
    with pytest.raises(FormatError):
        get_writer("csv").write(make_result(), target, level="paragraphs")
    assert target.read_text(encoding="utf-8") == "precious"


@pytest.mark.parametrize("name", ["txt", "eaf", "TextGrid"])
def test_unwritable_place_is_a_clear_error(tmp_path, name):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="could not be written"):
        get_writer(name).write(make_result(), blocker / f"t{get_writer(name).extension}")

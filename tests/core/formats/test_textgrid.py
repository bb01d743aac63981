"""Praat TextGrid: the real files (UTF-8/UTF-16, long/short), malformed ones, and export
read back with praatio."""

from __future__ import annotations

import shutil

import pytest
from praatio import textgrid as praat

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.textgrid import plan_textgrid, read_textgrid
from mms_studio.core.formats.writers import get_writer
from mms_studio.core.importing.plan import ImportOptions

ANN = "annotations"


def with_audio(tmp_path, shared_data, relative, kit):
    """Copy a real TextGrid into tmp_path with a tone of its length beside it."""
    source = shared_data / ANN / relative
    target = tmp_path / source.name
    shutil.copy(source, target)
    _xmin, xmax, _tiers = read_textgrid(target)
    kit.write_tone(target.with_suffix(".wav"), xmax + 0.05)
    return target


def test_vietnamese_utf16_keeps_every_diacritic(tmp_path, shared_data, kit):
    grid = with_audio(tmp_path, shared_data, "mfa/vietnamese.TextGrid", kit)
    plan = plan_textgrid(grid, ImportOptions())
    assert [c.transcript for c in plan.clips] == [
        "ở địa bàn vùng núi người dân có tập quán chăn thả trâu rông ngoài rừng"]
    assert plan.clips[0].start == pytest.approx(0.285) and plan.clips[0].end == pytest.approx(0.725)
    assert plan.clips[0].speaker == "talker"


def test_one_tier_per_speaker_and_newlines_inside_labels(tmp_path, shared_data, kit):
    grid = with_audio(tmp_path, shared_data, "mfa/michaelandsickmichael_short_tg.TextGrid", kit)
    plan = plan_textgrid(grid, ImportOptions())
    assert {c.speaker for c in plan.clips} == {"michael", "sickmichael"}
    assert len(plan.clips) == 7
    assert all("\n" not in c.transcript and c.transcript == c.transcript.strip()
               for c in plan.clips)
    only = plan_textgrid(grid, ImportOptions(tiers=("sickmichael",)))
    assert {c.speaker for c in only.clips} == {None}
    assert len(only.clips) < 7


@pytest.mark.parametrize(("relative", "tier", "first"), [
    ("crowsetta/praatIO/mary.TextGrid", "word", "mary"),                    # short, CRLF
    ("crowsetta/calhoun-et-al-2022/SubjectFocusLeilani.TextGrid", "words", "na"),  # UTF-16 BE
    ("crowsetta/parselmouth/the_north_wind_and_the_sun.short.utf16.TextGrid", "phonemes", "ð"),
])
def test_default_tier_is_the_coarsest_transcription(tmp_path, shared_data, kit, relative, tier,
                                                    first):
    grid = with_audio(tmp_path, shared_data, relative, kit)
    plan = plan_textgrid(grid, ImportOptions())
    assert plan.clips[0].transcript == first
    assert all(f"tier “{tier}”" in c.source for c in plan.clips)


def test_point_tiers_are_refused_with_a_reason(tmp_path, shared_data, kit):
    grid = with_audio(tmp_path, shared_data, "crowsetta/praatIO/mary.TextGrid", kit)
    plan = plan_textgrid(grid, ImportOptions(tiers=("pitch",)))
    assert plan.clips == [] and "point tier" in plan.skipped[0].reason
    by_index = plan_textgrid(grid, ImportOptions(tier_indexes=(0,)))
    assert by_index.clips[0].transcript == "m"


def test_real_flac_beside_the_textgrid(tmp_path, shared_data):
    shutil.copy(shared_data / ANN / "mfa" / "61-70968-0000.TextGrid", tmp_path)
    shutil.copy(shared_data / "clips" / "mfa" / "61-70968-0000.flac", tmp_path)
    plan = plan_textgrid(tmp_path / "61-70968-0000.TextGrid", ImportOptions(padding=0.2))
    [clip] = plan.clips
    assert clip.media.suffix == ".flac" and clip.speaker == "61"
    assert clip.transcript.startswith("HE BEGAN A CONFUSED COMPLAINT")
    assert clip.start == 0.0 and clip.end <= 4.905 + 0.2 + 1e-9


def test_silence_labels_are_skipped(tmp_path, kit):
    grid = praat.Textgrid(minTimestamp=0, maxTimestamp=3)
    grid.addTier(praat.IntervalTier("utterance", [(0, 0.5, "sil"), (0.5, 1.0, "hello"),
                                                  (1.0, 1.5, "<p:>"), (1.5, 2.0, "sp"),
                                                  (2.0, 2.5, "there")], 0, 3))
    grid.save(str(tmp_path / "g.TextGrid"), format="long_textgrid", includeBlankSpaces=True)
    kit.write_tone(tmp_path / "g.wav", 3.0)
    plan = plan_textgrid(tmp_path / "g.TextGrid", ImportOptions())
    assert [c.transcript for c in plan.clips] == ["hello", "there"]
    assert any("4 empty or silence" in n.text for n in plan.notes)


HEADER = 'File type = "ooTextFile"\nObject class = "TextGrid"\n\n0\n2\n<exists>\n1\n' \
         '"IntervalTier"\n"t"\n0\n2\n2\n'


@pytest.mark.parametrize(("content", "message"), [
    ((HEADER + '0\n1.5\n"a"\n1.0\n2\n"b"\n').encode(), "overlapping"),
    ((HEADER + '0\n1\n"a"\n1.5\n1.2\n"b"\n').encode(), "before it starts"),
    ((HEADER + '0\n1\n"a"\n').encode(), "damaged or incomplete"),
    (b"just some notes", "not a Praat TextGrid"),
    (b"", "not a Praat TextGrid"),
])
def test_malformed_textgrids(tmp_path, content, message):
    bad = tmp_path / "bad.TextGrid"
    bad.write_bytes(content)
    with pytest.raises(FormatError, match=message):
        plan_textgrid(bad, ImportOptions())


def test_latin1_is_read_as_praat_reads_it_and_said(tmp_path, kit):
    (tmp_path / "l.TextGrid").write_bytes((HEADER + '0\n1\n"café"\n1\n2\n"b"\n').encode("latin-1"))
    kit.write_tone(tmp_path / "l.wav", 2.0)
    plan = plan_textgrid(tmp_path / "l.TextGrid", ImportOptions())
    assert [c.transcript for c in plan.clips] == ["café", "b"]
    assert "Latin-1" in plan.notes[0].text


def test_utf16_little_endian_without_bom(tmp_path, kit):
    text = HEADER + '0\n1\n"ʔáŋ"\n1\n2\n""\n'
    (tmp_path / "le.TextGrid").write_bytes(text.encode("utf-16-le"))
    kit.write_tone(tmp_path / "le.wav", 2.0)
    assert [c.transcript for c in plan_textgrid(tmp_path / "le.TextGrid",
                                                ImportOptions()).clips] == ["ʔáŋ"]


@pytest.mark.parametrize("text_format", ["long", "short"])
def test_export_reads_back_with_praatio(tmp_path, kit, text_format):
    result = kit.sample_result()
    out = get_writer("textgrid").write(result, tmp_path / "t.TextGrid", format=text_format)
    grid = praat.openTextgrid(str(out), includeEmptyIntervals=False)
    assert grid.tierNames == ("Ani utterances", "Ani words", "Bo utterances", "Bo words")
    utterances = sorted(grid.getTier("Ani utterances").entries
                        + grid.getTier("Bo utterances").entries)
    assert [(round(e.start * 1000), round(e.end * 1000), e.label) for e in utterances] == [
        (round(s.start * 1000), round(s.end * 1000), s.text) for s in result.segments]
    words = sorted(grid.getTier("Ani words").entries + grid.getTier("Bo words").entries)
    assert [(round(e.start * 1000), round(e.end * 1000), e.label) for e in words] == [
        (round(w.start * 1000), round(min(w.end, s.end) * 1000), w.text)
        for s in result.segments for w in s.words]
    assert grid.maxTimestamp == pytest.approx(result.duration)
    short_header = out.read_text(encoding="utf-8").splitlines()[3]
    assert (short_header == "0") == (text_format == "short")


def test_export_then_import(tmp_path, kit):
    result = kit.sample_result()
    out = get_writer("TextGrid").write(result, tmp_path / "talk.TextGrid", words=False)
    kit.write_tone(tmp_path / "talk.wav", 6.0)
    plan = plan_textgrid(out, ImportOptions())
    assert sorted((c.start, c.end, c.transcript) for c in plan.clips) == [
        (s.start, s.end, s.text) for s in result.segments]

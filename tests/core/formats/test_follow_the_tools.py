"""Each wrong reason and silent damage found by importing real corpora, on look-alike files.

The files are written here to reproduce what the real ones had (Praat's chronological
format, `time =` on a point tier in UTF-16, a U+FEFF inside a Mandarin label, tiers
named "tonicVowel", "IPU", "Errors", an `f000001|text` sidecar, `<cut/>` markup, a
70 s clip), never fetched.
"""

from __future__ import annotations

import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.elan import plan_eaf
from mms_studio.core.formats.textgrid import plan_textgrid, read_textgrid
from mms_studio.core.importing.plan import ImportOptions
from mms_studio.core.project import Project
from mms_studio.core.project.importer import import_sources

CHRONO = '''"Praat chronological TextGrid text file"
0 4   ! Time domain.
2   ! Number of tiers.
"IntervalTier" "utterance" 0 4
"TextTier" "events" 0 4

! utterance:
1 0 1.5
"ni hao ma"

! events:
2 0.7
"click"

! utterance:
1 1.5 2
""

! utterance:
1 2 4
"zai jian ""friend"""
'''


def long_grid(tiers: list[tuple[str, str, list[tuple]]], *, xmax: float = 4.0,
              point_field: str = "number") -> str:
    """A long-format TextGrid as Praat writes it; `point_field` renames the points' time label."""
    out = ['File type = "ooTextFile"', 'Object class = "TextGrid"', "", "xmin = 0",
           f"xmax = {xmax}", "tiers? <exists>", f"size = {len(tiers)}", "item []:"]
    for number, (kind, name, entries) in enumerate(tiers, start=1):
        out += [f"    item [{number}]:", f'        class = "{kind}"', f'        name = "{name}"',
                "        xmin = 0", f"        xmax = {xmax}"]
        if kind == "IntervalTier":
            out.append(f"        intervals: size = {len(entries)}")
            for i, (start, end, text) in enumerate(entries, start=1):
                out += [f"        intervals [{i}]:", f"            xmin = {start}",
                        f"            xmax = {end}",
                        '            text = "{}"'.format(text.replace('"', '""'))]
        else:
            out.append(f"        points: size = {len(entries)}")
            for i, (time, mark) in enumerate(entries, start=1):
                out += [f"        points [{i}]:", f"            {point_field} = {time}",
                        f'            mark = "{mark}"']
    return "\n".join(out) + "\n"


def test_chronological_textgrid_is_read(tmp_path, kit):
    grid = tmp_path / "chrono.TextGrid"
    grid.write_text(CHRONO, encoding="utf-8")
    kit.write_tone(tmp_path / "chrono.wav", 4.0)
    _xmin, xmax, tiers = read_textgrid(grid)
    assert xmax == 4 and [t.name for t in tiers] == ["utterance", "events"]
    assert tiers[1].kind == "TextTier" and tiers[1].intervals[0].text == "click"
    plan = plan_textgrid(grid, ImportOptions())
    assert [(c.start, c.end, c.transcript) for c in plan.clips] == [
        (0.0, 1.5, "ni hao ma"), (2.0, 4.0, 'zai jian "friend"')]


def test_utf16_point_tier_with_time_fields_keeps_the_transcript_tier(tmp_path, kit):
    text = long_grid([("IntervalTier", "words", [(0, 1.2, "ʔáŋ kʊ"), (1.2, 4, "")]),
                      ("TextTier", "tones", [(0.5, "H"), (1.0, "L")])], point_field="time")
    grid = tmp_path / "u16.TextGrid"
    grid.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    kit.write_tone(tmp_path / "u16.wav", 4.0)
    _xmin, _xmax, tiers = read_textgrid(grid)
    assert [t.problem for t in tiers] == [None, None]
    assert [i.start for i in tiers[1].intervals] == [0.5, 1.0]
    assert [c.transcript for c in plan_textgrid(grid, ImportOptions()).clips] == ["ʔáŋ kʊ"]


def test_a_damaged_tier_never_discards_the_others(tmp_path, kit):
    text = long_grid([("TextTier", "events", [(0.5, "a")]),
                      ("IntervalTier", "utterance", [(0, 2, "good words"), (2, 4, "more")])])
    text = text.replace("number = 0.5", 'number = "oops"')
    grid = tmp_path / "mixed.TextGrid"
    grid.write_text(text, encoding="utf-8")
    kit.write_tone(tmp_path / "mixed.wav", 4.0)
    plan = plan_textgrid(grid, ImportOptions())
    assert [c.transcript for c in plan.clips] == ["good words", "more"]
    [broken] = plan.skipped
    assert "events" in broken.where and "damaged" in broken.reason and "oops" in broken.reason


def test_a_tier_cut_short_is_named_and_the_earlier_tiers_import(tmp_path, kit):
    text = long_grid([("IntervalTier", "utterance", [(0, 2, "first one"), (2, 4, "second")]),
                      ("IntervalTier", "words", [(0, 1, "first"), (1, 2, "one")])])
    grid = tmp_path / "cut.TextGrid"
    grid.write_text(text[: text.rindex("xmin = 1")], encoding="utf-8")
    kit.write_tone(tmp_path / "cut.wav", 4.0)
    plan = plan_textgrid(grid, ImportOptions())
    assert [c.transcript for c in plan.clips] == ["first one", "second"]
    assert any("words" in s.where and "cut short" in s.reason for s in plan.skipped)


def test_a_file_whose_only_tier_is_damaged_says_why(tmp_path):
    text = long_grid([("IntervalTier", "utterance", [(0, 2, "a"), (1, 4, "b")])])
    grid = tmp_path / "overlap.TextGrid"
    grid.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError, match="overlapping"):
        plan_textgrid(grid, ImportOptions())


@pytest.mark.parametrize(("tiers", "expected", "speaker"), [
    # the real corpus: an "IPU" tier of numbered units, tonic vowels marked "T", and words
    ([("IPU", [(0, 2, "ipu_1"), (2, 4, "ipu_2")]),
      ("tonicVowel", [(0.2, 0.3, "T"), (0.5, 0.6, "T"), (1.1, 1.2, "T"), (2.5, 2.6, "T")]),
      ("words", [(0, 1, "bonjour"), (1, 2, "madame"), (2, 4, "merci")])],
     "words", None),
    ([("Errors", [(0, 1, "E2"), (1, 2, "substitution"), (2, 4, "ok")]),
      ("word", [(0, 1, "kana"), (1, 2, "mbeli"), (2, 4, "naka")])],
     "word", None),
    # no transcription-like name: the most running text wins, single letters lose
    ([("tonicVowel", [(0.2, 0.3, "T"), (0.5, 0.6, "T"), (1.1, 1.2, "T")]),
      ("IPU", [(0, 2, "ama ni tuku"), (2, 4, "la ba ke")])],
     "IPU", None),
    # MFA's layout: one tier per speaker, named after them
    ([("Ana", [(0, 2, "ama ni tuku")]), ("Bo", [(2, 4, "la ba ke")])], "Ana", "Ana"),
])
def test_default_tier_prefers_transcription_like_tiers(tmp_path, kit, tiers, expected, speaker):
    grid = tmp_path / "choice.TextGrid"
    grid.write_text(long_grid([("IntervalTier", name, entries) for name, entries in tiers]),
                    encoding="utf-8")
    kit.write_tone(tmp_path / "choice.wav", 4.0)
    plan = plan_textgrid(grid, ImportOptions())
    assert plan.clips and f"tier “{expected}”" in plan.clips[0].source
    assert plan.clips[0].speaker == speaker
    assert all(c.speaker != "IPU" for c in plan.clips)
    why = plan.notes[0].text
    assert expected in why and ("name" in why or "running text" in why or "speaker" in why)


def test_elan_prefers_word_over_errors_and_speakers_come_from_participants(tmp_path, kit):
    slots = {"ts1": 0, "ts2": 1000, "ts3": 2000}
    tiers = (kit.tier("Errors", kit.aligned("a1", "ts1", "ts2", "E1")
                      + kit.aligned("a2", "ts2", "ts3", "E4"))
             + kit.tier("word", kit.aligned("a3", "ts1", "ts2", "kana mbeli")
                        + kit.aligned("a4", "ts2", "ts3", "naka"), participant="Maria"))
    eaf = tmp_path / "e.eaf"
    eaf.write_text(kit.eaf_text(tiers, slots, media="e.wav"), encoding="utf-8")
    kit.write_tone(tmp_path / "e.wav", 2.0)
    plan = plan_eaf(eaf, ImportOptions())
    assert [(c.transcript, c.speaker) for c in plan.clips] == [("kana mbeli", "Maria"),
                                                                ("naka", "Maria")]
    assert "word" in plan.notes[0].text
    assert any("Errors" in n.where for n in plan.notes[1:])


def test_the_decisive_reason_comes_first(tmp_path, kit):
    tiers = [("IntervalTier", "utterance", [(0, 2, "kana mbeli")])]
    tiers += [("IntervalTier", f"extra{i}", [(0, 1, "x y")]) for i in range(14)]
    grid = tmp_path / "lonely.TextGrid"
    grid.write_text(long_grid(tiers), encoding="utf-8")  # no recording beside it
    with Project.create(tmp_path / "p", language="abz", name="A") as project:
        report = import_sources(project, [grid])
    lines = [str(line) for line in report.lines()]
    assert report.imported == []
    assert "was not found next to it" in lines[1]
    assert all("Not imported by default" not in line for line in lines[:2])
    assert sum("Not imported by default" in line for line in lines) == 14


def test_invisible_characters_removed_and_reported_joiners_kept(tmp_path, kit):
    text = long_grid([("IntervalTier", "utterance", [
        (0, 1.0, "你\ufeff好 世界"), (1.0, 2.0, "می\u200cخواهم\u200b"), (2.0, 4.0, "")])])
    grid = tmp_path / "inv.TextGrid"
    grid.write_text(text, encoding="utf-8")
    kit.write_tone(tmp_path / "inv.wav", 4.0)
    with Project.create(tmp_path / "p", language="cmn", name="A") as project:
        report = import_sources(project, [grid])
        texts = sorted(c.transcript for c in project.clips())
    assert texts == sorted(["你好 世界", "می\u200cخواهم"])
    notes = " ".join(n.text for n in report.notes)
    assert "U+FEFF" in notes and "U+200B" in notes and "U+200C" not in notes


def test_markup_is_flagged_or_removed_on_request(tmp_path, kit):
    text = long_grid([("IntervalTier", "utterance", [
        (0, 2.0, 'ipu_3 ama <cut type="false start"/> ni tuku'), (2.0, 4.0, "la ba ke")])])
    for strip in (False, True):
        folder = tmp_path / f"strip{strip}"
        folder.mkdir()
        (folder / "m.TextGrid").write_text(text, encoding="utf-8")
        kit.write_tone(folder / "m.wav", 4.0)
        with Project.create(folder / "p", language="abz", name="A") as project:
            report = import_sources(project, [folder / "m.TextGrid"],
                                    ImportOptions(strip_markup=strip))
            texts = {c.transcript: c.status for c in project.clips()}
        if strip:
            assert "ama ni tuku" in texts
            assert any("Markup removed" in n.text for n in report.notes)
        else:
            marked = 'ipu_3 ama <cut type="false start"/> ni tuku'
            assert texts[marked] == "needs_review"
            assert any(f.code == "markup" for flag in report.flagged for f in flag.findings)


def test_elan_2_media_file_attribute_is_followed(tmp_path, kit):
    text = kit.eaf_text(kit.tier("Text", kit.aligned("a1", "ts1", "ts2", "ama ni")),
                        {"ts1": 0, "ts2": 900}).replace('MEDIA_FILE=""',
                                                        'MEDIA_FILE="file:///old/laptop/rec.wav"')
    (tmp_path / "old.eaf").write_text(text, encoding="utf-8")
    kit.write_tone(tmp_path / "rec.wav", 1.0)
    plan = plan_eaf(tmp_path / "old.eaf", ImportOptions())
    assert [c.media.name for c in plan.clips] == ["rec.wav"]


def test_subrip_styling_is_not_text(tmp_path, kit):
    from mms_studio.core.formats.subtitles import read_cues

    srt = tmp_path / "s.srt"
    srt.write_bytes("\ufeff1\n00:00:00,000 --> 00:00:01,000\n{\\an8}<i>ama</i> ni\n".encode())
    assert [c.text for c in read_cues(srt)] == ["ama ni"]

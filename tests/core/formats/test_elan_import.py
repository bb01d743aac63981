"""ELAN import: the real Abui corpus, tier choice, media resolution, and malformed files."""

from __future__ import annotations

import shutil

import pytest
import soundfile as sf

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.elan import list_tiers, plan_eaf
from mms_studio.core.importing.plan import ImportOptions, ImportPlan

# From /work/shared/data/abui/SOURCE.md (start ms, end ms, text).
ABUI = {
    "abui_1": [(290, 1910, "amakaang di kaai hada muila")],
    "abui_2": [(890, 2960, "dining ayoku kamar mia mui muila")],
    "abui_3": [(1850, 4140, "hekaai dining ayoku kamar mia muila")],
    "abui_4": [(660, 2570, "hekaai deina del ong hayei ba"),
               (3950, 6040, "hepikaai deina botol homi dong yaari")],
}


def test_abui_transcribed_folder_plans_five_clips(shared_data):
    folder = shared_data / "abui" / "transcribed"
    plan = ImportPlan()
    for eaf in sorted(folder.glob("*.eaf")):
        plan.extend(plan_eaf(eaf, ImportOptions()))
    assert len(plan.clips) == 5
    assert plan.skipped == []
    got = [(c.media.stem, round(c.start * 1000), round(c.end * 1000), c.transcript)
           for c in plan.clips]
    want = [(stem, s, e, t) for stem, rows in ABUI.items() for s, e, t in rows]
    assert got == want
    # the files point at 1_1_N.wav; the importer falls back to the same-named wav
    assert all(c.media.name.startswith("abui_") and c.media.is_file() for c in plan.clips)
    assert {c.speaker for c in plan.clips} == {"SL"}
    durations = [c.end - c.start for c in plan.clips]
    assert durations == pytest.approx([1.62, 2.07, 2.29, 1.91, 2.09], abs=1e-6)
    assert all(c.end <= sf.info(c.media).duration for c in plan.clips)


def test_abui_padding_is_clamped_at_zero_and_the_recording_end(shared_data):
    eaf = shared_data / "abui" / "transcribed" / "abui_1.eaf"
    plan = plan_eaf(eaf, ImportOptions(padding=0.5))
    assert plan.clips[0].start == pytest.approx(0.0)   # 0.29 - 0.5 clamped
    assert plan.clips[0].end == pytest.approx(2.41)
    plan = plan_eaf(eaf, ImportOptions(padding=10.0))
    assert plan.clips[0].end == pytest.approx(sf.info(plan.clips[0].media).duration)


def test_list_tiers_reports_type_participant_and_counts(shared_data):
    tiers = list_tiers(shared_data / "annotations" / "pympi" / "sample_3.0.eaf")
    by_name = {t.name: t for t in tiers}
    assert [t.name for t in tiers] == ["text", "words-timesub", "words-symsub", "gestures",
                                       "gest_included", "words-pos"]
    assert by_name["text"].annotations == 399 and by_name["text"].parent is None
    assert by_name["words-symsub"].constraint == "Symbolic_Subdivision"
    assert by_name["words-pos"].parent == "words-symsub"
    assert sum(t.annotations for t in tiers) == 8778
    na = list_tiers(shared_data / "na" / "CRDO-NRU_F4_10.eaf")
    assert [(t.name, t.participant, t.annotations) for t in na] == [("Phrase", "F4", 112),
                                                                  ("Word", "F4", 1194)]


def test_missing_media_is_reported_by_name(shared_data):
    plan = plan_eaf(shared_data / "na" / "CRDO-NRU_F4_10.eaf", ImportOptions())
    assert plan.clips == []
    reasons = " ".join(s.reason for s in plan.skipped)
    assert "CRDO-NRU_F4_10_AGRICULTURAL_ACTIVITIES.wav" in reasons
    assert "112 annotation" in reasons


def test_default_choice_skips_vad_tiers(tmp_path, shared_data):
    eaf = tmp_path / "abui_4.eaf"
    shutil.copy(shared_data / "abui" / "elpis_lib" / "abui_4.eaf", eaf)
    shutil.copy(shared_data / "abui" / "transcribed" / "abui_4.wav", tmp_path / "abui_4.wav")
    plan = plan_eaf(eaf, ImportOptions())
    assert [c.transcript for c in plan.clips] == [t for _, _, t in ABUI["abui_4"]]
    assert any("vad_phrase" in n.where for n in plan.notes)
    chosen = plan_eaf(eaf, ImportOptions(tiers=("vad_phrase",)))
    assert [round(c.start * 1000) for c in chosen.clips] == [930, 4098]
    by_index = plan_eaf(eaf, ImportOptions(tier_indexes=(1,)))   # _vad: empty values only
    assert by_index.clips == []
    assert any("2 empty annotation" in s.reason for s in by_index.skipped)


def test_symbolic_association_takes_parent_times(tmp_path, shared_data, kit):
    eaf = tmp_path / "test.eaf"
    shutil.copy(shared_data / "annotations" / "saymore" / "test.eaf", eaf)
    kit.write_tone(tmp_path / "AmazingGrace.wav", 3.0)  # MEDIA_URL="AmazingGrace.wav"
    plan = plan_eaf(eaf, ImportOptions(tiers=("Phrase Free Translation",)))
    assert [(c.transcript, c.start, c.end) for c in plan.clips] == [
        ("FreeTranslation1", 0.0, 0.75), ("FreeTranslation2", 1.25, 2.121)]
    default = plan_eaf(eaf, ImportOptions())
    # annotation ids are out of time order in this file; clips come out in time order
    assert [c.transcript for c in default.clips] == ["Transcription1", "Transcription3",
                                                     "Transcription2"]


def test_tiers_chosen_by_type_and_one_per_participant(tmp_path, kit):
    kit.write_tone(tmp_path / "talk.wav", 4.0)
    tiers = (kit.tier("A", kit.aligned("a1", "ts1", "ts2", "one"), participant="Ann",
                      ltype="transcription")
             + kit.tier("A notes", kit.aligned("a2", "ts1", "ts2", "note"), participant="Ann")
             + kit.tier("B", kit.aligned("a3", "ts3", "ts4", "two"), participant="Ben",
                        ltype="transcription"))
    types = '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="transcription" TIME_ALIGNABLE="true"/>'
    (tmp_path / "talk.eaf").write_text(kit.eaf_text(tiers, {"ts1": 0, "ts2": 1000, "ts3": 1500,
                                                            "ts4": 3000}, types=types),
                                       encoding="utf-8")
    plan = plan_eaf(tmp_path / "talk.eaf", ImportOptions())
    assert [(c.transcript, c.speaker) for c in plan.clips] == [("one", "Ann"), ("two", "Ben")]
    by_type = plan_eaf(tmp_path / "talk.eaf", ImportOptions(tier_types=("default-lt",)))
    assert [c.transcript for c in by_type.clips] == ["note"]
    forced = plan_eaf(tmp_path / "talk.eaf", ImportOptions(tiers=("B",), speaker="Z", split="dev"))
    assert [(c.speaker, c.split) for c in forced.clips] == [("Z", "dev")]
    none = plan_eaf(tmp_path / "talk.eaf", ImportOptions(tiers=("Nope",)))
    assert none.clips == [] and "A, A notes, B" in none.skipped[0].reason


def test_symbolic_subdivision_is_refused_with_a_reason(tmp_path, kit):
    kit.write_tone(tmp_path / "s.wav", 2.0)
    words = '<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a2" ANNOTATION_REF="a1">' \
            '<ANNOTATION_VALUE>w1</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>' \
            '<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="a3" ANNOTATION_REF="a1" ' \
            'PREVIOUS_ANNOTATION="a2"><ANNOTATION_VALUE>w2</ANNOTATION_VALUE></REF_ANNOTATION>' \
            '</ANNOTATION>'
    types = ('<LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Subdivision" LINGUISTIC_TYPE_ID="sub" '
             'TIME_ALIGNABLE="false"/>')
    text = kit.eaf_text(kit.tier("P", kit.aligned("a1", "ts1", "ts2", "w1 w2"))
                        + kit.tier("W", words, ltype="sub", parent="P"),
                        {"ts1": 100, "ts2": 900}, types=types)
    (tmp_path / "s.eaf").write_text(text, encoding="utf-8")
    plan = plan_eaf(tmp_path / "s.eaf", ImportOptions(tiers=("W",)))
    assert plan.clips == []
    assert "subdivide" in plan.skipped[0].reason


@pytest.mark.parametrize("written", ["file://{abs}", "{abs}", "../media/rec.wav",
                                     "file:///C:/Users/me/rec.wav", "C:\\Users\\me\\rec.wav"])
def test_media_paths_are_resolved(tmp_path, kit, written):
    (tmp_path / "media").mkdir()
    (tmp_path / "eaf").mkdir()
    target = kit.write_tone(tmp_path / "media" / "rec.wav", 2.0)
    if written.startswith(("file:///C", "C:")):   # Windows path: found by its name beside
        target = kit.write_tone(tmp_path / "eaf" / "rec.wav", 2.0)
    media = written.format(abs=target.resolve())
    (tmp_path / "eaf" / "x.eaf").write_text(
        kit.eaf_text(kit.tier("T", kit.aligned("a1", "ts1", "ts2", "hi")), {"ts1": 0, "ts2": 500},
                     media=media), encoding="utf-8")
    # the user imported the corpus folder holding eaf/ and media/ (see test_import_security)
    plan = plan_eaf(tmp_path / "eaf" / "x.eaf", ImportOptions(media_roots=(tmp_path,)))
    assert [c.media.resolve() for c in plan.clips] == [target.resolve()]


def test_media_paths_never_lead_to_non_audio_files(tmp_path, kit):
    (tmp_path / "secret.txt").write_text("password", encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.eaf").write_text(
        kit.eaf_text(kit.tier("T", kit.aligned("a1", "ts1", "ts2", "hi")), {"ts1": 0, "ts2": 500},
                     media="file:///etc/passwd", relative="../secret.txt"), encoding="utf-8")
    plan = plan_eaf(tmp_path / "d" / "x.eaf", ImportOptions())
    assert plan.clips == []
    assert "was not found" in plan.skipped[-1].reason


def test_bad_times_overlaps_and_empty_tiers_are_skipped_with_reasons(tmp_path, kit):
    kit.write_tone(tmp_path / "b.wav", 3.0)
    body = (kit.aligned("a1", "ts1", "ts2", "good") + kit.aligned("a2", "ts3", "ts4", "backwards")
            + kit.aligned("a3", "ts5", "ts6", "overlapping") + kit.aligned("a4", "ts7", "ts8", "late")
            + kit.aligned("a5", "ts1", "ts9", "unaligned"))
    slots = {"ts1": 0, "ts2": 1000, "ts3": 2000, "ts4": 1500, "ts5": 500, "ts6": 1200,
             "ts7": 5000, "ts8": 6000, "ts9": ""}
    text = kit.eaf_text(kit.tier("T", body) + kit.tier("Empty", ""), slots)
    (tmp_path / "b.eaf").write_text(text, encoding="utf-8")
    plan = plan_eaf(tmp_path / "b.eaf", ImportOptions(tiers=("T", "Empty")))
    assert [c.transcript for c in plan.clips] == ["good"]
    reasons = {s.where.rsplit(" ", 1)[-1]: s.reason for s in plan.skipped}
    assert "before it starts" in reasons["#2"]
    assert "overlaps" in reasons["#3"]   # 500-1200 ms mostly inside 0-1000 ms
    assert "after the end" in reasons["#4"]
    assert "no time" in reasons["#5"]
    assert any("no annotations" in s.reason for s in plan.skipped)


def test_default_choice_with_no_text_says_so(tmp_path, kit):
    (tmp_path / "e.eaf").write_text(kit.eaf_text(kit.tier("T", kit.aligned("a1", "ts1", "ts2", "")),
                                                 {"ts1": 0, "ts2": 10}), encoding="utf-8")
    plan = plan_eaf(tmp_path / "e.eaf", ImportOptions())
    assert plan.clips == [] and "has any text" in plan.skipped[0].reason


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<ANNOTATION_DOCUMENT><HEADER TIME_UNITS="milliseconds"/><TIME_ORDER/>
<TIER TIER_ID="T" LINGUISTIC_TYPE_REF="x">&lol3;</TIER></ANNOTATION_DOCUMENT>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<ANNOTATION_DOCUMENT>&x;</ANNOTATION_DOCUMENT>"""


@pytest.mark.parametrize(("content", "message"), [
    (BILLION_LAUGHS.encode(), "entities"),
    (EXTERNAL.encode(), "entities|outside files"),
    (b'<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT><HEADER>', "damaged or "
                                                                              "incomplete"),
    ('<?xml version="1.0" encoding="UTF-8"?>\n<ANNOTATION_DOCUMENT AUTHOR="Fran\u00e7ois"/>'
     .encode("latin-1"), "UTF-8"),
    (b"", "empty"),
    (b"<html><body>not elan</body></html>", "not an ELAN file"),
    (b'<ANNOTATION_DOCUMENT><TIME_ORDER/><TIER TIER_ID="T" LINGUISTIC_TYPE_REF="x"><ANNOTATION>'
     b'<ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">'
     b'<ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>'
     b'</ANNOTATION_DOCUMENT>', "time slot that does not exist"),
    (b'<ANNOTATION_DOCUMENT><TIER TIER_ID="W" PARENT_REF="Ghost" LINGUISTIC_TYPE_REF="x"/>'
     b'</ANNOTATION_DOCUMENT>', "does not exist"),
])
def test_malformed_files_give_a_clear_format_error(tmp_path, content, message):
    bad = tmp_path / "bad.eaf"
    bad.write_bytes(content)
    with pytest.raises(FormatError, match=message) as info:
        plan_eaf(bad, ImportOptions())
    assert "bad.eaf" in str(info.value)
    assert "\n" not in str(info.value)


def test_small_overlaps_between_neighbours_are_kept(tmp_path, kit):
    kit.write_tone(tmp_path / "o.wav", 3.0)
    body = kit.aligned("a1", "ts1", "ts2", "first") + kit.aligned("a2", "ts3", "ts4", "second")
    (tmp_path / "o.eaf").write_text(kit.eaf_text(kit.tier("T", body), {
        "ts1": 0, "ts2": 1010, "ts3": 1000, "ts4": 2000}), encoding="utf-8")
    plan = plan_eaf(tmp_path / "o.eaf", ImportOptions())
    assert [(c.start, c.end) for c in plan.clips] == [(0.0, 1.01), (1.0, 2.0)]


def test_abui_folder_imports_into_a_project(tmp_path, shared_data):
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources

    with Project.create(tmp_path / "abui", language="abz", name="Abui") as project:
        report = import_sources(project, [shared_data / "abui" / "transcribed"])
        clips = project.clips()
        assert len(clips) == 5
        assert sorted(c.transcript for c in clips) == sorted(
            t for rows in ABUI.values() for _, _, t in rows)
        assert [round(c.duration, 2) for c in sorted(clips, key=lambda c: c.source)] == [
            1.62, 2.07, 2.29, 1.91, 2.09]
        assert {c.speaker for c in clips} == {"SL"}
        # the wavs are used by the .eaf files, so none of them comes in as a whole-file clip
        assert not [s for s in report.skipped if "abui_" in s.where and ".wav" in s.where]
        again = import_sources(project, [shared_data / "abui" / "transcribed"])
        assert len(project.clips()) == 5 and len(again.skipped) >= 5


def test_video_media_falls_back_to_its_extracted_sound(tmp_path, kit):
    kit.write_tone(tmp_path / "interview.wav", 2.0)
    (tmp_path / "interview.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    (tmp_path / "notes.eaf").write_text(
        kit.eaf_text(kit.tier("T", kit.aligned("a1", "ts1", "ts2", "hi")), {"ts1": 0, "ts2": 500},
                     media="file:///elsewhere/interview.mp4", relative="./interview.mp4"),
        encoding="utf-8")
    plan = plan_eaf(tmp_path / "notes.eaf", ImportOptions())
    assert [c.media.name for c in plan.clips] == ["interview.wav"]

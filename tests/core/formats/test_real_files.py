"""Every real annotation file in /work/shared/data imports, or says clearly why it cannot.

Most of them come without their recordings (see the SOURCE.md files), so the
expected outcome for those is a reason naming the missing recording.
"""

from __future__ import annotations

import shutil

import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.commonvoice import plan_common_voice
from mms_studio.core.formats.elan import plan_eaf
from mms_studio.core.formats.subtitles import plan_subtitles
from mms_studio.core.formats.textgrid import plan_textgrid
from mms_studio.core.formats.transcriber import plan_trs
from mms_studio.core.importing.plan import ImportOptions

PLANNERS = {".eaf": plan_eaf, ".textgrid": plan_textgrid, ".srt": plan_subtitles,
            ".vtt": plan_subtitles, ".trs": plan_trs}

# file -> number of clips, or a fragment of the reason it gives
EXPECTED = {
    "abui/transcribed/abui_1.eaf": 1,
    "abui/transcribed/abui_2.eaf": 1,
    "abui/transcribed/abui_3.eaf": 1,
    "abui/transcribed/abui_4.eaf": 2,
    "abui/elpis_lib/abui_4.eaf": "(1_1_4.wav or abui_4.wav) was not found",
    "abui/history/1_1_5.eaf": "(1_1_5.wav) was not found",
    "abui/history/20030518Abui2PieterFrogDogBoy.trs":
        "(20030518Abui2PieterFrogDogBoy.wav) was not found",
    "abui/history/20030529Abui3TakalelangBapakPeniMarriageOfTheSon.trs": "13 transcribed",
    "na/CRDO-NRU_F4_10.eaf": "CRDO-NRU_F4_10_AGRICULTURAL_ACTIVITIES.wav",
    "annotations/saymore/test.eaf": "(AmazingGrace.wav or test.wav) was not found",
    "annotations/pympi/sample_3.0.eaf": "r03_v20_s5.wav",
    "annotations/mfa/michaelandsickmichael_short_tg.TextGrid":
        "(michaelandsickmichael_short_tg.wav",
    "annotations/mfa/61-70968-0000.TextGrid": "(61-70968-0000.wav",
    "annotations/mfa/vietnamese.TextGrid": "(vietnamese.wav",
    "annotations/crowsetta/calhoun-et-al-2022/SubjectFocusLeilani.TextGrid":
        "(SubjectFocusLeilani.wav",
    "annotations/crowsetta/praatIO/mary.TextGrid": "(mary.wav",
    "annotations/crowsetta/parselmouth/the_north_wind_and_the_sun.utf16.TextGrid":
        "15 interval(s) were not imported",
    "annotations/crowsetta/parselmouth/the_north_wind_and_the_sun.short.utf16.TextGrid":
        "15 interval(s) were not imported",
    "annotations/webvtt-py/sample.srt": "(sample.wav",
    "annotations/webvtt-py/captions_with_bom.vtt": "(captions_with_bom.wav",
    "annotations/webvtt-py/comments.vtt": "3 subtitle(s) were not imported",
    "annotations/webvtt-py/youtube_dl.vtt": "(youtube_dl.wav",
}


def test_every_real_annotation_file_is_listed(shared_data):
    found = {str(p.relative_to(shared_data)) for suffix in ("eaf", "TextGrid", "srt", "vtt", "trs")
             for p in shared_data.rglob(f"*.{suffix}")}
    assert found == set(EXPECTED)


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_real_file_imports_or_says_why(shared_data, relative):
    path = shared_data / relative
    plan = PLANNERS[path.suffix.casefold()](path, ImportOptions())
    expected = EXPECTED[relative]
    if isinstance(expected, int):
        assert len(plan.clips) == expected
        assert all(c.transcript and c.end > c.start >= 0 for c in plan.clips)
    else:
        assert plan.clips == []
        assert any(expected in s.reason for s in plan.skipped), plan.skipped


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_registry_reaches_the_same_answer(shared_data, relative):
    from mms_studio.core.importing.registry import plan_source

    path = shared_data / relative
    direct = PLANNERS[path.suffix.casefold()](path, ImportOptions())
    via_registry = plan_source(path, ImportOptions())
    assert via_registry.clips == direct.clips and via_registry.skipped == direct.skipped


def test_transcriber_file_with_its_recording(tmp_path, shared_data, kit):
    name = "20030518Abui2PieterFrogDogBoy"
    shutil.copy(shared_data / "abui" / "history" / f"{name}.trs", tmp_path)
    kit.write_tone(tmp_path / f"{name}.wav", 167.0, sr=8000)
    plan = plan_trs(tmp_path / f"{name}.trs", ImportOptions())
    assert len(plan.clips) == 16           # 17 sync points, the first stretch is <silence>
    first = plan.clips[0]
    assert (first.start, first.end) == (8.383, 25.906)
    assert first.transcript.startswith("war nuku homi mia,# amakaang nuku")
    assert first.speaker == "Piter Lema"
    assert plan.clips[-1].end == pytest.approx(166.88)


def test_corpus_table_folder_is_not_a_common_voice_release(shared_data):
    with pytest.raises(FormatError, match="not a Common Voice release"):
        plan_common_voice(shared_data / "annotations" / "coqui-tts", ImportOptions())

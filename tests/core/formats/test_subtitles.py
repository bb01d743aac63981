"""SRT and WebVTT: the real webvtt-py files, malformed ones, and export read back."""

from __future__ import annotations

import shutil

import pytest

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.subtitles import plan_subtitles, read_cues
from mms_studio.core.formats.writers import get_writer
from mms_studio.core.importing.plan import ImportOptions

CAPTIONS = [(0.5, 7.0, "Caption text #1"), (7.0, 11.89, "Caption text #2"),
            (11.89, 16.32, "Caption text #3"), (16.32, 21.58, "Caption text #4")]


@pytest.mark.parametrize("name", ["sample.srt", "captions_with_bom.vtt"])
def test_real_subtitles_plan_clips_from_the_same_named_recording(tmp_path, shared_data, kit,
                                                                name):
    shutil.copy(shared_data / "annotations" / "webvtt-py" / name, tmp_path / name)
    kit.write_tone(tmp_path / f"{name.split('.')[0]}.wav", 22.0)
    plan = plan_subtitles(tmp_path / name, ImportOptions())
    assert [(c.start, c.end, c.transcript) for c in plan.clips][:4] == CAPTIONS
    # sample.srt has a fifth cue ending at 23.88 s: clamped to the recording's 22 s
    if name.endswith(".srt"):
        assert plan.clips[4].end == pytest.approx(22.0)


def test_vtt_notes_dialogue_and_header_text(shared_data):
    cues = read_cues(shared_data / "annotations" / "webvtt-py" / "comments.vtt")
    assert [c.text for c in cues] == ["Ta en kopp varmt te. Det är inte varmt.",
                                      "Har en kopp te. Det smakar som te.", "Ta en kopp"]
    assert [c.start for c in cues] == [135.0, 140.0, 145.0]


def test_youtube_rolling_captions_are_not_imported_twice(shared_data):
    cues = read_cues(shared_data / "annotations" / "webvtt-py" / "youtube_dl.vtt")
    texts = [c.text for c in cues if c.text]
    assert texts[:3] == ["yeah", "what", "this will happen is I'm telling"]
    assert len(texts) == len(set(texts))
    assert not any("<" in t or "colorCCCCCC" in t for t in texts)


def test_voice_tags_become_speakers_and_entities_are_decoded(tmp_path, kit):
    (tmp_path / "v.vtt").write_text(
        "WEBVTT\n\n00:00.500 --> 00:01.500\n<v Ana Lú>k&amp;wa <i>tó</i>\n\n"
        "00:02.000 --> 00:01.000\nbackwards\n\n00:09.000 --> 00:09.500\nlate\n\n"
        "00:01.600 --> 00:01.900\n\n", encoding="utf-8")
    kit.write_tone(tmp_path / "v.wav", 3.0)
    plan = plan_subtitles(tmp_path / "v.vtt", ImportOptions())
    assert [(c.transcript, c.speaker) for c in plan.clips] == [("k&wa tó", "Ana Lú")]
    reasons = " ".join(s.reason for s in plan.skipped)
    assert "ends before it starts" in reasons and "after the end" in reasons
    assert "without text" in reasons


def test_missing_recording_is_named(shared_data):
    plan = plan_subtitles(shared_data / "annotations" / "webvtt-py" / "sample.srt",
                          ImportOptions())
    assert plan.clips == [] and "sample.wav" in plan.skipped[0].reason


@pytest.mark.parametrize(("name", "content", "message"), [
    ("a.vtt", b"00:00.500 --> 00:01.500\nhi\n", "must start with WEBVTT"),
    ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\ncaf\u00e9\n".encode("cp1252"), "not UTF-8"),
    ("a.srt", b"this is a letter, not subtitles\n", "no subtitle timings"),
])
def test_malformed_subtitles(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(FormatError, match=message):
        plan_subtitles(tmp_path / name, ImportOptions())


def test_srt_export_round_trip(tmp_path, kit):
    result = kit.sample_result()
    out = get_writer("srt").write(result, tmp_path / "t.srt", speakers=True)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("1\n00:00:00,500 --> 00:00:02,250\nAni: néda ama\n\n2\n")
    plain = get_writer("srt").write(result, tmp_path / "p.srt")
    assert [(c.start, c.end, c.text) for c in read_cues(plain)] == [
        (s.start, s.end, s.text) for s in result.segments]


def test_vtt_export_round_trip_keeps_speakers(tmp_path, kit):
    result = kit.sample_result()
    out = get_writer("vtt").write(result, tmp_path / "t.vtt")
    assert out.read_text(encoding="utf-8").startswith("WEBVTT\n\n00:00:00.500 --> 00:00:02.250\n"
                                                      "<v Ani>néda ama\n")
    assert [(c.start, c.end, c.text, c.speaker) for c in read_cues(out)] == [
        (s.start, s.end, s.text, s.speaker) for s in result.segments]


def test_long_times_format_with_hours(tmp_path):
    from mms_studio.core.transcript import Segment, Transcription

    result = Transcription(segments=(Segment(3725.5, 3727.0, "late <b>&"),), duration=4000.0,
                           language="x")
    out = get_writer("vtt").write(result, tmp_path / "h.vtt")
    assert "01:02:05.500 --> 01:02:07.000\nlate &lt;b&gt;&amp;" in out.read_text(encoding="utf-8")
    assert read_cues(out)[0].text == "late <b>&"


def test_equal_subtitles_in_a_row_are_both_kept(tmp_path):
    (tmp_path / "y.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nYes.\n\n"
                                    "2\n00:00:03,000 --> 00:00:04,000\nYes.\n", encoding="utf-8")
    assert [c.text for c in read_cues(tmp_path / "y.srt")] == ["Yes.", "Yes."]


def test_empty_webvtt_is_valid_and_plans_nothing(tmp_path):
    (tmp_path / "e.vtt").write_text("WEBVTT\nKind: captions\n\n", encoding="utf-8")
    assert read_cues(tmp_path / "e.vtt") == []
    assert "no subtitles" in plan_subtitles(tmp_path / "e.vtt", ImportOptions()).skipped[0].reason

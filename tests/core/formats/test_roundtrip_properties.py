"""Property tests: any transcription written by our writers reads back (by independent readers
where one exists) with the same segments, millisecond times and text, in any script."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pympi
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from praatio import textgrid as praat

from mms_studio.core.formats.subtitles import read_cues
from mms_studio.core.formats.writers import get_writer
from mms_studio.core.transcript import Segment, Transcription, Word

WORD = st.text(alphabet=st.characters(categories=("L", "M", "N"), include_characters=",.?!'\"&;:"),
               min_size=1, max_size=6)


@st.composite
def transcriptions(draw) -> Transcription:
    segments = []
    t = draw(st.integers(0, 3000))
    for _ in range(draw(st.integers(0, 5))):
        words = draw(st.lists(WORD, min_size=1, max_size=4))
        start = t
        pieces = []
        for text in words:
            w_start = t
            t += draw(st.integers(20, 900))
            pieces.append(Word(text, w_start / 1000, t / 1000,
                               draw(st.floats(0, 1, allow_nan=False))))
            t += draw(st.integers(0, 300))
        segments.append(Segment(start / 1000, pieces[-1].end, " ".join(words), words=tuple(pieces),
                                confidence=0.5, speaker=draw(st.sampled_from([None, "A", "Bé"]))))
        t += draw(st.integers(1, 2000))
    return Transcription(segments=tuple(segments), duration=t / 1000 + 1, language="und")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def ms(seconds: float) -> int:
    return round(seconds * 1000)


SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(result=transcriptions())
def test_eaf_round_trip_with_pympi(result):
    with tempfile.TemporaryDirectory() as folder:
        out = get_writer("eaf").write(result, Path(folder) / "r.eaf")
        eaf = pympi.Elan.Eaf(str(out))
        utterances = sorted(a for name in eaf.get_tier_names()
                            if eaf.tiers[name][2].get("LINGUISTIC_TYPE_REF") == "mms-utterance"
                            for a in eaf.get_annotation_data_for_tier(name))
        words = sorted(a for name in eaf.get_tier_names()
                       if eaf.tiers[name][2].get("LINGUISTIC_TYPE_REF") == "mms-words"
                       for a in eaf.get_annotation_data_for_tier(name))
    assert utterances == [(ms(s.start), ms(s.end), s.text) for s in result.segments]
    assert words == [(ms(w.start), ms(w.end), w.text) for w in result.words]


@SETTINGS
@given(result=transcriptions(), text_format=st.sampled_from(["long", "short"]))
def test_textgrid_round_trip_with_praatio(result, text_format):
    with tempfile.TemporaryDirectory() as folder:
        out = get_writer("TextGrid").write(result, Path(folder) / "r.TextGrid",
                                           format=text_format)
        grid = praat.openTextgrid(str(out), includeEmptyIntervals=False)
    utterances = sorted(e for name in grid.tierNames if name.endswith("utterances")
                        for e in grid.getTier(name).entries)
    assert [(ms(e.start), ms(e.end), e.label) for e in utterances] == [
        (ms(s.start), ms(s.end), s.text) for s in result.segments]


@SETTINGS
@given(result=transcriptions(), name=st.sampled_from(["srt", "vtt"]))
def test_subtitle_round_trip(result, name):
    with tempfile.TemporaryDirectory() as folder:
        out = get_writer(name).write(result, Path(folder) / f"r.{name}")
        cues = read_cues(out)
    assert [(ms(c.start), ms(c.end), c.text) for c in cues] == [
        (ms(s.start), ms(s.end), nfc(s.text)) for s in result.segments]
    if name == "vtt":
        assert [c.speaker for c in cues] == [s.speaker for s in result.segments]


def test_entity_like_text_survives_both_subtitle_formats(tmp_path):
    result = Transcription(segments=(Segment(0.0, 1.0, "a &amp; b &lt;"),), duration=1.0,
                           language="und")
    for name in ("srt", "vtt"):
        out = get_writer(name).write(result, tmp_path / f"e.{name}")
        assert read_cues(out)[0].text == "a &amp; b &lt;"

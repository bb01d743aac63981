"""The exported .eaf links its recording as ELAN does: MEDIA_URL always, a sensible relative path."""

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree

from mms_studio.core.formats.writers import get_writer
from mms_studio.core.transcript import Segment, Transcription


def _descriptor(eaf: Path) -> dict[str, str]:
    root = ElementTree.parse(eaf).getroot()
    return dict(root.find("HEADER/MEDIA_DESCRIPTOR").attrib)


def _result(audio: Path) -> Transcription:
    return Transcription(segments=(Segment(start=0.0, end=1.0, text="bala sinu"),),
                         duration=1.0, language="abz", audio_path=str(audio))


def test_media_beside_or_near_the_eaf_gets_both_links(tmp_path) -> None:
    audio = tmp_path / "recordings" / "story one.wav"
    audio.parent.mkdir()
    audio.write_bytes(b"")
    out = tmp_path / "exports" / "story.eaf"
    get_writer("eaf").write(_result(audio), out)
    found = _descriptor(out)
    assert found["MEDIA_URL"] == audio.resolve().as_uri()
    assert found["MEDIA_URL"].startswith("file:///")
    assert found["RELATIVE_MEDIA_URL"] == "../recordings/story one.wav"
    assert (out.parent / found["RELATIVE_MEDIA_URL"]).resolve() == audio.resolve()
    beside = tmp_path / "recordings" / "story.eaf"
    get_writer("eaf").write(_result(audio), beside)
    assert _descriptor(beside)["RELATIVE_MEDIA_URL"] == "./story one.wav"


def test_no_relative_path_that_climbs_to_the_root(tmp_path, shared_data) -> None:
    audio = shared_data / "abui" / "transcribed" / "abui_4.wav"
    out = tmp_path / "a" / "b" / "c" / "out.eaf"
    get_writer("eaf").write(_result(audio), out)
    found = _descriptor(out)
    assert found["MEDIA_URL"] == audio.resolve().as_uri()
    relative = found.get("RELATIVE_MEDIA_URL")
    if relative is not None:              # only when the two share a folder below the root
        assert not relative.startswith("../" * 6)
        assert (out.parent / relative).resolve() == audio.resolve()

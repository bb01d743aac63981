"""Every kind of bad recording gives its own typed error, names the file, and changes nothing."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mms_studio.core import audio
from mms_studio.core.errors import (
    AudioError,
    AudioNotFoundError,
    CorruptAudioError,
    EmptyAudioError,
    InvalidSamplesError,
    MMSStudioError,
    UnsupportedAudioError,
)
from tests.core import audio_factory as make

BAD_FILES: list[tuple[str, Callable[[Path], Path], type[AudioError], str]] = [
    ("silence.wav", make.zero_byte, EmptyAudioError, "0 bytes"),
    ("nothing.wav", make.zero_frame_wav, EmptyAudioError, "zero samples"),
    ("noise.wav", make.random_bytes, CorruptAudioError, "damaged"),
    ("noise.flac", make.random_bytes, CorruptAudioError, "damaged"),
    ("interview.mp4", make.text_file, UnsupportedAudioError, "convert it"),
    ("notes.txt", make.text_file, UnsupportedAudioError, "convert it"),
]


@pytest.mark.parametrize(("name", "build", "error", "words"), BAD_FILES)
def test_bad_files_raise_typed_errors_that_name_the_file(
        tmp_path: Path, name: str, build: Callable[[Path], Path], error: type[AudioError],
        words: str) -> None:
    path = build(tmp_path / name)
    before = path.read_bytes()
    for call in (audio.probe, audio.load, lambda p: list(audio.iter_blocks(p))):
        with pytest.raises(error, match=words) as caught:
            call(path)
        assert name in str(caught.value)
        assert isinstance(caught.value, MMSStudioError)
        assert str(caught.value).endswith(".")
    dst = tmp_path / "converted.wav"
    with pytest.raises(error):
        audio.convert_to_wav(path, dst)
    assert not dst.exists()
    assert path.read_bytes() == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AudioNotFoundError, match="does not exist"):
        audio.probe(tmp_path / "gone.wav")
    with pytest.raises(AudioNotFoundError):
        audio.convert_to_wav(tmp_path / "gone.wav", tmp_path / "out.wav")


def test_folder_is_not_audio(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedAudioError, match="folder"):
        audio.load(tmp_path)


def test_truncated_flac_is_corrupt_and_convert_keeps_nothing_half_written(tmp_path: Path) -> None:
    path = make.truncated_flac(tmp_path / "cut_short.flac")
    assert audio.probe(path).duration == pytest.approx(5.0)  # the header still claims 5 s
    with pytest.raises(CorruptAudioError, match="cut_short.flac"):
        audio.load(path)
    dst = tmp_path / "clip.wav"
    make.tone_file(dst, 0.5)
    before = dst.read_bytes()
    with pytest.raises(CorruptAudioError):
        audio.convert_to_wav(path, dst)
    assert dst.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip.wav", "cut_short.flac"]


@pytest.mark.parametrize("build", [make.nan_wav, make.inf_wav])
def test_nan_and_inf_samples(tmp_path: Path, build: Callable[[Path], Path]) -> None:
    path = build(tmp_path / "float.wav")
    assert audio.probe(path).subtype == "FLOAT"
    with pytest.raises(InvalidSamplesError, match="float.wav"):
        audio.load(path)
    with pytest.raises(InvalidSamplesError):
        audio.convert_to_wav(path, tmp_path / "out.wav")
    assert not (tmp_path / "out.wav").exists()


def test_analyse_refuses_empty_and_nan() -> None:
    with pytest.raises(EmptyAudioError):
        audio.analyse(np.zeros(0, dtype=np.float32))
    with pytest.raises(InvalidSamplesError):
        audio.analyse(np.array([0.0, np.inf], dtype=np.float32))


def test_truncated_wav_keeps_what_is_there(tmp_path: Path) -> None:
    """A WAV cut short (a recorder's battery died) is still usable up to where it stops."""
    full = make.tone_file(tmp_path / "full.wav", 4.0)
    cut = tmp_path / "battery_died.wav"
    payload = full.read_bytes()
    cut.write_bytes(payload[: 44 + (len(payload) - 44) // 2])
    samples = audio.load(cut)
    assert abs(samples.size - 2.0 * 16000) <= 2
    assert audio.analyse(samples).peak == pytest.approx(0.5, abs=0.01)



def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root here, who may read anything, so the permission answer is faked.
    path = make.tone_file(tmp_path / "locked.wav", 0.5)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(AudioError, match="not allowed") as caught:
        audio.probe(path)
    assert "locked.wav" in str(caught.value)


_SEEDS: dict[str, bytes] = {}


def _seed(tmp_dir: Path, suffix: str) -> bytes:
    if suffix not in _SEEDS:
        fmt, subtype = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16"),
                        ".ogg": ("OGG", "VORBIS")}[suffix]
        _SEEDS[suffix] = make.tone_file(tmp_dir / f"seed{suffix}", 0.5, fmt=fmt,
                                        subtype=subtype).read_bytes()
    return _SEEDS[suffix]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".wav", ".flac", ".ogg"]),
       edits=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=20),
       cut=st.one_of(st.none(), st.integers(1, 4000)))
def test_damaged_files_give_audio_errors_or_clean_samples(
        tmp_path: Path, suffix: str, edits: list[tuple[int, int]], cut: int | None) -> None:
    """Flipped bytes and cut-off files never escape as anything but an `AudioError`."""
    payload = bytearray(_seed(tmp_path, suffix))
    for offset, value in edits:
        payload[offset % len(payload)] = value
    if cut is not None:
        payload = payload[:cut]
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(bytes(payload))
    try:
        samples = audio.load(path)
    except AudioError as error:
        assert path.name in str(error) and str(error).endswith(".")
    else:
        assert samples.dtype == np.float32 and np.isfinite(samples).all() and samples.size > 0

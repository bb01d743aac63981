"""Reading any recording the user brings, and writing the 16 kHz mono WAV files we keep.

Everything goes through libsndfile (soundfile), which reads WAV, FLAC, Ogg Vorbis/Opus and
MP3 without FFmpeg, and soxr, which resamples well and can do it in a stream. Long field
recordings (hours) are never decoded whole: `iter_blocks` reads a block, downmixes it,
resamples it and hands it on, so memory stays at a few blocks whatever the file length.

Every failure a user can cause (a moved file, an empty or broken file, a video renamed to
.wav, NaN samples from a bad export) becomes a typed `AudioError` whose message names the
file and says what to do.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

from mms_studio.core.atomic import atomic_path
from mms_studio.core.audio.stats import TARGET_SR, AudioStats, StatsAccumulator, as_mono
from mms_studio.core.errors import (
    AudioError,
    AudioNotFoundError,
    CorruptAudioError,
    EmptyAudioError,
    InvalidSamplesError,
    UnsupportedAudioError,
)
from mms_studio.core.tasks import TaskState, check_cancelled

AUDIO_SUFFIXES: frozenset[str] = frozenset({
    ".wav", ".wave", ".flac", ".ogg", ".oga", ".opus", ".mp3",
    ".aif", ".aiff", ".aifc", ".caf", ".w64", ".rf64", ".au", ".snd",
})
"""Lower-case suffixes (with the dot) of files the importer offers as audio."""

DEFAULT_BLOCK_SECONDS = 30.0
"""Audio decoded per step when streaming: small next to RAM, large enough to be fast."""

CONVERT_BLOCK_SECONDS = 5.0
"""Smaller steps when converting: the statistics pass works in float64 on each block."""

RESAMPLE_QUALITY = "HQ"

MIN_SAMPLE_RATE = 2_000
MAX_SAMPLE_RATE = 768_000
"""Sample rates any real recorder or editor writes lie between these (4 kHz field recorders,
384/768 kHz studio converters). A header outside them is damaged or made up: trusting it
would turn a second of sound into hours (1 Hz) or milliseconds (4 MHz)."""

_RIFF_IDS = (b"RIFF", b"RIFX")


@dataclass(frozen=True)
class AudioInfo:
    """What a file holds, read from its header without decoding it.

    frames and duration are at the file's own `sample_rate`; for MP3 they are the
    decoder's estimate.
    """

    path: Path
    sample_rate: int
    channels: int
    frames: int
    duration: float
    format: str
    subtype: str


def _name(path: Path) -> str:
    return f"“{path.name}”"


def _open(path: str | os.PathLike[str]) -> tuple[Path, sf.SoundFile]:
    """Open `path` for reading, turning every libsndfile failure into a typed error."""
    file = Path(path)
    if not file.exists():
        raise AudioNotFoundError(
            f"The audio file {file} does not exist; check that it was not moved or renamed.")
    if file.is_dir():
        raise UnsupportedAudioError(f"{file} is a folder, not an audio file; choose a file inside it.")
    if not os.access(file, os.R_OK):
        raise AudioError(
            f"MMS Studio is not allowed to read {_name(file)}; check the file's permissions.")
    if file.stat().st_size == 0:
        raise EmptyAudioError(
            f"The audio file {_name(file)} is empty (0 bytes); record or copy it again.")
    try:
        handle = sf.SoundFile(file)
    except sf.LibsndfileError as exc:
        if file.suffix.lower() in AUDIO_SUFFIXES:
            raise CorruptAudioError(
                f"The audio file {_name(file)} is damaged or is not really "
                f"{file.suffix.lstrip('.').upper()} audio; copy it again from the recorder "
                f"or re-export it.") from exc
        raise UnsupportedAudioError(
            f"MMS Studio cannot read {_name(file)}; convert it to WAV, FLAC, OGG or MP3 "
            f"first (for example with Audacity).") from exc
    except (OSError, RuntimeError) as exc:
        raise CorruptAudioError(
            f"The audio file {_name(file)} could not be opened ({exc}); copy it again.") from exc
    if handle.frames == 0 or handle.samplerate <= 0 or handle.channels <= 0:
        handle.close()
        raise EmptyAudioError(f"The audio file {_name(file)} holds no sound (zero samples).")
    if not MIN_SAMPLE_RATE <= handle.samplerate <= MAX_SAMPLE_RATE:
        rate = handle.samplerate
        handle.close()
        raise CorruptAudioError(
            f"The header of {_name(file)} says it holds {rate:,} samples per second, which no "
            f"recorder writes ({MIN_SAMPLE_RATE:,} to {MAX_SAMPLE_RATE:,} is usual), so its "
            "length cannot be trusted; export it again from the recorder or an audio editor.")
    if handle.format in ("WAV", "WAVEX"):
        _check_wav_length(file, handle)
    return file, handle


def _check_wav_length(file: Path, handle: sf.SoundFile) -> None:
    """Refuse a WAV whose header announces far less sound than the file holds.

    A recorder that crashed, or a copy interrupted while the header was rewritten,
    leaves a data chunk size that covers a fraction of the samples; libsndfile
    believes it and the rest of the recording would silently vanish. Chunks after
    the data (LIST, id3) are normal and are recognised by their four-letter ids.
    """
    try:
        with file.open("rb") as raw:
            head = raw.read(12)
            if head[:4] not in _RIFF_IDS or head[8:12] != b"WAVE":
                return
            order = "<" if head[:4] == b"RIFF" else ">"
            size = file.stat().st_size
            offset = 12
            while offset + 8 <= size:
                raw.seek(offset)
                chunk = raw.read(8)
                declared = int.from_bytes(chunk[4:8], "little" if order == "<" else "big")
                if chunk[:4] == b"data":
                    end = offset + 8 + declared
                    rest = size - end
                    raw.seek(end + (end % 2))
                    after = raw.read(4)
                    frame = max(1, handle.channels * _sample_bytes(handle.subtype))
                    if rest > 2 * frame and rest > 0.01 * size and not _chunk_id(after):
                        held = (size - offset - 8) // frame / handle.samplerate
                        handle.close()
                        raise CorruptAudioError(
                            f"The header of {_name(file)} says it holds "
                            f"{handle.frames / handle.samplerate:.2f} s of sound, but the file "
                            f"holds about {held:.2f} s: it was not closed properly (a recorder "
                            "stopped or a copy interrupted); open it in an audio editor such "
                            "as Audacity and export it again.")
                    return
                offset += 8 + declared + (declared % 2)
    except OSError:
        return


def _chunk_id(data: bytes) -> bool:
    return len(data) == 4 and all(32 <= b < 127 for b in data)


def _sample_bytes(subtype: str) -> int:
    digits = "".join(ch for ch in subtype if ch.isdigit())
    if subtype in ("FLOAT",):
        return 4
    if subtype in ("DOUBLE",):
        return 8
    return max(1, int(digits) // 8) if digits else 2


def probe(path: str | os.PathLike[str]) -> AudioInfo:
    """Read the header of `path` (cheap; it does not prove the rest of the file decodes)."""
    file, handle = _open(path)
    with handle:
        return AudioInfo(path=file, sample_rate=int(handle.samplerate),
                         channels=int(handle.channels), frames=int(handle.frames),
                         duration=handle.frames / handle.samplerate,
                         format=handle.format, subtype=handle.subtype)


def _frame_range(file: Path, handle: sf.SoundFile, start: float | None,
                 end: float | None) -> tuple[int, int]:
    """The [first, last) frames of a cut, clamped to the recording."""
    rate, total = handle.samplerate, handle.frames
    duration = total / rate
    for value in (start, end):
        if value is not None and not math.isfinite(float(value)):
            raise EmptyAudioError(
                f"The cut of {_name(file)} has no usable start or end time ({value}); check the "
                "times in the annotation or table.")
    first = 0 if start is None else round(max(0.0, float(start)) * rate)
    last = total if end is None else round(min(float(end), duration) * rate)
    first = min(first, total)
    last = max(0, min(last, total))
    if last <= first:
        shown_start = 0.0 if start is None else float(start)
        shown_end = duration if end is None else float(end)
        raise EmptyAudioError(
            f"The cut from {shown_start:.2f} s to {shown_end:.2f} s of {_name(file)} holds no "
            f"sound (the recording is {duration:.2f} s long); check the start and end times.")
    return first, last


def _decode_error(file: Path) -> CorruptAudioError:
    return CorruptAudioError(
        f"The audio file {_name(file)} is damaged or cut short and could not be read to the "
        f"end; copy it again from the recorder or re-export it.")


def iter_blocks(path: str | os.PathLike[str], *, sr: int = TARGET_SR,
                block_seconds: float = DEFAULT_BLOCK_SECONDS, start: float | None = None,
                end: float | None = None) -> Iterator[np.ndarray]:
    """Yield the recording (or the cut `start`..`end`, seconds) as mono float32 blocks at `sr`.

    block_seconds: audio decoded per step at the file's rate; memory use is a few blocks.
    start/end: clamped to the recording; a cut with nothing in it raises `EmptyAudioError`.
    The cut seeks to `start` when the format allows it instead of decoding from the top.
    Raises the `AudioError` subclasses documented in `mms_studio.core.errors`.
    """
    file, handle = _open(path)
    with handle:
        first, last = _frame_range(file, handle, start, end)
        rate = int(handle.samplerate)
        block = max(1, int(block_seconds * rate))
        try:
            if first:
                if handle.seekable():
                    handle.seek(first)
                else:  # decode and drop what comes before the cut
                    skip = first
                    while skip > 0:
                        got = len(handle.read(min(block, skip), dtype="float32"))
                        if got == 0:
                            break
                        skip -= got
        except (sf.LibsndfileError, RuntimeError) as exc:
            raise _decode_error(file) from exc
        stream = (soxr.ResampleStream(rate, sr, 1, dtype="float32", quality=RESAMPLE_QUALITY)
                  if rate != sr else None)
        remaining = last - first
        while remaining > 0:
            try:
                data = handle.read(min(block, remaining), dtype="float32", always_2d=True)
            except (sf.LibsndfileError, RuntimeError) as exc:
                raise _decode_error(file) from exc
            if len(data) == 0:
                break  # the header promised more frames than the file holds
            remaining -= len(data)
            mono = data[:, 0] if data.shape[1] == 1 else data.mean(axis=1, dtype=np.float32)
            if not np.isfinite(mono).all():
                raise InvalidSamplesError(
                    f"The audio file {_name(file)} contains invalid sample values (not a number "
                    f"or infinite); re-export it from your audio editor as 16-bit WAV.")
            if stream is None:
                yield np.ascontiguousarray(mono, dtype=np.float32)
                continue
            out = stream.resample_chunk(np.ascontiguousarray(mono), last=remaining <= 0)
            if out.size:
                yield out
        if stream is not None and remaining > 0:  # ended early: flush the resampler
            out = stream.resample_chunk(np.zeros(0, dtype=np.float32), last=True)
            if out.size:
                yield out


def load(path: str | os.PathLike[str], *, sr: int = TARGET_SR, start: float | None = None,
         end: float | None = None) -> np.ndarray:
    """The recording (or the cut `start`..`end`, seconds) as one mono float32 array at `sr`.

    For clips and segments; for whole long recordings prefer `iter_blocks`.
    """
    blocks = list(iter_blocks(path, sr=sr, start=start, end=end))
    samples = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)
    if samples.size == 0:
        raise EmptyAudioError(f"The audio file {_name(Path(path))} holds no sound (zero samples).")
    return samples


def write_wav(path: str | os.PathLike[str], samples: np.ndarray, sr: int = TARGET_SR) -> None:
    """Write `samples` (float in [-1, 1], mono or (frames, channels)) as mono 16-bit WAV, atomically.

    Values beyond full scale are clipped rather than wrapped around. Raises `EmptyAudioError`
    for no samples and `InvalidSamplesError` for NaN/inf, leaving any old file untouched.
    """
    data = as_mono(samples)
    if data.size == 0:
        raise EmptyAudioError("There is no sound to save (zero samples).")
    if not np.isfinite(data).all():
        raise InvalidSamplesError(
            "The sound to save contains invalid sample values (not a number or infinite).")
    with atomic_path(path, suffix=".wav") as tmp:
        sf.write(tmp, np.clip(data, -1.0, 1.0), int(sr), format="WAV", subtype="PCM_16")


def convert_to_wav(src: str | os.PathLike[str], dst: str | os.PathLike[str], *,
                   start: float | None = None, end: float | None = None,
                   state: TaskState | None = None) -> AudioStats:
    """Stream `src` (or its cut `start`..`end`, seconds) into `dst` as 16 kHz mono 16-bit WAV.

    The file is written atomically: on any error, or on cancel through `state` (checked
    between blocks), `dst` is left as it was. Returns the statistics of what was written.
    """
    info = probe(src)
    total = ((min(end, info.duration) if end is not None else info.duration)
             - (max(start, 0.0) if start is not None else 0.0))
    accumulator = StatsAccumulator(sr=TARGET_SR)
    written = 0
    with atomic_path(dst, suffix=".wav") as tmp, \
            sf.SoundFile(tmp, "w", samplerate=TARGET_SR, channels=1, format="WAV",
                         subtype="PCM_16") as out:
        for block in iter_blocks(src, sr=TARGET_SR, start=start, end=end,
                                 block_seconds=CONVERT_BLOCK_SECONDS):
            clipped = np.clip(block, -1.0, 1.0)
            out.write(clipped)
            accumulator.add(clipped)
            written += clipped.size
            if state is not None:
                if total > 0:
                    state.set_progress(min(1.0, written / TARGET_SR / total))
                check_cancelled(state)
    return accumulator.result()


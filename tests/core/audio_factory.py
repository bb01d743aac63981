"""Generated audio files for tests: good ones at awkward rates, and every kind of bad one.

Real recordings come from the `shared_data` fixture; these cover what the shared data does
not (stereo at 44.1 kHz, 8 kHz, NaN samples, truncated and fake files, very long files).
Other areas may use them too: `from tests.core.audio_factory import tone_file`.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import soundfile as sf


def tone(seconds: float, *, sr: int = 16000, freq: float = 440.0, amplitude: float = 0.5,
         channels: int = 1) -> np.ndarray:
    """A sine tone, float32, shape (frames,) or (frames, channels) with channels out of phase."""
    t = np.arange(round(seconds * sr)) / sr
    if channels == 1:
        return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    columns = [amplitude * np.sin(2 * np.pi * freq * t + k * 0.1) for k in range(channels)]
    return np.stack(columns, axis=1).astype(np.float32)


def tone_file(path: Path, seconds: float = 2.0, *, sr: int = 16000, channels: int = 1,
              amplitude: float = 0.5, subtype: str | None = None, fmt: str | None = None) -> Path:
    sf.write(path, tone(seconds, sr=sr, channels=channels, amplitude=amplitude), sr,
             subtype=subtype, format=fmt)
    return path


def ramp_file(path: Path, seconds: float, *, sr: int = 16000) -> Path:
    """Amplitude rises linearly with time, so a cut's level tells where it came from."""
    n = round(seconds * sr)
    envelope = np.linspace(0.0, 0.9, n, dtype=np.float32)
    carrier = np.sign(np.sin(2 * np.pi * 200 * np.arange(n) / sr)).astype(np.float32)
    sf.write(path, envelope * carrier, sr, subtype="PCM_16")
    return path


def long_file(path: Path, *, seconds: float, sr: int = 22050, block_seconds: float = 30.0) -> Path:
    """A long PCM_16 WAV written block by block, so making it never holds it in memory."""
    with sf.SoundFile(path, "w", samplerate=sr, channels=1, subtype="PCM_16") as out:
        done = 0.0
        while done < seconds:
            step = min(block_seconds, seconds - done)
            out.write(tone(step, sr=sr, amplitude=0.3, freq=220.0))
            done += step
    return path


def nan_wav(path: Path) -> Path:
    data = tone(1.0)
    data[100:110] = np.nan
    sf.write(path, data, 16000, subtype="FLOAT")
    return path


def inf_wav(path: Path) -> Path:
    data = tone(1.0)
    data[5000] = np.inf
    sf.write(path, data, 16000, subtype="FLOAT")
    return path


def truncated_flac(path: Path) -> Path:
    full = path.with_name(path.stem + ".full.flac")
    tone_file(full, 5.0)
    payload = full.read_bytes()
    path.write_bytes(payload[: len(payload) // 2])
    full.unlink()
    return path


def random_bytes(path: Path, size: int = 5000, *, seed: int = 0) -> Path:
    path.write_bytes(np.random.default_rng(seed).bytes(size))
    return path


def text_file(path: Path) -> Path:
    path.write_text("This is a text note, not a recording.\n", encoding="utf-8")
    return path


def zero_frame_wav(path: Path) -> Path:
    sf.write(path, np.zeros(0, dtype=np.float32), 16000, subtype="PCM_16")
    return path


def zero_byte(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def file_size(path: Path) -> int:
    return os.stat(path).st_size

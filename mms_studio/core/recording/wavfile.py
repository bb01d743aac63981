"""A WAV file that is valid at every moment while it grows, so a crash keeps the take.

A normal writer fills in the RIFF and data sizes when it closes; killed
midway, it leaves a file that claims zero samples. This writer rewrites both
sizes after every block (two small seeks) and flushes, so a reader sees every
block written before the process died — everything but the last fraction of a
second. It fsyncs every few seconds too, for power cuts. `repair()` fixes a
file whose last block landed after its last header update.
"""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

import numpy as np

HEADER_BYTES = 44
SAMPLE_BYTES = 2          # PCM 16-bit
FSYNC_EVERY_S = 2.0


def _header(*, samplerate: int, channels: int, data_bytes: int) -> bytes:
    block_align = channels * SAMPLE_BYTES
    return (b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
            + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, samplerate,
                                    samplerate * block_align, block_align, 8 * SAMPLE_BYTES)
            + b"data" + struct.pack("<I", data_bytes))


def to_pcm16(samples: np.ndarray) -> bytes:
    clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    return (clipped * 32767.0).round().astype("<i2").tobytes()


class StreamingWavWriter:
    """Append float samples in [-1, 1]; the file on disk is a readable WAV after each `write`."""

    def __init__(self, path: str | Path, *, samplerate: int, channels: int = 1) -> None:
        self.path = Path(path)
        self.samplerate, self.channels = int(samplerate), int(channels)
        self.frames = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.path, "wb")  # noqa: SIM115 — lives as long as the take
        self._file.write(_header(samplerate=self.samplerate, channels=self.channels, data_bytes=0))
        self._file.flush()
        self._last_sync = time.monotonic()

    def write(self, samples: np.ndarray) -> None:
        data = to_pcm16(samples)
        if not data:
            return
        self._file.write(data)
        self.frames += len(data) // (SAMPLE_BYTES * self.channels)
        data_bytes = self.frames * SAMPLE_BYTES * self.channels
        self._file.seek(4)
        self._file.write(struct.pack("<I", 36 + data_bytes))
        self._file.seek(40)
        self._file.write(struct.pack("<I", data_bytes))
        self._file.seek(0, os.SEEK_END)
        self._file.flush()
        if time.monotonic() - self._last_sync >= FSYNC_EVERY_S:
            os.fsync(self._file.fileno())
            self._last_sync = time.monotonic()

    @property
    def duration(self) -> float:
        return self.frames / self.samplerate

    def close(self) -> None:
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


def repair(path: str | Path) -> int:
    """Make the header cover every whole frame in the file (after a crash); return the frames."""
    path = Path(path)
    with open(path, "rb+") as handle:
        header = handle.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES or header[:4] != b"RIFF" or header[36:40] != b"data":
            raise ValueError(f"{path.name} is not a take written by MMS Studio")
        channels = struct.unpack("<H", header[22:24])[0]
        size = path.stat().st_size - HEADER_BYTES
        frame_bytes = SAMPLE_BYTES * channels
        data_bytes = size - size % frame_bytes
        handle.seek(4)
        handle.write(struct.pack("<I", 36 + data_bytes))
        handle.seek(40)
        handle.write(struct.pack("<I", data_bytes))
        handle.truncate(HEADER_BYTES + data_bytes)
        handle.flush()
        os.fsync(handle.fileno())
    return data_bytes // frame_bytes

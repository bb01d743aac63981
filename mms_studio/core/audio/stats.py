"""Level statistics of a recording: what take QC and the import report show the user.

The figures are computed in one pass over blocks (`StatsAccumulator`) so a two-hour
recording converted in streaming mode gets its statistics without ever being held in
memory; `analyse` is the same pass over one array. Levels are in dBFS (0 dB = full
scale) with a floor, so silence is a finite number that JSON and the GUI can show.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

from mms_studio.core.errors import EmptyAudioError, InvalidSamplesError

TARGET_SR = 16000
"""Samples per second the MMS models expect."""

CLIP_LEVEL = 0.999
"""|sample| at or above this counts as clipped (a converter rarely reaches exactly 1.0)."""

SILENCE_DBFS = -50.0
"""A window whose RMS is below this level counts as silence."""

WINDOW_SECONDS = 0.020
"""Length of the windows the silence share is measured over (20 ms)."""

DBFS_FLOOR = -120.0
"""Level reported for digital silence instead of minus infinity."""


def to_dbfs(amplitude: float) -> float:
    """Amplitude (1.0 = full scale) to dBFS, floored at `DBFS_FLOOR`."""
    if amplitude <= 0.0:
        return DBFS_FLOOR
    return max(DBFS_FLOOR, 20.0 * math.log10(amplitude))


@dataclass(frozen=True)
class AudioStats:
    """Level figures of one recording (or one cut of it).

    duration: seconds. peak: largest |sample|, 0..1 for stored audio. clipping_share and
    silence_share: fractions 0..1 of samples at full scale and of 20 ms windows below
    -50 dBFS. rms_dbfs: overall loudness.
    """

    duration: float
    peak: float
    clipping_share: float
    silence_share: float
    rms_dbfs: float

    @property
    def peak_dbfs(self) -> float:
        return to_dbfs(self.peak)

    def to_dict(self) -> dict[str, float]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, float]) -> AudioStats:
        return cls(**{key: float(data[key]) for key in
                      ("duration", "peak", "clipping_share", "silence_share", "rms_dbfs")})


class StatsAccumulator:
    """Running `AudioStats` over consecutive blocks of one mono signal.

    Windows for the silence share run across block boundaries (the remainder of a block
    is carried over), so the result does not depend on how the signal was cut into blocks.
    """

    def __init__(self, *, sr: int = TARGET_SR) -> None:
        self.sr = sr
        self._window = max(1, round(WINDOW_SECONDS * sr))
        self._threshold_power = (10.0 ** (SILENCE_DBFS / 20.0)) ** 2
        self._count = 0
        self._peak = 0.0
        self._clipped = 0
        self._sum_squares = 0.0
        self._windows = 0
        self._silent_windows = 0
        self._carry = np.zeros(0, dtype=np.float64)

    def add(self, block: np.ndarray) -> None:
        samples = np.asarray(block, dtype=np.float64).reshape(-1)
        if samples.size == 0:
            return
        if not np.isfinite(samples).all():
            raise InvalidSamplesError(
                "The recording contains invalid sample values (not a number or infinite); "
                "re-export it from your audio editor.")
        magnitude = np.abs(samples)
        self._count += samples.size
        self._peak = max(self._peak, float(magnitude.max()))
        self._clipped += int(np.count_nonzero(magnitude >= CLIP_LEVEL))
        self._sum_squares += float(np.dot(samples, samples))
        if self._carry.size:
            samples = np.concatenate([self._carry, samples])
        whole = samples.size // self._window * self._window
        self._count_windows(samples[:whole])
        self._carry = samples[whole:].copy()

    def _count_windows(self, samples: np.ndarray) -> None:
        if samples.size == 0:
            return
        power = (samples.reshape(-1, self._window) ** 2).mean(axis=1)
        self._windows += power.size
        self._silent_windows += int(np.count_nonzero(power < self._threshold_power))

    def result(self) -> AudioStats:
        """The statistics so far; raises `EmptyAudioError` if nothing was added."""
        if self._count == 0:
            raise EmptyAudioError("The recording has no sound in it (zero samples).")
        windows, silent = self._windows, self._silent_windows
        if self._carry.size:  # a final partial window still counts
            windows += 1
            silent += int(float((self._carry ** 2).mean()) < self._threshold_power)
        return AudioStats(
            duration=self._count / self.sr,
            peak=self._peak,
            clipping_share=self._clipped / self._count,
            silence_share=silent / windows,
            rms_dbfs=to_dbfs(math.sqrt(self._sum_squares / self._count)),
        )


def as_mono(samples: np.ndarray) -> np.ndarray:
    """(frames,) or (frames, channels) float or integer samples as mono float32 in [-1, 1] scale."""
    data = np.asarray(samples)
    if data.ndim == 2:
        data = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    if data.ndim != 1:
        raise ValueError(f"expected (frames,) or (frames, channels) samples, got {data.shape}")
    if np.issubdtype(data.dtype, np.integer):
        data = data / float(np.iinfo(data.dtype).max + 1)
    return np.asarray(data, dtype=np.float32)


def analyse(samples: np.ndarray, sr: int = TARGET_SR) -> AudioStats:
    """Level statistics of a signal held in memory (a take, a loaded clip).

    samples: mono, or (frames, channels) which is downmixed; int16/int32 are scaled to [-1, 1].
    sr: sample rate of `samples`; only the duration and the 20 ms window size depend on it.
    Raises `EmptyAudioError` for an empty array and `InvalidSamplesError` for NaN/inf.
    """
    accumulator = StatsAccumulator(sr=sr)
    accumulator.add(as_mono(samples))
    return accumulator.result()

"""Level statistics on signals whose answer is known."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mms_studio.core import audio
from mms_studio.core.audio import DBFS_FLOOR, StatsAccumulator
from tests.core import audio_factory as make


def test_full_scale_sine() -> None:
    stats = audio.analyse(make.tone(2.0, amplitude=1.0))
    assert stats.duration == pytest.approx(2.0)
    assert stats.peak == pytest.approx(1.0, abs=1e-4)
    assert stats.rms_dbfs == pytest.approx(-3.01, abs=0.05)  # sine RMS = peak / sqrt(2)
    assert 0.0 < stats.clipping_share < 0.05  # only the crests reach 0.999
    assert stats.silence_share == 0.0


def test_digital_silence_and_half_silent_signal() -> None:
    silent = audio.analyse(np.zeros(16000, dtype=np.float32))
    assert silent.silence_share == 1.0 and silent.peak == 0.0
    assert silent.rms_dbfs == DBFS_FLOOR and silent.peak_dbfs == DBFS_FLOOR
    half = np.concatenate([np.zeros(16000, np.float32), make.tone(1.0, amplitude=0.1)])
    assert audio.analyse(half).silence_share == pytest.approx(0.5, abs=0.02)


def test_quiet_but_not_silent() -> None:
    # -40 dBFS RMS tone: quiet, but above the -50 dBFS silence threshold.
    quiet = make.tone(1.0, amplitude=0.01 * np.sqrt(2))
    stats = audio.analyse(quiet)
    assert stats.rms_dbfs == pytest.approx(-40.0, abs=0.1)
    assert stats.silence_share == 0.0


def test_stats_round_trip_through_dict() -> None:
    stats = audio.analyse(make.tone(0.5))
    assert audio.AudioStats.from_dict(stats.to_dict()) == stats


@settings(max_examples=40, deadline=None)
@given(cuts=st.lists(st.integers(min_value=1, max_value=4000), min_size=1, max_size=8),
       seed=st.integers(min_value=0, max_value=2**16))
def test_block_boundaries_do_not_change_the_result(cuts: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    signal = (rng.standard_normal(12000) * rng.choice([0.0, 0.001, 0.3], 12000)).astype(np.float32)
    whole = audio.analyse(signal)
    accumulator = StatsAccumulator()
    edges = np.cumsum(cuts)
    for block in np.split(signal, edges[edges < signal.size]):
        accumulator.add(block)
    streamed = accumulator.result()
    assert streamed.duration == whole.duration
    assert streamed.peak == whole.peak
    assert streamed.clipping_share == whole.clipping_share
    assert streamed.silence_share == pytest.approx(whole.silence_share)
    assert streamed.rms_dbfs == pytest.approx(whole.rms_dbfs, abs=1e-6)
    assert 0.0 <= whole.silence_share <= 1.0


def test_stereo_and_integer_samples_are_understood() -> None:
    stereo = make.tone(1.0, amplitude=0.5, channels=2)
    assert audio.analyse(stereo).duration == pytest.approx(1.0)
    assert audio.analyse(stereo).peak == pytest.approx(0.5, abs=0.01)
    pcm = (make.tone(1.0, amplitude=0.5) * 32767).astype(np.int16)
    assert audio.analyse(pcm).peak == pytest.approx(0.5, abs=0.01)
    assert audio.analyse(make.tone(2.0, sr=8000), 8000).duration == pytest.approx(2.0)

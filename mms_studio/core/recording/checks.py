"""Is this take usable for training? Each check gives a reason a speaker can act on.

Thresholds are in plain units (seconds, dBFS, share of samples). MMS adapters
train best on utterances of about 1 to 20 seconds; clipped or very quiet audio
teaches the model noise. Reasons are `Message`s, so the app says them in the
interface language (by template) while the CLI and logs get the English text.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mms_studio.core.tasks import Message

MIN_SECONDS = 0.6          # speech shorter than this is almost always a false start
MAX_SECONDS = 30.0         # longer clips use too much memory in training
QUIET_PEAK = 0.03          # about -30 dBFS: the microphone is too far or muted
CLIPPED_LEVEL = 0.999
CLIPPED_SHARE = 0.001      # 0.1 % of samples at full scale is audible distortion


@dataclass(frozen=True)
class TakeProblem:
    code: str        # "too_short" | "too_long" | "too_quiet" | "clipping"
    reason: Message  # one sentence for the speaker


def check_take(samples: np.ndarray, samplerate: int, *, tail_seconds: float = 0.0,
               ) -> list[TakeProblem]:
    """Problems with a take (empty list when it is fine). `tail_seconds` of padding are not speech."""
    samples = np.asarray(samples, dtype=np.float32).reshape(-1)
    seconds = len(samples) / samplerate - tail_seconds
    problems: list[TakeProblem] = []
    if seconds < MIN_SECONDS:
        problems.append(TakeProblem("too_short", Message(
            "The take is too short: say the whole sentence after pressing record.")))
    if seconds > MAX_SECONDS:
        problems.append(TakeProblem("too_long", Message(
            "The take is longer than {seconds:.0f} seconds: split it into shorter sentences.",
            seconds=MAX_SECONDS)))
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    if peak < QUIET_PEAK:
        problems.append(TakeProblem("too_quiet", Message(
            "The take is very quiet: speak closer to the microphone or raise its input level.")))
    if len(samples) and float(np.mean(np.abs(samples) >= CLIPPED_LEVEL)) > CLIPPED_SHARE:
        problems.append(TakeProblem("clipping", Message(
            "The take is distorted (too loud): move back from the microphone or lower its "
            "input level.")))
    return problems

"""Shared helpers of the engine tests (synthetic utterances, a fast training config)."""

from __future__ import annotations

from mms_studio.core.engine.data import Utterance
from mms_studio.devtools import synthetic_clips

# Settings measured to take the tiny model from 100% to ~5% dev CER in ~100-150 steps.
TRAIN_STEPS = 150
WORDS = (1, 4)


def utterances(n: int, *, seed: int, prefix: str) -> list[Utterance]:
    return [Utterance(id=f"{prefix}{i}", text=c.text, duration=c.duration, samples=c.samples,
                      speaker=f"spk{i % 4}")
            for i, c in enumerate(synthetic_clips(n, seed=seed, words_per_clip=WORDS))]


def fast_config(**changes):
    from mms_studio.core.engine.trainer import TrainConfig

    base = dict(max_steps=TRAIN_STEPS, learning_rate=3e-3, warmup_steps=20, eval_every=25,
                log_every=25, checkpoint_every=1000, seconds_per_batch=16.0, mask_time_prob=0.0,
                precision="fp32", device="cpu", patience=0, seed=0)
    base.update(changes)
    return TrainConfig(**base)

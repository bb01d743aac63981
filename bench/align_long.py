"""Forced alignment of a 1-hour recording: time and memory of the alignment itself.

    python bench/align_long.py [--minutes 60] [--threads 2] [--train-steps 150]

A tiny model (`mms_studio.devtools`) is given an adapter trained briefly on short
synthetic clips (as the tests do), then a recording of `--minutes` of synthetic
lines joined by 0.5..2 s pauses is written to a WAV file (never held whole) with
its untimed transcript. The emissions are computed streamed from the file
(their cost is the acoustic model's, the same as transcribing; the tiny model runs
on one thread, its fastest), then the
transcript is aligned. Printed: emissions time, alignment time as a share of
the recording's duration (the goal: <= 10% on 2 cores), the resident memory
added by the alignment (goal: <= 2 GB over the model), the boundary errors
against the known truth, and, as the baseline in the same run, what a single
full trellis (frames x states) would need. Last line:
    minutes=… align_s=… align_share=… align_peak_gb=… emissions_s=… full_trellis_gb=… median_err_ms=…
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import rss_bytes, track_peak_rss  # noqa: E402


def train_adapter(work: Path, steps: int):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec, Utterance
    from mms_studio.core.engine.trainer import TrainConfig, train
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser
    from mms_studio.devtools import build_tiny_model, synthetic_clips

    base = build_tiny_model(work / "model", languages=("eng",))

    def utts(n, seed, prefix):
        return [Utterance(id=f"{prefix}{i}", text=c.text, duration=c.duration,
                          samples=c.samples, speaker=f"s{i % 4}")
                for i, c in enumerate(synthetic_clips(n, seed=seed, words_per_clip=(1, 4)))]

    train_set, dev_set = utts(160, 1, "t"), utts(24, 2, "d")
    codec = LabelCodec.from_texts([u.text for u in train_set])
    model = load_base_model(base)
    init_adapter(model, vocab=codec.vocab)
    config = TrainConfig(max_steps=steps, learning_rate=3e-3, warmup_steps=20, eval_every=steps,
                         log_every=50, checkpoint_every=10_000, seconds_per_batch=16.0,
                         mask_time_prob=0.0, precision="fp32", device="cpu", patience=0, seed=0)
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                   config=config, run_dir=work / "run")
    print(f"adapter: {steps} steps, dev CER {result.best_cer:.1%}")
    return Recogniser(model, adapter=AdapterRef("xsy", codec.vocab, "synthetic"))


def write_recording(path: Path, minutes: float, seed: int):
    """Lines joined by pauses, streamed to `path`; returns the lines and their true times."""
    import soundfile as sf

    from mms_studio.devtools import SAMPLE_RATE, synthetic_clips

    rng = np.random.default_rng(seed)
    lines, truth = [], []
    pos = 0
    target = int(minutes * 60 * SAMPLE_RATE)
    batch = 0
    with sf.SoundFile(str(path), "w", samplerate=SAMPLE_RATE, channels=1, subtype="PCM_16") as out:
        while pos < target:
            for clip in synthetic_clips(200, seed=seed + batch, words_per_clip=(2, 6)):
                gap = (0.01 * rng.standard_normal(int(rng.uniform(0.5, 2.0) * SAMPLE_RATE)))
                out.write(gap.astype(np.float32))
                pos += len(gap)
                truth.append((pos / SAMPLE_RATE + clip.word_times[0][1],
                              pos / SAMPLE_RATE + clip.word_times[-1][2]))
                out.write(clip.samples)
                pos += len(clip.samples)
                lines.append(clip.text)
                if pos >= target:
                    break
            batch += 1
    return lines, np.array(truth), pos / SAMPLE_RATE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train-steps", type=int, default=150)
    args = parser.parse_args()
    import torch

    from mms_studio.core.engine.align import align_utterances, compute_emissions
    from mms_studio.core.engine.align_text import Speller
    from mms_studio.core.text import Normalizer

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        torch.set_num_threads(1)                 # the tiny model trains faster on one
        rec = train_adapter(work, args.train_steps)
        wav = work / "long.wav"
        lines, truth, seconds = write_recording(wav, args.minutes, seed=100)
        letters = sum(len(line) for line in lines)
        print(f"recording: {seconds / 60:.1f} min, {len(lines)} lines, {letters} characters")
        utterances = Speller(rec.adapter.vocab, Normalizer()).spell(lines)
        start = time.perf_counter()
        emissions = compute_emissions(rec, wav, token_ids={i for u in utterances for i in u.ids})
        emissions_s = time.perf_counter() - start
        torch.set_num_threads(args.threads)
        print(f"emissions: {emissions_s:.1f} s (the acoustic model's cost), "
              f"{emissions.logp.nbytes / 1e6:.0f} MB kept for {emissions.frames} frames")
        before = rss_bytes()
        start = time.perf_counter()
        with track_peak_rss() as peak:
            alignment = align_utterances(emissions, utterances)
        align_s = time.perf_counter() - start
    added_gb = (peak.peak - before) / 1e9
    states = sum(2 * len(u.ids) + 2 for u in utterances)
    full_gb = emissions.frames * states * 5 / 1e9        # 1-byte backpointer + float32 score
    errors = np.abs(np.array([[u.start, u.end] for u in alignment.utterances]) - truth).ravel()
    print(f"alignment: {align_s:.1f} s = {align_s / seconds:.2%} of the recording's duration "
          f"on {args.threads} thread(s)")
    print(f"memory added by the alignment: {added_gb:.3f} GB (peak RSS {peak.peak_gb:.2f} GB)")
    print(f"baseline: one full trellis would need {full_gb:.1f} GB "
          f"({emissions.frames} frames x {states} states)")
    print(f"boundaries: median error {np.median(errors) * 1000:.0f} ms, "
          f"{np.mean(errors <= 0.15):.1%} within 150 ms; "
          f"{sum(u.needs_review(alignment.settings) for u in alignment.utterances)} lines to review")
    print(f"minutes={seconds / 60:.1f} align_s={align_s:.1f} align_share={align_s / seconds:.4f} "
          f"align_peak_gb={added_gb:.3f} emissions_s={emissions_s:.1f} full_trellis_gb={full_gb:.1f} "
          f"median_err_ms={np.median(errors) * 1000:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

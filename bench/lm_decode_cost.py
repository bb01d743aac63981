"""What LM beam search adds to transcription: its time against the acoustic model's, same run.

    python bench/lm_decode_cost.py [--seconds 60] [--base-1b .bench-models/mms-1b-random]
        [--seconds-1b 30] [--train-steps 120]

Tiny model: an adapter trained briefly on synthetic speech (the beam's cost depends on
how many tokens per frame pass pyctcdecode's -5 log-probability cut, so an untrained,
unsure model would overstate it), a 3-gram LM from a synthetic corpus, a synthetic
recording: acoustic model seconds (Recogniser.log_probs over 30 s windows), greedy
decoding seconds, beam search with the LM seconds. 1B model (when the folder exists;
random weights, from bench/make_mms1b.py): its acoustic seconds per second of audio, and
the beam's cost per second of audio as a share of it. The beam is not timed on the
random 1B's posteriors: they are flat (every token near -5 log-probability), which a
trained adapter's never are, and would make the beam search explode. Figures are
indicative on a shared CPU.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def corpus(n: int, seed: int) -> list[list[str]]:
    from mms_studio.devtools import SYNTH_WORDS

    rng = np.random.default_rng(seed)
    return [[SYNTH_WORDS[int(rng.integers(len(SYNTH_WORDS)))]
             for _ in range(int(rng.integers(2, 7)))] for _ in range(n)]


def build_lm(folder: Path):
    from mms_studio.core.lm.arpa import unigrams, write_arpa
    from mms_studio.core.lm.kneser_ney import count_tokens, estimate

    stream, vocab, n = count_tokens(corpus(20000, seed=5))
    write_arpa(estimate(stream, vocab, order=3, sentences=n), folder / "lm.arpa")
    return folder / "lm.arpa", unigrams(folder / "lm.arpa")


def measure(rec, audio: np.ndarray, vocab: dict, arpa: Path, words: list[str]) -> dict:
    from mms_studio.core.engine.decode import BeamDecoder, GreedyDecoder
    from mms_studio.core.lm.scorer import load_language_model

    window = 30 * 16000
    t0 = time.perf_counter()
    rows = [rec.log_probs(audio[i:i + window]) for i in range(0, len(audio), window)]
    acoustic = time.perf_counter() - t0
    greedy = GreedyDecoder(vocab)
    t0 = time.perf_counter()
    for lp in rows:
        greedy.decode(lp)
    greedy_s = time.perf_counter() - t0
    lm = load_language_model(arpa, unigrams=words, alpha=0.6, beta=1.0, unk_score_offset=0.0)
    beam = BeamDecoder(vocab, language_model=lm)
    try:
        t0 = time.perf_counter()
        for lp in rows:
            beam.decode(lp)
        beam_s = time.perf_counter() - t0
    finally:
        beam.close()
    return {"acoustic_s": acoustic, "greedy_s": greedy_s, "beam_s": beam_s,
            "beam_share": beam_s / acoustic}


def show(name: str, seconds: float, r: dict) -> None:
    print(f"{name}: {seconds:.0f} s of audio — acoustic model {r['acoustic_s']:.2f} s, "
          f"greedy {r['greedy_s']:.3f} s, LM beam search {r['beam_s']:.2f} s "
          f"= {r['beam_share']:.1%} of the acoustic time")


def tiny(seconds: float, steps: int, tmp: Path, arpa: Path, words: list[str]) -> dict:
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec, Utterance
    from mms_studio.core.engine.trainer import TrainConfig, train
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser
    from mms_studio.devtools import build_tiny_model, synthetic_clips, synthetic_long_audio

    torch.set_num_threads(1)
    base = build_tiny_model(tmp / "tiny")
    clips = synthetic_clips(160, seed=1)
    utts = [Utterance(id=f"t{i}", text=c.text, duration=c.duration, samples=c.samples,
                      speaker="s") for i, c in enumerate(clips)]
    codec = LabelCodec.from_texts([u.text for u in utts])
    model = load_base_model(base)
    init_adapter(model, vocab=codec.vocab)
    config = TrainConfig(max_steps=steps, learning_rate=3e-3, warmup_steps=20, eval_every=10_000,
                         log_every=10_000, checkpoint_every=10_000, seconds_per_batch=16.0,
                         mask_time_prob=0.0, precision="fp32", device="cpu", patience=0, seed=0)
    train(model=model, codec=codec, train_set=utts, dev_set=utts[:8], config=config,
          run_dir=tmp / "run", state=None)
    rec = Recogniser(model, adapter=AdapterRef("xsy", codec.vocab, "bench"))
    audio = synthetic_long_audio(seconds, seed=3).samples
    result = measure(rec, audio, codec.vocab, arpa, words)
    show("tiny model (trained briefly)", seconds, result)
    return result


def one_b(base: Path, seconds: float) -> float:
    """The 1B model's acoustic seconds per second of audio (random weights: speed only)."""
    from mms_studio.core.engine.transcribe import Recogniser
    from mms_studio.devtools import synthetic_long_audio

    rec = Recogniser.load(base, language="eng", device="cpu")
    audio = synthetic_long_audio(seconds, seed=3).samples
    rec.log_probs(audio[:16000])     # warm-up
    t0 = time.perf_counter()
    window = 30 * 16000
    for i in range(0, len(audio), window):
        rec.log_probs(audio[i:i + window])
    per_second = (time.perf_counter() - t0) / seconds
    print(f"1B model ({rec.precision}, random weights): acoustic model {per_second:.3f} s per "
          "second of audio")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--train-steps", type=int, default=120)
    parser.add_argument("--base-1b", default=".bench-models/mms-1b-random")
    parser.add_argument("--seconds-1b", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        arpa, words = build_lm(tmp)
        small = tiny(args.seconds, args.train_steps, tmp, arpa, words)
        if Path(args.base_1b).is_dir():
            acoustic = one_b(Path(args.base_1b), args.seconds_1b)
            beam = small["beam_s"] / args.seconds
            print(f"LM beam search: {beam:.3f} s per second of audio = {beam / acoustic:.1%} "
                  "added to the 1B model's acoustic time (beam cost measured on a trained "
                  "adapter's posteriors: it depends on how peaked they are, not on the model "
                  "size; the random-weight 1B's flat posteriors would overstate it)")
        else:
            print(f"({args.base_1b} not found: `make bench-1b` builds it; 1B figures skipped)")


if __name__ == "__main__":
    main()

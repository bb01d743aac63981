"""Our trainer vs the transformers MMS adapter recipe, same tiny model, same synthetic data.

    python bench/train_vs_recipe.py [--epochs 8] [--train 160] [--threads 2] [--seeds 0,1,2]

The recipe is `run_speech_recognition_ctc_adapter.py` reduced to its training
core: HF `Trainer`, a padding collator, `group_by_length`, lr 1e-3,
`init_adapter_layers()` + `freeze_base_model()` + adapters trainable. Ours is
`mms_studio.core.engine.trainer.train` (batches by total seconds, our CTC loss,
frozen conv features). Each side runs in its own subprocess so peak RAM is its
own. Figures printed: samples/s, wall time, final dev CER, and the wall time
our trainer needed to reach the recipe's final dev CER. A benchmark, not a
test: run it on an idle machine; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _data(n_train: int):
    from mms_studio.core.engine.data import LabelCodec, Utterance
    from mms_studio.devtools import synthetic_clips

    def utts(n, seed, prefix):
        return [Utterance(id=f"{prefix}{i}", text=c.text, duration=c.duration, samples=c.samples)
                for i, c in enumerate(synthetic_clips(n, seed=seed, words_per_clip=(1, 6)))]

    train, dev = utts(n_train, 1, "t"), utts(40, 2, "d")
    return train, dev, LabelCodec.from_texts([u.text for u in train])


def _dev_cer(model, dev, codec) -> float:
    import contextlib

    from mms_studio.core.engine.data import preflight
    from mms_studio.core.engine.trainer import evaluate_examples

    examples, _ = preflight(dev, codec)
    return evaluate_examples(model, examples, codec, seconds_per_batch=30.0,
                             autocast=contextlib.nullcontext).cer


def run_recipe(args) -> dict:
    import numpy as np
    import torch
    from datasets import Dataset
    from transformers import Trainer, TrainingArguments

    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import normalize_audio

    torch.set_num_threads(args.threads)
    train, dev, codec = _data(args.train)
    model = load_base_model(Path(args.model))
    vocab = codec.vocab
    model.config.vocab_size = len(vocab)
    model.config.pad_token_id = vocab["[PAD]"]
    model.config.ctc_zero_infinity = True
    model.config.mask_time_prob = 0.0
    model.lm_head = torch.nn.Linear(model.config.hidden_size, len(vocab))
    torch.manual_seed(args.seed)
    model.init_adapter_layers()            # the recipe, line for line
    model.freeze_base_model()
    for param in model._get_adapters().values():
        param.requires_grad = True

    ds = Dataset.from_dict({
        "input_values": [normalize_audio(u.samples) for u in train],
        "labels": [codec.encode(u.text) for u in train],
        "input_length": [len(u.samples) for u in train]})

    def collate(features):  # DataCollatorCTCWithPadding: pad audio, pad labels with -100
        longest = max(len(f["input_values"]) for f in features)
        values = np.zeros((len(features), longest), np.float32)
        mask = np.zeros((len(features), longest), np.int64)
        for i, f in enumerate(features):
            values[i, :len(f["input_values"])] = f["input_values"]
            mask[i, :len(f["input_values"])] = 1
        lab_len = max(len(f["labels"]) for f in features)
        labels = np.full((len(features), lab_len), -100, np.int64)
        for i, f in enumerate(features):
            labels[i, :len(f["labels"])] = f["labels"]
        return {"input_values": torch.from_numpy(values), "attention_mask": torch.from_numpy(mask),
                "labels": torch.from_numpy(labels)}

    targs = TrainingArguments(
        output_dir=tempfile.mkdtemp(), per_device_train_batch_size=args.batch,
        num_train_epochs=args.epochs, learning_rate=1e-3, warmup_steps=args.warmup,
        train_sampling_strategy="group_by_length", length_column_name="input_length",
        save_strategy="no", eval_strategy="no", report_to=[], logging_steps=50, use_cpu=True,
        dataloader_num_workers=0, seed=args.seed, disable_tqdm=True, remove_unused_columns=False)
    trainer = Trainer(model=model, args=targs, train_dataset=ds, data_collator=collate)
    t0 = time.perf_counter()
    out = trainer.train()
    wall = time.perf_counter() - t0
    return {"wall_s": wall, "samples_per_s": out.metrics["train_samples_per_second"],
            "clips_seen": args.epochs * len(train),
            "steps": out.global_step, "dev_cer": _dev_cer(model, dev, codec),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_ours(args) -> dict:
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.core.engine.trainer import TrainConfig, train

    torch.set_num_threads(args.threads)
    train_set, dev, codec = _data(args.train)
    model = load_base_model(Path(args.model))
    init_adapter(model, vocab=codec.vocab, seed=args.seed)
    # Same epochs and about the recipe's batch count: grow the seconds budget until an
    # epoch's plan has no more batches than the recipe's ceil(n / batch).
    from mms_studio.core.engine.data import plan_batches

    durations = [u.duration for u in train_set]
    seconds_per_batch = args.batch * min(durations)
    target = -(-len(train_set) // args.batch)
    while len(plan_batches(durations, seconds_per_batch=seconds_per_batch, seed=args.seed,
                           epoch=0)) > target:
        seconds_per_batch *= 1.02
    steps = (args.ours_epochs or args.epochs) * target
    cfg = TrainConfig(max_steps=steps, learning_rate=1e-3, warmup_steps=args.warmup,
                      seconds_per_batch=seconds_per_batch, eval_every=max(steps // 20, 5),
                      log_every=50, checkpoint_every=10 * steps, patience=0,
                      mask_time_prob=0.0, device="cpu", precision="fp32", seed=args.seed)
    from mms_studio.core.tasks import RecordingTaskState

    state = RecordingTaskState()
    t0 = time.perf_counter()
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev, config=cfg,
                   run_dir=Path(tempfile.mkdtemp()), state=state)
    wall = time.perf_counter() - t0
    evals = [(p.elapsed, p.cer, p.step) for p in state.partials if isinstance(p, EvalRow)]
    return {"wall_s": wall, "steps": result.steps, "dev_cer": _dev_cer(model, dev, codec),
            "samples_per_s": result.clips_seen / wall, "clips_seen": result.clips_seen,
            "seconds_per_batch": seconds_per_batch, "evals": evals,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _print_seed(seed: int, recipe: dict, ours: dict) -> None:
    rows = [("samples/s", "samples_per_s", ".1f"), ("wall time (s)", "wall_s", ".1f"),
            ("optimizer steps", "steps", "d"), ("clips seen", "clips_seen", "d"),
            ("final dev CER", "dev_cer", ".1%"), ("peak RSS (MB)", "peak_rss_mb", ".0f")]
    for label, key, fmt in rows:
        print(f"{seed:<6}{label:20}{recipe[key]:>22{fmt}}{ours[key]:>14{fmt}}")
    reach = next((e for e in ours["evals"] if e[1] <= recipe["dev_cer"]), None)
    if reach:
        print(f"{seed:<6}ours reached the recipe's final dev CER ({recipe['dev_cer']:.1%}) at "
              f"step {reach[2]}, after {reach[0]:.1f} s (recipe: {recipe['wall_s']:.1f} s, "
              f"{recipe['wall_s'] / reach[0]:.2f}x sooner)")
    else:
        print(f"{seed:<6}ours did not reach the recipe's final dev CER ({recipe['dev_cer']:.1%}); "
              f"its best was {min(e[1] for e in ours['evals']):.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--train", type=int, default=160)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--ours-epochs", type=int, default=None,
                        help="epochs for ours (default: --epochs). The time-to-CER figure asks "
                             "how soon ours reaches the recipe's final dev CER; a longer budget "
                             "lets a seed that has not got there in the recipe's epochs go on")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--seeds", default="0,1,2", help="comma-separated; CER varies by seed")
    parser.add_argument("--model", help="tiny model folder (built when missing)")
    parser.add_argument("--part", choices=("recipe", "ours"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        out = run_recipe(args) if args.part == "recipe" else run_ours(args)
        print("RESULT " + json.dumps(out))
        return 0
    if not args.model:
        from mms_studio.devtools import build_tiny_model

        args.model = str(build_tiny_model(Path(tempfile.mkdtemp()) / "tiny"))
    print(f"tiny model, {args.train} synthetic clips, {args.epochs} epochs "
          f"(ours: {args.ours_epochs or args.epochs}), batch ~{args.batch}, "
          f"{args.threads} threads, seeds {args.seeds}")
    print(f"{'seed':6}{'':20}{'recipe (HF Trainer)':>22}{'ours':>14}")
    for seed in [int(x) for x in args.seeds.split(",")]:
        results = {}
        for part in ("recipe", "ours"):
            cmd = [sys.executable, __file__, "--part", part, "--model", args.model,
                   "--epochs", str(args.epochs), "--train", str(args.train),
                   "--batch", str(args.batch), "--warmup", str(args.warmup),
                   "--threads", str(args.threads), "--seed", str(seed),
                   *(["--ours-epochs", str(args.ours_epochs)] if args.ours_epochs else [])]
            proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                                  env={**os.environ, "PYTHONPATH": str(REPO)})
            line = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
            if proc.returncode or not line:
                print(proc.stdout[-2000:], proc.stderr[-4000:], file=sys.stderr)
                return 1
            results[part] = json.loads(line[-1][len("RESULT "):])
        _print_seed(seed, results["recipe"], results["ours"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

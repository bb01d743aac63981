"""One adapter training step on the 1B architecture: our trainer vs the HF recipe's configuration.

    python bench/train_step_1b.py --base PATH [--clips 4] [--seconds 5] [--steps 2]
                                  [--checkpointing auto|on|off]

PATH: a folder in the mms-1b-all layout (the real model or `bench/make_mms1b.py`).
Recipe: the HF adapter notebook's model set-up (dropout off, layerdrop 0,
`freeze_base_model()` only, gradient checkpointing, the model's own CTC loss) in
fp32, as its Trainer runs on a CPU.
Ours: `mms_studio.core.engine.trainer.train` as the app runs it: the base loaded
straight in the precision picked from the hardware (bf16 on CPUs with bf16 units),
adapter and optimizer fp32, feature encoder frozen, gradient checkpointing only when
the batch's activations would not fit in free memory (`--checkpointing` forces it),
the conv encoder's frames of each clip kept from its first epoch (`--no-feature-cache`
times a first epoch).
Peak RAM is the resident set; "private" leaves out pages of the memory-mapped
weights file, which the kernel can drop under pressure.
On a machine with a CUDA GPU both sides run there (the recipe with fp16 autocast and a
loss scaler, as its Trainer's `fp16=True`) and the GPU's peak allocated memory is
printed; the issue's GPU figure is `--clips 8 --seconds 10`.
Each side runs in its own process (own peak RAM), a warm-up step first, then
`--steps` timed steps. Useful FLOPs of a step = forward + backward through the
activations (no weight gradients in the frozen base) = 2 x forward.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    gpu_peak_gb,
    matmul_peak_gflops,
    print_result,
    run_child,
    track_peak_rss,
    wav2vec2_forward_flops,
)

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _batch(clips: int, seconds: float, seed: int = 0):
    import numpy as np

    rng = np.random.default_rng(seed)
    audio = [(0.1 * rng.standard_normal(int(seconds * 16000))).astype("float32")
             for _ in range(clips)]
    texts = [" ".join("".join(rng.choice(list(LETTERS), 5)) for _ in range(int(seconds * 2)))
             for _ in range(clips)]
    return audio, texts


def run_recipe(base: str, clips: int, seconds: float, steps: int) -> dict:
    import torch
    from transformers import Wav2Vec2ForCTC

    model = Wav2Vec2ForCTC.from_pretrained(base, use_safetensors=True,
                                           ignore_mismatched_sizes=True, layerdrop=0.0,
                                           attention_dropout=0.0, hidden_dropout=0.0,
                                           feat_proj_dropout=0.0,
                                           ctc_loss_reduction="mean", ctc_zero_infinity=True,
                                           vocab_size=len(LETTERS) + 5, pad_token_id=0)
    model.init_adapter_layers()
    model.freeze_base_model()
    params = list(model._get_adapters().values())
    for p in params:
        p.requires_grad = True
    model.gradient_checkpointing_enable()
    model.train()
    cuda = torch.cuda.is_available()
    device = "cuda" if cuda else "cpu"
    model.to(device)
    opt = torch.optim.AdamW(params, lr=1e-3)
    audio, texts = _batch(clips, seconds)
    x = torch.from_numpy(__import__("numpy").stack(audio)).to(device)
    vocab = {c: i + 5 for i, c in enumerate(LETTERS)} | {" ": 4}
    labels = torch.nn.utils.rnn.pad_sequence(
        [torch.tensor([vocab[c] for c in t]) for t in texts], batch_first=True,
        padding_value=-100).to(device)
    # The notebook's Trainer runs fp16 autocast with a loss scaler on a GPU, fp32 on a CPU.
    scaler = torch.amp.GradScaler("cuda", enabled=cuda)
    times = []
    with track_peak_rss() as mem:
        for i in range(steps + 1):
            t0 = time.perf_counter()
            with torch.autocast(device, dtype=torch.float16, enabled=cuda):
                loss = model(x, labels=labels).loss
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
            opt.zero_grad(set_to_none=True)
            if cuda:
                torch.cuda.synchronize()
            if i:
                times.append(time.perf_counter() - t0)
    return dict(step_s=sum(times) / len(times), peak_gb=mem.peak_gb,
                peak_anon_gb=mem.peak_anon_gb, precision="fp16" if cuda else "fp32",
                checkpointing=True, loss=float(loss), device=device,
                gpu_peak_gb=torch.cuda.max_memory_allocated() / 1e9 if cuda else None)


def run_ours(base: str, clips: int, seconds: float, steps: int,
             checkpointing: str = "auto", cache: bool = True, precision: str = "auto") -> dict:
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec, Utterance
    from mms_studio.core.engine.hardware import detect, pick_precision
    from mms_studio.core.engine.inference import load_dtype
    from mms_studio.core.engine.run_log import TrainStep
    from mms_studio.core.engine.trainer import TrainConfig, train
    from mms_studio.core.tasks import RecordingTaskState

    audio, texts = _batch(clips, seconds)
    utts = [Utterance(id=f"u{i}", text=t, duration=seconds, samples=a, speaker="s")
            for i, (a, t) in enumerate(zip(audio, texts, strict=True))]
    codec = LabelCodec.from_texts(texts)
    with track_peak_rss() as mem:
        # as core.engine.jobs.run_training loads it
        model = load_base_model(Path(base), dtype=load_dtype(pick_precision(detect(), precision)))
        init_adapter(model, vocab=codec.vocab)
        config = TrainConfig(max_steps=steps + 1, warmup_steps=1, eval_every=10**6, log_every=1,
                             checkpoint_every=10**6, seconds_per_batch=clips * seconds + 0.1,
                             mask_time_prob=0.05, patience=0, gradient_checkpointing=checkpointing,
                             cache_features=cache, precision=precision)
        state = RecordingTaskState()
        with tempfile.TemporaryDirectory() as tmp, track_peak_rss() as train_mem:
            result = train(model=model, codec=codec, train_set=utts, dev_set=[], config=config,
                           run_dir=Path(tmp) / "run", state=state)
    rows = [r for r in state.partials if isinstance(r, TrainStep)]
    elapsed = [r.elapsed for r in rows]
    step_s = (elapsed[-1] - elapsed[0]) / (len(elapsed) - 1)
    return dict(step_s=step_s, peak_gb=mem.peak_gb, peak_anon_gb=mem.peak_anon_gb,
                train_peak_gb=train_mem.peak_gb, precision=result.precision,
                checkpointing=result.checkpointing, cache=result.feature_cache,
                loss=rows[-1].loss, device=result.device,
                gpu_peak_gb=gpu_peak_gb())



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--clips", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--steps", type=int, default=2)
    parser.add_argument("--checkpointing", choices=["auto", "on", "off"], default="auto",
                        help="ours: gradient checkpointing (auto: only when memory requires it)")
    parser.add_argument("--precision", choices=["auto", "fp32", "bf16", "fp16"], default="auto",
                        help="ours: training precision (fp32 = a CPU without bf16 units)")
    parser.add_argument("--no-feature-cache", action="store_true",
                        help="ours: recompute the conv encoder every step, as in a first epoch "
                             "(the timed steps reuse the warm-up's clips, as later epochs do)")
    parser.add_argument("--child", choices=["ours", "recipe"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child == "ours":
            print_result(run_ours(args.base, args.clips, args.seconds, args.steps,
                                  args.checkpointing, not args.no_feature_cache,
                                  args.precision))
        else:
            print_result(run_recipe(args.base, args.clips, args.seconds, args.steps))
        return
    cfg = json.loads((Path(args.base) / "config.json").read_text())
    useful = 2 * args.clips * wav2vec2_forward_flops(int(args.seconds * 16000), cfg)
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    peaks = {name: matmul_peak_gflops(dtype, device=device) for name, dtype in
             (("fp32", "float32"), ("bf16", "bfloat16"), ("fp16", "float16"))
             if device == "cuda" or name != "fp16"}
    print(f"batch {args.clips} x {args.seconds:.0f} s on {device}; matmul peak " +
          ", ".join(f"{k} {v:.0f}" for k, v in peaks.items()) + " GFLOP/s")
    results = {}
    for role in ("ours", "recipe"):
        r = results[role] = run_child(__file__, role, [
            "--base", args.base, "--clips", str(args.clips), "--seconds", str(args.seconds),
            "--steps", str(args.steps), "--checkpointing", args.checkpointing,
            "--precision", args.precision,
            *(["--no-feature-cache"] if args.no_feature_cache else [])])
        gflops = useful / r["step_s"] / 1e9
        print(f"{role:7s} {r['precision']:5s} checkpointing {'on ' if r['checkpointing'] else 'off'} "
              f"step {r['step_s']:6.2f} s  "
              f"{args.clips * args.seconds / r['step_s']:.2f} audio-s/s  "
              f"{args.clips / r['step_s']:.2f} samples/s  peak RAM {r['peak_gb']:.2f} GB "
              f"(private {r['peak_anon_gb']:.2f} GB)  "
              f"{gflops:.0f} GFLOP/s useful = {100 * gflops / peaks[r['precision']]:.0f}% of "
              f"{r['precision']} peak  loss {r['loss']:.2f}" +
              (f"  GPU memory peak {r['gpu_peak_gb']:.2f} GB" if r.get("gpu_peak_gb") else ""))
    speedup = results["recipe"]["step_s"] / results["ours"]["step_s"]
    print(f"ours_step_s={results['ours']['step_s']:.2f} recipe_step_s="
          f"{results['recipe']['step_s']:.2f} speedup={speedup:.2f} "
          f"peak_gb={results['ours']['peak_gb']:.2f}" +
          (f" gpu_peak_gb={results['ours']['gpu_peak_gb']:.2f}"
           if results["ours"].get("gpu_peak_gb") else ""))


if __name__ == "__main__":
    main()

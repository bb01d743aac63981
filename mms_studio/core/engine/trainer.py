"""The training loop: one frozen config, one loop you can read top to bottom (after nanoGPT).

Only the adapter learns; the base stays frozen. The loop runs on `accelerate`
so one code path serves CPU, CUDA, Apple MPS and multi-process DDP: each
process takes its share of every step's batches, only the main process logs
and saves. CTC loss is computed by us in float32 (on the CPU when the model is
on MPS, which lacks it), with `zero_infinity` so a clip too short for its
labels cannot poison a step with inf/NaN.

Determinism: the batches of an epoch come from (seed, epoch) and every step
reseeds the RNGs from (seed, step), so a run resumed from a checkpoint takes
exactly the steps an uninterrupted run would.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mms_studio.core.atomic import write_text
from mms_studio.core.engine import checkpoint as ckpt
from mms_studio.core.engine.adapters import adapter_state, set_adapter_state, trainable_parameters
from mms_studio.core.engine.data import (
    Batch,
    Dropped,
    Example,
    LabelCodec,
    Utterance,
    collate,
    plan_batches,
    preflight,
)
from mms_studio.core.engine.decode import best_path, blank_id, greedy_decode
from mms_studio.core.engine.features import FeatureCache
from mms_studio.core.engine.hardware import (
    detect,
    free_memory_gb,
    pick_precision,
    plan_checkpointing,
    seconds_per_batch,
)
from mms_studio.core.engine.inference import cast_frozen_base
from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors
from mms_studio.core.errors import Cancelled, TrainingError
from mms_studio.core.tasks import Message, NullTaskState, TaskState

CHECKPOINT_DIR = "checkpoint"
BEST_ADAPTER = "best.safetensors"
METRICS_FILE = "metrics.jsonl"


@dataclass(frozen=True)
class TrainConfig:
    """Every knob of a run. Saved beside the run so it can be repeated."""

    max_steps: int = 2000
    learning_rate: float = 1e-3        # the MMS adapter recipe's rate
    warmup_steps: int = 100
    decay: str = "linear"              # "linear" | "cosine" | "constant" after warm-up
    seconds_per_batch: float | None = None   # padded audio seconds per micro-batch; None: preset
    grad_accum: int = 1
    clip_norm: float = 1.0
    weight_decay: float = 0.0
    eval_every: int = 100
    log_every: int = 10
    checkpoint_every: int = 200
    patience: int = 5                  # evaluations without a better dev CER; 0 = never stop early
    seed: int = 0
    mask_time_prob: float = 0.05       # SpecAugment time masking, as the recipe
    device: str = "auto"
    precision: str = "auto"            # "auto" | "fp32" | "bf16" | "fp16"
    gradient_checkpointing: str = "auto"   # "auto" (only when memory requires it) | "on" | "off"
    max_clip_seconds: float = 30.0
    cache_features: bool = True        # keep the frozen conv encoder's frames across epochs

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TrainResult:
    run_dir: Path
    steps: int
    best_cer: float | None
    best_step: int | None
    last_eval: dict[str, Any] | None
    dropped: list[Dropped] = field(default_factory=list)
    stopped_early: bool = False
    elapsed: float = 0.0
    train_seconds: float = 0.0          # audio seconds kept for training
    clips_seen: int = 0                 # clips through the optimiser in this call (all processes)
    device: str = "cpu"
    precision: str = "fp32"
    checkpointing: bool = False
    feature_cache: dict[str, int] = field(default_factory=dict)   # hits, misses, bytes

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["run_dir"] = str(self.run_dir)
        data["dropped"] = [d.to_dict() for d in self.dropped]
        return data


def learning_rate(step: int, cfg: TrainConfig) -> float:
    """Linear warm-up, then linear or cosine decay to zero at max_steps (or constant)."""
    if step < cfg.warmup_steps:
        return cfg.learning_rate * (step + 1) / cfg.warmup_steps
    if cfg.decay == "constant":
        return cfg.learning_rate
    progress = (step - cfg.warmup_steps) / max(1, cfg.max_steps - cfg.warmup_steps)
    progress = min(max(progress, 0.0), 1.0)
    if cfg.decay == "cosine":
        return cfg.learning_rate * 0.5 * (1.0 + math.cos(math.pi * progress))
    return cfg.learning_rate * (1.0 - progress)


def _seed_step(seed: int, step: int) -> None:
    import torch

    value = (seed * 1_000_003 + step) % 2**31
    torch.manual_seed(value)
    np.random.seed(value)
    random.seed(value)


def ctc_loss(model, logits, batch: Batch, *, blank: int):
    """Mean CTC loss (per-label normalised, as the recipe), float32, CPU when on MPS."""
    import torch

    lengths = model._get_feat_extract_output_lengths(batch.attention_mask.sum(-1)).to(torch.long)
    log_probs = torch.nn.functional.log_softmax(logits.float(), dim=-1).transpose(0, 1)
    labels, label_lengths = batch.labels, batch.label_lengths
    if log_probs.device.type == "mps":
        log_probs = log_probs.cpu()
    labels, label_lengths, lengths = (t.to(log_probs.device) for t in (labels, label_lengths, lengths))
    with torch.backends.cudnn.flags(enabled=False):
        return torch.nn.functional.ctc_loss(log_probs, labels, lengths.cpu(), label_lengths.cpu(),
                                            blank=blank, reduction="mean", zero_infinity=True)


def _to_device(batch: Batch, device) -> Batch:
    return Batch(batch.input_values.to(device), batch.attention_mask.to(device),
                 batch.labels.to(device), batch.label_lengths.to(device), batch.seconds)


def evaluate_examples(model, examples: Sequence[Example], codec: LabelCodec, *,
                      seconds_per_batch: float, autocast,
                      stop: Callable[[], bool] | None = None,
                      features: FeatureCache | None = None) -> dict[str, Any]:
    """Dev loss, WER and CER (grapheme clusters) of `examples` with greedy decoding.

    stop: checked between batches (a dev set can take minutes on the 1B model on a CPU);
        when it returns True, `Cancelled` is raised.
    features: serves the conv encoder's frames of clips seen before.
    """
    import torch

    blank = blank_id(codec.vocab)
    id_to_token = {i: t for t, i in codec.vocab.items()}
    model.eval()
    durations = [e.duration for e in examples]
    order = sorted(range(len(examples)), key=lambda i: durations[i])
    words, chars = ZERO, ZERO
    loss_sum, loss_n = 0.0, 0
    hypotheses: dict[int, str] = {}
    start = 0
    while start < len(order):
        if stop is not None and stop():
            raise Cancelled("Evaluation stopped.")
        longest, end = 0.0, start
        while end < len(order) and (end == start or
                                    max(longest, durations[order[end]]) * (end - start + 1)
                                    <= seconds_per_batch):
            longest = max(longest, durations[order[end]])
            end += 1
        idx = order[start:end]
        chosen = [examples[i] for i in idx]
        batch = _to_device(collate(chosen), model.device)
        with torch.no_grad(), autocast(), _serving(features, chosen, batch):
            logits = model(batch.input_values, attention_mask=batch.attention_mask).logits
        loss = ctc_loss(model, logits, batch, blank=blank)
        loss_sum += loss.item() * len(idx)
        loss_n += len(idx)
        lengths = model._get_feat_extract_output_lengths(batch.attention_mask.sum(-1))
        log_probs = torch.log_softmax(logits.float(), dim=-1).cpu().numpy()
        for row, i in enumerate(idx):
            ids, probs = best_path(log_probs[row, :int(lengths[row])])
            hypotheses[i] = greedy_decode(ids, probs, id_to_token=id_to_token, blank=blank).text
        start = end
    for i, example in enumerate(examples):
        ref = codec.reference(example.utterance.text)
        words = words + word_errors(ref, hypotheses[i])
        chars = chars + char_errors(ref, hypotheses[i])
    return {"loss": loss_sum / max(loss_n, 1), "wer": words.rate, "cer": chars.rate,
            "utterances": len(examples)}


class _MetricsLog:
    """metrics.jsonl, rewritten atomically at each report (the file is small)."""

    def __init__(self, path: Path, *, keep_until_step: int | None) -> None:
        self.path = path
        self.rows: list[dict[str, Any]] = []
        if keep_until_step is not None and path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("step", 0) <= keep_until_step:
                    self.rows.append(row)

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        write_text(self.path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows))


def train(*, model, codec: LabelCodec, train_set: Sequence[Utterance],
          dev_set: Sequence[Utterance], config: TrainConfig, run_dir: Path,
          state: TaskState | None = None, resume: bool = False) -> TrainResult:
    """Train `model`'s adapter (already set up by `adapters.init_adapter`) on `train_set`.

    run_dir: receives metrics.jsonl, config.json, the checkpoint and the best
        adapter (best.safetensors). With several processes only the main one writes.
    resume: continue from run_dir's checkpoint; the result matches an uninterrupted run.
    On return the model holds the adapter with the best dev CER (the last one
    when there is no dev set). Raises `Cancelled` after saving a checkpoint.
    """
    import torch
    from accelerate import Accelerator

    state = state or NullTaskState()
    run_dir = Path(run_dir)
    hw = detect(config.device)
    precision = pick_precision(hw, config.precision)
    cast_frozen_base(model, precision)  # frozen weights in bf16/fp16, adapter stays fp32
    _fresh_accelerate_state()
    accelerator = Accelerator(cpu=hw.device == "cpu",
                              mixed_precision={"fp32": "no"}.get(precision, precision))
    main = accelerator.is_main_process
    world, rank = accelerator.num_processes, accelerator.process_index
    base_params = sum(p.numel() for p in model.parameters())
    budget = config.seconds_per_batch or seconds_per_batch(
        hw, base_params=base_params, precision=precision)
    memory = plan_checkpointing(seconds=budget, precision=precision, free_gb=free_memory_gb(hw),
                                base_params=base_params, requested=config.gradient_checkpointing)
    set_gradient_checkpointing(model, memory.checkpointing)

    train_examples, dropped = preflight(train_set, codec, max_seconds=config.max_clip_seconds)
    dev_examples, dev_dropped = preflight(dev_set, codec, max_seconds=config.max_clip_seconds)
    dropped = dropped + dev_dropped
    if dropped:
        state.set_partial_result({"kind": "dropped", "clips": [d.to_dict() for d in dropped]})
    if not train_examples:
        raise TrainingError("No clip can be used for training; check that clips have "
                            "transcripts and are long enough for them.")
    durations = [e.duration for e in train_examples]
    blank = blank_id(codec.vocab)
    model.config.mask_time_prob = config.mask_time_prob
    params = trainable_parameters(model)
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate,
                                  weight_decay=config.weight_decay)

    step, epoch, position, elapsed_before = 0, 0, 0, 0.0
    best_cer: float | None = None
    best_step: int | None = None
    evals_since_best = 0
    last_eval: dict[str, Any] | None = None
    checkpoint_dir = run_dir / CHECKPOINT_DIR
    if resume:
        weights, opt_state, saved = ckpt.load_checkpoint(checkpoint_dir)
        set_adapter_state(model, weights)
        optimizer.load_state_dict(opt_state)
        ckpt.set_rng_state(saved["rng"])
        step, epoch, position = saved["step"], saved["epoch"], saved["position"]
        best_cer, best_step = saved["best_cer"], saved["best_step"]
        evals_since_best, last_eval = saved["evals_since_best"], saved["last_eval"]
        elapsed_before = saved["elapsed"]
    best_weights = None
    if resume and (run_dir / BEST_ADAPTER).is_file():
        from safetensors.torch import load_file

        best_weights = load_file(str(run_dir / BEST_ADAPTER))

    model, optimizer = accelerator.prepare(model, optimizer)
    core = accelerator.unwrap_model(model)
    log = _MetricsLog(run_dir / METRICS_FILE, keep_until_step=step if resume else None) \
        if main else None
    if main:
        run_dir.mkdir(parents=True, exist_ok=True)
        write_text(run_dir / "config.json", json.dumps(
            {**config.to_dict(), "seconds_per_batch": budget, "precision": precision,
             "device": hw.device, "processes": world, "memory": memory.to_dict()},
            indent=2) + "\n")
    started = time.monotonic()

    def elapsed() -> float:
        return elapsed_before + time.monotonic() - started

    def save() -> None:
        accelerator.wait_for_everyone()
        if main:
            ckpt.save_checkpoint(checkpoint_dir, adapter=adapter_state(core),
                                 optimizer_state=optimizer.state_dict(), train_state={
                                     "step": step, "epoch": epoch, "position": position,
                                     "best_cer": best_cer, "best_step": best_step,
                                     "evals_since_best": evals_since_best,
                                     "last_eval": last_eval, "elapsed": elapsed(),
                                     "seed": config.seed, "processes": world})

    def run_eval() -> bool:
        """Evaluate on this process's share of dev, gather, log; True when patience ran out."""
        nonlocal best_cer, best_step, evals_since_best, last_eval, best_weights
        from accelerate.utils import gather_object

        share = dev_examples[rank::world]
        result = evaluate_examples(core, share, codec, seconds_per_batch=budget,
                                   autocast=accelerator.autocast,
                                   stop=state.is_interruption_requested,
                                   features=features) if share else None
        parts = gather_object([result]) if world > 1 else [result]
        parts = [p for p in parts if p]
        n = sum(p["utterances"] for p in parts)
        row = {"kind": "eval", "step": step, "epoch": epoch,
               "loss": sum(p["loss"] * p["utterances"] for p in parts) / n,
               "wer": sum(p["wer"] * p["utterances"] for p in parts) / n,
               "cer": sum(p["cer"] * p["utterances"] for p in parts) / n,
               "lr": learning_rate(max(step - 1, 0), config), "elapsed": round(elapsed(), 3)}
        if world == 1:  # exact corpus rates (the weighted mean above approximates them)
            row["wer"], row["cer"] = parts[0]["wer"], parts[0]["cer"]
        last_eval = row
        if best_cer is None or row["cer"] < best_cer - 1e-9:
            best_cer, best_step, evals_since_best = row["cer"], step, 0
            best_weights = adapter_state(core)
            if main:
                from safetensors.torch import save_file

                from mms_studio.core.atomic import atomic_path

                with atomic_path(run_dir / BEST_ADAPTER, suffix=".safetensors") as tmp:
                    save_file(best_weights, str(tmp))
        else:
            evals_since_best += 1
        if main:
            log.add(row)
            state.set_partial_result(row)
            state.set_status(Message("Step {step}: dev CER {cer:.1%}, WER {wer:.1%}", step=step,
                                     cer=row["cer"], wer=row["wer"]))
        model.train()
        return config.patience > 0 and evals_since_best >= config.patience

    # about 51 kB per second of audio in bf16: 10 h of clips is 1.8 GB, so bounded
    features = FeatureCache(core, budget_bytes=int(min(2.0, 0.1 * memory.free_gb) * 2**30)) \
        if config.cache_features else None
    state.set_status(Message("Training the adapter (recomputing activations to fit in memory)…")
                     if memory.checkpointing else Message("Training the adapter…"))
    stopped_early = False
    clips_seen = 0
    cache_stats: dict[str, int] = {}
    model.train()
    per_step = world * config.grad_accum
    plan = plan_batches(durations, seconds_per_batch=budget, seed=config.seed, epoch=epoch)
    try:
        while step < config.max_steps:
            if state.is_interruption_requested():
                save()
                raise Cancelled("Training stopped; the progress so far was saved and "
                                "can be resumed.")
            steps_in_epoch = max(1, len(plan) // per_step)
            if position >= steps_in_epoch:
                epoch, position = epoch + 1, 0
                plan = plan_batches(durations, seconds_per_batch=budget, seed=config.seed,
                                    epoch=epoch)
                continue
            _seed_step(config.seed, step)
            lr = learning_rate(step, config)
            for group in optimizer.param_groups:
                group["lr"] = lr
            loss_total, seconds, clips = 0.0, 0.0, 0
            for micro in range(config.grad_accum):
                index = (position * per_step + rank * config.grad_accum + micro) % len(plan)
                chosen = [train_examples[i] for i in plan[index]]
                batch = _to_device(collate(chosen), accelerator.device)
                sync = micro == config.grad_accum - 1
                context = accelerator.no_sync(model) if not sync and world > 1 else _null()
                with context:
                    with accelerator.autocast(), _serving(features, chosen, batch):
                        logits = model(batch.input_values,
                                       attention_mask=batch.attention_mask).logits
                    loss = ctc_loss(core, logits, batch, blank=blank)
                    accelerator.backward(loss / config.grad_accum)
                loss_total += loss.item() / config.grad_accum
                seconds += batch.seconds
                clips += len(plan[index])
            accelerator.clip_grad_norm_(params, config.clip_norm)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            position += 1
            clips_seen += clips * world
            if main:
                state.set_progress(step / config.max_steps)
                if step % config.log_every == 0 or step == 1:
                    row = {"kind": "train", "step": step, "epoch": epoch, "loss": loss_total,
                           "lr": lr, "audio_seconds": round(seconds * world, 3),
                           "clips": clips * world,
                           "elapsed": round(elapsed(), 3)}
                    log.add(row)
                    state.set_partial_result(row)
            if dev_examples and (step % config.eval_every == 0 or step == config.max_steps):
                try:
                    patience_ran_out = run_eval()
                except Cancelled:
                    save()
                    raise Cancelled("Training stopped; the progress so far was saved and "
                                    "can be resumed.") from None
                if patience_ran_out:
                    stopped_early = True
                    state.set_status(Message("Stopped early: dev CER has not improved for "
                                             "{count} evaluations.", count=config.patience))
                    break
            if step % config.checkpoint_every == 0:
                save()
    finally:
        if features is not None:
            cache_stats = {"hits": features.hits, "misses": features.misses,
                           "bytes": features.used}
            features.close()
        accelerator.wait_for_everyone()
    save()
    if best_weights is not None and dev_examples:
        set_adapter_state(core, best_weights)
    state.set_progress(1.0)
    return TrainResult(run_dir=run_dir, steps=step, best_cer=best_cer, best_step=best_step,
                       last_eval=last_eval, dropped=dropped, stopped_early=stopped_early,
                       elapsed=elapsed(), train_seconds=float(sum(durations)),
                       clips_seen=clips_seen,
                       device=hw.device, precision=precision, checkpointing=memory.checkpointing,
                       feature_cache=cache_stats)


def set_gradient_checkpointing(model, on: bool) -> None:
    """Recompute the transformer layers in backward (on) or keep their activations (off).

    Only the transformer layers: transformers would checkpoint the frozen conv
    feature encoder as well, which makes autograd record it and keep its
    activations (130 MB per 20 s of audio on the 1B model) for a backward
    that never runs there.
    """
    kwargs = {"use_reentrant": False}
    if on:
        if hasattr(model, "activation_checkpointing_enable"):  # transformers >= 5
            model.activation_checkpointing_enable(activation_checkpointing_kwargs=kwargs)
        else:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=kwargs)
        for layer in model.wav2vec2.feature_extractor.conv_layers:
            layer.gradient_checkpointing = False
    else:  # a model reused from an earlier run may still have it on
        if hasattr(model, "activation_checkpointing_disable"):
            model.activation_checkpointing_disable()
        else:
            model.gradient_checkpointing_disable()


def _fresh_accelerate_state() -> None:
    """Let each single-process run choose its own device and precision.

    accelerate keeps one process-wide state and refuses a second Accelerator
    with another precision ("restart your runtime"); the app trains many times
    in one process. Under a multi-process launcher the state belongs to the
    launcher and is left alone.
    """
    import os

    from accelerate.state import AcceleratorState, GradientState

    launched = any(int(os.environ.get(var, "1")) > 1 for var in
                   ("WORLD_SIZE", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE"))
    if not launched:
        AcceleratorState._reset_state(reset_partial_state=True)
        GradientState._reset_state()


def _serving(features: FeatureCache | None, examples: Sequence[Example], batch: Batch):
    if features is None:
        return _null()
    return features.batch([e.utterance.id for e in examples],
                          batch.attention_mask.sum(-1).tolist())


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None

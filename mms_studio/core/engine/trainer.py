"""The training loop: one frozen config, one loop you can read top to bottom (after nanoGPT).

Only the adapter learns; the base stays frozen. The loop runs on `accelerate`
so one code path serves CPU, CUDA, Apple MPS and multi-process DDP: each
process takes its share of every step's batches, only the main process logs
and saves. CTC loss is computed by us in float32 (on the CPU when the model is
on MPS, which lacks it), with `zero_infinity` so a clip too short for its
labels cannot poison a step with inf/NaN.

The loop reads as nanoGPT's: `_set_up` (device, precision, batch budget, clips,
optimiser, the checkpoint when resuming), then `while step < max_steps`:
`_train_step`, every `eval_every` steps `_evaluate` and `_track` (best adapter,
patience), every `checkpoint_every` steps `_save`. Where the run is lives in one
small `_Progress` object, which is also what a checkpoint stores. Rows the loop
reports are the typed rows of `run_log` (`TrainStep`, `EvalRow`, `DroppedClips`).
A resumed run keeps its own settings (config.json): `train(resume=True)` refuses others.

Determinism: the batches of an epoch come from (seed, epoch) and every step
reseeds the RNGs from (seed, step), so a run resumed from a checkpoint takes
exactly the steps an uninterrupted run would.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from mms_studio.core.atomic import write_text
from mms_studio.core.engine import checkpoint as ckpt
from mms_studio.core.engine.adapters import adapter_state, set_adapter_state, trainable_parameters
from mms_studio.core.engine.ctc import ctc_loss, evaluate_examples, null, serving, to_device
from mms_studio.core.engine.data import (
    Dropped,
    Example,
    LabelCodec,
    Utterance,
    collate,
    plan_batches,
    preflight,
)
from mms_studio.core.engine.decode import blank_id
from mms_studio.core.engine.families import shape_for_run
from mms_studio.core.engine.features import FeatureCache
from mms_studio.core.engine.hardware import (
    Hardware,
    detect,
    free_memory_gb,
    pick_precision,
    plan_checkpointing,
    seconds_per_batch,
)
from mms_studio.core.engine.inference import cast_frozen_base
from mms_studio.core.engine.run_log import (
    DroppedClips,
    EvalRow,
    MetricsLog,
    TrainStep,
    row_from_dict,
    row_to_dict,
)
from mms_studio.core.engine.runtime import (
    fresh_accelerate_state,
    seed_step,
    set_gradient_checkpointing,
)
from mms_studio.core.engine.train_config import (
    CONFIG_FILE,
    SCHEDULE_FIELDS,
    TrainConfig,
    learning_rate,
    read_run_config,
)
from mms_studio.core.errors import Cancelled, TrainingError
from mms_studio.core.tasks import Message, NullTaskState, TaskState

CHECKPOINT_DIR = "checkpoint"
BEST_ADAPTER = "best.safetensors"


@dataclass
class TrainResult:
    """What a run did; `best_eval` is the evaluation of the adapter the model now holds."""

    run_dir: Path
    steps: int
    best_cer: float | None
    best_step: int | None
    last_eval: EvalRow | None
    best_eval: EvalRow | None = None    # the evaluation whose adapter the model holds
    dropped: list[Dropped] = field(default_factory=list)
    stopped_early: bool = False
    elapsed: float = 0.0
    train_seconds: float = 0.0          # audio seconds kept for training
    clips_seen: int = 0                 # clips through the optimiser in this call (all processes)
    device: str = "cpu"
    precision: str = "fp32"
    checkpointing: bool = False
    feature_cache: dict[str, int] = field(default_factory=dict)   # hits, misses, bytes


@dataclass
class _Progress:
    """Where the run is: what a checkpoint saves and a resumed run starts from."""

    step: int = 0
    epoch: int = 0
    position: int = 0                   # steps taken in this epoch
    best_cer: float | None = None
    best_step: int | None = None
    best_eval: EvalRow | None = None
    evals_since_best: int = 0
    last_eval: EvalRow | None = None
    elapsed_before: float = 0.0         # training seconds of earlier calls (a resumed run)
    best_weights: dict | None = field(default=None, repr=False)   # also in best.safetensors

    def to_dict(self) -> dict[str, Any]:
        """The JSON part of a checkpoint (the weights go to safetensors files)."""
        def row(value: EvalRow | None) -> dict[str, Any] | None:
            return row_to_dict(value) if value is not None else None

        return {"step": self.step, "epoch": self.epoch, "position": self.position,
                "best_cer": self.best_cer, "best_step": self.best_step,
                "best_eval": row(self.best_eval), "evals_since_best": self.evals_since_best,
                "last_eval": row(self.last_eval)}

    @classmethod
    def from_checkpoint(cls, saved: dict[str, Any]) -> _Progress:
        def row(data: dict[str, Any] | None) -> EvalRow | None:
            found = row_from_dict(data) if data else None
            return found if isinstance(found, EvalRow) else None

        last = row(saved.get("last_eval"))
        best = row(saved.get("best_eval"))
        if best is None and last is not None and last.step == saved.get("best_step"):
            best = last   # a checkpoint written before best_eval was saved
        return cls(step=saved["step"], epoch=saved["epoch"], position=saved["position"],
                   best_cer=saved["best_cer"], best_step=saved["best_step"], best_eval=best,
                   evals_since_best=saved["evals_since_best"], last_eval=last,
                   elapsed_before=saved.get("elapsed", 0.0))


@dataclass
class _Run:
    """What the set-up decided; fixed for the whole loop."""

    config: TrainConfig
    codec: LabelCodec
    run_dir: Path
    state: TaskState
    accelerator: Any
    model: Any                  # as prepared by accelerate (DDP-wrapped with several processes)
    core: Any                   # the model itself
    optimizer: Any
    params: list[Any]
    train_examples: list[Example]
    dev_examples: list[Example]
    dropped: list[Dropped]
    budget: float               # padded audio seconds per micro-batch
    device: str
    precision: str
    checkpointing: bool
    features: FeatureCache | None
    log: MetricsLog | None      # main process only
    started: float = field(default_factory=time.monotonic)

    @property
    def main(self) -> bool:
        return self.accelerator.is_main_process

    @property
    def world(self) -> int:
        return self.accelerator.num_processes

    def elapsed(self, progress: _Progress) -> float:
        return progress.elapsed_before + time.monotonic() - self.started


def train(*, model, codec: LabelCodec, train_set: Sequence[Utterance],
          dev_set: Sequence[Utterance], config: TrainConfig, run_dir: Path,
          state: TaskState | None = None, resume: bool = False,
          hardware: Hardware | None = None) -> TrainResult:
    """Train `model`'s adapter (already set up by `adapters.init_adapter`) on `train_set`.

    run_dir: receives metrics.jsonl, config.json, the checkpoint and the best
        adapter (best.safetensors). With several processes only the main one writes.
    resume: continue from run_dir's checkpoint with the run's own settings (config.json);
        the result matches an uninterrupted run. A `config` whose schedule differs from
        the saved one is refused: changing the settings is a new run.
    hardware: this computer's `hardware.detect(config.device)`, when the caller has it.
    On return the model holds the adapter with the best dev CER (the last one
    when there is no dev set). Raises `Cancelled` after saving a checkpoint.
    """
    state = state or NullTaskState()
    run, progress = _set_up(model, codec, train_set, dev_set, shape_for_run(model, config),
                            Path(run_dir), state, resume, hardware)   # + adapter kind/rank
    state.set_status(Message("Training the adapter (recomputing activations to fit in memory)…")
                     if run.checkpointing else Message("Training the adapter…"))

    durations = [e.duration for e in run.train_examples]
    plan = plan_batches(durations, seconds_per_batch=run.budget, seed=config.seed,
                        epoch=progress.epoch)
    per_step = run.world * config.grad_accum
    stopped_early = False
    clips_seen = 0
    run.model.train()
    try:
        while progress.step < config.max_steps:
            if state.is_interruption_requested():
                _stop(run, progress)
            if progress.position >= max(1, len(plan) // per_step):   # the epoch is over
                progress.epoch, progress.position = progress.epoch + 1, 0
                plan = plan_batches(durations, seconds_per_batch=run.budget, seed=config.seed,
                                    epoch=progress.epoch)
                continue

            step = _train_step(run, progress, plan)
            progress.step += 1
            progress.position += 1
            clips_seen += step.clips
            if run.main:
                state.set_progress(progress.step / config.max_steps)
                if progress.step % config.log_every == 0 or progress.step == 1:
                    run.log.add(step)
                    state.set_partial_result(step)

            if run.dev_examples and (progress.step % config.eval_every == 0
                                     or progress.step == config.max_steps):
                try:
                    row = _evaluate(run, progress)
                except Cancelled:
                    _stop(run, progress)
                _track(run, progress, row)
                if config.patience > 0 and progress.evals_since_best >= config.patience:
                    stopped_early = True
                    state.set_status(Message("Stopped early: dev CER has not improved for "
                                             "{count} evaluations.", count=config.patience))
                    break
            if progress.step % config.checkpoint_every == 0:
                _save(run, progress)
    finally:
        cache_stats = _close_features(run.features)
        run.accelerator.wait_for_everyone()
    _save(run, progress)
    if progress.best_weights is not None and run.dev_examples:
        set_adapter_state(run.core, progress.best_weights)
    state.set_progress(1.0)
    return TrainResult(run_dir=run.run_dir, steps=progress.step, best_cer=progress.best_cer,
                       best_step=progress.best_step, last_eval=progress.last_eval,
                       best_eval=progress.best_eval, dropped=run.dropped,
                       stopped_early=stopped_early, elapsed=run.elapsed(progress),
                       train_seconds=float(sum(durations)), clips_seen=clips_seen,
                       device=run.device, precision=run.precision,
                       checkpointing=run.checkpointing, feature_cache=cache_stats)


# ---- set-up ---------------------------------------------------------------------------------
def _set_up(model, codec: LabelCodec, train_set: Sequence[Utterance],
            dev_set: Sequence[Utterance], config: TrainConfig, run_dir: Path, state: TaskState,
            resume: bool, hardware: Hardware | None) -> tuple[_Run, _Progress]:
    """Device, precision, batch budget, memory plan, clips, optimiser; the checkpoint if resuming."""
    import torch
    from accelerate import Accelerator

    hw = hardware or detect(config.device)
    precision = pick_precision(hw, config.precision)
    cast_frozen_base(model, precision)  # frozen weights in bf16/fp16, adapter stays fp32
    fresh_accelerate_state()
    accelerator = Accelerator(cpu=hw.device == "cpu",
                              mixed_precision={"fp32": "no"}.get(precision, precision))
    saved = _saved_run(run_dir, config) if resume else None
    base_params = sum(p.numel() for p in model.parameters())
    # a resumed run keeps the batches it was planned with, whatever memory is free now
    budget = (saved[2].seconds_per_batch if saved else config.seconds_per_batch) or \
        seconds_per_batch(hw, base_params=base_params, precision=precision)
    memory = plan_checkpointing(seconds=budget, precision=precision, free_gb=free_memory_gb(hw),
                                base_params=base_params, requested=config.gradient_checkpointing)
    set_gradient_checkpointing(model, memory.checkpointing)

    train_examples, dropped = preflight(train_set, codec, max_seconds=config.max_clip_seconds)
    dev_examples, dev_dropped = preflight(dev_set, codec, max_seconds=config.max_clip_seconds)
    dropped = dropped + dev_dropped
    if dropped:
        state.set_partial_result(DroppedClips(tuple(dropped)))
    if not train_examples:
        raise TrainingError("No clip can be used for training; check that clips have "
                            "transcripts and are long enough for them.")
    model.config.mask_time_prob = config.mask_time_prob
    params = trainable_parameters(model)
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate,
                                  weight_decay=config.weight_decay)
    progress = _Progress()
    if saved is not None:
        weights, opt_state, train_state = saved[0], saved[1], saved[3]
        set_adapter_state(model, weights)
        optimizer.load_state_dict(opt_state)
        ckpt.set_rng_state(train_state["rng"])
        progress = _Progress.from_checkpoint(train_state)
        if (run_dir / BEST_ADAPTER).is_file():
            from safetensors.torch import load_file

            progress.best_weights = load_file(str(run_dir / BEST_ADAPTER))

    prepared, optimizer = accelerator.prepare(model, optimizer)
    core = accelerator.unwrap_model(prepared)
    main = accelerator.is_main_process
    if main and saved is None:
        run_dir.mkdir(parents=True, exist_ok=True)
        write_text(run_dir / CONFIG_FILE, json.dumps(
            {**config.to_dict(), "seconds_per_batch": budget, "precision": precision,
             "device": hw.device, "processes": accelerator.num_processes,
             "memory": memory.to_dict()}, indent=2) + "\n")
    # about 51 kB per second of audio in bf16: 10 h of clips is 1.8 GB, so bounded
    features = FeatureCache(core, budget_bytes=int(min(2.0, 0.1 * memory.free_gb) * 2**30)) \
        if config.cache_features else None
    log = MetricsLog(run_dir, keep_until_step=progress.step if saved else None) if main else None
    run = _Run(config=config, codec=codec, run_dir=run_dir, state=state,
               accelerator=accelerator, model=prepared, core=core, optimizer=optimizer,
               params=params, train_examples=train_examples, dev_examples=dev_examples,
               dropped=dropped, budget=budget, device=hw.device, precision=precision,
               checkpointing=memory.checkpointing, features=features, log=log)
    return run, progress


def _saved_run(run_dir: Path, config: TrainConfig) -> tuple[dict, dict, TrainConfig, dict]:
    """(adapter, optimiser state, the run's own config, train state) of a run to resume.

    Refuses a `config` whose schedule differs from the run's own: the same checkpoint with
    another length or rate is another training (the app once resumed a 1000-step run as a
    200-step one that way).
    """
    weights, opt_state, train_state = ckpt.load_checkpoint(run_dir / CHECKPOINT_DIR)
    own = read_run_config(run_dir)
    differ = [name for name in SCHEDULE_FIELDS if getattr(config, name) != getattr(own, name)]
    if config.seconds_per_batch not in (None, own.seconds_per_batch):
        differ.append("seconds_per_batch")
    if differ:
        raise TrainingError(f"This run continues with its own settings ({own.max_steps} steps); "
                            f"changing them ({', '.join(differ)}) means starting a new run.")
    return weights, opt_state, own, train_state


# ---- one step -------------------------------------------------------------------------------
def _train_step(run: _Run, progress: _Progress, plan: list[list[int]]) -> TrainStep:
    """One optimiser step over `grad_accum` micro-batches per process; the step's row."""
    cfg, acc = run.config, run.accelerator
    per_step = run.world * cfg.grad_accum
    seed_step(cfg.seed, progress.step)
    lr = learning_rate(progress.step, cfg)
    for group in run.optimizer.param_groups:
        group["lr"] = lr
    blank = blank_id(run.codec.vocab)
    loss_total, seconds, clips = 0.0, 0.0, 0
    for micro in range(cfg.grad_accum):
        index = (progress.position * per_step + acc.process_index * cfg.grad_accum + micro) \
            % len(plan)
        chosen = [run.train_examples[i] for i in plan[index]]
        batch = to_device(collate(chosen), acc.device)
        sync = micro == cfg.grad_accum - 1
        with acc.no_sync(run.model) if not sync and run.world > 1 else null():
            with acc.autocast(), serving(run.features, chosen, batch):
                logits = run.model(batch.input_values,
                                   attention_mask=batch.attention_mask).logits
            loss = ctc_loss(run.core, logits, batch, blank=blank)
            acc.backward(loss / cfg.grad_accum)
        loss_total += loss.item() / cfg.grad_accum
        seconds += batch.seconds
        clips += len(plan[index])
    acc.clip_grad_norm_(run.params, cfg.clip_norm)
    run.optimizer.step()
    run.optimizer.zero_grad(set_to_none=True)
    return TrainStep(step=progress.step + 1, epoch=progress.epoch, loss=loss_total, lr=lr,
                     audio_seconds=round(seconds * run.world, 3), clips=clips * run.world,
                     elapsed=round(run.elapsed(progress), 3))


# ---- evaluate and track ---------------------------------------------------------------------
def _evaluate(run: _Run, progress: _Progress) -> EvalRow:
    """Every process scores its share of the dev clips; the shares are gathered into one row."""
    from accelerate.utils import gather_object

    share = run.dev_examples[run.accelerator.process_index::run.world]
    scores = evaluate_examples(run.core, share, run.codec, seconds_per_batch=run.budget,
                               autocast=run.accelerator.autocast,
                               stop=run.state.is_interruption_requested,
                               features=run.features) if share else None
    parts = gather_object([scores]) if run.world > 1 else [scores]
    parts = [p for p in parts if p]
    n = sum(p.utterances for p in parts)
    wer = sum(p.wer * p.utterances for p in parts) / n
    cer = sum(p.cer * p.utterances for p in parts) / n
    if run.world == 1:  # exact corpus rates (the weighted mean above approximates them)
        wer, cer = parts[0].wer, parts[0].cer
    run.model.train()
    return EvalRow(step=progress.step, epoch=progress.epoch,
                   loss=sum(p.loss * p.utterances for p in parts) / n, wer=wer, cer=cer,
                   lr=learning_rate(max(progress.step - 1, 0), run.config),
                   elapsed=round(run.elapsed(progress), 3))


def _track(run: _Run, progress: _Progress, row: EvalRow) -> None:
    """Keep the best adapter so far (lowest dev CER), count evaluations without progress,
    and report the row."""
    progress.last_eval = row
    if progress.best_cer is None or row.cer < progress.best_cer - 1e-9:
        progress.best_cer, progress.best_step, progress.best_eval = row.cer, row.step, row
        progress.evals_since_best = 0
        progress.best_weights = adapter_state(run.core)
        if run.main:
            from safetensors.torch import save_file

            from mms_studio.core.atomic import atomic_path

            with atomic_path(run.run_dir / BEST_ADAPTER, suffix=".safetensors") as tmp:
                save_file(progress.best_weights, str(tmp))
    else:
        progress.evals_since_best += 1
    if run.main:
        run.log.add(row)
        run.state.set_partial_result(row)
        run.state.set_status(Message("Step {step}: dev CER {cer:.1%}, WER {wer:.1%}",
                                     step=row.step, cer=row.cer, wer=row.wer))


# ---- saving and stopping --------------------------------------------------------------------
def _save(run: _Run, progress: _Progress) -> None:
    run.accelerator.wait_for_everyone()
    if run.main:
        ckpt.save_checkpoint(run.run_dir / CHECKPOINT_DIR, adapter=adapter_state(run.core),
                             optimizer_state=run.optimizer.state_dict(), train_state={
                                 **progress.to_dict(), "elapsed": run.elapsed(progress),
                                 "seed": run.config.seed, "processes": run.world})


def _stop(run: _Run, progress: _Progress) -> NoReturn:
    _save(run, progress)
    raise Cancelled("Training stopped; the progress so far was saved and can be resumed.") \
        from None


def _close_features(features: FeatureCache | None) -> dict[str, int]:
    """The cache's hits, misses and bytes; then the encoder gets its own forward back."""
    if features is None:
        return {}
    stats = {"hits": features.hits, "misses": features.misses, "bytes": features.used}
    features.close()
    return stats

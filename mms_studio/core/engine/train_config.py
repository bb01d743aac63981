"""A training run's settings: `TrainConfig`, its learning-rate schedule, and reading them back.

Saved beside the run as `config.json` (with what the run measured for itself:
its batch budget, device and precision), so a stopped run is resumed with
exactly its own settings and anyone can read what a run did.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from mms_studio.core.errors import TrainingError

CONFIG_FILE = "config.json"


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
    adapter_kind: str = ""             # Omnilingual bases: "lora" | "bottleneck"; "" = the
                                       # family's default (MMS adapters have one fixed shape)
    lora_rank: int = 0                 # Omnilingual LoRA rank (bottleneck: as large as LoRA
                                       # of this rank); 0 = the default (families/omniasr)
    preset: str = ""                   # the preset it came from ("" set by hand); never read
                                       # by the loop, shown when the run is resumed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """A config from its JSON form (a run's config.json); unknown keys are left out."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


# What decides which steps a run takes, in what order and at which rate: a resumed run must
# keep them, or it would not be the run its checkpoint belongs to (seconds_per_batch is held
# separately: config.json keeps the budget the run measured, which decides its batches).
SCHEDULE_FIELDS = ("max_steps", "learning_rate", "warmup_steps", "decay", "grad_accum",
                   "clip_norm", "weight_decay", "eval_every", "patience", "seed",
                   "mask_time_prob", "max_clip_seconds")


def read_run_config(run_dir: Path) -> TrainConfig:
    """The settings a run was started with (its config.json), to resume it with exactly those.

    The file also holds what the run measured for itself (its batch budget, its device and
    precision); those are taken too, so the resumed run sees the same batches.
    """
    try:
        data = json.loads((Path(run_dir) / CONFIG_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingError("The training run's settings (config.json) are missing or "
                            "damaged; start a new run.") from exc
    return TrainConfig.from_dict(data)


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

"""Model families: which kind of base model a folder holds, and the few things that differ.

The engine (training, evaluation, transcription, checkpoints, the library) is
written once, against the Wav2Vec2ForCTC surface MMS has: `model(x,
attention_mask=...)`, `lm_head`, `_get_adapters()`, a conv feature encoder at
`wav2vec2.feature_extractor`. A second family (Omnilingual ASR CTC) is loaded
into a model object with that same surface (`omniasr.OmniAdapterModel`), so
the family is a detail below the core functions, not a second code path above
them. What still differs is said here: how to recognise a base folder (its
own `config.json` `model_type`, so `--base DIR` works for either), the longest
window the model takes, whether the base ships per-language adapters (zero-shot
baselines), and how an adapter is written for plain transformers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from mms_studio.core.errors import ModelError

MMS = "mms"
OMNIASR = "omniasr"


@dataclass(frozen=True)
class Family:
    """What differs between base-model families, as data."""

    name: str
    model_types: tuple[str, ...]        # config.json model_type values of this family
    adapter_kind: str                   # what is trained: said in model cards and logs
    max_window_seconds: float | None    # the longest audio the model takes at once
    base_adapters: bool                 # per-language adapters in the base folder


FAMILIES = {
    MMS: Family(MMS, ("wav2vec2",), "MMS bottleneck adapter layers + output layer", None, True),
    # Omnilingual's CTC models were trained on segments of at most 40 s.
    OMNIASR: Family(OMNIASR, ("omniasr_ctc",), "MMS-style bottleneck adapter layers (or, per "
                    "run, LoRA on every encoder Linear) + output layer", 40.0, False),
}


def family_name(base_dir: Path) -> str:
    """The family of the base model in `base_dir`, from its own config.json (`model_type`)."""
    path = Path(base_dir) / "config.json"
    try:
        model_type = json.loads(path.read_text(encoding="utf-8")).get("model_type", "")
    except (OSError, ValueError, AttributeError) as exc:
        raise ModelError(f"The model folder {Path(base_dir)} has no readable config.json.") \
            from exc
    for family in FAMILIES.values():
        if model_type in family.model_types:
            return family.name
    raise ModelError(f"The model in {Path(base_dir)} is of a kind MMS Studio cannot train "
                     f"(“{model_type}”); use an MMS or an Omnilingual ASR CTC model.")


def detected_family(base_dir: Path) -> str:
    """Like `family_name`, but MMS whenever the folder cannot tell (its loader then says why)."""
    try:
        return family_name(base_dir)
    except ModelError:
        return MMS


def family_for(base_dir: Path) -> Family:
    return FAMILIES[family_name(base_dir)]


def model_family(model) -> Family:
    """The family of a loaded model (MMS unless the model says otherwise)."""
    return FAMILIES[getattr(model, "family", MMS)]


MMS_SHAPE_FIXED = ("An MMS base's adapters have one fixed shape; the adapter kind and LoRA rank "
                   "apply to Omnilingual bases only.")


def check_adapter_choice(family: str, *, kind: str = "", rank: int = 0) -> None:
    """A sentence (ModelError) when a run's adapter kind/rank cannot be trained on `family`."""
    if not (kind or rank):
        return
    if family != OMNIASR:
        raise ModelError(MMS_SHAPE_FIXED)
    from mms_studio.core.engine.families.omniasr import DEFAULT_KIND, LORA_RANK, check_shape

    check_shape(kind or DEFAULT_KIND, rank or LORA_RANK)


def adapter_config(family: str, config):
    """`config` (a TrainConfig) with the adapter its run trains said in full: on Omnilingual
    the kind and rank (the defaults filled in), so config.json and adapter.json record them;
    on MMS unchanged (refused when it asks for a kind or rank)."""
    check_adapter_choice(family, kind=config.adapter_kind, rank=config.lora_rank)
    if family != OMNIASR:
        return config
    from mms_studio.core.engine.families.omniasr import DEFAULT_KIND, LORA_RANK

    return replace(config, adapter_kind=config.adapter_kind or DEFAULT_KIND,
                   lora_rank=config.lora_rank or LORA_RANK)


def shape_for_run(model, config):
    """The trainer's hook: `adapter_config` for `model`'s family, and an Omnilingual model's
    adapter rebuilt to that kind/rank (fresh, seeded) when it was loaded with another."""
    config = adapter_config(model_family(model).name, config)
    if hasattr(model, "reshape_adapter"):
        from mms_studio.core.engine.families.omniasr import AdapterShape

        model.reshape_adapter(AdapterShape(config.adapter_kind, config.lora_rank),
                              seed=config.seed)
    return config

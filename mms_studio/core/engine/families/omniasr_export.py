"""An Omnilingual adapter as files plain transformers (and peft) load, without MMS Studio.

The adapter's rank (and alpha = 2·rank) is read from its own tensors, so a run
trained with `--lora-rank 8` exports as rank 8. A bottleneck adapter cannot be
written for plain transformers: exporting one is refused with a sentence saying
it needs MMS Studio.

The Hugging Face folder gets the base with the LoRA weights merged in and the
output layer over the project's graphemes as `ctc_head`, so
`OmniASRForCTC.from_pretrained(DIR)` alone gives the app's output (no peft, no
extra latency). `peft/` beside it holds the same adapter in peft's layout
(`adapter_config.json`, `adapter_model.safetensors`, the head as a module to
save), for those who keep one base and swap small adapters:
`PeftModel.from_pretrained(OmniASRForCTC.from_pretrained(BASE, vocab_size=N,
ignore_mismatched_sizes=True), DIR/peft)`. It sits in a subfolder because
transformers treats a folder holding adapter_config.json as an adapter and
would load the base again from its `base_model_name_or_path`.
"""

from __future__ import annotations

import json
from pathlib import Path

from mms_studio.core.atomic import atomic_path, write_json
from mms_studio.core.errors import ModelError

PEFT_FOLDER = "peft"
_LORA_A = ".adapter_layer.lora_A.weight"
_LORA_B = ".adapter_layer.lora_B.weight"


def _lora_modules(adapter: dict) -> list[str]:
    return sorted(key[:-len(_LORA_A)] for key in adapter if key.endswith(_LORA_A))


def merged_tensors(adapter: dict, base_tensors: dict, *, rank: int, alpha: float) -> dict:
    """The base's tensors with W += (alpha/r)·B·A per LoRA module and our head as ctc_head."""
    if any(".adapter_layer." in k and not k.endswith((_LORA_A, _LORA_B)) for k in adapter):
        raise ModelError("This is a bottleneck adapter: it needs MMS Studio, and plain "
                         "transformers cannot load it. Only a LoRA adapter (the default kind) "
                         "can be exported as a Hugging Face folder.")
    out = {k: v for k, v in base_tensors.items() if not k.startswith("ctc_head.")}
    for module in _lora_modules(adapter):
        key = f"{module}.weight"
        if key not in out:
            raise ModelError("The adapter does not fit this base model (its layers differ).")
        a, b = adapter[module + _LORA_A].float(), adapter[module + _LORA_B].float()
        out[key] = (out[key].float() + (alpha / rank) * (b @ a)).to(out[key].dtype).contiguous()
    out["ctc_head.weight"] = adapter["lm_head.weight"].contiguous()
    out["ctc_head.bias"] = adapter["lm_head.bias"].contiguous()
    return out


def peft_tensors(adapter: dict) -> dict:
    """Our adapter's tensors under the names peft saves (LoRA pairs + the head to save)."""
    out = {}
    for module in _lora_modules(adapter):
        out[f"base_model.model.{module}.lora_A.weight"] = adapter[module + _LORA_A]
        out[f"base_model.model.{module}.lora_B.weight"] = adapter[module + _LORA_B]
    out["base_model.model.ctc_head.weight"] = adapter["lm_head.weight"]
    out["base_model.model.ctc_head.bias"] = adapter["lm_head.bias"]
    return {k: v.contiguous() for k, v in out.items()}


def peft_config(*, base_model: str, rank: int, alpha: float, targets: list[str]) -> dict:
    return {"peft_type": "LORA", "task_type": None, "base_model_name_or_path": base_model,
            "r": rank, "lora_alpha": alpha, "lora_dropout": 0.0, "bias": "none",
            "target_modules": sorted({t.rpartition(".")[2] for t in targets}),
            "modules_to_save": ["ctc_head"], "fan_in_fan_out": False,
            "init_lora_weights": True, "inference_mode": True}


def write_hf_model(info, *, base_dir: Path, out: Path) -> None:
    """model.safetensors (merged), config.json, the OmniASR feature extractor and peft/."""
    from safetensors import safe_open
    from safetensors.torch import save_file

    from mms_studio.core.engine.adapters import read_adapter_file
    from mms_studio.core.engine.families import omniasr

    adapter = read_adapter_file(info.weights_path)
    shape = omniasr.shape_of(adapter)
    if shape is None or shape.kind != "lora":
        raise ModelError("This is a bottleneck adapter: it needs MMS Studio, and plain "
                         "transformers cannot load it. Only a LoRA adapter (the default kind) "
                         "can be exported as a Hugging Face folder.")
    rank, alpha = shape.rank, omniasr.lora_alpha(shape.rank)
    with safe_open(str(Path(base_dir) / "model.safetensors"), framework="pt") as handle:
        meta = handle.metadata()
        base = {key: handle.get_tensor(key) for key in handle.keys()}  # noqa: SIM118
    merged = merged_tensors(adapter, base, rank=rank, alpha=alpha)
    del base
    with atomic_path(out / "model.safetensors", suffix=".safetensors") as tmp:
        save_file(merged, str(tmp), metadata=meta or {"format": "pt"})
    del merged
    config = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    blank = info.vocab.get("[PAD]", 0)
    config.update(vocab_size=len(info.vocab), blank_token_id=blank, pad_token_id=blank,
                  ctc_zero_infinity=True)
    write_json(out / "config.json", config)
    write_json(out / "preprocessor_config.json", {
        "feature_extractor_type": "OmniASRFeatureExtractor", "feature_size": 1,
        "sampling_rate": 16000, "padding_value": 0.0, "padding_side": "right",
        "do_normalize": True, "return_attention_mask": True})
    peft_dir = out / PEFT_FOLDER
    peft_dir.mkdir(exist_ok=True)
    with atomic_path(peft_dir / "adapter_model.safetensors", suffix=".safetensors") as tmp:
        save_file(peft_tensors(adapter), str(tmp), metadata={"format": "pt"})
    write_json(peft_dir / "adapter_config.json", peft_config(
        base_model=str(info.meta.get("base_model") or base_dir), rank=rank, alpha=alpha,
        targets=list(omniasr.LORA_TARGETS)))

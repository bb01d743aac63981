"""An Omnilingual base seen as the plain Wav2Vec2ForCTC it is, so OpenVINO runs it as it runs MMS.

Why: on a CPU, MMS bases transcribe through OpenVINO (int8 weights, adapters fed as
graph inputs; measured 1.4x faster than torch's int8 there), while Omnilingual bases
took the torch path. The Omnilingual CTC encoder is a wav2vec2 stable-layer-norm
encoder and our default adapter (a bottleneck after each layer) is exactly
Wav2Vec2ForCTC's `adapter_attn_dim` adapter layer (`omniasr_export`, logits equal
within 3e-7). So the converted-base cache lays an Omnilingual base out as that model
once (`converted_cache` asks this module through `planned_entry` / `skeleton`), and
the int8 conversion, the OpenVINO export and the adapters-as-inputs machinery run
unchanged on it. The names come from `omniasr_export` (one mapping for both uses).

What the converted file holds, per tensor, read one at a time (memory stays bounded as
for MMS): the encoder's weights under wav2vec2's names; the positional conv as its
weight-norm halves (v = the weight, g = its norm); the adapter layers as zeros (they
are graph inputs; zeros = the base's own output); `lm_head` = the base's own
`ctc_head` (its zero-shot output layer).

A LoRA adapter changes the base's Linears themselves, which the exported graph holds
as constants, so it keeps the torch path: `inference.choose_runtime` is told the
adapter kind, and an OpenVINO model refuses a LoRA adapter swapped in later
(`AdapterNeedsTorch`; `Recogniser.use_adapter` then reloads on torch).
"""

from __future__ import annotations

import json
from pathlib import Path

from mms_studio.core.errors import ModelError

OMNIASR_MODEL_TYPE = "omniasr_ctc"
_HEAD = {"lm_head.weight": "ctc_head.weight", "lm_head.bias": "ctc_head.bias"}


class AdapterNeedsTorch(ModelError):  # noqa: N818 - a refusal the recogniser acts on, not a bug
    """An adapter the OpenVINO graph cannot take as inputs (LoRA changes the base's Linears)."""


def is_omniasr(base_dir: Path) -> bool:
    """Whether `base_dir` holds an Omnilingual CTC base (its config.json's model_type)."""
    try:
        config = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and config.get("model_type") == OMNIASR_MODEL_TYPE


def skeleton(base_dir: Path):
    """Wav2Vec2ForCTC computing the base (+ a default-width bottleneck) on the meta device.

    The output layer has the base's own head's rows (the converted file carries that
    head); `converted_cache._fit_head` sizes it from the file anyway.
    """
    import torch
    from transformers import Wav2Vec2ForCTC

    from mms_studio.core.engine.families.omniasr import LORA_RANK, equal_size_bottleneck
    from mms_studio.core.engine.families.omniasr_export import wav2vec2_config

    try:
        omni = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
        audio = omni["audio_config"]
        rows = int(omni.get("vocab_size") or 1)
        width = equal_size_bottleneck(audio["hidden_size"], audio["intermediate_size"],
                                      rank=LORA_RANK)
        config = wav2vec2_config(omni, vocab={str(i): i for i in range(rows)}, width=width)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"The base model in {base_dir} could not be loaded: {exc}") from exc
    with torch.device("meta"):
        return Wav2Vec2ForCTC(config)


def _source_names(header: dict) -> dict[str, str]:
    """wav2vec2 name -> the base file's name, for every encoder tensor and the head."""
    from mms_studio.core.engine.families.omniasr_export import wav2vec2_name

    names = {}
    for key in header:
        name = wav2vec2_name(key)
        if name is not None:
            names[name] = key
    names.update({ours: theirs for ours, theirs in _HEAD.items() if theirs in header})
    return names


def planner(header: dict):
    """`converted_cache._plan`'s hook: (model key, meta tensor) -> a header entry to write.

    An entry is the base file's own (read as it is), or one with a `derive` callable
    (given a reader of file entries) for what the file lacks under that name: the
    positional conv's g and the adapter layers' zeros. None: the base lacks it.
    """
    import torch

    from mms_studio.core.engine.families.omniasr_export import (
        POS_CONV,
        POS_CONV_G,
        POS_CONV_V,
        weight_norm_g,
    )

    names = _source_names(header)
    names[POS_CONV_V] = POS_CONV

    def derived(shape, make) -> dict:
        return {"dtype": "F32", "shape": list(shape), "data_offsets": [0, 0], "derive": make}

    def entry_for(key: str, tensor) -> dict | None:
        if key in names and names[key] in header:
            return header[names[key]]
        if key == POS_CONV_G and POS_CONV in header:
            return derived(tensor.shape, lambda read: weight_norm_g(
                read(header[POS_CONV]).float()))
        if ".adapter_layer." in key:
            return derived(tensor.shape, lambda _read, shape=tuple(tensor.shape):
                           torch.zeros(shape, dtype=torch.float32))
        return None

    return entry_for


def outer_names(graph_names: list[str]) -> dict[str, str]:
    """The exported graph's adapter inputs (wav2vec2 names) -> the Omnilingual adapter names
    (`model.audio_tower.layers.N.adapter_layer.{norm,down,up}.*`) adapter files carry."""
    from mms_studio.core.engine.families.omniasr_export import AUDIO_PREFIX, BOTTLENECK_NAMES

    theirs_to_ours = {theirs: ours for ours, theirs in BOTTLENECK_NAMES.items()}
    out = {}
    for name in graph_names:
        head, _, tail = name.partition(".adapter_layer.")
        part, _, param = tail.partition(".")
        index = head.rpartition(".")[2]
        out[name] = f"{AUDIO_PREFIX}layers.{index}.adapter_layer.{theirs_to_ours[part]}.{param}"
    return out


def check_adapter(weights: dict) -> None:
    """Refuse (AdapterNeedsTorch) an adapter the OpenVINO graph cannot take: LoRA."""
    from mms_studio.core.engine.families.omniasr import shape_of

    shape = shape_of(weights)
    if shape is not None and shape.kind != "bottleneck":
        raise AdapterNeedsTorch("This adapter changes the base model's own layers (LoRA); "
                                "it runs without the OpenVINO speed-up.")

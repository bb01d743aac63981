"""An Omnilingual adapter as files plain transformers (and peft) load, without MMS Studio.

Both adapter kinds export; which one an adapter is, and its size, is read from its own
tensors (`omniasr.shape_of`).

A bottleneck adapter (the default kind) is an MMS adapter in all but name: the
Omnilingual CTC encoder is a wav2vec2 stable-layer-norm encoder (layer-norm conv
feature encoder, layer norm + projection, positional conv, pre-LN layers, final
layer norm), and `Wav2Vec2ForCTC` with `config.adapter_attn_dim` adds exactly our
bottleneck after each layer (LayerNorm, down, ReLU, up, added to the layer's
output). So the Hugging Face folder holds a plain `Wav2Vec2ForCTC` (model_type
wav2vec2): the base's weights under wav2vec2's names, our bottleneck in its
adapter layers, our output layer as `lm_head`, and the adapter alone as
`adapter.<lang>.safetensors` in the MMS layout, so
`Wav2Vec2ForCTC.from_pretrained(DIR, target_lang=CODE)`, `load_adapter` and
`Wav2Vec2Processor.from_pretrained(DIR)` work as for an MMS adapter
(tests/core/engine/test_omniasr_wav2vec2_export.py checks logits and text).

A LoRA adapter (`--adapter-kind lora`) exports with its rank (alpha = 2·rank):
the folder gets the base with the LoRA weights merged in and the output layer
over the project's graphemes as `ctc_head`, so `OmniASRForCTC.from_pretrained(DIR)`
alone gives the app's output (no peft, no extra latency). `peft/` beside it
holds the same adapter in peft's layout (`adapter_config.json`,
`adapter_model.safetensors`, the head as a module to save), for those who keep
one base and swap small adapters: `PeftModel.from_pretrained(
OmniASRForCTC.from_pretrained(BASE, vocab_size=N, ignore_mismatched_sizes=True),
DIR/peft)`. It sits in a subfolder because transformers treats a folder holding
adapter_config.json as an adapter and would load the base again from its
`base_model_name_or_path`.
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
        raise ModelError("This is a bottleneck adapter, not LoRA: it exports as a plain "
                         "wav2vec2 model (write_wav2vec2_model), not merged.")
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


#: What an HF folder holds, for library.export_hf_folder's shared tail (feature extractor,
#: adapter file): a plain Wav2Vec2ForCTC, or OmniASR's own classes (merged LoRA).
WAV2VEC2_LAYOUT = "wav2vec2"
OMNIASR_LAYOUT = "omniasr_ctc"


def write_hf_model(info, *, base_dir: Path, out: Path) -> str:
    """The model files of an HF folder for either kind; returns its layout (WAV2VEC2_LAYOUT:
    the MMS-layout adapter file is written here and the Wav2Vec2 feature extractor is wanted;
    OMNIASR_LAYOUT: OmniASR's feature extractor is written here)."""
    from mms_studio.core.engine.adapters import read_adapter_file
    from mms_studio.core.engine.families import omniasr

    adapter = read_adapter_file(info.weights_path)
    shape = omniasr.shape_of(adapter)
    if shape is None:
        raise ModelError("The adapter does not fit this base model (its layers differ).")
    if shape.kind == "bottleneck":
        write_wav2vec2_model(info, adapter, base_dir=base_dir, out=out)
        return WAV2VEC2_LAYOUT
    _write_merged_lora(info, adapter, shape, base_dir=base_dir, out=out)
    return OMNIASR_LAYOUT


def _write_merged_lora(info, adapter: dict, shape, *, base_dir: Path, out: Path) -> None:
    """model.safetensors (merged), config.json, the OmniASR feature extractor and peft/."""
    from safetensors import safe_open
    from safetensors.torch import save_file

    from mms_studio.core.engine.families import omniasr

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


# -- a bottleneck adapter: the base re-laid out as a plain Wav2Vec2ForCTC -----------------------

AUDIO_PREFIX = "model.audio_tower."
BOTTLENECK_NAMES = {"norm": "norm", "down": "linear_1", "up": "linear_2"}   # ours -> wav2vec2's


def wav2vec2_config(omni_config: dict, *, vocab: dict[str, int], width: int):
    """A Wav2Vec2Config computing what the Omnilingual encoder (+ our bottleneck) computes.

    Every choice below is the Omnilingual forward pass said in wav2vec2's words: layer-norm
    convs and the positional conv use its `hidden_act` (wav2vec2: `feat_extract_activation`),
    the stable-layer-norm (pre-LN) encoder with a final layer norm, the same eps, biased
    convs, and the MMS adapter layer (`adapter_attn_dim`) after each layer's feed-forward.
    No SpecAugment or layer drop (nothing to train in plain transformers unless asked).
    """
    from transformers import Wav2Vec2Config

    audio = omni_config["audio_config"]
    if audio["num_conv_pos_embeddings"] % 2:
        raise ModelError("This Omnilingual base has an odd positional convolution, which "
                         "plain wav2vec2 computes differently; export is not possible.")
    act = audio.get("hidden_act", "gelu")
    return Wav2Vec2Config(
        vocab_size=len(vocab), pad_token_id=vocab.get("[PAD]", 0),
        hidden_size=audio["hidden_size"], num_hidden_layers=audio["num_hidden_layers"],
        num_attention_heads=audio["num_attention_heads"],
        intermediate_size=audio["intermediate_size"], hidden_act=act,
        feat_extract_norm="layer", feat_extract_activation=act, conv_bias=audio.get(
            "conv_bias", True),
        conv_dim=list(audio["conv_dim"]), conv_kernel=list(audio["conv_kernel"]),
        conv_stride=list(audio["conv_stride"]),
        num_conv_pos_embeddings=audio["num_conv_pos_embeddings"],
        num_conv_pos_embedding_groups=audio["num_conv_pos_embedding_groups"],
        do_stable_layer_norm=True, layer_norm_eps=audio.get("layer_norm_eps", 1e-5),
        hidden_dropout=0.0, activation_dropout=0.0, attention_dropout=0.0,
        feat_proj_dropout=0.0, final_dropout=0.0, layerdrop=0.0,
        mask_time_prob=0.0, mask_feature_prob=0.0, adapter_attn_dim=width, add_adapter=False,
        ctc_loss_reduction="mean", ctc_zero_infinity=True,
        initializer_range=audio.get("initializer_range", 0.02),
        architectures=["Wav2Vec2ForCTC"])


def wav2vec2_name(key: str) -> str | None:
    """The Wav2Vec2ForCTC name of an Omnilingual base tensor (None: not part of the encoder)."""
    if not key.startswith(AUDIO_PREFIX):
        return None
    rest = key[len(AUDIO_PREFIX):]
    for ours, theirs in (("subsampling.conv_layers.", "feature_extractor.conv_layers."),
                         ("subsampling.layer_norm.", "feature_projection.layer_norm."),
                         ("subsampling.projection.", "feature_projection.projection."),
                         ("encode_positions.conv.bias", "encoder.pos_conv_embed.conv.bias"),
                         ("layers.", "encoder.layers."),
                         ("layer_norm.", "encoder.layer_norm.")):
        if rest.startswith(ours):
            return "wav2vec2." + theirs + rest[len(ours):]
    return None


#: The positional conv: Omnilingual's weight, and wav2vec2's weight-norm halves (g, v) of it.
POS_CONV = AUDIO_PREFIX + "encode_positions.conv.weight"
POS_CONV_G = "wav2vec2.encoder.pos_conv_embed.conv.parametrizations.weight.original0"
POS_CONV_V = "wav2vec2.encoder.pos_conv_embed.conv.parametrizations.weight.original1"


def weight_norm_g(weight):
    """wav2vec2's g for the positional conv (norm over all but the kernel axis): with v = the
    Omnilingual weight, g·v/‖v‖ gives that weight back exactly."""
    import torch

    return torch.norm_except_dim(weight.float(), 2, 2).to(weight.dtype)


def mms_adapter_tensors(adapter: dict) -> dict:
    """Our bottleneck + head under the names Wav2Vec2ForCTC's `_get_adapters` uses (an MMS
    adapter.<lang>.safetensors, which `load_adapter` / `target_lang=` read)."""
    out = {}
    for key, value in adapter.items():
        if key.startswith("lm_head."):
            out[key] = value
            continue
        layer, _, tail = key.partition(".adapter_layer.")
        part, _, param = tail.partition(".")
        if not key.startswith(AUDIO_PREFIX + "layers.") or part not in BOTTLENECK_NAMES:
            raise ModelError("The adapter does not fit this base model (its layers differ).")
        index = layer[len(AUDIO_PREFIX + "layers."):]
        out[f"wav2vec2.encoder.layers.{index}.adapter_layer.{BOTTLENECK_NAMES[part]}.{param}"] \
            = value
    return {k: v.contiguous() for k, v in out.items()}


def wav2vec2_tensors(adapter: dict, base_tensors: dict) -> dict:
    """The whole Wav2Vec2ForCTC state: the base's encoder re-laid out, our bottleneck and head.

    The positional conv is weight-normalised in wav2vec2 (w = g·v/‖v‖ over all but the
    kernel axis): v = Omnilingual's weight and g = its norm give back that weight exactly.
    """
    out = {}
    for key, value in base_tensors.items():
        name = wav2vec2_name(key)
        if name is not None:
            out[name] = value
    weight = base_tensors[POS_CONV]
    out[POS_CONV_G] = weight_norm_g(weight)
    out[POS_CONV_V] = weight
    out.update(mms_adapter_tensors(adapter))
    return {k: v.contiguous() for k, v in out.items()}


def write_wav2vec2_model(info, adapter: dict, *, base_dir: Path, out: Path) -> None:
    """model.safetensors + config.json of a plain Wav2Vec2ForCTC, and the MMS-layout adapter.

    The model is built on the meta device and loaded strictly (every tensor named, none left
    over), so a layout transformers would not read is refused here, not by the user's code.
    """
    import shutil
    import tempfile

    import torch
    from safetensors.torch import load_file, save_file
    from transformers import Wav2Vec2ForCTC

    from mms_studio.core.engine.families import omniasr

    shape = omniasr.shape_of(adapter)
    omni_config = json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8"))
    config = wav2vec2_config(omni_config, vocab=info.vocab, width=shape.width)
    tensors = wav2vec2_tensors(adapter, load_file(str(Path(base_dir) / "model.safetensors")))
    with torch.device("meta"):
        model = Wav2Vec2ForCTC(config)
    try:
        model.load_state_dict(tensors, strict=True, assign=True)
    except RuntimeError as exc:
        raise ModelError("The adapter does not fit this base model (its layers differ).") \
            from exc
    del tensors
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)   # shards (+ index) past 50 GB
        for saved in sorted(Path(tmp).iterdir()):
            with atomic_path(out / saved.name, suffix=saved.suffix) as dst:
                shutil.copyfile(saved, dst)
    del model
    with atomic_path(out / f"adapter.{info.language}.safetensors", suffix=".safetensors") as tmp:
        save_file(mms_adapter_tensors(adapter), str(tmp), metadata={"format": "pt"})

"""Omnilingual ASR CTC as a base for small adapters, behind the engine's MMS-shaped surface.

Omnilingual's CTC models (`hf-audio/omniasr-ctc-300m-v2`, `-1b-v2`; Apache-2.0)
are wav2vec2-style encoders with a CTC head over a SentencePiece vocabulary,
and have no adapter layers. `OmniAdapterModel` holds the frozen encoder, adds
trainable low-rank adapters (LoRA) on the attention's q and v projections and
a new output layer (`lm_head`) over the project's own graphemes, and offers the
few Wav2Vec2ForCTC members the engine uses (`forward(input_values,
attention_mask)`, `_get_adapters`, `init_adapter_layers`, `freeze_base_model`,
`_get_feat_extract_output_lengths`, `wav2vec2.feature_extractor`), so training,
evaluation, transcription and the library run unchanged. Our own LoRA layers
(no peft at run time) compute exactly what peft's do, and the HF export writes
them in peft's file layout and also merged into the weights.

Why LoRA rather than MMS-style bottlenecks, although at equal size on the tiny
random model the bottleneck learned the synthetic task better (best dev CER of 150
steps, seeds 0/1/2 of the random bases: bottleneck 9.9/9.3/4.4%, mean 7.9%; LoRA
12.6/12.6/9.3%, mean 11.5%; the tiny MMS model 5.5/9.3/7.7%, mean 7.5%;
tests/core/engine/test_families_learning.py prints its own): only LoRA
loads in plain transformers (merged into the weights) or transformers + peft,
which is the point of an Apache-2.0 base; a bottleneck needs our code at the
user's end. `kind="bottleneck"` stays for measuring.
"""

from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace

import torch
from torch import nn

from mms_studio.core.errors import ModelError

#: LoRA settings: rank 4 on every Linear of each encoder layer (attention q, k, v, out and
#: both feed-forward layers): 18·H·4 weights per layer, ~1.8 M (7 MB float32) for the 300M
#: model (24 layers, H=1024), about an MMS adapter's size. On the tiny model, rank 4 on all
#: six learned better than rank 16 on q and v alone (dev CER 12.6% vs 33.5% after 150 steps).
LORA_RANK = 4
LORA_ALPHA = 8
LORA_TARGETS = ("attention.q_proj", "attention.k_proj", "attention.v_proj",
                "attention.out_proj", "feed_forward.intermediate_dense",
                "feed_forward.output_dense")   # paths inside each encoder layer
DEFAULT_KIND = "lora"
ADAPTER_KINDS = ("lora", "bottleneck")


class LoRAPair(nn.Module):
    """x -> B(A(x)) * alpha / r, as peft's lora.Linear adds to its base layer's output."""

    def __init__(self, features_in: int, features_out: int, *, rank: int, alpha: float) -> None:
        super().__init__()
        self.lora_A = nn.Linear(features_in, rank, bias=False)
        self.lora_B = nn.Linear(rank, features_out, bias=False)
        self.scaling = alpha / rank
        self.reset()

    def reset(self) -> None:
        nn.init.kaiming_uniform_(self.lora_A.weight, a=math.sqrt(5))   # peft's default init
        nn.init.zeros_(self.lora_B.weight)

    def forward(self, x):
        return self.lora_B(self.lora_A(x.to(self.lora_A.weight.dtype))) * self.scaling


class LoRALinear(nn.Module):
    """A frozen Linear plus its LoRA pair (named `adapter_layer`: never quantised, see inference)."""

    def __init__(self, base: nn.Linear, *, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.adapter_layer = LoRAPair(base.in_features, base.out_features, rank=rank,
                                      alpha=alpha)
        self.adapter_layer.to(device=base.weight.device)

    def forward(self, x):
        out = self.base(x)
        return out + self.adapter_layer(x).to(out.dtype)


class Bottleneck(nn.Module):
    """An MMS-style residual bottleneck after an encoder layer (measured against LoRA)."""

    def __init__(self, hidden: int, dim: int) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(hidden)
        self.down = nn.Linear(hidden, dim)
        self.up = nn.Linear(dim, hidden)
        self.reset()

    def reset(self) -> None:
        self.norm.reset_parameters()
        nn.init.normal_(self.down.weight, std=0.02)
        nn.init.zeros_(self.down.bias)
        nn.init.zeros_(self.up.weight)
        nn.init.zeros_(self.up.bias)

    def forward(self, x):
        h = x.to(self.down.weight.dtype)
        return x + self.up(torch.relu(self.down(self.norm(h)))).to(x.dtype)


class _AdaptedLayer(nn.Module):
    """An encoder layer followed by its bottleneck (the layer's own weights stay under `layer`)."""

    def __init__(self, layer: nn.Module, hidden: int, dim: int) -> None:
        super().__init__()
        self.layer = layer
        self.adapter_layer = Bottleneck(hidden, dim)

    def forward(self, hidden_states, *args, **kwargs):
        return self.adapter_layer(self.layer(hidden_states, *args, **kwargs))


class _ConvStack(nn.Module):
    """The encoder's conv layers as wav2vec2's feature encoder: (batch, samples) -> (batch, C, frames).

    The engine's feature cache and piecewise encoding patch this module's forward,
    as they patch `wav2vec2.feature_extractor` on MMS.
    """

    def __init__(self, conv_layers: nn.ModuleList) -> None:
        super().__init__()
        self.conv_layers = conv_layers

    def forward(self, input_values):
        hidden = input_values[:, None, :]
        for layer in self.conv_layers:
            hidden = layer(hidden)
        return hidden


class OmniAdapterModel(nn.Module):
    """A frozen Omnilingual CTC encoder + trainable adapters + our output layer (`lm_head`)."""

    family = "omniasr"

    def __init__(self, omni, *, kind: str = DEFAULT_KIND) -> None:
        super().__init__()
        if kind not in ADAPTER_KINDS:
            raise ValueError(f"unknown adapter kind {kind!r}")
        audio = omni.config.audio_config
        self.kind = kind
        self.model = omni.model               # OmniASRCTCModel: .audio_tower, as in the Hub files
        self.lm_head = omni.ctc_head          # replaced by our vocabulary's head in init_adapter
        self.target_lang = None
        self.max_window_seconds = 40.0
        self.config = SimpleNamespace(
            model_type="omniasr_ctc", hidden_size=audio.hidden_size,
            vocab_size=omni.config.vocab_size, pad_token_id=omni.config.blank_token_id,
            initializer_range=audio.initializer_range, conv_kernel=list(audio.conv_kernel),
            conv_stride=list(audio.conv_stride), mask_time_prob=0.0, layerdrop=0.0,
            ctc_zero_infinity=True, ctc_loss_reduction="mean", adapter_kind=kind,
            lora_rank=LORA_RANK, lora_alpha=LORA_ALPHA, lora_targets=list(LORA_TARGETS),
            base_config=omni.config.to_dict())
        tower = self.model.audio_tower
        tower.layerdrop = 0.0
        tower.hidden_dropout = 0.0            # a float the tower applies itself
        if kind == "lora":
            for layer in tower.layers:
                for target in LORA_TARGETS:
                    parent_path, _, child = target.rpartition(".")
                    parent = layer.get_submodule(parent_path)
                    setattr(parent, child, LoRALinear(getattr(parent, child), rank=LORA_RANK,
                                                      alpha=LORA_ALPHA))
        else:
            dim = equal_size_bottleneck(audio.hidden_size, audio.intermediate_size)
            tower.layers = nn.ModuleList(_AdaptedLayer(layer, audio.hidden_size, dim)
                                         for layer in tower.layers)
        conv = _ConvStack(tower.subsampling.conv_layers)
        # Not registered as a child: the conv layers already belong to the tower.
        object.__setattr__(self, "_shim", SimpleNamespace(feature_extractor=conv))
        sub = tower.subsampling

        def subsample(hidden_states):  # (batch, 1, samples), as the tower passes it
            feats = conv(hidden_states[:, 0, :]).transpose(1, 2)
            return sub.projection(sub.layer_norm(feats))

        sub.forward = subsample

    # -- the Wav2Vec2ForCTC surface the engine uses --------------------------------------------
    @property
    def wav2vec2(self):
        return self._shim

    @property
    def device(self):
        return next(self.parameters()).device

    @property
    def dtype(self):
        return next(self.parameters()).dtype

    def forward(self, input_values, attention_mask=None, **_ignored):
        out = self.model.audio_tower(input_values=input_values[:, None, :],
                                     padding_mask=attention_mask, output_attention_mask=False)
        hidden = out.last_hidden_state
        return SimpleNamespace(logits=self.lm_head(hidden.to(self.lm_head.weight.dtype)))

    def _get_feat_extract_output_lengths(self, lengths):
        for kernel, stride in zip(self.config.conv_kernel, self.config.conv_stride, strict=True):
            lengths = torch.div(lengths - kernel, stride, rounding_mode="floor") + 1
        return lengths

    def _get_adapters(self) -> dict:
        found = {name: param for name, param in self.named_parameters()
                 if ".adapter_layer." in name}
        found["lm_head.weight"] = self.lm_head.weight
        found["lm_head.bias"] = self.lm_head.bias
        return found

    def init_adapter_layers(self) -> None:
        """Fresh adapters (LoRA B = 0: the start computes what the frozen base does) and head."""
        for module in self.modules():
            if isinstance(module, LoRAPair | Bottleneck):
                module.reset()
        with torch.no_grad():
            self.lm_head.weight.normal_(0.0, self.config.initializer_range)
            self.lm_head.bias.zero_()

    def freeze_base_model(self) -> None:
        for param in self.parameters():
            param.requires_grad = False

    def freeze_feature_encoder(self) -> None:
        for param in self._shim.feature_extractor.parameters():
            param.requires_grad = False

    def activation_checkpointing_enable(self, activation_checkpointing_kwargs=None) -> None:
        self.model.activation_checkpointing_enable(
            activation_checkpointing_kwargs=activation_checkpointing_kwargs)

    def activation_checkpointing_disable(self) -> None:
        self.model.activation_checkpointing_disable()


def equal_size_bottleneck(hidden: int, intermediate: int) -> int:
    """The bottleneck width whose weights per layer equal the LoRA adapter's (for measuring)."""
    sizes = {"q_proj": (hidden, hidden), "k_proj": (hidden, hidden), "v_proj": (hidden, hidden),
             "out_proj": (hidden, hidden), "intermediate_dense": (hidden, intermediate),
             "output_dense": (intermediate, hidden)}
    lora = sum(LORA_RANK * sum(sizes[t.rpartition(".")[2]]) for t in LORA_TARGETS)
    return max(1, round(lora / (2 * hidden)))


def load_omniasr(base_dir: Path, *, target_lang: str | None = None, dtype=None,
                 kind: str = DEFAULT_KIND) -> OmniAdapterModel:
    """An Omnilingual CTC base from a local folder (safetensors only, no remote code), eval mode."""
    from transformers import OmniASRForCTC

    if target_lang is not None:
        raise ModelError("An Omnilingual base model has no per-language adapters; train an "
                         "adapter for the language first.")
    try:
        omni = OmniASRForCTC.from_pretrained(
            Path(base_dir), use_safetensors=True, trust_remote_code=False, local_files_only=True,
            **({"dtype": dtype} if dtype is not None else {}))
    except (OSError, ValueError) as exc:
        raise ModelError(f"The base model in {base_dir} could not be loaded: {exc}") from exc
    model = OmniAdapterModel(omni, kind=kind)
    if dtype is not None:
        model.to(dtype)
    model.eval()
    return model

"""Omnilingual ASR CTC as a base for small adapters, behind the engine's MMS-shaped surface.

Omnilingual's CTC models (`hf-audio/omniasr-ctc-300m-v2`, `-1b-v2`; Apache-2.0)
are wav2vec2-style encoders with a CTC head over a SentencePiece vocabulary,
and have no adapter layers. `OmniAdapterModel` holds the frozen encoder, adds
trainable adapters and a new output layer (`lm_head`) over the project's own
graphemes, and offers the few Wav2Vec2ForCTC members the engine uses
(`forward(input_values, attention_mask)`, `_get_adapters`,
`init_adapter_layers`, `freeze_base_model`, `_get_feat_extract_output_lengths`,
`wav2vec2.feature_extractor`), so training, evaluation, transcription and the
library run unchanged.

The adapter's kind and size are a per-run setting (`TrainConfig.adapter_kind`,
`lora_rank`; `mms-studio train --adapter-kind --lora-rank`): an MMS-style
bottleneck after each encoder layer (the default: x + up(relu(down(LayerNorm(x)))),
as wide as LoRA of `lora_rank` is large) or LoRA on every encoder Linear (our
own layers, no peft at run time, computing exactly what peft's do). A saved
adapter's kind and rank are read back from its own tensors (`fit_adapter`,
called by `adapters.set_adapter_state`), so transcribing, resuming or exporting
rebuilds the adapter it was trained with, whatever the default is now (LoRA
adapters trained when LoRA was the default keep loading).

Both kinds load without MMS Studio (omniasr_export): the Omnilingual encoder is
a wav2vec2 stable-layer-norm encoder and Wav2Vec2ForCTC's MMS adapter layer
(`adapter_attn_dim`) is our bottleneck, so a bottleneck adapter exports as a
plain Wav2Vec2ForCTC + an MMS-layout `adapter.<lang>.safetensors`; LoRA exports
merged into OmniASRForCTC's weights and in peft's layout.

Why the bottleneck is the default: it learns the synthetic task as well as the
MMS adapter at equal steps, and LoRA does not. Figures (best dev CER of 150
steps, seeds 0/1/2/3/4 of the random bases, the same data and settings;
tests/core/engine/test_families_learning.py prints its own): MMS adapter
(34,368 weights) 5.5/9.3/7.7/11.5/10.4%, mean 8.9%; bottleneck (30,264)
9.3/8.2/4.4/8.2/12.6%, mean 8.6%; LoRA rank 4 on all six Linears (28,672)
12.6/12.6/9.3/18.1/12.1%, mean 12.9%. LoRA under-fits at equal steps (train
loss 0.18-0.25 where MMS reaches 0.08), yet no rate fixes it: LoRA's rate x3 or
x10, or LoRA+ (B at 16x) collapse to blanks on some seeds; LoRA+ at 4x (mean
13.4% over five seeds), B and A at other rates, alpha 4, rank 2/5/6/9/11 on
other Linears at equal size, DoRA, trainable layer norms and LoRA on the input
projection all stay at 10-16% (three seeds). The likely cause is the random
base itself: its frozen weights (std 0.02) leave every feed-forward nearly
linear and every attention nearly uniform, so LoRA, which can only re-weight
those layers, has no non-linearity to work with, while a bottleneck brings its
own ReLU. On a trained base that gap may shrink, but we have not measured it
there (no network here); LoRA stays a choice (`--adapter-kind lora`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import torch
from torch import nn

from mms_studio.core.errors import ModelError

#: LoRA settings: rank 4 on every Linear of each encoder layer (attention q, k, v, out and
#: both feed-forward layers): 18·H·4 weights per layer, ~1.8 M (7 MB float32) for the 300M
#: model (24 layers, H=1024), about an MMS adapter's size. On the tiny model, rank 4 on all
#: six learned better than rank 16 on q and v alone (dev CER 12.6% vs 33.5% after 150 steps).
#: alpha = 2·rank at every rank (peft's scaling alpha/r stays 2, the measured best).
LORA_RANK = 4
LORA_SCALING = 2.0
LORA_ALPHA = LORA_SCALING * LORA_RANK
MAX_LORA_RANK = 256
LORA_TARGETS = ("attention.q_proj", "attention.k_proj", "attention.v_proj",
                "attention.out_proj", "feed_forward.intermediate_dense",
                "feed_forward.output_dense")   # paths inside each encoder layer
DEFAULT_KIND = "bottleneck"   # learns as well as MMS adapters (see above); LoRA per run
ADAPTER_KINDS = ("bottleneck", "lora")


def lora_alpha(rank: int) -> float:
    """peft's lora_alpha for `rank` (scaling alpha/r = LORA_SCALING at every rank)."""
    return LORA_SCALING * rank


@dataclass(frozen=True)
class AdapterShape:
    """What is trained on an Omnilingual base: `kind`, and its size (LoRA rank or bottleneck
    width; a bottleneck is as large as LoRA of `rank` would be)."""

    kind: str = DEFAULT_KIND
    rank: int = LORA_RANK
    width: int | None = None        # bottleneck only; None: equal in size to LoRA of `rank`

    def to_dict(self) -> dict:
        return {"adapter_kind": self.kind, "lora_rank": self.rank, "bottleneck_width": self.width}


def check_shape(kind: str, rank: int) -> None:
    """A clear sentence for an adapter kind or rank MMS Studio cannot train."""
    if kind not in ADAPTER_KINDS:
        raise ModelError(f"There is no adapter kind “{kind}”; choose lora or bottleneck.")
    if not isinstance(rank, int) or not 1 <= rank <= MAX_LORA_RANK:
        raise ModelError(f"The LoRA rank must be a whole number from 1 to {MAX_LORA_RANK}.")


def shape_of(weights: dict) -> AdapterShape | None:
    """The kind and size of a saved adapter, read from its own tensors (None: neither kind)."""
    for key, value in weights.items():
        if key.endswith(".adapter_layer.lora_A.weight"):
            return AdapterShape("lora", int(value.shape[0]))
        if key.endswith(".adapter_layer.down.weight"):
            return AdapterShape("bottleneck", LORA_RANK, int(value.shape[0]))
    return None


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

    def __init__(self, base: nn.Module, *, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        # A Linear quantised for int8 inference (quantised.CastAround) keeps its sizes inside.
        sized = getattr(base, "inner", base)
        self.adapter_layer = LoRAPair(sized.in_features, sized.out_features, rank=rank,
                                      alpha=alpha)
        self.adapter_layer.to(device=_device_of(base))

    def forward(self, x):
        out = self.base(x)
        return out + self.adapter_layer(x).to(out.dtype)


class Bottleneck(nn.Module):
    """An MMS-style residual bottleneck after an encoder layer (the default adapter kind).

    Wav2Vec2AttnAdapterLayer's computation (LayerNorm eps 1e-5, linear_1, ReLU, linear_2,
    added to the layer's output), so it exports into Wav2Vec2ForCTC's adapter layers."""

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


def _device_of(module: nn.Module):
    """Where a (possibly quantised, parameter-less) module lives."""
    for tensor in (*module.parameters(), *module.buffers()):
        return tensor.device
    return torch.device("cpu")


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

    def __init__(self, omni, *, kind: str = DEFAULT_KIND, rank: int = LORA_RANK) -> None:
        super().__init__()
        check_shape(kind, rank)
        audio = omni.config.audio_config
        self.model = omni.model               # OmniASRCTCModel: .audio_tower, as in the Hub files
        self.lm_head = omni.ctc_head          # replaced by our vocabulary's head in init_adapter
        self.target_lang = None
        self.max_window_seconds = 40.0
        self.shape = AdapterShape()
        self.config = SimpleNamespace(
            model_type="omniasr_ctc", hidden_size=audio.hidden_size,
            intermediate_size=audio.intermediate_size,
            vocab_size=omni.config.vocab_size, pad_token_id=omni.config.blank_token_id,
            initializer_range=audio.initializer_range, conv_kernel=list(audio.conv_kernel),
            conv_stride=list(audio.conv_stride), mask_time_prob=0.0, layerdrop=0.0,
            ctc_zero_infinity=True, ctc_loss_reduction="mean", lora_targets=list(LORA_TARGETS),
            base_config=omni.config.to_dict())
        tower = self.model.audio_tower
        tower.layerdrop = 0.0
        tower.hidden_dropout = 0.0            # a float the tower applies itself
        self._add_adapters(AdapterShape(kind, rank))
        conv = _ConvStack(tower.subsampling.conv_layers)
        # Not registered as a child: the conv layers already belong to the tower.
        object.__setattr__(self, "_shim", SimpleNamespace(feature_extractor=conv))
        sub = tower.subsampling

        def subsample(hidden_states):  # (batch, 1, samples), as the tower passes it
            feats = conv(hidden_states[:, 0, :]).transpose(1, 2)
            return sub.projection(sub.layer_norm(feats))

        sub.forward = subsample

    # -- the adapter's kind and size -----------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.shape.kind

    def _resolved(self, shape: AdapterShape) -> AdapterShape:
        """`shape` with its bottleneck width said (LoRA has none)."""
        if shape.kind == "lora":
            return AdapterShape("lora", shape.rank)
        return AdapterShape("bottleneck", shape.rank, shape.width or equal_size_bottleneck(
            self.config.hidden_size, self.config.intermediate_size, rank=shape.rank))

    def _add_adapters(self, shape: AdapterShape) -> None:
        tower = self.model.audio_tower
        shape = self._resolved(shape)
        if shape.kind == "lora":
            for layer in tower.layers:
                for target in LORA_TARGETS:
                    parent_path, _, child = target.rpartition(".")
                    parent = layer.get_submodule(parent_path)
                    setattr(parent, child, LoRALinear(getattr(parent, child), rank=shape.rank,
                                                      alpha=lora_alpha(shape.rank)))
        else:
            device = _device_of(tower.layers[0])
            tower.layers = nn.ModuleList(
                _AdaptedLayer(layer, self.config.hidden_size, shape.width).to(device)
                for layer in tower.layers)
        self.shape = shape
        self.config.adapter_kind = shape.kind
        self.config.lora_rank = shape.rank
        self.config.lora_alpha = lora_alpha(shape.rank)
        self.config.bottleneck_width = shape.width

    def _remove_adapters(self) -> None:
        tower = self.model.audio_tower
        if self.shape.kind == "bottleneck":
            tower.layers = nn.ModuleList(layer.layer for layer in tower.layers)
            return
        for layer in tower.layers:
            for target in LORA_TARGETS:
                parent_path, _, child = target.rpartition(".")
                parent = layer.get_submodule(parent_path)
                setattr(parent, child, getattr(parent, child).base)

    def reshape_adapter(self, shape: AdapterShape, *, seed: int = 0) -> bool:
        """Rebuild the adapter layers as `shape` (fresh, seeded; LoRA B = 0) unless they are
        already that; the output layer stays. Returns whether anything changed."""
        check_shape(shape.kind, shape.rank)
        wanted = self._resolved(shape)
        if (wanted.kind, wanted.width or wanted.rank) == \
                (self.shape.kind, self.shape.width or self.shape.rank):
            return False
        self._remove_adapters()
        self._add_adapters(shape)
        torch.manual_seed(seed)
        for module in self.modules():
            if isinstance(module, LoRAPair | Bottleneck):
                module.reset()
        return True

    def fit_adapter(self, weights: dict) -> None:
        """Take the kind and size of saved adapter `weights` (adapters.set_adapter_state's hook),
        so an adapter loads as it was trained whatever the default is now."""
        shape = shape_of(weights)
        if shape is not None:
            self.reshape_adapter(shape)

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


def equal_size_bottleneck(hidden: int, intermediate: int, *, rank: int = LORA_RANK) -> int:
    """The bottleneck width whose weights per layer equal those of LoRA of `rank`."""
    sizes = {"q_proj": (hidden, hidden), "k_proj": (hidden, hidden), "v_proj": (hidden, hidden),
             "out_proj": (hidden, hidden), "intermediate_dense": (hidden, intermediate),
             "output_dense": (intermediate, hidden)}
    lora = sum(rank * sum(sizes[t.rpartition(".")[2]]) for t in LORA_TARGETS)
    return max(1, round(lora / (2 * hidden)))


def load_omniasr(base_dir: Path, *, target_lang: str | None = None, dtype=None,
                 kind: str = DEFAULT_KIND, rank: int = LORA_RANK) -> OmniAdapterModel:
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
    model = OmniAdapterModel(omni, kind=kind, rank=rank)
    if dtype is not None:
        model.to(dtype)
    model.eval()
    return model

"""Per-language adapters: start one for a new vocabulary, or continue from a related language.

An MMS adapter is a small bottleneck in every transformer layer plus the
output layer (lm_head), ~2 M weights for the 1B model. The output layer has
one row per token of the language's vocabulary, so its size is the
vocabulary's size — never `len(tokenizer)`, which counts the <s>/</s> the HF
tokenizer adds. Starting from a related language copies the adapter layers
and the output rows of every grapheme both vocabularies share, so training
starts from what that language already knows.

These functions serve every base family unchanged: an Omnilingual base is loaded
as `families.omniasr.OmniAdapterModel`, whose `_get_adapters()` holds its own
bottlenecks (or, per run, LoRA pairs) beside the same `lm_head` (see families/).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mms_studio.core.atomic import atomic_path
from mms_studio.core.engine.base_files import base_vocabularies
from mms_studio.core.engine.decode import blank_id
from mms_studio.core.errors import ModelError

# Our vocabularies spell the special tokens [PAD]/[UNK]; MMS's own spell them <pad>/<unk>.
_SPECIAL_ALIASES = {"[PAD]": "<pad>", "[UNK]": "<unk>"}


@dataclass(frozen=True)
class AdapterInit:
    """How an adapter was started: fresh, or from `source` with `copied_rows` output rows reused."""

    source: str | None
    copied_rows: int
    vocab_size: int

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def configure_for_ctc(model, vocab: dict[str, int]) -> None:
    """The settings adapter training needs regardless of how the base was saved."""
    model.config.vocab_size = len(vocab)
    model.config.pad_token_id = blank_id(vocab)
    model.config.ctc_zero_infinity = True
    model.config.ctc_loss_reduction = "mean"
    model.config.layerdrop = 0.0
    disable_dropout(model)


_DROPOUT_FIELDS = ("attention_dropout", "hidden_dropout", "activation_dropout",
                   "feat_proj_dropout", "final_dropout")


def disable_dropout(model) -> int:
    """Switch every dropout off, as the MMS adapter recipe does; returns how many were on.

    With only ~2 M adapter weights learning there is little to regularise, and
    dropout is expensive here: each mask is kept for backward, and on the CPU
    attention dropout forces scaled-dot-product attention off its fused kernel
    onto a float32 fallback. Measured on one 1B layer (batch 4 x 5 s, bf16
    base): 138 MB of saved activations with dropout 0.1, 36 MB without.
    Config fields are zeroed too so a saved config says what ran.
    """
    import torch

    for name in _DROPOUT_FIELDS:
        if hasattr(model.config, name):
            setattr(model.config, name, 0.0)
    switched = 0
    for module in model.modules():
        if isinstance(module, torch.nn.Dropout) and module.p > 0:
            module.p = 0.0
            switched += 1
        elif not isinstance(module, torch.nn.Dropout) and \
                isinstance(getattr(module, "dropout", None), float) and module.dropout > 0:
            module.dropout = 0.0  # attention modules keep their rate as a float
            switched += 1
    return switched


def _new_head(model, size: int, dtype=None):
    """A fresh output layer, in the dtype of the one it replaces unless `dtype` says otherwise."""
    import torch

    head = torch.nn.Linear(model.config.hidden_size, size)
    head.to(device=model.device, dtype=dtype or model.lm_head.weight.dtype)
    return head


def _adapters_to_float32(model) -> None:
    """Trainable weights (and so AdamW's state) stay float32 even on a bf16/fp16 base."""
    import torch

    for param in model._get_adapters().values():
        if param.dtype != torch.float32:
            param.data = param.data.float()


def read_adapter_file(path: Path) -> dict:
    """Adapter tensors from a .safetensors file (never pickle)."""
    from safetensors.torch import load_file

    path = Path(path)
    if not path.is_file():
        raise ModelError(f"The adapter file {path.name} is missing.")
    try:
        return load_file(str(path))
    except Exception as exc:  # noqa: BLE001 - safetensors raises its own error types
        raise ModelError(f"The adapter file {path.name} is damaged or not an adapter.") from exc


def adapter_state(model) -> dict:
    """The adapter's weights (bottlenecks + lm_head), detached copies on the CPU."""
    return {k: v.detach().to("cpu").clone().contiguous() for k, v in model._get_adapters().items()}


def set_adapter_state(model, weights: dict) -> None:
    """Put adapter weights into `model`, resizing the output layer to their vocabulary."""
    import torch

    if hasattr(model, "fit_adapter"):   # Omnilingual: rebuild the kind/rank the file was saved as
        model.fit_adapter(weights)
    expected = set(model._get_adapters())
    if set(weights) != expected:
        raise ModelError("The adapter does not fit this base model (its layers differ).")
    rows = weights["lm_head.weight"].shape[0]
    if model.lm_head.out_features != rows:
        model.lm_head = _new_head(model, rows)
        model.config.vocab_size = rows
    current = model._get_adapters()
    with torch.no_grad():
        for name, value in weights.items():
            current[name].copy_(value.to(current[name]))


def save_adapter_file(model, path: Path) -> None:
    """Write the adapter as safetensors, atomically."""
    from safetensors.torch import save_file

    with atomic_path(path, suffix=".safetensors") as tmp:
        save_file(adapter_state(model), str(tmp))


def init_adapter(model, *, vocab: dict[str, int], base_dir: Path | None = None,
                 from_adapter: str | None = None, seed: int = 0) -> AdapterInit:
    """Give `model` an adapter for `vocab`: fresh (seeded) or continued from `from_adapter`.

    Then freezes everything but the adapter, including the conv feature
    encoder, so backward never runs through the conv stack.
    """
    import torch

    configure_for_ctc(model, vocab)
    _adapters_to_float32(model)
    torch.manual_seed(seed)
    copied = 0
    if from_adapter is None:
        model.lm_head = _new_head(model, len(vocab), torch.float32)
        model.init_adapter_layers()
    else:
        if base_dir is None:
            raise ValueError("base_dir is needed to continue from an existing adapter")
        weights = read_adapter_file(Path(base_dir) / f"adapter.{from_adapter}.safetensors")
        source_vocab = base_vocabularies(Path(base_dir)).get(from_adapter)
        if source_vocab is None:
            raise ModelError(f"The base model has no vocabulary for “{from_adapter}”.")
        old_w, old_b = weights["lm_head.weight"], weights["lm_head.bias"]
        set_adapter_state(model, weights)
        model.lm_head = _new_head(model, len(vocab), torch.float32)
        with torch.no_grad():
            model.lm_head.weight.normal_(0.0, model.config.initializer_range)
            model.lm_head.bias.zero_()
            for token, idx in vocab.items():
                src = source_vocab.get(token, source_vocab.get(_SPECIAL_ALIASES.get(token, "")))
                if src is not None and src < old_w.shape[0]:
                    model.lm_head.weight[idx] = old_w[src]
                    model.lm_head.bias[idx] = old_b[src]
                    copied += 1
    model.target_lang = None
    model.freeze_base_model()
    model.freeze_feature_encoder()
    for param in model._get_adapters().values():
        param.requires_grad = True
    return AdapterInit(source=from_adapter, copied_rows=copied, vocab_size=len(vocab))


def trainable_parameters(model) -> list:
    return [p for p in model.parameters() if p.requires_grad]

"""Which Linear layers int8 inference quantises: one rule for the in-memory path and the cache.

Apart from `inference.py` and `quantised.py` so that the converted cache, which stores
these layers as int8, and the inference code, which loads that cache, share it without
importing each other.
"""

from __future__ import annotations


def quantisable_linears(model) -> set[str]:
    """Names of the Linears to quantise: all but the adapters' and the output layer."""
    import torch

    return {name for name, module in model.named_modules()
            if isinstance(module, torch.nn.Linear) and "adapter_layer" not in name
            and not name.startswith("lm_head")}

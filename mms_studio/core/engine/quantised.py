"""int8 dynamic quantisation of a model's Linear layers, in place and one layer at a time.

What `torch.ao.quantization.quantize_dynamic` does for these layers, without
its copy of the model (a second 3.9 GB float32 model while quantising). Two
things it taught us:
- the packed int8 layer keeps the float bias it is given; a bias that is still
  a view of the memory-mapped weights file keeps the whole file mapped and
  resident (3.9 GB for the 1B model), so biases get their own memory;
- in a model loaded in bf16 the layers around the int8 ones (convolutions,
  attention, norms) stay bf16, and each int8 layer casts its input and output.
"""

from __future__ import annotations

import warnings

import torch
from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear
from torch.ao.quantization import default_dynamic_qconfig


class CastAround(torch.nn.Module):
    """An int8 layer (float32 in and out) inside a model of another float dtype."""

    def __init__(self, inner: torch.nn.Module, dtype: torch.dtype) -> None:
        super().__init__()
        self.inner = inner
        self.dtype = dtype

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.inner(x.float()).to(self.dtype)


def quantise_linears(model: torch.nn.Module, names: set[str]) -> None:
    """Swap each named Linear of `model` for a dynamically quantised int8 one."""
    for name in sorted(names):
        parent_name, _, child = name.rpartition(".")
        parent = model.get_submodule(parent_name) if parent_name else model
        linear = getattr(parent, child)
        around = linear.weight.dtype
        if around != torch.float32:
            linear = linear.float()  # quantising needs float32; one layer's copy at a time
        elif linear.bias is not None:
            linear.bias.data = linear.bias.data.clone()
        linear.qconfig = default_dynamic_qconfig
        quantised = DynamicLinear.from_float(linear)
        setattr(parent, child, quantised if around == torch.float32
                else CastAround(quantised, around))


def int8_linear(weight: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor | None, *,
                around: torch.dtype = torch.float32) -> torch.nn.Module:
    """A packed int8 Linear from stored int8 weights and one scale per output row.

    What the converted base (`converted_cache.py`) holds: symmetric per-row
    int8, which is closer to the float weights than torch's default per-tensor
    scale and is the layout OpenVINO's int8 kernels take too. The int8 tensor is
    packed (copied) by fbgemm, so the caller's tensors can be freed right after.
    """
    out_features, in_features = weight.shape
    with warnings.catch_warnings():  # torch marks eager quantisation as deprecated; it works
        warnings.simplefilter("ignore")
        qweight = torch._make_per_channel_quantized_tensor(
            weight, scale.double(), torch.zeros(out_features, dtype=torch.long), 0)
        layer = DynamicLinear(in_features, out_features, bias_=bias is not None,
                              dtype=torch.qint8)
        layer.set_weight_bias(qweight, None if bias is None else bias.float().clone())
    return layer if around == torch.float32 else CastAround(layer, around)

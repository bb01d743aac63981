"""Inference precision chosen from what the machine really has: the fast path by default.

Most users transcribe on a laptop CPU. The plain fp32 route (what the HF
recipe and `pipeline` give) leaves most of the silicon idle:
- CPUs with AMX tiles (Intel Sapphire Rapids and later) run the frozen base
  with bf16 *weights* (not autocast, which would re-cast every weight at every
  call): half the memory, several times the matmul rate.
- Other CPUs, AVX-512 BF16 ones included, get int8 dynamic quantisation of the
  base's Linear layers (VNNI where present); the adapter layers and the output
  layer stay float so adapters can still be swapped in place, and on CPUs with
  bf16 units everything not quantised runs in bf16 (`load_dtype`). Without AMX an
  int8 dot product runs at twice a bf16 one: on an AVX-512 BF16 CPU (AMD EPYC)
  a 1B-sized Linear ran 700 GFLOP/s in int8 vs 410 in bf16, a whole 60 s
  transcription RTF 0.43 vs 0.48, and peak memory 1.9 vs 2.5 GB.
- Without a quantised engine, bf16 where the CPU has it, else fp32.
- GPUs get bf16 where supported, else fp16.
The measured effect and the token agreement with fp32 are in
`bench/transcribe_speed.py` and `tests/core/engine/test_inference_precision.py`.
"""

from __future__ import annotations

import warnings

from mms_studio.core.engine.hardware import Hardware

INFERENCE_PRECISIONS = ("auto", "fp32", "bf16", "fp16", "int8")


def int8_available() -> bool:
    """Dynamic int8 quantisation needs a quantised engine (x86/fbgemm or qnnpack on ARM)."""
    import torch

    try:
        engines = torch.backends.quantized.supported_engines
    except (AttributeError, RuntimeError):
        return False
    return any(e in engines for e in ("x86", "fbgemm", "qnnpack")) and hasattr(
        torch.ao.quantization, "quantize_dynamic")


def choose_inference_precision(hw: Hardware, requested: str = "auto") -> str:
    """The precision to transcribe in: an explicit choice wins, else the fastest that keeps results."""
    if requested not in INFERENCE_PRECISIONS:
        raise ValueError(f"unknown precision {requested!r}; use one of {INFERENCE_PRECISIONS}")
    if requested == "int8" and hw.device != "cpu":
        raise ValueError("int8 inference runs on the CPU only")
    if requested != "auto":
        return requested
    if hw.device == "cuda":
        return "bf16" if hw.bf16 else "fp16"
    if hw.device == "mps":
        return "fp16"
    if hw.amx:
        return "bf16"
    if int8_available():
        return "int8"
    return "bf16" if hw.bf16 else "fp32"


def load_dtype(precision: str, hw: Hardware | None = None):
    """The dtype to load the base weights in, so a bf16 model never exists in fp32 in memory.

    With `hw`, int8 inference on a CPU with bf16 units loads in bf16: what is not
    quantised (convolutions, attention, norms) then runs in bf16 too, measured
    11 % faster per 30 s window (9.4 s vs 10.5 s) than with it in float32.
    """
    import torch

    if precision == "int8" and hw is not None and hw.device == "cpu" and hw.bf16:
        return torch.bfloat16
    return {"bf16": torch.bfloat16, "fp16": torch.float16}.get(precision, torch.float32)


def prepare_for_inference(model, precision: str):
    """Return `model` ready to run in `precision` (cast or quantised); eval mode, no grads.

    int8 keeps the float dtype the model was loaded in (see `load_dtype`) for the
    layers it does not quantise.
    """
    import torch

    model.eval()
    for param in model.parameters():
        param.requires_grad_(False)
    if precision in ("bf16", "fp16"):
        return model.to(load_dtype(precision))
    if precision == "int8":
        if model.dtype not in (torch.float32, torch.bfloat16):
            model = model.float()
        from mms_studio.core.engine.quantisable import quantisable_linears

        targets = quantisable_linears(model)
        # Weights that stay float get their own memory: the loader leaves them as views of
        # the memory-mapped weights file, and one view keeps all 3.9 GB of it mapped (and
        # counted as resident) after the Linear weights it held were quantised.
        for name, module in model.named_modules():
            if name in targets:
                continue
            for param in module.parameters(recurse=False):
                param.data = param.data.clone()
            for key, buffer in module.named_buffers(recurse=False):
                setattr(module, key, buffer.clone())
        with warnings.catch_warnings():  # torch marks eager quantisation as deprecated; it works
            warnings.simplefilter("ignore")
            from mms_studio.core.engine.quantised import quantise_linears

            quantise_linears(model, targets)
        return model
    return model.float()


RUNTIMES = ("auto", "torch", "openvino")
ENV_RUNTIME = "MMS_STUDIO_RUNTIME"


def choose_runtime(hw: Hardware, precision: str, requested: str | None = None, *,
                   adapter_kind: str | None = None) -> str:
    """"openvino" for int8 on a CPU when the optional extra is installed, else "torch".

    On an idle 2-core AVX-512 CPU our OpenVINO graph ran a 30 s window of the 1B
    model at RTF 0.227 against 0.317 for torch's int8 path and 0.279 for a graph
    made with OpenVINO's own NNCF tools (`bench/runtimes.py`, bench/README.md). GPUs,
    and every other precision, stay on torch. `requested` (or $MMS_STUDIO_RUNTIME)
    "torch" forces the torch path. `adapter_kind` "lora" (an Omnilingual LoRA adapter, which
    changes the base's own Linears, constants of the graph) stays on torch too; a
    bottleneck adapter, or none (a base's own output), can take OpenVINO.
    """
    import os

    requested = requested or os.environ.get(ENV_RUNTIME, "auto") or "auto"
    if requested not in RUNTIMES:
        raise ValueError(f"unknown runtime {requested!r}; use one of {RUNTIMES}")
    if requested == "torch" or hw.device != "cpu" or precision != "int8" or \
            adapter_kind not in (None, "bottleneck"):
        return "torch"
    from mms_studio.core.engine.openvino_runtime import openvino_available

    return "openvino" if openvino_available() else "torch"


def load_for_inference(base_dir, *, target_lang: str | None, precision: str, hw: Hardware,
                       state=None, adapter_kind: str | None = None, runtime: str | None = None):
    """The base ready to run in `precision` on `hw`, loaded without an fp32 copy where possible.

    bf16/fp16/int8 come from the converted base on disk (`converted_cache.py`:
    converted once, with progress on `state`, then loaded mapped or packed
    layer by layer): the 1B model's load peak falls from 6.3 GB to about the
    converted weights. fp32 maps the base's own file. Where the cache cannot be
    written (a full or read-only disk) the old path converts in memory instead.

    An Omnilingual base takes OpenVINO too (laid out as wav2vec2 in the cache:
    families/omniasr_layout.py) unless `adapter_kind` is "lora"; its torch path loads the
    base as it is. `runtime`: as `choose_runtime`'s `requested`.
    """
    import logging

    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.converted_cache import layout_for, load_converted, supports
    from mms_studio.core.engine.families.omniasr_layout import is_omniasr
    from mms_studio.core.errors import ModelError

    dtype = load_dtype(precision, hw)
    omniasr = is_omniasr(base_dir)
    layout = layout_for(precision, str(dtype).removeprefix("torch.")) \
        if supports(base_dir) or (omniasr and precision == "int8") else None
    if layout is not None and choose_runtime(hw, precision, runtime,
                                             adapter_kind=adapter_kind) == "openvino":
        from mms_studio.core.engine.openvino_runtime import load_openvino

        try:
            return load_openvino(base_dir, layout=layout, target_lang=target_lang, state=state)
        except (OSError, RuntimeError, ModelError) as exc:  # a full disk, a graph OpenVINO
            if isinstance(exc, ModelError) and not omniasr:  # refuses, a layout wav2vec2 lacks
                raise
            logging.getLogger(__name__).warning("OpenVINO not usable (%s); using torch", exc)
    if layout is not None and not omniasr:
        try:
            model = load_converted(base_dir, layout, target_lang=target_lang, state=state)
            return model.to(hw.device)
        except OSError as exc:
            logging.getLogger(__name__).warning(
                "converted base not usable (%s); converting in memory", exc)
    model = load_base_model(base_dir, target_lang=target_lang, dtype=dtype, converted=False)
    return prepare_for_inference(model, precision).to(hw.device)


def input_dtype(model):
    """The dtype audio must be in for `model` (quantised models take float32)."""
    import torch

    for param in model.parameters():
        if param.is_floating_point():
            return param.dtype
    return torch.float32


def cast_frozen_base(model, precision: str) -> int:
    """For training in bf16/fp16: frozen base weights in that dtype, trainable adapter in fp32.

    Autocast alone keeps the 1B frozen weights in fp32 and re-casts each of
    them at every forward and backward; storing them in half precision halves
    their memory (3.9 -> 1.9 GB) and removes those casts, while the adapter and
    its optimizer state stay fp32 (autocast casts the small adapter weights per
    call). Returns the number of parameters cast.
    """
    import torch

    dtype = load_dtype(precision)
    cast = 0
    for param in model.parameters():
        if not param.is_floating_point():
            continue
        if param.requires_grad:  # a base loaded in bf16 carries its adapter in bf16 too
            if param.dtype != torch.float32:
                param.data = param.data.float()
        elif param.dtype != dtype:
            param.data = param.data.to(dtype)
            cast += param.numel()
    return cast

"""Gradient checkpointing is chosen from free memory, and when on it really keeps less for backward."""

from __future__ import annotations

import pytest

from mms_studio.core.engine.hardware import (
    Hardware,
    activation_gb,
    plan_checkpointing,
    seconds_per_batch,
)


def test_checkpointing_only_when_activations_do_not_fit():
    roomy = plan_checkpointing(seconds=20, precision="bf16", free_gb=16)
    assert not roomy.checkpointing and "fit" in roomy.reason
    tight = plan_checkpointing(seconds=60, precision="bf16", free_gb=4)
    assert tight.checkpointing and tight.activations_gb < roomy.activations_gb
    # fp32 activations take twice the memory, so the same batch tips over sooner
    assert plan_checkpointing(seconds=30, precision="fp32", free_gb=5).checkpointing
    assert not plan_checkpointing(seconds=30, precision="bf16", free_gb=5).checkpointing
    # an explicit choice wins either way
    assert plan_checkpointing(seconds=60, precision="bf16", free_gb=4, requested="off").checkpointing \
        is False
    assert plan_checkpointing(seconds=1, precision="bf16", free_gb=64, requested="on").checkpointing
    with pytest.raises(ValueError):
        plan_checkpointing(seconds=1, precision="bf16", free_gb=1, requested="maybe")


def test_batch_preset_leaves_room_for_the_weights():
    small = Hardware("cpu", "CPU", 8.0, bf16=True, fp16=False)
    seconds = seconds_per_batch(small, precision="bf16")
    used = 1.93 + activation_gb(seconds, precision="bf16", checkpointing=False)
    assert 8.0 <= seconds < 20.0 and used <= 0.5 * small.memory_gb + 1e-6
    # the same laptop in fp32 holds twice the weights and twice the activations
    assert seconds_per_batch(small, precision="fp32") < seconds
    # a CPU is bounded by compute, a GPU by memory
    assert seconds_per_batch(Hardware("cpu", "CPU", 256.0, bf16=True, fp16=False)) == 20.0
    gpu = Hardware("cuda", "A100", 80.0, bf16=True, fp16=True)
    assert seconds_per_batch(gpu) > 100.0
    assert 1.93 + activation_gb(seconds_per_batch(gpu), precision="bf16",
                                checkpointing=False) <= 0.8 * gpu.memory_gb


def _one_step(model, checkpointing: bool) -> tuple[int, dict]:
    """Bytes autograd keeps for backward in one training forward (weights not counted), and
    the adapter's gradients."""
    import torch

    from mms_studio.core.engine.trainer import set_gradient_checkpointing

    set_gradient_checkpointing(model, checkpointing)
    model.train()
    weights = {p.untyped_storage().data_ptr() for p in model.parameters()}
    total = 0

    def pack(tensor):
        nonlocal total
        if tensor.untyped_storage().data_ptr() not in weights:
            total += tensor.numel() * tensor.element_size()
        return tensor

    audio = torch.randn(2, 16000, generator=torch.Generator().manual_seed(1))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        logits = model(audio).logits
    logits.float().logsumexp(-1).mean().backward()
    grads = {name: p.grad.clone() for name, p in model._get_adapters().items()}
    model.zero_grad(set_to_none=True)
    return total, grads


def test_checkpointing_keeps_less_and_trains_the_same(tiny_model_dir):
    """On the tiny model: the same adapter gradients from a fraction of the saved activations."""
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec

    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=LabelCodec.from_texts(["bala sinu"]).vocab)
    model.config.mask_time_prob = 0.0  # no random masking: both passes see the same input
    plain_saved, plain = _one_step(model, checkpointing=False)
    lean_saved, lean = _one_step(model, checkpointing=True)
    assert lean_saved < 0.5 * plain_saved
    for name in plain:
        torch.testing.assert_close(lean[name], plain[name], rtol=1e-4, atol=1e-6)
    # and off again for a later run in the same process
    again_saved, _ = _one_step(model, checkpointing=False)
    assert again_saved == plain_saved


def test_a_base_loaded_in_bf16_trains_a_float32_adapter(tiny_model_dir):
    """run_training loads the base straight in bf16; the adapter and its optimizer stay float32."""
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.inference import cast_frozen_base

    model = load_base_model(tiny_model_dir, dtype=torch.bfloat16, target_lang="abc")
    init_adapter(model, vocab=LabelCodec.from_texts(["bala sinu"]).vocab, base_dir=tiny_model_dir,
                 from_adapter="abc")
    adapter = model._get_adapters()
    assert all(p.dtype == torch.float32 and p.requires_grad for p in adapter.values())
    assert cast_frozen_base(model, "bf16") == 0  # nothing left to cast: loaded in bf16
    frozen = [p for p in model.parameters() if not p.requires_grad]
    assert frozen and all(p.dtype == torch.bfloat16 for p in frozen)
    # the copied rows of the related language's output layer survive at full precision
    from safetensors.torch import load_file

    source = load_file(str(tiny_model_dir / "adapter.abc.safetensors"))
    name = next(n for n in adapter if n != "lm_head.weight" and n != "lm_head.bias")
    torch.testing.assert_close(adapter[name].detach(), source[name].float(), rtol=0, atol=0)

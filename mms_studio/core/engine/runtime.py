"""What a training run sets in the process around the loop: seeds, accelerate's state,
gradient checkpointing.

Each is process-wide (RNGs, accelerate's singleton state, the model's checkpointing
switch), which is why they sit apart from the loop in trainer.py.
"""

from __future__ import annotations

import random

import numpy as np


def seed_step(seed: int, step: int) -> None:
    import torch

    value = (seed * 1_000_003 + step) % 2**31
    torch.manual_seed(value)
    np.random.seed(value)
    random.seed(value)


def set_gradient_checkpointing(model, on: bool) -> None:
    """Recompute the transformer layers in backward (on) or keep their activations (off).

    Only the transformer layers: transformers would checkpoint the frozen conv
    feature encoder as well, which makes autograd record it and keep its
    activations (130 MB per 20 s of audio on the 1B model) for a backward
    that never runs there.
    """
    kwargs = {"use_reentrant": False}
    if on:
        if hasattr(model, "activation_checkpointing_enable"):  # transformers >= 5
            model.activation_checkpointing_enable(activation_checkpointing_kwargs=kwargs)
        else:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=kwargs)
        for layer in model.wav2vec2.feature_extractor.conv_layers:
            layer.gradient_checkpointing = False
    else:  # a model reused from an earlier run may still have it on
        if hasattr(model, "activation_checkpointing_disable"):
            model.activation_checkpointing_disable()
        else:
            model.gradient_checkpointing_disable()


def fresh_accelerate_state() -> None:
    """Let each single-process run choose its own device and precision.

    accelerate keeps one process-wide state and refuses a second Accelerator
    with another precision ("restart your runtime"); the app trains many times
    in one process. Under a multi-process launcher the state belongs to the
    launcher and is left alone.
    """
    import os

    from accelerate.state import AcceleratorState, GradientState

    launched = any(int(os.environ.get(var, "1")) > 1 for var in
                   ("WORLD_SIZE", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE"))
    if not launched:
        AcceleratorState._reset_state(reset_partial_state=True)
        GradientState._reset_state()

"""Base families side by side on this computer: Omnilingual-300M-shaped vs MMS-1B-shaped.

Random weights (speed, not quality), built in memory in bf16 where the CPU has bf16 units
(else fp32), with the trainer's precision rules for both: frozen base in the run precision,
adapter in fp32, autocast. Prints, for each: the adapter training step time (forward +
backward + AdamW on a batch of clips), the transcription real-time factor (one window of
audio, inference mode) and the adapter's size on disk (fp32 safetensors), then the ratios.
MMS is the baseline run in the same invocation. Memory: the 1B model needs ~2.5 GB in bf16.

    .venv/bin/python bench/families.py [--batch 4 --clip-seconds 5 --audio-seconds 30]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import MMS_1B_ALL_CONFIG  # noqa: E402

OMNI_300M_AUDIO = dict(  # hf-audio/omniasr-ctc-300m-v2's encoder (wav2vec2-style, 24 x 1024)
    model_type="omniasr_audio", hidden_size=1024, num_hidden_layers=24, num_attention_heads=16,
    intermediate_size=4096, conv_dim=[512] * 7, conv_kernel=[10, 3, 3, 3, 3, 2, 2],
    conv_stride=[5, 2, 2, 2, 2, 2, 2], num_conv_pos_embeddings=128,
    num_conv_pos_embedding_groups=16, hidden_dropout=0.0, activation_dropout=0.0,
    attention_dropout=0.0, layerdrop=0.0)
VOCAB = {"[PAD]": 0, "[UNK]": 1, "|": 2, **{ch: 3 + i for i, ch in enumerate("abcdefghijklmnopqrstuvwxyz")}}


def build(family: str, dtype):
    import torch

    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)   # built straight in the run precision: no fp32 copy
    try:
        if family == "mms":
            from transformers import Wav2Vec2Config, Wav2Vec2ForCTC

            model = Wav2Vec2ForCTC(Wav2Vec2Config(**MMS_1B_ALL_CONFIG))
        else:
            from transformers import OmniASRCTCConfig, OmniASRForCTC

            from mms_studio.core.engine.families.omniasr import OmniAdapterModel

            config = OmniASRCTCConfig(vocab_size=10288, audio_config=OMNI_300M_AUDIO)
            model = OmniAdapterModel(OmniASRForCTC(config))
    finally:
        torch.set_default_dtype(previous)
    return model.eval()


def adapter_step_seconds(model, *, precision: str, batch: int, clip_seconds: float,
                         steps: int) -> float:
    import torch

    from mms_studio.core.engine.adapters import trainable_parameters
    from mms_studio.core.engine.inference import cast_frozen_base

    cast_frozen_base(model, precision)
    params = trainable_parameters(model)
    optimiser = torch.optim.AdamW(params, lr=1e-3)
    x = torch.randn(batch, int(clip_seconds * 16000))
    mask = torch.ones_like(x, dtype=torch.long)
    labels = torch.randint(3, len(VOCAB), (batch, int(clip_seconds * 8)))
    model.train()
    times = []
    for _ in range(steps + 1):                      # the first step warms up
        start = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"):
            logits = model(x, attention_mask=mask).logits
        log_probs = torch.log_softmax(logits.float(), -1).transpose(0, 1)
        frames = torch.full((batch,), log_probs.shape[0], dtype=torch.long)
        targets = torch.full((batch,), labels.shape[1], dtype=torch.long)
        loss = torch.nn.functional.ctc_loss(log_probs, labels, frames, targets, blank=0,
                                            zero_infinity=True)
        loss.backward()
        optimiser.step()
        optimiser.zero_grad(set_to_none=True)
        times.append(time.perf_counter() - start)
    model.eval()
    return min(times[1:])


def transcription_rtf(model, *, audio_seconds: float) -> float:
    import numpy as np

    from mms_studio.core.engine.features import use_pieces
    from mms_studio.core.engine.inference import prepare_for_inference
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    dtype = next(p for p in model.parameters() if not p.requires_grad).dtype
    model = prepare_for_inference(model, "bf16" if str(dtype) == "torch.bfloat16" else "fp32")
    use_pieces(model)
    rec = Recogniser(model, adapter=AdapterRef("xyz", VOCAB))
    samples = np.random.default_rng(0).standard_normal(int(audio_seconds * 16000)) * 0.1
    rec.log_probs(samples[:16000].astype(np.float32))            # warm-up
    start = time.perf_counter()
    rec.log_probs(samples.astype(np.float32))
    return (time.perf_counter() - start) / audio_seconds


def measure(family: str, args) -> dict:
    import torch

    from mms_studio.core.engine.adapters import adapter_state, init_adapter
    from mms_studio.core.engine.hardware import detect

    precision = "bf16" if detect("cpu").bf16 else "fp32"
    model = build(family, torch.bfloat16 if precision == "bf16" else torch.float32)
    init_adapter(model, vocab=VOCAB)
    size_mb = sum(v.numel() * 4 for v in adapter_state(model).values()) / 1e6   # saved as fp32
    base_m = sum(p.numel() for p in model.parameters()) / 1e6
    step = adapter_step_seconds(model, precision=precision, batch=args.batch,
                                clip_seconds=args.clip_seconds, steps=args.steps)
    rtf = transcription_rtf(model, audio_seconds=args.audio_seconds)
    del model
    gc.collect()
    return {"family": family, "precision": precision, "params_m": base_m,
            "adapter_mb": size_mb, "step_s": step, "rtf": rtf}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--clip-seconds", type=float, default=5.0)
    parser.add_argument("--audio-seconds", type=float, default=30.0)
    parser.add_argument("--steps", type=int, default=2)
    args = parser.parse_args()
    rows = [measure("mms", args), measure("omniasr", args)]
    print(f"adapter step on {args.batch} x {args.clip_seconds:g} s, transcription of one "
          f"{args.audio_seconds:g} s window; load average {os.getloadavg()[0]:.2f} "
          f"(on {os.cpu_count()} CPUs: figures are comparable only on an idle machine)")
    print(f"{'base':<22}{'precision':>10}{'params':>10}{'adapter':>10}{'step':>9}{'RTF':>8}")
    names = {"mms": "MMS-1B-shaped", "omniasr": "Omnilingual-300M-shaped"}
    for r in rows:
        print(f"{names[r['family']]:<22}{r['precision']:>10}{r['params_m']:>9.0f}M"
              f"{r['adapter_mb']:>8.1f}MB{r['step_s']:>8.2f}s{r['rtf']:>8.3f}")
    mms, omni = rows
    print(f"Omnilingual-300M vs MMS-1B: step {mms['step_s'] / omni['step_s']:.1f}x faster, "
          f"transcription {mms['rtf'] / omni['rtf']:.1f}x faster, adapter "
          f"{omni['adapter_mb'] / mms['adapter_mb']:.2f}x the size")
    return 0


if __name__ == "__main__":
    sys.exit(main())

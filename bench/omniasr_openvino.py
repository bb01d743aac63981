"""Omnilingual-300M-shaped base: one window through OpenVINO (int8, the MMS runtime) vs torch.

Random weights (speed and numerics, not quality). The base folder (config.json +
model.safetensors, 1.2 GB fp32) is written once into --work; the OpenVINO run converts it
to the wav2vec2 layout and exports the graph once (families/omniasr_layout.py; timed apart
as "prepare"). Each runtime loads through `inference.load_for_inference` (the app's path)
with the same random bottleneck adapter (default width) and a 32-token head, then runs one
window of audio `--repeat` times; the median is its RTF. Baseline: torch's int8 path (what
Omnilingual bases used before), in the same invocation; torch fp32 gives the frame
agreement (share of frames whose best token is fp32's).

    .venv/bin/python bench/omniasr_openvino.py [--seconds 30] [--repeat 3] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.families import OMNI_300M_AUDIO  # noqa: E402


def write_base(folder: Path) -> Path:
    import torch
    from transformers import OmniASRCTCConfig, OmniASRForCTC

    if (folder / "model.safetensors").is_file():
        return folder
    torch.manual_seed(0)
    model = OmniASRForCTC(OmniASRCTCConfig(vocab_size=10288, audio_config=OMNI_300M_AUDIO))
    model.save_pretrained(folder, safe_serialization=True)
    return folder


def adapter_weights(model) -> dict:
    """A random bottleneck (non-zero up-projection) and a 32-row head, under the model's names."""
    import torch

    generator = torch.Generator().manual_seed(1)
    weights = {}
    for name, param in model._get_adapters().items():
        shape = (32, *param.shape[1:]) if name.startswith("lm_head.") else tuple(param.shape)
        weights[name] = torch.randn(shape, generator=generator) * 0.02
        if name.endswith("norm.weight"):
            weights[name] += 1.0
    return weights


def measure(base: Path, runtime: str, precision: str, samples, repeat: int, weights=None):
    import torch

    from mms_studio.core.engine.adapters import set_adapter_state
    from mms_studio.core.engine.hardware import detect
    from mms_studio.core.engine.inference import input_dtype, load_for_inference

    started = time.perf_counter()
    model = load_for_inference(base, target_lang=None, precision=precision, hw=detect("cpu"),
                               adapter_kind="bottleneck", runtime=runtime)
    load = time.perf_counter() - started
    weights = weights or adapter_weights(model)
    set_adapter_state(model, weights)
    x = torch.from_numpy(samples)[None].to(input_dtype(model))
    times, logits = [], None
    with torch.inference_mode():
        for _ in range(repeat + 1):   # the first run warms up
            started = time.perf_counter()
            logits = model(x).logits.float()
            times.append(time.perf_counter() - started)
    rtf = statistics.median(times[1:]) / (len(samples) / 16000)
    return type(model).__name__, load, rtf, logits[0].argmax(-1), weights


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "omni300m")
    args = parser.parse_args()
    os.environ.setdefault("MMS_STUDIO_CACHE_DIR", str(args.work / "cache"))
    base = write_base(args.work / "base")
    rng = np.random.default_rng(0)
    samples = (rng.standard_normal(int(args.seconds * 16000)) * 0.1).astype(np.float32)
    print(f"load average {os.getloadavg()[0]:.2f} (indicative figures on a shared CPU)")
    name, load, rtf_ref, ref, weights = measure(base, "torch", "fp32", samples, 1)
    print(f"torch fp32 ({name}): load {load:.1f} s, RTF {rtf_ref:.3f}")
    results = {}
    for runtime in ("torch", "openvino"):
        name, load, rtf, ids, _ = measure(base, runtime, "int8", samples, args.repeat, weights)
        agree = float((ids == ref).float().mean())
        results[runtime] = rtf
        print(f"{runtime} int8 ({name}): load+prepare {load:.1f} s, RTF {rtf:.3f}, "
              f"frames agreeing with fp32 {agree:.3f}")
    print(f"openvino_rtf={results['openvino']:.3f} torch_int8_rtf={results['torch']:.3f} "
          f"speed-up={results['torch'] / results['openvino']:.2f}x")


if __name__ == "__main__":
    main()

"""Shared measuring tools for the benchmarks: peak memory per phase, matmul peak, model FLOPs.

Benchmarks print figures and ratios against a baseline run in the same
process; they never assert speed. Run them on an idle machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

MMS_1B_ALL_CONFIG = dict(
    # The facebook/mms-1b-all architecture (wav2vec2, 48 layers, 1280 wide, stable layer norm,
    # adapters of width 16 in every layer). Random weights: benchmarks measure speed, not quality.
    hidden_size=1280, num_hidden_layers=48, num_attention_heads=16, intermediate_size=5120,
    conv_dim=(512,) * 7, conv_kernel=(10, 3, 3, 3, 3, 2, 2), conv_stride=(5, 2, 2, 2, 2, 2, 2),
    conv_bias=True, feat_extract_norm="layer", do_stable_layer_norm=True,
    feat_extract_activation="gelu", hidden_act="gelu", num_conv_pos_embeddings=128,
    num_conv_pos_embedding_groups=16, adapter_attn_dim=16, vocab_size=154,
    layerdrop=0.0, mask_time_prob=0.05, ctc_loss_reduction="mean", ctc_zero_infinity=True,
    pad_token_id=0, bos_token_id=1, eos_token_id=2, architectures=["Wav2Vec2ForCTC"],
)


RESULT_PREFIX = "RESULT "


def print_result(result: dict) -> None:
    """A child's one machine-readable line, read back by `run_child`."""
    print(RESULT_PREFIX + json.dumps(result))


def run_child(script: str, role: str, args: list[str]) -> dict:
    """Run `script --child ROLE ARGS...` in a fresh process (its own peak RAM) and return the
    dict it printed with `print_result`; exit with its output when it printed none."""
    out = subprocess.run([sys.executable, script, "--child", role, *args],
                         capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise SystemExit(f"{role} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")


def rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def anon_bytes() -> int:
    """Private (anonymous) resident memory: RSS without pages of mapped files.

    Weights read through a memory-mapped safetensors file count in RSS while
    mapped, but the kernel can drop those clean pages under pressure; private
    memory is what the machine cannot get back.
    """
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) * 1024
    return 0


@dataclass
class PeakMemory:
    peak: int = 0
    start: int = 0
    peak_anon: int = 0

    @property
    def peak_gb(self) -> float:
        return self.peak / 1e9

    @property
    def peak_anon_gb(self) -> float:
        return self.peak_anon / 1e9


@contextlib.contextmanager
def track_peak_rss(interval: float = 0.005) -> Iterator[PeakMemory]:
    """Sample this process's resident memory while the block runs; `peak` is the highest RSS
    seen, `peak_anon` the highest private part of it."""
    result = PeakMemory(peak=rss_bytes(), start=rss_bytes(), peak_anon=anon_bytes())
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            result.peak = max(result.peak, rss_bytes())
            result.peak_anon = max(result.peak_anon, anon_bytes())
            time.sleep(interval)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield result
    finally:
        stop.set()
        thread.join()
        result.peak = max(result.peak, rss_bytes())
        result.peak_anon = max(result.peak_anon, anon_bytes())


def _gflops(op, flops_per_run: float, seconds: float, sync=lambda: None) -> float:
    """Run `op` for about `seconds` after a warm-up; its rate in GFLOP/s."""
    for _ in range(3):
        op()
    sync()
    runs, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        op()
        runs += 1
        if runs % 8 == 0:  # keep a GPU's queue from running far ahead of the clock
            sync()
    sync()
    return flops_per_run * runs / (time.perf_counter() - start) / 1e9


def matmul_peak_gflops(dtype_name: str = "float32", size: int = 2048, seconds: float = 2.0,
                       device: str = "cpu") -> float:
    """This machine's achieved matmul rate for a dtype: the ceiling to compare a model against."""
    import torch

    dtype = getattr(torch, dtype_name)
    if device != "cpu":
        size = max(size, 8192)  # a GPU needs big matrices to reach its rate
    a = torch.randn(size, size, dtype=dtype, device=device)
    b = torch.randn(size, size, dtype=dtype, device=device)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    return _gflops(lambda: a @ b, 2 * size**3, seconds, sync)


def int8_linear_peak_gflops(size: int = 2048, seconds: float = 2.0) -> float:
    """The rate of torch's dynamically quantised int8 Linear (what the int8 path runs), counted
    as the float matmul it stands for."""
    import warnings

    import torch
    from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear
    from torch.ao.quantization import default_dynamic_qconfig

    linear = torch.nn.Linear(size, size)
    linear.qconfig = default_dynamic_qconfig
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        layer = DynamicLinear.from_float(linear)
    x = torch.randn(size, size)
    with torch.inference_mode():
        return _gflops(lambda: layer(x), 2 * size**3, seconds)


def gpu_peak_gb() -> float | None:
    """The GPU memory this process allocated at most, or None without CUDA."""
    import torch

    return torch.cuda.max_memory_allocated() / 1e9 if torch.cuda.is_available() else None


def frames_for(samples: int, kernels=(10, 3, 3, 3, 3, 2, 2), strides=(5, 2, 2, 2, 2, 2, 2)) -> list[int]:
    lengths, length = [], samples
    for k, s in zip(kernels, strides, strict=True):
        length = (length - k) // s + 1
        lengths.append(length)
    return lengths


def wav2vec2_forward_flops(samples: int, cfg: dict = MMS_1B_ALL_CONFIG) -> float:
    """Multiply-adds x2 of one forward pass (convs, projection, positional conv, layers, head)."""
    kernels, strides, dims = cfg["conv_kernel"], cfg["conv_stride"], cfg["conv_dim"]
    lengths = frames_for(samples, kernels, strides)
    flops, c_in = 0.0, 1
    for k, c_out, length in zip(kernels, dims, lengths, strict=True):
        flops += 2 * c_in * k * c_out * length
        c_in = c_out
    frames = lengths[-1]
    hidden, inter = cfg["hidden_size"], cfg["intermediate_size"]
    flops += 2 * dims[-1] * hidden * frames
    groups, pos_k = cfg["num_conv_pos_embedding_groups"], cfg["num_conv_pos_embeddings"]
    flops += 2 * (hidden // groups) * pos_k * hidden * frames
    per_layer = 2 * 4 * hidden * hidden * frames + 2 * 2 * frames * frames * hidden
    per_layer += 2 * 2 * hidden * inter * frames
    if cfg.get("adapter_attn_dim"):
        per_layer += 2 * 2 * hidden * cfg["adapter_attn_dim"] * frames
    flops += per_layer * cfg["num_hidden_layers"]
    flops += 2 * hidden * cfg["vocab_size"] * frames
    return flops


def make_mms1b_folder(out: str, *, languages: tuple[str, ...] = ("eng",), seed: int = 0) -> str:
    """Write a random-weight model in the mms-1b-all folder layout (no Hub needed)."""
    import json
    from pathlib import Path

    import torch
    from safetensors.torch import save_file
    from transformers import (
        Wav2Vec2Config,
        Wav2Vec2CTCTokenizer,
        Wav2Vec2FeatureExtractor,
        Wav2Vec2ForCTC,
    )

    path = Path(out)
    if (path / "model.safetensors").exists():
        return out
    path.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    base = {"<pad>": 0, "<s>": 1, "</s>": 2, "<unk>": 3, "|": 4}
    letters = "abcdefghijklmnopqrstuvwxyz'"
    vocab = {lang: {**base, **{c: i + len(base) for i, c in enumerate(letters)}}
             for lang in languages}
    size = len(base) + len(letters)
    model = Wav2Vec2ForCTC(Wav2Vec2Config(**{**MMS_1B_ALL_CONFIG, "vocab_size": size}))
    model.init_adapter_layers()
    for lang in languages:
        adapter = {k: v.detach().clone().contiguous() for k, v in model._get_adapters().items()}
        save_file(adapter, str(path / f"adapter.{lang}.safetensors"))
    model.save_pretrained(path)
    (path / "vocab.json").write_text(json.dumps(vocab))
    Wav2Vec2CTCTokenizer(str(path / "vocab.json"), target_lang=languages[0], unk_token="<unk>",
                         pad_token="<pad>", bos_token="<s>", eos_token="</s>",
                         word_delimiter_token="|").save_pretrained(path)
    (path / "vocab.json").write_text(json.dumps(vocab))  # keep the nested per-language file
    Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0,
                             do_normalize=True, return_attention_mask=True).save_pretrained(path)
    return out

"""Transcription speed: our engine vs transformers' ASR pipeline on the same model and recording.

    python bench/transcribe_speed.py --base PATH --audio FILE [--language CODE]
        [--seconds 600] [--precision auto|bf16|int8|fp32] [--pipeline-seconds N]

PATH is any wav2vec2 folder in the mms-1b-all layout (the real model, or one made
by `python bench/make_mms1b.py OUT` with random weights: speed does not depend on
the weights). The recording is repeated to `--seconds` (10 minutes by default).
Each side runs in its own child process so peak RAM is its own; both are timed
after loading. The pipeline is the fp32 route a user of the HF recipe gets
(`pipeline("automatic-speech-recognition", chunk_length_s=30)`); it may be timed
on a shorter stretch (`--pipeline-seconds`) since its speed per second is flat.
The share of the machine's matmul peak uses the peak measured here for the
precision each side ran in. Peak RAM is the resident set while transcribing
(loading is reported apart); "private" leaves out pages of the memory-mapped
weights file, which the kernel can drop under pressure. Our side first converts
the base once in a child of its own (the converted base on disk,
core/engine/converted_cache.py; reported apart), so "loading" is what every later
start pays. Last line:
    ours_rtf=… pipeline_rtf=… speedup=… peak_gb=… load_peak_gb=…
(load_peak_gb: the resident peak while our side loads the base).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    gpu_peak_gb,
    int8_linear_peak_gflops,
    matmul_peak_gflops,
    print_result,
    run_child,
    track_peak_rss,
    wav2vec2_forward_flops,
)

CHUNK_S, CONTEXT_S = 30.0, 3.0


def _config(base: str) -> dict:
    return json.loads((Path(base) / "config.json").read_text())


def window_flops(total_samples: int, cfg: dict, chunk_s: float, context_s: float) -> float:
    """FLOPs of the windows a chunked transcription runs (each window is one forward)."""
    chunk = int(chunk_s * 16000)
    step = int((chunk_s - 2 * context_s) * 16000)
    if total_samples <= chunk:
        return wav2vec2_forward_flops(total_samples, cfg)
    windows = math.ceil((total_samples - chunk) / step) + 1
    last = total_samples - (windows - 1) * step
    return (windows - 1) * wav2vec2_forward_flops(chunk, cfg) + wav2vec2_forward_flops(last, cfg)


def make_recording(audio: str, seconds: float, out: Path) -> Path:
    import numpy as np

    from mms_studio.core.audio import load, write_wav

    samples = load(audio)
    reps = int(np.ceil(seconds * 16000 / len(samples)))
    write_wav(out, np.tile(samples, reps)[: int(seconds * 16000)])
    return out


def run_ours(base: str, audio: str, language: str, precision: str) -> dict:
    from mms_studio.core.audio import probe
    from mms_studio.core.engine.transcribe import Recogniser

    t0 = time.perf_counter()
    with track_peak_rss() as load_mem:
        rec = Recogniser.load(Path(base), language=language, precision=precision)
    load_s = time.perf_counter() - t0
    from mms_studio.core.audio import load

    rec.log_probs(load(audio, end=5.0))  # warm-up: first-call allocations, kernel choice
    from mms_studio.core.tasks import CallbackTaskState

    marks: dict[str, float] = {}
    reports: list[tuple[float, float, float | None]] = []   # (time, fraction, eta)

    def on_partial(_segment) -> None:
        marks.setdefault("first_text", time.perf_counter())

    def on_progress(fraction: float, eta: float | None) -> None:
        reports.append((time.perf_counter(), fraction, eta))

    state = CallbackTaskState(on_partial=on_partial, on_progress=on_progress, min_interval=0.0)
    with track_peak_rss() as mem:
        t0 = time.perf_counter()
        result = rec.transcribe(audio, chunk_seconds=CHUNK_S, context_seconds=CONTEXT_S,
                                state=state)
        seconds = time.perf_counter() - t0
    # How honest the ETA was: at each report, elapsed + ETA against the real total.
    errors = [abs((t - t0) + eta - seconds) / seconds for t, f, eta in reports
              if eta is not None and f < 1.0]
    duration = probe(audio).duration
    flops = window_flops(int(duration * 16000), _config(base), CHUNK_S, CONTEXT_S)
    return dict(seconds=seconds, duration=duration, peak_gb=mem.peak_gb,
                peak_anon_gb=mem.peak_anon_gb, load_peak_gb=load_mem.peak_gb,
                load_peak_anon_gb=load_mem.peak_anon_gb, load_s=load_s, precision=rec.precision,
                gflops=flops / seconds / 1e9, text=result.text, gpu_peak_gb=gpu_peak_gb(),
                first_text_s=marks.get("first_text", t0 + seconds) - t0,
                eta_error_first=errors[0] if errors else None,
                eta_error_max=max(errors) if errors else None,
                runtime=type(rec.model).__name__)


def prepare_ours(base: str, language: str, precision: str) -> dict:
    """The one-time conversion of the base (nothing to do when it is already on disk)."""
    from mms_studio.core.engine.transcribe import Recogniser

    t0 = time.perf_counter()
    with track_peak_rss() as mem:
        rec = Recogniser.load(Path(base), language=language, precision=precision)
    return dict(seconds=time.perf_counter() - t0, peak_gb=mem.peak_gb, precision=rec.precision,
                runtime=type(rec.model).__name__)


def run_pipeline(base: str, audio: str, language: str) -> dict:
    import torch
    from transformers import AutoFeatureExtractor, Wav2Vec2CTCTokenizer, Wav2Vec2ForCTC, pipeline

    from mms_studio.core.audio import load

    t0 = time.perf_counter()
    with track_peak_rss() as load_mem:
        model = Wav2Vec2ForCTC.from_pretrained(base, target_lang=language, use_safetensors=True,
                                               ignore_mismatched_sizes=True)
        tok = Wav2Vec2CTCTokenizer.from_pretrained(base, target_lang=language)
        fe = AutoFeatureExtractor.from_pretrained(base)
        asr = pipeline("automatic-speech-recognition", model=model, tokenizer=tok,
                       feature_extractor=fe, chunk_length_s=CHUNK_S, stride_length_s=CONTEXT_S,
                       device="cuda" if torch.cuda.is_available() else "cpu",
                       dtype=torch.float32)
    load_s = time.perf_counter() - t0
    samples = load(audio)
    asr(samples[: 5 * 16000])  # warm-up
    with track_peak_rss() as mem:
        t0 = time.perf_counter()
        out = asr(samples)
        seconds = time.perf_counter() - t0
    duration = len(samples) / 16000
    flops = window_flops(len(samples), _config(base), CHUNK_S, CONTEXT_S)
    return dict(seconds=seconds, duration=duration, peak_gb=mem.peak_gb,
                peak_anon_gb=mem.peak_anon_gb, load_peak_gb=load_mem.peak_gb,
                load_peak_anon_gb=load_mem.peak_anon_gb, load_s=load_s,
                precision="fp32", gflops=flops / seconds / 1e9, text=out["text"],
                gpu_peak_gb=gpu_peak_gb())


def child(args: argparse.Namespace) -> None:
    import torch

    torch.manual_seed(0)
    if args.child == "ours":
        result = run_ours(args.base, args.audio, args.language, args.precision)
    elif args.child == "prepare":
        result = prepare_ours(args.base, args.language, args.precision)
    else:
        result = run_pipeline(args.base, args.audio, args.language)
    print_result(result)


def spawn(role: str, args: argparse.Namespace, audio: Path) -> dict:
    return run_child(__file__, role, ["--base", args.base, "--audio", str(audio),
                                      "--language", args.language, "--precision", args.precision])


def agreement(a: str, b: str) -> float:
    import jiwer

    if not a and not b:
        return 1.0
    return max(0.0, 1.0 - jiwer.cer(a or " ", b or " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--audio", required=True)
    parser.add_argument("--language", default="eng")
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--pipeline-seconds", type=float, default=None)
    parser.add_argument("--precision", default="auto",
                        choices=["auto", "bf16", "fp16", "int8", "fp32"])
    parser.add_argument("--child", choices=["ours", "pipeline", "prepare"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        long_audio = make_recording(args.audio, args.seconds, Path(tmp) / "long.wav")
        pipe_audio = long_audio
        if args.pipeline_seconds:
            pipe_audio = make_recording(args.audio, args.pipeline_seconds, Path(tmp) / "pipe.wav")
        print(f"recording: {args.seconds:.0f} s (pipeline: {args.pipeline_seconds or args.seconds:.0f} s)")
        import torch

        if torch.cuda.is_available():  # both sides run on the GPU there
            peaks = {name: matmul_peak_gflops(dtype, device="cuda") for name, dtype in
                     (("fp32", "float32"), ("bf16", "bfloat16"), ("fp16", "float16"))}
        else:
            peaks = {"fp32": matmul_peak_gflops("float32"),
                     "bf16": matmul_peak_gflops("bfloat16"), "int8": int8_linear_peak_gflops()}
        print("matmul peak: " + ", ".join(f"{k} {v:.0f}" for k, v in peaks.items()) +
              " GFLOP/s (int8: dynamic quantised Linear)")
        prep = spawn("prepare", args, long_audio)
        print(f"ours: base prepared for {prep['precision']} ({prep['runtime']}) in "
              f"{prep['seconds']:.1f} s, peak RAM {prep['peak_gb']:.2f} GB (converted once, then "
              "read from the cache)")
        ours = spawn("ours", args, long_audio)
        pipe = spawn("pipeline", args, pipe_audio)
    for name, r in (("ours", ours), ("pipeline", pipe)):
        peak = peaks.get(r["precision"], peaks["fp32"])
        r["rtf"] = r["seconds"] / r["duration"]
        print(f"{name:9s} precision={r['precision']:5s} {r['seconds']:7.1f} s for {r['duration']:.0f} s "
              f"audio  RTF {r['rtf']:.3f}  {r['gflops']:.0f} GFLOP/s = {100 * r['gflops'] / peak:.0f}% "
              f"of the {r['precision']} matmul peak  peak RAM {r['peak_gb']:.2f} GB "
              f"(private {r['peak_anon_gb']:.2f} GB); loading {r['load_s']:.1f} s, peak RAM "
              f"{r['load_peak_gb']:.2f} GB (private {r['load_peak_anon_gb']:.2f} GB)" +
              (f"; GPU memory peak {r['gpu_peak_gb']:.2f} GB" if r.get("gpu_peak_gb") else ""))
    eta = (f"; ETA error at the first report {100 * ours['eta_error_first']:.0f}%, at worst "
           f"{100 * ours['eta_error_max']:.0f}%" if ours.get("eta_error_first") is not None else "")
    print(f"ours ({ours['runtime']}): first text {ours['first_text_s']:.1f} s after transcribe() "
          f"started (+ {ours['load_s']:.1f} s loading when the model is not loaded yet){eta}")
    n = min(len(ours["text"]), len(pipe["text"]))
    print(f"transcript agreement (1 - CER, ours vs pipeline, first {n} chars): "
          f"{agreement(ours['text'][:n], pipe['text'][:n]):.3f}")
    speedup = pipe["rtf"] / ours["rtf"]
    print(f"ours_rtf={ours['rtf']:.3f} pipeline_rtf={pipe['rtf']:.3f} speedup={speedup:.2f} "
          f"peak_gb={ours['peak_gb']:.2f} load_peak_gb={ours['load_peak_gb']:.2f}")


if __name__ == "__main__":
    main()

"""Ours against the runtimes a user could pick instead, on one 30 s window of the same model.

    python bench/runtimes.py --base PATH [--seconds 30] [--repeat 2]
        [--only ours,ours-torch,torch-fp32,openvino-int8,openvino-bf16,onnxruntime-int8]
        [--work DIR] [--threads N]

Each runtime runs in its own child process (its own peak RAM), one after the
other, on the same window of synthetic speech-like audio:
- ours: `Recogniser.load(precision="auto")`, the app's path (OpenVINO when the
  `openvino` extra is installed, int8 weights from the converted base);
- ours-torch: the same with the torch runtime forced (MMS_STUDIO_RUNTIME=torch);
- torch-fp32: `Wav2Vec2ForCTC` in fp32, what `transformers.pipeline` runs;
- openvino-int8: the HF model converted by `openvino.convert_model`, weights
  compressed by NNCF (`compress_weights`, INT8_SYM), OpenVINO's default dynamic
  int8 activations: what a user exporting the model themselves gets;
- openvino-bf16: the same graph uncompressed with the bf16 inference hint;
- onnxruntime-int8: `torch.onnx.export` + onnxruntime's `quantize_dynamic`.
Conversions (ours' converted base, the exported graphs) are made once in their
own child before the timed runs and kept in --work (default: a folder beside
the base), so "load" is what every later start pays. Agreement is the share
of frames whose best token equals torch-fp32's (on random weights it shows the
numerics, not recognition quality). Extras the third-party runtimes need
(nncf, onnx, onnxruntime, onnxscript) are installed with pip only when missing;
a runtime whose extras cannot be installed is reported and skipped.
Last line: `ours_rtf=… best_other=NAME:RTF …` for each runtime run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import print_result, run_child, track_peak_rss, wav2vec2_forward_flops  # noqa: E402

RUNTIMES = ("ours", "ours-torch", "torch-fp32", "openvino-int8", "openvino-bf16",
            "onnxruntime-int8")
EXTRAS = {"openvino-int8": ("openvino", "nncf"), "openvino-bf16": ("openvino",),
          "onnxruntime-int8": ("onnxruntime", "onnx", "onnxscript"), "ours": (),
          "ours-torch": (), "torch-fp32": ()}


def _window(seconds: float):
    from mms_studio.devtools import synthetic_long_audio

    return synthetic_long_audio(seconds, seed=11).samples[: int(seconds * 16000)]


def _normalised(samples):
    from mms_studio.core.engine.data import normalize_audio

    return normalize_audio(samples)


def _hf_model(base: str):
    from transformers import Wav2Vec2ForCTC

    return Wav2Vec2ForCTC.from_pretrained(base, target_lang="eng", use_safetensors=True,
                                          ignore_mismatched_sizes=True).eval()


class _Logits:
    """The HF model with a plain tensor out (what tracing and ONNX export want)."""

    def __new__(cls, model):
        import torch

        class Logits(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.model = model

            def forward(self, input_values):
                return self.model(input_values).logits

        return Logits().eval()


# -- preparing (once, not timed) -------------------------------------------------------------
def prepare(role: str, base: str, work: Path) -> dict:
    import torch

    work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with track_peak_rss() as mem:
        if role in ("ours", "ours-torch"):
            from mms_studio.core.engine.transcribe import Recogniser

            Recogniser.load(Path(base), language="eng", precision="auto")
        elif role.startswith("openvino"):
            import openvino as ov

            xml = work / f"{role}.xml"
            if not xml.is_file():
                model = _Logits(_hf_model(base))
                with torch.no_grad():  # traced once here: convert_model's own trace runs twice
                    script = torch.jit.trace(model, torch.zeros(1, 16000), check_trace=False)
                    graph = ov.convert_model(script, example_input=torch.zeros(1, 16000))
                del model, script
                if role == "openvino-int8":
                    import nncf

                    graph = nncf.compress_weights(graph, mode=nncf.CompressWeightsMode.INT8_SYM)
                ov.save_model(graph, xml, compress_to_fp16=False)
        elif role == "onnxruntime-int8":
            from onnxruntime.quantization import QuantType, quantize_dynamic

            fp32, int8 = work / "onnx-fp32" / "model.onnx", work / "onnx-int8.onnx"
            if not int8.is_file():
                fp32.parent.mkdir(exist_ok=True)
                model = _Logits(_hf_model(base))
                with torch.no_grad():
                    torch.onnx.export(model, (torch.zeros(1, 16000),), str(fp32),
                                      input_names=["input_values"], output_names=["logits"],
                                      dynamic_axes={"input_values": {1: "samples"},
                                                    "logits": {1: "frames"}},
                                      external_data=True, dynamo=False)
                del model
                quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8,
                                 op_types_to_quantize=["MatMul"], use_external_data_format=True)
    return dict(prepare_s=time.perf_counter() - t0, prepare_peak_gb=mem.peak_gb)


# -- running (timed) ---------------------------------------------------------------------------
def _time(run, samples, repeat: int) -> tuple[float, object]:
    run(samples[: 5 * 16000])  # warm-up: first-call allocations, kernel choice
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = run(samples)
        best = min(best, time.perf_counter() - t0)
    return best, out


def measure(role: str, base: str, work: Path, seconds: float, repeat: int,
            threads: int = 0) -> dict:
    import numpy as np
    import torch

    if threads:
        torch.set_num_threads(threads)
        os.environ["MMS_STUDIO_THREADS"] = str(threads)

    samples = _window(seconds)
    x = _normalised(samples)
    t0 = time.perf_counter()
    with track_peak_rss() as load_mem:
        if role in ("ours", "ours-torch"):
            from mms_studio.core.engine.transcribe import Recogniser

            rec = Recogniser.load(Path(base), language="eng", precision="auto")
            run = rec.log_probs  # normalises itself
            feed = samples
            label = f"{rec.precision}/{type(rec.model).__name__}"
        elif role == "torch-fp32":
            model = _hf_model(base)

            def run(a):
                with torch.inference_mode():
                    return model(torch.from_numpy(a)[None]).logits[0].numpy()
            feed, label = x, "fp32"
        elif role.startswith("openvino"):
            import openvino as ov

            core = ov.Core()
            config = {"PERFORMANCE_HINT": "LATENCY"}
            if role == "openvino-bf16":
                config["INFERENCE_PRECISION_HINT"] = "bf16"
            if threads:
                config["INFERENCE_NUM_THREADS"] = threads
            compiled = core.compile_model(core.read_model(work / f"{role}.xml"), "CPU", config)
            request = compiled.create_infer_request()

            def run(a):
                return request.infer([a[None]])[0][0]
            feed, label = x, role.split("-")[1]
        else:
            import onnxruntime as ort

            options = ort.SessionOptions()
            if threads:
                options.intra_op_num_threads = threads
            session = ort.InferenceSession(str(work / "onnx-int8.onnx"), options,
                                           providers=["CPUExecutionProvider"])

            def run(a):
                return session.run(None, {"input_values": a[None]})[0][0]
            feed, label = x, "int8"
    load_s = time.perf_counter() - t0
    with track_peak_rss() as mem:
        window_s, out = _time(run, feed, repeat)
    ids = np.asarray(out).argmax(-1).tolist()
    flops = wav2vec2_forward_flops(len(samples))
    return dict(role=role, label=label, seconds=window_s, rtf=window_s / seconds,
                gflops=flops / window_s / 1e9, load_s=load_s, load_peak_gb=load_mem.peak_gb,
                peak_gb=max(mem.peak_gb, load_mem.peak_gb), run_peak_gb=mem.peak_gb, ids=ids)


def _ensure_extras(role: str) -> str | None:
    """Install what a third-party runtime needs, only when missing; the reason when impossible."""
    missing = [m for m in EXTRAS[role] if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    print(f"{role}: installing {', '.join(missing)} (bench extras) ...", flush=True)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing],
                          capture_output=True, text=True)
    if done.returncode:
        return f"could not install {' '.join(missing)}: {done.stderr.strip()[-300:]}"
    importlib.invalidate_caches()
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", default=",".join(RUNTIMES))
    parser.add_argument("--work", default=None, help="where exported graphs are kept")
    parser.add_argument("--threads", type=int, default=0,
                        help="threads per runtime (default: each runtime's own choice)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = Path(args.work or Path(args.base).resolve().parent / (Path(args.base).name + "-runtimes"))
    if args.child:
        if args.child == "ours-torch":
            os.environ["MMS_STUDIO_RUNTIME"] = "torch"
        if args.phase == "prepare":
            print_result(prepare(args.child, args.base, work))
        else:
            print_result(measure(args.child, args.base, work, args.seconds, args.repeat,
                                 args.threads))
        return
    roles = [r for r in args.only.split(",") if r]
    unknown = set(roles) - set(RUNTIMES)
    if unknown:
        raise SystemExit(f"unknown runtime(s): {', '.join(sorted(unknown))}")
    common = ["--base", args.base, "--seconds", str(args.seconds), "--repeat",
              str(args.repeat), "--work", str(work), "--threads", str(args.threads)]
    results: dict[str, dict] = {}
    for role in roles:
        reason = _ensure_extras(role)
        if reason:
            print(f"{role}: skipped, {reason}")
            continue
        try:
            prep = run_child(__file__, role, [*common, "--phase", "prepare"])
            result = run_child(__file__, role, [*common, "--phase", "run"])
        except SystemExit as exc:  # a runtime that fails is reported, the others still run
            print(f"{role}: failed: {str(exc)[-600:]}")
            continue
        results[role] = {**prep, **result}
        r = results[role]
        print(f"{role:17s} {r['label']:22s} RTF {r['rtf']:.3f}  {r['gflops']:4.0f} GFLOP/s  "
              f"peak RAM {r['peak_gb']:.2f} GB (running {r['run_peak_gb']:.2f})  load "
              f"{r['load_s']:.1f} s ({r['load_peak_gb']:.2f} GB); made once in "
              f"{r['prepare_s']:.0f} s, {r['prepare_peak_gb']:.2f} GB", flush=True)
    reference = results.get("torch-fp32")
    if reference:
        for r in results.values():
            same = sum(a == b for a, b in zip(r["ids"], reference["ids"], strict=False))
            r["agreement"] = same / max(len(reference["ids"]), 1)
        print("frame agreement with torch-fp32: " + ", ".join(
            f"{role} {r['agreement']:.3f}" for role, r in results.items()))
    summary = {role: round(r["rtf"], 3) for role, r in results.items()}
    others = {k: v for k, v in summary.items() if not k.startswith("ours")}
    best = min(others.items(), key=lambda kv: kv[1]) if others else ("none", float("nan"))
    print(json.dumps({"window_s": args.seconds, "rtf": summary}))
    print(f"ours_rtf={summary.get('ours', float('nan')):.3f} best_other={best[0]}:{best[1]:.3f} " +
          " ".join(f"{k}={v:.3f}" for k, v in summary.items()))


if __name__ == "__main__":
    main()

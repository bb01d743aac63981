"""`mms-studio cache info | clear | prepare`: the converted bases kept on disk for fast loading.

Transcription loads the base from a copy converted once to the precision it
runs in (`core.engine.converted_cache`, about 1 GB for int8, 2 GB for bf16 per
base). These commands show that disk use, free it (a cleared copy is simply
made again when needed), or make it ahead of time with a progress bar.
"""

from __future__ import annotations

import argparse
import json


def register(subparsers: argparse._SubParsersAction) -> None:
    cache = subparsers.add_parser(
        "cache", help="show, clear or prepare the converted copies of base models kept for "
                      "fast loading")
    sub = cache.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    info = sub.add_parser("info", help="list the converted bases and the disk space they use")
    info.add_argument("--json", action="store_true", help="print machine-readable JSON")
    info.set_defaults(func=run_info)
    clear = sub.add_parser("clear", help="delete converted bases (they are made again when "
                                         "needed)")
    clear.add_argument("--stale", action="store_true",
                       help="only those whose base model changed or is gone")
    clear.set_defaults(func=run_clear)
    prepare = sub.add_parser("prepare", help="convert a base model now for this computer's "
                                             "transcription precision")
    prepare.add_argument("base", metavar="BASE", help="base model folder (or Hub id)")
    prepare.add_argument("--precision", default="auto", choices=("auto", "bf16", "fp16", "int8"))
    prepare.set_defaults(func=run_prepare)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n} B"


def run_info(args: argparse.Namespace) -> int:
    from mms_studio.core.engine.converted_cache import cache_info

    info = cache_info()
    if args.json:
        print(json.dumps(info.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{info.root}: {len(info.entries)} converted file(s), {_size(info.total_bytes)}")
    for entry in info.entries:
        note = "  (stale: its base changed or is gone)" if entry.stale else ""
        print(f"  {entry.layout:<13} {_size(entry.bytes):>9}  {entry.base}{note}")
    return 0


def run_clear(args: argparse.Namespace) -> int:
    from mms_studio.core.engine.converted_cache import clear_cache

    freed = clear_cache(stale_only=args.stale)
    print(f"Freed {_size(freed)}.")
    return 0


def run_prepare(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.engine.converted_cache import ensure_converted, layout_for, supports
    from mms_studio.core.engine.hardware import detect
    from mms_studio.core.engine.inference import (
        choose_inference_precision,
        choose_runtime,
        load_dtype,
    )

    state = CliTaskState()
    hw = detect("cpu")
    precision = choose_inference_precision(hw, args.precision)
    base_dir = resolve_base_model(args.base, state=state)
    layout = layout_for(precision, str(load_dtype(precision, hw)).removeprefix("torch."))
    if layout is None:
        print("fp32 loads the base's own file; nothing to prepare.")
        return 0
    runtime = choose_runtime(hw, precision)
    if runtime != "openvino" and not supports(base_dir):
        # An Omnilingual base is converted only for the OpenVINO runtime (int8 on a CPU);
        # at other precisions torch loads its own file, so a copy would only take disk.
        print(f"This base loads its own file at {precision}; nothing to prepare.")
        return 0
    path = ensure_converted(base_dir, layout, state=state)
    if runtime == "openvino":
        from mms_studio.core.engine.openvino_runtime import export_openvino

        path = export_openvino(base_dir, layout=layout, state=state)
    state.finish()
    print(path)
    return 0

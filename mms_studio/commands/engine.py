"""`mms-studio train / evaluate / transcribe / export-model / import-adapter`.

Thin: parse, open the project, call `mms_studio.core.engine.jobs`, print.
`train` also runs under `accelerate launch --num_processes N -m mms_studio
train ...`: only the main process opens the project (it is locked to one
process), prints and saves; the others train from the run manifest.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mms_studio.core.engine.hardware import DEVICES, PRECISIONS
from mms_studio.core.engine.inference import INFERENCE_PRECISIONS


def _writer_names() -> list[str]:
    from mms_studio.core.formats.catalog import writer_names

    return list(writer_names())


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser("train", help="train an adapter for the project's language")
    train.add_argument("project", help="project folder")
    train.add_argument("--base", help="base model: Hub id or local folder (default: the project's)")
    train.add_argument("--from-adapter", metavar="CODE",
                       help="start from the base model's adapter of a related language")
    train.add_argument("--name", help="adapter name (default: the language code)")
    train.add_argument("--max-steps", type=int, default=2000)
    train.add_argument("--learning-rate", type=float, default=1e-3)
    train.add_argument("--warmup-steps", type=int, default=None,
                       help="default: 5%% of the steps, at most 100")
    train.add_argument("--device", choices=DEVICES, default="auto")
    train.add_argument("--precision", choices=PRECISIONS, default="auto")
    train.add_argument("--resume", action="store_true", help="continue the last run of this name")
    train.add_argument("--seconds-per-batch", type=float, default=None,
                       help="padded audio seconds per batch (default: fits this machine)")
    train.add_argument("--grad-accum", type=int, default=1)
    train.add_argument("--gradient-checkpointing", choices=("auto", "on", "off"), default="auto",
                       help="recompute activations in backward to save memory "
                            "(auto: only when a batch would not fit in free memory)")
    train.add_argument("--eval-every", type=int, default=100)
    train.add_argument("--checkpoint-every", type=int, default=200)
    train.add_argument("--patience", type=int, default=5)
    train.add_argument("--mask-time-prob", type=float, default=0.05)
    train.add_argument("--seed", type=int, default=0)
    train.set_defaults(func=_train)

    ev = subparsers.add_parser("evaluate", help="WER/CER of an adapter on the test clips")
    ev.add_argument("project")
    ev.add_argument("--adapter", help="adapter name (default: the newest)")
    ev.add_argument("--baseline", metavar="CODE",
                    help="also score the base model's own adapter for CODE (zero-shot)")
    ev.add_argument("--split", choices=("test", "dev", "train"), default="test")
    ev.add_argument("--device", choices=DEVICES, default="auto")
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.set_defaults(func=_evaluate)

    tr = subparsers.add_parser("transcribe", help="transcribe recordings of any length")
    tr.add_argument("project")
    tr.add_argument("audio", nargs="+")
    tr.add_argument("--adapter", help="adapter name (default: the newest)")
    tr.add_argument("--format", choices=_writer_names(), default="txt")
    tr.add_argument("-o", "--output", help="output file (one input) or folder")
    tr.add_argument("--device", choices=DEVICES, default="auto")
    tr.add_argument("--chunk-seconds", type=float, default=30.0)
    tr.add_argument("--precision", choices=INFERENCE_PRECISIONS, default="auto",
                    help="auto picks the fastest that keeps results: bf16 on CPUs with bf16 "
                         "units and on GPUs, int8 on other CPUs")
    tr.set_defaults(func=_transcribe)

    ex = subparsers.add_parser("export-model", help="export an adapter as a bundle or HF folder")
    ex.add_argument("project")
    ex.add_argument("out", help="output folder (or .zip for a bundle)")
    ex.add_argument("--adapter", help="adapter name (default: the newest)")
    ex.add_argument("--hf-folder", action="store_true",
                    help="a full Hugging Face model folder (base weights + adapter)")
    ex.set_defaults(func=_export)

    im = subparsers.add_parser("import-adapter", help="add an adapter bundle to the project")
    im.add_argument("project")
    im.add_argument("bundle", help="bundle folder or .zip")
    im.add_argument("--name", help="name to give it in the project")
    im.set_defaults(func=_import)


def _train(args: argparse.Namespace) -> int:
    from accelerate import PartialState

    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.engine.hardware import detect
    from mms_studio.core.engine.jobs import RunPlan, prepare_run, run_training
    from mms_studio.core.engine.trainer import TrainConfig
    from mms_studio.core.project import Project
    from mms_studio.core.tasks import NullTaskState

    hw = detect(args.device)
    dist = PartialState(cpu=hw.device == "cpu")
    warmup = args.warmup_steps if args.warmup_steps is not None else min(
        100, max(1, args.max_steps // 20))
    config = TrainConfig(max_steps=args.max_steps, learning_rate=args.learning_rate,
                         warmup_steps=warmup, seconds_per_batch=args.seconds_per_batch,
                         grad_accum=args.grad_accum, eval_every=args.eval_every,
                         checkpoint_every=args.checkpoint_every, patience=args.patience,
                         mask_time_prob=args.mask_time_prob, seed=args.seed,
                         device=args.device, precision=args.precision,
                         gradient_checkpointing=args.gradient_checkpointing)

    def show(row: object) -> None:
        if isinstance(row, dict) and row.get("kind") == "eval":
            state.finish()
            print(f"step {row['step']}: dev loss {row['loss']:.3f}  WER {row['wer']:.1%}  "
                  f"CER {row['cer']:.1%}", flush=True)
        elif isinstance(row, dict) and row.get("kind") == "dropped":
            state.finish()
            print(f"{len(row['clips'])} clip(s) left out:", flush=True)
            for clip in row["clips"][:20]:
                print(f"  {clip['id']}: {clip['reason']}", flush=True)

    state = CliTaskState(on_partial=show) if dist.is_main_process else NullTaskState()
    if dist.is_main_process:
        with Project.open(args.project) as project, interrupt_on_sigint(state):
            plan = prepare_run(project, name=args.name, base=args.base,
                               from_adapter=args.from_adapter, resume=args.resume, state=state)
            dist.wait_for_everyone()
            outcome = run_training(plan, config=config, resume=args.resume, state=state)
        state.finish()
        info = outcome.adapter
        result = outcome.result
        best = f"{result.best_cer:.1%}" if result.best_cer is not None else "n/a"
        print(f"Adapter “{info.name}” saved in {info.path} "
              f"({result.steps} steps, best dev CER {best}).")
    else:
        from mms_studio.core.project.store import RUNS_DIR

        dist.wait_for_everyone()   # the main process has written the manifest
        name = args.name
        if name is None:
            settings = json.loads((Path(args.project) / "project.json").read_text("utf-8"))
            name = settings["language"]
        plan = RunPlan.read(Path(args.project).expanduser().absolute() / RUNS_DIR / name)
        run_training(plan, config=config, resume=args.resume, state=state, is_main=False)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.engine.jobs import evaluate_project
    from mms_studio.core.project import Project

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        report = evaluate_project(project, adapter=args.adapter, baseline=args.baseline,
                                  split=args.split, device=args.device, state=state)
    state.finish()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    return 0


def _output_path(args: argparse.Namespace, audio: Path, extension: str) -> Path | None:
    if args.output is None:
        return None
    out = Path(args.output)
    if len(args.audio) == 1 and not out.is_dir():
        return out
    return out / (audio.stem + extension)


def _transcribe(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.engine.jobs import load_recogniser
    from mms_studio.core.project import Project

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        rec = load_recogniser(project, adapter=args.adapter, device=args.device,
                              precision=args.precision, state=state)
        for name in args.audio:
            audio = Path(name)
            result = rec.transcribe(audio, chunk_seconds=args.chunk_seconds, state=state)
            state.finish()
            _write(result, args, audio)
    return 0


def _write(result, args: argparse.Namespace, audio: Path) -> None:
    from mms_studio.core.formats.writers import get_writer

    writer = get_writer(args.format)
    out = _output_path(args, audio, writer.extension)
    if out is not None:
        writer.write(result, out)
        print(f"{audio.name} -> {out}", file=sys.stderr)
        return
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.text)


def _export(args: argparse.Namespace) -> int:
    from mms_studio.core.engine.base import resolve_base_model
    from mms_studio.core.engine.jobs import find_adapter
    from mms_studio.core.engine.library import export_bundle, export_hf_folder
    from mms_studio.core.project import Project

    with Project.open(args.project) as project:
        info = find_adapter(project, args.adapter)
        out = Path(args.out)
        if args.hf_folder:
            base_dir = resolve_base_model(info.meta.get("base_model") or
                                          project.settings.base_model)
            export_hf_folder(info.path, base_dir=base_dir, out=out)
        else:
            export_bundle(info.path, out, as_zip=out.suffix.lower() == ".zip")
    print(f"Exported “{info.name}” to {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mms_studio.core.engine.library import import_bundle
    from mms_studio.core.project import Project

    with Project.open(args.project) as project:
        info = import_bundle(Path(args.bundle), library=project.adapters_dir, name=args.name)
    print(f"Imported adapter “{info.name}” ({info.language}) into {info.path}")
    return 0

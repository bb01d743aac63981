"""`mms-studio train / evaluate / transcribe / export-model / import-adapter`.

Thin: parse, open the project, call the same `mms_studio.core.workflows` functions
as the app's pages (train, resume, transcribe), or `core.engine.jobs`, print.
`train` also runs under `accelerate launch --num_processes N -m mms_studio
train ...`: only the main process opens the project (it is locked to one
process), prints and saves; the others train from the run manifest.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from mms_studio.core.engine.hardware import DEVICES, PRECISIONS
from mms_studio.core.engine.inference import INFERENCE_PRECISIONS
from mms_studio.core.workflows.presets import PRESETS


def _writer_names() -> list[str]:
    from mms_studio.core.formats.catalog import writer_names

    return list(writer_names())


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser(
        "train", help="train an adapter for the project's language (a new run, named "
                      "<language>-<date>-<time>, or --resume a stopped one)")
    train.add_argument("project", help="project folder")
    train.add_argument("--base", help="base model: Hub id or local folder (default: the project's)")
    train.add_argument("--from-adapter", metavar="CODE",
                       help="start from the base model's adapter of a related language")
    train.add_argument("--name", help="run and adapter name (default: <language>-<date>-<time>); "
                                      "with --resume, the stopped run to continue")
    train.add_argument("--resume", action="store_true",
                       help="finish a stopped run (the newest, or --name) with its own settings")
    train.add_argument("--device", choices=DEVICES, default=None, help="default: auto")
    train.add_argument("--precision", choices=PRECISIONS, default=None, help="default: auto")
    # The settings of a new run: the preset's, changed by any of these (None = not given, so
    # --resume can refuse them: a stopped run continues with its own).
    train.add_argument("--preset", choices=[p.key for p in PRESETS],
                       help="default: the one the app suggests for this computer")
    train.add_argument("--max-steps", type=int)
    train.add_argument("--learning-rate", type=float, help="default: 0.001 (the MMS recipe)")
    train.add_argument("--warmup-steps", type=int,
                       help="default: 10%% of the steps, at most 100")
    train.add_argument("--seconds-per-batch", type=float,
                       help="padded audio seconds per batch (default: fits this machine)")
    train.add_argument("--grad-accum", type=int)
    train.add_argument("--gradient-checkpointing", choices=("auto", "on", "off"),
                       help="recompute activations in backward to save memory "
                            "(auto, the default: only when a batch would not fit in free memory)")
    train.add_argument("--eval-every", type=int)
    train.add_argument("--checkpoint-every", type=int)
    train.add_argument("--patience", type=int, help="default: 5 evaluations")
    train.add_argument("--mask-time-prob", type=float)
    train.add_argument("--seed", type=int)
    train.add_argument("--adapter-kind", choices=("bottleneck", "lora"),
                       help="Omnilingual bases only: bottleneck (the default; MMS-style "
                            "adapter layers, exported as a plain wav2vec2 model) or lora "
                            "(exported merged, and for peft)")
    train.add_argument("--lora-rank", type=int,
                       help="Omnilingual bases only: the LoRA rank (default 4; a bottleneck "
                            "is as large as LoRA of this rank)")
    train.set_defaults(func=_train)

    ev = subparsers.add_parser("evaluate", help="WER/CER of an adapter on the test clips")
    ev.add_argument("project")
    ev.add_argument("--adapter", help="adapter name (default: the newest)")
    ev.add_argument("--baseline", metavar="CODE",
                    help="also score the base model's own output (zero-shot): its adapter "
                         "for CODE on an MMS base; on an Omnilingual base its one output, "
                         "whatever CODE")
    ev.add_argument("--split", choices=("test", "dev", "train"), default="test")
    ev.add_argument("--device", choices=DEVICES, default="auto")
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.add_argument("--lm", action=argparse.BooleanOptionalAction, default=None,
                    help="decode with the project's language model (default: when it has one "
                         "and it lowered the dev error rates)")
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
    tr.add_argument("--lm", action=argparse.BooleanOptionalAction, default=None,
                    help="decode with the project's language model (default: when it has one "
                         "and it lowered the dev error rates)")
    tr.add_argument("--hotword", action="append", default=[],
                    help="a name or place the decoder should favour (repeatable)")
    tr.add_argument("--no-vad", dest="speech_detection", action="store_false",
                    help="send the whole recording through the model in fixed windows instead "
                         "of only the speech that speech detection finds")
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


# CLI flags that set a new run's settings (TrainConfig fields of the same name).
SETTING_FLAGS = ("max_steps", "learning_rate", "warmup_steps", "seconds_per_batch", "grad_accum",
                 "gradient_checkpointing", "eval_every", "checkpoint_every", "patience",
                 "mask_time_prob", "seed", "adapter_kind", "lora_rank")


def _new_run_config(args: argparse.Namespace, hardware):
    from mms_studio.core.workflows.presets import preset, suggested_preset, train_config

    chosen = preset(args.preset or suggested_preset(hardware))
    return train_config(chosen, device=args.device, precision=args.precision,
                        **{flag: getattr(args, flag) for flag in SETTING_FLAGS})


def _show_row(row: object, state) -> None:
    """Prints what the run reports: evaluations and clips left out (progress is the bar)."""
    from mms_studio.core.engine.run_log import DroppedClips, EvalRow

    if isinstance(row, EvalRow):
        state.finish()
        print(f"step {row.step}: dev loss {row.loss:.3f}  WER {row.wer:.1%}  CER {row.cer:.1%}",
              flush=True)
    elif isinstance(row, DroppedClips):
        state.finish()
        print(f"{len(row.clips)} clip(s) left out:", flush=True)
        for clip in row.clips[:20]:
            print(f"  {clip.id}: {clip.reason}", flush=True)


def _train(args: argparse.Namespace) -> int:
    """`core.workflows.training` (the Train page's functions) in the main process; other
    processes of an `accelerate launch` train from the run the main one planned."""
    from accelerate import PartialState
    from accelerate.utils import broadcast_object_list

    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.engine.hardware import detect
    from mms_studio.core.engine.jobs import RunPlan, run_training
    from mms_studio.core.engine.trainer import read_run_config
    from mms_studio.core.errors import TrainingError
    from mms_studio.core.project import Project
    from mms_studio.core.tasks import NullTaskState
    from mms_studio.core.workflows.training import resume_training, train_adapter

    given = [f"--{flag.replace('_', '-')}" for flag in (*SETTING_FLAGS, "preset")
             if getattr(args, flag) is not None]
    if args.resume and given:
        raise TrainingError(f"--resume continues the stopped run with its own settings; leave "
                            f"out {', '.join(given)}, or start a new run to change them.")
    hardware = detect(args.device or "auto")
    dist = PartialState(cpu=hardware.device == "cpu")
    multi = dist.num_processes > 1

    def share(plan: RunPlan | None) -> str:
        """The main process's run folder, handed to the others (each waits for the manifest)."""
        found = [str(plan.run_dir) if plan is not None else None]
        if multi:
            broadcast_object_list(found)
        return found[0]

    if not dist.is_main_process:
        run_dir = Path(share(None))
        if args.resume:   # as resume_training on the main process: the run's own settings
            own = read_run_config(run_dir)
            config = replace(own, device=args.device or own.device,
                             precision=args.precision or own.precision)
        else:
            config = _new_run_config(args, hardware)
        run_training(RunPlan.read(run_dir), config=config, resume=args.resume,
                     state=NullTaskState(), is_main=False,
                     hardware=hardware if config.device == (args.device or "auto") else None)
        return 0

    state = CliTaskState(on_partial=lambda row: _show_row(row, state))
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        if args.resume:
            report = resume_training(project, run=args.name, state=state, on_planned=share,
                                     device=args.device, precision=args.precision,
                                     hardware=hardware if args.device else None)
        else:
            report = train_adapter(project, config=_new_run_config(args, hardware),
                                   name=args.name, base=args.base,
                                   from_adapter=args.from_adapter, state=state,
                                   on_planned=share, hardware=hardware)
    state.finish()
    best = f"{report.cer:.1%}" if report.cer is not None else "n/a"
    print(f"Adapter “{report.name}” saved in {report.adapter_dir} "
          f"({report.steps} steps, best dev CER {best}).")
    if report.baseline is not None:
        said = report.baseline.describe()     # its adapter (MMS) / its own output (Omnilingual)
        print(f"{said[0].upper()}{said[1:]} on the same dev clips: "
              f"CER {report.baseline.cer:.1%}, WER {report.baseline.wer:.1%}.")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.engine.jobs import evaluate_project
    from mms_studio.core.project import Project

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        if args.lm is False:
            report = evaluate_project(project, adapter=args.adapter, baseline=args.baseline,
                                      split=args.split, device=args.device, state=state)
        else:  # the project's decoder (core.workflows.lm): its LM when it has one that helps
            from mms_studio.core.workflows.lm import evaluate_with_lm

            report, decoding = evaluate_with_lm(project, adapter=args.adapter,
                                                baseline=args.baseline, split=args.split,
                                                use_lm=args.lm, device=args.device, state=state)
            print(decoding, file=sys.stderr)
    state.finish()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    return 0


def _output_path(args: argparse.Namespace, audio: Path, extension: str) -> Path | None:
    """Where this input's result goes (`commands.output_paths`: a folder stays a folder)."""
    from mms_studio.commands.output_paths import plan_outputs

    inputs = [Path(a) for a in args.audio]
    return plan_outputs(args.output, inputs, extension=extension)[inputs.index(audio)]


def _transcribe(args: argparse.Namespace) -> int:
    """`core.workflows.transcription.transcribe_file`, the Transcribe page's function: without
    --adapter, the newest trained adapter, else the base model's own for the language."""
    from mms_studio.commands.output_paths import plan_outputs
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.formats.writers import get_writer
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.transcription import (
        base_output_used,
        default_adapter,
        release_models,
        transcribe_file,
    )

    # A wrong -o is refused before any transcription starts.
    plan_outputs(args.output, [Path(a) for a in args.audio],
                 extension=get_writer(args.format).extension)
    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        adapter = args.adapter or default_adapter(project)
        try:
            for name in args.audio:
                audio = Path(name)
                if args.lm is False and not args.hotword:
                    result = transcribe_file(audio, project=project, adapter=adapter,
                                             device=args.device, precision=args.precision,
                                             chunk_seconds=args.chunk_seconds,
                                             speech_detection=args.speech_detection,
                                             state=state)
                else:  # the same, decoded with the project's LM / hotwords (core.workflows.lm)
                    from mms_studio.core.workflows.lm import transcribe_with_lm

                    result = transcribe_with_lm(audio, project=project, adapter=adapter,
                                                use_lm=args.lm, hotwords=tuple(args.hotword),
                                                device=args.device, precision=args.precision,
                                                chunk_seconds=args.chunk_seconds,
                                                speech_detection=args.speech_detection,
                                                state=state)
                state.finish()
                _write(result, args, audio)
                if adapter is None:     # nothing trained yet: say what transcribed
                    print(base_output_used(result.adapter, result.language), file=sys.stderr)
        finally:
            release_models()
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
        from mms_studio.core.lm.export import decoder_files

        lm_files = decoder_files(info)     # the project's language model, when it has one
        if args.hf_folder:
            base_dir = resolve_base_model(info.meta.get("base_model") or
                                          project.settings.base_model)
            export_hf_folder(info.path, base_dir=base_dir, out=out, add_files=lm_files)
        else:
            export_bundle(info.path, out, as_zip=out.suffix.lower() == ".zip",
                          add_files=lm_files)
    print(f"Exported “{info.name}” to {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mms_studio.core.engine.library import import_bundle
    from mms_studio.core.project import Project

    with Project.open(args.project) as project:
        info = import_bundle(Path(args.bundle), library=project.adapters_dir, name=args.name)
    print(f"Imported adapter “{info.name}” ({info.language}) into {info.path}")
    return 0

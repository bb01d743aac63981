"""`mms-studio segment` and `mms-studio align`: long recordings into the project.

Thin: parse, open the project, call the workflow (`core.workflows.segment` /
`core.workflows.align`), write the result files, print a summary.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mms_studio.core.engine.hardware import DEVICES
from mms_studio.core.engine.inference import INFERENCE_PRECISIONS
from mms_studio.core.errors import MMSStudioError


def register(subparsers: argparse._SubParsersAction) -> None:
    seg = subparsers.add_parser(
        "segment", help="cut untranscribed recordings into clips at the pauses "
                        "(marked as needing a transcript)")
    seg.add_argument("project", help="project folder")
    seg.add_argument("audio", nargs="+", help="long recordings")
    seg.add_argument("-o", "--output", metavar="FILE.json",
                     help="also write the speech regions as JSON (a folder for several recordings)")
    seg.add_argument("--speaker", help="speaker name for every clip")
    seg.add_argument("--min-pause", type=float, default=0.3, metavar="SEC",
                     help="a shorter silence does not end a clip (default 0.3)")
    seg.add_argument("--min-length", type=float, default=1.0, metavar="SEC",
                     help="a long stretch is never cut into pieces shorter than this (default 1)")
    seg.add_argument("--max-length", type=float, default=15.0, metavar="SEC",
                     help="longer speech is cut at its quietest moment (default 15)")
    seg.set_defaults(func=_segment)

    al = subparsers.add_parser(
        "align", help="align an untimed transcript to its long recording and add each line "
                      "as a clip")
    al.add_argument("project", help="project folder")
    al.add_argument("audio", help="the long recording")
    al.add_argument("transcript", help="plain text (one utterance a line) or an ELAN file")
    which = al.add_mutually_exclusive_group()
    which.add_argument("--adapter", help="adapter to align with (default: the project's newest)")
    which.add_argument("--language", metavar="CODE",
                       help="align with the base model's own output (zero-shot): its "
                            "adapter for CODE on MMS; on an Omnilingual base its own pieces, "
                            "whatever CODE")
    al.add_argument("--tier", help="ELAN tier holding the transcript (default: the fullest)")
    al.add_argument("-o", "--output", metavar="FILE",
                    help="also write the alignment: .json, .eaf or .TextGrid")
    al.add_argument("--speaker", help="speaker name for every clip")
    al.add_argument("--no-clips", action="store_true",
                    help="only write the alignment; add no clips to the project")
    al.add_argument("--device", choices=DEVICES, default="auto")
    al.add_argument("--precision", choices=INFERENCE_PRECISIONS, default="auto")
    al.set_defaults(func=_align)


def _output_for(output: str | None, audio: Path, count: int, extension: str) -> Path | None:
    if output is None:
        return None
    out = Path(output)
    if count == 1 and not out.is_dir():
        return out
    if out.exists() and not out.is_dir():
        raise MMSStudioError(f"{out} is a file; with several recordings give a folder for "
                             "the results.")
    return out / (audio.stem + extension)


def _segment(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.formats.writers import get_writer
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.segment import CLIP_SETTINGS, segment_recordings

    try:
        settings = replace(CLIP_SETTINGS, min_pause=args.min_pause,
                           min_segment=args.min_length, max_segment=args.max_length)
    except ValueError as exc:
        raise MMSStudioError(f"These clip lengths cannot work together: {exc}.") from exc
    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        report = segment_recordings(project, [Path(a) for a in args.audio], settings=settings,
                                    speaker=args.speaker, state=state)
        language = project.settings.language
    state.finish()
    writer = get_writer("json")
    for rec in report.recordings:
        out = _output_for(args.output, rec.audio, len(report.recordings), ".json")
        if out is not None:
            writer.write(rec.transcription(language=language), out)
            print(f"{rec.audio.name} -> {out}", file=sys.stderr)
    print(report.to_text())
    return 0


def _align(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.formats.writers import writer_for_path
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.align import align_recording

    writer = writer_for_path(args.output) if args.output else None   # a bad suffix: say so first
    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        report = align_recording(project, Path(args.audio), Path(args.transcript),
                                 adapter=args.adapter, language=args.language, tier=args.tier,
                                 add_clips=not args.no_clips, speaker=args.speaker,
                                 device=args.device, precision=args.precision, state=state)
    state.finish()
    if writer is not None:
        writer.write(report.transcription, Path(args.output))
        print(f"{report.audio.name} -> {args.output}", file=sys.stderr)
    print(report.to_text())
    return 0

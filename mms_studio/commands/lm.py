"""`mms-studio lm build|report|remove|tune|hotwords`: the project's texts and language model.

Thin callers of `core.workflows.lm` (the Texts panel calls the same functions).
"""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    lm = subparsers.add_parser("lm", help="texts of the language and the n-gram language model "
                                          "used to decode")
    sub = lm.add_subparsers(dest="lm_command", metavar="ACTION")

    build = sub.add_parser("build", help="add text files (optional) and build the project's "
                                         "language model, then tune it for the newest adapter")
    build.add_argument("project", help="project folder")
    build.add_argument("texts", nargs="*", metavar="TEXT_FILE",
                       help="plain text (UTF-8), ELAN .eaf or Praat .TextGrid files to add")
    build.add_argument("--tier", action="append", default=[],
                       help="ELAN/TextGrid tier to read (repeatable; default: transcription tiers)")
    build.add_argument("--order", type=int, choices=(2, 3, 4),
                       help="n-gram order (default: chosen from the amount of text)")
    build.add_argument("--no-tune", action="store_true",
                       help="do not tune the LM weights on the dev clips now")
    build.add_argument("--transcripts", action=argparse.BooleanOptionalAction, default=None,
                       help="learn from the project's training transcripts too (default: on)")
    build.add_argument("--keep-test-sentences", action="store_true",
                       help="keep text sentences that are dev/test clip transcripts "
                            "(they flatter the figures; left out by default)")
    build.add_argument("--device", default="auto")
    build.set_defaults(func=_build)

    report = sub.add_parser("report", help="what the texts hold, characters the adapter "
                                           "cannot spell, test sentences found in them")
    report.add_argument("project")
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=_report)

    remove = sub.add_parser("remove", help="take a text out of the project")
    remove.add_argument("project")
    remove.add_argument("text_id", help="the id `lm report` shows")
    remove.set_defaults(func=_remove)

    tune = sub.add_parser("tune", help="choose the LM weight and word bonus on the dev clips")
    tune.add_argument("project")
    tune.add_argument("--adapter", help="adapter name (default: the newest)")
    tune.add_argument("--device", default="auto")
    tune.set_defaults(func=_tune)

    hot = sub.add_parser("hotwords", help="set the names and places the decoder favours")
    hot.add_argument("project")
    hot.add_argument("words", nargs="*", help="the hotwords (none: clear them)")
    hot.set_defaults(func=_hotwords)
    lm.set_defaults(func=lambda args: (lm.print_help(), 2)[1])


def _build(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.lm.texts import set_text_options
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import build_language_model

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        if args.transcripts is not None or args.keep_test_sentences:
            set_text_options(project, include_transcripts=args.transcripts,
                             leave_out_test_sentences=not args.keep_test_sentences)
        result = build_language_model(project, texts=args.texts, tiers=args.tier,
                                      order=args.order, tune=not args.no_tune,
                                      device=args.device, state=state)
    state.finish()
    print(result.to_text())
    return 0


def _report(args: argparse.Namespace) -> int:
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import texts_report

    project = Project.open_read_only(args.project)
    try:
        report = texts_report(project)
    finally:
        project.close()
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if args.json
          else report.to_text())
    return 0


def _remove(args: argparse.Namespace) -> int:
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import remove_text

    with Project.open(args.project) as project:
        source = remove_text(project, args.text_id)
    print(f"Removed {source.name} ({source.id}); build the language model again to use the "
          "change.", file=sys.stderr)
    return 0


def _tune(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import tune_language_model

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        weights = tune_language_model(project, adapter=args.adapter, device=args.device,
                                      state=state)
    state.finish()
    print(weights.to_text())
    return 0


def _hotwords(args: argparse.Namespace) -> int:
    from mms_studio.core.lm.texts import set_text_options
    from mms_studio.core.project import Project

    with Project.open(args.project) as project:
        manifest = set_text_options(project, hotwords=args.words)
    print("Hotwords: " + (", ".join(manifest.hotwords) or "none"))
    return 0

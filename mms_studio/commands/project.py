"""`mms-studio new`, `import` and `info`: make a project, fill it, see what is in it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from mms_studio import DEFAULT_BASE_MODEL


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="create a project folder for one language")
    new.add_argument("project", metavar="DIR", help="folder to create (new or empty)")
    new.add_argument("--language", required=True, metavar="CODE",
                     help="ISO 639-3 code of the language, e.g. abz, yor")
    new.add_argument("--name", required=True, help="a name people will recognise")
    new.add_argument("--base-model", default=DEFAULT_BASE_MODEL, metavar="ID",
                     help=f"base model (default {DEFAULT_BASE_MODEL})")
    new.set_defaults(func=run_new)

    imp = subparsers.add_parser(
        "import", help="add recordings and transcripts (audio + .txt/.lab, CSV/TSV, ELAN, "
                       "TextGrid, subtitles, folders)")
    imp.add_argument("project", metavar="DIR", help="project folder")
    imp.add_argument("sources", metavar="SOURCE", nargs="+", help="files or folders to import")
    imp.add_argument("--speaker", help="speaker name for every imported clip")
    imp.add_argument("--split", choices=("train", "dev", "test"), help="put every clip in this split")
    imp.add_argument("--tier", action="append", default=[], metavar="NAME",
                     help="ELAN/TextGrid tier to import (repeatable)")
    imp.add_argument("--tier-type", action="append", default=[], metavar="T",
                     help="ELAN linguistic type whose tiers to import (repeatable)")
    imp.add_argument("--tier-index", action="append", default=[], type=int, metavar="N",
                     help="0-based tier number to import (repeatable)")
    imp.add_argument("--padding", type=float, default=0.0, metavar="SEC",
                     help="seconds of audio to keep before and after each annotation")
    imp.add_argument("--text-column", help="table column holding transcripts")
    imp.add_argument("--file-column", help="table column holding audio file names")
    imp.add_argument("--speaker-column", help="table column holding speaker names")
    imp.add_argument("--strip-markup", action="store_true",
                     help="remove annotation markup (<cut/>, ipu_3, [noise]) from transcripts; "
                          "without it, clips with markup are marked for review")
    imp.set_defaults(func=run_import)

    info = subparsers.add_parser("info", help="clips, hours, speakers, splits and characters")
    info.add_argument("project", metavar="DIR", help="project folder")
    info.add_argument("--json", action="store_true", help="print machine-readable JSON")
    info.set_defaults(func=run_info)


def run_new(args: argparse.Namespace) -> int:
    from mms_studio.core.project import Project

    project = Project.create(args.project, language=args.language, name=args.name,
                             base_model=args.base_model)
    with project:
        print(f"Created project '{project.settings.name}' ({project.settings.language}) "
              f"in {project.root}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.errors import MMSStudioError
    from mms_studio.core.importing.plan import ImportOptions
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import ImportCancelled, import_sources

    if args.padding < 0:
        raise MMSStudioError("The padding cannot be negative.")
    options = ImportOptions(tiers=tuple(args.tier), tier_types=tuple(args.tier_type),
                            tier_indexes=tuple(args.tier_index), padding=args.padding,
                            speaker=args.speaker, split=args.split, text_column=args.text_column,
                            file_column=args.file_column, speaker_column=args.speaker_column,
                            strip_markup=args.strip_markup)
    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        for note in project.swept:
            print(f"Note: {note}", file=sys.stderr)
        try:
            report = import_sources(project, args.sources, options, state)
        except ImportCancelled as stopped:
            state.finish()
            print(stopped.report.to_text())
            print(f"mms-studio: {stopped}", file=sys.stderr)
            return 130
        state.finish()
    print(report.to_text())
    return 0 if report.imported else 1


def project_info(project: Any) -> dict[str, Any]:
    """Everything `info` shows, as plain data (also what --json prints)."""
    from mms_studio.core import text
    from mms_studio.core.project.importer import format_hms

    with project.snapshot():  # counts and vocabulary from the same moment, even mid-import
        stats = project.stats()
        usable = [c for c in project.clips() if c.status in ("ok", "needs_review")]
    vocab = text.build_vocab([c.transcript for c in usable], project.normalizer)
    report = text.orthography_report(((c.id, c.transcript) for c in usable), project.normalizer)
    settings = project.settings
    return {
        "name": settings.name, "language": settings.language, "base_model": settings.base_model,
        "path": str(project.root), "clips": stats.clips, "seconds": round(stats.seconds, 3),
        "hours": round(stats.hours, 4), "duration": format_hms(stats.seconds),
        "speakers": stats.speakers, "splits": stats.splits, "statuses": stats.statuses,
        "vocabulary": list(vocab.units),
        "orthography": report.to_dict(), "_orthography_text": report.to_text(),
    }


def run_info(args: argparse.Namespace) -> int:
    from mms_studio.core.project import Project

    # Read-only: info never writes, so it needs no lock and works while the app has it open.
    with Project.open_read_only(args.project) as project:
        info = project_info(project)
    text = info.pop("_orthography_text")
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    speakers = info["speakers"]
    named = {k: v for k, v in speakers.items() if k}
    print(f"Project:    {info['name']} ({info['language']}), {info['path']}")
    print(f"Base model: {info['base_model']}")
    print(f"Clips:      {info['clips']}")
    print(f"Audio:      {info['duration']} ({info['hours']:.4f} h)")
    speaker_text = ", ".join(f"{k} ({v})" for k, v in named.items()) or "none named"
    if speakers.get(""):
        speaker_text += f"; {speakers['']} clip(s) without a speaker"
    print(f"Speakers:   {len(named)}: {speaker_text}")
    print("Splits:     " + (", ".join(f"{k} {v}" for k, v in info["splits"].items()) or "none"))
    if set(info["statuses"]) - {"ok"}:
        print("Status:     " + ", ".join(f"{k} {v}" for k, v in info["statuses"].items()))
    print(f"Vocabulary: {len(info['vocabulary'])} units: {' '.join(info['vocabulary'])}")
    print()
    print(text)
    return 0

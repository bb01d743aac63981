"""`mms-studio tiers`, `convert` and `export-dataset`: look inside annotation files, re-export a
saved transcription, hand a project's data to other tools."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    tiers = subparsers.add_parser(
        "tiers", help="list the tiers of an ELAN (.eaf) or Praat (.TextGrid) file, to choose "
                      "them for import")
    tiers.add_argument("file", metavar="FILE", help=".eaf or .TextGrid file")
    tiers.add_argument("--json", action="store_true", help="print machine-readable JSON")
    tiers.set_defaults(func=run_tiers)

    convert = subparsers.add_parser(
        "convert", help="write a saved transcription (.json) as txt, csv, srt, vtt, eaf or "
                        "TextGrid")
    convert.add_argument("result", metavar="RESULT.json", help="a transcription saved as JSON")
    convert.add_argument("out", metavar="OUT", help="file to write; its extension picks the "
                                                    "format unless --format is given")
    convert.add_argument("--format", help="txt, json, csv, srt, vtt, eaf or TextGrid")
    convert.add_argument("--add-to", metavar="FILE.eaf",
                         help="ELAN only: add the tiers to a copy of this existing .eaf")
    convert.set_defaults(func=run_convert)

    export = subparsers.add_parser(
        "export-dataset", help="export a project's clips as a Hugging Face audiofolder "
                               "(metadata.csv + 16 kHz WAV)")
    export.add_argument("project", metavar="DIR", help="project folder")
    export.add_argument("out", metavar="OUT", help="new or empty folder to write")
    export.add_argument("--include-review", action="store_true",
                        help="also export clips marked as needing review")
    export.set_defaults(func=run_export_dataset)


def run_tiers(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from mms_studio.core.errors import FormatError

    path = Path(args.file)
    if not path.is_file():
        raise FormatError(f"{path} does not exist.")
    if path.suffix.casefold() == ".eaf":
        from mms_studio.core.formats.elan import list_tiers
    elif path.suffix.casefold() == ".textgrid":
        from mms_studio.core.formats.textgrid import list_tiers
    else:
        raise FormatError(f"{path.name} is not an ELAN (.eaf) or Praat (.TextGrid) file.")
    rows = [asdict(t) for t in list_tiers(path)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for index, row in enumerate(rows):
        details = [row["linguistic_type"]]
        if row.get("participant"):
            details.append(f"speaker {row['participant']}")
        if row.get("parent"):
            details.append(f"under {row['parent']} ({row.get('constraint') or 'reference'})")
        print(f"{index:3d}  {row['name']}  [{', '.join(d for d in details if d)}]  "
              f"{row['non_empty']} of {row['annotations']} with text")
    return 0


def run_convert(args: argparse.Namespace) -> int:
    from mms_studio.core.errors import FormatError
    from mms_studio.core.formats.writers import get_writer, writer_for_path
    from mms_studio.core.transcript import Transcription

    try:
        data = json.loads(Path(args.result).read_text(encoding="utf-8"))
        result = Transcription.from_dict(data)
    except OSError as exc:
        raise FormatError(f"{args.result} could not be read ({exc.strerror}).") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{args.result} is not a transcription saved by MMS Studio.") from exc
    writer = get_writer(args.format) if args.format else writer_for_path(args.out)
    options = {}
    if args.add_to:
        if writer.name != "eaf":
            raise FormatError("--add-to works only when writing an ELAN (.eaf) file.")
        options["base"] = args.add_to
    out = writer.write(result, args.out, **options)
    print(f"Wrote {out}")
    return 0


def run_export_dataset(args: argparse.Namespace) -> int:
    from mms_studio.commands.progress import CliTaskState, interrupt_on_sigint
    from mms_studio.core.errors import Cancelled
    from mms_studio.core.formats.audiofolder import export_audiofolder
    from mms_studio.core.project import Project

    state = CliTaskState()
    with Project.open(args.project) as project, interrupt_on_sigint(state):
        try:
            report = export_audiofolder(project, args.out, state=state,
                                        include_review=args.include_review)
        except Cancelled as stopped:
            state.finish()
            print(f"mms-studio: {stopped}", file=sys.stderr)
            return 1
    state.finish()
    left = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in report.left_out.items())
    print(f"Exported {report.written} clip(s) to {report.folder}"
          + (f" (left out: {left})" if left else "") + ".")
    print(f'Load it with datasets.load_dataset("audiofolder", data_dir="{report.folder}").')
    return 0

"""Which planner reads which source: `detect` names a source's kind, `plan_source` plans it.

Kinds and their suffixes come from the one format table
(`core.formats.catalog`); this module binds each importable kind to its
planner, imported explicitly so a broken reader fails at start-up instead of
turning into "not supported" at run time. The folder walk lives here too: a
folder holds every kind and hands each entry back to `plan_source`, so keeping
the two together is what keeps the modules free of import cycles.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from mms_studio.core.errors import MMSStudioError
from mms_studio.core.formats import catalog
from mms_studio.core.formats.audiofolder import plan_audiofolder
from mms_studio.core.formats.commonvoice import plan_common_voice
from mms_studio.core.formats.elan import plan_eaf
from mms_studio.core.formats.subtitles import plan_subtitles
from mms_studio.core.formats.textgrid import plan_textgrid
from mms_studio.core.formats.transcriber import plan_trs
from mms_studio.core.importing import files, tables
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, Skipped

Planner = Callable[[Path, ImportOptions], ImportPlan]

PLANNERS: Mapping[str, Planner] = {
    "audio": files.plan_audio_file,
    "transcript": files.plan_transcript_file,
    "table": tables.plan_table,
    "subtitles": plan_subtitles,
    "eaf": plan_eaf,
    "textgrid": plan_textgrid,
    "transcriber": plan_trs,
    "common_voice": plan_common_voice,
    "audiofolder": plan_audiofolder,
}
"""Importable kind (see `catalog.import_kinds()`) -> its planner."""

# Planned before the loose recordings of a folder, so the recordings they use are claimed.
_DESCRIBING_KINDS = ("table", "subtitles", "eaf", "textgrid", "transcriber")


def detect(path: Path) -> str:
    """A word for what `path` is: a kind from `catalog.FORMATS` (audio, transcript, table,
    eaf, textgrid, subtitles, transcriber, json), common_voice, audiofolder, folder,
    missing or unknown."""
    if not path.exists():
        return "missing"
    if path.is_dir():
        return catalog.corpus_kind(path) or "folder"
    return catalog.kind_of(path) or "unknown"


def _run_planner(path: Path, options: ImportOptions, kind: str) -> ImportPlan:
    try:
        return PLANNERS[kind](path, options)
    except (MMSStudioError, OSError) as exc:  # a malformed file: report it, import the rest
        return ImportPlan(skipped=[Skipped(path.name, str(exc))])


def plan_source(path: str | Path, options: ImportOptions) -> ImportPlan:
    """Plan one source the user named (a file or folder); never writes, never raises on bad input."""
    path = Path(path).expanduser().absolute()
    kind = detect(path)
    if kind == "missing":
        return ImportPlan(skipped=[Skipped(str(path), "This file or folder does not exist.")])
    if kind == "folder":
        return plan_folder(path, options)
    if kind in PLANNERS:
        return _run_planner(path, options, kind)
    return ImportPlan(skipped=[Skipped(path.name, (
        "MMS Studio cannot import this kind of file; give recordings with .txt transcripts, "
        "CSV/TSV tables, ELAN, TextGrid, Transcriber or subtitle files."))])


def plan_folder(path: Path, options: ImportOptions, *,
                claimed: frozenset[Path] = frozenset(),
                _seen: frozenset[Path] = frozenset()) -> ImportPlan:
    """Everything importable under `path`, in sorted order; hidden files are ignored.

    Tables and annotation files are planned first, and a recording one of them
    already uses is not asked for a sidecar again (so `transcripts.tsv` + `.lab`
    files do not import twice).
    claimed: recordings a table or annotation file higher up already uses (resolved
    paths); a table at the top with its audio in `wavs/` must not make every WAV
    there a "no transcript" line.
    """
    plan = ImportPlan()
    here = path.resolve()
    if here in _seen:  # a link back up the tree: walking it again would never end
        return plan
    _seen = _seen | {here}
    try:
        entries = sorted((e for e in path.iterdir() if not files.is_hidden(e)),
                         key=lambda e: e.name.casefold())
    except OSError as exc:
        plan.skipped.append(Skipped(str(path), f"The folder cannot be read ({exc.strerror})."))
        return plan
    in_folder = [e for e in entries if e.is_file()]
    described = [f for f in in_folder if catalog.kind_of(f) in _DESCRIBING_KINDS]
    for source in described:
        plan.extend(_run_planner(source, options, catalog.kind_of(source) or ""))
    claimed = claimed | {clip.media.resolve() for clip in plan.clips}
    recordings = [f for f in in_folder if files.is_audio(f)]
    sidecars = {s for f in recordings if (s := files.find_sidecar(f)) is not None}
    for media in recordings:
        if media.resolve() not in claimed:
            plan.extend(files.plan_audio_file(media, options))
    others = [f for f in in_folder
              if f not in described and f not in recordings and f not in sidecars]
    if others:
        names = ", ".join(f.name for f in others[:3]) + (", ..." if len(others) > 3 else "")
        plan.skipped.append(Skipped(
            str(path), f"{len(others)} other file(s) ignored, not recordings, transcripts or "
                       f"tables: {names}."))
    for folder in (e for e in entries if e.is_dir()):
        if detect(folder) == "folder":
            plan.extend(plan_folder(folder, options, claimed=claimed, _seen=_seen))
        else:
            plan.extend(plan_source(folder, options))
    return plan

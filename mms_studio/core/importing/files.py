"""Planning imports of loose recordings: one audio file, or a folder of them.

The common field layout is a recording with a same-named transcript beside it
(`story1.wav` + `story1.txt` or `.lab`, as Praat/MFA users keep them). A
folder may also hold tables and annotation files; those are planned by their
own planners first, and a recording one of them already uses is not asked for
a sidecar again (so `transcripts.tsv` + `.lab` files do not import twice).
"""

from __future__ import annotations

from pathlib import Path

from mms_studio.core.audio import AUDIO_SUFFIXES
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped

SIDECAR_SUFFIXES = (".txt", ".lab")
TABLE_SUFFIXES = (".csv", ".tsv")
ANNOTATION_SUFFIXES = (".eaf", ".textgrid", ".srt", ".vtt", ".trs")


def is_audio(path: Path) -> bool:
    return path.suffix.casefold() in AUDIO_SUFFIXES


def is_hidden(path: Path) -> bool:
    """Dot files, macOS resource forks and the like are never recordings."""
    return path.name.startswith((".", "~$")) or path.name in ("__MACOSX", "Thumbs.db")


def find_sidecar(media: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        for candidate in (media.with_suffix(suffix), media.with_suffix(suffix.upper())):
            if candidate.is_file():
                return candidate
    return None


def read_transcript_file(path: Path) -> str:
    """A one-utterance text file, UTF-8 (with or without BOM); lines are joined with spaces."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else None
        if text is None:
            raise
    return " ".join(text.split())


def plan_audio_file(path: Path, options: ImportOptions) -> ImportPlan:
    """One recording whose transcript is in a same-named .txt or .lab file."""
    plan = ImportPlan()
    sidecar = find_sidecar(path)
    if sidecar is None:
        plan.skipped.append(Skipped(path.name, "No transcript: put the text in a file named "
                                               f"{path.stem}.txt beside the recording."))
        return plan
    try:
        text = read_transcript_file(sidecar)
    except (OSError, UnicodeDecodeError):
        plan.skipped.append(Skipped(sidecar.name, "The transcript file cannot be read as text; "
                                                  "save it as UTF-8."))
        return plan
    if not text:
        plan.skipped.append(Skipped(path.name, f"The transcript in {sidecar.name} is empty."))
        return plan
    plan.clips.append(PlannedClip(media=path.absolute(), transcript=text,
                                  speaker=options.speaker, split=options.split,
                                  source=str(path.absolute())))
    return plan


def plan_folder(path: Path, options: ImportOptions, *,
                claimed: frozenset[Path] = frozenset(),
                _seen: frozenset[Path] = frozenset()) -> ImportPlan:
    """Everything importable under `path`, in sorted order; hidden files are ignored.

    claimed: recordings a table or annotation file higher up already uses (resolved
    paths); a table at the top with its audio in `wavs/` must not make every WAV
    there a "no transcript" line.
    """
    from mms_studio.core.importing.registry import detect, plan_source  # it dispatches back here

    plan = ImportPlan()
    here = path.resolve()
    if here in _seen:  # a link back up the tree: walking it again would never end
        return plan
    _seen = _seen | {here}
    try:
        entries = sorted((e for e in path.iterdir() if not is_hidden(e)),
                         key=lambda e: e.name.casefold())
    except OSError as exc:
        plan.skipped.append(Skipped(str(path), f"The folder cannot be read ({exc.strerror})."))
        return plan
    files = [e for e in entries if e.is_file()]
    described = [f for f in files if f.suffix.casefold() in TABLE_SUFFIXES + ANNOTATION_SUFFIXES]
    for source in described:
        plan.extend(plan_source(source, options))
    claimed = claimed | {clip.media.resolve() for clip in plan.clips}
    recordings = [f for f in files if is_audio(f)]
    sidecars = {s for f in recordings if (s := find_sidecar(f)) is not None}
    for media in recordings:
        if media.resolve() not in claimed:
            plan.extend(plan_audio_file(media, options))
    others = [f for f in files if f not in described and f not in recordings and f not in sidecars]
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

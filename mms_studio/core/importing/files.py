"""Planning imports of loose recordings: a recording and the transcript beside it.

The common field layout is a recording with a same-named transcript beside it
(`story1.wav` + `story1.txt` or `.lab`, as Praat/MFA users keep them). Either
file may be the one the user picked. The walk through folders of such pairs
lives with the dispatch in `registry.py`, since a folder holds every kind.
"""

from __future__ import annotations

from pathlib import Path

from mms_studio.core.formats import catalog
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.importing.sidecars import read_sidecar

SIDECAR_SUFFIXES = catalog.suffixes("transcript")


def is_audio(path: Path) -> bool:
    return catalog.kind_of(path) == "audio"


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
        read = read_sidecar(sidecar, stem=path.stem)  # other tools' line layouts too
        text = read.text
    except (OSError, UnicodeDecodeError):
        plan.skipped.append(Skipped(sidecar.name, "The transcript file cannot be read as text; "
                                                  "save it as UTF-8."))
        return plan
    if not text:
        plan.skipped.append(Skipped(path.name, f"The transcript in {sidecar.name} is empty."))
        return plan
    plan.clips.append(PlannedClip(media=path.absolute(), transcript=text,
                                  speaker=options.speaker, split=options.split,
                                  source=str(path.absolute()),
                                  notes=(read.note,) if read.note else ()))
    return plan


def find_recording(transcript: Path) -> Path | None:
    """The recording a transcript file belongs to: same name, an audio suffix, beside it."""
    for suffix in catalog.suffixes("audio"):
        for candidate in (transcript.with_suffix(suffix), transcript.with_suffix(suffix.upper())):
            if candidate.is_file():
                return candidate
    return None


def plan_transcript_file(path: Path, options: ImportOptions) -> ImportPlan:
    """A transcript the user picked on its own: the clip is its recording beside it."""
    media = find_recording(path)
    if media is None:
        return ImportPlan(skipped=[Skipped(path.name, (
            f"No recording named {path.stem} beside this transcript; put the recording "
            "(for example a .wav file) in the same folder."))])
    return plan_audio_file(media, options)

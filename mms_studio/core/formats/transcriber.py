"""Transcriber (.trs) import: older fieldwork corpora (the Abui and Na archives) use it.

A .trs file is XML: turns by a speaker, cut by `<Sync time=.../>` points; the
text after a Sync point runs to the next one (or the end of the turn). Each
stretch with text becomes a clip; `<silence>`-style markers and empty
stretches are skipped. The recording is `audio_filename` with an audio
suffix beside the file (or the .trs's own stem). Parsed with defusedxml; the
DOCTYPE naming trans-14.dtd is allowed but never fetched.
"""

from __future__ import annotations

import re
from pathlib import Path

from mms_studio.core.errors import FormatError
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import (
    allowed_roots,
    is_audio_file,
    media_duration_or_reason,
    padded_cut,
    same_stem_audio,
    within,
)
from mms_studio.core.formats.xmlsafe import parse_xml
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.tasks import Message

_MARKER = re.compile(r"^[<\[(]?\s*(silence|sil|noise|pause|music|laugh|breath|inaudible)"
                     r"\s*[>\])]?$", re.I)


def read_trs(path: Path) -> tuple[str, list[tuple[float, float, str, str | None]]]:
    """(audio_filename, [(start, end, text, speaker)]) of a Transcriber file."""
    root = parse_xml(path, what="Transcriber file")
    if root.tag != "Trans":
        raise FormatError(f"{path.name} is XML but not a Transcriber file (no <Trans>).")
    speakers = {s.get("id", ""): s.get("name") or s.get("id") for s in root.iter("Speaker")}
    stretches = []
    for turn in root.iter("Turn"):
        try:
            turn_end = float(turn.get("endTime", ""))
        except ValueError as exc:
            raise FormatError(f"{path.name} has a turn without an end time; it is "
                              "damaged.") from exc
        speaker_ids = (turn.get("speaker") or "").split()
        speaker = speakers.get(speaker_ids[0]) if len(speaker_ids) == 1 else None
        current: float | None = None
        text: list[str] = [turn.text or ""]
        for child in turn:
            if child.tag == "Sync":
                try:
                    time = float(child.get("time", ""))
                except ValueError as exc:
                    raise FormatError(f"{path.name} has a Sync point without a time; it is "
                                      "damaged.") from exc
                if current is not None:
                    stretches.append((current, time, " ".join(text), speaker))
                current = time
                text = []
            text.append(child.tail or "")
        if current is not None:
            stretches.append((current, turn_end, " ".join(text), speaker))
    return root.get("audio_filename", ""), stretches


def plan_trs(path: Path, options: ImportOptions) -> ImportPlan:
    """One clip per Sync-to-Sync stretch with text."""
    path = Path(path)
    audio_name, stretches = read_trs(path)
    plan = ImportPlan()
    spoken = [(s, e, clean(t), who) for s, e, t, who in stretches
              if clean(t) and not _MARKER.match(clean(t))]
    if not spoken:
        plan.skipped.append(Skipped(path.name, Message("It holds no transcribed speech.")))
        return plan
    media = _find(path, audio_name, options.media_roots)
    if media is None:
        plan.skipped.append(Skipped(path.name, Message(
            "Its recording ({name}.wav) was not found next to it, so its {count} transcribed "
            "stretch(es) were not imported.", name=audio_name or path.stem, count=len(spoken))))
        return plan
    duration, why = media_duration_or_reason(media)
    if duration is None:
        plan.skipped.append(Skipped(path.name, why))
        return plan
    for number, (start, end, text, speaker) in enumerate(spoken, start=1):
        where = f"{path.name} stretch #{number} ({start:.2f} s)"
        if not end > start:
            plan.skipped.append(Skipped(where, Message("The stretch ends before it starts.")))
        elif start >= duration:
            plan.skipped.append(Skipped(where, Message(
                "The stretch starts after the end of {media}.", media=media.name)))
        elif (cut := padded_cut(start, end, duration, options.padding)) is None:
            plan.skipped.append(Skipped(where, Message(
                "The stretch lies outside the recording {media} (negative times).",
                media=media.name)))
        else:
            plan.clips.append(PlannedClip(
                media=media, transcript=text, start=cut[0], end=cut[1],
                speaker=options.speaker or speaker, split=options.split, source=where))
    return plan


def _find(path: Path, audio_name: str, roots: tuple[Path, ...]) -> Path | None:
    from mms_studio.core.audio import AUDIO_SUFFIXES

    name = Path(audio_name.replace("\\", "/")).name
    if name:
        for candidate in [path.parent / name,
                          *(path.parent / f"{name}{s}" for s in sorted(AUDIO_SUFFIXES))]:
            if is_audio_file(candidate) and within(candidate, allowed_roots(path, roots)):
                return candidate
    return same_stem_audio(path, roots=roots)

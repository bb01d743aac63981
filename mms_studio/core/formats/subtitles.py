"""SubRip (.srt) and WebVTT (.vtt): export for video players, import as transcribed clips.

Communities often already have subtitled videos of their language; each cue
becomes a clip cut from the same-named recording. WebVTT's voice tags
(`<v Ana>`) become speakers; styling (`<i>`, `<font>`, SubStation's `{\\an8}`) and
inline word timestamps are dropped;
YouTube's "rolling" auto-captions, where each cue repeats the line before,
are de-duplicated so a sentence is not imported twice.
"""

from __future__ import annotations

import html
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core import atomic
from mms_studio.core.errors import FormatError
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import media_duration_or_reason, padded_cut, same_stem_audio
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.tasks import Message
from mms_studio.core.transcript import Transcription

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[^ >]*)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")   # {\an8}, {\i1}: SubStation styling some SRTs carry


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    speaker: str | None
    line: int   # where the cue's timing line is, for messages


def _seconds(groups: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, fraction = groups
    return (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
            + int(fraction.ljust(3, "0")) / 1000)


def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FormatError(f"{name} says it is UTF-16 but is damaged; save it again as UTF-8 "
                              "in your subtitle editor.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(f"{name} is not UTF-8 text; save it as UTF-8 in your subtitle "
                          "editor and import it again.") from exc


def read_cues(path: str | Path) -> list[Cue]:
    """Every cue in an SRT or WebVTT file, in file order, text cleaned to one line."""
    path = Path(path)
    try:
        text = _decode(path.read_bytes(), path.name)
    except OSError as exc:
        raise FormatError(f"The subtitle file {path.name} could not be read "
                          f"({exc.strerror}).") from exc
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_vtt = path.suffix.casefold() == ".vtt"
    if is_vtt and not lines[0].startswith("WEBVTT"):
        raise FormatError(f"{path.name} is not a WebVTT file (it must start with WEBVTT).")
    cues: list[Cue] = []
    stray = 0   # lines that are neither cues, nor headers, notes or styles
    i = 0
    if is_vtt:
        while i < len(lines) and lines[i].strip():  # the WEBVTT header block
            i += 1
    while i < len(lines):
        match = _TIMING.match(lines[i])
        if not match:
            if is_vtt and lines[i].startswith(("NOTE", "STYLE", "REGION")):
                while i < len(lines) and lines[i].strip():  # skip the whole block
                    i += 1
            elif lines[i].strip():
                stray += 1
            i += 1
            continue
        start, end = _seconds(match.groups()[:4]), _seconds(match.groups()[4:])
        at = i + 1
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() and not _TIMING.match(lines[i]):
            body.append(lines[i])
            i += 1
        if body and i < len(lines) and _TIMING.match(lines[i]) and body[-1].strip().isdigit():
            body.pop()  # the next cue's number, in a file without blank lines between cues
        cues.append(_cue(start, end, body, at, entities=is_vtt))
    if not cues and stray:
        kind = "WebVTT" if is_vtt else "SubRip"
        raise FormatError(f"{path.name} holds no subtitle timings (like 00:00:01,000 --> "
                          f"00:00:02,000); it is not a usable {kind} file.")
    return _unroll(cues)


def _cue(start: float, end: float, body: list[str], line: int, *, entities: bool) -> Cue:
    """`entities`: WebVTT escapes & and < as &amp; &lt;; SubRip text is taken literally."""
    speaker = None
    texts = []
    for raw in body:
        voice = _VOICE.search(raw)
        if voice and speaker is None:
            speaker = clean(voice.group(1))
        plain = _ASS_OVERRIDE.sub("", _TAG.sub("", raw))
        plain = clean(html.unescape(plain) if entities else plain)
        plain = re.sub(r"^[-–]\s+", "", plain)  # dialogue dashes
        if plain:
            texts.append(plain)
    return Cue(start, end, "\n".join(texts), speaker, line)


def _rolling(cues: list[Cue]) -> bool:
    """True for "rolling" captions: a multi-line cue starting with the previous cue's last line."""
    for before, cue in zip(cues, cues[1:], strict=False):
        lines = cue.text.split("\n")
        if len(lines) > 1 and before.text and lines[0] == before.text.split("\n")[-1]:
            return True
    return False


def _unroll(cues: list[Cue]) -> list[Cue]:
    """Drop lines a cue repeats from the cue before (YouTube's rolling captions).

    Only in files that roll: elsewhere two equal subtitles in a row ("Yes." "Yes.")
    are two utterances.
    """
    if not _rolling(cues):
        return [Cue(c.start, c.end, c.text.replace("\n", " "), c.speaker, c.line) for c in cues]
    out: list[Cue] = []
    previous: list[str] = []
    for cue in cues:
        lines = cue.text.split("\n") if cue.text else []
        if previous and lines and lines == previous[-len(lines):]:
            lines = []
        while previous and lines and lines[0] in previous:
            lines = lines[1:]
        if cue.text:
            previous = cue.text.split("\n")
        out.append(Cue(cue.start, cue.end, " ".join(lines), cue.speaker, cue.line))
    return out


def plan_subtitles(path: Path, options: ImportOptions) -> ImportPlan:
    """One clip per cue, cut from the recording with the same name beside the subtitle file."""
    path = Path(path)
    cues = read_cues(path)
    plan = ImportPlan()
    if not cues:
        plan.skipped.append(Skipped(path.name, Message("The file holds no subtitles.")))
        return plan
    media = same_stem_audio(path, roots=options.media_roots)
    if media is None:
        plan.skipped.append(Skipped(path.name, Message(
            "Its recording ({stem}.wav or another audio file named {stem}) was not found next "
            "to it, so its {count} subtitle(s) were not imported.", stem=path.stem,
            count=len(cues))))
        return plan
    duration, why = media_duration_or_reason(media)
    if duration is None:
        plan.skipped.append(Skipped(path.name, why))
        return plan
    empty = 0
    for number, cue in enumerate(cues, start=1):
        where = f"{path.name} subtitle #{number} (line {cue.line})"
        if not cue.text:
            empty += 1
        elif cue.end <= cue.start:
            plan.skipped.append(Skipped(where, Message("The subtitle ends before it starts.")))
        elif cue.start >= duration:
            plan.skipped.append(Skipped(where, Message(
                "The subtitle starts after the end of {media}.", media=media.name)))
        elif (cut := padded_cut(cue.start, cue.end, duration, options.padding)) is None:
            plan.skipped.append(Skipped(where, Message(
                "The subtitle lies outside the recording {media}.", media=media.name)))
        else:
            plan.clips.append(PlannedClip(
                media=media, transcript=cue.text, start=cut[0], end=cut[1],
                speaker=options.speaker or cue.speaker, split=options.split, source=where))
    if empty:
        plan.skipped.append(Skipped(path.name, Message(
            "{count} subtitle(s) without text (or repeating the one before).", count=empty)))
    return plan


def _stamp(seconds: float, separator: str) -> str:
    ms = max(0, int(round(seconds * 1000)))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{ms:03d}"


def _check(writer: str, options: dict[str, Any], known: set[str]) -> None:
    unknown = sorted(set(options) - known)
    if unknown:
        raise FormatError(f"The {writer} export does not understand the option(s) "
                          f"{', '.join(unknown)}.")


class SrtWriter:
    """SubRip: the subtitle format every video player and editor reads."""

    name = "srt"
    extension = ".srt"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """`speakers=True` prefixes each subtitle with "speaker: " (SubRip has no voice tag)."""
        _check(self.name, options, {"speakers"})
        out = io.StringIO()
        number = 0
        for segment in result.segments:
            if not segment.text:
                continue
            number += 1
            prefix = f"{segment.speaker}: " if options.get("speakers") and segment.speaker else ""
            out.write(f"{number}\n{_stamp(segment.start, ',')} --> {_stamp(segment.end, ',')}\n"
                      f"{prefix}{segment.text}\n\n")
        atomic.write_text(path, out.getvalue())
        return Path(path)


class VttWriter:
    """WebVTT: subtitles for the web (HTML5 video), speakers as voice tags."""

    name = "vtt"
    extension = ".vtt"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """`speakers` (default True) writes `<v Name>` voice tags where a segment has a speaker."""
        _check(self.name, options, {"speakers"})
        out = io.StringIO()
        out.write("WEBVTT\n\n")
        for segment in result.segments:
            if not segment.text:
                continue
            text = html.escape(segment.text, quote=False)
            if options.get("speakers", True) and segment.speaker:
                text = f"<v {html.escape(segment.speaker, quote=False)}>{text}"
            out.write(f"{_stamp(segment.start, '.')} --> {_stamp(segment.end, '.')}\n{text}\n\n")
        atomic.write_text(path, out.getvalue())
        return Path(path)

"""Praat TextGrid import (interval tiers -> clips) and export (utterance and word tiers).

Praat writes UTF-16 or UTF-8 (older versions and some preferences Latin-1), in
its long, short or chronological text format. We decode as Praat does (a BOM
first, then strict UTF-8, then UTF-16 without a BOM, else Latin-1, reported)
and read the values with `praat_text`, which follows Praat's own reader: field
names are ignored, and a damaged tier is reported while the others still import.

The default tier choice (no tier named) is `tierchoice.choose` over the interval
tiers with text: transcription-like names first, then the most running text;
several tiers become one transcript per speaker only when each is named like a
person. Empty and silence-marked intervals ("", "sil", "sp", "<p:>", ...) are
skipped. The report says which tier was taken and why, before it lists the tiers
passed over.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core import atomic
from mms_studio.core.errors import FormatError
from mms_studio.core.formats import praat_text, tierchoice
from mms_studio.core.formats.elan import TierInfo
from mms_studio.core.formats.labels import clean, visible
from mms_studio.core.formats.media import media_duration_or_reason, padded_cut, same_stem_audio
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, Note, PlannedClip, Skipped
from mms_studio.core.tasks import Message
from mms_studio.core.transcript import Transcription

SILENCE_LABELS = frozenset({"", "sil", "sp", "spn", "<p:>", "<sil>", "<s>", "</s>", "#", "_",
                            "pau", "silence", "<silence>", "<p>", "..."})


@dataclass(frozen=True)
class Interval:
    start: float
    end: float
    text: str


@dataclass(frozen=True)
class TextGridTier:
    name: str
    kind: str            # "IntervalTier" or "TextTier"
    intervals: tuple[Interval, ...]
    problem: str | None = None   # why the tier cannot be used; None when it is whole


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding) of a Praat file in any encoding Praat writes or reads.

    Praat reads a file without a BOM that is not valid UTF-8 as Latin-1, so we do
    too (and the caller reports it). `FormatError` for a broken UTF-16 file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise FormatError(f"{name} says it is UTF-16 but is damaged; save it again from "
                              "Praat.") from exc
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):  # UTF-16 without a BOM
        try:
            return data.decode("utf-16-be" if data[0] == 0 else "utf-16-le"), "UTF-16"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "Latin-1"


def read_textgrid_with_encoding(path: str | Path
                                ) -> tuple[float, float, list[TextGridTier], str]:
    """(xmin, xmax, tiers, encoding); a damaged tier comes back with `problem` set."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"The TextGrid {path.name} could not be read ({exc.strerror}).") from exc
    if data.lstrip().startswith(b"ooBinaryFile"):
        raise FormatError(f"{path.name} is a binary Praat TextGrid; open it in Praat and save "
                          "it as a text file (Save as text file…).")
    text, encoding = decode(data, path.name)
    if "\x00" in text:
        raise FormatError(f"{path.name} is not a Praat TextGrid (it holds binary data).")
    xmin, xmax, raw = praat_text.parse(text, path.name)
    tiers = []
    for tier in raw:
        intervals = tuple(Interval(e.start, e.end, e.text) for e in tier.entries)
        problem = tier.problem or (_interval_problem(intervals) if tier.kind == "IntervalTier"
                                   else None)
        tiers.append(TextGridTier(tier.name, tier.kind, intervals, problem))
    return xmin, xmax, tiers, encoding


def read_textgrid(path: str | Path) -> tuple[float, float, list[TextGridTier]]:
    """(xmin, xmax, tiers) of a TextGrid; damaged tiers carry their `problem`."""
    xmin, xmax, tiers, _encoding = read_textgrid_with_encoding(path)
    return xmin, xmax, tiers


def _interval_problem(intervals: tuple[Interval, ...]) -> str | None:
    previous = None
    for interval in intervals:
        if interval.end <= interval.start:
            return (f"an interval ends ({interval.end:.3f} s) before it starts "
                    f"({interval.start:.3f} s)")
        if interval.start < 0:
            return "an interval is at a negative time"
        if previous is not None and interval.start < previous.end - 1e-6:
            return f"it has overlapping intervals at {interval.start:.3f} s"
        previous = interval
    return None


def list_tiers(path: str | Path) -> list[TierInfo]:
    """Every tier in file order, in the same shape as ELAN's (kind as the linguistic type)."""
    _xmin, _xmax, tiers = read_textgrid(path)
    return [TierInfo(name=t.name, linguistic_type=t.kind, participant="",
                     annotations=len(t.intervals), time_alignable=True,
                     non_empty=sum(1 for i in t.intervals if _spoken(i)))
            for t in tiers]


def _spoken(interval: Interval) -> str:
    text = clean(interval.text)
    return "" if visible(text).casefold() in SILENCE_LABELS else text


def _broken(name: str, tier: TextGridTier) -> Skipped:
    return Skipped(f"{name} tier “{tier.name}”", Message(
        "This tier is damaged ({problem}); the other tiers are read. Open the file in Praat "
        "and save it again.", problem=tier.problem))


def _choose(tiers: list[TextGridTier], options: ImportOptions, name: str
            ) -> tuple[list[tuple[TextGridTier, str | None]], list[Skipped], list[Note]]:
    """[(tier, speaker)] to import, what was refused (decisive), and notes."""
    if options.tiers or options.tier_indexes:
        chosen = [t for i, t in enumerate(tiers)
                  if t.name in options.tiers or i in options.tier_indexes]
        skipped = [_broken(name, t) for t in chosen if t.problem]
        for tier in [t for t in chosen if t.kind != "IntervalTier" and not t.problem]:
            skipped.append(Skipped(f"{name} tier “{tier.name}”", Message(
                "It is a point tier; only interval tiers have stretches of speech to cut.")))
        chosen = [t for t in chosen if t.kind == "IntervalTier" and not t.problem]
        if not chosen and not skipped:
            asked = [*options.tiers, *(f"#{i}" for i in options.tier_indexes)]
            skipped.append(Skipped(name, Message(
                "No tier matches {asked}; its tiers are: {tiers}.", asked=", ".join(asked),
                tiers=", ".join(t.name for t in tiers) or "none")))
        return [(t, None) for t in chosen], skipped, []
    whole = [t for t in tiers if not t.problem]
    broken = [_broken(name, t) for t in tiers if t.problem]
    candidates = [tierchoice.Candidate(t.name, tuple(s for i in t.intervals if (s := _spoken(i))))
                  for t in whole if t.kind == "IntervalTier"]
    choice = tierchoice.choose(candidates)
    if choice is None:
        if broken and any(t.kind == "IntervalTier" for t in tiers if t.problem):
            return [], broken, []
        return [], [*broken, Skipped(name, Message("It has no interval tier with any text."))], []
    by_name = {t.name: t for t in whole}
    chosen = [(by_name[c.name], speaker) for c, speaker in choice.taken]
    taken = {c.name for c, _ in choice.taken}
    notes = [Note(name, choice.why)]
    notes += [Note(f"{name} tier “{t.name}”", Message(
        "Not imported by default; choose it with --tier if it holds the transcription."))
        for t in whole if t.name not in taken]
    return chosen, broken, notes


def plan_textgrid(path: Path, options: ImportOptions) -> ImportPlan:
    """Clips for the chosen interval tiers, cut from the same-named recording beside the file.

    Read-only. `FormatError` for a file that is not a TextGrid at all, or whose every
    tier with text is damaged; a damaged tier beside good ones, and a missing
    recording, become `Skipped` entries.
    """
    path = Path(path)
    _xmin, _xmax, tiers, encoding = read_textgrid_with_encoding(path)
    plan = ImportPlan()
    chosen, refused, notes = _choose(tiers, options, path.name)
    if not chosen and refused and all(t.problem for t in tiers if t.kind == "IntervalTier") \
            and any(t.problem for t in tiers):
        first = next(t for t in tiers if t.problem)
        raise FormatError(f"{path.name} is a damaged or incomplete TextGrid: tier "
                          f"“{first.name}”: {first.problem}. Open it in Praat and save it again.")
    plan.skipped.extend(refused)
    if encoding == "Latin-1":
        notes.insert(0, Note(path.name, Message(
            "Read as Latin-1 (Western European) text, as Praat does for a file that is not "
            "UTF-8 or UTF-16; check its accented letters.")))
    if not chosen:
        plan.notes.extend(notes)
        return plan
    media = same_stem_audio(path, roots=options.media_roots)
    if media is None:
        count = sum(1 for t, _ in chosen for i in t.intervals if _spoken(i))
        plan.skipped.append(Skipped(path.name, Message(
            "Its recording ({stem}.wav or another audio file named {stem}) was not found next "
            "to it, so its {count} interval(s) were not imported.", stem=path.stem, count=count)))
        plan.notes.extend(notes)
        return plan
    duration, why = media_duration_or_reason(media)
    if duration is None:
        plan.skipped.append(Skipped(path.name, why))
        plan.notes.extend(notes)
        return plan
    for tier, speaker in chosen:
        where = f"{path.name} tier “{tier.name}”"
        silent = 0
        for index, interval in enumerate(tier.intervals, start=1):
            text = _spoken(interval)
            if not text:
                silent += 1
                continue
            if interval.start >= duration:
                plan.skipped.append(Skipped(f"{where} #{index}", Message(
                    "The interval starts after the end of {media}.", media=media.name)))
                continue
            cut = padded_cut(interval.start, interval.end, duration, options.padding)
            if cut is None:
                plan.skipped.append(Skipped(f"{where} #{index}", Message(
                    "The interval lies outside the recording {media}.", media=media.name)))
                continue
            plan.clips.append(PlannedClip(
                media=media, transcript=text, start=cut[0], end=cut[1],
                speaker=options.speaker or speaker, split=options.split,
                source=f"{where} #{index}"))
        if silent:
            notes.append(Note(where, Message("{count} empty or silence interval(s) passed over.",
                                             count=silent)))
    plan.notes.extend(notes)
    return plan


class TextGridWriter:
    """Utterance and word interval tiers (one pair per speaker), long or short text format."""

    name = "TextGrid"
    extension = ".TextGrid"

    def write(self, result: Transcription, path: str | os.PathLike[str], **options: Any) -> Path:
        """Options: `format` "long" (default) or "short"; `words` (default True)."""
        from praatio import textgrid as praat

        unknown = sorted(set(options) - {"format", "words"})
        if unknown:
            raise FormatError(f"The TextGrid export does not understand the option(s) "
                              f"{', '.join(unknown)}.")
        text_format = options.get("format", "long")
        if text_format not in ("long", "short"):
            raise FormatError('The TextGrid format must be "long" or "short".')
        end = max([result.duration, *(s.end for s in result.segments)], default=0.0)
        end = end if end > 0 else 1.0
        grid = praat.Textgrid(minTimestamp=0.0, maxTimestamp=end)
        speakers = list(dict.fromkeys(s.speaker for s in result.segments)) or [None]
        for speaker in speakers:
            prefix = f"{speaker} " if speaker and len(speakers) > 1 else ""
            segments = sorted((s for s in result.segments if s.speaker == speaker),
                              key=lambda s: s.start)
            utterances, words = [], []
            previous = 0.0
            for segment in segments:
                start = max(segment.start, previous)
                if segment.end - start < 1e-4 or not segment.text:
                    continue
                utterances.append((start, segment.end, segment.text))
                previous = segment.end
                words += _non_overlapping(((max(w.start, start), min(w.end, segment.end), w.text)
                                           for w in segment.words), floor=start)
            grid.addTier(praat.IntervalTier(f"{prefix}utterances", utterances, 0.0, end))
            if options.get("words", True):
                grid.addTier(praat.IntervalTier(f"{prefix}words", words, 0.0, end))
        with atomic.atomic_path(path, suffix=".TextGrid") as tmp:
            grid.save(str(tmp), format=f"{text_format}_textgrid", includeBlankSpaces=True,
                      reportingMode="error")
        return Path(path)


def _non_overlapping(items, floor: float = 0.0) -> list[tuple[float, float, str]]:
    """Praat refuses overlapping intervals on a tier: start each one after the previous end."""
    out: list[tuple[float, float, str]] = []
    previous = floor
    for start, end, text in items:
        start = max(start, previous)
        if end - start < 1e-4 or not text:
            continue
        out.append((start, end, text))
        previous = end
    return out

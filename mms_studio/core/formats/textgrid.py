"""Praat TextGrid import (interval tiers -> clips) and export (utterance and word tiers).

Praat writes UTF-16 or UTF-8, long or short text format. We decode ourselves
(BOM first, then strict UTF-8, then UTF-16 without a BOM) because praatio's
own opener tries UTF-16 first and can silently turn a UTF-8 file into
nonsense; the decoded text goes to praatio's parser.

Default tier choice (when the user names none): interval tiers whose name
looks like a transcription ("utterance", "sentence", "transcription", ...),
else every tier that is neither fine-grained (phones, syllables, words) nor
a gloss or note — MFA writes one such tier per speaker, named after the
speaker, so the tier name becomes the speaker; else the least fine-grained
tier (the one with the most text per interval). Empty and silence-marked
intervals ("", "sil", "sp", "<p:>", ...) are skipped.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mms_studio.core import atomic
from mms_studio.core.errors import FormatError
from mms_studio.core.formats.elan import TierInfo
from mms_studio.core.formats.labels import clean
from mms_studio.core.formats.media import media_duration, same_stem_audio
from mms_studio.core.importing.plan import ImportOptions, ImportPlan, PlannedClip, Skipped
from mms_studio.core.transcript import Transcription

SILENCE_LABELS = frozenset({"", "sil", "sp", "spn", "<p:>", "<sil>", "<s>", "</s>", "#", "_",
                            "pau", "silence", "<silence>", "<p>", "..."})
_TRANSCRIPTION_LIKE = re.compile(r"utter|sentence|transcri|phrase|\btext|ortho", re.I)
_FINE = re.compile(r"phon|segment|syll|nucle|word|\bseg\b|mau|\bph\b", re.I)
_NEVER = re.compile(r"gloss|transl|note|comment|pitch|tone|^_", re.I)


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


def decode(data: bytes, name: str) -> str:
    """Text of a Praat file in any encoding Praat writes; `FormatError` otherwise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FormatError(f"{name} says it is UTF-16 but is damaged.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if len(data) >= 2 and (data[0] == 0 or data[1] == 0):  # UTF-16 without a BOM
        try:
            return data.decode("utf-16-be" if data[0] == 0 else "utf-16-le")
        except UnicodeDecodeError:
            pass
    raise FormatError(f"{name} is neither UTF-8 nor UTF-16 text; save it again from Praat "
                      "(Praat writes UTF-16 or UTF-8).")


def read_textgrid(path: str | Path) -> tuple[float, float, list[TextGridTier]]:
    """(xmin, xmax, tiers) of a TextGrid, validated: intervals in order, not overlapping."""
    from praatio.utilities import errors as praat_errors
    from praatio.utilities import textgrid_io

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"The TextGrid {path.name} could not be read ({exc.strerror}).") from exc
    text = decode(data, path.name)
    if "ooTextFile" not in text[:200] or "TextGrid" not in text[:200]:
        raise FormatError(f"{path.name} is not a Praat TextGrid (its header is missing).")
    try:
        parsed = textgrid_io.parseTextgridStr(text, includeEmptyIntervals=True)
        tiers = [TextGridTier(
            name=str(t["name"]), kind=t["class"],
            intervals=tuple(
                Interval(float(e[0]), float(e[1]), e[2]) if t["class"] == "IntervalTier"
                else Interval(float(e[0]), float(e[0]), e[1]) for e in t["entries"]))
            for t in parsed["tiers"]]
        xmin, xmax = float(parsed["xmin"]), float(parsed["xmax"])
    except (praat_errors.PraatioException, ValueError, IndexError, KeyError, TypeError) as exc:
        raise FormatError(f"{path.name} is a damaged or incomplete TextGrid; open it in Praat "
                          "and save it again.") from exc
    declared = _declared_sizes(text)
    if declared is not None and declared != [len(t.intervals) for t in tiers]:
        # praatio stops quietly where a file was cut off; Praat would refuse it
        raise FormatError(f"{path.name} is a damaged or incomplete TextGrid (it announces more "
                          "intervals than it holds); open it in Praat and save it again.")
    for tier in tiers:
        if tier.kind != "IntervalTier":
            continue
        previous = None
        for interval in tier.intervals:
            if interval.end <= interval.start:
                raise FormatError(f"In {path.name} tier “{tier.name}” has an interval ending "
                                  f"({interval.end:.3f} s) before it starts "
                                  f"({interval.start:.3f} s).")
            if interval.start < 0:
                raise FormatError(f"In {path.name} tier “{tier.name}” has an interval at a "
                                  "negative time.")
            if previous is not None and interval.start < previous.end - 1e-6:
                raise FormatError(f"In {path.name} tier “{tier.name}” has overlapping intervals "
                                  f"at {interval.start:.3f} s.")
            previous = interval
    return xmin, xmax, tiers


def list_tiers(path: str | Path) -> list[TierInfo]:
    """Every tier in file order, in the same shape as ELAN's (kind as the linguistic type)."""
    _xmin, _xmax, tiers = read_textgrid(path)
    return [TierInfo(name=t.name, linguistic_type=t.kind, participant="",
                     annotations=len(t.intervals), time_alignable=True,
                     non_empty=sum(1 for i in t.intervals if _spoken(i)))
            for t in tiers]


def _declared_sizes(text: str) -> list[int] | None:
    """Entry counts the file announces per tier, or None when they cannot be read reliably."""
    long_sizes = re.findall(r"^\s*(?:intervals|points): size = (\d+)", text, flags=re.M)
    if long_sizes:
        return [int(n) for n in long_sizes]
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    sizes = []
    for i, line in enumerate(lines):
        if line in ('"IntervalTier"', '"TextTier"'):
            try:
                sizes.append(int(lines[i + 4]))
            except (IndexError, ValueError):  # a tier name spanning lines: do not guess
                return None
    return sizes


def _spoken(interval: Interval) -> str:
    text = clean(interval.text)
    return "" if text.casefold() in SILENCE_LABELS else text


def _choose(tiers: list[TextGridTier], options: ImportOptions, name: str
            ) -> tuple[list[tuple[TextGridTier, str | None]], list[Skipped]]:
    """[(tier, speaker)] to import and what was passed over."""
    if options.tiers or options.tier_indexes:
        chosen = [t for i, t in enumerate(tiers)
                  if t.name in options.tiers or i in options.tier_indexes]
        skipped = []
        for tier in [t for t in chosen if t.kind != "IntervalTier"]:
            skipped.append(Skipped(f"{name} tier “{tier.name}”", "It is a point tier; only "
                                   "interval tiers have stretches of speech to cut."))
        chosen = [t for t in chosen if t.kind == "IntervalTier"]
        if not chosen and not skipped:
            asked = [*options.tiers, *(f"#{i}" for i in options.tier_indexes)]
            skipped.append(Skipped(name, f"No tier matches {', '.join(asked)}; its tiers are: "
                                         f"{', '.join(t.name for t in tiers) or 'none'}."))
        return [(t, None) for t in chosen], skipped
    candidates = [t for t in tiers if t.kind == "IntervalTier"
                  and any(_spoken(i) for i in t.intervals)]
    if not candidates:
        return [], [Skipped(name, "It has no interval tier with any text.")]
    like = [t for t in candidates if _TRANSCRIPTION_LIKE.search(t.name)]
    if like:
        chosen = [(t, None) for t in like]
    elif plain := [t for t in candidates if not _FINE.search(t.name) and not _NEVER.search(t.name)]:
        chosen = [(t, t.name) for t in plain]
    else:
        usable = [t for t in candidates if not _NEVER.search(t.name)] or candidates
        chosen = [(max(usable, key=_text_per_interval), None)]
    taken = {t.name for t, _ in chosen}
    skipped = [Skipped(f"{name} tier “{t.name}”", "Not imported by default; choose it with "
                                                  "--tier if it holds the transcription.")
               for t in tiers if t.name not in taken]
    return chosen, skipped


def _text_per_interval(tier: TextGridTier) -> float:
    spoken = [_spoken(i) for i in tier.intervals if _spoken(i)]
    return sum(len(s) for s in spoken) / max(1, len(spoken))


def plan_textgrid(path: Path, options: ImportOptions) -> ImportPlan:
    """Clips for the chosen interval tiers, cut from the same-named recording beside the file.

    Read-only. `FormatError` for a file that is not a valid TextGrid (bad
    encoding, truncated, overlapping or backwards intervals); a missing
    recording becomes a `Skipped` entry.
    """
    path = Path(path)
    _xmin, _xmax, tiers = read_textgrid(path)
    plan = ImportPlan()
    chosen, passed_over = _choose(tiers, options, path.name)
    plan.skipped.extend(passed_over)
    if not chosen:
        return plan
    media = same_stem_audio(path)
    if media is None:
        count = sum(1 for t, _ in chosen for i in t.intervals if _spoken(i))
        plan.skipped.append(Skipped(path.name, f"Its recording ({path.stem}.wav or another audio "
                                               f"file named {path.stem}) was not found next to "
                                               f"it, so its {count} interval(s) were not "
                                               "imported."))
        return plan
    duration = media_duration(media)
    if duration is None:
        plan.skipped.append(Skipped(path.name, f"Its recording {media.name} cannot be read."))
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
                plan.skipped.append(Skipped(f"{where} #{index}", "The interval starts after the "
                                                                 f"end of {media.name}."))
                continue
            plan.clips.append(PlannedClip(
                media=media, transcript=text,
                start=max(0.0, round(interval.start - options.padding, 3)),
                end=min(duration, round(interval.end + options.padding, 3)),
                speaker=options.speaker or speaker, split=options.split,
                source=f"{where} #{index}"))
        if silent:
            plan.skipped.append(Skipped(where, f"{silent} empty or silence interval(s)."))
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

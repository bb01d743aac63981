"""The orthography report: what a linguist should check in the transcripts before training.

A recogniser learns exactly the characters it is shown. Two apostrophes that look the same,
a Cyrillic "а" typed into Latin text, a letter typed once by mistake or text pasted in
decomposed (NFD) form each become separate, badly trained units. This report lists them
with counts and example clips so they can be fixed at the source, and shows the unit
inventory (the future vocabulary) and what cleaning removes.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mms_studio.core.text.graphemes import describe, is_mark, script_of
from mms_studio.core.text.normalize import WORD_DELIMITER, Normalizer
from mms_studio.core.text.vocab import Vocabulary

MAX_EXAMPLES = 3
RARE_COUNT = 2
"""A unit seen this many times or fewer is listed as rare (often a typing mistake)."""

APOSTROPHES = "'\u2019\u02bc\u02bb`\u00b4\u2018\u2032\ua78c"
"""' ’ ʼ ʻ ` ´ ‘ ′ ꞌ: used interchangeably by typists, different characters to a recogniser."""

HOMOGLYPHS: tuple[tuple[str, str], ...] = tuple(
    (latin, other) for latin, others in {
        "a": "аα", "c": "с", "e": "е", "i": "іι", "j": "ј", "o": "оο", "p": "рρ", "s": "ѕ",
        "x": "хχ", "y": "уγ", "v": "ν", "h": "һ", "k": "κ", "u": "υ",
        "A": "АΑ", "B": "ВΒ", "C": "С", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "J": "Ј", "K": "КΚ",
        "M": "МΜ", "N": "Ν", "O": "ОΟ", "P": "РΡ", "S": "Ѕ", "T": "ТΤ", "X": "ХΧ", "Y": "ΥҮ",
        "Z": "Ζ", "\u025b": "ε", "\u0263": "γ", "\u0278": "φ", "\u028b": "υ", "\u0269": "ι",
        "\u0254": "ͻ",
    }.items() for other in others)
"""(Latin, look-alike) pairs; Latin ɛ ɣ ɸ ʋ ɩ ɔ are common in African orthographies."""

_SHARED_SCRIPTS = {"CJK": "HAN-KANA", "HIRAGANA": "HAN-KANA", "KATAKANA": "HAN-KANA",
                   "KATAKANA-HIRAGANA": "HAN-KANA"}
"""Scripts that legitimately mix inside one word (Japanese) count as one."""


@dataclass(frozen=True)
class UnitCount:
    """A unit (letter, cluster, multigraph or character) with how often and where it occurs."""

    unit: str
    count: int
    examples: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "codepoints": [f"U+{ord(c):04X}" for c in self.unit],
                "names": [unicodedata.name(c, "UNNAMED") for c in self.unit],
                "count": self.count, "examples": list(self.examples)}


@dataclass(frozen=True)
class LookalikeGroup:
    """Characters that look alike and all occur in this project's transcripts."""

    label: str
    chars: tuple[UnitCount, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "chars": [c.to_dict() for c in self.chars]}


@dataclass(frozen=True)
class MixedScriptWord:
    clip_id: str
    word: str
    scripts: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"clip_id": self.clip_id, "word": self.word, "scripts": list(self.scripts)}


class _Tally:
    """Counts of things with the first few clip ids each was seen in."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)

    def add(self, key: str, clip_id: str, n: int = 1) -> None:
        self.counts[key] += n
        seen = self.examples[key]
        if len(seen) < MAX_EXAMPLES and clip_id not in seen:
            seen.append(clip_id)

    def entry(self, key: str) -> UnitCount:
        return UnitCount(key, self.counts[key], tuple(self.examples[key]))

    def entries(self, keys: Iterable[str] | None = None) -> tuple[UnitCount, ...]:
        chosen = self.counts if keys is None else keys
        return tuple(sorted((self.entry(k) for k in chosen), key=lambda e: (-e.count, e.unit)))


@dataclass(frozen=True)
class OrthographyReport:
    """Findings over a set of transcripts; `to_text()` for people, `to_dict()` for the GUI."""

    clips: int
    inventory: tuple[UnitCount, ...]
    rare: tuple[UnitCount, ...]
    loose_marks: tuple[UnitCount, ...]
    unknown: tuple[UnitCount, ...] | None
    removed: tuple[UnitCount, ...]
    not_nfc: tuple[str, ...]
    lookalikes: tuple[LookalikeGroup, ...]
    mixed_script_words: tuple[MixedScriptWord, ...]
    empty: tuple[str, ...]
    digits: tuple[UnitCount, ...] = ()

    @property
    def problem_count(self) -> int:
        """Findings worth a look (the inventory and removed characters are information)."""
        return (len(self.rare) + len(self.loose_marks) + len(self.unknown or ())
                + len(self.not_nfc) + len(self.lookalikes) + len(self.mixed_script_words)
                + len(self.empty) + len(self.digits))

    def to_dict(self) -> dict[str, Any]:
        def units(entries: Iterable[UnitCount] | None) -> list[dict[str, Any]] | None:
            return None if entries is None else [e.to_dict() for e in entries]
        return {
            "clips": self.clips,
            "inventory": units(self.inventory),
            "rare": units(self.rare),
            "loose_marks": units(self.loose_marks),
            "unknown": units(self.unknown),
            "removed": units(self.removed),
            "not_nfc": list(self.not_nfc),
            "lookalikes": [g.to_dict() for g in self.lookalikes],
            "mixed_script_words": [w.to_dict() for w in self.mixed_script_words],
            "empty": list(self.empty),
            "digits": units(self.digits),
            "problem_count": self.problem_count,
        }

    def to_text(self) -> str:
        lines = [f"Orthography report: {self.clips} transcripts, "
                 f"{len(self.inventory)} different units, {self.problem_count} things to check.",
                 ""]

        def section(title: str, why: str, rows: list[str]) -> None:
            if rows:
                lines.extend([title, f"  {why}", *rows, ""])

        section("Units (most frequent first)", "These become the recogniser's vocabulary.",
                [_row(e) for e in self.inventory])
        section("Rare units", f"Used {RARE_COUNT} times or fewer: often a typing mistake.",
                [_row(e) for e in self.rare])
        section("Loose combining marks", "A mark with no letter before it: check the spacing.",
                [_row(e) for e in self.loose_marks])
        if self.unknown is not None:
            section("Not in the vocabulary", "The recogniser cannot write these (they become [UNK]).",
                    [_row(e) for e in self.unknown])
        section("Removed by text cleaning", "Punctuation and symbols the recogniser will not learn.",
                [_row(e) for e in self.removed])
        section("Look-alike characters", "Different characters that look the same: pick one.",
                [f"  {g.label}: " + ", ".join(
                    f"“{c.unit}” {describe(c.unit)} ×{c.count} (e.g. {', '.join(c.examples)})"
                    for c in g.chars) for g in self.lookalikes])
        section("Digits", "Speech has no digits: write numbers as words, the way they are said.",
                [_row(e) for e in self.digits])
        section("Words mixing scripts", "Usually a letter typed with the wrong keyboard.",
                [f"  “{w.word}” in {w.clip_id}: {' + '.join(w.scripts)}"
                 for w in self.mixed_script_words])
        section("Not in composed (NFC) form",
                "Cleaned automatically; the original text uses decomposed letters.",
                _ids(self.not_nfc))
        section("Empty after cleaning", "These transcripts have no letters left: fix or exclude them.",
                _ids(self.empty))
        return "\n".join(lines).rstrip() + "\n"


def _row(entry: UnitCount) -> str:
    return (f"  {entry.unit}\t×{entry.count}\t{describe(entry.unit)}"
            f"\te.g. {', '.join(entry.examples)}")


def _ids(ids: tuple[str, ...], limit: int = 20) -> list[str]:
    shown = [f"  {clip_id}" for clip_id in ids[:limit]]
    if len(ids) > limit:
        shown.append(f"  … and {len(ids) - limit} more")
    return shown


def _scripts(word: str) -> tuple[str, ...]:
    found = {_SHARED_SCRIPTS.get(s, s) for s in map(script_of, word) if s}
    return tuple(sorted(found))


def orthography_report(items: Iterable[tuple[str, str]], normalizer: Normalizer,
                       vocab: Vocabulary | None = None) -> OrthographyReport:
    """Check `(clip_id, transcript)` pairs as `normalizer` will clean them.

    vocab: an adapter's vocabulary to check against (units it lacks are listed as
    unknown); None skips that check.
    """
    units, unknown, removed, chars = _Tally(), _Tally(), _Tally(), _Tally()
    not_nfc: list[str] = []
    empty: list[str] = []
    mixed: list[MixedScriptWord] = []
    clips = 0
    for clip_id, text in items:
        clip_id = str(clip_id)
        clips += 1
        if not unicodedata.is_normalized("NFC", text):
            not_nfc.append(clip_id)
        nfc = unicodedata.normalize("NFC", text)
        for char in nfc:
            chars.add(char, clip_id)
        for char in normalizer.prepare(text):
            if normalizer.disposition(char) == "remove" and not char.isspace():
                removed.add(char, clip_id)
        cleaned = normalizer.normalize(text)
        if not cleaned:
            empty.append(clip_id)
            continue
        for word in cleaned.split(" "):
            scripts = _scripts(word)
            if len(scripts) > 1:
                mixed.append(MixedScriptWord(clip_id, word, scripts))
        for unit in normalizer.tokens(text):
            if unit == WORD_DELIMITER:
                continue
            units.add(unit, clip_id)
            if vocab is not None and unit not in vocab:
                unknown.add(unit, clip_id)

    inventory = units.entries()
    return OrthographyReport(
        clips=clips,
        inventory=inventory,
        rare=tuple(e for e in inventory if e.count <= RARE_COUNT),
        loose_marks=tuple(e for e in inventory if all(is_mark(c) for c in e.unit)),
        unknown=unknown.entries() if vocab is not None else None,
        removed=removed.entries(),
        not_nfc=tuple(not_nfc),
        lookalikes=_lookalikes(chars),
        mixed_script_words=tuple(mixed),
        empty=tuple(empty),
        digits=tuple(e for e in inventory if any(unicodedata.category(c) == "Nd" for c in e.unit)),
    )


def _lookalikes(chars: _Tally) -> tuple[LookalikeGroup, ...]:
    groups: list[LookalikeGroup] = []
    apostrophes = [c for c in APOSTROPHES if chars.counts[c]]
    if len(apostrophes) > 1:
        groups.append(LookalikeGroup("apostrophe-like characters", chars.entries(apostrophes)))
    for latin, other in HOMOGLYPHS:
        if chars.counts[latin] and chars.counts[other]:
            other_script = (script_of(other) or "other").capitalize()
            groups.append(LookalikeGroup(f"Latin {latin} and {other_script} {other}",
                                         (chars.entry(latin), chars.entry(other))))
    return tuple(groups)

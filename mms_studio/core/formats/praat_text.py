"""Praat's text formats for TextGrids, read the way Praat reads them: as a stream of values.

Praat writes a TextGrid as a *long* text file (`xmin = 0`, `intervals [1]:`), a
*short* one (the same values without the labels) or a *chronological* one
(`"Praat chronological TextGrid text file"`: the tiers declared first, then every
interval and point of every tier in time order, each prefixed by its tier number).
Praat's reader skips everything that is not a number, a "string" or an <flag>:
the labels are comments to it. So a point tier written with `time =` where Praat
writes `number =` reads fine in Praat, and must read fine here; praatio matches
the labels and calls such files damaged.

Each tier is read on its own: when one tier is damaged (cut short, a string where a
time should be) the reader records why and resumes at the next tier's class name,
so the other tiers, often the one holding the transcript, still come in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mms_studio.core.errors import FormatError

CHRONOLOGICAL = "Praat chronological TextGrid text file"
TIER_CLASSES = ("IntervalTier", "TextTier")

_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_LABEL = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


@dataclass(frozen=True)
class Token:
    kind: str        # "num" | "str" | "flag"
    value: object    # float | str
    line: int


@dataclass(frozen=True)
class Entry:
    start: float
    end: float       # == start for a point
    text: str


@dataclass(frozen=True)
class RawTier:
    name: str
    kind: str                   # "IntervalTier" | "TextTier"
    entries: tuple[Entry, ...]
    problem: str | None = None  # why this tier cannot be used (damaged), None when whole


class _Damaged(Exception):
    """One tier cannot be read; the message says why (for the report)."""


def tokens(text: str) -> list[Token]:
    """Numbers, strings and <flags> of a Praat text file, in order, with their line numbers."""
    out: list[Token] = []
    i, n, line = 0, len(text), 1
    while i < n:
        char = text[i]
        if char == "\n":
            line += 1
            i += 1
        elif char.isspace():
            i += 1
        elif char == '"':
            start_line = line
            parts = []
            i += 1
            while True:
                close = text.find('"', i)
                if close < 0:
                    raise _Damaged(f"a text starting at line {start_line} is never closed")
                parts.append(text[i:close])
                if close + 1 < n and text[close + 1] == '"':  # "" is a quote inside a text
                    parts.append('"')
                    i = close + 2
                    continue
                i = close + 1
                break
            value = "".join(parts)
            line += value.count("\n")
            out.append(Token("str", value, start_line))
        elif char == "!":  # comment to the end of the line
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif char == "[":  # an index in a label ("intervals [3]:"); never a value
            end = text.find("]", i)
            i = n if end < 0 else end + 1
        elif char == "<":
            end = text.find(">", i)
            if end < 0:
                i += 1
                continue
            out.append(Token("flag", text[i + 1:end], line))
            i = end + 1
        elif (match := _NUMBER.match(text, i)) and not (i and (text[i - 1].isalnum()
                                                                or text[i - 1] == "_")):
            out.append(Token("num", float(match.group(0)), line))
            i = match.end()
        elif match := _LABEL.match(text, i):
            i = match.end()
        else:
            i += 1
    return out


class _Stream:
    def __init__(self, items: list[Token]) -> None:
        self.items = items
        self.at = 0

    def done(self) -> bool:
        return self.at >= len(self.items)

    def _next(self, kind: str, what: str) -> Token:
        if self.at >= len(self.items):
            raise _Damaged(f"the file ends where {what} should be (it is cut short)")
        token = self.items[self.at]
        if token.kind != kind:
            shown = f"“{token.value}”" if token.kind == "str" else str(token.value)
            raise _Damaged(f"line {token.line} has {shown} where {what} should be")
        self.at += 1
        return token

    def number(self, what: str) -> float:
        value = float(self._next("num", what).value)  # type: ignore[arg-type]
        if value != value or value in (float("inf"), float("-inf")):
            raise _Damaged(f"{what} is not a number")
        return value

    def count(self, what: str) -> int:
        value = self.number(what)
        if value < 0 or value != int(value) or value > 10_000_000:
            raise _Damaged(f"{what} ({value:g}) is not a sensible count")
        return int(value)

    def string(self, what: str) -> str:
        return str(self._next("str", what).value)

    def flag(self) -> str | None:
        if self.at < len(self.items) and self.items[self.at].kind == "flag":
            self.at += 1
            return str(self.items[self.at - 1].value)
        return None

    def next_tier(self, after: int) -> int | None:
        """Index of the next tier class name after token `after` (where to resume)."""
        for index in range(after + 1, len(self.items) - 1):
            token, following = self.items[index], self.items[index + 1]
            if token.kind == "str" and token.value in TIER_CLASSES and following.kind == "str":
                return index
        return None


def parse(text: str, name: str) -> tuple[float, float, list[RawTier]]:
    """(xmin, xmax, tiers) of a TextGrid in any of Praat's three text formats.

    Raises `FormatError` when the file is not a text TextGrid or its header is damaged;
    a damaged tier is returned with its `problem` set instead.
    """
    try:
        stream = _Stream(tokens(text))
    except _Damaged as exc:
        raise FormatError(f"{name} is a damaged TextGrid ({exc}); open it in Praat and save it "
                          "again.") from exc
    first = stream.items[0] if stream.items else None
    if first is not None and first.kind == "str" and first.value == CHRONOLOGICAL:
        stream.at = 1
        return _chronological(stream, name)
    if (len(stream.items) < 2 or stream.items[0].kind != "str"
            or not str(stream.items[0].value).startswith("ooTextFile")
            or stream.items[1].kind != "str"
            or not str(stream.items[1].value).startswith("TextGrid")):
        raise FormatError(f"{name} is not a Praat TextGrid (its header is missing).")
    stream.at = 2
    try:
        xmin, xmax = stream.number("the start time"), stream.number("the end time")
        exists = stream.flag()
        count = 0 if exists == "absent" else stream.count("the number of tiers")
    except _Damaged as exc:
        raise FormatError(f"{name} is a damaged TextGrid ({exc}); open it in Praat and save it "
                          "again.") from exc
    tiers: list[RawTier] = []
    for number in range(1, count + 1):
        if stream.done():
            tiers.append(RawTier(f"#{number}", "IntervalTier", (), "the file ends before this "
                                 "tier (it is cut short)"))
            continue
        begin = stream.at
        try:
            tiers.append(_tier(stream))
        except _Damaged as exc:
            tier_name = _name_at(stream, begin, number)
            tiers.append(RawTier(tier_name, _class_at(stream, begin), (), str(exc)))
            resume = stream.next_tier(begin)
            stream.at = resume if resume is not None else len(stream.items)
    return xmin, xmax, tiers


def _name_at(stream: _Stream, begin: int, number: int) -> str:
    items = stream.items
    if begin + 1 < len(items) and items[begin].kind == "str" and items[begin + 1].kind == "str":
        return str(items[begin + 1].value)
    return f"#{number}"


def _class_at(stream: _Stream, begin: int) -> str:
    token = stream.items[begin] if begin < len(stream.items) else None
    return str(token.value) if token and token.value in TIER_CLASSES else "IntervalTier"


def _tier(stream: _Stream) -> RawTier:
    kind = stream.string("a tier class (IntervalTier or TextTier)")
    if kind not in TIER_CLASSES:
        raise _Damaged(f"its class “{kind}” is not a TextGrid tier")
    name = stream.string("the tier name")
    stream.number("the tier's start time")
    stream.number("the tier's end time")
    size = stream.count("the number of entries")
    entries = []
    for _ in range(size):
        if kind == "IntervalTier":
            start, end = stream.number("an interval start"), stream.number("an interval end")
            entries.append(Entry(start, end, stream.string("an interval text")))
        else:
            time = stream.number("a point time")
            entries.append(Entry(time, time, stream.string("a point text")))
    return RawTier(name, kind, tuple(entries))


def _chronological(stream: _Stream, name: str) -> tuple[float, float, list[RawTier]]:
    try:
        xmin, xmax = stream.number("the start time"), stream.number("the end time")
        count = stream.count("the number of tiers")
        declared = []
        for _ in range(count):
            kind = stream.string("a tier class")
            if kind not in TIER_CLASSES:
                raise _Damaged(f"the class “{kind}” is not a TextGrid tier")
            tier_name = stream.string("a tier name")
            stream.number("a tier start time")
            stream.number("a tier end time")
            declared.append((tier_name, kind))
    except _Damaged as exc:
        raise FormatError(f"{name} is a damaged chronological TextGrid ({exc}); open it in "
                          "Praat and save it again.") from exc
    entries: list[list[Entry]] = [[] for _ in declared]
    problems: list[str | None] = [None for _ in declared]
    while not stream.done():
        try:
            number = stream.count("a tier number")
            if not 1 <= number <= len(declared):
                raise _Damaged(f"an entry names tier {number}, but there are {len(declared)}")
            kind = declared[number - 1][1]
            if kind == "IntervalTier":
                start, end = stream.number("an interval start"), stream.number("an interval end")
                entries[number - 1].append(Entry(start, end, stream.string("an interval text")))
            else:
                time = stream.number("a point time")
                entries[number - 1].append(Entry(time, time, stream.string("a point text")))
        except _Damaged as exc:
            # entries of all tiers interleave: past this point no tier is known to be whole
            for index in range(len(declared)):
                problems[index] = problems[index] or f"the file is damaged after it ({exc})"
            break
    return xmin, xmax, [RawTier(n, k, tuple(sorted(e, key=lambda x: (x.start, x.end))), p)
                        for (n, k), e, p in zip(declared, entries, problems, strict=True)]

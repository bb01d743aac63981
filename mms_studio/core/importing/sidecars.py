"""Transcript files beside a recording, in the layouts other tools write them.

A `story1.txt` or `.lab` beside `story1.wav` is usually the plain sentence. But
corpora built by other tools keep their own line formats there, and taking them
verbatim puts ids and times into the transcript:

- `f000001|the text` or `id|raw text|normalised text` (LJSpeech, Coqui TTS and
  their derivatives): the id is dropped and the first text field kept;
- `story1 the text` (Kaldi's `text` line, the recording's own name first): the
  name is dropped;
- `0 4500000 word` lines (HTK/MFA timed labels, times in 100 ns units or
  seconds): the labels are joined, silence labels left out.

Anything else is plain text, its lines joined by spaces. `read_sidecar` says which
layout it recognised, so the import report can tell the user what was taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mms_studio.core.tasks import Message

_PIPE_ID = re.compile(r"^\s*([^\s|]+)\|([^|]*)(?:\|.*)?$")
_TIMED = re.compile(r"^\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\S.*?)\s*$")
_SILENCE = frozenset({"sil", "sp", "spn", "<sil>", "<s>", "</s>", "#", "pau", "silence"})


@dataclass(frozen=True)
class Sidecar:
    text: str
    layout: str                  # "plain" | "id|text" | "kaldi" | "timed labels"
    note: Message | None = None  # what was left out, for the report


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; `UnicodeDecodeError` otherwise."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    return data.decode("utf-8-sig")


def parse_sidecar(text: str, *, stem: str) -> Sidecar:
    """The transcript in `text`, a sidecar of the recording named `stem`."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
             if line.strip()]
    if not lines:
        return Sidecar("", "plain")
    piped = [m for line in lines if (m := _PIPE_ID.match(line))]
    if len(piped) == len(lines):
        mine = [m for m in piped if m.group(1) == stem] or (piped if len(piped) == 1 else [])
        if mine:
            return Sidecar(" ".join(mine[0].group(2).split()), "id|text", Message(
                "Read as an “id|text” line (another tool's layout); the id “{id}” was left "
                "out", id=mine[0].group(1)))
    timed = [m for line in lines if (m := _TIMED.match(line))]
    if len(timed) == len(lines) and len(lines) >= 1 and all(
            float(m.group(1)) <= float(m.group(2)) for m in timed):
        words = [m.group(3).split()[0] for m in timed
                 if m.group(3).split()[0].casefold() not in _SILENCE]
        return Sidecar(" ".join(words), "timed labels", Message(
            "Read as timed labels (start end label lines); the times were left out"))
    first, _, rest = lines[0].strip().partition(" ")
    if len(lines) == 1 and first == stem and rest.strip():
        return Sidecar(" ".join(rest.split()), "kaldi", Message(
            "The recording's name “{id}” at the start of the line was left out", id=first))
    return Sidecar(" ".join(" ".join(lines).split()), "plain")


def read_sidecar(path: Path, *, stem: str) -> Sidecar:
    """`parse_sidecar` of a file; `OSError`/`UnicodeDecodeError` when it cannot be read as text."""
    return parse_sidecar(decode(path.read_bytes()), stem=stem)

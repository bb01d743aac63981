"""Annotation markup inside transcript text: found, reported, and removed on request.

Corpora write conventions into their labels that are not speech: XML-like tags
(`<cut type="false start"/>`, `<laugh>`), numbered unit prefixes left by
segmentation tools (`ipu_12 bonjour`, `seg3:`), bracketed events (`[noise]`,
`{breath}`). Trained as text they teach the model letters nobody says. Whether a
bracket is markup is the corpus' own convention, so removal is an import option
(`ImportOptions.strip_markup`); without it the clip is kept as it is and flagged
for review with the markup named.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*/?>")
_UNIT_PREFIX = re.compile(r"^\s*(?:ipu|seg|utt|turn|unit)[_-]?\d+\s*[:.)-]?(?=\s|$)", re.I)
_EVENT = re.compile(r"\[[^\[\]]{1,40}\]|\{[^{}]{1,40}\}")

KINDS = (("tag", _TAG), ("unit prefix", _UNIT_PREFIX), ("bracketed event", _EVENT))


def find_markup(text: str) -> list[str]:
    """Examples of markup in `text` (at most one per kind), empty when there is none."""
    found = []
    for _kind, pattern in KINDS:
        match = pattern.search(text)
        if match:
            example = match.group(0).strip()
            found.append(example if len(example) <= 30 else example[:27] + "…")
    return found


def strip_markup(text: str) -> str:
    """`text` with every kind of markup removed and spaces tidied."""
    for _kind, pattern in KINDS:
        text = pattern.sub(" ", text)
    return " ".join(text.split())

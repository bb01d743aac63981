"""Which tier of an annotation file holds the transcript, when the user did not say.

Annotation files hold many tiers besides the transcript: phones, syllables,
tones ("tonicVowel" with labels "T"), error codes, glosses, notes, numbered
units ("ipu_12"). Taking the first tier, or every tier with an unknown name,
imports single letters as sentences. The choice here looks at three things:

- the name: transcription-like names ("utterance", "sentence", "transcription",
  "text", "ortho", "words") are preferred; names of commentary tiers (gloss,
  translation, note, error, comment, tone, pitch, "_"-prefixed helpers) are
  taken only when nothing else has text;
- the content: the most text, in words rather than single letters or unit ids
  (`score`);
- the speaker: several tiers are read as one transcript per speaker only when
  each is named like a person (`looks_like_speaker`) and holds running text
  (MFA's one-tier-per-speaker layout); a name like "IPU" or "words" is never a
  speaker.

`describe_choice` says which tier was taken and why, for the import report.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from mms_studio.core.tasks import Message

TRANSCRIPTION_NAME = re.compile(
    r"transcri|utter|sentence|phrase|\btext\b|^text|ortho|^tx\b|^words?\b", re.I)
COMMENTARY_NAME = re.compile(
    r"^_|gloss|transl|note|comment|remark|error|mistake|correct|tone|tonic|pitch|intonat|"
    r"\bpos\b|lemma|morph|vad\b|break|prosod|accent|stress|f0|label|tag|check|code", re.I)
FINE_NAME = re.compile(r"phon|segment|syll|nucle|\bseg\b|mau|\bph\b|letter|char|vowel|conson",
                       re.I)
_NOT_A_PERSON = re.compile(
    r"transcri|utter|sentence|phrase|text|ortho|word|phon|segment|syll|tier|ipu|tone|tonic|"
    r"vowel|conson|gloss|transl|note|comment|error|pitch|label|mark|point|event|interval|"
    r"annot|default|token|morph|lemma|\bpos\b|silence|pause|vad|turn|unit|chunk|task|"
    r"stimul|condition|trial|block|prompt|item", re.I)
_UNIT_ID = re.compile(r"^[A-Za-z]+[_-]?\d+$")
_WORD_LEVEL = re.compile(r"^words?\b", re.I)


@dataclass(frozen=True)
class Candidate:
    """One tier as the chooser sees it."""

    name: str
    labels: tuple[str, ...]      # its non-empty, non-silence labels
    participant: str = ""        # ELAN's PARTICIPANT attribute
    kind: str = ""               # ELAN's linguistic type id (a name that may say "transcription")


@dataclass(frozen=True)
class Content:
    letters: int          # characters that are not spaces
    junk_share: float     # labels that are one letter or a unit id ("T", "ipu_3")
    words_per_label: float


def content(labels: Sequence[str]) -> Content:
    if not labels:
        return Content(0, 1.0, 0.0)
    letters = sum(len(label.replace(" ", "")) for label in labels)
    junk = sum(1 for label in labels if len(label.strip()) <= 1 or _UNIT_ID.match(label.strip()))
    words = sum(len(label.split()) for label in labels)
    return Content(letters, junk / len(labels), words / len(labels))


def score(labels: Sequence[str]) -> float:
    """How much running text a tier holds: letters, discounted for single letters and ids,
    weighted up for longer labels (a words tier beats a phones tier with as many letters)."""
    found = content(labels)
    if not found.letters:
        return 0.0
    per_label = found.letters / max(1, len(labels))
    return found.letters * (1.0 - found.junk_share) * math.log2(1.0 + per_label)


def looks_like_speaker(name: str) -> bool:
    """True for a tier name that can be a person's name or code ("Ana", "spk2", "M01")."""
    stripped = name.strip()
    if not stripped or len(stripped) > 40 or _NOT_A_PERSON.search(stripped):
        return False
    return bool(re.search(r"\w", stripped))


def _named(candidate: Candidate) -> bool:
    return bool(TRANSCRIPTION_NAME.search(candidate.name)
                or (candidate.kind and (TRANSCRIPTION_NAME.search(candidate.kind)
                                        or candidate.kind == "default-lt")
                    and not COMMENTARY_NAME.search(candidate.name)))


def _runs_text(candidate: Candidate) -> bool:
    found = content(candidate.labels)
    return found.letters > 0 and found.junk_share < 0.5


@dataclass(frozen=True)
class Choice:
    """The tiers taken (with the speaker each one gives), and one sentence saying why."""

    taken: tuple[tuple[Candidate, str | None], ...]
    why: Message


def choose(candidates: Sequence[Candidate], *, several: bool = True) -> Choice | None:
    """The transcript tier(s) among `candidates` (tiers with text), or None when there are none.

    several: take every tier named as a transcription (TextGrids from MFA-style tools
    hold one per speaker); False takes one, or one per participant (ELAN).
    """
    with_text = [c for c in candidates if c.labels]
    if not with_text:
        return None
    usable = [c for c in with_text if not COMMENTARY_NAME.search(c.name)] or with_text
    by_participant = {c.participant for c in usable if c.participant}
    named = [c for c in usable if _named(c) and _runs_text(c)]
    # a sentence-level tier beats a word-level one: "utterance" and "words" are not two speakers
    named = [c for c in named if not _WORD_LEVEL.match(c.name)] or named
    if len(by_participant) > 1:
        # ELAN: one transcript tier per participant, the best-scoring one of each
        taken = []
        for person in dict.fromkeys(c.participant for c in usable if c.participant):
            own = [c for c in usable if c.participant == person]
            own_named = [c for c in own if _named(c) and _runs_text(c)]
            best = max(own_named or own, key=lambda c: score(c.labels))
            if _runs_text(best):
                taken.append((best, person))
        if taken:
            return Choice(tuple(taken), Message(
                "One transcript tier per participant: {tiers}.",
                tiers=", ".join(f"“{c.name}” ({p})" for c, p in taken)))
    if several and len(named) > 1 and not any(FINE_NAME.search(c.name) for c in named):
        if len(named) > 1:
            return Choice(tuple((c, None) for c in named), Message(
                "Tiers named as transcriptions: {tiers}.",
                tiers=", ".join(f"“{c.name}”" for c in named)))
    if named:
        best = max(named, key=lambda c: score(c.labels))
        return Choice(((best, best.participant or None),), Message(
            "Took tier “{tier}”: its name says it holds the transcription ({count} "
            "annotation(s)).", tier=best.name, count=len(best.labels)))
    speakers = [c for c in usable if looks_like_speaker(c.name) and _runs_text(c)
                and not FINE_NAME.search(c.name)]
    if len(speakers) > 1 and len(speakers) == len([c for c in usable if _runs_text(c)]):
        return Choice(tuple((c, c.participant or c.name) for c in speakers), Message(
            "One tier per speaker, named after the speaker: {tiers}.",
            tiers=", ".join(f"“{c.name}”" for c in speakers)))
    ranked = sorted(usable, key=lambda c: score(c.labels), reverse=True)
    best = ranked[0]
    speaker = best.participant or (best.name if looks_like_speaker(best.name)
                                   and _runs_text(best) and not FINE_NAME.search(best.name)
                                   else None)
    found = content(best.labels)
    return Choice(((best, speaker),), Message(
        "Took tier “{tier}”: it holds the most running text ({letters:,} letters, "
        "{words:.1f} words per annotation).", tier=best.name, letters=found.letters,
        words=found.words_per_label))

"""A synthetic language for the language-model tests: a closed lexicon and a word grammar.

Words come from the devtools lexicon (rendered as letter tones by
`devtools.synth_utterance`); a sentence starts with one of four words and each word
may be followed by only two others, so the texts say a lot about which word comes
next, as real texts do, while the acoustics alone stay ambiguous for a briefly
trained adapter. Novel words use the same letters but are in no text.
"""

from __future__ import annotations

import numpy as np

from mms_studio.core.engine.data import Utterance
from mms_studio.devtools import SYNTH_LETTERS, SYNTH_WORDS, synth_utterance

STARTS = (0, 3, 6, 9)


def successors(i: int) -> tuple[int, int]:
    n = len(SYNTH_WORDS)
    return (i * 3 + 1) % n, (i * 5 + 2) % n


def sentences(n: int, *, seed: int, length: tuple[int, int] = (2, 6)) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        i = STARTS[int(rng.integers(len(STARTS)))]
        words = [SYNTH_WORDS[i]]
        for _ in range(int(rng.integers(*length)) - 1):
            i = successors(i)[int(rng.integers(2))]
            words.append(SYNTH_WORDS[i])
        out.append(words)
    return out


def novel_words(n: int, *, seed: int) -> list[str]:
    """Words of the same letters that are in no text (no letter doubled: tones need a gap)."""
    rng = np.random.default_rng(seed)
    found: list[str] = []
    while len(found) < n:
        letters = []
        for _ in range(int(rng.integers(3, 6))):
            choices = [c for c in SYNTH_LETTERS if not letters or c != letters[-1]]
            letters.append(choices[int(rng.integers(len(choices)))])
        word = "".join(letters)
        if word not in SYNTH_WORDS and word not in found:
            found.append(word)
    return found


def utterances(word_lists: list[list[str]], *, seed: int, prefix: str) -> list[Utterance]:
    rng = np.random.default_rng(seed)
    out = []
    for i, words in enumerate(word_lists):
        clip = synth_utterance(words, rng=rng)
        out.append(Utterance(id=f"{prefix}{i}", text=clip.text, duration=clip.duration,
                             samples=clip.samples, speaker=f"spk{i % 3}"))
    return out

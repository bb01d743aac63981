"""Train/dev/test assignment that measures what the model learnt, not whom it heard.

If the same speaker is in train and test, the error rate mostly measures how
well the model memorised that voice. So when speakers are known, whole
speakers go to dev and test. With fewer than three known speakers that cannot
fill three splits, so clips are split one by one instead. Every choice comes
from a hash of (seed, name): the same project and seed always give the same
splits, and adding clips never moves clips already assigned.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

SPLITS = ("train", "dev", "test")
MIN_SPEAKERS_FOR_DISJOINT = 3


@dataclass(frozen=True)
class SplitItem:
    id: str
    speaker: str | None
    split: str | None  # the current split; kept unless reassigning


def _unit(seed: int, name: str) -> float:
    """A stable pseudo-random number in [0, 1) for `name`."""
    digest = hashlib.sha256(f"{seed}\x00{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def plan_splits(items: Iterable[SplitItem], *, dev: float, test: float, seed: int,
                reassign: bool) -> dict[str, str]:
    """Return {clip id: split} for every item that gets a (new) split.

    `dev` and `test` are the wanted shares of clips; train gets the rest. With
    `reassign` False, clips that already have a split keep it, and new clips
    of a speaker already in dev or test join that speaker's split.
    """
    items = list(items)
    kept = {} if reassign else {i.id: i.split for i in items if i.split in SPLITS}
    todo = [i for i in items if i.id not in kept]
    result: dict[str, str] = {}

    speakers = {i.speaker for i in items if i.speaker}
    if len(speakers) >= MIN_SPEAKERS_FOR_DISJOINT:
        speaker_split = _speaker_splits(items, kept, dev=dev, test=test, seed=seed)
        for item in todo:
            if item.speaker:
                result[item.id] = speaker_split[item.speaker]
        todo = [i for i in todo if not i.speaker]
    for item in todo:
        u = _unit(seed, item.id)
        result[item.id] = "test" if u < test else "dev" if u < test + dev else "train"
    return result


def _speaker_splits(items: list[SplitItem], kept: Mapping[str, str | None], *, dev: float,
                    test: float, seed: int) -> dict[str, str]:
    sizes = Counter(i.speaker for i in items if i.speaker)
    total = sum(sizes.values())
    target = {"test": test * total, "dev": dev * total}
    chosen: dict[str, str] = {}
    # A speaker with kept clips stays where those clips are (dev/test first, so it stays disjoint).
    for item in sorted(items, key=lambda i: SPLITS.index(kept.get(i.id) or "train"), reverse=True):
        split = kept.get(item.id)
        if item.speaker and split and item.speaker not in chosen:
            chosen[item.speaker] = split
    filled = Counter()
    for speaker, split in chosen.items():
        filled[split] += sizes[speaker]
    fresh = sorted((s for s in sizes if s not in chosen), key=lambda s: _unit(seed, s))
    for speaker in fresh:
        n = sizes[speaker]
        for split in ("test", "dev"):
            if filled[split] < target[split] and filled[split] + n <= max(1.5 * target[split], 1):
                chosen[speaker] = split
                break
        else:
            chosen[speaker] = "train"
        filled[chosen[speaker]] += n
    # A wanted split left empty gets the smallest fresh train speaker, if train keeps another.
    for split in ("test", "dev"):
        train = [s for s in fresh if chosen[s] == "train"]
        if target[split] > 0 and filled[split] == 0 and len(train) >= 2:
            smallest = min(train, key=lambda s: (sizes[s], _unit(seed, s)))
            chosen[smallest] = split
            filled[split] += sizes[smallest]
            filled["train"] -= sizes[smallest]
    return chosen

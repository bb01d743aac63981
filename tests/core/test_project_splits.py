"""Splits: deterministic for a seed, speaker-disjoint when speakers are known, stable as clips arrive."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mms_studio.core.errors import ProjectError
from mms_studio.core.project import Project
from mms_studio.core.project.splits import SplitItem, plan_splits
from tests.core.project_factory import tone


def _items(speakers: dict[str, int]) -> list[SplitItem]:
    return [SplitItem(f"{s}-{i}", s or None, None) for s, n in speakers.items() for i in range(n)]


def _speaker_splits(items: list[SplitItem], chosen: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for item in items:
        if item.speaker:
            out.setdefault(item.speaker, set()).add(chosen[item.id])
    return out


def test_same_seed_same_splits_other_seed_other_splits() -> None:
    items = _items({f"spk{k}": 5 + k for k in range(12)})
    a = plan_splits(items, dev=0.1, test=0.1, seed=0, reassign=False)
    assert a == plan_splits(list(reversed(items)), dev=0.1, test=0.1, seed=0, reassign=False)
    assert a != plan_splits(items, dev=0.1, test=0.1, seed=1, reassign=False)


def test_whole_speakers_go_to_dev_and_test() -> None:
    items = _items({f"spk{k}": 10 for k in range(10)})
    chosen = plan_splits(items, dev=0.2, test=0.2, seed=3, reassign=False)
    per_speaker = _speaker_splits(items, chosen)
    assert all(len(splits) == 1 for splits in per_speaker.values())
    counts = Counter(chosen.values())
    assert counts == {"train": 60, "dev": 20, "test": 20}


def test_a_big_first_speaker_does_not_swallow_test() -> None:
    items = _items({"big": 80, "a": 5, "b": 5, "c": 5, "d": 5})
    for seed in range(10):
        chosen = plan_splits(items, dev=0.1, test=0.1, seed=seed, reassign=False)
        assert all(len(s) == 1 for s in _speaker_splits(items, chosen).values())
        assert {chosen[f"big-{i}"] for i in range(80)} == {"train"}
        assert Counter(chosen.values())["test"] > 0 and Counter(chosen.values())["dev"] > 0


def test_clips_without_speakers_are_split_by_id() -> None:
    items = _items({"": 1000})
    chosen = plan_splits(items, dev=0.1, test=0.2, seed=0, reassign=False)
    counts = Counter(chosen.values())
    assert 150 < counts["test"] < 250 and 60 < counts["dev"] < 140
    # adding clips does not move the ones already there
    more = items + [SplitItem(f"x{i}", None, None) for i in range(50)]
    again = plan_splits(more, dev=0.1, test=0.2, seed=0, reassign=False)
    assert all(again[k] == v for k, v in chosen.items())


def test_one_or_two_speakers_fall_back_to_clip_by_clip() -> None:
    items = _items({"SL": 200})
    counts = Counter(plan_splits(items, dev=0.1, test=0.1, seed=0, reassign=False).values())
    assert counts["train"] > 0 and counts["dev"] > 0 and counts["test"] > 0


def test_project_assign_splits_keeps_existing_and_new_clips_follow_their_speaker(
        tmp_path: Path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="A") as project:
        for speaker in "ABCDEFGHIJ":
            for _ in range(4):
                project.add_clip(tone(0.05), transcript="x", speaker=speaker)
        counts = project.assign_splits(dev=0.1, test=0.1, seed=7)
        assert sum(counts.values()) == 40 and counts["dev"] and counts["test"]
        first = {c.id: c.split for c in project.clips()}
        assert project.assign_splits(dev=0.1, test=0.1, seed=7) == counts
        assert {c.id: c.split for c in project.clips()} == first
        test_speaker = next(c.speaker for c in project.clips() if c.split == "test")
        newcomer = project.add_clip(tone(0.05), transcript="y", speaker=test_speaker)
        excluded = project.add_clip(tone(0.05), transcript="z", speaker="K")
        project.update_clip(excluded.id, status="excluded")
        project.assign_splits(dev=0.1, test=0.1, seed=7)
        assert project.clip(newcomer.id).split == "test"
        assert project.clip(excluded.id).split is None
        assert {c.id: c.split for c in project.clips() if c.id in first} == first
        with pytest.raises(ProjectError):
            project.assign_splits(dev=0.6, test=0.5)

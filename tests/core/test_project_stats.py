"""Project statistics are counted by SQLite and agree with counting the clips one by one."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mms_studio.core.project import Project
from tests.core.project_factory import tone


def _counted_in_python(project: Project) -> dict:
    clips = project.clips()
    return {
        "clips": len(clips),
        "seconds": sum(c.duration for c in clips),
        "speakers": dict(Counter(c.speaker or "" for c in clips)),
        "splits": dict(Counter(c.split or "unassigned" for c in clips)),
        "statuses": dict(Counter(c.status for c in clips)),
    }


def test_an_empty_project_counts_zero(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="A") as project:
        stats = project.stats()
        assert (stats.clips, stats.seconds, stats.hours) == (0, 0.0, 0.0)
        assert stats.speakers == stats.splits == stats.statuses == {}


def test_sql_counts_match_the_clips_and_leave_deleted_ones_out(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p", language="abz", name="A") as project:
        made = []
        for i, (speaker, split, seconds) in enumerate([
                ("SL", "train", 0.3), ("SL", "dev", 0.2), (None, None, 0.25),
                ("MK", "test", 0.4), ("MK", None, 0.15), ("", "train", 0.1)]):
            made.append(project.add_clip(tone(seconds), transcript=f"clip {i}",
                                         speaker=speaker, split=split))
        project.update_clip(made[1].id, status="needs_review")
        project.update_clip(made[2].id, status="excluded")
        project.delete_clip(made[3].id)                    # MK's test clip leaves every count
        stats = project.stats()
        expected = _counted_in_python(project)
        assert stats.clips == expected["clips"] == 5
        assert stats.seconds == pytest.approx(expected["seconds"]) == pytest.approx(1.0)
        assert stats.speakers == expected["speakers"] == {"": 2, "MK": 1, "SL": 2}
        assert list(stats.speakers) == sorted(stats.speakers)
        assert stats.splits == {"train": 2, "dev": 1, "unassigned": 2}
        assert list(stats.splits) == ["train", "dev", "unassigned"]   # split order, zeros left out
        assert stats.statuses == expected["statuses"] == {
            "excluded": 1, "needs_review": 1, "ok": 3}
        project.restore_clip(made[3].id)
        assert project.stats().splits == {"train": 2, "dev": 1, "test": 1, "unassigned": 2}


def test_a_read_only_handle_counts_the_same(tmp_path: Path) -> None:
    root = tmp_path / "p"
    with Project.create(root, language="abz", name="A") as project:
        for i in range(3):
            project.add_clip(tone(0.2), transcript=f"clip {i}", speaker=f"S{i % 2}")
        written = project.stats()
    with Project.open_read_only(root) as reader:
        assert reader.stats() == written

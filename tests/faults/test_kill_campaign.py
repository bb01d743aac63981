"""A few kill points of every kind of the kill campaign (scripts/fault_campaign.py), so
`make test` sees each one work; `make faults` runs 120 and more.

Each test starts real `mms-studio` processes, SIGKILLs them at random moments (seeded)
and checks the reopened project, the resumed training run and the exports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.test_full_disk import campaign_module

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory):
    """The tiny model, the sources, the project templates and the uninterrupted training."""
    return campaign_module().prepare(tmp_path_factory.mktemp("faults") / "work")


def _kill(fx, kind: str, kills: int, seed: int) -> list:
    module = campaign_module()
    said: list[str] = []
    outcomes = module.campaign(fx, kills=kills, kinds=(kind,), seed=seed, log=said.append)
    assert [o.problems for o in outcomes] == [[] for _ in outcomes], "\n".join(said)
    assert sum(o.killed for o in outcomes) >= 1, "\n".join(said)   # not all finished first
    return outcomes


def test_killed_imports_leave_a_sound_project_and_finish_when_run_again(fx):
    _kill(fx, "import", 3, seed=1)


def test_killed_recordings_keep_their_takes(fx):
    _kill(fx, "record", 3, seed=2)


def test_a_killed_training_run_resumes_to_the_same_adapter(fx):
    _kill(fx, "train", 1, seed=3)


def test_killed_segmenting_leaves_a_sound_project(fx):
    _kill(fx, "segment", 1, seed=4)


def test_a_killed_alignment_leaves_a_sound_project_and_finishes_when_run_again(fx):
    """`mms-studio align` on the demo project (built once, ~40 s): killed while it adds its
    clips or writes its JSON; aligning again gives the uninterrupted run's clips."""
    _kill(fx, "align", 1, seed=6)


@pytest.mark.parametrize("kind", ["export-model", "export-dataset", "transcribe"])
def test_killed_exports_are_whole_or_absent(fx, kind):
    _kill(fx, kind, 1, seed=5)


def test_the_summary_counts_kill_points_and_corrupt_projects():
    module = campaign_module()
    text = module.summary([module.Outcome("import", 0.5, True, []),
                           module.Outcome("train", 1.0, False, []),
                           module.Outcome("train", 0.7, True, ["integrity_check: bad"])])
    assert "kinds: 2, kill points: 2 (of 3 runs), corrupt projects or exports: 1" in text
    assert Path(module.__file__).name == "fault_campaign.py"

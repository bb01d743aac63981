"""The training workflow's rules (run names, warm-up, the dev clip) and resume with the run's
OWN settings, from the CLI: a stopped run is never continued with other settings."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import NullTaskState, RecordingTaskState
from mms_studio.devtools import synthetic_clips
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def make_project(root: Path, base: Path, *, clips: int, language: str = "abc",
                 speakers: int = 1, split: str | None = None):
    from mms_studio.core.project import Project

    project = Project.create(root, language=language, name="Synthetic", base_model=str(base))
    for i, clip in enumerate(synthetic_clips(clips, seed=31, words_per_clip=(1, 3))):
        project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % speakers}",
                         split=split)
    return project


def test_run_names_sort_by_date_and_say_the_language() -> None:
    from mms_studio.core.workflows.training import run_name

    moment = time.struct_time((2026, 1, 2, 3, 4, 5, 4, 2, 0))
    assert run_name("abz", now=moment) == "abz-20260102-030405"
    assert run_name("abz").startswith("abz-2")


def test_one_warm_up_rule() -> None:
    from mms_studio.core.workflows.presets import preset, train_config, warmup_steps

    assert [warmup_steps(n) for n in (1, 5, 200, 1000, 3000)] == [1, 1, 20, 100, 100]
    assert train_config(preset("quick")).warmup_steps == 20
    assert train_config(preset("standard")).warmup_steps == 100        # the recipe's 100
    assert train_config(preset("quick"), max_steps=60).warmup_steps == 6   # follows the steps
    assert train_config(preset("quick"), max_steps=60, warmup_steps=2).warmup_steps == 2
    assert train_config(preset("thorough")).preset == "thorough"
    with pytest.raises(ValueError, match="no preset called"):
        preset("overnight")


def test_a_small_project_keeps_one_clip_aside_for_dev(tmp_path, tiny_model_dir) -> None:
    from mms_studio.core.workflows.training import keep_a_dev_clip

    project = make_project(tmp_path / "p", tiny_model_dir, clips=4, split="train")
    try:
        state = RecordingTaskState()
        held = keep_a_dev_clip(project, state=state)
        train = [c.id for c in project.clips(split="train")]
        assert [c.id for c in project.clips(split="dev")] == [held]
        assert held == max([*train, held])                        # stable: the last by id
        said = project.clip(held).transcript.split()[0]
        assert any(said in s and held not in s for s in state.statuses)   # named by its words
        assert keep_a_dev_clip(project, state=NullTaskState()) is None   # once is enough
    finally:
        project.close()


def test_stopped_run_resumes_from_the_cli_with_its_own_settings(tmp_path, tiny_model_dir,
                                                                capsys) -> None:
    """Stop at step N; `train --resume` with other steps showing is refused, plain `--resume`
    finishes the run on ITS schedule; config.json unchanged; the library lists its steps."""
    from mms_studio.cli import main
    from mms_studio.core.engine.run_log import TrainStep, read_rows
    from mms_studio.core.engine.trainer import learning_rate
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.library import list_library
    from mms_studio.core.workflows.presets import preset, train_config
    from mms_studio.core.workflows.training import stopped_runs, train_adapter

    config = train_config(preset("quick"), max_steps=12, eval_every=4, log_every=1,
                          warmup_steps=6, seconds_per_batch=8.0, device="cpu",
                          precision="fp32", mask_time_prob=0.0, learning_rate=3e-3)
    project = make_project(tmp_path / "p", tiny_model_dir, clips=24, speakers=4)
    state = RecordingTaskState(cancel_when=lambda s: any(getattr(p, "step", 0) >= 5
                                                         for p in s.partials))
    try:
        with pytest.raises(Cancelled):
            train_adapter(project, config=config, state=state)
        (stopped,) = stopped_runs(project)
        assert stopped.step == 5 and stopped.config.max_steps == 12
        assert stopped.config.preset == "quick"
    finally:
        project.close()
    run_dir = stopped.path
    saved = (run_dir / "config.json").read_bytes()

    root = str(tmp_path / "p")
    assert main(["train", root, "--resume", "--max-steps", "7"]) == 1
    err = capsys.readouterr().err
    assert "own settings" in err and "--max-steps" in err
    assert main(["train", root, "--resume", "--preset", "standard"]) == 1
    assert "--preset" in capsys.readouterr().err

    assert main(["train", root, "--resume", "--device", "cpu"]) == 0
    out = capsys.readouterr().out
    assert f"“{stopped.name}”" in out and "(12 steps" in out
    assert (run_dir / "config.json").read_bytes() == saved
    rows = [r for r in read_rows(run_dir) if isinstance(r, TrainStep)]
    assert [r.step for r in rows] == list(range(1, 13))               # none twice, none missing
    for row in rows:                                                   # its own schedule
        assert row.lr == pytest.approx(learning_rate(row.step - 1, config))
    with Project.open(root) as project:
        (entry,) = list_library(project)
        assert stopped_runs(project) == []
    assert entry.name == stopped.name and entry.steps == 12
    assert entry.baseline is not None and entry.baseline.language == "abc"
    assert json.loads((run_dir / "baseline.json").read_text())["name"] == "abc"

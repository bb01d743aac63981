"""Parity: the same project trained from the app's Train page and from `mms-studio train`,
with the same settings, is trained the same way (run name rule, dev clip, warm-up, baseline).

Both call `core.workflows.training.train_adapter`; this test holds them to it, so the two
faces of the app cannot drift apart again (the CLI once named runs by language and replaced
them, kept no dev clip, warmed up for 5 % of the steps instead of 10 % and had no baseline).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from mms_studio.devtools import synthetic_clips
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def _twin_projects(tmp_path: Path, base: Path) -> tuple[Path, Path]:
    """One small project (six training clips, no dev clip) and an exact copy, so both hold
    the same clips under the same ids."""
    from mms_studio.core.project import Project

    app_root, cli_root = tmp_path / "app", tmp_path / "cli"
    with Project.create(app_root, language="abc", name="Twin", base_model=str(base)) as project:
        for clip in synthetic_clips(6, seed=41, words_per_clip=(1, 3)):
            project.add_clip(clip.samples, transcript=clip.text, speaker="spk", split="train")
    shutil.copytree(app_root, cli_root, ignore=shutil.ignore_patterns(".lock"))
    return app_root, cli_root


def _run(root: Path) -> Path:
    (run,) = list((root / "runs").glob("*/"))
    return run


def test_app_and_cli_train_the_same_way(qtbot, tmp_path, tiny_model_dir,
                                        wait_for_worker) -> None:
    from mms_studio.cli import main
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.presets import warmup_steps
    from mms_studio.gui.main_window import MainWindow

    app_root, cli_root = _twin_projects(tmp_path, tiny_model_dir)

    # The app: the Train page with the Quick try preset, 20 steps, a check every 10.
    project = Project.open(app_root)
    window = MainWindow(project, ask_for_base_model=False)
    qtbot.addWidget(window)
    window.show()
    page = window.go_to("train")
    page.preset.setCurrentIndex(page.preset.findData("quick"))
    page.steps.setValue(20)
    page.eval_every.setValue(10)
    page.batch_seconds.setValue(8.0)
    worker = page.start()
    wait_for_worker(worker, timeout=240000)
    assert worker.error is None, repr(worker.error)
    app_report = page.last_result
    window.close()
    project.close()

    # The command line, with the same settings.
    assert main(["train", str(cli_root), "--preset", "quick", "--max-steps", "20",
                 "--eval-every", "10", "--seconds-per-batch", "8"]) == 0

    app_run, cli_run = _run(app_root), _run(cli_root)
    for run in (app_run, cli_run):                       # one naming rule
        assert re.fullmatch(r"abc-\d{8}-\d{6}", run.name)
        assert (run.parent.parent / "adapters" / run.name / "adapter.json").is_file()
    assert app_report.name == app_run.name

    with Project.open_read_only(app_root) as app, Project.open_read_only(cli_root) as cli:
        app_dev = [c.id for c in app.clips(split="dev")]
        cli_dev = [c.id for c in cli.clips(split="dev")]
    assert len(app_dev) == 1 and app_dev == cli_dev      # the same clip kept aside for dev

    app_config = json.loads((app_run / "config.json").read_text())
    cli_config = json.loads((cli_run / "config.json").read_text())
    app_config.pop("memory"), cli_config.pop("memory")   # free memory measured at the start
    assert app_config == cli_config                      # every setting, warm-up included
    assert app_config["warmup_steps"] == warmup_steps(20) == 2
    assert app_config["preset"] == "quick"

    app_base = json.loads((app_run / "baseline.json").read_text())
    cli_base = json.loads((cli_run / "baseline.json").read_text())
    assert app_base["name"] == cli_base["name"] == "abc"   # the base model's own adapter
    assert app_base == pytest.approx(cli_base)         # the same figures
    assert app_report.baseline.cer == pytest.approx(cli_base["cer"])
    app_metrics = json.loads((app_root / "adapters" / app_run.name / "metrics.json").read_text())
    cli_metrics = json.loads((cli_root / "adapters" / cli_run.name / "metrics.json").read_text())
    assert app_metrics["steps"] == cli_metrics["steps"] == 20
    assert app_metrics["cer"] == pytest.approx(cli_metrics["cer"])

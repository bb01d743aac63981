"""Train page with the tiny real model: stop keeps a checkpoint, Resume finishes the run."""

from __future__ import annotations

from mms_studio.core.errors import Cancelled


def _config(steps: int):
    from mms_studio.core.engine.trainer import TrainConfig

    return TrainConfig(max_steps=steps, eval_every=4, log_every=1, checkpoint_every=1000,
                       warmup_steps=1, seconds_per_batch=12.0, device="cpu", precision="fp32",
                       patience=0, mask_time_prob=0.0)


def test_stop_then_resume_finishes_the_same_run(qtbot, tmp_path, shared_data, tiny_model_dir,
                                                wait_for_worker) -> None:
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources
    from mms_studio.gui.main_window import MainWindow

    # "abc" is a language the tiny base model has its own adapter for: the baseline.
    project = Project.create(tmp_path / "p", language="abc", name="Baseline test",
                             base_model=str(tiny_model_dir))
    import_sources(project, [shared_data / "abui" / "transcribed"])
    main_window = MainWindow(project)
    qtbot.addWidget(main_window)
    main_window.show()
    page = main_window.go_to("train")
    assert not page.resume_button.isEnabled()          # nothing stopped yet
    assert page.preset.currentData() == "quick"         # this computer has no GPU
    assert not page.advanced.isVisible()                # folded away until asked for
    page.advanced_toggle.click()
    assert page.advanced.isVisible()

    worker = page.start(config=_config(500))
    qtbot.waitUntil(lambda: bool(page.metrics_rows), timeout=120000)
    page.cancel()                                       # what the Stop button does
    wait_for_worker(worker)
    assert isinstance(worker.error, Cancelled)
    stopped_at = page.metrics_rows[-1]["step"]
    assert stopped_at < 500
    assert "Stopped" in page.status.text()
    assert page.resume_button.isEnabled() and page.library.rowCount() == 0

    worker = page.start(resume=True, config=_config(stopped_at + 4))
    wait_for_worker(worker)
    assert worker.error is None, repr(worker.error)
    assert page.last_result["steps"] == stopped_at + 4
    assert page.library.rowCount() == 1
    baseline = page.last_result["baseline"]
    assert baseline["name"] == "abc" and 0.0 <= baseline["cer"]      # compared with the base's own
    assert page.library.item(0, 3).text().endswith("%")
    assert not page.resume_button.isEnabled()           # the run is finished
    rows = [r for r in page.metrics_rows if r["kind"] == "train"]
    assert rows and rows[0]["step"] > stopped_at - 1     # resumed, not restarted

"""Train page with the tiny real model: Stop keeps a checkpoint, Resume finishes THAT run.

Resume once continued a stopped Standard run with the preset then showing (Quick try): the
run's config.json was overwritten and its schedule changed. It must continue the run's own
settings whatever the page shows, and bring back its earlier curves and log.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from mms_studio.core.engine.run_log import EvalRow, TrainStep
from mms_studio.core.errors import Cancelled


def _config(steps: int, *, eval_every: int = 10, warmup: int = 6):
    """A quick-try run shortened for the tiny model (its preset stays "quick")."""
    from mms_studio.core.workflows.presets import preset, train_config

    return train_config(preset("quick"), max_steps=steps, eval_every=eval_every, log_every=1,
                        checkpoint_every=1000, warmup_steps=warmup, seconds_per_batch=12.0,
                        device="cpu", precision="fp32", patience=0, mask_time_prob=0.0)


def _window(qtbot, tmp_path, shared_data, tiny_model_dir):
    from mms_studio.core.project import Project
    from mms_studio.core.project.importer import import_sources
    from mms_studio.gui.main_window import MainWindow

    # "abc" is a language the tiny base model has its own adapter for: the baseline.
    project = Project.create(tmp_path / "p", language="abc", name="Baseline test",
                             base_model=str(tiny_model_dir))
    import_sources(project, [shared_data / "abui" / "transcribed"])
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    return project, window


def test_resume_continues_the_runs_own_settings_and_history(qtbot, tmp_path, shared_data,
                                                            tiny_model_dir,
                                                            wait_for_worker) -> None:
    from mms_studio.core.engine.trainer import learning_rate

    project, window = _window(qtbot, tmp_path, shared_data, tiny_model_dir)
    page = window.go_to("train")
    assert not page.resume_button.isEnabled()          # nothing stopped yet
    assert page.preset.currentData() == "quick"         # this computer has no GPU
    assert not page.advanced.isVisible()                # folded away until asked for
    page.advanced_toggle.click()
    assert page.advanced.isVisible()

    config = _config(40)
    worker = page.start(config=config)
    qtbot.waitUntil(lambda: bool(page.metrics_rows), timeout=120000)
    page.cancel()                                       # what the Stop button does
    wait_for_worker(worker)
    assert isinstance(worker.error, Cancelled)
    stopped_at = page.metrics_rows[-1].step
    assert stopped_at < 40
    assert "Stopped" in page.status.text()
    assert page.eta.text() == ""                        # no "time left" after Stop
    assert page.resume_button.isEnabled() and page.library.rowCount() == 0
    run_dir = next(project.runs_dir.glob("abc-*"))
    assert re.fullmatch(r"abc-\d{8}-\d{6}", run_dir.name)
    saved_config = (run_dir / "config.json").read_bytes()
    before = [(r.step, r.loss) for r in page.metrics_rows if isinstance(r, TrainStep)]

    # Another preset and another step count showing: Resume must not take them.
    page.preset.setCurrentIndex(page.preset.findData("standard"))
    page.steps.setValue(7)
    worker = page.start(resume=True)
    wait_for_worker(worker, timeout=240000)
    assert worker.error is None, repr(worker.error)
    report = page.last_result
    assert report.resumed and report.name == run_dir.name
    assert report.steps == 40                           # its own 40, not 7 nor 1000
    assert (run_dir / "config.json").read_bytes() == saved_config
    assert page.preset.currentData() == "quick" and page.steps.value() == 40   # shows its own
    assert any("with its own settings" in line for line in page.log_view.toPlainText().split("\n"))

    # The whole run's history is back in the curves and the log, with the run's own schedule.
    steps = [r for r in page.metrics_rows if isinstance(r, TrainStep)]
    assert [r.step for r in steps] == list(range(1, 41))
    assert [(r.step, r.loss) for r in steps[:len(before)]] == before
    for row in steps:
        assert row.lr == pytest.approx(learning_rate(row.step - 1, config))
    page.curves.redraw()
    assert page.curves.points()["train_loss"] == 40
    log_text = page.log_view.toPlainText()
    assert log_text.count("step 1: loss") == 1

    # The library lists the run's own step count, beside the base model's own adapter.
    assert page.library.rowCount() == 1
    assert page.library.item(0, 0).text() == run_dir.name
    assert page.library.item(0, 4).text() == "40"
    assert report.baseline is not None and report.baseline.language == "abc"
    assert 0.0 <= report.baseline.cer and report.baseline.adapter_cer == report.cer
    assert page.library.item(0, 3).text().endswith("%")
    assert not page.resume_button.isEnabled()           # the run is finished
    assert page.eta.text() == ""


def test_advanced_settings_show_the_presets_values(main_window) -> None:
    from mms_studio.core.workflows.presets import PRESETS

    page = main_window.go_to("train")
    for preset in PRESETS:
        page.preset.setCurrentIndex(page.preset.findData(preset.key))
        assert page.steps.value() == preset.max_steps
        assert page.eval_every.value() == preset.eval_every
        assert page.steps.text() == str(preset.max_steps)      # a number, not "from the preset"
        config = page.config()
        assert (config.max_steps, config.eval_every, config.preset) == (
            preset.max_steps, preset.eval_every, preset.key)
    assert page.learning_rate.value() == pytest.approx(0.001)
    page.steps.setValue(120)
    assert page.config().max_steps == 120 and page.config().warmup_steps == 12


def test_curves_axes_and_legend(main_window, qtbot) -> None:
    page = main_window.go_to("train")
    curves = page.curves
    curves.resize(900, 300)
    curves.add_row(TrainStep(step=1, epoch=0, loss=3.0, lr=0.001))
    curves.add_row(EvalRow(step=1, epoch=0, loss=3.2, wer=1.0, cer=0.9))
    curves.redraw()
    qtbot.wait(50)
    for plot in (curves.loss_plot, curves.rate_plot):
        (x0, x1), (y0, y1) = plot.getViewBox().viewRange()
        assert x0 >= 0 and y0 >= 0 and x1 > 1             # one point: no negative step axis
        legend = curves.legends[plot]
        assert legend.isVisible() and legend.boundingRect().width() > 0
        box = plot.getViewBox().sceneBoundingRect()
        assert not legend.sceneBoundingRect().intersects(box)   # the legend hides no data

    curves.loss_plot.setXRange(500, 900)               # a zoom, or the last run's range
    curves.clear()                                      # a new run
    curves.add_row(TrainStep(step=2, epoch=0, loss=2.0, lr=0.001))
    curves.redraw()
    qtbot.wait(50)
    (x0, x1), _ = curves.loss_plot.getViewBox().viewRange()
    assert 0 <= x0 <= 2 <= x1 < 100


@pytest.fixture
def french(qapp, tmp_path):
    """Our French catalogue, compiled now and installed; removed afterwards."""
    from mms_studio.gui import i18n
    from scripts.update_translations import find_tool, ts_path

    subprocess.run([find_tool("pyside6-lrelease"), "-silent", str(ts_path("fr")),
                    "-qm", str(tmp_path / "mms_studio_fr.qm")], check=True)
    assert i18n.install_translations(qapp, language="fr", folder=tmp_path) == "fr"
    yield
    i18n.remove_translations(qapp)


def test_in_french_each_evaluation_is_logged_once(french, qtbot, tmp_path, shared_data,
                                                 tiny_model_dir, wait_for_worker) -> None:
    """The status of each evaluation is told apart by its template, not its English text."""
    _, window = _window(qtbot, tmp_path, shared_data, tiny_model_dir)
    page = window.go_to("train")
    statuses: list[str] = []
    worker = page.start(config=_config(4, eval_every=2, warmup=1))
    worker.signals.status.connect(statuses.append)
    wait_for_worker(worker, timeout=240000)
    assert worker.error is None, repr(worker.error)
    evals = [r.step for r in page.metrics_rows if isinstance(r, EvalRow)]
    assert evals == [2, 4]
    assert any(s.startswith("Étape 4") for s in statuses)   # the status line was French
    lines = page.log_view.toPlainText().split("\n")
    for step in evals:
        about = [line for line in lines
                 if re.match(rf"(?i)(step|étape)\W+{step}\b", line) and "CER" in line]
        assert len(about) == 1, about

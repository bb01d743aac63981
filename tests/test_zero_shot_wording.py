"""The base's side of a comparison is worded by its family, decided in core.

An MMS base is compared with its own adapter for the language; an Omnilingual base with its
own output (zero-shot), one for every language. `BaselineScores.base_adapter` says which (set
by the training run from the loaded model's family, kept in baseline.json), and
`mms-studio train`, the Train page's log and `evaluate --help` word it from there; an
evaluation report knows its baseline's model (`EvalReport.baseline_model`) and says it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mms_studio.core.engine.evaluate import BaselineScores
from mms_studio.devtools import build_tiny_model, synthetic_clips
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def _scores(base_adapter: bool) -> BaselineScores:
    return BaselineScores(language="xsy", wer=0.9, cer=0.8, adapter_wer=0.5, adapter_cer=0.25,
                          clips=4, base_adapter=base_adapter)


def test_baseline_scores_keep_what_the_base_side_was():
    for base_adapter in (True, False):
        data = json.loads(json.dumps(_scores(base_adapter).to_dict()))
        assert BaselineScores.from_dict(data) == _scores(base_adapter)
    old = _scores(True).to_dict()
    del old["base_adapter"]                      # written before the field: an MMS adapter
    assert BaselineScores.from_dict(old).base_adapter is True
    assert _scores(True).describe() == "the base model's own “xsy” adapter"
    assert _scores(False).describe() == "the base model's own output (zero-shot)"


def test_mms_studio_train_on_an_omnilingual_base_says_its_own_output(tmp_path, capsys):
    from mms_studio.cli import main
    from mms_studio.core.project import Project

    base = build_tiny_model(tmp_path / "base", family="omniasr")
    project = Project.create(tmp_path / "p", language="xsy", name="T", base_model=str(base))
    try:
        for i, clip in enumerate(synthetic_clips(24, seed=8, words_per_clip=(1, 3))):
            project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 6}")
    finally:
        project.close()
    assert main(["train", str(tmp_path / "p"), "--max-steps", "4", "--eval-every", "4",
                 "--warmup-steps", "1", "--device", "cpu", "--precision", "fp32",
                 "--seconds-per-batch", "16"]) == 0
    out = capsys.readouterr().out
    assert "The base model's own output (zero-shot) on the same dev clips: CER" in out
    assert "adapter on the same dev" not in out
    run = next(Path(tmp_path / "p" / "runs").glob("xsy-*"))
    saved = json.loads((run / "baseline.json").read_text())
    assert saved["base_adapter"] is False

    # evaluate --baseline: any code names the base's one output, and the report says so
    assert main(["evaluate", str(tmp_path / "p"), "--baseline", "xsy", "--no-lm", "--split",
                 "dev", "--device", "cpu"]) == 0
    text = capsys.readouterr().out
    assert "Baseline: the base model's own output (zero-shot; no training on your data):" in text
    assert "Baseline “xsy”" not in text
    assert main(["evaluate", str(tmp_path / "p"), "--baseline", "abc", "--no-lm", "--split",
                 "dev", "--device", "cpu", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["baseline"] == "abc" and data["baseline_model"] == "base model (zero-shot)"
    assert data["baseline_cer"] is not None and data["clips"] > 0


def test_evaluate_help_names_both_families(capsys):
    from mms_studio.cli import main

    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "own output (zero-shot)" in text and "Omnilingual" in text


@pytest.mark.parametrize("base_adapter", [True, False])
def test_the_train_page_log_words_the_base_side_by_family(qtbot, tmp_path, tiny_model_dir,
                                                          base_adapter):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.training import TrainReport
    from mms_studio.gui.main_window import MainWindow

    project = Project.create(tmp_path / "p", language="abc", name="T",
                             base_model=str(tiny_model_dir))
    try:
        window = MainWindow(project)
        qtbot.addWidget(window)
        page = window.go_to("train")
        page._done(TrainReport(name="run", adapter_dir=tmp_path, run_dir=tmp_path, steps=4,
                               best=None, baseline=_scores(base_adapter)))
        log = page.log_view.toPlainText()
    finally:
        project.close()
    assert ("the base model's own adapter: CER" in log) is base_adapter
    assert ("the base model's own output (zero-shot): CER" in log) is not base_adapter

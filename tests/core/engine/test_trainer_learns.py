"""The trainer really learns: dev CER of the tiny model on the synthetic language falls to <= 10%."""

from __future__ import annotations

import json
import math


def test_dev_cer_falls_from_all_wrong_to_ten_percent(trained):
    from mms_studio.core.engine.run_log import EvalRow

    evals = [p for p in trained.partials if isinstance(p, EvalRow)]
    assert len(evals) >= 4
    assert evals[0].cer >= 0.9          # starts at CTC's all-blank plateau
    assert trained.result.best_cer <= 0.10
    assert trained.result.clips_seen >= 4 * trained.result.steps   # batches of several clips
    assert min(e.cer for e in evals) == trained.result.best_cer
    best = trained.result.best_eval     # training returns its best evaluation, typed
    assert best is not None and best.cer == trained.result.best_cer
    assert best.step == trained.result.best_step and best in evals
    for row in evals:
        assert math.isfinite(row.loss) and row.lr > 0 and row.elapsed > 0 and 0 <= row.wer


def test_metrics_file_and_progress(trained):
    rows = [json.loads(line) for line in
            (trained.result.run_dir / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows if r["kind"] == "eval"] == [25, 50, 75, 100, 125, 150]
    assert any(r["kind"] == "train" for r in rows)
    assert (trained.result.run_dir / "best.safetensors").is_file()
    assert (trained.result.run_dir / "checkpoint" / "state.json").is_file()


def test_only_the_adapter_was_trained(trained, tiny_model_dir):
    """Base weights equal the files on disk; the conv stack never got a gradient."""
    from safetensors.torch import load_file

    base = load_file(str(tiny_model_dir / "model.safetensors"))
    state = trained.model.state_dict()
    for name, value in base.items():
        if "adapter_layer" in name or name.startswith("lm_head"):
            continue
        assert (state[name] == value).all(), name
    for p in trained.model.wav2vec2.feature_extractor.parameters():
        assert p.grad is None and not p.requires_grad

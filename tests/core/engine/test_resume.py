"""Cancel then resume gives the adapter an uninterrupted run gives; checkpoints hold no pickle."""

from __future__ import annotations

import json

import pytest

from mms_studio.core.engine.adapters import adapter_state, init_adapter
from mms_studio.core.engine.base import load_base_model
from mms_studio.core.engine.data import LabelCodec
from mms_studio.core.engine.run_log import EvalRow
from mms_studio.core.engine.trainer import train
from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import RecordingTaskState
from tests.core.engine.helpers import fast_config, utterances

STEPS = 30


def _setup(tiny_model_dir):
    train_set = utterances(40, seed=11, prefix="r")
    dev_set = utterances(6, seed=12, prefix="q")
    codec = LabelCodec.from_texts([u.text for u in train_set])
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab, seed=3)
    return model, codec, train_set, dev_set


def _reached(step):
    return lambda s: any(getattr(p, "step", 0) >= step for p in s.partials)


def test_cancel_then_resume_matches_an_uninterrupted_run(tiny_model_dir, tmp_path):
    import torch

    config = fast_config(max_steps=STEPS, eval_every=10, log_every=1, seconds_per_batch=6.0,
                         warmup_steps=5)
    model, codec, train_set, dev_set = _setup(tiny_model_dir)
    whole = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set, config=config,
                  run_dir=tmp_path / "whole")
    reference = adapter_state(model)

    model, codec, train_set, dev_set = _setup(tiny_model_dir)
    state = RecordingTaskState(cancel_when=_reached(13))
    with pytest.raises(Cancelled):
        train(model=model, codec=codec, train_set=train_set, dev_set=dev_set, config=config,
              run_dir=tmp_path / "split", state=state)
    saved = json.loads((tmp_path / "split" / "checkpoint" / "state.json").read_text())
    assert saved["step"] == 13
    assert isinstance(saved["rng"]["torch"], list)

    model, codec, train_set, dev_set = _setup(tiny_model_dir)   # a fresh process, in effect
    resumed = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                    config=config, run_dir=tmp_path / "split", resume=True)
    assert resumed.steps == whole.steps == STEPS
    assert resumed.best_cer == pytest.approx(whole.best_cer)
    for name, value in adapter_state(model).items():
        torch.testing.assert_close(value, reference[name], rtol=1e-5, atol=1e-6)
    rows = [json.loads(x) for x in (tmp_path / "split" / "metrics.jsonl").read_text().splitlines()]
    steps = [r["step"] for r in rows if r["kind"] == "train"]
    assert steps == list(range(1, STEPS + 1))      # no step logged twice, none missing
    whole_rows = [json.loads(x) for x in
                  (tmp_path / "whole" / "metrics.jsonl").read_text().splitlines()]
    assert [r["loss"] for r in rows if r["kind"] == "train"] == pytest.approx(
        [r["loss"] for r in whole_rows if r["kind"] == "train"], rel=1e-5)
    assert not list((tmp_path / "split").rglob("*.bin")) and not list(
        (tmp_path / "split").rglob("*.pt"))


def test_resume_without_a_checkpoint_says_so(tiny_model_dir, tmp_path):
    from mms_studio.core.errors import TrainingError

    model, codec, train_set, dev_set = _setup(tiny_model_dir)
    with pytest.raises(TrainingError, match="no saved training run"):
        train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
              config=fast_config(max_steps=2), run_dir=tmp_path / "none", resume=True)


def test_stop_during_evaluation_saves_the_step(tiny_model_dir, tmp_path):
    model, codec, train_set, dev_set = _setup(tiny_model_dir)
    state = RecordingTaskState(cancel_when=lambda s: len(s.progress) >= 4)
    with pytest.raises(Cancelled, match="saved"):
        train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
              config=fast_config(max_steps=10, eval_every=4, seconds_per_batch=6.0),
              run_dir=tmp_path, state=state)
    saved = json.loads((tmp_path / "checkpoint" / "state.json").read_text())
    assert saved["step"] == 4
    assert not [p for p in state.partials if isinstance(p, EvalRow)]


def test_early_stopping_on_dev_cer(tiny_model_dir, tmp_path):
    model, codec, train_set, dev_set = _setup(tiny_model_dir)
    state = RecordingTaskState()
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                   config=fast_config(max_steps=50, eval_every=2, patience=2, learning_rate=0.0,
                                      seconds_per_batch=6.0), run_dir=tmp_path, state=state)
    assert result.stopped_early and result.steps == 6      # best at 2, no better at 4 and 6
    assert result.best_step == 2
    assert any("Stopped early" in s for s in state.statuses)

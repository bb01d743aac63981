"""Clips too short for their transcripts are reported, and a batch holding one stays finite."""

from __future__ import annotations

import math

import numpy as np

from mms_studio.core.engine.data import (
    LabelCodec,
    Utterance,
    collate,
    frames_for_samples,
    plan_batches,
    preflight,
    required_frames,
)
from mms_studio.core.engine.run_log import DroppedClips
from tests.core.engine.helpers import utterances


def test_required_frames_counts_blanks_between_repeats():
    assert required_frames([5, 6, 7]) == 3
    assert required_frames([5, 5, 6, 6, 6]) == 5 + 3
    assert frames_for_samples(16000) == 49           # 20 ms frames, 25 ms receptive field
    assert frames_for_samples(200) == 0


def _short(text="bala sinu kato meli"):
    return Utterance(id="short", text=text, duration=0.1, samples=np.zeros(1600, np.float32))


def test_preflight_drops_and_explains():
    good = utterances(4, seed=3, prefix="g")
    codec = LabelCodec.from_texts([u.text for u in good] + ["bala sinu kato meli"])
    empty = Utterance(id="empty", text=" !? ", duration=1.0, samples=np.zeros(16000, np.float32))
    kept, dropped = preflight([*good, _short(), empty], codec)
    assert [e.utterance.id for e in kept] == [u.id for u in good]
    reasons = {d.id: d.reason for d in dropped}
    assert "too short" in reasons["short"] and "0.10 s" in reasons["short"]
    long_text = Utterance(id="crammed", text="bala sinu kato meli " * 3, duration=0.5,
                          samples=np.zeros(8000, np.float32))
    _, dropped = preflight([long_text], codec)
    assert "too short for its transcript" in dropped[0].reason
    assert "empty" in reasons["empty"]


def test_a_batch_with_an_impossible_clip_gives_finite_loss_and_gradients(tiny_model_dir):
    from mms_studio.core.engine.adapters import init_adapter, trainable_parameters
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import Example
    from mms_studio.core.engine.trainer import ctc_loss

    good = utterances(3, seed=4, prefix="g")
    codec = LabelCodec.from_texts([u.text for u in good] + ["bala sinu kato meli"])
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab)
    model.train()
    examples = [Example(u, tuple(codec.encode(u.text))) for u in [*good, _short()]]
    batch = collate(examples)
    logits = model(batch.input_values, attention_mask=batch.attention_mask).logits
    loss = ctc_loss(model, logits, batch, blank=0)
    loss.backward()
    assert math.isfinite(loss.item()) and loss.item() > 0
    assert all(p.grad is not None and p.grad.isfinite().all() for p in trainable_parameters(model))


def test_training_reports_the_dropped_clips(tiny_model_dir, tmp_path):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.tasks import RecordingTaskState
    from tests.core.engine.helpers import fast_config

    good = utterances(6, seed=5, prefix="g")
    codec = LabelCodec.from_texts([u.text for u in good] + ["bala sinu kato meli"])
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab)
    state = RecordingTaskState()
    result = train(model=model, codec=codec, train_set=[*good, _short()], dev_set=good[:2],
                   config=fast_config(max_steps=3, eval_every=3), run_dir=tmp_path, state=state)
    assert [d.id for d in result.dropped] == ["short"]
    assert DroppedClips((result.dropped[0],)) in state.partials
    assert all(math.isfinite(p.loss) for p in state.partials if hasattr(p, "loss"))


def test_batches_hold_a_seconds_budget_and_depend_only_on_seed_and_epoch():
    rng = np.random.default_rng(0)
    durations = rng.uniform(0.5, 12.0, size=300).tolist()
    plan = plan_batches(durations, seconds_per_batch=30.0, seed=1, epoch=2)
    assert plan == plan_batches(durations, seconds_per_batch=30.0, seed=1, epoch=2)
    assert plan != plan_batches(durations, seconds_per_batch=30.0, seed=1, epoch=3)
    assert sorted(i for b in plan for i in b) == list(range(300))
    for batch in plan:
        assert max(durations[i] for i in batch) * len(batch) <= 30.0 or len(batch) == 1
    sizes = {len(b) for b in plan}
    assert len(sizes) > 3          # a seconds budget, not a fixed count


def test_runs_in_one_process_may_change_precision(tiny_model_dir, tmp_path):
    """accelerate's process-wide state must not pin the first run's precision (bf16 autocast
    on the CPU here, then fp32)."""
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.trainer import train
    from tests.core.engine.helpers import fast_config

    good = utterances(6, seed=6, prefix="p")
    codec = LabelCodec.from_texts([u.text for u in good])
    for precision in ("bf16", "fp32"):
        model = load_base_model(tiny_model_dir)
        init_adapter(model, vocab=codec.vocab)
        result = train(model=model, codec=codec, train_set=good, dev_set=good[:2],
                       config=fast_config(max_steps=2, eval_every=2, precision=precision),
                       run_dir=tmp_path / precision)
        assert result.precision == precision and math.isfinite(result.last_eval.loss)

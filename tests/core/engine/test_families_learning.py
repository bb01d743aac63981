"""The tiny Omnilingual model learns the synthetic language through the same trainer as the tiny
MMS model, at equal steps and settings, with graphemes its SentencePiece vocabulary lacks.

Figures (best dev CER of 150 steps), seeds 0/1/2 of the random bases: MMS adapter
5.5/9.3/7.7% (mean 7.5%); Omnilingual bottleneck of equal size 9.9/9.3/4.4% (mean 7.9%);
Omnilingual LoRA (the shipped kind: portable to transformers + peft) 12.6/12.6/9.3% (mean
11.5%), and 17.6% on this test's respelt texts (seed 0). So on random tiny bases LoRA learns
but trails the MMS adapter by a few points at equal steps; the bottleneck matches it. The test
prints its figures.
"""

from __future__ import annotations

import pytest

from mms_studio.core.engine.data import Utterance

pytestmark = pytest.mark.slow

# A bijective respelling: "a" -> "ɛ", "o" -> "ŋ" (neither is in the tiny base's SentencePiece
# vocabulary), so the task is the MMS model's own, spelt with characters only our head has.
RESPELL = str.maketrans({"a": "ɛ", "o": "ŋ"})


def _respelt(items: list[Utterance]) -> list[Utterance]:
    return [Utterance(id=u.id, text=u.text.translate(RESPELL), duration=u.duration,
                      samples=u.samples, speaker=u.speaker) for u in items]


def test_omniasr_learns_like_mms_at_equal_steps(trained, train_set, dev_set, tmp_path, capsys):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.tasks import RecordingTaskState
    from mms_studio.devtools import build_tiny_model
    from tests.core.engine.helpers import fast_config

    base = build_tiny_model(tmp_path / "omni", family="omniasr")
    train_respelt, dev_respelt = _respelt(train_set), _respelt(dev_set)
    codec = LabelCodec.from_texts([u.text for u in train_respelt])
    assert {"ɛ", "ŋ"} <= set(codec.vocab) and "a" not in codec.vocab
    model = load_base_model(base)
    init_adapter(model, vocab=codec.vocab)
    state = RecordingTaskState()
    result = train(model=model, codec=codec, train_set=train_respelt, dev_set=dev_respelt,
                   config=fast_config(), run_dir=tmp_path / "run", state=state)
    omni = [e.cer for e in state.partials if isinstance(e, EvalRow)]
    mms = [e.cer for e in trained.partials if isinstance(e, EvalRow)]
    with capsys.disabled():
        print(f"\ndev CER by evaluation (every 25 steps): MMS {[f'{c:.3f}' for c in mms]}, "
              f"Omnilingual LoRA {[f'{c:.3f}' for c in omni]}")
    assert len(omni) == len(mms) and omni[0] >= 0.9              # same schedule, from scratch
    assert result.best_cer <= 0.25                                # it learns the task
    # Not "at least as well" (see the figures above): within 15 points of the MMS adapter at
    # equal steps; a broken adapter (frozen, or not in the forward) stays near 100%.
    assert result.best_cer <= trained.result.best_cer + 0.15
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    rec = Recogniser(model, adapter=AdapterRef("xsy", codec.vocab))   # the app's decoding
    heard = [rec.transcribe_text(u.samples) for u in dev_respelt[:8]]
    assert any("ɛ" in text or "ŋ" in text for text in heard), heard

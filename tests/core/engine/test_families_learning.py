"""The tiny Omnilingual model learns the synthetic language through the same trainer as the tiny
MMS model, at equal steps and settings, with graphemes its SentencePiece vocabulary lacks.

Figures (best dev CER of 150 steps, 1 thread, seeds 0/1/2/3/4 of the random bases, plain
texts): MMS adapter (34,368 weights) 5.5/9.3/7.7/11.5/10.4% (mean 8.9%); Omnilingual
bottleneck of equal size (30,264; `adapter_kind="bottleneck"`) 9.3/8.2/4.4/8.2/12.6% (mean
8.6%); Omnilingual LoRA rank 4 (28,672; the default, portable to transformers + peft)
12.6/12.6/9.3/18.1/12.1% (mean 12.9%). LoRA trails at equal steps on these random bases and
no learning rate, LoRA+, alpha, rank/target or DoRA setting closed it (omniasr.py says what
was tried); over five seeds the bottleneck matches MMS. This test runs seed 0 on its respelt
texts (there: bottleneck 18.7%, LoRA 17.6%, MMS 5.5%: one seed says little), prints the figures
and asserts both kinds learn, within 15 points of the MMS adapter.
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
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.families.omniasr import load_omniasr
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.tasks import RecordingTaskState
    from mms_studio.devtools import build_tiny_model
    from tests.core.engine.helpers import fast_config

    base = build_tiny_model(tmp_path / "omni", family="omniasr")
    train_respelt, dev_respelt = _respelt(train_set), _respelt(dev_set)
    codec = LabelCodec.from_texts([u.text for u in train_respelt])
    assert {"ɛ", "ŋ"} <= set(codec.vocab) and "a" not in codec.vocab
    mms = [e.cer for e in trained.partials if isinstance(e, EvalRow)]
    curves, best = {}, {}
    for kind in ("bottleneck", "lora"):   # the per-run setting, and the default (last: used below)
        model = load_omniasr(base, kind=kind)
        init_adapter(model, vocab=codec.vocab)
        state = RecordingTaskState()
        result = train(model=model, codec=codec, train_set=train_respelt, dev_set=dev_respelt,
                       config=fast_config(), run_dir=tmp_path / f"run-{kind}", state=state)
        curves[kind] = [e.cer for e in state.partials if isinstance(e, EvalRow)]
        best[kind] = result.best_cer
        assert len(curves[kind]) == len(mms) and curves[kind][0] >= 0.9   # same schedule
    with capsys.disabled():
        print(f"\nbest dev CER at {len(mms) * 25} steps: MMS {trained.result.best_cer:.3f}, "
              f"Omnilingual bottleneck {best['bottleneck']:.3f}, LoRA {best['lora']:.3f}; "
              f"by evaluation: MMS {[f'{c:.3f}' for c in mms]}, "
              + ", ".join(f"{k} {[f'{c:.3f}' for c in v]}" for k, v in curves.items()))
    # Not "at least as well" (one seed is too few: see the figures above): each kind learns
    # the task, within 15 points of the MMS adapter at equal steps; a broken adapter (frozen,
    # or not in the forward) stays near 100%.
    for kind in best:
        assert best[kind] <= 0.25 and best[kind] <= trained.result.best_cer + 0.15, kind
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    rec = Recogniser(model, adapter=AdapterRef("xsy", codec.vocab))   # the app's decoding
    heard = [rec.transcribe_text(u.samples) for u in dev_respelt[:8]]
    assert any("ɛ" in text or "ŋ" in text for text in heard), heard

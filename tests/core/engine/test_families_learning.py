"""The tiny Omnilingual model, with the adapter a new run gets by default, learns the synthetic
language at least as well as the tiny MMS model at equal steps (issue 17's "done when").

Both go through the same loader (`load_base_model`, no kind said: the shipped default, shaped by
the trainer's `shape_for_run`) and trainer, with the same data and settings (150 steps,
`fast_config`), on the random bases of seeds 0-4; seed 0's MMS run is the shared `trained`
fixture. Figures (best dev CER, measured on a shared 2-core CPU, 1 thread; deterministic
there): MMS adapter 5.5/9.3/7.7/11.5/10.4% (mean 8.9%); Omnilingual default (bottleneck)
9.3/8.2/4.4/8.2/12.6% (mean 8.5%). LoRA rank 4 (`--adapter-kind lora`) reached
12.6/12.6/9.3/18.1/12.1% (mean 12.9%; families/omniasr.py says what else was tried).

One seed says little (seed 0: MMS 5.5%, bottleneck 9.3%; seed 2: 7.7% against 4.4%), so the
assertion is on the mean over five seeds, with a margin of one point: the runs are
deterministic on one computer, but another CPU's float rounding moves each seed's figure by
up to a few points, and the five-seed mean by about one. One point still tells the kinds
apart: LoRA's mean is four points behind MMS's. Separately, the default adapter learns the
same task respelt with graphemes the base's SentencePiece vocabulary lacks (ɛ, ŋ) and writes
them. About 80 s with 1 thread (ten 150-step runs of ~8 s, beside the shared MMS fixture);
LoRA's figures were re-measured with the same protocol (`adapter_kind="lora"`) when the
default changed, and are not re-run here to keep the test short.
"""

from __future__ import annotations

import statistics

import pytest

from mms_studio.core.engine.data import Utterance

pytestmark = pytest.mark.slow

SEEDS = (0, 1, 2, 3, 4)
MARGIN = 0.01   # CER points (as a fraction) the Omnilingual mean may trail MMS's: see above

# A bijective respelling: "a" -> "ɛ", "o" -> "ŋ" (neither is in the tiny base's SentencePiece
# vocabulary), so the task is the MMS model's own, spelt with characters only our head has.
RESPELL = str.maketrans({"a": "ɛ", "o": "ŋ"})


def _respelt(items: list[Utterance]) -> list[Utterance]:
    return [Utterance(id=u.id, text=u.text.translate(RESPELL), duration=u.duration,
                      samples=u.samples, speaker=u.speaker) for u in items]


def _train(base, texts, dev, run_dir):
    """(model, best dev CER, CER by evaluation) of the default adapter on `base`."""
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.tasks import RecordingTaskState
    from tests.core.engine.helpers import fast_config

    codec = LabelCodec.from_texts([u.text for u in texts])
    model = load_base_model(base)
    init_adapter(model, vocab=codec.vocab)
    state = RecordingTaskState()
    result = train(model=model, codec=codec, train_set=texts, dev_set=dev,
                   config=fast_config(), run_dir=run_dir, state=state)
    return model, codec, result.best_cer, [e.cer for e in state.partials if isinstance(e, EvalRow)]


def test_the_default_omniasr_adapter_learns_at_least_as_well_as_mms(trained, train_set, dev_set,
                                                                    tmp_path, capsys):
    from mms_studio.core.engine.families.omniasr import DEFAULT_KIND
    from mms_studio.core.engine.run_log import EvalRow
    from mms_studio.devtools import build_tiny_model

    mms = {0: trained.result.best_cer}
    omni, kinds = {}, set()
    schedule = len([e for e in trained.partials if isinstance(e, EvalRow)])
    for seed in SEEDS:
        if seed not in mms:
            base = build_tiny_model(tmp_path / f"mms-{seed}", seed=seed)
            _, _, mms[seed], curve = _train(base, train_set, dev_set, tmp_path / f"run-mms-{seed}")
            assert len(curve) == schedule and curve[0] >= 0.9      # same schedule, from 100%
        base = build_tiny_model(tmp_path / f"omni-{seed}", family="omniasr", seed=seed)
        model, _, omni[seed], curve = _train(base, train_set, dev_set,
                                             tmp_path / f"run-omni-{seed}")
        kinds.add(model.kind)
        assert len(curve) == schedule and curve[0] >= 0.9
    assert kinds == {DEFAULT_KIND}
    mean_mms, mean_omni = statistics.fmean(mms.values()), statistics.fmean(omni.values())
    with capsys.disabled():
        print(f"\nbest dev CER at {schedule * 25} steps, seeds {SEEDS}: MMS "
              f"{[f'{mms[s]:.3f}' for s in SEEDS]} mean {mean_mms:.3f}; Omnilingual "
              f"{DEFAULT_KIND} (default) {[f'{omni[s]:.3f}' for s in SEEDS]} "
              f"mean {mean_omni:.3f}")
    assert mean_omni <= mean_mms + MARGIN, (mean_omni, mean_mms)

    # Graphemes outside the base's SentencePiece vocabulary: learned and written.
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    train_respelt, dev_respelt = _respelt(train_set), _respelt(dev_set)
    model, codec, best, _ = _train(tmp_path / "omni-0", train_respelt, dev_respelt,
                                   tmp_path / "run-respelt")
    assert {"ɛ", "ŋ"} <= set(codec.vocab) and "a" not in codec.vocab
    with capsys.disabled():
        print(f"respelt (ɛ, ŋ), seed 0: Omnilingual {DEFAULT_KIND} best dev CER {best:.3f}")
    assert best <= 0.25      # a broken adapter (frozen, or not in the forward) stays near 100%
    rec = Recogniser(model, adapter=AdapterRef("xsy", codec.vocab))   # the app's decoding
    heard = [rec.transcribe_text(u.samples) for u in dev_respelt[:8]]
    assert any("ɛ" in text or "ŋ" in text for text in heard), heard

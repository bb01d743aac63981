"""An Omnilingual base transcribes through the same OpenVINO runtime as MMS (bottleneck adapters,
and the base's own zero-shot output); a LoRA adapter keeps the torch path.

The tiny Omnilingual base gets a bottleneck adapter trained on the synthetic language (the
default kind, 150 steps as in test_families_learning), a second one with random non-zero
weights (a fresh one adds nothing: its up-projection starts at zero) and a LoRA adapter with a
non-zero B, saved as training saves them. The int8 OpenVINO path (laid out as wav2vec2 in the
converted cache, families/omniasr_layout.py) must agree with the torch fp32 path on the trained
adapter (the issue's bar, as for MMS in test_inference_precision: >= 99 % token agreement),
swap adapters without a new export, and give the base's own output. Random adapters and the
random base's own head have small logit margins, so there int8 rounding flips near-ties (torch's
own int8 path agreed 96-97 % on frames with one, OpenVINO 98 %): they are held to the frame
agreement the MMS swap test asks (>= 95 %), the trained adapter to the full bar.
"""

from __future__ import annotations

import jiwer
import numpy as np
import pytest

from mms_studio.core.engine.transcribe import Recogniser
from mms_studio.devtools import build_tiny_model, synth_utterance, synthetic_long_audio

pytestmark = pytest.mark.slow   # one 150-step training (~8 s) and a few exports

VOCAB = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "e": 4, "i": 5, "k": 6, "l": 7, "m": 8,
         "n": 9, "o": 10, "s": 11, "t": 12, "u": 13}
WORDS = (["kato", "meli", "sinu"], ["bala", "tomi"], ["lume", "kosa", "nita", "emo"],
         ["sulo"], ["mika", "tula", "neso"], ["ako", "liso", "mutu"])


def _saved_adapter(base, folder, *, kind: str, seed: int, rank: int = 4):
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.families.omniasr import load_omniasr
    from mms_studio.core.engine.library import save_adapter

    model = load_omniasr(base, kind=kind, rank=rank)
    init_adapter(model, vocab=VOCAB, seed=seed)
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if ".adapter_layer." in name or name.startswith("lm_head."):
                param.add_(torch.randn(param.shape, generator=generator) * 0.2)
    return save_adapter(model, folder=folder, name=f"{kind}-{seed}", language="xsy",
                        vocab=VOCAB, base_model=str(base),
                        extra={"train_config": {"adapter_kind": kind}}).path


def _trained_adapter(base, folder, *, train_set, dev_set, run_dir):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.library import save_adapter
    from mms_studio.core.engine.trainer import train
    from tests.core.engine.helpers import fast_config

    codec = LabelCodec.from_texts([u.text for u in train_set])
    model = load_base_model(base)   # the default kind: a bottleneck
    init_adapter(model, vocab=codec.vocab)
    result = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                   config=fast_config(), run_dir=run_dir)
    assert model.kind == "bottleneck" and result.best_cer < 0.3, "the adapter did not learn"
    return save_adapter(model, folder=folder, name="trained", language="xsy", vocab=codec.vocab,
                        base_model=str(base), extra={"train_config": {
                            "adapter_kind": "bottleneck"}}).path


@pytest.fixture(scope="module")
def omni(tmp_path_factory, train_set, dev_set):
    """(base folder, {name: adapter folder}, dev clips), with its own converted-base cache."""
    from mms_studio.core.engine.openvino_runtime import openvino_available

    assert openvino_available(), "the openvino extra is part of the test extras"
    root = tmp_path_factory.mktemp("omni-ov")
    base = build_tiny_model(root / "base", family="omniasr")
    adapters = {"one": _trained_adapter(base, root / "lib" / "one", train_set=train_set,
                                        dev_set=dev_set, run_dir=root / "run"),
                "two": _saved_adapter(base, root / "lib" / "two", kind="bottleneck", seed=5),
                "lora": _saved_adapter(base, root / "lib" / "lora", kind="lora", seed=6),
                # a bottleneck of another width (--lora-rank 9): the graph's inputs are dynamic
                "wide": _saved_adapter(base, root / "lib" / "wide", kind="bottleneck", seed=7,
                                       rank=9)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MMS_STUDIO_CACHE_DIR", str(root / "cache"))
        patch.setenv("MMS_STUDIO_RUNTIME", "auto")
        yield base, adapters, [u.samples for u in dev_set]


def _audio() -> list[np.ndarray]:
    rng = np.random.default_rng(3)
    clips = [synth_utterance(words, rng=rng).samples for words in WORDS]
    return [*clips, synthetic_long_audio(45.0, seed=7).samples]


def _agreement(reference: Recogniser, fast: Recogniser,
               clips: list[np.ndarray] | None = None) -> tuple[float, float]:
    """(token agreement of the texts, frame argmax agreement) of two recognisers."""
    ref, hyp = [], []
    same = total = 0
    for samples in clips or _audio():
        a, b = reference.log_probs(samples), fast.log_probs(samples)
        assert a.shape == b.shape and np.isfinite(b).all()
        same += int((a.argmax(-1) == b.argmax(-1)).sum())
        total += len(a)
        ref.append(reference.transcribe(samples).text)
        hyp.append(fast.transcribe(samples).text)
    joined = " ".join(ref)
    assert joined.strip(), "the reference writes nothing: the check would be empty"
    return 1.0 - jiwer.cer(joined, " ".join(hyp)), same / total


def _is_openvino(rec: Recogniser) -> bool:
    return type(rec.model).__name__ == "OpenVINOModel"


def test_a_bottleneck_adapter_runs_on_openvino_and_agrees_with_fp32(omni):
    base, adapters, dev = omni
    fp32 = Recogniser.load(base, adapter_dir=adapters["one"], device="cpu", precision="fp32")
    fast = Recogniser.load(base, adapter_dir=adapters["one"], device="cpu", precision="int8")
    assert _is_openvino(fast) and not _is_openvino(fp32)
    assert fast.model.max_window_seconds == 40.0
    tokens, frames = _agreement(fp32, fast, [*dev, synthetic_long_audio(90.0, seed=5).samples])
    print(f"Omnilingual bottleneck, int8 OpenVINO vs fp32 torch: token agreement {tokens:.4f}, "
          f"frame argmax agreement {frames:.4f}")
    assert tokens >= 0.99
    assert frames >= 0.97


def test_swapping_adapters_and_the_zero_shot_output_needs_no_new_export(omni):
    from mms_studio.core.engine.evaluate import ZERO_SHOT_NAME
    from mms_studio.core.engine.openvino_runtime import export_path

    base, adapters, _dev = omni
    fast = Recogniser.load(base, adapter_dir=adapters["one"], device="cpu", precision="int8")
    xml = export_path(base)
    made = xml.stat().st_mtime_ns
    samples = _audio()[0]
    one = fast.log_probs(samples)
    fast.use_adapter(adapters["two"])
    assert _is_openvino(fast)
    two = fast.log_probs(samples)
    width = min(one.shape[-1], two.shape[-1])
    assert not np.allclose(one[:, :width], two[:, :width], atol=1e-3), "the swap changed nothing"
    fp32_two = Recogniser.load(base, adapter_dir=adapters["two"], device="cpu", precision="fp32")
    tokens, frames = _agreement(fp32_two, fast)
    print(f"Omnilingual random bottleneck, int8 OpenVINO vs fp32 torch: token agreement "
          f"{tokens:.4f}, frame argmax agreement {frames:.4f}")
    assert frames >= 0.95
    fast.use_adapter(adapters["wide"])
    assert _is_openvino(fast)
    fp32_wide = Recogniser.load(base, adapter_dir=adapters["wide"], device="cpu",
                                precision="fp32")
    assert _agreement(fp32_wide, fast)[1] >= 0.95

    # The base's own output: zero adapters and its ctc_head, on the same graph.
    fast.use_base_language(base, "xsy")
    assert _is_openvino(fast) and fast.adapter.name == ZERO_SHOT_NAME
    zero_shot = Recogniser.load(base, language="xsy", device="cpu", precision="fp32")
    tokens, frames = _agreement(zero_shot, fast)
    print(f"Omnilingual zero-shot, int8 OpenVINO vs fp32 torch: token agreement {tokens:.4f}, "
          f"frame argmax agreement {frames:.4f}")
    assert frames >= 0.95
    assert xml.stat().st_mtime_ns == made
    assert len(list(xml.parent.parent.glob("openvino-*"))) == 1
    # Loaded for the zero-shot output first, the base takes OpenVINO too.
    assert _is_openvino(Recogniser.load(base, language="xsy", device="cpu", precision="int8"))


def test_a_lora_adapter_keeps_the_torch_path_with_the_same_text(omni, monkeypatch):
    base, adapters, _dev = omni
    samples = _audio()[-1]
    monkeypatch.setenv("MMS_STUDIO_RUNTIME", "torch")
    before = Recogniser.load(base, adapter_dir=adapters["lora"], device="cpu", precision="int8")
    expected = before.transcribe(samples).text
    assert expected.strip()
    monkeypatch.setenv("MMS_STUDIO_RUNTIME", "auto")
    lora = Recogniser.load(base, adapter_dir=adapters["lora"], device="cpu", precision="int8")
    assert not _is_openvino(lora)
    assert lora.transcribe(samples).text == expected
    # Swapped into a recogniser running OpenVINO, it reloads the base on torch.
    fast = Recogniser.load(base, adapter_dir=adapters["one"], device="cpu", precision="int8")
    assert _is_openvino(fast)
    fast.use_adapter(adapters["lora"])
    assert not _is_openvino(fast)
    assert fast.transcribe(samples).text == expected


def test_the_runtime_is_chosen_with_the_adapter_kind():
    from mms_studio.core.engine.hardware import Hardware
    from mms_studio.core.engine.inference import choose_runtime

    cpu = Hardware("cpu", "CPU", 8.0, bf16=False, fp16=False)
    assert choose_runtime(cpu, "int8", "openvino", adapter_kind="lora") == "torch"
    assert choose_runtime(cpu, "int8", "openvino", adapter_kind="bottleneck") == "openvino"
    assert choose_runtime(cpu, "int8", "openvino") == "openvino"
    assert choose_runtime(cpu, "fp32", "openvino", adapter_kind="bottleneck") == "torch"


def test_the_converted_base_is_a_wav2vec2_layout_cache_entry(omni):
    """One entry per base, keyed and listed like an MMS base's: int8 encoder Linears under
    wav2vec2's names, the positional conv as weight-norm halves, zero adapters, the base's head."""
    import torch
    from safetensors import safe_open

    from mms_studio.core.engine.converted_cache import cache_info, entry_dir
    from mms_studio.core.engine.families.omniasr_zero_shot import read_base_head

    base, _adapters, _dev = omni
    Recogniser.load(base, language="xsy", device="cpu", precision="int8")
    (converted,) = entry_dir(base).glob("int8-*.safetensors")
    with safe_open(str(converted), framework="pt") as handle:
        keys = set(handle.keys())  # noqa: SIM118 - safe_open is not a dict
        assert handle.get_tensor(
            "wav2vec2.encoder.layers.0.attention.q_proj.weight").dtype == torch.int8
        assert "wav2vec2.encoder.layers.0.attention.q_proj.weight_scale" in keys
        assert not handle.get_tensor("wav2vec2.encoder.layers.1.adapter_layer.linear_2.weight"
                                     ).any()
        head = read_base_head(base)
        stored = handle.get_tensor("lm_head.weight")   # in the layout's float dtype
        assert torch.equal(stored, head["weight"].to(stored.dtype))
    assert "wav2vec2.encoder.pos_conv_embed.conv.parametrizations.weight.original0" in keys
    assert not any(key.startswith("model.") for key in keys)
    listed = {e.path: e for e in cache_info().entries}
    assert converted in listed and not listed[converted].stale

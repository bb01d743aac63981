"""An Omnilingual bottleneck adapter exports as a plain Wav2Vec2ForCTC that computes what the app does.

The tiny Omnilingual base gets a bottleneck adapter with random non-zero weights (a fresh one
adds nothing: its up-projection starts at zero), saved to a library folder as training does,
and exported by `export_hf_folder`. Plain transformers, with no MMS Studio code, then loads the
folder three ways (whole model; `target_lang=`; `load_adapter`) and must give our logits
(padded batch included) and, through the exported processor, the app's greedy text.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.devtools import build_tiny_model, synth_utterance

VOCAB = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "e": 4, "i": 5, "k": 6, "l": 7, "m": 8,
         "o": 9, "t": 10, "ŋ": 11, "ɛ": 12}   # ŋ, ɛ: outside the base's SentencePiece pieces


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """(base folder, our model with a random bottleneck, its library folder, the HF folder)."""
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.families.omniasr import load_omniasr
    from mms_studio.core.engine.library import export_hf_folder, save_adapter

    root = tmp_path_factory.mktemp("omni-w2v")
    base = build_tiny_model(root / "base", family="omniasr")
    model = load_omniasr(base, kind="bottleneck")
    init_adapter(model, vocab=VOCAB, seed=4)
    generator = torch.Generator().manual_seed(4)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if ".adapter_layer." in name or name.startswith("lm_head."):
                param.add_(torch.randn(param.shape, generator=generator) * 0.2)
    info = save_adapter(model, folder=root / "library" / "xsy", name="xsy", language="xsy",
                        vocab=VOCAB, base_model=str(base),
                        extra={"train_config": {"adapter_kind": "bottleneck"}})
    out = export_hf_folder(info.path, base_dir=base, out=root / "hf")
    return base, model, info, out


def _audio() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(2)
    return (synth_utterance(["kato", "meli", "sinu"], rng=rng).samples,
            synth_utterance(["bala"], rng=rng).samples)


def test_the_folder_is_a_plain_wav2vec2_model_with_an_mms_adapter(exported):
    from safetensors.torch import load_file

    from mms_studio.core.engine.families.omniasr import shape_of

    _, model, info, out = exported
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    assert config["model_type"] == "wav2vec2" and config["architectures"] == ["Wav2Vec2ForCTC"]
    assert config["adapter_attn_dim"] == model.shape.width == \
        shape_of(load_file(str(info.weights_path))).width
    assert config["vocab_size"] == len(VOCAB) and config["do_stable_layer_norm"]
    adapter = load_file(str(out / "adapter.xsy.safetensors"))
    assert set(adapter) == {f"wav2vec2.encoder.layers.{i}.adapter_layer.{p}.{w}"
                            for i in range(2) for p in ("norm", "linear_1", "linear_2")
                            for w in ("weight", "bias")} | {"lm_head.weight", "lm_head.bias"}
    processor_config = json.loads((out / "preprocessor_config.json").read_text())
    assert processor_config["feature_extractor_type"] == "Wav2Vec2FeatureExtractor"
    assert not (out / "peft").exists()
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "Apache-2.0" in card and "Wav2Vec2ForCTC.from_pretrained" in card
    assert "needs MMS Studio" not in card


def test_plain_transformers_gives_our_logits_and_our_text(exported):
    import torch
    from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor

    from mms_studio.core.engine.transcribe import Recogniser

    base, model, info, out = exported
    plain, loading = Wav2Vec2ForCTC.from_pretrained(out, output_loading_info=True)
    assert not any(loading.values()), loading          # every weight found, none left over
    plain.eval()
    processor = Wav2Vec2Processor.from_pretrained(out)
    long, short = _audio()
    inputs = processor([long, short], sampling_rate=16000, padding=True, return_tensors="pt")
    with torch.no_grad():
        theirs = plain(**inputs).logits
        ours = model(inputs["input_values"], attention_mask=inputs["attention_mask"]).logits
    assert torch.allclose(theirs, ours, atol=1e-4), (theirs - ours).abs().max()
    assert ours.std() > 0.1                             # the adapter and head are not blank

    app = Recogniser.load(base, adapter_dir=info.path, device="cpu", precision="fp32")
    for samples in (long, short):
        single = processor(samples, sampling_rate=16000, return_tensors="pt")
        with torch.no_grad():
            ids = plain(**single).logits.argmax(-1)
        text = processor.batch_decode(ids)[0]
        assert text.strip() and text == app.transcribe_text(samples), text


def test_the_adapter_file_loads_like_an_mms_adapter(exported):
    import torch
    from transformers import Wav2Vec2ForCTC

    _, model, _, out = exported
    long, _ = _audio()
    x = torch.from_numpy((long - long.mean()) / np.sqrt(long.var() + 1e-7))[None]
    with torch.no_grad():
        ours = model(x).logits
        by_lang = Wav2Vec2ForCTC.from_pretrained(out, target_lang="xsy").eval()
        assert torch.allclose(by_lang(x).logits, ours, atol=1e-4)
        swapped = Wav2Vec2ForCTC.from_pretrained(out).eval()
        for param in swapped._get_adapters().values():  # lose the adapter, then load it back
            param.zero_()
        assert not torch.allclose(swapped(x).logits, ours, atol=1e-2)
        swapped.load_adapter("xsy")
        assert torch.allclose(swapped(x).logits, ours, atol=1e-4)


def test_a_base_and_adapter_that_do_not_fit_are_refused(exported, tmp_path):
    from mms_studio.core.engine.families.omniasr_export import mms_adapter_tensors
    from mms_studio.core.errors import ModelError

    with pytest.raises(ModelError, match="does not fit"):
        mms_adapter_tensors({"model.audio_tower.layers.0.adapter_layer.gate.weight": None})
    base, _, info, _ = exported
    from mms_studio.core.engine.library import export_hf_folder

    odd = Path(tmp_path / "odd")
    odd.mkdir()
    config = json.loads((base / "config.json").read_text())
    config["audio_config"]["num_hidden_layers"] = 3            # a base with another depth
    (odd / "config.json").write_text(json.dumps(config))
    (odd / "model.safetensors").write_bytes((base / "model.safetensors").read_bytes())
    with pytest.raises(ModelError, match="does not fit"):
        export_hf_folder(info.path, base_dir=odd, out=tmp_path / "hf")

"""Model families: the base's family read from its own config.json, and an Omnilingual base
going through the same loading, adapter, saving and transcribing functions as MMS."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.core.errors import ModelError
from mms_studio.devtools import build_tiny_model, synth_utterance


@pytest.fixture(scope="module")
def omni_dir(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("omni") / "base", family="omniasr")


def test_family_is_read_from_the_folders_config(omni_dir, tiny_model_dir, tmp_path):
    from mms_studio.core.engine.families import family_for, family_name

    assert family_name(omni_dir) == "omniasr" and family_name(tiny_model_dir) == "mms"
    assert family_for(omni_dir).max_window_seconds == 40.0
    assert family_for(tiny_model_dir).base_adapters
    odd = tmp_path / "odd"
    odd.mkdir()
    (odd / "config.json").write_text(json.dumps({"model_type": "whisper"}))
    with pytest.raises(ModelError, match="cannot train") as err:
        family_name(odd)
    assert "Error" not in str(err.value)


def test_tiny_omniasr_folder_is_laid_out_like_the_hub_model(omni_dir):
    from transformers import AutoProcessor

    config = json.loads((omni_dir / "config.json").read_text())
    assert config["model_type"] == "omniasr_ctc" and config["blank_token_id"] == 0
    assert (omni_dir / "model.safetensors").is_file() and not list(omni_dir.glob("*.bin"))
    processor = AutoProcessor.from_pretrained(omni_dir)   # transformers' own OmniASR processor
    ids = processor.tokenizer("bala sinu")["input_ids"]
    assert 0 not in ids and processor.decode([0, *ids, 0], skip_special_tokens=True) == \
        "bala sinu"


def test_omniasr_base_takes_an_adapter_like_mms(omni_dir, tmp_path):
    """init_adapter, the adapter's weights, saving, and swapping: the MMS functions, unchanged."""
    import torch

    from mms_studio.core.engine.adapters import (
        adapter_state,
        init_adapter,
        read_adapter_file,
        save_adapter_file,
        set_adapter_state,
    )
    from mms_studio.core.engine.base import load_base_model

    # ŋ and ɛ are not in the base's SentencePiece vocabulary: our output layer has them.
    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "ŋ": 4, "ɛ": 5}
    model = load_base_model(omni_dir)
    assert getattr(model, "family", "") == "omniasr"
    init_adapter(model, vocab=vocab, seed=1)
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(".adapter_layer." in n or n.startswith("lm_head.")
                             for n in trainable)
    assert model.lm_head.out_features == len(vocab)
    base_weights = sum(p.numel() for p in model.parameters())
    adapter_weights = sum(v.numel() for v in adapter_state(model).values())
    assert adapter_weights < 0.1 * base_weights
    x = torch.from_numpy(synth_utterance(["bala"], rng=np.random.default_rng(0)).samples)[None]
    with torch.no_grad():
        assert model(x).logits.shape[-1] == len(vocab)
    path = tmp_path / "adapter.xyz.safetensors"
    with torch.no_grad():  # something other than the fresh start (up = 0), to see it come back
        next(p for n, p in model.named_parameters() if ".adapter_layer.up." in n).add_(0.5)
    save_adapter_file(model, path)
    other = load_base_model(omni_dir)
    init_adapter(other, vocab={"[PAD]": 0, "[UNK]": 1, "b": 2}, seed=2)
    set_adapter_state(other, read_adapter_file(path))     # swapped in place, head resized
    with torch.no_grad():
        assert torch.allclose(other(x).logits, model(x).logits, atol=1e-5)


def test_an_mms_adapter_is_refused_by_an_omniasr_base(omni_dir, tiny_model_dir):
    from mms_studio.core.engine.adapters import init_adapter, read_adapter_file, set_adapter_state
    from mms_studio.core.engine.base import load_base_model

    model = load_base_model(omni_dir)
    init_adapter(model, vocab={"[PAD]": 0, "[UNK]": 1, "a": 2})
    with pytest.raises(ModelError, match="does not fit"):
        set_adapter_state(model, read_adapter_file(tiny_model_dir / "adapter.eng.safetensors"))
    with pytest.raises(ModelError, match="no per-language adapters"):
        load_base_model(omni_dir, target_lang="eng")


def test_transcription_windows_respect_the_families_limit(omni_dir):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3}
    model = load_base_model(omni_dir)
    init_adapter(model, vocab=vocab)
    rec = Recogniser(model, adapter=AdapterRef("xyz", vocab))
    audio = np.zeros(16000 * 2, dtype=np.float32)
    assert rec.transcribe(audio, chunk_seconds=90.0).meta["chunk_seconds"] == 40.0
    assert rec.transcribe(audio, chunk_seconds=20.0).meta["chunk_seconds"] == 20.0


def test_merged_export_computes_what_the_adapter_does(omni_dir):
    """W + (alpha/r)·B·A in the exported weights gives the same logits as the LoRA layers
    (LoRA is a per-run choice; the default bottleneck's export: test_omniasr_wav2vec2_export)."""
    import torch
    from safetensors.torch import load_file
    from transformers import OmniASRForCTC

    from mms_studio.core.engine.adapters import adapter_state, init_adapter
    from mms_studio.core.engine.families import omniasr
    from mms_studio.core.engine.families.omniasr_export import merged_tensors, peft_tensors

    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "b": 4}
    model = omniasr.load_omniasr(omni_dir, kind="lora")
    init_adapter(model, vocab=vocab, seed=3)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_B" in name:
                param.normal_(0.0, 0.05)
    adapter = adapter_state(model)
    merged = merged_tensors(adapter, load_file(str(omni_dir / "model.safetensors")),
                            rank=omniasr.LORA_RANK, alpha=omniasr.LORA_ALPHA)
    plain = OmniASRForCTC.from_pretrained(omni_dir, vocab_size=len(vocab),
                                          ignore_mismatched_sizes=True).eval()
    plain.load_state_dict(merged)
    samples = synth_utterance(["kato", "meli"], rng=np.random.default_rng(1)).samples
    x = torch.from_numpy((samples - samples.mean()) / samples.std())[None]
    with torch.no_grad():
        ours = model(x).logits
        theirs = plain(input_values=x[:, None, :]).logits
    assert torch.allclose(ours, theirs, atol=1e-4)
    names = peft_tensors(adapter)
    assert all(n.startswith("base_model.model.") for n in names)
    assert sum(".lora_A." in n for n in names) == len(omniasr.LORA_TARGETS) * 2   # 2 layers


def test_catalog_says_licence_size_and_speed_of_each_base():
    from mms_studio.core.engine.families import FAMILIES
    from mms_studio.core.engine.families.catalog import BASES, base_choice, license_notice

    assert {b.family for b in BASES} == set(FAMILIES)
    assert base_choice("facebook/mms-1b-all").license == "CC-BY-NC-4.0"
    assert base_choice("hf-audio/omniasr-ctc-300m-v2").license == "Apache-2.0"
    for base in BASES:
        assert base.download_gb > 0 and base.speed_note
        assert base.license.replace("-", " ").rsplit(" ", 1)[0] in base.license_notice.replace("-", " ")
    assert "Apache-2.0" in license_notice("omniasr") and "CC-BY-NC" in license_notice("mms")


def test_cancel_then_resume_on_omniasr_matches_an_uninterrupted_run(omni_dir, tmp_path):
    """Checkpoints of an Omnilingual adapter: the trainer's own cancel/resume, unchanged."""
    import torch

    from mms_studio.core.engine.adapters import adapter_state, init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.trainer import train
    from mms_studio.core.errors import Cancelled
    from mms_studio.core.tasks import RecordingTaskState
    from tests.core.engine.helpers import fast_config, utterances

    train_set, dev_set = utterances(24, seed=11, prefix="r"), utterances(4, seed=12, prefix="q")
    codec = LabelCodec.from_texts([u.text for u in train_set])
    config = fast_config(max_steps=16, eval_every=8, log_every=1, seconds_per_batch=6.0,
                         warmup_steps=4)

    def fresh():
        model = load_base_model(omni_dir)
        init_adapter(model, vocab=codec.vocab, seed=3)
        return model

    model = fresh()
    train(model=model, codec=codec, train_set=train_set, dev_set=dev_set, config=config,
          run_dir=tmp_path / "whole")
    reference = adapter_state(model)
    state = RecordingTaskState(
        cancel_when=lambda s: any(getattr(p, "step", 0) >= 7 for p in s.partials))
    with pytest.raises(Cancelled):
        train(model=fresh(), codec=codec, train_set=train_set, dev_set=dev_set, config=config,
              run_dir=tmp_path / "split", state=state)
    model = fresh()
    resumed = train(model=model, codec=codec, train_set=train_set, dev_set=dev_set,
                    config=config, run_dir=tmp_path / "split", resume=True)
    assert resumed.steps == 16
    for name, value in adapter_state(model).items():
        torch.testing.assert_close(value, reference[name], rtol=1e-5, atol=1e-6)

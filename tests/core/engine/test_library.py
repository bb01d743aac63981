"""Adapter library: save/switch without reloading, bundles, HF folders plain transformers loads, import."""

from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest

from mms_studio import MMS_LICENSE_NOTICE
from mms_studio.core.engine.library import (
    export_bundle,
    export_hf_folder,
    import_bundle,
    list_adapters,
    read_adapter_info,
    save_adapter,
)
from mms_studio.core.engine.transcribe import Recogniser
from mms_studio.core.errors import ImportFailedError, ModelError


@pytest.fixture(scope="module")
def adapter_dir(trained, tmp_path_factory):
    folder = tmp_path_factory.mktemp("lib") / "synthetic"
    save_adapter(trained.model, folder=folder, name="synthetic", language="xsy",
                 vocab=trained.codec.vocab, base_model=str(trained.base_dir),
                 metrics={"cer": trained.result.best_cer, "steps": trained.result.steps},
                 extra={"data": {"train_clips": 160, "speakers": 4}})
    return folder


def test_saved_adapter_has_the_mms_layout(adapter_dir):
    names = {p.name for p in adapter_dir.iterdir()}
    assert {"adapter.xsy.safetensors", "vocab.json", "adapter.json", "metrics.json",
            "README.md"} <= names
    vocab = json.loads((adapter_dir / "vocab.json").read_text())
    assert list(vocab) == ["xsy"] and vocab["xsy"]["[PAD]"] == 0
    card = (adapter_dir / "README.md").read_text()
    assert MMS_LICENSE_NOTICE in card and "CER" in card and "train clips: 160" in card
    assert [a.name for a in list_adapters(adapter_dir.parent)] == ["synthetic"]


def test_switching_adapters_keeps_the_base_loaded(trained, adapter_dir):
    rec = Recogniser.load(trained.base_dir, language="eng", device="cpu", precision="fp32")
    base_param = rec.model.wav2vec2.feature_projection.projection.weight
    eng_rows = rec.model.lm_head.out_features
    clip = trained.dev[0]
    rec.use_adapter(adapter_dir)
    assert rec.model.wav2vec2.feature_projection.projection.weight is base_param
    assert rec.model.lm_head.out_features == len(trained.codec.vocab) != eng_rows
    text = rec.transcribe_text(clip.samples)
    rec.use_base_language(trained.base_dir, "abc")
    assert rec.adapter.language == "abc"
    rec.use_adapter(adapter_dir)
    assert rec.transcribe_text(clip.samples) == text


def test_hf_folder_loads_in_plain_transformers_and_agrees(trained, adapter_dir, tmp_path):
    import torch
    from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor

    out = export_hf_folder(adapter_dir, base_dir=trained.base_dir, out=tmp_path / "hf")
    assert not list(out.glob("*.bin"))
    model = Wav2Vec2ForCTC.from_pretrained(out, target_lang="xsy").eval()
    processor = Wav2Vec2Processor.from_pretrained(out)
    ours = Recogniser.load(trained.base_dir, adapter_dir=adapter_dir, device="cpu",
                           precision="fp32")
    agree = 0
    for utt in trained.dev[:8]:
        inputs = processor(utt.samples, sampling_rate=16000, return_tensors="pt")
        with torch.no_grad():
            ids = model(**inputs).logits.argmax(-1)
        theirs = processor.batch_decode(ids)[0]
        assert theirs == ours.transcribe_text(utt.samples)
        agree += theirs == utt.text
    assert agree >= 2   # and they are real transcripts, not two equal empty strings


def test_bundle_zip_round_trip_and_name_clash(adapter_dir, tmp_path, trained):
    bundle = export_bundle(adapter_dir, tmp_path / "syn.zip", as_zip=True)
    with zipfile.ZipFile(bundle) as zf:
        names = set(zf.namelist())
    assert {"adapter.xsy.safetensors", "vocab.json", "tokenizer_config.json",
            "preprocessor_config.json", "README.md"} <= names
    library = tmp_path / "library"
    info = import_bundle(bundle, library=library)
    assert info.language == "xsy" and info.vocab == trained.codec.vocab
    with pytest.raises(ImportFailedError, match="already exists"):
        import_bundle(bundle, library=library)
    renamed = import_bundle(bundle, library=library, name="copy")
    assert read_adapter_info(renamed.path).name == "copy"


@pytest.mark.parametrize("member", ["../evil.json", "/abs/adapter.json", "sub/../../x.json"])
def test_zip_with_traversal_is_refused_and_nothing_written(member, tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("adapter.json", "{}")
        zf.writestr(member, "{}")
    library = tmp_path / "library"
    with pytest.raises(ImportFailedError, match="unsafe file path"):
        import_bundle(bad, library=library)
    assert not library.exists() or not any(library.iterdir())
    assert not (tmp_path / "evil.json").exists()


def test_damaged_bundles_give_clear_errors(adapter_dir, tmp_path):
    not_zip = tmp_path / "junk.zip"
    not_zip.write_bytes(b"not a zip at all")
    with pytest.raises(ImportFailedError, match="not a zip"):
        import_bundle(not_zip, library=tmp_path / "lib")
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in adapter_dir.iterdir():
        (broken / f.name).write_bytes(f.read_bytes())
    (broken / "adapter.xsy.safetensors").write_bytes(b"\x00" * 64)
    with pytest.raises(ImportFailedError, match="not a usable adapter"):
        import_bundle(broken, library=tmp_path / "lib")
    (broken / "vocab.json").unlink()
    with pytest.raises(ModelError, match="incomplete"):
        read_adapter_info(broken)


def test_continuing_from_a_related_language_copies_shared_rows(trained):
    from safetensors.torch import load_file

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import base_vocabularies, load_base_model

    model = load_base_model(trained.base_dir)
    vocab = trained.codec.vocab
    init = init_adapter(model, vocab=vocab, base_dir=trained.base_dir, from_adapter="abc")
    abc = base_vocabularies(trained.base_dir)["abc"]
    shared = [t for t in vocab if t in abc or t in ("[PAD]", "[UNK]")]
    assert init.copied_rows == len(shared) and 0 < init.copied_rows < len(vocab)
    source = load_file(str(trained.base_dir / "adapter.abc.safetensors"))
    head = model.lm_head.weight.detach().numpy()
    for token in ("|", "a", "[PAD]"):
        src = abc[{"[PAD]": "<pad>"}.get(token, token)]
        np.testing.assert_array_equal(head[vocab[token]], source["lm_head.weight"][src].numpy())
    key = next(k for k in source if "adapter_layer" in k)
    np.testing.assert_array_equal(dict(model.named_parameters())[key].detach().numpy(),
                                  source[key].numpy())
    assert model.lm_head.out_features == len(vocab)
    assert all(p.requires_grad == (n in model._get_adapters()) for n, p in model.named_parameters())

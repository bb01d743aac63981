"""Small pieces of the engine: tiny model layout, decoding, metrics, hardware presets, base errors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mms_studio.core.engine.decode import FRAME_SECONDS, greedy_decode
from mms_studio.core.engine.hardware import (
    Hardware,
    cpu_has_amx,
    cpu_has_bf16,
    pick_precision,
    seconds_per_batch,
)
from mms_studio.core.engine.metrics import char_errors, corpus_cer, word_errors
from mms_studio.core.errors import ModelError, OfflineError


def test_tiny_model_has_the_mms_1b_all_layout(tiny_model_dir):
    names = {p.name for p in tiny_model_dir.iterdir()}
    assert {"config.json", "model.safetensors", "vocab.json", "preprocessor_config.json",
            "tokenizer_config.json", "special_tokens_map.json", "adapter.eng.safetensors",
            "adapter.abc.safetensors"} <= names
    assert not [n for n in names if n.endswith((".bin", ".pt", ".pth"))]
    config = json.loads((tiny_model_dir / "config.json").read_text())
    assert config["adapter_attn_dim"] and config["do_stable_layer_norm"]
    assert np.prod(config["conv_stride"]) == 320
    vocab = json.loads((tiny_model_dir / "vocab.json").read_text())
    assert set(vocab) == {"eng", "abc"} and vocab["eng"]["<pad>"] == 0
    size = sum(p.stat().st_size for p in tiny_model_dir.iterdir())
    assert size < 20 * 2**20


def test_base_language_loads_through_transformers_own_adapter_path(tiny_model_dir):
    from safetensors.torch import load_file

    from mms_studio.core.engine.base import available_adapters, load_base_model

    assert available_adapters(tiny_model_dir) == ["abc", "eng"]
    model = load_base_model(tiny_model_dir, target_lang="abc")
    abc = load_file(str(tiny_model_dir / "adapter.abc.safetensors"))
    assert model.lm_head.out_features == abc["lm_head.weight"].shape[0]
    assert (model.lm_head.weight.detach() == abc["lm_head.weight"]).all()
    with pytest.raises(ModelError, match="no adapter for the language code “zzz”"):
        load_base_model(tiny_model_dir, target_lang="zzz")


def test_base_model_errors_are_plain(tmp_path, monkeypatch):
    from mms_studio.core.engine.base import resolve_base_model

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(OfflineError, match="local model folder"):
        resolve_base_model("someone/not-downloaded-model", cache_dir=str(tmp_path / "cache"))
    with pytest.raises(ModelError, match="does not exist"):
        resolve_base_model(str(tmp_path / "missing" / "folder"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="does not hold a model"):
        resolve_base_model(str(tmp_path / "empty"))


def test_greedy_decode_collapses_times_and_scores():
    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "b": 4}
    id_to_token = {i: t for t, i in vocab.items()}
    # frames: a a _ a b | _ _ b _   -> "aab" then "b"
    ids = np.array([3, 3, 0, 3, 4, 2, 0, 0, 4, 0])
    probs = np.array([0.9, 0.7, 1, 0.8, 0.6, 1, 1, 1, 0.5, 1], dtype=np.float32)
    words = greedy_decode(ids, probs, id_to_token=id_to_token, blank=0).words
    assert [w.text for w in words] == ["aab", "b"]
    assert words[0].start == 0.0 and words[0].end == pytest.approx(5 * FRAME_SECONDS)
    assert words[0].confidence == pytest.approx(np.mean([0.9, 0.7, 0.8, 0.6]))
    assert words[1].start == pytest.approx(8 * FRAME_SECONDS)
    # A long silence inside a "word" splits it when asked to.
    ids = np.array([3, 0, 0, 0, 0, 4])
    split = greedy_decode(ids, np.ones(6, np.float32), id_to_token=id_to_token, blank=0,
                          gap_frames=3).words
    assert [w.text for w in split] == ["a", "b"]
    assert [w.text for w in greedy_decode(ids, np.ones(6, np.float32),
                                          id_to_token=id_to_token, blank=0).words] == ["ab"]


def test_cer_counts_grapheme_clusters_not_code_points():
    # Devanagari "कि" is two code points, one cluster; a wrong vowel sign is one error.
    assert char_errors("किताब", "कीताब").errors == 1
    assert char_errors("किताब", "कीताब").ref_len == 3
    assert word_errors("a b c", "a x c").substitutions == 1
    assert word_errors("a b", "").deletions == 2
    assert corpus_cer(["ab", "cd"], ["ab", "cx"]) == pytest.approx(0.25)


CPUINFO_AMX = "processor\t: 0\nflags\t\t: fpu sse avx512f amx_bf16 amx_tile\n"
CPUINFO_PLAIN = "processor\t: 0\nflags\t\t: fpu sse avx2\n"


def test_hardware_presets():
    assert cpu_has_bf16(CPUINFO_AMX) and not cpu_has_bf16(CPUINFO_PLAIN)
    assert cpu_has_amx(CPUINFO_AMX) and not cpu_has_amx(CPUINFO_PLAIN)
    assert not cpu_has_amx("flags\t\t: fpu avx512f avx512_bf16\n")
    laptop = Hardware("cpu", "CPU", 8.0, bf16=False, fp16=False)
    server = Hardware("cpu", "CPU", 64.0, bf16=True, fp16=False)
    t4 = Hardware("cuda", "T4", 15.0, bf16=False, fp16=True)
    a100 = Hardware("cuda", "A100", 80.0, bf16=True, fp16=True)
    assert pick_precision(laptop) == "fp32" and pick_precision(server) == "bf16"
    assert pick_precision(t4) == "fp16" and pick_precision(a100) == "bf16"
    assert pick_precision(a100, "fp32") == "fp32"
    assert 8.0 <= seconds_per_batch(laptop) < seconds_per_batch(server)
    assert seconds_per_batch(t4) < seconds_per_batch(a100) <= 200.0
    # a tiny base fits far more audio than the 1B one on the same laptop
    assert seconds_per_batch(laptop, base_params=4e6) > seconds_per_batch(laptop)


def test_devtools_command_line(tmp_path, capsys):
    import soundfile as sf

    from mms_studio.devtools import main

    assert main(["tiny-model", str(tmp_path / "m"), "--languages", "eng,fra,abc"]) == 0
    vocab = json.loads((tmp_path / "m" / "vocab.json").read_text())
    assert list(vocab) == ["eng", "fra", "abc"]
    assert {p.name for p in (tmp_path / "m").glob("adapter.*")} == {
        "adapter.eng.safetensors", "adapter.fra.safetensors", "adapter.abc.safetensors"}
    assert main(["synthetic-audio", str(tmp_path / "long.wav"), "--seconds", "6"]) == 0
    info = sf.info(str(tmp_path / "long.wav"))
    assert info.samplerate == 16000 and 6.0 <= info.duration < 9.0

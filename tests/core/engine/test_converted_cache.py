"""The converted base on disk: same results as converting in memory, rebuilt when the base changes.

Every load of the tiny model here goes through the same conversion, file
format and loader as the 1B model's (only the sizes differ).
"""

from __future__ import annotations

import json
import shutil
import sys

import numpy as np
import pytest
import torch

from mms_studio.core.engine import converted_cache as cc
from mms_studio.core.engine.base import load_base_model
from mms_studio.core.engine.inference import prepare_for_inference
from mms_studio.core.tasks import RecordingTaskState
from mms_studio.devtools import synthetic_long_audio


@pytest.fixture()
def base(tiny_model_dir, tmp_path):
    """A private copy of the tiny base (tests change it) and an empty cache folder."""
    folder = tmp_path / "base"
    shutil.copytree(tiny_model_dir, folder)
    return folder


@pytest.fixture()
def root(tmp_path):
    return tmp_path / "cache"


def _audio(seconds: float = 6.0) -> torch.Tensor:
    return torch.from_numpy(synthetic_long_audio(seconds, seed=3).samples)[None]


def test_bf16_from_the_cache_gives_the_same_logits_and_stays_mapped(base, root):
    today = load_base_model(base, target_lang="abc", dtype=torch.bfloat16, converted=False)
    state = RecordingTaskState()
    cached = cc.load_converted(base, "bf16", target_lang="abc", root=root, state=state)
    assert "Preparing the base model for this computer (once)…" in state.statuses
    assert state.progress and state.progress[-1] == pytest.approx(1.0)
    x = _audio().to(torch.bfloat16)
    with torch.inference_mode():
        assert torch.equal(today(x).logits, cached(x).logits)
    if sys.platform.startswith("linux"):  # the weights are pages of the converted file
        maps = open("/proc/self/maps").read()
        assert str(cc.converted_path(base, "bf16", root=root)) in maps
        assert str(base / "model.safetensors") not in maps
    # a second load converts nothing
    again = RecordingTaskState()
    cc.load_converted(base, "bf16", target_lang="abc", root=root, state=again)
    assert not again.statuses


def test_int8_from_the_cache_agrees_with_in_memory_quantisation(base, root):
    today = prepare_for_inference(
        load_base_model(base, target_lang="eng", dtype=torch.bfloat16, converted=False), "int8")
    cached = cc.load_converted(base, "int8-bf16", target_lang="eng", root=root)
    fp32 = load_base_model(base, target_lang="eng")
    x = _audio(20.0)
    with torch.inference_mode():
        a = today(x.bfloat16()).logits.float().argmax(-1)
        b = cached(x.bfloat16()).logits.float().argmax(-1)
        ref = fp32(x).logits.argmax(-1)
    # per-row scales are at least as close to fp32 as the old per-tensor scale
    assert (a == b).float().mean() >= 0.95
    assert (b == ref).float().mean() >= (a == ref).float().mean() - 0.01
    maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
    assert str(cc.converted_path(base, "int8-bf16", root=root)) not in maps  # nothing mapped


def test_the_cache_is_rebuilt_when_the_base_changes(base, root):
    first = cc.ensure_converted(base, "bf16", root=root)
    config = json.loads((base / "config.json").read_text())
    config["layer_norm_eps"] = 1e-4
    (base / "config.json").write_text(json.dumps(config))
    second = cc.ensure_converted(base, "bf16", root=root)
    assert second != first and second.is_file()
    assert not first.exists()  # the old version of this base is deleted
    # a replaced weights file (new mtime) is a new base too
    weights = base / "model.safetensors"
    weights.write_bytes(weights.read_bytes())
    third = cc.ensure_converted(base, "bf16", root=root)
    assert third != second and not second.exists()
    info = cc.cache_info(root=root)
    assert [e.stale for e in info.entries] == [False]


def test_a_damaged_file_is_found_and_converted_again(base, root):
    path = cc.ensure_converted(base, "int8-fp32", root=root)
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(cc.ConvertedCacheError):
        cc.verify(path)
    model = cc.load_converted(base, "int8-fp32", target_lang="abc", root=root)
    cc.verify(path)  # rebuilt
    with torch.inference_mode():
        assert torch.isfinite(model(_audio(2.0)).logits).all()


def test_nothing_is_pickled_and_disk_use_is_shown_and_cleared(base, root):
    from safetensors import safe_open

    for layout in ("bf16", "int8-bf16"):
        cc.ensure_converted(base, layout, root=root)
    files = sorted(p for p in root.rglob("*") if p.is_file())
    assert {p.suffix for p in files} == {".safetensors", ".json"}
    for path in files:
        assert not path.read_bytes().startswith(b"\x80")  # a pickle's first byte
        if path.suffix == ".safetensors":
            with safe_open(str(path), framework="pt") as handle:
                keys = list(handle.keys())
            assert keys and handle is not None
        else:
            record = json.loads(path.read_text())
            assert record["sha256"] and record["bytes"] == path.with_suffix(".safetensors").stat().st_size
    int8 = cc.converted_path(base, "int8-bf16", root=root)
    with safe_open(str(int8), framework="pt") as handle:
        q = handle.get_tensor("wav2vec2.encoder.layers.0.attention.q_proj.weight")
        scale = handle.get_tensor("wav2vec2.encoder.layers.0.attention.q_proj.weight_scale")
    assert q.dtype == torch.int8 and scale.shape == (q.shape[0],)
    info = cc.cache_info(root=root)
    assert len(info.entries) == 2 and info.total_bytes == sum(p.stat().st_size for p in files)
    assert cc.clear_cache(root=root, stale_only=True) == 0
    assert cc.clear_cache(root=root) == info.total_bytes
    assert cc.cache_info(root=root).entries == ()


def test_a_vanished_base_is_pruned_on_the_next_conversion(base, root, tiny_model_dir, tmp_path):
    cc.ensure_converted(base, "fp16", root=root)
    shutil.rmtree(base)
    assert [e.stale for e in cc.cache_info(root=root).entries] == [True]
    other = tmp_path / "other"
    shutil.copytree(tiny_model_dir, other)
    cc.ensure_converted(other, "fp16", root=root)
    assert [e.base for e in cc.cache_info(root=root).entries] == [str(other.resolve())]


def test_quantise_rows_is_symmetric_per_row():
    weight = torch.tensor([[0.5, -1.0, 0.25], [0.0, 0.0, 0.0], [3.0, 1.5, -0.75]])
    q, scale = cc.quantise_rows(weight)
    assert q.dtype == torch.int8 and q.abs().max() == 127
    np.testing.assert_allclose((q.float() * scale[:, None]).numpy(), weight.numpy(),
                               atol=float(scale.max()) / 2)


def test_the_cache_commands_prepare_show_and_clear(base, root, monkeypatch, capsys):
    from mms_studio.cli import main

    monkeypatch.setenv("MMS_STUDIO_CACHE_DIR", str(root))
    assert main(["cache", "prepare", str(base), "--precision", "bf16"]) == 0
    assert capsys.readouterr().out.strip() == str(cc.converted_path(base, "bf16", root=root))
    assert main(["cache", "info", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["layout"] for e in shown["entries"]] == ["bf16"]
    assert shown["total_bytes"] == cc.cache_info(root=root).total_bytes > 0
    assert main(["cache", "clear"]) == 0
    assert "Freed" in capsys.readouterr().out
    assert cc.cache_info(root=root).entries == ()

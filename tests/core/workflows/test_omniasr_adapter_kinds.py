"""The Omnilingual adapter's kind and LoRA rank are a run's setting, kept wherever the adapter goes.

A run with no kind said trains the default bottleneck, saves, reloads (into a model built as
LoRA) and transcribes identically, and exports as a plain Wav2Vec2ForCTC giving our logits; a
rank-8 LoRA round-trips (into a model built with the default bottleneck: LoRA adapters keep
loading), exports as rank 8 and plain transformers gives our logits; a stopped run resumes with
its own kind; an MMS base refuses a kind or rank with a sentence, before anything is loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mms_studio.core.errors import Cancelled, ModelError
from mms_studio.core.tasks import NullTaskState, RecordingTaskState
from tests.core.workflows.test_training import make_project
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


@pytest.fixture(scope="module")
def omni_base(tmp_path_factory) -> Path:
    from mms_studio.devtools import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("omni") / "base", family="omniasr")


def _config(**changes):
    from mms_studio.core.workflows.presets import preset, train_config

    settings = dict(max_steps=40, eval_every=20, checkpoint_every=10, log_every=5,
                    learning_rate=3e-3, seconds_per_batch=16.0, mask_time_prob=0.0,
                    precision="fp32", device="cpu", patience=0)
    settings.update(changes)
    return train_config(preset("quick"), **settings)


def _trained(root: Path, base: Path, **changes):
    from mms_studio.core.workflows.training import train_adapter

    project = make_project(root, base, clips=40, speakers=4)
    try:
        report = train_adapter(project, config=_config(**changes), state=NullTaskState())
    finally:
        project.close()
    return report


def _logits(model, samples):
    import torch

    with torch.no_grad():
        return model(torch.as_tensor(samples)[None]).logits


def _saved(report) -> tuple[dict, dict]:
    from mms_studio.core.engine.adapters import read_adapter_file

    info = json.loads((report.adapter_dir / "adapter.json").read_text(encoding="utf-8"))
    return info, read_adapter_file(report.adapter_dir / "adapter.abc.safetensors")


def test_the_default_bottleneck_run_saves_reloads_transcribes_and_exports(omni_base, tmp_path):
    from mms_studio.core.engine.adapters import set_adapter_state
    from mms_studio.core.engine.families.omniasr import load_omniasr
    from mms_studio.core.engine.transcribe import Recogniser
    from mms_studio.devtools import synthetic_clips

    report = _trained(tmp_path / "p", omni_base)            # no kind said: the default
    assert report.cer is not None and report.cer < 0.9                 # it learned (from 100%)
    info, weights = _saved(report)
    assert info["train_config"]["adapter_kind"] == "bottleneck"
    run_config = json.loads((report.run_dir / "config.json").read_text(encoding="utf-8"))
    assert run_config["adapter_kind"] == "bottleneck"
    assert any(".adapter_layer.down." in k for k in weights)
    assert not any("lora_" in k for k in weights)
    assert "Wav2Vec2ForCTC" in (report.adapter_dir / "README.md").read_text(encoding="utf-8")

    samples = synthetic_clips(1, seed=5, words_per_clip=(3, 4))[0].samples
    built = load_omniasr(omni_base, kind="bottleneck")      # the kind said up front
    set_adapter_state(built, weights)
    fitted = load_omniasr(omni_base, kind="lora")           # built as LoRA: rebuilt
    set_adapter_state(fitted, weights)
    assert fitted.kind == "bottleneck"
    assert _logits(fitted, samples).equal(_logits(built, samples))
    first = Recogniser.load(omni_base, adapter_dir=report.adapter_dir, device="cpu",
                            precision="fp32").transcribe_text(samples)
    again = Recogniser.load(omni_base, adapter_dir=report.adapter_dir, device="cpu",
                            precision="fp32").transcribe_text(samples)
    assert first == again and first.strip()

    import torch
    from transformers import Wav2Vec2ForCTC

    from mms_studio.core.engine.library import export_hf_folder

    export_hf_folder(report.adapter_dir, base_dir=omni_base, out=tmp_path / "hf")
    plain = Wav2Vec2ForCTC.from_pretrained(tmp_path / "hf", target_lang="abc").eval()
    assert plain.config.adapter_attn_dim == fitted.shape.width
    x = torch.as_tensor((samples - samples.mean()) / (samples.std() + 1e-7))[None]
    with torch.no_grad():
        assert torch.allclose(plain(x).logits, fitted(x).logits, atol=1e-4)


def test_a_rank_8_lora_round_trips_and_exports_as_rank_8(omni_base, tmp_path):
    import torch
    from transformers import OmniASRForCTC

    from mms_studio.core.engine.adapters import set_adapter_state
    from mms_studio.core.engine.families.omniasr import load_omniasr
    from mms_studio.core.engine.library import export_hf_folder
    from mms_studio.devtools import synthetic_clips

    report = _trained(tmp_path / "p", omni_base, adapter_kind="lora", lora_rank=8)
    info, weights = _saved(report)
    assert (info["train_config"]["adapter_kind"], info["train_config"]["lora_rank"]) == \
        ("lora", 8)
    ranks = {v.shape[0] for k, v in weights.items() if k.endswith("lora_A.weight")}
    assert ranks == {8}

    samples = synthetic_clips(1, seed=6, words_per_clip=(3, 4))[0].samples
    built = load_omniasr(omni_base, rank=8)
    set_adapter_state(built, weights)
    fitted = load_omniasr(omni_base)                        # the default bottleneck: rebuilt
    set_adapter_state(fitted, weights)
    assert (fitted.kind, fitted.shape.rank) == ("lora", 8)
    ours = _logits(fitted, samples)
    assert ours.equal(_logits(built, samples))

    out = tmp_path / "hf"
    export_hf_folder(report.adapter_dir, base_dir=omni_base, out=out)
    assert json.loads((out / "peft" / "adapter_config.json").read_text())["r"] == 8
    merged = OmniASRForCTC.from_pretrained(out).eval()      # plain transformers, merged rank 8
    from transformers import OmniASRFeatureExtractor

    inputs = OmniASRFeatureExtractor.from_pretrained(out)(samples, sampling_rate=16000,
                                                          return_tensors="pt")
    with torch.no_grad():
        theirs = merged(**inputs).logits
        ours = fitted(inputs["input_values"].reshape(1, -1)).logits   # the same audio
    assert torch.allclose(theirs, ours, atol=1e-4), (theirs - ours).abs().max()


def test_a_stopped_run_resumes_with_its_own_kind_and_rank(omni_base, tmp_path):
    from mms_studio.core.workflows.training import resume_training, stopped_runs, train_adapter

    project = make_project(tmp_path / "p", omni_base, clips=40, speakers=4)
    state = RecordingTaskState(cancel_when=lambda s: any(getattr(p, "step", 0) >= 10
                                                         for p in s.partials))
    try:
        with pytest.raises(Cancelled):
            train_adapter(project, config=_config(adapter_kind="bottleneck", lora_rank=2),
                          state=state)
        (stopped,) = stopped_runs(project)
        assert (stopped.config.adapter_kind, stopped.config.lora_rank) == ("bottleneck", 2)
        report = resume_training(project, state=NullTaskState())   # no kind given: the run's
    finally:
        project.close()
    assert report.resumed and report.steps == 40
    info, weights = _saved(report)
    assert (info["train_config"]["adapter_kind"], info["train_config"]["lora_rank"]) == \
        ("bottleneck", 2)
    from mms_studio.core.engine.families.omniasr import equal_size_bottleneck

    width = equal_size_bottleneck(256, 512, rank=2)
    downs = {v.shape[0] for k, v in weights.items() if k.endswith(".adapter_layer.down.weight")}
    assert downs == {width}


def test_an_mms_base_refuses_a_kind_or_rank_before_loading(tiny_model_dir, tmp_path, capsys):
    from mms_studio.cli import main
    from mms_studio.core.workflows.training import train_adapter

    project = make_project(tmp_path / "p", tiny_model_dir, clips=6)
    try:
        with pytest.raises(ModelError, match="fixed shape") as refused:
            train_adapter(project, config=_config(adapter_kind="bottleneck"),
                          state=NullTaskState())
        assert "Error" not in str(refused.value)
    finally:
        project.close()
    assert not list((tmp_path / "p" / "runs").glob("*"))           # nothing was started
    assert main(["train", str(tmp_path / "p"), "--lora-rank", "8", "--device", "cpu"]) == 1
    assert "fixed shape" in capsys.readouterr().err

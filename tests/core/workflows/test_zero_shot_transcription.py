"""Transcribing before any training on an Omnilingual base: the base's own output (zero-shot).

An MMS base transcribes an untrained project with its own adapter for the language; an
Omnilingual base has none, and its own CTC head over its SentencePiece vocabulary writes
every language it covers. The Transcribe page's function (`transcribe_file` without an
adapter) and `mms-studio transcribe` use it and say so. The test sets the tiny base's head
to write a few known pieces and compares with transformers' own OmniASRForCTC + tokenizer,
an implementation independent of ours.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.core.tasks import RecordingTaskState
from mms_studio.devtools import build_tiny_model, synth_utterance
from tests.core.engine.test_omniasr_zero_shot import set_base_head
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


@pytest.fixture(scope="module")
def omni_base(tmp_path_factory) -> Path:
    """A tiny Omnilingual base whose own head writes a handful of pieces."""
    import torch

    from mms_studio.core.engine.families.omniasr_zero_shot import read_piece_vocabulary

    base = build_tiny_model(tmp_path_factory.mktemp("omni-zs-tr") / "base", family="omniasr")
    pieces = read_piece_vocabulary(base).pieces
    chosen = [pieces.index(p) for p in ("▁b", "a", "l", "▁s", "i", "▁")]
    hidden = json.loads((base / "config.json").read_text())["audio_config"]["hidden_size"]
    generator = torch.Generator().manual_seed(5)
    weight = torch.zeros(len(pieces), hidden)
    weight[chosen] = torch.randn(len(chosen), hidden, generator=generator) * 0.5
    weight[0] = torch.randn(hidden, generator=generator) * 0.5
    bias = torch.full((len(pieces),), -30.0)
    bias[chosen + [0]] = 0.0
    set_base_head(base, weight=weight, bias=bias)
    return base


def _audio(path: Path) -> tuple[np.ndarray, Path]:
    samples = synth_utterance(["bala", "sinu", "kato"], rng=np.random.default_rng(2)).samples
    sf.write(path, samples, 16000, subtype="FLOAT")
    return samples, path


def _plain_transformers_text(base: Path, samples: np.ndarray) -> str:
    import torch
    from transformers import AutoProcessor, OmniASRForCTC

    model = OmniASRForCTC.from_pretrained(base).eval()
    processor = AutoProcessor.from_pretrained(base)
    inputs = processor(samples, sampling_rate=16000, return_tensors="pt")
    with torch.no_grad():
        ids = model(inputs["input_values"]).logits[0].argmax(-1)
    return " ".join(processor.decode(ids, skip_special_tokens=True).split())


def test_an_untrained_omnilingual_project_transcribes_with_the_bases_own_output(omni_base,
                                                                               tmp_path):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.lm import transcribe_with_lm
    from mms_studio.core.workflows.transcription import (
        default_adapter,
        release_models,
        transcribe_file,
    )

    samples, audio = _audio(tmp_path / "a.wav")
    expected = _plain_transformers_text(omni_base, samples)
    assert len(expected.replace(" ", "")) >= 3      # the head writes something to compare
    project = Project.create(tmp_path / "p", language="xsy", name="T", base_model=str(omni_base))
    try:
        assert default_adapter(project) is None
        state = RecordingTaskState()
        first = transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                speech_detection=False, state=state)
        second = transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                 speech_detection=False, state=state)
        # the page's decoder path (LM / hotwords when the project has them): the same output
        decoded = transcribe_with_lm(audio, project=project, device="cpu", precision="fp32",
                                     speech_detection=False, state=state)
    finally:
        release_models()
        project.close()
    assert first.text == second.text == decoded.text == expected
    assert decoded.meta["zero_shot"] and decoded.adapter == first.adapter
    assert "Decoding: greedy (the base model's own output, zero-shot)." in state.statuses
    assert first.adapter == "base model (zero-shot)" and first.language == "xsy"
    assert first.meta["zero_shot"] is True and "own output (zero-shot)" in first.meta["model"]
    said = [s for s in state.statuses if s.startswith("No adapter trained yet") and
            "own output (zero-shot)" in s]
    assert len(said) == 3                          # each transcription says what it used
    assert state.statuses.count("Loading the model…") == 1


def test_the_cli_transcribes_an_untrained_omnilingual_project_and_says_with_what(
        omni_base, tmp_path, capsys):
    from mms_studio.cli import main
    from mms_studio.core.project import Project

    samples, audio = _audio(tmp_path / "a.wav")
    expected = _plain_transformers_text(omni_base, samples)
    Project.create(tmp_path / "p", language="xsy", name="T", base_model=str(omni_base)).close()
    out = tmp_path / "a.json"
    assert main(["transcribe", str(tmp_path / "p"), str(audio), "--no-vad", "--format", "json",
                 "-o", str(out), "--device", "cpu", "--precision", "fp32"]) == 0
    result = json.loads(out.read_text())
    assert result["text"] == expected and result["adapter"] == "base model (zero-shot)"
    assert result["meta"]["zero_shot"] and "own output (zero-shot)" in result["meta"]["model"]
    err = capsys.readouterr().err
    assert "the base model's own output (zero-shot)" in err and "Error" not in err


def test_an_omnilingual_base_without_its_tokenizer_says_so(omni_base, tmp_path, capsys):
    from mms_studio.cli import main
    from mms_studio.core.project import Project

    base = tmp_path / "base"
    shutil.copytree(omni_base, base)
    (base / "tokenizer.json").unlink()
    _, audio = _audio(tmp_path / "a.wav")
    Project.create(tmp_path / "p", language="xsy", name="T", base_model=str(base)).close()
    assert main(["transcribe", str(tmp_path / "p"), str(audio), "--no-vad",
                 "--device", "cpu", "--precision", "fp32"]) == 1
    err = capsys.readouterr().err
    assert "tokenizer.json" in err and "Error" not in err and "Traceback" not in err


def test_a_hub_id_of_an_omnilingual_base_needs_no_language_file(omni_base, tmp_path,
                                                                monkeypatch):
    """The base named by its Hub id, in the download cache, offline: transcription before any
    training asks for no `adapter.<lang>` file (an Omnilingual base has none), so it works."""
    from huggingface_hub import constants

    from mms_studio.core.project import Project
    from mms_studio.core.workflows.transcription import release_models, transcribe_file

    repo = "hf-audio/omniasr-ctc-tiny-test"
    cache = tmp_path / "hub"
    snapshot = cache / f"models--{repo.replace('/', '--')}" / "snapshots" / ("a" * 40)
    shutil.copytree(omni_base, snapshot)
    (snapshot.parents[1] / "refs").mkdir()
    (snapshot.parents[1] / "refs" / "main").write_text("a" * 40)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    samples, audio = _audio(tmp_path / "a.wav")
    project = Project.create(tmp_path / "p", language="xsy", name="T", base_model=repo)
    try:
        result = transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                 speech_detection=False, state=RecordingTaskState())
    finally:
        release_models()
        project.close()
    assert result.adapter == "base model (zero-shot)" and result.base_model == repo
    assert result.text == _plain_transformers_text(omni_base, samples)


def test_the_untrained_choice_is_named_by_the_bases_family(omni_base, tmp_path, tiny_model_dir):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.transcription import base_output_choice

    for base, expected in ((omni_base, "Base model's own output (zero-shot)"),
                           (tiny_model_dir, "Base model's own xsy adapter (if it has one)")):
        project = Project.create(tmp_path / base.name / "p", language="xsy", name="T",
                                 base_model=str(base))
        try:
            assert base_output_choice(project) == expected
        finally:
            project.close()

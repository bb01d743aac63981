"""Transcription workflow: the app and `mms-studio transcribe` pick the same adapter (a chosen
one, else the newest trained, else the base model's own for the language) and keep one
recogniser loaded between recordings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import soundfile as sf

from mms_studio.core.tasks import RecordingTaskState
from mms_studio.devtools import synth_utterance


def _project(root: Path, base: Path, language: str):
    from mms_studio.core.project import Project

    return Project.create(root, language=language, name="T", base_model=str(base))


def _audio(path: Path) -> Path:
    clip = synth_utterance(["bala", "sinu", "kato"], rng=np.random.default_rng(3))
    sf.write(path, clip.samples, 16000)
    return path


def test_without_a_trained_adapter_the_base_models_own_transcribes(tmp_path, tiny_model_dir):
    from mms_studio.core.workflows.transcription import (
        default_adapter,
        release_models,
        transcribe_file,
    )

    audio = _audio(tmp_path / "a.wav")
    project = _project(tmp_path / "p", tiny_model_dir, "abc")   # the tiny base has "abc"
    try:
        assert default_adapter(project) is None
        state = RecordingTaskState()
        first = transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                state=state)
        second = transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                state=state)
        assert first.language == second.language == "abc"
        assert state.statuses.count("Loading the model…") == 1    # loaded once, kept
        release_models()
        transcribe_file(audio, project=project, device="cpu", precision="fp32",
                                state=state)
        assert state.statuses.count("Loading the model…") == 2    # released: loaded again
    finally:
        release_models()
        project.close()


def test_the_cli_falls_back_the_same_way_and_says_when_it_cannot(tmp_path, tiny_model_dir,
                                                                capsys):
    from mms_studio.cli import main

    audio = _audio(tmp_path / "a.wav")
    for language in ("abc", "xsy"):
        _project(tmp_path / language, tiny_model_dir, language).close()
    out = tmp_path / "a.json"
    assert main(["transcribe", str(tmp_path / "abc"), str(audio), "--format", "json",
                 "-o", str(out), "--device", "cpu", "--precision", "fp32"]) == 0
    assert json.loads(out.read_text())["language"] == "abc"
    assert main(["transcribe", str(tmp_path / "xsy"), str(audio), "--device", "cpu"]) == 1
    err = capsys.readouterr().err
    assert "no adapter for this language yet" in err and "Error" not in err

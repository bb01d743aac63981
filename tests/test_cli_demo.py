"""`mms-studio demo DIR`: a trained demo project whose curves fall and whose transcript is mostly right.

Runs the real command end to end (tiny model, real training, real transcription of
a recording that is not in the dataset).
"""

from __future__ import annotations

import json

import pytest

from mms_studio.cli import main
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory):
    with torch_threads(1):
        root = tmp_path_factory.mktemp("demo") / "Demo project"
        assert main(["demo", str(root)]) == 0
    return root


@pytest.mark.slow
def test_demo_is_a_project_with_recordings_and_a_trained_adapter(demo_root, capsys):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.demo import DEMO_CLIPS, DEMO_LANGUAGE

    with Project.open_read_only(demo_root) as project:
        clips = project.clips()
        assert len(clips) == DEMO_CLIPS
        assert all(c.transcript and c.duration > 0.2 for c in clips)
        assert len({c.speaker for c in clips}) > 4
        assert project.settings.language == DEMO_LANGUAGE
        adapters = sorted(p.name for p in project.adapters_dir.iterdir()
                          if (p / "adapter.json").is_file())
    assert adapters == [DEMO_LANGUAGE]
    assert (demo_root / "base-model" / "model.safetensors").is_file()   # nothing downloaded


@pytest.mark.slow
def test_demo_training_curves_fall(demo_root):
    rows = [json.loads(line) for line in
            (demo_root / "runs" / "qdm" / "metrics.jsonl").read_text().splitlines()]
    evals = [r for r in rows if r["kind"] == "eval"]
    train = [r["loss"] for r in rows if r["kind"] == "train"]
    assert len(evals) >= 4
    assert evals[-1]["cer"] < 0.2 and evals[0]["cer"] > 2 * evals[-1]["cer"]
    assert min(r["cer"] for r in evals[1:]) < evals[0]["cer"] / 3
    assert sum(train[-5:]) / 5 < sum(train[:5]) / 5 / 3


@pytest.mark.slow
def test_demo_transcript_of_an_unseen_recording_is_mostly_right(demo_root):
    from mms_studio.core.audio import load
    from mms_studio.core.engine.jobs import load_recogniser
    from mms_studio.core.engine.metrics import char_errors
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.demo import SAMPLE_SECONDS
    from mms_studio.devtools import synthetic_long_audio

    with Project.open_read_only(demo_root) as project:
        recogniser = load_recogniser(project, device="cpu", precision="fp32")
    sample = demo_root / "recordings" / "to-transcribe" / "demo-story.wav"
    heard = recogniser.transcribe_text(load(sample))
    said = synthetic_long_audio(SAMPLE_SECONDS, seed=2).text    # the demo's seed 0, + 2
    assert said in (demo_root / "ABOUT-THIS-DEMO.txt").read_text(encoding="utf-8")
    errors = char_errors(said, heard)
    assert errors.rate < 0.25, (said, heard)


@pytest.mark.slow
def test_demo_language_model_writes_the_story_better_than_the_adapter_alone(demo_root):
    """The demo shows what texts add: its LM (built from its transcripts) lowers the WER."""
    from mms_studio.core.engine.metrics import word_errors
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.demo import DEMO_LANGUAGE, SAMPLE_SECONDS
    from mms_studio.core.workflows.lm import transcribe_with_lm
    from mms_studio.devtools import synthetic_long_audio

    said = synthetic_long_audio(SAMPLE_SECONDS, seed=2).text
    sample = demo_root / "recordings" / "to-transcribe" / "demo-story.wav"
    with Project.open(demo_root) as project:
        assert (demo_root / "lm").is_dir() and any((demo_root / "lm").iterdir())
        texts = {}
        for use_lm in (False, True):
            result = transcribe_with_lm(sample, project=project, adapter=DEMO_LANGUAGE,
                                        use_lm=use_lm, device="cpu", precision="fp32")
            texts[use_lm] = " ".join(s.text for s in result.segments)
    greedy, with_lm = (word_errors(said, texts[flag]).rate for flag in (False, True))
    assert with_lm < greedy, (said, texts)


def test_demo_refuses_a_folder_with_files(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("mine")
    assert main(["demo", str(tmp_path)]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


@pytest.mark.slow
def test_transcribe_into_a_folder_named_with_a_slash(demo_root, tmp_path, capsys):
    sample = demo_root / "recordings" / "to-transcribe" / "demo-story.wav"
    out = tmp_path / "out"
    assert main(["transcribe", str(demo_root), str(sample), "--format", "eaf",
                 "--device", "cpu", "-o", f"{out}/"]) == 0
    assert out.is_dir() and (out / "demo-story.eaf").is_file()

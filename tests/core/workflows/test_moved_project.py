"""A project whose base model sits inside it keeps working after the folder is moved.

The demo keeps its tiny base in `base-model/` so the folder is whole; a user carries such a
project on a USB stick to another laptop. Here a tiny project is trained, moved with
shutil.move, and then transcribed (CLI and core), aligned, evaluated, trained again, a
stopped run resumed and exported — all finding the base at its new place. A copy with the absolute paths an older
MMS Studio wrote (project.json and adapter.json) is moved too and still works, and opening
it rewrites nothing.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from mms_studio.cli import main
from mms_studio.core.errors import Cancelled
from mms_studio.core.tasks import RecordingTaskState
from mms_studio.devtools import synth_utterance, synthetic_clips
from tests.core.engine.helpers import fast_config
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow
LANGUAGE = "xsy"
ADAPTER = "first"
STOPPED = "stopped"
CLI_ARGS = ["--device", "cpu", "--precision", "fp32"]


@dataclass(frozen=True)
class Moved:
    root: Path          # the project, moved after training (written by this MMS Studio)
    old_style: Path     # a copy with absolute paths as older versions wrote them, moved too
    made_at: Path       # where both were made (gone now)
    audio: Path
    words: list[str]


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _make(root: Path, tiny_model_dir: Path) -> None:
    from mms_studio.core.engine.jobs import train_project
    from mms_studio.core.project import Project

    with Project.create(root, language=LANGUAGE, name="Carried") as project:
        base = shutil.copytree(tiny_model_dir, root / "base-model")
        project.update_settings(base_model=str(base))
        for i, clip in enumerate(synthetic_clips(30, seed=5, words_per_clip=(1, 3))):
            project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 6}")
        train_project(project, name=ADAPTER,
                      config=fast_config(max_steps=4, eval_every=2, log_every=2))
        stop = RecordingTaskState(cancel_when=lambda s: any(
            getattr(p, "step", 0) >= 2 for p in s.partials))
        with pytest.raises(Cancelled):      # a run stopped half way, to resume after the move
            train_project(project, name=STOPPED, state=stop,
                          config=fast_config(max_steps=4, eval_every=2, log_every=1))


def _as_an_older_version_wrote_it(root: Path) -> None:
    """project.json and adapter.json with the absolute base path (before the relative rule)."""
    settings = _json(root / "project.json")
    _write_json(root / "project.json", {**settings, "base_model": str(root / "base-model")})
    info = _json(root / "adapters" / ADAPTER / "adapter.json")
    _write_json(root / "adapters" / ADAPTER / "adapter.json",
                {**info, "base_model": str(root / "base-model")})


@pytest.fixture(scope="module")
def moved(tiny_model_dir, tmp_path_factory) -> Moved:
    with torch_threads(1):
        here = tmp_path_factory.mktemp("laptop") / "projects"
        _make(here / "carried", tiny_model_dir)
        shutil.copytree(here / "carried", here / "older")
        _as_an_older_version_wrote_it(here / "older")
        usb = tmp_path_factory.mktemp("usb-stick")
        root = Path(shutil.move(str(here / "carried"), str(usb / "carried")))
        old_style = Path(shutil.move(str(here / "older"), str(usb / "older copy")))
        shutil.rmtree(here)
        words = ["bala", "sinu", "kato", "meli"]
        audio = usb / "speech.wav"
        sf.write(audio, synth_utterance(words, rng=np.random.default_rng(4)).samples, 16000)
        return Moved(root, old_style, here, audio, words)


def test_the_files_say_the_base_relative_to_the_project(moved):
    assert _json(moved.root / "project.json")["base_model"] == "./base-model"
    info = _json(moved.root / "adapters" / ADAPTER / "adapter.json")
    assert info["base_model"] == "./base-model"
    card = (moved.root / "adapters" / ADAPTER / "README.md").read_text(encoding="utf-8")
    assert str(moved.made_at) not in card and "local base model `base-model`" in card


def test_the_cli_transcribes_the_moved_project(moved, tmp_path):
    out = tmp_path / "speech.json"
    assert main(["transcribe", str(moved.root), str(moved.audio), "--format", "json",
                 "-o", str(out), "--no-vad", *CLI_ARGS]) == 0
    result = _json(out)
    assert result["language"] == LANGUAGE and result["adapter"] == ADAPTER
    assert result["base_model"] == str(moved.root / "base-model")


def test_core_transcription_alignment_and_evaluation_find_the_base(moved):
    from mms_studio.core.engine.jobs import evaluate_project, load_recogniser
    from mms_studio.core.project import Project
    from mms_studio.core.tasks import RecordingTaskState
    from mms_studio.core.workflows.align import align_recording
    from mms_studio.core.workflows.transcription import release_models, transcribe_file

    with torch_threads(1), Project.open(moved.root) as project:
        assert project.settings.base_model == str(moved.root / "base-model")
        try:
            result = transcribe_file(moved.audio, project=project, adapter=ADAPTER,
                                     device="cpu", precision="fp32", speech_detection=False,
                                     state=RecordingTaskState())
            assert result.base_model == str(moved.root / "base-model")
        finally:
            release_models()
        rec = load_recogniser(project, adapter=ADAPTER, device="cpu", precision="fp32")
        assert rec.base_model == str(moved.root / "base-model")
        report = evaluate_project(project, adapter=ADAPTER, split="dev", device="cpu")
        assert report.adapter == ADAPTER and report.utterances
        aligned = align_recording(project, moved.audio, [" ".join(moved.words)],
                                  adapter=ADAPTER, add_clips=False, device="cpu",
                                  precision="fp32")
        assert aligned.transcription.base_model == str(moved.root / "base-model")


def test_training_again_after_the_move_keeps_the_base_relative(moved):
    from mms_studio.core.engine.jobs import train_project
    from mms_studio.core.project import Project

    with torch_threads(1), Project.open(moved.root) as project:
        outcome = train_project(project, name="again", config=fast_config(max_steps=2,
                                                                          eval_every=2))
        assert outcome.adapter.meta["base_model"] == str(moved.root / "base-model")
    assert _json(moved.root / "adapters" / "again" / "adapter.json")["base_model"] == \
        "./base-model"


def test_a_stopped_run_resumes_after_the_move(moved):
    from mms_studio.core.project import Project
    from mms_studio.core.workflows.training import resume_training

    with torch_threads(1), Project.open(moved.root) as project:
        report = resume_training(project, run=STOPPED, state=RecordingTaskState())
    assert report.resumed and report.steps == 4
    assert _json(moved.root / "adapters" / STOPPED / "adapter.json")["base_model"] == \
        "./base-model"


def test_an_export_names_the_base_instead_of_a_path(moved, tmp_path):
    assert main(["export-model", str(moved.root), str(tmp_path / "bundle"),
                 "--adapter", ADAPTER]) == 0
    info = _json(tmp_path / "bundle" / "adapter.json")
    assert "base_model" not in info and info["base_model_name"] == "base-model"
    assert info["base_family"] == "mms" and info["license"]
    assert main(["export-model", str(moved.root), str(tmp_path / "hf"), "--hf-folder",
                 "--adapter", ADAPTER]) == 0                    # found the moved base
    hf_info = _json(tmp_path / "hf" / "adapter.json")
    assert hf_info["base_model_name"] == "base-model" and "base_model" not in hf_info
    text = (tmp_path / "hf" / "adapter.json").read_text(encoding="utf-8")
    assert str(moved.root) not in text and str(moved.made_at) not in text


def test_a_project_an_older_version_wrote_still_works_after_the_move(moved, tmp_path):
    from mms_studio.core.engine.jobs import find_adapter
    from mms_studio.core.project import Project

    before = {name: (moved.old_style / name).read_bytes()
              for name in ("project.json", f"adapters/{ADAPTER}/adapter.json")}
    out = tmp_path / "speech.json"
    assert main(["transcribe", str(moved.old_style), str(moved.audio), "--format", "json",
                 "-o", str(out), "--no-vad", *CLI_ARGS]) == 0
    assert _json(out)["base_model"] == str(moved.old_style / "base-model")
    with Project.open(moved.old_style) as project:
        assert project.settings.base_model == str(moved.old_style / "base-model")
        assert find_adapter(project, ADAPTER).meta["base_model"] == \
            str(moved.old_style / "base-model")
    assert {name: (moved.old_style / name).read_bytes() for name in before} == before
    # an export of it names the base too (its old path is no use elsewhere)
    assert main(["export-model", str(moved.old_style), str(tmp_path / "b"),
                 "--adapter", ADAPTER]) == 0
    assert _json(tmp_path / "b" / "adapter.json")["base_model_name"] == "base-model"

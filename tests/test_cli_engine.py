"""The engine CLI end to end on a synthetic project with the tiny model.

train -> transcribe -> export-model --hf-folder (plain transformers agrees) -> evaluate
-> bundle export/import, and a two-process `accelerate launch` training run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mms_studio.cli import main
from mms_studio.devtools import synth_utterance, synthetic_clips
from tests.torch_threads import torch_threads

REPO = Path(__file__).resolve().parents[1]
TRAIN_ARGS = ["--device", "cpu", "--precision", "fp32", "--seconds-per-batch", "16",
              "--learning-rate", "3e-3", "--mask-time-prob", "0", "--warmup-steps", "20"]


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def make_project(root: Path, base: Path, *, clips: int = 120) -> Path:
    from mms_studio.core.project import Project

    project = Project.create(root, language="xsy", name="Synthetic", base_model=str(base))
    try:
        for i, clip in enumerate(synthetic_clips(clips, seed=21, words_per_clip=(1, 6))):
            project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 8}")
    finally:
        project.close()
    return root


def the_run(root: Path) -> str:
    """The name of the project's one training run (and adapter): <language>-<date>-<time>."""
    runs = sorted(p.name for p in (root / "runs").glob("xsy-*"))
    assert len(runs) == 1, runs
    assert re.fullmatch(r"xsy-\d{8}-\d{6}", runs[0])
    return runs[0]


@pytest.fixture(scope="module")
def trained_project(tiny_model_dir, tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("cli") / "proj", tiny_model_dir)
    code = main(["train", str(root), "--max-steps", "100", "--eval-every", "50", *TRAIN_ARGS])
    assert code == 0
    return root


def test_train_saves_an_adapter_with_metrics(trained_project):
    name = the_run(trained_project)        # named as the app names runs, never replaced
    adapter = trained_project / "adapters" / name
    info = json.loads((adapter / "adapter.json").read_text())
    assert info["language"] == "xsy" and info["data"]["train_clips"] > 60
    metrics = json.loads((adapter / "metrics.json").read_text())
    assert metrics["steps"] == 100 and metrics["cer"] < 0.5
    rows = (trained_project / "runs" / name / "metrics.jsonl").read_text().splitlines()
    assert [json.loads(r)["step"] for r in rows if '"eval"' in r] == [50, 100]
    manifest = json.loads((trained_project / "runs" / name / "manifest.json").read_text())
    speakers = {split: {u["speaker"] for u in manifest[split]} for split in ("train", "dev")}
    assert not speakers["train"] & speakers["dev"]     # the project's speaker-disjoint splits


def test_hf_folder_transcribes_like_the_cli(trained_project, tmp_path, capsys):
    import soundfile as sf
    import torch
    from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor

    # One utterance without long pauses: the app also splits words at pauses, where
    # transformers' plain CTC decoding cannot know to.
    clip = synth_utterance(["bala", "sinu", "kato", "meli", "tomo", "dunik", "lesa"],
                           rng=np.random.default_rng(9))
    audio = tmp_path / "speech.wav"
    sf.write(audio, clip.samples, 16000, subtype="FLOAT")
    out = tmp_path / "speech.json"
    # Same precision as plain transformers' default (fp32); the faster default precisions are
    # held to >= 99% token agreement with fp32 in tests/core/engine/test_inference_precision.py.
    # Fixed windows like transformers' single pass (speech detection finds no speech in
    # synthetic tones).
    assert main(["transcribe", str(trained_project), str(audio), "--format", "json",
                 "-o", str(out), "--device", "cpu", "--precision", "fp32", "--no-vad"]) == 0
    cli = json.loads(out.read_text())
    assert cli["segments"] and cli["language"] == "xsy"
    cli_words = [w["text"] for s in cli["segments"] for w in s["words"]]

    hf_dir = tmp_path / "hf"
    assert main(["export-model", str(trained_project), str(hf_dir), "--hf-folder"]) == 0
    model = Wav2Vec2ForCTC.from_pretrained(hf_dir, target_lang="xsy").eval()
    processor = Wav2Vec2Processor.from_pretrained(hf_dir)
    inputs = processor(clip.samples, sampling_rate=16000, return_tensors="pt")
    with torch.no_grad():
        ids = model(**inputs).logits.argmax(-1)
    hf_words = processor.batch_decode(ids)[0].split()
    assert hf_words == cli_words and len(cli_words) >= 5


def test_evaluate_with_a_zero_shot_baseline(trained_project, capsys):
    assert main(["evaluate", str(trained_project), "--baseline", "eng", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["clips"] > 0 and report["baseline"] == "eng"
    assert report["cer"] < report["baseline_cer"]          # training beat the random base
    assert set(report["per_speaker"])
    first = report["utterances"][0]
    assert {"substitutions", "deletions", "insertions"} <= set(first["chars"])
    assert main(["evaluate", str(trained_project)]) == 0
    assert "character error rate" in capsys.readouterr().out


def test_bundle_export_and_import(trained_project, tmp_path, capsys):
    bundle = tmp_path / "xsy.zip"
    assert main(["export-model", str(trained_project), str(bundle)]) == 0
    assert main(["import-adapter", str(trained_project), str(bundle), "--name", "copy"]) == 0
    assert (trained_project / "adapters" / "copy" / "adapter.xsy.safetensors").is_file()
    assert main(["import-adapter", str(trained_project), str(bundle), "--name", "copy"]) == 1
    assert "already exists" in capsys.readouterr().err


def test_missing_base_model_offline_is_a_clear_error(tmp_path, capsys, tiny_model_dir):
    root = make_project(tmp_path / "p", tiny_model_dir, clips=12)
    code = main(["train", str(root), "--base", "nobody/no-such-model", "--max-steps", "1",
                 *TRAIN_ARGS])
    assert code == 1
    err = capsys.readouterr().err
    assert "not on this computer" in err and "local model folder" in err


def test_two_process_accelerate_launch_trains(tiny_model_dir, tmp_path):
    root = make_project(tmp_path / "ddp", tiny_model_dir, clips=40)
    accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
    assert accelerate, "accelerate's launcher is installed with the package"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1",
           "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        # accelerate 1.15 runs `--cpu --num_processes 2` as ONE process (its simple
        # launcher, unless MPI is set up); `--multi_gpu` on a machine without GPUs
        # starts 2 torchrun processes on the CPU (gloo), and `--device cpu` keeps us there.
        [accelerate, "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
         "--mixed_precision", "no", "--dynamo_backend", "no", "-m", "mms_studio", "train",
         str(root), "--max-steps", "6", "--eval-every", "3", *TRAIN_ARGS],
        env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    name = the_run(root)     # chosen by the main process, handed to the other one
    config = json.loads((root / "runs" / name / "config.json").read_text())
    assert config["processes"] == 2
    rows = [json.loads(r) for r in
            (root / "runs" / name / "metrics.jsonl").read_text().splitlines()]
    assert [r["step"] for r in rows if r["kind"] == "eval"] == [3, 6]
    assert proc.stdout.count("step 3: dev loss") == 1     # printed by the main process only
    assert (root / "adapters" / name / "adapter.xsy.safetensors").is_file()

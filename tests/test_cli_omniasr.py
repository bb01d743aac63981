"""The second base family end to end through the CLI: an Omnilingual-layout tiny model.

`mms-studio train PROJECT --base <omniasr folder>` -> transcribe -> export-model --hf-folder,
then plain transformers (merged weights) and transformers + peft (the base kept apart) give
the CLI's words; the model card and adapter.json carry the Apache-2.0 licence.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.cli import main
from mms_studio.devtools import build_tiny_model, synth_utterance
from tests.test_cli_engine import TRAIN_ARGS, make_project, the_run
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


@pytest.fixture(scope="module")
def omni_base(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("omni") / "base", family="omniasr")


@pytest.fixture(scope="module")
def omni_project(omni_base, tmp_path_factory):
    # The project names the MMS default; --base chooses the Omnilingual folder for this run.
    root = make_project(tmp_path_factory.mktemp("cli-omni") / "proj", Path("unused"))
    code = main(["train", str(root), "--base", str(omni_base), "--max-steps", "120",
                 "--eval-every", "60", *TRAIN_ARGS])
    assert code == 0
    return root


def _speech(tmp_path: Path):
    import soundfile as sf

    clip = synth_utterance(["bala", "sinu", "kato", "meli", "tomo", "dunik", "lesa"],
                           rng=np.random.default_rng(9))
    audio = tmp_path / "speech.wav"
    sf.write(audio, clip.samples, 16000, subtype="FLOAT")
    return clip, audio


def test_omniasr_train_transcribe_export(omni_project, omni_base, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import OmniASRFeatureExtractor, OmniASRForCTC, Wav2Vec2CTCTokenizer

    name = the_run(omni_project)
    adapter = omni_project / "adapters" / name
    info = json.loads((adapter / "adapter.json").read_text())
    assert info["base_family"] == "omniasr" and "Apache-2.0" in info["license"]
    assert "Apache-2.0" in (adapter / "README.md").read_text()
    metrics = json.loads((adapter / "metrics.json").read_text())
    assert metrics["steps"] == 120 and metrics["cer"] < 0.6      # it learned (starts at 100%)
    weights = adapter / "adapter.xsy.safetensors"
    assert weights.stat().st_size < 0.2 * (omni_base / "model.safetensors").stat().st_size

    clip, audio = _speech(tmp_path)
    out = tmp_path / "speech.json"
    # transcribe and export find the base in the adapter's own adapter.json
    assert main(["transcribe", str(omni_project), str(audio), "--adapter", name,
                 "--no-vad", "--format", "json", "-o", str(out),
                 "--device", "cpu", "--precision", "fp32"]) == 0
    cli = json.loads(out.read_text())
    cli_words = [w["text"] for s in cli["segments"] for w in s["words"]]
    assert len(cli_words) >= 4

    hf_dir = tmp_path / "hf"
    assert main(["export-model", str(omni_project), str(hf_dir), "--adapter", name,
                 "--hf-folder"]) == 0
    assert "Apache-2.0" in (hf_dir / "README.md").read_text()
    features = OmniASRFeatureExtractor.from_pretrained(hf_dir)
    tokenizer = Wav2Vec2CTCTokenizer.from_pretrained(hf_dir)
    inputs = features(clip.samples, sampling_rate=16000)

    merged = OmniASRForCTC.from_pretrained(hf_dir).eval()       # plain transformers, no peft
    with torch.no_grad():
        ids = merged(**inputs).logits.argmax(-1)
    assert tokenizer.batch_decode(ids)[0].split() == cli_words

    vocab_size = merged.config.vocab_size
    base = OmniASRForCTC.from_pretrained(omni_base, vocab_size=vocab_size,
                                         ignore_mismatched_sizes=True)
    with_peft = PeftModel.from_pretrained(base, hf_dir / "peft").eval()
    with torch.no_grad():
        ids = with_peft(**inputs).logits.argmax(-1)
    assert tokenizer.batch_decode(ids)[0].split() == cli_words


def test_devtools_builds_the_omniasr_tiny_model(tmp_path, capsys):
    from mms_studio.core.engine.families import family_name
    from mms_studio.devtools import main as devtools_main

    assert main(["devtools", "tiny-model", str(tmp_path / "a"), "--family", "omniasr"]) == 0
    assert devtools_main(["tiny-model", str(tmp_path / "b"), "--family", "omniasr"]) == 0
    for folder in (tmp_path / "a", tmp_path / "b"):
        assert family_name(folder) == "omniasr" and (folder / "tokenizer.json").is_file()

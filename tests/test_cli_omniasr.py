"""The second base family end to end through the CLI: an Omnilingual-layout tiny model.

`mms-studio train PROJECT --base <omniasr folder>` -> transcribe -> export-model --hf-folder,
then plain transformers gives the CLI's words: for the default bottleneck adapter a plain
Wav2Vec2ForCTC + Wav2Vec2Processor (the MMS way); for `--adapter-kind lora` the merged
OmniASRForCTC and transformers + peft (the base kept apart). The model card and adapter.json
carry the Apache-2.0 licence.
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


def _trained_project(base: Path, folder: Path, *extra: str) -> Path:
    # The project names the MMS default; --base chooses the Omnilingual folder for this run.
    root = make_project(folder / "proj", Path("unused"))
    code = main(["train", str(root), "--base", str(base), "--max-steps", "120",
                 "--eval-every", "60", *extra, *TRAIN_ARGS])
    assert code == 0
    return root


@pytest.fixture(scope="module")
def omni_project(omni_base, tmp_path_factory):
    return _trained_project(omni_base, tmp_path_factory.mktemp("cli-omni"))     # the default


def _speech(tmp_path: Path):
    import soundfile as sf

    clip = synth_utterance(["bala", "sinu", "kato", "meli", "tomo", "dunik", "lesa"],
                           rng=np.random.default_rng(9))
    audio = tmp_path / "speech.wav"
    sf.write(audio, clip.samples, 16000, subtype="FLOAT")
    return clip, audio


def _cli_words(project: Path, name: str, audio: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / "speech.json"
    # transcribe and export find the base in the adapter's own adapter.json
    assert main(["transcribe", str(project), str(audio), "--adapter", name,
                 "--no-vad", "--format", "json", "-o", str(out),
                 "--device", "cpu", "--precision", "fp32"]) == 0
    cli = json.loads(out.read_text())
    words = [w["text"] for s in cli["segments"] for w in s["words"]]
    assert len(words) >= 4
    return words


def _learned_and_licensed(project: Path, base: Path, kind: str) -> str:
    name = the_run(project)
    adapter = project / "adapters" / name
    info = json.loads((adapter / "adapter.json").read_text())
    assert info["base_family"] == "omniasr" and "Apache-2.0" in info["license"]
    assert info["train_config"]["adapter_kind"] == kind
    assert "Apache-2.0" in (adapter / "README.md").read_text()
    metrics = json.loads((adapter / "metrics.json").read_text())
    assert metrics["steps"] == 120 and metrics["cer"] < 0.6      # it learned (starts at 100%)
    weights = adapter / "adapter.xsy.safetensors"
    assert weights.stat().st_size < 0.2 * (base / "model.safetensors").stat().st_size
    return name


def test_omniasr_train_transcribe_export(omni_project, omni_base, tmp_path):
    """The default (bottleneck) adapter: its HF folder is a plain wav2vec2 model, used as MMS."""
    import torch
    from transformers import Wav2Vec2ForCTC, Wav2Vec2Processor

    name = _learned_and_licensed(omni_project, omni_base, "bottleneck")
    clip, audio = _speech(tmp_path)
    cli_words = _cli_words(omni_project, name, audio, tmp_path)

    hf_dir = tmp_path / "hf"
    assert main(["export-model", str(omni_project), str(hf_dir), "--adapter", name,
                 "--hf-folder"]) == 0
    card = (hf_dir / "README.md").read_text()
    assert "Apache-2.0" in card and "Wav2Vec2ForCTC" in card
    assert json.loads((hf_dir / "config.json").read_text())["model_type"] == "wav2vec2"
    processor = Wav2Vec2Processor.from_pretrained(hf_dir)
    inputs = processor(clip.samples, sampling_rate=16000, return_tensors="pt")
    for model in (Wav2Vec2ForCTC.from_pretrained(hf_dir),                  # the whole folder
                  Wav2Vec2ForCTC.from_pretrained(hf_dir, target_lang="xsy")):   # its adapter
        with torch.no_grad():
            ids = model.eval()(**inputs).logits.argmax(-1)
        assert processor.batch_decode(ids)[0].split() == cli_words


def test_a_lora_run_exports_merged_and_for_peft(omni_base, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import OmniASRFeatureExtractor, OmniASRForCTC, Wav2Vec2CTCTokenizer

    project = _trained_project(omni_base, tmp_path, "--adapter-kind", "lora")
    name = _learned_and_licensed(project, omni_base, "lora")
    clip, audio = _speech(tmp_path)
    cli_words = _cli_words(project, name, audio, tmp_path)

    hf_dir = tmp_path / "hf"
    assert main(["export-model", str(project), str(hf_dir), "--adapter", name,
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

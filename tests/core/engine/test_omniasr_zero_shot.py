"""The zero-shot baseline of an Omnilingual base: its own CTC head over its own SentencePiece
vocabulary, through the same functions that give MMS's (Recogniser.use_base_language, the
training run's baseline.json, evaluate_project's baseline column).

The tiny Omnilingual model ships a tokenizer.json as the Hub folders do; the tests set its
CTC head so the pieces it writes are known, and compare with transformers' own
OmniASRForCTC + tokenizer decoding, an implementation independent of ours.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mms_studio.core.engine.families.omniasr_zero_shot import (
    PieceVocabulary,
    piece_decode,
    read_piece_vocabulary,
)
from mms_studio.devtools import build_tiny_model, synth_utterance, synthetic_clips
from tests.torch_threads import torch_threads


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


def set_base_head(base_dir: Path, *, weight=None, bias=None) -> None:
    """Rewrite the base's own ctc_head in its model.safetensors (the rest unchanged)."""
    from safetensors import safe_open
    from safetensors.torch import save_file

    path = base_dir / "model.safetensors"
    with safe_open(str(path), framework="pt") as handle:
        meta = handle.metadata()
        tensors = {key: handle.get_tensor(key) for key in handle.keys()}  # noqa: SIM118
    if weight is not None:
        tensors["ctc_head.weight"] = weight.contiguous()
    if bias is not None:
        tensors["ctc_head.bias"] = bias.contiguous()
    save_file(tensors, str(path), metadata=meta)


def piece_id(base_dir: Path, piece: str) -> int:
    return read_piece_vocabulary(base_dir).pieces.index(piece)


@pytest.fixture(scope="module")
def omni_dir(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("omni-zs") / "base", family="omniasr")


def test_pieces_are_joined_and_a_word_starts_at_each_word_marker():
    pieces = ("<s>", "<pad>", "</s>", "<unk>", "▁", "▁ba", "la", "▁si", "nu", "a")
    vocab = PieceVocabulary(pieces=pieces, blank=0, special=frozenset({0, 1, 2, 3}))
    #        ▁ba ▁ba  blank la  <unk> ▁   ▁si  nu  nu  blank nu  a
    ids = np.array([5, 5, 0, 6, 3, 4, 7, 8, 8, 0, 8, 9])
    probs = np.linspace(0.5, 1.0, len(ids)).astype(np.float32)
    words = piece_decode(ids, probs, vocabulary=vocab, frame_offset=100).words
    assert [w.text for w in words] == ["bala", "sinunua"]   # a blank between repeats keeps both
    assert (words[0].start_frame, words[0].end_frame) == (100, 104)
    assert (words[1].start_frame, words[1].end_frame) == (106, 112)
    # the blank takes the name the engine looks it up by; every row keeps an entry
    engine = vocab.engine_vocab()
    assert engine["<pad>"] == 0 and len(engine) == len(pieces) and \
        sorted(engine.values()) == list(range(len(pieces)))


def test_the_tiny_model_ships_the_vocabulary_of_its_head(omni_dir):
    config = json.loads((omni_dir / "config.json").read_text())
    vocab = read_piece_vocabulary(omni_dir)
    assert len(vocab.pieces) == config["vocab_size"] and vocab.blank == 0
    assert vocab.pieces[:4] == ("<s>", "<pad>", "</s>", "<unk>")
    assert "▁b" in vocab.pieces and "a" in vocab.pieces


def _recogniser_with_our_adapter(base_dir: Path):
    import torch

    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.transcribe import AdapterRef, Recogniser

    vocab = {"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 3, "b": 4, "ŋ": 5}
    model = load_base_model(base_dir)
    init_adapter(model, vocab=vocab, seed=3)
    with torch.no_grad():    # an adapter that changes the encoder's output (either kind)
        changed = 0
        for name, param in model.named_parameters():
            if "lora_B" in name or ".adapter_layer.up." in name:
                param.normal_(0.0, 0.05)
                changed += 1
        assert changed
    return Recogniser(model, adapter=AdapterRef("xsy", vocab, "ours"))


def test_zero_shot_output_is_the_base_models_own(omni_dir, tmp_path):
    """With the base's head set to write a handful of pieces, our zero-shot text is exactly
    transformers' OmniASRForCTC + its tokenizer's; the swap leaves our adapter intact."""
    import shutil

    import torch
    from transformers import AutoProcessor, OmniASRForCTC

    base = tmp_path / "base"
    shutil.copytree(omni_dir, base)
    vocab = read_piece_vocabulary(base)
    chosen = [vocab.pieces.index(p) for p in ("▁b", "a", "l", "▁s", "i", "▁")]
    generator = torch.Generator().manual_seed(5)
    hidden = json.loads((base / "config.json").read_text())["audio_config"]["hidden_size"]
    weight = torch.zeros(len(vocab.pieces), hidden)
    weight[chosen] = torch.randn(len(chosen), hidden, generator=generator) * 0.5
    weight[0] = torch.randn(hidden, generator=generator) * 0.5
    bias = torch.full((len(vocab.pieces),), -30.0)
    bias[chosen + [0]] = 0.0
    set_base_head(base, weight=weight, bias=bias)

    samples = synth_utterance(["bala", "sinu", "kato"], rng=np.random.default_rng(2)).samples
    rec = _recogniser_with_our_adapter(base)
    rec.use_base_language(base, "xsy")          # any code: the base's one output
    zero_shot = rec.transcribe_text(samples)
    zero_shot_lp = rec.log_probs(samples)

    plain = OmniASRForCTC.from_pretrained(base).eval()
    processor = AutoProcessor.from_pretrained(base)
    inputs = processor(samples, sampling_rate=16000, return_tensors="pt")
    with torch.no_grad():
        logits = plain(inputs["input_values"]).logits[0]
    expected_lp = torch.log_softmax(logits, -1).numpy()
    assert zero_shot_lp.shape == expected_lp.shape
    np.testing.assert_allclose(zero_shot_lp, expected_lp, atol=1e-3)  # normalisation eps
    ids = logits.argmax(-1)
    expected = processor.decode(ids, skip_special_tokens=True)
    assert zero_shot == " ".join(expected.split())
    assert len({int(i) for i in ids} - {0}) >= 3 and len(zero_shot.replace(" ", "")) >= 3
    assert set(zero_shot) <= set("bals i")
    assert rec.adapter.name == "base model (zero-shot)"


def test_a_constant_head_writes_its_one_piece(omni_dir, tmp_path):
    """The head set to write "▁k" on every frame: the zero-shot text is "k"."""
    import shutil

    import torch

    base = tmp_path / "base"
    shutil.copytree(omni_dir, base)
    size = len(read_piece_vocabulary(base).pieces)
    hidden = json.loads((base / "config.json").read_text())["audio_config"]["hidden_size"]
    bias = torch.full((size,), -10.0)
    bias[piece_id(base, "▁k")] = 10.0
    set_base_head(base, weight=torch.zeros(size, hidden), bias=bias)
    rec = _recogniser_with_our_adapter(base)
    samples = synth_utterance(["bala"], rng=np.random.default_rng(1)).samples
    ours = rec.transcribe_text(samples)
    rec.use_base_language(base, "eng")
    assert rec.transcribe_text(samples) == "k"
    segments = rec.transcribe(samples, speech=None).segments
    assert [w.text for s in segments for w in s.words] == ["k"]
    assert ours != "k"


def _constant_head_base(omni_dir: Path, folder: Path, piece: str) -> Path:
    import shutil

    import torch

    shutil.copytree(omni_dir, folder)
    size = len(read_piece_vocabulary(folder).pieces)
    hidden = json.loads((folder / "config.json").read_text())["audio_config"]["hidden_size"]
    bias = torch.full((size,), -10.0)
    bias[piece_id(folder, piece)] = 10.0
    set_base_head(folder, weight=torch.zeros(size, hidden), bias=bias)
    return folder


def test_training_on_omniasr_writes_the_zero_shot_baseline(omni_dir, tmp_path):
    """`train_adapter` on an Omnilingual base (no per-language adapters) compares with the
    base's own output; baseline.json holds that output's scores on the run's dev clips."""
    from mms_studio.core.engine.data import LabelCodec
    from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors
    from mms_studio.core.project import Project
    from mms_studio.core.tasks import RecordingTaskState
    from mms_studio.core.text import Normalizer, TextSettings
    from mms_studio.core.workflows.training import train_adapter
    from tests.core.engine.helpers import fast_config

    base = _constant_head_base(omni_dir, tmp_path / "base", "▁s")
    project = Project.create(tmp_path / "proj", language="xsy", name="Synthetic",
                             base_model=str(base))
    try:
        for i, clip in enumerate(synthetic_clips(30, seed=8, words_per_clip=(1, 3))):
            project.add_clip(clip.samples, transcript=clip.text, speaker=f"spk{i % 6}")
        state = RecordingTaskState()
        report = train_adapter(project, config=fast_config(max_steps=10, eval_every=10,
                                                           warmup_steps=2),
                               name="omni", state=state)
    finally:
        project.close()
    assert report.baseline is not None
    assert any("zero-shot" in s for s in state.statuses)
    saved = json.loads((report.run_dir / "baseline.json").read_text())
    manifest = json.loads((report.run_dir / "manifest.json").read_text())
    codec = LabelCodec(manifest["vocab"],
                       Normalizer(TextSettings.from_dict(manifest["text_settings"])).tokens)
    words, chars = ZERO, ZERO
    for utt in manifest["dev"]:
        reference = codec.reference(utt["text"])
        words = words + word_errors(reference, "s")
        chars = chars + char_errors(reference, "s")
    assert saved["clips"] == len(manifest["dev"]) > 0
    assert saved["cer"] == pytest.approx(chars.rate) and saved["wer"] == pytest.approx(words.rate)
    assert saved["adapter_cer"] == pytest.approx(report.cer)


def test_a_base_without_its_tokenizer_has_no_baseline_and_says_why(omni_dir, tmp_path,
                                                                   tiny_model_dir):
    import shutil

    from mms_studio.core.engine.evaluate import has_base_output
    from mms_studio.core.errors import ModelError

    base = tmp_path / "base"
    shutil.copytree(omni_dir, base)
    (base / "tokenizer.json").unlink()
    assert has_base_output(omni_dir, "any-code") and not has_base_output(base, "xsy")
    assert has_base_output(tiny_model_dir, "abc") and not has_base_output(tiny_model_dir, "xyz")
    rec = _recogniser_with_our_adapter(base)
    samples = synth_utterance(["bala"], rng=np.random.default_rng(1)).samples
    ours = rec.transcribe_text(samples)
    with pytest.raises(ModelError, match="tokenizer.json") as caught:
        rec.use_base_language(base, "xsy")
    assert "Error" not in str(caught.value)
    assert rec.adapter.name == "ours" and rec.transcribe_text(samples) == ours   # unchanged

"""A tiny random Omnilingual-ASR CTC model in the `hf-audio/omniasr-ctc-*` folder layout.

Tests and demos cannot download the 300M/1B checkpoints, and mocking the engine
would test nothing, so we build a random model from a config in code, saved as
the Hub folders are: `config.json` (model type `omniasr_ctc`, an `audio_config`
wav2vec2-style encoder), `model.safetensors`, a SentencePiece-style Unigram
`tokenizer.json` (blank `<s>` = id 0, `<pad>` = 1, `</s>` = 2, `<unk>` = 3, then
"▁"-prefixed pieces, as Omnilingual's vocabulary is laid out) read by
transformers' `ParakeetTokenizer`, and the `OmniASRFeatureExtractor` config.
Shaped like the tiny MMS model (hidden 256, 2 layers, a 320-sample conv stride)
so the two families face the same synthetic task on equal terms.
"""

from __future__ import annotations

import json
from pathlib import Path

SAMPLE_RATE = 16000
#: Special pieces in Omnilingual's order; id 0 is the CTC blank.
SPECIAL_PIECES = ("<s>", "<pad>", "</s>", "<unk>")


def tiny_omniasr_config(*, vocab_size: int, hidden_size: int = 256, layers: int = 2):
    """An OmniASRCTCConfig shaped like the tiny MMS model (layer-norm convs, 320 stride)."""
    from transformers import OmniASRCTCConfig

    audio = {"model_type": "omniasr_audio", "hidden_size": hidden_size,
             "num_hidden_layers": layers, "num_attention_heads": 4,
             "intermediate_size": hidden_size * 2, "conv_dim": [128] * 7,
             "conv_kernel": [10, 3, 3, 3, 3, 2, 2], "conv_stride": [5, 2, 2, 2, 2, 2, 2],
             "num_conv_pos_embeddings": 16, "num_conv_pos_embedding_groups": 16,
             "hidden_dropout": 0.0, "activation_dropout": 0.0, "attention_dropout": 0.0,
             "layerdrop": 0.0}
    return OmniASRCTCConfig(vocab_size=vocab_size, audio_config=audio, blank_token_id=0,
                            pad_token_id=1, ctc_zero_infinity=True,
                            architectures=["OmniASRForCTC"])


def _pieces(letters: str) -> list[str]:
    """Word-initial ("▁a") and inner ("a") pieces of each letter, plus "▁" alone."""
    return ["▁"] + [f"▁{ch}" for ch in letters] + list(letters)


def write_tokenizer(out: Path, *, letters: str) -> int:
    """tokenizer.json (+ tokenizer_config.json) of a Unigram model over `letters`; returns its size."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers

    pieces = list(SPECIAL_PIECES) + _pieces(letters)
    vocab = [(p, 0.0) for p in SPECIAL_PIECES] + [(p, -1.0 - i * 0.01)
                                                  for i, p in enumerate(pieces[4:])]
    tok = Tokenizer(models.Unigram(vocab, unk_id=3, byte_fallback=False))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    tok.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "ParakeetTokenizer", "bos_token": "<s>", "pad_token": "<pad>",
        "eos_token": "</s>", "unk_token": "<unk>", "processor_class": "OmniASRCTCProcessor",
        "model_max_length": 1_000_000_000}, indent=2), encoding="utf-8")
    return len(pieces)


def write_feature_extractor(out: Path) -> None:
    from transformers import OmniASRFeatureExtractor

    OmniASRFeatureExtractor(feature_size=1, sampling_rate=SAMPLE_RATE, padding_value=0.0,
                            do_normalize=True, return_attention_mask=True).save_pretrained(out)


def _wav2vec2_init(model) -> None:
    """Initialise the encoder's convolutions as wav2vec2 (and the tiny MMS model) does.

    transformers gives OmniASR convs the generic N(0, 0.02) start, meant for loading
    trained weights over it; a random conv stack that small barely tells the synthetic
    task's tones apart. Kaiming convs and the positional conv's own scale match what
    wav2vec2 pre-training starts from, so the two tiny families face the task alike.
    """
    import math

    import torch

    tower = model.model.audio_tower
    with torch.no_grad():
        for module in tower.subsampling.modules():
            if isinstance(module, torch.nn.Conv1d):
                torch.nn.init.kaiming_normal_(module.weight)
                if module.bias is not None:
                    bound = math.sqrt(module.groups / (module.in_channels * module.kernel_size[0]))
                    torch.nn.init.uniform_(module.bias, -bound, bound)
        pos = tower.encode_positions.conv
        torch.nn.init.normal_(pos.weight, 0.0, 2 * math.sqrt(1 / (pos.kernel_size[0] *
                                                                pos.in_channels)))
        torch.nn.init.zeros_(pos.bias)
        proj = tower.subsampling.projection
        bound = math.sqrt(1 / proj.in_features)
        torch.nn.init.uniform_(proj.weight, -bound, bound)
        torch.nn.init.uniform_(proj.bias, -bound, bound)


def build_tiny_omniasr(out: str | Path, *, letters: str, seed: int = 0, layers: int = 2,
                       hidden_size: int = 256) -> Path:
    """Write a random tiny Omnilingual CTC model to `out`; returns the folder."""
    import torch
    from transformers import OmniASRForCTC

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    size = write_tokenizer(out, letters=letters)
    torch.manual_seed(seed)
    model = OmniASRForCTC(tiny_omniasr_config(vocab_size=size, hidden_size=hidden_size,
                                              layers=layers))
    _wav2vec2_init(model)
    model.eval()
    model.save_pretrained(out, safe_serialization=True)
    for stale in out.glob("*.bin"):
        stale.unlink()
    write_feature_extractor(out)
    return out

"""Real Yoruba recordings and transcripts through the engine's text and audio paths.

Tone marks and under-dots make grapheme clusters of two or three code points:
labels must be our units (Normalizer.tokens), and decoding those ids — with
our greedy decoder and with the HF tokenizer we export — must give the text back.
"""

from __future__ import annotations

import csv

import numpy as np
import pytest

from mms_studio.core.engine.data import LabelCodec, Utterance, preflight
from mms_studio.core.engine.decode import blank_id, greedy_decode


@pytest.fixture(scope="module")
def yoruba(shared_data):
    folder = shared_data / "clips" / "yoruba_speech_project"
    with open(folder / "transcripts.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) >= 5
    return [(folder / r["file"], r["transcript"]) for r in rows]


def test_labels_decode_back_to_the_text(yoruba, tmp_path):
    from transformers import Wav2Vec2CTCTokenizer

    from mms_studio.core.text import Normalizer, Vocabulary, write_vocab_json

    normalizer = Normalizer()
    codec = LabelCodec.from_texts([t for _, t in yoruba], normalizer)
    assert any(len(u) > 1 for u in codec.vocab)          # multi-code-point units exist
    write_vocab_json(tmp_path / "vocab.json", "yor", Vocabulary.from_dict(codec.vocab))
    hf = Wav2Vec2CTCTokenizer(str(tmp_path / "vocab.json"), target_lang="yor",
                              unk_token="[UNK]", pad_token="[PAD]", word_delimiter_token="|")
    id_to_token = {i: t for t, i in codec.vocab.items()}
    for _, text in yoruba:
        ids = codec.encode(text)
        expected = codec.reference(text)
        assert expected and "[UNK]" not in expected
        # Frames as a CTC model would emit them: each label once, blanks between.
        frames = np.array([x for i in ids for x in (i, blank_id(codec.vocab))], dtype=np.int32)
        ours = greedy_decode(frames, np.ones(len(frames), np.float32), id_to_token=id_to_token,
                             blank=blank_id(codec.vocab)).text
        assert ours == expected
        assert hf.decode(frames.tolist()) == expected


def test_real_recordings_pass_preflight_and_train_a_step(yoruba, tiny_model_dir, tmp_path):
    import math

    from mms_studio.core.audio import probe
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.trainer import train
    from tests.core.engine.helpers import fast_config

    utts = [Utterance(id=p.stem, text=t, duration=probe(p).duration, path=p)
            for p, t in yoruba]
    codec = LabelCodec.from_texts([u.text for u in utts])
    kept, dropped = preflight(utts, codec)
    assert len(kept) + len(dropped) == len(utts) and len(kept) >= 3
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab)
    result = train(model=model, codec=codec, train_set=utts, dev_set=utts[:2],
                   config=fast_config(max_steps=2, eval_every=2, seconds_per_batch=30.0,
                                      mask_time_prob=0.05),   # the recipe's SpecAugment
                   run_dir=tmp_path)
    assert result.steps == 2 and math.isfinite(result.last_eval.loss)

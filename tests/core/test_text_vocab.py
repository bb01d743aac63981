"""CTC vocabularies: fixed special ids, deterministic units, MMS vocab.json layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mms_studio.core.errors import ModelError
from mms_studio.core.text import (
    PAD_ID,
    UNK_ID,
    WORD_DELIMITER_ID,
    Normalizer,
    TextSettings,
    Vocabulary,
    build_vocab,
    load_vocab_json,
    write_vocab_json,
)

YORUBA = ["Ọmọ́ yìí ń ṣeré.", "odò to ba gbagbe orisun rẹ, gbigbe lo ma ngbe", "parẹ"]


def test_special_tokens_first_then_sorted_units() -> None:
    vocab = build_vocab(YORUBA, Normalizer())
    assert vocab.tokens[:3] == ("[PAD]", "[UNK]", "|")
    assert (vocab.token_to_id["[PAD]"], vocab.token_to_id["[UNK]"], vocab.token_to_id["|"]) == (
        PAD_ID, UNK_ID, WORD_DELIMITER_ID) == (0, 1, 2)
    assert list(vocab.units) == sorted(vocab.units)
    assert {"ọ́", "ẹ", "ṣ", "ò"} <= set(vocab.units)
    assert "," not in vocab and "." not in vocab
    assert sorted(vocab.token_to_id.values()) == list(range(len(vocab)))


def test_same_transcripts_in_any_order_give_the_same_ids() -> None:
    normalizer = Normalizer()
    assert build_vocab(YORUBA, normalizer) == build_vocab(list(reversed(YORUBA)), normalizer)


def test_encode_uses_unk_for_unknown_units() -> None:
    normalizer = Normalizer(TextSettings(multigraphs=("gb",)))
    vocab = build_vocab(YORUBA, normalizer)
    assert "gb" in vocab and "g" not in vocab  # every g in these texts is part of "gb"
    ids = vocab.encode(normalizer.tokens("gbé xqz"))
    assert ids[0] == vocab.token_to_id["gb"]
    assert ids[2] == WORD_DELIMITER_ID
    assert ids[3:] == [UNK_ID, UNK_ID, UNK_ID]
    assert vocab.decode(vocab.encode(["gb", "|", "a"])) == ["gb", "|", "a"]


def test_extra_units_are_included() -> None:
    vocab = build_vocab(["ab"], Normalizer(), extra_units=("z", "ẹ"))
    assert vocab.units == ("a", "b", "z", "ẹ")


def test_vocab_json_layout_and_merge(tmp_path: Path) -> None:
    path = tmp_path / "adapter" / "vocab.json"
    yor = build_vocab(YORUBA, Normalizer())
    abz = build_vocab(["amakaang di kaai hada muila"], Normalizer())
    write_vocab_json(path, "yor", yor)
    write_vocab_json(path, "abz", abz)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert set(raw) == {"yor", "abz"}
    assert raw["yor"] == yor.to_dict() and raw["abz"]["[PAD]"] == 0
    assert load_vocab_json(path) == raw
    assert Vocabulary.from_dict(load_vocab_json(path)["yor"]) == yor
    assert "ẹ" in path.read_text(encoding="utf-8")  # readable UTF-8, not \u escapes
    write_vocab_json(path, "yor", abz)  # replacing one language keeps the other
    assert load_vocab_json(path)["yor"] == abz.to_dict()
    assert [p.name for p in path.parent.iterdir()] == ["vocab.json"]


def test_damaged_vocab_json_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "vocab.json"
    path.write_text('{"yor": {"a": "one"}}', encoding="utf-8")
    with pytest.raises(ModelError, match="damaged"):
        load_vocab_json(path)
    with pytest.raises(ModelError):
        write_vocab_json(path, "abz", build_vocab(["a"], Normalizer()))
    assert path.read_text(encoding="utf-8") == '{"yor": {"a": "one"}}'
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="damaged"):
        load_vocab_json(path)
    with pytest.raises(ModelError, match="does not exist"):
        load_vocab_json(tmp_path / "missing.json")


def test_bad_vocabularies_are_refused() -> None:
    with pytest.raises(ModelError):
        Vocabulary(("a", "[PAD]", "[UNK]", "|"))
    with pytest.raises(ModelError):
        Vocabulary(("[PAD]", "[UNK]", "|", "a", "a"))
    with pytest.raises(ModelError, match="gaps"):
        Vocabulary.from_dict({"[PAD]": 0, "[UNK]": 1, "|": 2, "a": 4})


def test_transformers_ctc_tokenizer_reads_our_vocab_json(tmp_path: Path) -> None:
    from transformers import Wav2Vec2CTCTokenizer

    normalizer = Normalizer()
    vocab = build_vocab(YORUBA, normalizer)
    write_vocab_json(tmp_path / "vocab.json", "yor", vocab)
    write_vocab_json(tmp_path / "vocab.json", "abz", build_vocab(["hada muila"], normalizer))
    tokenizer = Wav2Vec2CTCTokenizer(str(tmp_path / "vocab.json"), target_lang="yor",
                                     unk_token="[UNK]", pad_token="[PAD]",
                                     word_delimiter_token="|")
    assert tokenizer.pad_token_id == 0
    assert {t: tokenizer.get_vocab()[t] for t in vocab.tokens} == vocab.token_to_id
    assert tokenizer.convert_tokens_to_ids(["ọ́", "|", "[UNK]"]) == vocab.encode(["ọ́", "|", "[UNK]"])
    text = "Ọmọ́ yìí ṣeré"
    assert UNK_ID not in vocab.encode(normalizer.tokens(text))
    ids = vocab.encode(normalizer.tokens(text))
    assert tokenizer.decode(ids, group_tokens=False) == text


def test_normalizer_and_vocab_survive_pickling_for_data_loader_workers() -> None:
    import pickle

    normalizer = Normalizer(TextSettings(multigraphs=("gb",), replacements=(("’", "ʼ"),)))
    vocab = build_vocab(YORUBA, normalizer)
    normalizer2, vocab2 = pickle.loads(pickle.dumps((normalizer, vocab)))
    assert vocab2 == vocab and vocab2.token_to_id == vocab.token_to_id
    assert normalizer2.tokens(YORUBA[1]) == normalizer.tokens(YORUBA[1])

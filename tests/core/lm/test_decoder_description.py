"""Which decoder transcribes is said as a `Message`: English for the CLI and the JSON, its
template and values for the app (which says it in the interface language)."""

from __future__ import annotations

import json

import pytest

from mms_studio.core.lm.decoding import choose_decoder
from mms_studio.core.lm.store import build_project_lm
from mms_studio.core.lm.texts import add_texts
from mms_studio.core.tasks import Message
from tests.core.lm.test_texts_and_store import corpus_file, make_project

VOCAB = {"[PAD]": 0, "[UNK]": 1, "|": 2, **{c: i + 3 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}}


@pytest.fixture
def project(tmp_path):
    p = make_project(tmp_path / "proj")
    yield p
    p.close()


def test_greedy_and_hotword_decoders_are_messages(project, tmp_path):
    greedy = choose_decoder(project, adapter_dir=tmp_path, vocab=VOCAB)   # no LM yet
    assert greedy.decoder is None and isinstance(greedy.description, Message)
    assert greedy.description == "Decoding: greedy (no language model)."
    beam = choose_decoder(project, adapter_dir=tmp_path, vocab=VOCAB, hotwords=("kato",))
    try:
        assert beam.description == "Decoding: beam search with hotwords, no language model."
        described = beam.decoder.describe()
        assert isinstance(described, Message) and described == "beam search with hotwords"
    finally:
        beam.close()


def test_the_language_model_description_keeps_its_english_and_its_values(project, tmp_path):
    add_texts(project, [corpus_file(tmp_path / "c.txt")])
    info = build_project_lm(project)
    choice = choose_decoder(project, adapter_dir=tmp_path, vocab=VOCAB, hotwords=("kato",))
    try:
        text = choice.decoder.describe()
        english = (f"language model (order {info.order}, {info.vocabulary} words, from "
                   f"{info.sentences} sentences; weight 0.5, word bonus 1, not tuned yet: "
                   f"default weights) + 1 hotwords")
        assert isinstance(text, Message) and text == english     # what the CLI printed before
        assert choice.description == f"Decoding: {english}."
        assert text.params["alpha"] == 0.5 and text.params["count"] == 1
        model = text.params["model"]
        assert isinstance(model, Message) and model.params["order"] == info.order
        assert isinstance(text.params["tuned"], Message)
        # the transcription's JSON keeps the English sentence
        assert json.loads(json.dumps({"decoder": text})) == {"decoder": english}
    finally:
        choice.close()


def test_a_broken_model_gives_its_reason_inside_the_message(project, tmp_path):
    add_texts(project, [corpus_file(tmp_path / "c.txt")])
    build_project_lm(project)
    arpa = project.root / "lm" / "lm.arpa"
    arpa.write_bytes(arpa.read_bytes()[:-200])
    auto = choose_decoder(project, adapter_dir=tmp_path, vocab=VOCAB)
    assert auto.decoder is None and isinstance(auto.description, Message)
    assert auto.description.startswith("Decoding without the language model: ")
    assert "incomplete" in auto.description.params["reason"]

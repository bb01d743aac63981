"""LM decoding on a synthetic language: fewer word errors, no harm to words outside the texts.

A closed lexicon with a word grammar (tests/core/lm/language.py); the adapter is
trained briefly (~110 steps) so it still misreads letters; the LM is built from a
text corpus of that language (other sentences than the clips'); its weights are
tuned on the dev clips by the app's own grid search. Everything goes through the
real model, the real ARPA builder and pyctcdecode: no mocks.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from mms_studio.core.engine.data import LabelCodec
from mms_studio.core.engine.decode import BeamDecoder, GreedyDecoder
from mms_studio.core.engine.metrics import ZERO, char_errors, word_errors
from mms_studio.core.engine.transcribe import AdapterRef, Recogniser
from mms_studio.core.lm.arpa import unigrams, write_arpa
from mms_studio.core.lm.kneser_ney import choose_order, count_tokens, estimate
from mms_studio.core.lm.scorer import load_language_model
from mms_studio.core.lm.tuning import tune_weights
from tests.core.engine.helpers import fast_config
from tests.core.lm.language import novel_words, sentences, utterances
from tests.torch_threads import torch_threads

pytestmark = pytest.mark.slow


@dataclass
class Setup:
    rec: Recogniser
    vocab: dict
    lm: object
    weights: object
    test: list
    novel: list


@dataclass
class _LmFiles:
    arpa_path: object
    unigrams_path: object
    sha256: str = "test"


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    with torch_threads(1):
        yield


@pytest.fixture(scope="module")
def setup(tiny_model_dir, tmp_path_factory):
    from mms_studio.core.engine.adapters import init_adapter
    from mms_studio.core.engine.base import load_base_model
    from mms_studio.core.engine.trainer import train

    tmp = tmp_path_factory.mktemp("lm")
    train_set = utterances(sentences(120, seed=1, length=(1, 4)), seed=11, prefix="t")
    dev = utterances(sentences(20, seed=2), seed=12, prefix="d")
    test = utterances(sentences(40, seed=3), seed=13, prefix="x")
    new = novel_words(40, seed=4)
    novel = utterances([new[i:i + 2] for i in range(0, 40, 2)], seed=14, prefix="o")
    codec = LabelCodec.from_texts([u.text for u in train_set])
    model = load_base_model(tiny_model_dir)
    init_adapter(model, vocab=codec.vocab)
    train(model=model, codec=codec, train_set=train_set, dev_set=dev,
          config=fast_config(max_steps=110, eval_every=1000), run_dir=tmp / "run", state=None)
    rec = Recogniser(model, adapter=AdapterRef("xsy", codec.vocab, "synthetic"))
    corpus = sentences(3000, seed=5)             # the texts: other sentences than any clip's
    stream, vocab, n = count_tokens(corpus)
    ngram = estimate(stream, vocab, order=choose_order(len(stream) - 2 * n, len(vocab)),
                     sentences=n)
    write_arpa(ngram, tmp / "lm.arpa")
    (tmp / "unigrams.txt").write_text("\n".join(unigrams(tmp / "lm.arpa")), encoding="utf-8")
    lm = _LmFiles(tmp / "lm.arpa", tmp / "unigrams.txt")
    weights = tune_weights([rec.log_probs(u.samples) for u in dev], [u.text for u in dev],
                           vocab=codec.vocab, lm=lm, normalize=lambda t: t)
    return Setup(rec, codec.vocab, lm, weights, test, novel)


def rates(setup, utts, decoder):
    words = chars = ZERO
    for u in utts:
        hyp = decoder.decode(setup.rec.log_probs(u.samples)).text
        words, chars = words + word_errors(u.text, hyp), chars + char_errors(u.text, hyp)
    return words.rate, chars.rate


def lm_decoder(setup, *, prefer_kenlm=True):
    model = load_language_model(setup.lm.arpa_path, unigrams=unigrams(setup.lm.arpa_path),
                                alpha=setup.weights.alpha, beta=setup.weights.beta,
                                unk_score_offset=setup.weights.unk_score_offset,
                                prefer_kenlm=prefer_kenlm)
    return BeamDecoder(setup.vocab, language_model=model)


def test_lm_lowers_test_wer_by_a_quarter_at_least(setup):
    greedy_wer, _ = rates(setup, setup.test, GreedyDecoder(setup.vocab))
    decoder = lm_decoder(setup)
    try:
        lm_wer, _ = rates(setup, setup.test, decoder)
    finally:
        decoder.close()
    assert greedy_wer > 0.2, "the adapter should still make errors for this test to mean much"
    assert lm_wer <= 0.75 * greedy_wer, (greedy_wer, lm_wer)
    assert setup.weights.helps and setup.weights.lm["wer"] < setup.weights.greedy["wer"]


def test_words_outside_the_texts_keep_their_cer(setup):
    _, greedy_cer = rates(setup, setup.novel, GreedyDecoder(setup.vocab))
    decoder = lm_decoder(setup)
    try:
        _, lm_cer = rates(setup, setup.novel, decoder)
    finally:
        decoder.close()
    assert lm_cer <= greedy_cer + 0.01, (greedy_cer, lm_cer)


def test_without_kenlm_our_reader_decodes_the_same(setup):
    pytest.importorskip("kenlm", reason="the comparison needs KenLM itself")
    ours, theirs = lm_decoder(setup, prefer_kenlm=False), lm_decoder(setup)
    try:
        for u in setup.test[:20]:
            lp = setup.rec.log_probs(u.samples)
            assert ours.decode(lp).text == theirs.decode(lp).text
    finally:
        ours.close()
        theirs.close()


def test_long_recordings_keep_word_times_and_confidences_with_the_lm(setup):
    import numpy as np

    gap = np.zeros(16000, dtype=np.float32)
    audio = np.concatenate([np.concatenate([u.samples, gap]) for u in setup.test[:6]])
    decoder = lm_decoder(setup)
    try:
        result = setup.rec.transcribe(audio, decoder=decoder, chunk_seconds=4.0)
    finally:
        decoder.close()
    words = [w for s in result.segments for w in s.words]
    assert result.meta["decoder"] == decoder.describe()
    assert len(words) >= sum(len(u.text.split()) for u in setup.test[:6]) - 3
    assert all(0 < w.confidence <= 1 and w.end > w.start for w in words)
    assert all(a.start <= b.start for a, b in zip(words, words[1:], strict=False))
    reference = " ".join(u.text for u in setup.test[:6])
    assert word_errors(reference, " ".join(result.text.split())).rate < 0.3


def test_hotwords_bring_names_outside_the_texts_back(setup):
    names = tuple(dict.fromkeys(w for u in setup.novel for w in u.text.split()))
    plain = lm_decoder(setup)
    model = load_language_model(setup.lm.arpa_path, unigrams=unigrams(setup.lm.arpa_path),
                                alpha=setup.weights.alpha, beta=setup.weights.beta,
                                unk_score_offset=setup.weights.unk_score_offset)
    hot = BeamDecoder(setup.vocab, language_model=model, hotwords=names)
    try:
        without, _ = rates(setup, setup.novel, plain)
        with_names, _ = rates(setup, setup.novel, hot)
        known, _ = rates(setup, setup.test, hot)
    finally:
        plain.close()
        hot.close()
    assert with_names < without, (without, with_names)
    assert known <= 0.75 * rates(setup, setup.test, GreedyDecoder(setup.vocab))[0]

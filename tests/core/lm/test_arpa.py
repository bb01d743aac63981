"""The Kneser-Ney ARPA builder and reader: a proper distribution, KenLM's own reading agrees."""

from __future__ import annotations

import numpy as np
import pytest

from mms_studio.core.lm.arpa import ArpaModel, unigrams, write_arpa
from mms_studio.core.lm.errors import LanguageModelError
from mms_studio.core.lm.kneser_ney import choose_order, count_tokens, estimate
from tests.core.lm.language import sentences


def build(tmp_path, corpus, order):
    stream, vocab, n = count_tokens(corpus)
    model = estimate(stream, vocab, order=order, sentences=n)
    path = tmp_path / f"lm{order}.arpa"
    write_arpa(model, path)
    return model, path


def random_corpus(seed=0, n=2000):
    rng = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(200)]
    return [[words[int(rng.zipf(1.3)) % 200] for _ in range(int(rng.integers(1, 12)))]
            for _ in range(n)]


@pytest.mark.parametrize("order", [2, 3, 4])
def test_every_context_is_a_distribution(tmp_path, order):
    corpus = random_corpus()
    model, path = build(tmp_path, corpus, order)
    lm = ArpaModel(path)
    assert lm.order == order
    vocab = [w for w in model.vocab if w != "<s>"]
    for context in [("<s>",), ("<s>", corpus[0][0]), tuple(corpus[5][:3]), ("w7", "w1", "w0")]:
        total = sum(10 ** lm.score_word(context[-(order - 1):], w)[0] for w in vocab)
        assert total == pytest.approx(1.0, abs=1e-4), context


def test_seen_sequences_beat_unseen_ones(tmp_path):
    corpus = sentences(500, seed=0)
    _, path = build(tmp_path, corpus, 3)
    lm = ArpaModel(path)
    seen = corpus[0]
    assert lm.score_sentence(seen) > lm.score_sentence(list(reversed(seen))) + 1.0
    assert set(unigrams(path)) == {w for s in corpus for w in s}


def test_kenlm_reads_our_arpa_and_scores_alike(tmp_path):
    kenlm = pytest.importorskip("kenlm", reason="KenLM is optional (make setup builds it)")
    corpus = random_corpus(seed=3)
    for order in (2, 3, 4):
        _, path = build(tmp_path, corpus, order)
        ours, theirs = ArpaModel(path), kenlm.Model(str(path))
        assert theirs.order == order
        for sent in corpus[:100] + [["never", "seen", "w1", "w2"], ["w3"] * 6]:
            assert ours.score_sentence(sent) == pytest.approx(theirs.score(" ".join(sent)),
                                                              abs=1e-4)


def test_order_follows_the_amount_of_text():
    assert choose_order(500, 100) == 2
    assert choose_order(50_000, 5_000) == 3
    assert choose_order(2_000_000, 30_000) == 4
    assert choose_order(2_000_000, 500_000) == 3   # 19-bit ids: 4 would not fit a key


def test_truncated_or_foreign_files_are_refused(tmp_path):
    _, path = build(tmp_path, random_corpus(), 3)
    data = path.read_bytes()
    cut = tmp_path / "cut.arpa"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(LanguageModelError, match="incomplete"):
        ArpaModel(cut)
    text = tmp_path / "notes.arpa"
    text.write_text("these are my notes\n", encoding="utf-8")
    with pytest.raises(LanguageModelError, match="not a language model"):
        ArpaModel(text)
    binary = tmp_path / "bin.arpa"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(LanguageModelError):
        ArpaModel(binary)

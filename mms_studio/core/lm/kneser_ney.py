"""Interpolated modified Kneser-Ney estimation of a word n-gram model, in numpy.

This is the estimator KenLM's `lmplz` implements (Chen & Goodman 1998; Heafield et
al. 2013): the highest order uses raw counts, lower orders use continuation counts
(how many different words precede an n-gram) except n-grams that start with <s>;
three discounts per order come from the counts of counts; every probability is
interpolated with the next lower order, the unigrams with a uniform distribution,
so the ARPA holds final probabilities and back-off weights.

Every n-gram is one int64 key (word ids packed `bits` bits each), so counting is
`np.unique` and finding a context or a suffix is `np.searchsorted`: a few MB of text
(about a million words) is estimated in seconds, and memory stays proportional to
the number of distinct n-grams (tens of bytes each), never to Python objects per
n-gram. The packing caps the order: with a vocabulary of 2**b words the order is at
most 62 // b (4 up to 32 767 distinct words, 3 up to 1 048 575).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

BOS, EOS, UNK = "<s>", "</s>", "<unk>"
BOS_ID, EOS_ID, UNK_ID = 0, 1, 2
FALLBACK_DISCOUNTS = (0.5, 1.0, 1.5)   # used when a corpus is too small to estimate them


@dataclass(frozen=True)
class NgramTable:
    """One order: sorted keys, log10 probabilities and log10 back-offs (0 where none)."""

    order: int
    keys: np.ndarray        # int64, sorted
    log_prob: np.ndarray    # float64
    log_backoff: np.ndarray  # float64 (unused for the highest order)


@dataclass(frozen=True)
class NgramModel:
    vocab: tuple[str, ...]          # id -> word; 0,1,2 = <s>, </s>, <unk>
    bits: int
    tables: tuple[NgramTable, ...]  # order 1..N
    discounts: tuple[tuple[float, float, float], ...]
    sentences: int
    tokens: int                     # words, without <s> and </s>

    @property
    def order(self) -> int:
        return len(self.tables)

    def words_of(self, key: int, order: int) -> list[str]:
        mask = (1 << self.bits) - 1
        return [self.vocab[(int(key) >> (self.bits * (order - 1 - j))) & mask]
                for j in range(order)]


def choose_order(tokens: int, vocab_size: int) -> int:
    """The n-gram order for this much text: longer histories need more text to be seen twice.

    Under 10 000 words a trigram is mostly seen once and only adds noise, so 2;
    up to a million words 3; beyond 4 (the usual choice for a few tens of MB).
    Capped by what fits in one int64 key.
    """
    order = 2 if tokens < 10_000 else 3 if tokens < 1_000_000 else 4
    return max(1, min(order, 62 // _bits_for(vocab_size)))


def _bits_for(vocab_size: int) -> int:
    return max(1, int(vocab_size - 1).bit_length())


def count_tokens(sentences: Iterable[Sequence[str]]) -> tuple[np.ndarray, list[str], int]:
    """Sentences of words -> one id stream `<s> w.. </s> <s> ..`, the vocabulary, the sentence count."""
    ids = {BOS: BOS_ID, EOS: EOS_ID, UNK: UNK_ID}
    vocab = [BOS, EOS, UNK]
    stream = array("i")
    n_sent = 0
    for words in sentences:
        words = [w for w in words if w and w not in (BOS, EOS, UNK)]
        if not words:
            continue
        n_sent += 1
        stream.append(BOS_ID)
        for word in words:
            wid = ids.get(word)
            if wid is None:
                wid = ids[word] = len(vocab)
                vocab.append(word)
            stream.append(wid)
        stream.append(EOS_ID)
    return np.frombuffer(stream, dtype=np.int32).astype(np.int64), vocab, n_sent


def _window_keys(stream: np.ndarray, n: int, bits: int) -> np.ndarray:
    """Keys of every n-word window that stays inside one sentence (</s> only at its end)."""
    length = len(stream) - n + 1
    if length <= 0:
        return np.zeros(0, dtype=np.int64)
    ends = np.concatenate([[0], np.cumsum(stream == EOS_ID)])
    start = np.arange(length)
    inside = (ends[start + n - 1] - ends[start]) == 0
    keys = np.zeros(length, dtype=np.int64)
    for j in range(n):
        keys = (keys << bits) | stream[j:j + length]
    return keys[inside]


def _discounts(adjusted: np.ndarray) -> tuple[float, float, float]:
    n1, n2, n3, n4 = (int(np.count_nonzero(adjusted == k)) for k in (1, 2, 3, 4))
    if min(n1, n2, n3, n4) == 0:
        return FALLBACK_DISCOUNTS
    y = n1 / (n1 + 2 * n2)
    d = (1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3)
    if not all(0 < dk < k for k, dk in zip((1, 2, 3), d, strict=True)):
        return FALLBACK_DISCOUNTS
    return d


def estimate(stream: np.ndarray, vocab: Sequence[str], *, order: int,
             sentences: int) -> NgramModel:
    """Interpolated modified Kneser-Ney over an id stream from `count_tokens`."""
    bits = _bits_for(len(vocab))
    if order * bits > 62:
        raise ValueError("order too high for this vocabulary")
    raw_keys, raw_counts = [], []
    for n in range(1, order + 1):
        keys, counts = np.unique(_window_keys(stream, n, bits), return_counts=True)
        raw_keys.append(keys)
        raw_counts.append(counts.astype(np.float64))
    # <unk> never occurs in the text but gets the unigrams' leftover mass.
    if not np.any(raw_keys[0] == UNK_ID):
        pos = int(np.searchsorted(raw_keys[0], UNK_ID))
        raw_keys[0] = np.insert(raw_keys[0], pos, UNK_ID)
        raw_counts[0] = np.insert(raw_counts[0], pos, 0.0)

    adjusted = []
    for n in range(1, order + 1):
        keys = raw_keys[n - 1]
        if n == order:
            adjusted.append(raw_counts[n - 1].copy())
            continue
        lower_bits = bits * n
        suffix_of_longer = raw_keys[n] & ((1 << lower_bits) - 1)
        uniq, cont = np.unique(suffix_of_longer, return_counts=True)
        idx = np.clip(np.searchsorted(uniq, keys), 0, max(len(uniq) - 1, 0))
        found = (uniq[idx] == keys) if len(uniq) else np.zeros(len(keys), bool)
        adj = np.where(found, cont[idx] if len(uniq) else 0, 0).astype(np.float64)
        first = keys >> (bits * (n - 1))
        if n > 1:
            adj = np.where(first == BOS_ID, raw_counts[n - 1], adj)
        adjusted.append(adj)

    uniform = 1.0 / (len(vocab) - 1)          # every word but <s>
    tables: list[NgramTable] = []
    discounts = []
    probs_lower = None
    gammas_by_context: list[tuple[np.ndarray, np.ndarray]] = []
    for n in range(1, order + 1):
        keys, adj = raw_keys[n - 1], adjusted[n - 1]
        d = _discounts(adj[adj > 0])
        discounts.append(d)
        table_d = np.array([0.0, *d])
        disc = table_d[np.minimum(adj, 3).astype(np.int64)]
        context = keys >> bits if n > 1 else np.zeros(len(keys), dtype=np.int64)
        ctx, inv = np.unique(context, return_inverse=True)
        denom = np.bincount(inv, weights=adj)
        n1 = np.bincount(inv, weights=(adj == 1))
        n2 = np.bincount(inv, weights=(adj == 2))
        n3 = np.bincount(inv, weights=(adj >= 3))
        safe = np.where(denom > 0, denom, 1.0)
        gamma = (d[0] * n1 + d[1] * n2 + d[2] * n3) / safe
        gamma = np.where(denom > 0, gamma, 1.0)
        u = np.where(adj > 0, (adj - disc) / safe[inv], 0.0)
        if n == 1:
            lower = np.full(len(keys), uniform)
        else:
            suffix = keys & ((1 << (bits * (n - 1))) - 1)
            lower = probs_lower[np.searchsorted(tables[-1].keys, suffix)]
        prob = u + gamma[inv] * lower
        if n == 1:
            prob = np.where(keys == BOS_ID, 0.0, prob)
        gammas_by_context.append((ctx, gamma))
        with np.errstate(divide="ignore"):
            log_prob = np.where(prob > 0, np.log10(np.maximum(prob, 1e-300)), -99.0)
        tables.append(NgramTable(n, keys, log_prob, np.zeros(len(keys))))
        probs_lower = prob

    # back-off of an n-gram = the interpolation weight it gets as a context one order up
    for n in range(1, order):
        ctx, gamma = gammas_by_context[n]
        table = tables[n - 1]
        idx = np.searchsorted(table.keys, ctx)
        log_bo = np.zeros(len(table.keys))
        log_bo[idx] = np.log10(np.maximum(gamma, 1e-300))
        tables[n - 1] = NgramTable(n, table.keys, table.log_prob, log_bo)
    tokens = int(len(stream) - 2 * sentences)
    return NgramModel(vocab=tuple(vocab), bits=bits, tables=tuple(tables),
                      discounts=tuple(discounts), sentences=sentences, tokens=tokens)
